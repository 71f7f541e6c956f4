/**
 * `npm run bench`: tlstest beside nginx on this machine, same certificate, same TLS policy, same bytes.
 *
 * For each server: new TLS connections (full handshake, no session reuse) with one probe request each, as fast as
 * the server allows and at a fixed rate (latency); keep-alive probe requests; keep-alive test-page requests over
 * plain HTTP. Server CPU per request comes from /proc (utime + stime of the server's process tree). Then idle and
 * loaded memory, and Chromium's time from navigation to the pass verdict. One table, then the line
 * `ratios: newconn_cpu=X keepalive_cpu=Y page_cpu=Z` (tlstest / nginx; lower is better).
 *
 * Settings (environment): BENCH_SECONDS (per phase, default 8), BENCH_KEY_TYPE (ecdsa | rsa), BENCH_CONCURRENCY
 * (new-connection clients in flight, default 16), BENCH_RATE (fixed-rate phase, new connections/s, default 500),
 * BENCH_PIN (on: servers on CPU 0, load generators on CPU 1; default on with 2+ CPUs), BENCH_CHROMIUM (on | off),
 * BENCH_WORKERS (also measure tlstest WORKERS=n against nginx worker_processes n, unpinned; default off).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/config.js';
import { SECURITY_HEADERS } from '../server/plugins/headers.js';
import { PROBE_GIF } from '../server/routes/probe.js';
import { chromiumAvailable, timeToVerdict, type VerdictTiming } from './lib/chromium.js';
import { runNewConnProcess } from './lib/client-process.js';
import { findWrk, runKeepAlive, type KeepAliveResult } from './lib/keepalive.js';
import type { NewConnResult } from './lib/newconn.js';
import { checkNginxConfig, findNginx, NGINX_INSTALL_HINT, writeNginxSite } from './lib/nginx.js';
import { cpuDelta, treeCpu, treeMemory, type Memory } from './lib/procstat.js';
import { freePort, haveTaskset, sleep, startChild, startFlags, waitForTls, type Child } from './lib/servers.js';

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 8);
const KEY_TYPE = env.BENCH_KEY_TYPE === 'rsa' ? 'rsa' : 'ecdsa';
const CONCURRENCY = Number(env.BENCH_CONCURRENCY ?? 16);
const RATE = Number(env.BENCH_RATE ?? 500);
const CPUS = os.cpus().length;
const PIN = (env.BENCH_PIN ?? (CPUS >= 2 ? 'on' : 'off')) === 'on' && haveTaskset() && CPUS >= 2;
const SERVER_CPUS = PIN ? '0' : null;
const CLIENT_CPUS = PIN ? '1' : null;
const CHROMIUM = (env.BENCH_CHROMIUM ?? 'on') === 'on';
const MULTI = Number(env.BENCH_WORKERS ?? 0);
const HOST = '127.0.0.1';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const ENTRY = path.join(PROJECT_ROOT, 'dist', 'server', 'index.js');

const NODE_FLAGS = startFlags(
  (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '',
);

interface Side {
  name: 'tlstest' | 'nginx';
  child: Child;
  httpPort: number;
  httpsPort: number;
}

interface Measured {
  requests: number;
  cpuUsPerRequest: number;
  /** Server CPU used over the phase, in cores (1.0 = one core busy all the time). */
  cores: number;
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

async function measured<T extends { requests: number }>(side: Side, run: () => Promise<T>): Promise<T & Measured> {
  const before = treeCpu(side.child.pid);
  const t0 = performance.now();
  const r = await run();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuDelta(before, treeCpu(side.child.pid));
  return { ...r, cpuUsPerRequest: r.requests > 0 ? (cpu / r.requests) * 1e6 : NaN, cores: cpu / seconds };
}

function newconn(side: Side, caFile: string, durationMs: number, extra: { rate?: number; concurrency?: number; reuseSessions?: boolean }) {
  return runNewConnProcess(
    {
      host: HOST,
      port: side.httpsPort,
      servername: 'localhost',
      // The page's own probe URL shape: a run id and a cache-buster.
      path: '/probe.gif?id=benchrun{n}&r={n}',
      caFile,
      userAgent: UA,
      durationMs,
      ...extra,
    },
    CLIENT_CPUS,
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
  const ms = SECONDS * 1000;
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
    ['fixed', `${RATE} new connections/s`, (side) => newconn(side, caFile, ms, { rate: RATE })],
    ['keepalive', 'keep-alive probe', (side) => keepalive(side, 'probe', ms)],
    ['page', 'keep-alive test page (HTTP)', (side) => keepalive(side, 'page', ms)],
  ];
  for (const [phase, label, run] of phases) {
    for (const [i, side] of sides.entries()) {
      log(`${side.name}: ${label}, ${SECONDS} s`);
      const r = await measured(side, () => run(side));
      check(side.name, label, r, phase === 'resumed');
      (results[i] as Record<Phase, unknown>)[phase] = r;
    }
  }
  sides.forEach((side, i) => (results[i]!.loaded = treeMemory(side.child.pid)));
  return results as SideResult[];
}

