/**
 * `npm run bench`: tlstest beside nginx on this machine, same certificate, same TLS policy, same bytes.
 *
 * For each server: new TLS connections (full handshake, no session reuse) with one probe request each, as fast as
 * the server allows and at a fixed rate (latency); keep-alive probe requests; keep-alive test-page requests over
 * plain HTTP. Server CPU per request comes from /proc (utime + stime of the server's process tree). Then idle and
 * loaded memory, and Chromium's time from navigation to the pass verdict. One table, then the line
 * `ratios: newconn_cpu=X keepalive_cpu=Y page_cpu=Z` (tlstest / nginx; lower is better).
 *
 * Settings (environment): BENCH_SECONDS (per phase and server, default 8), BENCH_ROUNDS (the phase's time split into
 * this many alternating runs per server, default 2), BENCH_KEY_TYPE (ecdsa | rsa), BENCH_CONCURRENCY
 * (new-connection clients in flight, default 16), BENCH_RATE (fixed-rate phase, new connections/s, default 500),
 * BENCH_PIN (on: servers on CPU 0, load generators on CPU 1; default on with 2+ CPUs), BENCH_CHROMIUM (on | off),
 * BENCH_WORKERS (then tlstest WORKERS=n against nginx worker_processes n, unpinned, new connections; default: the
 * number of CPUs; 0 to skip), BENCH_FLOOR (on | off: the Node.js floor, bench/floor.ts, on the full-handshake phase).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig, PROJECT_ROOT } from '../server/config.js';
import { loadSettings } from '../server/settings.js';
import { SECURITY_HEADERS } from '../server/plugins/headers.js';
import { PROBE_GIF } from '../server/routes/probe.js';
import { chromiumAvailable, timeToVerdict, type VerdictTiming } from './lib/chromium.js';
import { runNewConnProcess } from './lib/client-process.js';
import { findWrk, runKeepAlive, type KeepAliveResult } from './lib/keepalive.js';
import { fixedRateFor, generatorCapacity, type NewConnResult } from './lib/newconn.js';
import { checkNginxConfig, findNginx, NGINX_INSTALL_HINT, writeNginxSite } from './lib/nginx.js';
import { cpuDelta, treeCpu, treeMemory, type Memory } from './lib/procstat.js';
import { freePort, haveTaskset, sleep, startChild, startFlags, waitForTls, type Child } from './lib/servers.js';

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 8);
/** Each phase alternates the two servers this many times (a machine whose load drifts then weighs on both alike). */
const ROUNDS = Math.max(1, Number(env.BENCH_ROUNDS ?? 2));
const KEY_TYPE = env.BENCH_KEY_TYPE === 'rsa' ? 'rsa' : 'ecdsa';
const CONCURRENCY = Number(env.BENCH_CONCURRENCY ?? 16);
const RATE = Number(env.BENCH_RATE ?? 500);
/** The generator fell behind the fixed rate when it started connections later than this (p99, ms). */
const LAG_LIMIT_MS = 10;
const CPUS = os.cpus().length;
const PIN = (env.BENCH_PIN ?? (CPUS >= 2 ? 'on' : 'off')) === 'on' && haveTaskset() && CPUS >= 2;
const SERVER_CPUS = PIN ? '0' : null;
const CLIENT_CPUS = PIN ? '1' : null;
const CHROMIUM = (env.BENCH_CHROMIUM ?? 'on') === 'on';
const MULTI = Number(env.BENCH_WORKERS ?? (CPUS >= 2 ? CPUS : 0));
const FLOOR_ON = (env.BENCH_FLOOR ?? 'on') === 'on';
const HOST = '127.0.0.1';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const ENTRY = path.join(PROJECT_ROOT, 'dist', 'server', 'index.js');
const FLOOR = path.join(PROJECT_ROOT, 'bench', 'floor.ts');

