// The daemon's state: the VMs it runs and the migrations it takes part in, in
// either direction. Routes and peer channels act through it.
import { randomUUID } from 'node:crypto'
import type { Config } from '../common/config.js'
import type { Logger } from '../common/log.js'
import {
  PCD_ERR_API_VALIDATION, PCD_ERR_MIGRATION_BAD_STATE, PCD_ERR_MIGRATION_NOT_FOUND, PCD_ERR_VM_BAD_STATE, PCD_ERR_VM_INJECTION_DISABLED, PCD_ERR_VM_EXISTS, PCD_ERR_VM_LIMIT, PCD_ERR_VM_NOT_FOUND,
  PCD_ERR_WIRE_UNEXPECTED, type ErrorInfo
} from '../common/errors.js'
import type { Accepted } from '../common/wire/channel.js'
import { TERMINAL_STATES, type MigrationMode, type MigrationState, type MigrationView } from '../common/migration-view.js'
import { buildSpec, guestBytes, checkInjectable, SOURCE_SIDE, type InjectClass, type GuestBackend, type GuestVm, type VcpuStatus, type VmRequest, type VmSpec, type VcpuRegs } from '../guest/index.js'
import { OutgoingMigration } from '../source/index.js'
import { IncomingMigration, type Diagnosis } from '../destination/index.js'

export type VmState = 'created' | 'running' | 'paused' | 'halted' | 'stopped' | 'incoming' | 'migrating'

interface VmRecord {
  id: string
  spec: VmSpec
  vm: GuestVm
  origin: 'local' | 'incoming'
  createdAt: string
  migration: string | null
  results: VcpuRegs[] | null
  /** Fault class armed for this VM's next migration (tests only). */
  inject: InjectClass | undefined
}

export interface CreateVmRequest extends VmRequest {
  /** Arms fault injection for this VM's migrations; needs --enable-fault-injection. */
  inject?: { class: InjectClass }
}

export interface VmView {
  id: string
  state: VmState
  origin: 'local' | 'incoming'
  createdAt: string
  memoryBytes: number
  memslots: VmSpec['memslots']
  vcpus: VcpuStatus[]
  workload: VmSpec['workload']
  fill: VmSpec['fill']
  pages: { total: number, present: number }
  migration: string | null
  /** Final registers of every vCPU once the workload has finished. */
  results: VcpuRegs[] | null
  diagnosis: Diagnosis | null
  inject: InjectClass | null
}

export interface MigrateRequest {
  vm: string
  destination: string
  mode?: MigrationMode
  /** Bulk channel cap, MB/s; default from config (0: none). */
  maxBandwidthMBps?: number
  /** Precopy/hybrid: switch over once the rest fits in this downtime, ms. */
  downtimeLimitMs?: number
  /** Precopy: rounds before giving up. */
  maxRounds?: number
  /** Hybrid: rounds before switching to postcopy anyway. */
  postcopyAfterRounds?: number
}

export class Host {
  readonly config: Config
  readonly backend: GuestBackend
  #log: Logger
  #vms = new Map<string, VmRecord>()
  #outgoing = new Map<string, OutgoingMigration>()
  #incoming = new Map<string, IncomingMigration>()
  #closed = false

  constructor (deps: { config: Config, log: Logger, backend: GuestBackend }) {
    this.config = deps.config
    this.backend = deps.backend
    this.#log = deps.log.child({ component: 'host' })
  }

