// The guest backend interface: what the migration code needs from a VM engine,
// whether vCPUs are sim workers or real KVM threads.
import type { EventEmitter } from 'node:events'
import type { VmSpec } from './spec.js'
import type { VcpuRegs } from './regs.js'
import type { InjectClass } from './fault-injection.js'

export interface SlotInfo {
  id: number
  base: number
  size: number
  readonly: boolean
  pages: number
  /** Global index of this slot's first page. */
  firstPage: number
}

/** Guest RAM as the migration code sees it. Pages are addressed by page-aligned gpa. */
export interface GuestMemory {
  readonly pageSize: number
  readonly slots: readonly SlotInfo[]
  readonly totalPages: number
  readonly presentCount: number
  findSlot (gpa: number): SlotInfo | undefined
  pageIndex (gpa: number): number
  pageGpa (index: number): number
  isPresent (gpa: number): boolean
  /** A view of the page's bytes (no copy). */
  page (gpa: number): Uint8Array
  isZeroPage (gpa: number): boolean
  /** Installs unless present; null means a zero page. True if installed. */
  install (gpa: number, src: Uint8Array | null): boolean
  evict (gpa: number): boolean
  /** Writes a page whether or not it is present (precopy re-sends, before the VM runs here). True if it was absent. */
  write (gpa: number, src: Uint8Array | null): boolean
  /** Reads and clears the dirty log: global indices of pages written since the last call. */
  collectDirty (): number[]
  digest (): string
}

/** A memory-fault exit, shaped like KVM's kvm_run.memory_fault. */
export interface FaultExit {
  reason: 'MEMORY_FAULT'
  vcpu: number
  /** FAULT_FLAG bits: READ 1, WRITE 2, EXEC 4. 0 when the exit carried none. */
  flags: number
  /** Page-aligned gpa; NaN when the exit carried no usable address. */
  gpa: number
  size: number
  /** Wall-clock ms when the vCPU exited. */
  at: number
  /** Exits this vCPU has taken so far, this one included. */
  exits: number
  /** Where the vCPU was (its instruction pointer; the sim's step): the same across retries of one access. */
  pc: number
}

/**
 * Low-level hooks a backend offers so that fault injection (a decorator, see
 * fault-injection.ts) can produce the exits a hypervisor bug would.
 */
export interface InjectionHooks {
  /** The vCPU's next access exits with this gpa (NaN: none) and flags instead. */
  forceExit (vcpu: number, gpa: number, flags: number): void
  /** Accesses to this page exit even while it is present; NaN clears. */
  spuriousFault (gpa: number): void
}

export type VcpuRunState = 'created' | 'running' | 'exited' | 'paused' | 'done' | 'stopped'

export interface VcpuStatus {
  index: number
  state: VcpuRunState
  step: number
  steps: number
  reads: number
  writes: number
  exits: number
  blockedMs: number
}

export type VmRunState = 'created' | 'running' | 'paused' | 'halted' | 'stopped' | 'destroyed'

export type ResolveAction = 'retry' | 'stop'

export interface VmEvents {
  exit: [FaultExit]
  /** Every vCPU finished its workload. */
  halted: [VcpuRegs[]]
  /** Every vCPU was stopped (or had finished). */
  stopped: [VcpuRegs[]]
  error: [Error]
}

export interface GuestVm extends EventEmitter<VmEvents> {
  readonly spec: VmSpec
  readonly memory: GuestMemory
  readonly state: VmRunState
  /** Spawns the vCPUs without running them, so that start() is quick (it is inside downtime). */
  prepare (): Promise<void>
  /** Runs the vCPUs from the given registers, or from the workload's initial ones. */
  start (regs?: VcpuRegs[]): Promise<void>
  /** Pauses every vCPU between two accesses and returns their registers. */
  pause (): Promise<VcpuRegs[]>
  resume (): void
  /** Answers a pending exit: re-enter and retry the access, or stop the vCPU. */
  resolve (vcpu: number, action: ResolveAction): void
  /** Stops every vCPU; returns their last registers. */
  stop (): Promise<VcpuRegs[]>
  vcpus (): VcpuStatus[]
  /** Final registers once halted. */
  results (): VcpuRegs[] | undefined
  /** Recent fault service latencies (exit to running again), µs. */
  faultLatenciesUs (): number[]
  /** Latencies (µs) recorded after `cursors` (samples already read, per vCPU) and the next cursors; for the metrics. */
  faultLatenciesSince? (cursors: readonly number[]): { samples: number[], cursors: number[] }
  setDirtyLogging (on: boolean): void
  readonly injection: InjectionHooks
  destroy (): Promise<void>
}

export interface CreateVmOptions {
  /** An incoming VM: every page absent, vCPUs wait for registers. */
  incoming: boolean
  /** A fault class to inject; only FaultInjectingBackend acts on it. */
  inject?: InjectClass | undefined
}

export interface GuestBackend {
  readonly name: string
  createVm (spec: VmSpec, opts: CreateVmOptions): GuestVm
  close (): Promise<void>
}
