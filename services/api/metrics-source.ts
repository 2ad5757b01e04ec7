// Adapts a Host to what the metrics read, and builds the daemon's Metrics: the
// metrics module (common) cannot know the Host, the guest or the watchdog.
import { Metrics, type MetricsSource } from '../common/metrics.js'
import { TERMINAL_STATES } from '../common/migration-view.js'
import { FAULT_CLASSES } from '../destination/index.js'
import type { Host, VmState } from './host.js'

const VM_STATES: readonly VmState[] = ['created', 'running', 'paused', 'halted', 'stopped', 'incoming', 'migrating']

export function hostMetricsSource (host: Host): MetricsSource {
  return {
    migrations: () => host.listMigrations(),
    vms: () => host.listVms().map(v => {
      const vm = host.guestVm(v.id)
      return {
        id: v.id,
        instance: vm,
        state: v.state,
        vcpus: v.vcpus,
        ...(vm.faultLatenciesSince === undefined ? {} : { latenciesSince: (c: readonly number[]) => vm.faultLatenciesSince!(c) })
      }
    }),
    requestsInFlight: () => host.listMigrations()
      .filter(m => m.role === 'destination' && !TERMINAL_STATES.includes(m.state))
      .reduce((n, m) => n + (host.incoming(m.id)?.requestsInFlight ?? 0), 0)
  }
}

export interface HostMetricsOptions {
  version: string
  /** prom-client's process_* and nodejs_* metrics. Default: true. */
  processMetrics?: boolean
}

/** The Metrics of one daemon, with its own registry. */
export function createHostMetrics (host: Host, opts: HostMetricsOptions): Metrics {
  return new Metrics({
    source: hostMetricsSource(host),
    processMetrics: opts.processMetrics ?? true,
    build: { version: opts.version, node: host.config.log.nodeName, backend: host.backend.name },
    faultClasses: FAULT_CLASSES,
    vmStates: VM_STATES
  })
}
