import { describe, expect, it } from 'vitest';
import {
  OAUTH_TOKEN_ERROR,
  PAYLOAD_TOO_LARGE,
  readinessLine,
  REST_INVALID_SESSION,
  SERVICES_BAD_REQUEST,
  SOAP_ENVELOPE_NS,
  SOAP_FAULT_NS,
  SOAP_FAULT_STRING,
  SOAP_GET_INFO,
  SOAP_LOGIN_FAULT,
} from '../server/api/answers.js';
import { classifyServicesPath, pathOf, servicesAnswer } from '../server/api/endpoints.js';
import { run } from './helpers/clients.js';

describe('which look-alike endpoint a /services/ path addresses', () => {
  it.each<[string, string]>([
    ['/services/Soap/u/32.0', 'soap-login'],
    ['/services/Soap/c/59.0', 'soap-login'],
    ['/services/Soap/u/8', 'soap-login'],
    ['/services/Soap/u/32.0/', 'soap-login'],
    ['/services/oauth2/token', 'oauth-token'],
    ['/services/data/v59.0/sobjects/Account/001', 'rest-data'],
    ['/services/data/v20.0', 'rest-data'],
    ['/services/data/v59.0/query/', 'rest-data'],
    ['/services/Soap/x/32.0', 'other'],
    ['/services/Soap/u/latest', 'other'],
    ['/services/Soap/u/32.0/00D000000000001', 'other'],
    ['/services/soap/u/32.0', 'other'],
    ['/services/data', 'other'],
    ['/services/data/59.0/sobjects', 'other'],
    ['/services/data/v59.0x', 'other'],
    ['/services/oauth2/authorize', 'other'],
    ['/services/', 'other'],
    ['/services', 'other'],
  ])('%s is %s', (path, endpoint) => {
    expect(classifyServicesPath(path).endpoint).toBe(endpoint);
  });

  it('tells the partner (u) and enterprise (c) SOAP APIs apart', () => {
    expect(classifyServicesPath('/services/Soap/u/32.0')).toEqual({ endpoint: 'soap-login', flavour: 'partner' });
    expect(classifyServicesPath('/services/Soap/c/32.0')).toEqual({ endpoint: 'soap-login', flavour: 'enterprise' });
  });

  it('pathOf drops the query string and fragment', () => {
    expect(pathOf('/services/oauth2/token?password=x')).toBe('/services/oauth2/token');
    expect(pathOf('/a#b')).toBe('/a');
    expect(pathOf('/a')).toBe('/a');
  });
});

describe('what each endpoint answers', () => {
  it('SOAP login: POST is the fault, GET and HEAD a short explanation, other methods 405', () => {
    expect(servicesAnswer('POST', '/services/Soap/u/32.0').answer).toBe(SOAP_LOGIN_FAULT.partner);
    expect(servicesAnswer('POST', '/services/Soap/c/32.0').answer).toBe(SOAP_LOGIN_FAULT.enterprise);
    expect(servicesAnswer('GET', '/services/Soap/u/32.0').answer).toBe(SOAP_GET_INFO);
    expect(servicesAnswer('HEAD', '/services/Soap/u/32.0').answer).toBe(SOAP_GET_INFO);
    const put = servicesAnswer('PUT', '/services/Soap/u/32.0').answer;
    expect(put.status).toBe(405);
    expect(put.headers?.allow).toBe('POST, GET, HEAD');
  });

  it('OAuth token: POST is invalid_grant, other methods 405', () => {
    expect(servicesAnswer('POST', '/services/oauth2/token').answer).toBe(OAUTH_TOKEN_ERROR);
    expect(servicesAnswer('GET', '/services/oauth2/token').answer.status).toBe(405);
  });

  it('REST data: every method is 401 INVALID_SESSION_ID', () => {
    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      expect(servicesAnswer(method, '/services/data/v59.0/sobjects/Account').answer).toBe(REST_INVALID_SESSION);
    }
  });

  it('anything else under /services/ is 400', () => {
    expect(servicesAnswer('GET', '/services/apexrest/x').answer).toBe(SERVICES_BAD_REQUEST);
    expect(servicesAnswer('POST', '/services/Soap/m/32.0').answer).toBe(SERVICES_BAD_REQUEST);
  });

  it('the texts are exactly those integrators wait for', () => {
    expect(SOAP_LOGIN_FAULT.partner.status).toBe(500);
    expect(SOAP_LOGIN_FAULT.partner.contentType).toBe('text/xml; charset=utf-8');
    expect(SOAP_FAULT_STRING).toBe('INVALID_LOGIN: Invalid username, password, security token; or user locked out.');
    expect(JSON.parse(OAUTH_TOKEN_ERROR.body)).toEqual({ error: 'invalid_grant', error_description: 'authentication failure' });
    expect(OAUTH_TOKEN_ERROR.status).toBe(400);
    expect(JSON.parse(REST_INVALID_SESSION.body)).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    expect(REST_INVALID_SESSION.status).toBe(401);
    expect(SERVICES_BAD_REQUEST.status).toBe(400);
    expect(readinessLine('TLSv1.3', 'TLS_AES_256_GCM_SHA384')).toBe('TLS_OK TLSv1.3 TLS_AES_256_GCM_SHA384\n');
    expect(PAYLOAD_TOO_LARGE.status).toBe(413);
    expect(PAYLOAD_TOO_LARGE.body.length).toBeLessThan(120);
  });

  it('both SOAP faults are well-formed SOAP 1.1 faults (checked by a real XML parser)', async () => {
    const script = `
import io, sys, xml.etree.ElementTree as ET
data = sys.stdin.buffer.read()
root = ET.fromstring(data)
namespaces = dict(ns for _event, ns in ET.iterparse(io.BytesIO(data), events=['start-ns']))
env = '{${SOAP_ENVELOPE_NS}}'
assert root.tag == env + 'Envelope', root.tag
fault = root.find(env + 'Body/' + env + 'Fault')
prefix, local = fault.find('faultcode').text.split(':')
print(namespaces[prefix], local, fault.find('faultstring').text, sep='|')
`;
    for (const flavour of ['partner', 'enterprise'] as const) {
      const r = await run('python3', ['-c', script], { input: SOAP_LOGIN_FAULT[flavour].body });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(`${SOAP_FAULT_NS[flavour]}|INVALID_LOGIN|${SOAP_FAULT_STRING}`);
    }
  });
});
