// /v1/migrations: start an outgoing migration and follow either direction.
import type { FastifyPluginAsync } from 'fastify'
import type { Host, MigrateRequest } from '../host.js'
import { errorResponses, idParams, migrateBody, recoverBody } from '../schemas.js'

export const migrationRoutes: FastifyPluginAsync<{ host: Host }> = async (app, { host }) => {
  app.post<{ Body: MigrateRequest }>('/v1/migrations', {
    schema: {
      summary: 'Migrate a VM to another daemon',
      description: 'Answers 202 once the destination has accepted the VM (channels up, memory allocated); the migration then runs on. A destination that cannot be reached or refuses gives an error and the VM keeps running here.',
      tags: ['migrations'],
      body: migrateBody,
      response: { 202: { $ref: 'Migration#' }, ...errorResponses }
    }
  }, async (req, reply) => {
    const view = await host.migrate(req.body)
    return reply.code(202).send(view)
  })

  app.get('/v1/migrations', {
    schema: { summary: 'List migrations, both directions', tags: ['migrations'], response: { 200: { type: 'array', items: { $ref: 'Migration#' } } } }
  }, async () => host.listMigrations())

  app.get<{ Params: { id: string } }>('/v1/migrations/:id', {
    schema: {
      summary: 'One migration: state, pages per channel, faults, timings',
      tags: ['migrations'],
      params: idParams,
      response: { 200: { $ref: 'Migration#' }, ...errorResponses }
    }
  }, async req => host.migrationView(req.params.id))

  app.post<{ Params: { id: string }, Body: { destination?: string } | null }>('/v1/migrations/:id/recover', {
    schema: {
      summary: 'Reconnect a postcopy-paused migration now, optionally toward a new destination address',
      description: 'A paused migration reconnects on its own with backoff; this retries at once (and after the automatic retries gave up).',
      tags: ['migrations'],
      params: idParams,
      body: recoverBody,
      response: { 202: { $ref: 'Migration#' }, ...errorResponses }
    }
  }, async (req, reply) => {
    const view = host.recover(req.params.id, req.body?.destination)
    return reply.code(202).send(view)
  })

  app.post<{ Params: { id: string } }>('/v1/migrations/:id/switchover', {
    schema: {
      summary: 'Switch a precopy or hybrid migration to postcopy now',
      tags: ['migrations'],
      params: idParams,
      response: { 202: { $ref: 'Migration#' }, ...errorResponses }
    }
  }, async (req, reply) => reply.code(202).send(host.switchover(req.params.id)))

  app.post<{ Params: { id: string } }>('/v1/migrations/:id/cancel', {
    schema: {
      summary: 'Cancel a migration before switchover; the VM keeps running on the source',
      description: 'After switchover the VM lives on the destination and cancel is refused with PCD_ERR_MIGRATION_BAD_STATE.',
      tags: ['migrations'],
      params: idParams,
      response: { 202: { $ref: 'Migration#' }, ...errorResponses }
    }
  }, async (req, reply) => reply.code(202).send(host.cancel(req.params.id)))
}
