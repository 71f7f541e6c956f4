/**
 * The fast lane's own HTTP/1.1 reader: on every new connection of an HTTP(S) server it reads the requests itself and
 * answers the fast lane's (server/fastlane.ts: probe, assets, test page) straight on the socket, without Node's HTTP
 * parser, IncomingMessage and ServerResponse, which cost about as much CPU as the rest of a keep-alive request.
 *
 * It answers only what it fully understands: a complete, strictly well-formed HTTP/1.1 GET or HEAD head (every byte
 * of it in what has arrived), no body, no duplicate header, Host present, nothing that changes the connection
 * (Connection other than keep-alive or close, Upgrade, Expect), within the URL and header limits. At the first request that is
 * anything else (a route of Fastify's, an odd or partial head, an oversized one, a pipelined next request), the
 * connection is handed over to Node's HTTP server as it is, the unread bytes first: from then on Node parses, judges
 * (400, 414, 431, timeouts) and answers every request of that connection exactly as if it had had it from the start.
 *
 * Before the hand-over the reader keeps Node's connection rules itself: a connection that sends nothing within the
 * header timeout is closed, an idle one after the keep-alive timeout, the answer that reaches the per-connection
 * request limit says Connection: close, and during a graceful shutdown answers say Connection: close and the
 * server's closeIdle() ends the connections it holds. Response heads are the ones Node writes for the same answer
 * (Date, Connection, Keep-Alive), so a client cannot tell the two apart (test/http1.test.ts compares them).
 */
import http from 'node:http';
import type net from 'node:net';
import type { Limits } from './config.js';
import type { AppContext } from './context.js';
import type { FastLane, LaneAnswer, LaneRequest } from './fastlane.js';

/** The request head when it is one the reader answers itself, else why not (for tests and hand-over). */
export type ParsedHead =
  | { kind: 'request'; method: 'GET' | 'HEAD'; url: string; headers: Record<string, string>; bytes: number; close: boolean }
  | { kind: 'incomplete' }
  | { kind: 'other'; reason: string };

/** By character code (latin1): 1 for the characters of an HTTP token (RFC 9110 tchar), which header names are. */
const TCHAR = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~") TCHAR[c.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) TCHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) TCHAR[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) TCHAR[c] = 1;
/** Visible ASCII: a request target with nothing to decode or to argue about. */
const TARGET = /^\/[\x21-\x7e]*$/;
const HEAD_END = Buffer.from('\r\n\r\n');

/** Headers whose presence makes the request (or the connection) something the reader leaves to Node. */
const NODE_ONLY = new Set(['content-length', 'transfer-encoding', 'upgrade', 'expect', 'http2-settings']);

/**
 * The headers of one request: an object whose prototype chain holds nothing (no Object.prototype, so a header
 * named `__proto__` or `constructor` is an ordinary own key), made with `new` so that V8 keeps it a fast object
 * (`Object.create(null)` gives the same chain as a dictionary-mode object: some 0.8 us more per request).
 */
interface HeaderRecordConstructor {
  new (): Record<string, string>;
}
const HeaderRecord = function HeaderRecord() {} as unknown as HeaderRecordConstructor;
HeaderRecord.prototype = Object.create(null) as object;

const other = (reason: string): ParsedHead => ({ kind: 'other', reason });
const isOws = (c: number) => c === 0x20 || c === 0x09;

/**
 * Read one request head from the start of `buf` (pure): the request when it is a complete, well-formed HTTP/1.1
 * GET or HEAD the reader may answer; 'incomplete' when its end has not arrived; 'other' for anything else.
 * One pass over the head by character code (every request comes through here: about 0.4 us for a short head,
 * 2.2 us for a browser's).
 */
