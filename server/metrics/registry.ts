/**
 * A small metrics registry with Prometheus text output, made for tlstest's few metrics and for adding up the
 * numbers of several worker processes: each process keeps its own Metrics, a snapshot is plain JSON (it travels
 * over the cluster IPC channel), and the admin listener merges the snapshots and renders them.
 * Label values come only from bounded sets (routes, statuses, policies, versions, cipher names of the policy,
 * browser families and clamped majors): never raw user input.
 */

export type MetricType = 'counter' | 'gauge';

export interface MetricDef {
  name: string;
  help: string;
  type: MetricType;
  labels: readonly string[];
  /** How a gauge's values from several processes combine (counters always add up). */
  merge?: 'sum' | 'min' | 'max';
}

export const METRICS = {
  httpRequests: {
    name: 'tlstest_http_requests_total',
    help: 'HTTP requests answered, by listener, route pattern and status code.',
    type: 'counter',
    labels: ['listener', 'route', 'status'],
  },
  handshakes: {
    name: 'tlstest_tls_handshakes_total',
    help: 'Completed TLS handshakes, by policy (main or a probe), negotiated version and cipher suite.',
    type: 'counter',
    labels: ['policy', 'version', 'cipher'],
  },
  refused: {
    name: 'tlstest_tls_refused_total',
    help: 'Refused or failed TLS handshakes, by policy and the highest version the client offered.',
    type: 'counter',
    labels: ['policy', 'offered'],
  },
  verdicts: {
    name: 'tlstest_verdicts_total',
    help: 'Test page verdicts reported by the page, by verdict, browser family and major version (clamped).',
    type: 'counter',
    labels: ['verdict', 'browser', 'major'],
  },
  certNotAfter: {
    name: 'tlstest_certificate_not_after_timestamp_seconds',
    help: 'End of validity of the certificate served (Unix time).',
    type: 'gauge',
    labels: [],
    merge: 'min',
  },
  certDays: {
    name: 'tlstest_certificate_expiry_days',
    help: 'Days until the certificate served expires (negative when expired).',
    type: 'gauge',
    labels: [],
    merge: 'min',
  },
  certReloads: {
    name: 'tlstest_certificate_reloads_total',
    help: 'Certificate reloads (file change or SIGHUP), by result.',
    type: 'counter',
    labels: ['result'],
  },
  workers: {
    name: 'tlstest_workers',
    help: 'Server processes reporting to this scrape.',
    type: 'gauge',
    labels: [],
    merge: 'sum',
  },
  workerRestarts: {
    name: 'tlstest_worker_restarts_total',
    help: 'Worker processes replaced after they died.',
    type: 'counter',
    labels: [],
  },
} as const satisfies Record<string, MetricDef>;

export type MetricKey = keyof typeof METRICS;
type LabelsOf<K extends MetricKey> = Record<(typeof METRICS)[K]['labels'][number], string>;

/** name -> [label values, value][] ; label values in the definition's label order. */
export type MetricsSnapshot = Record<string, Array<[string[], number]>>;

export class Metrics {
  private readonly values = new Map<string, Map<string, number>>();

  constructor() {
    // Counters without labels start at 0, so that they exist (and rate() works) before the first event.
    for (const def of Object.values(METRICS) as MetricDef[]) if (def.type === 'counter' && def.labels.length === 0) this.series(def.name).set('[]', 0);
  }

  inc<K extends MetricKey>(key: K, labels: LabelsOf<K>, by = 1): void {
    const def = METRICS[key];
    const series = this.series(def.name);
    const id = JSON.stringify(def.labels.map((l) => (labels as Record<string, string>)[l] ?? ''));
    series.set(id, (series.get(id) ?? 0) + by);
  }

  /** One series of a counter, its key built once: for hot paths that count the same series again and again. */
  counter<K extends MetricKey>(key: K, labels: LabelsOf<K>): () => void {
    const def = METRICS[key];
    const series = this.series(def.name);
    const id = JSON.stringify(def.labels.map((l) => (labels as Record<string, string>)[l] ?? ''));
    return () => {
      series.set(id, (series.get(id) ?? 0) + 1);
    };
  }

  set<K extends MetricKey>(key: K, labels: LabelsOf<K>, value: number): void {
    const def = METRICS[key];
    this.series(def.name).set(JSON.stringify(def.labels.map((l) => (labels as Record<string, string>)[l] ?? '')), value);
  }

  /** The value of one series (0 when never touched); for tests and status pages. */
  get<K extends MetricKey>(key: K, labels: LabelsOf<K>): number {
    const def = METRICS[key];
    return this.values.get(def.name)?.get(JSON.stringify(def.labels.map((l) => (labels as Record<string, string>)[l] ?? ''))) ?? 0;
  }

  snapshot(): MetricsSnapshot {
    const out: MetricsSnapshot = {};
    for (const [name, series] of this.values) out[name] = [...series].map(([id, v]) => [JSON.parse(id) as string[], v]);
    return out;
  }

  private series(name: string): Map<string, number> {
    let s = this.values.get(name);
    if (!s) this.values.set(name, (s = new Map()));
    return s;
  }
}

/** Add up the snapshots of several processes: counters sum, gauges by their merge rule. */
export function mergeSnapshots(snapshots: MetricsSnapshot[]): MetricsSnapshot {
  const byName = new Map<string, MetricDef>(Object.values(METRICS).map((d) => [d.name, d]));
  const merged = new Map<string, Map<string, number>>();
  for (const snap of snapshots) {
    for (const [name, series] of Object.entries(snap)) {
      const def = byName.get(name);
      if (!def) continue;
      const rule = def.type === 'counter' ? 'sum' : (def.merge ?? 'sum');
      let m = merged.get(name);
      if (!m) merged.set(name, (m = new Map()));
      for (const [labels, value] of series) {
        const id = JSON.stringify(labels);
        const old = m.get(id);
        m.set(id, old === undefined ? value : rule === 'sum' ? old + value : rule === 'min' ? Math.min(old, value) : Math.max(old, value));
      }
    }
  }
  const out: MetricsSnapshot = {};
  for (const [name, m] of merged) out[name] = [...m].map(([id, v]) => [JSON.parse(id) as string[], v]);
  return out;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** Prometheus text exposition format 0.0.4: HELP and TYPE for every metric, series sorted for stable output. */
export function renderPrometheus(snapshot: MetricsSnapshot): string {
  const lines: string[] = [];
  for (const def of Object.values(METRICS) as MetricDef[]) {
    lines.push(`# HELP ${def.name} ${def.help}`, `# TYPE ${def.name} ${def.type}`);
    const series = [...(snapshot[def.name] ?? [])].sort((a, b) => (a[0].join('\u0000') < b[0].join('\u0000') ? -1 : 1));
    for (const [values, value] of series) {
      const labels = def.labels.map((l, i) => `${l}="${escapeLabel(values[i] ?? '')}"`).join(',');
      lines.push(`${def.name}${labels ? `{${labels}}` : ''} ${formatValue(value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
