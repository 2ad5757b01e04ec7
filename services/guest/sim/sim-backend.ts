// The embedded guest engine: VMs whose vCPUs are worker threads over shared memory.
import type { Logger } from '../../common/log.js'
import type { GuestBackend, CreateVmOptions } from '../backend.js'
import type { VmSpec } from '../spec.js'
import { SimVm } from './sim-vm.js'

export class SimBackend implements GuestBackend {
  readonly name = 'sim'
  #log: Logger

  constructor (opts: { log: Logger }) {
    this.#log = opts.log.child({ component: 'sim-backend' })
  }

  createVm (spec: VmSpec, opts: CreateVmOptions): SimVm {
    return new SimVm(spec, { incoming: opts.incoming, log: this.#log.child({ vm: spec.id }) })
  }

  async close (): Promise<void> {}
}
