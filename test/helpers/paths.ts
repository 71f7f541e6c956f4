import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.js';

export const TEST_CERTS_DIR = path.join(PROJECT_ROOT, '.tmp', 'test-certs');
export const OUTPUT_DIR = path.join(PROJECT_ROOT, 'test', 'output');
export const CA_FILE = path.join(TEST_CERTS_DIR, 'ca.pem');

/** The environment startTestServer starts from (tests add their own variables on top). */
export const TEST_SERVER_ENV: Record<string, string> = {
  HOST: '127.0.0.1',
  HTTP_PORT: '0',
  HTTPS_PORT: '0',
  CERTS_DIR: TEST_CERTS_DIR,
  LOG_LEVEL: 'info',
  ADMIN_PORT: '0',
};
