// GET /metrics on two daemons that migrated a VM: every metric present, values
// that agree with the migration's own view, counters that never go back.
import t from 'tap'
import { once } from 'node:events'
import { startDaemonPair, startTestDaemon, until } from '../helpers/daemon.js'
import { parseMetrics, promtool, runPromtool, select, value, type Sample } from '../helpers/prom.js'
import type { MigrationView } from '../../services/common/migration-view.js'
import type { VmRequest } from '../../services/guest/index.js'

async function scrape (url: string): Promise<{ text: string, samples: Sample[], type: string | null }> {
  const res = await fetch(url + '/metrics')
  const text = await res.text()
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}: ${text}`)
  return { text, samples: parseMetrics(text), type: res.headers.get('content-type') }
}

/** Counter and histogram samples (the ones that must never decrease), keyed by name and labels. */
function monotonic (samples: Sample[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const s of samples) {
    if (!s.name.startsWith('postcopy_')) continue
    if (!/_total$|_bucket$|_count$|_sum$/.test(s.name)) continue
    out.set(`${s.name}${JSON.stringify(s.labels)}`, s.value)
  }
  return out
}

t.test('a migration shows in both daemons\' metrics', async t => {
  const { src, dst } = await startDaemonPair(t)
  const req: VmRequest = {
    id: 'vm-metrics', memoryMiB: 4, vcpus: 2, fill: 'pattern',
    workload: { kind: 'random', steps: 400_000, writeRatio: 0.3, seed: 21, compute: 300 }
  }
  t.equal((await src.api('POST', '/v1/vms', req)).status, 201)
  const vm = src.host.guestVm(req.id)
  await until(() => vm.vcpus().every(v => v.step >= 1024), 'guest progress on the source')
  const before = await scrape(dst.url)
  // A slow stream leaves the guest time to fault: the urgent path and the latency histogram get samples.
  const res = await src.api<MigrationView>('POST', '/v1/migrations', { vm: req.id, destination: dst.url, mode: 'postcopy', maxBandwidthMBps: 1 })
  t.equal(res.status, 202)
  const out = src.host.outgoing(res.body.id)!
  if (out.state !== 'completed') await once(out, 'completed')
  const dvm = dst.host.guestVm(req.id)
  if (dvm.results() === undefined) await once(dvm, 'halted')
  const sv = src.host.migrationView(res.body.id)
  const dv = dst.host.migrationView(res.body.id)

  const d = await scrape(dst.url)
  const s = await scrape(src.url)
  t.match(d.type, /^text\/plain; version=0\.0\.4/, 'Prometheus text content type')

  t.equal(value(d.samples, 'postcopy_build_info', { node: 'dst', backend: 'sim' }), 1, 'build info names the daemon')
  t.equal(value(s.samples, 'postcopy_build_info', { node: 'src' }), 1, 'each daemon its own registry')
  t.equal(value(d.samples, 'postcopy_build_info', { node: 'src' }), undefined, 'no series of the other daemon')

  // Migrations by state: every state present, the one migration in 'completed'.
  t.equal(select(d.samples, 'postcopy_migrations').length, 18, 'both roles x nine states')
  t.equal(value(d.samples, 'postcopy_migrations', { role: 'destination', state: 'completed' }), 1)
  t.equal(value(d.samples, 'postcopy_migrations', { role: 'destination' }), 1, 'one migration on the destination')
  t.equal(value(s.samples, 'postcopy_migrations', { role: 'source', state: 'completed' }), 1)
  t.equal(value(d.samples, 'postcopy_vms', { state: 'running' }) ?? 0, dst.host.listVms().filter(v => v.state === 'running').length)

  // Pages and bytes by channel and origin agree with each side's view.
  t.equal(value(d.samples, 'postcopy_pages_total', { role: 'destination', channel: 'urgent', origin: 'demand' }), dv.pages.demand)
  t.equal(value(d.samples, 'postcopy_pages_total', { role: 'destination', channel: 'bulk', origin: 'background' }), dv.pages.background)
  t.equal(value(d.samples, 'postcopy_pages_total', { role: 'destination' }), dv.pages.total, 'every page counted once on the destination')
  t.ok(dv.pages.demand > 0, `pages on demand (${dv.pages.demand})`)
  t.equal(value(s.samples, 'postcopy_pages_total', { role: 'source', channel: 'urgent' }), sv.pages.demand)
  t.equal(value(s.samples, 'postcopy_bytes_total', { role: 'source', channel: 'urgent' }), sv.bytes.urgent)
  t.equal(value(s.samples, 'postcopy_bytes_total', { role: 'source', channel: 'bulk', origin: 'background' }), sv.bytes.bulk)
  t.equal(value(d.samples, 'postcopy_bytes_total', { role: 'destination', channel: 'urgent' }), dv.bytes.urgent)
  t.equal(value(d.samples, 'postcopy_pages_remaining', { role: 'destination' }), 0)

  // Faults: by class, every class present; the source does not count its copy of the destination's faults.
  t.equal(value(d.samples, 'postcopy_fault_exits_total'), dv.faults.exits)
  t.equal(value(d.samples, 'postcopy_faults_total', { class: 'absent' }), dv.faults.byClass.absent)
  for (const cls of ['present-refault', 'loop', 'no-memslot', 'permission', 'unannotated', 'corrupt', 'source-missing', 'stalled']) {
    t.equal(value(d.samples, 'postcopy_faults_total', { class: cls }), dv.faults.byClass[cls] ?? 0, `faults of class ${cls}`)
  }
  t.equal(value(s.samples, 'postcopy_fault_exits_total'), 0)
  t.equal(value(d.samples, 'postcopy_page_requests_total'), dv.faults.requests)
  t.equal(value(d.samples, 'postcopy_page_requests_merged_total'), dv.faults.merged)
  t.equal(value(d.samples, 'postcopy_page_requests_in_flight'), 0, 'nothing in flight once completed')
  t.equal(value(d.samples, 'postcopy_vcpus_faulting'), 0)

  // Fault service latency: one sample per resolved exit, buckets cumulative.
  const count = value(d.samples, 'postcopy_fault_service_seconds_count')!
  t.equal(count, dv.faultLatencyUs.count, 'histogram holds every latency sample')
  t.ok(count > 0, 'latency samples observed')
  t.ok(value(d.samples, 'postcopy_fault_service_seconds_sum')! > 0)
  t.equal(value(d.samples, 'postcopy_fault_service_seconds_bucket', { le: '+Inf' }), count)
  const buckets = select(d.samples, 'postcopy_fault_service_seconds_bucket').map(b => b.value)
  t.same(buckets, [...buckets].sort((a, b) => a - b), 'buckets cumulative')

  // Blocked time per vCPU (QEMU's postcopy-blocktime), from the VM's own figures.
  const vcpus = dst.host.vmView(req.id).vcpus
  for (const c of vcpus) {
    const v = value(d.samples, 'postcopy_vcpu_blocked_seconds_total', { vm: req.id, vcpu: String(c.index) })
    t.ok(v !== undefined && Math.abs(v - c.blockedMs / 1000) < 1e-6, `vcpu ${c.index} blocked time`)
  }
  t.ok(value(d.samples, 'postcopy_vcpu_blocked_seconds_total', { vm: req.id })! > 0, 'faulting vCPUs were blocked')

  // Downtime (source only) and total time.
  t.equal(value(s.samples, 'postcopy_migration_downtime_seconds_count'), 1)
  t.equal(value(s.samples, 'postcopy_last_migration_downtime_seconds', { role: 'source' }), sv.timings.downtimeMs! / 1000)
  t.equal(value(d.samples, 'postcopy_migration_downtime_seconds_count'), 0, 'the destination does not measure downtime')
  t.equal(value(d.samples, 'postcopy_migration_duration_seconds_count', { role: 'destination' }), 1)
  t.equal(value(d.samples, 'postcopy_last_migration_duration_seconds', { role: 'destination' }), dv.timings.totalMs / 1000)
  t.equal(value(s.samples, 'postcopy_last_migration_throughput_bytes_per_second', { role: 'source' }), sv.throughputMBps * 1e6)
  t.equal(value(d.samples, 'postcopy_throughput_bytes_per_second', { role: 'destination' }), 0, 'no migration in postcopy')

  // Default process metrics, in this daemon's registry.
  t.ok(value(d.samples, 'process_cpu_user_seconds_total') !== undefined, 'process metrics')
  t.ok(value(d.samples, 'nodejs_heap_size_used_bytes') !== undefined, 'nodejs metrics')

  // Counters never go back: not on a second scrape, not when the VM leaves the daemon.
  const first = monotonic(d.samples)
  t.same([...monotonic(before.samples)].filter(([k, v]) => (first.get(k) ?? 0) < v), [], 'no counter decreased during the migration')
  t.equal((await dst.api('DELETE', `/v1/vms/${req.id}`)).status, 204)
  const again = await scrape(dst.url)
  const second = monotonic(again.samples)
  const dropped = [...first.keys()].filter(k => !second.has(k))
  t.same([...first].filter(([k, v]) => second.has(k) && second.get(k)! < v), [], 'no counter decreased after the VM left')
  t.same(dropped.sort(), vcpus.map(c => `postcopy_vcpu_blocked_seconds_total${JSON.stringify({ vm: req.id, vcpu: String(c.index) })}`).sort(),
    'only the per-vCPU series of the deleted VM are gone')
  t.equal(value(again.samples, 'postcopy_migration_duration_seconds_count', { role: 'destination' }), 1, 'a completion is observed once')

  const skip = promtool() === undefined ? 'promtool is not on PATH (Debian: apt-get install prometheus)' : false
  await t.test('promtool check metrics passes on both scrapes', { skip }, async t => {
    for (const [name, text] of [['destination', d.text], ['source', s.text]] as const) {
      const all = runPromtool(['check', 'metrics'], text)
      // prom-client's own nodejs_active_*_total gauges break a naming rule; anything else is ours to fix.
      const problems = all.output.split('\n').filter(l => l.trim() !== '' && !/^nodejs_active_\w+_total non-counter metrics should not have "_total" suffix$/.test(l))
      t.same(problems, [], `${name} scrape parses and lints clean (but prom-client's own names)`)
      t.ok(all.status === 0 || all.status === 3, `promtool exit status ${String(all.status)}: no parse error`)
      const ours = text.split('\n').filter(l => /^(# (HELP|TYPE) )?postcopy_/.test(l)).join('\n') + '\n'
      const r = runPromtool(['check', 'metrics'], ours)
      t.equal(r.status, 0, `every postcopy_ metric of the ${name} passes`, { output: r.output })
    }
  })
})

t.test('/metrics is open when the API wants a token, and listed in the OpenAPI document', async t => {
  const d = await startTestDaemon(t, { apiToken: 'metrics-test-token' })
  const open = await fetch(d.url + '/metrics')
  t.equal(open.status, 200, 'scrape needs no token')
  t.match(await open.text(), /^# HELP postcopy_/m)
  t.equal((await d.api('GET', '/v1/vms')).status, 401, 'the API still does')
  const doc = await d.api('GET', '/docs/json')
  t.ok(doc.body.paths['/metrics']?.get?.responses?.['200']?.content?.['text/plain'], '/metrics documented as text/plain')
})
