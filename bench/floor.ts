/**
 * The Node.js floor of `npm run bench`: the least any Node.js TLS server can spend on a new connection with one probe
 * request. A bare node:tls server with tlstest's certificate and main TLS options (same policy: versions, suites,
 * groups, cipher order), answering each request with the probe's answer prebuilt, then closing as asked: no front
 * door (so no ClientHello facts), no HTTP parser, no routing, metrics or log. Run with npm start's node options.
 *
 * Environment: HOST, PORT, CERTS_DIR (server.pem, server-key.pem) and the TLS_* settings tlstest reads.
 */
import path from 'node:path';
import tls from 'node:tls';
import { parseConfig } from '../server/config.js';
import { SECURITY_HEADERS } from '../server/plugins/headers.js';
import { PROBE_GIF, PROBE_HEADERS } from '../server/routes/probe.js';
import { loadSettings } from '../server/settings.js';
import { loadCertificate, mainTlsOptions } from '../server/tls/policy.js';

const config = parseConfig({ ...process.env, HTTP_PORT: '0', HTTPS_PORT: '0', ADMIN_PORT: 'off' });
const { policy } = loadSettings(config);
const certificate = loadCertificate(path.join(config.certsDir, 'server.pem'), path.join(config.certsDir, 'server-key.pem'));
const head = Object.entries({ ...PROBE_HEADERS, 'content-length': String(PROBE_GIF.length), ...SECURITY_HEADERS })
  .map(([k, v]) => `${k}: ${v}\r\n`)
  .join('');
const answer = (close: boolean) => Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\n${head}Connection: ${close ? 'close' : 'keep-alive'}\r\n\r\n`), PROBE_GIF]);
const [close, keep] = [answer(true), answer(false)];

const server = tls.createServer(mainTlsOptions(policy, certificate), (socket) => {
  socket.on('error', () => socket.destroy());
  let pending = '';
  socket.on('data', (chunk: Buffer) => {
    pending += chunk.toString('latin1');
    let end: number;
    while ((end = pending.indexOf('\r\n\r\n')) >= 0) {
      const request = pending.slice(0, end).toLowerCase();
      pending = pending.slice(end + 4);
      if (request.includes('\r\nconnection: close')) return void socket.end(close);
      socket.write(keep);
    }
  });
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', () => process.stdout.write('floor: listening\n'));
process.on('SIGTERM', () => process.exit(0));
