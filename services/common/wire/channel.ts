// One authenticated WebSocket channel between two daemons (bulk or urgent):
// the handshake, sequence checking and framing shared by source and destination.
import { EventEmitter, once } from 'node:events'
import WebSocket from 'ws'
import type { Logger } from '../log.js'
import { newNonce, handshakeMac, macEqual } from '../auth.js'
import {
  PCD_ERR_AUTH_REFUSED, PCD_ERR_PEER_LOST, PCD_ERR_PEER_TIMEOUT, PCD_ERR_PEER_UNREACHABLE,
  PCD_ERR_WIRE_BAD_FRAME, PCD_ERR_WIRE_UNEXPECTED, errorInfo, withCause
} from '../errors.js'
import { decode, encode, PROTOCOL_VERSION, type Envelope, type IEnvelope } from './codec.js'
import { postcopy } from './codec.js'
import { encodePageEnvelope, FramePool } from './page-frame.js'

/** Page frames are recycled once written: one pool per process, shared by every channel. */
const FRAMES = new FramePool()

/** WebSocket close codes we use, as RFC 6455 defines them. */
export const CLOSE = Object.freeze({
  NORMAL: 1000,
  GOING_AWAY: 1001,
  PROTOCOL: 1002,
  POLICY: 1008,
  TOO_BIG: 1009,
  INTERNAL: 1011
})

export type ChannelKind = 'bulk' | 'urgent'

/**
 * ws closes a socket on its own for a frame over maxPayload (1009) or a broken
 * WebSocket frame (1002), with an empty reason. Both ends of a peer channel use
 * this class so that such a close still names its PCD_ERR_ code like ours do.
 */
export class PeerSocket extends WebSocket {
  override close (code?: number, data?: string | Buffer): void {
    if ((data === undefined || data.length === 0) && code === CLOSE.TOO_BIG) {
      data = 'PCD_ERR_WIRE_TOO_LARGE: frame exceeds the limit'
    } else if ((data === undefined || data.length === 0) && code === CLOSE.PROTOCOL) {
      data = 'PCD_ERR_WIRE_BAD_FRAME: malformed WebSocket frame'
    }
    super.close(code, data)
  }
}

export function channelNumber (kind: ChannelKind): number {
  return kind === 'bulk' ? postcopy.Channel.CHANNEL_BULK : postcopy.Channel.CHANNEL_URGENT
}

/** Paths of the two peer channels on every daemon. */
export const PEER_PATHS: Readonly<Record<ChannelKind, string>> = Object.freeze({
  bulk: '/v1/peer/bulk',
  urgent: '/v1/peer/urgent'
})

export interface CloseInfo {
  code: number
  reason: string
  /** True when this side called close(). */
  local: boolean
}

export type Outgoing = Omit<IEnvelope, 'version' | 'migrationId' | 'seq'>

/** Liveness of a channel: pings every intervalMs; silence past deadAfterMs drops it. */
export interface Heartbeat { intervalMs: number, deadAfterMs: number }
export const HEARTBEAT_DEFAULTS: Readonly<Heartbeat> = Object.freeze({ intervalMs: 1000, deadAfterMs: 5000 })

interface ChannelEvents {
  message: [Envelope]
  close: [CloseInfo]
}

/**
 * A handshaken channel. Emits 'message' for every well-formed envelope in order
 * and 'close' once. A malformed or out-of-order frame closes it with 1002 and a
 * reason that starts with the error code.
 */
export class PeerChannel extends EventEmitter<ChannelEvents> {
  readonly kind: ChannelKind
  readonly migrationId: string
  readonly peerNode: string
  #ws: WebSocket
  #sendSeq = 0
  #recvSeq: number
  #maxFrameBytes: number
  #log: Logger
  #closed = false
  #closing = false
  #pendingBytes = 0
  #waitBelow = 0
  #waiter: (() => void) | undefined

