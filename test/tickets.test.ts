/**
 * TLS session resumption: tickets whose keys rotate, are derived per policy, and are shared by every process
 * given the same secret (cluster workers). Real handshakes with Node's TLS client offering its session.
 */
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketKeysFor } from '../server/tls/tickets.js';
import { startTestServer, type TestServer } from './helpers/server.js';

interface Handshake {
  reused: boolean;
  protocol: string | null;
  session: Buffer | null;
}

/** One handshake (optionally offering `session`); waits for the server's first ticket. */
function handshake(port: number, opts: { servername?: string; session?: Buffer | null; maxVersion?: tls.SecureVersion } = {}): Promise<Handshake> {
  return new Promise((resolve, reject) => {
    let session: Buffer | null = null;
    let reused = false;
    let protocol: string | null = null;
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      servername: opts.servername ?? 'localhost',
      rejectUnauthorized: false,
      ...(opts.session ? { session: opts.session } : {}),
      ...(opts.maxVersion ? { maxVersion: opts.maxVersion } : {}),
    });
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ reused, protocol, session });
    };
    const timer = setTimeout(done, 2000);
    socket.once('secureConnect', () => {
      reused = socket.isSessionReused();
      protocol = socket.getProtocol();
      // TLS 1.2 tickets come within the handshake, TLS 1.3 tickets just after it; a resumed one may bring none.
      if (session || reused) done();
    });
    socket.once('session', (s: Buffer) => {
      session = s;
      if (protocol) done();
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

describe('session ticket keys', () => {
  it('are 48 bytes, the same for the same secret, policy and period, different otherwise', () => {
    const secret = Buffer.alloc(32, 7);
    const k = ticketKeysFor(secret, 'main', 100);
    expect(k.length).toBe(48);
    expect(ticketKeysFor(Buffer.alloc(32, 7), 'main', 100).equals(k)).toBe(true);
    expect(ticketKeysFor(secret, 'main', 101).equals(k)).toBe(false);
    expect(ticketKeysFor(secret, 'tls13', 100).equals(k)).toBe(false);
    expect(ticketKeysFor(Buffer.alloc(32, 8), 'main', 100).equals(k)).toBe(false);
  });
});

describe('session resumption', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ PROBE_PORTS: 'tls13=0,tls12=0' });
  });
  afterAll(() => srv.close());

  for (const version of ['TLSv1.3', 'TLSv1.2'] as const) {
    it(`a client that offers its ticket resumes (${version}); after a key rotation it makes a full handshake`, async () => {
      const first = await handshake(srv.httpsPort, { maxVersion: version });
      expect(first).toMatchObject({ reused: false, protocol: version });
      expect(first.session).not.toBeNull();
      const second = await handshake(srv.httpsPort, { maxVersion: version, session: first.session });
      expect(second.reused).toBe(true);
      srv.tickets.rotate();
      const third = await handshake(srv.httpsPort, { maxVersion: version, session: second.session ?? first.session });
      expect(third.reused).toBe(false);
    });
  }

  it('a certificate reload keeps the ticket keys: sessions from before it still resume', async () => {
    const before = await handshake(srv.httpsPort);
    expect(srv.reloadCertificate('test')).toBe(true);
    expect((await handshake(srv.httpsPort, { session: before.session })).reused).toBe(true);
  });

  it('each policy has its own keys: a ticket from a probe policy is not accepted by the main policy', async () => {
    const tls13Port = srv.ctx.probePorts.tls13 as number;
    const probe = await handshake(tls13Port);
    expect(probe).toMatchObject({ reused: false, protocol: 'TLSv1.3' });
    expect((await handshake(tls13Port, { session: probe.session })).reused).toBe(true);
    // Same name, same version, other policy (port): the main policy cannot open the ticket.
    expect((await handshake(srv.httpsPort, { session: probe.session })).reused).toBe(false);
  });

  it('processes that share the secret accept each other\'s tickets (cluster workers); others do not', async () => {
    const secret = Buffer.alloc(32, 42);
    const a = await startTestServer({}, { ticketSecret: secret });
    const b = await startTestServer({}, { ticketSecret: Buffer.from(secret) });
    const c = await startTestServer({}, { ticketSecret: Buffer.alloc(32, 43) });
    try {
      const fromA = await handshake(a.httpsPort);
      expect((await handshake(b.httpsPort, { session: fromA.session })).reused).toBe(true);
      expect((await handshake(c.httpsPort, { session: fromA.session })).reused).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});
