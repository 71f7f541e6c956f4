import type { FastifyInstance } from 'fastify';
import { classify } from '../advice/index.js';
import type { AppContext } from '../context.js';
import { DIAGNOSIS_TEXT } from '../diagnosis/text-i18n.js';
import { diagnose, type ProbeResults, type ProbeStatus } from '../diagnosis/verdict.js';
import type { ProbeName } from '../pages/testpage.js';
import { negotiateLanguage } from '../i18n/index.js';
import { siteDefaultLang } from '../site.js';
import { clip } from '../logger.js';
import { newReference } from '../reference.js';
import { buildSummary } from '../summary.js';
import { RUN_ID_RE } from '../visits.js';
import { sendJsonOrJsonp } from './jsonp.js';

const STATUSES: readonly ProbeStatus[] = ['ok', 'failed', 'timeout', 'not-run'];

/** Probe outcomes from the page's query string; anything missing or unrecognised did not run. */
export function probeResultsFromQuery(query: Record<string, unknown>): ProbeResults {
  const status = (name: ProbeName): ProbeStatus => {
    const v = query[name];
    return typeof v === 'string' && (STATUSES as readonly string[]).includes(v) ? (v as ProbeStatus) : 'not-run';
  };
  return {
    policy: status('policy'),
    control: status('legacy'),
    tls10: status('tls10'),
    tls11: status('tls11'),
    tls12: status('tls12'),
    tls13: status('tls13'),
  };
}

/**
 * GET /api/v1/diagnosis: the page sends its probe outcomes and run id; the answer is the diagnosis (pure function
 * of the outcomes, the ClientHello the probes showed, and the User-Agent), as JSONP for the page's old-browser
 * script or JSON for anyone else.
 */
export default async function diagnosisRoutes(app: FastifyInstance, opts: { ctx: AppContext }): Promise<void> {
  const { ctx } = opts;
  app.get('/api/v1/diagnosis', async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const id = typeof query.id === 'string' && RUN_ID_RE.test(query.id) ? query.id : null;
    const ua = request.headers['user-agent'] ?? '';
    const client = classify(ua);
    const lang = negotiateLanguage(request.headers['accept-language'], query.lang, siteDefaultLang(ctx.site));
    const probes = probeResultsFromQuery(query);
    const diagnosis = diagnose({
      probes,
      // Hellos are remembered from probes that loaded: with none ok there is none to look up.
      hello: id && Object.values(probes).includes('ok') ? await ctx.hellos.lookup(id) : null,
      client,
      policyMinVersion: ctx.config.tlsMinVersion,
    }, DIAGNOSIS_TEXT[lang]);
    const reference = newReference();
    const summary = buildSummary({ lang, reference, diagnosis, client, time: new Date() });
    // One line per reported result, so support can find it by reference. No IP address: the summary has none either.
    request.log.info(
      {
        event: 'test-result',
        reference,
        verdict: diagnosis.verdict,
        matrix: diagnosis.matrix,
        probes,
        middlebox: diagnosis.middlebox,
        browser: client.browser,
        browser_version: client.browser_version,
        os: client.os,
        os_version: client.os_version,
        kind: client.kind,
        lang,
        ua: clip(ua, 200),
      },
      'test result',
    );
    return sendJsonOrJsonp(request, reply, { ...diagnosis, reference, summary, lang });
  });
}
