/**
 * The log sink (server/logsink.ts): a turn's lines in one write at the end of the turn, in order, whole lines of at
 * most PIPE_BUF bytes per write, a full pipe waited out without blocking, a gone reader dropped; and a real file
 * receives every line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATOMIC_WRITE, LineBatchSink } from '../server/logsink.js';

const turn = () => new Promise((r) => setImmediate(r));

/** A fake fd: records each write; `plan` says what each call does (bytes to take, or an error code to throw). */
function recorder(plan: Array<number | string> = []) {
  const writes: Buffer[] = [];
  const writeSync = (_fd: number, buf: Buffer, off: number, len: number): number => {
    const step = plan.shift();
    if (typeof step === 'string') throw Object.assign(new Error(step), { code: step });
    const n = step === undefined ? len : Math.min(step, len);
    writes.push(Buffer.from(buf.subarray(off, off + n)));
    return n;
  };
  return { writes, writeSync, text: () => Buffer.concat(writes).toString() };
}

const line = (i: number, pad = 0) => `{"n":${i},"pad":"${'x'.repeat(pad)}","msg":"é"}\n`;

describe('log sink', () => {
  it('writes the lines of one turn together when the turn ends, in order', async () => {
    const r = recorder();
    const sink = new LineBatchSink(99, r.writeSync);
    sink.write(line(1));
    sink.write(line(2));
    expect(r.writes).toHaveLength(0);
    await turn();
    expect(r.writes.map(String)).toEqual([line(1) + line(2)]);
    sink.write(line(3));
    await turn();
    expect(r.text()).toBe(line(1) + line(2) + line(3));
    expect(sink.backlog).toBe(0);
  });

  it('never writes more than PIPE_BUF bytes at once, and only whole lines (a longer line alone)', async () => {
    const r = recorder();
    const sink = new LineBatchSink(99, r.writeSync);
    const lines = Array.from({ length: 200 }, (_, i) => line(i, i % 7 === 0 ? 150 : 40));
    lines.splice(50, 0, line(-1, 6000));
    for (const l of lines) sink.write(l);
    await turn();
    expect(r.text()).toBe(lines.join(''));
    expect(r.writes.length).toBeGreaterThan(3);
    for (const w of r.writes) {
      expect(w.toString().endsWith('\n')).toBe(true);
      if (w.length > ATOMIC_WRITE) expect(w.toString()).toBe(line(-1, 6000));
    }
  });

  it('keeps the rest after a partial write and writes it next, in order', async () => {
    const r = recorder([10]);
    const sink = new LineBatchSink(99, r.writeSync);
    sink.write(line(1));
    sink.write(line(2));
    await turn();
    expect(r.text()).toBe(line(1) + line(2));
  });

  it('waits out a full pipe (EAGAIN) without blocking, then writes everything in order', async () => {
    const r = recorder(['EAGAIN', 'EAGAIN']);
    const sink = new LineBatchSink(99, r.writeSync);
    sink.write(line(1));
    await turn();
    expect(r.writes).toHaveLength(0);
    expect(sink.backlog).toBe(1);
    sink.write(line(2));
    await turn();
    expect(r.writes).toHaveLength(0); // the retry timer writes, not the turn
    await new Promise((res) => setTimeout(res, 60));
    expect(r.text()).toBe(line(1) + line(2));
    expect(sink.backlog).toBe(0);
  });

  it('drops what it cannot write when the reader is gone (EPIPE), and goes on', async () => {
    const r = recorder(['EPIPE']);
    const sink = new LineBatchSink(99, r.writeSync);
    sink.write(line(1));
    await turn();
    expect(sink.backlog).toBe(0);
    sink.write(line(2));
    await turn();
    expect(r.text()).toBe(line(2));
  });

  it('flushSync writes at once (what the process exit does)', () => {
    const r = recorder();
    const sink = new LineBatchSink(99, r.writeSync);
    sink.write(line(1));
    sink.flushSync();
    expect(r.text()).toBe(line(1));
  });

  it('puts every line in a real file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-logsink-'));
    const fd = fs.openSync(path.join(dir, 'log'), 'a');
    try {
      const sink = new LineBatchSink(fd);
      const lines = Array.from({ length: 3000 }, (_, i) => line(i, i % 50));
      for (let i = 0; i < lines.length; i++) {
        sink.write(lines[i] as string);
        if (i % 400 === 0) await turn();
      }
      await turn();
      expect(fs.readFileSync(path.join(dir, 'log'), 'utf8')).toBe(lines.join(''));
    } finally {
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
