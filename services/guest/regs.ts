// A vCPU's register file: everything that determines the rest of its run.
// Saved at pause, sent at switchover, restored on the destination.
import type { WorkloadSpec } from './spec.js'

export interface VcpuRegs {
  index: number
  /** Accesses completed. */
  step: number
  /** PRNG state (mulberry32). */
  prng: number
  /** Running hash of every value read and every compute round. */
  acc: number
  reads: number
  writes: number
  done: boolean
}

export function initialRegs (w: WorkloadSpec, index: number): VcpuRegs {
  // Distinct, seed-derived streams per vCPU.
  const prng = (Math.imul(w.seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0
  return { index, step: 0, prng, acc: 0x811c9dc5, reads: 0, writes: 0, done: w.steps === 0 }
}