const NODE_FLAGS = startFlags(
  (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '',
);

interface Side {
  name: 'tlstest' | 'nginx' | 'node floor';
  child: Child;
  httpPort: number;
  httpsPort: number;
}

interface Measured {
  requests: number;
  cpuUsPerRequest: number;
  /** Server CPU used over the phase, in cores (1.0 = one core busy all the time). */
  cores: number;
  /** Server CPU seconds, and seconds of load (the generator's measuring time). */
  cpuSeconds: number;
  seconds: number;
}

/**
 * Rounds of one phase on one side taken together: CPU per request and requests/s over all of them, latency
 * percentiles as the mean of the rounds' (each round has its own distribution; their mean is close enough here).
 */
function combine<T extends (NewConnResult | KeepAliveResult) & Measured>(rounds: T[]): T {
  const sum = (f: (r: T) => number) => rounds.reduce((a, r) => a + f(r), 0);
  const requests = sum((r) => r.requests);
  const cpuSeconds = sum((r) => r.cpuSeconds);
  const seconds = sum((r) => r.seconds);
  return {
    ...(rounds[rounds.length - 1] as T),
    requests,
    errors: sum((r) => r.errors),
    rps: requests / seconds,
    p50: sum((r) => r.p50) / rounds.length,
    p99: sum((r) => r.p99) / rounds.length,
    cpuSeconds,
    seconds,
    cpuUsPerRequest: requests > 0 ? (cpuSeconds / requests) * 1e6 : NaN,
    cores: cpuSeconds / seconds,
    ...('reused' in (rounds[0] as object)
      ? {
          reused: sum((r) => (r as NewConnResult).reused),
          wrongCertificate: sum((r) => (r as NewConnResult).wrongCertificate),
          non200: sum((r) => (r as NewConnResult).non200),
          // The generator's CPU per connection over all rounds; its worst start lag.
          clientCpuUsPerRequest: requests > 0 ? sum((r) => (r as NewConnResult).clientCpuUsPerRequest * (r.requests + r.errors)) / (requests + sum((r) => r.errors)) : NaN,
          startLagP99: Math.max(...rounds.map((r) => (r as NewConnResult).startLagP99)),
        }
      : {}),
    ...('non2xx' in (rounds[0] as object) ? { non2xx: sum((r) => (r as KeepAliveResult).non2xx) } : {}),
  };
}

interface SideResult {
  newconn: NewConnResult & Measured;
  resumed: NewConnResult & Measured;
  fixed: NewConnResult & Measured;
  keepalive: KeepAliveResult & Measured;
  page: KeepAliveResult & Measured;
  idle: Memory;
  loaded: Memory;
}

const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

async function measured<T extends { requests: number; rps: number }>(side: Side, run: () => Promise<T>): Promise<T & Measured> {
  const before = treeCpu(side.child.pid);
  const t0 = performance.now();
  const r = await run();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuDelta(before, treeCpu(side.child.pid));
  // The load generator's own measuring time (its start-up is not part of the phase).
  const active = r.rps > 0 ? r.requests / r.rps : seconds;
  return { ...r, cpuUsPerRequest: r.requests > 0 ? (cpu / r.requests) * 1e6 : NaN, cores: cpu / active, cpuSeconds: cpu, seconds: active };
}

function newconn(
  side: Side,
  caFile: string,
  durationMs: number,
  extra: { rate?: number; concurrency?: number; reuseSessions?: boolean },
  cpus: string | null = CLIENT_CPUS,
) {
  return runNewConnProcess(
    {
      host: HOST,
      port: side.httpsPort,
      servername: 'localhost',
      // The page's own probe URL shape: a run id shared by a visit's six probes, and a cache-buster.
      path: `/probe.gif?id=bench${extra.reuseSessions ? 'resume' : 'full'}{v}&r={n}`,
      caFile,
      userAgent: UA,
      durationMs,
      ...extra,
    },
    cpus,
  );
}

function keepalive(side: Side, what: 'probe' | 'page', durationMs: number) {
  const url =
    what === 'probe'
      ? `https://${HOST}:${side.httpsPort}/probe.gif?id=benchkeepalive&r=1`
      : `http://${HOST}:${side.httpPort}/`;
  const host = what === 'probe' ? `localhost:${side.httpsPort}` : `localhost:${side.httpPort}`;
  return runKeepAlive({ url, headers: { Host: host, 'User-Agent': UA }, connections: 16, durationMs, cpus: CLIENT_CPUS });
}

type Phase = 'newconn' | 'resumed' | 'fixed' | 'keepalive' | 'page';

/**
 * Every phase runs on each side back to back (tlstest, then nginx), phase after phase, so that a change in the
 * machine's load (other work on a shared machine) affects both sides of a ratio alike.
 */
async function measureSides(sides: Side[], caFile: string): Promise<SideResult[]> {
  const ms = (SECONDS * 1000) / ROUNDS;
  const results = sides.map(() => ({}) as Partial<SideResult>);
  for (const side of sides) {
    log(`${side.name}: warm-up`);
    await newconn(side, caFile, 1500, { concurrency: CONCURRENCY });
    await keepalive(side, 'probe', 1000);
    await keepalive(side, 'page', 1000);
  }
  await sleep(1000);
  sides.forEach((side, i) => (results[i]!.idle = treeMemory(side.child.pid)));
  const phases: Array<[Phase, string, (side: Side) => Promise<NewConnResult | KeepAliveResult>]> = [
    ['newconn', `new TLS connections, ${CONCURRENCY} in flight`, (side) => newconn(side, caFile, ms, { concurrency: CONCURRENCY })],
    ['resumed', 'new TLS connections resuming a session', (side) => newconn(side, caFile, ms, { concurrency: CONCURRENCY, reuseSessions: true })],
    ['fixed', 'new connections at a fixed rate', (side) => newconn(side, caFile, ms, { rate: fixedRate(results) })],
    ['keepalive', 'keep-alive probe', (side) => keepalive(side, 'probe', ms)],
    ['page', 'keep-alive test page (HTTP)', (side) => keepalive(side, 'page', ms)],
  ];
  for (const [phase, label, run] of phases) {
    const rounds: Array<Array<(NewConnResult | KeepAliveResult) & Measured>> = sides.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, side] of sides.entries()) {
        log(`${side.name}: ${label}, ${SECONDS / ROUNDS} s (round ${round + 1} of ${ROUNDS})`);
        const r = await measured(side, () => run(side));
        check(side.name, label, r, phase === 'resumed');
        rounds[i]!.push(r);
      }
    }
    sides.forEach((_, i) => ((results[i] as Record<Phase, unknown>)[phase] = combine(rounds[i]!)));
  }
  sides.forEach((side, i) => (results[i]!.loaded = treeMemory(side.child.pid)));
  return results as SideResult[];
}

