import type { FastifyInstance } from 'fastify';
import type { TLSSocket } from 'node:tls';
import type { AppContext } from '../context.js';
import { testPageUrl } from '../context.js';
import { negotiateLanguage } from '../i18n/index.js';
import { siteDefaultLang } from '../site.js';
import { renderSuccessPage } from '../pages/success.js';
import { versionRange } from '../tls/policy.js';
import { requestHostname } from './hostname.js';

/** HTTPS GET /: the success page, naming the protocol and cipher suite of this very connection. */
export default async function successRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  app.get('/', async (request, reply) => {
    const socket = request.raw.socket as TLSSocket;
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').header('vary', 'Accept-Language');
    const chosen = (request.query as Record<string, unknown>).lang;
    const lang = negotiateLanguage(request.headers['accept-language'], chosen, siteDefaultLang(opts.ctx.site));
    const back = testPageUrl(opts.ctx, requestHostname(request, opts.ctx));
    return renderSuccessPage({
      lang,
      minVersion: opts.ctx.config.tlsMinVersion === 'TLSv1.3' ? 'TLS 1.3' : 'TLS 1.2',
      protocol: socket.getProtocol() ?? 'unknown',
      cipher: socket.getCipher()?.standardName ?? 'unknown',
      // Back to the test page in the language the visitor chose here.
      testPageUrl: typeof chosen === 'string' && chosen === lang ? `${back}?lang=${lang}` : back,
      policy: `${versionRange(opts.ctx.policy)} (${opts.ctx.policy.preset})`,
    });
  });
}
