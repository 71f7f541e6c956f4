/**
 * What the kernel knows about the server processes: CPU time (utime + stime from /proc/<pid>/stat, all threads)
 * and resident memory (VmRSS, VmHWM from /proc/<pid>/status), for a process and all its descendants (nginx
 * master + workers, a node primary + cluster workers).
 */
import fs from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on every Linux architecture in use). */
export const CLOCK_TICKS = 100;

function read(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function statFields(pid: number): string[] | null {
  const text = read(`/proc/${pid}/stat`);
  if (!text) return null;
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** The pid and every descendant of it that is alive now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const f = statFields(Number(name));
    if (!f) continue;
    const ppid = Number(f[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  if (statFields(root)) walk(root);
  return out;
}

/** CPU seconds (user + system) used so far by one process, all its threads included. */
export function cpuSeconds(pid: number): number {
  const f = statFields(pid);
  if (!f) return 0;
  // After "pid (comm) ": state(0) ppid(1) ... utime(11) stime(12)
  return (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
}

/** CPU seconds of a process tree, keyed by pid (so that a before/after difference only counts live processes). */
export function treeCpu(root: number): Map<number, number> {
  return new Map(processTree(root).map((pid) => [pid, cpuSeconds(pid)]));
}

/** CPU seconds spent between two samples of the same tree (processes new in `after` count from zero). */
export function cpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, t] of after) total += t - (before.get(pid) ?? 0);
  return total;
}

function statusKb(pid: number, field: string): number {
  const text = read(`/proc/${pid}/status`);
  const m = text ? new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text) : null;
  return m ? Number(m[1]) : 0;
}

export interface Memory {
  /** Sum of VmRSS over the tree, MB. */
  rssMb: number;
  /** Largest VmRSS of one process, MB. */
  maxProcessRssMb: number;
  /** Sum of VmHWM (peak RSS) over the tree, MB. */
  peakMb: number;
  processes: number;
}

export function treeMemory(root: number): Memory {
  const pids = processTree(root);
  const rss = pids.map((p) => statusKb(p, 'VmRSS') / 1024);
  return {
    rssMb: rss.reduce((a, b) => a + b, 0),
    maxProcessRssMb: Math.max(0, ...rss),
    peakMb: pids.map((p) => statusKb(p, 'VmHWM') / 1024).reduce((a, b) => a + b, 0),
    processes: pids.length,
  };
}
