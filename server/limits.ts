/**
 * Socket-level limits of every listener: Node HTTP server options and timeouts from Config.limits, the answer to
 * requests Node's parser rejects before Fastify sees them (400, 408, 414, 431), and connections dropped at the
 * per-listener connection limit. Fastify-level errors (404, 405, 413, 414 within the header limit, 500) are in
 * plugins/errors.ts.
 */
import type http from 'node:http';
import type net from 'node:net';
import type { Limits } from './config.js';
import type { Logger } from './logger.js';
import { SECURITY_HEADERS } from './plugins/headers.js';

/** Options for http.createServer / https.createServer (the https options are merged in by the caller). */
export function httpServerOptions(limits: Limits): http.ServerOptions {
  return {
    maxHeaderSize: limits.maxHeaderBytes,
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the header and request timeouts on this interval (default 30 s, which would let a slow client
    // hold a connection for headersTimeout + 30 s): check often enough to enforce them within ~half a timeout.
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 2))),
  };
}

/** The limits Node keeps as server properties (for servers Fastify does not create itself). */
export function applyServerLimits(server: http.Server, limits: Limits): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  server.setTimeout(limits.idleTimeoutMs);
}

/**
 * Start Node's header/request timeout checks on an HTTP(S) server that never listens itself because a front door
 * hands it its connections (server.emit('connection')). Node starts those checks, and tracks connections for them,
 * only on the server's 'listening' event: without this, headersTimeout and requestTimeout are silently not
 * enforced and a client sending a header byte a second holds its connection forever. Call once, before any
 * connection is handed over; server.close() stops the checks again.
 */
export function startTimeoutChecks(server: http.Server): void {
  server.emit('listening');
}

// ---------------------------------------------------------------------------------------------------------------
// Requests Node rejects before Fastify sees them
// ---------------------------------------------------------------------------------------------------------------

const METHOD_START = /^[A-Z]{3,16} /;

/**
 * Length of the request line of the request being read on a socket (so far, while it is still open), for telling a
 * 414 (a URL over the URL limit) from a 431 (headers) when Node's parser reports a header overflow: Node counts the
 * request line and the headers into one limit and does not say which overflowed.
 */
interface RequestLine {
  open: boolean;
  bytes: number;
}
const requestLines = new WeakMap<net.Socket, RequestLine>();

/**
 * Follow the request line of each request on `socket` from now on (its next byte starts a request), for
 * overflowStatus. The connections server/http1.ts hands over to Node get this: the requests it answers itself
 * never overflow. The 'data' listener makes Node's HTTP parser read the socket in JavaScript instead of consuming it
 * in C++ (a small cost per chunk read, on connections that are already off the fast path), for an exact 414.
 */
export function trackRequestLines(socket: net.Socket): void {
  const line: RequestLine = { open: true, bytes: 0 };
  requestLines.set(socket, line);
  socket.prependListener('data', (chunk: Buffer) => {
    if (!line.open) return;
    const end = chunk.indexOf(10);
    line.bytes += end < 0 ? chunk.length : end;
    if (end >= 0) line.open = false;
  });
}

/** After each answer of `server`, the next bytes of its connection start a new request line (pipelining aside). */
export function resetRequestLines(server: http.Server): void {
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const line = requestLines.get(req.socket);
    if (line) res.once('finish', () => Object.assign(line, { open: true, bytes: 0 }));
  });
}

/**
 * 414 or 431 for a header overflow on `socket`: 414 when the request line is longer than the URL limit. Untracked
 * sockets fall back to the chunk that overflowed, when it starts a request.
 */
export function overflowStatus(socket: net.Socket, rawPacket: Buffer | undefined, limits: Limits): 414 | 431 {
  const line = requestLines.get(socket);
  if (line) return line.bytes > limits.maxUrlBytes ? 414 : 431;
  if (!rawPacket || !METHOD_START.test(rawPacket.subarray(0, 17).toString('latin1'))) return 431;
  const end = rawPacket.indexOf(10);
  return (end < 0 ? rawPacket.length : end) > limits.maxUrlBytes ? 414 : 431;
}

const REASONS: Record<number, string> = {
  400: 'Bad request.',
  408: 'Request timeout: the request did not arrive in time.',
  414: 'URL too long.',
  431: 'Request header fields too large.',
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/** A complete short HTTP/1.1 error answer with the security headers, closing the connection. */
export function rawErrorResponse(status: 400 | 408 | 414 | 431): string {
  const body = `${status} ${REASONS[status]}\n`;
  const headers = Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return (
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n` +
    'content-type: text/plain; charset=utf-8\r\n' +
    'cache-control: no-store\r\n' +
    headers +
    `content-length: ${Buffer.byteLength(body)}\r\n` +
    'connection: close\r\n\r\n' +
    body
  );
}

type ClientError = Error & { code?: string; rawPacket?: Buffer };
const answered = new WeakSet<net.Socket>();
type HttpSocket = net.Socket & { _httpMessage?: { headersSent?: boolean } | null };

/**
 * The 'clientError' handler of every HTTP(S) server (Fastify's clientErrorHandler option and the probe servers):
 * a short plain-text answer (408 timeout, 414/431 overflow, 400 anything else the parser refused), logged once
 * at info, with no detail of the parser's and nothing the client sent.
 */
export function clientErrorHandler(logger: Logger, limits: Limits, listener: string): (error: Error, socket: net.Socket) => void {
  return (error, socket) => {
    const err = error as ClientError;
    // Node reports again for every further chunk of a request it already refused: answer and log only once.
    if (answered.has(socket)) return;
    answered.add(socket);
    if (err.code === 'ECONNRESET' || err.code === 'EPIPE' || socket.destroyed) {
      socket.destroy();
      return;
    }
    const code = typeof err.code === 'string' ? err.code.slice(0, 40) : 'unknown';
    // As Node itself does: answer only when no response of this connection has started, so nothing is corrupted.
    const inFlight = (socket as HttpSocket)._httpMessage;
    if (inFlight?.headersSent) {
      // The client broke off after it had its answer (e.g. closed in the middle of a body we did not want).
      logger.debug({ event: 'client-error', listener, code, remote: socket.remoteAddress }, 'connection ended by the client mid-request');
      socket.destroy();
      return;
    }
    const status =
      err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : err.code === 'HPE_HEADER_OVERFLOW'
          ? overflowStatus(socket, Buffer.isBuffer(err.rawPacket) ? err.rawPacket : undefined, limits)
          : 400;
    logger.info({ event: 'client-error', listener, status, code, remote: socket.remoteAddress }, 'request refused before routing');
    if (socket.writable) socket.end(rawErrorResponse(status));
    // Read and discard what the client is still sending for a moment, so that closing with unread bytes does not
    // reset the connection before the client has read the answer; then close for good.
    socket.resume();
    setTimeout(() => socket.destroy(), 1_000).unref();
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Connections over the limit
// ---------------------------------------------------------------------------------------------------------------

/**
 * Limit `server` to `max` open connections (net.Server maxConnections: the ones over it are closed at once) and
 * log dropped connections at warn: the first at once, then at most one line per `everyMs` with the count since.
 */
export function limitConnections(server: net.Server, max: number, logger: Logger, listener: string, everyMs = 10_000): void {
  server.maxConnections = max;
  let dropped = 0;
  let lastLog = -Infinity;
  server.on('drop', () => {
    dropped++;
    const now = Date.now();
    if (now - lastLog < everyMs) return;
    lastLog = now;
    logger.warn(
      { event: 'connections-dropped', listener, dropped, max_connections: max },
      'connection limit reached: new connections are being closed',
    );
    dropped = 0;
  });
}
