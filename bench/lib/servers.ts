/**
 * Starting the two servers under test as child processes (optionally pinned to CPUs with taskset), waiting until
 * they answer, and stopping them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

export interface Child {
  proc: ChildProcess;
  pid: number;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** A free TCP port on the host (bound and released at once). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export function haveTaskset(): boolean {
  return fs.existsSync('/usr/bin/taskset') || fs.existsSync('/bin/taskset');
}

/** Spawn `cmd args`, pinned to `cpus` (e.g. "0") when given; stdout/stderr go to `logFile`. */
export function startChild(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cpus?: string | null; logFile: string; cwd?: string }): Child {
  const out = fs.openSync(opts.logFile, 'a');
  const [file, argv] = opts.cpus ? ['taskset', ['-c', opts.cpus, cmd, ...args]] : [cmd, args];
  const proc = spawn(file, argv, { env: opts.env ?? process.env, stdio: ['ignore', out, out], cwd: opts.cwd });
  fs.closeSync(out);
  if (proc.pid === undefined) throw new Error(`could not start ${cmd}`);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return {
    proc,
    pid: proc.pid,
    exited,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Wait until a TLS handshake on host:port succeeds (the server is up), or fail after `timeoutMs`. */
export async function waitForTls(host: string, port: number, child: Child, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.proc.exitCode !== null) throw new Error(`server exited with code ${child.proc.exitCode} before it answered`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = tls.connect({ host, port, servername: 'localhost', rejectUnauthorized: false }, () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
      s.setTimeout(1000, () => {
        s.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`no TLS answer on ${host}:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The node options in an `npm start` script ("npm run build && node --flag dist/server/index.js"). */
export function startFlags(startScript: string): string[] {
  const m = /\bnode((?:\s+--\S+)*)\s+dist\/server\/index\.js/.exec(startScript);
  return m ? (m[1] ?? '').trim().split(/\s+/).filter(Boolean) : [];
}
