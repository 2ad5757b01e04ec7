// Layout of the shared block through which a sim vCPU and the main thread talk
// without postMessage: exit records, resume signals, pause requests, progress.

/** Int32 slots. */
export const I = Object.freeze({
  STATE: 0,
  /** Bumped by the vCPU on each exit; the main thread waits on it with Atomics.waitAsync. */
  EXIT_SEQ: 1,
  /** Bumped by the main thread when an exit is resolved; the vCPU Atomics.waits on it. */
  RESUME_SEQ: 2,
  EXIT_REASON: 3,
  EXIT_FLAGS: 4,
  EXIT_SIZE: 5,
  /** What the vCPU does after the resume: RESUME_RETRY or RESUME_STOP. */
  RESUME_ACTION: 6,
  /** Requests from the main thread, checked between accesses: REQ_NONE, REQ_PAUSE, REQ_STOP. */
  REQ: 7,
  /** Exits taken (faults), for progress. */
  EXITS: 8,
  /** Samples written to the latency ring. */
  LAT_COUNT: 9,
  INT32_SLOTS: 16
})

/** Float64 slots, after the Int32 ones. */
export const F = Object.freeze({
  EXIT_GPA: 0,
  /** performance.timeOrigin + performance.now() at the exit, ms. */
  EXIT_TIME: 1,
  STEP: 2,
  BLOCKED_MS: 3,
  READS: 4,
  WRITES: 5,
  /** The access's program counter (its step): unchanged across retries of one access. */
  EXIT_PC: 6,
  /** First slot of the latency ring: fault exit to vCPU running again, µs. */
  LAT_RING: 8
})

/**
 * VM-wide shared flags. Int32 slots; the injected gpa is a Float64 at byte
 * VMF_GPA_BYTE. Injection is how the fault-injection decorator makes a sim vCPU
 * take the exits a buggy hypervisor would give.
 */
export const VMF = Object.freeze({
  DIRTY_LOG: 0,
  /** INJECT_* mode. */
  INJECT: 1,
  /** Flags of a forced exit. */
  INJECT_FLAGS: 2,
  /** vCPU the forced exit is for. */
  INJECT_VCPU: 3,
  INT32_SLOTS: 4,
  GPA_BYTE: 16,
  BYTES: 24
})

export const INJECT = Object.freeze({
  NONE: 0,
  /** Exit on the target page even when it is present (a spurious fault). */
  SPURIOUS: 1,
  /** The next access of INJECT_VCPU exits with the injected gpa and flags instead (NaN gpa: none). */
  FORCE_EXIT: 2
})

export const LAT_RING_SIZE = 1 << 16
export const F64_OFFSET = I.INT32_SLOTS * 4
export const CONTROL_BYTES = F64_OFFSET + (F.LAT_RING + LAT_RING_SIZE) * 8

export const STATE = Object.freeze({ CREATED: 0, RUNNING: 1, EXITED: 2, PAUSED: 3, DONE: 4, STOPPED: 5 })
export const REQ = Object.freeze({ NONE: 0, PAUSE: 1, STOP: 2 })
export const RESUME = Object.freeze({ RETRY: 0, STOP: 1 })
export const EXIT_REASON_MEMORY_FAULT = 39 // KVM_EXIT_MEMORY_FAULT

/** Access flags of a memory-fault exit. */
export const FAULT_FLAG = Object.freeze({ READ: 1, WRITE: 2, EXEC: 4 })

export function controlViews (sab: SharedArrayBuffer): { i32: Int32Array, f64: Float64Array } {
  return { i32: new Int32Array(sab, 0, I.INT32_SLOTS), f64: new Float64Array(sab, F64_OFFSET) }
}

/** Data handed to each vCPU worker. */
export interface VcpuWorkerData {
  index: number
  control: SharedArrayBuffer
  slots: Array<{ base: number, pages: number, readonly: boolean, data: SharedArrayBuffer, present: SharedArrayBuffer, dirty: SharedArrayBuffer }>
  /** VM-wide flags: [0] dirty logging on. */
  vmFlags: SharedArrayBuffer
  workload: import('../spec.js').WorkloadSpec
  lo: number
  hi: number
}

/** The one message the main thread posts: start from these registers. */
export interface VcpuStart { type: 'start', regs: import('../regs.js').VcpuRegs }

/** Messages a vCPU worker posts: lifecycle only; exits go through shared memory. */
export type VcpuMessage =
  | { type: 'paused', regs: import('../regs.js').VcpuRegs }
  | { type: 'done', regs: import('../regs.js').VcpuRegs }
  | { type: 'stopped', regs: import('../regs.js').VcpuRegs }
