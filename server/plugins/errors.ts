/**
 * Errors of the Fastify apps: short answers with the right status (400, 404, 405, 413, 414, 415, 500...), plain
 * text for pages and JSON under /api/, never a stack trace, an internal message or a version; each logged once
 * (4xx at debug, beside the access-log line at info that already names the status; 5xx at error with the stack,
 * server-side only). Requests Node refuses before Fastify sees them (408, 431, header overflow) are in limits.ts.
 *
 * 414: Node has no URL limit of its own (it counts the request line into maxHeaderSize and answers 431). A request
 * target over `maxUrlBytes` is answered 414 here, first thing in onRequest; one so long that the request line alone
 * overflows the header limit is answered 414 by limits.ts.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { clip } from '../logger.js';
import { SECURITY_HEADERS } from './headers.js';

export interface RouteRecord {
  method: string;
  /** The route's pattern, e.g. /healthz, /static/*, /services/:name. */
  url: string;
}

export interface ErrorsOptions {
  /** Request targets (path and query) longer than this are answered 414. */
  maxUrlBytes: number;
  /** Filled with every route registered after this plugin (for 405 and for tests that enumerate routes). */
  routes?: RouteRecord[];
}

const MESSAGES: Record<number, string> = {
  400: 'Bad request.',
  403: 'Forbidden.',
  404: 'Not found.',
  405: 'Method not allowed.',
  406: 'Not acceptable.',
  408: 'Request timeout.',
  413: 'Request body too large.',
  414: 'URL too long.',
  415: 'Unsupported media type.',
  429: 'Too many requests.',
  431: 'Request header fields too large.',
  500: 'Internal server error.',
  503: 'Service unavailable.',
};

const CODES: Record<number, string> = {
  400: 'bad-request',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'request-timeout',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  431: 'header-fields-too-large',
  500: 'internal-error',
  503: 'unavailable',
};

/** The status to answer for a thrown error: its own 4xx/5xx status when it has one, else 500. */
export function statusOf(error: { statusCode?: unknown; status?: unknown }): number {
  const s = typeof error.statusCode === 'number' ? error.statusCode : typeof error.status === 'number' ? error.status : 500;
  return Number.isInteger(s) && s >= 400 && s <= 599 ? s : 500;
}

/** Short body of an error answer: JSON under /api/ (scripts read it), plain text elsewhere. */
export function sendError(request: FastifyRequest, reply: FastifyReply, status: number): FastifyReply {
  const message = MESSAGES[status] ?? (status >= 500 ? MESSAGES[500] : 'Request refused.');
  const code = CODES[status] ?? (status >= 500 ? 'server-error' : 'client-error');
  reply.code(status).header('cache-control', 'no-store');
  if (request.url.startsWith('/api/')) {
    return reply.type('application/json; charset=utf-8').send(JSON.stringify({ error: code, status, message }));
  }
  return reply.type('text/plain; charset=utf-8').send(`${status} ${message}\n`);
}

/**
 * Fastify's frameworkErrors option: URLs its router cannot decode (FST_ERR_BAD_URL, e.g. %c0%ae) and over-long
 * route parameters, which Fastify would otherwise answer itself with the URL echoed back. These answers bypass
 * the app's hooks, so the security headers are set here.
 */
export function frameworkErrors(error: { statusCode?: number }, request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(SECURITY_HEADERS);
  void sendError(request, reply, statusOf(error) === 414 ? 414 : 400);
}

/** Whether a route pattern (static segments, :param segments, a trailing *) matches a request path. */
export function patternMatches(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const u = path.split('/');
  for (let i = 0; i < p.length; i++) {
    const seg = p[i] as string;
    if (seg === '*') return true;
    if (i >= u.length) return false;
    if (seg.startsWith(':')) {
      if (u[i] === '') return false;
      continue;
    }
    if (seg !== u[i]) return false;
  }
  return p.length === u.length;
}

/** The methods routed for `path` (HEAD with GET), sorted; empty when the path is not routed at all. */
export function allowedMethods(routes: readonly RouteRecord[], path: string): string[] {
  const methods = new Set<string>();
  for (const r of routes) if (patternMatches(r.url, path)) methods.add(r.method);
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

async function errors(app: FastifyInstance, opts: ErrorsOptions): Promise<void> {
  const routes = opts.routes ?? [];
  app.addHook('onRoute', (route) => {
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      if (!routes.some((r) => r.method === method && r.url === route.url)) routes.push({ method, url: route.url });
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const url = request.raw.url ?? '';
    if (url.length > opts.maxUrlBytes) return sendError(request, reply, 414);
  });

  app.setNotFoundHandler(async (request, reply) => {
    const path = (request.raw.url ?? '').split('?')[0] ?? '';
    const allowed = allowedMethods(routes, path);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('allow', allowed.join(', '));
      return sendError(request, reply, 405);
    }
    return sendError(request, reply, 404);
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = statusOf(error);
    const fields = {
      event: 'request-error',
      status,
      code: clip(error.code ?? error.name, 60),
      method: clip(request.method, 20),
      url: clip(request.url, 200),
    };
    if (status >= 500) {
      // Server-side only: the stack helps the operator; the visitor gets the short answer.
      request.log.error({ ...fields, message: clip(error.message, 300), stack: clip(error.stack, 4000) }, 'request failed');
    } else {
      request.log.debug({ ...fields, message: clip(error.message, 200) }, 'request refused');
    }
    if (reply.sent || reply.raw.headersSent) return reply;
    return sendError(request, reply, status);
  });
}

export default fp(errors, { name: 'errors' });
