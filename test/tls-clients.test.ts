import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CA_FILE } from './helpers/paths.js';
import { curl, CURL_VERSION_FLAGS, nodeHandshake, opensslHandshake, run, type ClientVersion } from './helpers/clients.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('HTTPS listener with the default policy (TLS 1.2+)', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  it.each<[ClientVersion, boolean]>([
    ['TLSv1', false],
    ['TLSv1.1', false],
    ['TLSv1.2', true],
    ['TLSv1.3', true],
  ])('node tls %s: accepted=%s', async (version, accepted) => {
    const r = await nodeHandshake(srv.httpsPort, version, { ca: fs.readFileSync(CA_FILE) });
    expect(r.ok).toBe(accepted);
    if (accepted) expect(r.protocol).toBe(version);
    // A refusal is the server's protocol_version alert, not a client-side refusal.
    else expect(r.error).toMatch(/alert protocol version|ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION/i);
  });

  it.each<[ClientVersion, boolean]>([
    ['TLSv1', false],
    ['TLSv1.1', false],
    ['TLSv1.2', true],
    ['TLSv1.3', true],
  ])('openssl s_client %s: accepted=%s', async (version, accepted) => {
    const r = await opensslHandshake(srv.httpsPort, version);
    expect(r.ok).toBe(accepted);
    if (!accepted) expect(r.output).toMatch(/alert protocol version/);
  });

  it('curl: TLS 1.0 fails with the server alert (exit 35); TLS 1.2 gets the success page, validated against the local CA', async () => {
    const old = await curl(`${srv.httpsUrl}/`, CURL_VERSION_FLAGS.TLSv1, CA_FILE);
    expect(old.exitCode).toBe(35);
    expect(old.stderr).toMatch(/alert protocol version/);
    const ok = await curl(`${srv.httpsUrl}/`, CURL_VERSION_FLAGS['TLSv1.2'], CA_FILE);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('<td id="tls-protocol">TLSv1.2</td>');
  });

  it('python3 ssl: a TLS 1.1 context is refused, the default context connects', async () => {
    const script = `
import ssl, socket, sys
port = int(sys.argv[1])
def attempt(maxv):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(sys.argv[2])
    ctx.set_ciphers('DEFAULT@SECLEVEL=0')
    if maxv:
        ctx.minimum_version = ssl.TLSVersion.TLSv1_1
        ctx.maximum_version = maxv
    try:
        with socket.create_connection(('127.0.0.1', port), timeout=5) as s:
            with ctx.wrap_socket(s, server_hostname='localhost') as t:
                return t.version()
    except ssl.SSLError as e:
        return 'ERR ' + e.reason
print(attempt(ssl.TLSVersion.TLSv1_1))
print(attempt(None))
`;
    const r = await run('python3', ['-c', script, String(srv.httpsPort), CA_FILE]);
    const [old, modern] = r.stdout.trim().split('\n');
    expect(old).toMatch(/ERR TLSV1_ALERT_PROTOCOL_VERSION/);
    expect(modern).toBe('TLSv1.3');
  });

  it('counts and logs each refused handshake once, at info, with its code', async () => {
    const refusedLogs = () => srv.logs.filter((l) => l.event === 'tls-refused');
    const before = srv.ctx.counters.refusedHandshakes;
    const logsBefore = refusedLogs().length;
    await nodeHandshake(srv.httpsPort, 'TLSv1');
    await new Promise((r) => setTimeout(r, 50));
    expect(srv.ctx.counters.refusedHandshakes).toBe(before + 1);
    const refused = refusedLogs();
    expect(refused.length).toBe(logsBefore + 1);
    expect(refused.at(-1)).toMatchObject({ level: 30, code: 'ERR_SSL_UNSUPPORTED_PROTOCOL' });
  });

  it('answers plain HTTP sent to the HTTPS port with a short pointer to the test page, not a hang', async () => {
    const r = await run('curl', ['-sS', '--max-time', '5', '-w', '\n%{http_code}', `http://localhost:${srv.httpsPort}/`]);
    expect(r.stdout).toContain('This port speaks HTTPS');
    expect(r.stdout).toContain(`http://localhost:${srv.httpPort}/`);
    expect(r.stdout.trim().endsWith('400')).toBe(true);
  });

  it('never logs private key material', () => {
    const text = JSON.stringify(srv.logs);
    expect(text).not.toMatch(/PRIVATE KEY/);
    expect(text).not.toContain(fs.readFileSync(CA_FILE.replace('ca.pem', 'server-key.pem'), 'utf8').split('\n')[1]);
  });
});

describe('HTTPS listener with TLS_MIN_VERSION=TLSv1.3', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ TLS_MIN_VERSION: 'TLSv1.3' });
  });
  afterAll(() => srv.close());

  it('refuses TLS 1.2 and accepts TLS 1.3', async () => {
    const r12 = await nodeHandshake(srv.httpsPort, 'TLSv1.2');
    expect(r12.ok).toBe(false);
    expect(r12.error).toMatch(/alert protocol version/i);
    expect((await opensslHandshake(srv.httpsPort, 'TLSv1.2')).ok).toBe(false);
    const r13 = await nodeHandshake(srv.httpsPort, 'TLSv1.3');
    expect(r13).toMatchObject({ ok: true, protocol: 'TLSv1.3' });
  });
});
