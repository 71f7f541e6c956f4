import type { IncomingHttpHeaders } from 'node:http';
import pino from 'pino';
import type { Config } from './config.js';
import { LineBatchSink } from './logsink.js';

export type Logger = pino.Logger;

/**
 * JSON logs on stdout, written a turn of the event loop at a time (server/logsink.ts). Nothing that could hold key
 * material is ever passed to the logger.
 */
export function createLogger(level: Config['logLevel'], destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { app: 'tlstest' } }, destination ?? new LineBatchSink(1));
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

/** Writes one access-log line: `ua` is the User-Agent header, `ms` the time taken. */
export type AccessLine = (ua: string | string[] | undefined, ms: number) => void;

/**
 * The access-log writer of an answer known in advance (the fast lane's, server/fastlane.ts): the same line as
 * logAccess() for the same request (test/logger.test.ts compares them), with its fixed parts (level, the logger's
 * bindings, event, method, path, status, message) put together once and the line written straight to the
 * logger's destination. Pino's own formatting of the line cost about 2 us per request, some 12% of a keep-alive
 * test page. Only for a logger made by createLogger() (or a child of one): no formatters, hooks or redaction.
 */
export function preparedAccessLine(log: Logger, level: 'info' | 'debug', listener: string, method: string, path: string, status: number): AccessLine {
  const { streamSym, chindingsSym } = pino.symbols;
  const stream = (log as unknown as Record<symbol, { write(line: string): void }>)[streamSym] as { write(line: string): void };
  const bindings = (log as unknown as Record<symbol, string>)[chindingsSym] ?? '';
  const head = `{"level":${log.levels.values[level] as number},"time":`;
  const middle = `${bindings},"event":"request","method":${JSON.stringify(method)},"path":${JSON.stringify(clip(path, 200))},"status":${status},"ms":`;
  const tail = `,"msg":${JSON.stringify(`${listener} request`)}}\n`;
  // The end of the line for the last User-Agent seen: keep-alive requests and a visit's requests repeat it.
  let lastUa: unknown = preparedAccessLine;
  let end = '';
  return (ua, ms) => {
    if (!log.isLevelEnabled(level)) return;
    if (ua !== lastUa) {
      lastUa = ua;
      end = `,"ua":${JSON.stringify(clip(ua, 200))}${tail}`;
    }
    stream.write(`${head}${Date.now()}${middle}${Math.round(ms)}${end}`);
  };
}
