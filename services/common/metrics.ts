// The daemon's Prometheus metrics: one prom-client Registry per daemon, filled at
// scrape time from the daemon's state so that the migration hot paths count nothing.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { MIGRATION_STATES, TERMINAL_STATES, type MigrationView } from './migration-view.js'

/** Metric names start with this. */
export const METRIC_PREFIX = 'postcopy_'

/** One VM as the metrics read it. */
export interface MetricsVm {
  id: string
  /** The same object for the whole life of one VM instance (a VM that migrates away and back is a new one). */
  instance: object
  state: string
  vcpus: ReadonlyArray<{ index: number, state: string, blockedMs: number }>
  /**
   * Fault service latencies (µs) recorded after `cursors` (one per vCPU: samples
   * already read), and the cursors for next time. Absent when the backend keeps none.
   */
  latenciesSince?: (cursors: readonly number[]) => { samples: number[], cursors: number[] }
}

/** What the metrics read from the daemon, at each scrape. The api layer adapts its Host to this. */
export interface MetricsSource {
  migrations (): MigrationView[]
  vms (): MetricsVm[]
  /** Page requests sent and not yet answered, summed over incoming migrations. */
  requestsInFlight (): number
}

export interface MetricsOptions {
  source: MetricsSource
  /** Adds prom-client's process_* and nodejs_* metrics to this registry. Default: true. */
  processMetrics?: boolean
  /** Values of postcopy_build_info. */
  build?: { version: string, node: string, backend: string }
  /** Every fault class the watchdog knows, so each series exists at 0 before its first fault. Default: []. */
  faultClasses?: readonly string[]
  /** VM states to report in postcopy_vms, each at 0 when empty. Default: []. */
  vmStates?: readonly string[]
}

const ROLES = ['source', 'destination'] as const

/** The page origins and the channel each travels on. */
const ORIGINS = [
  { origin: 'precopy', channel: 'bulk' },
  { origin: 'background', channel: 'bulk' },
  { origin: 'demand', channel: 'urgent' }
] as const

/** Fault service latency buckets, seconds: the target p99 is under 1 ms on loopback. */
const LATENCY_BUCKETS = [25e-6, 50e-6, 100e-6, 250e-6, 500e-6, 1e-3, 2.5e-3, 5e-3, 10e-3, 25e-3, 50e-3, 100e-3, 250e-3, 500e-3, 1, 2.5, 5]
const DOWNTIME_BUCKETS = [1e-3, 2.5e-3, 5e-3, 10e-3, 25e-3, 50e-3, 100e-3, 250e-3, 500e-3, 1, 2.5, 5, 10]
const DURATION_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600]

/** What was already added to the counters for one migration. */
interface Seen {
  pages: number[]
  bytes: number[]
  zero: number
  duplicates: number
  exits: number
  requests: number
  merged: number
  resent: number
  byClass: Map<string, number>
  /** Observed in the completion histograms. */
  finished: boolean
}

export class Metrics {
  readonly registry: Registry
  #source: MetricsSource
  #faultClasses: readonly string[]
  #vmStates: readonly string[]
  /** Per migration id; dropped once the daemon forgets the migration. */
  #seen = new Map<string, Seen>()
  /** Per VM instance: blocked ms already counted, per vCPU. */
  #blocked = new WeakMap<object, number[]>()
  /** Per VM instance: latency ring cursors, per vCPU. */
  #cursors = new WeakMap<object, number[]>()
  /** vm id -> vCPU count, of the series in postcopy_vcpu_blocked_seconds_total. */
  #blockedSeries = new Map<string, number>()
  #synced = false

