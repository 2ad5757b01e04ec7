import t from 'tap'
import { once } from 'node:events'
import { SimBackend, buildSpec, PAGE_SIZE, type FaultExit } from '../../../services/guest/index.js'
import { FaultHandler, Watchdog } from '../../../services/destination/index.js'
import { makeConfig } from '../../../services/common/config.js'
import { silentLog } from '../../helpers/log.js'

const backend = new SimBackend({ log: silentLog() })
const cfg = makeConfig().watchdog

t.test('4 vCPUs hammering one absent page make exactly one request; all resume on its install', async t => {
  const spec = buildSpec({ id: 'hammer', memoryMiB: 1, vcpus: 4, workload: { kind: 'shared', hotFraction: 0.001, steps: 10_000, seed: 2 } })
  const src = backend.createVm(spec, { incoming: false })
  const vm = backend.createVm(spec, { incoming: true })
  t.teardown(() => Promise.all([src.destroy(), vm.destroy()]))
  // Every page but the shared one is already here.
  const shared = (vm.memory.totalPages - 1) * PAGE_SIZE
  for (let i = 0; i < vm.memory.totalPages - 1; i++) vm.memory.install(i * PAGE_SIZE, src.memory.page(i * PAGE_SIZE))
  const sent: number[] = []
  const watchdog = new Watchdog(cfg, vm.memory)
  const fh = new FaultHandler({ vm, watchdog, cfg, log: silentLog(), sendRequest: gpa => { sent.push(gpa); return true } })
  t.teardown(() => fh.close())
  const exits: FaultExit[] = []
  let allExited: () => void
  const four = new Promise<void>(resolve => { allExited = resolve })
  vm.on('exit', e => {
    exits.push(e)
    fh.onExit(e)
    if (new Set(exits.map(x => x.vcpu)).size === 4) allExited()
  })
  const halted = once(vm, 'halted')
  await vm.start()
  // Hold the page back until every vCPU is blocked on it.
  await four
  t.same(sent, [shared], 'one request, for the shared page')
  t.equal(fh.stats.requests, 1)
  t.equal(fh.stats.merged, 3, 'the other three exits joined it')
  t.equal(fh.inflight, 1)
  vm.memory.install(shared, src.memory.page(shared))
  fh.onInstalled(shared)
  await halted
  t.equal(fh.inflight, 0)
  t.equal(exits.length, 4, 'no vCPU faulted again after the install')
  t.equal(watchdog.counts.absent, 4)
})
