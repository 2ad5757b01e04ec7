// Frames on the wire: one protobuf Envelope per WebSocket message, checked for
// size, shape and protocol version before anyone acts on it.
import './protobuf-numbers.js'
import { postcopy } from './proto.js'
import { withCause, PCD_ERR_WIRE_BAD_FRAME, PCD_ERR_WIRE_TOO_LARGE, PCD_ERR_WIRE_VERSION } from '../errors.js'

export { postcopy }
export type IEnvelope = postcopy.IEnvelope
export type Envelope = postcopy.Envelope
export type Body = NonNullable<Envelope['body']>

/** Protocol version this daemon speaks. */
export const PROTOCOL_VERSION = 1

export const Channel = postcopy.Channel
export const PageSource = postcopy.PageSource

export function encode (env: IEnvelope): Uint8Array {
  return postcopy.Envelope.encode(env).finish()
}

/** Decodes and checks one frame; throws a PCD_ERR_WIRE_* error for anything off. */
export function decode (frame: Uint8Array, maxBytes: number): Envelope {
  if (frame.byteLength > maxBytes) throw new PCD_ERR_WIRE_TOO_LARGE(frame.byteLength, maxBytes)
  let env: Envelope
  try {
    env = postcopy.Envelope.decode(frame)
  } catch (err) {
    throw withCause(new PCD_ERR_WIRE_BAD_FRAME((err as Error).message), err)
  }
  if (env.body === undefined || env.body === null) throw new PCD_ERR_WIRE_BAD_FRAME('envelope has no known body')
  if (env.version !== PROTOCOL_VERSION) throw new PCD_ERR_WIRE_VERSION(env.version, PROTOCOL_VERSION)
  if (typeof env.migrationId !== 'string' || env.migrationId.length === 0 || env.migrationId.length > 128) {
    throw new PCD_ERR_WIRE_BAD_FRAME('envelope has no migration id')
  }
  return env
}
