import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { testPageUrl } from '../context.js';
import { API_GUIDE_PATH, renderApiGuide } from '../pages/api-guide.js';
import { httpsOrigin } from '../pages/testpage.js';
import { requestHostname } from './hostname.js';

/** GET /api-integrations on both listeners: the guide for API integrations, with this host's addresses in it. */
export default async function apiGuideRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const { ctx } = opts;
  app.get(API_GUIDE_PATH, async (request, reply) => {
    const hostname = requestHostname(request, ctx);
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return renderApiGuide({ origin: httpsOrigin(hostname, ctx.publicHttpsPort), testPageUrl: testPageUrl(ctx, hostname) });
  });
}
