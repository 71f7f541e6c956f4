/**
 * User agents built to make regular expressions backtrack: every page that reads the User-Agent answers within
 * 50 ms, and a normal request sent at the same moment is not held up.
 *
 * Timing on a shared 2-core machine: the server runs in this process, other test files may run beside it. A
 * backtracking regular expression is slow every time (it is deterministic CPU work), so each case is measured
 * several times after a warm-up and judged by its fastest run (client side) and its median (server side, from the
 * access log): that filters scheduler noise without hiding a slow expression.
 */
import http from 'node:http';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adviceForUserAgent, classify } from '../../server/advice/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { expectStillServing, httpRequest, httpsRequest, testCa } from './helpers.js';

const BOUND_MS = 50;
const RUNS = 5;

const HOSTILE: Record<string, string> = {
  'Android Redmi + 500 spaces': `Mozilla/5.0 (Linux; Android 10; Redmi${' '.repeat(500)}x)`,
  'Android BNR + 15,000 spaces': `Mozilla/5.0 (Linux; Android 4.0; BNR${' '.repeat(15_000)}x)`,
  'X11 Linux + 15,000 spaces': `Mozilla/5.0 (X11; Linux x86_64)${' '.repeat(15_000)}`,
};
const NORMAL = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

describe('backtracking User-Agents', () => {
  let srv: TestServer;
  let plainAgent: http.Agent;
  let secureAgent: https.Agent;
  let otherPlain: http.Agent;
  let otherSecure: https.Agent;
  /** Every page that reads the User-Agent, on its listener. */
  let pages: Array<{ name: string; fetch: (ua: string, agent?: 'other') => Promise<{ status: number; ms: number }> }>;

  beforeAll(async () => {
    srv = await startTestServer();
    plainAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    otherPlain = new http.Agent({ keepAlive: true, maxSockets: 1 });
    secureAgent = new https.Agent({ keepAlive: true, maxSockets: 1, ca: testCa() });
    otherSecure = new https.Agent({ keepAlive: true, maxSockets: 1, ca: testCa() });
    const plain = (path: string) => (ua: string, agent?: 'other') =>
      httpRequest(srv.httpPort, path, { headers: { 'user-agent': ua }, agent: agent ? otherPlain : plainAgent });
    const secure = (path: string) => (ua: string, agent?: 'other') =>
      httpsRequest(srv.httpsPort, path, { headers: { 'user-agent': ua }, agent: agent ? otherSecure : secureAgent });
    pages = [
      { name: 'HTTP test page /', fetch: plain('/') },
      { name: 'HTTP /api/v1/diagnosis', fetch: plain('/api/v1/diagnosis?policy=failed&legacy=ok&tls10=ok') },
      { name: 'HTTPS /api/v1/diagnosis', fetch: secure('/api/v1/diagnosis?policy=ok') },
      { name: 'HTTPS /api/v1/check', fetch: secure('/api/v1/check') },
      { name: 'HTTP /api/v1/beacon', fetch: plain('/api/v1/beacon?id=redos0123456789&verdict=pass') },
      { name: 'HTTPS /api/v1/beacon', fetch: secure('/api/v1/beacon?id=redos0123456789&verdict=pass') },
    ];
    // Any other GET route under /api/ that exists (e.g. an advice API added later) is measured too.
    for (const route of srv.routes.https) {
      if (route.method === 'GET' && route.url.startsWith('/api/') && !pages.some((p) => p.name.endsWith(route.url)) && !route.url.includes(':')) {
        pages.push({ name: `HTTPS ${route.url}`, fetch: secure(route.url) });
      }
    }
    // Warm up every page, JIT and connections, with normal and hostile agents.
    for (const page of pages) {
      for (const ua of [NORMAL, ...Object.values(HOSTILE), NORMAL]) {
        await page.fetch(ua);
        await page.fetch(ua, 'other');
      }
    }
  });
  afterAll(async () => {
    for (const a of [plainAgent, otherPlain, secureAgent, otherSecure]) a.destroy();
    await srv.close();
  });

  it.each(Object.keys(HOSTILE))('the classifier itself takes well under 50 ms: %s', (name) => {
    const ua = HOSTILE[name] as string;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      classify(ua);
      adviceForUserAgent(ua);
      times.push(performance.now() - t0);
    }
    expect(Math.min(...times)).toBeLessThan(BOUND_MS);
  });

  it.each(Object.keys(HOSTILE))('every page answers within 50 ms: %s', async (name) => {
    const ua = HOSTILE[name] as string;
    for (const page of pages) {
      const from = srv.logs.length;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await page.fetch(ua);
        expect(r.status, page.name).toBe(200);
        times.push(r.ms);
      }
      const serverMs = srv.logs.slice(from).filter((l) => l.event === 'request').map((l) => l.ms as number);
      expect(serverMs, page.name).toHaveLength(RUNS);
      expect(Math.min(...times), `${page.name}: client ms ${times.map(Math.round).join(', ')}`).toBeLessThan(BOUND_MS);
      expect(median(serverMs), `${page.name}: server ms ${serverMs.join(', ')}`).toBeLessThan(BOUND_MS);
    }
    await expectStillServing(srv);
  });

  it.each(Object.keys(HOSTILE))('a normal request sent at the same moment is not delayed: %s', async (name) => {
    const ua = HOSTILE[name] as string;
    for (const page of pages) {
      const normal: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const [hostile, ordinary] = await Promise.all([page.fetch(ua), page.fetch(NORMAL, 'other')]);
        expect(hostile.status).toBe(200);
        expect(ordinary.status).toBe(200);
        normal.push(ordinary.ms);
      }
      expect(Math.min(...normal), `${page.name}: normal ms ${normal.map(Math.round).join(', ')}`).toBeLessThan(BOUND_MS);
    }
    await expectStillServing(srv);
  });
});
