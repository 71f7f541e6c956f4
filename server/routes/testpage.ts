import type { FastifyInstance } from 'fastify';
import { adviceForUserAgent } from '../advice/index.js';
import type { AppContext } from '../context.js';
import { contentSecurityPolicy } from '../plugins/headers.js';
import { renderTestPage } from '../pages/testpage.js';
import { negotiateLanguage } from '../i18n/index.js';
import { siteDefaultLang } from '../site.js';
import { probeUrls } from '../probes.js';
import { requestHostname } from './hostname.js';

/** HTTP GET /: the test page, with the steps for the visitor's browser rendered in. */
export default async function testPageRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const { ctx } = opts;
  app.get('/', async (request, reply) => {
    const ua = request.headers['user-agent'] ?? '';
    const lang = negotiateLanguage(request.headers['accept-language'], (request.query as Record<string, unknown>).lang, siteDefaultLang(ctx.site));
    const { client, advice, alternate } = adviceForUserAgent(ua, lang);
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('vary', 'User-Agent, Accept-Language');
    const hostname = requestHostname(request, ctx);
    const probes = probeUrls(ctx, hostname);
    // The page loads its probe images from these HTTPS origins, and from nowhere else.
    reply.header('content-security-policy', contentSecurityPolicy(Object.values(probes)));
    return renderTestPage({
      lang,
      hostname,
      httpsPort: ctx.publicHttpsPort,
      minVersion: ctx.config.tlsMinVersion === 'TLSv1.3' ? 'TLS 1.3' : 'TLS 1.2',
      probes,
      timeoutMs: ctx.config.probeTimeoutMs,
      client,
      advice,
      alternate,
      site: ctx.site,
      beaconUrl: ctx.config.beacon ? '/api/v1/beacon' : null,
    });
  });
}
