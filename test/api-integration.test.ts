/**
 * The API look-alike endpoints with real clients over loopback: curl, Python (urllib + ssl), Java
 * (HttpsURLConnection, compiled here from the guide's own snippet), Node https and, where installed, PHP.
 * Old-protocol clients are made permissive so that the *server* is what refuses them.
 */
import fs from 'node:fs';
import tls from 'node:tls';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_BODY_LIMIT_BYTES,
  OAUTH_TOKEN_ERROR,
  PAYLOAD_TOO_LARGE,
  REST_INVALID_SESSION,
  SERVICES_BAD_REQUEST,
  SOAP_FAULT_STRING,
  SOAP_GET_INFO,
  SOAP_LOGIN_FAULT,
} from '../server/api/answers.js';
import { curlSnippets, javaSnippet, nodeSnippet, phpSnippet, pythonSnippet } from '../server/api/guide-content.js';
import { curl, CURL_VERSION_FLAGS, fetchTls, run } from './helpers/clients.js';
import { CA_FILE } from './helpers/paths.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { DRAIN_MAX_BYTES } from '../server/routes/api-integration.js';

/** A program on PATH, or null. */
function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && fs.existsSync(file)) return file;
  }
  return null;
}

const JAVAC = onPath('javac');
const JAVA = JAVAC ? path.join(path.dirname(fs.realpathSync(JAVAC)), 'java') : null;
const KEYTOOL = JAVAC ? path.join(path.dirname(fs.realpathSync(JAVAC)), 'keytool') : null;
const PHP = onPath('php');

const SOAP_LOGIN = '<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:partner.soap.sforce.com"><soapenv:Body><urn:login><urn:username>someone@example.com</urn:username><urn:password>secret</urn:password></urn:login></soapenv:Body></soapenv:Envelope>';

let srv: TestServer;
let origin: string;
let tmp: string;

