// The REST surface and the daemon state behind it.
export { buildServer, VERSION, type ServerDeps } from './server.js'
export { Host, type VmView, type MigrateRequest, type VmState, type CreateVmRequest } from './host.js'
export { createHostMetrics, hostMetricsSource, type HostMetricsOptions } from './metrics-source.js'
