// A sim VM on the main thread: owns the vCPU workers, turns their shared-memory
// exit signals into FaultExit events, and pauses, resumes and stops them.
import { EventEmitter, once } from 'node:events'
import { Worker } from 'node:worker_threads'
import type { Logger } from '../../common/log.js'
import { PCD_ERR_GUEST_VCPU_CRASHED, PCD_ERR_VM_BAD_STATE } from '../../common/errors.js'
import { partition, type VmSpec } from '../spec.js'
import { initialRegs, type VcpuRegs } from '../regs.js'
import type { GuestVm, VmEvents, VmRunState, VcpuStatus, VcpuRunState, ResolveAction, InjectionHooks } from '../backend.js'
import { SimMemory } from './memory.js'
import {
  CONTROL_BYTES, controlViews, I, F, VMF, INJECT, LAT_RING_SIZE, REQ, RESUME, STATE,
  type VcpuWorkerData, type VcpuMessage, type VcpuStart
} from './vcpu-control.js'

const WORKER_URL = new URL('./vcpu-worker.js', import.meta.url)
const STATE_NAMES: VcpuRunState[] = ['created', 'running', 'exited', 'paused', 'done', 'stopped']

class Vcpu {
  readonly index: number
  readonly i32: Int32Array
  readonly f64: Float64Array
  readonly control: SharedArrayBuffer
  worker: Worker | undefined
  seenExit = 0
  final: VcpuRegs | undefined
  pausedRegs: VcpuRegs | undefined
  exited = false
  waiters: Array<(m: VcpuMessage) => void> = []

  constructor (index: number) {
    this.index = index
    this.control = new SharedArrayBuffer(CONTROL_BYTES)
    const v = controlViews(this.control)
    this.i32 = v.i32
    this.f64 = v.f64
  }
}

