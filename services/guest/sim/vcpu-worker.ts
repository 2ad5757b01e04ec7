// A sim vCPU: runs its deterministic workload over guest memory, and on an
// access to an absent page takes a memory-fault exit through shared memory and
// sleeps until the main thread resolves it, then retries, like re-entering KVM_RUN.
import { parentPort, workerData } from 'node:worker_threads'
import {
  controlViews, I, F, VMF, INJECT, LAT_RING_SIZE, STATE, REQ, RESUME, EXIT_REASON_MEMORY_FAULT, FAULT_FLAG,
  type VcpuWorkerData, type VcpuMessage, type VcpuStart
} from './vcpu-control.js'
import type { VcpuRegs } from '../regs.js'

const d = workerData as VcpuWorkerData
const port = parentPort!
const { i32, f64 } = controlViews(d.control)
const vmFlags = new Int32Array(d.vmFlags, 0, VMF.INT32_SLOTS)
const injectGpa = new Float64Array(d.vmFlags, VMF.GPA_BYTE, 1)
const w = d.workload

interface Slot { base: number, data: Int32Array, present: Int32Array, dirty: Int32Array }
const writable: Slot[] = []
const starts: number[] = []
let total = 0
for (const s of d.slots) {
  if (s.readonly) continue
  writable.push({ base: s.base, data: new Int32Array(s.data), present: new Int32Array(s.present), dirty: new Int32Array(s.dirty) })
  starts.push(total)
  total += s.pages
}
const nSlots = writable.length

let step = 0
let prng = 0
let acc = 0
let reads = 0
let writes = 0
const lo = d.lo
const n = d.hi - d.lo
const steps = w.steps
const hotN = Math.max(1, Math.floor(n * w.hotFraction))
const hotThreshold = Math.floor(w.hotProbability * 4294967296)
const writeThreshold = Math.floor(w.writeRatio * 4294967296)
const compute = w.compute
const kind = w.kind === 'scan' ? 0 : w.kind === 'random' ? 1 : w.kind === 'hotset' ? 2 : w.kind === 'mixed' ? 3 : 4
// 'shared': every vCPU reads the same last hotFraction of memory (read-only, so still
// deterministic); last, so that a background stream in gpa order reaches it last.
const sharedN = Math.max(1, Math.floor(total * w.hotFraction))
const now = (): number => performance.timeOrigin + performance.now()

function next (): number {
  // mulberry32: one u32 of state, cheap and good enough for access patterns.
  prng = (prng + 0x6d2b79f5) | 0
  let t = Math.imul(prng ^ (prng >>> 15), 1 | prng)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return (t ^ (t >>> 14)) >>> 0
}

function regs (): VcpuRegs {
  return { index: d.index, step, prng: prng >>> 0, acc: acc >>> 0, reads, writes, done: step >= steps }
}

function publish (): void {
  f64[F.STEP] = step
  f64[F.READS] = reads
  f64[F.WRITES] = writes
}

function post (msg: VcpuMessage): void { port.postMessage(msg) }

/** Takes a memory-fault exit; returns false if the main thread said stop. */
function fault (gpa: number, write: boolean): boolean {
  return exit(gpa, write ? FAULT_FLAG.WRITE : FAULT_FLAG.READ)
}

function exit (gpa: number, flags: number): boolean {
  // Read the resume sequence before announcing the exit, so a resolution that
  // lands before we sleep is not missed.
  const rs = Atomics.load(i32, I.RESUME_SEQ)
  i32[I.EXIT_REASON] = EXIT_REASON_MEMORY_FAULT
  i32[I.EXIT_FLAGS] = flags
  i32[I.EXIT_SIZE] = Number.isNaN(gpa) ? 0 : 4096
  f64[F.EXIT_GPA] = gpa
  f64[F.EXIT_PC] = step
  const t0 = now()
  f64[F.EXIT_TIME] = t0
  publish()
  Atomics.store(i32, I.STATE, STATE.EXITED)
  Atomics.add(i32, I.EXITS, 1)
  Atomics.add(i32, I.EXIT_SEQ, 1)
  Atomics.notify(i32, I.EXIT_SEQ)
  while (Atomics.load(i32, I.RESUME_SEQ) === rs) Atomics.wait(i32, I.RESUME_SEQ, rs)
  const t1 = now()
  const k = Atomics.load(i32, I.LAT_COUNT)
  f64[F.LAT_RING + (k & (LAT_RING_SIZE - 1))] = (t1 - t0) * 1000
  Atomics.store(i32, I.LAT_COUNT, k + 1)
  f64[F.BLOCKED_MS] += t1 - t0
  if (Atomics.load(i32, I.RESUME_ACTION) === RESUME.STOP) return false
  Atomics.store(i32, I.STATE, STATE.RUNNING)
  return true
}

