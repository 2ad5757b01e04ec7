// The pair handshake: both sides prove they hold the shared secret with an HMAC
// over fresh nonces from both, the migration id and the channel, so a recorded
// exchange cannot be replayed and a proof for one channel is useless on another.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const NONCE_BYTES = 32

export function newNonce (): Buffer {
  return randomBytes(NONCE_BYTES)
}

export type Role = 'server' | 'client'

export function handshakeMac (secret: string, role: Role, migrationId: string, channel: number,
  clientNonce: Uint8Array, serverNonce: Uint8Array): Buffer {
  return createHmac('sha256', secret)
    .update(`postcopyd/1 ${role} ${migrationId} ${channel}\n`)
    .update(clientNonce)
    .update(serverNonce)
    .digest()
}

export function macEqual (a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && timingSafeEqual(a, b)
}

/** Compares a presented bearer token with the configured one in constant time. */
export function tokenMatches (configured: string, presented: string | undefined): boolean {
  if (presented === undefined) return false
  const a = Buffer.from(configured)
  const b = Buffer.from(presented)
  return a.byteLength === b.byteLength && timingSafeEqual(a, b)
}
