// Builds one postcopyd from a Config: logger, backend, host, server. The
// composition root (postcopyd.ts) and the tests both start daemons through it.
import type { FastifyInstance } from 'fastify'
import type { Config } from '../common/config.js'
import { createLogger, type Logger } from '../common/log.js'
import { SimBackend, FaultInjectingBackend } from '../guest/index.js'
import type { Metrics } from '../common/metrics.js'
import { Host, VERSION, buildServer, createHostMetrics } from '../api/index.js'

export interface Daemon {
  config: Config
  log: Logger
  host: Host
  app: FastifyInstance
  /** This daemon's registry, served at /metrics. */
  metrics: Metrics
  /** http://host:port once listening. */
  url: string
  close (): Promise<void>
}

export async function startDaemon (config: Config, log: Logger = createLogger(config.log)): Promise<Daemon> {
  // The injection decorator acts only on VMs the API armed, which needs --enable-fault-injection.
  const backend = new FaultInjectingBackend(new SimBackend({ log }), log)
  const host = new Host({ config, log, backend })
  const metrics = createHostMetrics(host, { version: VERSION })
  const app = await buildServer({ host, log, metrics })
  await app.listen({ host: config.listen.host, port: config.listen.port })
  const addr = app.server.address()
  const port = typeof addr === 'object' && addr !== null ? addr.port : config.listen.port
  const h = config.listen.host.includes(':') ? `[${config.listen.host}]` : config.listen.host
  let closing: Promise<void> | undefined
  return {
    config,
    log,
    host,
    app,
    metrics,
    url: `http://${h}:${port}`,
    close () {
      // app.close() runs the onClose hook: peer channels, then the host and its VMs.
      closing ??= app.close()
      return closing
    }
  }
}
