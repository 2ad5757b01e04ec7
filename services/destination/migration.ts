// An incoming migration: allocates the VM with every page absent, starts its
// vCPUs from the source's registers at switchover, serves their faults through
// the watchdog and the urgent channel, and installs the background stream.
import { EventEmitter } from 'node:events'
import type { Config } from '../common/config.js'
import type { Logger } from '../common/log.js'
import { hex } from '../common/log.js'
import { errorInfo, PCD_ERR_MIGRATION_ABORTED, PCD_ERR_PEER_LOST, PCD_ERR_WIRE_UNEXPECTED, type ErrorInfo } from '../common/errors.js'
import type { PeerChannel, CloseInfo } from '../common/wire/channel.js'
import { CLOSE } from '../common/wire/channel.js'
import { postcopy, type Envelope } from '../common/wire/codec.js'
import { percentiles, round, now } from '../common/stats.js'
import { TERMINAL_STATES, type MigrationMode, type MigrationState, type MigrationView } from '../common/migration-view.js'
import { validateSpec, isInjectClass, PAGE_SIZE, type InjectClass, type GuestVm, type VmSpec, type VcpuRegs, type WorkloadKind, type FaultExit } from '../guest/index.js'
import { Watchdog, type Diagnosis } from './watchdog.js'
import { FaultHandler } from './fault-handler.js'
import { PageInstaller } from './page-installer.js'

export interface IncomingHost {
  /** Creates (and registers) the incoming VM; throws PCD_ERR_VM_* if it cannot. */
  createIncomingVm (spec: VmSpec, migrationId: string, inject: InjectClass | undefined): GuestVm
  /** Drops an incoming VM that never started (a failed setup). */
  discardIncomingVm (id: string): Promise<void>
}

interface IncomingEvents {
  state: [MigrationState]
  completed: []
  failed: [ErrorInfo]
  diagnosis: [Diagnosis]
}

export class IncomingMigration extends EventEmitter<IncomingEvents> {
  readonly id: string
  #cfg: Config
  #log: Logger
  #host: IncomingHost
  #bulk: PeerChannel
  #urgent: PeerChannel | undefined
  #state: MigrationState = 'setup'
  #mode: MigrationMode = 'postcopy'
  #vm: GuestVm | undefined
  #spec: VmSpec | undefined
  #watchdog: Watchdog | undefined
  #faults: FaultHandler | undefined
  #installer: PageInstaller | undefined
  #error: ErrorInfo | null = null
  #diagnosis: Diagnosis | null = null
  #startedAt = now()
  #setupAt: number | null = null
  #switchoverAt: number | null = null
  #completedAt: number | null = null

  constructor (opts: { bulk: PeerChannel, cfg: Config, log: Logger, host: IncomingHost }) {
    super()
    this.id = opts.bulk.migrationId
    this.#cfg = opts.cfg
    this.#host = opts.host
    this.#bulk = opts.bulk
    this.#log = opts.log.child({ component: 'incoming', migration: this.id })
    this.#wire(this.#bulk)
    this.#log.info({ peer: opts.bulk.peerNode }, 'incoming migration')
  }

