import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.js';

export const TEST_CERTS_DIR = path.join(PROJECT_ROOT, '.tmp', 'test-certs');
export const TEST_CERT_NAMES = ['localhost', '127.0.0.1', '::1'];
export const OUTPUT_DIR = path.join(PROJECT_ROOT, 'test', 'output');
export const CA_FILE = path.join(TEST_CERTS_DIR, 'ca.pem');
