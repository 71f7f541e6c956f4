/**
 * What the API integration guide says, as reviewed data: what a failure looks like in each runtime, what to
 * change per runtime, and the small test programs. The page (server/pages/api-guide.ts) only lays it out.
 *
 * Text fields are plain text; a span in `backticks` is shown as code. Facts follow the project's reference
 * table of TLS 1.2 support by client.
 */
import { PATHS, SOAP_FAULT_CODE } from './answers.js';

/** What an integration prints when the server refuses its old protocol (the handshake never completes). */
export interface FailureMessage {
  client: string;
  message: string;
}

export const FAILURE_MESSAGES: readonly FailureMessage[] = [
  { client: 'Java', message: 'javax.net.ssl.SSLHandshakeException: Received fatal alert: protocol_version' },
  { client: '.NET', message: 'The request was aborted: Could not create SSL/TLS secure channel.' },
  { client: '.NET', message: 'The underlying connection was closed: An unexpected error occurred on a send.' },
  {
    client: 'Windows event log (Schannel, event 36887)',
    message: 'A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 70.',
  },
  {
    client: 'Python',
    message: 'ssl.SSLError: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:590)',
  },
  {
    client: 'PHP / curl',
    message: 'cURL error 35: error:1407742E:SSL routines:SSL23_GET_SERVER_HELLO:tlsv1 alert protocol version',
  },
  {
    client: 'Node.js',
    message: 'Error: write EPROTO ...:error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version',
  },
];

/** Advice for one runtime or platform. */
export interface RuntimeAdvice {
  id: string;
  name: string;
  /** Plain-language points, most common case first. */
  points: readonly string[];
}

export const RUNTIME_ADVICE: readonly RuntimeAdvice[] = [
  {
    id: 'java',
    name: 'Java',
    points: [
      'Java 8 and newer: TLS 1.2 is on by default. Nothing to do, unless the program or its start-up options force an older protocol (look for `SSLContext.getInstance("TLSv1")`, `-Dhttps.protocols` or `-Djdk.tls.client.protocols` naming only TLSv1 or TLSv1.1).',
      'Java 7: can use TLS 1.2, but its clients start with TLS 1.0. Add `-Dhttps.protocols=TLSv1.2` to the java command line (this covers HttpsURLConnection, which most SOAP toolkits use) and, from Java 7u95, `-Djdk.tls.client.protocols=TLSv1.2` (this covers everything else). In code, `SSLContext.getInstance("TLSv1.2")` does the same. Better: move to Java 8 or newer.',
      'Java 6: TLS 1.2 exists only in late updates sold under extended support (6u115 build 32 and newer), and must be switched on. Upgrade Java.',
    ],
  },
  {
    id: 'dotnet',
    name: '.NET Framework',
    points: [
      '.NET Framework 4.7 and newer (when the application is built for 4.7 or newer): uses the operating system\'s default, which includes TLS 1.2. Do not set `ServicePointManager.SecurityProtocol` in code: it would pin today\'s choice for ever.',
      '.NET Framework 4.6.x: TLS 1.2 is on by default.',
      '.NET Framework 4.5 to 4.5.2: TLS 1.2 is available but not on. In code, before the first connection: `ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;`. Without changing code: set two registry values (DWORD) to 1, `SchUseStrongCrypto` and `SystemDefaultTlsVersions`, under both `HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` and `HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319`, then restart the application.',
      '.NET Framework 3.5 and older: no TLS 1.2 without Windows updates (KB3154518, KB3154519 or KB3154520, depending on the Windows version). Better: move to .NET Framework 4.8.',
    ],
  },
  {
    id: 'windows',
    name: 'Windows (Schannel: .NET, WinHTTP, PowerShell and many Windows programs)',
    points: [
      'Windows 8 / Server 2012 and newer: TLS 1.2 is on.',
      'Windows 7 SP1 / Server 2008 R2 SP1: TLS 1.2 is supported but off by default for many programs. For WinHTTP install update KB3140245 and set the DWORD `DefaultSecureProtocols` to `0xA00` under `HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp` (and the same path under `Wow6432Node`). For Schannel set `Enabled`=1 and `DisabledByDefault`=0 under `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client`. Restart afterwards.',
      'Windows Server 2008 SP2: needs update KB4019276 first, then the same settings.',
      'Windows XP, Vista and Server 2003: no TLS 1.2. Move the integration to a newer Windows.',
    ],
  },
  {
    id: 'openssl',
    name: 'OpenSSL (used by PHP, Python, Ruby, curl, Node.js and many Linux programs)',
    points: [
      'OpenSSL 1.0.1 or newer is needed; 0.9.8 and 1.0.0 cannot do TLS 1.2. `openssl version` shows the command-line version, but a program may bring or link its own copy: check from inside the runtime (examples below).',
    ],
  },
  {
    id: 'nss',
    name: 'NSS (Firefox libraries; curl and other tools on Red Hat / CentOS 6 and 7)',
    points: ['NSS 3.14 added TLS 1.1; TLS 1.2 needs NSS 3.15.1 or newer. Update the system (`rpm -q nss` shows the version).'],
  },
  {
    id: 'python',
    name: 'Python',
    points: [
      'Python 2.7.9 or newer, or 3.4 or newer, built with OpenSSL 1.0.1 or newer. Check with `python -c "import ssl; print(ssl.OPENSSL_VERSION)"`.',
      'An older runtime fails with `[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version`, often wrapped as `urllib.error.URLError: <urlopen error ...>` or `requests.exceptions.SSLError`. Upgrade Python (very old versions can only be helped with pyOpenSSL).',
    ],
  },
  {
    id: 'php',
    name: 'PHP and curl',
    points: [
      'PHP with curl: TLS 1.2 can be requested with `curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);` (the constant is 6) from curl 7.34 and PHP 5.5.19. If the code sets CURLOPT_SSLVERSION to an older version, remove or change that line.',
      'PHP\'s curl extension may use a different OpenSSL than the command-line tools: check with `php -r "print_r(curl_version());"` (look at ssl_version) or `php -i`, and run it as the same user and PHP the integration uses (web server PHP and command-line PHP can differ).',
      'PHP\'s SoapClient and file_get_contents do not use curl but PHP\'s own OpenSSL streams: they need PHP linked to OpenSSL 1.0.1 or newer; from PHP 5.6 a stream context with `\'crypto_method\' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT` forces TLS 1.2.',
    ],
  },
  {
    id: 'android',
    name: 'Android apps',
    points: [
      'Android 5.0 and newer: TLS 1.2 is on.',
      'Android 4.1 to 4.4: TLS 1.2 is supported but not switched on for apps. In the app, call `ProviderInstaller.installIfNeeded(context)` (Google Play services) when it starts, and make its HTTP client enable TLSv1.2 on its sockets (an SSLSocketFactory that calls `setEnabledProtocols(new String[] {"TLSv1.2"})`).',
      'Android 4.0 and older: no TLS 1.2.',
    ],
  },
  {
    id: 'others',
    name: 'Node.js, Ruby and others',
    points: [
      'Node.js 4 and newer: on by default, unless the code pins an old protocol (`secureProtocol: \'TLSv1_method\'` or `maxVersion`).',
      'Ruby 2.0 and newer with OpenSSL 1.0.1c or newer.',
    ],
  },
];

