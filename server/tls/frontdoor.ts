/**
 * The front door of an HTTPS port: a plain TCP server that reads the ClientHello of each connection before any
 * TLS handshake, remembers its facts, and hands the connection, every byte unread, to the HTTPS server of the
 * policy `route` chooses (by SNI name on the main port). Plain HTTP sent to the HTTPS port gets a short HTTP answer
 * pointing to the test page instead of a hang; anything else that is not TLS is closed.
 */
import net from 'node:net';
import type { Server as HttpsServer } from 'node:https';
import type { Logger } from '../logger.js';
import { SECURITY_HEADERS } from '../plugins/headers.js';
import { ClientHelloCollector, looksLikeHttp, type ClientHello } from './clienthello.js';
import { ConnectionFacts, rememberConnection, type RoutedBy } from './connections.js';
import type { PolicyName } from './policy.js';

export interface Route {
  server: HttpsServer;
  facts: { policy: PolicyName; routedBy: RoutedBy };
}

export interface FrontDoorOptions {
  /** Choose the HTTPS server for a connection from its ClientHello (null when its records could not be read). */
  route: (hello: ClientHello | null) => Route;
  /** Where to send someone who spoke plain HTTP to the HTTPS port (absolute URL of the test page). */
  testPageUrl: (hostHeader: string | null) => string;
  /**
   * Close connections whose ClientHello has not arrived in this time, and those whose TLS handshake has not
   * completed in this time after the hello. Both are deadlines, not idle timeouts: a client sending a byte a
   * second does not extend them.
   */
  helloTimeoutMs: number;
  logger: Logger;
}

function hostFromHttpRequest(text: string): string | null {
  const m = /\r?\nhost:[ \t]*([a-z0-9.-]{1,253}|\[[0-9a-f:]{2,39}\])(?::\d{1,5})?[ \t]*\r?\n/i.exec(text);
  return m ? (m[1] as string).toLowerCase() : null;
}

function plainHttpAnswer(url: string): string {
  const body = 'This port speaks HTTPS (TLS), not plain HTTP.\n' + `To test your browser, open the test page: ${url}\n`;
  return (
    'HTTP/1.1 400 Bad Request\r\n' +
    'Content-Type: text/plain; charset=utf-8\r\n' +
    'Cache-Control: no-store\r\n' +
    Object.entries(SECURITY_HEADERS)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('') +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

/** Raw sockets whose TLS handshake has completed (the TLS socket's _parent). */
const secured = new WeakSet<net.Socket>();
const watched = new WeakSet<HttpsServer>();

function watchHandshakes(server: HttpsServer): void {
  if (watched.has(server)) return;
  watched.add(server);
  server.on('secureConnection', (tlsSocket: net.Socket & { _parent?: net.Socket }) => {
    if (tlsSocket._parent) secured.add(tlsSocket._parent);
  });
}

export function createFrontDoor(opts: FrontDoorOptions): net.Server {
  return net.createServer((socket) => {
    const collector = new ClientHelloCollector();
    const onError = () => socket.destroy();
    let deadline = setTimeout(() => socket.destroy(), opts.helloTimeoutMs);
    socket.once('close', () => clearTimeout(deadline));
    socket.on('error', onError);
    socket.on('data', function onData(chunk: Buffer) {
      const result = collector.push(chunk);
      if (result.status === 'incomplete') return;
      socket.removeListener('data', onData);
      clearTimeout(deadline);
      socket.pause();
      const bytes = collector.received;
      if (result.status === 'error' && result.error.code === 'not-tls' && looksLikeHttp(bytes)) {
        opts.logger.debug({ event: 'plain-http-on-https-port' }, 'plain HTTP sent to the HTTPS port');
        socket.end(plainHttpAnswer(opts.testPageUrl(hostFromHttpRequest(bytes.toString('latin1', 0, 4096)))));
        return;
      }
      if (result.status === 'error' && (result.error.code === 'not-tls' || result.error.code === 'too-large')) {
        socket.destroy();
        return;
      }
      // A complete hello (its body parsed only if someone reads it), or a TLS-looking one whose records we could
      // not read: OpenSSL has the last word on the handshake.
      const hello = result.status === 'complete' ? result.hello : null;
      const route = opts.route(hello);
      rememberConnection(socket, new ConnectionFacts(route.facts.policy, route.facts.routedBy, hello, result.status === 'error' ? result.error.code : null));
      socket.removeListener('error', onError);
      watchHandshakes(route.server);
      deadline = setTimeout(() => {
        if (!secured.has(socket)) socket.destroy();
      }, opts.helloTimeoutMs);
      socket.unshift(bytes);
      route.server.emit('connection', socket);
    });
  });
}
