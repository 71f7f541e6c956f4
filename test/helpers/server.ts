import { Writable } from 'node:stream';
import { parseConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { startServer, type RunningServer, type StartOptions } from '../../server/server.js';
import { TEST_SERVER_ENV } from './paths.js';

export interface TestServer extends RunningServer {
  /** Parsed JSON log lines written so far. */
  logs: Array<Record<string, unknown>>;
}

/** Start tlstest on loopback with free ports and the shared test certificates; logs are kept in memory. */
export async function startTestServer(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestServer> {
  const config = parseConfig({ ...TEST_SERVER_ENV, ...env });
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      cb();
    },
  });
  const running = await startServer(config, createLogger(config.logLevel, sink), options);
  return Object.assign(running, { logs });
}
