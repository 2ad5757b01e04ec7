// Decides, for every memory-fault exit, whether an install can fix it: the
// expected case is a page of a migrating memslot that has not arrived yet.
// Everything else must stop the vCPU with a diagnosis instead of looping.
import type { WatchdogConfig } from '../common/config.js'
import { hex } from '../common/log.js'
import type { FaultExit, GuestMemory } from '../guest/index.js'
import { FAULT_FLAG, PAGE_SIZE } from '../guest/index.js'

export const FAULT_CLASSES = [
  'absent', 'present-refault', 'loop', 'no-memslot', 'permission', 'unannotated', 'corrupt', 'source-missing', 'stalled'
] as const
export type FaultClass = typeof FAULT_CLASSES[number]

/** What the fault handler does with a classified exit. */
export type Verdict =
  | { action: 'request', faultClass: 'absent' }
  | { action: 'retry', faultClass: 'absent' | 'present-refault', note: string }
  | { action: 'stop', faultClass: FaultClass, reason: string }

export interface FaultRecord {
  vcpu: number
  gpa: string
  flags: string
  size: number
  at: number
  faultClass: FaultClass
  attempt: number
}

/** Why a vCPU was stopped: shown by the API, logged once, counted by class. */
export interface Diagnosis {
  faultClass: FaultClass
  vcpu: number
  gpa: string | null
  flags: string
  reason: string
  /** The last faults on this gpa (or of this vCPU when there is no gpa). */
  history: FaultRecord[]
  /** What the watchdog tried before giving up. */
  tried: string[]
  at: string
}

export function flagNames (flags: number): string {
  const out: string[] = []
  if ((flags & FAULT_FLAG.READ) !== 0) out.push('read')
  if ((flags & FAULT_FLAG.WRITE) !== 0) out.push('write')
  if ((flags & FAULT_FLAG.EXEC) !== 0) out.push('exec')
  return out.length === 0 ? 'none' : out.join('|')
}

interface PageHistory {
  /** Fault times (ms) since the last install of this page. */
  faults: number[]
  installs: number
  /** Installs at the time of this vCPU's last fault on the page, per vCPU. */
  lastSeenInstalls: Map<number, number>
  reinstalls: number
  records: FaultRecord[]
  tried: string[]
}

const HISTORY_KEEP = 16

export class Watchdog {
  readonly counts: Record<FaultClass, number> = Object.fromEntries(FAULT_CLASSES.map(c => [c, 0])) as Record<FaultClass, number>
  #cfg: WatchdogConfig
  #memory: GuestMemory
  #pages = new Map<number, PageHistory>()
  #vcpuRecords = new Map<number, FaultRecord[]>()

  constructor (cfg: WatchdogConfig, memory: GuestMemory) {
    this.#cfg = cfg
    this.#memory = memory
  }

