// Interim entry point of the knowledge base: replaced by the classifier and rules table (issue 4).
import { UAParser } from 'ua-parser-js';
import type { Advice, ClientInfo } from './types.js';

export function classify(ua: string): ClientInfo {
  const r = new UAParser(ua.slice(0, 1024)).getResult();
  const major = r.browser.major ? Number(r.browser.major) : null;
  return {
    kind: r.browser.name ? 'browser' : 'unknown',
    browser: r.browser.name ?? null,
    browser_version: r.browser.version ?? null,
    browser_major: Number.isFinite(major) ? major : null,
    engine: r.engine.name ?? null,
    os: r.os.name ?? null,
    os_version: r.os.version ?? null,
    device_type: r.device.type ?? null,
  };
}

export function adviceForUserAgent(ua: string): { client: ClientInfo; advice: Advice; alternate: Advice | null } {
  const client = classify(ua);
  const name = [client.browser, client.browser_major].filter((x) => x !== null).join(' ') || 'Your browser';
  return {
    client,
    advice: {
      advice_id: 'generic',
      tls12: 'unknown',
      heading: client.os ? `${name} on ${client.os}` : name,
      steps: ['Update your browser to its newest version, or install a current browser such as Firefox or Chrome.'],
      links: [],
    },
    alternate: null,
  };
}
