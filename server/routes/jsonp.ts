import type { FastifyReply, FastifyRequest } from 'fastify';

/** A JSONP callback name: a dotted path of plain identifiers, nothing else. */
export const CALLBACK_RE = /^[A-Za-z_$][\w$]{0,63}(\.[A-Za-z_$][\w$]{0,63}){0,3}$/;

/** JSON safe to embed in a script: no </script>, no U+2028/U+2029 line breaks that old engines reject. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Answer `payload` as JSON, or as JSONP when the request has a `callback` parameter. A bad callback name is a
 * 400 (JSON), never echoed. Old browsers with no JSON read the JSONP form; scripts read the JSON form.
 */
export function sendJsonOrJsonp(request: FastifyRequest, reply: FastifyReply, payload: unknown): FastifyReply {
  const callback = (request.query as Record<string, unknown> | undefined)?.callback;
  reply.header('cache-control', 'no-store');
  if (callback === undefined) return reply.type('application/json; charset=utf-8').send(scriptSafeJson(payload));
  if (typeof callback !== 'string' || !CALLBACK_RE.test(callback)) {
    return reply
      .code(400)
      .type('application/json; charset=utf-8')
      .send({ error: 'bad-callback', message: 'callback must be a JavaScript identifier such as handleResult' });
  }
  return reply.type('application/javascript; charset=utf-8').send(`/**/${callback}(${scriptSafeJson(payload)});`);
}
