import t, { type Test } from 'tap'
import { once } from 'node:events'
import { startDaemonPair, until, type TestDaemon } from '../helpers/daemon.js'
import { runReference, SimBackend, buildSpec, type VcpuRegs, type WorkloadKind, type VmRequest } from '../../services/guest/index.js'
import type { MigrationView } from '../../services/common/migration-view.js'
import { silentLog } from '../helpers/log.js'

const backend = new SimBackend({ log: silentLog() })

/** Creates a VM on src, migrates it mid-run to dst, and returns what the destination ended with. */
async function migrateMidRun (t: Test, src: TestDaemon, dst: TestDaemon, req: VmRequest, maxBandwidthMBps = 40) {
  const created = await src.api('POST', '/v1/vms', req)
  t.equal(created.status, 201, 'vm created')
  const vm = src.host.guestVm(req.id)
  // Let the guest run a little on the source first: the migration starts mid-run.
  await until(() => vm.vcpus().every(v => v.step >= 1024), 'guest progress on the source')
  // A capped stream leaves the guest time to fault on pages the stream has not reached.
  const res = await src.api<MigrationView>('POST', '/v1/migrations', { vm: req.id, destination: dst.url, mode: 'postcopy', maxBandwidthMBps })
  t.equal(res.status, 202, 'migration accepted', { body: res.body })
  const mid = res.body.id
  const out = src.host.outgoing(mid)!
  let atSwitchover: number[] = []
  out.on('state', s => { if (s === 'postcopy') atSwitchover = vm.vcpus().map(v => v.step) })
  if (out.state !== 'completed') await once(out, 'completed')
  const steps = req.workload?.steps ?? 0
  t.ok(atSwitchover.length > 0 && atSwitchover.every(s => s > 0 && s < steps), 'switched over mid-run', { atSwitchover })
  const dvm = dst.host.guestVm(req.id)
  const results = dvm.results() ?? (await once(dvm, 'halted'))[0] as VcpuRegs[]
  return { mid, results, digest: dvm.memory.digest(), srcView: src.host.migrationView(mid), dstView: dst.host.migrationView(mid) }
}


t.test('postcopy migration mid-run ends equal to a run never migrated, for every workload and 1, 2, 4 vCPUs', async t => {
  const { src, dst } = await startDaemonPair(t)
  const kinds: WorkloadKind[] = (process.env.KINDS?.split(',') as WorkloadKind[] | undefined) ?? ['scan', 'random', 'hotset', 'mixed']
  for (const kind of kinds) {
    for (const vcpus of (process.env.VCPUS?.split(',').map(Number) ?? [1, 2, 4])) {
      const req: VmRequest = {
        id: `vm-${kind}-${vcpus}`, memoryMiB: 16, vcpus, fill: 'pattern',
        workload: { kind, steps: 1_000_000, writeRatio: 0.4, seed: 7, compute: 300 }
      }
      const ref = await runReference(backend, buildSpec(req))
      const got = await migrateMidRun(t, src, dst, req)
      t.same(got.results, ref.results, `${kind}/${vcpus}: per-vCPU results equal`)
      t.equal(got.digest, ref.digest, `${kind}/${vcpus}: memory digest equal`)
      const d = got.dstView
      t.equal(d.state, 'completed')
      t.equal(d.pages.present, d.pages.total, 'every page present on the destination')
      // How many pages the guest reached before the stream did depends on scheduling;
      // the demand path is asserted in its own test below.
      t.comment(`${kind}/${vcpus}: ${d.faults.exits} exits, ${d.pages.demand} pages on demand, downtime ${got.srcView.timings.downtimeMs} ms`)
      t.equal(d.faults.byClass.absent, d.faults.exits, 'every exit classified absent')
      t.equal(d.pages.demand + d.pages.background, d.pages.total, 'each page installed once, on demand or from the stream')
      t.equal(got.srcView.state, 'completed')
      t.ok(got.srcView.timings.downtimeMs !== null && got.srcView.timings.downtimeMs >= 0, 'downtime measured')
      // The source released the VM.
      const gone = await src.api('GET', `/v1/vms/${req.id}`)
      t.equal(gone.status, 404, 'source released the vm')
      await dst.api('DELETE', `/v1/vms/${req.id}`)
    }
  }
})

t.test('faults are served on demand over the urgent channel while the stream is slow', async t => {
  const { src, dst } = await startDaemonPair(t)
  const req: VmRequest = {
    id: 'vm-demand', memoryMiB: 4, vcpus: 2, fill: 'pattern',
    workload: { kind: 'random', steps: 400_000, writeRatio: 0.3, seed: 21, compute: 300 }
  }
  const ref = await runReference(backend, buildSpec(req))
  // At 1 MB/s the stream needs 4 s for 4 MiB: the guest reaches most pages first.
  const got = await migrateMidRun(t, src, dst, req, 1)
  t.same(got.results, ref.results, 'results equal')
  t.equal(got.digest, ref.digest, 'digest equal')
  const d = got.dstView
  t.ok(d.faults.exits > 0, `exits taken (${d.faults.exits})`)
  t.ok(d.pages.demand > 0, `pages served on demand (${d.pages.demand})`)
  t.ok(d.faults.requests <= d.faults.exits, 'at most one request per exit')
  t.ok(d.faults.requests + d.faults.merged <= d.faults.exits, 'each exit sent at most one request or joined one')
  t.ok(d.faultLatencyUs.count > 0 && d.faultLatencyUs.p50 > 0, 'fault latency measured')
  t.ok(d.bytes.urgent > 0, 'urgent channel carried pages')
  t.ok(got.srcView.pages.demand >= d.pages.demand, 'every page installed on demand was sent on the urgent channel')
  // The source shows the destination's figures as of completion; an exit that raced
  // the last install is counted on the destination just after.
  t.ok(got.srcView.faults.exits > 0 && got.srcView.faults.exits <= d.faults.exits, 'the source shows the destination\'s fault figures')
})