/** The rate of the fixed-rate phase, as set (and as the load generator proved able to make). */
let effectiveRate = RATE;
let capacityLogged = false;

/**
 * BENCH_RATE, unless the load generator cannot make it with room to spare: an open-loop rate near what its core
 * can do would measure the generator's backlog, not the server. Then 60% of its capacity.
 */
function fixedRate(results: Array<Partial<SideResult>>): number {
  const capacity = generatorCapacity(results.map((r) => r.newconn));
  const rate = fixedRateFor(RATE, capacity);
  if (rate !== effectiveRate || !capacityLogged) {
    capacityLogged = true;
    const can = Number.isFinite(capacity) ? `the load generator can make about ${Math.round(capacity)} new connections/s on its core` : 'the load generator\'s capacity is unknown';
    log(rate === RATE ? `${can}: the fixed-rate phase runs at ${RATE}/s` : `${can}: the fixed-rate phase runs at ${rate}/s instead of ${RATE}/s`);
  }
  effectiveRate = rate;
  return effectiveRate;
}

function check(name: string, label: string, r: NewConnResult | KeepAliveResult, resuming = false): void {
  if ('reused' in r) {
    if (!resuming && r.reused > 0) throw new Error(`${name} ${label}: ${r.reused} sessions were resumed; the load client must never resume`);
    if (resuming && r.reused < r.requests * 0.9) log(`${name} ${label}: only ${r.reused} of ${r.requests} connections resumed`);
    if (r.non200 > 0) throw new Error(`${name} ${label}: ${r.non200} answers were not 200`);
    if (r.wrongCertificate > 0) throw new Error(`${name} ${label}: ${r.wrongCertificate} handshakes showed another certificate than the one verified at the start`);
    if (r.startLagP99 > LAG_LIMIT_MS) log(`${name} ${label}: the load generator started connections ${r.startLagP99.toFixed(1)} ms late at p99: it is short of CPU`);
  } else if (r.non2xx > 0) throw new Error(`${name} ${label}: ${r.non2xx} answers were not 2xx`);
  if (r.errors > r.requests / 100) log(`${name} ${label}: ${r.errors} errors (of ${r.requests + r.errors})`);
}

