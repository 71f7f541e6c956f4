/**
 * Several worker processes (WORKERS > 1) with node:cluster. The primary does no per-connection work: with
 * SCHED_NONE the workers accept connections from the shared listening sockets themselves (round-robin in the
 * primary would add a hop per new connection). The primary forks and replaces workers, runs the admin listener
 * (adding up the workers' metrics), forwards SIGHUP, and stops everything gracefully on SIGTERM/SIGINT.
 *
 * The probe connection that saw a visitor's ClientHello and the later diagnosis request may reach different
 * workers, so probe hellos are also kept by the primary: workers send them as they see them, and the diagnosis
 * asks the primary (short timeout, then the worker's own store).
 */
import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config.js';
import { startAdminServer, type AdminServer } from './admin.js';
import type { Logger } from './logger.js';
import { Metrics, mergeSnapshots, type MetricsSnapshot } from './metrics/registry.js';
import { SHUTDOWN_GRACE_MS, startServer, type RunningServer, type ServerStatus } from './server.js';
import type { Settings } from './settings.js';
import { ClientHello, type ClientHelloFacts } from './tls/clienthello.js';
import { CertificateError } from './tls/policy.js';
import { newTicketSecret } from './tls/tickets.js';
import { HelloStore, type HelloRegistry } from './visits.js';

/** Messages from a worker to the primary. */
export type ToPrimary =
  | { t: 'ready'; httpPort: number; httpsPort: number }
  | { t: 'fatal'; message: string }
  | { t: 'hello'; id: string; hello: WireHello }
  | { t: 'hello?'; q: number; id: string }
  | { t: 'metrics!'; q: number; snapshot: MetricsSnapshot; status: ServerStatus };

/** Messages from the primary to a worker. */
export type ToWorker =
  | { t: 'hello!'; q: number; hello: WireHello | null }
  | { t: 'metrics?'; q: number }
  | { t: 'reload'; reason: string }
  | { t: 'shutdown' };

/** The environment variable that hands the session ticket secret from the primary to its workers. */
export const TICKET_SECRET_ENV = 'TLSTEST_TICKET_SECRET';

/** How long a diagnosis waits for the primary's answer before it uses the worker's own store (primary stuck). */
export const HELLO_LOOKUP_TIMEOUT_MS = 1000;
/**
 * How long the primary holds a question about a hello it does not have yet: the probe's worker may have sent the
 * hello a moment before the diagnosis's worker asked, and the primary may read the two channels in either order.
 */
export const HELLO_LATE_MS = 250;
const MAX_WAITING = 10_000;
/** How long a metrics scrape waits for the workers' numbers. */
const COLLECT_TIMEOUT_MS = 1000;
/** The whole shutdown, signal to exit, stays under this (the workers' grace period is shorter). */
export const SHUTDOWN_DEADLINE_MS = 9_500;

/** One line for an error that stopped a start (also used by the one-process path in index.ts). */
export function describeStartError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (err instanceof CertificateError) return err.message;
  if (e.code === 'EADDRINUSE') return `a port is already in use (${e.message.replace(/^.*EADDRINUSE: /, '')}); set HTTP_PORT / HTTPS_PORT / ADMIN_PORT`;
  if (e.code === 'EACCES') return `no permission to listen (${e.message}); ports below 1024 need root or CAP_NET_BIND_SERVICE`;
  return e.message;
}

/**
 * A hello between processes: its records as kept (ClientHello.forKeeping: 120-330 bytes for real browsers) in
 * base64, and the bytes it occupied as received. (Its facts as JSON were some 5 KB.)
 */
export interface WireHello {
  d: string;
  n: number;
}

export function helloToWire(hello: ClientHello): WireHello {
  return { d: hello.data.toString('base64'), n: hello.bytes };
}

/** The hello of a message, or null when it is not one (a bad message is ignored, never thrown). */
export function helloFromWire(wire: unknown): ClientHello | null {
  const w = wire as Partial<WireHello> | null;
  if (typeof w !== 'object' || w === null || typeof w.d !== 'string' || typeof w.n !== 'number') return null;
  try {
    return ClientHello.kept(Buffer.from(w.d, 'base64'), w.n);
  } catch {
    return null;
  }
}

/**
 * The hello store of a worker: remembers locally and in the primary; looks up in the primary (which has the
 * hellos of every worker), falling back to the local store when the primary does not answer in time.
 */
export class SharedHelloStore implements HelloRegistry {
  readonly local = new HelloStore();
  private readonly pending = new Map<number, (hello: ClientHello | null) => void>();
  private next = 0;

  constructor(
    private readonly send: (message: ToPrimary) => boolean,
    private readonly timeoutMs = HELLO_LOOKUP_TIMEOUT_MS,
  ) {}

  remember(id: string, hello: ClientHello): void {
    // Only what this worker did not know yet: a visit's six probes make one or two messages, not six.
    if (this.local.remember(id, hello)) this.send({ t: 'hello', id, hello: helloToWire(this.local.get(id) ?? hello) });
  }

