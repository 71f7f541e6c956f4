/** Español. Claves que falten se muestran en inglés (test/i18n.test.ts las lista). */
import type { Catalogue } from './en.js';

export const es: Catalogue = {
  'lang.name': 'Español',
  'lang.switch': 'Idioma',

  'test.title': 'Prueba de conexión segura ({min})',
  'test.h1': 'Prueba de conexión segura',
  'test.intro':
    'Nuestros servicios pasan a usar {min} o una versión más reciente, el estándar actual para cifrar la conexión ' +
    'entre su navegador y nuestros servidores. Los navegadores que no puedan usarlo ya no podrán conectarse. Esta ' +
    'página comprueba su navegador en unos segundos. No cambia nada en su ordenador.',
  'test.pending': 'Comprobando su navegador, espere por favor.',
  'test.progress.checking': 'Comprobando {what}...',
  'test.progress.still': 'Seguimos comprobando ({seconds} s)...',
  'test.progress.analysing': 'Analizando los resultados...',
  'test.probe.policy': 'la conexión con nuestro servicio',
  'test.probe.legacy': 'una conexión segura básica',
  'test.probe.tls10': 'TLS 1.0',
  'test.probe.tls11': 'TLS 1.1',
  'test.probe.tls12': 'TLS 1.2',
  'test.probe.tls13': 'TLS 1.3',
  'test.pass.label': 'Correcto:',
  'test.pass.text': 'su navegador se conectó de forma segura con {min} o superior.',
  'test.pass.more': 'Todo está listo: no tiene que hacer nada.',
  'test.pass.details': 'Ver los detalles de su conexión',
  'test.failProtocol.label': 'Error:',
  'test.failProtocol.text': 'su navegador no pudo conectarse de forma segura con {min} o superior.',
  'test.failProtocol.more':
    'Todavía puede conectarse con un protocolo más antiguo y débil, así que su navegador es demasiado antiguo o ' +
    'tiene {min} desactivado. Después del cambio no podrá usar nuestros servicios con este navegador hasta que ' +
    'siga los pasos de abajo.',
  'test.failBlocked.label': 'Bloqueado:',
  'test.failBlocked.text': 'no funcionó ninguna conexión segura con nuestro servidor de prueba, ni siquiera con protocolos antiguos.',
  'test.failBlocked.more':
    'Por eso la causa probablemente no es su navegador, sino algo entre él y nosotros: un cortafuegos o proxy, un ' +
    'programa de seguridad, el reloj del ordenador o un certificado en el que su ordenador no confía. Pruebe estos pasos:',
  'test.blocked.step1':
    'Compruebe que la fecha, la hora y la zona horaria de su ordenador son correctas: un reloj incorrecto hace ' +
    'fallar todas las conexiones seguras.',
  'test.blocked.step2':
    'Si usa un antivirus o un programa de seguridad de Internet, desactive un momento su "análisis HTTPS" (también ' +
    'llamado "análisis SSL" o "análisis de conexiones cifradas") y vuelva a cargar esta página.',
  'test.blocked.step3':
    'Si está en la red de una empresa o un centro educativo, un proxy o cortafuegos puede estar bloqueando la ' +
    'prueba: pruebe desde otra red (por ejemplo, los datos móviles de su teléfono) o pida a su departamento de ' +
    'informática que permita esta dirección.',
  'test.blocked.step4': 'Vuelva a cargar esta página. Si sigue fallando, contacte con nosotros e indique la referencia que aparece abajo.',
  'test.unknown.label': 'Sin terminar:',
  'test.unknown.text': 'la prueba no recibió respuesta a tiempo.',
  'test.unknown.more':
    'Algo entre su ordenador y nuestro servidor de prueba (un cortafuegos, un proxy o una red lenta) puede estar ' +
    'reteniendo la conexión. Vuelva a cargar esta página para intentarlo de nuevo. También puede abrir este enlace ' +
    'seguro de prueba: {link}. Si muestra "Success", su navegador está listo.',
  'test.matrix.h2': 'Protocolos que puede usar su navegador',
  'test.matrix.yes': 'Sí',
  'test.matrix.no': 'No',
  'test.matrix.blocked': 'Bloqueado',
  'test.matrix.unknown': 'Desconocido',
  'test.noscript.text': 'Los scripts están desactivados, así que esta página no puede comprobar su navegador por sí sola.',
  'test.noscript.more':
    'Abra este enlace: {link}. Si muestra "Success", su navegador está listo. Si en cambio muestra un error, siga los pasos de abajo.',
  'test.steps.h2': 'Pasos para resolverlo',
  'test.steps.for': 'Para {client}, según se identifica su navegador.',
  'test.steps.unidentified': 'un navegador que no pudimos identificar',
  'test.steps.on': '{browser} en {os}',
  'test.footer':
    'Esta prueba se conecta a {url} con la misma configuración de seguridad que nuestros servicios. No envía nada ' +
    'sobre usted, aparte de lo que contiene cualquier petición de una página web.',
  'test.summary.h2': 'Su resultado, para nuestro equipo de soporte',
  'test.summary.reference': 'Referencia',
  'test.summary.help': 'Si contacta con nosotros, indique esta referencia o copie el texto de abajo.',
  'test.summary.copy': 'Copiar el texto',
  'test.summary.copied': 'Copiado.',
  'test.summary.label': 'Resumen del resultado de su prueba',
  'test.api.link': '¿Está probando una integración de API en lugar de un navegador?',

  'summary.text':
    'Prueba TLS {reference}: {verdict}. Navegador: {browser}. Sistema: {os}. TLS 1.0: {tls10}, TLS 1.1: {tls11}, ' +
    'TLS 1.2: {tls12}, TLS 1.3: {tls13}. Hora: {time} UTC.',
  'summary.verdict.pass': 'correcto',
  'summary.verdict.fail-protocol': 'error (protocolo demasiado antiguo o desactivado)',
  'summary.verdict.fail-blocked': 'error (conexiones seguras bloqueadas)',
  'summary.verdict.unknown': 'sin terminar',
  'summary.unknownValue': 'desconocido',

  'advice.title': 'Pasos para resolverlo según el User-Agent',
  'advice.intro': 'Pegue el User-Agent que el cliente lee en la página de prueba para ver los pasos que esa página le muestra.',
  'advice.label': 'User-Agent del cliente',
  'advice.submit': 'Ver los pasos',
  'advice.tooLong': 'El User-Agent tiene más de {max} caracteres. Pegue solo la línea del User-Agent.',
  'advice.result': 'Resultado',
  'advice.row.kind': 'Tipo',
  'advice.row.browser': 'Navegador',
  'advice.row.system': 'Sistema',
  'advice.row.device': 'Dispositivo',
  'advice.row.tls12': 'TLS 1.2',
  'advice.row.advice': 'Consejo',
  'advice.unknown': 'desconocido',
  'advice.kind.browser': 'navegador',
  'advice.kind.in-app-browser': 'navegador integrado en una aplicación',
  'advice.kind.proxy-browser': 'navegador proxy (carga las páginas a través de los servidores de su fabricante)',
  'advice.kind.api-client': 'programa o biblioteca HTTP (no es un navegador)',
  'advice.kind.bot': 'rastreador automático',
  'advice.kind.unknown': 'desconocido',
  'advice.device.desktop': 'ordenador',
  'advice.device.mobile': 'teléfono',
  'advice.device.tablet': 'tableta',
  'advice.device.smarttv': 'televisor inteligente',
  'advice.device.console': 'videoconsola',
  'advice.device.wearable': 'reloj o pulsera inteligente',
  'advice.device.embedded': 'dispositivo integrado',
  'advice.tls12.enabled': 'compatible y activado de forma predeterminada',
  'advice.tls12.off-by-default': 'compatible, pero desactivado de forma predeterminada',
  'advice.tls12.unsupported': 'no compatible',
  'advice.tls12.unknown': 'desconocido',
  'advice.ipad.h2': 'Si el cliente usa un iPad',
  'advice.ipad.text': 'Los iPad en modo de escritorio envían este mismo User-Agent de Mac; en ese caso, la página de prueba muestra estos otros pasos.',

  'success.title': 'Correcto: conexión segura',
  'success.h1': 'Correcto',
  'success.text': 'Su navegador se conectó de forma segura.',
  'success.more': 'Podrá usar nuestros servicios después del cambio a {min} o superior: no tiene que hacer nada.',
  'success.details': 'Detalles de esta conexión',
  'success.protocol': 'Protocolo',
  'success.cipher': 'Conjunto de cifrado',
  'success.policy': 'Este servicio acepta',
  'success.back': 'Volver a la página de prueba',
};
