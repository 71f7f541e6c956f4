import type { FastifyInstance } from 'fastify';

/** A 1x1 transparent GIF (42 bytes), kept in memory. */
export const PROBE_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * GET /probe.gif on the HTTPS listener: the page loads it as an image; that it loads at all is the test.
 * Never cached, so a verdict is fresh after the visitor changes a setting and reloads.
 */
export default async function probeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/probe.gif', async (_request, reply) => {
    reply.type('image/gif').header('cache-control', 'no-store, max-age=0').header('access-control-allow-origin', '*');
    return PROBE_GIF;
  });
}
