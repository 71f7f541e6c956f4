/**
 * The fast lane's prepared access-log lines (server/logger.ts preparedAccessLine) are the lines logAccess() writes
 * through pino for the same request, byte for byte but for the time, whatever the logger's bindings, level,
 * method and User-Agent.
 */
import { describe, expect, it } from 'vitest';
import { createLogger, logAccess, preparedAccessLine, type Logger } from '../server/logger.js';

function capture(level: 'info' | 'debug'): { root: Logger; lines: string[] } {
  const lines: string[] = [];
  return { root: createLogger(level, { write: (s: string) => void lines.push(s) }), lines };
}

/** The line with its time (the one part that may differ between two writes) blanked. */
const timeless = (line: string | undefined) => (line ?? '').replace(/"time":\d+,/, '"time":0,');

const USER_AGENTS: Array<string | string[] | undefined> = [
  'Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko',
  'quote " backslash \\ tab \t',
  'line\nbreak\r\nand \u2028 \u00e9 \u00ff',
  'x'.repeat(500),
  ['first', 'second'],
  undefined,
  '',
];

describe('prepared access-log lines', () => {
  it('are the lines logAccess writes, for every binding, level, method and User-Agent', () => {
    const { root, lines } = capture('debug');
    const loggers = [root, root.child({ listener: 'http' }), root.child({ worker: 3 }).child({ listener: 'https' })];
    for (const log of loggers) {
      for (const level of ['info', 'debug'] as const) {
        for (const method of ['GET', 'HEAD']) {
          for (const [path, status] of [
            ['/', 200],
            ['/static/tlstest.css', 304],
          ] as const) {
            const line = preparedAccessLine(log, level, 'http', method, path, status);
            for (const ua of USER_AGENTS) {
              logAccess(log, level, 'http', { method, url: `${path}?lang=de&secret=1`, headers: { 'user-agent': ua } }, status, 3.4);
              line(ua, 3.4);
              const [viaPino, prepared] = lines.splice(0, 2);
              expect(prepared).toBeDefined();
              expect(timeless(prepared)).toBe(timeless(viaPino));
              const parsed = JSON.parse(prepared as string) as Record<string, unknown>;
              expect(parsed).toMatchObject({ event: 'request', method, path, status, ms: 3, msg: 'http request' });
              expect(typeof parsed.time).toBe('number');
              expect(prepared?.endsWith('}\n')).toBe(true);
              expect(prepared?.slice(0, -1)).not.toMatch(/[\r\n]/);
            }
          }
        }
      }
    }
    expect(lines).toEqual([]);
  });

  it('write nothing below the logger level, and follow a level changed later', () => {
    const { root, lines } = capture('info');
    const debugLine = preparedAccessLine(root, 'debug', 'https', 'GET', '/probe.gif', 200);
    const infoLine = preparedAccessLine(root, 'info', 'http', 'GET', '/', 200);
    debugLine('ua', 0);
    expect(lines).toEqual([]);
    infoLine('ua', 0);
    expect(lines).toHaveLength(1);
    root.level = 'debug';
    debugLine('ua', 0);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] as string)).toMatchObject({ level: 20, path: '/probe.gif', msg: 'https request' });
    root.level = 'warn';
    infoLine('ua', 0);
    expect(lines).toHaveLength(2);
  });
});
