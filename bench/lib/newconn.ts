/**
 * Load generator that opens a NEW TLS connection for every request and never resumes a session: each request is a
 * full handshake plus one small HTTP/1.1 request with `Connection: close`. (h2load and wrk resume sessions when
 * they reconnect, so they cannot measure this.) The client never passes a `session` to tls.connect, so OpenSSL
 * has nothing to resume; `isSessionReused()` is checked on every connection and counted.
 *
 * Two modes: closed loop (`concurrency` connections in flight, as fast as the server allows) and open loop
 * (`rate` new connections per second whatever the latency, for latency under a fixed load).
 *
 * Cheap per connection, so that one core can load a server well past 500 new connections/s:
 * - The server's certificate is verified ONCE, before the run (serverCertificate(): a normal connection with `ca`
 *   and the host name check). Each connection of the run then compares the certificate it is shown with that one,
 *   byte for byte, instead of verifying it again: with `rejectUnauthorized: true` Node builds a JS object of the
 *   whole certificate (getPeerCertificate) for checkServerIdentity on every connection, which cost more client
 *   CPU than the handshake's own crypto. The servers are ours on loopback, so the pin is as strong for the bench.
 * - One secure context for the run; no promise, timer or closure per connection beyond the socket's listeners
 *   (timeouts by one sweep); the request text prepared once.
 * Not removable here: OpenSSL 3.0's decoding of the server's certificate (its public key decoder is slow), the
 * kernel's TCP connect and close, Node's TLSSocket. The session tickets the server sends after the handshake are
 * read by OpenSSL with the answer and dropped (no 'session' listener, so Node never sees them).
 */
import tls from 'node:tls';

export interface NewConnOptions {
  host: string;
  port: number;
  /** SNI name and Host header. */
  servername: string;
  /** Path of the request; `{n}` is replaced by a per-request counter, `{v}` by a per-visit one (n / 6). */
  path: string;
  /** CA that the server's certificate must chain to (checked once, then pinned); without it, no check. */
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
  /** Full handshakes on which the server showed another certificate than the one verified at the start (counted in errors). */
  wrongCertificate: number;
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
  /** The generator's own CPU (user + system) per connection over the run, in microseconds. */
  clientCpuUsPerRequest: number;
  /** Open loop: how late the generator started its connections (99th percentile, ms); NaN in closed loop. */
  startLagP99: number;
}

/** Probes one visit to the test page makes (the main policy, the control and four versions). */
export const PROBES_PER_VISIT = 6;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

/**
 * New connections/s the generator can make on its one core: one second over its own CPU per connection in
 * closed-loop runs (the most expensive of them). Not their requests/s: that is the server's limit as much as the
 * generator's. Infinity when no run says.
 */
export function generatorCapacity(runs: Array<Pick<NewConnResult, 'clientCpuUsPerRequest'> | undefined>): number {
  const costs = runs.map((r) => r?.clientCpuUsPerRequest ?? NaN).filter((x) => Number.isFinite(x) && x > 0);
  return costs.length ? 1e6 / Math.max(...costs) : Infinity;
}

/**
 * The open-loop rate to run at: `asked`, unless that is above 80% of the generator's capacity (beyond that it
 * would measure its own backlog, not the server); then 60% of the capacity, in tens, at least 10.
 */
export function fixedRateFor(asked: number, capacity: number): number {
  if (!(asked > 0.8 * capacity)) return asked;
  return Math.max(10, Math.floor((0.6 * capacity) / 10) * 10);
}

/**
 * The certificate (DER) that the server at host:port presents for `servername`, after Node's full verification
 * against `ca` (chain and host name). Rejects when it does not verify: the run would not be measuring our server.
 */
export function serverCertificate(opts: { host: string; port: number; servername: string; ca: Buffer; timeoutMs?: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: opts.host, port: opts.port, servername: opts.servername, ca: opts.ca, rejectUnauthorized: true });
    socket.setTimeout(opts.timeoutMs ?? 10_000, () => socket.destroy(new Error('timed out')));
    socket.once('error', (err) =>
      reject(new Error(`the server on ${opts.host}:${opts.port} has no valid certificate for ${opts.servername} under the given CA: ${err.message}`)),
    );
    socket.once('secureConnect', () => {
      const der = socket.getPeerX509Certificate()?.raw;
      socket.destroy();
      if (der) resolve(der);
      else reject(new Error(`the server on ${opts.host}:${opts.port} showed no certificate`));
    });
  });
}

/** The request for request number n (the path template split once). */
function requestMaker(opts: NewConnOptions): (n: number) => string {
  const tail =
    ` HTTP/1.1\r\nHost: ${opts.servername}:${opts.port}\r\n` +
    `User-Agent: ${opts.userAgent ?? 'tlstest-bench'}\r\nAccept: */*\r\nConnection: close\r\n\r\n`;
  const parts = opts.path.split(/(\{n\}|\{v\})/);
  return (n) => {
    let out = 'GET ';
    for (const p of parts) out += p === '{n}' ? String(n) : p === '{v}' ? String(Math.floor(n / PROBES_PER_VISIT)) : p;
    return out + tail;
  };
}

interface Conn {
  socket: tls.TLSSocket;
  start: number;
  n: number;
  done: boolean;
  status: number;
  received: Buffer | null;
  bodyStart: number;
  length: number;
}