/** A small test program for the guide. `origin` is the test host's HTTPS origin, e.g. https://tls.example.com. */
export interface Snippet {
  id: string;
  name: string;
  /** How to run it, in one sentence. */
  run: string;
  code: string;
  /** What a pass prints. */
  pass: string;
}

const SOAP_BODY = '<login/>';

export function curlSnippets(origin: string): Snippet[] {
  return [
    {
      id: 'curl',
      name: 'curl (Linux, macOS, Windows 10 and newer)',
      run: 'Type these at a command prompt. On Windows, type curl.exe instead of curl.',
      code:
        `curl ${origin}${PATHS.readiness}\n` +
        `curl -i -H "Content-Type: text/xml; charset=utf-8" -H "SOAPAction: login" -d "${SOAP_BODY}" ${origin}${PATHS.soapPartner}`,
      pass: `The first prints one line starting with TLS_OK; the second prints HTTP/1.1 500 and a SOAP fault ${SOAP_FAULT_CODE}.`,
    },
  ];
}

export function javaSnippet(origin: string): Snippet {
  return {
    id: 'java',
    name: 'Java (7 and newer)',
    run: 'Save as TlsCheck.java, then: javac TlsCheck.java and java TlsCheck (on Java 7: java -Dhttps.protocols=TLSv1.2 TlsCheck).',
    code: `import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Scanner;
import javax.net.ssl.HttpsURLConnection;

public class TlsCheck {
    public static void main(String[] args) throws Exception {
        URL url = new URL("${origin}${PATHS.soapPartner}");
        HttpsURLConnection c = (HttpsURLConnection) url.openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "text/xml; charset=utf-8");
        c.setRequestProperty("SOAPAction", "login");
        OutputStream out = c.getOutputStream();
        out.write("${SOAP_BODY}".getBytes("UTF-8"));
        out.close();
        int status = c.getResponseCode();
        System.out.println("HTTP " + status + " " + c.getCipherSuite());
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        System.out.println(new Scanner(in, "UTF-8").useDelimiter("\\\\A").next());
    }
}
`,
    pass: `HTTP 500, the cipher suite, then the SOAP fault with ${SOAP_FAULT_CODE}. A failure ends with javax.net.ssl.SSLHandshakeException.`,
  };
}

