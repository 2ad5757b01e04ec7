// Fault injection: a decorator around any guest backend that makes a VM take
// the exits no page install can fix, so the watchdog can be shown to stop them.
// Only a daemon started with --enable-fault-injection lets the API arm it.
import type { Logger } from '../common/log.js'
import { hex } from '../common/log.js'
import { PCD_ERR_VM_BAD_SPEC } from '../common/errors.js'
import type { GuestBackend, GuestVm, CreateVmOptions, FaultExit } from './backend.js'
import type { VmSpec } from './spec.js'
import { PAGE_SIZE, GiB } from './spec.js'
import { FAULT_FLAG } from './sim/vcpu-control.js'

/** Fault classes that can be injected. 'absent' is the normal run. */
export const INJECTABLE = [
  'present-refault', 'loop', 'no-memslot', 'permission', 'unannotated', 'corrupt', 'source-missing', 'stalled'
] as const
export type InjectClass = typeof INJECTABLE[number]

/** Classes the source's page server produces (on the wire); the others the destination's guest. */
export const SOURCE_SIDE: readonly InjectClass[] = ['corrupt', 'source-missing', 'stalled']

export function isInjectClass (v: unknown): v is InjectClass {
  return typeof v === 'string' && (INJECTABLE as readonly string[]).includes(v)
}

/** Checks that the VM can take this injection (permission needs a read-only memslot). */
export function checkInjectable (spec: VmSpec, cls: InjectClass): void {
  if (cls === 'permission' && !spec.memslots.some(m => m.readonly)) {
    throw new PCD_ERR_VM_BAD_SPEC("injecting 'permission' needs a read-only memslot (memslots: [{ sizeMiB, readonly: true }])")
  }
}

export class FaultInjectingBackend implements GuestBackend {
  readonly name: string
  #inner: GuestBackend
  #log: Logger

  constructor (inner: GuestBackend, log: Logger) {
    this.#inner = inner
    this.name = inner.name
    this.#log = log.child({ component: 'fault-injection' })
  }

  createVm (spec: VmSpec, opts: CreateVmOptions): GuestVm {
    const vm = this.#inner.createVm(spec, opts)
    const cls = opts.inject
    if (cls !== undefined && opts.incoming && !SOURCE_SIDE.includes(cls)) {
      checkInjectable(spec, cls)
      arm(vm, cls, this.#log.child({ vm: spec.id, inject: cls }))
    }
    return vm
  }

  close (): Promise<void> { return this.#inner.close() }
}

/** Arms a destination-side injection on an incoming VM. */
function arm (vm: GuestVm, cls: InjectClass, log: Logger): void {
  const start = vm.start.bind(vm)
  const forced = (gpa: number, flags: number) => {
    vm.start = async regs => {
      await start(regs)
      const v = regs?.findIndex(r => !r.done) ?? 0
      vm.injection.forceExit(Math.max(0, v), gpa, flags)
      log.warn({ gpa: Number.isNaN(gpa) ? 'none' : hex(gpa) }, 'fault injection armed: forced exit')
    }
  }
  switch (cls) {
    case 'no-memslot': {
      const last = vm.spec.memslots[vm.spec.memslots.length - 1]!
      forced(last.base + last.size + GiB, FAULT_FLAG.READ)
      return
    }
    case 'permission':
      forced(vm.spec.memslots.find(m => m.readonly)!.base, FAULT_FLAG.WRITE)
      return
    case 'unannotated':
      forced(NaN, 0)
      return
    case 'present-refault':
    case 'loop': {
      // The first page the guest faults on becomes the target; what happens after
      // its install depends on the class.
      let target = NaN
      const onExit = (e: FaultExit): void => {
        if (!Number.isNaN(target) || !Number.isFinite(e.gpa)) return
        target = e.gpa - (e.gpa % PAGE_SIZE)
        log.warn({ gpa: hex(target) }, 'fault injection target chosen')
      }
      vm.prependListener('exit', onExit)
      const memory = vm.memory
      const install = memory.install.bind(memory)
      memory.install = (gpa, src) => {
        const done = install(gpa, src)
        if (done && gpa === target) {
          if (cls === 'present-refault') {
            // The page is present, yet the vCPU will fault on it again.
            vm.injection.spuriousFault(gpa)
          } else {
            // Installed, then unmapped behind our back: every retry faults again.
            memory.evict(gpa)
          }
        }
        return done
      }
      return
    }
    case 'corrupt':
    case 'source-missing':
    case 'stalled':
      return
    default: {
      const never: never = cls
      throw new Error(`unknown injection ${String(never)}`)
    }
  }
}
