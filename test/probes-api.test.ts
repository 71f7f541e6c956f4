/**
 * Probe policies reached by SNI name and by port, the JSON check API against clients whose offers are known,
 * and the diagnosis API the page calls.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CA_FILE } from './helpers/paths.js';
import { curl, CURL_VERSION_FLAGS, fetchTls, nodeHandshake, opensslHandshake, run, type ClientVersion } from './helpers/clients.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const VERSIONS: ClientVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const EXPECTED: Record<string, ClientVersion[]> = {
  localhost: ['TLSv1.2', 'TLSv1.3'],
  'tls10.localhost': ['TLSv1'],
  'tls11.localhost': ['TLSv1.1'],
  'tls12.localhost': ['TLSv1.2'],
  'tls13.localhost': ['TLSv1.3'],
  'legacy.localhost': ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
  'unknown.localhost': ['TLSv1.2', 'TLSv1.3'],
};

describe('probe policies', () => {
  let srv: TestServer;
  let ca: Buffer;
  beforeAll(async () => {
    srv = await startTestServer({ PROBE_PORTS: 'tls10=0,legacy=0' });
    ca = fs.readFileSync(CA_FILE);
  });
  afterAll(() => srv.close());

  it.each(Object.entries(EXPECTED))('SNI %s accepts exactly %j (node tls, certificate validated)', async (name, accepted) => {
    for (const v of VERSIONS) {
      const r = await nodeHandshake(srv.httpsPort, v, { servername: name, ca: name === 'unknown.localhost' ? undefined : ca });
      expect(r.ok, `${name} ${v}: ${r.error ?? ''}`).toBe(accepted.includes(v));
      if (!r.ok) expect(r.error).toMatch(/alert protocol version|wrong version|unsupported protocol/i);
    }
  });

  it('openssl: -tls1 works on tls10. and on legacy., fails on the main name', async () => {
    expect((await opensslHandshake(srv.httpsPort, 'TLSv1', 'tls10.localhost')).ok).toBe(true);
    expect((await opensslHandshake(srv.httpsPort, 'TLSv1', 'legacy.localhost')).ok).toBe(true);
    const main = await opensslHandshake(srv.httpsPort, 'TLSv1', 'localhost');
    expect(main.ok).toBe(false);
    expect(main.output).toMatch(/alert protocol version/);
  });

  it('curl: TLS 1.1 reaches the probe on tls11. and is refused on tls12.', async () => {
    const resolve = (n: string) => ['--resolve', `${n}:${srv.httpsPort}:127.0.0.1`];
    const ok = await curl(`https://tls11.localhost:${srv.httpsPort}/probe.gif`, [...CURL_VERSION_FLAGS['TLSv1.1'], ...resolve('tls11.localhost')], CA_FILE);
    expect(ok.status).toBe(200);
    const refused = await curl(`https://tls12.localhost:${srv.httpsPort}/probe.gif`, [...CURL_VERSION_FLAGS['TLSv1.1'], ...resolve('tls12.localhost')], CA_FILE);
    expect(refused.exitCode).toBe(35);
  });

  it('probe policies on ports of their own (PROBE_PORTS)', async () => {
    const tls10Port = srv.ctx.probePorts.tls10 as number;
    const legacyPort = srv.ctx.probePorts.legacy as number;
    expect(tls10Port).toBeGreaterThan(0);
    expect((await nodeHandshake(tls10Port, 'TLSv1')).ok).toBe(true);
    expect((await nodeHandshake(tls10Port, 'TLSv1.2')).ok).toBe(false);
    expect((await nodeHandshake(legacyPort, 'TLSv1.1')).ok).toBe(true);
    const check = JSON.parse((await fetchTls({ httpsPort: legacyPort }, '/api/v1/check')).body);
    expect(check).toMatchObject({ policy: 'legacy', routed_by: 'port', sni: 'localhost' });
  });

  it('probe hosts serve the probe and the check API, not the service pages', async () => {
    const page = await fetchTls(srv, '/', { servername: 'legacy.localhost' });
    expect(page.status).toBe(404);
    expect(page.body).toMatch(/probe of the TLS test \(policy legacy\)/);
    expect((await fetchTls(srv, '/probe.gif', { servername: 'legacy.localhost' })).status).toBe(200);
  });

  it('a refused probe handshake is logged at info with the policy and the offered versions', async () => {
    await nodeHandshake(srv.httpsPort, 'TLSv1.2', { servername: 'tls13.localhost' });
    await new Promise((r) => setTimeout(r, 50));
    const line = srv.logs.filter((l) => l.event === 'tls-refused' && l.policy === 'tls13').at(-1);
    expect(line).toMatchObject({ level: 30, offered_versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1'], sni: 'tls13.localhost' });
  });
});

describe('GET /api/v1/check', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  it('reports what curl offered: TLS 1.2 only, one named cipher suite', async () => {
    const r = await curl(`https://localhost:${srv.httpsPort}/api/v1/check`, [
      '--tlsv1.2', '--tls-max', '1.2', '--ciphers', 'ECDHE-ECDSA-AES128-GCM-SHA256', '--resolve', `localhost:${srv.httpsPort}:127.0.0.1`,
      '-A', 'curl-test/1.0',
    ], CA_FILE);
    expect(r.status).toBe(200);
    const j = JSON.parse(r.body);
    expect(j).toMatchObject({
      policy: 'main',
      tls_version: 'TLSv1.2',
      cipher_suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
      sni: 'localhost',
      rating: expect.stringMatching(/^(good|needs-improvement|bad)$/),
    });
    expect(j.offered_cipher_suites.filter((s: string) => s !== 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV')).toEqual(['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256']);
    // No supported_versions extension: the hello allows every version up to its legacy_version, as a server reads it.
    expect(j.offered_versions).toEqual(['TLSv1.2', 'TLSv1.1', 'TLSv1']);
    expect(j.alpn).toContain('http/1.1');
    expect(j.supported_groups.length).toBeGreaterThan(0);
    expect(j.signature_algorithms).toContain('ecdsa_secp256r1_sha256');
    expect(j.insecure_cipher_suites).toEqual({});
    expect(j.client.kind).not.toBe('browser');
    expect(Array.isArray(j.recommendations)).toBe(true);
  });

  it('names insecure suites a client offers (openssl -tls1_2 with NULL and anonymous suites)', async () => {
    const r = await run('openssl', [
      's_client', '-connect', `127.0.0.1:${srv.httpsPort}`, '-servername', 'localhost', '-tls1_2', '-quiet',
      '-cipher', 'ECDHE-ECDSA-AES128-GCM-SHA256:NULL-SHA256:AECDH-NULL-SHA:@SECLEVEL=0',
    ], { input: 'GET /api/v1/check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' });
    const body = r.stdout.slice(r.stdout.indexOf('{'));
    const j = JSON.parse(body.slice(0, body.lastIndexOf('}') + 1));
    expect(j.tls_version).toBe('TLSv1.2');
    expect(j.offered_cipher_suites).toEqual([
      'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_NULL_SHA256', 'TLS_ECDH_anon_WITH_NULL_SHA', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV',
    ]);
    expect(j.insecure_cipher_suites).toEqual({ TLS_RSA_WITH_NULL_SHA256: ['NULL'], TLS_ECDH_anon_WITH_NULL_SHA: ['NULL', 'ANON'] });
    expect(j.rating).toBe('bad');
  });

  it('a hello without SNI goes to the main policy and is reported as "no SNI"', async () => {
    const r = await run('openssl', ['s_client', '-connect', `127.0.0.1:${srv.httpsPort}`, '-noservername', '-quiet'], {
      input: 'GET /api/v1/check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    });
    const j = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'), r.stdout.lastIndexOf('}') + 1));
    expect(j).toMatchObject({ policy: 'main', routed_by: 'default', sni: 'no SNI' });
  });

  it('is open to every origin and answers JSONP for a strictly valid callback only', async () => {
    const plain = await fetchTls(srv, '/api/v1/check');
    expect(plain.headers['access-control-allow-origin']).toBe('*');
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    const jsonp = await fetchTls(srv, '/api/v1/check?callback=my.handler_1');
    expect(jsonp.headers['content-type']).toMatch(/^application\/javascript/);
    expect(jsonp.body).toMatch(/^\/\*\*\/my\.handler_1\(\{.*\}\);$/s);
    for (const bad of ['alert(1)', '1abc', 'a-b', 'x'.repeat(100), '<script>', 'a..b', '']) {
      const r = await fetchTls(srv, `/api/v1/check?callback=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect(r.body).not.toContain(bad || '<none>');
    }
  });
});

describe('GET /api/v1/diagnosis', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  const diagnosis = async (query: string, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0') =>
    (await srv.httpApp.inject({ url: `/api/v1/diagnosis?${query}`, headers: { 'user-agent': ua } })).json();

  it('maps probe outcomes to a verdict and matrix', async () => {
    expect(await diagnosis('policy=ok&legacy=ok&tls10=failed&tls11=failed&tls12=ok&tls13=ok')).toMatchObject({
      verdict: 'pass',
      matrix: { tls10: 'no', tls11: 'no', tls12: 'yes', tls13: 'yes' },
    });
    expect((await diagnosis('policy=failed&legacy=ok&tls10=ok&tls11=ok&tls12=failed&tls13=failed')).verdict).toBe('fail-protocol');
    expect((await diagnosis('policy=failed&legacy=failed&tls10=failed&tls11=failed&tls12=failed&tls13=failed')).verdict).toBe('fail-blocked');
    expect((await diagnosis('policy=timeout&legacy=timeout')).verdict).toBe('unknown');
    expect((await diagnosis('policy=bogus')).verdict).toBe('unknown');
  });

  it('uses the hello the run\'s probes showed: a UA of IE 8 on XP with a TLS 1.3 + GREASE hello means a middlebox', async () => {
    // A real probe with a run id, from a modern client (node), claiming to be IE 8 on Windows XP.
    const id = 'abcdef0123456789';
    const probe = await fetchTls(srv, `/probe.gif?id=${id}`);
    expect(probe.status).toBe(200);
    const d = await diagnosis(`id=${id}&policy=ok&legacy=ok&tls10=failed&tls11=failed&tls12=ok&tls13=ok`, 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)');
    expect(d.verdict).toBe('pass');
    expect(d.middlebox).toBe(true);
    expect(d.notes.join(' ')).toMatch(/proxy or antivirus/);
  });
});
