/**
 * What the front door learnt about each connection before the TLS handshake (its ClientHello, the policy it was
 * routed to), kept beside the raw socket so that routes and the handshake-error handler can read it.
 */
import type net from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { PolicyName } from './policy.js';
import type { ClientHelloFacts } from './clienthello.js';

export interface ConnectionFacts {
  policy: PolicyName;
  /** The parsed ClientHello, or null when it could not be parsed. */
  hello: ClientHelloFacts | null;
  /** Why the hello could not be parsed (a ClientHelloError code). */
  helloError: string | null;
  /** How the policy was chosen: by the SNI name, by the port, or the main policy by default (e.g. no SNI). */
  routedBy: 'sni' | 'port' | 'default';
}

const facts = new WeakMap<net.Socket, ConnectionFacts>();

export function rememberConnection(socket: net.Socket, value: ConnectionFacts): void {
  facts.set(socket, value);
}

/** Facts for a TLS socket that came through the front door (Node keeps the wrapped socket as `_parent`). */
export function connectionFacts(socket: TLSSocket | net.Socket): ConnectionFacts | null {
  const parent = (socket as TLSSocket & { _parent?: net.Socket })._parent;
  return (parent && facts.get(parent)) ?? facts.get(socket) ?? null;
}
