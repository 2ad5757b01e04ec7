// An outgoing migration: sets up the destination, pauses the vCPUs and hands
// their registers over (switchover), then streams every page in the background
// while the page server answers the destination's faults first.
import { EventEmitter } from 'node:events'
import { setImmediate as yieldToLoop, setTimeout as delay } from 'node:timers/promises'
import { crc32 } from 'node:zlib'
import type { Config } from '../common/config.js'
import type { Logger } from '../common/log.js'
import {
  errorInfo, PCD_ERR_MIGRATION_ABORTED, PCD_ERR_MIGRATION_BAD_STATE, PCD_ERR_PEER_LOST, PCD_ERR_PEER_REJECTED, PCD_ERR_PEER_TIMEOUT, PCD_ERR_WIRE_UNEXPECTED, type ErrorInfo
} from '../common/errors.js'
import { connectChannel, CLOSE, type PeerChannel, type CloseInfo } from '../common/wire/channel.js'
import { postcopy, type Envelope, type Body } from '../common/wire/codec.js'
import { percentiles, round, now } from '../common/stats.js'
import { TERMINAL_STATES, type MigrationMode, type MigrationState, type MigrationView } from '../common/migration-view.js'
import { PAGE_SIZE, type GuestVm, type VcpuRegs, type InjectClass } from '../guest/index.js'
import { PushOrder } from './push.js'
import { PageServer } from './page-server.js'

export interface OutgoingOptions {
  id: string
  vm: GuestVm
  destination: string
  mode: MigrationMode
  cfg: Config
  log: Logger
  node: string
  /** Bulk channel cap for this migration, MB/s; 0 for none. */
  maxBandwidthMBps: number
  /** Precopy and hybrid: when to stop the rounds. */
  precopy: PrecopyPolicy
  /** A fault class the source's page server injects (tests only; the host checks it is allowed). */
  inject?: InjectClass | undefined
  /** A fault class the destination injects into its guest, sent with the setup. */
  destinationInject?: InjectClass | undefined
  /** Called once the destination holds every page: the source may drop the VM. */
  release (): Promise<void>
}

export interface PrecopyPolicy {
  /** Switch over once the pages still dirty could be sent within this, in ms. */
  downtimeLimitMs: number
  /** precopy: give up (the VM keeps running here) after this many rounds. */
  maxRounds: number
  /** precopy: give up after this long, in ms. */
  maxPrecopyMs: number
  /** hybrid: switch to postcopy after this many rounds even if not converged. */
  postcopyAfterRounds: number
}

export interface RoundStat {
  round: number
  /** Pages sent in this round. */
  pages: number
  ms: number
  /** Pages written while the round ran, to send again. */
  dirtyPages: number
  dirtyRateMBps: number
  bandwidthMBps: number
  /** Time the dirty pages would take at this round's bandwidth: the downtime a stop-and-copy would cost now. */
  expectedDowntimeMs: number
}

interface OutgoingEvents {
  state: [MigrationState]
  completed: []
  failed: [ErrorInfo]
}

interface Waiter {
  body: Body
  resolve (env: Envelope): void
  reject (err: Error): void
}

const round2 = (x: number): number => round(x, 2)

export class OutgoingMigration extends EventEmitter<OutgoingEvents> {
  readonly id: string
  readonly vm: GuestVm
  readonly mode: MigrationMode
  #destination: string
  #pushing = false
  #rounds: RoundStat[] = []
  #switchRequested = false
  #precopyStats = { pages: 0, bytes: 0 }
  #recovering = false
  /** The daemon is shutting down: no more reconnects. */
  #closed = false
  #recoveries = 0
  #o: OutgoingOptions
  #log: Logger
  #state: MigrationState = 'setup'
  #bulk: PeerChannel | undefined
  #urgent: PeerChannel | undefined
  #order: PushOrder
  #server: PageServer
  #waiters: Waiter[] = []
  #error: ErrorInfo | null = null
  #stats = { background: 0, zero: 0, bulkBytes: 0 }
  #startedAt = now()
  #setupAt: number | null = null
  #pausedAt: number | null = null
  #resumedAt: number | null = null
  #completedAt: number | null = null
  #remote: MigrationView | undefined