  readonly #migrations: Gauge<'role' | 'state'>
  readonly #vms: Gauge<'state'>
  readonly #pages: Counter<'role' | 'channel' | 'origin'>
  readonly #bytes: Counter<'role' | 'channel' | 'origin'>
  readonly #zero: Counter<'role'>
  readonly #duplicates: Counter<'role'>
  readonly #remaining: Gauge<'role'>
  readonly #exits: Counter
  readonly #faults: Counter<'class'>
  readonly #requests: Counter
  readonly #merged: Counter
  readonly #resent: Counter
  readonly #inflight: Gauge
  readonly #faulting: Gauge
  readonly #latency: Histogram
  readonly #blockedTotal: Counter<'vm' | 'vcpu'>
  readonly #throughput: Gauge<'role'>
  readonly #downtime: Histogram
  readonly #duration: Histogram<'role'>
  readonly #lastDowntime: Gauge<'role'>
  readonly #lastDuration: Gauge<'role'>
  readonly #lastThroughput: Gauge<'role'>

  constructor (opts: MetricsOptions) {
    this.#source = opts.source
    this.#faultClasses = opts.faultClasses ?? []
    this.#vmStates = opts.vmStates ?? []
    // A registry of our own, never prom-client's global one: one process may run several daemons (tests do).
    const registers = [this.registry = new Registry()]
    // Every metric syncs from the daemon in its collect(); the first call of a scrape does the work.
    const collect = (): void => this.#sync()
    const p = METRIC_PREFIX

    if (opts.build !== undefined) {
      const info = new Gauge({ name: `${p}build_info`, help: 'Always 1; labels say which postcopyd this is.', labelNames: ['version', 'node', 'backend'], registers })
      info.set(opts.build, 1)
    }
    this.#migrations = new Gauge({ name: `${p}migrations`, help: 'Migrations this daemon takes part in, by role and current state.', labelNames: ['role', 'state'], registers, collect })
    this.#vms = new Gauge({ name: `${p}vms`, help: 'VMs on this daemon, by state.', labelNames: ['state'], registers, collect })
    this.#pages = new Counter({ name: `${p}pages_total`, help: 'Guest pages moved, by channel and origin (source: sent; destination: installed).', labelNames: ['role', 'channel', 'origin'], registers, collect })
    this.#bytes = new Counter({ name: `${p}bytes_total`, help: 'Page payload bytes moved, by channel and origin.', labelNames: ['role', 'channel', 'origin'], registers, collect })
    this.#zero = new Counter({ name: `${p}zero_pages_total`, help: 'All-zero pages moved without data (also in postcopy_pages_total).', labelNames: ['role'], registers, collect })
    this.#duplicates = new Counter({ name: `${p}duplicate_pages_total`, help: 'Pages that arrived for a page already present and were dropped.', labelNames: ['role'], registers, collect })
    this.#remaining = new Gauge({ name: `${p}pages_remaining`, help: 'Pages not yet present (destination) or not yet sent (source), over migrations in flight.', labelNames: ['role'], registers, collect })
    this.#exits = new Counter({ name: `${p}fault_exits_total`, help: 'Memory-fault exits taken by vCPUs of incoming VMs.', registers, collect })
    this.#faults = new Counter({ name: `${p}faults_total`, help: 'Faults as classified by the watchdog; every class but absent and stalled is unrecoverable.', labelNames: ['class'], registers, collect })
    this.#requests = new Counter({ name: `${p}page_requests_total`, help: 'Page requests the destination sent on the urgent channel.', registers, collect })
    this.#merged = new Counter({ name: `${p}page_requests_merged_total`, help: 'Fault exits that joined a request already in flight for the same page.', registers, collect })
    this.#resent = new Counter({ name: `${p}page_requests_resent_total`, help: 'Page requests sent again (deadline passed, channel reconnected, bad checksum).', registers, collect })
    this.#inflight = new Gauge({ name: `${p}page_requests_in_flight`, help: 'Page requests sent and not yet answered.', registers, collect })
    this.#faulting = new Gauge({ name: `${p}vcpus_faulting`, help: 'vCPUs stopped in a memory-fault exit right now.', registers, collect })
    this.#latency = new Histogram({ name: `${p}fault_service_seconds`, help: 'Fault service latency: fault exit to the vCPU running again.', buckets: LATENCY_BUCKETS, registers, collect })
    this.#blockedTotal = new Counter({ name: `${p}vcpu_blocked_seconds_total`, help: 'Time each vCPU spent blocked in fault exits (QEMU postcopy-blocktime), for VMs on this daemon.', labelNames: ['vm', 'vcpu'], registers, collect })
    this.#throughput = new Gauge({ name: `${p}throughput_bytes_per_second`, help: 'Bulk-channel rate over the postcopy phase, summed over migrations in postcopy.', labelNames: ['role'], registers, collect })
    this.#downtime = new Histogram({ name: `${p}migration_downtime_seconds`, help: 'Downtime of completed migrations (source vCPUs paused to destination vCPUs running), seen by the source.', buckets: DOWNTIME_BUCKETS, registers, collect })
    this.#duration = new Histogram({ name: `${p}migration_duration_seconds`, help: 'Total time of completed migrations, start to every page present.', labelNames: ['role'], buckets: DURATION_BUCKETS, registers, collect })
    this.#lastDowntime = new Gauge({ name: `${p}last_migration_downtime_seconds`, help: 'Downtime of the most recently completed migration (measured by the source).', labelNames: ['role'], registers, collect })
    this.#lastDuration = new Gauge({ name: `${p}last_migration_duration_seconds`, help: 'Total time of the most recently completed migration.', labelNames: ['role'], registers, collect })
    this.#lastThroughput = new Gauge({ name: `${p}last_migration_throughput_bytes_per_second`, help: 'Bulk-channel rate over the postcopy phase of the most recently completed migration.', labelNames: ['role'], registers, collect })

    // Series that must exist before their first event, so that rate() and alerts see a 0.
    for (const role of ROLES) {
      for (const o of ORIGINS) {
        this.#pages.inc({ role, ...o }, 0)
        this.#bytes.inc({ role, ...o }, 0)
      }
      this.#zero.inc({ role }, 0)
      this.#duplicates.inc({ role }, 0)
    }
    for (const c of this.#faultClasses) this.#faults.inc({ class: c }, 0)

    if (opts.processMetrics ?? true) collectDefaultMetrics({ register: this.registry })
  }

  get contentType (): string { return this.registry.contentType }

  /** The Prometheus text exposition of every metric. */
  scrape (): Promise<string> { return this.registry.metrics() }

  /**
   * Brings every metric up to date with the daemon. Idempotent (counters add
   * deltas, the histogram reads from cursors), so running it once per metric
   * would be correct; it runs once per scrape because a scrape reads all metrics
   * in one turn of the event loop.
   */
  #sync (): void {
    if (this.#synced) return
    this.#synced = true
    setImmediate(() => { this.#synced = false }).unref()
    this.#syncMigrations(this.#source.migrations())
    this.#syncVms(this.#source.vms())
    this.#inflight.set(this.#source.requestsInFlight())
  }

  #syncMigrations (views: MigrationView[]): void {
    this.#migrations.reset()
    this.#remaining.reset()
    this.#throughput.reset()
    for (const role of ROLES) {
      for (const state of MIGRATION_STATES) this.#migrations.set({ role, state }, 0)
      this.#remaining.set({ role }, 0)
      this.#throughput.set({ role }, 0)
    }
    const last = new Map<string, MigrationView>()
    const live = new Set<string>()
    for (const m of views) {
      live.add(m.id)
      const role = m.role
      this.#migrations.inc({ role, state: m.state })
      const terminal = TERMINAL_STATES.includes(m.state)
      if (!terminal) this.#remaining.inc({ role }, Math.max(0, m.pages.total - m.pages.present))
      if (m.state === 'postcopy') this.#throughput.inc({ role }, m.throughputMBps * 1e6)
      this.#count(m)
      if (m.state === 'completed') {
        const prev = last.get(role)
        if (prev === undefined || (m.timings.completedAt ?? '') > (prev.timings.completedAt ?? '')) last.set(role, m)
      }
    }
    for (const id of this.#seen.keys()) if (!live.has(id)) this.#seen.delete(id)
    for (const [role, m] of last) {
      this.#lastDuration.set({ role }, m.timings.totalMs / 1000)
      this.#lastThroughput.set({ role }, m.throughputMBps * 1e6)
      if (m.timings.downtimeMs !== null) this.#lastDowntime.set({ role }, m.timings.downtimeMs / 1000)
    }
  }

  /** Adds what this migration moved since the last scrape. */
  #count (m: MigrationView): void {
    let s = this.#seen.get(m.id)
    if (s === undefined) {
      s = { pages: [0, 0, 0], bytes: [0, 0, 0], zero: 0, duplicates: 0, exits: 0, requests: 0, merged: 0, resent: 0, byClass: new Map(), finished: false }
      this.#seen.set(m.id, s)
    }
    const role = m.role
    const pages = [m.pages.precopy, m.pages.background, m.pages.demand]
    const bytes = [m.bytes.precopy, m.bytes.bulk, m.bytes.urgent]
    ORIGINS.forEach((o, i) => {
      s.pages[i] = add(this.#pages, { role, ...o }, s.pages[i]!, pages[i]!)
      s.bytes[i] = add(this.#bytes, { role, ...o }, s.bytes[i]!, bytes[i]!)
    })
    s.zero = add(this.#zero, { role }, s.zero, m.pages.zero)
    s.duplicates = add(this.#duplicates, { role }, s.duplicates, m.pages.duplicates)
    // Faults happen on the destination; a source only holds a copy of its peer's figures.
    if (role === 'destination') {
      s.exits = add(this.#exits, {}, s.exits, m.faults.exits)
      s.requests = add(this.#requests, {}, s.requests, m.faults.requests)
      s.merged = add(this.#merged, {}, s.merged, m.faults.merged)
      s.resent = add(this.#resent, {}, s.resent, m.faults.resent)
      for (const [cls, n] of Object.entries(m.faults.byClass)) {
        s.byClass.set(cls, add(this.#faults, { class: cls }, s.byClass.get(cls) ?? 0, n))
      }
    }
    if (m.state === 'completed' && !s.finished) {
      s.finished = true
      this.#duration.observe({ role }, m.timings.totalMs / 1000)
      if (m.timings.downtimeMs !== null) this.#downtime.observe(m.timings.downtimeMs / 1000)
    }
  }

  #syncVms (vms: MetricsVm[]): void {
    this.#vms.reset()
    for (const st of this.#vmStates) this.#vms.set({ state: st }, 0)
    let faulting = 0
    const live = new Map<string, number>()
    for (const v of vms) {
      this.#vms.inc({ state: v.state })
      live.set(v.id, v.vcpus.length)
      const blocked = this.#blocked.get(v.instance) ?? []
      for (const c of v.vcpus) {
        if (c.state === 'exited') faulting++
        blocked[c.index] = add(this.#blockedTotal, { vm: v.id, vcpu: String(c.index) }, blocked[c.index] ?? 0, c.blockedMs, 1000)
      }
      this.#blocked.set(v.instance, blocked)
      if (v.latenciesSince !== undefined) {
        const r = v.latenciesSince(this.#cursors.get(v.instance) ?? [])
        this.#cursors.set(v.instance, r.cursors)
        for (const us of r.samples) this.#latency.observe(us / 1e6)
      }
    }
    this.#faulting.set(faulting)
    // A VM that left (migrated away, deleted) takes its series with it: they would otherwise pile up.
    for (const [id, n] of this.#blockedSeries) {
      if (live.get(id) === n) continue
      for (let i = 0; i < n; i++) this.#blockedTotal.remove({ vm: id, vcpu: String(i) })
    }
    this.#blockedSeries = live
  }
}

/** Adds to a counter what `now` has grown past `had` (in units of `per`); returns the new mark. Never goes back. */
function add<L extends string> (c: Counter<L>, labels: Partial<Record<L, string>>, had: number, now: number, per = 1): number {
  if (now > had) c.inc(labels, (now - had) / per)
  return Math.max(had, now)
}
