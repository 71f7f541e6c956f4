import path from 'node:path';
import { ensureDevCertificates } from '../../server/tls/devcerts.js';
import { TEST_CERTS_DIR, TEST_CERT_NAMES } from './paths.js';

/** One set of development certificates for the whole run (made before the workers start, so no races). */
export default function setup(): void {
  ensureDevCertificates(path.resolve(TEST_CERTS_DIR), TEST_CERT_NAMES, 'ecdsa');
}
