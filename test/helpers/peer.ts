// Hand-driven peers for hostile-input tests: a raw channel client that does the
// handshake itself (so a test can send any bytes after it, or replay it), and a
// fake destination that a real source daemon migrates to.
import { createServer, type Server } from 'node:http'
import { once } from 'node:events'
import WebSocket, { WebSocketServer } from 'ws'
import { handshakeMac, newNonce } from '../../services/common/auth.js'
import { acceptChannel, channelNumber, peerUrl, PEER_PATHS, type Accepted, type ChannelKind, type Outgoing } from '../../services/common/wire/channel.js'
import { encode, postcopy, PROTOCOL_VERSION, type Envelope, type IEnvelope } from '../../services/common/wire/codec.js'
import type { Logger } from '../../services/common/log.js'
import type { Tap } from './daemon.js'

export interface Closed { code: number, reason: string }

/** A client end of a peer channel under the test's full control. */
export class RawPeer {
  readonly ws: WebSocket
  readonly migrationId: string
  /** Last sequence number sent. */
  seq = 0
  /** Close code and reason, once the socket closed. */
  readonly closed: Promise<Closed>
  /** The bytes of every frame sent, in order (the handshake first). */
  readonly sent: Uint8Array[] = []
  #queue: Envelope[] = []
  #waiters: Array<(e: Envelope | undefined) => void> = []
  #isClosed = false

  constructor (ws: WebSocket, migrationId: string) {
    this.ws = ws
    this.migrationId = migrationId
    ws.on('error', () => { /* seen through 'close' */ })
    ws.on('message', (data: Buffer) => {
      const env = postcopy.Envelope.decode(data)
      const w = this.#waiters.shift()
      if (w !== undefined) w(env)
      else this.#queue.push(env)
    })
    this.closed = once(ws, 'close').then(([code, reason]) => {
      this.#isClosed = true
      for (const w of this.#waiters.splice(0)) w(undefined)
      return { code: code as number, reason: (reason as Buffer).toString() }
    })
  }

  get isClosed (): boolean { return this.#isClosed }

  /** The next envelope the daemon sent, or undefined once the socket closed. */
  next (): Promise<Envelope | undefined> {
    const e = this.#queue.shift()
    if (e !== undefined) return Promise.resolve(e)
    if (this.#isClosed) return Promise.resolve(undefined)
    return new Promise(resolve => this.#waiters.push(resolve))
  }

  /** Sends a well-formed envelope with the next sequence number; `over` replaces header fields. */
  send (body: Outgoing, over: Partial<IEnvelope> = {}): Uint8Array {
    const frame = encode({ version: PROTOCOL_VERSION, migrationId: this.migrationId, seq: ++this.seq, ...body, ...over })
    this.sendBytes(frame)
    return frame
  }

  sendBytes (frame: Uint8Array): void {
    this.sent.push(frame)
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(frame, { binary: true })
  }

  close (): void { this.ws.terminate() }
}

export interface RawOptions {
  secret: string
  node?: string
  /** Frames to send instead of a fresh Hello and a computed Proof (a replay). */
  replay?: { hello: Uint8Array, proof: Uint8Array }
  /** Stop after sending Hello: the test drives the rest. */
  helloOnly?: boolean
}

/** Opens a socket to a daemon's peer path and runs the client handshake by hand. */
export async function openRaw (daemonUrl: string, kind: ChannelKind, migrationId: string, o: RawOptions): Promise<RawPeer> {
  const ws = new WebSocket(peerUrl(daemonUrl, kind), { perMessageDeflate: false })
  const peer = new RawPeer(ws, migrationId)
  await once(ws, 'open')
  const clientNonce = newNonce()
  const ch = channelNumber(kind)
  if (o.replay !== undefined) peer.sendBytes(o.replay.hello)
  else peer.send({ hello: { channel: ch, nonce: clientNonce, node: o.node ?? 'raw' } })
  peer.seq = 1
  if (o.helloOnly === true) return peer
  const challenge = await peer.next()
  if (challenge?.challenge?.nonce == null) return peer
  if (o.replay !== undefined) peer.sendBytes(o.replay.proof)
  else peer.send({ proof: { mac: handshakeMac(o.secret, 'client', migrationId, ch, clientNonce, challenge.challenge.nonce) } })
  peer.seq = 2
  const welcome = await peer.next()
  if (welcome !== undefined && welcome.body !== 'welcome') throw new Error(`expected welcome, got ${String(welcome.body)}`)
  return peer
}

/** A destination played by the test: accepts channels with the real server handshake and hands them over. */
export interface FakeDestination {
  url: string
  /** The next channel a source opened, with its raw socket. */
  nextChannel (): Promise<Accepted & { ws: WebSocket }>
  close (): Promise<void>
}

export async function startFakeDestination (t: Tap, secret: string, log: Logger, maxFrameBytes: number): Promise<FakeDestination> {
  const server: Server = createServer((_req, res) => { res.statusCode = 404; res.end() })
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes, perMessageDeflate: false })
  const queue: Array<Accepted & { ws: WebSocket }> = []
  const waiters: Array<(a: Accepted & { ws: WebSocket }) => void> = []
  const paths = new Set<string>(Object.values(PEER_PATHS))
  server.on('upgrade', (req, socket, head) => {
    if (!paths.has(req.url ?? '')) { socket.destroy(); return }
    wss.handleUpgrade(req, socket, head, ws => {
      acceptChannel(ws, { secret, node: 'fake-dst', maxFrameBytes, timeoutMs: 10_000, log }).then(a => {
        const item = { ...a, ws }
        const w = waiters.shift()
        if (w !== undefined) w(item)
        else queue.push(item)
      }, () => { /* the source gave up; the test sees it from the source's side */ })
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const addr = server.address()
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0
  let closing: Promise<void> | undefined
  const fake: FakeDestination = {
    url: `http://127.0.0.1:${port}`,
    nextChannel () {
      // Frames flow once the taker has had a turn to attach its listeners.
      const handOver = (a: Accepted & { ws: WebSocket }): Accepted & { ws: WebSocket } => {
        setImmediate(() => a.channel.start())
        return a
      }
      const a = queue.shift()
      if (a !== undefined) return Promise.resolve(handOver(a))
      return new Promise(resolve => waiters.push(x => resolve(handOver(x))))
    },
    close () {
      closing ??= (async () => {
        for (const c of wss.clients) c.terminate()
        await new Promise<void>(resolve => wss.close(() => resolve()))
        server.closeAllConnections()
        await new Promise<void>(resolve => server.close(() => resolve()))
      })()
      return closing
    }
  }
  t.teardown(() => fake.close())
  return fake
}
