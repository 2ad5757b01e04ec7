// The order of the background stream: every page once, front to back, except
// that the neighbours of a page just faulted on go first (a guest that touched
// one page of a region will likely touch the next ones).
import type { GuestMemory } from '../guest/index.js'

export class PushOrder {
  readonly total: number
  #sent: Uint8Array
  #sentCount = 0
  #cursor = 0
  #urgent: number[] = []
  #memory: GuestMemory

  constructor (memory: GuestMemory) {
    this.#memory = memory
    this.total = memory.totalPages
    this.#sent = new Uint8Array(this.total)
  }

  get sentCount (): number { return this.#sentCount }
  get done (): boolean { return this.#sentCount >= this.total }

  isSent (index: number): boolean { return this.#sent[index] === 1 }

  /** Marks a page sent (by either channel). False if it already was. */
  markSent (index: number): boolean {
    if (this.#sent[index] === 1) return false
    this.#sent[index] = 1
    this.#sentCount++
    return true
  }

  /** Marks a page as needing to be sent again (precopy: dirtied since it was sent). */
  markDirty (index: number): void {
    if (this.#sent[index] === 0) return
    this.#sent[index] = 0
    this.#sentCount--
    if (index < this.#cursor) this.#cursor = index
  }

  /** Puts the `count` pages after a faulting page at the front of the stream. */
  prefetchAfter (index: number, count: number): void {
    for (let i = Math.min(this.total - 1, index + count); i > index; i--) {
      if (this.#sent[i] === 0) this.#urgent.push(i)
    }
    // Bound the queue: old hints are worth less than new ones.
    if (this.#urgent.length > 4096) this.#urgent.splice(0, this.#urgent.length - 4096)
  }

  /** The next page index to send, or -1 when every page is sent. Does not mark it. */
  next (): number {
    while (this.#urgent.length > 0) {
      const i = this.#urgent.pop()!
      if (this.#sent[i] === 0) return i
    }
    while (this.#cursor < this.total && this.#sent[this.#cursor] === 1) this.#cursor++
    return this.#cursor < this.total ? this.#cursor : -1
  }

  /** The gpa of a page index. */
  gpa (index: number): number { return this.#memory.pageGpa(index) }
}
