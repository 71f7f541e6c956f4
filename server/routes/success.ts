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
    return renderSuccessPage({
      lang: negotiateLanguage(request.headers['accept-language'], (request.query as Record<string, unknown>).lang, siteDefaultLang(opts.ctx.site)),
      minVersion: opts.ctx.config.tlsMinVersion === 'TLSv1.3' ? 'TLS 1.3' : 'TLS 1.2',
      protocol: socket.getProtocol() ?? 'unknown',
      cipher: socket.getCipher()?.standardName ?? 'unknown',
      testPageUrl: testPageUrl(opts.ctx, requestHostname(request, opts.ctx)),
      policy: `${versionRange(opts.ctx.policy)} (${opts.ctx.policy.preset})`,
    });
  });
}