async function fetchBytes(url: string, host: string): Promise<Buffer> {
  const res = await fetch(url, { headers: { Host: host, 'User-Agent': UA } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

function version(cmd: string, args: string[], re: RegExp): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return re.exec(`${r.stdout ?? ''}${r.stderr ?? ''}`)?.[1] ?? '?';
}

/** Server-side confirmation from nginx's access log: how many TLS requests were on resumed sessions. */
function nginxResumed(accessLog: string): { full: number; resumed: number } {
  let full = 0;
  let resumed = 0;
  for (const line of fs.readFileSync(accessLog, 'utf8').split('\n')) {
    if (!line.includes('id=benchfull')) continue; // the full-handshake phases only
    if (line.endsWith(' .')) full++;
    else if (line.endsWith(' r')) resumed++;
  }
  return { full, resumed };
}

const f0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toString() : '-');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);

interface Row {
  phase: Phase;
  label: string;
  /** Target for the CPU ratio, if the issue sets one. */
  cpuTarget?: number;
  p99Target?: number;
}

const tableRows = (): Row[] => [
  { phase: 'newconn', label: 'new TLS connection + probe (full handshake)', cpuTarget: 1.5 },
  { phase: 'resumed', label: 'new TLS connection + probe (resumed session)' },
  {
    phase: 'fixed',
    label: effectiveRate === RATE ? `${RATE} new connections/s (full handshakes)` : `${effectiveRate} new connections/s (not ${RATE}: load generator limit)`,
    p99Target: 2,
  },
  { phase: 'keepalive', label: 'keep-alive probe (HTTPS)', cpuTarget: 2 },
  { phase: 'page', label: 'keep-alive test page (HTTP)', cpuTarget: 2 },
];

