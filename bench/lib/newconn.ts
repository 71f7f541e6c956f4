/**
 * Load generator that opens a NEW TLS connection for every request and never resumes a session: each request is a
 * full handshake plus one small HTTP/1.1 request with `Connection: close`. (h2load and wrk resume sessions when
 * they reconnect, so they cannot measure this.) The client never passes a `session` to tls.connect, so OpenSSL
 * has nothing to resume; `isSessionReused()` is checked on every connection and counted.
 *
 * Two modes: closed loop (`concurrency` connections in flight, as fast as the server allows) and open loop
 * (`rate` new connections per second whatever the latency, for latency under a fixed load).
 */
import tls from 'node:tls';

export interface NewConnOptions {
  host: string;
  port: number;
  /** SNI name and Host header. */
  servername: string;
  /** Path of the request; `{n}` is replaced by a per-request counter (unique query strings). */
  path: string;
  ca?: Buffer;
  userAgent?: string;
  durationMs: number;
  /** Closed loop: connections in flight. */
  concurrency?: number;
  /** Closed loop: stop after this many requests even before durationMs. */
  maxRequests?: number;
  /** Open loop: new connections per second (overrides concurrency). */
  rate?: number;
  /** For the self-test only: offer the previous connection's session, to show that reuse would be detected. */
  reuseSessions?: boolean;
  /** Give up on one request after this long (counted as an error). */
  timeoutMs?: number;
}

export interface NewConnResult {
  requests: number;
  errors: number;
  /** Connections on which the client saw a resumed session (must be 0 unless reuseSessions). */
  reused: number;
  /** Status codes other than 200. */
  non200: number;
  elapsedMs: number;
  rps: number;
  /** Milliseconds from connect() to the last byte of the response. */
  p50: number;
  p99: number;
  max: number;
  /** TLS versions negotiated, with counts. */
  versions: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

interface One {
  ok: boolean;
  ms: number;
  reused: boolean;
  status: number;
  version: string | null;
}

/** One request on a fresh TLS connection. Resolves (never rejects) when the response is complete or failed. */
function oneRequest(
  opts: NewConnOptions,
  context: tls.SecureContext,
  n: number,
  session: Buffer | undefined,
  onSession: (s: Buffer) => void,
): Promise<One> {
  return new Promise((resolve) => {
    const start = performance.now();
    let done = false;
    let status = 0;
    let version: string | null = null;
    let reused = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ ok, ms: performance.now() - start, reused, status, version });
    };
    const socket = tls.connect({
      host: opts.host,
      port: opts.port,
      servername: opts.servername,
      secureContext: context,
      rejectUnauthorized: opts.ca !== undefined,
      ...(session ? { session } : {}),
    });
    if (opts.reuseSessions) socket.on('session', onSession);
    socket.setTimeout(opts.timeoutMs ?? 10_000, () => finish(false));
    socket.on('error', () => finish(false));
    socket.once('secureConnect', () => {
      reused = socket.isSessionReused();
      version = socket.getProtocol();
      const path = opts.path.replaceAll('{n}', String(n));
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${opts.servername}:${opts.port}\r\n` +
          `User-Agent: ${opts.userAgent ?? 'tlstest-bench'}\r\nAccept: */*\r\nConnection: close\r\n\r\n`,
      );
    });
    let received: Buffer = Buffer.alloc(0);
    let bodyStart = -1;
    let length = -1;
    socket.on('data', (chunk: Buffer) => {
      received = received.length ? Buffer.concat([received, chunk]) : chunk;
      if (bodyStart < 0) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        bodyStart = end + 4;
        const head = received.toString('latin1', 0, end);
        status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
        const m = /\r\ncontent-length:\s*(\d+)/i.exec(head);
        length = m ? Number(m[1]) : -1;
      }
      if (length >= 0 && received.length - bodyStart >= length) finish(status > 0);
    });
    // Without a Content-Length the response ends when the server closes.
    socket.on('end', () => finish(status > 0));
    socket.on('close', () => finish(status > 0));
  });
}

export async function runNewConnections(opts: NewConnOptions): Promise<NewConnResult> {
  const context = tls.createSecureContext(opts.ca ? { ca: opts.ca } : {});
  const latencies: number[] = [];
  const versions: Record<string, number> = {};
  let errors = 0;
  let reused = 0;
  let non200 = 0;
  let n = 0;
  let session: Buffer | undefined;
  const record = (r: One) => {
    if (!r.ok) errors++;
    else {
      latencies.push(r.ms);
      if (r.status !== 200) non200++;
    }
    if (r.reused) reused++;
    if (r.version) versions[r.version] = (versions[r.version] ?? 0) + 1;
  };
  const next = () => oneRequest(opts, context, n++, opts.reuseSessions ? session : undefined, (s) => (session = s));
  const start = performance.now();
  const deadline = start + opts.durationMs;
  if (opts.rate) {
    // Open loop: start request k at start + k/rate, whatever happened to the earlier ones.
    const interval = 1000 / opts.rate;
    const inFlight: Array<Promise<void>> = [];
    let k = 0;
    await new Promise<void>((resolve) => {
      const tick = () => {
        const now = performance.now();
        while (start + k * interval <= now && start + k * interval < deadline) {
          inFlight.push(next().then(record));
          k++;
        }
        if (start + k * interval >= deadline) resolve();
        else setTimeout(tick, Math.max(0, Math.min(interval, start + k * interval - performance.now())));
      };
      tick();
    });
    await Promise.all(inFlight);
  } else {
    const max = opts.maxRequests ?? Infinity;
    const worker = async () => {
      while (performance.now() < deadline && n < max) record(await next());
    };
    await Promise.all(Array.from({ length: opts.concurrency ?? 8 }, worker));
  }
  const elapsedMs = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    reused,
    non200,
    elapsedMs,
    rps: latencies.length / (elapsedMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.length ? (latencies[latencies.length - 1] as number) : NaN,
    versions,
  };
}