export function parseHead(buf: Buffer, limits: Pick<Limits, 'maxHeaderBytes' | 'maxUrlBytes'>): ParsedHead {
  const end = buf.indexOf(HEAD_END);
  if (end < 0) return buf.length > limits.maxHeaderBytes ? other('head over the header limit') : { kind: 'incomplete' };
  if (end + 4 > limits.maxHeaderBytes) return other('head over the header limit');
  const text = buf.toString('latin1', 0, end);
  let eol = text.indexOf('\r\n');
  if (eol < 0) eol = end;
  let method: 'GET' | 'HEAD';
  let sp1: number;
  if (text.startsWith('GET ')) {
    method = 'GET';
    sp1 = 3;
  } else if (text.startsWith('HEAD ')) {
    method = 'HEAD';
    sp1 = 4;
  } else return other('method');
  const sp2 = text.lastIndexOf(' ', eol - 1);
  if (sp2 <= sp1 || eol - sp2 !== 9 || !text.startsWith('HTTP/1.1', sp2 + 1)) return other('version');
  const url = text.slice(sp1 + 1, sp2);
  if (url.length > limits.maxUrlBytes) return other('URL over the limit');
  if (!TARGET.test(url)) return other('request target');
  const headers = new HeaderRecord();
  for (let pos = eol + 2; pos < end; ) {
    let lineEnd = text.indexOf('\r\n', pos);
    if (lineEnd < 0) lineEnd = end;
    const colon = text.indexOf(':', pos);
    // No name, or no colon on the line (also a folded line, starting with a space: its "name" is not a token).
    if (colon <= pos || colon >= lineEnd) return other('header line');
    let upper = false;
    for (let i = pos; i < colon; i++) {
      const c = text.charCodeAt(i);
      if (TCHAR[c] !== 1) return other('header name');
      if (c <= 0x5a && c >= 0x41) upper = true;
    }
    const rawName = text.slice(pos, colon);
    const name = upper ? rawName.toLowerCase() : rawName;
    // The value without the optional white space (SP, HTAB) around it, as Node's parser reads it; no control
    // characters in it but HTAB (so also no bare CR or LF, nor NUL).
    let vs = colon + 1;
    let ve = lineEnd;
    while (vs < ve && isOws(text.charCodeAt(vs))) vs++;
    while (ve > vs && isOws(text.charCodeAt(ve - 1))) ve--;
    for (let i = vs; i < ve; i++) {
      const c = text.charCodeAt(i);
      if ((c < 0x20 && c !== 0x09) || c === 0x7f) return other('header value');
    }
    const value = text.slice(vs, ve);
    if (headers[name] !== undefined) return other('repeated header');
    if (NODE_ONLY.has(name)) return other(name);
    if (name === 'connection') {
      const v = value.toLowerCase();
      if (v !== 'keep-alive' && v !== 'close') return other('connection');
    }
    headers[name] = value;
    pos = lineEnd + 2;
  }
  if (headers.host === undefined) return other('no Host');
  return { kind: 'request', method, url, headers, bytes: end + 4, close: headers.connection !== undefined && headers.connection.toLowerCase() === 'close' };
}

const STATUS_LINE: Record<LaneAnswer['status'], string> = { 200: 'HTTP/1.1 200 OK\r\n', 304: 'HTTP/1.1 304 Not Modified\r\n' };

/** "name: value\r\n" lines of a flat header list. */
function headerLines(headers: readonly string[]): string {
  let text = '';
  for (let i = 0; i < headers.length; i += 2) text += `${headers[i]}: ${headers[i + 1]}\r\n`;
  return text;
}

/**
 * Whole answers, head and body in one buffer, each written with a single write (about a third less CPU per
 * keep-alive request than a head and a body written apart). The head carries Node's Date header, which changes
 * every second: buffers are made for the answers asked for in the current second and dropped when it ends (a few
 * hundred distinct pages in one second at most: the page cache holds 256).
 */
class AnswerBuffers {
  private second = -1;
  private date = '';
  private readonly made = new Map<LaneAnswer, Array<Buffer | undefined>>();

  constructor(
    /** The end of a head that keeps the connection open: Connection and Keep-Alive as Node writes them. */
    private readonly keepAliveEnd: string,
  ) {}

  get(answer: LaneAnswer, close: boolean, withBody: boolean): Buffer {
    const second = Math.floor(Date.now() / 1000);
    if (second !== this.second) {
      this.second = second;
      this.date = new Date(second * 1000).toUTCString();
      this.made.clear();
    }
    let slots = this.made.get(answer);
    if (!slots) this.made.set(answer, (slots = []));
    const i = (close ? 1 : 0) + (withBody ? 0 : 2);
    let buf = slots[i];
    if (!buf) {
      const head = Buffer.from(
        STATUS_LINE[answer.status] + headerLines(answer.headers) + `Date: ${this.date}\r\n` + (close ? 'Connection: close\r\n\r\n' : this.keepAliveEnd),
        'latin1',
      );
      buf = withBody && answer.body ? Buffer.concat([head, answer.body]) : head;
      slots[i] = buf;
    }
    return buf;
  }
}

export interface Http1Options {
  lane: FastLane;
  ctx: AppContext;
  limits: Limits;
  /** Called with each connection handed over to Node, once Node has it (e.g. to watch its request lines). */
  onHandOver?: (socket: net.Socket) => void;
}

export interface Http1Reader {
  /** Connections the reader holds (not yet handed over). */
  readonly open: number;
  /** End every connection the reader holds: between requests they are all idle (each answer is written at once). */
  closeIdle(): void;
  /** Cut every connection the reader holds. */
  destroyAll(): void;
  /** Requests answered by the reader, and connections handed over to Node (for tests). */
  readonly stats: { answered: number; handedOver: number };
}

