import t from 'tap'
import { once } from 'node:events'
import { startDaemonPair, until } from '../helpers/daemon.js'
import { LinkProxy } from '../../services/cli/link-proxy.js'
import { runReference, SimBackend, buildSpec, type VcpuRegs, type VmRequest } from '../../services/guest/index.js'
import type { MigrationState, MigrationView } from '../../services/common/migration-view.js'
import { silentLog } from '../helpers/log.js'

const backend = new SimBackend({ log: silentLog() })

for (const cuts of [1, 3]) {
  t.test(`the link is cut ${cuts} time(s) mid-postcopy: both sides pause, recover, and the VM verifies`, async t => {
    const { src, dst } = await startDaemonPair(t, { migration: { recoverMaxBackoffMs: 200 } })
    const proxy = new LinkProxy(dst.url)
    const via = await proxy.listen()
    t.teardown(() => proxy.close())
    const req: VmRequest = { id: `cut-${cuts}`, memoryMiB: 8, vcpus: 2, fill: 'pattern', workload: { kind: 'mixed', steps: 2_000_000, compute: 60, seed: 17 } }
    const ref = await runReference(backend, buildSpec(req))
    await src.api('POST', '/v1/vms', req)
    const vm = src.host.guestVm(req.id)
    await until(() => vm.vcpus().every(v => v.step >= 1024), 'guest progress')
    // A capped stream keeps the migration in postcopy long enough to cut it.
    const res = await src.api<MigrationView>('POST', '/v1/migrations', { vm: req.id, destination: via, maxBandwidthMBps: 6 })
    t.equal(res.status, 202)
    const mid = res.body.id
    const out = src.host.outgoing(mid)!
    const srcStates: MigrationState[] = []
    out.on('state', s => srcStates.push(s))
    if (out.state !== 'postcopy') await until(() => out.state === 'postcopy', 'postcopy')
    const inc = dst.host.incoming(mid)!
    const dstStates: MigrationState[] = []
    inc.on('state', s => dstStates.push(s))
    for (let i = 0; i < cuts; i++) {
      await until(() => out.state === 'postcopy' && inc.state === 'postcopy', 'postcopy again')
      // Let some pages flow on this link first.
      const present = dst.host.guestVm(req.id).memory.presentCount
      await until(() => dst.host.guestVm(req.id).memory.presentCount > present + 64 || out.state === 'completed', 'pages flowing')
      if (out.state === 'completed') break
      proxy.cut()
      await until(() => out.recoveries > i || out.state === 'completed', `recovery ${i + 1}`).catch(err => { throw new Error(`${(err as Error).message}: source ${out.state}, destination ${inc.state}`) })
    }
    if (out.state !== 'completed') await once(out, 'completed')
    t.ok(proxy.cuts >= 1, `link cut ${proxy.cuts} times`)
    t.ok(srcStates.includes('postcopy-paused'), 'source paused')
    t.ok(dstStates.includes('postcopy-paused'), 'destination paused')
    t.ok(srcStates.includes('postcopy-recovering'), 'source recovered')
    // A cut can land just as the last page arrives: then there is nothing left to recover.
    t.ok(out.recoveries >= 1 && out.recoveries <= proxy.cuts, `recovered ${out.recoveries} times for ${proxy.cuts} cuts`, { states: { src: srcStates, dst: dstStates } })
    t.equal(dst.host.migrationView(mid).recoveries, out.recoveries, 'the destination counts them too')
    const dvm = dst.host.guestVm(req.id)
    const results = dvm.results() ?? (await once(dvm, 'halted'))[0] as VcpuRegs[]
    t.same(results, ref.results, 'results equal a run never migrated')
    t.equal(dvm.memory.digest(), ref.digest, 'memory equal')
  })
}

t.test('POST /v1/migrations/:id/recover retries toward a new address', async t => {
  const { src, dst } = await startDaemonPair(t, { migration: { recoverTimeoutMs: 0, recoverMaxBackoffMs: 50 } })
  const proxy = new LinkProxy(dst.url)
  const via = await proxy.listen()
  const req: VmRequest = { id: 'moved', memoryMiB: 4, vcpus: 1, fill: 'pattern', workload: { kind: 'random', steps: 1_000_000, compute: 60, seed: 4 } }
  const ref = await runReference(backend, buildSpec(req))
  await src.api('POST', '/v1/vms', req)
  const vm = src.host.guestVm(req.id)
  await until(() => vm.vcpus().every(v => v.step >= 1024), 'guest progress')
  const res = await src.api<MigrationView>('POST', '/v1/migrations', { vm: req.id, destination: via, maxBandwidthMBps: 4 })
  const mid = res.body.id
  const out = src.host.outgoing(mid)!
  await until(() => out.state === 'postcopy', 'postcopy')
  // The old address goes away for good: automatic retries give up at once (timeout 0).
  await proxy.close()
  await until(() => out.state === 'postcopy-paused' && !['postcopy-recovering'].includes(out.state), 'paused')
  const bad = await src.api('POST', `/v1/migrations/${mid}/recover`, { destination: 'not a url' })
  t.equal(bad.status, 400)
  const onDst = await dst.api('POST', `/v1/migrations/${mid}/recover`, {})
  t.equal(onDst.status, 409, 'recover is asked of the source')
  const r = await src.api('POST', `/v1/migrations/${mid}/recover`, { destination: dst.url })
  t.equal(r.status, 202)
  if (out.state !== 'completed') await once(out, 'completed')
  t.equal(out.destination, dst.url)
  const dvm = dst.host.guestVm(req.id)
  const results = dvm.results() ?? (await once(dvm, 'halted'))[0] as VcpuRegs[]
  t.same(results, ref.results)
  t.equal(dvm.memory.digest(), ref.digest)
  const done = await src.api('POST', `/v1/migrations/${mid}/recover`, {})
  t.equal(done.status, 409, 'a completed migration cannot be recovered')
  t.equal(done.body.code, 'PCD_ERR_MIGRATION_BAD_STATE')
})

t.test('a cut before switchover fails the migration cleanly; the VM keeps running on the source', async t => {
  const { src, dst } = await startDaemonPair(t)
  const proxy = new LinkProxy(dst.url)
  const via = await proxy.listen()
  t.teardown(() => proxy.close())
  await src.api('POST', '/v1/vms', { id: 'early', memoryMiB: 4, workload: { steps: 50_000_000, compute: 10 } })
  // Cut as soon as the setup frame is on its way: before the switchover.
  const migrating = src.api<MigrationView>('POST', '/v1/migrations', { vm: 'early', destination: via })
  await until(() => proxy.connections > 0, 'connected')
  proxy.cut()
  const res = await migrating
  if (res.status === 202) {
    const out = src.host.outgoing(res.body.id)!
    await until(() => out.state !== 'setup' && out.state !== 'switchover', 'settled')
    t.not(out.state, 'completed')
  } else {
    // Cut while the WebSocket was still opening: unreachable; after it opened: lost.
    t.match((res.body as unknown as { code: string }).code, /^PCD_ERR_PEER_(LOST|UNREACHABLE)$/, 'the start failed with a clear code')
  }
  const v = await src.api('GET', '/v1/vms/early')
  t.equal(v.body.state, 'running', 'the VM runs on at the source')
  await until(() => dst.host.listVms().length === 0, 'the destination dropped what it had allocated')
  t.pass('nothing left on the destination')
})
