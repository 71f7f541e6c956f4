/**
 * Steps for a blocked test: every HTTPS probe failed, the control probe (TLS 1.0-1.3) included, so the browser's
 * TLS versions are not the cause. Reviewed against ../shared/reference/tls12-client-support.md ("Lessons from
 * people who run such test pages"): blocked ports, intercepting proxies and antivirus, clocks, certificate trust.
 */
export const BLOCKED_STEPS: readonly string[] = [
  'Check that the date, time and time zone of your computer are correct: a wrong clock makes every secure connection fail.',
  'If you use antivirus or internet security software, turn off its "HTTPS scanning" (also called "SSL scanning" or "encrypted connection scanning") for a moment and reload this page.',
  'If you are on a company or school network, a proxy or firewall may be blocking the test: try from another network (for example your phone\'s mobile data), or ask your IT department to allow this address.',
  'Reload this page. If it still fails, contact us and give the reference shown below.',
];
