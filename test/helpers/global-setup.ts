import path from 'node:path';
import { parseConfig } from '../../server/config.js';
import { devCertificateNames } from '../../server/server.js';
import { ensureDevCertificates } from '../../server/tls/devcerts.js';
import { TEST_CERTS_DIR, TEST_CERT_NAMES } from './paths.js';

/**
 * One set of development certificates for the whole run, made before the workers start, so no races: it covers
 * every name a default test server asks for (the probe names too), so that no worker has to renew it.
 */
export default function setup(): void {
  const names = [...new Set([...TEST_CERT_NAMES, ...devCertificateNames(parseConfig({}))])];
  ensureDevCertificates(path.resolve(TEST_CERTS_DIR), names, 'ecdsa');
}
