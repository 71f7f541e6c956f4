/**
 * Every text the API look-alike endpoints answer with, in one reviewed place. The routes send these strings,
 * the guide page quotes them and the tests compare against them, so all three always agree.
 *
 * The answers copy what the real services send to a client whose credentials are wrong: an integration that
 * gets one of them has completed the TLS handshake and reached the application, which is the whole test.
 */

/** The largest request body the look-alike endpoints read (and then discard); larger bodies get 413. */
export const API_BODY_LIMIT_BYTES = 64 * 1024;

/** Example API version used in the guide's snippets (any version is accepted). */
export const EXAMPLE_API_VERSION = '59.0';

export const PATHS = {
  soapPartner: `/services/Soap/u/${EXAMPLE_API_VERSION}`,
  soapEnterprise: `/services/Soap/c/${EXAMPLE_API_VERSION}`,
  oauthToken: '/services/oauth2/token',
  restData: `/services/data/v${EXAMPLE_API_VERSION}/sobjects`,
  readiness: '/api/v1/tls',
} as const;

export interface ApiAnswer {
  status: number;
  contentType: string;
  body: string;
  /** Extra response headers. */
  headers?: Readonly<Record<string, string>>;
}

const TEXT = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const XML = 'text/xml; charset=utf-8';

// SOAP login ------------------------------------------------------------------------------------------------

export const SOAP_FAULT_CODE = 'INVALID_LOGIN';
export const SOAP_EXCEPTION_MESSAGE = 'Invalid username, password, security token; or user locked out.';
export const SOAP_FAULT_STRING = `${SOAP_FAULT_CODE}: ${SOAP_EXCEPTION_MESSAGE}`;
export const SOAP_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';

/** /services/Soap/u/ is the partner API, /services/Soap/c/ the enterprise API; their faults differ in namespace. */
export type SoapFlavour = 'partner' | 'enterprise';
export const SOAP_FAULT_NS: Readonly<Record<SoapFlavour, string>> = {
  partner: 'urn:fault.partner.soap.sforce.com',
  enterprise: 'urn:fault.enterprise.soap.sforce.com',
};

/**
 * A SOAP 1.1 fault. The faultcode is a qualified name (SOAP 1.1 section 4.4.1) in the fault namespace, as the
 * real service sends it, so toolkits generated from the WSDL map it to their LoginFault; its local name is
 * INVALID_LOGIN.
 */
function soapLoginFault(flavour: SoapFlavour): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soapenv:Envelope xmlns:soapenv="${SOAP_ENVELOPE_NS}" xmlns:sf="${SOAP_FAULT_NS[flavour]}"` +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<soapenv:Body><soapenv:Fault>' +
    `<faultcode>sf:${SOAP_FAULT_CODE}</faultcode>` +
    `<faultstring>${SOAP_FAULT_STRING}</faultstring>` +
    '<detail><sf:LoginFault xsi:type="sf:LoginFault">' +
    `<sf:exceptionCode>${SOAP_FAULT_CODE}</sf:exceptionCode>` +
    `<sf:exceptionMessage>${SOAP_EXCEPTION_MESSAGE}</sf:exceptionMessage>` +
    '</sf:LoginFault></detail>' +
    '</soapenv:Fault></soapenv:Body></soapenv:Envelope>\n'
  );
}

export const SOAP_LOGIN_FAULT: Readonly<Record<SoapFlavour, ApiAnswer>> = {
  partner: { status: 500, contentType: XML, body: soapLoginFault('partner') },
  enterprise: { status: 500, contentType: XML, body: soapLoginFault('enterprise') },
};

export const SOAP_GET_INFO: ApiAnswer = {
  status: 200,
  contentType: TEXT,
  body:
    'This is the SOAP login endpoint of a TLS test host. Your connection reached it, so TLS 1.2 or newer works.\n' +
    'Send your SOAP login request here with POST: the answer is HTTP 500 with the fault INVALID_LOGIN, which is ' +
    'the expected result (this host accepts no login).\n',
};

// OAuth token -----------------------------------------------------------------------------------------------

export const OAUTH_ERROR = { error: 'invalid_grant', error_description: 'authentication failure' } as const;

export const OAUTH_TOKEN_ERROR: ApiAnswer = { status: 400, contentType: JSON_TYPE, body: JSON.stringify(OAUTH_ERROR) };

// REST data -------------------------------------------------------------------------------------------------

export const REST_ERROR = { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' } as const;

export const REST_INVALID_SESSION: ApiAnswer = {
  status: 401,
  contentType: JSON_TYPE,
  body: JSON.stringify([REST_ERROR]),
  headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
};

// Everything else -------------------------------------------------------------------------------------------

export const SERVICES_BAD_REQUEST: ApiAnswer = {
  status: 400,
  contentType: TEXT,
  body:
    'Bad Request. This TLS test host answers only the SOAP login, OAuth token and REST data paths.\n' +
    'Your connection reached it, so TLS 1.2 or newer works.\n',
};

export function methodNotAllowed(allow: readonly string[]): ApiAnswer {
  return {
    status: 405,
    contentType: TEXT,
    body: `Method Not Allowed. Use ${allow.join(' or ')}. Your connection reached this TLS test host, so TLS 1.2 or newer works.\n`,
    headers: { allow: allow.join(', ') },
  };
}

export const PAYLOAD_TOO_LARGE: ApiAnswer = {
  status: 413,
  contentType: TEXT,
  body: `Payload Too Large. This TLS test host reads at most ${API_BODY_LIMIT_BYTES / 1024} KB of a request body.\n`,
};

/** Any other client error raised while reading a request (bad Content-Length, aborted body...). */
export function clientError(status: number): ApiAnswer {
  return { status, contentType: TEXT, body: `HTTP ${status}. The request could not be read.\n` };
}

export const SERVER_ERROR: ApiAnswer = { status: 500, contentType: TEXT, body: 'Internal Server Error.\n' };

// Readiness -------------------------------------------------------------------------------------------------

export const READINESS_PREFIX = 'TLS_OK';

/** The one-line readiness answer for scripts: `TLS_OK <protocol> <cipher suite>`. */
export function readinessLine(protocol: string, cipher: string): string {
  return `${READINESS_PREFIX} ${protocol} ${cipher}\n`;
}
