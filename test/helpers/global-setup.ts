import path from 'node:path';
import { parseConfig } from '../../server/config.js';
import { devCertificateNames } from '../../server/server.js';
import { ensureDevCertificates } from '../../server/tls/devcerts.js';
import { TEST_CERTS_DIR, TEST_SERVER_ENV } from './paths.js';

/**
 * One set of development certificates for the whole run, made before the workers start so that no two test
 * servers renew them at once. The names are those startTestServer's configuration needs (probe names included):
 * a certificate missing one would be remade by the first server of each worker, racing the others.
 */
export default function setup(): void {
  const config = parseConfig(TEST_SERVER_ENV);
  ensureDevCertificates(path.resolve(TEST_CERTS_DIR), devCertificateNames(config), 'ecdsa');
}
