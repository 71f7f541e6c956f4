/**
 * 简体中文（中国大陆用语）：server/advice/rules.ts 知识库的译文。每个键都是 rules.ts 中的英文原文（标题、摘要、
 * 步骤、链接、WORDS），注释注明其用处。
 *
 * 规则：保留相同的 {占位符} 和 [可选部分]；代码、about:config 名称、注册表项和网址不翻译。菜单路径：有把握时
 * 按产品中文版的显示翻译（Internet Explorer：工具 > Internet 选项 > 高级，“使用 TLS 1.2”）；没有把握时保留带
 * 引号的英文界面用语，并在括号中给出中文含义。中文与英文、数字之间留空格。
 *
 * 如果 rules.ts 中的英文原文被修改，这里的条目将不再匹配：该文本会以英文显示，test/advice/i18n.test.ts 会把它
 * 列为未翻译（并把这里的旧条目列为孤立条目），直到键和译文都更新为止。
 */
import type { AdviceCatalogue } from './index.js';

export const zhCN: AdviceCatalogue = {
  // bot.heading.0
  '{browser} (automated crawler)':
    '{browser}（自动爬虫）',
  // bot.heading.1
  'An automated crawler':
    '自动爬虫',
  // bot.summary
  "This User-Agent belongs to an automated program (a search engine or link-preview crawler), not to a person's browser.":
    '此 User-Agent 属于自动程序（搜索引擎或链接预览爬虫），而不是某个人的浏览器。',
  // bot.step.0
  "Nothing needs to change on anyone's computer or phone.":
    '任何人的电脑或手机都不需要做任何更改。',
  // bot.step.1
  'If a person sees this name, their browser sends a fake or changed User-Agent: ask them which browser and device they really use.':
    '如果有人看到这个名称，说明其浏览器发送的是伪造或被修改的 User-Agent：请询问对方实际使用的浏览器和设备。',
  // bot.step.2
  'If you run this crawler, make sure its TLS library supports TLS 1.2 (for example OpenSSL 1.0.1 or later).':
    '如果此爬虫由您运行，请确保它的 TLS 库支持 TLS 1.2（例如 OpenSSL 1.0.1 或更高版本）。',
  // java-6.heading.0, java-7.heading.0, java-8-plus.heading.0
  'Java {version}[ ({app})]':
    'Java {version}[ ({app})]',
  // java-6.summary
  'Public Java 6 releases cannot use TLS 1.2. Only paid Java 6 updates (6u115 b32 and later) can, and only when it is enabled explicitly.':
    'Java 6 的公开版本无法使用 TLS 1.2。只有付费的 Java 6 更新（6u115 b32 及更高版本）可以，而且必须明确启用。',
  // java-6.step.0
  'Move the application to Java 8 or later (for example an OpenJDK build such as Eclipse Temurin): TLS 1.2 is on by default there.':
    '将应用迁移到 Java 8 或更高版本（例如 Eclipse Temurin 等 OpenJDK 构建）：这些版本默认开启 TLS 1.2。',
  // java-6.step.1
  "If you have Oracle's paid Java 6 support, update to 6u115 b32 or later and enable TLS 1.2 as Oracle's notes for that update describe; plan the move to Java 8 or later anyway.":
    '如果您购买了 Oracle 的 Java 6 付费支持，请更新到 6u115 b32 或更高版本，并按照 Oracle 对该更新的说明启用 TLS 1.2；无论如何，都请计划迁移到 Java 8 或更高版本。',
  // java-6.link.0, java-7.link.0, java-8-plus.link.0, java-unknown.link.0
  'Eclipse Temurin (OpenJDK) downloads':
    'Eclipse Temurin (OpenJDK) 下载',
  // java-7.summary
  'Java 7 supports TLS 1.2, but its client connections use TLS 1.0 unless told otherwise.':
    'Java 7 支持 TLS 1.2，但除非另行指定，其客户端连接使用 TLS 1.0。',
  // java-7.step.0
  'Start the JVM with -Dhttps.protocols=TLSv1.2 (used by HttpsURLConnection and libraries built on it).':
    '启动 JVM 时加上 -Dhttps.protocols=TLSv1.2（HttpsURLConnection 及基于它的库会使用此设置）。',
  // java-7.step.1
  'From Java 7u95, also add -Djdk.tls.client.protocols=TLSv1.2 (used by SSLSocket and most other clients).':
    '从 Java 7u95 起，还要加上 -Djdk.tls.client.protocols=TLSv1.2（SSLSocket 和大多数其他客户端会使用此设置）。',
  // java-7.step.2
  'In your own code, create the context with SSLContext.getInstance("TLSv1.2").':
    '在您自己的代码中，用 SSLContext.getInstance("TLSv1.2") 创建上下文。',
  // java-7.step.3
  'Better: move to Java 8 or later, where TLS 1.2 is on by default.':
    '更好的做法：迁移到 Java 8 或更高版本，这些版本默认开启 TLS 1.2。',
  // java-8-plus.summary
  'Java 8 and later use TLS 1.2 by default, so the Java version is probably not the cause.':
    'Java 8 及更高版本默认使用 TLS 1.2，因此原因很可能不在 Java 版本。',
  // java-8-plus.step.0
  'Check that nothing turns TLS 1.2 off: -Dhttps.protocols or -Djdk.tls.client.protocols set to older versions, or TLSv1.2 listed in jdk.tls.disabledAlgorithms (java.security).':
    '检查是否有设置关闭了 TLS 1.2：-Dhttps.protocols 或 -Djdk.tls.client.protocols 被设为旧版本，或 TLSv1.2 被列入 jdk.tls.disabledAlgorithms（java.security）。',
  // java-8-plus.step.1
  'If the server offers only AES-256 cipher suites: Java 8 before update 161 needs the "Unlimited Strength" policy files. Update Java.':
    '如果服务器只提供 AES-256 密码套件：Java 8 update 161 之前的版本需要 "Unlimited Strength" 策略文件。请更新 Java。',
  // java-8-plus.step.2, okhttp.step.1, python.step.2, python-lib-modern.step.1 and 4 more
  'Check for a proxy or TLS-inspecting firewall between the program and the server (for example the HTTPS_PROXY setting).':
    '检查程序与服务器之间是否有代理或会检查 TLS 的防火墙（例如 HTTPS_PROXY 设置）。',
  // java-8-plus.step.3
  'To see what the client offers, run it with -Djavax.net.debug=ssl:handshake.':
    '要查看客户端提供了什么，请用 -Djavax.net.debug=ssl:handshake 运行它。',
  // java-unknown.heading.0
  '{app} on Java':
    '基于 Java 的 {app}',
  // java-unknown.heading.1
  'A Java program':
    'Java 程序',
  // java-unknown.summary
  'This program runs on Java, but the User-Agent does not say which version. TLS 1.2 support depends on it.':
    '此程序运行在 Java 上，但 User-Agent 没有说明是哪个版本。是否支持 TLS 1.2 取决于该版本。',
  // java-unknown.step.0
  "Find the Java version the program runs on (java -version, or the program's logs).":
    '查明程序运行所用的 Java 版本（java -version，或查看程序的日志）。',
  // java-unknown.step.1
  'Java 8 or later: TLS 1.2 is on by default.':
    'Java 8 或更高版本：默认开启 TLS 1.2。',
  // java-unknown.step.2
  'Java 7: add -Dhttps.protocols=TLSv1.2 and, from 7u95, -Djdk.tls.client.protocols=TLSv1.2. Better, move to Java 8 or later.':
    'Java 7：加上 -Dhttps.protocols=TLSv1.2，从 7u95 起再加上 -Djdk.tls.client.protocols=TLSv1.2。更好的做法是迁移到 Java 8 或更高版本。',
  // java-unknown.step.3
  'Java 6 or older: move to Java 8 or later.':
    'Java 6 或更早版本：迁移到 Java 8 或更高版本。',
  // okhttp-old.heading.0, okhttp.heading.0
  'OkHttp {version}':
    'OkHttp {version}',
  // okhttp-old.summary
  'OkHttp {version} supports TLS 1.2, but on Android 4.1-4.4 and on Java 7 the platform does not turn it on by itself.':
    'OkHttp {version} 支持 TLS 1.2，但在 Android 4.1-4.4 和 Java 7 上，平台不会自动开启它。',
  // okhttp-old.step.0
  'On Android 4.1-4.4: enable TLSv1.2 on the socket factory you give OkHttp (SSLSocket.setEnabledProtocols), or update the security provider with Google Play services (ProviderInstaller).':
    '在 Android 4.1-4.4 上：在您提供给 OkHttp 的 socket 工厂上启用 TLSv1.2（SSLSocket.setEnabledProtocols），或通过 Google Play 服务更新安全提供程序（ProviderInstaller）。',
  // okhttp-old.step.1
  'On Java 7: start the JVM with -Dhttps.protocols=TLSv1.2 and -Djdk.tls.client.protocols=TLSv1.2.':
    '在 Java 7 上：启动 JVM 时加上 -Dhttps.protocols=TLSv1.2 和 -Djdk.tls.client.protocols=TLSv1.2。',
  // okhttp-old.step.2
  'Better: update OkHttp. Version 3.13 and later need Android 5 or Java 8, where TLS 1.2 is on.':
    '更好的做法：更新 OkHttp。3.13 及更高版本需要 Android 5 或 Java 8，这些平台已开启 TLS 1.2。',
  // okhttp-old.link.0, okhttp.heading.1, okhttp.link.0
  'OkHttp':
    'OkHttp',
  // okhttp-old.link.1, android-http-4.link.0
  'Android: update your security provider':
    'Android：更新安全提供程序',
  // okhttp.summary
  'OkHttp {version} runs only on Android 5 or Java 8 and later, where TLS 1.2 is on, so the library is probably not the cause.':
    'OkHttp {version} 只能在 Android 5 或 Java 8 及更高版本上运行，这些平台已开启 TLS 1.2，因此原因很可能不在这个库。',
  // okhttp.step.0
  'If the app sets its own ConnectionSpec, make sure it allows TLS_1_2.':
    '如果应用设置了自己的 ConnectionSpec，请确保其中允许 TLS_1_2。',
  // okhttp.step.2
  'Check that the clock of the phone or machine is right.':
    '检查手机或机器的时钟是否正确。',
  // android-http-old.heading.0, android-http-4.heading.0, android-http.heading.0
  'An Android app on {os_label}':
    '{os_label} 上的 Android 应用',
  // android-http-old.summary
  'Apps on Android 4.0 and older cannot use TLS 1.2.':
    'Android 4.0 及更早版本上的应用无法使用 TLS 1.2。',
  // android-http-old.step.0
  'Use the service from a device with a newer Android (5 or later), or from a computer.':
    '请在装有较新 Android（5 或更高版本）的设备上，或在电脑上使用此服务。',
  // android-http-4.summary
  "Android 4.1-4.4 can use TLS 1.2 in apps, but Android's HttpsURLConnection does not turn it on by default.":
    'Android 4.1-4.4 的应用可以使用 TLS 1.2，但 Android 的 HttpsURLConnection 默认不开启它。',
  // android-http-4.step.0
  'App developers: enable TLSv1.2 on the SSLSocket (a custom SSLSocketFactory that calls setEnabledProtocols), or install an updated security provider with Google Play services (ProviderInstaller.installIfNeeded).':
    '应用开发者：在 SSLSocket 上启用 TLSv1.2（自定义一个调用 setEnabledProtocols 的 SSLSocketFactory），或通过 Google Play 服务安装更新的安全提供程序（ProviderInstaller.installIfNeeded）。',
  // android-http-4.step.1
  'Users: update the app. If it still fails, use the service from a device with Android 5 or later.':
    '用户：请更新应用。如果仍然失败，请在装有 Android 5 或更高版本的设备上使用此服务。',
  // android-http.summary
  'Android 5 and later use TLS 1.2 by default, so Android is probably not the cause.':
    'Android 5 及更高版本默认使用 TLS 1.2，因此原因很可能不在 Android。',
  // android-http.step.0
  'Users: check the clock of the phone, and turn off any VPN or security app for a moment.':
    '用户：检查手机的时钟，并暂时关闭所有 VPN 或安全类应用。',
  // android-http.step.1
  'App developers: check any custom SSLSocketFactory or protocol list, and any proxy between the app and the server.':
    '应用开发者：检查所有自定义的 SSLSocketFactory 或协议列表，以及应用与服务器之间的所有代理。',
  // curl-old.heading.0, curl.heading.0
  'curl {version}':
    'curl {version}',
  // curl-old.summary
  'curl {version} can use TLS 1.2 only if it was built with a TLS library that has it (OpenSSL 1.0.1 or later, or NSS 3.15.1 or later).':
    'curl {version} 只有在使用支持 TLS 1.2 的 TLS 库（OpenSSL 1.0.1 或更高版本，或 NSS 3.15.1 或更高版本）构建时才能使用 TLS 1.2。',
  // curl-old.step.0
  "Run curl -V and check the TLS library it names and that library's version.":
    '运行 curl -V，查看它显示的 TLS 库以及该库的版本。',
  // curl-old.step.1
  "Update curl and its TLS library from your system's package manager.":
    '用系统的软件包管理器更新 curl 及其 TLS 库。',
  // curl-old.step.2
  'curl 7.34 and later can also force the version with --tlsv1.2.':
    'curl 7.34 及更高版本还可以用 --tlsv1.2 强制使用该版本。',
  // curl-old.link.0, curl.link.0
  'curl downloads':
    'curl 下载',
  // curl.heading.1
  'curl':
    'curl',
  // curl.summary
  'curl {version} uses TLS 1.2 when its TLS library has it, as every library it is normally built with today does.':
    '只要 TLS 库支持，curl {version} 就会使用 TLS 1.2；如今构建 curl 通常所用的库都支持。',
  // curl.step.0
  'Run curl -V: the TLS library must be OpenSSL 1.0.1 or later (or another library with TLS 1.2).':
    '运行 curl -V：TLS 库必须是 OpenSSL 1.0.1 或更高版本（或其他支持 TLS 1.2 的库）。',
  // curl.step.1
  'Run curl -v --tlsv1.2 with the test address to see where the handshake stops.':
    '用测试地址运行 curl -v --tlsv1.2，看看握手在哪一步停止。',
  // curl.step.2
  'Check proxy settings (HTTPS_PROXY, ~/.curlrc) and any TLS-inspecting firewall.':
    '检查代理设置（HTTPS_PROXY、~/.curlrc）以及所有会检查 TLS 的防火墙。',
  // wget.heading.0
  'Wget {version}':
    'Wget {version}',
  // wget.heading.1
  'Wget':
    'Wget',
  // wget.summary
  'Wget uses the newest TLS version its TLS library (OpenSSL or GnuTLS) allows; the User-Agent does not show which library it has.':
    'Wget 会使用其 TLS 库（OpenSSL 或 GnuTLS）允许的最新 TLS 版本；User-Agent 并不显示它用的是哪个库。',
  // wget.step.0
  'Run wget --version and check the TLS library (+ssl/openssl or +ssl/gnutls); OpenSSL must be 1.0.1 or later.':
    '运行 wget --version 并查看 TLS 库（+ssl/openssl 或 +ssl/gnutls）；OpenSSL 必须是 1.0.1 或更高版本。',
  // wget.step.1
  "Update wget and its TLS library from your system's package manager.":
    '用系统的软件包管理器更新 wget 及其 TLS 库。',
  // wget.step.2
  'Recent versions can force the version with --secure-protocol=TLSv1_2.':
    '较新的版本可以用 --secure-protocol=TLSv1_2 强制使用该版本。',
  // python-old.heading.0, python-2.7.heading.0, python.heading.0
  'Python {version}[ ({app})]':
    'Python {version}[ ({app})]',
  // python-old.summary
  'Python {version} cannot use TLS 1.2 on its own; Python 2.7.9 and 3.4 and later can.':
    'Python {version} 本身无法使用 TLS 1.2；Python 2.7.9 和 3.4 及更高版本可以。',
  // python-old.step.0
  'Upgrade to a current Python 3.':
    '升级到最新的 Python 3。',
  // python-old.step.1
  'If that is not possible yet, pyOpenSSL can add TLS 1.2 support to older Pythons.':
    '如果暂时无法升级，可以用 pyOpenSSL 为旧版 Python 加上 TLS 1.2 支持。',
  // python-old.link.0, python-2.7.link.0, python.link.0, python-lib.link.0
  'Python downloads':
    'Python 下载',
  // python-2.7.summary
  'Python 2.7 supports TLS 1.2 from 2.7.9 on, with OpenSSL 1.0.1 or later. The User-Agent does not show which 2.7 this is.':
    'Python 2.7 从 2.7.9 起支持 TLS 1.2，需要 OpenSSL 1.0.1 或更高版本。User-Agent 并不显示这是哪个 2.7 版本。',
  // python-2.7.step.0, python-lib.step.0
  'Check the versions: python -c "import sys, ssl; print(sys.version); print(ssl.OPENSSL_VERSION)"':
    '检查版本：python -c "import sys, ssl; print(sys.version); print(ssl.OPENSSL_VERSION)"',
  // python-2.7.step.1
  'If Python is older than 2.7.9 or OpenSSL older than 1.0.1, upgrade. Better: move to Python 3.':
    '如果 Python 低于 2.7.9 或 OpenSSL 低于 1.0.1，请升级。更好的做法：迁移到 Python 3。',
  // python.summary
  'Python {version} supports TLS 1.2 and uses it by default when its OpenSSL has it.':
    'Python {version} 支持 TLS 1.2，只要其 OpenSSL 支持，就会默认使用它。',
  // python.step.0
  'Check the OpenSSL that Python uses: python3 -c "import ssl; print(ssl.OPENSSL_VERSION)" must show 1.0.1 or later.':
    '检查 Python 使用的 OpenSSL：python3 -c "import ssl; print(ssl.OPENSSL_VERSION)" 必须显示 1.0.1 或更高版本。',
  // python.step.1
  'If the code builds its own SSLContext, make sure it does not limit maximum_version below TLS 1.2.':
    '如果代码自己创建 SSLContext，请确保它没有把 maximum_version 限制在 TLS 1.2 以下。',
  // python-lib-modern.heading.0, python-lib.heading.0
  '{browser} {version}':
    '{browser} {version}',
  // python-lib-modern.summary
  '{browser} {version} needs Python 3.7 or later, which always supports TLS 1.2, so the library is probably not the cause.':
    '{browser} {version} 需要 Python 3.7 或更高版本，而这些版本总是支持 TLS 1.2，因此原因很可能不在这个库。',
  // python-lib-modern.step.0
  'If the code builds its own SSLContext or adapter, make sure it does not limit the TLS version below 1.2.':
    '如果代码自己创建 SSLContext 或适配器，请确保它没有把 TLS 版本限制在 1.2 以下。',
  // python-lib-modern.step.2, go.step.2, node.step.2, dotnet-core.step.2
  'Check that the clock of the machine running the program is right.':
    '检查运行该程序的机器的时钟是否正确。',
  // python-lib.heading.1
  '{browser}':
    '{browser}',
  // python-lib.summary
  'TLS 1.2 depends on the Python and OpenSSL versions under {browser} {version}, which the User-Agent does not show.':
    'TLS 1.2 取决于 {browser} {version} 所依赖的 Python 和 OpenSSL 版本，而 User-Agent 并不显示这些版本。',
  // python-lib.step.1
  'Python 2.7.9 or 3.4 and later, with OpenSSL 1.0.1 or later, can use TLS 1.2. Older: upgrade.':
    'Python 2.7.9 或 3.4 及更高版本，配合 OpenSSL 1.0.1 或更高版本，可以使用 TLS 1.2。更旧的版本：请升级。',
  // python-lib.step.2
  'Update the library too (pip install --upgrade).':
    '同时更新该库（pip install --upgrade）。',
  // go.heading.0
  'A Go program':
    'Go 程序',
  // go.summary
  'Go has supported TLS 1.2 for many years and uses it by default, so Go is probably not the cause.':
    'Go 多年来一直支持 TLS 1.2，并默认使用它，因此原因很可能不在 Go。',
  // go.step.0
  'If the code sets tls.Config MaxVersion, make sure it is not below tls.VersionTLS12.':
    '如果代码设置了 tls.Config MaxVersion，请确保它不低于 tls.VersionTLS12。',
  // node.heading.0
  'A Node.js program ({app})':
    'Node.js 程序（{app}）',
  // node.heading.1
  'A Node.js program':
    'Node.js 程序',
  // node.summary
  'Node.js uses TLS 1.2 or newer by default, so Node.js is probably not the cause.':
    'Node.js 默认使用 TLS 1.2 或更新的版本，因此原因很可能不在 Node.js。',
  // node.step.0
  'If the code sets secureProtocol or maxVersion (for example TLSv1_method), remove it or allow TLSv1.2.':
    '如果代码设置了 secureProtocol 或 maxVersion（例如 TLSv1_method），请删除该设置或允许 TLSv1.2。',
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
    'PHP 通过 curl 或它自己的 OpenSSL 流进行连接。TLS 1.2 取决于构建 PHP 时所用的 curl 和 OpenSSL 版本，而 User-Agent 并不显示这些版本。',
  // php.step.0
  'Check phpinfo() (or php -i) for the curl "SSL Version" and the OpenSSL version: OpenSSL must be 1.0.1 or later. The web server\'s PHP may use a different library than the command line.':
    '在 phpinfo()（或 php -i）中查看 curl 的 "SSL Version" 和 OpenSSL 版本：OpenSSL 必须是 1.0.1 或更高版本。Web 服务器中的 PHP 可能与命令行使用不同的库。',
  // php.step.1
  'With curl, set CURLOPT_SSLVERSION to CURL_SSLVERSION_TLSv1_2 (needs curl 7.34 and PHP 5.5.19 or later).':
    '使用 curl 时，将 CURLOPT_SSLVERSION 设为 CURL_SSLVERSION_TLSv1_2（需要 curl 7.34 和 PHP 5.5.19 或更高版本）。',
  // php.step.2
  'Update PHP, curl and OpenSSL to current versions.':
    '将 PHP、curl 和 OpenSSL 更新到最新版本。',
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
    'Windows PowerShell 5.1 运行在 .NET Framework 上，在许多系统上，除非另行指定，它只提供 TLS 1.0。',
  // powershell.step.0
  'Check: run [Net.ServicePointManager]::SecurityProtocol. If the answer names neither Tls12 nor SystemDefault, TLS 1.2 is off.':
    '检查：运行 [Net.ServicePointManager]::SecurityProtocol。如果结果中既没有 Tls12 也没有 SystemDefault，说明 TLS 1.2 已关闭。',
  // powershell.step.1
  'For this session: [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12':
    '仅对本次会话：[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12',
  // powershell.step.2
  'For good: set SchUseStrongCrypto = 1 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 and under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319, then restart PowerShell.':
    '永久生效：在 HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 和 HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 下设置 SchUseStrongCrypto = 1 (DWORD)，然后重新启动 PowerShell。',
  // powershell.step.3
  'Or use PowerShell 7, which uses TLS 1.2 by default.':
    '或者使用 PowerShell 7，它默认使用 TLS 1.2。',
  // powershell.link.0, dotnet-core.link.0, dotnet.link.0
  'Microsoft: TLS best practices with .NET Framework':
    'Microsoft：.NET Framework 的 TLS 最佳做法',
  // dotnet-core.heading.0
  'PowerShell {version}':
    'PowerShell {version}',
  // dotnet-core.heading.1, dotnet.heading.1
  'A .NET program':
    '.NET 程序',
  // dotnet-core.summary
  'PowerShell 7 runs on modern .NET, which leaves the TLS version to the operating system; current systems use TLS 1.2.':
    'PowerShell 7 运行在新版 .NET 上，由操作系统决定 TLS 版本；如今的系统都使用 TLS 1.2。',
  // dotnet-core.step.0
  'On Windows 7 or Server 2008 R2, TLS 1.2 is off by default in Windows itself: ask your administrator to enable it (Schannel settings).':
    '在 Windows 7 或 Server 2008 R2 上，Windows 本身默认关闭 TLS 1.2：请让管理员启用它（Schannel 设置）。',
  // dotnet.heading.0
  'A .NET program ({app})':
    '.NET 程序（{app}）',
  // dotnet.summary
  'TLS 1.2 in a .NET program depends on the .NET version and settings, which the User-Agent does not show.':
    '.NET 程序能否使用 TLS 1.2 取决于 .NET 的版本和设置，而 User-Agent 并不显示这些信息。',
  // dotnet.step.0
  '.NET Framework 4.6 or later: TLS 1.2 is on by default (4.7 and later leave the choice to Windows).':
    '.NET Framework 4.6 或更高版本：默认开启 TLS 1.2（4.7 及更高版本由 Windows 决定）。',
  // dotnet.step.1
  '.NET Framework 4.5 to 4.5.2: add ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12 in code, or set SchUseStrongCrypto = 1 and SystemDefaultTlsVersions = 1 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 and HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319.':
    '.NET Framework 4.5 到 4.5.2：在代码中加上 ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12，或在 HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 和 HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 下设置 SchUseStrongCrypto = 1 和 SystemDefaultTlsVersions = 1 (DWORD)。',
  // dotnet.step.2
  '.NET Framework 3.5 needs the TLS 1.2 updates KB3154518, KB3154519 or KB3154520 (by Windows version); anything older: upgrade .NET.':
    '.NET Framework 3.5 需要 TLS 1.2 更新 KB3154518、KB3154519 或 KB3154520（视 Windows 版本而定）；更旧的版本：请升级 .NET。',
  // dotnet.step.3
  '.NET Core and .NET 5 or later use the operating system settings; on Windows 7 or Server 2008 R2, TLS 1.2 must be enabled in Windows.':
    '.NET Core 和 .NET 5 或更高版本使用操作系统的设置；在 Windows 7 或 Server 2008 R2 上，必须在 Windows 中启用 TLS 1.2。',
  // winhttp.heading.0
  'WinHTTP {version}':
    'WinHTTP {version}',
  // winhttp.heading.1
  'WinHTTP':
    'WinHTTP',
  // winhttp.summary
  'WinHTTP follows Windows: TLS 1.2 is on in Windows 8 / Server 2012 and later, but off by default in Windows 7 / Server 2008 R2.':
    'WinHTTP 跟随 Windows：Windows 8 / Server 2012 及更高版本开启了 TLS 1.2，但 Windows 7 / Server 2008 R2 默认关闭。',
  // winhttp.step.0
  'Windows 7 SP1 or Server 2008 R2 SP1: install update KB3140245, then set DefaultSecureProtocols = 0xA00 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp (on 64-bit Windows also under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp), and restart.':
    'Windows 7 SP1 或 Server 2008 R2 SP1：安装更新 KB3140245，然后在 HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp 下设置 DefaultSecureProtocols = 0xA00 (DWORD)（64 位 Windows 还要在 HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp 下设置），然后重新启动。',
  // winhttp.step.1
  'Windows Server 2008 SP2 needs update KB4019276 first.':
    'Windows Server 2008 SP2 需要先安装更新 KB4019276。',
  // winhttp.step.2
  'Windows 8 / Server 2012 and later: TLS 1.2 is on. Check for a proxy or TLS-inspecting firewall between the program and the server (for example the HTTPS_PROXY setting).':
    'Windows 8 / Server 2012 及更高版本：TLS 1.2 已开启。检查程序与服务器之间是否有代理或会检查 TLS 的防火墙（例如 HTTPS_PROXY 设置）。',
  // winhttp.link.0
  'Microsoft KB3140245: TLS 1.1 and 1.2 as default in WinHTTP':
    'Microsoft KB3140245：在 WinHTTP 中默认启用 TLS 1.1 和 1.2',
  // ruby.heading.0
  'Ruby {version}[ ({app})]':
    'Ruby {version}[ ({app})]',
  // ruby.heading.1
  'A Ruby program[ ({app})]':
    'Ruby 程序[（{app}）]',
  // ruby.summary
  'Ruby supports TLS 1.2 from Ruby 2.0 when built with OpenSSL 1.0.1c or later.':
    'Ruby 从 2.0 起支持 TLS 1.2，前提是使用 OpenSSL 1.0.1c 或更高版本构建。',
  // ruby.step.0
  'Check the versions: ruby -v and ruby -ropenssl -e "puts OpenSSL::OPENSSL_VERSION"':
    '检查版本：ruby -v 和 ruby -ropenssl -e "puts OpenSSL::OPENSSL_VERSION"',
  // ruby.step.1
  'If Ruby is older than 2.0 or OpenSSL older than 1.0.1c, upgrade them.':
    '如果 Ruby 低于 2.0 或 OpenSSL 低于 1.0.1c，请升级它们。',
  // ruby.link.0
  'Ruby downloads':
    'Ruby 下载',
  // cfnetwork.heading.0
  'An iPhone, iPad or Mac app':
    'iPhone、iPad 或 Mac 应用',
  // cfnetwork.summary
  "This is an app using Apple's networking, which supports TLS 1.2 on this system, so the system is probably not the cause.":
    '这是一个使用 Apple 网络功能的应用；在此系统上，这些网络功能支持 TLS 1.2，因此原因很可能不在系统。',
  // cfnetwork.step.0
  "Users: update the app and the device's system, and turn off any VPN or content filter for a moment.":
    '用户：请更新应用和设备的系统，并暂时关闭所有 VPN 或内容过滤器。',
  // cfnetwork.step.1
  "App developers: check the app's proxy settings and any TLS-inspecting network between the device and the server.":
    '应用开发者：检查应用的代理设置，以及设备与服务器之间所有会检查 TLS 的网络。',
  // api-other.heading.0
  '{browser}[ {version}][ ({app})]':
    '{browser}[ {version}][ ({app})]',
  // api-other.heading.1
  'A program (not a browser)':
    '程序（不是浏览器）',
  // api-other.summary
  'This is a program, not a browser. Whether it can use TLS 1.2 depends on its TLS library and version.':
    '这是一个程序，不是浏览器。它能否使用 TLS 1.2 取决于它的 TLS 库及其版本。',
  // api-other.step.0
  'Find the TLS library the program uses (often OpenSSL) and its version: OpenSSL must be 1.0.1 or later.':
    '查明程序使用的 TLS 库（通常是 OpenSSL）及其版本：OpenSSL 必须是 1.0.1 或更高版本。',
  // api-other.step.1
  'Update the program, its language runtime and the TLS library.':
    '更新程序、其编程语言的运行环境以及 TLS 库。',
  // api-other.step.2
  'Make sure no setting pins an old protocol version (SSLv3, TLS 1.0 or TLS 1.1).':
    '确保没有任何设置把协议固定为旧版本（SSLv3、TLS 1.0 或 TLS 1.1）。',
  // opera-mini.heading.0
  'Opera Mini[ {major}][ on {os_label}]':
    '[{os_label} 上的 ]Opera Mini[ {major}]',
  // opera-mini.summary
  "Opera Mini loads pages through Opera's servers, so this test checked the connection from those servers, not from your device.":
    'Opera Mini 通过 Opera 的服务器加载网页，因此本测试检查的是这些服务器的连接，而不是您设备的连接。',
  // opera-mini.step.0
  "Open this page in your device's main browser, or in a full browser such as Opera, Chrome or Firefox.":
    '请在设备的主浏览器中打开本页面，或者在 Opera、Chrome 或 Firefox 等完整浏览器中打开。',
  // opera-mini.step.1
  'If your Opera Mini has a data-saving setting, turn it off and reload this page.':
    '如果您的 Opera Mini 有节省流量的设置，请将其关闭，然后重新加载本页面。',
  // opera-mini.link.0, opera-presto-old.link.0, opera-presto.link.0, opera-mobile-old.link.0 and 2 more
  'Download Opera':
    '下载 Opera',
  // proxy-browser.heading.0, generic.heading.0
  '{browser}[ {major}][ on {os_label}]':
    '[{os_label} 上的 ]{browser}[ {major}]',
  // proxy-browser.heading.1
  'A proxy browser':
    '代理浏览器',
  // proxy-browser.summary
  "{browser} loads pages through its maker's servers, so this test checked those servers, not your device.":
    '{browser} 通过其厂商的服务器加载网页，因此本测试检查的是这些服务器，而不是您的设备。',
  // proxy-browser.step.0
  "Open this page in your device's main browser, or in Chrome or Firefox.":
    '请在设备的主浏览器中打开本页面，或者在 Chrome 或 Firefox 中打开。',
  // proxy-browser.step.1
  'If {browser} has a speed or data-saving mode, turn it off and reload this page.':
    '如果 {browser} 有极速模式或节省流量模式，请将其关闭，然后重新加载本页面。',
  // proxy-browser.link.0, ie6-7.link.1, ie-other.link.1, chrome-old.link.0 and 4 more
  'Download Chrome':
    '下载 Chrome',
  // proxy-browser.link.1, ie6-7.link.2, ie-other.link.2, chromium-based-old.link.2 and 5 more
  'Download Firefox':
    '下载 Firefox',
  // ios-old.heading.0, nokia.heading.0
  '{browser} on {os_label}':
    '{os_label} 上的 {browser}',
  // ios-old.heading.1
  'This device ({os_label})':
    '此设备（{os_label}）',
  // ios-old.summary
  'iOS {os_version} cannot use TLS 1.2; iOS 5 and later can.':
    'iOS {os_version} 无法使用 TLS 1.2；iOS 5 及更高版本可以。',
  // ios-old.step.0
  'Connect the device to iTunes on a computer and update it (iOS 4 and older cannot update from Settings).':
    '将设备连接到电脑上的 iTunes 并进行更新（iOS 4 及更早版本无法在设备的设置中更新）。',
  // ios-old.step.1
  'If it cannot get iOS 5 or later (iPhone 3G and older, the first two iPod touch models), use a newer device.':
    '如果设备无法升级到 iOS 5 或更高版本（iPhone 3G 及更早机型、前两代 iPod touch），请使用较新的设备。',
  // ios-old.link.0
  'Apple: update your iPhone or iPad':
    'Apple：更新 iPhone 或 iPad',
  // in-app-ios.heading.0, in-app-android.heading.0, in-app-android-old.heading.0, in-app-other.heading.0
  "The {app} app's built-in browser[ on {os_label}]":
    '[{os_label} 上的 ]{app} 应用内置浏览器',
  // in-app-ios.heading.1, in-app-android.heading.1, in-app-android-old.heading.1, in-app-other.heading.1
  "An app's built-in browser[ on {os_label}]":
    '[{os_label} 上的]应用内置浏览器',
  // in-app-ios.summary
  "This page is open inside an app. The app uses the system's web engine, which supports TLS 1.2, but it can add its own network settings.":
    '本页面是在某个应用内打开的。该应用使用系统的网页引擎，它支持 TLS 1.2，但应用可能会加入自己的网络设置。',
  // in-app-ios.step.0
  'Open this page in Safari: tap the menu or share button (often three dots or an arrow) and choose "Open in Safari" or "Open in browser".':
    '在 Safari 中打开本页面：点按菜单或分享按钮（通常是三个点或一个箭头），然后选择在 Safari 或浏览器中打开的选项。',
  // in-app-ios.step.1
  'If it also fails in Safari: turn off any VPN or content blocker for a moment and reload the page.':
    '如果在 Safari 中也失败：请暂时关闭所有 VPN 或内容拦截器，然后重新加载页面。',
  // in-app-ios.step.2, crios.step.0, fxios.step.0, ios-safari.step.0 and 2 more
  'Check the clock: Settings > General > Date & Time, turn on "Set Automatically".':
    '检查时钟：设置 > 通用 > 日期与时间，打开“自动设置”。',
  // in-app-ios.step.3, crios.step.2, fxios.step.2, ios-safari.step.2 and 2 more
  'If your employer or school manages this device, a profile may filter traffic (Settings > General > VPN & Device Management, or Profiles on older iOS): ask them.':
    '如果此设备由您的单位或学校管理，描述文件可能会过滤网络流量（设置 > 通用 > VPN与设备管理，旧版 iOS 中为“描述文件”）：请咨询他们。',
  // in-app-android.summary
  'This page is open inside an app. On Android 5 and later, apps show pages with Android System WebView, which supports TLS 1.2, but an app can add its own network settings.':
    '本页面是在某个应用内打开的。在 Android 5 及更高版本上，应用用 Android System WebView 显示网页，它支持 TLS 1.2，但应用可能会加入自己的网络设置。',
  // in-app-android.step.0, android-webview.step.0
  'Open this page in Chrome: tap the menu (three dots) and choose "Open in Chrome" or "Open in browser".':
    '在 Chrome 中打开本页面：点按菜单（三个点），然后选择在 Chrome 或浏览器中打开的选项。',
  // in-app-android.step.1
  'Update Chrome and "Android System WebView" in Google Play: apps use them to show pages.':
    '在 Google Play 中更新 Chrome 和“Android System WebView”：应用用它们来显示网页。',
  // in-app-android.step.2, android-webview.step.2, ie11.step.2, iemobile-11.step.0 and 12 more
  'Check that the date, time and time zone of this device are right: a wrong clock breaks secure connections.':
    '检查此设备的日期、时间和时区是否正确：时钟错误会导致安全连接失败。',
  // in-app-android.step.3, android-webview.step.3, iemobile-11.step.1, edge-legacy-mobile.step.1 and 4 more
  'Turn off any VPN, ad blocker or security app for a moment and reload this page; on Wi-Fi at work or school, also try your mobile data.':
    '暂时关闭所有 VPN、广告拦截器或安全类应用，然后重新加载本页面；如果您连接的是单位或学校的 Wi-Fi，也请用移动数据试一下。',
  // in-app-android.link.0, android-webview.link.0, in-app-android-old.link.0, samsung-internet-old.link.1 and 3 more
  'Chrome in Google Play':
    'Google Play 中的 Chrome',
  // in-app-android.link.1, android-webview.link.1
  'Android System WebView in Google Play':
    'Google Play 中的 Android System WebView',
  // android-webview.heading.0
  "An app's built-in browser (Android WebView {major})[ on {os_label}]":
    '[{os_label} 上的]应用内置浏览器（Android WebView {major}）',
  // android-webview.heading.1
  "An app's built-in browser (Android WebView)":
    '应用内置浏览器（Android WebView）',
  // android-webview.summary
  'This page is open inside an app that uses Android System WebView. On Android 5 and later it supports TLS 1.2, so the WebView is probably not the cause.':
    '本页面是在使用 Android System WebView 的应用内打开的。在 Android 5 及更高版本上它支持 TLS 1.2，因此原因很可能不在 WebView。',
  // android-webview.step.1
  'Update Chrome and "Android System WebView" in Google Play.':
    '在 Google Play 中更新 Chrome 和“Android System WebView”。',
  // in-app-android-old.summary
  'The built-in browser of apps on Android 4.x may not support TLS 1.2 (4.3 and older cannot; on 4.4 it depends on the phone), and no setting changes that.':
    'Android 4.x 上应用的内置浏览器可能不支持 TLS 1.2（4.3 及更早版本不支持；4.4 取决于手机），而且无法通过任何设置改变。',
  // in-app-android-old.step.0
  'Open this page in Chrome or Firefox: tap the menu (three dots) and choose "Open in browser".':
    '在 Chrome 或 Firefox 中打开本页面：点按菜单（三个点），然后选择在浏览器中打开的选项。',
  // in-app-android-old.step.1, samsung-internet-old.step.1, android-stock-old.step.0, android-stock-4.4.step.0
  'Install Chrome or Firefox from Google Play and open this page there: they bring their own TLS 1.2 support, even on older Android.':
    '从 Google Play 安装 Chrome 或 Firefox，并在其中打开本页面：它们自带 TLS 1.2 支持，在较旧的 Android 上也可以使用。',
  // in-app-android-old.step.2
  'If Google Play does not offer them for this phone, use a newer phone, tablet or computer.':
    '如果 Google Play 没有为这部手机提供它们，请使用较新的手机、平板电脑或电脑。',
  // in-app-android-old.link.1, uc-browser.link.1, android-stock-old.link.1, android-stock-4.4.link.1
  'Firefox in Google Play':
    'Google Play 中的 Firefox',
  // in-app-other.summary
  'This page is open inside an app, whose built-in browser we cannot judge.':
    '本页面是在某个应用内打开的，我们无法判断它的内置浏览器。',
  // in-app-other.step.0
  'Open this page in your device\'s main browser (for example Safari, Chrome or Firefox): look for "Open in browser" in the app\'s menu.':
    '请在设备的主浏览器（例如 Safari、Chrome 或 Firefox）中打开本页面：在应用的菜单中查找在浏览器中打开的选项。',
  // in-app-other.step.1
  'If it also fails there, follow the steps this page shows in that browser.':
    '如果在那里也失败，请按照本页面在那个浏览器中显示的步骤操作。',
  // ie-xp-vista.heading.0, ie8-10-win7.heading.0, ie10-win8.heading.0
  'Internet Explorer {major} on {os_label}':
    '{os_label} 上的 Internet Explorer {major}',
  // ie-xp-vista.heading.1
  'Internet Explorer on {os_label}':
    '{os_label} 上的 Internet Explorer',
  // ie-xp-vista.summary
  'Internet Explorer on Windows XP and Vista cannot use TLS 1.2: Windows itself lacks it, and no setting or update adds it.':
    'Windows XP 和 Vista 上的 Internet Explorer 无法使用 TLS 1.2：Windows 本身不支持，任何设置或更新都无法添加。',
  // ie-xp-vista.step.0
  'Best: use a computer, tablet or phone with a current system, for example Windows 10 or 11, macOS, iOS or Android.':
    '最佳做法：使用装有新版系统的电脑、平板电脑或手机，例如 Windows 10 或 11、macOS、iOS 或 Android。',
  // ie-xp-vista.step.1
  'If you must use this computer for now: install a browser that brings its own TLS 1.2 support. Firefox 52 ESR was the last Firefox for Windows XP and Vista; it can connect, but it no longer gets security updates.':
    '如果暂时必须使用这台电脑：请安装自带 TLS 1.2 支持的浏览器。Firefox 52 ESR 是最后一个支持 Windows XP 和 Vista 的 Firefox；它可以连接，但已不再获得安全更新。',
  // ie-xp-vista.step.2
  'If its hardware allows, upgrade this computer to a supported version of Windows.':
    '如果硬件允许，请将这台电脑升级到仍受支持的 Windows 版本。',
  // ie-xp-vista.link.0
  'Firefox 52 ESR (last version for Windows XP and Vista)':
    'Firefox 52 ESR（支持 Windows XP 和 Vista 的最后一个版本）',
  // ie-xp-vista.link.1
  'Microsoft Windows':
    'Microsoft Windows',
  // ie6-7.heading.0, ie11.heading.0, ie-other.heading.0
  'Internet Explorer {major}[ on {os_label}]':
    '[{os_label} 上的 ]Internet Explorer {major}',
  // ie6-7.heading.1
  'Internet Explorer':
    'Internet Explorer',
  // ie6-7.summary
  'Internet Explorer {major} cannot use TLS 1.2.':
    'Internet Explorer {major} 无法使用 TLS 1.2。',
  // ie6-7.step.0
  'Install a current browser such as Microsoft Edge, Chrome or Firefox (or at least Internet Explorer 11).':
    '安装 Microsoft Edge、Chrome 或 Firefox 等新版浏览器（至少也要安装 Internet Explorer 11）。',
  // ie6-7.step.1
  'If this is a company computer, ask your IT department: an old browser may be kept on purpose for a business application.':
    '如果这是公司的电脑，请咨询您的 IT 部门：可能是为了某个业务应用而特意保留了旧浏览器。',
  // ie6-7.step.2
  'If this computer cannot run a current browser, use a newer device.':
    '如果这台电脑无法运行新版浏览器，请使用较新的设备。',
  // ie6-7.link.0, ie11.link.0, ie-other.link.0, edge-legacy.link.0 and 3 more
  'Download Microsoft Edge':
    '下载 Microsoft Edge',
  // ie8-10-win7.summary
  'Internet Explorer {major} on Windows 7 can use TLS 1.2, but it is turned off. You can turn it on in a minute.':
    'Windows 7 上的 Internet Explorer {major} 可以使用 TLS 1.2，但它处于关闭状态。您只需一分钟就能将其打开。',
  // ie8-10-win7.step.0, ie10-win8.step.0
  'In Internet Explorer, click the gear icon at the top right, or the Tools menu (press Alt if you do not see it), and choose Internet Options.':
    '在 Internet Explorer 中，点击右上角的齿轮图标或“工具”菜单（如果看不到菜单，请按 Alt 键），然后选择“Internet 选项”。',
  // ie8-10-win7.step.1, ie10-win8.step.1
  'Open the Advanced tab and scroll down to the Security section.':
    '打开“高级”选项卡，向下滚动到“安全”部分。',
  // ie8-10-win7.step.2, ie10-win8.step.2
  'Tick "Use TLS 1.2" (ticking "Use TLS 1.1" too does no harm), click OK, then close and reopen Internet Explorer and load this page again.':
    '勾选“使用 TLS 1.2”（同时勾选“使用 TLS 1.1”也没有坏处），点击“确定”，然后关闭并重新打开 Internet Explorer，再次加载本页面。',
  // ie8-10-win7.step.3, ie10-win8.step.3, ie11.step.1, edge-legacy.step.1
  'If the box is greyed out, a company policy controls it: ask your IT department.':
    '如果该复选框显示为灰色，说明它由公司策略控制：请咨询您的 IT 部门。',
  // ie8-10-win7.step.4
  'Better still: install Internet Explorer 11 (through Windows Update) or another current browser.':
    '更好的做法：安装 Internet Explorer 11（通过 Windows Update）或其他新版浏览器。',
  // ie8-10-win7.step.5, ie10-win8.step.5
  'IT staff: set it for all PCs with Group Policy (Computer Configuration > Administrative Templates > Windows Components > Internet Explorer > Internet Control Panel > Advanced Page > Turn off encryption support: choose an option that includes TLS 1.2), or with the registry value SecureProtocols = 0xA80 (DWORD) under HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings.':
    'IT 人员：可以用组策略为所有电脑统一设置（英文版控制台中的路径：Computer Configuration > Administrative Templates > Windows Components > Internet Explorer > Internet Control Panel > Advanced Page > "Turn off encryption support"（关闭加密支持）：选择包含 TLS 1.2 的选项），或者在 HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings 下设置注册表值 SecureProtocols = 0xA80 (DWORD)。',
  // ie10-win8.summary
  'Internet Explorer 10 on Windows 8 can use TLS 1.2, but it is turned off. You can turn it on in a minute.':
    'Windows 8 上的 Internet Explorer 10 可以使用 TLS 1.2，但它处于关闭状态。您只需一分钟就能将其打开。',
  // ie10-win8.step.4
  'Better still: update Windows 8 to Windows 8.1 or later (which brings Internet Explorer 11), or use another current browser.':
    '更好的做法：将 Windows 8 更新到 Windows 8.1 或更高版本（会带来 Internet Explorer 11），或使用其他新版浏览器。',
  // ie11.summary
  'Internet Explorer 11 supports TLS 1.2 and normally has it on, unless a setting or a policy turned it off.':
    'Internet Explorer 11 支持 TLS 1.2，通常处于开启状态，除非某项设置或策略将其关闭。',
  // ie11.step.0
  'Check the setting: gear icon (or Tools menu) > Internet Options > Advanced tab, Security section: "Use TLS 1.2" must be ticked. Click OK and reload this page.':
    '检查设置：齿轮图标（或“工具”菜单）> Internet 选项 > “高级”选项卡，“安全”部分：必须勾选“使用 TLS 1.2”。点击“确定”，然后重新加载本页面。',
  // ie11.step.3, edge-legacy.step.3, edge.step.1, chrome.step.1 and 4 more
  'If antivirus or internet-security software checks secure (HTTPS) connections, update it, or turn that checking off for a moment and reload this page.':
    '如果杀毒软件或网络安全软件会检查安全（HTTPS）连接，请更新该软件，或暂时关闭这项检查，然后重新加载本页面。',
  // ie11.step.4, edge-legacy.step.4, edge.step.2, chrome.step.2 and 4 more
  'At work or school, a proxy or web filter can block the test: try another network (for example your mobile data) or ask your IT department.':
    '在单位或学校，代理或网页过滤器可能会阻止测试：请换一个网络（例如您的移动数据）再试，或咨询您的 IT 部门。',
  // ie11.step.5
  'Microsoft has retired Internet Explorer: for everyday use, switch to Microsoft Edge or another current browser.':
    'Microsoft 已停用 Internet Explorer：日常使用请改用 Microsoft Edge 或其他新版浏览器。',
  // ie-other.heading.1
  'Internet Explorer[ on {os_label}]':
    '[{os_label} 上的 ]Internet Explorer',
  // ie-other.summary
  'We cannot tell whether this Internet Explorer can use TLS 1.2 on this system.':
    '我们无法判断此 Internet Explorer 能否在此系统上使用 TLS 1.2。',
  // ie-other.step.0
  'Open Internet Options (gear icon or Tools menu) > Advanced tab, Security section: if there is a "Use TLS 1.2" box, tick it, click OK and reload this page.':
    '打开 Internet 选项（齿轮图标或“工具”菜单）> “高级”选项卡，“安全”部分：如果有“使用 TLS 1.2”复选框，请勾选它，点击“确定”，然后重新加载本页面。',
  // ie-other.step.1
  'Better: use a current browser such as Microsoft Edge, Chrome or Firefox.':
    '更好的做法：使用 Microsoft Edge、Chrome 或 Firefox 等新版浏览器。',
  // iemobile-old.heading.0, iemobile-11.heading.0
  'Internet Explorer Mobile {major}[ on {os_label}]':
    '[{os_label} 上的 ]Internet Explorer Mobile {major}',
  // iemobile-old.summary
  "This phone's browser cannot use TLS 1.2, and Windows Phone 7 and Windows Mobile phones get no more updates.":
    '这部手机的浏览器无法使用 TLS 1.2，而且 Windows Phone 7 和 Windows Mobile 手机已不再获得更新。',
  // iemobile-old.step.0, blackberry-old.step.0, nokia.step.0
  'Use a newer phone, tablet or computer.':
    '请使用较新的手机、平板电脑或电脑。',
  // iemobile-10.heading.0
  'Internet Explorer Mobile 10[ on {os_label}]':
    '[{os_label} 上的 ]Internet Explorer Mobile 10',
  // iemobile-10.summary
  'Internet Explorer Mobile 10 on Windows Phone 8 has TLS 1.2 turned off, and the phone has no setting to turn it on.':
    'Windows Phone 8 上的 Internet Explorer Mobile 10 关闭了 TLS 1.2，而且手机上没有可以开启它的设置。',
  // iemobile-10.step.0
  'Update the phone to Windows Phone 8.1 if it is offered (Settings > phone update): its Internet Explorer 11 uses TLS 1.2.':
    '如果手机提示可以更新到 Windows Phone 8.1，请更新（设置 > "phone update"（手机更新））：它的 Internet Explorer 11 会使用 TLS 1.2。',
  // iemobile-10.step.1
  'Otherwise use a newer phone, tablet or computer.':
    '否则，请使用较新的手机、平板电脑或电脑。',
  // iemobile-11.summary, edge-legacy-mobile.summary, edge.summary, chrome.summary and 6 more
  '{browser}[ {major}] supports TLS 1.2 and has it turned on, so the browser itself is probably not the cause. Check these common causes.':
    '{browser}[ {major}] 支持 TLS 1.2 且已开启，因此原因很可能不在浏览器本身。请检查以下常见原因。',
  // edge-legacy-mobile.heading.0, edge.heading.0
  'Microsoft Edge {major}[ on {os_label}]':
    '[{os_label} 上的 ]Microsoft Edge {major}',
  // edge-legacy-mobile.step.2
  'Windows 10 Mobile no longer gets updates: for lasting safety, use a newer phone.':
    'Windows 10 Mobile 已不再获得更新：为了长期安全，请使用较新的手机。',
  // edge-legacy.heading.0
  'Microsoft Edge {major} (the original Edge)[ on {os_label}]':
    '[{os_label} 上的 ]Microsoft Edge {major}（旧版 Edge）',
  // edge-legacy.summary
  'This original Microsoft Edge supports TLS 1.2 and normally has it on. It uses the Windows settings for secure connections, so a changed Windows setting can turn it off.':
    '这个旧版 Microsoft Edge 支持 TLS 1.2，通常处于开启状态。它使用 Windows 的安全连接设置，因此 Windows 中的设置被更改后可能会关闭它。',
  // edge-legacy.step.0
  'Check the Windows setting: Control Panel > Network and Internet > Internet Options > Advanced tab, Security section: "Use TLS 1.2" must be ticked. Click OK, restart Edge and reload this page.':
    '检查 Windows 设置：控制面板 > 网络和 Internet > Internet 选项 > “高级”选项卡，“安全”部分：必须勾选“使用 TLS 1.2”。点击“确定”，重新启动 Edge，然后重新加载本页面。',
  // edge-legacy.step.5
  'Install the new Microsoft Edge, which replaced this version; Windows Update normally does it for you.':
    '安装取代了此版本的新版 Microsoft Edge；通常 Windows 更新会自动为您完成。',
  // edge.heading.1
  'Microsoft Edge':
    'Microsoft Edge',
  // edge.step.3, chrome.step.3, chromium-based.step.3, samsung-internet.step.2 and 3 more
  'On a device managed by your employer or school, a policy may limit secure connections: ask your IT department.':
    '在由您的单位或学校管理的设备上，策略可能会限制安全连接：请咨询您的 IT 部门。',
  // crios.heading.0
  'Chrome[ {major}] on {os_label}':
    '{os_label} 上的 Chrome[ {major}]',
  // crios.heading.1
  'Chrome on iPhone or iPad':
    'iPhone 或 iPad 上的 Chrome',
  // crios.summary
  "Chrome on iPhone and iPad uses Apple's web engine, which supports TLS 1.2 since iOS 5, so the browser is probably not the cause.":
    'iPhone 和 iPad 上的 Chrome 使用 Apple 的网页引擎，该引擎从 iOS 5 起支持 TLS 1.2，因此原因很可能不在浏览器。',
  // crios.step.1, fxios.step.1, ios-safari.step.1, ipados-safari.step.1 and 1 more
  'Turn off any VPN or content blocker for a moment and reload this page; on Wi-Fi at work or school, also try mobile data.':
    '暂时关闭所有 VPN 或内容拦截器，然后重新加载本页面；如果您连接的是单位或学校的 Wi-Fi，也请用移动数据试一下。',
  // fxios.heading.0
  'Firefox[ {major}] on {os_label}':
    '{os_label} 上的 Firefox[ {major}]',
  // fxios.heading.1
  'Firefox on iPhone or iPad':
    'iPhone 或 iPad 上的 Firefox',
  // fxios.summary
  "Firefox on iPhone and iPad uses Apple's web engine, which supports TLS 1.2 since iOS 5, so the browser is probably not the cause.":
    'iPhone 和 iPad 上的 Firefox 使用 Apple 的网页引擎，该引擎从 iOS 5 起支持 TLS 1.2，因此原因很可能不在浏览器。',
  // ios-safari.heading.0
  'Safari[ {major}] on {os_label}':
    '{os_label} 上的 Safari[ {major}]',
  // ios-safari.heading.1
  'Safari on iPhone or iPad':
    'iPhone 或 iPad 上的 Safari',
  // ios-safari.summary
  'Safari on iOS 5 and later supports TLS 1.2 and has it on, so Safari is probably not the cause.':
    'iOS 5 及更高版本上的 Safari 支持 TLS 1.2 且已开启，因此原因很可能不在 Safari。',
  // ipados-safari.heading.0
  'Safari {major} on iPad':
    'iPad 上的 Safari {major}',
  // ipados-safari.heading.1
  'Safari on iPad':
    'iPad 上的 Safari',
  // ipados-safari.summary
  'Safari on iPad supports TLS 1.2 and has it on, so Safari is probably not the cause.':
    'iPad 上的 Safari 支持 TLS 1.2 且已开启，因此原因很可能不在 Safari。',
  // ios-browser.heading.0
  '{browser}[ {major}] on {os_label}':
    '{os_label} 上的 {browser}[ {major}]',
  // ios-browser.summary
  "Browsers on iPhone and iPad use Apple's web engine, which supports TLS 1.2 since iOS 5, so the browser is probably not the cause.":
    'iPhone 和 iPad 上的浏览器都使用 Apple 的网页引擎，该引擎从 iOS 5 起支持 TLS 1.2，因此原因很可能不在浏览器。',
  // chrome-old.heading.0, chrome-29.heading.0, chrome.heading.0, chromium-based-old.heading.0 and 4 more
  '{browser} {major}[ on {os_label}]':
    '[{os_label} 上的 ]{browser} {major}',
  // chrome-old.summary
  'Chrome {major} is too old for TLS 1.2 (Chrome has had it since version 29 or 30).':
    'Chrome {major} 版本太旧，无法使用 TLS 1.2（Chrome 从 29 或 30 版起支持）。',
  // chrome-old.step.0
  'Update Chrome: open the Chrome menu and choose About Google Chrome (in newer versions under Help); on Android, update it in Google Play.':
    '更新 Chrome：打开 Chrome 菜单，选择“关于 Google Chrome”（较新版本在“帮助”下）；在 Android 上，请在 Google Play 中更新。',
  // chrome-old.step.1
  'If Chrome cannot update on this system, use another current browser, or a newer device.':
    '如果 Chrome 无法在此系统上更新，请使用其他新版浏览器或较新的设备。',
  // chrome-29.summary
  'TLS 1.2 arrived in Chrome (and the browsers built on it) at version 29 or 30; sources disagree, so {browser} {major} may not connect.':
    'Chrome（以及基于它的浏览器）在 29 或 30 版加入了 TLS 1.2；各方资料说法不一，因此 {browser} {major} 可能无法连接。',
  // chrome-29.step.0
  'Update {browser} to its current version (in Chrome: menu > Help > About Google Chrome).':
    '将 {browser} 更新到最新版本（在 Chrome 中：菜单 > 帮助 > 关于 Google Chrome）。',
  // chrome-29.step.1
  'If it cannot update on this system, use another current browser.':
    '如果无法在此系统上更新，请使用其他新版浏览器。',
  // chromium-based-old.heading.1, chromium-based.heading.1, firefox-old.heading.1
  '{browser}[ on {os_label}]':
    '[{os_label} 上的 ]{browser}',
  // chromium-based-old.summary
  '{browser}[ {major}] is built on an old version of Chromium ({chromium}) that cannot use TLS 1.2.':
    '{browser}[ {major}] 基于旧版 Chromium（{chromium}），无法使用 TLS 1.2。',
  // chromium-based-old.step.0
  'Update {browser} to its current version, or install a current browser such as Chrome, Firefox or Microsoft Edge.':
    '将 {browser} 更新到最新版本，或安装 Chrome、Firefox 或 Microsoft Edge 等新版浏览器。',
  // chromium-based.summary
  '{browser} is built on Chromium {chromium}, which supports TLS 1.2 and has it on, so the browser itself is probably not the cause. Check these common causes.':
    '{browser} 基于 Chromium {chromium}，它支持 TLS 1.2 且已开启，因此原因很可能不在浏览器本身。请检查以下常见原因。',
  // silk-legacy.heading.0
  'Amazon Silk {major}[ on {os_label}]':
    '[{os_label} 上的 ]Amazon Silk {major}',
  // silk-legacy.heading.1
  'Amazon Silk':
    'Amazon Silk',
  // silk-legacy.summary
  'This older version of Amazon Silk may not support TLS 1.2.':
    '这个旧版 Amazon Silk 可能不支持 TLS 1.2。',
  // silk-legacy.step.0
  "Update the tablet's software: look for System Updates in its Settings.":
    '更新平板电脑的软件：在其设置中查找系统更新。',
  // silk-legacy.step.1
  'If no update is offered, use a newer device or a computer.':
    '如果没有可用的更新，请使用较新的设备或电脑。',
  // samsung-internet-old.heading.0, samsung-internet.heading.0
  'Samsung Internet {major}[ on {os_label}]':
    '[{os_label} 上的 ]Samsung Internet {major}',
  // samsung-internet-old.summary
  'We cannot confirm that Samsung Internet {major} supports TLS 1.2 (version 4 and later do).':
    '我们无法确认 Samsung Internet {major} 是否支持 TLS 1.2（4 及更高版本支持）。',
  // samsung-internet-old.step.0
  'Update Samsung Internet in the Galaxy Store or Google Play.':
    '在 Galaxy Store 或 Google Play 中更新 Samsung Internet。',
  // samsung-internet-old.link.0
  'Samsung Internet in Google Play':
    'Google Play 中的 Samsung Internet',
  // samsung-internet.heading.1
  'Samsung Internet[ on {os_label}]':
    '[{os_label} 上的 ]Samsung Internet',
  // opera-presto-old.heading.0, opera-presto.heading.0
  'Opera {version}[ on {os_label}]':
    '[{os_label} 上的 ]Opera {version}',
  // opera-presto-old.summary
  'Opera {version} cannot use TLS 1.2 (Opera added it in version 10).':
    'Opera {version} 无法使用 TLS 1.2（Opera 从 10 版起才支持）。',
  // opera-presto-old.step.0
  'Install the current Opera, or another current browser such as Firefox or Chrome.':
    '安装最新版 Opera，或 Firefox、Chrome 等其他新版浏览器。',
  // opera-presto.summary
  'Opera {version} can use TLS 1.2, but it is turned off.':
    'Opera {version} 可以使用 TLS 1.2，但它处于关闭状态。',
  // opera-presto.step.0
  'Open Preferences: Opera menu (or Tools) > Settings > Preferences, or press Ctrl+F12 (on a Mac: Opera > Preferences).':
    '打开首选项：按 Ctrl+F12，或使用 Opera 菜单（或 Tools）> "Settings" > "Preferences"（设置 > 首选项）；在 Mac 上：Opera > "Preferences"。',
  // opera-presto.step.1
  'Open the Advanced tab, choose Security on the left and click "Security Protocols...".':
    '打开 "Advanced"（高级）选项卡，在左侧选择 "Security"（安全），然后点击 "Security Protocols..."（安全协议）。',
  // opera-presto.step.2
  'Tick "Enable TLS 1.2" (and "Enable TLS 1.1"), click OK twice and reload this page.':
    '勾选 "Enable TLS 1.2"（启用 TLS 1.2）和 "Enable TLS 1.1"，点击两次 "OK"（确定），然后重新加载本页面。',
  // opera-presto.step.3
  'Or type opera:config in the address bar, search for TLS, tick "Enable TLS v1.2", click Save and reload this page.':
    '或者在地址栏中输入 opera:config，搜索 TLS，勾选 "Enable TLS v1.2"（启用 TLS 1.2），点击 "Save"（保存），然后重新加载本页面。',
  // opera-presto.step.4
  'Better: install the current Opera, which has TLS 1.2 on.':
    '更好的做法：安装最新版 Opera，它已开启 TLS 1.2。',
  // opera-mobile-old.heading.0, opera-mobile.heading.0
  'Opera Mobile {version}[ on {os_label}]':
    '[{os_label} 上的 ]Opera Mobile {version}',
  // opera-mobile-old.summary
  'Opera Mobile {version} cannot use TLS 1.2.':
    'Opera Mobile {version} 无法使用 TLS 1.2。',
  // opera-mobile-old.step.0
  'Install the current Opera, Chrome or Firefox from your app store and open this page there.':
    '从应用商店安装最新版 Opera、Chrome 或 Firefox，并在其中打开本页面。',
  // opera-mobile-old.step.1
  'If the phone cannot install them, use a newer phone, tablet or computer.':
    '如果这部手机无法安装它们，请使用较新的手机、平板电脑或电脑。',
  // opera-mobile.step.2
  'For lasting safety, install the current Opera, Chrome or Firefox from your app store.':
    '为了长期安全，请从应用商店安装最新版 Opera、Chrome 或 Firefox。',
  // opera-15.heading.0, opera.heading.0
  'Opera {major}[ on {os_label}]':
    '[{os_label} 上的 ]Opera {major}',
  // opera-15.summary
  'Opera {major} cannot use TLS 1.2; Opera 16 and later can.':
    'Opera {major} 无法使用 TLS 1.2；Opera 16 及更高版本可以。',
  // opera-15.step.0
  'Update Opera: Opera menu > About Opera checks for updates. Or download the current Opera.':
    '更新 Opera：Opera 菜单中的 "About Opera"（关于 Opera）会检查更新。或者下载最新版 Opera。',
  // uc-browser.heading.0
  'UC Browser {major}[ on {os_label}]':
    '[{os_label} 上的 ]UC浏览器 {major}',
  // uc-browser.heading.1
  'UC Browser[ on {os_label}]':
    '[{os_label} 上的 ]UC浏览器',
  // uc-browser.summary
  "UC Browser can send pages through UC's own servers (speed or data-saving mode), so this test may have checked those servers rather than your device.":
    'UC浏览器可能会通过 UC 自己的服务器传送网页（极速模式或省流量模式），因此本测试检查的可能是这些服务器，而不是您的设备。',
  // uc-browser.step.0
  'In UC Browser, turn off speed mode or data saving in the settings, and reload this page.':
    '在 UC浏览器的设置中关闭极速模式或省流量模式，然后重新加载本页面。',
  // uc-browser.step.1
  'Or open this page in Chrome or Firefox.':
    '或者在 Chrome 或 Firefox 中打开本页面。',
  // firefox-old.summary
  '{browser}[ {major}] cannot use TLS 1.2 (Firefox added it in version 24).':
    '{browser}[ {major}] 无法使用 TLS 1.2（Firefox 从 24 版起才支持）。',
  // firefox-old.step.0
  'Update Firefox: open the menu and choose Help > About Firefox (very old versions: Help > Check for Updates). On Android, update it in Google Play. For other Mozilla-based browsers, install their current version or the current Firefox.':
    '更新 Firefox：打开菜单，选择“帮助 > 关于 Firefox”（非常旧的版本："Help > Check for Updates"（帮助 > 检查更新））。在 Android 上，请在 Google Play 中更新。对于其他基于 Mozilla 的浏览器，请安装其最新版本或最新版 Firefox。',
  // firefox-old.step.1
  'On Windows XP or Vista the last Firefox is 52 ESR, on Mac OS X 10.6-10.8 it is 45 ESR: both can connect but no longer get security updates, so a newer system is the lasting fix.':
    '在 Windows XP 或 Vista 上，最后一个可用的 Firefox 是 52 ESR；在 Mac OS X 10.6-10.8 上是 45 ESR：两者都能连接，但已不再获得安全更新，因此长久之计是使用较新的系统。',
  // firefox-24-26.summary
  '{browser} {major} can use TLS 1.2, but it is turned off.':
    '{browser} {major} 可以使用 TLS 1.2，但它处于关闭状态。',
  // firefox-24-26.step.0
  'Type about:config in the address bar and press Enter. If a warning appears, accept it ("I\'ll be careful, I promise!").':
    '在地址栏中输入 about:config 并按回车键。如果出现警告，请接受（按钮上写着 "I\'ll be careful, I promise!"（我保证会小心）或相应的中文）。',
  // firefox-24-26.step.1
  'In the search box, type security.tls.version.max':
    '在搜索框中输入 security.tls.version.max',
  // firefox-24-26.step.2
  'Double-click that line, change the value to 3 (which means TLS 1.2) and click OK.':
    '双击这一行，将值改为 3（表示 TLS 1.2），然后点击“确定”。',
  // firefox-24-26.step.3
  'Reload this page.':
    '重新加载本页面。',
  // firefox-24-26.step.4
  'Better: update Firefox (menu > Help > About Firefox); version 27 and later have TLS 1.2 on.':
    '更好的做法：更新 Firefox（菜单 > 帮助 > 关于 Firefox）；27 及更高版本已开启 TLS 1.2。',
  // firefox-24-26.link.0
  'Mozilla: the about:config editor':
    'Mozilla：about:config 编辑器',
  // firefox-android.heading.0
  '{browser} {major} on {os_label}':
    '{os_label} 上的 {browser} {major}',
  // firefox.step.0
  'Check that TLS 1.2 was not turned off: type about:config in the address bar and search for security.tls.version.max. Its value must be 3 or higher; if it was changed, right-click it and choose Reset.':
    '检查 TLS 1.2 是否被关闭：在地址栏中输入 about:config，搜索 security.tls.version.max。它的值必须是 3 或更高；如果被改过，请右键点击它并选择 "Reset"（重置）。',
  // safari-old.heading.0, safari.heading.0
  'Safari {major}[ on {os_label}]':
    '[{os_label} 上的 ]Safari {major}',
  // safari-old.heading.1
  'Safari[ on {os_label}]':
    '[{os_label} 上的 ]Safari',
  // safari-old.summary
  'Safari[ {major}] cannot use TLS 1.2; Safari 7 (OS X 10.9 Mavericks) and later can.':
    'Safari[ {major}] 无法使用 TLS 1.2；Safari 7（OS X 10.9 Mavericks）及更高版本可以。',
  // safari-old.step.0
  'Check which system your Mac has: Apple menu > About This Mac.':
    '查看您的 Mac 装的是什么系统：苹果菜单 > 关于本机。',
  // safari-old.step.1
  'If the Mac can run OS X 10.9 or later, update it (Apple menu > Software Update, or the App Store); Safari is updated with it.':
    '如果这台 Mac 可以运行 OS X 10.9 或更高版本，请更新（苹果菜单 > 软件更新，或 App Store）；Safari 会随系统一起更新。',
  // safari-old.step.2
  'If it cannot: on Mac OS X 10.6 to 10.8, Firefox 45 ESR (the last version for those systems, no longer updated) can connect. On older systems, use a newer device.':
    '如果不能：在 Mac OS X 10.6 到 10.8 上，Firefox 45 ESR（这些系统的最后一个版本，已不再更新）可以连接。在更旧的系统上，请使用较新的设备。',
  // safari-old.link.0
  'Apple: update macOS on your Mac':
    'Apple：在 Mac 上更新 macOS',
  // safari-old.link.1
  'Firefox 45 ESR (last version for Mac OS X 10.6-10.8)':
    'Firefox 45 ESR（支持 Mac OS X 10.6-10.8 的最后一个版本）',
  // safari.step.0
  'Check that the date, time and time zone of this Mac are right (Apple menu > System Settings or System Preferences > Date & Time): a wrong clock breaks secure connections.':
    '检查这台 Mac 的日期、时间和时区是否正确（苹果菜单 > 系统设置或系统偏好设置 > 日期与时间）：时钟错误会导致安全连接失败。',
  // safari.step.3
  'If your employer manages this Mac, a profile or policy may filter secure connections: ask your IT department.':
    '如果这台 Mac 由您的单位管理，描述文件或策略可能会过滤安全连接：请咨询您的 IT 部门。',
  // safari-windows.heading.0
  'Safari {version} for Windows[ on {os_label}]':
    '[{os_label} 上的 ]Windows 版 Safari {version}',
  // safari-windows.heading.1
  'Safari for Windows':
    'Windows 版 Safari',
  // safari-windows.summary
  'Apple stopped making Safari for Windows in 2012; its last version (5.1.7) cannot use TLS 1.2.':
    'Apple 于 2012 年停止开发 Windows 版 Safari；它的最后一个版本（5.1.7）无法使用 TLS 1.2。',
  // safari-windows.step.0
  'Install a current browser such as Microsoft Edge, Chrome or Firefox, and stop using Safari for Windows.':
    '安装 Microsoft Edge、Chrome 或 Firefox 等新版浏览器，并停止使用 Windows 版 Safari。',
  // android-stock-old.heading.0, android-stock-4.4.heading.0
  'The built-in Android browser on {os_label}':
    '{os_label} 上的 Android 内置浏览器',
  // android-stock-old.heading.1, android-stock-4.4.heading.1
  'The built-in Android browser':
    'Android 内置浏览器',
  // android-stock-old.summary
  'The built-in browser of Android 4.3 and older cannot use TLS 1.2, and no setting changes that.':
    'Android 4.3 及更早版本的内置浏览器无法使用 TLS 1.2，任何设置都无法改变这一点。',
  // android-stock-old.step.1
  'If Google Play does not offer them for this phone (Android 2.x and other very old phones), use a newer phone, tablet or computer.':
    '如果 Google Play 没有为这部手机提供它们（Android 2.x 和其他非常旧的手机），请使用较新的手机、平板电脑或电脑。',
  // android-stock-4.4.summary
  'The built-in browser of Android 4.4 may or may not use TLS 1.2: it depends on the phone maker.':
    'Android 4.4 的内置浏览器不一定能使用 TLS 1.2：这取决于手机厂商。',
  // android-stock-4.4.step.1
  'Check for a system update: Settings > About phone > System updates (the names vary by phone maker).':
    '检查系统更新：设置 > 关于手机 > 系统更新（名称因手机厂商而异）。',
  // blackberry-old.heading.0, blackberry-10.heading.0
  'The BlackBerry browser on {os_label}':
    '{os_label} 上的 BlackBerry 浏览器',
  // blackberry-old.heading.1
  'The BlackBerry browser':
    'BlackBerry 浏览器',
  // blackberry-old.summary
  'The browser of BlackBerry OS 7 and older cannot use TLS 1.2, and these phones get no more updates.':
    'BlackBerry OS 7 及更早版本的浏览器无法使用 TLS 1.2，而且这些手机已不再获得更新。',
  // blackberry-10.summary
  'The BlackBerry 10 browser supports TLS 1.2, so the browser itself is probably not the cause.':
    'BlackBerry 10 浏览器支持 TLS 1.2，因此原因很可能不在浏览器本身。',
  // blackberry-10.step.2
  'BlackBerry 10 no longer gets updates: for lasting safety, use a newer phone.':
    'BlackBerry 10 已不再获得更新：为了长期安全，请使用较新的手机。',
  // nokia.heading.1
  'A Nokia phone browser':
    '诺基亚手机的浏览器',
  // nokia.summary
  'The browsers of Symbian, Series 40 and MeeGo phones are very old and most likely cannot use TLS 1.2; these phones get no more updates.':
    'Symbian、Series 40 和 MeeGo 手机的浏览器非常旧，很可能无法使用 TLS 1.2；这些手机已不再获得更新。',
  // generic.heading.1
  'Your browser on {os_label}':
    '您的浏览器（{os_label}）',
  // generic.heading.2, words.headingFallback
  'Your browser':
    '您的浏览器',
  // generic.summary
  'We could not recognise this browser well enough to give exact steps.':
    '我们无法充分识别此浏览器，因此无法给出具体步骤。',
  // generic.step.0
  'Update your browser to its current version, or open this page in a current browser such as Chrome, Firefox, Microsoft Edge or Safari.':
    '将浏览器更新到最新版本，或在 Chrome、Firefox、Microsoft Edge 或 Safari 等新版浏览器中打开本页面。',
  // generic.step.1
  "Update your device's system (Windows Update; Software Update on Mac, iPhone and iPad; System update on Android).":
    '更新设备的系统（Windows 上用 Windows 更新；Mac、iPhone 和 iPad 上用“软件更新”；Android 上用“系统更新”）。',
  // generic.step.3
  'At work or school, a proxy or web filter can block the test: try another network or ask your IT department.':
    '在单位或学校，代理或网页过滤器可能会阻止测试：请换一个网络再试，或咨询您的 IT 部门。',
  // words.browser
  'your browser':
    '您的浏览器',
  // words.app
  'the app':
    '该应用',
  // words.osLabel
  'your system':
    '您的系统',
  // words.windows10or11
  'Windows 10 or 11':
    'Windows 10 或 11',
};
