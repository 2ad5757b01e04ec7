import t from 'tap'
import { once } from 'node:events'
import { crc32 } from 'node:zlib'
import { SimBackend, buildSpec, PAGE_SIZE, type FaultExit } from '../../../services/guest/index.js'
import { PageInstaller, type PageOrigin } from '../../../services/destination/index.js'
import { postcopy } from '../../../services/common/wire/codec.js'
import { silentLog } from '../../helpers/log.js'

const backend = new SimBackend({ log: silentLog() })

function batch (source: postcopy.PageSource, pages: Array<[number, Uint8Array]>): postcopy.IPageBatch {
  const data = Buffer.alloc(pages.length * PAGE_SIZE)
  pages.forEach(([, p], i) => data.set(p, i * PAGE_SIZE))
  return { source, gpas: pages.map(([g]) => g), data, crcs: pages.map(([, p]) => crc32(p)) }
}

t.test('a page the guest wrote on the destination is never overwritten by a late background copy', async t => {
  // One vCPU that only writes, over a single page.
  const spec = buildSpec({ id: 'late', memslots: [{ sizeMiB: 1 }], vcpus: 1, workload: { kind: 'scan', steps: 2000, writeRatio: 1, seed: 3 } })
  spec.memslots[0]!.size = PAGE_SIZE * 1 // one page: every access hits gpa 0
  const vm = backend.createVm(spec, { incoming: true })
  t.teardown(() => vm.destroy())
  const installed: Array<[number, PageOrigin]> = []
  const inst = new PageInstaller(vm.memory, { installed: (g, o) => installed.push([g, o]), corrupt: () => t.fail('no corrupt page') }, 64)
  const stale = new Uint8Array(PAGE_SIZE).fill(0xab)
  vm.on('exit', (e: FaultExit) => {
    // The demand copy arrives first; the vCPU resumes and writes the page.
    inst.install(batch(postcopy.PageSource.PAGE_SOURCE_DEMAND, [[e.gpa, stale]]), 'urgent', PAGE_SIZE)
    vm.resolve(e.vcpu, 'retry')
  })
  const halted = once(vm, 'halted')
  await vm.start()
  await halted
  const written = Buffer.from(vm.memory.page(0))
  t.not(Buffer.compare(written, Buffer.from(stale)), 0, 'the guest changed the page')
  // The background copy of the same page, sent before the fault, lands late.
  inst.install(batch(postcopy.PageSource.PAGE_SOURCE_BACKGROUND, [[0, stale]]), 'bulk', PAGE_SIZE)
  t.equal(Buffer.compare(Buffer.from(vm.memory.page(0)), written), 0, 'the guest\'s writes survive')
  t.equal(inst.stats.duplicates, 1, 'the late copy counted as a duplicate')
  t.same(installed, [[0, 'demand']], 'installed once, on demand')
})

t.test('a batch that fails a check installs nothing', async t => {
  const spec = buildSpec({ id: 'bad', memoryMiB: 1, vcpus: 1 })
  const vm = backend.createVm(spec, { incoming: true })
  t.teardown(() => vm.destroy())
  const inst = new PageInstaller(vm.memory, { installed: () => {}, corrupt: () => {} }, 64)
  const page = new Uint8Array(PAGE_SIZE).fill(1)
  const good = batch(postcopy.PageSource.PAGE_SOURCE_BACKGROUND, [[0, page], [PAGE_SIZE, page]])
  const cases: Array<[string, postcopy.IPageBatch]> = [
    ['unaligned gpa', { ...good, gpas: [0, 100] }],
    ['gpa outside every memslot', { ...good, gpas: [0, 1 << 30] }],
    ['short data', { ...good, data: good.data!.subarray(0, PAGE_SIZE) }],
    ['missing checksum', { ...good, crcs: [1] }],
    ['empty batch', { source: postcopy.PageSource.PAGE_SOURCE_BACKGROUND }],
    ['zero page outside memory', { source: postcopy.PageSource.PAGE_SOURCE_BACKGROUND, zeroGpas: [1 << 30] }]
  ]
  for (const [what, b] of cases) {
    t.throws(() => inst.install(b, 'bulk', 0), { code: 'PCD_ERR_WIRE_BAD_PAGE' }, what)
  }
  t.equal(vm.memory.presentCount, 0, 'nothing installed')
  // A page whose checksum does not match is not installed, the rest are.
  let corrupt = 0
  const inst2 = new PageInstaller(vm.memory, { installed: () => {}, corrupt: () => { corrupt++ } }, 64)
  inst2.install({ ...good, crcs: [good.crcs![0]!, good.crcs![1]! ^ 1] }, 'bulk', 0)
  t.equal(corrupt, 1)
  t.ok(vm.memory.isPresent(0))
  t.notOk(vm.memory.isPresent(PAGE_SIZE))
})