beforeAll(async () => {
  srv = await startTestServer();
  origin = `https://localhost:${srv.httpsPort}`;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-api-'));
});
afterAll(async () => {
  await srv?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const apiLogs = () => srv.logs.filter((l) => l.event === 'api-test');

let dumps = 0;
/** curl with the response headers saved to a file; returns the result and those headers. */
async function curlWithHeaders(url: string, args: string[]): Promise<Awaited<ReturnType<typeof curl>> & { headers: string }> {
  const file = path.join(tmp, `headers-${++dumps}.txt`);
  const r = await curl(url, ['-D', file, ...args], CA_FILE);
  return { ...r, headers: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '' };
}

describe('curl: each endpoint, status and body', () => {
  it.each<[string, string]>([
    ['text/xml', 'text/xml; charset=utf-8'],
    ['SOAP 1.2 with action=', 'application/soap+xml; charset=utf-8; action="urn:partner.soap.sforce.com/Soap/loginRequest"'],
    ['a type nobody parses', 'application/x-whatever'],
    ['a malformed type', 'not a media type;;'],
  ])('SOAP login, body sent as %s: 500 and the INVALID_LOGIN fault, never 415', async (_what, type) => {
    for (const [p, flavour] of [['/services/Soap/u/32.0', 'partner'], ['/services/Soap/c/59.0', 'enterprise']] as const) {
      const r = await curlWithHeaders(`${origin}${p}`, ['-H', `Content-Type: ${type}`, '--data-binary', SOAP_LOGIN]);
      expect(r.status).toBe(500);
      expect(r.body).toBe(SOAP_LOGIN_FAULT[flavour].body);
      expect(r.headers).toMatch(/^content-type: text\/xml; charset=utf-8\r?$/im);
    }
  });

  it('SOAP login without any Content-Type: still the fault', async () => {
    const r = await curl(`${origin}/services/Soap/u/32.0`, ['-H', 'Content-Type:', '--data-binary', SOAP_LOGIN], CA_FILE);
    expect(r.status).toBe(500);
    expect(r.body).toContain(`<faultstring>${SOAP_FAULT_STRING}</faultstring>`);
  });

  it('GET on the SOAP login path: a short explanation, not a fault', async () => {
    const r = await curl(`${origin}/services/Soap/u/32.0`, [], CA_FILE);
    expect(r.status).toBe(200);
    expect(r.body).toBe(SOAP_GET_INFO.body);
    expect(r.body).not.toContain('faultcode');
  });

  it('OAuth token: 400 invalid_grant (form body, credentials in the query string too)', async () => {
    const r = await curl(`${origin}/services/oauth2/token?grant_type=password&password=hunter2`, ['-d', 'grant_type=password&client_id=x&username=u&password=hunter2'], CA_FILE);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({ error: 'invalid_grant', error_description: 'authentication failure' });
    expect(r.body).toBe(OAUTH_TOKEN_ERROR.body);
  });

  it.each(['GET', 'POST', 'PATCH', 'DELETE'])('REST data, %s: 401 INVALID_SESSION_ID', async (method) => {
    const args = ['-X', method, '-H', 'Authorization: Bearer 00D!expired', ...(method === 'POST' || method === 'PATCH' ? ['-H', 'Content-Type: application/json', '-d', '{"Name":"x"}'] : [])];
    const r = await curl(`${origin}/services/data/v59.0/sobjects/Account/001000000000001`, args, CA_FILE);
    expect(r.status).toBe(401);
    expect(r.body).toBe(REST_INVALID_SESSION.body);
  });

  it('any other path under /services/: 400 Bad Request', async () => {
    for (const p of ['/services/apexrest/Orders', '/services/Soap/m/32.0', '/services/']) {
      const r = await curl(`${origin}${p}`, [], CA_FILE);
      expect(r.status).toBe(400);
      expect(r.body).toBe(SERVICES_BAD_REQUEST.body);
    }
  });

  it('readiness: one text/plain line, TLS_OK, the protocol and the cipher suite of this connection', async () => {
    const r13 = await curlWithHeaders(`${origin}/api/v1/tls`, []);
    expect(r13.status).toBe(200);
    expect(r13.headers).toMatch(/^content-type: text\/plain; charset=utf-8\r?$/im);
    expect(r13.body).toMatch(/^TLS_OK TLSv1\.3 TLS_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256)\n$/);
    const r12 = await curl(`${origin}/api/v1/tls`, CURL_VERSION_FLAGS['TLSv1.2'], CA_FILE);
    expect(r12.body).toMatch(/^TLS_OK TLSv1\.2 TLS_ECDHE_ECDSA_WITH_[A-Z0-9_]+\n$/);
  });

  it('with --tls-max 1.1 (client permissive) the handshake fails: the server refuses, no answer at all', async () => {
    for (const p of ['/services/Soap/u/32.0', '/services/data/v59.0/sobjects', '/api/v1/tls']) {
      const r = await curl(`${origin}${p}`, [...CURL_VERSION_FLAGS['TLSv1.1'], '-d', SOAP_LOGIN], CA_FILE);
      expect(r.exitCode).toBe(35);
      expect(r.stderr).toMatch(/alert protocol version/);
      expect(r.status).toBe(0);
    }
  });

  it("the guide's curl commands pass as the guide says", async () => {
    const [readiness, soap] = (curlSnippets(origin)[0] as { code: string }).code.split('\n') as [string, string];
    const env = { ...process.env, CURL_CA_BUNDLE: CA_FILE };
    const a = await run('sh', ['-c', readiness], { env });
    expect(a.stdout).toMatch(/^TLS_OK TLSv1\.3 /);
    const b = await run('sh', ['-c', soap], { env });
    expect(b.stdout).toMatch(/^HTTP\/1\.1 500 /);
    expect(b.stdout).toContain(SOAP_FAULT_STRING);
  });
});

describe('Python 3 (urllib + ssl)', () => {
  it("the guide's program, default context: HTTP 500 and INVALID_LOGIN", async () => {
    const file = path.join(tmp, 'tls_check.py');
    fs.writeFileSync(file, pythonSnippet(origin).code);
    const r = await run('python3', [file], { env: { ...process.env, SSL_CERT_FILE: CA_FILE } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^OpenSSL \d/);
    expect(r.stdout).toContain(`HTTP 500 `);
    expect(r.stdout).toContain(`<faultcode>sf:INVALID_LOGIN</faultcode>`);
  });

  it('a context with maximum_version TLS 1.1 fails with an SSL error (the server alert)', async () => {
    const script = `
import ssl, sys, urllib.error, urllib.request
ctx = ssl.create_default_context(cafile=sys.argv[2])
ctx.set_ciphers('DEFAULT@SECLEVEL=0')
ctx.minimum_version = ssl.TLSVersion.TLSv1
ctx.maximum_version = ssl.TLSVersion.TLSv1_1
req = urllib.request.Request(sys.argv[1], data=b'<login/>', headers={'Content-Type': 'text/xml'})
try:
    urllib.request.urlopen(req, context=ctx, timeout=10)
    print('NO ERROR')
except urllib.error.HTTPError as e:
    print('HTTP', e.code)
except urllib.error.URLError as e:
    print(type(e.reason).__name__, getattr(e.reason, 'reason', e.reason))
`;
    const r = await run('python3', ['-c', script, `${origin}/services/Soap/u/32.0`, CA_FILE]);
    expect(r.stdout.trim()).toBe('SSLError TLSV1_ALERT_PROTOCOL_VERSION');
  });
});

describe.skipIf(!JAVAC)(`Java (the machine's JDK${JAVAC ? '' : ': SKIPPED, no javac on PATH; .ci/run installs default-jdk-headless'})`, () => {
  const java = JAVA as string;
  let classDir: string;
  let trustStore: string;
  let permissive: string;

  beforeAll(async () => {
    // The guide's own program, compiled once for this server's address.
    classDir = path.join(tmp, 'java');
    fs.mkdirSync(classDir);
    fs.writeFileSync(path.join(classDir, 'TlsCheck.java'), javaSnippet(origin).code);
    const compiled = await run(JAVAC as string, ['-d', classDir, path.join(classDir, 'TlsCheck.java')], { timeoutMs: 45_000 });
    expect(compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    trustStore = path.join(tmp, 'trust.p12');
    const imported = await run(KEYTOOL as string, ['-importcert', '-noprompt', '-alias', 'tlstest-ca', '-file', CA_FILE, '-keystore', trustStore, '-storetype', 'PKCS12', '-storepass', 'changeit'], { timeoutMs: 20_000 });
    expect(imported.code).toBe(0);
    // Java 17 disables TLS 1.0/1.1 in the client itself; empty that list so the server is what refuses.
    permissive = path.join(tmp, 'permissive.security');
    fs.writeFileSync(permissive, 'jdk.tls.disabledAlgorithms=\n');
  }, 60_000);

  const runJava = (protocols: string) =>
    run(java, [
      '-Xshare:auto', '-XX:TieredStopAtLevel=1',
      `-Djava.security.properties=${permissive}`,
      `-Djavax.net.ssl.trustStore=${trustStore}`, '-Djavax.net.ssl.trustStorePassword=changeit', '-Djavax.net.ssl.trustStoreType=PKCS12',
      `-Djdk.tls.client.protocols=${protocols}`,
      '-cp', classDir, 'TlsCheck',
    ], { timeoutMs: 20_000 });

  it('-Djdk.tls.client.protocols=TLSv1.2: HTTP 500 and INVALID_LOGIN, over a TLS 1.2 suite', async () => {
    const r = await runJava('TLSv1.2');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^HTTP 500 TLS_ECDHE_ECDSA_WITH_/);
    expect(r.stdout).toContain(`<faultstring>${SOAP_FAULT_STRING}</faultstring>`);
    expect(apiLogs().at(-1)).toMatchObject({ method: 'POST', protocol: 'TLSv1.2', ua: expect.stringMatching(/^Java\//) });
  }, 30_000);

  it('-Djdk.tls.client.protocols=TLSv1.1 (client permissive): SSLHandshakeException from the server alert', async () => {
    const r = await runJava('TLSv1.1');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('javax.net.ssl.SSLHandshakeException: Received fatal alert: protocol_version');
  }, 30_000);
});

describe('Node https', () => {
  it("the guide's program: REST data path gives 401 INVALID_SESSION_ID", async () => {
    const file = path.join(tmp, 'tls-check.js');
    fs.writeFileSync(file, nodeSnippet(origin).code);
    const r = await run(process.execPath, [file], { env: { ...process.env, NODE_EXTRA_CA_CERTS: CA_FILE } });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`HTTP 401 TLSv1.3 ${REST_INVALID_SESSION.body}`);
  });
});

describe.skipIf(!PHP)(`PHP with curl${PHP ? '' : ' (SKIPPED: no php on PATH)'}`, () => {
  it("the guide's program: HTTP 500 and INVALID_LOGIN", async () => {
    const file = path.join(tmp, 'tls_check.php');
    fs.writeFileSync(file, phpSnippet(origin).code);
    const r = await run(PHP as string, ['-d', `curl.cainfo=${CA_FILE}`, file]);
    expect(r.stdout).toMatch(/^HTTP 500 <\?xml/);
    expect(r.stdout).toContain(SOAP_FAULT_STRING);
  });
});

describe('hostile bodies', () => {
  it('a SOAP body with an external-entity declaration and an entity bomb: the plain fault, nothing expanded', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE e [<!ENTITY xxe SYSTEM "file:///etc/passwd">' +
      '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><login>&xxe;&c;</login></soapenv:Body></soapenv:Envelope>';
    const r = await curl(`${origin}/services/Soap/u/32.0`, ['-H', 'Content-Type: text/xml', '--data-binary', xxe], CA_FILE);
    expect(r.status).toBe(500);
    expect(r.body).toBe(SOAP_LOGIN_FAULT.partner.body);
    expect(r.body).not.toContain('root:');
    expect(r.body).not.toContain('aaaa');
  });

  it('a 10 MB body: a short 413, then the server is healthy and still answers', async () => {
    const big = path.join(tmp, 'big.xml');
    fs.writeFileSync(big, Buffer.alloc(10 * 1024 * 1024, '<a>'));
    const sized = await curlWithHeaders(`${origin}/services/Soap/u/32.0`, ['-H', 'Content-Type: text/xml', '--data-binary', `@${big}`]);
    expect(sized.status).toBe(413);
    expect(sized.body).toBe(PAYLOAD_TOO_LARGE.body);
    expect(sized.headers).toMatch(/^content-type: text\/plain; charset=utf-8\r?$/im);
    const chunked = await curl(`${origin}/services/Soap/c/32.0`, ['-H', 'Transfer-Encoding: chunked', '--data-binary', `@${big}`], CA_FILE);
    expect(chunked.status).toBe(413);
    expect(chunked.body).toBe(PAYLOAD_TOO_LARGE.body);
    const node = await fetchTls(srv, '/services/data/v59.0/sobjects', { method: 'POST', body: Buffer.alloc(10 * 1024 * 1024, 'x'), headers: { 'content-type': 'application/json' } });
    expect(node.status).toBe(413);
    expect(node.body).toBe(PAYLOAD_TOO_LARGE.body);

    expect(JSON.parse((await fetchTls(srv, '/healthz')).body)).toMatchObject({ status: 'ok' });
    const after = await curl(`${origin}/services/Soap/u/32.0`, ['-H', 'Content-Type: text/xml', '--data-binary', SOAP_LOGIN], CA_FILE);
    expect(after.status).toBe(500);
  }, 30_000);

  it('an endless upload gets its 413, then is read only up to a bound and cut off (no free sink)', async () => {
    // A raw TLS client that keeps sending chunks whatever comes back (as a busy uploader does).
    const socket = tls.connect({ host: '127.0.0.1', port: srv.httpsPort, servername: 'localhost', ca: fs.readFileSync(CA_FILE) });
    await new Promise((resolve, reject) => socket.once('secureConnect', resolve).once('error', reject));
    socket.write(`POST /services/Soap/u/32.0 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    let answer = '';
    let written = 0;
    let closed = false;
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    socket.on('error', () => undefined);
    const ended = new Promise<void>((resolve) => socket.once('close', () => { closed = true; resolve(); }));
    const pump = () => {
      while (!closed && written < 4 * DRAIN_MAX_BYTES) {
        written += chunk.length;
        if (!socket.write(frame)) return void socket.once('drain', pump);
      }
    };
    pump();
    await Promise.race([ended, new Promise((r) => setTimeout(r, 20_000))]);
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/);
    expect(answer).toContain(PAYLOAD_TOO_LARGE.body);
    expect(closed).toBe(true);
    // The server kept reading after its answer (so clients can read it), but only up to the bound.
    expect(written).toBeGreaterThanOrEqual(DRAIN_MAX_BYTES);
    expect(written).toBeLessThan(DRAIN_MAX_BYTES + 12 * 1024 * 1024);
    expect(JSON.parse((await fetchTls(srv, '/healthz')).body)).toMatchObject({ status: 'ok' });
  }, 30_000);

  it('the limit is small: 64 KB is read and answered, one byte more is 413', async () => {
    const send = (size: number) => fetchTls(srv, '/services/Soap/u/32.0', { method: 'POST', body: Buffer.alloc(size, 'x'), headers: { 'content-type': 'text/xml' } });
    expect((await send(API_BODY_LIMIT_BYTES)).status).toBe(500);
    expect((await send(API_BODY_LIMIT_BYTES + 1)).status).toBe(413);
    expect(API_BODY_LIMIT_BYTES).toBe(64 * 1024);
  });
});

describe('logging and isolation', () => {
  it('logs each request at info with method, path, negotiated protocol and User-Agent, never the query string', async () => {
    await curl(`${origin}/services/oauth2/token?password=hunter2`, ['-A', 'AcmeIntegration/2.1', '-d', 'grant_type=password'], CA_FILE);
    await curl(`${origin}/api/v1/tls`, ['-A', 'AcmeMonitor/1.0', ...CURL_VERSION_FLAGS['TLSv1.2']], CA_FILE);
    const [token, ready] = apiLogs().slice(-2);
    expect(token).toMatchObject({ level: 30, endpoint: 'oauth-token', method: 'POST', path: '/services/oauth2/token', status: 400, protocol: 'TLSv1.3', ua: 'AcmeIntegration/2.1' });
    expect(ready).toMatchObject({ level: 30, endpoint: 'readiness', method: 'GET', path: '/api/v1/tls', status: 200, protocol: 'TLSv1.2', ua: 'AcmeMonitor/1.0' });
    expect(JSON.stringify(apiLogs())).not.toContain('hunter2');
    expect(JSON.stringify(apiLogs())).not.toContain('someone@example.com');
  });

  it('the endpoints exist on the TLS 1.2+ listener only', async () => {
    const soap = await srv.httpApp.inject({ method: 'POST', url: '/services/Soap/u/32.0', headers: { 'content-type': 'text/xml' }, payload: SOAP_LOGIN });
    expect(soap.statusCode).toBe(404);
    expect((await srv.httpApp.inject({ url: '/api/v1/tls' })).statusCode).toBe(404);
  });

  it('the catch-all body reader stays inside the API plugin: other routes keep the default parsers', async () => {
    expect(srv.httpsApp.hasContentTypeParser('application/json')).toBe(true);
    expect(srv.httpApp.hasContentTypeParser('application/json')).toBe(true);
    // A malformed Content-Type elsewhere still gets the framework's normal refusal.
    const r = await fetchTls(srv, '/nope', { method: 'POST', headers: { 'content-type': 'not a media type;;' }, body: 'x' });
    expect(r.status).toBe(415);
  });
});
