import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { browserLabels } from '../metrics/browsers.js';
import { RUN_ID_RE } from '../visits.js';
import { PROBE_GIF } from './probe.js';

export const VERDICTS = ['pass', 'fail-protocol', 'fail-blocked', 'unknown'] as const;

/** Run ids already counted (a reload of the beacon image must not count twice); bounded, oldest dropped first. */
class SeenIds {
  private readonly ids = new Set<string>();
  constructor(private readonly max = 20_000) {}
  /** True the first time an id is seen. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }
}

/**
 * GET /api/v1/beacon?id=<run id>&verdict=<verdict>: the test page reports the verdict it showed, as an image
 * request (old browsers have no other way). Counted by verdict, browser family and major version from the
 * User-Agent (bounded labels), once per run id; anything else is not counted. Always answers a 1x1 GIF, never
 * cached. Nothing else is kept.
 */
export default async function beaconRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const seen = new SeenIds();
  app.get('/api/v1/beacon', async (request, reply) => {
    const q = (request.query ?? {}) as Record<string, unknown>;
    const verdict = VERDICTS.find((v) => v === q.verdict);
    const id = typeof q.id === 'string' && RUN_ID_RE.test(q.id) ? q.id : null;
    // Always the image (a beacon's answer is never looked at); only a well-formed report is counted.
    reply.type('image/gif').header('cache-control', 'no-store, max-age=0');
    if (verdict && id && opts.ctx.config.beacon) {
      // The User-Agent is read for every well-formed report (so its cost is the same for a repeat).
      const labels = browserLabels(request.headers['user-agent'] ?? '');
      if (seen.add(id)) opts.ctx.metrics.inc('verdicts', { verdict, ...labels });
    }
    return PROBE_GIF;
  });
}
