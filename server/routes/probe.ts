import type { FastifyInstance } from 'fastify';
import type { TLSSocket } from 'node:tls';
import type { AppContext } from '../context.js';
import { connectionFacts } from '../tls/connections.js';

/** A 1x1 transparent GIF (42 bytes), kept in memory. */
export const PROBE_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * GET /probe.gif on the HTTPS listener: the page loads it as an image; that it loads at all is the test.
 * Never cached, so a verdict is fresh after the visitor changes a setting and reloads. The hello of the connection
 * is remembered under the run id the page sends along, for the diagnosis.
 */
export default async function probeRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  app.get('/probe.gif', async (request, reply) => {
    const id = (request.query as Record<string, unknown>).id;
    const hello = connectionFacts(request.raw.socket as TLSSocket)?.hello;
    if (typeof id === 'string' && hello) opts.ctx.hellos.remember(id, hello);
    reply.type('image/gif').header('cache-control', 'no-store, max-age=0').header('access-control-allow-origin', '*');
    return PROBE_GIF;
  });
}
