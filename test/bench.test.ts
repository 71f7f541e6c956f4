/**
 * The benchmark's own pieces (bench/, run by `npm run bench`; not timed here): the new-connection client really
 * makes full handshakes (the server sees no resumed session, and would see them if the client offered its
 * sessions) with the certificate verified at the start, the generated nginx configuration passes `nginx -t`, wrk's output is read right, and the /proc
 * readers see a real process tree.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedRateFor, generatorCapacity, runNewConnections, serverCertificate } from '../bench/lib/newconn.js';
import { parseWrk, wrkDurationMs } from '../bench/lib/keepalive.js';
import { checkNginxConfig, findNginx, nginxConfig, nginxTlsDirectives, writeNginxSite } from '../bench/lib/nginx.js';
import { TLS_PRESETS } from '../server/tls/policy.js';
import { cpuDelta, cpuSeconds, processTree, treeCpu, treeMemory } from '../bench/lib/procstat.js';
import { startFlags } from '../bench/lib/servers.js';
import { SECURITY_HEADERS } from '../server/plugins/headers.js';
import { PROBE_GIF } from '../server/routes/probe.js';
import { PROJECT_ROOT } from '../server/config.js';
import { fetchTls, nodeHandshake } from './helpers/clients.js';
import { CA_FILE, TEST_CERTS_DIR } from './helpers/paths.js';
import { makeCert } from './helpers/certs.js';

const CERT = path.join(TEST_CERTS_DIR, 'server.pem');
const KEY = path.join(TEST_CERTS_DIR, 'server-key.pem');

describe('new-connection load client', () => {
  let server: https.Server;
  let port: number;
  const seen: Array<{ reused: boolean; url: string }> = [];
  beforeAll(async () => {
    server = https.createServer({ cert: fs.readFileSync(CERT), key: fs.readFileSync(KEY) }, (req, res) => {
      seen.push({ reused: (req.socket as TLSSocket).isSessionReused(), url: req.url ?? '' });
      res.writeHead(200, { 'content-type': 'image/gif', 'content-length': PROBE_GIF.length });
      res.end(PROBE_GIF);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const run = (reuseSessions: boolean) =>
    runNewConnections({
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      path: '/probe.gif?id=visit{v}&r={n}',
      ca: fs.readFileSync(CA_FILE),
      durationMs: 20_000,
      maxRequests: 7,
      concurrency: 1,
      reuseSessions,
    });

  it('opens a new TLS connection per request and never resumes: the server confirms every handshake was full', async () => {
    seen.length = 0;
    const r = await run(false);
    expect(r.requests).toBe(7);
    expect(r.errors).toBe(0);
    expect(r.non200).toBe(0);
    expect(r.reused).toBe(0);
    expect(seen.length).toBe(r.requests);
    expect(seen.every((s) => !s.reused)).toBe(true);
    // Six probes per visit share its id, as on the page.
    expect(seen.map((s) => s.url)).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => `/probe.gif?id=visit${n < 6 ? 0 : 1}&r=${n}`));
    expect(r.versions).toEqual({ 'TLSv1.3': r.requests });
    expect(r.p50).toBeGreaterThan(0);
    expect(r.p99).toBeGreaterThanOrEqual(r.p50);
  });

  it('the control: a client that offers its sessions is seen resuming (so the check above can fail)', async () => {
    seen.length = 0;
    const r = await run(true);
    expect(r.reused).toBeGreaterThan(0);
    expect(seen.filter((s) => s.reused).length).toBe(r.reused);
  });

  it('open loop: starts requests at the given rate whatever the answers, and says how late it started them', async () => {
    const r = await runNewConnections({ host: '127.0.0.1', port, servername: 'localhost', path: '/', durationMs: 500, rate: 20 });
    expect(r.requests + r.errors).toBe(10);
    expect(r.reused).toBe(0);
    expect(r.startLagP99).toBeGreaterThanOrEqual(0);
    expect(r.startLagP99).toBeLessThan(500);
    // Its own CPU per connection: some, and less than the whole run's wall time per connection allows.
    expect(r.clientCpuUsPerRequest).toBeGreaterThan(0);
  });

  it('verifies the server\'s certificate once, fully: what it returns is the certificate the server presents', async () => {
    const der = await serverCertificate({ host: '127.0.0.1', port, servername: 'localhost', ca: fs.readFileSync(CA_FILE) });
    expect(der.equals(new X509Certificate(fs.readFileSync(CERT)).raw)).toBe(true);
    // The host name is checked too.
    await expect(serverCertificate({ host: '127.0.0.1', port, servername: 'not-this.example', ca: fs.readFileSync(CA_FILE) })).rejects.toThrow(
      /no valid certificate for not-this\.example/,
    );
  });

  describe('a server with another certificate', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-newconn-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('is refused before the run when its certificate is not under the CA given (no request is sent)', async () => {
      const other = await makeCert(dir, 'stranger', '51');
      const requests: string[] = [];
      const stranger = https.createServer({ cert: fs.readFileSync(other.cert), key: fs.readFileSync(other.key) }, (req, res) => {
        requests.push(req.url ?? '');
        res.end();
      });
      await new Promise<void>((r) => stranger.listen(0, '127.0.0.1', r));
      try {
        const strangerPort = (stranger.address() as AddressInfo).port;
        await expect(
          runNewConnections({ host: '127.0.0.1', port: strangerPort, servername: 'localhost', path: '/', ca: fs.readFileSync(CA_FILE), durationMs: 2000, maxRequests: 3, concurrency: 1 }),
        ).rejects.toThrow(/no valid certificate for localhost under the given CA/);
        expect(requests).toEqual([]);
      } finally {
        await new Promise<void>((r) => stranger.close(() => r()));
      }
    });

    it('is caught on every full handshake when the certificate changes after the check at the start', async () => {
      const other = await makeCert(dir, 'swapped', '52');
      const requests: string[] = [];
      const swapping = https.createServer({ cert: fs.readFileSync(CERT), key: fs.readFileSync(KEY) }, (req, res) => {
        requests.push(req.url ?? '');
        res.writeHead(200, { 'content-length': PROBE_GIF.length });
        res.end(PROBE_GIF);
        // The check at the start and the first request with our certificate; from then on another one.
        swapping.setSecureContext({ cert: fs.readFileSync(other.cert), key: fs.readFileSync(other.key) });
      });
      await new Promise<void>((r) => swapping.listen(0, '127.0.0.1', r));
      try {
        const swappingPort = (swapping.address() as AddressInfo).port;
        const r = await runNewConnections({
          host: '127.0.0.1', port: swappingPort, servername: 'localhost', path: '/p{n}', ca: fs.readFileSync(CA_FILE), durationMs: 5000, maxRequests: 4, concurrency: 1,
        });
        expect(r.requests).toBe(1);
        expect(r.wrongCertificate).toBe(3);
        expect(r.errors).toBe(3);
        // No request was sent on a connection with the wrong certificate.
        expect(requests).toEqual(['/p0']);
      } finally {
        await new Promise<void>((r) => swapping.close(() => r()));
      }
    });
  });
});

describe('the fixed-rate phase and the load generator\'s capacity', () => {
  it('takes the capacity from the generator\'s CPU per connection (the most expensive run), not from requests/s', () => {
    expect(generatorCapacity([{ clientCpuUsPerRequest: 1000 }, { clientCpuUsPerRequest: 1250 }])).toBe(800);
    expect(generatorCapacity([undefined, { clientCpuUsPerRequest: NaN }, { clientCpuUsPerRequest: 2000 }])).toBe(500);
    expect(generatorCapacity([undefined])).toBe(Infinity);
  });

  it('keeps the rate asked while it is at most 80% of the capacity, else runs at 60% of it', () => {
    expect(fixedRateFor(500, 800)).toBe(500);
    expect(fixedRateFor(500, 625)).toBe(500);
    expect(fixedRateFor(500, 620)).toBe(370);
    expect(fixedRateFor(500, 500)).toBe(300);
    expect(fixedRateFor(500, Infinity)).toBe(500);
    expect(fixedRateFor(500, 5)).toBe(10);
  });
});

describe('nginx reference configuration', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-bench-test-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const site = {
    dir,
    host: '127.0.0.1',
    httpPort: 18080,
    httpsPort: 18443,
    certFile: CERT,
    keyFile: KEY,
    workers: 1,
    policy: TLS_PRESETS.intermediate,
    securityHeaders: SECURITY_HEADERS,
    testPage: Buffer.from('<!DOCTYPE html><title>t</title>'),
    probeGif: PROBE_GIF,
    staticFiles: { 'tlstest.js': Buffer.from('var a;'), 'tlstest.css': Buffer.from('p{}') },
  };

  it('keeps every path in its own directory and has tlstest\'s TLS policy and headers', () => {
    const layout = writeNginxSite(site);
    const conf = nginxConfig(site, layout);
    for (const line of conf.split('\n').filter((l) => /_path |^pid |error_log |access_log |root /.test(l.trim()))) {
      expect(line).toContain(dir);
    }
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('master_process on;');
    expect(conf).toContain('worker_processes 1;');
    const p = TLS_PRESETS.intermediate;
    expect(conf).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(conf).toContain(`ssl_ciphers "${p.ciphers}";`);
    expect(conf).toContain(`ssl_conf_command Ciphersuites "${p.ciphersuites}";`);
    expect(conf).toContain(`ssl_ecdh_curve ${p.ecdhCurve};`);
    expect(conf).toContain('ssl_prefer_server_ciphers on;');
    expect(nginxTlsDirectives({ ...p, minVersion: 'TLSv1.3', honorCipherOrder: false, sigalgs: 'ecdsa_secp256r1_sha256' })).toEqual([
      'ssl_protocols TLSv1.3;',
      `ssl_ciphers "${p.ciphers}";`,
      `ssl_conf_command Ciphersuites "${p.ciphersuites}";`,
      `ssl_ecdh_curve ${p.ecdhCurve};`,
      'ssl_conf_command SignatureAlgorithms "ecdsa_secp256r1_sha256";',
      'ssl_prefer_server_ciphers off;',
    ]);
    expect(conf).toContain('add_header x-frame-options "DENY" always;');
    expect(fs.readFileSync(path.join(layout.www, 'probe.gif')).equals(PROBE_GIF)).toBe(true);
    expect(fs.readFileSync(path.join(layout.www, 'static', 'tlstest.js'), 'utf8')).toBe('var a;');
  });

  it.skipIf(!findNginx())('passes nginx -t', () => {
    const layout = writeNginxSite(site);
    expect(checkNginxConfig(findNginx() as string, layout, dir)).toBeNull();
  });

  it.skipIf(!findNginx())('nginx -t catches a broken configuration (so the check above can fail)', () => {
    const layout = writeNginxSite(site);
    fs.appendFileSync(layout.conf, '\nnot_a_directive on;\n');
    expect(checkNginxConfig(findNginx() as string, layout, dir)).toMatch(/not_a_directive/);
  });
});

describe('wrk output and /proc readers', () => {
  it('reads wrk --latency output', () => {
    const out = `Running 2s test @ https://127.0.0.1:8443/probe.gif
  1 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   845.12us  301.20us   8.10ms   91.00%
    Req/Sec    19.01k     1.20k   21.00k    70.00%
  Latency Distribution
     50%  790.00us
     75%    0.90ms
     90%    1.10ms
     99%    2.05ms
  37830 requests in 2.00s, 12.34MB read
  Non-2xx or 3xx responses: 3
Requests/sec:  18915.33
Transfer/sec:      6.17MB
`;
    expect(parseWrk(out)).toEqual({ requests: 37830, rps: 18915.33, p50: 0.79, p99: 2.05, non2xx: 3, errors: 0 });
    expect(wrkDurationMs('1.5s')).toBe(1500);
    expect(Number.isNaN(wrkDurationMs('fast'))).toBe(true);
  });

  it('runs tlstest with the node options of npm start', () => {
    expect(startFlags('npm run build && node dist/server/index.js')).toEqual([]);
    expect(startFlags('npm run build && node --max-semi-space-size=2 --abort-on-uncaught-exception dist/server/index.js')).toEqual([
      '--max-semi-space-size=2',
      '--abort-on-uncaught-exception',
    ]);
    const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/\bnode\b.*dist\/server\/index\.js/);
    // The container starts it the same way as npm start (and so as the bench measures it).
    const cmd = /^CMD \[(.*)\]$/m.exec(fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8'))?.[1] ?? '';
    expect(startFlags(`node ${(JSON.parse(`[${cmd}]`) as string[]).slice(1).join(' ')}`)).toEqual(startFlags(pkg.scripts.start ?? ''));
    expect(startFlags(pkg.scripts.start ?? '')).toContain('--max-semi-space-size=2');
    // Old generation capped at 1 GB: V8 then collects before garbage piles up (README, Performance: memory).
    expect(startFlags(pkg.scripts.start ?? '')).toContain('--max-old-space-size=1024');
    // One V8 background thread, not four: each thread's malloc arena stays resident (README, Performance: memory).
    expect(startFlags(pkg.scripts.start ?? '')).toContain('--v8-pool-size=1');
    expect(pkg.scripts.bench).toMatch(/bench\/run\.ts/);
  });

  it('sees a process tree, its CPU time and memory', async () => {
    // A child that burns 300 ms of CPU, then says so and idles.
    const child = spawn(process.execPath, ['-e', 'while (process.cpuUsage().user < 300000); console.log("done"); setTimeout(() => {}, 5000)']);
    try {
      const before = treeCpu(process.pid);
      await new Promise((r) => child.stdout.once('data', r));
      expect(processTree(process.pid)).toContain(child.pid);
      const after = treeCpu(process.pid);
      expect(cpuSeconds(child.pid as number)).toBeGreaterThanOrEqual(0.29);
      expect(cpuDelta(before, after)).toBeGreaterThanOrEqual(0.25);
      const mem = treeMemory(process.pid);
      expect(mem.processes).toBeGreaterThanOrEqual(2);
      expect(mem.rssMb).toBeGreaterThan(mem.maxProcessRssMb - 0.001);
      expect(mem.maxProcessRssMb).toBeGreaterThan(10);
    } finally {
      child.kill();
    }
  });
});

describe('the Node.js floor server (bench/floor.ts)', () => {
  let child: ReturnType<typeof spawn>;
  let port = 0;
  beforeAll(async () => {
    port = await new Promise<number>((resolve) => {
      const s = https.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'floor.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), CERTS_DIR: TEST_CERTS_DIR },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve, reject) => {
      child.stdout?.once('data', resolve);
      child.once('exit', (code) => reject(new Error(`floor server exited with ${code}`)));
    });
  }, 30_000);
  afterAll(() => {
    child?.kill();
  });

  it('has tlstest\'s TLS policy: TLS 1.3 and 1.2 with the preferred suites, TLS 1.1 and 1.0 refused by the server', async () => {
    expect(await nodeHandshake(port, 'TLSv1.3')).toMatchObject({ ok: true, protocol: 'TLSv1.3', cipher: 'TLS_AES_128_GCM_SHA256' });
    expect(await nodeHandshake(port, 'TLSv1.2')).toMatchObject({ ok: true, protocol: 'TLSv1.2', cipher: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256' });
    expect((await nodeHandshake(port, 'TLSv1.1')).ok).toBe(false);
    expect((await nodeHandshake(port, 'TLSv1')).ok).toBe(false);
  });

  it('answers the probe as tlstest does: 200, the GIF, its headers; keep-alive and close as asked', async () => {
    const res = await fetchTls({ httpsPort: port }, '/probe.gif?id=abcdefgh12&r=1', { headers: { connection: 'keep-alive' } });
    expect(res.status).toBe(200);
    expect(res.raw.equals(PROBE_GIF)).toBe(true);
    expect(res.headers).toMatchObject({ 'content-type': 'image/gif', 'cache-control': 'no-store, max-age=0', connection: 'keep-alive' });
    for (const name of Object.keys(SECURITY_HEADERS)) expect(res.headers[name]).toBe(SECURITY_HEADERS[name]);
    const closing = await fetchTls({ httpsPort: port }, '/probe.gif', { headers: { connection: 'close' } });
    expect(closing.headers.connection).toBe('close');
  });
});
