import type { FastifyInstance } from 'fastify';
import type { TLSSocket } from 'node:tls';
import { classify } from '../advice/index.js';
import { rateClientHello } from '../diagnosis/rating.js';
import { connectionFacts } from '../tls/connections.js';
import { sendJsonOrJsonp } from './jsonp.js';

/**
 * GET /api/v1/check on every HTTPS policy: what this very connection negotiated and what its ClientHello offered,
 * rated, with the parsed client. For scripts and IT admins; CORS open, optional JSONP.
 */
export default async function checkRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/v1/check', async (request, reply) => {
    const socket = request.raw.socket as TLSSocket;
    const facts = connectionFacts(socket);
    const hello = facts?.hello ?? null;
    const rating = hello ? rateClientHello(hello) : null;
    reply.header('access-control-allow-origin', '*');
    return sendJsonOrJsonp(request, reply, {
      policy: facts?.policy ?? 'main',
      routed_by: facts?.routedBy ?? 'default',
      tls_version: socket.getProtocol?.() ?? null,
      cipher_suite: socket.getCipher?.()?.standardName ?? null,
      offered_versions: hello?.supported_versions ?? null,
      offered_cipher_suites: hello ? hello.cipher_suites.filter((c) => !c.grease).map((c) => c.name) : null,
      insecure_cipher_suites: rating?.insecure_cipher_suites ?? null,
      sni: hello ? (hello.sni ?? 'no SNI') : null,
      alpn: hello?.alpn ?? null,
      supported_groups: hello?.supported_groups ?? null,
      signature_algorithms: hello?.signature_algorithms ?? null,
      grease: hello?.grease ?? null,
      rating: rating?.rating ?? 'unknown',
      recommendations: rating?.recommendations ?? [],
      client: classify(request.headers['user-agent'] ?? ''),
    });
  });
}
