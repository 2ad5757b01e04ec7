// The guest engine's public surface.
export * from './spec.js'
export * from './regs.js'
export type * from './backend.js'
export { SimBackend } from './sim/sim-backend.js'
export { SimVm } from './sim/sim-vm.js'
export { SimMemory } from './sim/memory.js'
export { FAULT_FLAG } from './sim/vcpu-control.js'
export { runReference, type RunResult } from './reference.js'
