// The shape of a VM: memslots, vCPUs and the workload its vCPUs run. Pure data,
// validated once, shared by the backends, the API and the wire.
import { PCD_ERR_VM_BAD_SPEC } from '../common/errors.js'

export const PAGE_SIZE = 4096
export const PAGE_SHIFT = 12
export const MiB = 1024 * 1024
export const GiB = 1024 * MiB

/**
 * scan: sequential over the vCPU's pages; random: uniform; hotset: skewed to a hot
 * fraction; mixed: the three in turn; shared: every vCPU reads the same last
 * hotFraction of memory (reads only, so the run stays deterministic).
 */
export type WorkloadKind = 'scan' | 'random' | 'hotset' | 'mixed' | 'shared'
export const WORKLOAD_KINDS: readonly WorkloadKind[] = ['scan', 'random', 'hotset', 'mixed', 'shared']

export interface WorkloadSpec {
  /** Access pattern over the vCPU's share of memory. */
  kind: WorkloadKind
  /** Fraction of accesses that are writes, 0..1. Default: 0.3. */
  writeRatio: number
  /** PRNG seed; the same seed gives the same run. Default: 1. */
  seed: number
  /** Accesses each vCPU makes before it halts. Default: 1,000,000. */
  steps: number
  /** hotset: fraction of the vCPU's pages that are hot. Default: 0.05. */
  hotFraction: number
  /** hotset: probability that an access goes to the hot pages (the skew). Default: 0.9. */
  hotProbability: number
  /** Arithmetic rounds between two accesses, to model compute. Default: 0. */
  compute: number
}

export interface MemslotSpec {
  id: number
  /** Guest-physical base address, page aligned. */
  base: number
  /** Bytes, a multiple of the page size. */
  size: number
  readonly: boolean
}

export type FillKind = 'zero' | 'pattern'

export interface VmSpec {
  id: string
  memslots: MemslotSpec[]
  vcpus: number
  workload: WorkloadSpec
  /** Initial memory: all zeros (a fresh guest) or a seeded pattern (a guest that has lived a while). */
  fill: FillKind
}

export const WORKLOAD_DEFAULTS: Readonly<WorkloadSpec> = Object.freeze({
  kind: 'mixed', writeRatio: 0.3, seed: 1, steps: 1_000_000, hotFraction: 0.05, hotProbability: 0.9, compute: 0
})

/** Largest single memslot the sim backend allocates (one SharedArrayBuffer each). */
export const MAX_MEMSLOT_BYTES = 4 * GiB
export const MAX_VCPUS = 64

export interface VmRequest {
  id: string
  /** Guest RAM in MiB, split into memslots of at most memslotMiB. */
  memoryMiB?: number
  memslotMiB?: number
  /** Explicit memslots, laid out back to back from gpa 0 (with holeMiB between them). */
  memslots?: Array<{ sizeMiB: number, readonly?: boolean }>
  /** A gap between memslots, in MiB; gpas there belong to no memslot. Default: 0. */
  holeMiB?: number
  vcpus?: number
  workload?: Partial<WorkloadSpec>
  fill?: FillKind
}

/** Turns an API request into a full, validated spec. */
export function buildSpec (req: VmRequest): VmSpec {
  const sizes: Array<{ size: number, readonly: boolean }> = []
  if (req.memslots !== undefined && req.memslots.length > 0) {
    for (const m of req.memslots) sizes.push({ size: m.sizeMiB * MiB, readonly: m.readonly === true })
  } else {
    const total = (req.memoryMiB ?? 256) * MiB
    const per = (req.memslotMiB ?? 1024) * MiB
    for (let left = total; left > 0; left -= per) sizes.push({ size: Math.min(per, left), readonly: false })
  }
  const hole = (req.holeMiB ?? 0) * MiB
  const memslots: MemslotSpec[] = []
  let base = 0
  sizes.forEach((s, id) => {
    memslots.push({ id, base, size: s.size, readonly: s.readonly })
    base += s.size + hole
  })
  const spec: VmSpec = {
    id: req.id,
    memslots,
    vcpus: req.vcpus ?? 1,
    workload: { ...WORKLOAD_DEFAULTS, ...stripUndefined(req.workload ?? {}) },
    fill: req.fill ?? 'zero'
  }
  validateSpec(spec)
  return spec
}

function stripUndefined<T extends object> (o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** Throws PCD_ERR_VM_BAD_SPEC for anything a backend could not run. Also used on specs from the wire. */
export function validateSpec (spec: VmSpec): void {
  const bad = (why: string): never => { throw new PCD_ERR_VM_BAD_SPEC(why) }
  if (typeof spec.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(spec.id)) bad('id must be 1-63 of [A-Za-z0-9._-]')
  if (!Number.isInteger(spec.vcpus) || spec.vcpus < 1 || spec.vcpus > MAX_VCPUS) bad(`vcpus must be 1..${MAX_VCPUS}`)
  if (spec.memslots.length === 0 || spec.memslots.length > 64) bad('1..64 memslots')
  let end = 0
  let writablePages = 0
  for (const m of spec.memslots) {
    if (!Number.isSafeInteger(m.base) || m.base % PAGE_SIZE !== 0 || m.base < end) bad(`memslot ${m.id}: base must be page aligned and after the previous slot`)
    if (!Number.isSafeInteger(m.size) || m.size <= 0 || m.size % PAGE_SIZE !== 0) bad(`memslot ${m.id}: size must be a positive multiple of ${PAGE_SIZE}`)
    if (m.size > MAX_MEMSLOT_BYTES) bad(`memslot ${m.id}: at most ${MAX_MEMSLOT_BYTES / GiB} GiB per memslot`)
    end = m.base + m.size
    if (!m.readonly) writablePages += m.size / PAGE_SIZE
  }
  if (end > 2 ** 52) bad('guest-physical space above 4 PiB')
  if (writablePages < spec.vcpus) bad('need at least one writable page per vCPU')
  const w = spec.workload
  if (!WORKLOAD_KINDS.includes(w.kind)) bad(`workload.kind must be one of ${WORKLOAD_KINDS.join(', ')}`)
  if (!(w.writeRatio >= 0 && w.writeRatio <= 1)) bad('workload.writeRatio must be in [0, 1]')
  if (!Number.isInteger(w.seed) || w.seed < 0 || w.seed > 0xffffffff) bad('workload.seed must be a 32-bit unsigned integer')
  if (!Number.isSafeInteger(w.steps) || w.steps < 0) bad('workload.steps must be a non-negative integer')
  if (!(w.hotFraction > 0 && w.hotFraction <= 1)) bad('workload.hotFraction must be in (0, 1]')
  if (!(w.hotProbability >= 0 && w.hotProbability <= 1)) bad('workload.hotProbability must be in [0, 1]')
  if (!Number.isInteger(w.compute) || w.compute < 0 || w.compute > 100_000) bad('workload.compute must be 0..100000')
  if (spec.fill !== 'zero' && spec.fill !== 'pattern') bad("fill must be 'zero' or 'pattern'")
}

export function guestBytes (spec: VmSpec): number {
  return spec.memslots.reduce((n, m) => n + m.size, 0)
}

/** Which writable pages (global writable-page indices) vCPU `v` owns. Disjoint, so runs are deterministic. */
export function partition (spec: VmSpec, v: number): { lo: number, hi: number } {
  const pages = spec.memslots.reduce((n, m) => n + (m.readonly ? 0 : m.size / PAGE_SIZE), 0)
  return { lo: Math.floor(pages * v / spec.vcpus), hi: Math.floor(pages * (v + 1) / spec.vcpus) }
}