  #started = false
  #pending: Array<[Buffer, boolean]>
  #lastSeen = Date.now()
  #heartbeat: NodeJS.Timeout | undefined

  constructor (ws: WebSocket, opts: { kind: ChannelKind, migrationId: string, peerNode: string, maxFrameBytes: number,
    log: Logger, sendSeq: number, recvSeq: number, pending: Array<[Buffer, boolean]>, heartbeat?: Heartbeat | undefined }) {
    super()
    this.#ws = ws
    this.kind = opts.kind
    this.migrationId = opts.migrationId
    this.peerNode = opts.peerNode
    this.#maxFrameBytes = opts.maxFrameBytes
    this.#log = opts.log
    this.#sendSeq = opts.sendSeq
    this.#recvSeq = opts.recvSeq
    this.#pending = opts.pending
    ws.removeAllListeners('message')
    ws.on('message', (data, isBinary) => {
      if (this.#started) this.#onFrame(data as Buffer, isBinary)
      else this.#pending.push([data as Buffer, isBinary])
    })
    ws.on('error', err => this.#log.debug({ err, channel: this.kind }, 'channel socket error'))
    // A link that dies without a FIN or RST (cable, routing, a frozen peer) never
    // closes by itself: ping, and drop the socket when nothing comes back.
    const hb = { ...HEARTBEAT_DEFAULTS, ...(opts.heartbeat ?? {}) }
    ws.on('pong', () => { this.#lastSeen = Date.now() })
    this.#heartbeat = setInterval(() => {
      if (Date.now() - this.#lastSeen > hb.deadAfterMs) {
        this.#log.warn({ channel: this.kind, silentMs: Date.now() - this.#lastSeen }, 'peer silent, dropping the channel')
        this.#ws.terminate()
        return
      }
      if (this.#ws.readyState === WebSocket.OPEN) this.#ws.ping()
    }, hb.intervalMs)
    this.#heartbeat.unref()
    ws.once('close', (code, reason) => {
      clearInterval(this.#heartbeat)
      this.#closed = true
      const w = this.#waiter
      this.#waiter = undefined
      w?.()
      this.emit('close', { code, reason: reason.toString(), local: this.#closing })
    })
  }

  /**
   * Starts delivering frames. Frames that arrived right behind the handshake,
   * before the owner attached its listeners, are held until then, in order.
   */
  start (): void {
    if (this.#started) return
    this.#started = true
    const held = this.#pending
    this.#pending = []
    for (const [data, isBinary] of held) this.#onFrame(data, isBinary)
  }

  get open (): boolean { return !this.#closed && !this.#closing && this.#ws.readyState === WebSocket.OPEN }

  /** Bytes handed to send() that the socket has not flushed yet, for backpressure. */
  get pendingBytes (): number { return this.#pendingBytes }

  /** Sends one envelope. False if the channel is no longer open. */
  send (body: Outgoing): boolean {
    if (!this.open) return false
    const seq = ++this.#sendSeq
    // Page batches (both channels' hot frame) take the pooled encoder; anything
    // it does not handle falls back to protobufjs, which writes the same bytes.
    const frame = (body.pages != null && body.pages.data != null && Object.keys(body).length === 1
      ? encodePageEnvelope(PROTOCOL_VERSION, this.migrationId, seq, body.pages, FRAMES)
      : undefined) ?? encode({ version: PROTOCOL_VERSION, migrationId: this.migrationId, seq, ...body })
    const n = frame.byteLength
    this.#pendingBytes += n
    this.#ws.send(frame, { binary: true }, () => {
      // Written (or failed): ws holds no reference any more.
      FRAMES.release(frame)
      this.#pendingBytes -= n
      if (this.#waiter !== undefined && this.#pendingBytes <= this.#waitBelow) {
        const w = this.#waiter
        this.#waiter = undefined
        w()
      }
    })
    return true
  }

  /** Resolves once fewer than `bytes` are pending in the socket, or the channel closes. */
  async drained (bytes: number): Promise<void> {
    if (this.#pendingBytes <= bytes || !this.open) return
    this.#waitBelow = bytes
    await new Promise<void>(resolve => { this.#waiter = resolve })
  }

  close (code: number = CLOSE.NORMAL, reason = ''): void {
    if (this.#closing || this.#closed) return
    this.#closing = true
    // ws limits the reason to 123 bytes.
    this.#ws.close(code, Buffer.from(reason).subarray(0, 123).toString())
    const t = setTimeout(() => this.#ws.terminate(), 2000)
    t.unref()
  }

  /** Drops the socket at once, as a crash or a cut link would. */
  terminate (): void {
    this.#closing = true
    this.#ws.terminate()
  }

  #onFrame (data: Buffer, isBinary: boolean): void {
    this.#lastSeen = Date.now()
    if (this.#closing || this.#closed) return
    let env: Envelope
    try {
      if (!isBinary) throw new PCD_ERR_WIRE_BAD_FRAME('text frame on a binary channel')
      env = decode(data, this.#maxFrameBytes)
      if (env.migrationId !== this.migrationId) throw new PCD_ERR_WIRE_BAD_FRAME(`frame for migration '${env.migrationId}' on a channel of '${this.migrationId}'`)
      if (env.seq !== this.#recvSeq + 1) throw new PCD_ERR_WIRE_BAD_FRAME(`sequence ${env.seq} after ${this.#recvSeq}`)
      this.#recvSeq = env.seq
    } catch (err) {
      this.protocolError(err)
      return
    }
    this.emit('message', env)
  }

  /** Closes the channel for a frame that broke the protocol, with the error code as the reason. */
  protocolError (err: unknown): void {
    const info = errorInfo(err)
    this.#log.warn({ channel: this.kind, code: info.code, err: info.message, peer: this.peerNode }, 'protocol error, closing channel')
    this.close(CLOSE.PROTOCOL, `${info.code}: ${info.message}`)
  }
}

/** What a server learns from a successful handshake. */
export interface Accepted {
  channel: PeerChannel
  migrationId: string
  kind: ChannelKind
}

export interface HandshakeOptions {
  /** Ping interval and silence limit; default HEARTBEAT_DEFAULTS. */
  heartbeat?: Heartbeat
  secret: string
  node: string
  maxFrameBytes: number
  timeoutMs: number
  log: Logger
  /**
   * Server side: throws a PCD_ERR_ error to refuse a channel the host cannot take
   * (no such migration, one that exists already). Runs only once the proof has
   * passed, so an unauthenticated peer learns nothing about our migrations.
   */
  admit?: (migrationId: string, kind: ChannelKind) => void
}

/**
 * Reads the handshake frames of a fresh socket and keeps any frame that follows
 * them, so nothing sent right after the handshake is lost before the channel
 * takes the socket over.
 */
class HandshakeReader {
  #ws: WebSocket
  #maxFrameBytes: number
  #frames: Array<[Buffer, boolean]> = []
  #closed: Error | undefined
  #wake: (() => void) | undefined
  #onMessage = (data: Buffer, isBinary: boolean): void => { this.#frames.push([data, isBinary]); this.#wake?.() }
  #onClose = (code: number, reason: Buffer): void => {
    const text = reason.toString()
    this.#closed = code === CLOSE.POLICY
      ? new PCD_ERR_AUTH_REFUSED(text === '' ? 'peer closed the handshake' : text)
      : new PCD_ERR_PEER_LOST(`closed during handshake (${code}${text === '' ? '' : ' ' + text})`)
    this.#wake?.()
  }

  constructor (ws: WebSocket, maxFrameBytes: number) {
    this.#ws = ws
    this.#maxFrameBytes = maxFrameBytes
    ws.on('message', this.#onMessage)
    ws.on('close', this.#onClose)
  }

  async next (timeoutMs: number): Promise<Envelope> {
    const deadline = Date.now() + timeoutMs
    while (this.#frames.length === 0) {
      if (this.#closed !== undefined) throw this.#closed
      const left = deadline - Date.now()
      if (left <= 0) throw new PCD_ERR_PEER_TIMEOUT('handshake')
      await new Promise<void>(resolve => {
        const t = setTimeout(resolve, left)
        this.#wake = () => { clearTimeout(t); this.#wake = undefined; resolve() }
      })
    }
    const [data, isBinary] = this.#frames.shift()!
    if (!isBinary) throw new PCD_ERR_WIRE_BAD_FRAME('text frame during handshake')
    return decode(data, this.#maxFrameBytes)
  }

  /** Stops reading; returns the frames that arrived after the handshake. */
  detach (): Array<[Buffer, boolean]> {
    this.#ws.off('message', this.#onMessage)
    this.#ws.off('close', this.#onClose)
    return this.#frames.splice(0)
  }
}

function sendRaw (ws: WebSocket, migrationId: string, seq: number, body: Outgoing): void {
  ws.send(encode({ version: PROTOCOL_VERSION, migrationId, seq, ...body }), { binary: true })
}

/** Server side: runs the handshake on a freshly upgraded socket. Closes it with 1008 on failure. */
export async function acceptChannel (ws: WebSocket, opts: HandshakeOptions): Promise<Accepted> {
  const reader = new HandshakeReader(ws, opts.maxFrameBytes)
  let hello: Envelope
  try {
    hello = await reader.next(opts.timeoutMs)
    if (hello.body !== 'hello' || hello.hello == null) throw new PCD_ERR_WIRE_UNEXPECTED(hello.body ?? 'none', 'handshake')
  } catch (err) {
    const info = errorInfo(err)
    ws.close(info.code === 'PCD_ERR_PEER_TIMEOUT' ? CLOSE.POLICY : CLOSE.PROTOCOL, `${info.code}: ${info.message}`.slice(0, 123))
    throw err
  }
  const migrationId = hello.migrationId
  const h = hello.hello
  const kind: ChannelKind | undefined = h.channel === postcopy.Channel.CHANNEL_BULK
    ? 'bulk'
    : h.channel === postcopy.Channel.CHANNEL_URGENT ? 'urgent' : undefined
  const clientNonce = h.nonce ?? new Uint8Array(0)
  if (kind === undefined || clientNonce.byteLength !== 32 || hello.seq !== 1) {
    const err = new PCD_ERR_AUTH_REFUSED('malformed hello')
    ws.close(CLOSE.POLICY, `${err.code}: ${err.message}`)
    throw err
  }
  const serverNonce = newNonce()
  const ch = channelNumber(kind)
  sendRaw(ws, migrationId, 1, {
    challenge: { nonce: serverNonce, mac: handshakeMac(opts.secret, 'server', migrationId, ch, clientNonce, serverNonce) }
  })
  let proof: Envelope
  try {
    proof = await reader.next(opts.timeoutMs)
  } catch (err) {
    const info = errorInfo(err)
    ws.close(CLOSE.POLICY, `${info.code}: ${info.message}`.slice(0, 123))
    throw err
  }
  const expected = handshakeMac(opts.secret, 'client', migrationId, ch, clientNonce, serverNonce)
  if (proof.body !== 'proof' || proof.proof?.mac == null || proof.migrationId !== migrationId || proof.seq !== 2 ||
    !macEqual(proof.proof.mac, expected)) {
    const err = new PCD_ERR_AUTH_REFUSED('wrong shared secret or forged proof')
    opts.log.warn({ migration: migrationId, channel: kind, peer: h.node, code: err.code }, 'peer handshake refused')
    ws.close(CLOSE.POLICY, `${err.code}: ${err.message}`)
    throw err
  }
  try {
    opts.admit?.(migrationId, kind)
  } catch (err) {
    const info = errorInfo(err)
    ws.close(CLOSE.POLICY, `${info.code}: ${info.message}`.slice(0, 123))
    throw err
  }
  sendRaw(ws, migrationId, 2, { welcome: { node: opts.node } })
  const channel = new PeerChannel(ws, {
    kind, migrationId, peerNode: h.node ?? '', maxFrameBytes: opts.maxFrameBytes, log: opts.log, sendSeq: 2, recvSeq: 2, pending: reader.detach(), heartbeat: opts.heartbeat
  })
  return { channel, migrationId, kind }
}

/** The ws URL of a peer channel for a destination given as http(s)://host:port. */
export function peerUrl (destination: string, kind: ChannelKind): string {
  const u = new URL(destination)
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:'
  u.pathname = PEER_PATHS[kind]
  u.search = ''
  return u.toString()
}

/** Client side: connects to a peer and proves the secret. Rejects with a PCD_ERR_PEER_* or PCD_ERR_AUTH_* error. */
export async function connectChannel (destination: string, kind: ChannelKind, migrationId: string,
  opts: HandshakeOptions & { tls?: { ca?: string, rejectUnauthorized?: boolean } }): Promise<PeerChannel> {
  const url = peerUrl(destination, kind)
  const ws = new PeerSocket(url, {
    maxPayload: opts.maxFrameBytes,
    perMessageDeflate: false,
    handshakeTimeout: opts.timeoutMs,
    // The channel is authenticated end to end; masking protects browsers from
    // proxy cache poisoning and only costs us a pass over every byte sent.
    generateMask: (mask: Buffer) => { mask.fill(0) },
    ...(opts.tls ?? {})
  })
  try {
    await Promise.race([
      once(ws, 'open'),
      once(ws, 'unexpected-response').then(([, res]) => {
        throw new PCD_ERR_PEER_UNREACHABLE(destination, `HTTP ${(res as { statusCode: number }).statusCode} on ${url}`)
      })
    ])
  } catch (err) {
    ws.terminate()
    if ((err as { code?: string }).code === 'PCD_ERR_PEER_UNREACHABLE') throw err
    throw withCause(new PCD_ERR_PEER_UNREACHABLE(destination, (err as Error).message), err)
  }
  ws.on('error', () => { /* surfaced through 'close' */ })
  const clientNonce = newNonce()
  const ch = channelNumber(kind)
  const reader = new HandshakeReader(ws, opts.maxFrameBytes)
  sendRaw(ws, migrationId, 1, { hello: { channel: ch, nonce: clientNonce, node: opts.node } })
  let challenge: Envelope
  try {
    challenge = await reader.next(opts.timeoutMs)
    const c = challenge.challenge
    if (challenge.body !== 'challenge' || c?.nonce == null || c.mac == null || challenge.migrationId !== migrationId) {
      throw new PCD_ERR_AUTH_REFUSED('malformed challenge')
    }
    if (!macEqual(c.mac, handshakeMac(opts.secret, 'server', migrationId, ch, clientNonce, c.nonce))) {
      throw new PCD_ERR_AUTH_REFUSED('the destination does not hold the shared secret')
    }
    sendRaw(ws, migrationId, 2, { proof: { mac: handshakeMac(opts.secret, 'client', migrationId, ch, clientNonce, c.nonce) } })
    const welcome = await reader.next(opts.timeoutMs)
    if (welcome.body !== 'welcome') throw new PCD_ERR_AUTH_REFUSED('no welcome after proof')
    return new PeerChannel(ws, {
      kind, migrationId, peerNode: welcome.welcome?.node ?? '', maxFrameBytes: opts.maxFrameBytes, log: opts.log, sendSeq: 2, recvSeq: 2, pending: reader.detach(), heartbeat: opts.heartbeat
    })
  } catch (err) {
    const info = errorInfo(err)
    if (ws.readyState === WebSocket.OPEN) ws.close(CLOSE.POLICY, `${info.code}: ${info.message}`.slice(0, 123))
    else ws.terminate()
    throw err
  }
}
