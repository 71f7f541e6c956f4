import net from 'node:net';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { startCli } from './helpers/cli.js';

/** A raw client whose request arrives slowly: the first part now, the rest when told. Collects the whole answer. */
function slowRequest(socket: net.Socket, firstPart: string) {
  let answer = '';
  socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
  const ended = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)));
  socket.write(firstPart);
  return { finish: (rest: string) => socket.write(rest), ended };
}

function connectPlain(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => resolve(s));
    s.once('error', reject);
  });
}

function connectTls(port: number): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', rejectUnauthorized: false }, () => resolve(s));
    s.once('error', reject);
  });
}

describe('graceful shutdown (SIGTERM)', () => {
  it('stops accepting, lets slow requests in flight complete, closes idle connections, exits 0 within 10 s', async () => {
    const cli = startCli({});
    try {
      const listening = await cli.waitForLog('listening');
      const httpPort = listening.http_port as number;
      const httpsPort = listening.https_port as number;

      // Two requests still arriving when the signal comes (a slow client on each listener) ...
      const plain = slowRequest(await connectPlain(httpPort), 'GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow');
      const secure = slowRequest(await connectTls(httpsPort), 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
      // ... and an idle kept-alive connection, which must not hold the shutdown up.
      const idleSocket = await connectPlain(httpPort);
      const idle = slowRequest(idleSocket, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
      await new Promise((r) => setTimeout(r, 300));

      const signalledAt = Date.now();
      cli.child.kill('SIGTERM');
      await cli.waitForLog('shutdown', 10_000);
      const idleAnswer = await idle.ended;
      expect(idleAnswer).toMatch(/^HTTP\/1\.1 200 /);
      expect(Date.now() - signalledAt).toBeLessThan(3000);

      // New connections are refused from now on.
      await new Promise((r) => setTimeout(r, 200));
      await expect(connectPlain(httpPort)).rejects.toThrow(/ECONNREFUSED/);
      await expect(connectPlain(httpsPort)).rejects.toThrow(/ECONNREFUSED/);
      expect(cli.child.exitCode).toBeNull();

      // The slow requests finish well after the signal and get their full answers, marked Connection: close.
      await new Promise((r) => setTimeout(r, 1200));
      plain.finish(' Mozilla/5.0\r\n\r\n');
      secure.finish('\r\n');
      const [page, health] = await Promise.all([plain.ended, secure.ended]);
      expect(page).toMatch(/^HTTP\/1\.1 200 /);
      expect(page).toMatch(/\r\nconnection: close\r\n/i);
      expect(page).toContain('<h2>Steps for Resolution</h2>');
      expect(page).toMatch(/<\/html>\n$/);
      expect(health).toMatch(/^HTTP\/1\.1 200 /);
      expect(health).toContain('"status":"ok"');

      const exit = await cli.exited;
      expect(exit.code).toBe(0);
      expect(exit.at - signalledAt).toBeLessThan(10_000);
      expect(cli.logs.some((l) => l.event === 'stopped')).toBe(true);
      expect(cli.logs.some((l) => l.event === 'shutdown-forced')).toBe(false);
    } finally {
      cli.kill();
    }
  }, 60_000);

  it('a request that never completes is cut after the grace period: still exit 0 within 10 s', async () => {
    const cli = startCli({});
    try {
      const listening = await cli.waitForLog('listening');
      const stuck = slowRequest(await connectPlain(listening.http_port as number), 'GET / HTTP/1.1\r\nHost: localhost\r\n');
      await new Promise((r) => setTimeout(r, 200));
      const signalledAt = Date.now();
      cli.child.kill('SIGTERM');
      const exit = await cli.exited;
      expect(exit.code).toBe(0);
      expect(exit.at - signalledAt).toBeLessThan(10_000);
      expect(exit.at - signalledAt).toBeGreaterThan(7_000);
      expect(cli.logs.some((l) => l.event === 'shutdown-forced')).toBe(true);
      await stuck.ended;
    } finally {
      cli.kill();
    }
  }, 60_000);
});
