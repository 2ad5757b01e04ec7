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

/** The faults one vCPU took at one place (gpa and pc): consecutive retries of one access. */
interface Run {
  gpa: number
  pc: number
  times: number[]
  reinstalled: boolean
}

const HISTORY_KEEP = 16

export class Watchdog {
  readonly counts: Record<FaultClass, number> = Object.fromEntries(FAULT_CLASSES.map(c => [c, 0])) as Record<FaultClass, number>
  #cfg: WatchdogConfig
  #memory: GuestMemory
  /** One run per vCPU: O(vCPUs) state however many pages fault. */
  #runs = new Map<number, Run>()
  #vcpuRecords = new Map<number, FaultRecord[]>()
  /** Notes on the few pages that needed more than one try. */
  #tried = new Map<number, string[]>()

  constructor (cfg: WatchdogConfig, memory: GuestMemory) {
    this.#cfg = cfg
    this.#memory = memory
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
      return this.#count({ action: 'stop', faultClass: 'permission', reason: `write to read-only memslot ${slot.id} at ${hex(gpa)}` })
    }
    // The same vCPU faulting again at the same gpa and pc is retrying one access:
    // whatever was done last time did not make it progress.
    let run = this.#runs.get(e.vcpu)
    if (run === undefined || run.gpa !== gpa || run.pc !== e.pc) {
      run = { gpa, pc: e.pc, times: [], reinstalled: false }
      this.#runs.set(e.vcpu, run)
    }
    run.times.push(e.at)
    while (run.times.length > 0 && e.at - run.times[0]! > this.#cfg.loopWindowMs) run.times.shift()
    const attempt = run.times.length
    const rec = this.#record(e, 'absent', attempt)
    if (attempt > this.#cfg.loopThreshold) {
      rec.faultClass = 'loop'
      return this.#count({
        action: 'stop', faultClass: 'loop',
        reason: `vCPU ${e.vcpu} faulted ${attempt} times on ${hex(gpa)} at one pc within ${this.#cfg.loopWindowMs} ms without progress`
      })
    }
    if (!this.#memory.isPresent(gpa)) return this.#count({ action: 'request', faultClass: 'absent' })
    // Present now. A first fault here raced the install: retrying is the fix.
    if (attempt === 1) return this.#count({ action: 'retry', faultClass: 'absent', note: 'installed while the exit was in flight' })
    rec.faultClass = 'present-refault'
    if (!run.reinstalled) {
      run.reinstalled = true
      this.tried(gpa, 're-installed the present page once')
      return this.#count({ action: 'retry', faultClass: 'present-refault', note: 'page present but the vCPU faulted on it again' })
    }
    return this.#count({
      action: 'stop', faultClass: 'present-refault',
      reason: `vCPU ${e.vcpu} faults on present page ${hex(gpa)} again after a re-install`
    })
  }

  /** Notes something tried for gpa, for the diagnosis. */
  tried (gpa: number, what: string): void {
    let list = this.#tried.get(gpa)
    if (list === undefined) { list = []; this.#tried.set(gpa, list) }
    list.push(what)
    if (list.length > HISTORY_KEEP) list.shift()
  }

  #count (v: Verdict): Verdict {
    this.counts[v.faultClass]++
    return v
  }

  /** Counts a class decided outside classify (corrupt, source-missing, stalled). */
  count (c: FaultClass): void { this.counts[c]++ }

  diagnose (faultClass: FaultClass, vcpu: number, gpa: number | null, flags: number, reason: string): Diagnosis {
    const records = this.#vcpuRecords.get(vcpu) ?? []
    const g = gpa === null || !Number.isFinite(gpa) ? null : hex(gpa)
    return {
      faultClass,
      vcpu,
      gpa: gpa === null || !Number.isFinite(gpa) ? null : hex(gpa),
      flags: flagNames(flags),
      reason,
      // This vCPU's last faults, on this gpa first when it has any.
      history: g === null ? [...records] : records.filter(r => r.gpa === g).concat(records.filter(r => r.gpa !== g)).slice(0, HISTORY_KEEP),
      tried: [...(gpa === null ? [] : this.#tried.get(gpa) ?? [])],
      at: new Date().toISOString()
    }
  }
}
