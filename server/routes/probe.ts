import type { FastifyInstance } from 'fastify';
import type { TLSSocket } from 'node:tls';
import type { AppContext } from '../context.js';
import { connectionFacts, type ConnectionFacts } from '../tls/connections.js';

/** A 1x1 transparent GIF (42 bytes), kept in memory. */
export const PROBE_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Never cached, so a verdict is fresh after the visitor changes a setting and reloads; readable from any page. */
export const PROBE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'image/gif',
  'cache-control': 'no-store, max-age=0',
  'access-control-allow-origin': '*',
};

/** Remember the hello of a probe's connection under the page's run id, for the diagnosis. */
export function rememberProbe(ctx: AppContext, id: unknown, facts: ConnectionFacts | null): void {
  if (typeof id === 'string' && facts?.clientHello) ctx.hellos.remember(id, facts.clientHello);
}

/**
 * GET /probe.gif on the HTTPS listener: the page loads it as an image; that it loads at all is the test.
 * (On real connections the fast lane, server/fastlane.ts, answers it first, the same way.)
 */
export default async function probeRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  app.get('/probe.gif', async (request, reply) => {
    rememberProbe(opts.ctx, (request.query as Record<string, unknown>).id, connectionFacts(request.raw.socket as TLSSocket));
    reply.headers(PROBE_HEADERS);
    return PROBE_GIF;
  });
}
