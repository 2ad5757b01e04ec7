// The floor under fault latency without any network: a sim VM in this process
// whose exits are answered at once (install a page, resolve). What is left is
// the vCPU -> main thread -> vCPU hand-off plus one fresh page install.
import { setTimeout as sleep } from 'node:timers/promises'
import { createLogger } from '../../services/common/log.js'
import { percentiles, type Percentiles } from '../../services/common/stats.js'
import { SimBackend, buildSpec, PAGE_SIZE } from '../../services/guest/index.js'

export async function localFaultLoop (o: { vcpus: number, memoryMiB: number, windowMs: number }): Promise<{ latencyUs: Percentiles, faultRatePerS: number }> {
  const backend = new SimBackend({ log: createLogger({ level: 'silent', nodeName: 'bench' }) })
  const spec = buildSpec({
    id: 'bench-local', memoryMiB: o.memoryMiB, vcpus: o.vcpus, fill: 'zero',
    workload: { kind: 'random', steps: 1e11, writeRatio: 0.3, seed: 11, compute: 20 }
  })
  const vm = backend.createVm(spec, { incoming: true })
  const page = new Uint8Array(PAGE_SIZE).fill(0x5a)
  vm.on('exit', e => {
    vm.memory.install(e.gpa - (e.gpa % PAGE_SIZE), page)
    vm.resolve(e.vcpu, 'retry')
  })
  try {
    await vm.start()
    await sleep(o.windowMs)
    const lat = vm.faultLatenciesUs()
    return { latencyUs: percentiles(lat), faultRatePerS: Math.round(lat.length / (o.windowMs / 1000)) }
  } finally {
    await vm.destroy()
  }
}
