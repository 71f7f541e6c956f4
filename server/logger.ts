import type { IncomingHttpHeaders } from 'node:http';
import pino from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/** JSON logs on stdout. Nothing that could hold key material is ever passed to the logger. */
export function createLogger(level: Config['logLevel'], destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { app: 'tlstest' } }, destination);
}

/** Bound user-supplied text before it reaches a log line (header values, paths). */
export function clip(value: unknown, max = 256): string {
  const s = typeof value === 'string' ? value : String(value ?? '');
  return s.length > max ? `${s.slice(0, max)}...(${s.length} chars)` : s;
}

/**
 * The access-log line of one answered request (the Fastify hook and the fast lane write the same line). The path
 * only: query strings can carry credentials (e.g. OAuth password grants from integrations).
 */
export function logAccess(
  log: Logger,
  level: 'info' | 'debug',
  listener: string,
  req: { method?: string | undefined; url?: string | undefined; headers: IncomingHttpHeaders | Readonly<Record<string, string | string[] | undefined>> },
  status: number,
  ms: number,
): void {
  log[level](
    {
      event: 'request',
      method: req.method,
      path: clip((req.url ?? '').split('?')[0], 200),
      status,
      ms: Math.round(ms),
      ua: clip(req.headers['user-agent'], 200),
    },
    `${listener} request`,
  );
}
