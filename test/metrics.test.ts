import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HelloBroker, SharedHelloStore, helloFromWire, helloToWire, restartDelayMs, type ToPrimary } from '../server/cluster.js';
import { BROWSER_FAMILIES, browserLabels, majorLabels } from '../server/metrics/browsers.js';
import { Metrics, mergeSnapshots, renderPrometheus } from '../server/metrics/registry.js';
import { VERDICTS } from '../server/routes/beacon.js';
import { ClientHello, parseClientHello } from '../server/tls/clienthello.js';
import { HelloStore } from '../server/visits.js';
import { CA_FILE } from './helpers/paths.js';
import { curl, CURL_VERSION_FLAGS, opensslHandshake } from './helpers/clients.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { fixture } from './tls/helpers.js';

/** Parse Prometheus text into "name{labels}" -> value. */
function parseMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    out.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return out;
}

const IE8_XP = 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)';
const CHROME_120 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

describe('metrics on the admin port', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  const scrape = async () => {
    const res = await fetch(`http://127.0.0.1:${srv.adminPort}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    return { text, values: parseMetrics(text) };
  };

  it('after a pass, a refused TLS 1.0 handshake and beacons, the counters show them', async () => {
    const before = (await scrape()).values;
    const at = (m: Map<string, number>, k: string) => m.get(k) ?? 0;

    // A pass: a real TLS 1.2 client gets the success page.
    const ok = await curl(`${srv.httpsUrl}/`, CURL_VERSION_FLAGS['TLSv1.2'], CA_FILE);
    expect(ok.status).toBe(200);
    // A refused handshake: openssl offering only TLS 1.0.
    expect((await opensslHandshake(srv.httpsPort, 'TLSv1')).ok).toBe(false);
    // Beacons as the page sends them: IE 8 failed, Chrome 120 passed; a repeat of the same run is not counted again.
    const beacon = (id: string, verdict: string, ua: string) => srv.httpApp.inject({ url: `/api/v1/beacon?id=${id}&verdict=${verdict}&r=1`, headers: { 'user-agent': ua } });
    expect((await beacon('run0000000000001', 'fail-protocol', IE8_XP)).statusCode).toBe(200);
    expect((await beacon('run0000000000001', 'fail-protocol', IE8_XP)).statusCode).toBe(200);
    expect((await beacon('run0000000000002', 'pass', CHROME_120)).statusCode).toBe(200);
    // Nonsense is answered (it is an image) but not counted.
    expect((await beacon('run0000000000003', 'great', CHROME_120)).statusCode).toBe(200);
    expect((await beacon('x', 'pass', CHROME_120)).statusCode).toBe(200);

    const { text, values: after } = await scrape();
    const delta = (k: string) => at(after, k) - at(before, k);
    expect(delta('tlstest_tls_handshakes_total{policy="main",version="TLSv1.2",cipher="TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"}') +
      delta('tlstest_tls_handshakes_total{policy="main",version="TLSv1.2",cipher="TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"}') +
      delta('tlstest_tls_handshakes_total{policy="main",version="TLSv1.2",cipher="TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"}')).toBe(1);
    expect(delta('tlstest_http_requests_total{listener="https",route="/",status="200"}')).toBe(1);
    expect(delta('tlstest_tls_refused_total{policy="main",offered="TLSv1"}')).toBe(1);
    expect(delta('tlstest_verdicts_total{verdict="fail-protocol",browser="ie",major="8"}')).toBe(1);
    expect(delta('tlstest_verdicts_total{verdict="pass",browser="chrome",major="50+"}')).toBe(1);
    expect(delta('tlstest_http_requests_total{listener="http",route="/api/v1/beacon",status="200"}')).toBe(5);
    expect([...after.keys()].filter((k) => k.startsWith('tlstest_verdicts_total') && k.includes('great'))).toEqual([]);
    // Exactly the two good reports: nothing else reached the verdict counters.
    const verdictsDelta = [...after.keys()].filter((k) => k.startsWith('tlstest_verdicts_total')).reduce((n, k) => n + delta(k), 0);
    expect(verdictsDelta).toBe(2);
    // Gauges and label-less counters are there from the start.
    expect(after.get('tlstest_certificate_expiry_days')).toBeGreaterThan(30);
    expect(after.get('tlstest_workers')).toBe(1);
    expect(after.get('tlstest_worker_restarts_total')).toBe(0);
    expect(text).toContain('# TYPE tlstest_verdicts_total counter');
    expect(text).toContain('# TYPE tlstest_certificate_expiry_days gauge');
  });

  it('the admin port answers only metrics, status and health, and is not the public listener', async () => {
    expect((await fetch(`http://127.0.0.1:${srv.adminPort}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${srv.adminPort}/metrics`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${srv.adminPort}/healthz`)).status).toBe(200);
    expect((await srv.httpApp.inject({ url: '/metrics' })).statusCode).toBe(404);
  });
});

