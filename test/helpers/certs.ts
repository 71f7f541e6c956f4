/** Throw-away certificates for reload tests, made with the openssl command (asynchronously: servers run in-process). */
import fs from 'node:fs';
import path from 'node:path';
import { run } from './clients.js';

export interface TestCert {
  cert: string;
  key: string;
  /** Serial as Node prints it (upper-case hex). */
  serial: string;
}

/** A self-signed P-256 certificate for localhost with the given hex serial, written under `dir` as <name>.pem / <name>-key.pem. */
export async function makeCert(dir: string, name: string, serialHex: string, days = 30): Promise<TestCert> {
  const cert = path.join(dir, `${name}.pem`);
  const key = path.join(dir, `${name}-key.pem`);
  const r = await run('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert,
    '-days', String(days), '-subj', `/CN=localhost/O=tlstest ${name}`, '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-set_serial', `0x${serialHex}`,
  ]);
  if (r.code !== 0) throw new Error(`openssl req failed: ${r.stderr}`);
  fs.chmodSync(key, 0o600);
  return { cert, key, serial: serialHex.toUpperCase() };
}

/** Replace `target` with the content of `source` the way renewal tools do: write a temporary file, rename it over. */
export function replaceFile(source: string | Buffer, target: string, mode = 0o600): void {
  const tmp = `${target}.new`;
  fs.writeFileSync(tmp, typeof source === 'string' ? fs.readFileSync(source) : source, { mode });
  fs.renameSync(tmp, target);
}
