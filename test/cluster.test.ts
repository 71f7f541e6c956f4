import http from 'node:http';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { startCli } from './helpers/cli.js';
import { fetchTls } from './helpers/clients.js';

const IE8_XP = 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)';

/** GET over a fresh plain-HTTP connection (no keep-alive), so that any worker may take it. */
function get(port: number, path: string, ua = 'tlstest-test'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent: false, headers: { 'user-agent': ua, connection: 'close' } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
  });
}

/** GET /healthz on a new TLS connection, offering `session`; whether it was resumed, and the session to offer next. */
function tlsRequest(port: number, session: Buffer | null, ua: string): Promise<{ reused: boolean; session: Buffer | null }> {
  return new Promise((resolve, reject) => {
    let next: Buffer | null = null;
    let reused = false;
    const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', rejectUnauthorized: false, ...(session ? { session } : {}) });
    socket.setTimeout(5000, () => socket.destroy(new Error('timeout')));
    socket.on('session', (s: Buffer) => (next ??= s));
    socket.once('secureConnect', () => {
      reused = socket.isSessionReused();
      socket.write(`GET /healthz HTTP/1.1\r\nHost: localhost\r\nUser-Agent: ${ua}\r\nConnection: close\r\n\r\n`);
    });
    socket.on('data', () => {});
    socket.once('error', reject);
    socket.once('close', () => resolve({ reused, session: next }));
  });
}

async function waitUntil(what: string, cond: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('WORKERS=2: a cluster of worker processes', () => {
  it('shares probe hellos and metrics across workers, replaces a killed worker, and stops on SIGTERM', async () => {
    // Debug level: probe access lines are written only at debug (server/fastlane.ts), and the count below needs them.
    const cli = startCli({ WORKERS: '2', LOG_LEVEL: 'debug' });
    const seen = new Set<number>();
    try {
      const ready = await cli.waitForLog('cluster-ready', 45_000);
      const admin = (await cli.waitForLog('admin-listening')).admin_port as number;
      const httpPort = ready.http_port as number;
      const httpsPort = ready.https_port as number;
      const status = async () => {
        const s = JSON.parse((await get(admin, '/status')).body) as { workers: number; pids: number[] };
        for (const pid of s.pids) seen.add(pid);
        return s;
      };
      const first = await status();
      expect(first.workers).toBe(2);
      expect(new Set(first.pids).size).toBe(2);

      // Probe (HTTPS) and diagnosis (HTTP) of each run on fresh connections: with two workers accepting on their
      // own, they land on either. Every diagnosis must still see the run's hello (a node hello under an IE 8
      // User-Agent reads as a middlebox, which only the hello can tell). The access log names the worker but
      // not the run, so the runs that crossed workers are counted from below: with P probes and D diagnoses on
      // worker 1 out of N runs, at least |P - D| runs had their two requests on different workers.
      const perWorker = (path: string) => {
        const counts = new Map<unknown, number>();
        for (const l of cli.logs) if (l.event === 'request' && l.path === path) counts.set(l.worker, (counts.get(l.worker) ?? 0) + 1);
        return counts;
      };
      let runs = 0;
      let crossedAtLeast = 0;
      for (let round = 0; round < 5 && crossedAtLeast === 0; round++) {
        const ids = Array.from({ length: 16 }, (_, i) => `cluster${round}${String(i).padStart(9, '0')}`);
        const before = { probes: perWorker('/probe.gif'), diagnoses: perWorker('/api/v1/diagnosis') };
        await Promise.all(ids.map((id) => fetchTls({ httpsPort }, `/probe.gif?id=${id}`).then((r) => expect(r.status).toBe(200))));
        const diagnoses = await Promise.all(
          ids.map((id) => get(httpPort, `/api/v1/diagnosis?id=${id}&policy=ok&legacy=ok&tls10=failed&tls11=failed&tls12=ok&tls13=ok`, IE8_XP)),
        );
        for (const d of diagnoses) expect(JSON.parse(d.body)).toMatchObject({ verdict: 'pass', middlebox: true });
        runs += ids.length;
        await new Promise((r) => setTimeout(r, 100)); // the last access-log lines
        const firstWorker = [...perWorker('/probe.gif').keys(), ...perWorker('/api/v1/diagnosis').keys()][0];
        const p = (perWorker('/probe.gif').get(firstWorker) ?? 0) - (before.probes.get(firstWorker) ?? 0);
        const d = (perWorker('/api/v1/diagnosis').get(firstWorker) ?? 0) - (before.diagnoses.get(firstWorker) ?? 0);
        crossedAtLeast += Math.abs(p - d);
      }
      expect(crossedAtLeast).toBeGreaterThan(0);
      expect(new Set(cli.logs.filter((l) => l.event === 'request').map((l) => l.worker)).size).toBe(2);

      // The admin port adds up both workers' numbers.
      const metrics = (await get(admin, '/metrics')).body;
      expect(metrics).toMatch(/^tlstest_workers 2$/m);
      expect(metrics).toContain(`tlstest_http_requests_total{listener="https",route="/probe.gif",status="200"} ${runs}\n`);
      expect(metrics).toContain(`tlstest_http_requests_total{listener="http",route="/api/v1/diagnosis",status="200"} ${runs}\n`);

      // Session tickets work across workers: they derive their keys from the primary's secret. Each connection
      // offers the first connection's session and says which worker answered it (its User-Agent in the log).
      const first_ = await tlsRequest(httpsPort, null, 'resume-first');
      expect(first_.session).not.toBeNull();
      const resumedOn = new Map<unknown, number>();
      for (let i = 0; i < 40 && resumedOn.size < 2; i++) {
        const r = await tlsRequest(httpsPort, first_.session, `resume-${i}`);
        expect(r.reused, `connection ${i}`).toBe(true);
        await cli.waitForLog('request', 5_000, (l) => l.ua === `resume-${i}`);
        const worker = cli.logs.find((l) => l.event === 'request' && l.ua === `resume-${i}`)?.worker;
        resumedOn.set(worker, (resumedOn.get(worker) ?? 0) + 1);
      }
      expect(resumedOn.size).toBe(2);

      // A crashed worker is replaced; the service keeps answering meanwhile.
      const victim = first.pids[0] as number;
      process.kill(victim, 'SIGKILL');
      await cli.waitForLog('worker-died', 10_000, (l) => l.pid === victim);
      expect((await get(httpPort, '/healthz')).status).toBe(200);
      await waitUntil('a replacement worker', async () => {
        const s = await status();
        return s.workers === 2 && !s.pids.includes(victim);
      }, 45_000);
      expect((await get(admin, '/metrics')).body).toMatch(/^tlstest_worker_restarts_total 1$/m);

      const last = await status();
      const signalledAt = Date.now();
      cli.child.kill('SIGTERM');
      const exit = await cli.exited;
      expect(exit.code).toBe(0);
      expect(exit.at - signalledAt).toBeLessThan(10_000);
      await expect(get(httpPort, '/healthz')).rejects.toThrow(/ECONNREFUSED/);
      // No worker outlives the primary.
      const alive = [...first.pids, ...last.pids].filter((pid) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      });
      expect(alive).toEqual([]);
    } finally {
      cli.kill();
      // Workers left behind by a failed run (they stop by themselves when the primary goes; this makes sure).
      for (const pid of seen) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }, 150_000);
});
