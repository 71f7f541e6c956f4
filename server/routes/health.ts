import type { FastifyInstance } from 'fastify';
import type { TLSSocket } from 'node:tls';

/** GET /healthz on both listeners: a small JSON answer for load balancers and monitoring. */
export default async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async (request, reply) => {
    const socket = request.raw.socket as Partial<TLSSocket>;
    reply.header('cache-control', 'no-store');
    return {
      status: 'ok',
      listener: socket.encrypted ? 'https' : 'http',
      ...(socket.encrypted && typeof socket.getProtocol === 'function' ? { tls_version: socket.getProtocol() } : {}),
    };
  });
}
