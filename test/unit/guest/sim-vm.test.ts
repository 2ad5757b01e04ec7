import t from 'tap'
import { once } from 'node:events'
import { SimBackend, buildSpec, runReference, PAGE_SIZE, FAULT_FLAG, type FaultExit, type VcpuRegs, type SimVm } from '../../../services/guest/index.js'
import { silentLog } from '../../helpers/log.js'

const backend = new SimBackend({ log: silentLog() })

t.test('a run is deterministic: same seed, same results and digest', async t => {
  const spec = buildSpec({ id: 'det', memoryMiB: 8, vcpus: 2, workload: { kind: 'mixed', steps: 200_000, seed: 3 }, fill: 'pattern' })
  const a = await runReference(backend, spec)
  const b = await runReference(backend, spec)
  t.same(a.results, b.results)
  t.equal(a.digest, b.digest)
  t.ok(a.results.every(r => r.done && r.step === 200_000))
  const other = await runReference(backend, buildSpec({ id: 'det2', memoryMiB: 8, vcpus: 2, workload: { kind: 'mixed', steps: 200_000, seed: 4 }, fill: 'pattern' }))
  t.not(other.digest, a.digest, 'another seed gives other memory')
})

t.test('pause returns registers; a second VM started from them ends equal to one never paused', async t => {
  for (const kind of ['scan', 'random', 'hotset', 'mixed'] as const) {
    const spec = buildSpec({ id: `p-${kind}`, memoryMiB: 4, vcpus: 2, workload: { kind, steps: 300_000, seed: 11, writeRatio: 0.5 }, fill: 'pattern' })
    const ref = await runReference(backend, spec)
    const vm = backend.createVm(spec, { incoming: false })
    t.teardown(() => vm.destroy())
    await vm.start()
    const regs = await vm.pause()
    t.equal(vm.state, regs.every(r => r.done) ? 'halted' : 'paused')
    // Copy memory into a fresh VM and continue from the saved registers.
    const vm2 = backend.createVm(spec, { incoming: true })
    t.teardown(() => vm2.destroy())
    for (let i = 0; i < vm.memory.totalPages; i++) {
      const gpa = vm.memory.pageGpa(i)
      vm2.memory.install(gpa, vm.memory.page(gpa))
    }
    const halted = once(vm2, 'halted') as Promise<[VcpuRegs[]]>
    await vm2.start(regs)
    const [results] = await halted
    t.same(results, ref.results, `${kind}: results equal`)
    t.equal(vm2.memory.digest(), ref.digest, `${kind}: digest equal`)
  }
})

t.test('an absent page gives a memory-fault exit; the vCPU retries after install', async t => {
  const spec = buildSpec({ id: 'fault', memoryMiB: 1, vcpus: 1, workload: { kind: 'scan', steps: 600, writeRatio: 0.5, seed: 5 }, fill: 'pattern' })
  const ref = await runReference(backend, spec)
  const src = backend.createVm(spec, { incoming: false })
  const dst: SimVm = backend.createVm(spec, { incoming: true })
  t.teardown(() => Promise.all([src.destroy(), dst.destroy()]))
  const exits: FaultExit[] = []
  dst.on('exit', e => {
    exits.push(e)
    dst.memory.install(e.gpa, src.memory.page(e.gpa))
    dst.resolve(e.vcpu, 'retry')
  })
  const halted = once(dst, 'halted') as Promise<[VcpuRegs[]]>
  await dst.start()
  const [results] = await halted
  t.same(results, ref.results)
  t.equal(exits.length, 256, 'one exit per page of the 1 MiB scan')
  t.match(exits[0], { reason: 'MEMORY_FAULT', vcpu: 0, gpa: 0, size: PAGE_SIZE })
  t.ok(exits.every(e => e.gpa % PAGE_SIZE === 0 && (e.flags === FAULT_FLAG.READ || e.flags === FAULT_FLAG.WRITE)))
  t.equal(dst.vcpus()[0]!.exits, 256)
  t.equal(dst.faultLatenciesUs().length, 256)
})

t.test('stop ends a vCPU blocked in an exit', async t => {
  const spec = buildSpec({ id: 'stop', memoryMiB: 1, vcpus: 2, workload: { kind: 'random', steps: 1000 } })
  const vm = backend.createVm(spec, { incoming: true })
  t.teardown(() => vm.destroy())
  const first = once(vm, 'exit')
  await vm.start()
  await first
  const regs = await vm.stop()
  t.equal(vm.state, 'stopped')
  t.ok(regs.every(r => !r.done))
})

t.test('6 GiB of guest RAM in memslots, sparse workload', async t => {
  const spec = buildSpec({ id: 'big', memoryMiB: 6 * 1024, memslotMiB: 1024, vcpus: 2, workload: { kind: 'random', steps: 20_000, writeRatio: 0.5, seed: 9 } })
  t.equal(spec.memslots.length, 6)
  const vm = backend.createVm(spec, { incoming: false })
  t.teardown(() => vm.destroy())
  const halted = once(vm, 'halted') as Promise<[VcpuRegs[]]>
  await vm.start()
  const [results] = await halted
  t.ok(results.every(r => r.done && r.writes > 0))
  // Writes land in every memslot: the partition spans them all.
  let touchedSlots = 0
  for (const s of vm.memory.slots) {
    let any = false
    for (let p = 0; p < s.pages && !any; p += 1) if (!vm.memory.isZeroPage(s.base + p * PAGE_SIZE)) any = true
    if (any) touchedSlots++
  }
  t.equal(touchedSlots, 6)
})