  #history (gpa: number): PageHistory {
    let h = this.#pages.get(gpa)
    if (h === undefined) {
      h = { faults: [], installs: 0, lastSeenInstalls: new Map(), reinstalls: 0, records: [], tried: [] }
      this.#pages.set(gpa, h)
    }
    return h
  }

  #record (e: FaultExit, faultClass: FaultClass, attempt: number): FaultRecord {
    const r: FaultRecord = {
      vcpu: e.vcpu, gpa: Number.isFinite(e.gpa) ? hex(e.gpa) : 'none', flags: flagNames(e.flags), size: e.size, at: e.at, faultClass, attempt
    }
    let list = this.#vcpuRecords.get(e.vcpu)
    if (list === undefined) { list = []; this.#vcpuRecords.set(e.vcpu, list) }
    list.push(r)
    if (list.length > HISTORY_KEEP) list.shift()
    return r
  }

  /** Classifies one exit. Every exit passes here before any request is sent. */
  classify (e: FaultExit): Verdict {
    if (!Number.isFinite(e.gpa) || e.flags === 0 || e.size <= 0) {
      this.#record(e, 'unannotated', 1)
      return this.#count({ action: 'stop', faultClass: 'unannotated', reason: 'exit carries no usable gpa, flags or size' })
    }
    const gpa = e.gpa - (e.gpa % PAGE_SIZE)
    const slot = this.#memory.findSlot(gpa)
    if (slot === undefined) {
      this.#record(e, 'no-memslot', 1)
      return this.#count({ action: 'stop', faultClass: 'no-memslot', reason: `gpa ${hex(gpa)} is outside every memslot` })
    }
    if (slot.readonly && (e.flags & FAULT_FLAG.WRITE) !== 0) {
      this.#record(e, 'permission', 1)
      return this.#count({ action: 'stop', faultClass: 'permission', reason: `write to read-only memslot ${slot.id}` })
    }
    const h = this.#history(gpa)
    const t = e.at
    h.faults.push(t)
    while (h.faults.length > 0 && t - h.faults[0]! > this.#cfg.loopWindowMs) h.faults.shift()
    const rec = this.#record(e, 'absent', h.faults.length)
    h.records.push(rec)
    if (h.records.length > HISTORY_KEEP) h.records.shift()
    if (h.faults.length > this.#cfg.loopThreshold) {
      rec.faultClass = 'loop'
      return this.#count({
        action: 'stop', faultClass: 'loop',
        reason: `${h.faults.length} faults on ${hex(gpa)} within ${this.#cfg.loopWindowMs} ms without install progress`
      })
    }
    const seen = h.lastSeenInstalls.get(e.vcpu)
    h.lastSeenInstalls.set(e.vcpu, h.installs)
    if (!this.#memory.isPresent(gpa)) {
      return this.#count({ action: 'request', faultClass: 'absent' })
    }
    // Present now. If the install happened after this vCPU last faulted here
    // (or it never did), the exit raced the install: retry is the fix.
    if (seen === undefined || seen < h.installs) {
      return this.#count({ action: 'retry', faultClass: 'absent', note: 'installed while the exit was in flight' })
    }
    rec.faultClass = 'present-refault'
    if (h.reinstalls === 0) {
      h.reinstalls++
      h.tried.push('re-installed the page once')
      return this.#count({ action: 'retry', faultClass: 'present-refault', note: 'page present but the vCPU faulted on it again' })
    }
    return this.#count({
      action: 'stop', faultClass: 'present-refault',
      reason: `vCPU ${e.vcpu} faults on present page ${hex(gpa)} again after a re-install`
    })
  }

  /** An install of gpa: progress that resets its loop window. */
  installed (gpa: number): void {
    const h = this.#pages.get(gpa)
    if (h === undefined) return
    h.installs++
    h.faults.length = 0
  }

  /** Notes something the watchdog (or the fault handler) tried for gpa. */
  tried (gpa: number, what: string): void {
    const h = this.#history(gpa)
    h.tried.push(what)
    if (h.tried.length > HISTORY_KEEP) h.tried.shift()
  }

  #count (v: Verdict): Verdict {
    // A retry that raced an install is an absent fault resolved by the stream.
    this.counts[v.faultClass]++
    return v
  }

  /** Counts a class decided outside classify (corrupt, source-missing, stalled). */
  count (c: FaultClass): void { this.counts[c]++ }

  diagnose (faultClass: FaultClass, vcpu: number, gpa: number | null, flags: number, reason: string): Diagnosis {
    const h = gpa === null ? undefined : this.#pages.get(gpa)
    return {
      faultClass,
      vcpu,
      gpa: gpa === null || !Number.isFinite(gpa) ? null : hex(gpa),
      flags: flagNames(flags),
      reason,
      history: [...(h?.records ?? this.#vcpuRecords.get(vcpu) ?? [])],
      tried: [...(h?.tried ?? [])],
      at: new Date().toISOString()
    }
  }
}
