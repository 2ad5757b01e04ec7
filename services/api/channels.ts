// The two peer channels ride on the API's HTTP server: ws with noServer, routed
// by path on 'upgrade', then handed to the host once the handshake passes.
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type { Logger } from '../common/log.js'
import { acceptChannel, PeerSocket, PEER_PATHS } from '../common/wire/channel.js'
import type { Host } from './host.js'

export interface PeerListener { close (): Promise<void> }

export function attachPeerChannels (server: Server, host: Host, log: Logger): PeerListener {
  const cfg = host.config
  const plog = log.child({ component: 'peer' })
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: cfg.limits.maxFrameBytes,
    perMessageDeflate: false,
    skipUTF8Validation: true,
    WebSocket: PeerSocket
  })
  const paths = new Set(Object.values(PEER_PATHS))
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = (req.url ?? '').split('?')[0] ?? ''
    if (!paths.has(path)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, ws => {
      acceptChannel(ws, {
        secret: cfg.peerSecret,
        node: cfg.log.nodeName,
        maxFrameBytes: cfg.limits.maxFrameBytes,
        timeoutMs: cfg.migration.connectTimeoutMs,
        log: plog,
        admit: (migrationId, kind) => host.admitChannel(migrationId, kind)
      }).then(a => host.acceptChannel(a), err => {
        plog.info({ code: (err as { code?: string }).code, err: (err as Error).message, remote: req.socket.remoteAddress }, 'peer channel refused')
      })
    })
  }
  server.on('upgrade', onUpgrade)
  return {
    async close () {
      server.off('upgrade', onUpgrade)
      for (const c of wss.clients) c.terminate()
      await new Promise<void>(resolve => wss.close(() => resolve()))
    }
  }
}
