/**
 * The application as a Fastify plugin, built once per listener. The HTTP listener serves the test page; the
 * HTTPS listener serves the success page, the probe and the API look-alike endpoints. Both serve /healthz,
 * /static/ and the API integration guide.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';
import securityHeaders from './plugins/headers.js';
import staticFiles from './plugins/static.js';
import apiGuideRoutes from './routes/api-guide.js';
import apiIntegrationRoutes from './routes/api-integration.js';
import healthRoutes from './routes/health.js';
import probeRoutes from './routes/probe.js';
import successRoutes from './routes/success.js';
import testPageRoutes from './routes/testpage.js';

export interface AppOptions {
  listener: 'http' | 'https';
  ctx: AppContext;
}

export default async function app(fastify: FastifyInstance, opts: AppOptions): Promise<void> {
  const { ctx } = opts;
  await fastify.register(securityHeaders);
  await fastify.register(staticFiles);
  await fastify.register(healthRoutes);
  if (opts.listener === 'https') {
    await fastify.register(successRoutes, { ctx });
    await fastify.register(probeRoutes);
    await fastify.register(apiIntegrationRoutes);
  } else {
    await fastify.register(testPageRoutes, { ctx });
  }
  await fastify.register(apiGuideRoutes, { ctx });
}
