/**
 * The real command line (server/index.ts through tsx) as a child process: for what only a whole process shows
 * (exit codes, signals, workers). Output is JSON log lines on stdout; waitForLog finds one by its event.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.js';
import { TEST_CERTS_DIR } from './paths.js';

export interface Cli {
  child: ChildProcess;
  logs: Array<Record<string, unknown>>;
  stderr: () => string;
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** The first log line with this event (and matching `where`), waiting up to timeoutMs. */
  waitForLog(event: string, timeoutMs?: number, where?: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  kill(): void;
}

export const CLI_ENTRY = path.join(PROJECT_ROOT, 'server', 'index.ts');

/** Start the CLI on loopback with free ports and the test certificates, plus `env`. Always kill() it in a finally. */
export function startCli(env: Record<string, string>): Cli {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI_ENTRY], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/root',
      HOST: '127.0.0.1',
      HTTP_PORT: '0',
      HTTPS_PORT: '0',
      ADMIN_PORT: '0',
      CERTS_DIR: TEST_CERTS_DIR,
      WORKERS: '1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ event: 'unparsed', line });
      }
    }
    for (const w of waiters.splice(0)) w();
  });
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const hardStop = setTimeout(() => child.kill('SIGKILL'), 60_000);
  void exited.then(() => {
    clearTimeout(hardStop);
    for (const w of waiters.splice(0)) w();
  });
  return {
    child,
    logs,
    stderr: () => err,
    exited,
    waitForLog(event, timeoutMs = 30_000, where = () => true) {
      const deadline = Date.now() + timeoutMs;
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = logs.find((l) => l.event === event && where(l));
          if (hit) return resolve(hit);
          if (Date.now() > deadline || child.exitCode !== null || child.signalCode !== null) {
            return reject(new Error(`no "${event}" log line; stderr: ${err.slice(0, 500)}; last logs: ${JSON.stringify(logs.slice(-3))}`));
          }
          waiters.push(check);
          setTimeout(check, Math.min(200, Math.max(0, deadline - Date.now()))).unref();
        };
        check();
      });
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
