import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/**
 * GET /site/logo.<png|gif|jpg>: the organisation's logo from the site configuration, held in memory (checked at
 * start: PNG, GIF or JPEG by its first bytes, size-limited; never SVG). 404 when there is none.
 */
export default async function siteRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const logo = opts.ctx.site.logo;
  if (!logo) return;
  app.get(logo.url, async (_request, reply) => {
    reply.type(logo.contentType).header('cache-control', 'public, max-age=3600').header('content-disposition', 'inline');
    return logo.data;
  });
}