function table(t: SideResult, n: SideResult | null, chromium: VerdictTiming | null | string, pageBytes: number, heading: string): string {
  const rows: string[][] = [['', 'tlstest', 'nginx', 'tlstest/nginx']];
  const row = (label: string, a: string, b: string, r = '') => rows.push([label, a, b, r]);
  const target = (x: number, limit: number | undefined) => (limit === undefined ? '' : ` (target <= ${limit}: ${x <= limit ? 'met' : 'not met'})`);
  for (const { phase, label, cpuTarget, p99Target } of tableRows()) {
    const a = t[phase];
    const b = n?.[phase];
    row(`${label}: req/s`, f0(a.rps), b ? f0(b.rps) : '-', b ? f2(ratio(a.rps, b.rps)) : '');
    const p99 = b ? ratio(a.p99, b.p99) : NaN;
    row('  p50 / p99 latency ms', `${f2(a.p50)} / ${f2(a.p99)}`, b ? `${f2(b.p50)} / ${f2(b.p99)}` : '-', b ? `p99 ${f2(p99)}${target(p99, p99Target)}` : '');
    const cpu = b ? ratio(a.cpuUsPerRequest, b.cpuUsPerRequest) : NaN;
    row('  server CPU us/request', f0(a.cpuUsPerRequest), b ? f0(b.cpuUsPerRequest) : '-', b ? `${f2(cpu)}${target(cpu, cpuTarget)}` : '');
    row('  server CPU busy (cores)', f2(a.cores), b ? f2(b.cores) : '-');
    if ('clientCpuUsPerRequest' in a) {
      const gb = b as NewConnResult | undefined;
      row('  load generator CPU us/connection', f0(a.clientCpuUsPerRequest), gb ? f0(gb.clientCpuUsPerRequest) : '-');
      if (phase === 'fixed') row('  load generator start lag p99 ms', f2(a.startLagP99), gb ? f2(gb.startLagP99) : '-');
    }
  }
  const mem = (m: Memory) => `${f1(m.rssMb)} (${f1(m.maxProcessRssMb)})`;
  row('idle RSS MB, all (largest process)', mem(t.idle), n ? mem(n.idle) : '-', `largest${target(t.idle.maxProcessRssMb, 80)}`);
  row('loaded RSS MB, all (largest process)', mem(t.loaded), n ? mem(n.loaded) : '-');
  row('server processes', String(t.idle.processes), n ? String(n.idle.processes) : '-');
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
  lines.unshift(heading);
  const lag = Math.max(t.fixed.startLagP99, n?.fixed.startLagP99 ?? 0);
  if (lag > LAG_LIMIT_MS) {
    lines.push(`fixed rate: the load generator started its connections up to ${f0(lag)} ms late (p99; its core was short): the latencies there are partly its own`);
  }
  lines.push(`test page: ${pageBytes} bytes of HTML`);
  if (typeof chromium === 'string') lines.push(`Chromium: ${chromium}`);
  else if (chromium) {
    lines.push(
      `one visit in Chromium: ${chromium.requests} requests (${chromium.failedRequests} failed by design: TLS 1.0/1.1 probes), ${chromium.bytes} bytes received`,
      `Chromium navigation -> pass verdict: median ${f0(chromium.medianMs)} ms, max ${f0(chromium.maxMs)} ms over ${chromium.runs} runs` +
        `${target(chromium.medianMs, 300)}; load event -> verdict ${f0(chromium.afterLoadMedianMs)} ms; verdicts ${[...new Set(chromium.verdicts)].join(',')}`,
    );
  }
  return lines.join('\n');
}

interface Servers {
  tlstest: Side;
  nginx: Side | null;
  accessLog: string;
  command: string;
  testPage: Buffer;
  staticFiles: Record<string, Buffer>;
}

