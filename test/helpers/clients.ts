/** Real TLS clients on loopback, made permissive so that the *server* is what refuses old protocols. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import tls from 'node:tls';
import { CA_FILE } from './paths.js';

export type ClientVersion = 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

export interface HandshakeResult {
  ok: boolean;
  protocol?: string | null;
  cipher?: string;
  error?: string;
}

/** Node's tls client pinned to one protocol version, with OpenSSL's security level lowered for TLS 1.0/1.1. */
export function nodeHandshake(port: number, version: ClientVersion, opts: { servername?: string; ca?: Buffer } = {}): Promise<HandshakeResult> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      servername: opts.servername ?? 'localhost',
      minVersion: version,
      maxVersion: version,
      ciphers: 'DEFAULT@SECLEVEL=0',
      ...(opts.ca ? { ca: opts.ca } : { rejectUnauthorized: false }),
    });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ ok: false, error: 'timeout' });
    }, 5000);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const result = { ok: true, protocol: socket.getProtocol(), cipher: socket.getCipher().standardName };
      socket.end();
      resolve(result);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ ok: false, error: `${err.code ?? ''} ${err.message}` });
    });
  });
}

const OPENSSL_FLAG: Record<ClientVersion, string> = { TLSv1: '-tls1', 'TLSv1.1': '-tls1_1', 'TLSv1.2': '-tls1_2', 'TLSv1.3': '-tls1_3' };

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run a command asynchronously (never spawnSync: the server under test lives in this same process and must
 * keep answering), with standard input closed at once and a hard time limit.
 */
export function run(cmd: string, args: string[], opts: { input?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 15_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // A command that exits before reading its input (openssl s_client after a refused handshake) closes the pipe
    // first: the EPIPE on our side is expected, not an error of the test.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

/** `openssl s_client` pinned to one version, permissive ciphers. Returns its combined output. */
export async function opensslHandshake(port: number, version: ClientVersion, servername = 'localhost'): Promise<{ ok: boolean; output: string }> {
  const r = await run('openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', servername, OPENSSL_FLAG[version], '-cipher', 'DEFAULT@SECLEVEL=0']);
  const output = `${r.stdout}\n${r.stderr}`;
  return { ok: /^New, TLSv1(\.[0-3])?, Cipher is (?!\(NONE\))/m.test(output), output };
}

export const CURL_VERSION_FLAGS: Record<ClientVersion, string[]> = {
  TLSv1: ['--tlsv1.0', '--tls-max', '1.0'],
  'TLSv1.1': ['--tlsv1.1', '--tls-max', '1.1'],
  'TLSv1.2': ['--tlsv1.2', '--tls-max', '1.2'],
  'TLSv1.3': ['--tlsv1.3', '--tls-max', '1.3'],
};

/** curl pinned to one version against a URL on loopback. */
export async function curl(url: string, args: string[] = [], caFile?: string): Promise<{ status: number; exitCode: number; body: string; stderr: string }> {
  const r = await run('curl', [
    '-sS', '--max-time', '10', '--ciphers', 'DEFAULT@SECLEVEL=0', ...(caFile ? ['--cacert', caFile] : ['-k']),
    '-o', '-', '-w', '\n%{http_code}', ...args, url,
  ]);
  const cut = r.stdout.lastIndexOf('\n');
  return { status: Number(r.stdout.slice(cut + 1)) || 0, exitCode: r.code ?? -1, body: r.stdout.slice(0, cut), stderr: r.stderr };
}

export interface TlsResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  raw: Buffer;
}

/** A real HTTPS request over loopback to 127.0.0.1, validating the certificate against the test CA. */
export function fetchTls(
  srv: { httpsPort: number },
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; servername?: string } = {},
): Promise<TlsResponse> {
  return new Promise((resolve, reject) => {
    const servername = opts.servername ?? 'localhost';
    const req = https.request(
      {
        host: '127.0.0.1',
        servername,
        port: srv.httpsPort,
        path,
        method: opts.method ?? 'GET',
        ca: fs.readFileSync(CA_FILE),
        headers: { host: `${servername}:${srv.httpsPort}`, ...opts.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString('utf8'), raw });
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    req.end(opts.body);
  });
}