  #checkCapacity (spec: VmSpec): void {
    if (this.#vms.has(spec.id)) throw new PCD_ERR_VM_EXISTS(spec.id)
    const lim = this.config.limits
    if (this.#vms.size >= lim.maxVms) throw new PCD_ERR_VM_LIMIT(`${lim.maxVms} VMs on this daemon`)
    const used = [...this.#vms.values()].reduce((n, r) => n + guestBytes(r.spec), 0)
    if (used + guestBytes(spec) > lim.maxGuestBytes) {
      throw new PCD_ERR_VM_LIMIT(`guest RAM would reach ${used + guestBytes(spec)} bytes, the limit is ${lim.maxGuestBytes}`)
    }
  }

  #track (rec: VmRecord): void {
    rec.vm.on('halted', regs => {
      rec.results = regs
      this.#log.info({ vm: rec.id }, 'vm halted: workload finished')
    })
    rec.vm.on('error', err => this.#log.error({ vm: rec.id, err }, 'vm error'))
  }

  async createVm (req: CreateVmRequest): Promise<VmView> {
    const { inject, ...vmReq } = req
    const spec = buildSpec({ ...vmReq, id: req.id ?? `vm-${randomUUID().slice(0, 8)}` })
    if (inject !== undefined) {
      if (!this.config.enableFaultInjection) throw new PCD_ERR_VM_INJECTION_DISABLED()
      checkInjectable(spec, inject.class)
    }
    this.#checkCapacity(spec)
    const vm = this.backend.createVm(spec, { incoming: false })
    const rec: VmRecord = {
      id: spec.id, spec, vm, origin: 'local', createdAt: new Date().toISOString(), migration: null, results: null, inject: inject?.class
    }
    this.#vms.set(spec.id, rec)
    this.#track(rec)
    try {
      await vm.start()
    } catch (err) {
      this.#vms.delete(spec.id)
      await vm.destroy()
      throw err
    }
    this.#log.info({ vm: spec.id, bytes: guestBytes(spec), vcpus: spec.vcpus, workload: spec.workload.kind }, 'vm created')
    return this.vmView(spec.id)
  }

  #rec (id: string): VmRecord {
    const r = this.#vms.get(id)
    if (r === undefined) throw new PCD_ERR_VM_NOT_FOUND(id)
    return r
  }

  /** The VM itself, for tests and the demo (digest, memory). */
  guestVm (id: string): GuestVm { return this.#rec(id).vm }

  vmView (id: string): VmView {
    const r = this.#rec(id)
    const out = r.migration === null ? undefined : this.#outgoing.get(r.migration)
    const inc = r.migration === null ? undefined : this.#incoming.get(r.migration)
    let state: VmState = r.vm.state === 'destroyed' ? 'stopped' : r.vm.state
    if (r.origin === 'incoming' && r.vm.state === 'created') state = 'incoming'
    if (out !== undefined && !TERMINAL_STATES.includes(out.state)) state = 'migrating'
    return {
      id: r.id,
      state,
      origin: r.origin,
      createdAt: r.createdAt,
      memoryBytes: guestBytes(r.spec),
      memslots: r.spec.memslots,
      vcpus: r.vm.vcpus(),
      workload: r.spec.workload,
      fill: r.spec.fill,
      pages: { total: r.vm.memory.totalPages, present: r.vm.memory.presentCount },
      migration: r.migration,
      results: r.results,
      diagnosis: inc?.diagnosis ?? null,
      inject: r.inject ?? null
    }
  }

  listVms (): VmView[] { return [...this.#vms.keys()].map(id => this.vmView(id)) }

  async deleteVm (id: string): Promise<void> {
    const r = this.#rec(id)
    const out = r.migration === null ? undefined : this.#outgoing.get(r.migration)
    if (out !== undefined && !TERMINAL_STATES.includes(out.state)) throw new PCD_ERR_VM_BAD_STATE('delete', 'migrating')
    const inc = r.migration === null ? undefined : this.#incoming.get(r.migration)
    if (inc !== undefined && !TERMINAL_STATES.includes(inc.state)) throw new PCD_ERR_VM_BAD_STATE('delete', inc.state)
    this.#vms.delete(id)
    await r.vm.destroy()
    this.#log.info({ vm: id }, 'vm deleted')
  }

  /** Starts an outgoing migration; resolves once the destination has accepted it. */
  async migrate (req: MigrateRequest): Promise<MigrationView> {
    const r = this.#rec(req.vm)
    if (r.vm.state !== 'running' && r.vm.state !== 'halted') throw new PCD_ERR_VM_BAD_STATE('migrate', this.vmView(r.id).state)
    const prior = r.migration === null ? undefined : this.#outgoing.get(r.migration)
    if (prior !== undefined && !TERMINAL_STATES.includes(prior.state)) throw new PCD_ERR_VM_BAD_STATE('migrate', 'migrating')
    this.#checkMigrationCapacity()
    // The schema checks the shape; only the URL parser knows every way a host:port can be wrong.
    try { new URL(req.destination) } catch { throw new PCD_ERR_API_VALIDATION(`destination '${req.destination}' is not a valid URL`) }
    const id = `mig-${randomUUID()}`
    const m = new OutgoingMigration({
      id,
      vm: r.vm,
      destination: req.destination,
      mode: req.mode ?? 'postcopy',
      cfg: this.config,
      log: this.#log,
      node: this.config.log.nodeName,
      maxBandwidthMBps: req.maxBandwidthMBps ?? this.config.migration.maxBandwidthMBps,
      precopy: {
        downtimeLimitMs: req.downtimeLimitMs ?? this.config.migration.downtimeLimitMs,
        maxRounds: req.maxRounds ?? this.config.migration.maxRounds,
        maxPrecopyMs: this.config.migration.maxPrecopyMs,
        postcopyAfterRounds: req.postcopyAfterRounds ?? this.config.migration.postcopyAfterRounds
      },
      inject: r.inject !== undefined && SOURCE_SIDE.includes(r.inject) ? r.inject : undefined,
      destinationInject: r.inject !== undefined && !SOURCE_SIDE.includes(r.inject) ? r.inject : undefined,
      release: async () => {
        // The destination holds every page: the VM lives there now.
        this.#vms.delete(r.id)
        await r.vm.destroy()
      }
    })
    this.#outgoing.set(id, m)
    this.#retain(m)
    r.migration = id
    try {
      await m.connect()
    } catch (err) {
      this.#log.warn({ migration: id, vm: r.id, err }, 'migration could not start, vm keeps running here')
      throw err
    }
    void m.run()
    return m.view()
  }

  /**
   * Keeps at most limits.maxFinishedMigrations finished migrations for the API:
   * every refused or broken peer connection leaves one behind, and a peer must not
   * be able to grow our memory by connecting again and again.
   */
  #retain (m: { on (event: 'state', fn: (s: MigrationState) => void): unknown }): void {
    m.on('state', s => {
      if (!TERMINAL_STATES.includes(s)) return
      const max = this.config.limits.maxFinishedMigrations
      const finished = (map: Map<string, { state: MigrationState }>): string[] =>
        [...map].filter(([, x]) => TERMINAL_STATES.includes(x.state)).map(([id]) => id)
      // Maps keep insertion order: the first ids are the oldest.
      const out = finished(this.#outgoing)
      const inc = finished(this.#incoming)
      let excess = out.length + inc.length - max
      for (const id of inc) { if (excess-- <= 0) break; this.#incoming.delete(id) }
      for (const id of out) { if (excess-- <= 0) break; this.#outgoing.delete(id) }
    })
  }

  #checkMigrationCapacity (): void {
    const active = [...this.#outgoing.values(), ...this.#incoming.values()].filter(m => !TERMINAL_STATES.includes(m.state)).length
    if (active >= this.config.limits.maxMigrations) throw new PCD_ERR_VM_LIMIT(`${this.config.limits.maxMigrations} migrations in flight`)
  }

  #outgoingOnly (id: string, what: string): OutgoingMigration {
    const m = this.#outgoing.get(id)
    if (m !== undefined) return m
    const inc = this.#incoming.get(id)
    if (inc !== undefined) throw new PCD_ERR_MIGRATION_BAD_STATE(`${what} (ask the source daemon)`, inc.state)
    throw new PCD_ERR_MIGRATION_NOT_FOUND(id)
  }

  /** Switches a precopy or hybrid migration to postcopy now. */
  switchover (id: string): MigrationView {
    const m = this.#outgoingOnly(id, 'switch over')
    m.switchoverNow()
    return m.view()
  }

  /** Cancels an outgoing migration before switchover; the VM keeps running here. */
  cancel (id: string): MigrationView {
    const m = this.#outgoingOnly(id, 'cancel')
    m.cancel()
    return m.view()
  }

  /** Retries a paused outgoing migration now, optionally toward a new destination address. */
  recover (id: string, destination?: string): MigrationView {
    const m = this.#outgoingOnly(id, 'recover')
    m.recover(destination)
    return m.view()
  }

  migrationView (id: string): MigrationView {
    const m = this.#outgoing.get(id) ?? this.#incoming.get(id)
    if (m === undefined) throw new PCD_ERR_MIGRATION_NOT_FOUND(id)
    return m.view()
  }

  listMigrations (): MigrationView[] {
    return [...this.#outgoing.values(), ...this.#incoming.values()].map(m => m.view())
  }

  outgoing (id: string): OutgoingMigration | undefined { return this.#outgoing.get(id) }
  incoming (id: string): IncomingMigration | undefined { return this.#incoming.get(id) }

  /**
   * Before a handshake completes: throws if the channel could not be taken, so the
   * peer is refused with the reason instead of a channel that closes at once.
   */
  admitChannel (migrationId: string, kind: 'bulk' | 'urgent'): void {
    if (kind === 'bulk') {
      const inc = this.#incoming.get(migrationId)
      // A new bulk channel for a migration past switchover is its source coming back.
      if (inc !== undefined && inc.canResume) return
      const m = inc ?? this.#outgoing.get(migrationId)
      if (m !== undefined) throw new PCD_ERR_MIGRATION_BAD_STATE('open a new bulk channel for', m.state)
      return
    }
    const m = this.#incoming.get(migrationId)
    if (m === undefined) throw new PCD_ERR_MIGRATION_NOT_FOUND(migrationId)
    if (TERMINAL_STATES.includes(m.state)) throw new PCD_ERR_MIGRATION_BAD_STATE('open an urgent channel for', m.state)
  }

  /** A peer channel passed its handshake: a new incoming migration (bulk) or its urgent channel. */
  acceptChannel (a: Accepted): void {
    if (this.#closed) { a.channel.close(1001, 'daemon shutting down'); return }
    if (a.kind === 'bulk') {
      const existing = this.#incoming.get(a.migrationId)
      if (existing !== undefined && existing.reattachBulk(a.channel)) return
      if (existing !== undefined || this.#outgoing.has(a.migrationId)) {
        a.channel.protocolError(new PCD_ERR_WIRE_UNEXPECTED('bulk channel', 'migration exists'))
        return
      }
      try {
        this.#checkMigrationCapacity()
      } catch (err) {
        const info: ErrorInfo = { code: (err as { code: string }).code, message: (err as Error).message }
        a.channel.send({ abort: info })
        a.channel.close(1000, info.code)
        return
      }
      const m = new IncomingMigration({ bulk: a.channel, cfg: this.config, log: this.#log, host: this })
      this.#incoming.set(a.migrationId, m)
      this.#retain(m)
      return
    }
    const m = this.#incoming.get(a.migrationId)
    if (m === undefined) {
      a.channel.protocolError(new PCD_ERR_WIRE_UNEXPECTED('urgent channel', 'no such migration'))
      return
    }
    m.attachUrgent(a.channel)
  }

  // IncomingHost
  createIncomingVm (spec: VmSpec, migrationId: string, inject: InjectClass | undefined): GuestVm {
    if (inject !== undefined && !this.config.enableFaultInjection) throw new PCD_ERR_VM_INJECTION_DISABLED()
    this.#checkCapacity(spec)
    const vm = this.backend.createVm(spec, { incoming: true, inject })
    const rec: VmRecord = {
      id: spec.id, spec, vm, origin: 'incoming', createdAt: new Date().toISOString(), migration: migrationId, results: null, inject
    }
    this.#vms.set(spec.id, rec)
    this.#track(rec)
    return vm
  }

  async discardIncomingVm (id: string): Promise<void> {
    const r = this.#vms.get(id)
    if (r === undefined || r.origin !== 'incoming') return
    this.#vms.delete(id)
    await r.vm.destroy()
  }

  async close (): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    for (const m of this.#outgoing.values()) m.close()
    for (const m of this.#incoming.values()) m.close()
    await Promise.all([...this.#vms.values()].map(r => r.vm.destroy()))
    this.#vms.clear()
    await this.backend.close()
  }
}