  get state (): MigrationState { return this.#state }
  get vmId (): string | undefined { return this.#spec?.id }
  get diagnosis (): Diagnosis | null { return this.#diagnosis }
  /** Page requests sent and not yet answered (metrics). */
  get requestsInFlight (): number { return this.#faults?.inflight ?? 0 }

  #wire (ch: PeerChannel): void {
    ch.on('message', env => this.#onMessage(ch, env))
    // A channel replaced by a recovery may close late: only the current one counts.
    ch.on('close', info => { if (ch === this.#bulk || ch === this.#urgent) this.#onClose(ch.kind, info) })
    ch.start()
  }

  attachUrgent (ch: PeerChannel): void {
    if (this.#urgent?.open === true || this.#state === 'completed' || this.#state === 'failed') {
      ch.protocolError(new PCD_ERR_WIRE_UNEXPECTED('urgent channel', this.#state))
      return
    }
    this.#urgent = ch
    this.#wire(ch)
    if (this.#state === 'postcopy-recovering') {
      // Requests sent on the lost channel may never have arrived.
      this.#faults?.resendAll()
      this.#setState('postcopy')
      this.#log.info({ outstanding: this.#faults?.inflight ?? 0 }, 'link recovered, outstanding requests re-sent')
    }
  }

  /**
   * Whether a new bulk channel may take this migration over: after switchover the
   * source reconnecting means its old link is dead, even if we have not seen it
   * close yet (a half-open connection never does).
   */
  get canResume (): boolean {
    return this.#state === 'postcopy' || this.#state === 'postcopy-paused' || this.#state === 'postcopy-recovering'
  }

  /** A new bulk channel for this migration after a lost link: the source asks to resume. */
  reattachBulk (ch: PeerChannel): boolean {
    if (!this.canResume) return false
    const old = this.#bulk
    this.#bulk = ch
    old.terminate()
    this.#wire(ch)
    this.#setState('postcopy-recovering')
    return true
  }

  #onResume (): void {
    const vm = this.#vm
    if (vm === undefined || this.#state !== 'postcopy-recovering') throw new PCD_ERR_WIRE_UNEXPECTED('resume', this.#state)
    this.recoveries++
    const mem = vm.memory
    const received = new Uint8Array(Math.ceil(mem.totalPages / 8))
    for (const slot of mem.slots) {
      for (let p = 0; p < slot.pages; p++) {
        const i = slot.firstPage + p
        if (mem.isPresent(slot.base + p * PAGE_SIZE)) received[i >>> 3] |= 1 << (i & 7)
      }
    }
    this.#bulk.send({ resumeAck: { received, pages: mem.totalPages } })
    // A close of the old urgent channel may still be on its way; the new one must
    // find the slot free.
    this.#urgent?.terminate()
    this.#urgent = undefined
  }

  /** Times the link was recovered. */
  recoveries = 0

  #setState (s: MigrationState): void {
    if (this.#state === s || TERMINAL_STATES.includes(this.#state)) return
    this.#state = s
    this.#log.info({ state: s }, 'migration state')
    this.emit('state', s)
  }

  #onMessage (ch: PeerChannel, env: Envelope): void {
    try {
      switch (env.body) {
        case 'setup': return this.#onSetup(env.setup!)
        case 'switchover': return this.#onSwitchover(env.switchover!)
        case 'pages': {
          if (this.#installer === undefined || this.#state === 'setup' && this.#vm === undefined) throw new PCD_ERR_WIRE_UNEXPECTED('pages', this.#state)
          this.#installer.install(env.pages!, ch.kind, env.pages!.data?.byteLength ?? 0)
          this.#checkComplete()
          return
        }
        case 'pageRefused': {
          const r = env.pageRefused!
          this.#faults?.onRefused(r.gpa ?? NaN, r.code ?? 'unknown', r.reason ?? '')
          return
        }
        case 'resume': return this.#onResume()
        case 'completeAck':
          if (this.#state !== 'completed') throw new PCD_ERR_WIRE_UNEXPECTED('completeAck', this.#state)
          this.#bulk.close(CLOSE.NORMAL, 'completed')
          this.#urgent?.close(CLOSE.NORMAL, 'completed')
          return
        case 'abort': {
          // The peer's code and text are data, not ours to report as our own code.
          const a = env.abort!
          const why = `${a.code ?? 'unknown'}: ${a.message ?? ''}`.slice(0, 512)
          this.#fail(errorInfo(new PCD_ERR_MIGRATION_ABORTED(`source aborted (${why})`)), a.code === 'PCD_ERR_MIGRATION_CANCELLED' ? 'cancelled' : 'failed')
          return
        }
        default:
          throw new PCD_ERR_WIRE_UNEXPECTED(String(env.body), this.#state)
      }
    } catch (err) {
      // A bad frame is refused, the channel closed; the migration pauses or fails through #onClose.
      ch.protocolError(err)
    }
  }

  #onSetup (s: postcopy.ISetup): void {
    if (this.#vm !== undefined || this.#state !== 'setup') throw new PCD_ERR_WIRE_UNEXPECTED('setup', this.#state)
    const w = s.workload ?? {}
    const spec: VmSpec = {
      id: s.vmId ?? '',
      memslots: (s.memslots ?? []).map(m => ({ id: m.id ?? 0, base: m.base ?? 0, size: m.size ?? 0, readonly: m.readonly === true })),
      vcpus: s.vcpus ?? 0,
      workload: {
        kind: (w.kind ?? '') as WorkloadKind,
        writeRatio: w.writeRatio ?? 0,
        seed: w.seed ?? 0,
        steps: w.steps ?? 0,
        hotFraction: w.hotFraction ?? 0,
        hotProbability: w.hotProbability ?? 0,
        compute: w.compute ?? 0
      },
      fill: 'zero'
    }
    this.#mode = (s.mode === 'precopy' || s.mode === 'hybrid') ? s.mode : 'postcopy'
    try {
      if (s.pageSize !== PAGE_SIZE) throw new PCD_ERR_WIRE_UNEXPECTED(`page size ${s.pageSize ?? 0}`, 'setup')
      validateSpec(spec)
      const inject = s.inject ?? ''
      if (inject !== '' && !isInjectClass(inject)) throw new PCD_ERR_WIRE_UNEXPECTED(`injection '${inject}'`, 'setup')
      this.#vm = this.#host.createIncomingVm(spec, this.id, inject === '' ? undefined : inject)
    } catch (err) {
      const info = errorInfo(err)
      this.#log.warn({ code: info.code, err: info.message }, 'setup refused')
      this.#bulk.send({ abort: info })
      this.#fail(info)
      return
    }
    this.#spec = spec
    const vm = this.#vm
    this.#watchdog = new Watchdog(this.#cfg.watchdog, vm.memory)
    this.#faults = new FaultHandler({
      vm,
      watchdog: this.#watchdog,
      cfg: this.#cfg.watchdog,
      log: this.#log,
      sendRequest: (gpa, vcpu) => this.#urgent?.send({ pageRequest: { gpa, vcpu } }) ?? false
    })
    this.#faults.on('diagnosis', d => {
      this.#diagnosis = d
      this.emit('diagnosis', d)
      const info = { code: `PCD_ERR_FAULT_${d.faultClass.toUpperCase().replace(/-/g, '_')}`, message: d.reason }
      // The source keeps every page and the paused VM for the operator to inspect.
      this.#bulk.send({ abort: info })
      this.#fail(info)
    })
    this.#faults.on('stalled', gpa => {
      this.#log.warn({ gpa: hex(gpa) }, 'page request stalled and the urgent channel is not answering')
      if (this.#urgent?.open !== true) this.#setState('postcopy-paused')
    })
    this.#installer = new PageInstaller(vm.memory, {
      installed: gpa => this.#faults!.onInstalled(gpa),
      corrupt: gpa => this.#faults!.onCorrupt(gpa)
    }, this.#cfg.migration.batchPages)
    vm.on('exit', (e: FaultExit) => this.#faults!.onExit(e))
    // Until switchover the VM does not run here: precopy may re-send a page the source's guest wrote again.
    this.#installer.overwrite = true
    vm.prepare().then(() => {
      this.#setupAt = now()
      this.#bulk.send({ setupAck: { pages: vm.memory.totalPages } })
      if (this.#mode !== 'postcopy') this.#setState('precopy')
    }, err => {
      const info = errorInfo(err)
      this.#bulk.send({ abort: info })
      this.#fail(info)
    })
  }

  #onSwitchover (s: postcopy.ISwitchover): void {
    const vm = this.#vm
    if (vm === undefined || vm.state !== 'created') throw new PCD_ERR_WIRE_UNEXPECTED('switchover', this.#state)
    const regs: VcpuRegs[] = (s.vcpus ?? []).map((r, i) => ({
      index: r.index ?? i, step: r.step ?? 0, prng: r.prng ?? 0, acc: r.acc ?? 0, reads: r.reads ?? 0, writes: r.writes ?? 0, done: r.done === true
    }))
    if (regs.length !== vm.spec.vcpus || regs.some((r, i) => r.index !== i || !Number.isSafeInteger(r.step) || r.step < 0)) {
      throw new PCD_ERR_WIRE_UNEXPECTED('switchover with bad vCPU state', this.#state)
    }
    // Pages written on the source since they were sent in precopy are stale here.
    const stale = s.stale ?? new Uint8Array(0)
    if (stale.byteLength > 0) {
      if (stale.byteLength !== Math.ceil(vm.memory.totalPages / 8)) throw new PCD_ERR_WIRE_UNEXPECTED('switchover with a stale bitmap of the wrong size', this.#state)
      for (const slot of vm.memory.slots) {
        for (let p = 0; p < slot.pages; p++) {
          const i = slot.firstPage + p
          if ((stale[i >>> 3]! & (1 << (i & 7))) !== 0) vm.memory.evict(slot.base + p * PAGE_SIZE)
        }
      }
    }
    this.#installer!.overwrite = false
    this.#switchoverAt = now()
    vm.start(regs).then(() => {
      this.#bulk.send({ switchoverAck: { resumedAt: Date.now() } })
      this.#setState('postcopy')
      this.#checkComplete()
    }, err => {
      const info = errorInfo(err)
      this.#bulk.send({ abort: info })
      this.#fail(info)
    })
  }

  #checkComplete (): void {
    const vm = this.#vm
    if (vm === undefined || this.#completedAt !== null || this.#switchoverAt === null) return
    if (vm.memory.presentCount < vm.memory.totalPages) return
    this.#completedAt = now()
    this.#faults?.close()
    this.#setState('completed')
    this.#bulk.send({ complete: { pages: vm.memory.totalPages, summaryJson: JSON.stringify(this.view()) } })
    this.emit('completed')
  }

  #onClose (kind: 'bulk' | 'urgent', info: CloseInfo): void {
    if (this.#state === 'completed' || this.#state === 'failed' || this.#state === 'cancelled') return
    this.#log.warn({ channel: kind, code: info.code, reason: info.reason }, 'peer channel closed')
    if (this.#switchoverAt === null) {
      // Before switchover the source still runs the VM: drop what we allocated.
      this.#fail(errorInfo(new PCD_ERR_PEER_LOST(`${kind} channel closed before switchover (${info.code} ${info.reason})`)))
      return
    }
    // After switchover neither side alone holds the VM: keep everything, close the
    // other channel too so both ends agree, and wait for the source to come back.
    if (this.#state === 'postcopy-paused') return
    this.#setState('postcopy-paused')
    if (kind === 'bulk') this.#urgent?.terminate()
    else this.#bulk.terminate()
  }

  #fail (info: ErrorInfo, end: 'failed' | 'cancelled' = 'failed'): void {
    if (this.#state === 'failed' || this.#state === 'completed' || this.#state === 'cancelled') return
    this.#error = info
    this.#log.warn({ code: info.code, err: info.message }, 'incoming migration failed')
    this.#faults?.close()
    if (this.#switchoverAt === null && this.#spec !== undefined && this.#diagnosis === null) {
      void this.#host.discardIncomingVm(this.#spec.id)
    }
    this.#setState(end)
    this.emit('failed', info)
    this.#bulk.close(CLOSE.NORMAL, info.code)
    this.#urgent?.close(CLOSE.NORMAL, info.code)
  }

  view (): MigrationView {
    const vm = this.#vm
    const st = this.#installer?.stats
    const firstAt = this.#installer?.firstPageAt
    const lat = percentiles(vm?.faultLatenciesUs() ?? [])
    const end = this.#completedAt ?? now()
    const postcopyMs = this.#switchoverAt === null ? null : end - this.#switchoverAt
    const bulk = st?.bytes.bulk ?? 0
    return {
      id: this.id,
      vm: this.#spec?.id ?? '',
      role: 'destination',
      mode: this.#mode,
      state: this.#state,
      peer: this.#bulk.peerNode,
      pages: {
        total: vm?.memory.totalPages ?? 0,
        present: vm?.memory.presentCount ?? 0,
        precopy: st?.installed.precopy ?? 0,
        background: st?.installed.background ?? 0,
        demand: st?.installed.demand ?? 0,
        zero: st?.zero ?? 0,
        duplicates: st?.duplicates ?? 0,
        rewritten: st?.rewritten ?? 0
      },
      bytes: { precopy: 0, bulk, urgent: st?.bytes.urgent ?? 0 },
      faults: {
        exits: this.#faults?.stats.exits ?? 0,
        requests: this.#faults?.stats.requests ?? 0,
        merged: this.#faults?.stats.merged ?? 0,
        resent: this.#faults?.stats.resent ?? 0,
        byClass: { ...(this.#watchdog?.counts ?? {}) }
      },
      faultLatencyUs: lat,
      timings: {
        startedAt: new Date(this.#startedAt).toISOString(),
        setupMs: this.#setupAt === null ? null : round(this.#setupAt - this.#startedAt),
        downtimeMs: null,
        postcopyMs: postcopyMs === null ? null : round(postcopyMs),
        totalMs: round(end - this.#startedAt),
        completedAt: this.#completedAt === null ? null : new Date(this.#completedAt).toISOString()
      },
      // Over the time pages flowed: precopy rounds included, setup excluded.
      throughputMBps: firstAt == null || end - firstAt <= 0 ? 0 : round(bulk / 1e6 / ((end - firstAt) / 1000)),
      recoveries: this.recoveries,
      error: this.#error,
      diagnosis: this.#diagnosis
    }
  }

  /** Ends the migration on daemon shutdown. */
  close (): void {
    this.#faults?.close()
    this.#bulk.close(CLOSE.GOING_AWAY, 'daemon shutting down')
    this.#urgent?.close(CLOSE.GOING_AWAY, 'daemon shutting down')
  }
}