  constructor (o: OutgoingOptions) {
    super()
    this.#o = o
    this.id = o.id
    this.vm = o.vm
    this.#destination = o.destination
    this.mode = o.mode
    this.#log = o.log.child({ component: 'outgoing', migration: o.id })
    this.#order = new PushOrder(o.vm.memory)
    this.#server = new PageServer({
      memory: o.vm.memory, order: this.#order, prefetchPages: o.cfg.migration.prefetchPages, maxPendingBytes: o.cfg.limits.maxUrgentPendingBytes, log: this.#log, inject: o.inject
    })
  }

  get state (): MigrationState { return this.#state }
  get destination (): string { return this.#destination }
  get recoveries (): number { return this.#recoveries }

  #attach (ch: PeerChannel): void {
    ch.on('message', env => this.#onMessage(ch, env))
    // A channel replaced by a recovery may close late: only the current one counts.
    ch.on('close', info => { if (ch === this.#bulk || ch === this.#urgent) this.#onClose(ch.kind, info) })
    ch.start()
  }

  #setState (s: MigrationState): void {
    // A late continuation (an ack awaited while 'complete' already arrived) must not
    // move a finished migration again.
    if (this.#state === s || TERMINAL_STATES.includes(this.#state)) return
    this.#state = s
    this.#log.info({ state: s, vm: this.vm.spec.id }, 'migration state')
    this.emit('state', s)
  }

  #handshake () {
    const c = this.#o.cfg
    return { secret: c.peerSecret, node: this.#o.node, maxFrameBytes: c.limits.maxFrameBytes, timeoutMs: c.migration.connectTimeoutMs, log: this.#log }
  }

  /**
   * Connects both channels and has the destination allocate the VM. Throws a
   * PCD_ERR_PEER_* error if it cannot; the VM is untouched and keeps running.
   */
  async connect (): Promise<void> {
    try {
      this.#bulk = await connectChannel(this.destination, 'bulk', this.id, this.#handshake())
      this.#attach(this.#bulk)
      const spec = this.vm.spec
      const ack = this.#expect('setupAck')
      this.#bulk.send({
        setup: {
          vmId: spec.id,
          memslots: spec.memslots.map(m => ({ id: m.id, base: m.base, size: m.size, readonly: m.readonly })),
          vcpus: spec.vcpus,
          workload: spec.workload,
          pageSize: PAGE_SIZE,
          mode: this.mode,
          inject: this.#o.destinationInject ?? ''
        }
      })
      await ack
      this.#urgent = await connectChannel(this.destination, 'urgent', this.id, this.#handshake())
      this.#attach(this.#urgent)
      // The bulk channel may have broken while the urgent one was connecting: that
      // failed the migration already, and switching over now would pause the VM for nothing.
      if (this.#state === 'failed') {
        this.#urgent.close(CLOSE.NORMAL, this.#error?.code ?? '')
        throw new PCD_ERR_PEER_LOST(this.#error?.message ?? 'the bulk channel closed during setup')
      }
      this.#setupAt = now()
    } catch (err) {
      this.#fail(errorInfo(err))
      throw err
    }
  }

  /** Runs the migration to its end; never throws (failures land in state and error). */
  async run (): Promise<void> {
    if (this.#state !== 'setup') return
    try {
      if (this.mode !== 'postcopy') {
        const next = await this.#precopy()
        if (next === 'stop') return
        if (next === 'stop-and-copy') {
          await this.#switchover(true)
          return
        }
      }
      await this.#switchover(false)
      await this.#push()
    } catch (err) {
      this.#fail(errorInfo(err))
    }
  }

  /**
   * Precopy rounds while the VM runs here: every page once, then what the guest
   * dirtied meanwhile, until the rest fits in the downtime limit. Returns what
   * comes next: a stop-and-copy (precopy converged), postcopy (hybrid), or
   * nothing (failed or cancelled, the VM runs on here).
   */
  async #precopy (): Promise<'stop-and-copy' | 'postcopy' | 'stop'> {
    const p = this.#o.precopy
    this.#setState('precopy')
    this.vm.setDirtyLogging(true)
    const started = now()
    for (let round = 1; ; round++) {
      const t0 = now()
      const bytes0 = this.#precopyStats.bytes
      const pages0 = this.#precopyStats.pages
      await this.#pushBatches('precopy', () => this.#state === 'precopy' && !this.#switchRequested)
      if (this.#state !== 'precopy') return 'stop'
      const ms = Math.max(1, now() - t0)
      const dirty = this.#takeDirty()
      const bytes = this.#precopyStats.bytes - bytes0
      const bw = bytes / ms // bytes per ms
      const stat: RoundStat = {
        round,
        pages: this.#precopyStats.pages - pages0,
        ms: round2(ms),
        dirtyPages: dirty,
        dirtyRateMBps: round2(dirty * PAGE_SIZE / 1e3 / ms),
        bandwidthMBps: round2(bw / 1e3),
        expectedDowntimeMs: round2(bw > 0 ? dirty * PAGE_SIZE / bw : Infinity)
      }
      this.#rounds.push(stat)
      this.#log.info({ ...stat }, 'precopy round')
      const converged = stat.expectedDowntimeMs <= p.downtimeLimitMs
      if (this.#switchRequested) return 'postcopy'
      if (this.mode === 'precopy') {
        if (converged) return 'stop-and-copy'
        if (round >= p.maxRounds || now() - started > p.maxPrecopyMs) {
          this.vm.setDirtyLogging(false)
          const why = `dirty pages (${dirty}) did not fit the ${p.downtimeLimitMs} ms downtime limit after ${round} rounds; ` +
            `the guest dirties ${stat.dirtyRateMBps} MB/s against ${stat.bandwidthMBps} MB/s of bandwidth`
          this.#bulk?.send({ abort: { code: 'PCD_ERR_MIGRATION_NOT_CONVERGING', message: why } })
          this.#fail({ code: 'PCD_ERR_MIGRATION_NOT_CONVERGING', message: why })
          return 'stop'
        }
      } else if (converged || round >= p.postcopyAfterRounds) {
        return 'postcopy'
      }
    }
  }

  /** Reads the dirty log: pages written since they were sent go back into the stream. */
  #takeDirty (): number {
    let n = 0
    for (const i of this.vm.memory.collectDirty()) {
      if (this.#order.isSent(i)) { this.#order.markDirty(i); n++ }
    }
    return n
  }

  /** Asks a precopy or hybrid migration to switch to postcopy now (like QEMU's migrate-start-postcopy). */
  switchoverNow (): void {
    if (this.#state !== 'precopy') throw new PCD_ERR_MIGRATION_BAD_STATE('switch over', this.#state)
    this.#switchRequested = true
  }

  /** Cancels before switchover: the VM keeps running here, the destination frees everything. */
  cancel (): void {
    if (this.#state !== 'setup' && this.#state !== 'precopy') throw new PCD_ERR_MIGRATION_BAD_STATE('cancel', this.#state)
    this.vm.setDirtyLogging(false)
    this.#error = { code: 'PCD_ERR_MIGRATION_CANCELLED', message: 'cancelled by the operator' }
    this.#bulk?.send({ abort: this.#error })
    this.#bulk?.close(CLOSE.NORMAL, 'cancelled')
    this.#urgent?.close(CLOSE.NORMAL, 'cancelled')
    this.#rejectWaiters(new PCD_ERR_MIGRATION_ABORTED('cancelled'))
    if (this.vm.state === 'paused') this.vm.resume()
    this.#setState('cancelled')
  }

  #expect (body: Body): Promise<Envelope> {
    return new Promise((resolve, reject) => {
      const w: Waiter = { body, resolve, reject }
      this.#waiters.push(w)
      const t = setTimeout(() => {
        this.#waiters = this.#waiters.filter(x => x !== w)
        reject(new PCD_ERR_PEER_TIMEOUT(`no ${body} from the destination`))
      }, this.#o.cfg.migration.connectTimeoutMs)
      const done = <A extends unknown[]>(f: (...a: A) => void) => (...a: A) => { clearTimeout(t); f(...a) }
      w.resolve = done(resolve)
      w.reject = done(reject)
    })
  }

  #rejectWaiters (err: Error): void {
    const ws = this.#waiters
    this.#waiters = []
    for (const w of ws) w.reject(err)
  }

  async #switchover (stopAndCopy: boolean): Promise<void> {
    this.#setState('switchover')
    this.#pausedAt = now()
    const regs: VcpuRegs[] = await this.vm.pause()
    if (this.mode !== 'postcopy') {
      this.#takeDirty()
      this.vm.setDirtyLogging(false)
      // Stop-and-copy: the last dirty pages go now, inside the downtime.
      if (stopAndCopy) await this.#pushBatches('precopy', () => this.#state === 'switchover')
    }
    // Pages sent earlier and written since are stale at the destination.
    const total = this.#order.total
    const stale = new Uint8Array(Math.ceil(total / 8))
    if (this.#precopyStats.pages > 0) {
      for (let i = 0; i < total; i++) if (!this.#order.isSent(i)) stale[i >>> 3] |= 1 << (i & 7)
    }
    const ack = this.#expect('switchoverAck')
    this.#bulk!.send({ switchover: { vcpus: regs, stale } })
    await ack
    this.#resumedAt = now()
    this.#log.info({ downtimeMs: round(this.#resumedAt - this.#pausedAt, 2) }, 'switchover done, destination running')
    this.#setState('postcopy')
  }

  async #push (): Promise<void> {
    if (this.#pushing) return
    this.#pushing = true
    try {
      await this.#pushBatches()
    } finally {
      this.#pushing = false
    }
  }

  async #pushBatches (origin: 'background' | 'precopy' = 'background', keepGoing: () => boolean = () => this.#state === 'postcopy'): Promise<void> {
    const batch = this.#o.cfg.migration.batchPages
    const hw = this.#o.cfg.migration.highWaterBytes
    const memory = this.vm.memory
    const order = this.#order
    const scratch = Buffer.allocUnsafe(batch * PAGE_SIZE)
    const rate = this.#o.maxBandwidthMBps * 1e6 / 1000 // bytes per ms
    let nextAt = now()
    const source = origin === 'precopy' ? postcopy.PageSource.PAGE_SOURCE_PRECOPY : postcopy.PageSource.PAGE_SOURCE_BACKGROUND
    while (keepGoing()) {
      // Read the channel each time: a recovery may have replaced it.
      const bulk = this.#bulk!
      if (rate > 0) {
        // A token bucket on the bulk channel only: urgent pages are never held back.
        const wait = nextAt - now()
        if (wait > 1) await delay(wait)
      }
      if (bulk.pendingBytes > hw) await bulk.drained(hw)
      if (!bulk.open || !keepGoing()) return
      const gpas: number[] = []
      const crcs: number[] = []
      const zeros: number[] = []
      while (gpas.length < batch && zeros.length < 8192) {
        const i = order.next()
        if (i < 0) break
        order.markSent(i)
        const gpa = order.gpa(i)
        const page = memory.page(gpa)
        if (memory.isZeroPage(gpa)) { zeros.push(gpa); continue }
        const at = gpas.length * PAGE_SIZE
        scratch.set(page, at)
        // The checksum covers the copy, not the live page: in precopy the guest
        // runs and may write the page between the two (the dirty log catches that).
        crcs.push(crc32(scratch.subarray(at, at + PAGE_SIZE)))
        gpas.push(gpa)
      }
      if (gpas.length === 0 && zeros.length === 0) break
      const data = scratch.subarray(0, gpas.length * PAGE_SIZE)
      // encode() copies data into the frame, so the scratch buffer is free again after send().
      bulk.send({ pages: { source, gpas, data, crcs, zeroGpas: zeros } })
      if (origin === 'precopy') {
        this.#precopyStats.pages += gpas.length + zeros.length
        this.#precopyStats.bytes += data.byteLength
      } else {
        this.#stats.background += gpas.length + zeros.length
        this.#stats.bulkBytes += data.byteLength
      }
      this.#stats.zero += zeros.length
      if (rate > 0) nextAt = Math.max(nextAt, now() - 50) + data.byteLength / rate
      // Let urgent requests in between two batches.
      await yieldToLoop()
    }
    if (origin === 'background') this.#log.info({ pages: order.sentCount }, 'background stream sent every page')
  }

  #onMessage (ch: PeerChannel, env: Envelope): void {
    const w = this.#waiters.find(x => x.body === env.body)
    if (w !== undefined) {
      this.#waiters = this.#waiters.filter(x => x !== w)
      w.resolve(env)
      return
    }
    try {
      switch (env.body) {
        case 'pageRequest':
          // Requests re-sent on a new urgent channel may land before the recovery is through.
          if (this.#state !== 'postcopy' && this.#state !== 'switchover' && this.#state !== 'postcopy-recovering') {
            throw new PCD_ERR_WIRE_UNEXPECTED('pageRequest', this.#state)
          }
          this.#server.serve(ch, env.pageRequest!)
          return
        case 'complete':
          this.#takeSummary(env.complete!.summaryJson ?? '')
          void this.#complete()
          return
        case 'abort': {
          const a = env.abort!
          if (this.#resumedAt !== null) {
            // After switchover the destination runs the VM: its verdict (e.g. a
            // watchdog diagnosis) is the migration's error, code and all.
            this.#log.warn({ code: a.code, reason: a.message }, 'destination stopped the migration; keeping every page')
            this.#fail({ code: a.code ?? 'PCD_ERR_MIGRATION_ABORTED', message: `destination: ${a.message ?? ''}` })
            return
          }
          const err = new PCD_ERR_PEER_REJECTED(a.message ?? '', a.code ?? 'unknown')
          this.#rejectWaiters(err)
          this.#fail(errorInfo(err))
          return
        }
        default:
          throw new PCD_ERR_WIRE_UNEXPECTED(String(env.body), this.#state)
      }
    } catch (err) {
      ch.protocolError(err)
    }
  }

  async #complete (): Promise<void> {
    if (this.#state === 'completed') return
    this.#completedAt = now()
    this.#bulk?.send({ completeAck: {} })
    this.#setState('completed')
    this.#log.info({ totalMs: round(this.#completedAt - this.#startedAt) }, 'migration completed, releasing vm')
    try { await this.#o.release() } catch (err) { this.#log.error({ err }, 'releasing the vm failed') }
    this.emit('completed')
  }

  #onClose (kind: 'bulk' | 'urgent', info: CloseInfo): void {
    // Our own orderly closes (#fail, shutdown) need nothing more; a close we made because
    // the peer broke the protocol or flooded us is a lost link like any other.
    const ours = info.local && info.code !== CLOSE.PROTOCOL && info.code !== CLOSE.POLICY && info.code !== CLOSE.TOO_BIG
    if (ours || this.#state === 'completed' || this.#state === 'failed' || this.#state === 'cancelled') return
    const err = new PCD_ERR_PEER_LOST(`${kind} channel closed (${info.code}${info.reason === '' ? '' : ' ' + info.reason})`)
    this.#rejectWaiters(err)
    if (this.#resumedAt === null) {
      this.#fail(errorInfo(err))
      return
    }
    // The destination runs the VM and holds part of its memory; we hold the rest.
    if (this.#state === 'postcopy-paused' || this.#state === 'postcopy-recovering') return
    this.#log.warn({ channel: kind, code: info.code, reason: info.reason }, 'link lost after switchover, keeping every page')
    this.#setState('postcopy-paused')
    if (kind === 'bulk') this.#urgent?.terminate()
    else this.#bulk?.terminate()
    void this.#recoverLoop()
  }

  /**
   * Reconnects after a lost link, with backoff, until it works or the recovery
   * time runs out (then it stays postcopy-paused and recover() can try again,
   * also toward a new address).
   */
  async #recoverLoop (): Promise<void> {
    if (this.#recovering) return
    this.#recovering = true
    const cfg = this.#o.cfg.migration
    const started = Date.now()
    try {
      for (let attempt = 1; !this.#closed && (this.#state === 'postcopy-paused' || this.#state === 'postcopy-recovering'); attempt++) {
        try {
          await this.#reconnect(attempt)
          return
        } catch (err) {
          const info = errorInfo(err)
          this.#setState('postcopy-paused')
          if (Date.now() - started > cfg.recoverTimeoutMs) {
            this.#log.error({ attempts: attempt, code: info.code, err: info.message }, 'recovery gave up; POST /v1/migrations/:id/recover to retry')
            return
          }
          const wait = Math.min(cfg.recoverMaxBackoffMs, 50 * 2 ** Math.min(attempt, 16))
          this.#log.warn({ attempt, code: info.code, err: info.message, retryInMs: wait }, 'recovery attempt failed')
          await delay(wait, undefined, { ref: false })
        }
      }
    } finally {
      this.#recovering = false
    }
  }

  async #reconnect (attempt: number): Promise<void> {
    this.#setState('postcopy-recovering')
    const bulk = await connectChannel(this.#destination, 'bulk', this.id, this.#handshake())
    this.#bulk = bulk
    this.#attach(bulk)
    const ack = this.#expect('resumeAck')
    bulk.send({ resume: { attempt } })
    const env = await ack
    const r = env.resumeAck!
    const received = r.received ?? new Uint8Array(0)
    if (r.pages !== this.#order.total || received.byteLength !== Math.ceil(this.#order.total / 8)) {
      throw new PCD_ERR_WIRE_UNEXPECTED('resumeAck with a bitmap of the wrong size', this.#state)
    }
    // Pages sent but not received were lost in flight: send them again.
    let lost = 0
    for (let i = 0; i < this.#order.total; i++) {
      if ((received[i >>> 3]! & (1 << (i & 7))) === 0 && this.#order.isSent(i)) {
        this.#order.markDirty(i)
        lost++
      }
    }
    this.#urgent = await connectChannel(this.#destination, 'urgent', this.id, this.#handshake())
    this.#attach(this.#urgent)
    this.#recoveries++
    this.#log.info({ attempt, lost, recoveries: this.#recoveries }, 'link recovered, resuming the stream')
    this.#setState('postcopy')
    void this.#push().catch(err => this.#fail(errorInfo(err)))
  }

  /** Retries a paused migration now, optionally toward a new destination address. */
  recover (destination?: string): void {
    if (this.#state !== 'postcopy-paused') throw new PCD_ERR_MIGRATION_BAD_STATE('recover', this.#state)
    if (destination !== undefined) this.#destination = destination
    void this.#recoverLoop()
  }

  #fail (info: ErrorInfo): void {
    if (this.#state === 'failed' || this.#state === 'completed') return
    this.#error = info
    this.#log.warn({ code: info.code, err: info.message }, 'outgoing migration failed')
    this.#bulk?.close(CLOSE.NORMAL, info.code)
    this.#urgent?.close(CLOSE.NORMAL, info.code)
    if (this.#resumedAt === null && this.vm.state === 'paused') {
      // Never switched over: the VM is still ours, let it run on.
      this.vm.resume()
    }
    this.#setState('failed')
    this.emit('failed', info)
  }

  /** Keeps the destination's figures (faults are only seen there); a bad summary is ignored. */
  #takeSummary (json: string): void {
    try {
      const v = JSON.parse(json) as MigrationView
      if (typeof v === 'object' && v !== null && typeof v.faults === 'object' && typeof v.faultLatencyUs === 'object') this.#remote = v
    } catch {
      this.#log.debug('destination summary is not JSON, ignored')
    }
  }

  view (): MigrationView {
    const end = this.#completedAt ?? now()
    const postcopyMs = this.#resumedAt === null ? null : end - this.#resumedAt
    const r = this.#remote
    return {
      id: this.id,
      vm: this.vm.spec.id,
      role: 'source',
      mode: this.mode,
      state: this.#state,
      peer: this.destination,
      pages: {
        total: this.#order.total,
        present: this.#order.sentCount,
        precopy: this.#precopyStats.pages,
        background: this.#stats.background,
        demand: this.#server.stats.demand,
        zero: this.#stats.zero,
        duplicates: r?.pages.duplicates ?? 0
      },
      bytes: { precopy: this.#precopyStats.bytes, bulk: this.#stats.bulkBytes, urgent: this.#server.stats.bytes },
      rounds: [...this.#rounds],
      faults: r?.faults ?? { exits: 0, requests: this.#server.stats.requests, merged: 0, resent: 0, byClass: {} },
      faultLatencyUs: r?.faultLatencyUs ?? percentiles([]),
      timings: {
        startedAt: new Date(this.#startedAt).toISOString(),
        setupMs: this.#setupAt === null ? null : round(this.#setupAt - this.#startedAt),
        downtimeMs: this.#resumedAt === null || this.#pausedAt === null ? null : round(this.#resumedAt - this.#pausedAt, 2),
        postcopyMs: postcopyMs === null ? null : round(postcopyMs),
        totalMs: round(end - this.#startedAt),
        completedAt: this.#completedAt === null ? null : new Date(this.#completedAt).toISOString()
      },
      throughputMBps: postcopyMs === null || postcopyMs <= 0 ? 0 : round(this.#stats.bulkBytes / 1e6 / (postcopyMs / 1000)),
      recoveries: this.#recoveries,
      error: this.#error,
      diagnosis: r?.diagnosis ?? null
    }
  }

  close (): void {
    this.#closed = true
    this.#rejectWaiters(new PCD_ERR_PEER_LOST('daemon shutting down'))
    this.#bulk?.close(CLOSE.GOING_AWAY, 'daemon shutting down')
    this.#urgent?.close(CLOSE.GOING_AWAY, 'daemon shutting down')
  }
}
