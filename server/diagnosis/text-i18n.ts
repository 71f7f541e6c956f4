/**
 * The diagnosis wording in every page language. English is TEXT in verdict.ts (the reviewed original); these
 * translate it function for function, so the compiler checks that none is missing.
 */
import type { Lang } from '../i18n/index.js';
import { TEXT, type DiagnosisText } from './verdict.js';

const ES: DiagnosisText = {
  pass: (min) => `Su navegador se conectó al servicio de forma segura, con ${min} o superior.`,
  passExactly13: 'Su navegador se conectó al servicio de forma segura, con TLS 1.3.',
  protocolReached: (min) =>
    `Su navegador llegó a este servidor, pero no pudo conectarse de forma segura con ${min} o superior, que es lo que exige el servicio.`,
  protocolBest: (v) => `La versión más reciente que funcionó desde su navegador fue ${v}.`,
  protocolHello: (v, min) =>
    v === 'none'
      ? `La conexión de su navegador no ofreció ninguna versión de TLS que el servicio acepte (necesita ${min} o superior).`
      : `La conexión de su navegador ofreció como máximo ${v}; el servicio necesita ${min} o superior.`,
  protocolVersionsFailed: (min) =>
    `Todas las comprobaciones con ${min} o superior fallaron, mientras que las más antiguas llegaron al servidor.`,
  protocolNotVersion:
    'La conexión de su navegador sí ofreció una versión de TLS suficientemente reciente, así que el problema ' +
    'probablemente es otro requisito del servicio: sus métodos de cifrado (conjuntos de cifrado) o su certificado, ' +
    'o un programa que intercepta la conexión.',
  blocked:
    'No funcionó ninguna conexión segura (HTTPS) con este servidor, ni siquiera la comprobación básica. No se trata ' +
    'de las versiones de TLS: algo entre su navegador y el servidor bloquea o rompe las conexiones seguras.',
  blockedCauses:
    'Causas habituales: un cortafuegos o proxy que bloquea la conexión, un antivirus o programa de seguridad que ' +
    'inspecciona las conexiones seguras, o un certificado en el que su dispositivo no confía.',
  blockedHelloOk:
    'Su navegador sí inició una conexión segura ofreciendo una versión reciente de TLS, así que el fallo vino ' +
    'después: lo más probable es que el certificado no sea de confianza en este dispositivo o que un programa de ' +
    'seguridad interfiera.',
  unknownTimeout:
    'La prueba no pudo terminar: la conexión con el servicio no respondió a tiempo. Puede que un cortafuegos o ' +
    'proxy la esté reteniendo, o que la red sea lenta. Inténtelo de nuevo.',
  unknownNotRun: 'La prueba no pudo terminar: las comprobaciones no se ejecutaron. Vuelva a cargar la página e inténtelo de nuevo.',
  unknownMixed:
    'La prueba no pudo decidir: la comprobación del servicio falló, pero la comprobación básica no terminó, así que ' +
    'no podemos saber si la causa es su navegador o la red. Inténtelo de nuevo.',
  oldEnabled: (list) =>
    list.includes(' y ')
      ? `${list} siguen activados en su navegador: no afectan a este servicio, pero puede desactivarlos.`
      : `${list} sigue activado en su navegador: no afecta a este servicio, pero puede desactivarlo.`,
  noTls13: 'Su navegador todavía no usa TLS 1.3. TLS 1.2 es suficiente para este servicio; actualizar el navegador añade TLS 1.3.',
  controlFailedButWorked:
    'La comprobación básica falló aunque otras conexiones seguras funcionaron; puede que un filtro de su red trate ' +
    'algunas direcciones de forma distinta. Esto no cambia el resultado.',
  blockedToo:
    'La comprobación básica de conexión segura también falló, así que un problema de red, proxy o certificado puede ' +
    'necesitar atención cuando se resuelva la versión de TLS.',
  middlebox: (evidence) =>
    `Probablemente un proxy o un antivirus está interceptando las conexiones seguras: ${evidence}. El resultado ` +
    'describe ese programa intermediario, no su navegador; lo que hay que cambiar es su configuración (o hablar con ' +
    'el administrador de su red).',
  offered: (names, browser) => `la conexión ofreció ${names}, que ${browser} no puede enviar`,
  lacked: (names, browser) => `a la conexión le faltó ${names}, que ${browser} siempre envía`,
  greaseValues: 'valores GREASE',
  and: ' y ',
};

