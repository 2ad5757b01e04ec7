// Installs pages from either channel into guest memory: every batch is checked
// whole before any page of it is installed, every page against its CRC, and a
// page already present is never overwritten (the guest may have written it).
import { crc32 } from 'node:zlib'
import { PCD_ERR_WIRE_BAD_PAGE } from '../common/errors.js'
import { hex } from '../common/log.js'
import { postcopy } from '../common/wire/codec.js'
import type { GuestMemory } from '../guest/index.js'
import { PAGE_SIZE } from '../guest/index.js'

export type PageOrigin = 'background' | 'demand' | 'precopy'

export interface InstallerStats {
  /** Pages installed, by how they came. */
  installed: Record<PageOrigin, number>
  /** Zero pages installed without data. */
  zero: number
  /** Pages that arrived for a page already present, dropped. */
  duplicates: number
  /** Precopy pages sent again because the guest wrote them since (they replace the earlier copy). */
  rewritten: number
  /** Pages whose CRC did not match, not installed. */
  corrupt: number
  bytes: Record<'bulk' | 'urgent', number>
}

export interface InstallerHooks {
  /** A page became present. */
  installed (gpa: number, origin: PageOrigin): void
  /** A page failed its checksum and was not installed. */
  corrupt (gpa: number, origin: PageOrigin): void
}

export function originOf (source: postcopy.PageSource | null | undefined): PageOrigin {
  if (source === postcopy.PageSource.PAGE_SOURCE_DEMAND) return 'demand'
  if (source === postcopy.PageSource.PAGE_SOURCE_PRECOPY) return 'precopy'
  return 'background'
}

export class PageInstaller {
  readonly stats: InstallerStats = {
    installed: { background: 0, demand: 0, precopy: 0 }, zero: 0, duplicates: 0, rewritten: 0, corrupt: 0, bytes: { bulk: 0, urgent: 0 }
  }

  #memory: GuestMemory
  #hooks: InstallerHooks
  #maxPages: number
  /**
   * Before switchover the guest does not run here, so a page sent again in a later
   * precopy round replaces the earlier copy. After it, a present page is never overwritten.
   */
  overwrite = false

  constructor (memory: GuestMemory, hooks: InstallerHooks, maxPagesPerBatch: number) {
    this.#memory = memory
    this.#hooks = hooks
    this.#maxPages = maxPagesPerBatch
  }

  #checkGpa (gpa: unknown, what: string): number {
    if (typeof gpa !== 'number' || !Number.isSafeInteger(gpa) || gpa % PAGE_SIZE !== 0) {
      throw new PCD_ERR_WIRE_BAD_PAGE(`${what} gpa ${String(gpa)} is not page aligned`)
    }
    if (this.#memory.findSlot(gpa) === undefined) throw new PCD_ERR_WIRE_BAD_PAGE(`${what} gpa ${hex(gpa)} is outside every memslot`)
    return gpa
  }

  /**
   * Checks the batch whole (throws PCD_ERR_WIRE_BAD_PAGE, installing nothing),
   * then installs each page that is absent and passes its CRC.
   */
  install (batch: postcopy.IPageBatch, via: 'bulk' | 'urgent', frameBytes: number): void {
    const gpas = batch.gpas ?? []
    const zeros = batch.zeroGpas ?? []
    const crcs = batch.crcs ?? []
    const data = batch.data ?? new Uint8Array(0)
    if (gpas.length + zeros.length === 0) throw new PCD_ERR_WIRE_BAD_PAGE('empty batch')
    if (gpas.length > this.#maxPages) throw new PCD_ERR_WIRE_BAD_PAGE(`${gpas.length} pages in one batch, at most ${this.#maxPages}`)
    if (zeros.length > 1 << 20) throw new PCD_ERR_WIRE_BAD_PAGE(`${zeros.length} zero pages in one batch`)
    if (data.byteLength !== gpas.length * PAGE_SIZE) {
      throw new PCD_ERR_WIRE_BAD_PAGE(`${data.byteLength} bytes of data for ${gpas.length} pages of ${PAGE_SIZE}`)
    }
    if (crcs.length !== gpas.length) throw new PCD_ERR_WIRE_BAD_PAGE(`${crcs.length} checksums for ${gpas.length} pages`)
    for (const g of gpas) this.#checkGpa(g, 'page')
    for (const g of zeros) this.#checkGpa(g, 'zero page')
    const origin = originOf(batch.source)
    this.stats.bytes[via] += frameBytes
    const overwrite = this.overwrite
    for (let i = 0; i < gpas.length; i++) {
      const gpa = gpas[i]!
      if (!overwrite && this.#memory.isPresent(gpa)) { this.stats.duplicates++; continue }
      const page = data.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE)
      if (crc32(page) !== crcs[i]) {
        this.stats.corrupt++
        this.#hooks.corrupt(gpa, origin)
        continue
      }
      this.#put(gpa, page, origin, overwrite)
    }
    for (const gpa of zeros) {
      if (this.#put(gpa, null, origin, overwrite)) this.stats.zero++
    }
    if (this.firstPageAt === null) this.firstPageAt = performance.timeOrigin + performance.now()
  }

  /** Installs (or, before switchover, rewrites) one page and counts what happened. True if it became present. */
  #put (gpa: number, page: Uint8Array | null, origin: PageOrigin, overwrite: boolean): boolean {
    if (overwrite ? this.#memory.write(gpa, page) : this.#memory.install(gpa, page)) {
      this.stats.installed[origin]++
      this.#hooks.installed(gpa, origin)
      return true
    }
    if (overwrite) this.stats.rewritten++
    else this.stats.duplicates++
    return false
  }

  /** When the first page arrived (ms since the epoch), for the throughput. */
  firstPageAt: number | null = null
}
