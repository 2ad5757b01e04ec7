// Metrics against a fake daemon: counters add per-migration deltas and never go
// back, per-VM series follow the VMs, each Metrics has a registry of its own.
import t from 'tap'
import { Metrics, type MetricsSource, type MetricsVm } from '../../../services/common/metrics.js'
import type { MigrationView } from '../../../services/common/migration-view.js'
import { percentiles } from '../../../services/common/stats.js'
import { parseMetrics, value } from '../../helpers/prom.js'

function view (id: string, over: Partial<MigrationView> & { demand?: number, absent?: number, loop?: number } = {}): MigrationView {
  return {
    id, vm: 'vm1', role: 'destination', mode: 'postcopy', state: 'postcopy', peer: 'src',
    pages: { total: 100, present: 10, precopy: 0, background: 5, demand: over.demand ?? 5, zero: 1, duplicates: 0 },
    bytes: { precopy: 0, bulk: 5 * 4096, urgent: (over.demand ?? 5) * 4096 },
    faults: { exits: 7, requests: 5, merged: 2, resent: 0, byClass: { absent: over.absent ?? 7, ...(over.loop === undefined ? {} : { loop: over.loop }) } },
    faultLatencyUs: percentiles([]),
    timings: { startedAt: '2024-01-01T00:00:00.000Z', setupMs: 1, downtimeMs: null, postcopyMs: 10, totalMs: 20, completedAt: null },
    throughputMBps: 1, recoveries: 0, error: null, diagnosis: null,
    ...over
  }
}

class FakeDaemon implements MetricsSource {
  views: MigrationView[] = []
  vmList: MetricsVm[] = []
  inflight = 0
  migrations (): MigrationView[] { return this.views }
  vms (): MetricsVm[] { return this.vmList }
  requestsInFlight (): number { return this.inflight }
}

async function scrape (m: Metrics) {
  const text = await m.scrape()
  // Scrapes in one turn of the event loop share one sync; a new turn reads the daemon again.
  await new Promise(resolve => setImmediate(resolve))
  return parseMetrics(text)
}

t.test('counters add deltas per migration and never decrease', async t => {
  const d = new FakeDaemon()
  const m = new Metrics({ source: d, processMetrics: false, faultClasses: ['absent', 'loop'] })
  let s = await scrape(m)
  t.equal(value(s, 'postcopy_faults_total', { class: 'loop' }), 0, 'known classes exist at 0')
  t.equal(value(s, 'postcopy_pages_total', { role: 'source', origin: 'demand' }), 0)

  d.views = [view('m1', { demand: 5 }), view('m2', { demand: 3 })]
  s = await scrape(m)
  t.equal(value(s, 'postcopy_pages_total', { role: 'destination', origin: 'demand', channel: 'urgent' }), 8)
  t.equal(value(s, 'postcopy_migrations', { role: 'destination', state: 'postcopy' }), 2)
  t.equal(value(s, 'postcopy_pages_remaining', { role: 'destination' }), 180)

  // m1 moves on, m2 is forgotten by the daemon: its pages stay counted.
  d.views = [view('m1', { demand: 9, loop: 1, state: 'completed', timings: { ...view('x').timings, totalMs: 1500, completedAt: '2024-01-01T00:00:02.000Z' } })]
  s = await scrape(m)
  t.equal(value(s, 'postcopy_pages_total', { role: 'destination', origin: 'demand' }), 12, '5 + 3, then 4 more of m1')
  t.equal(value(s, 'postcopy_faults_total', { class: 'loop' }), 1)
  t.equal(value(s, 'postcopy_migrations', { role: 'destination' }), 1)
  t.equal(value(s, 'postcopy_migration_duration_seconds_count', { role: 'destination' }), 1)
  t.equal(value(s, 'postcopy_last_migration_duration_seconds', { role: 'destination' }), 1.5)

  // A figure that goes back (a peer's summary replaced) is not taken back, and a completion counts once.
  d.views = [view('m1', { demand: 2, state: 'completed' })]
  s = await scrape(m)
  t.equal(value(s, 'postcopy_pages_total', { role: 'destination', origin: 'demand' }), 12)
  t.equal(value(s, 'postcopy_migration_duration_seconds_count', { role: 'destination' }), 1)

  // Source views do not count faults: those are the destination's.
  d.views.push(view('m3', { role: 'source', absent: 50 }))
  s = await scrape(m)
  t.equal(value(s, 'postcopy_faults_total', { class: 'absent' }), 14, 'm1 and m2; the source view of m3 adds nothing')
})

t.test('per-vCPU blocked time and fault latencies follow the VMs', async t => {
  const d = new FakeDaemon()
  const m = new Metrics({ source: d, processMetrics: false })
  const inst = {}
  let ring = [100, 200, 300]
  const vm = (blocked: number[]): MetricsVm => ({
    id: 'vm1', instance: inst, state: 'running',
    vcpus: blocked.map((b, index) => ({ index, state: index === 0 ? 'exited' : 'running', blockedMs: b })),
    latenciesSince: cursors => ({ samples: ring.slice(cursors[0] ?? 0), cursors: [ring.length] })
  })
  d.vmList = [vm([10, 0])]
  d.inflight = 3
  let s = await scrape(m)
  t.equal(value(s, 'postcopy_vcpu_blocked_seconds_total', { vm: 'vm1', vcpu: '0' }), 0.01)
  t.equal(value(s, 'postcopy_fault_service_seconds_count'), 3)
  t.equal(value(s, 'postcopy_fault_service_seconds_bucket', { le: '0.00025' }), 2, '100 and 200 µs under 250 µs')
  t.equal(value(s, 'postcopy_vcpus_faulting'), 1)
  t.equal(value(s, 'postcopy_page_requests_in_flight'), 3)

  ring = [...ring, 5000]
  d.vmList = [vm([30, 5])]
  s = await scrape(m)
  t.equal(value(s, 'postcopy_fault_service_seconds_count'), 4, 'only the new sample is observed')
  t.equal(value(s, 'postcopy_vcpu_blocked_seconds_total', { vm: 'vm1', vcpu: '0' }), 0.03)

  d.vmList = []
  s = await scrape(m)
  t.equal(value(s, 'postcopy_vcpu_blocked_seconds_total'), undefined, 'series go with the VM')
  t.equal(value(s, 'postcopy_fault_service_seconds_count'), 4, 'the histogram keeps its samples')
})

t.test('two Metrics never share a registry', async t => {
  const a = new Metrics({ source: new FakeDaemon(), processMetrics: true, build: { version: '1', node: 'a', backend: 'sim' } })
  const b = new Metrics({ source: new FakeDaemon(), processMetrics: true, build: { version: '1', node: 'b', backend: 'sim' } })
  const sa = await scrape(a)
  const sb = await scrape(b)
  t.equal(value(sa, 'postcopy_build_info', { node: 'a' }), 1)
  t.equal(value(sa, 'postcopy_build_info', { node: 'b' }), undefined)
  t.equal(value(sb, 'postcopy_build_info', { node: 'b' }), 1)
  t.ok(value(sb, 'process_start_time_seconds') !== undefined, 'process metrics in each')
})
