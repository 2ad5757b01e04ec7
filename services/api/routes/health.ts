// Liveness and readiness.
import type { FastifyPluginAsync } from 'fastify'
import type { Host } from '../host.js'

export const healthRoutes: FastifyPluginAsync<{ host: Host, version: string }> = async (app, { host, version }) => {
  app.get('/healthz', {
    schema: {
      summary: 'Liveness, and what this daemon runs',
      tags: ['health'],
      response: {
        200: {
          type: 'object',
          properties: {
            status: { type: 'string' },
            version: { type: 'string' },
            node: { type: 'string' },
            backend: { type: 'string' },
            vms: { type: 'integer' },
            migrations: { type: 'integer' },
            uptimeS: { type: 'number' }
          }
        }
      }
    }
  }, async () => ({
    status: 'ok',
    version,
    node: host.config.log.nodeName,
    backend: host.backend.name,
    vms: host.listVms().length,
    migrations: host.listMigrations().length,
    uptimeS: Math.round(process.uptime())
  }))

  app.get('/readyz', {
    schema: {
      summary: 'Ready to take VMs and migrations',
      tags: ['health'],
      response: { 200: { type: 'object', properties: { status: { type: 'string' } } } }
    }
  }, async () => ({ status: 'ready' }))
}