export class SimVm extends EventEmitter<VmEvents> implements GuestVm {
  readonly spec: VmSpec
  readonly memory: SimMemory
  #state: VmRunState = 'created'
  #vcpus: Vcpu[]
  #vmFlags = new SharedArrayBuffer(VMF.BYTES)
  #flags = new Int32Array(this.#vmFlags, 0, VMF.INT32_SLOTS)
  #injectGpa = new Float64Array(this.#vmFlags, VMF.GPA_BYTE, 1)
  readonly injection: InjectionHooks = {
    forceExit: (vcpu, gpa, flags) => {
      this.#injectGpa[0] = gpa
      Atomics.store(this.#flags, VMF.INJECT_FLAGS, flags)
      Atomics.store(this.#flags, VMF.INJECT_VCPU, vcpu)
      Atomics.store(this.#flags, VMF.INJECT, INJECT.FORCE_EXIT)
    },
    spuriousFault: gpa => {
      this.#injectGpa[0] = gpa
      Atomics.store(this.#flags, VMF.INJECT, Number.isNaN(gpa) ? INJECT.NONE : INJECT.SPURIOUS)
    }
  }
  #log: Logger
  #prepared: Promise<void> | undefined
  #closing = false

  constructor (spec: VmSpec, opts: { incoming: boolean, log: Logger }) {
    super()
    this.spec = spec
    this.#log = opts.log
    this.memory = new SimMemory(spec.memslots, !opts.incoming)
    if (!opts.incoming) this.memory.fill(spec.fill, spec.workload.seed)
    this.#vcpus = Array.from({ length: spec.vcpus }, (_, i) => new Vcpu(i))
  }

  get state (): VmRunState { return this.#state }

  prepare (): Promise<void> {
    this.#prepared ??= Promise.all(this.#vcpus.map(v => this.#spawn(v))).then(() => undefined)
    return this.#prepared
  }

  async #spawn (v: Vcpu): Promise<void> {
    const { lo, hi } = partition(this.spec, v.index)
    const data: VcpuWorkerData = {
      index: v.index,
      control: v.control,
      slots: this.memory.slots.map(s => ({ base: s.base, pages: s.pages, readonly: s.readonly, data: s.data, present: s.presentSab, dirty: s.dirtySab })),
      vmFlags: this.#vmFlags,
      workload: this.spec.workload,
      lo,
      hi
    }
    // No inherited loaders or flags: a vCPU needs none, and each costs start-up time.
    const w = new Worker(WORKER_URL, { workerData: data, name: `vcpu-${this.spec.id}-${v.index}`, execArgv: [] })
    v.worker = w
    w.on('message', (m: VcpuMessage) => this.#onMessage(v, m))
    w.on('error', err => {
      v.exited = true
      const e = new PCD_ERR_GUEST_VCPU_CRASHED(v.index, err.message)
      this.#log.error({ vcpu: v.index, err }, 'vcpu worker crashed')
      v.final ??= { ...initialRegs(this.spec.workload, v.index), done: false }
      this.emit('error', e)
      this.#settle(v, { type: 'stopped', regs: v.final })
    })
    w.on('exit', () => { v.exited = true })
    await once(w, 'online')
  }

  async start (regs?: VcpuRegs[]): Promise<void> {
    if (this.#state !== 'created') throw new PCD_ERR_VM_BAD_STATE('start', this.#state)
    await this.prepare()
    const start = regs ?? this.#vcpus.map(v => initialRegs(this.spec.workload, v.index))
    this.#state = 'running'
    for (const v of this.#vcpus) {
      const r = start[v.index]!
      if (r.done) {
        this.#settle(v, { type: 'done', regs: r })
        continue
      }
      v.seenExit = Atomics.load(v.i32, I.EXIT_SEQ)
      this.#arm(v)
      const msg: VcpuStart = { type: 'start', regs: r }
      v.worker!.postMessage(msg)
    }
  }

  /** Waits (without blocking the loop) for the vCPU's next exit signal. */
  #arm (v: Vcpu): void {
    if (this.#closing || v.final !== undefined) return
    const res = Atomics.waitAsync(v.i32, I.EXIT_SEQ, v.seenExit)
    if (res.async) void res.value.then(() => this.#onSignal(v))
    else queueMicrotask(() => this.#onSignal(v))
  }

  #onSignal (v: Vcpu): void {
    if (this.#closing || v.final !== undefined) return
    const seq = Atomics.load(v.i32, I.EXIT_SEQ)
    if (seq !== v.seenExit) {
      v.seenExit = seq
      this.emit('exit', {
        reason: 'MEMORY_FAULT',
        vcpu: v.index,
        flags: v.i32[I.EXIT_FLAGS]!,
        gpa: v.f64[F.EXIT_GPA]!,
        size: v.i32[I.EXIT_SIZE]!,
        at: v.f64[F.EXIT_TIME]!,
        exits: Atomics.load(v.i32, I.EXITS),
        pc: v.f64[F.EXIT_PC]!
      })
    }
    this.#arm(v)
  }

  resolve (vcpu: number, action: ResolveAction): void {
    const v = this.#vcpus[vcpu]
    if (v === undefined) throw new RangeError(`no vcpu ${vcpu}`)
    Atomics.store(v.i32, I.RESUME_ACTION, action === 'stop' ? RESUME.STOP : RESUME.RETRY)
    Atomics.add(v.i32, I.RESUME_SEQ, 1)
    Atomics.notify(v.i32, I.RESUME_SEQ)
  }

  #onMessage (v: Vcpu, m: VcpuMessage): void {
    switch (m.type) {
      case 'paused':
        v.pausedRegs = m.regs
        this.#wake(v, m)
        break
      case 'done':
      case 'stopped':
        this.#settle(v, m)
        break
      default: {
        const never: never = m
        throw new Error(`unknown vcpu message ${JSON.stringify(never)}`)
      }
    }
  }

  #wake (v: Vcpu, m: VcpuMessage): void {
    const ws = v.waiters
    v.waiters = []
    for (const w of ws) w(m)
  }

  #settle (v: Vcpu, m: VcpuMessage): void {
    if (v.final !== undefined) return
    v.final = m.regs
    this.#wake(v, m)
    // Let a waitAsync still pending on this vCPU resolve and see it is finished.
    Atomics.notify(v.i32, I.EXIT_SEQ)
    if (this.#vcpus.every(x => x.final !== undefined)) {
      const regs = this.#vcpus.map(x => x.final!)
      if (this.#vcpus.every(x => x.final!.done)) {
        this.#state = 'halted'
        this.emit('halted', regs)
      } else {
        this.#state = 'stopped'
        this.emit('stopped', regs)
      }
      void this.#terminateWorkers()
    }
  }

  #next (v: Vcpu): Promise<VcpuMessage> {
    return new Promise(resolve => v.waiters.push(resolve))
  }

  async pause (): Promise<VcpuRegs[]> {
    if (this.#state !== 'running' && this.#state !== 'halted') throw new PCD_ERR_VM_BAD_STATE('pause', this.#state)
    const waits = this.#vcpus.map(async v => {
      if (v.final !== undefined) return v.final
      const p = this.#next(v)
      Atomics.store(v.i32, I.REQ, REQ.PAUSE)
      const m = await p
      return m.regs
    })
    const regs = await Promise.all(waits)
    if (this.#state === 'running') this.#state = 'paused'
    return regs
  }

  resume (): void {
    if (this.#state !== 'paused') throw new PCD_ERR_VM_BAD_STATE('resume', this.#state)
    this.#state = 'running'
    for (const v of this.#vcpus) {
      if (v.final !== undefined) continue
      v.pausedRegs = undefined
      Atomics.store(v.i32, I.REQ, REQ.NONE)
      Atomics.notify(v.i32, I.REQ)
    }
  }

  async stop (): Promise<VcpuRegs[]> {
    if (this.#state === 'created') {
      this.#state = 'stopped'
      await this.#terminateWorkers()
      return this.#vcpus.map(v => initialRegs(this.spec.workload, v.index))
    }
    const waits = this.#vcpus.map(async v => {
      if (v.final !== undefined) return v.final
      const p = this.#next(v)
      // Between accesses the vCPU sees REQ; blocked in an exit it sees the
      // resume action. Either way it stops at its next check.
      Atomics.store(v.i32, I.REQ, REQ.STOP)
      Atomics.notify(v.i32, I.REQ)
      this.resolve(v.index, 'stop')
      let m = await p
      while (m.type === 'paused') m = await this.#next(v)
      return m.regs
    })
    return await Promise.all(waits)
  }

  vcpus (): VcpuStatus[] {
    return this.#vcpus.map(v => ({
      index: v.index,
      state: v.final !== undefined ? (v.final.done ? 'done' : 'stopped') : STATE_NAMES[Atomics.load(v.i32, I.STATE)] ?? 'created',
      step: v.final?.step ?? v.f64[F.STEP]!,
      steps: this.spec.workload.steps,
      reads: v.final?.reads ?? v.f64[F.READS]!,
      writes: v.final?.writes ?? v.f64[F.WRITES]!,
      exits: Atomics.load(v.i32, I.EXITS),
      blockedMs: v.f64[F.BLOCKED_MS]!
    }))
  }

