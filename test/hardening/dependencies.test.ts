/**
 * Dependency hygiene, checked offline from package.json and the committed lockfile: every direct dependency pinned
 * to one version; ua-parser-js exactly pinned in 1.x (MIT; 2.x is AGPL, and the package had hijacked releases);
 * @fastify/static at 10.1.3 or later (older releases let encoded separators such as /%2fadmin/x past route guards);
 * and no production package in a range with a known high-severity advisory. `.ci/audit.mjs` runs npm audit as well.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';

interface LockEntry {
  version: string;
  dev?: boolean;
  resolved?: string;
  integrity?: string;
}
const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** -1, 0 or 1 for plain x.y.z versions. */
function compare(a: string, b: string): number {
  const pa = a.split(/[.-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) < (pb[i] ?? 0) ? -1 : 1;
  return 0;
}

/** Every installed copy of a package in the lockfile (nested copies included). */
function installed(name: string): LockEntry[] {
  return Object.entries(lock.packages)
    .filter(([key]) => key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`))
    .map(([, entry]) => entry);
}

/**
 * Production packages with past high-severity advisories or bad releases: every installed copy must be at least
 * `min` (and, where given, below `below`, or not one of `never`).
 */
const KNOWN_BAD: Array<{ name: string; min: string; below?: string; never?: string[]; why: string }> = [
  { name: '@fastify/static', min: '10.1.3', why: 'encoded separators (/%2fadmin/x) bypassed route guards before 10.1.3' },
  { name: 'ua-parser-js', min: '1.0.33', below: '2.0.0', never: ['0.7.29', '0.8.0', '1.0.0'], why: 'ReDoS before 1.0.33; hijacked 0.7.29/0.8.0/1.0.0; 2.x is AGPL' },
  { name: 'fastify', min: '5.3.2', why: 'content-type parsing bypass (CVE-2025-32442) before 5.3.2' },
  { name: 'find-my-way', min: '8.2.2', why: 'ReDoS in multiparametric routes (CVE-2024-45813) before 8.2.2' },
  { name: '@fastify/send', min: '4.0.0', why: 'the send fork @fastify/static 10 expects' },
  { name: 'fast-uri', min: '3.0.0', why: 'older fast-uri mis-parsed hosts' },
];

describe('dependency hygiene', () => {
  it('the lockfile is committed, current (v2+) and resolves every package with an integrity hash', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (!key || (entry as { link?: boolean }).link) continue;
      expect(entry.version, key).toMatch(/^\d+\.\d+\.\d+/);
      expect(entry.integrity, key).toMatch(/^sha512-/);
    }
  });

  it('every direct dependency is pinned to one exact version, the one the lockfile installs', () => {
    for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(spec, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(spec);
    }
  });

  it('ua-parser-js is exactly pinned in 1.x, in package.json and in every installed copy', () => {
    expect(pkg.dependencies['ua-parser-js']).toMatch(/^1\.\d+\.\d+$/);
    const copies = installed('ua-parser-js');
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) expect(c.version).toMatch(/^1\./);
  });

  it('@fastify/static is 10.1.3 or later', () => {
    const copies = installed('@fastify/static');
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) expect(compare(c.version, '10.1.3'), c.version).toBeGreaterThanOrEqual(0);
  });

  it.each(KNOWN_BAD)('$name: every production copy is clear of known bad versions ($why)', ({ name, min, below, never }) => {
    const copies = installed(name).filter((c) => !c.dev);
    expect(copies.length, `${name} is a production dependency`).toBeGreaterThan(0);
    for (const c of copies) {
      expect(compare(c.version, min), `${name}@${c.version} < ${min}`).toBeGreaterThanOrEqual(0);
      if (below) expect(compare(c.version, below), `${name}@${c.version} >= ${below}`).toBeLessThan(0);
      if (never) expect(never).not.toContain(c.version);
    }
  });

  it('the compare helper orders versions numerically', () => {
    expect(compare('10.1.3', '10.1.11')).toBe(-1);
    expect(compare('10.1.11', '10.1.3')).toBe(1);
    expect(compare('9.99.99', '10.0.0')).toBe(-1);
    expect(compare('1.0.41', '1.0.41')).toBe(0);
  });
});
