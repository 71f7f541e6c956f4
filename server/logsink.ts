/**
 * Where the logger's lines go (stdout): the lines of one event-loop turn are joined and written with one synchronous
 * write when the turn ends, instead of one write per line (nginx's default) or pino's asynchronous writer, which
 * hands every batch to a libuv thread and back: about 3 us of CPU per access-log line, some 18% of a keep-alive test
 * page (README, Performance).
 *
 * - Order is kept, and a line is never split: each write holds whole lines and at most PIPE_BUF (4096) bytes unless a
 *   single line is longer, so that lines of cluster workers sharing one pipe (docker logs) cannot interleave.
 * - Nothing written is held past the turn: a crash loses nothing ('exit' writes what is pending); only a SIGKILL in
 *   the middle of a turn would lose that turn's lines.
 * - A full non-blocking pipe (EAGAIN) keeps the rest, in order, and tries again shortly. A blocking one (the usual
 *   stdout of a service or container) makes the write wait for the reader, as nginx's log writes do: a log reader
 *   that stops reading stalls the server rather than letting lines pile up in memory. Any other write error
 *   (EPIPE: the reader is gone) drops the pending lines: there is nowhere to report it.
 */
import fs from 'node:fs';

/** Bytes a write to a pipe may hold and still be atomic (Linux PIPE_BUF). */
export const ATOMIC_WRITE = 4096;
/** Wait before writing again after EAGAIN. */
const RETRY_MS = 10;

type WriteSync = (fd: number, buffer: Buffer, offset: number, length: number) => number;

export class LineBatchSink {
  private pending: string[] = [];
  /** Bytes not yet written after a partial write or EAGAIN: they go first. */
  private rest: Buffer | null = null;
  private scheduled = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly onTurnEnd = () => {
    this.scheduled = false;
    this.writeOut();
  };

  constructor(
    private readonly fd = 1,
    private readonly writeSync: WriteSync = fs.writeSync,
  ) {
    process.on('exit', () => this.flushSync());
  }

  /** One or more whole lines (pino writes one line, with its newline, per call). */
  write(line: string): boolean {
    this.pending.push(line);
    if (!this.scheduled && this.retry === null) {
      this.scheduled = true;
      setImmediate(this.onTurnEnd);
    }
    return true;
  }

  /** Write everything now (pino's logger.flush(); the process's 'exit'). A full pipe is waited for, up to 1 s. */
  flushSync(): void {
    for (let tries = 0; tries < 1000 && !this.writeOut(); tries++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
  }

  flush(cb?: (err?: Error) => void): void {
    this.flushSync();
    cb?.();
  }

  /** Lines waiting to be written (for tests). */
  get backlog(): number {
    return this.pending.length + (this.rest ? 1 : 0);
  }

  /** Write out what is pending; false when the pipe is full (then a retry is scheduled). */
  private writeOut(): boolean {
    if (this.retry !== null) {
      clearTimeout(this.retry);
      this.retry = null;
    }
    let buf: Buffer;
    if (this.pending.length > 0) {
      const text = Buffer.from(this.pending.join(''));
      buf = this.rest ? Buffer.concat([this.rest, text]) : text;
    } else if (this.rest) buf = this.rest;
    else return true;
    this.pending = [];
    this.rest = null;
    let off = 0;
    while (off < buf.length) {
      let end = buf.length;
      if (end - off > ATOMIC_WRITE) {
        // Whole lines, at most ATOMIC_WRITE bytes; a longer single line goes alone.
        const cut = buf.lastIndexOf(0x0a, off + ATOMIC_WRITE - 1);
        end = cut >= off ? cut + 1 : (buf.indexOf(0x0a, off) + 1 || buf.length);
      }
      try {
        off += this.writeSync(this.fd, buf, off, end - off);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return true; // the reader is gone: drop
        this.rest = buf.subarray(off);
        this.retry = setTimeout(() => this.writeOut(), RETRY_MS);
        this.retry.unref();
        return false;
      }
    }
    return true;
  }
}
