// /v1/vms: create, list, inspect and delete VMs on this daemon.
import type { FastifyPluginAsync } from 'fastify'
import type { Host, CreateVmRequest } from '../host.js'
import { PCD_ERR_VM_BAD_STATE } from '../../common/errors.js'
import { createVmBody, digestSchema, errorResponses, idParams } from '../schemas.js'

export const vmRoutes: FastifyPluginAsync<{ host: Host }> = async (app, { host }) => {
  app.post<{ Body: CreateVmRequest }>('/v1/vms', {
    schema: {
      summary: 'Create a VM and start its vCPUs',
      tags: ['vms'],
      body: createVmBody,
      response: { 201: { $ref: 'Vm#' }, ...errorResponses }
    }
  }, async (req, reply) => {
    const view = await host.createVm(req.body)
    return reply.code(201).send(view)
  })

  app.get('/v1/vms', {
    schema: { summary: 'List VMs', tags: ['vms'], response: { 200: { type: 'array', items: { $ref: 'Vm#' } } } }
  }, async () => host.listVms())

  app.get<{ Params: { id: string } }>('/v1/vms/:id', {
    schema: { summary: 'One VM: state, per-vCPU progress, diagnosis', tags: ['vms'], params: idParams, response: { 200: { $ref: 'Vm#' }, ...errorResponses } }
  }, async req => host.vmView(req.params.id))

  app.get<{ Params: { id: string } }>('/v1/vms/:id/digest', {
    schema: {
      summary: 'SHA-256 of guest memory and the final vCPU registers (only when the VM is halted or stopped)',
      tags: ['vms'],
      params: idParams,
      response: { 200: digestSchema, ...errorResponses }
    }
  }, async req => {
    const view = host.vmView(req.params.id)
    if (view.state !== 'halted' && view.state !== 'stopped') throw new PCD_ERR_VM_BAD_STATE('digest', view.state)
    return { id: view.id, digest: host.guestVm(view.id).memory.digest(), results: view.results }
  })

  app.delete<{ Params: { id: string } }>('/v1/vms/:id', {
    schema: { summary: 'Destroy a VM', tags: ['vms'], params: idParams, response: { 204: { type: 'null' }, ...errorResponses } }
  }, async (req, reply) => {
    await host.deleteVm(req.params.id)
    return reply.code(204).send()
  })
}
