/** 简体中文。缺少的键以英文显示（test/i18n.test.ts 会列出）。 */
import type { Catalogue } from './en.js';

export const zhCN: Catalogue = {
  'lang.name': '简体中文',
  'lang.switch': '语言',

  'test.title': '安全连接测试（{min}）',
  'test.h1': '安全连接测试',
  'test.intro':
    '我们的服务即将只接受 {min} 或更高版本，这是目前用于加密您的浏览器与我们服务器之间连接的标准。' +
    '无法使用它的浏览器将无法再连接。本页面会在几秒钟内检查您的浏览器，不会更改您电脑上的任何内容。',
  'test.pending': '正在测试您的浏览器，请稍候。',
  'test.progress.checking': '正在检查：{what}……',
  'test.progress.still': '仍在检查（{seconds} 秒）……',
  'test.progress.analysing': '正在分析结果……',
  'test.probe.policy': '与我们服务的连接',
  'test.probe.legacy': '基本安全连接',
  'test.probe.tls10': 'TLS 1.0',
  'test.probe.tls11': 'TLS 1.1',
  'test.probe.tls12': 'TLS 1.2',
  'test.probe.tls13': 'TLS 1.3',
  'test.pass.label': '通过：',
  'test.pass.text': '您的浏览器已使用 {min} 或更高版本安全连接。',
  'test.pass.more': '一切就绪，无需任何操作。',
  'test.pass.details': '查看您的连接详情',
  'test.failProtocol.label': '失败：',
  'test.failProtocol.text': '您的浏览器无法使用 {min} 或更高版本安全连接。',
  'test.failProtocol.more':
    '它仍能使用更旧、更弱的协议连接，因此您的浏览器版本过旧，或者关闭了 {min}。' +
    '切换之后，在您按照下面的步骤操作之前，将无法用此浏览器使用我们的服务。',
  'test.failBlocked.label': '被阻止：',
  'test.failBlocked.text': '与我们测试服务器的安全连接全部失败，即使使用旧协议也不行。',
  'test.failBlocked.more':
    '因此，原因很可能不在您的浏览器，而在它与我们之间：防火墙或代理、安全软件、电脑时钟，' +
    '或者您的电脑不信任的证书。请尝试以下步骤：',
  'test.blocked.step1': '检查电脑的日期、时间和时区是否正确：时钟错误会导致所有安全连接失败。',
  'test.blocked.step2':
    '如果您使用杀毒软件或网络安全软件，请暂时关闭其“HTTPS 扫描”（也称为“SSL 扫描”或“加密连接扫描”），然后重新加载本页面。',
  'test.blocked.step3':
    '如果您在公司或学校网络中，代理或防火墙可能阻止了测试：请换一个网络（例如手机的移动数据）再试，或请您的 IT 部门放行此地址。',
  'test.blocked.step4': '重新加载本页面。如果仍然失败，请联系我们并提供下方显示的参考编号。',
  'test.unknown.label': '未完成：',
  'test.unknown.text': '测试未能及时得到响应。',
  'test.unknown.more':
    '您的电脑与我们测试服务器之间的某些东西（防火墙、代理或缓慢的网络）可能阻滞了连接。请重新加载本页面再试。' +
    '您也可以打开这个安全测试链接：{link}。如果它显示“Success”，说明您的浏览器已就绪。',
  'test.matrix.h2': '您的浏览器可以使用的协议',
  'test.matrix.yes': '是',
  'test.matrix.no': '否',
  'test.matrix.blocked': '被阻止',
  'test.matrix.unknown': '未知',
  'test.noscript.text': '脚本已关闭，因此本页面无法自动测试您的浏览器。',
  'test.noscript.more': '请打开此链接：{link}。如果显示“Success”，说明您的浏览器已就绪；如果显示错误，请按照下面的步骤操作。',
  'test.steps.h2': '解决步骤',
  'test.steps.for': '适用于 {client}（根据您的浏览器自报的信息）。',
  'test.steps.unidentified': '无法识别的浏览器',
  'test.steps.on': '{os} 上的 {browser}',
  'test.footer': '本测试以与我们的服务相同的安全设置连接到 {url}。除了任何网页请求都包含的信息之外，它不会发送关于您的任何信息。',
  'test.summary.h2': '您的结果（供我们的客服人员使用）',
  'test.summary.reference': '参考编号',
  'test.summary.help': '联系我们时，请提供此参考编号或复制下面的文字。',
  'test.summary.copy': '复制文字',
  'test.summary.copied': '已复制。',
  'test.summary.label': '您的测试结果摘要',
  'test.api.link': '要测试 API 集成而不是浏览器？',

  'summary.text':
    'TLS 测试 {reference}：{verdict}。浏览器：{browser}。系统：{os}。TLS 1.0：{tls10}，TLS 1.1：{tls11}，' +
    'TLS 1.2：{tls12}，TLS 1.3：{tls13}。时间：{time} UTC。',
  'summary.verdict.pass': '通过',
  'summary.verdict.fail-protocol': '失败（协议过旧或已关闭）',
  'summary.verdict.fail-blocked': '失败（安全连接被阻止）',
  'summary.verdict.unknown': '未完成',
  'summary.unknownValue': '未知',

  'success.title': '成功：安全连接',
  'success.h1': '成功',
  'success.text': '您的浏览器已安全连接。',
  'success.more': '切换到 {min} 或更高版本后，它可以继续使用我们的服务，无需任何操作。',
  'success.details': '此连接的详情',
  'success.protocol': '协议',
  'success.cipher': '密码套件',
  'success.policy': '本服务接受',
  'success.back': '返回测试页面',
};