describe('metrics registry', () => {
  it('renders Prometheus text with escaped labels, and merges processes (counters add, gauges by rule)', () => {
    const a = new Metrics();
    const b = new Metrics();
    a.inc('httpRequests', { listener: 'http', route: '/', status: '200' }, 2);
    b.inc('httpRequests', { listener: 'http', route: '/', status: '200' }, 3);
    b.inc('httpRequests', { listener: 'http', route: 'a"b\\c\nd', status: '404' });
    a.set('certDays', {}, 40);
    b.set('certDays', {}, 12);
    a.set('workers', {}, 1);
    b.set('workers', {}, 1);
    const text = renderPrometheus(mergeSnapshots([a.snapshot(), b.snapshot()]));
    expect(text).toContain('tlstest_http_requests_total{listener="http",route="/",status="200"} 5\n');
    expect(text).toContain('tlstest_http_requests_total{listener="http",route="a\\"b\\\\c\\nd",status="404"} 1\n');
    expect(text).toContain('\ntlstest_certificate_expiry_days 12\n');
    expect(text).toContain('\ntlstest_workers 2\n');
    expect(text).toContain('\ntlstest_worker_restarts_total 0\n');
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('browser labels for the verdict metric are bounded', () => {
  it.each<[string, string, string]>([
    [IE8_XP, 'ie', '8'],
    ['Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1)', 'ie', '6'],
    ['Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko', 'ie', '11'],
    [CHROME_120, 'chrome', '50+'],
    ['Mozilla/5.0 (Windows NT 5.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36', 'chrome', '49'],
    ['Mozilla/5.0 (Windows NT 5.1; rv:25.0) Gecko/20100101 Firefox/25.0', 'firefox', '25'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0', 'firefox', '53+'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_6_8) AppleWebKit/534.59.10 (KHTML, like Gecko) Version/5.1.9 Safari/534.59.10', 'safari', '5'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 6_0 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Version/6.0 Mobile/10A5376e Safari/8536.25', 'mobile-safari', '6'],
    ['Mozilla/5.0 (Linux; U; Android 4.0.3; en-us; GT-I9100 Build/IML74K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30', 'android', '4'],
    ['Opera/9.80 (Windows NT 6.1; U; en) Presto/2.12.388 Version/12.16', 'opera', '12'],
    ['Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763', 'edge', '18'],
    ['Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0', 'edge', '19+'],
    ['curl/8.0', 'other', 'unknown'],
    ['', 'other', 'unknown'],
    ['<script>alert(1)</script>/99999', 'other', 'unknown'],
  ])('%s -> %s %s', (ua, browser, major) => {
    expect(browserLabels(ua)).toEqual({ browser, major });
  });

  it('the label set is finite and small: families x majors x verdicts', () => {
    const series = BROWSER_FAMILIES.reduce((n, f) => n + majorLabels(f).length, 1) * VERDICTS.length;
    expect(series).toBeLessThan(1000);
  });
});

describe('hellos shared between workers (SharedHelloStore)', () => {
  // Real hellos: openssl's TLS 1.2-only hello and curl's TLS 1.3 one.
  const hello = ClientHello.from(fixture('openssl-tls1_2'));
  const facts = hello.parse();
  const tls13 = ClientHello.from(fixture('curl-default'));

  it('remembers through the primary and finds a hello another worker saw', async () => {
    const broker = new HelloBroker(50);
    const workers: SharedHelloStore[] = [];
    // A primary answering asynchronously, as over IPC, with the messages through JSON as node:cluster sends them.
    const channel = (self: () => SharedHelloStore) => (sent: ToPrimary) => {
      const m = JSON.parse(JSON.stringify(sent)) as ToPrimary;
      setTimeout(() => {
        if (m.t === 'hello') {
          const h = helloFromWire(m.hello);
          if (h) broker.remember(m.id, h);
        }
        if (m.t === 'hello?') broker.ask(m.id, (h) => self().answer(m.q, JSON.parse(JSON.stringify(h && helloToWire(h)))));
      }, 1);
      return true;
    };
    workers.push(new SharedHelloStore(channel(() => workers[0] as SharedHelloStore)));
    workers.push(new SharedHelloStore(channel(() => workers[1] as SharedHelloStore)));
    workers[0]?.remember('run0000000000001', hello);
    await new Promise((r) => setTimeout(r, 10));
    expect(await workers[1]?.lookup('run0000000000001')).toEqual(facts);
    expect(workers[1]?.local.get('run0000000000001')).toBeNull();
    expect(await workers[1]?.lookup('run0000000000099')).toBeNull();
  });

  it("a hello travels as its kept records in base64 with the size it had, and what is not one is ignored", () => {
    const store = new HelloStore();
    store.remember('run0000000000008', ClientHello.from(fixture('chromium')));
    const wire = helloToWire(store.get('run0000000000008') as ClientHello);
    expect(wire.n).toBe(fixture('chromium').length);
    expect(Buffer.from(wire.d, 'base64').length).toBeLessThan(1000); // its post-quantum key share left out
    expect(helloFromWire(JSON.parse(JSON.stringify(wire)))?.parse()).toEqual(parseClientHello(fixture('chromium')));
    const bad = [null, 42, wire.d, { d: wire.d }, { d: 'R0VUIC8gSFRUUC8xLjENCg==', n: 16 }, { d: wire.d.slice(0, 40), n: wire.n }];
    for (const b of [...bad, { d: wire.d, n: 3 }, { d: wire.d, n: 1e9 }, { d: wire.d, n: 1.5 }]) expect(helloFromWire(b)).toBeNull();
  });

  it('tells the primary only what it did not know: one message for a run whose probes all reach this worker', () => {
    const sent: ToPrimary[] = [];
    const worker = new SharedHelloStore((m) => (sent.push(m), true));
    for (let i = 0; i < 5; i++) worker.remember('run0000000000007', hello);
    expect(sent.filter((m) => m.t === 'hello')).toHaveLength(1);
    worker.remember('run0000000000007', tls13); // a newer version is news
    worker.remember('run0000000000007', hello);
    const versions = sent.filter((m) => m.t === 'hello').map((m) => helloFromWire((m as { hello: unknown }).hello)?.parse().highest_version);
    expect(versions).toEqual(['TLSv1.2', 'TLSv1.3']);
  });

  it('falls back to its own store when the primary does not answer in time', async () => {
    const silent = new SharedHelloStore(() => true, 30);
    silent.remember('run0000000000002', hello);
    const started = Date.now();
    expect(await silent.lookup('run0000000000002')).toEqual(facts);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    // No channel at all (primary gone): answered at once from the local store.
    const gone = new SharedHelloStore(() => false, 5000);
    gone.remember('run0000000000003', hello);
    expect(await gone.lookup('run0000000000003')).toEqual(facts);
  });

  it('the primary holds a question that arrives before the hello it asks about', async () => {
    const broker = new HelloBroker(100);
    const answers: Array<ClientHello | null> = [];
    broker.ask('run0000000000004', (h) => answers.push(h));
    expect(broker.pending).toBe(1);
    broker.remember('run0000000000004', hello);
    expect(answers.map((h) => h?.parse())).toEqual([facts]);
    expect(broker.pending).toBe(0);
    // Known at once: answered at once.
    broker.ask('run0000000000004', (h) => answers.push(h));
    expect(answers).toHaveLength(2);
    // Never seen: null after the wait, and nothing left behind.
    const started = Date.now();
    const late = await new Promise<ClientHello | null>((resolve) => broker.ask('run0000000000005', resolve));
    expect(late).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(broker.pending).toBe(0);
  });

  it('replacing crashed workers backs off when they keep dying', () => {
    expect([1, 2, 3, 5, 10, 20].map(restartDelayMs)).toEqual([100, 200, 400, 1600, 10_000, 10_000]);
  });
});
