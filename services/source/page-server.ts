// Answers the destination's page requests on the urgent channel, ahead of the
// background stream, straight from guest memory.
import { crc32 } from 'node:zlib'
import type { Logger } from '../common/log.js'
import { hex } from '../common/log.js'
import { PCD_ERR_WIRE_FLOOD } from '../common/errors.js'
import { CLOSE, type PeerChannel } from '../common/wire/channel.js'
import { postcopy } from '../common/wire/codec.js'
import type { GuestMemory } from '../guest/index.js'
import { PAGE_SIZE } from '../guest/index.js'
import type { PushOrder } from './push.js'
import type { InjectClass } from '../guest/index.js'

export interface PageServerStats {
  requests: number
  /** Pages sent on the urgent channel. */
  demand: number
  bytes: number
  refused: number
  /** Urgent channels closed because the destination asked faster than it read. */
  floods: number
}

export class PageServer {
  readonly stats: PageServerStats = { requests: 0, demand: 0, bytes: 0, refused: 0, floods: 0 }
  #memory: GuestMemory
  #order: PushOrder
  #prefetch: number
  #maxPending: number
  #log: Logger
  #inject: InjectClass | undefined
  #target = NaN
  #dropped = false

  constructor (opts: { memory: GuestMemory, order: PushOrder, prefetchPages: number, maxPendingBytes: number, log: Logger, inject?: InjectClass | undefined }) {
    this.#memory = opts.memory
    this.#order = opts.order
    this.#prefetch = opts.prefetchPages
    this.#maxPending = opts.maxPendingBytes
    this.#log = opts.log
    this.#inject = opts.inject
  }

  /**
   * Source-side fault injection (tests only): the first page requested becomes the
   * target, is kept out of the background stream, and is corrupted in flight,
   * refused, or has its first request dropped. Returns true if it handled the request.
   */
  #injected (ch: PeerChannel, gpa: number): boolean {
    const cls = this.#inject
    if (cls !== 'corrupt' && cls !== 'source-missing' && cls !== 'stalled') return false
    if (Number.isNaN(this.#target)) {
      this.#target = gpa
      this.#order.markSent(this.#memory.pageIndex(gpa))
      this.#log.warn({ gpa: hex(gpa), inject: cls }, 'fault injection target chosen')
    }
    if (gpa !== this.#target) return false
    switch (cls) {
      case 'corrupt': {
        const page = Buffer.from(this.#memory.page(gpa))
        const crc = crc32(page)
        page[123] = page[123]! ^ 0x5a
        ch.send({ pages: { source: postcopy.PageSource.PAGE_SOURCE_DEMAND, gpas: [gpa], data: page, crcs: [crc] } })
        return true
      }
      case 'source-missing':
        this.stats.refused++
        ch.send({ pageRefused: { gpa, code: 'PCD_ERR_SOURCE_PAGE_MISSING', reason: 'injected: the source cannot provide this page' } })
        return true
      case 'stalled':
        if (this.#dropped) return false
        this.#dropped = true
        return true
    }
  }

  /** Serves one request. A page already sent is sent again: the request proves it did not arrive or was lost. */
  serve (ch: PeerChannel, req: postcopy.IPageRequest): void {
    this.stats.requests++
    if (!ch.open) return
    // Every answer is queued in the socket until the destination reads it; one that
    // asks without reading would grow our memory without bound.
    if (ch.pendingBytes > this.#maxPending) {
      this.stats.floods++
      const err = new PCD_ERR_WIRE_FLOOD(`${ch.pendingBytes} bytes of page answers unread, the limit is ${this.#maxPending}`)
      this.#log.warn({ code: err.code, pendingBytes: ch.pendingBytes, peer: ch.peerNode }, 'page request flood, closing urgent channel')
      ch.close(CLOSE.POLICY, `${err.code}: ${err.message}`)
      return
    }
    const gpa = req.gpa ?? NaN
    const slot = Number.isSafeInteger(gpa) ? this.#memory.findSlot(gpa) : undefined
    if (slot === undefined || gpa % PAGE_SIZE !== 0) {
      this.stats.refused++
      this.#log.warn({ gpa: Number.isFinite(gpa) ? hex(gpa) : String(gpa) }, 'page request outside guest memory, refused')
      ch.send({ pageRefused: { gpa: Number.isFinite(gpa) ? gpa : 0, code: 'PCD_ERR_WIRE_BAD_PAGE', reason: 'gpa outside every memslot or not page aligned' } })
      return
    }
    if (this.#inject !== undefined && this.#injected(ch, gpa)) return
    const page = this.#memory.page(gpa)
    const n = ch.send({ pages: { source: postcopy.PageSource.PAGE_SOURCE_DEMAND, gpas: [gpa], data: page, crcs: [crc32(page)] } })
    if (!n) return
    this.stats.demand++
    this.stats.bytes += PAGE_SIZE
    const index = this.#memory.pageIndex(gpa)
    this.#order.markSent(index)
    this.#order.prefetchAfter(index, this.#prefetch)
  }
}
