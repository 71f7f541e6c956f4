/**
 * Which look-alike endpoint a request under /services/ addresses, and what it answers: pure functions of the
 * method and the raw path, so the rules can be read and tested apart from Fastify.
 */
import {
  methodNotAllowed,
  OAUTH_TOKEN_ERROR,
  REST_INVALID_SESSION,
  SERVICES_BAD_REQUEST,
  SOAP_GET_INFO,
  SOAP_LOGIN_FAULT,
  type ApiAnswer,
  type SoapFlavour,
} from './answers.js';

export type ServicesEndpoint =
  | { endpoint: 'soap-login'; flavour: SoapFlavour }
  | { endpoint: 'oauth-token' }
  | { endpoint: 'rest-data' }
  | { endpoint: 'other' };

const SOAP_RE = /^\/services\/Soap\/([uc])\/\d{1,3}(?:\.\d{1,3})?\/?$/;
const OAUTH_RE = /^\/services\/oauth2\/token\/?$/;
const REST_RE = /^\/services\/data\/v\d{1,3}(?:\.\d{1,3})?(?:\/.*)?$/;

/** The path part of a request target (no query string or fragment). */
export function pathOf(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

export function classifyServicesPath(path: string): ServicesEndpoint {
  const soap = SOAP_RE.exec(path);
  if (soap) return { endpoint: 'soap-login', flavour: soap[1] === 'u' ? 'partner' : 'enterprise' };
  if (OAUTH_RE.test(path)) return { endpoint: 'oauth-token' };
  if (REST_RE.test(path)) return { endpoint: 'rest-data' };
  return { endpoint: 'other' };
}

const SOAP_METHODS = ['POST', 'GET', 'HEAD'] as const;
const OAUTH_METHODS = ['POST'] as const;

/** The answer to `method` on `path` (a path under /services/, without query string). */
export function servicesAnswer(method: string, path: string): { endpoint: ServicesEndpoint['endpoint']; answer: ApiAnswer } {
  const target = classifyServicesPath(path);
  switch (target.endpoint) {
    case 'soap-login':
      if (method === 'POST') return { endpoint: target.endpoint, answer: SOAP_LOGIN_FAULT[target.flavour] };
      if (method === 'GET' || method === 'HEAD') return { endpoint: target.endpoint, answer: SOAP_GET_INFO };
      return { endpoint: target.endpoint, answer: methodNotAllowed(SOAP_METHODS) };
    case 'oauth-token':
      return {
        endpoint: target.endpoint,
        answer: method === 'POST' ? OAUTH_TOKEN_ERROR : methodNotAllowed(OAUTH_METHODS),
      };
    case 'rest-data':
      return { endpoint: target.endpoint, answer: REST_INVALID_SESSION };
    default:
      return { endpoint: target.endpoint, answer: SERVICES_BAD_REQUEST };
  }
}
