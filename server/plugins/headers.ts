import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every answer. Deliberately no HTTP Strict Transport Security header: the test host must keep
 * serving its plain-HTTP fallback page to browsers that cannot do TLS 1.2 (and never redirects to HTTPS).
 *
 * The Content-Security-Policy allows only same-origin script, style and images, no inline script or style, no
 * plugin, no framing. The test page also loads its probe images from the HTTPS origins it names (the main policy
 * and the probe policies by hostname or port): that page's route widens img-src to exactly those origins with
 * contentSecurityPolicy(probeUrls).
 */
export function contentSecurityPolicy(imageUrls: readonly string[] = []): string {
  const sources = imageUrls.map(cspSource).filter((s): s is string => s !== null);
  const img = ["'self'", ...new Set(sources)].join(' ');
  return (
    `default-src 'none'; script-src 'self'; style-src 'self'; img-src ${img}; connect-src 'self'; ` +
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
  );
}

/**
 * The CSP source for the origin of an https URL, or null when it is none. CSP host sources cannot name an IPv6
 * literal (only letters, digits, hyphens and dots), so an origin on an IPv6 address becomes `https://*:<port>`:
 * that port over HTTPS on any host.
 */
export function cspSource(url: string): string | null {
  const v6 = /^https:\/\/\[[0-9a-f:.]+\](:\d{1,5})?(?:[/?#]|$)/i.exec(url);
  if (v6) return `https://*${v6[1] ?? ':443'}`;
  const m = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?(?=[/?#]|$)/i.exec(url);
  return m ? m[0].toLowerCase() : null;
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

const SECURITY_ENTRIES = Object.entries(SECURITY_HEADERS);

async function securityHeaders(app: FastifyInstance): Promise<void> {
  app.addHook('onSend', (_request, reply, payload, done) => {
    for (const [name, value] of SECURITY_ENTRIES) {
      // A route may set a narrower-purpose CSP of its own (the test page's probe origins); the rest is fixed.
      if (name === 'content-security-policy' && reply.hasHeader(name)) continue;
      reply.header(name, value);
    }
    done(null, payload);
  });
}

export default fp(securityHeaders, { name: 'security-headers' });
