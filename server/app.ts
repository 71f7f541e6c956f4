/**
 * The application as a Fastify plugin, built once per listener. The HTTP listener serves the test page; the
 * HTTPS listener serves the success page, the probe and the API look-alike endpoints. Both serve /healthz,
 * /static/ and the API integration guide.
 */
import type { FastifyInstance } from 'fastify';
import type { TLSSocket } from 'node:tls';
import { connectionFacts } from './tls/connections.js';
import type { AppContext } from './context.js';
import errors, { type RouteRecord } from './plugins/errors.js';
import securityHeaders from './plugins/headers.js';
import staticFiles from './plugins/static.js';
import adviceRoutes from './routes/advice.js';
import apiGuideRoutes from './routes/api-guide.js';
import apiIntegrationRoutes from './routes/api-integration.js';
import beaconRoutes from './routes/beacon.js';
import checkRoutes from './routes/check.js';
import diagnosisRoutes from './routes/diagnosis.js';
import healthRoutes from './routes/health.js';
import probeRoutes from './routes/probe.js';
import siteRoutes from './routes/site.js';
import successRoutes from './routes/success.js';
import testPageRoutes from './routes/testpage.js';

export interface AppOptions {
  listener: 'http' | 'https';
  ctx: AppContext;
  /** Filled with the routes of this listener (see plugins/errors.ts). */
  routes?: RouteRecord[];
}

/** What the probe policies (tls10., tls11., ..., legacy.) serve: the probe and facts, nothing of the service. */
const PROBE_POLICY_PATHS = new Set(['/probe.gif', '/api/v1/check', '/healthz']);

export default async function app(fastify: FastifyInstance, opts: AppOptions): Promise<void> {
  const { ctx } = opts;
  // First, so that its 414 check runs before any other hook and its onRoute hook sees every route.
  await fastify.register(errors, { maxUrlBytes: ctx.config.limits.maxUrlBytes, ...(opts.routes ? { routes: opts.routes } : {}) });
  if (opts.listener === 'https') {
    fastify.addHook('onRequest', (request, reply, done) => {
      const policy = connectionFacts(request.raw.socket as TLSSocket)?.policy ?? 'main';
      const path = policy === 'main' ? '' : (request.url.split('?')[0] ?? '');
      if (policy === 'main' || PROBE_POLICY_PATHS.has(path)) return done();
      reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(`This address is a probe of the TLS test (policy ${policy}); it serves only /probe.gif and /api/v1/check.\n`);
    });
  }
  await fastify.register(securityHeaders);
  await fastify.register(staticFiles);
  await fastify.register(healthRoutes, { ctx });
  await fastify.register(diagnosisRoutes, { ctx });
  await fastify.register(adviceRoutes);
  await fastify.register(beaconRoutes, { ctx });
  await fastify.register(siteRoutes, { ctx });
  if (opts.listener === 'https') {
    await fastify.register(successRoutes, { ctx });
    await fastify.register(probeRoutes, { ctx });
    await fastify.register(checkRoutes);
    await fastify.register(apiIntegrationRoutes);
  } else {
    await fastify.register(testPageRoutes, { ctx });
  }
  await fastify.register(apiGuideRoutes, { ctx });
}
