import net from 'node:net';
import type { FastifyRequest } from 'fastify';
import { isHostname } from '../config.js';
import type { AppContext } from '../context.js';

/**
 * The hostname of a Host header value: without the port; an IPv6 literal without its brackets. Same reading as
 * Fastify 5's request.hostname.
 */
export function hostOfHeader(host: string | undefined): string {
  const h = host ?? '';
  if (h.startsWith('[')) {
    const close = h.indexOf(']');
    return close < 0 ? h : h.slice(1, close);
  }
  return h.split(':', 1)[0] ?? '';
}

/**
 * The hostname the visitor used, from the Host header when it is a plain hostname or IP literal; otherwise the
 * configured public hostname, else localhost. Never echoes anything else into a page.
 */
export function hostnameFromHost(host: string | undefined, ctx: AppContext): string {
  const bare = hostOfHeader(host);
  if (isHostname(bare) || net.isIP(bare) !== 0) return bare.toLowerCase();
  return ctx.config.publicHostname ?? 'localhost';
}

export function requestHostname(request: FastifyRequest, ctx: AppContext): string {
  return hostnameFromHost(request.headers.host, ctx);
}