  lookup(id: string): Promise<ClientHelloFacts | null> {
    return new Promise((resolve) => {
      const q = ++this.next;
      const timer = setTimeout(() => {
        this.pending.delete(q);
        resolve(this.local.get(id)?.facts ?? null);
      }, this.timeoutMs);
      this.pending.set(q, (hello) => {
        clearTimeout(timer);
        this.pending.delete(q);
        resolve((hello ?? this.local.get(id))?.facts ?? null);
      });
      if (!this.send({ t: 'hello?', q, id })) this.pending.get(q)?.(null);
    });
  }

  /** Feed the primary's answers in (`hello` as the message carries it). */
  answer(q: number, hello: unknown): void {
    this.pending.get(q)?.(helloFromWire(hello));
  }
}

/**
 * The primary's side of the shared hello store. A question about a hello not seen yet is held for `lateMs`: the
 * probe's worker may have sent the hello just before the diagnosis's worker asked, and the primary may read the
 * two workers' channels in either order.
 */
export class HelloBroker {
  readonly store = new HelloStore();
  private readonly waiting = new Map<string, Array<(hello: ClientHello | null) => void>>();
  private held = 0;

  constructor(
    private readonly lateMs = HELLO_LATE_MS,
    private readonly maxHeld = MAX_WAITING,
  ) {}

  remember(id: string, hello: ClientHello): void {
    this.store.remember(id, hello);
    const waiters = this.waiting.get(id);
    if (!waiters) return;
    this.waiting.delete(id);
    for (const answer of waiters) answer(this.store.get(id));
  }

  ask(id: string, reply: (hello: ClientHello | null) => void): void {
    const known = this.store.get(id);
    if (known || this.held >= this.maxHeld) return reply(known);
    let done = false;
    const answer = (hello: ClientHello | null) => {
      if (done) return;
      done = true;
      this.held--;
      clearTimeout(timer);
      reply(hello);
    };
    const timer = setTimeout(() => {
      const rest = (this.waiting.get(id) ?? []).filter((a) => a !== answer);
      if (rest.length > 0) this.waiting.set(id, rest);
      else this.waiting.delete(id);
      answer(null);
    }, this.lateMs);
    this.held++;
    this.waiting.set(id, [...(this.waiting.get(id) ?? []), answer]);
  }

  /** Questions being held (for tests). */
  get pending(): number {
    return this.held;
  }
}

function sendToPrimary(message: ToPrimary): boolean {
  if (!process.send || !process.connected) return false;
  process.send(message, undefined, {}, () => {
    // The channel may close during shutdown; the message is then simply lost.
  });
  return true;
}

/** A worker: start the server, answer the primary, stop gracefully on request or signal. */
export async function runWorker(config: Config, logger: Logger): Promise<void> {
  const hellos = new SharedHelloStore(sendToPrimary);
  // Every worker derives its session ticket keys from the primary's secret, so a visitor's ticket from one worker
  // resumes on another (server/tls/tickets.ts). Taken out of the environment at once.
  const secret = process.env[TICKET_SECRET_ENV];
  delete process.env[TICKET_SECRET_ENV];
  let running: RunningServer | null = null;
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', reason: why }, 'worker shutting down');
    const hard = setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS);
    hard.unref();
    (running ? running.close(SHUTDOWN_GRACE_MS) : Promise.resolve()).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('message', (m: ToWorker) => {
    if (m.t === 'hello!') hellos.answer(m.q, m.hello);
    else if (m.t === 'metrics?' && running) sendToPrimary({ t: 'metrics!', q: m.q, snapshot: running.metricsSnapshot(), status: running.status() });
    else if (m.t === 'reload') running?.reloadCertificate(m.reason);
    else if (m.t === 'shutdown') stop('primary');
  });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGHUP', () => running?.reloadCertificate('SIGHUP'));
  // The primary is gone (killed): do not linger as an orphan holding the ports. It may have gone while this
  // worker was still loading, before the listener was there to hear it.
  process.on('disconnect', () => stop('primary gone'));
  if (!process.connected) stop('primary gone');
  try {
    running = await startServer(config, logger, { hellos, admin: false, ...(secret ? { ticketSecret: Buffer.from(secret, 'base64') } : {}) });
  } catch (err) {
    const message = describeStartError(err);
    logger.fatal({ event: 'start-failed' }, message);
    sendToPrimary({ t: 'fatal', message });
    setTimeout(() => process.exit(1), 100);
    return;
  }
  if (stopping) return void running.close();
  sendToPrimary({ t: 'ready', httpPort: running.httpPort, httpsPort: running.httpsPort });
}

/** Delay before replacing a worker: quick for a single crash, backing off when workers keep dying. */
export function restartDelayMs(recentCrashes: number): number {
  return Math.min(10_000, 100 * 2 ** Math.max(0, recentCrashes - 1));
}

