// A TCP proxy in front of a daemon that can cut every connection through it, as
// a failing link would. Used by the demo (--cut-link) and the recovery tests.
import { createServer, connect, type Server, type Socket } from 'node:net'
import { once } from 'node:events'

export class LinkProxy {
  readonly #target: { host: string, port: number }
  #server: Server
  #pairs = new Set<[Socket, Socket]>()
  /** Connections cut so far. */
  cuts = 0

  constructor (targetUrl: string) {
    const u = new URL(targetUrl)
    this.#target = { host: u.hostname, port: Number(u.port) }
    this.#server = createServer(client => {
      const upstream = connect(this.#target)
      const pair: [Socket, Socket] = [client, upstream]
      this.#pairs.add(pair)
      const drop = (): void => {
        this.#pairs.delete(pair)
        client.destroy()
        upstream.destroy()
      }
      client.on('error', drop).on('close', drop)
      upstream.on('error', drop).on('close', drop)
      client.pipe(upstream)
      upstream.pipe(client)
    })
  }

  async listen (): Promise<string> {
    this.#server.listen(0, '127.0.0.1')
    await once(this.#server, 'listening')
    const a = this.#server.address()
    if (a === null || typeof a === 'string') throw new Error('proxy has no address')
    return `http://127.0.0.1:${a.port}`
  }

  /** Open connections through the proxy. */
  get connections (): number { return this.#pairs.size }

  /** Drops every connection at once (RST), as a cut cable or a dead peer would. */
  cut (): void {
    this.cuts++
    for (const [a, b] of this.#pairs) {
      a.resetAndDestroy()
      b.resetAndDestroy()
    }
    this.#pairs.clear()
  }

  async close (): Promise<void> {
    this.cut()
    await new Promise<void>(resolve => this.#server.close(() => resolve()))
  }
}
