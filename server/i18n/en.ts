/**
 * English: the reference catalogue. Every visitor-facing text of the pages and the client script lives here (the
 * diagnosis wording lives beside the diagnosis, the steps in the knowledge base). Placeholders: {name}.
 * Other languages translate these keys; a key they lack falls back to English (test/i18n.test.ts lists them).
 */
export const en = {
  'lang.name': 'English',
  'lang.switch': 'Language',

  'test.title': 'Secure connection test ({min})',
  'test.h1': 'Secure connection test',
  'test.intro':
    'Our services are switching to {min} or newer, the current standard for encrypting the connection between your ' +
    'browser and our servers. Browsers that cannot use it will no longer be able to connect. This page checks your ' +
    'browser in a few seconds. It changes nothing on your computer.',
  'test.pending': 'Testing your browser, please wait.',
  'test.progress.checking': 'Checking {what}...',
  'test.progress.still': 'Still checking ({seconds} s)...',
  'test.progress.analysing': 'Analysing the results...',
  'test.probe.policy': 'the connection to our service',
  'test.probe.legacy': 'a basic secure connection',
  'test.probe.tls10': 'TLS 1.0',
  'test.probe.tls11': 'TLS 1.1',
  'test.probe.tls12': 'TLS 1.2',
  'test.probe.tls13': 'TLS 1.3',
  'test.pass.label': 'Pass:',
  'test.pass.text': 'your browser connected securely with {min} or newer.',
  'test.pass.more': 'You are ready: no action is needed.',
  'test.pass.details': 'See the details of your connection',
  'test.failProtocol.label': 'Fail:',
  'test.failProtocol.text': 'your browser could not connect securely with {min} or newer.',
  'test.failProtocol.more':
    'It can still connect with an older, weaker protocol, so your browser is too old or has {min} switched off. ' +
    'After the switch you will not be able to use our services with this browser until you follow the steps below.',
  'test.failBlocked.label': 'Blocked:',
  'test.failBlocked.text': 'no secure connection to our test server worked, not even with older protocols.',
  'test.failBlocked.more':
    "So the cause is probably not your browser but something between it and us: a firewall or proxy, security " +
    "software, the computer's clock, or a certificate your computer does not trust. Try these steps:",
  'test.blocked.step1':
    'Check that the date, time and time zone of your computer are correct: a wrong clock makes every secure connection fail.',
  'test.blocked.step2':
    'If you use antivirus or internet security software, turn off its "HTTPS scanning" (also called "SSL scanning" or ' +
    '"encrypted connection scanning") for a moment and reload this page.',
  'test.blocked.step3':
    "If you are on a company or school network, a proxy or firewall may be blocking the test: try from another network " +
    "(for example your phone's mobile data), or ask your IT department to allow this address.",
  'test.blocked.step4': 'Reload this page. If it still fails, contact us and give the reference shown below.',
  'test.unknown.label': 'Not finished:',
  'test.unknown.text': 'the test did not get an answer in time.',
  'test.unknown.more':
    'Something between your computer and our test server (a firewall, proxy or slow network) may be holding the ' +
    'connection. Reload this page to try again. You can also open this secure test link: {link}. If it shows ' +
    '"Success", your browser is ready.',
  'test.matrix.h2': 'Protocols your browser can use',
  'test.matrix.yes': 'Yes',
  'test.matrix.no': 'No',
  'test.matrix.blocked': 'Blocked',
  'test.matrix.unknown': 'Unknown',
  'test.noscript.text': 'Scripts are turned off, so this page cannot test your browser by itself.',
  'test.noscript.more':
    'Open this link: {link}. If it shows "Success", your browser is ready. If it shows an error instead, follow the ' +
    'steps below.',
  'test.steps.h2': 'Steps for Resolution',
  'test.steps.for': 'For {client}, as your browser reports itself.',
  'test.steps.unidentified': 'a browser we could not identify',
  'test.steps.on': '{browser} on {os}',
  'test.footer':
    'This test connects to {url} with the same security settings as our services. It sends nothing about you except ' +
    'what any web page request contains.',
  'test.summary.h2': 'Your result, for our support staff',
  'test.summary.reference': 'Reference',
  'test.summary.help': 'If you contact us, give this reference or copy the text below.',
  'test.summary.copy': 'Copy the text',
  'test.summary.copied': 'Copied.',
  'test.summary.label': 'Summary of your test result',
  'test.api.link': 'Testing an API integration instead of a browser?',

  'summary.text':
    'TLS test {reference}: {verdict}. Browser: {browser}. System: {os}. TLS 1.0: {tls10}, TLS 1.1: {tls11}, ' +
    'TLS 1.2: {tls12}, TLS 1.3: {tls13}. Time: {time} UTC.',
  'summary.verdict.pass': 'pass',
  'summary.verdict.fail-protocol': 'fail (protocol too old or switched off)',
  'summary.verdict.fail-blocked': 'fail (secure connections blocked)',
  'summary.verdict.unknown': 'not finished',
  'summary.unknownValue': 'unknown',

  'advice.title': 'Steps for resolution by User-Agent',
  'advice.intro': 'Paste the User-Agent a customer reads from the test page to see the steps that page shows them.',
  'advice.label': "Customer's User-Agent",
  'advice.submit': 'Show steps',
  'advice.tooLong': 'The User-Agent is longer than {max} characters. Paste only the User-Agent line.',
  'advice.result': 'Result',
  'advice.row.kind': 'Kind',
  'advice.row.browser': 'Browser',
  'advice.row.system': 'System',
  'advice.row.device': 'Device',
  'advice.row.tls12': 'TLS 1.2',
  'advice.row.advice': 'Advice',
  'advice.unknown': 'unknown',
  'advice.kind.browser': 'browser',
  'advice.kind.in-app-browser': "an app's built-in browser",
  'advice.kind.proxy-browser': 'proxy browser (pages load through its maker\'s servers)',
  'advice.kind.api-client': 'program or HTTP library (not a browser)',
  'advice.kind.bot': 'automated crawler',
  'advice.kind.unknown': 'unknown',
  'advice.device.desktop': 'computer',
  'advice.device.mobile': 'phone',
  'advice.device.tablet': 'tablet',
  'advice.device.smarttv': 'smart TV',
  'advice.device.console': 'games console',
  'advice.device.wearable': 'wearable',
  'advice.device.embedded': 'embedded device',
  'advice.tls12.enabled': 'supported and on by default',
  'advice.tls12.off-by-default': 'supported, but turned off by default',
  'advice.tls12.unsupported': 'not supported',
  'advice.tls12.unknown': 'unknown',
  'advice.ipad.h2': 'If the customer is on an iPad',
  'advice.ipad.text': 'iPads in desktop mode send this same Mac User-Agent; the test page then shows these steps instead.',

  'success.title': 'Success: secure connection',
  'success.h1': 'Success',
  'success.text': 'Your browser connected securely.',
  'success.more': 'It can use our services after the switch to {min} or newer: no action is needed.',
  'success.details': 'Details of this connection',
  'success.protocol': 'Protocol',
  'success.cipher': 'Cipher suite',
  'success.policy': 'This service accepts',
  'success.back': 'Back to the test page',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Partial<Record<MessageKey, string>>;