/** Start tlstest (and nginx, when installed) with `workers` workers each; pinned to the server CPUs or not. */
async function startServers(
  dir: string,
  children: Child[],
  workers: number,
  cpus: string | null,
  site: { testPage: Buffer; staticFiles: Record<string, Buffer> } | null,
): Promise<Servers> {
  const certsDir = path.join(dir, 'certs');
  const tHttp = await freePort();
  const tHttps = await freePort();
  const tlstestEnv = {
    ...process.env,
    HOST,
    HTTP_PORT: String(tHttp),
    HTTPS_PORT: String(tHttps),
    ADMIN_PORT: 'off',
    CERTS_DIR: certsDir,
    DEV_CERT_KEY_TYPE: KEY_TYPE,
    LOG_LEVEL: 'info',
    WORKERS: String(workers),
    NODE_ENV: 'production',
  };
  const command = ['node', ...NODE_FLAGS, path.relative(PROJECT_ROOT, ENTRY)].join(' ');
  log(`starting tlstest (${command}, WORKERS=${workers}${cpus ? `, CPU ${cpus}` : ''})`);
  const tChild = startChild(process.execPath, [...NODE_FLAGS, ENTRY], { env: tlstestEnv, cpus, logFile: path.join(dir, `tlstest-${workers}.log`) });
  children.push(tChild);
  await waitForTls(HOST, tHttps, tChild);
  if (workers > 1) await sleep(2000); // every worker up, not just the first one
  const tlstest: Side = { name: 'tlstest', child: tChild, httpPort: tHttp, httpsPort: tHttps };

  // The bytes nginx serves: fetched once from tlstest (the page as this User-Agent gets it under localhost).
  const bytes = site ?? {
    testPage: await fetchBytes(`http://${HOST}:${tHttp}/`, `localhost:${tHttp}`),
    staticFiles: Object.fromEntries(
      await Promise.all(['tlstest.js', 'tlstest.css'].map(async (f) => [f, await fetchBytes(`http://${HOST}:${tHttp}/static/${f}`, `localhost:${tHttp}`)] as const)),
    ),
  };
  const nginxBin = findNginx();
  if (!nginxBin) return { tlstest, nginx: null, accessLog: '', command, ...bytes };
  const nHttp = await freePort();
  const nHttps = await freePort();
  const ndir = path.join(dir, `nginx-${workers}`);
  const layout = writeNginxSite({
    dir: ndir,
    host: HOST,
    httpPort: nHttp,
    httpsPort: nHttps,
    certFile: path.join(certsDir, 'server.pem'),
    keyFile: path.join(certsDir, 'server-key.pem'),
    workers,
    // The policy tlstest resolves from the same environment (preset, site file, TLS_* settings).
    policy: loadSettings(parseConfig(tlstestEnv)).policy,
    securityHeaders: SECURITY_HEADERS,
    testPage: bytes.testPage,
    probeGif: PROBE_GIF,
    staticFiles: bytes.staticFiles,
  });
  const problem = checkNginxConfig(nginxBin, layout, ndir);
  if (problem) throw new Error(`nginx -t rejected the generated configuration: ${problem}`);
  log(`starting nginx (${nginxBin}, worker_processes ${workers}${cpus ? `, CPU ${cpus}` : ''})`);
  const nChild = startChild(nginxBin, ['-p', ndir, '-c', layout.conf], { cpus, logFile: path.join(ndir, 'logs', 'stderr.log') });
  children.push(nChild);
  await waitForTls(HOST, nHttps, nChild);
  return { tlstest, nginx: { name: 'nginx', child: nChild, httpPort: nHttp, httpsPort: nHttps }, accessLog: layout.accessLog, command, ...bytes };
}

async function stopServers(s: Servers, children: Child[]): Promise<void> {
  for (const side of [s.tlstest, s.nginx]) {
    if (!side) continue;
    await side.child.stop();
    children.splice(children.indexOf(side.child), 1);
  }
}

/**
 * The Node.js floor (bench/floor.ts: a bare node:tls server, same certificate and TLS options, prebuilt answer) on
 * the full-handshake phase, pinned like the others: what any Node.js server pays per new connection, so that the
 * table shows how much of tlstest's cost is its own work and how much is Node's TLS stack.
 */
