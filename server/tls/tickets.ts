/**
 * TLS session tickets with rotated keys, so that a visitor's later connections (the next probe, a reload, the
 * success page) resume instead of paying for a full handshake, where the client keeps its tickets.
 *
 * Keys are derived, not stored: for each rotation period (epoch = floor(now / interval)) and each TLS policy,
 * HKDF-SHA256(secret, epoch, policy) gives the 48 bytes Node wants (name, HMAC and AES keys). Every process given
 * the same secret (the workers of one primary) therefore uses the same keys at the same time without talking to
 * each other, and every key changes at each epoch boundary (forward secrecy: a key lives one interval, then
 * tickets sealed with it are useless; a visitor whose ticket expired just makes a full handshake). Each policy
 * has its own keys: a session from one policy can never be resumed on another, so a probe always measures its
 * own policy.
 *
 * The secret never leaves memory and is never logged.
 */
import crypto from 'node:crypto';
import type tls from 'node:tls';

/** How long one set of ticket keys is used. Tickets live 300 s (Node's sessionTimeout), far less than this. */
export const TICKET_KEY_INTERVAL_MS = 60 * 60 * 1000;

/** The 48-byte ticket keys of `policy` in rotation period `epoch`. */
export function ticketKeysFor(secret: Buffer, policy: string, epoch: number): Buffer {
  const info = Buffer.from(`tlstest session ticket keys\0${policy}\0${epoch}`);
  return Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), info, 48));
}

export function newTicketSecret(): Buffer {
  return crypto.randomBytes(32);
}

export interface TicketKeyRotation {
  /** The rotation period now in use. */
  readonly epoch: number;
  /** Move to the next period at once (tests; an operator's "forget all tickets"). */
  rotate(): void;
  /** Set the current keys again (after a server got a new secure context, which comes with random keys). */
  reapply(): void;
  stop(): void;
}

export interface TicketKeyOptions {
  /** Shared by every process that must accept each other's tickets; random (this process only) by default. */
  secret?: Buffer;
  intervalMs?: number;
  now?: () => number;
}

/** Give every server its policy's keys now and at each epoch boundary. */
export function startTicketKeyRotation(servers: ReadonlyMap<string, tls.Server>, options: TicketKeyOptions = {}): TicketKeyRotation {
  const secret = options.secret ?? newTicketSecret();
  const interval = options.intervalMs ?? TICKET_KEY_INTERVAL_MS;
  const now = options.now ?? Date.now;
  let epoch = Math.floor(now() / interval);
  let timer: NodeJS.Timeout | null = null;
  const apply = () => {
    for (const [policy, server] of servers) server.setTicketKeys(ticketKeysFor(secret, policy, epoch));
  };
  const schedule = () => {
    timer = setTimeout(() => {
      epoch = Math.max(epoch + 1, Math.floor(now() / interval));
      apply();
      schedule();
    }, Math.max(1000, (epoch + 1) * interval - now()));
    timer.unref();
  };
  apply();
  schedule();
  return {
    get epoch() {
      return epoch;
    },
    rotate() {
      epoch++;
      apply();
    },
    reapply: apply,
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
