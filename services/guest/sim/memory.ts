// Guest RAM of a sim VM: one SharedArrayBuffer per memslot plus presence and
// dirty bitmaps, shared with the vCPU workers. Pages are installed here, never
// overwritten once present.
import { createHash } from 'node:crypto'
import { PAGE_SIZE, PAGE_SHIFT, type MemslotSpec, type FillKind } from '../spec.js'
import type { GuestMemory, SlotInfo } from '../backend.js'

export interface SimSlot extends SlotInfo {
  data: SharedArrayBuffer
  bytes: Uint8Array
  words: Int32Array
  present: Int32Array
  dirty: Int32Array
  presentSab: SharedArrayBuffer
  dirtySab: SharedArrayBuffer
}

const ZERO_PAGE = new Uint8Array(PAGE_SIZE)

export class SimMemory implements GuestMemory {
  readonly pageSize = PAGE_SIZE
  readonly slots: SimSlot[]
  readonly totalPages: number
  #presentCount = 0

  /** All pages present (a VM created here) or all absent (an incoming VM). */
  constructor (memslots: MemslotSpec[], present: boolean) {
    let first = 0
    this.slots = memslots.map(m => {
      const pages = m.size / PAGE_SIZE
      const words = Math.ceil(pages / 32)
      const data = new SharedArrayBuffer(m.size)
      const presentSab = new SharedArrayBuffer(words * 4)
      const dirtySab = new SharedArrayBuffer(words * 4)
      const slot: SimSlot = {
        id: m.id, base: m.base, size: m.size, readonly: m.readonly, pages, firstPage: first,
        data, bytes: new Uint8Array(data), words: new Int32Array(data),
        present: new Int32Array(presentSab), dirty: new Int32Array(dirtySab), presentSab, dirtySab
      }
      first += pages
      return slot
    })
    this.totalPages = first
    if (present) this.markAllPresent()
  }

  get presentCount (): number { return this.#presentCount }

  /** The memslot holding gpa, or undefined for a gpa outside every memslot. */
  findSlot (gpa: number): SimSlot | undefined {
    for (const s of this.slots) if (gpa >= s.base && gpa < s.base + s.size) return s
    return undefined
  }

  /** Global page index (0..totalPages) of a gpa; -1 outside every memslot. */
  pageIndex (gpa: number): number {
    const s = this.findSlot(gpa)
    return s === undefined ? -1 : s.firstPage + Math.floor((gpa - s.base) / PAGE_SIZE)
  }

  /** The gpa of a global page index. */
  pageGpa (index: number): number {
    for (const s of this.slots) if (index < s.firstPage + s.pages) return s.base + (index - s.firstPage) * PAGE_SIZE
    throw new RangeError(`page index ${index} out of range`)
  }

  isPresent (gpa: number): boolean {
    const s = this.findSlot(gpa)
    if (s === undefined) return false
    const p = (gpa - s.base) >>> PAGE_SHIFT
    return (Atomics.load(s.present, p >>> 5) & (1 << (p & 31))) !== 0
  }

  /** A view of the page's bytes in guest memory (no copy). gpa must be page aligned and in a slot. */
  page (gpa: number): Uint8Array {
    const s = this.findSlot(gpa)
    if (s === undefined) throw new RangeError(`gpa 0x${gpa.toString(16)} outside every memslot`)
    const off = gpa - s.base
    return s.bytes.subarray(off, off + PAGE_SIZE)
  }

  isZeroPage (gpa: number): boolean {
    return Buffer.compare(this.page(gpa), ZERO_PAGE) === 0
  }

  /**
   * Installs a page unless it is already present: a present page may have been
   * written by the guest since, and a late copy must never overwrite it.
   * `src` null installs a zero page (memory starts zeroed). Returns true if installed.
   */
  install (gpa: number, src: Uint8Array | null): boolean {
    const s = this.findSlot(gpa)
    if (s === undefined) throw new RangeError(`gpa 0x${gpa.toString(16)} outside every memslot`)
    const p = (gpa - s.base) >>> PAGE_SHIFT
    const word = p >>> 5
    const bit = 1 << (p & 31)
    if ((Atomics.load(s.present, word) & bit) !== 0) return false
    if (src !== null) s.bytes.set(src, p * PAGE_SIZE)
    // The bit goes up after the data is written; the vCPU reads the bit with
    // Atomics.load, which orders its data reads after it.
    Atomics.or(s.present, word, bit)
    this.#presentCount++
    return true
  }

  write (gpa: number, src: Uint8Array | null): boolean {
    const s = this.findSlot(gpa)
    if (s === undefined) throw new RangeError(`gpa 0x${gpa.toString(16)} outside every memslot`)
    const off = gpa - s.base
    if (src === null) s.bytes.fill(0, off, off + PAGE_SIZE)
    else s.bytes.set(src, off)
    const p = off >>> PAGE_SHIFT
    const bit = 1 << (p & 31)
    const old = Atomics.or(s.present, p >>> 5, bit)
    if ((old & bit) !== 0) return false
    this.#presentCount++
    return true
  }

  collectDirty (): number[] {
    const out: number[] = []
    for (const s of this.slots) {
      const d = s.dirty
      for (let w = 0; w < d.length; w++) {
        if (d[w] === 0) continue
        // Exchange, not read-then-clear: a write landing in between is kept for the next round.
        let bits = Atomics.exchange(d, w, 0)
        while (bits !== 0) {
          const b = 31 - Math.clz32(bits & -bits)
          bits &= bits - 1
          out.push(s.firstPage + w * 32 + b)
        }
      }
    }
    return out
  }

  /** Drops a page's presence so the next access faults (fault injection, tests). */
  evict (gpa: number): boolean {
    const s = this.findSlot(gpa)
    if (s === undefined) return false
    const p = (gpa - s.base) >>> PAGE_SHIFT
    const bit = 1 << (p & 31)
    const old = Atomics.and(s.present, p >>> 5, ~bit)
    if ((old & bit) === 0) return false
    this.#presentCount--
    return true
  }

  markAllPresent (): void {
    for (const s of this.slots) {
      s.present.fill(-1)
      const tail = s.pages & 31
      if (tail !== 0) s.present[s.present.length - 1] = (1 << tail) - 1
    }
    this.#presentCount = this.totalPages
  }

  /** Fills every page with a pattern derived from the seed and the page's gpa. */
  fill (kind: FillKind, seed: number): void {
    if (kind === 'zero') return
    for (const s of this.slots) {
      const w = s.words
      for (let p = 0; p < s.pages; p++) {
        let x = (Math.imul((s.base / PAGE_SIZE + p) | 0, 0x9e3779b1) ^ seed ^ 0x5bd1e995) | 1
        const o = p * 1024
        for (let i = 0; i < 1024; i++) {
          x ^= x << 13; x ^= x >>> 17; x ^= x << 5
          w[o + i] = x
        }
      }
    }
  }

  /** SHA-256 over every memslot's layout and bytes. Equal digests mean equal guest RAM. */
  digest (): string {
    const h = createHash('sha256')
    const chunk = 64 * 1024 * 1024
    for (const s of this.slots) {
      h.update(`${s.id}:${s.base}:${s.size}:${s.readonly ? 'ro' : 'rw'}\n`)
      for (let off = 0; off < s.size; off += chunk) h.update(s.bytes.subarray(off, Math.min(s.size, off + chunk)))
    }
    return h.digest('hex')
  }
}
