/**
 * The API look-alike endpoints, on the TLS 1.2+ listener only: SOAP login, OAuth token and REST data paths
 * answer as the real services do to wrong credentials, and /api/v1/tls gives scripts a one-line readiness
 * answer. Reaching any of them proves the TLS handshake worked.
 *
 * This plugin is deliberately NOT wrapped in fastify-plugin: its content-type parser, hooks and error handler
 * stay encapsulated here and never reach the other routes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TLSSocket } from 'node:tls';
import {
  API_BODY_LIMIT_BYTES,
  clientError,
  PATHS,
  PAYLOAD_TOO_LARGE,
  readinessLine,
  SERVER_ERROR,
  type ApiAnswer,
} from '../api/answers.js';
import { classifyServicesPath, pathOf, servicesAnswer } from '../api/endpoints.js';
import { clip } from '../logger.js';

interface TlsFacts {
  protocol: string;
  cipher: string;
}

function tlsFactsOf(request: FastifyRequest): TlsFacts {
  const socket = request.raw.socket as Partial<TLSSocket>;
  const protocol = typeof socket.getProtocol === 'function' ? socket.getProtocol() : null;
  const cipher = typeof socket.getCipher === 'function' ? socket.getCipher()?.standardName : undefined;
  return { protocol: protocol ?? 'unknown', cipher: cipher ?? 'unknown' };
}

/**
 * After a 413, how much more of the refused body is read and thrown away (and for how long) before the
 * connection is cut. Closing at once would make the kernel reset a connection that still has unread upload
 * data, and a client busy sending would then see "connection reset" (which looks like a TLS failure) instead of
 * the 413. The limits keep this from becoming a free sink for endless uploads.
 */
export const DRAIN_MAX_BYTES = 16 * 1024 * 1024;
export const DRAIN_MAX_MS = 15_000;

/** Keep discarding what is left of a refused request body, within the limits above; then close. */
function drainRefusedBody(request: FastifyRequest): void {
  const raw = request.raw;
  if (raw.complete || raw.destroyed) return;
  let drained = 0;
  const cut = () => {
    clearTimeout(timer);
    raw.socket.destroy();
  };
  const timer = setTimeout(cut, DRAIN_MAX_MS);
  timer.unref();
  raw.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_MAX_BYTES) cut();
  });
  raw.once('end', () => clearTimeout(timer));
  raw.once('close', () => clearTimeout(timer));
  raw.resume();
}

function send(reply: FastifyReply, answer: ApiAnswer): FastifyReply {
  reply.code(answer.status).type(answer.contentType).header('cache-control', 'no-store');
  if (answer.headers) reply.headers(answer.headers);
  return reply.send(answer.body);
}

export default async function apiIntegrationRoutes(app: FastifyInstance): Promise<void> {
  // Read facts of the connection while it is surely open (a 413 may close it before onResponse).
  const facts = new WeakMap<FastifyRequest, TlsFacts>();

  // Bodies are never interpreted: whatever the client declares (text/xml, application/soap+xml with action=
  // parameters, JSON, a form, or a malformed value that would otherwise get a 415) is read as opaque bytes up
  // to the limit, then dropped. Nothing is ever XML-parsed, so no entity can be expanded.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: API_BODY_LIMIT_BYTES }, (_request, _body, done) => {
    done(null, undefined);
  });
  app.addHook('onRequest', async (request) => {
    facts.set(request, tlsFactsOf(request));
    // Without a Content-Type the body goes to the catch-all parser above; a malformed one would be refused
    // with 415 before any parser runs.
    delete request.raw.headers['content-type'];
  });

  app.addHook('onResponse', async (request, reply) => {
    const path = pathOf(request.url);
    const tls = facts.get(request) ?? tlsFactsOf(request);
    request.log.info(
      {
        event: 'api-test',
        endpoint: path === PATHS.readiness ? 'readiness' : classifyServicesPath(path).endpoint,
        method: request.method,
        // The path only: some clients put credentials in the query string.
        path: clip(path, 200),
        status: reply.statusCode,
        protocol: tls.protocol,
        cipher: tls.cipher,
        ua: clip(request.headers['user-agent'] ?? '', 200),
      },
      'API integration test request',
    );
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status === 413) {
      // Fastify asks to close the connection at once; read the rest of the upload first (bounded) so that the
      // client gets to read this answer, and keep the connection if the upload ends in time. (Node's own client
      // keeps sending only when the answer says keep-alive explicitly.)
      reply.header('connection', 'keep-alive');
      drainRefusedBody(request);
      return send(reply, PAYLOAD_TOO_LARGE);
    }
    if (status >= 400 && status < 500) return send(reply, clientError(status));
    request.log.error({ event: 'api-error', code: error.code ?? 'unknown' }, 'API look-alike endpoint failed');
    return send(reply, SERVER_ERROR);
  });

  const services = async (request: FastifyRequest, reply: FastifyReply) =>
    send(reply, servicesAnswer(request.method, pathOf(request.url)).answer);
  app.all('/services', services);
  app.all('/services/*', services);

  app.get(PATHS.readiness, async (request, reply) => {
    const tls = facts.get(request) ?? tlsFactsOf(request);
    reply.type('text/plain; charset=utf-8').header('cache-control', 'no-store');
    return readinessLine(tls.protocol, tls.cipher);
  });
}