function pause (): void {
  publish()
  Atomics.store(i32, I.STATE, STATE.PAUSED)
  post({ type: 'paused', regs: regs() })
  while (Atomics.load(i32, I.REQ) === REQ.PAUSE) Atomics.wait(i32, I.REQ, REQ.PAUSE)
  Atomics.store(i32, I.STATE, STATE.RUNNING)
}

function finish (stopped: boolean): void {
  publish()
  Atomics.store(i32, I.STATE, stopped ? STATE.STOPPED : STATE.DONE)
  post({ type: stopped ? 'stopped' : 'done', regs: regs() })
}

function run (): void {
  Atomics.store(i32, I.STATE, STATE.RUNNING)
  while (step < steps) {
    const req = Atomics.load(i32, I.REQ)
    if (req !== REQ.NONE) {
      if (req === REQ.STOP) { finish(true); return }
      pause()
      continue
    }
    const r = next()
    let mode = kind
    if (mode === 3) mode = Math.floor(step / 65536) % 3
    let p: number
    if (mode === 0) p = lo + (step % n)
    else if (mode === 1) p = lo + (r % n)
    else if (mode === 2) p = next() < hotThreshold ? lo + (r % hotN) : lo + (r % n)
    else p = total - sharedN + (r % sharedN)
    const off = next() & 1023
    const isWrite = mode !== 4 && next() < writeThreshold
    const inject = Atomics.load(vmFlags, VMF.INJECT)
    if (inject === INJECT.FORCE_EXIT && Atomics.load(vmFlags, VMF.INJECT_VCPU) === d.index) {
      // A forced exit replaces this access, as a hypervisor bug would; whatever the
      // main thread answers, the access itself then runs as usual.
      Atomics.store(vmFlags, VMF.INJECT, INJECT.NONE)
      if (!exit(injectGpa[0]!, Atomics.load(vmFlags, VMF.INJECT_FLAGS))) { finish(true); return }
    }
    let si = 0
    while (si + 1 < nSlots && p >= starts[si + 1]!) si++
    const s = writable[si]!
    const pi = p - starts[si]!
    const word = pi >>> 5
    const bit = 1 << (pi & 31)
    while ((Atomics.load(s.present, word) & bit) === 0) {
      if (!fault(s.base + pi * 4096, isWrite)) { finish(true); return }
    }
    // A fault on a page that is present: retrying cannot help, the watchdog must see it.
    while (Atomics.load(vmFlags, VMF.INJECT) === INJECT.SPURIOUS && injectGpa[0] === s.base + pi * 4096) {
      if (!fault(s.base + pi * 4096, isWrite)) { finish(true); return }
    }
    const idx = pi * 1024 + off
    if (isWrite) {
      s.data[idx] = next()
      writes++
      // Data before the dirty bit: a precopy round that clears the bit first
      // then reads the page sees the new data, or sees the bit next round.
      if (Atomics.load(vmFlags, VMF.DIRTY_LOG) !== 0) Atomics.or(s.dirty, word, bit)
    } else {
      acc = Math.imul(acc ^ s.data[idx]!, 0x01000193)
      reads++
    }
    for (let k = 0; k < compute; k++) acc = (Math.imul(acc, 0x2c1b3c6d) + 0x297a2d39) | 0
    step++
    if ((step & 1023) === 0) publish()
  }
  finish(false)
}

// Spawned ahead of time; registers arrive when the VM starts (on a destination,
// at switchover), so starting costs a message, not a thread boot.
port.once('message', (msg: VcpuStart) => {
  ({ step, prng, acc, reads, writes } = msg.regs)
  run()
})
