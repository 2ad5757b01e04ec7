// Two daemons in separate network namespaces joined by a veth pair: the link is
// taken down mid-postcopy and brought back, with tc netem delay and loss where
// the kernel has it. Needs root and iproute2; skips with the reason otherwise.
import t from 'tap'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { spawnDaemon, stopDaemon } from '../../services/cli/daemon-process.js'
import type { MigrationView } from '../../services/common/migration-view.js'
import type { VmView } from '../../services/api/index.js'
import { runReference, SimBackend, buildSpec, type VcpuRegs, type VmRequest } from '../../services/guest/index.js'
import { silentLog } from '../helpers/log.js'

const NS = `pcd${process.pid % 100000}`
const HOST_IF = `${NS}a`
const NS_IF = `${NS}b`
// The project's own test hosts, on a veth pair this test creates.
const HOST_IP = '10.231.77.1'
const NS_IP = '10.231.77.2'

function ip (...args: string[]): string {
  return execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString()
}

function setUp (): string | null {
  if (process.getuid?.() !== 0) return 'not root: cannot create network namespaces'
  try {
    ip('netns', 'add', NS)
  } catch (err) {
    return `ip netns add failed: ${(err as { stderr?: Buffer }).stderr?.toString().trim() ?? (err as Error).message}`
  }
  ip('link', 'add', HOST_IF, 'type', 'veth', 'peer', 'name', NS_IF)
  ip('link', 'set', NS_IF, 'netns', NS)
  ip('addr', 'add', `${HOST_IP}/30`, 'dev', HOST_IF)
  ip('link', 'set', HOST_IF, 'up')
  ip('netns', 'exec', NS, 'ip', 'addr', 'add', `${NS_IP}/30`, 'dev', NS_IF)
  ip('netns', 'exec', NS, 'ip', 'link', 'set', NS_IF, 'up')
  ip('netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up')
  return null
}

function tearDown (): void {
  try { ip('netns', 'del', NS) } catch { /* already gone */ }
  try { ip('link', 'del', HOST_IF) } catch { /* went with the namespace */ }
}

/** tc netem on both ends; null when the kernel has no netem (then the run goes on without it). */
function netem (): string | null {
  try {
    execFileSync('tc', ['qdisc', 'add', 'dev', HOST_IF, 'root', 'netem', 'delay', '2ms', 'loss', '0.5%'], { stdio: 'pipe' })
    ip('netns', 'exec', NS, 'tc', 'qdisc', 'add', 'dev', NS_IF, 'root', 'netem', 'delay', '2ms', 'loss', '0.5%')
    return null
  } catch (err) {
    return `tc netem unavailable (${(err as { stderr?: Buffer }).stderr?.toString().trim() ?? (err as Error).message})`
  }
}

const skip = setUp()
t.teardown(tearDown)

t.test('daemons in two network namespaces: a link taken down mid-postcopy recovers and the VM verifies', { skip: skip ?? false }, async t => {
  const noNetem = netem()
  if (noNetem !== null) t.comment(`${noNetem}: running without added delay and loss`)
  const secret = randomBytes(16).toString('hex')
  const src = await spawnDaemon('src', secret, { listen: `${HOST_IP}:0` })
  t.teardown(() => stopDaemon(src, 5000))
  const dst = await spawnDaemon('dst', secret, { listen: `${NS_IP}:0`, wrapper: ['ip', 'netns', 'exec', NS], args: ['--log-level', 'info'] })
  t.teardown(() => stopDaemon(dst, 5000))
  const req: VmRequest = { id: 'ns-vm', memoryMiB: 16, vcpus: 2, fill: 'pattern', workload: { kind: 'mixed', steps: 2_000_000, compute: 80, seed: 23 } }
  const ref = await runReference(new SimBackend({ log: silentLog() }), buildSpec(req))
  await src.client.post('/v1/vms', req)
  const m0 = await src.client.post<MigrationView>('/v1/migrations', { vm: req.id, destination: dst.url, maxBandwidthMBps: 8 })
  const get = (): Promise<MigrationView> => src.client.get<MigrationView>(`/v1/migrations/${m0.id}`)
  let m = await get()
  while (m.state !== 'postcopy' && m.state !== 'completed') { await sleep(20); m = await get() }
  t.equal(m.state, 'postcopy', 'in postcopy')
  // Take the link down for longer than a TCP retransmit, then bring it back.
  ip('link', 'set', HOST_IF, 'down')
  while (m.state === 'postcopy') { await sleep(50); m = await get() }
  t.match(m.state, /postcopy-(paused|recovering)/, `the source noticed: ${m.state}`)
  await sleep(300)
  ip('link', 'set', HOST_IF, 'up')
  while (m.state !== 'completed' && m.state !== 'failed') { await sleep(100); m = await get() }
  t.equal(m.state, 'completed', 'completed after the link came back')
  t.ok(m.recoveries >= 1, `recovered ${m.recoveries} time(s)`)
  let v = await dst.client.get<VmView>(`/v1/vms/${req.id}`)
  while (v.state !== 'halted' && v.state !== 'stopped') { await sleep(100); v = await dst.client.get<VmView>(`/v1/vms/${req.id}`) }
  const got = await dst.client.get<{ digest: string, results: VcpuRegs[] }>(`/v1/vms/${req.id}/digest`)
  t.same(got.results, ref.results, 'results equal a run never migrated')
  t.equal(got.digest, ref.digest, 'memory equal')
})