export async function runNewConnections(opts: NewConnOptions): Promise<NewConnResult> {
  const pin = opts.ca ? await serverCertificate({ host: opts.host, port: opts.port, servername: opts.servername, ca: opts.ca }) : null;
  // No CA in the context: OpenSSL's own chain check fails at once (and is ignored: rejectUnauthorized false), so
  // Node skips its per-connection certificate object; the pin below is the check.
  const context = tls.createSecureContext({});
  const connectOptions: tls.ConnectionOptions = {
    host: opts.host,
    port: opts.port,
    servername: opts.servername,
    secureContext: context,
    rejectUnauthorized: false,
  };
  const request = requestMaker(opts);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const latencies: number[] = [];
  const lags: number[] = [];
  const versions: Record<string, number> = {};
  const inFlight = new Set<Conn>();
  let errors = 0;
  let reused = 0;
  let wrongCertificate = 0;
  let non200 = 0;
  let n = 0;
  let session: Buffer | undefined;
  let onIdle: (() => void) | null = null;
  let afterFinish: () => void = () => {};

  const finish = (c: Conn, ok: boolean) => {
    if (c.done) return;
    c.done = true;
    c.socket.destroy();
    inFlight.delete(c);
    if (ok) {
      latencies.push(performance.now() - c.start);
      if (c.status !== 200) non200++;
    } else errors++;
    afterFinish();
    if (inFlight.size === 0 && onIdle) onIdle();
  };

  // Listeners shared by every connection; the connection is found from the socket.
  const conns = new WeakMap<tls.TLSSocket, Conn>();
  function onSecureConnect(this: tls.TLSSocket) {
    const c = conns.get(this) as Conn;
    const resumed = this.isSessionReused();
    if (resumed) reused++;
    const version = this.getProtocol();
    if (version) versions[version] = (versions[version] ?? 0) + 1;
    // A full handshake shows the certificate (a resumed one shows none: it was checked when first made). Read it
    // once only: in Node 20 getPeerX509Certificate() on a client takes the leaf out of OpenSSL's peer chain, so a
    // second call, or getPeerCertificate() after it, finds nothing.
    if (pin && !resumed && !this.getPeerX509Certificate()?.raw.equals(pin)) {
      wrongCertificate++;
      finish(c, false);
      return;
    }
    this.write(request(c.n));
  }
  function onData(this: tls.TLSSocket, chunk: Buffer) {
    const c = conns.get(this) as Conn;
    const received = c.received ? Buffer.concat([c.received, chunk]) : chunk;
    c.received = received;
    if (c.bodyStart < 0) {
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      c.bodyStart = end + 4;
      const head = received.toString('latin1', 0, end);
      c.status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      const m = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      c.length = m ? Number(m[1]) : -1;
    }
    if (c.length >= 0 && received.length - c.bodyStart >= c.length) finish(c, c.status > 0);
  }
  function onError(this: tls.TLSSocket) {
    finish(conns.get(this) as Conn, false);
  }
  // Without a Content-Length the response ends when the server closes.
  function onClose(this: tls.TLSSocket) {
    const c = conns.get(this) as Conn;
    finish(c, c.status > 0);
  }
  function onSession(s: Buffer) {
    session = s;
  }

  const open = () => {
    const start = performance.now();
    const socket = tls.connect(opts.reuseSessions && session ? { ...connectOptions, session } : connectOptions);
    const c: Conn = { socket, start, n: n++, done: false, status: 0, received: null, bodyStart: -1, length: -1 };
    conns.set(socket, c);
    inFlight.add(c);
    // No Nagle: the request follows the client's Finished at once (with Nagle it waits for the server's delayed
    // ACK, some 40 ms, and the measure would be of that).
    socket.setNoDelay(true);
    socket.on('error', onError);
    socket.once('secureConnect', onSecureConnect);
    socket.on('data', onData);
    socket.on('close', onClose);
    if (opts.reuseSessions) socket.on('session', onSession);
  };
  // One sweep for the timeouts instead of a timer per socket.
  const sweep = setInterval(
    () => {
      const limit = performance.now() - timeoutMs;
      for (const c of inFlight) if (c.start < limit) finish(c, false);
    },
    Math.min(1000, timeoutMs / 2),
  );

  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const deadline = start + opts.durationMs;
  try {
    if (opts.rate) {
      // Open loop: start request k at start + k/rate, whatever happened to the earlier ones.
      const interval = 1000 / opts.rate;
      let k = 0;
      await new Promise<void>((resolve) => {
        const tick = () => {
          const now = performance.now();
          while (start + k * interval <= now && start + k * interval < deadline) {
            lags.push(performance.now() - (start + k * interval));
            open();
            k++;
          }
          if (start + k * interval >= deadline) resolve();
          else setTimeout(tick, Math.max(0, Math.min(interval, start + k * interval - performance.now())));
        };
        tick();
      });
    } else {
      const max = opts.maxRequests ?? Infinity;
      afterFinish = () => {
        if (performance.now() < deadline && n < max) open();
      };
      for (let i = 0; i < (opts.concurrency ?? 8) && n < max; i++) open();
    }
    if (inFlight.size > 0) await new Promise<void>((resolve) => (onIdle = resolve));
  } finally {
    clearInterval(sweep);
  }
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  lags.sort((a, b) => a - b);
  const total = latencies.length + errors;
  return {
    requests: latencies.length,
    errors,
    reused,
    wrongCertificate,
    non200,
    elapsedMs,
    rps: latencies.length / (elapsedMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.length ? (latencies[latencies.length - 1] as number) : NaN,
    versions,
    clientCpuUsPerRequest: total > 0 ? (cpu.user + cpu.system) / total : NaN,
    startLagP99: percentile(lags, 99),
  };
}