/** The primary: fork, replace, collect, forward, stop. Resolves once the workers are ready. */
export async function runPrimary(config: Config, settings: Settings, logger: Logger): Promise<{ stop(): Promise<void> }> {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  cluster.setupPrimary({});
  const broker = new HelloBroker();
  const ticketSecret = newTicketSecret().toString('base64');
  const own = new Metrics();
  const collecting = new Map<number, { replies: Array<{ snapshot: MetricsSnapshot; status: ServerStatus }>; done: () => void; expected: number }>();
  let nextQ = 0;
  let shuttingDown = false;
  let everReady = false;
  let crashes: number[] = [];
  const ready = new Set<number>();
  let admin: AdminServer | null = null;

  let startFailed: (message: string) => void = () => {};
  let allReady: () => void = () => {};
  const started = new Promise<void>((resolve, reject) => {
    allReady = resolve;
    startFailed = (message) => reject(new Error(message));
  });

  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && w.isConnected());
  const send = (w: Worker, m: ToWorker) => {
    if (w.isConnected()) w.send(m, undefined, () => {});
  };

  const onMessage = (w: Worker, m: ToPrimary) => {
    switch (m.t) {
      case 'hello': {
        const hello = helloFromWire(m.hello);
        if (hello) broker.remember(m.id, hello);
        break;
      }
      case 'hello?':
        broker.ask(m.id, (hello) => send(w, { t: 'hello!', q: m.q, hello: hello && helloToWire(hello) }));
        break;
      case 'metrics!': {
        const c = collecting.get(m.q);
        if (c) {
          c.replies.push({ snapshot: m.snapshot, status: m.status });
          if (c.replies.length >= c.expected) c.done();
        }
        break;
      }
      case 'ready':
        ready.add(w.id);
        if (!everReady && ready.size >= config.workers) {
          everReady = true;
          logger.info({ event: 'cluster-ready', workers: config.workers, http_port: m.httpPort, https_port: m.httpsPort }, `${config.workers} workers ready`);
          allReady();
        }
        break;
      case 'fatal':
        if (!everReady) startFailed(m.message);
        else logger.error({ event: 'worker-start-failed', worker: w.id }, m.message);
        break;
    }
  };

  const fork = () => {
    const w = cluster.fork({ TLSTEST_WORKER: '1', [TICKET_SECRET_ENV]: ticketSecret });
    w.on('message', (m: ToPrimary) => onMessage(w, m));
    return w;
  };

  cluster.on('exit', (w, code, signal) => {
    ready.delete(w.id);
    if (shuttingDown) return;
    if (!everReady) {
      startFailed(`a worker exited while starting (${signal ?? `code ${code}`})`);
      return;
    }
    const now = Date.now();
    crashes = crashes.filter((t) => now - t < 60_000);
    crashes.push(now);
    own.inc('workerRestarts', {});
    const delay = restartDelayMs(crashes.length);
    logger.error({ event: 'worker-died', worker: w.id, pid: w.process.pid, code, signal, restart_in_ms: delay }, 'worker died; starting a replacement');
    setTimeout(() => {
      if (!shuttingDown) fork();
    }, delay);
  });

  const collect = async (): Promise<Array<{ snapshot: MetricsSnapshot; status: ServerStatus }>> => {
    const workers = live().filter((w) => ready.has(w.id));
    const q = ++nextQ;
    const entry = { replies: [] as Array<{ snapshot: MetricsSnapshot; status: ServerStatus }>, done: () => {}, expected: workers.length };
    const finished = new Promise<void>((resolve) => {
      entry.done = resolve;
      setTimeout(resolve, COLLECT_TIMEOUT_MS);
    });
    collecting.set(q, entry);
    for (const w of workers) send(w, { t: 'metrics?', q });
    if (workers.length > 0) await finished;
    collecting.delete(q);
    return entry.replies;
  };

  const stop = async (): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    const exited = workers.map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))));
    for (const w of workers) send(w, { t: 'shutdown' });
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_DEADLINE_MS - 500).unref());
    await Promise.race([Promise.all(exited), deadline]);
    for (const w of workers) if (!w.isDead()) w.process.kill('SIGKILL');
    await admin?.close();
  };

  // Installed before the workers start: SIGHUP's default action would end the primary.
  process.on('SIGHUP', () => {
    logger.info({ event: 'reload-requested', signal: 'SIGHUP' }, 'reloading the certificate in every worker');
    for (const w of live()) send(w, { t: 'reload', reason: 'SIGHUP' });
  });
  for (let i = 0; i < config.workers; i++) fork();
  try {
    await started;
  } catch (err) {
    await stop();
    throw err;
  }

  if (config.adminPort !== null) {
    admin = await startAdminServer(
      config.adminHost,
      config.adminPort,
      {
        metrics: async () => {
          const replies = await collect();
          return mergeSnapshots([own.snapshot(), ...replies.map((r) => r.snapshot)]);
        },
        status: async () => {
          const replies = await collect();
          return {
            workers: replies.length,
            policy: settings.policy,
            site: replies[0]?.status.site ?? null,
            certificates: [...new Map(replies.map((r) => [r.status.certificate.fingerprint256, r.status.certificate])).values()],
            pids: replies.map((r) => r.status.pid),
          };
        },
      },
      logger,
    );
  }
  return { stop };
}