const ZH: DiagnosisText = {
  pass: (min) => `您的浏览器已使用 ${min} 或更高版本安全连接到服务。`,
  passExactly13: '您的浏览器已使用 TLS 1.3 安全连接到服务。',
  protocolReached: (min) => `您的浏览器能访问此服务器，但无法使用服务所要求的 ${min} 或更高版本进行安全连接。`,
  protocolBest: (v) => `您的浏览器能成功使用的最新版本是 ${v}。`,
  protocolHello: (v, min) =>
    v === 'none'
      ? `您的浏览器的连接没有提供服务接受的任何 TLS 版本（需要 ${min} 或更高版本）。`
      : `您的浏览器的连接最高只提供 ${v}；服务需要 ${min} 或更高版本。`,
  protocolVersionsFailed: (min) => `所有使用 ${min} 或更高版本的检查都失败了，而较旧版本的检查能到达服务器。`,
  protocolNotVersion:
    '您的浏览器的连接确实提供了足够新的 TLS 版本，因此问题可能在于服务的其他要求：其加密方式（密码套件）或证书，' +
    '或者有软件拦截了连接。',
  blocked: '与此服务器的安全（HTTPS）连接全部失败，连基本检查也没有成功。这与 TLS 版本无关：您的浏览器与服务器之间有东西阻止或破坏了安全连接。',
  blockedCauses: '常见原因：阻止连接的防火墙或代理、检查安全连接的杀毒软件或安全软件，或者您的设备不信任的证书。',
  blockedHelloOk: '您的浏览器确实以较新的 TLS 版本发起了安全连接，因此失败发生在之后：最可能是此设备不信任该证书，或者安全软件进行了干扰。',
  unknownTimeout: '测试未能完成：与服务的连接未能及时响应。可能是防火墙或代理阻滞了连接，或者网络较慢。请重试。',
  unknownNotRun: '测试未能完成：检查没有运行。请重新加载页面并重试。',
  unknownMixed: '测试无法判断：服务检查失败，但基本检查没有完成，因此无法确定原因是您的浏览器还是网络。请重试。',
  oldEnabled: (list) => `您的浏览器仍启用了 ${list}：这对本服务无害，但您可以将其关闭。`,
  noTls13: '您的浏览器尚未使用 TLS 1.3。TLS 1.2 对本服务已经足够；更新浏览器即可获得 TLS 1.3。',
  controlFailedButWorked: '尽管其他安全连接成功了，基本检查却失败了；您网络上的过滤器可能对某些地址区别对待。这不影响结果。',
  blockedToo: '基本安全连接检查也失败了，因此在解决 TLS 版本问题之后，可能还需要处理网络、代理或证书问题。',
  middlebox: (evidence) =>
    `很可能有代理或杀毒软件正在拦截安全连接：${evidence}。此结果描述的是该拦截软件，而不是您的浏览器；需要更改的是它的设置（或联系您的网络管理员）。`,
  offered: (names, browser) => `连接提供了 ${names}，而 ${browser} 无法发送它`,
  lacked: (names, browser) => `连接缺少 ${names}，而 ${browser} 总会发送它`,
  greaseValues: 'GREASE 值',
  and: '和',
};

export const DIAGNOSIS_TEXT: Record<Lang, DiagnosisText> = { en: TEXT, es: ES, 'zh-CN': ZH };