  results (): VcpuRegs[] | undefined {
    return this.#state === 'halted' ? this.#vcpus.map(v => v.final!) : undefined
  }

  faultLatenciesUs (): number[] {
    const out: number[] = []
    for (const v of this.#vcpus) {
      const n = Math.min(Atomics.load(v.i32, I.LAT_COUNT), LAT_RING_SIZE)
      for (let k = 0; k < n; k++) out.push(v.f64[F.LAT_RING + k]!)
    }
    return out
  }

  faultLatenciesSince (cursors: readonly number[]): { samples: number[], cursors: number[] } {
    const samples: number[] = []
    const next = this.#vcpus.map((v, i) => {
      // The worker writes a sample before it bumps LAT_COUNT: every sample below the count is whole.
      const end = Atomics.load(v.i32, I.LAT_COUNT)
      for (let k = Math.max(cursors[i] ?? 0, end - LAT_RING_SIZE); k < end; k++) samples.push(v.f64[F.LAT_RING + (k & (LAT_RING_SIZE - 1))]!)
      return end
    })
    return { samples, cursors: next }
  }

  setDirtyLogging (on: boolean): void {
    Atomics.store(this.#flags, VMF.DIRTY_LOG, on ? 1 : 0)
  }

  async #terminateWorkers (): Promise<void> {
    await Promise.all(this.#vcpus.map(async v => {
      const w = v.worker
      if (w === undefined || v.exited) return
      v.exited = true
      await w.terminate()
    }))
  }

  async destroy (): Promise<void> {
    if (this.#state === 'destroyed') return
    this.#closing = true
    for (const v of this.#vcpus) {
      Atomics.store(v.i32, I.REQ, REQ.STOP)
      Atomics.notify(v.i32, I.REQ)
      Atomics.store(v.i32, I.RESUME_ACTION, RESUME.STOP)
      Atomics.add(v.i32, I.RESUME_SEQ, 1)
      Atomics.notify(v.i32, I.RESUME_SEQ)
      Atomics.notify(v.i32, I.EXIT_SEQ)
    }
    await this.#terminateWorkers()
    this.#state = 'destroyed'
    this.removeAllListeners()
  }
}
