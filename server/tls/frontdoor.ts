/**
 * The front door of the HTTPS port: a plain TCP server that looks at the first bytes of each connection before
 * any TLS handshake. A TLS record (first byte 0x16) is handed, bytes unread, to the HTTPS server chosen by
 * `route`; plain HTTP sent to the HTTPS port gets a short HTTP answer pointing to the test page instead of a
 * hang; anything else is closed.
 */
import net from 'node:net';
import type { Server as HttpsServer } from 'node:https';
import type { Logger } from '../logger.js';

export interface FrontDoorOptions {
  /** The HTTPS server that takes a TLS connection. */
  route: (firstBytes: Buffer, socket: net.Socket) => HttpsServer;
  /** Where to send someone who spoke plain HTTP to the HTTPS port (absolute URL of the test page). */
  testPageUrl: (hostHeader: string | null) => string;
  /** Close connections that send nothing for this long. */
  firstBytesTimeoutMs: number;
  logger: Logger;
}

const TLS_HANDSHAKE_RECORD = 0x16;
const HTTP_METHOD_RE = /^(GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH|CONNECT|TRACE) /;

function hostFromHttpRequest(text: string): string | null {
  const m = /\r?\nhost:[ \t]*([a-z0-9.-]{1,253}|\[[0-9a-f:]{2,39}\])(?::\d{1,5})?[ \t]*\r?\n/i.exec(text);
  return m ? (m[1] as string).toLowerCase() : null;
}

function plainHttpAnswer(url: string): string {
  const body =
    'This port speaks HTTPS (TLS), not plain HTTP.\n' +
    `To test your browser, open the test page: ${url}\n`;
  return (
    'HTTP/1.1 400 Bad Request\r\n' +
    'Content-Type: text/plain; charset=utf-8\r\n' +
    'Cache-Control: no-store\r\n' +
    'X-Content-Type-Options: nosniff\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

export function createFrontDoor(opts: FrontDoorOptions): net.Server {
  const server = net.createServer((socket) => {
    socket.setTimeout(opts.firstBytesTimeoutMs, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.once('data', (chunk: Buffer) => {
      socket.setTimeout(0);
      socket.pause();
      socket.removeAllListeners('error');
      if (chunk[0] === TLS_HANDSHAKE_RECORD) {
        socket.unshift(chunk);
        opts.route(chunk, socket).emit('connection', socket);
        return;
      }
      socket.on('error', () => socket.destroy());
      const text = chunk.toString('latin1', 0, Math.min(chunk.length, 4096));
      if (HTTP_METHOD_RE.test(text)) {
        opts.logger.debug({ event: 'plain-http-on-https-port' }, 'plain HTTP sent to the HTTPS port');
        socket.end(plainHttpAnswer(opts.testPageUrl(hostFromHttpRequest(text))));
      } else {
        socket.destroy();
      }
    });
  });
  return server;
}
