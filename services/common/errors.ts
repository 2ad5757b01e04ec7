// The one table of postcopyd errors. The code is the identity (API bodies, logs
// and metrics all carry it); the message is for people.
import { createError, type FastifyError } from '@fastify/error'

export type PcdError = FastifyError & { code: `PCD_ERR_${string}` }

// API
export const PCD_ERR_API_VALIDATION = createError<'PCD_ERR_API_VALIDATION', [string]>(
  'PCD_ERR_API_VALIDATION', 'Invalid request: %s', 400)
export const PCD_ERR_API_UNAUTHORIZED = createError<'PCD_ERR_API_UNAUTHORIZED'>(
  'PCD_ERR_API_UNAUTHORIZED', 'Missing or wrong bearer token', 401)
export const PCD_ERR_API_NOT_FOUND = createError<'PCD_ERR_API_NOT_FOUND', [string, string]>(
  'PCD_ERR_API_NOT_FOUND', 'No route %s %s', 404)

// VMs
export const PCD_ERR_VM_NOT_FOUND = createError<'PCD_ERR_VM_NOT_FOUND', [string]>(
  'PCD_ERR_VM_NOT_FOUND', "No VM '%s' on this daemon", 404)
export const PCD_ERR_VM_EXISTS = createError<'PCD_ERR_VM_EXISTS', [string]>(
  'PCD_ERR_VM_EXISTS', "A VM '%s' already exists on this daemon", 409)
export const PCD_ERR_VM_BAD_STATE = createError<'PCD_ERR_VM_BAD_STATE', [string, string]>(
  'PCD_ERR_VM_BAD_STATE', "Cannot %s a VM in state '%s'", 409)
export const PCD_ERR_VM_BAD_SPEC = createError<'PCD_ERR_VM_BAD_SPEC', [string]>(
  'PCD_ERR_VM_BAD_SPEC', 'Bad VM spec: %s', 400)
export const PCD_ERR_VM_INJECTION_DISABLED = createError<'PCD_ERR_VM_INJECTION_DISABLED'>(
  'PCD_ERR_VM_INJECTION_DISABLED', 'Fault injection is disabled on this daemon (start it with --enable-fault-injection, for tests only)', 403)
export const PCD_ERR_VM_LIMIT = createError<'PCD_ERR_VM_LIMIT', [string]>(
  'PCD_ERR_VM_LIMIT', 'Limit reached: %s', 429)

// Migrations
export const PCD_ERR_MIGRATION_NOT_FOUND = createError<'PCD_ERR_MIGRATION_NOT_FOUND', [string]>(
  'PCD_ERR_MIGRATION_NOT_FOUND', "No migration '%s' on this daemon", 404)
export const PCD_ERR_MIGRATION_BAD_STATE = createError<'PCD_ERR_MIGRATION_BAD_STATE', [string, string]>(
  'PCD_ERR_MIGRATION_BAD_STATE', "Cannot %s a migration in state '%s'", 409)
export const PCD_ERR_MIGRATION_ABORTED = createError<'PCD_ERR_MIGRATION_ABORTED', [string]>(
  'PCD_ERR_MIGRATION_ABORTED', 'Migration aborted: %s', 500)

// Peer (the other daemon)
export const PCD_ERR_PEER_UNREACHABLE = createError<'PCD_ERR_PEER_UNREACHABLE', [string, string]>(
  'PCD_ERR_PEER_UNREACHABLE', 'Cannot reach destination %s: %s', 502)
export const PCD_ERR_PEER_REJECTED = createError<'PCD_ERR_PEER_REJECTED', [string, string]>(
  'PCD_ERR_PEER_REJECTED', 'Destination refused the migration: %s (%s)', 502)
export const PCD_ERR_PEER_LOST = createError<'PCD_ERR_PEER_LOST', [string]>(
  'PCD_ERR_PEER_LOST', 'Connection to the peer lost: %s', 502)
export const PCD_ERR_PEER_TIMEOUT = createError<'PCD_ERR_PEER_TIMEOUT', [string]>(
  'PCD_ERR_PEER_TIMEOUT', 'Peer did not answer in time: %s', 504)

// Auth
export const PCD_ERR_AUTH_REFUSED = createError<'PCD_ERR_AUTH_REFUSED', [string]>(
  'PCD_ERR_AUTH_REFUSED', 'Handshake refused: %s', 403)

// Wire
export const PCD_ERR_WIRE_BAD_FRAME = createError<'PCD_ERR_WIRE_BAD_FRAME', [string]>(
  'PCD_ERR_WIRE_BAD_FRAME', 'Bad frame: %s', 400)
export const PCD_ERR_WIRE_TOO_LARGE = createError<'PCD_ERR_WIRE_TOO_LARGE', [number, number]>(
  'PCD_ERR_WIRE_TOO_LARGE', 'Frame of %d bytes exceeds the limit of %d', 413)
export const PCD_ERR_WIRE_UNEXPECTED = createError<'PCD_ERR_WIRE_UNEXPECTED', [string, string]>(
  'PCD_ERR_WIRE_UNEXPECTED', "Unexpected message '%s' in state '%s'", 400)
export const PCD_ERR_WIRE_VERSION = createError<'PCD_ERR_WIRE_VERSION', [number, number]>(
  'PCD_ERR_WIRE_VERSION', 'Protocol version %d not supported (this daemon speaks %d)', 400)
export const PCD_ERR_WIRE_FLOOD = createError<'PCD_ERR_WIRE_FLOOD', [string]>(
  'PCD_ERR_WIRE_FLOOD', 'Peer floods the channel: %s', 429)
export const PCD_ERR_WIRE_BAD_PAGE = createError<'PCD_ERR_WIRE_BAD_PAGE', [string]>(
  'PCD_ERR_WIRE_BAD_PAGE', 'Bad page data: %s', 400)

// Config
export const PCD_ERR_CONFIG_INVALID = createError<'PCD_ERR_CONFIG_INVALID', [string, string]>(
  'PCD_ERR_CONFIG_INVALID', "Invalid configuration '%s': %s", 500)

// Guest
export const PCD_ERR_GUEST_VCPU_CRASHED = createError<'PCD_ERR_GUEST_VCPU_CRASHED', [number, string]>(
  'PCD_ERR_GUEST_VCPU_CRASHED', 'vCPU %d crashed: %s', 500)

/** Wire form of an error: what crosses a socket or a worker boundary. */
export interface ErrorInfo { code: string; message: string }

export function errorInfo (err: unknown): ErrorInfo {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code
    return { code: typeof code === 'string' ? code : 'PCD_ERR_INTERNAL', message: err.message }
  }
  return { code: 'PCD_ERR_INTERNAL', message: String(err) }
}

/** True when err carries one of our stable codes. */
export function isPcdError (err: unknown): err is PcdError {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined
  return typeof code === 'string' && code.startsWith('PCD_ERR_')
}

/** Attaches the underlying error: wrap, don't replace. */
export function withCause<E extends Error> (err: E, cause: unknown): E {
  Object.defineProperty(err, 'cause', { value: cause, enumerable: false, configurable: true, writable: true })
  return err
}
