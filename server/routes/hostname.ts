import net from 'node:net';
import type { FastifyRequest } from 'fastify';
import { isHostname } from '../config.js';
import type { AppContext } from '../context.js';

/**
 * The hostname the visitor used, from the Host header when it is a plain hostname or IP literal; otherwise the
 * configured public hostname, else localhost. Never echoes anything else into a page.
 */
export function requestHostname(request: FastifyRequest, ctx: AppContext): string {
  const host = request.hostname; // Fastify 5: without the port
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (isHostname(bare) || net.isIP(bare) !== 0) return bare.toLowerCase();
  return ctx.config.publicHostname ?? 'localhost';
}
