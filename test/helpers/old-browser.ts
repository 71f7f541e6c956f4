/**
 * Static and runtime checks that a script suits the old browsers tlstest exists for (IE 6-10, Android 2-4,
 * Safari 5, Opera 12, Firefox 3.6). Used by the client-script tests on every script under public/.
 */
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';

/** Globals and members that IE 6-8 or the Android 2 browser lack (or that only exist in later standards). */
export const MODERN_GLOBALS = [
  'fetch', 'Promise', 'JSON', 'Symbol', 'Map', 'Set', 'WeakMap', 'Proxy', 'Reflect', 'localStorage',
  'sessionStorage', 'requestAnimationFrame', 'URLSearchParams', 'URL', 'FormData', 'Blob', 'AbortController',
  'TextEncoder', 'customElements', 'queueMicrotask', 'structuredClone', 'globalThis', 'IntersectionObserver',
];
export const MODERN_MEMBERS = [
  'querySelector', 'querySelectorAll', 'getElementsByClassName', 'classList', 'dataset', 'forEach', 'map',
  'filter', 'reduce', 'some', 'every', 'find', 'findIndex', 'includes', 'startsWith', 'endsWith', 'trim',
  'bind', 'keys', 'assign', 'create', 'defineProperty', 'isArray', 'now', 'textContent', 'sendBeacon',
  'addEventListener', 'removeEventListener', 'append', 'prepend', 'remove', 'closest', 'matches',
];
/** Words reserved in ES3: as property names (o.default, {class: 1}) they are syntax errors in IE 8 and older. */
export const ES3_RESERVED = [
  'abstract', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'debugger',
  'default', 'delete', 'do', 'double', 'else', 'enum', 'export', 'extends', 'false', 'final', 'finally', 'float',
  'for', 'function', 'goto', 'if', 'implements', 'import', 'in', 'instanceof', 'int', 'interface', 'long', 'native',
  'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'short', 'static', 'super', 'switch',
  'synchronized', 'this', 'throw', 'throws', 'transient', 'true', 'try', 'typeof', 'var', 'void', 'volatile',
  'while', 'with',
];

export interface Finding {
  what: string;
  line: number;
}

/**
 * Problems found in `source` for old browsers. `addEventListener` is allowed only where the same script also
 * falls back to `attachEvent` (a runtime test proves the fallback works).
 */
export function oldBrowserFindings(source: string): Finding[] {
  const findings: Finding[] = [];
  let ast: acorn.Node;
  try {
    ast = acorn.parse(source, { ecmaVersion: 3, locations: true });
  } catch (err) {
    return [{ what: `not ES3 syntax: ${(err as Error).message}`, line: 0 }];
  }
  const hasAttachEvent = /\battachEvent\b/.test(source);
  const at = (n: acorn.Node) => n.loc?.start.line ?? 0;
  walk.full(ast, (node) => {
    if (node.type === 'Identifier') {
      const name = (node as acorn.Identifier).name;
      if (MODERN_GLOBALS.includes(name)) findings.push({ what: `uses ${name}`, line: at(node) });
    }
    if (node.type === 'MemberExpression') {
      const m = node as acorn.MemberExpression;
      if (!m.computed && m.property.type === 'Identifier') {
        const name = m.property.name;
        if (ES3_RESERVED.includes(name)) findings.push({ what: `reserved word as property name: .${name}`, line: at(node) });
        if (MODERN_MEMBERS.includes(name) && !(name === 'addEventListener' && hasAttachEvent)) {
          findings.push({ what: `uses .${name}`, line: at(node) });
        }
      }
    }
    if (node.type === 'Property') {
      const p = node as acorn.Property;
      if (p.key.type === 'Identifier' && ES3_RESERVED.includes(p.key.name)) {
        findings.push({ what: `reserved word as object key: ${p.key.name}`, line: at(node) });
      }
    }
    if (node.type === 'Literal' && (node as acorn.Literal).regex?.flags.match(/[^gim]/)) {
      findings.push({ what: 'regular expression flag not in ES3', line: at(node) });
    }
  });
  // Trailing commas in object/array literals break IE 6-8.
  if (/,\s*[}\]]/.test(source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) findings.push({ what: 'trailing comma in a literal', line: 0 });
  return findings;
}