type Consumable = net.Socket & { _handle?: { _consumed?: boolean } | null };

/**
 * Read the connections of `server` ('connection' for HTTP, 'secureConnection' for HTTPS) before Node's HTTP server
 * does: Node's own connection listener is taken off the event and called at hand-over.
 */
export function installHttp1Reader(server: http.Server, event: 'connection' | 'secureConnection', opts: Http1Options): Http1Reader {
  const nodeListener = (http as unknown as { _connectionListener: (this: http.Server, socket: net.Socket) => void })._connectionListener;
  if (!server.listeners(event).includes(nodeListener)) throw new Error(`Node's HTTP connection listener is not on the server's '${event}' event`);
  server.removeListener(event, nodeListener);
  const { lane, ctx, limits } = opts;
  const held = new Set<net.Socket>();
  const stats = { answered: 0, handedOver: 0 };
  const buffers = new AnswerBuffers(
    limits.keepAliveTimeoutMs > 0
      ? `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(limits.keepAliveTimeoutMs / 1000)}${limits.maxRequestsPerSocket > 0 ? `, max=${limits.maxRequestsPerSocket}` : ''}\r\n\r\n`
      : 'Connection: keep-alive\r\n\r\n',
  );

  server.on(event, (socket: net.Socket) => {
    let requests = 0;
    held.add(socket);
    // Each answer is written whole at once: nothing to gain from Nagle's delay (Node's HTTP server sets this too).
    socket.setNoDelay(true);
    const onTimeout = () => socket.destroy();
    const onClose = () => held.delete(socket);
    // Nothing sent within the header timeout: closed (Node's own header timeout starts only at a first byte).
    socket.setTimeout(limits.headersTimeoutMs, onTimeout);
    socket.once('close', onClose);
    // The client closed its side (HTTP servers allow half-open sockets): close ours once our answers are out.
    const onEnd = () => socket.end();
    socket.once('end', onEnd);
    // Node's listener adds its own error handling at hand-over; until then an error just ends the connection.
    socket.on('error', noop);

    const handOver = (unread: Buffer | null) => {
      socket.removeListener('data', onData);
      socket.removeListener('timeout', onTimeout);
      socket.removeListener('close', onClose);
      socket.removeListener('end', onEnd);
      socket.removeListener('error', noop);
      socket.setTimeout(0);
      held.delete(socket);
      stats.handedOver++;
      // The bytes already read go back in front of the stream: Node's parser must read them from JavaScript,
      // not consume the handle directly (which would skip them).
      const handle = (socket as Consumable)._handle;
      if (handle) handle._consumed = true;
      nodeListener.call(server, socket);
      opts.onHandOver?.(socket);
      if (unread && unread.length > 0) socket.unshift(unread);
    };

    const onData = (buf: Buffer) => {
      // Ended by a shutdown: what the client sent meanwhile is not read.
      if (socket.writableEnded) return;
      // A head that has not arrived whole (unlikely with real clients: a head comes in one piece) is Node's too:
      // its parser and header timeout take the connection from there.
      const head = parseHead(buf, limits);
      if (head.kind !== 'request') return handOver(buf);
      const start = performance.now();
      const req: LaneRequest = { method: head.method, url: head.url, headers: head.headers, socket };
      const answer = lane.answer(req);
      if (!answer) return handOver(buf);
      requests++;
      const last = head.close || ctx.closing || (limits.maxRequestsPerSocket > 0 && requests >= limits.maxRequestsPerSocket);
      socket.write(buffers.get(answer, last, head.method === 'GET'));
      stats.answered++;
      lane.answered(req, answer, start);
      if (last) {
        socket.removeListener('data', onData);
        socket.end();
        socket.once('finish', () => socket.destroy());
        return;
      }
      // The next request already here (pipelined): Node's parser answers it and the rest, in order.
      if (buf.length > head.bytes) return handOver(buf.subarray(head.bytes));
      // From the first answer on, the keep-alive timeout; reads and writes restart it, so it is set once.
      if (requests === 1) socket.setTimeout(limits.keepAliveTimeoutMs > 0 ? limits.keepAliveTimeoutMs : limits.idleTimeoutMs);
    };
    socket.on('data', onData);
  });

  return {
    get open() {
      return held.size;
    },
    closeIdle() {
      for (const socket of held) {
        if (socket.writableEnded) continue;
        socket.end();
        socket.once('finish', () => socket.destroy());
      }
    },
    destroyAll() {
      for (const socket of held) socket.destroy();
    },
    stats,
  };
}

function noop(): void {}