export function csharpSnippet(origin: string): Snippet {
  return {
    id: 'csharp',
    name: 'C# (.NET Framework 4.5 and newer)',
    run: 'Compile as a console application and run it on the machine the integration runs on.',
    code: `using System;
using System.IO;
using System.Net;
using System.Text;

class TlsCheck
{
    static void Main()
    {
        // For .NET 4.5 to 4.6.x only: leave it out on 4.7 and newer.
        ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;
        HttpWebRequest request = (HttpWebRequest)WebRequest.Create("${origin}${PATHS.soapPartner}");
        request.Method = "POST";
        request.ContentType = "text/xml; charset=utf-8";
        request.Headers.Add("SOAPAction", "login");
        byte[] body = Encoding.UTF8.GetBytes("${SOAP_BODY}");
        try
        {
            using (Stream s = request.GetRequestStream()) s.Write(body, 0, body.Length);
            using (HttpWebResponse response = (HttpWebResponse)request.GetResponse())
                Console.WriteLine("HTTP " + (int)response.StatusCode);
        }
        catch (WebException e)
        {
            HttpWebResponse response = e.Response as HttpWebResponse;
            if (response == null) { Console.WriteLine("FAILED: " + e.Status + ": " + e.Message); return; }
            using (StreamReader reader = new StreamReader(response.GetResponseStream()))
                Console.WriteLine("HTTP " + (int)response.StatusCode + " " + reader.ReadToEnd());
        }
    }
}
`,
    pass: `HTTP 500 and the SOAP fault with ${SOAP_FAULT_CODE}. A failure prints FAILED: SecureChannelFailure (or SendFailure).`,
  };
}

export function pythonSnippet(origin: string): Snippet {
  return {
    id: 'python',
    name: 'Python 3',
    run: 'Save as tls_check.py, then: python3 tls_check.py',
    code: `import ssl
import urllib.error
import urllib.request

print(ssl.OPENSSL_VERSION)
request = urllib.request.Request(
    "${origin}${PATHS.soapPartner}",
    data=b"${SOAP_BODY}",
    headers={"Content-Type": "text/xml; charset=utf-8", "SOAPAction": "login"},
)
try:
    with urllib.request.urlopen(request, timeout=30) as response:
        print("HTTP", response.status)
except urllib.error.HTTPError as answer:  # an HTTP error answer: the connection worked
    print("HTTP", answer.code, answer.read().decode("utf-8"))
`,
    pass: `The OpenSSL version, then HTTP 500 and the SOAP fault with ${SOAP_FAULT_CODE}. A failure ends with an SSL error such as TLSV1_ALERT_PROTOCOL_VERSION.`,
  };
}

export function nodeSnippet(origin: string): Snippet {
  return {
    id: 'node',
    name: 'Node.js',
    run: 'Save as tls-check.js, then: node tls-check.js',
    code: `const https = require('https');

const req = https.request('${origin}${PATHS.restData}', { method: 'GET' }, (res) => {
  const protocol = res.socket.getProtocol();
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk) => { body += chunk; });
  res.on('end', () => console.log('HTTP', res.statusCode, protocol, body));
});
req.on('error', (err) => console.log('FAILED:', err.code, err.message));
req.end();
`,
    pass: 'HTTP 401, the TLS version, then INVALID_SESSION_ID. A failure prints FAILED: and an error code such as EPROTO.',
  };
}

export function phpSnippet(origin: string): Snippet {
  return {
    id: 'php',
    name: 'PHP with curl',
    run: 'Save as tls_check.php, then: php tls_check.php (or open it through the web server that runs the integration).',
    code: `<?php
$ch = curl_init('${origin}${PATHS.soapPartner}');
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_POSTFIELDS, '${SOAP_BODY}');
curl_setopt($ch, CURLOPT_HTTPHEADER, array('Content-Type: text/xml; charset=utf-8', 'SOAPAction: login'));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
$body = curl_exec($ch);
if ($body === false) {
    echo 'FAILED: ', curl_errno($ch), ' ', curl_error($ch), "\\n";
} else {
    echo 'HTTP ', curl_getinfo($ch, CURLINFO_HTTP_CODE), ' ', $body, "\\n";
}
$version = curl_version();
echo 'curl ', $version['version'], ' with ', $version['ssl_version'], "\\n";
`,
    pass: `HTTP 500 and the SOAP fault with ${SOAP_FAULT_CODE}, then the curl and SSL library versions. A failure prints FAILED: 35 and an SSL error.`,
  };
}

export function allSnippets(origin: string): Snippet[] {
  return [
    ...curlSnippets(origin),
    javaSnippet(origin),
    csharpSnippet(origin),
    pythonSnippet(origin),
    nodeSnippet(origin),
    phpSnippet(origin),
  ];
}
