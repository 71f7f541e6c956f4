import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { compactSource } from '../server/compact.js';
import { oldBrowserFindings } from './helpers/old-browser.js';

/** The syntax tree without positions or comments: equal trees mean equal programs. */
function tree(src: string): unknown {
  return JSON.parse(JSON.stringify(acorn.parse(src, { ecmaVersion: 3 }), (k, v) => (k === 'start' || k === 'end' || k === 'raw' ? undefined : v)));
}

const PUBLIC = path.join(PROJECT_ROOT, 'public');

describe('compactSource', () => {
  it('drops comment lines, comment blocks, indentation and empty lines, nothing else', () => {
    const src = '/*\n * header\n */\n(function () {\n  // note\n  var a = "x // not a comment"; /* keep inline */\n\n  return a;\n})();\n';
    expect(compactSource(src)).toBe('(function () {\nvar a = "x // not a comment"; /* keep inline */\nreturn a;\n})();\n');
  });

  it.each(fs.readdirSync(PUBLIC).filter((f) => f.endsWith('.js')))('%s: same program, still ES3 and old-browser clean, and smaller', (file) => {
    const src = fs.readFileSync(path.join(PUBLIC, file), 'utf8');
    const small = compactSource(src);
    expect(tree(small)).toEqual(tree(src));
    expect(oldBrowserFindings(small)).toEqual([]);
    expect(small.length).toBeLessThan(src.length);
  });

  it.each(fs.readdirSync(PUBLIC).filter((f) => f.endsWith('.css')))('%s: the same rules', (file) => {
    const src = fs.readFileSync(path.join(PUBLIC, file), 'utf8');
    const rules = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
    expect(rules(compactSource(src))).toBe(rules(src));
  });
});
