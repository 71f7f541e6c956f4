/**
 * What the front door learnt about each connection before the TLS handshake (its ClientHello, the policy it was
 * routed to), kept beside the raw socket so that routes and the handshake-error handler can read it.
 */
import type net from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { PolicyName } from './policy.js';
import type { ClientHello, ClientHelloFacts } from './clienthello.js';

/** How the policy was chosen: by the SNI name, by the port, or the main policy by default (e.g. no SNI). */
export type RoutedBy = 'sni' | 'port' | 'default';

export class ConnectionFacts {
  constructor(
    readonly policy: PolicyName,
    readonly routedBy: RoutedBy,
    /** The ClientHello as received (parsed on first use), or null when the first bytes were not one. */
    readonly clientHello: ClientHello | null,
    /** Why there is no ClientHello (a ClientHelloError code from reading its records), else null. */
    private readonly readError: string | null = null,
  ) {}

  /** The parsed ClientHello (parsed on first read), or null when it could not be read or parsed. */
  get hello(): ClientHelloFacts | null {
    return this.clientHello?.facts ?? null;
  }

  /** Why `hello` is null (a ClientHelloError code), or null. */
  get helloError(): string | null {
    return this.clientHello ? this.clientHello.error : this.readError;
  }
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
