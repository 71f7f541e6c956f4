/**
 * A bounded load run on loopback: 2,000 new TLS connections (concurrency 100, one request each) and, at the same
 * time, 20,000 keep-alive requests to the HTTP test page. No request may fail, and the server's resident memory
 * after the run (after garbage collection) must be within 20% of before.
 *
 * The server runs as a child process (test/hardening/fixtures/server-child.ts, the real startServer), so the RSS
 * read from /proc/<pid>/status is the server's own, run with the node options of `npm start`. The child runs with --expose-gc and collects garbage when this
 * test asks over the IPC channel of the spawn: no hook exists in the production server. "Before" is measured after
 * a warm-up (JIT, TLS session caches, pools), so that the comparison is about growth under load, i.e. leaks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlags } from '../../bench/lib/servers.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { TEST_CERTS_DIR } from '../helpers/paths.js';
import { expectStillServing, testCa, type Ports } from './helpers.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(HERE, 'fixtures', 'server-child.ts');
/** The whole run, warm-up and measurements included; the load itself must finish 5 s before. */
const TOTAL_LIMIT_MS = 60_000;
/** The node options `npm start` runs the server with (a small young generation among them), as in production. */
const START_FLAGS = startFlags(
  (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start,
);
const UA = 'Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko';

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!m) throw new Error('no VmRSS');
  return Number(m[1]);
}

/** Run `count` tasks with at most `concurrency` at once; stop starting new ones after the deadline. */
async function pool(count: number, concurrency: number, deadline: number, task: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count && Date.now() < deadline) {
        await task(next++);
        done++;
      }
    }),
  );
  return done;
}

describe('bounded load', () => {
  let child: ChildProcess;
  let ports: Ports;
  const messages: Array<Record<string, unknown>> = [];

  const waitFor = (type: string, timeoutMs = 20_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`child: no ${type}`)), timeoutMs);
      const check = () => {
        const i = messages.findIndex((m) => m.type === type);
        if (i < 0) return;
        clearTimeout(timer);
        child.off('message', check);
        resolve(messages.splice(i, 1)[0] as Record<string, unknown>);
      };
      child.on('message', check);
      check();
    });

  /** Full GC in the child, a moment to settle, then its RSS. */
  const settledRss = async () => {
    child.send('gc');
    const r = await waitFor('gc-done');
    expect(r.collected).toBe(true);
    await new Promise((res) => setTimeout(res, 500));
    return rssKb(child.pid as number);
  };

  beforeAll(async () => {
    child = spawn(process.execPath, [...START_FLAGS, '--expose-gc', '--import', 'tsx', CHILD], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        HTTP_PORT: '0',
        HTTPS_PORT: '0',
        CERTS_DIR: TEST_CERTS_DIR,
        // Errors and warnings only: an access-log line per request to /dev/null would measure the logger, not leaks.
        LOG_LEVEL: 'warn',
      },
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('message', (m) => messages.push(m as Record<string, unknown>));
    try {
      const ready = await waitFor('ready', 30_000);
      ports = { httpPort: ready.httpPort as number, httpsPort: ready.httpsPort as number };
    } catch (err) {
      throw new Error(`server child did not start: ${String(err)} ${stderr.slice(0, 500)}`);
    }
  }, 40_000);

  afterAll(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.send('stop');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('2,000 new TLS connections and 20,000 page requests: no failure, memory back within 20%', async () => {
    const started = Date.now();
    const deadline = started + TOTAL_LIMIT_MS - 5_000;
    const ca = testCa();
    const failures: string[] = [];
    const fail = (what: string) => {
      if (failures.length < 20) failures.push(what);
      else failures.length++;
    };

    /** One request on a new TLS connection (no agent: a full handshake each time). */
    const tlsRequest = (i: number) =>
      new Promise<void>((resolve) => {
        const req = https.request(
          { host: '127.0.0.1', port: ports.httpsPort, servername: 'localhost', path: i % 2 ? '/' : '/healthz', ca, agent: false, headers: { 'user-agent': UA } },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode !== 200) fail(`tls ${i}: ${res.statusCode}`);
              resolve();
            });
          },
        );
        req.on('error', (e) => {
          fail(`tls ${i}: ${e.message}`);
          resolve();
        });
        req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
        req.end();
      });

    const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
    const pageRequest = (i: number) =>
      new Promise<void>((resolve) => {
        const req = http.request({ host: '127.0.0.1', port: ports.httpPort, path: '/', agent, headers: { 'user-agent': UA, host: 'localhost' } }, (res) => {
          let bytes = 0;
          res.on('data', (c: Buffer) => (bytes += c.length));
          res.on('end', () => {
            if (res.statusCode !== 200 || bytes < 1_000) fail(`page ${i}: ${res.statusCode} ${bytes} bytes`);
            resolve();
          });
        });
        req.on('error', (e) => {
          fail(`page ${i}: ${e.message}`);
          resolve();
        });
        req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
        req.end();
      });

    try {
      // Warm-up, then the baseline.
      await pool(100, 50, deadline, tlsRequest);
      await pool(1_000, 50, deadline, pageRequest);
      expect(failures).toEqual([]);
      const before = await settledRss();

      const t0 = Date.now();
      const [tlsDone, pagesDone] = await Promise.all([pool(2_000, 100, deadline, tlsRequest), pool(20_000, 50, deadline, pageRequest)]);
      const loadMs = Date.now() - t0;
      expect(tlsDone, `TLS connections done in ${loadMs} ms`).toBe(2_000);
      expect(pagesDone, `page requests done in ${loadMs} ms`).toBe(20_000);
      expect(failures).toEqual([]);

      const after = await settledRss();
      const growth = (after - before) / before;
      console.log(`load: ${loadMs} ms; server RSS ${before} kB before, ${after} kB after (${(growth * 100).toFixed(1)}%)`);
      expect(after, `RSS ${before} kB -> ${after} kB`).toBeLessThanOrEqual(before * 1.2);
      await expectStillServing(ports);
      expect(Date.now() - started).toBeLessThan(TOTAL_LIMIT_MS);
    } finally {
      agent.destroy();
    }
  }, 90_000);
});
