// buildServer: a ready, un-listened fastify instance with every route, the
// error format, and the peer channels on the same HTTP server.
import { readFileSync } from 'node:fs'
import Fastify, { LogController, type FastifyInstance, type FastifyError, type FastifyBaseLogger } from 'fastify'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { Logger } from '../common/log.js'
import type { Metrics } from '../common/metrics.js'
import { tokenMatches } from '../common/auth.js'
import { isPcdError, PCD_ERR_API_NOT_FOUND, PCD_ERR_API_UNAUTHORIZED, PCD_ERR_API_VALIDATION } from '../common/errors.js'
import type { Host } from './host.js'
import { attachPeerChannels } from './channels.js'
import { errorSchema, migrationSchema, vmSchema } from './schemas.js'
import { vmRoutes } from './routes/vms.js'
import { migrationRoutes } from './routes/migrations.js'
import { healthRoutes } from './routes/health.js'
import { metricsRoutes } from './routes/metrics.js'
import { createHostMetrics } from './metrics-source.js'

export const VERSION: string = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version

export interface ServerDeps {
  host: Host
  log: Logger
  /** The daemon's metrics, served at /metrics. Default: a registry of its own, without process metrics. */
  metrics?: Metrics
}

/** Paths served without the bearer token: probes and scrapes. */
const OPEN_PATHS = new Set(['/healthz', '/readyz', '/metrics'])
const OPEN_PREFIX = '/docs'

export async function buildServer (deps: ServerDeps): Promise<FastifyInstance> {
  const { host } = deps
  const token = host.config.apiToken
  const app = Fastify({
    loggerInstance: deps.log.child({ component: 'api' }) as FastifyBaseLogger,
    bodyLimit: 64 * 1024,
    // Progress is polled; one log line per request would drown the migration's own lines.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
    // A URL fastify cannot decode (FST_ERR_BAD_URL) never reaches the error handler:
    // answer it in our format too.
    frameworkErrors: (err, _req, res) => {
      // The reply's generics are per route; this one has none.
      const reply = res as unknown as { code (n: number): { send (b: unknown): unknown } }
      const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400
      const e = new PCD_ERR_API_VALIDATION(err.message)
      void reply.code(status).send({ statusCode: status, code: e.code, error: httpReason(status), message: e.message })
    }
  })
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'postcopyd',
        version: VERSION,
        description: 'Postcopy live migration of running VMs between paired daemons. Errors carry a stable code (PCD_ERR_*); see docs/errors in the repository.'
      },
      components: token === '' ? {} : { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(token === '' ? {} : { security: [{ bearer: [] }] })
    }
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })
  app.addSchema(errorSchema)
  app.addSchema(vmSchema)
  app.addSchema(migrationSchema)

  if (token !== '') {
    app.addHook('onRequest', async req => {
      const path = req.url.split('?')[0] ?? ''
      if (OPEN_PATHS.has(path) || path.startsWith(OPEN_PREFIX)) return
      const h = req.headers.authorization
      const presented = typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7) : undefined
      if (!tokenMatches(token, presented)) {
        req.log.info({ url: req.url, remote: req.ip }, 'api request refused: bad token')
        throw new PCD_ERR_API_UNAUTHORIZED()
      }
    })
  }

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation !== undefined) {
      const e = new PCD_ERR_API_VALIDATION(err.message)
      return reply.code(400).send({ statusCode: 400, code: e.code, error: 'Bad Request', message: e.message })
    }
    if (isPcdError(err)) {
      const status = err.statusCode ?? 500
      if (status >= 500) req.log.error({ err, code: err.code }, 'request failed')
      else req.log.info({ code: err.code, err: err.message }, 'request refused')
      return reply.code(status).send({ statusCode: status, code: err.code, error: httpReason(status), message: err.message })
    }
    const status = err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500
    if (status === 500) req.log.error({ err }, 'unexpected error')
    // fastify's own client errors (bad JSON, body too large, bad content type) keep their
    // status under one of our codes.
    const code = status === 500 ? 'PCD_ERR_INTERNAL' : 'PCD_ERR_API_VALIDATION'
    return reply.code(status).send({ statusCode: status, code, error: httpReason(status), message: status === 500 ? 'Internal error' : err.message })
  })
  app.setNotFoundHandler((req, reply) => {
    const e = new PCD_ERR_API_NOT_FOUND(req.method, req.url.split('?')[0] ?? '')
    return reply.code(404).send({ statusCode: 404, code: e.code, error: 'Not Found', message: e.message })
  })

  await app.register(healthRoutes, { host, version: VERSION })
  await app.register(metricsRoutes, { metrics: deps.metrics ?? createHostMetrics(host, { version: VERSION, processMetrics: false }) })
  await app.register(vmRoutes, { host })
  await app.register(migrationRoutes, { host })

  const peers = attachPeerChannels(app.server, host, deps.log)
  app.addHook('onClose', async () => {
    await peers.close()
    await host.close()
  })
  await app.ready()
  return app
}

function httpReason (status: number): string {
  const reasons: Record<number, string> = {
    400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large',
    415: 'Unsupported Media Type', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 504: 'Gateway Timeout'
  }
  return reasons[status] ?? 'Error'
}
