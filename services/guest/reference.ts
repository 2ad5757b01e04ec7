// The run never migrated: the same VM, on one host, to the end. Migrated runs
// are checked against it.
import { once } from 'node:events'
import type { GuestBackend } from './backend.js'
import type { VmSpec } from './spec.js'
import type { VcpuRegs } from './regs.js'

export interface RunResult {
  results: VcpuRegs[]
  digest: string
}

export async function runReference (backend: GuestBackend, spec: VmSpec): Promise<RunResult> {
  const vm = backend.createVm(spec, { incoming: false })
  try {
    const halted = once(vm, 'halted') as Promise<[VcpuRegs[]]>
    await vm.start()
    const [results] = await halted
    return { results, digest: vm.memory.digest() }
  } finally {
    await vm.destroy()
  }
}
