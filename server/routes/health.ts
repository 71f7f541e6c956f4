import type { FastifyInstance } from 'fastify';
import type { TLSSocket } from 'node:tls';
import type { AppContext } from '../context.js';

/**
 * GET /healthz on both listeners: a small JSON answer for load balancers and monitoring, naming the main TLS
 * policy in force (the admin listener's /status has every detail).
 */
export default async function healthRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const { policy } = opts.ctx;
  const summary = { preset: policy.preset, min_version: policy.minVersion, max_version: policy.maxVersion };
  app.get('/healthz', async (request, reply) => {
    const socket = request.raw.socket as Partial<TLSSocket>;
    reply.header('cache-control', 'no-store');
    return {
      status: 'ok',
      listener: socket.encrypted ? 'https' : 'http',
      ...(socket.encrypted && typeof socket.getProtocol === 'function' ? { tls_version: socket.getProtocol() } : {}),
      policy: summary,
    };
  });
}