async function measureFloor(dir: string, children: Child[], caFile: string): Promise<NewConnResult & Measured> {
  const port = await freePort();
  const child = startChild(process.execPath, [...NODE_FLAGS, '--import', 'tsx', FLOOR], {
    env: { ...process.env, HOST, PORT: String(port), CERTS_DIR: path.join(dir, 'certs'), NODE_ENV: 'production' },
    cpus: SERVER_CPUS,
    logFile: path.join(dir, 'floor.log'),
    cwd: PROJECT_ROOT,
  });
  children.push(child);
  try {
    await waitForTls(HOST, port, child);
    const side: Side = { name: 'node floor', child, httpPort: 0, httpsPort: port };
    log(`${side.name}: warm-up`);
    await newconn(side, caFile, 1500, { concurrency: CONCURRENCY });
    const rounds: Array<NewConnResult & Measured> = [];
    for (let round = 0; round < ROUNDS; round++) {
      log(`${side.name}: new TLS connections, ${CONCURRENCY} in flight, ${SECONDS / ROUNDS} s (round ${round + 1} of ${ROUNDS})`);
      const r = await measured(side, () => newconn(side, caFile, (SECONDS * 1000) / ROUNDS, { concurrency: CONCURRENCY }));
      check(side.name, 'new TLS connections', r);
      rounds.push(r);
    }
    return combine(rounds);
  } finally {
    await child.stop();
    children.splice(children.indexOf(child), 1);
  }
}

interface MultiResult {
  workers: number;
  tlstest: NewConnResult & Measured;
  nginx: (NewConnResult & Measured) | null;
}