function check(name: string, label: string, r: NewConnResult | KeepAliveResult, resuming = false): void {
  if ('reused' in r) {
    if (!resuming && r.reused > 0) throw new Error(`${name} ${label}: ${r.reused} sessions were resumed; the load client must never resume`);
    if (resuming && r.reused < r.requests * 0.9) log(`${name} ${label}: only ${r.reused} of ${r.requests} connections resumed`);
    if (r.non200 > 0) throw new Error(`${name} ${label}: ${r.non200} answers were not 200`);
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
    if (!line.includes('id=benchrun')) continue; // the new-connection requests only
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

const ROWS: Row[] = [
  { phase: 'newconn', label: 'new TLS connection + probe (full handshake)', cpuTarget: 1.5 },
  { phase: 'resumed', label: 'new TLS connection + probe (resumed session)' },
  { phase: 'fixed', label: `${RATE} new connections/s (full handshakes)`, p99Target: 2 },
  { phase: 'keepalive', label: 'keep-alive probe (HTTPS)', cpuTarget: 2 },
  { phase: 'page', label: 'keep-alive test page (HTTP)', cpuTarget: 2 },
];

function table(t: SideResult, n: SideResult | null, chromium: VerdictTiming | null | string, pageBytes: number, heading: string): string {
  const rows: string[][] = [['', 'tlstest', 'nginx', 'tlstest/nginx']];
  const row = (label: string, a: string, b: string, r = '') => rows.push([label, a, b, r]);
  const target = (x: number, limit: number | undefined) => (limit === undefined ? '' : ` (target <= ${limit}: ${x <= limit ? 'met' : 'not met'})`);
  for (const { phase, label, cpuTarget, p99Target } of ROWS) {
    const a = t[phase];
    const b = n?.[phase];
    row(`${label}: req/s`, f0(a.rps), b ? f0(b.rps) : '-', b ? f2(ratio(a.rps, b.rps)) : '');
    const p99 = b ? ratio(a.p99, b.p99) : NaN;
    row('  p50 / p99 latency ms', `${f2(a.p50)} / ${f2(a.p99)}`, b ? `${f2(b.p50)} / ${f2(b.p99)}` : '-', b ? `p99 ${f2(p99)}${target(p99, p99Target)}` : '');
    const cpu = b ? ratio(a.cpuUsPerRequest, b.cpuUsPerRequest) : NaN;
    row('  server CPU us/request', f0(a.cpuUsPerRequest), b ? f0(b.cpuUsPerRequest) : '-', b ? `${f2(cpu)}${target(cpu, cpuTarget)}` : '');
    row('  server CPU busy (cores)', f2(a.cores), b ? f2(b.cores) : '-');
  }
  const mem = (m: Memory) => `${f1(m.rssMb)} (${f1(m.maxProcessRssMb)})`;
  row('idle RSS MB, all (largest process)', mem(t.idle), n ? mem(n.idle) : '-', `largest${target(t.idle.maxProcessRssMb, 80)}`);
  row('loaded RSS MB, all (largest process)', mem(t.loaded), n ? mem(n.loaded) : '-');
  row('server processes', String(t.idle.processes), n ? String(n.idle.processes) : '-');
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
  lines.unshift(heading);
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
    const certsDir = path.join(dir, 'certs');
    const tHttp = await freePort();
    const tHttps = await freePort();
    const tlstestEnv = {
      ...process.env,
      HOST,
      HTTP_PORT: String(tHttp),
      HTTPS_PORT: String(tHttps),
      CERTS_DIR: certsDir,
      DEV_CERT_KEY_TYPE: KEY_TYPE,
      LOG_LEVEL: 'info',
      WORKERS: '1',
      NODE_ENV: 'production',
    };
    const command = ['node', ...NODE_FLAGS, path.relative(PROJECT_ROOT, ENTRY)].join(' ');
    log(`starting tlstest (${command}, WORKERS=1${PIN ? ', CPU 0' : ''})`);
    const tChild = startChild(process.execPath, [...NODE_FLAGS, ENTRY], { env: tlstestEnv, cpus: SERVER_CPUS, logFile: path.join(dir, 'tlstest.log') });
    children.push(tChild);
    await waitForTls(HOST, tHttps, tChild);
    const tlstest: Side = { name: 'tlstest', child: tChild, httpPort: tHttp, httpsPort: tHttps };
    const caFile = path.join(certsDir, 'ca.pem');

    // The bytes nginx will serve: fetched once from tlstest (the page as this User-Agent gets it under localhost).
    const testPage = await fetchBytes(`http://${HOST}:${tHttp}/`, `localhost:${tHttp}`);
    const staticFiles: Record<string, Buffer> = {};
    for (const name of ['tlstest.js', 'tlstest.css']) staticFiles[name] = await fetchBytes(`http://${HOST}:${tHttp}/static/${name}`, `localhost:${tHttp}`);

    const nginxBin = findNginx();
    let nginx: Side | null = null;
    let accessLog = '';
    if (!nginxBin) {
      log(`nginx not found: measuring tlstest alone. For the comparison install it: ${NGINX_INSTALL_HINT}`);
    } else {
      const nHttp = await freePort();
      const nHttps = await freePort();
      const ndir = path.join(dir, 'nginx');
      const layout = writeNginxSite({
        dir: ndir,
        host: HOST,
        httpPort: nHttp,
        httpsPort: nHttps,
        certFile: path.join(certsDir, 'server.pem'),
        keyFile: path.join(certsDir, 'server-key.pem'),
        workers: 1,
        protocols: ['TLSv1.2', 'TLSv1.3'],
        securityHeaders: SECURITY_HEADERS,
        testPage,
        probeGif: PROBE_GIF,
        staticFiles,
      });
      const problem = checkNginxConfig(nginxBin, layout, ndir);
      if (problem) throw new Error(`nginx -t rejected the generated configuration: ${problem}`);
      log(`starting nginx (${nginxBin}, worker_processes 1${PIN ? ', CPU 0' : ''})`);
      const nChild = startChild(nginxBin, ['-p', ndir, '-c', layout.conf], { cpus: SERVER_CPUS, logFile: path.join(ndir, 'logs', 'stderr.log') });
      children.push(nChild);
      await waitForTls(HOST, nHttps, nChild);
      nginx = { name: 'nginx', child: nChild, httpPort: nHttp, httpsPort: nHttps };
      accessLog = layout.accessLog;
    }

    const [t, n = null] = await measureSides(nginx ? [tlstest, nginx] : [tlstest], caFile);
    if (!t) throw new Error('no result');
    const resumed = nginx ? nginxResumed(accessLog) : null;
    if (resumed) log(`nginx access log, new-connection requests: ${resumed.full} on full handshakes, ${resumed.resumed} on resumed sessions`);

    let chromium: VerdictTiming | string | null = null;
    if (!CHROMIUM) chromium = 'skipped (BENCH_CHROMIUM=off)';
    else if (!chromiumAvailable()) chromium = 'skipped: install chromium and libnss3-tools (apt-get install -y chromium libnss3-tools)';
    else {
      log('Chromium: navigation -> verdict');
      chromium = await timeToVerdict(`http://localhost:${tHttp}/`, caFile, dir, 5);
    }

    const cpuModel = os.cpus()[0]?.model.trim() ?? '?';
    const heading =
      `tlstest bench: ${CPUS} CPUs (${cpuModel}), Linux ${os.release()}, node ${process.version} (OpenSSL ${process.versions.openssl}), ` +
      `nginx ${nginxBin ? version(nginxBin, ['-v'], /nginx\/(\S+)/) : 'absent'}, ` +
      `${findWrk() ? `wrk ${version(findWrk() as string, ['-v'], /wrk (\S+)/)}` : 'node keep-alive client (no wrk)'}\n` +
      `tlstest: ${command}; ${KEY_TYPE === 'rsa' ? 'RSA-2048' : 'ECDSA P-256'} certificate, TLS 1.2+1.3 policy, 1 worker each, ${SECONDS} s per phase, ` +
      `${PIN ? 'servers on CPU 0, load generators on CPU 1' : 'no CPU pinning'}; new connections: ${CONCURRENCY} in flight, no session reuse` +
      (resumed ? ` (nginx's log: ${resumed.full} full handshakes, ${resumed.resumed} resumed)` : '');
    const out = table(t, n, chromium, testPage.length, heading);
    process.stdout.write(`\n${out}\n`);
    process.stdout.write(`bench took ${Math.round((Date.now() - started) / 1000)} s\n`);
    if (n) {
      process.stdout.write(
        `ratios: newconn_cpu=${f2(ratio(t.newconn.cpuUsPerRequest, n.newconn.cpuUsPerRequest))} ` +
          `keepalive_cpu=${f2(ratio(t.keepalive.cpuUsPerRequest, n.keepalive.cpuUsPerRequest))} ` +
          `page_cpu=${f2(ratio(t.page.cpuUsPerRequest, n.page.cpuUsPerRequest))}\n`,
      );
    } else {
      process.stdout.write('ratios: newconn_cpu=- keepalive_cpu=- page_cpu=- (no nginx)\n');
    }
    void MULTI;
  } finally {
    await cleanup();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exit(1);
});
