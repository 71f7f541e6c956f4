import { LruMap } from '../lru.js';
import type { FastifyInstance } from 'fastify';
import { adviceForUserAgent } from '../advice/index.js';
import type { AppContext } from '../context.js';
import { contentSecurityPolicy } from '../plugins/headers.js';
import { renderTestPage } from '../pages/testpage.js';
import { negotiateLanguage, type Lang } from '../i18n/index.js';
import { siteDefaultLang } from '../site.js';
import { probeUrls } from '../probes.js';
import { hostnameFromHost } from './hostname.js';

/** Headers of the test page: never stored (a reload must test again), and it differs by browser. */
export const TEST_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  vary: 'User-Agent, Accept-Language',
};

export interface TestPage {
  body: Buffer;
  /** Its Content-Security-Policy: img-src widened to exactly the probe origins the page names. */
  csp: string;
}

/** The page's language: ?lang=, else Accept-Language, else the site's language. */
export function pageLanguage(ctx: AppContext, acceptLanguage: string | undefined, langParam: unknown): Lang {
  return negotiateLanguage(acceptLanguage, langParam, siteDefaultLang(ctx.site));
}

/** The test page for a hostname, User-Agent and language (a pure function of them and the server's settings). */
export function testPage(ctx: AppContext, hostname: string, ua: string, lang: Lang): TestPage {
  const { client, advice, alternate } = adviceForUserAgent(ua, lang);
  const probes = probeUrls(ctx, hostname);
  const html = renderTestPage({
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
  return { body: Buffer.from(html), csp: contentSecurityPolicy(Object.values(probes)) };
}

/** User-Agents longer than this are rendered every time rather than cached. */
const MAX_CACHED_UA = 512;

/**
 * Rendered test pages by hostname, language and User-Agent, least recently used dropped first: visitors share a few hundred
 * User-Agent strings, so almost every page is a lookup. Bounded in entries; ports, settings and the site file are
 * fixed once the server listens (a certificate reload changes none of them), so an entry never goes stale.
 */
export class TestPageCache {
  private readonly pages: LruMap<string, TestPage>;

  constructor(
    private readonly ctx: AppContext,
    readonly maxEntries = 256,
  ) {
    this.pages = new LruMap(maxEntries);
  }

  get(hostHeader: string | undefined, ua: string, lang: Lang): TestPage {
    const hostname = hostnameFromHost(hostHeader, this.ctx);
    if (ua.length > MAX_CACHED_UA) return testPage(this.ctx, hostname, ua, lang);
    const key = `${hostname}\n${lang}\n${ua}`;
    let page = this.pages.get(key);
    if (!page) this.pages.set(key, (page = testPage(this.ctx, hostname, ua, lang)));
    return page;
  }

  get size(): number {
    return this.pages.size;
  }
}

const caches = new WeakMap<AppContext, TestPageCache>();

/** The one page cache of a running server (shared by the Fastify route and the fast lane). */
export function testPageCache(ctx: AppContext): TestPageCache {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new TestPageCache(ctx);
    caches.set(ctx, cache);
  }
  return cache;
}

/** HTTP GET /: the test page, with the steps for the visitor's browser rendered in. */
export default async function testPageRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const cache = testPageCache(opts.ctx);
  app.get('/', async (request, reply) => {
    reply.headers(TEST_PAGE_HEADERS);
    const lang = pageLanguage(opts.ctx, request.headers['accept-language'], (request.query as Record<string, unknown>).lang);
    const page = cache.get(request.headers.host, request.headers['user-agent'] ?? '', lang);
    // The page loads its probe images from these HTTPS origins, and from nowhere else.
    reply.header('content-security-policy', page.csp);
    return page.body;
  });
}