/** Capacity with every core: n workers each, nothing pinned, new connections only. */
async function measureMulti(dir: string, children: Child[], workers: number, caFile: string): Promise<MultiResult> {
  const s = await startServers(dir, children, workers, null, null);
  try {
    const sides = s.nginx ? [s.tlstest, s.nginx] : [s.tlstest];
    for (const side of sides) await newconn(side, caFile, 1500, { concurrency: CONCURRENCY * workers }, null);
    const out: Array<NewConnResult & Measured> = [];
    for (const side of sides) {
      log(`${side.name}: new TLS connections with ${workers} workers, ${SECONDS} s`);
      const r = await measured(side, () => newconn(side, caFile, SECONDS * 1000, { concurrency: CONCURRENCY * workers }, null));
      check(side.name, `${workers} workers`, r);
      out.push(r);
    }
    return { workers, tlstest: out[0]!, nginx: out[1] ?? null };
  } finally {
    await stopServers(s, children);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!fs.existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` first (npm run bench does)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-bench-'));
  // nginx workers run as nobody when started by root: they must be able to pass through to the site.
  fs.chmodSync(dir, 0o711);
  const children: Child[] = [];
  const cleanup = async () => {
    await Promise.all(children.map((c) => c.stop()));
    if (env.BENCH_KEEP_TMP !== 'on') fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    const s = await startServers(dir, children, 1, SERVER_CPUS, null);
    const caFile = path.join(dir, 'certs', 'ca.pem');
    const nginxBin = findNginx();
    if (!nginxBin) log(`nginx not found: measuring tlstest alone. For the comparison install it: ${NGINX_INSTALL_HINT}`);

    const [t, n = null] = await measureSides(s.nginx ? [s.tlstest, s.nginx] : [s.tlstest], caFile);
    if (!t) throw new Error('no result');
    const resumed = s.nginx ? nginxResumed(s.accessLog) : null;
    if (resumed) log(`nginx access log, full-handshake phases: ${resumed.full} requests on full handshakes, ${resumed.resumed} on resumed sessions`);

    let chromium: VerdictTiming | string | null = null;
    let visitCpuMs = NaN;
    if (!CHROMIUM) chromium = 'skipped (BENCH_CHROMIUM=off)';
    else if (!chromiumAvailable()) chromium = 'skipped: install chromium and libnss3-tools (apt-get install -y chromium libnss3-tools)';
    else {
      log('Chromium: navigation -> verdict');
      let before = treeCpu(s.tlstest.child.pid);
      chromium = await timeToVerdict(`http://localhost:${s.tlstest.httpPort}/`, caFile, dir, 5, () => (before = treeCpu(s.tlstest.child.pid)));
      // The timed visits, each in a fresh browser context: no session to resume, a first visit each time.
      visitCpuMs = (cpuDelta(before, treeCpu(s.tlstest.child.pid)) / chromium.runs) * 1000;
    }
    const pageBytes = s.testPage.length;
    await stopServers(s, children);

    const floor = FLOOR_ON ? await measureFloor(dir, children, caFile) : null;
    const multi = MULTI > 1 ? await measureMulti(dir, children, MULTI, caFile) : null;

    const cpuModel = os.cpus()[0]?.model.trim() ?? '?';
    const heading =
      `tlstest bench: ${CPUS} CPUs (${cpuModel}), Linux ${os.release()}, node ${process.version} (OpenSSL ${process.versions.openssl}), ` +
      `nginx ${nginxBin ? version(nginxBin, ['-v'], /nginx\/(\S+)/) : 'absent'}, ` +
      `${findWrk() ? `wrk ${version(findWrk() as string, ['-v'], /wrk (\S+)/)}` : 'node keep-alive client (no wrk)'}\n` +
      `tlstest: ${s.command}; ${KEY_TYPE === 'rsa' ? 'RSA-2048' : 'ECDSA P-256'} certificate, TLS 1.2+1.3 policy, 1 worker each, ${SECONDS} s per phase and server in ${ROUNDS} alternating rounds, ` +
      `${PIN ? 'servers on CPU 0, load generators on CPU 1' : 'no CPU pinning'}; new connections: ${CONCURRENCY} in flight, no session reuse` +
      (resumed ? ` (nginx's log: ${resumed.full} full handshakes, ${resumed.resumed} resumed)` : '');
    const lines = [table(t, n, chromium, pageBytes, heading)];
    if (Number.isFinite(visitCpuMs)) {
      lines.push(`tlstest server CPU per Chromium visit (page, assets, every probe on a new connection, the verdict): ${f2(visitCpuMs)} ms`);
    }
    if (floor) {
      lines.push(
        `Node.js floor (bench/floor.ts: bare node:tls with the same certificate and TLS options, answer prebuilt; no front door, ` +
          `HTTP parser, metrics or log), new TLS connection + probe: ${f0(floor.rps)} req/s at ${f0(floor.cpuUsPerRequest)} us CPU/request` +
          (n ? ` = ${f2(ratio(floor.cpuUsPerRequest, n.newconn.cpuUsPerRequest))} x nginx` : '') +
          `; tlstest = ${f2(ratio(t.newconn.cpuUsPerRequest, floor.cpuUsPerRequest))} x the floor`,
      );
    }
    if (multi) {
      const m = multi;
      lines.push(
        `${m.workers} workers each, nothing pinned (the load generator shares the ${CPUS} CPUs), new TLS connection + probe: ` +
          `tlstest ${f0(m.tlstest.rps)} req/s at ${f0(m.tlstest.cpuUsPerRequest)} us CPU/request (${f2(m.tlstest.cores)} cores busy)` +
          (m.nginx
            ? `, nginx ${f0(m.nginx.rps)} req/s at ${f0(m.nginx.cpuUsPerRequest)} us (${f2(m.nginx.cores)} cores); CPU ratio ${f2(ratio(m.tlstest.cpuUsPerRequest, m.nginx.cpuUsPerRequest))}`
            : ''),
      );
    }
    lines.push(`bench took ${Math.round((Date.now() - started) / 1000)} s`);
    process.stdout.write(`\n${lines.join('\n')}\n`);
    if (n) {
      process.stdout.write(
        `ratios: newconn_cpu=${f2(ratio(t.newconn.cpuUsPerRequest, n.newconn.cpuUsPerRequest))} ` +
          `keepalive_cpu=${f2(ratio(t.keepalive.cpuUsPerRequest, n.keepalive.cpuUsPerRequest))} ` +
          `page_cpu=${f2(ratio(t.page.cpuUsPerRequest, n.page.cpuUsPerRequest))}\n`,
      );
    } else {
      process.stdout.write('ratios: newconn_cpu=- keepalive_cpu=- page_cpu=- (no nginx)\n');
    }
  } finally {
    await cleanup();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exit(1);
});
