import t from 'tap'
import { once } from 'node:events'
import { startDaemonPair, until, type TestDaemon } from '../helpers/daemon.js'
import { runReference, SimBackend, buildSpec, INJECTABLE, type VcpuRegs, type VmRequest, type InjectClass } from '../../services/guest/index.js'
import type { MigrationView } from '../../services/common/migration-view.js'
import type { Diagnosis } from '../../services/destination/index.js'
import { silentLog } from '../helpers/log.js'

const backend = new SimBackend({ log: silentLog() })
/** Most exits the faulting vCPU may take before it is stopped: a loop must not run on. */
const EXIT_BOUND = 40

const cfg = {
  enableFaultInjection: true,
  // Short deadlines keep the stalled case quick; the loop threshold is the default.
  watchdog: { requestDeadlineMs: 300 }
}

async function startVm (d: TestDaemon, req: VmRequest & { inject?: { class: InjectClass } }): Promise<void> {
  const res = await d.api('POST', '/v1/vms', req)
  if (res.status !== 201) throw new Error(`create ${req.id}: ${JSON.stringify(res.body)}`)
  const vm = d.host.guestVm(req.id)
  await until(() => vm.vcpus().every(v => v.step >= 1024), 'guest progress')
}

async function migrate (src: TestDaemon, dst: TestDaemon, vm: string, maxBandwidthMBps: number): Promise<string> {
  const res = await src.api<MigrationView>('POST', '/v1/migrations', { vm, destination: dst.url, maxBandwidthMBps })
  if (res.status !== 202) throw new Error(`migrate ${vm}: ${JSON.stringify(res.body)}`)
  return res.body.id
}

for (const cls of INJECTABLE) {
  t.test(`injected '${cls}': detected, the vCPU stops within a bound, the diagnosis is visible, a second VM is untouched`, async t => {
    const { src, dst } = await startDaemonPair(t, cfg)
    const bad: VmRequest & { inject: { class: InjectClass } } = {
      id: `bad-${cls}`, memslots: [{ sizeMiB: 8 }, { sizeMiB: 1, readonly: true }], vcpus: 2, fill: 'pattern',
      workload: { kind: 'random', steps: 5_000_000, compute: 50, seed: 3 }, inject: { class: cls }
    }
    const good: VmRequest = { id: `good-${cls}`, memoryMiB: 4, vcpus: 2, fill: 'pattern', workload: { kind: 'mixed', steps: 600_000, compute: 100, seed: 5 } }
    const ref = await runReference(backend, buildSpec(good))
    await startVm(src, bad)
    await startVm(src, good)
    // A slow stream: the guest faults on pages before they stream in.
    const badMig = await migrate(src, dst, bad.id, 2)
    const goodMig = await migrate(src, dst, good.id, 8)
    const out = src.host.outgoing(badMig)!
    const goodOut = src.host.outgoing(goodMig)!

    if (cls === 'stalled') {
      // Recoverable: the dropped request is re-sent after its deadline and served.
      if (out.state !== 'completed') await once(out, 'completed')
      const v = dst.host.migrationView(badMig)
      t.ok(v.faults.byClass.stalled! >= 1, `stalled detected (${v.faults.byClass.stalled})`)
      t.ok(v.faults.resent >= 1, 're-sent')
      t.equal(v.diagnosis, null, 'no diagnosis: the fault was resolved')
      const dvm = dst.host.guestVm(bad.id)
      await dvm.stop()
    } else {
      const inc = dst.host.incoming(badMig)!
      const [diag] = inc.diagnosis !== null ? [inc.diagnosis] : await once(inc, 'diagnosis') as [Diagnosis]
      t.equal(diag.faultClass, cls, 'class detected')
      await until(() => dst.host.guestVm(bad.id).state === 'stopped', 'vm stopped')
      const vmView = (await dst.api('GET', `/v1/vms/${bad.id}`)).body
      t.equal(vmView.state, 'stopped', 'the VM is stopped')
      if (diag.vcpu >= 0) {
        const exits = vmView.vcpus[diag.vcpu].exits as number
        t.ok(exits <= EXIT_BOUND, `the faulting vCPU stopped after ${exits} exits (bound ${EXIT_BOUND})`)
      }
      t.match(vmView.diagnosis, { faultClass: cls }, 'diagnosis on GET /v1/vms/:id')
      const mv = (await dst.api('GET', `/v1/migrations/${badMig}`)).body
      t.match(mv, { state: 'failed', diagnosis: { faultClass: cls }, error: { code: `PCD_ERR_FAULT_${cls.toUpperCase().replace(/-/g, '_')}` } },
        'diagnosis on GET /v1/migrations/:id')
      t.ok(mv.faults.byClass[cls] >= 1, `counted by class (${mv.faults.byClass[cls]})`)
      const scrape = await fetch(`${dst.url}/metrics`).then(r => r.text())
      const line = scrape.split('\n').find(l => l.startsWith(`postcopy_faults_total{class="${cls}"}`))
      t.ok(line !== undefined && Number(line.split(' ').pop()) >= 1, `/metrics counts it: ${line ?? 'missing'}`)
      t.ok(Array.isArray(diag.history) && diag.history.length > 0, 'the fault history is recorded')
      if (out.state !== 'failed') await once(out, 'failed')
      const sv = (await src.api('GET', `/v1/migrations/${badMig}`)).body
      t.equal(sv.state, 'failed', 'the source knows')
      t.equal(sv.error.code, mv.error.code)
      const kept = await src.api('GET', `/v1/vms/${bad.id}`)
      t.equal(kept.status, 200, 'the source keeps the VM and its pages for inspection')
    }
    const health = await dst.api('GET', '/healthz')
    t.equal(health.status, 200, 'the destination daemon still answers')
    // The other VM, migrating at the same time, is untouched.
    if (goodOut.state !== 'completed') await once(goodOut, 'completed')
    const gvm = dst.host.guestVm(good.id)
    const results = gvm.results() ?? (await once(gvm, 'halted'))[0] as VcpuRegs[]
    t.same(results, ref.results, 'second VM: results equal a run never migrated')
    t.equal(gvm.memory.digest(), ref.digest, 'second VM: memory equal')
  })
}

t.test('4 vCPUs hammering one absent page make exactly one request', async t => {
  const { src, dst } = await startDaemonPair(t, cfg)
  // 'shared' with a tiny hot fraction: every vCPU reads the same last page.
  const req: VmRequest = { id: 'hammer', memoryMiB: 4, vcpus: 4, fill: 'pattern', workload: { kind: 'shared', hotFraction: 0.0001, steps: 2_000_000, compute: 100, seed: 1 } }
  await startVm(src, req)
  const mid = await migrate(src, dst, req.id, 1)
  const out = src.host.outgoing(mid)!
  if (out.state !== 'completed') await once(out, 'completed')
  const v = dst.host.migrationView(mid)
  t.equal(v.faults.requests, 1, 'one request for the page')
  t.ok(v.faults.exits >= 1, `${v.faults.exits} exits on it, ${v.faults.merged} merged into the one request`)
  t.equal(v.pages.demand, 1, 'one page installed on demand')
})

t.test('fault injection needs the daemon flag', async t => {
  const { src } = await startDaemonPair(t)
  const res = await src.api('POST', '/v1/vms', { id: 'x', inject: { class: 'loop' } })
  t.equal(res.status, 403)
  t.equal(res.body.code, 'PCD_ERR_VM_INJECTION_DISABLED')
  const bad = await src.api('POST', '/v1/vms', { id: 'y', inject: { class: 'permission' } })
  t.equal(bad.status, 403, 'refused before any check of the VM shape')
})
