/**
 * Español (neutro, de usted): la base de conocimiento de server/advice/rules.ts, traducida. Cada clave es el texto
 * inglés exacto de rules.ts (títulos, resumen, pasos, enlaces, WORDS), con el comentario de dónde se usa.
 *
 * Reglas: mantener los mismos {marcadores} y las mismas [partes opcionales]; no traducir código, nombres de
 * about:config, claves del Registro ni URL. Rutas de menú: como las muestra el producto en español cuando es
 * seguro (Internet Explorer: Herramientas > Opciones de Internet > Opciones avanzadas, "Usar TLS 1.2"); si no,
 * el término inglés entre comillas y su significado entre paréntesis. Donde Apple o Google nombran distinto
 * según el país, se da la forma de España y, si se sabe, la otra entre paréntesis: Ajustes (o Configuración).
 *
 * Si se cambia un texto inglés en rules.ts, su entrada de aquí deja de coincidir: el texto se muestra en inglés
 * y test/advice/i18n.test.ts lo lista (y esta entrada como huérfana) hasta que se actualice la clave y la
 * traducción.
 */
import type { AdviceCatalogue } from './index.js';

export const es: AdviceCatalogue = {
  // bot.heading.0
  '{browser} (automated crawler)':
    '{browser} (rastreador automático)',
  // bot.heading.1
  'An automated crawler':
    'Un rastreador automático',
  // bot.summary
  "This User-Agent belongs to an automated program (a search engine or link-preview crawler), not to a person's browser.":
    'Este User-Agent pertenece a un programa automático (un buscador o un generador de vistas previas de enlaces), no al navegador de una persona.',
  // bot.step.0
  "Nothing needs to change on anyone's computer or phone.":
    'No hay que cambiar nada en el ordenador ni en el teléfono de nadie.',
  // bot.step.1
  'If a person sees this name, their browser sends a fake or changed User-Agent: ask them which browser and device they really use.':
    'Si una persona ve este nombre, su navegador envía un User-Agent falso o modificado: pregúntele qué navegador y qué dispositivo usa realmente.',
  // bot.step.2
  'If you run this crawler, make sure its TLS library supports TLS 1.2 (for example OpenSSL 1.0.1 or later).':
    'Si usted gestiona este rastreador, asegúrese de que su biblioteca TLS admite TLS 1.2 (por ejemplo, OpenSSL 1.0.1 o posterior).',
  // java-6.heading.0, java-7.heading.0, java-8-plus.heading.0
  'Java {version}[ ({app})]':
    'Java {version}[ ({app})]',
  // java-6.summary
  'Public Java 6 releases cannot use TLS 1.2. Only paid Java 6 updates (6u115 b32 and later) can, and only when it is enabled explicitly.':
    'Las versiones públicas de Java 6 no pueden usar TLS 1.2. Solo pueden hacerlo las actualizaciones de pago de Java 6 (6u115 b32 y posteriores), y solo si se activa expresamente.',
  // java-6.step.0
  'Move the application to Java 8 or later (for example an OpenJDK build such as Eclipse Temurin): TLS 1.2 is on by default there.':
    'Pase la aplicación a Java 8 o posterior (por ejemplo, una compilación de OpenJDK como Eclipse Temurin): allí TLS 1.2 está activado de forma predeterminada.',
  // java-6.step.1
  "If you have Oracle's paid Java 6 support, update to 6u115 b32 or later and enable TLS 1.2 as Oracle's notes for that update describe; plan the move to Java 8 or later anyway.":
    'Si tiene el soporte de pago de Oracle para Java 6, actualice a 6u115 b32 o posterior y active TLS 1.2 como indican las notas de Oracle para esa actualización; aun así, planifique el paso a Java 8 o posterior.',
  // java-6.link.0, java-7.link.0, java-8-plus.link.0, java-unknown.link.0
  'Eclipse Temurin (OpenJDK) downloads':
    'Descargas de Eclipse Temurin (OpenJDK)',
  // java-7.summary
  'Java 7 supports TLS 1.2, but its client connections use TLS 1.0 unless told otherwise.':
    'Java 7 admite TLS 1.2, pero sus conexiones de cliente usan TLS 1.0 si no se indica otra cosa.',
  // java-7.step.0
  'Start the JVM with -Dhttps.protocols=TLSv1.2 (used by HttpsURLConnection and libraries built on it).':
    'Inicie la JVM con -Dhttps.protocols=TLSv1.2 (lo usan HttpsURLConnection y las bibliotecas basadas en ella).',
  // java-7.step.1
  'From Java 7u95, also add -Djdk.tls.client.protocols=TLSv1.2 (used by SSLSocket and most other clients).':
    'Desde Java 7u95, añada también -Djdk.tls.client.protocols=TLSv1.2 (lo usan SSLSocket y la mayoría de los demás clientes).',
  // java-7.step.2
  'In your own code, create the context with SSLContext.getInstance("TLSv1.2").':
    'En su propio código, cree el contexto con SSLContext.getInstance("TLSv1.2").',
  // java-7.step.3
  'Better: move to Java 8 or later, where TLS 1.2 is on by default.':
    'Mejor aún: pase a Java 8 o posterior, donde TLS 1.2 está activado de forma predeterminada.',
  // java-8-plus.summary
  'Java 8 and later use TLS 1.2 by default, so the Java version is probably not the cause.':
    'Java 8 y posteriores usan TLS 1.2 de forma predeterminada, así que la versión de Java probablemente no es la causa.',
  // java-8-plus.step.0
  'Check that nothing turns TLS 1.2 off: -Dhttps.protocols or -Djdk.tls.client.protocols set to older versions, or TLSv1.2 listed in jdk.tls.disabledAlgorithms (java.security).':
    'Compruebe que nada desactiva TLS 1.2: -Dhttps.protocols o -Djdk.tls.client.protocols con versiones más antiguas, o TLSv1.2 en jdk.tls.disabledAlgorithms (java.security).',
  // java-8-plus.step.1
  'If the server offers only AES-256 cipher suites: Java 8 before update 161 needs the "Unlimited Strength" policy files. Update Java.':
    'Si el servidor solo ofrece conjuntos de cifrado AES-256: Java 8 anterior a la actualización 161 necesita los archivos de política "Unlimited Strength". Actualice Java.',
  // java-8-plus.step.2, okhttp.step.1, python.step.2, python-lib-modern.step.1 and 4 more
  'Check for a proxy or TLS-inspecting firewall between the program and the server (for example the HTTPS_PROXY setting).':
    'Compruebe si hay un proxy o un cortafuegos que inspeccione TLS entre el programa y el servidor (por ejemplo, la variable HTTPS_PROXY).',
  // java-8-plus.step.3
  'To see what the client offers, run it with -Djavax.net.debug=ssl:handshake.':
    'Para ver lo que ofrece el cliente, ejecútelo con -Djavax.net.debug=ssl:handshake.',
  // java-unknown.heading.0
  '{app} on Java':
    '{app} en Java',
  // java-unknown.heading.1
  'A Java program':
    'Un programa Java',
  // java-unknown.summary
  'This program runs on Java, but the User-Agent does not say which version. TLS 1.2 support depends on it.':
    'Este programa funciona con Java, pero el User-Agent no indica qué versión. La compatibilidad con TLS 1.2 depende de ella.',
  // java-unknown.step.0
  "Find the Java version the program runs on (java -version, or the program's logs).":
    'Averigüe con qué versión de Java funciona el programa (java -version, o los registros del programa).',
  // java-unknown.step.1
  'Java 8 or later: TLS 1.2 is on by default.':
    'Java 8 o posterior: TLS 1.2 está activado de forma predeterminada.',
  // java-unknown.step.2
  'Java 7: add -Dhttps.protocols=TLSv1.2 and, from 7u95, -Djdk.tls.client.protocols=TLSv1.2. Better, move to Java 8 or later.':
    'Java 7: añada -Dhttps.protocols=TLSv1.2 y, desde 7u95, -Djdk.tls.client.protocols=TLSv1.2. Mejor aún, pase a Java 8 o posterior.',
  // java-unknown.step.3
  'Java 6 or older: move to Java 8 or later.':
    'Java 6 o anterior: pase a Java 8 o posterior.',
  // okhttp-old.heading.0, okhttp.heading.0
  'OkHttp {version}':
    'OkHttp {version}',
  // okhttp-old.summary
  'OkHttp {version} supports TLS 1.2, but on Android 4.1-4.4 and on Java 7 the platform does not turn it on by itself.':
    'OkHttp {version} admite TLS 1.2, pero en Android 4.1-4.4 y en Java 7 la plataforma no lo activa por sí sola.',
  // okhttp-old.step.0
  'On Android 4.1-4.4: enable TLSv1.2 on the socket factory you give OkHttp (SSLSocket.setEnabledProtocols), or update the security provider with Google Play services (ProviderInstaller).':
    'En Android 4.1-4.4: active TLSv1.2 en la fábrica de sockets que entrega a OkHttp (SSLSocket.setEnabledProtocols), o actualice el proveedor de seguridad con los servicios de Google Play (ProviderInstaller).',
  // okhttp-old.step.1
  'On Java 7: start the JVM with -Dhttps.protocols=TLSv1.2 and -Djdk.tls.client.protocols=TLSv1.2.':
    'En Java 7: inicie la JVM con -Dhttps.protocols=TLSv1.2 y -Djdk.tls.client.protocols=TLSv1.2.',
  // okhttp-old.step.2
  'Better: update OkHttp. Version 3.13 and later need Android 5 or Java 8, where TLS 1.2 is on.':
    'Mejor aún: actualice OkHttp. La versión 3.13 y posteriores necesitan Android 5 o Java 8, donde TLS 1.2 está activado.',
  // okhttp-old.link.0, okhttp.heading.1, okhttp.link.0
  'OkHttp':
    'OkHttp',
  // okhttp-old.link.1, android-http-4.link.0
  'Android: update your security provider':
    'Android: actualizar el proveedor de seguridad',
  // okhttp.summary
  'OkHttp {version} runs only on Android 5 or Java 8 and later, where TLS 1.2 is on, so the library is probably not the cause.':
    'OkHttp {version} solo funciona en Android 5 o Java 8 y posteriores, donde TLS 1.2 está activado, así que la biblioteca probablemente no es la causa.',
  // okhttp.step.0
  'If the app sets its own ConnectionSpec, make sure it allows TLS_1_2.':
    'Si la aplicación define su propio ConnectionSpec, asegúrese de que permite TLS_1_2.',
  // okhttp.step.2
  'Check that the clock of the phone or machine is right.':
    'Compruebe que el reloj del teléfono o del equipo es correcto.',
  // android-http-old.heading.0, android-http-4.heading.0, android-http.heading.0
  'An Android app on {os_label}':
    'Una aplicación Android en {os_label}',
  // android-http-old.summary
  'Apps on Android 4.0 and older cannot use TLS 1.2.':
    'Las aplicaciones en Android 4.0 y anteriores no pueden usar TLS 1.2.',
  // android-http-old.step.0
  'Use the service from a device with a newer Android (5 or later), or from a computer.':
    'Use el servicio desde un dispositivo con un Android más reciente (5 o posterior), o desde un ordenador.',
  // android-http-4.summary
  "Android 4.1-4.4 can use TLS 1.2 in apps, but Android's HttpsURLConnection does not turn it on by default.":
    'Android 4.1-4.4 puede usar TLS 1.2 en las aplicaciones, pero HttpsURLConnection de Android no lo activa de forma predeterminada.',
  // android-http-4.step.0
  'App developers: enable TLSv1.2 on the SSLSocket (a custom SSLSocketFactory that calls setEnabledProtocols), or install an updated security provider with Google Play services (ProviderInstaller.installIfNeeded).':
    'Desarrolladores de la aplicación: activen TLSv1.2 en el SSLSocket (una SSLSocketFactory propia que llame a setEnabledProtocols), o instalen un proveedor de seguridad actualizado con los servicios de Google Play (ProviderInstaller.installIfNeeded).',
  // android-http-4.step.1
  'Users: update the app. If it still fails, use the service from a device with Android 5 or later.':
    'Usuarios: actualicen la aplicación. Si sigue fallando, usen el servicio desde un dispositivo con Android 5 o posterior.',
  // android-http.summary
  'Android 5 and later use TLS 1.2 by default, so Android is probably not the cause.':
    'Android 5 y posteriores usan TLS 1.2 de forma predeterminada, así que Android probablemente no es la causa.',
  // android-http.step.0
  'Users: check the clock of the phone, and turn off any VPN or security app for a moment.':
    'Usuarios: comprueben el reloj del teléfono y desactiven un momento cualquier VPN o aplicación de seguridad.',
  // android-http.step.1
  'App developers: check any custom SSLSocketFactory or protocol list, and any proxy between the app and the server.':
    'Desarrolladores de la aplicación: revisen cualquier SSLSocketFactory propia o lista de protocolos, y cualquier proxy entre la aplicación y el servidor.',
  // curl-old.heading.0, curl.heading.0
  'curl {version}':
    'curl {version}',
  // curl-old.summary
  'curl {version} can use TLS 1.2 only if it was built with a TLS library that has it (OpenSSL 1.0.1 or later, or NSS 3.15.1 or later).':
    'curl {version} solo puede usar TLS 1.2 si se compiló con una biblioteca TLS que lo tenga (OpenSSL 1.0.1 o posterior, o NSS 3.15.1 o posterior).',
  // curl-old.step.0
  "Run curl -V and check the TLS library it names and that library's version.":
    'Ejecute curl -V y compruebe qué biblioteca TLS indica y la versión de esa biblioteca.',
  // curl-old.step.1
  "Update curl and its TLS library from your system's package manager.":
    'Actualice curl y su biblioteca TLS con el gestor de paquetes de su sistema.',
  // curl-old.step.2
  'curl 7.34 and later can also force the version with --tlsv1.2.':
    'curl 7.34 y posteriores también pueden forzar la versión con --tlsv1.2.',
  // curl-old.link.0, curl.link.0
  'curl downloads':
    'Descargas de curl',
  // curl.heading.1
  'curl':
    'curl',
  // curl.summary
  'curl {version} uses TLS 1.2 when its TLS library has it, as every library it is normally built with today does.':
    'curl {version} usa TLS 1.2 cuando su biblioteca TLS lo tiene, como ocurre hoy con todas las bibliotecas con las que se suele compilar.',
  // curl.step.0
  'Run curl -V: the TLS library must be OpenSSL 1.0.1 or later (or another library with TLS 1.2).':
    'Ejecute curl -V: la biblioteca TLS debe ser OpenSSL 1.0.1 o posterior (u otra biblioteca con TLS 1.2).',
  // curl.step.1
  'Run curl -v --tlsv1.2 with the test address to see where the handshake stops.':
    'Ejecute curl -v --tlsv1.2 con la dirección de prueba para ver dónde se detiene la negociación (handshake).',
  // curl.step.2
  'Check proxy settings (HTTPS_PROXY, ~/.curlrc) and any TLS-inspecting firewall.':
    'Revise la configuración del proxy (HTTPS_PROXY, ~/.curlrc) y cualquier cortafuegos que inspeccione TLS.',
  // wget.heading.0
  'Wget {version}':
    'Wget {version}',
  // wget.heading.1
  'Wget':
    'Wget',
  // wget.summary
  'Wget uses the newest TLS version its TLS library (OpenSSL or GnuTLS) allows; the User-Agent does not show which library it has.':
    'Wget usa la versión de TLS más reciente que permite su biblioteca TLS (OpenSSL o GnuTLS); el User-Agent no indica qué biblioteca tiene.',
  // wget.step.0
  'Run wget --version and check the TLS library (+ssl/openssl or +ssl/gnutls); OpenSSL must be 1.0.1 or later.':
    'Ejecute wget --version y compruebe la biblioteca TLS (+ssl/openssl o +ssl/gnutls); OpenSSL debe ser 1.0.1 o posterior.',
  // wget.step.1
  "Update wget and its TLS library from your system's package manager.":
    'Actualice wget y su biblioteca TLS con el gestor de paquetes de su sistema.',
  // wget.step.2
  'Recent versions can force the version with --secure-protocol=TLSv1_2.':
    'Las versiones recientes pueden forzar la versión con --secure-protocol=TLSv1_2.',
  // python-old.heading.0, python-2.7.heading.0, python.heading.0
  'Python {version}[ ({app})]':
    'Python {version}[ ({app})]',
  // python-old.summary
  'Python {version} cannot use TLS 1.2 on its own; Python 2.7.9 and 3.4 and later can.':
    'Python {version} no puede usar TLS 1.2 por sí solo; Python 2.7.9 y 3.4 y posteriores sí pueden.',
  // python-old.step.0
  'Upgrade to a current Python 3.':
    'Actualice a un Python 3 actual.',
  // python-old.step.1
  'If that is not possible yet, pyOpenSSL can add TLS 1.2 support to older Pythons.':
    'Si todavía no es posible, pyOpenSSL puede añadir compatibilidad con TLS 1.2 a versiones antiguas de Python.',
  // python-old.link.0, python-2.7.link.0, python.link.0, python-lib.link.0
  'Python downloads':
    'Descargas de Python',
  // python-2.7.summary
  'Python 2.7 supports TLS 1.2 from 2.7.9 on, with OpenSSL 1.0.1 or later. The User-Agent does not show which 2.7 this is.':
    'Python 2.7 admite TLS 1.2 a partir de 2.7.9, con OpenSSL 1.0.1 o posterior. El User-Agent no indica qué 2.7 es.',
  // python-2.7.step.0, python-lib.step.0
  'Check the versions: python -c "import sys, ssl; print(sys.version); print(ssl.OPENSSL_VERSION)"':
    'Compruebe las versiones: python -c "import sys, ssl; print(sys.version); print(ssl.OPENSSL_VERSION)"',
  // python-2.7.step.1
  'If Python is older than 2.7.9 or OpenSSL older than 1.0.1, upgrade. Better: move to Python 3.':
    'Si Python es anterior a 2.7.9 u OpenSSL anterior a 1.0.1, actualícelos. Mejor aún: pase a Python 3.',
  // python.summary
  'Python {version} supports TLS 1.2 and uses it by default when its OpenSSL has it.':
    'Python {version} admite TLS 1.2 y lo usa de forma predeterminada cuando su OpenSSL lo tiene.',
  // python.step.0
  'Check the OpenSSL that Python uses: python3 -c "import ssl; print(ssl.OPENSSL_VERSION)" must show 1.0.1 or later.':
    'Compruebe el OpenSSL que usa Python: python3 -c "import ssl; print(ssl.OPENSSL_VERSION)" debe mostrar 1.0.1 o posterior.',
  // python.step.1
  'If the code builds its own SSLContext, make sure it does not limit maximum_version below TLS 1.2.':
    'Si el código crea su propio SSLContext, asegúrese de que no limita maximum_version por debajo de TLS 1.2.',
  // python-lib-modern.heading.0, python-lib.heading.0
  '{browser} {version}':
    '{browser} {version}',
  // python-lib-modern.summary
  '{browser} {version} needs Python 3.7 or later, which always supports TLS 1.2, so the library is probably not the cause.':
    '{browser} {version} necesita Python 3.7 o posterior, que siempre admite TLS 1.2, así que la biblioteca probablemente no es la causa.',
  // python-lib-modern.step.0
  'If the code builds its own SSLContext or adapter, make sure it does not limit the TLS version below 1.2.':
    'Si el código crea su propio SSLContext o adaptador, asegúrese de que no limita la versión de TLS por debajo de 1.2.',
  // python-lib-modern.step.2, go.step.2, node.step.2, dotnet-core.step.2
  'Check that the clock of the machine running the program is right.':
    'Compruebe que el reloj del equipo donde se ejecuta el programa es correcto.',
  // python-lib.heading.1
  '{browser}':
    '{browser}',
  // python-lib.summary
  'TLS 1.2 depends on the Python and OpenSSL versions under {browser} {version}, which the User-Agent does not show.':
    'TLS 1.2 depende de las versiones de Python y OpenSSL en las que se basa {browser} {version}, y el User-Agent no las indica.',
  // python-lib.step.1
  'Python 2.7.9 or 3.4 and later, with OpenSSL 1.0.1 or later, can use TLS 1.2. Older: upgrade.':
    'Python 2.7.9 o 3.4 y posteriores, con OpenSSL 1.0.1 o posterior, pueden usar TLS 1.2. Si son más antiguos: actualícelos.',
  // python-lib.step.2
  'Update the library too (pip install --upgrade).':
    'Actualice también la biblioteca (pip install --upgrade).',
  // go.heading.0
  'A Go program':
    'Un programa en Go',
  // go.summary
  'Go has supported TLS 1.2 for many years and uses it by default, so Go is probably not the cause.':
    'Go admite TLS 1.2 desde hace muchos años y lo usa de forma predeterminada, así que Go probablemente no es la causa.',
  // go.step.0
  'If the code sets tls.Config MaxVersion, make sure it is not below tls.VersionTLS12.':
    'Si el código define tls.Config MaxVersion, asegúrese de que no es inferior a tls.VersionTLS12.',
  // node.heading.0
  'A Node.js program ({app})':
    'Un programa Node.js ({app})',
  // node.heading.1
  'A Node.js program':
    'Un programa Node.js',
  // node.summary
  'Node.js uses TLS 1.2 or newer by default, so Node.js is probably not the cause.':
    'Node.js usa TLS 1.2 o superior de forma predeterminada, así que Node.js probablemente no es la causa.',
  // node.step.0
  'If the code sets secureProtocol or maxVersion (for example TLSv1_method), remove it or allow TLSv1.2.':
    'Si el código define secureProtocol o maxVersion (por ejemplo, TLSv1_method), quítelo o permita TLSv1.2.',
  // node.link.0
  'Node.js':
    'Node.js',
  // php.heading.0
  'PHP {version}[ ({app})]':
    'PHP {version}[ ({app})]',
  // php.heading.1
  'PHP[ ({app})]':
    'PHP[ ({app})]',
  // php.summary
  'PHP connects through curl or its own OpenSSL streams. TLS 1.2 depends on the curl and OpenSSL versions it was built with, which the User-Agent does not show.':
    'PHP se conecta mediante curl o sus propios flujos de OpenSSL. TLS 1.2 depende de las versiones de curl y OpenSSL con las que se compiló, y el User-Agent no las indica.',
  // php.step.0
  'Check phpinfo() (or php -i) for the curl "SSL Version" and the OpenSSL version: OpenSSL must be 1.0.1 or later. The web server\'s PHP may use a different library than the command line.':
    'Busque en phpinfo() (o php -i) la "SSL Version" de curl y la versión de OpenSSL: OpenSSL debe ser 1.0.1 o posterior. El PHP del servidor web puede usar una biblioteca distinta de la de la línea de comandos.',
  // php.step.1
  'With curl, set CURLOPT_SSLVERSION to CURL_SSLVERSION_TLSv1_2 (needs curl 7.34 and PHP 5.5.19 or later).':
    'Con curl, asigne CURL_SSLVERSION_TLSv1_2 a CURLOPT_SSLVERSION (necesita curl 7.34 y PHP 5.5.19 o posterior).',
  // php.step.2
  'Update PHP, curl and OpenSSL to current versions.':
    'Actualice PHP, curl y OpenSSL a versiones actuales.',
  // php.link.0
  'PHP: curl_setopt':
    'PHP: curl_setopt',
  // powershell.heading.0
  'Windows PowerShell {version}':
    'Windows PowerShell {version}',
  // powershell.heading.1
  'Windows PowerShell':
    'Windows PowerShell',
  // powershell.summary
  'Windows PowerShell 5.1 runs on .NET Framework and on many systems offers only TLS 1.0 unless told otherwise.':
    'Windows PowerShell 5.1 funciona sobre .NET Framework y, en muchos sistemas, solo ofrece TLS 1.0 si no se indica otra cosa.',
  // powershell.step.0
  'Check: run [Net.ServicePointManager]::SecurityProtocol. If the answer names neither Tls12 nor SystemDefault, TLS 1.2 is off.':
    'Compruébelo: ejecute [Net.ServicePointManager]::SecurityProtocol. Si la respuesta no incluye Tls12 ni SystemDefault, TLS 1.2 está desactivado.',
  // powershell.step.1
  'For this session: [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12':
    'Para esta sesión: [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12',
  // powershell.step.2
  'For good: set SchUseStrongCrypto = 1 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 and under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319, then restart PowerShell.':
    'De forma permanente: establezca SchUseStrongCrypto = 1 (DWORD) en HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 y en HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319, y reinicie PowerShell.',
  // powershell.step.3
  'Or use PowerShell 7, which uses TLS 1.2 by default.':
    'O use PowerShell 7, que usa TLS 1.2 de forma predeterminada.',
  // powershell.link.0, dotnet-core.link.0, dotnet.link.0
  'Microsoft: TLS best practices with .NET Framework':
    'Microsoft: prácticas recomendadas de TLS con .NET Framework',
  // dotnet-core.heading.0
  'PowerShell {version}':
    'PowerShell {version}',
  // dotnet-core.heading.1, dotnet.heading.1
  'A .NET program':
    'Un programa .NET',
  // dotnet-core.summary
  'PowerShell 7 runs on modern .NET, which leaves the TLS version to the operating system; current systems use TLS 1.2.':
    'PowerShell 7 funciona sobre .NET moderno, que deja la versión de TLS en manos del sistema operativo; los sistemas actuales usan TLS 1.2.',
  // dotnet-core.step.0
  'On Windows 7 or Server 2008 R2, TLS 1.2 is off by default in Windows itself: ask your administrator to enable it (Schannel settings).':
    'En Windows 7 o Server 2008 R2, TLS 1.2 está desactivado de forma predeterminada en el propio Windows: pida a su administrador que lo active (configuración de Schannel).',
  // dotnet.heading.0
  'A .NET program ({app})':
    'Un programa .NET ({app})',
  // dotnet.summary
  'TLS 1.2 in a .NET program depends on the .NET version and settings, which the User-Agent does not show.':
    'TLS 1.2 en un programa .NET depende de la versión y la configuración de .NET, y el User-Agent no las indica.',
  // dotnet.step.0
  '.NET Framework 4.6 or later: TLS 1.2 is on by default (4.7 and later leave the choice to Windows).':
    '.NET Framework 4.6 o posterior: TLS 1.2 está activado de forma predeterminada (4.7 y posteriores dejan la elección a Windows).',
  // dotnet.step.1
  '.NET Framework 4.5 to 4.5.2: add ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12 in code, or set SchUseStrongCrypto = 1 and SystemDefaultTlsVersions = 1 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 and HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319.':
    '.NET Framework 4.5 a 4.5.2: añada ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12 en el código, o establezca SchUseStrongCrypto = 1 y SystemDefaultTlsVersions = 1 (DWORD) en HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 y HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319.',
  // dotnet.step.2
  '.NET Framework 3.5 needs the TLS 1.2 updates KB3154518, KB3154519 or KB3154520 (by Windows version); anything older: upgrade .NET.':
    '.NET Framework 3.5 necesita las actualizaciones de TLS 1.2 KB3154518, KB3154519 o KB3154520 (según la versión de Windows); si es más antiguo: actualice .NET.',
  // dotnet.step.3
  '.NET Core and .NET 5 or later use the operating system settings; on Windows 7 or Server 2008 R2, TLS 1.2 must be enabled in Windows.':
    '.NET Core y .NET 5 o posterior usan la configuración del sistema operativo; en Windows 7 o Server 2008 R2, TLS 1.2 debe estar activado en Windows.',
  // winhttp.heading.0
  'WinHTTP {version}':
    'WinHTTP {version}',
  // winhttp.heading.1
  'WinHTTP':
    'WinHTTP',
  // winhttp.summary
  'WinHTTP follows Windows: TLS 1.2 is on in Windows 8 / Server 2012 and later, but off by default in Windows 7 / Server 2008 R2.':
    'WinHTTP sigue a Windows: TLS 1.2 está activado en Windows 8 / Server 2012 y posteriores, pero desactivado de forma predeterminada en Windows 7 / Server 2008 R2.',
  // winhttp.step.0
  'Windows 7 SP1 or Server 2008 R2 SP1: install update KB3140245, then set DefaultSecureProtocols = 0xA00 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp (on 64-bit Windows also under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp), and restart.':
    'Windows 7 SP1 o Server 2008 R2 SP1: instale la actualización KB3140245, establezca DefaultSecureProtocols = 0xA00 (DWORD) en HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp (en Windows de 64 bits, también en HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp) y reinicie.',
  // winhttp.step.1
  'Windows Server 2008 SP2 needs update KB4019276 first.':
    'Windows Server 2008 SP2 necesita antes la actualización KB4019276.',
  // winhttp.step.2
  'Windows 8 / Server 2012 and later: TLS 1.2 is on. Check for a proxy or TLS-inspecting firewall between the program and the server (for example the HTTPS_PROXY setting).':
    'Windows 8 / Server 2012 y posteriores: TLS 1.2 está activado. Compruebe si hay un proxy o un cortafuegos que inspeccione TLS entre el programa y el servidor (por ejemplo, la variable HTTPS_PROXY).',
  // winhttp.link.0
  'Microsoft KB3140245: TLS 1.1 and 1.2 as default in WinHTTP':
    'Microsoft KB3140245: TLS 1.1 y 1.2 como predeterminados en WinHTTP',
  // ruby.heading.0
  'Ruby {version}[ ({app})]':
    'Ruby {version}[ ({app})]',
  // ruby.heading.1
  'A Ruby program[ ({app})]':
    'Un programa Ruby[ ({app})]',
  // ruby.summary
  'Ruby supports TLS 1.2 from Ruby 2.0 when built with OpenSSL 1.0.1c or later.':
    'Ruby admite TLS 1.2 desde Ruby 2.0 cuando se compila con OpenSSL 1.0.1c o posterior.',
  // ruby.step.0
  'Check the versions: ruby -v and ruby -ropenssl -e "puts OpenSSL::OPENSSL_VERSION"':
    'Compruebe las versiones: ruby -v y ruby -ropenssl -e "puts OpenSSL::OPENSSL_VERSION"',
  // ruby.step.1
  'If Ruby is older than 2.0 or OpenSSL older than 1.0.1c, upgrade them.':
    'Si Ruby es anterior a 2.0 u OpenSSL anterior a 1.0.1c, actualícelos.',
  // ruby.link.0
  'Ruby downloads':
    'Descargas de Ruby',
  // cfnetwork.heading.0
  'An iPhone, iPad or Mac app':
    'Una aplicación de iPhone, iPad o Mac',
  // cfnetwork.summary
  "This is an app using Apple's networking, which supports TLS 1.2 on this system, so the system is probably not the cause.":
    'Es una aplicación que usa las funciones de red de Apple, que admiten TLS 1.2 en este sistema, así que el sistema probablemente no es la causa.',
  // cfnetwork.step.0
  "Users: update the app and the device's system, and turn off any VPN or content filter for a moment.":
    'Usuarios: actualicen la aplicación y el sistema del dispositivo, y desactiven un momento cualquier VPN o filtro de contenido.',
  // cfnetwork.step.1
  "App developers: check the app's proxy settings and any TLS-inspecting network between the device and the server.":
    'Desarrolladores de la aplicación: revisen la configuración de proxy de la aplicación y cualquier red que inspeccione TLS entre el dispositivo y el servidor.',
  // api-other.heading.0
  '{browser}[ {version}][ ({app})]':
    '{browser}[ {version}][ ({app})]',
  // api-other.heading.1
  'A program (not a browser)':
    'Un programa (no un navegador)',
  // api-other.summary
  'This is a program, not a browser. Whether it can use TLS 1.2 depends on its TLS library and version.':
    'Es un programa, no un navegador. Que pueda usar TLS 1.2 depende de su biblioteca TLS y de su versión.',
  // api-other.step.0
  'Find the TLS library the program uses (often OpenSSL) and its version: OpenSSL must be 1.0.1 or later.':
    'Averigüe qué biblioteca TLS usa el programa (a menudo OpenSSL) y su versión: OpenSSL debe ser 1.0.1 o posterior.',
  // api-other.step.1
  'Update the program, its language runtime and the TLS library.':
    'Actualice el programa, el entorno de ejecución de su lenguaje y la biblioteca TLS.',
  // api-other.step.2
  'Make sure no setting pins an old protocol version (SSLv3, TLS 1.0 or TLS 1.1).':
    'Asegúrese de que ninguna configuración fija una versión de protocolo antigua (SSLv3, TLS 1.0 o TLS 1.1).',
  // opera-mini.heading.0
  'Opera Mini[ {major}][ on {os_label}]':
    'Opera Mini[ {major}][ en {os_label}]',
  // opera-mini.summary
  "Opera Mini loads pages through Opera's servers, so this test checked the connection from those servers, not from your device.":
    'Opera Mini carga las páginas a través de los servidores de Opera, así que esta prueba comprobó la conexión desde esos servidores, no desde su dispositivo.',
  // opera-mini.step.0
  "Open this page in your device's main browser, or in a full browser such as Opera, Chrome or Firefox.":
    'Abra esta página en el navegador principal de su dispositivo, o en un navegador completo como Opera, Chrome o Firefox.',
  // opera-mini.step.1
  'If your Opera Mini has a data-saving setting, turn it off and reload this page.':
    'Si su Opera Mini tiene una opción de ahorro de datos, desactívela y vuelva a cargar esta página.',
  // opera-mini.link.0, opera-presto-old.link.0, opera-presto.link.0, opera-mobile-old.link.0 and 2 more
  'Download Opera':
    'Descargar Opera',
  // proxy-browser.heading.0, generic.heading.0
  '{browser}[ {major}][ on {os_label}]':
    '{browser}[ {major}][ en {os_label}]',
  // proxy-browser.heading.1
  'A proxy browser':
    'Un navegador proxy',
  // proxy-browser.summary
  "{browser} loads pages through its maker's servers, so this test checked those servers, not your device.":
    '{browser} carga las páginas a través de los servidores de su fabricante, así que esta prueba comprobó esos servidores, no su dispositivo.',
  // proxy-browser.step.0
  "Open this page in your device's main browser, or in Chrome or Firefox.":
    'Abra esta página en el navegador principal de su dispositivo, o en Chrome o Firefox.',
  // proxy-browser.step.1
  'If {browser} has a speed or data-saving mode, turn it off and reload this page.':
    'Si {browser} tiene un modo de velocidad o de ahorro de datos, desactívelo y vuelva a cargar esta página.',
  // proxy-browser.link.0, ie6-7.link.1, ie-other.link.1, chrome-old.link.0 and 4 more
  'Download Chrome':
    'Descargar Chrome',
  // proxy-browser.link.1, ie6-7.link.2, ie-other.link.2, chromium-based-old.link.2 and 5 more
  'Download Firefox':
    'Descargar Firefox',
  // ios-old.heading.0, nokia.heading.0
  '{browser} on {os_label}':
    '{browser} en {os_label}',
  // ios-old.heading.1
  'This device ({os_label})':
    'Este dispositivo ({os_label})',
  // ios-old.summary
  'iOS {os_version} cannot use TLS 1.2; iOS 5 and later can.':
    'iOS {os_version} no puede usar TLS 1.2; iOS 5 y posteriores sí pueden.',
  // ios-old.step.0
  'Connect the device to iTunes on a computer and update it (iOS 4 and older cannot update from Settings).':
    'Conecte el dispositivo a iTunes en un ordenador y actualícelo (iOS 4 y anteriores no se pueden actualizar desde los ajustes del propio dispositivo).',
  // ios-old.step.1
  'If it cannot get iOS 5 or later (iPhone 3G and older, the first two iPod touch models), use a newer device.':
    'Si no puede recibir iOS 5 o posterior (iPhone 3G y anteriores, los dos primeros modelos de iPod touch), use un dispositivo más reciente.',
  // ios-old.link.0
  'Apple: update your iPhone or iPad':
    'Apple: actualizar el iPhone o el iPad',
  // in-app-ios.heading.0, in-app-android.heading.0, in-app-android-old.heading.0, in-app-other.heading.0
  "The {app} app's built-in browser[ on {os_label}]":
    'El navegador integrado de la aplicación {app}[ en {os_label}]',
  // in-app-ios.heading.1, in-app-android.heading.1, in-app-android-old.heading.1, in-app-other.heading.1
  "An app's built-in browser[ on {os_label}]":
    'El navegador integrado de una aplicación[ en {os_label}]',
  // in-app-ios.summary
  "This page is open inside an app. The app uses the system's web engine, which supports TLS 1.2, but it can add its own network settings.":
    'Esta página está abierta dentro de una aplicación. La aplicación usa el motor web del sistema, que admite TLS 1.2, pero puede añadir su propia configuración de red.',
  // in-app-ios.step.0
  'Open this page in Safari: tap the menu or share button (often three dots or an arrow) and choose "Open in Safari" or "Open in browser".':
    'Abra esta página en Safari: toque el botón de menú o de compartir (a menudo tres puntos o una flecha) y elija la opción de abrir en Safari o en el navegador.',
  // in-app-ios.step.1
  'If it also fails in Safari: turn off any VPN or content blocker for a moment and reload the page.':
    'Si también falla en Safari: desactive un momento cualquier VPN o bloqueador de contenido y vuelva a cargar la página.',
  // in-app-ios.step.2, crios.step.0, fxios.step.0, ios-safari.step.0 and 2 more
  'Check the clock: Settings > General > Date & Time, turn on "Set Automatically".':
    'Compruebe el reloj: Ajustes (o Configuración) > General > Fecha y hora, y active el ajuste automático.',
  // in-app-ios.step.3, crios.step.2, fxios.step.2, ios-safari.step.2 and 2 more
  'If your employer or school manages this device, a profile may filter traffic (Settings > General > VPN & Device Management, or Profiles on older iOS): ask them.':
    'Si su empresa o centro educativo gestiona este dispositivo, un perfil puede filtrar el tráfico (en Ajustes (o Configuración) > General, el apartado de VPN y gestión de dispositivos, o Perfiles en iOS antiguos): consúltelo con ellos.',
  // in-app-android.summary
  'This page is open inside an app. On Android 5 and later, apps show pages with Android System WebView, which supports TLS 1.2, but an app can add its own network settings.':
    'Esta página está abierta dentro de una aplicación. En Android 5 y posteriores, las aplicaciones muestran las páginas con Android System WebView, que admite TLS 1.2, pero una aplicación puede añadir su propia configuración de red.',
  // in-app-android.step.0, android-webview.step.0
  'Open this page in Chrome: tap the menu (three dots) and choose "Open in Chrome" or "Open in browser".':
    'Abra esta página en Chrome: toque el menú (tres puntos) y elija la opción de abrir en Chrome o en el navegador.',
  // in-app-android.step.1
  'Update Chrome and "Android System WebView" in Google Play: apps use them to show pages.':
    'Actualice Chrome y "Android System WebView" en Google Play: las aplicaciones los usan para mostrar páginas.',
  // in-app-android.step.2, android-webview.step.2, ie11.step.2, iemobile-11.step.0 and 12 more
  'Check that the date, time and time zone of this device are right: a wrong clock breaks secure connections.':
    'Compruebe que la fecha, la hora y la zona horaria de este dispositivo son correctas: un reloj incorrecto hace fallar las conexiones seguras.',
  // in-app-android.step.3, android-webview.step.3, iemobile-11.step.1, edge-legacy-mobile.step.1 and 4 more
  'Turn off any VPN, ad blocker or security app for a moment and reload this page; on Wi-Fi at work or school, also try your mobile data.':
    'Desactive un momento cualquier VPN, bloqueador de anuncios o aplicación de seguridad y vuelva a cargar esta página; si está en la wifi del trabajo o de un centro educativo, pruebe también con sus datos móviles.',
  // in-app-android.link.0, android-webview.link.0, in-app-android-old.link.0, samsung-internet-old.link.1 and 3 more
  'Chrome in Google Play':
    'Chrome en Google Play',
  // in-app-android.link.1, android-webview.link.1
  'Android System WebView in Google Play':
    'Android System WebView en Google Play',
  // android-webview.heading.0
  "An app's built-in browser (Android WebView {major})[ on {os_label}]":
    'El navegador integrado de una aplicación (Android WebView {major})[ en {os_label}]',
  // android-webview.heading.1
  "An app's built-in browser (Android WebView)":
    'El navegador integrado de una aplicación (Android WebView)',
  // android-webview.summary
  'This page is open inside an app that uses Android System WebView. On Android 5 and later it supports TLS 1.2, so the WebView is probably not the cause.':
    'Esta página está abierta dentro de una aplicación que usa Android System WebView. En Android 5 y posteriores admite TLS 1.2, así que WebView probablemente no es la causa.',
  // android-webview.step.1
  'Update Chrome and "Android System WebView" in Google Play.':
    'Actualice Chrome y "Android System WebView" en Google Play.',
  // in-app-android-old.summary
  'The built-in browser of apps on Android 4.x may not support TLS 1.2 (4.3 and older cannot; on 4.4 it depends on the phone), and no setting changes that.':
    'Es posible que el navegador integrado de las aplicaciones en Android 4.x no admita TLS 1.2 (4.3 y anteriores no pueden; en 4.4 depende del teléfono), y ninguna configuración lo cambia.',
  // in-app-android-old.step.0
  'Open this page in Chrome or Firefox: tap the menu (three dots) and choose "Open in browser".':
    'Abra esta página en Chrome o Firefox: toque el menú (tres puntos) y elija la opción de abrir en el navegador.',
  // in-app-android-old.step.1, samsung-internet-old.step.1, android-stock-old.step.0, android-stock-4.4.step.0
  'Install Chrome or Firefox from Google Play and open this page there: they bring their own TLS 1.2 support, even on older Android.':
    'Instale Chrome o Firefox desde Google Play y abra allí esta página: incluyen su propia compatibilidad con TLS 1.2, incluso en versiones antiguas de Android.',
  // in-app-android-old.step.2
  'If Google Play does not offer them for this phone, use a newer phone, tablet or computer.':
    'Si Google Play no los ofrece para este teléfono, use un teléfono, una tableta o un ordenador más recientes.',
  // in-app-android-old.link.1, uc-browser.link.1, android-stock-old.link.1, android-stock-4.4.link.1
  'Firefox in Google Play':
    'Firefox en Google Play',
  // in-app-other.summary
  'This page is open inside an app, whose built-in browser we cannot judge.':
    'Esta página está abierta dentro de una aplicación cuyo navegador integrado no podemos evaluar.',
  // in-app-other.step.0
  'Open this page in your device\'s main browser (for example Safari, Chrome or Firefox): look for "Open in browser" in the app\'s menu.':
    'Abra esta página en el navegador principal de su dispositivo (por ejemplo, Safari, Chrome o Firefox): busque en el menú de la aplicación la opción de abrir en el navegador.',
  // in-app-other.step.1
  'If it also fails there, follow the steps this page shows in that browser.':
    'Si también falla allí, siga los pasos que esta página muestra en ese navegador.',
  // ie-xp-vista.heading.0, ie8-10-win7.heading.0, ie10-win8.heading.0
  'Internet Explorer {major} on {os_label}':
    'Internet Explorer {major} en {os_label}',
  // ie-xp-vista.heading.1
  'Internet Explorer on {os_label}':
    'Internet Explorer en {os_label}',
  // ie-xp-vista.summary
  'Internet Explorer on Windows XP and Vista cannot use TLS 1.2: Windows itself lacks it, and no setting or update adds it.':
    'Internet Explorer en Windows XP y Vista no puede usar TLS 1.2: el propio Windows no lo tiene, y ninguna configuración ni actualización lo añade.',
  // ie-xp-vista.step.0
  'Best: use a computer, tablet or phone with a current system, for example Windows 10 or 11, macOS, iOS or Android.':
    'Lo mejor: use un ordenador, una tableta o un teléfono con un sistema actual, por ejemplo Windows 10 u 11, macOS, iOS o Android.',
  // ie-xp-vista.step.1
  'If you must use this computer for now: install a browser that brings its own TLS 1.2 support. Firefox 52 ESR was the last Firefox for Windows XP and Vista; it can connect, but it no longer gets security updates.':
    'Si de momento tiene que usar este ordenador: instale un navegador que incluya su propia compatibilidad con TLS 1.2. Firefox 52 ESR fue el último Firefox para Windows XP y Vista; puede conectarse, pero ya no recibe actualizaciones de seguridad.',
  // ie-xp-vista.step.2
  'If its hardware allows, upgrade this computer to a supported version of Windows.':
    'Si el hardware lo permite, actualice este ordenador a una versión de Windows con soporte.',
  // ie-xp-vista.link.0
  'Firefox 52 ESR (last version for Windows XP and Vista)':
    'Firefox 52 ESR (última versión para Windows XP y Vista)',
  // ie-xp-vista.link.1
  'Microsoft Windows':
    'Microsoft Windows',
  // ie6-7.heading.0, ie11.heading.0, ie-other.heading.0
  'Internet Explorer {major}[ on {os_label}]':
    'Internet Explorer {major}[ en {os_label}]',
  // ie6-7.heading.1
  'Internet Explorer':
    'Internet Explorer',
  // ie6-7.summary
  'Internet Explorer {major} cannot use TLS 1.2.':
    'Internet Explorer {major} no puede usar TLS 1.2.',
  // ie6-7.step.0
  'Install a current browser such as Microsoft Edge, Chrome or Firefox (or at least Internet Explorer 11).':
    'Instale un navegador actual como Microsoft Edge, Chrome o Firefox (o, como mínimo, Internet Explorer 11).',
  // ie6-7.step.1
  'If this is a company computer, ask your IT department: an old browser may be kept on purpose for a business application.':
    'Si es un ordenador de la empresa, consulte a su departamento de informática: puede que se mantenga un navegador antiguo a propósito para una aplicación de trabajo.',
  // ie6-7.step.2
  'If this computer cannot run a current browser, use a newer device.':
    'Si este ordenador no puede usar un navegador actual, use un dispositivo más reciente.',
  // ie6-7.link.0, ie11.link.0, ie-other.link.0, edge-legacy.link.0 and 3 more
  'Download Microsoft Edge':
    'Descargar Microsoft Edge',
  // ie8-10-win7.summary
  'Internet Explorer {major} on Windows 7 can use TLS 1.2, but it is turned off. You can turn it on in a minute.':
    'Internet Explorer {major} en Windows 7 puede usar TLS 1.2, pero lo tiene desactivado. Puede activarlo en un minuto.',
  // ie8-10-win7.step.0, ie10-win8.step.0
  'In Internet Explorer, click the gear icon at the top right, or the Tools menu (press Alt if you do not see it), and choose Internet Options.':
    'En Internet Explorer, haga clic en el icono del engranaje (arriba a la derecha) o en el menú Herramientas (pulse Alt si no lo ve) y elija Opciones de Internet.',
  // ie8-10-win7.step.1, ie10-win8.step.1
  'Open the Advanced tab and scroll down to the Security section.':
    'Abra la pestaña Opciones avanzadas y baje hasta la sección Seguridad.',
  // ie8-10-win7.step.2, ie10-win8.step.2
  'Tick "Use TLS 1.2" (ticking "Use TLS 1.1" too does no harm), click OK, then close and reopen Internet Explorer and load this page again.':
    'Marque la casilla "Usar TLS 1.2" (marcar también "Usar TLS 1.1" no hace ningún daño), haga clic en Aceptar; después, cierre y vuelva a abrir Internet Explorer, y cargue de nuevo esta página.',
  // ie8-10-win7.step.3, ie10-win8.step.3, ie11.step.1, edge-legacy.step.1
  'If the box is greyed out, a company policy controls it: ask your IT department.':
    'Si la casilla aparece en gris, la controla una directiva de la empresa: consulte a su departamento de informática.',
  // ie8-10-win7.step.4
  'Better still: install Internet Explorer 11 (through Windows Update) or another current browser.':
    'Mejor aún: instale Internet Explorer 11 (mediante Windows Update) u otro navegador actual.',
  // ie8-10-win7.step.5, ie10-win8.step.5
  'IT staff: set it for all PCs with Group Policy (Computer Configuration > Administrative Templates > Windows Components > Internet Explorer > Internet Control Panel > Advanced Page > Turn off encryption support: choose an option that includes TLS 1.2), or with the registry value SecureProtocols = 0xA80 (DWORD) under HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings.':
    'Personal de informática: configúrelo en todos los equipos con una directiva de grupo (ruta en la consola en inglés: Computer Configuration > Administrative Templates > Windows Components > Internet Explorer > Internet Control Panel > Advanced Page > "Turn off encryption support" (desactivar la compatibilidad con cifrado): elija una opción que incluya TLS 1.2), o con el valor del Registro SecureProtocols = 0xA80 (DWORD) en HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings.',
  // ie10-win8.summary
  'Internet Explorer 10 on Windows 8 can use TLS 1.2, but it is turned off. You can turn it on in a minute.':
    'Internet Explorer 10 en Windows 8 puede usar TLS 1.2, pero lo tiene desactivado. Puede activarlo en un minuto.',
  // ie10-win8.step.4
  'Better still: update Windows 8 to Windows 8.1 or later (which brings Internet Explorer 11), or use another current browser.':
    'Mejor aún: actualice Windows 8 a Windows 8.1 o posterior (que trae Internet Explorer 11), o use otro navegador actual.',
  // ie11.summary
  'Internet Explorer 11 supports TLS 1.2 and normally has it on, unless a setting or a policy turned it off.':
    'Internet Explorer 11 admite TLS 1.2 y normalmente lo tiene activado, salvo que una configuración o una directiva lo haya desactivado.',
  // ie11.step.0
  'Check the setting: gear icon (or Tools menu) > Internet Options > Advanced tab, Security section: "Use TLS 1.2" must be ticked. Click OK and reload this page.':
    'Compruebe la configuración: icono del engranaje (o menú Herramientas) > Opciones de Internet > pestaña Opciones avanzadas, sección Seguridad: la casilla "Usar TLS 1.2" debe estar marcada. Haga clic en Aceptar y vuelva a cargar esta página.',
  // ie11.step.3, edge-legacy.step.3, edge.step.1, chrome.step.1 and 4 more
  'If antivirus or internet-security software checks secure (HTTPS) connections, update it, or turn that checking off for a moment and reload this page.':
    'Si un antivirus o programa de seguridad de Internet analiza las conexiones seguras (HTTPS), actualícelo, o desactive ese análisis un momento y vuelva a cargar esta página.',
  // ie11.step.4, edge-legacy.step.4, edge.step.2, chrome.step.2 and 4 more
  'At work or school, a proxy or web filter can block the test: try another network (for example your mobile data) or ask your IT department.':
    'En el trabajo o en un centro educativo, un proxy o un filtro web puede bloquear la prueba: pruebe desde otra red (por ejemplo, sus datos móviles) o consulte a su departamento de informática.',
  // ie11.step.5
  'Microsoft has retired Internet Explorer: for everyday use, switch to Microsoft Edge or another current browser.':
    'Microsoft ha retirado Internet Explorer: para el uso diario, cambie a Microsoft Edge u otro navegador actual.',
  // ie-other.heading.1
  'Internet Explorer[ on {os_label}]':
    'Internet Explorer[ en {os_label}]',
  // ie-other.summary
  'We cannot tell whether this Internet Explorer can use TLS 1.2 on this system.':
    'No podemos saber si este Internet Explorer puede usar TLS 1.2 en este sistema.',
  // ie-other.step.0
  'Open Internet Options (gear icon or Tools menu) > Advanced tab, Security section: if there is a "Use TLS 1.2" box, tick it, click OK and reload this page.':
    'Abra Opciones de Internet (icono del engranaje o menú Herramientas) > pestaña Opciones avanzadas, sección Seguridad: si hay una casilla "Usar TLS 1.2", márquela, haga clic en Aceptar y vuelva a cargar esta página.',
  // ie-other.step.1
  'Better: use a current browser such as Microsoft Edge, Chrome or Firefox.':
    'Mejor aún: use un navegador actual como Microsoft Edge, Chrome o Firefox.',
  // iemobile-old.heading.0, iemobile-11.heading.0
  'Internet Explorer Mobile {major}[ on {os_label}]':
    'Internet Explorer Mobile {major}[ en {os_label}]',
  // iemobile-old.summary
  "This phone's browser cannot use TLS 1.2, and Windows Phone 7 and Windows Mobile phones get no more updates.":
    'El navegador de este teléfono no puede usar TLS 1.2, y los teléfonos con Windows Phone 7 y Windows Mobile ya no reciben actualizaciones.',
  // iemobile-old.step.0, blackberry-old.step.0, nokia.step.0
  'Use a newer phone, tablet or computer.':
    'Use un teléfono, una tableta o un ordenador más recientes.',
  // iemobile-10.heading.0
  'Internet Explorer Mobile 10[ on {os_label}]':
    'Internet Explorer Mobile 10[ en {os_label}]',
  // iemobile-10.summary
  'Internet Explorer Mobile 10 on Windows Phone 8 has TLS 1.2 turned off, and the phone has no setting to turn it on.':
    'Internet Explorer Mobile 10 en Windows Phone 8 tiene TLS 1.2 desactivado, y el teléfono no tiene ninguna opción para activarlo.',
  // iemobile-10.step.0
  'Update the phone to Windows Phone 8.1 if it is offered (Settings > phone update): its Internet Explorer 11 uses TLS 1.2.':
    'Actualice el teléfono a Windows Phone 8.1 si se le ofrece (Configuración > "phone update" (actualización del teléfono)): su Internet Explorer 11 usa TLS 1.2.',
  // iemobile-10.step.1
  'Otherwise use a newer phone, tablet or computer.':
    'Si no, use un teléfono, una tableta o un ordenador más recientes.',
  // iemobile-11.summary, edge-legacy-mobile.summary, edge.summary, chrome.summary and 6 more
  '{browser}[ {major}] supports TLS 1.2 and has it turned on, so the browser itself is probably not the cause. Check these common causes.':
    '{browser}[ {major}] admite TLS 1.2 y lo tiene activado, así que probablemente el navegador no es la causa. Compruebe estas causas habituales.',
  // edge-legacy-mobile.heading.0, edge.heading.0
  'Microsoft Edge {major}[ on {os_label}]':
    'Microsoft Edge {major}[ en {os_label}]',
  // edge-legacy-mobile.step.2
  'Windows 10 Mobile no longer gets updates: for lasting safety, use a newer phone.':
    'Windows 10 Mobile ya no recibe actualizaciones: para su seguridad a largo plazo, use un teléfono más reciente.',
  // edge-legacy.heading.0
  'Microsoft Edge {major} (the original Edge)[ on {os_label}]':
    'Microsoft Edge {major} (el Edge original)[ en {os_label}]',
  // edge-legacy.summary
  'This original Microsoft Edge supports TLS 1.2 and normally has it on. It uses the Windows settings for secure connections, so a changed Windows setting can turn it off.':
    'Este Microsoft Edge original admite TLS 1.2 y normalmente lo tiene activado. Usa la configuración de Windows para las conexiones seguras, así que un cambio en esa configuración puede desactivarlo.',
  // edge-legacy.step.0
  'Check the Windows setting: Control Panel > Network and Internet > Internet Options > Advanced tab, Security section: "Use TLS 1.2" must be ticked. Click OK, restart Edge and reload this page.':
    'Compruebe la configuración de Windows: Panel de control > Redes e Internet > Opciones de Internet > pestaña Opciones avanzadas, sección Seguridad: la casilla "Usar TLS 1.2" debe estar marcada. Haga clic en Aceptar, reinicie Edge y vuelva a cargar esta página.',
  // edge-legacy.step.5
  'Install the new Microsoft Edge, which replaced this version; Windows Update normally does it for you.':
    'Instale el nuevo Microsoft Edge, que sustituyó a esta versión; normalmente Windows Update lo hace por usted.',
  // edge.heading.1
  'Microsoft Edge':
    'Microsoft Edge',
  // edge.step.3, chrome.step.3, chromium-based.step.3, samsung-internet.step.2 and 3 more
  'On a device managed by your employer or school, a policy may limit secure connections: ask your IT department.':
    'En un dispositivo gestionado por su empresa o centro educativo, una directiva puede limitar las conexiones seguras: consulte a su departamento de informática.',
  // crios.heading.0
  'Chrome[ {major}] on {os_label}':
    'Chrome[ {major}] en {os_label}',
  // crios.heading.1
  'Chrome on iPhone or iPad':
    'Chrome en iPhone o iPad',
  // crios.summary
  "Chrome on iPhone and iPad uses Apple's web engine, which supports TLS 1.2 since iOS 5, so the browser is probably not the cause.":
    'Chrome en iPhone y iPad usa el motor web de Apple, que admite TLS 1.2 desde iOS 5, así que probablemente el navegador no es la causa.',
  // crios.step.1, fxios.step.1, ios-safari.step.1, ipados-safari.step.1 and 1 more
  'Turn off any VPN or content blocker for a moment and reload this page; on Wi-Fi at work or school, also try mobile data.':
    'Desactive un momento cualquier VPN o bloqueador de contenido y vuelva a cargar esta página; si está en la wifi del trabajo o de un centro educativo, pruebe también con datos móviles.',
  // fxios.heading.0
  'Firefox[ {major}] on {os_label}':
    'Firefox[ {major}] en {os_label}',
  // fxios.heading.1
  'Firefox on iPhone or iPad':
    'Firefox en iPhone o iPad',
  // fxios.summary
  "Firefox on iPhone and iPad uses Apple's web engine, which supports TLS 1.2 since iOS 5, so the browser is probably not the cause.":
    'Firefox en iPhone y iPad usa el motor web de Apple, que admite TLS 1.2 desde iOS 5, así que probablemente el navegador no es la causa.',
  // ios-safari.heading.0
  'Safari[ {major}] on {os_label}':
    'Safari[ {major}] en {os_label}',
  // ios-safari.heading.1
  'Safari on iPhone or iPad':
    'Safari en iPhone o iPad',
  // ios-safari.summary
  'Safari on iOS 5 and later supports TLS 1.2 and has it on, so Safari is probably not the cause.':
    'Safari en iOS 5 y posteriores admite TLS 1.2 y lo tiene activado, así que probablemente Safari no es la causa.',
  // ipados-safari.heading.0
  'Safari {major} on iPad':
    'Safari {major} en iPad',
  // ipados-safari.heading.1
  'Safari on iPad':
    'Safari en iPad',
  // ipados-safari.summary
  'Safari on iPad supports TLS 1.2 and has it on, so Safari is probably not the cause.':
    'Safari en iPad admite TLS 1.2 y lo tiene activado, así que probablemente Safari no es la causa.',
  // ios-browser.heading.0
  '{browser}[ {major}] on {os_label}':
    '{browser}[ {major}] en {os_label}',
  // ios-browser.summary
  "Browsers on iPhone and iPad use Apple's web engine, which supports TLS 1.2 since iOS 5, so the browser is probably not the cause.":
    'Los navegadores de iPhone y iPad usan el motor web de Apple, que admite TLS 1.2 desde iOS 5, así que probablemente el navegador no es la causa.',
  // chrome-old.heading.0, chrome-29.heading.0, chrome.heading.0, chromium-based-old.heading.0 and 4 more
  '{browser} {major}[ on {os_label}]':
    '{browser} {major}[ en {os_label}]',
  // chrome-old.summary
  'Chrome {major} is too old for TLS 1.2 (Chrome has had it since version 29 or 30).':
    'Chrome {major} es demasiado antiguo para TLS 1.2 (Chrome lo tiene desde la versión 29 o 30).',
  // chrome-old.step.0
  'Update Chrome: open the Chrome menu and choose About Google Chrome (in newer versions under Help); on Android, update it in Google Play.':
    'Actualice Chrome: abra el menú de Chrome y elija Información de Google Chrome (en las versiones más recientes, dentro de Ayuda); en Android, actualícelo en Google Play.',
  // chrome-old.step.1
  'If Chrome cannot update on this system, use another current browser, or a newer device.':
    'Si Chrome no se puede actualizar en este sistema, use otro navegador actual o un dispositivo más reciente.',
  // chrome-29.summary
  'TLS 1.2 arrived in Chrome (and the browsers built on it) at version 29 or 30; sources disagree, so {browser} {major} may not connect.':
    'TLS 1.2 llegó a Chrome (y a los navegadores basados en él) en la versión 29 o 30; las fuentes no coinciden, así que es posible que {browser} {major} no pueda conectarse.',
  // chrome-29.step.0
  'Update {browser} to its current version (in Chrome: menu > Help > About Google Chrome).':
    'Actualice {browser} a su versión actual (en Chrome: menú > Ayuda > Información de Google Chrome).',
  // chrome-29.step.1
  'If it cannot update on this system, use another current browser.':
    'Si no se puede actualizar en este sistema, use otro navegador actual.',
  // chromium-based-old.heading.1, chromium-based.heading.1, firefox-old.heading.1
  '{browser}[ on {os_label}]':
    '{browser}[ en {os_label}]',
  // chromium-based-old.summary
  '{browser}[ {major}] is built on an old version of Chromium ({chromium}) that cannot use TLS 1.2.':
    '{browser}[ {major}] está basado en una versión antigua de Chromium ({chromium}) que no puede usar TLS 1.2.',
  // chromium-based-old.step.0
  'Update {browser} to its current version, or install a current browser such as Chrome, Firefox or Microsoft Edge.':
    'Actualice {browser} a su versión actual, o instale un navegador actual como Chrome, Firefox o Microsoft Edge.',
  // chromium-based.summary
  '{browser} is built on Chromium {chromium}, which supports TLS 1.2 and has it on, so the browser itself is probably not the cause. Check these common causes.':
    '{browser} está basado en Chromium {chromium}, que admite TLS 1.2 y lo tiene activado, así que probablemente el navegador no es la causa. Compruebe estas causas habituales.',
  // silk-legacy.heading.0
  'Amazon Silk {major}[ on {os_label}]':
    'Amazon Silk {major}[ en {os_label}]',
  // silk-legacy.heading.1
  'Amazon Silk':
    'Amazon Silk',
  // silk-legacy.summary
  'This older version of Amazon Silk may not support TLS 1.2.':
    'Es posible que esta versión antigua de Amazon Silk no admita TLS 1.2.',
  // silk-legacy.step.0
  "Update the tablet's software: look for System Updates in its Settings.":
    'Actualice el software de la tableta: busque las actualizaciones del sistema en su configuración.',
  // silk-legacy.step.1
  'If no update is offered, use a newer device or a computer.':
    'Si no se ofrece ninguna actualización, use un dispositivo más reciente o un ordenador.',
  // samsung-internet-old.heading.0, samsung-internet.heading.0
  'Samsung Internet {major}[ on {os_label}]':
    'Samsung Internet {major}[ en {os_label}]',
  // samsung-internet-old.summary
  'We cannot confirm that Samsung Internet {major} supports TLS 1.2 (version 4 and later do).':
    'No podemos confirmar que Samsung Internet {major} admita TLS 1.2 (la versión 4 y posteriores sí lo admiten).',
  // samsung-internet-old.step.0
  'Update Samsung Internet in the Galaxy Store or Google Play.':
    'Actualice Samsung Internet en Galaxy Store o en Google Play.',
  // samsung-internet-old.link.0
  'Samsung Internet in Google Play':
    'Samsung Internet en Google Play',
  // samsung-internet.heading.1
  'Samsung Internet[ on {os_label}]':
    'Samsung Internet[ en {os_label}]',
  // opera-presto-old.heading.0, opera-presto.heading.0
  'Opera {version}[ on {os_label}]':
    'Opera {version}[ en {os_label}]',
  // opera-presto-old.summary
  'Opera {version} cannot use TLS 1.2 (Opera added it in version 10).':
    'Opera {version} no puede usar TLS 1.2 (Opera lo añadió en la versión 10).',
  // opera-presto-old.step.0
  'Install the current Opera, or another current browser such as Firefox or Chrome.':
    'Instale la versión actual de Opera u otro navegador actual como Firefox o Chrome.',
  // opera-presto.summary
  'Opera {version} can use TLS 1.2, but it is turned off.':
    'Opera {version} puede usar TLS 1.2, pero lo tiene desactivado.',
  // opera-presto.step.0
  'Open Preferences: Opera menu (or Tools) > Settings > Preferences, or press Ctrl+F12 (on a Mac: Opera > Preferences).':
    'Abra las preferencias: pulse Ctrl+F12, o use el menú Opera (o Tools) > "Settings" > "Preferences" (Configuración > Preferencias); en Mac: Opera > "Preferences".',
  // opera-presto.step.1
  'Open the Advanced tab, choose Security on the left and click "Security Protocols...".':
    'Abra la pestaña "Advanced" (avanzado), elija "Security" (seguridad) a la izquierda y haga clic en "Security Protocols..." (protocolos de seguridad).',
  // opera-presto.step.2
  'Tick "Enable TLS 1.2" (and "Enable TLS 1.1"), click OK twice and reload this page.':
    'Marque "Enable TLS 1.2" (activar TLS 1.2) y "Enable TLS 1.1", haga clic dos veces en "OK" (aceptar) y vuelva a cargar esta página.',
  // opera-presto.step.3
  'Or type opera:config in the address bar, search for TLS, tick "Enable TLS v1.2", click Save and reload this page.':
    'O escriba opera:config en la barra de direcciones, busque TLS, marque "Enable TLS v1.2" (activar TLS 1.2), haga clic en "Save" (guardar) y vuelva a cargar esta página.',
  // opera-presto.step.4
  'Better: install the current Opera, which has TLS 1.2 on.':
    'Mejor aún: instale la versión actual de Opera, que tiene TLS 1.2 activado.',
  // opera-mobile-old.heading.0, opera-mobile.heading.0
  'Opera Mobile {version}[ on {os_label}]':
    'Opera Mobile {version}[ en {os_label}]',
  // opera-mobile-old.summary
  'Opera Mobile {version} cannot use TLS 1.2.':
    'Opera Mobile {version} no puede usar TLS 1.2.',
  // opera-mobile-old.step.0
  'Install the current Opera, Chrome or Firefox from your app store and open this page there.':
    'Instale la versión actual de Opera, Chrome o Firefox desde su tienda de aplicaciones y abra allí esta página.',
  // opera-mobile-old.step.1
  'If the phone cannot install them, use a newer phone, tablet or computer.':
    'Si el teléfono no puede instalarlos, use un teléfono, una tableta o un ordenador más recientes.',
  // opera-mobile.step.2
  'For lasting safety, install the current Opera, Chrome or Firefox from your app store.':
    'Para su seguridad a largo plazo, instale la versión actual de Opera, Chrome o Firefox desde su tienda de aplicaciones.',
  // opera-15.heading.0, opera.heading.0
  'Opera {major}[ on {os_label}]':
    'Opera {major}[ en {os_label}]',
  // opera-15.summary
  'Opera {major} cannot use TLS 1.2; Opera 16 and later can.':
    'Opera {major} no puede usar TLS 1.2; Opera 16 y posteriores sí pueden.',
  // opera-15.step.0
  'Update Opera: Opera menu > About Opera checks for updates. Or download the current Opera.':
    'Actualice Opera: en el menú de Opera, la opción "About Opera" (acerca de Opera) busca actualizaciones. O descargue la versión actual de Opera.',
  // uc-browser.heading.0
  'UC Browser {major}[ on {os_label}]':
    'UC Browser {major}[ en {os_label}]',
  // uc-browser.heading.1
  'UC Browser[ on {os_label}]':
    'UC Browser[ en {os_label}]',
  // uc-browser.summary
  "UC Browser can send pages through UC's own servers (speed or data-saving mode), so this test may have checked those servers rather than your device.":
    'UC Browser puede enviar las páginas a través de los servidores propios de UC (modo de velocidad o de ahorro de datos), así que es posible que esta prueba haya comprobado esos servidores y no su dispositivo.',
  // uc-browser.step.0
  'In UC Browser, turn off speed mode or data saving in the settings, and reload this page.':
    'En UC Browser, desactive el modo de velocidad o el ahorro de datos en la configuración y vuelva a cargar esta página.',
  // uc-browser.step.1
  'Or open this page in Chrome or Firefox.':
    'O abra esta página en Chrome o Firefox.',
  // firefox-old.summary
  '{browser}[ {major}] cannot use TLS 1.2 (Firefox added it in version 24).':
    '{browser}[ {major}] no puede usar TLS 1.2 (Firefox lo añadió en la versión 24).',
  // firefox-old.step.0
  'Update Firefox: open the menu and choose Help > About Firefox (very old versions: Help > Check for Updates). On Android, update it in Google Play. For other Mozilla-based browsers, install their current version or the current Firefox.':
    'Actualice Firefox: abra el menú y elija Ayuda > Acerca de Firefox (en versiones muy antiguas: "Help > Check for Updates" (Ayuda > Buscar actualizaciones)). En Android, actualícelo en Google Play. En otros navegadores basados en Mozilla, instale su versión actual o el Firefox actual.',
  // firefox-old.step.1
  'On Windows XP or Vista the last Firefox is 52 ESR, on Mac OS X 10.6-10.8 it is 45 ESR: both can connect but no longer get security updates, so a newer system is the lasting fix.':
    'En Windows XP o Vista el último Firefox es 52 ESR, y en Mac OS X 10.6-10.8 es 45 ESR: ambos pueden conectarse, pero ya no reciben actualizaciones de seguridad, así que la solución duradera es un sistema más reciente.',
  // firefox-24-26.summary
  '{browser} {major} can use TLS 1.2, but it is turned off.':
    '{browser} {major} puede usar TLS 1.2, pero lo tiene desactivado.',
  // firefox-24-26.step.0
  'Type about:config in the address bar and press Enter. If a warning appears, accept it ("I\'ll be careful, I promise!").':
    'Escriba about:config en la barra de direcciones y pulse Intro. Si aparece una advertencia, acéptela (el botón dice "I\'ll be careful, I promise!" (tendré cuidado, lo prometo) o lo mismo en español).',
  // firefox-24-26.step.1
  'In the search box, type security.tls.version.max':
    'En el cuadro de búsqueda, escriba security.tls.version.max',
  // firefox-24-26.step.2
  'Double-click that line, change the value to 3 (which means TLS 1.2) and click OK.':
    'Haga doble clic en esa línea, cambie el valor a 3 (que significa TLS 1.2) y haga clic en Aceptar.',
  // firefox-24-26.step.3
  'Reload this page.':
    'Vuelva a cargar esta página.',
  // firefox-24-26.step.4
  'Better: update Firefox (menu > Help > About Firefox); version 27 and later have TLS 1.2 on.':
    'Mejor aún: actualice Firefox (menú > Ayuda > Acerca de Firefox); la versión 27 y posteriores tienen TLS 1.2 activado.',
  // firefox-24-26.link.0
  'Mozilla: the about:config editor':
    'Mozilla: el editor about:config',
  // firefox-android.heading.0
  '{browser} {major} on {os_label}':
    '{browser} {major} en {os_label}',
  // firefox.step.0
  'Check that TLS 1.2 was not turned off: type about:config in the address bar and search for security.tls.version.max. Its value must be 3 or higher; if it was changed, right-click it and choose Reset.':
    'Compruebe que TLS 1.2 no se ha desactivado: escriba about:config en la barra de direcciones y busque security.tls.version.max. Su valor debe ser 3 o más; si se cambió, haga clic en él con el botón derecho y elija "Reset" (restablecer).',
  // safari-old.heading.0, safari.heading.0
  'Safari {major}[ on {os_label}]':
    'Safari {major}[ en {os_label}]',
  // safari-old.heading.1
  'Safari[ on {os_label}]':
    'Safari[ en {os_label}]',
  // safari-old.summary
  'Safari[ {major}] cannot use TLS 1.2; Safari 7 (OS X 10.9 Mavericks) and later can.':
    'Safari[ {major}] no puede usar TLS 1.2; Safari 7 (OS X 10.9 Mavericks) y posteriores sí pueden.',
  // safari-old.step.0
  'Check which system your Mac has: Apple menu > About This Mac.':
    'Compruebe qué sistema tiene su Mac: menú Apple > Acerca de este Mac.',
  // safari-old.step.1
  'If the Mac can run OS X 10.9 or later, update it (Apple menu > Software Update, or the App Store); Safari is updated with it.':
    'Si su Mac puede usar OS X 10.9 o posterior, actualícelo (menú Apple > Actualización de software, o desde App Store); Safari se actualiza con el sistema.',
  // safari-old.step.2
  'If it cannot: on Mac OS X 10.6 to 10.8, Firefox 45 ESR (the last version for those systems, no longer updated) can connect. On older systems, use a newer device.':
    'Si no puede: en Mac OS X 10.6 a 10.8, Firefox 45 ESR (la última versión para esos sistemas, ya sin actualizaciones) puede conectarse. En sistemas más antiguos, use un dispositivo más reciente.',
  // safari-old.link.0
  'Apple: update macOS on your Mac':
    'Apple: actualizar macOS en su Mac',
  // safari-old.link.1
  'Firefox 45 ESR (last version for Mac OS X 10.6-10.8)':
    'Firefox 45 ESR (última versión para Mac OS X 10.6-10.8)',
  // safari.step.0
  'Check that the date, time and time zone of this Mac are right (Apple menu > System Settings or System Preferences > Date & Time): a wrong clock breaks secure connections.':
    'Compruebe que la fecha, la hora y la zona horaria de su Mac son correctas (menú Apple > Ajustes del Sistema o Preferencias del Sistema > Fecha y hora): un reloj incorrecto hace fallar las conexiones seguras.',
  // safari.step.3
  'If your employer manages this Mac, a profile or policy may filter secure connections: ask your IT department.':
    'Si su empresa gestiona este Mac, un perfil o una directiva puede filtrar las conexiones seguras: consulte a su departamento de informática.',
  // safari-windows.heading.0
  'Safari {version} for Windows[ on {os_label}]':
    'Safari {version} para Windows[ en {os_label}]',
  // safari-windows.heading.1
  'Safari for Windows':
    'Safari para Windows',
  // safari-windows.summary
  'Apple stopped making Safari for Windows in 2012; its last version (5.1.7) cannot use TLS 1.2.':
    'Apple dejó de desarrollar Safari para Windows en 2012; su última versión (5.1.7) no puede usar TLS 1.2.',
  // safari-windows.step.0
  'Install a current browser such as Microsoft Edge, Chrome or Firefox, and stop using Safari for Windows.':
    'Instale un navegador actual como Microsoft Edge, Chrome o Firefox, y deje de usar Safari para Windows.',
  // android-stock-old.heading.0, android-stock-4.4.heading.0
  'The built-in Android browser on {os_label}':
    'El navegador integrado de Android en {os_label}',
  // android-stock-old.heading.1, android-stock-4.4.heading.1
  'The built-in Android browser':
    'El navegador integrado de Android',
  // android-stock-old.summary
  'The built-in browser of Android 4.3 and older cannot use TLS 1.2, and no setting changes that.':
    'El navegador integrado de Android 4.3 y anteriores no puede usar TLS 1.2, y ninguna configuración lo cambia.',
  // android-stock-old.step.1
  'If Google Play does not offer them for this phone (Android 2.x and other very old phones), use a newer phone, tablet or computer.':
    'Si Google Play no los ofrece para este teléfono (Android 2.x y otros teléfonos muy antiguos), use un teléfono, una tableta o un ordenador más recientes.',
  // android-stock-4.4.summary
  'The built-in browser of Android 4.4 may or may not use TLS 1.2: it depends on the phone maker.':
    'El navegador integrado de Android 4.4 puede usar TLS 1.2 o no: depende del fabricante del teléfono.',
  // android-stock-4.4.step.1
  'Check for a system update: Settings > About phone > System updates (the names vary by phone maker).':
    'Busque una actualización del sistema: Ajustes (o Configuración) > Información del teléfono > Actualizaciones del sistema (los nombres cambian según el fabricante).',
  // blackberry-old.heading.0, blackberry-10.heading.0
  'The BlackBerry browser on {os_label}':
    'El navegador de BlackBerry en {os_label}',
  // blackberry-old.heading.1
  'The BlackBerry browser':
    'El navegador de BlackBerry',
  // blackberry-old.summary
  'The browser of BlackBerry OS 7 and older cannot use TLS 1.2, and these phones get no more updates.':
    'El navegador de BlackBerry OS 7 y anteriores no puede usar TLS 1.2, y estos teléfonos ya no reciben actualizaciones.',
  // blackberry-10.summary
  'The BlackBerry 10 browser supports TLS 1.2, so the browser itself is probably not the cause.':
    'El navegador de BlackBerry 10 admite TLS 1.2, así que probablemente el navegador no es la causa.',
  // blackberry-10.step.2
  'BlackBerry 10 no longer gets updates: for lasting safety, use a newer phone.':
    'BlackBerry 10 ya no recibe actualizaciones: para su seguridad a largo plazo, use un teléfono más reciente.',
  // nokia.heading.1
  'A Nokia phone browser':
    'El navegador de un teléfono Nokia',
  // nokia.summary
  'The browsers of Symbian, Series 40 and MeeGo phones are very old and most likely cannot use TLS 1.2; these phones get no more updates.':
    'Los navegadores de los teléfonos Symbian, Series 40 y MeeGo son muy antiguos y lo más probable es que no puedan usar TLS 1.2; estos teléfonos ya no reciben actualizaciones.',
  // generic.heading.1
  'Your browser on {os_label}':
    'Su navegador en {os_label}',
  // generic.heading.2, words.headingFallback
  'Your browser':
    'Su navegador',
  // generic.summary
  'We could not recognise this browser well enough to give exact steps.':
    'No hemos podido reconocer este navegador lo suficiente para dar pasos exactos.',
  // generic.step.0
  'Update your browser to its current version, or open this page in a current browser such as Chrome, Firefox, Microsoft Edge or Safari.':
    'Actualice su navegador a la versión actual, o abra esta página en un navegador actual como Chrome, Firefox, Microsoft Edge o Safari.',
  // generic.step.1
  "Update your device's system (Windows Update; Software Update on Mac, iPhone and iPad; System update on Android).":
    'Actualice el sistema de su dispositivo (Windows Update; Actualización de software en Mac, iPhone y iPad; Actualización del sistema en Android).',
  // generic.step.3
  'At work or school, a proxy or web filter can block the test: try another network or ask your IT department.':
    'En el trabajo o en un centro educativo, un proxy o un filtro web puede bloquear la prueba: pruebe desde otra red o consulte a su departamento de informática.',
  // words.browser
  'your browser':
    'su navegador',
  // words.app
  'the app':
    'la aplicación',
  // words.osLabel
  'your system':
    'su sistema',
  // words.windows10or11
  'Windows 10 or 11':
    'Windows 10 u 11',
};
