// The check most tests end with: a VM created on src, migrated mid-run to dst,
// ends with the same per-vCPU results and memory as the same run never migrated.
import { once } from 'node:events'
import type { Test } from 'tap'
import { runReference, SimBackend, buildSpec, type VcpuRegs, type VmRequest } from '../../services/guest/index.js'
import type { MigrationView } from '../../services/common/migration-view.js'
import { until, type TestDaemon } from './daemon.js'
import { silentLog } from './log.js'

const backend = new SimBackend({ log: silentLog() })

/** Creates req on src, migrates it once it has run a little, checks it against the reference; returns the migration id. */
export async function migrateVerified (t: Test, src: TestDaemon, dst: TestDaemon, req: VmRequest, maxBandwidthMBps = 8): Promise<string> {
  const ref = await runReference(backend, buildSpec(req))
  t.equal((await src.api('POST', '/v1/vms', req)).status, 201, `${req.id} created`)
  const vm = src.host.guestVm(req.id)
  await until(() => vm.vcpus().every(v => v.step >= 1024), 'guest progress on the source')
  const res = await src.api<MigrationView>('POST', '/v1/migrations', { vm: req.id, destination: dst.url, maxBandwidthMBps })
  t.equal(res.status, 202, 'migration accepted')
  const out = src.host.outgoing(res.body.id)!
  if (out.state !== 'completed') await once(out, 'completed')
  const dvm = dst.host.guestVm(req.id)
  const results = dvm.results() ?? (await once(dvm, 'halted'))[0] as VcpuRegs[]
  t.same(results, ref.results, 'per-vCPU results equal a run never migrated')
  t.equal(dvm.memory.digest(), ref.digest, 'memory digest equal')
  return res.body.id
}
