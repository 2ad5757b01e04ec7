// GET /metrics: the Prometheus text exposition, open like the probes.
import type { FastifyPluginAsync } from 'fastify'
import type { Metrics } from '../../common/metrics.js'

export const metricsRoutes: FastifyPluginAsync<{ metrics: Metrics }> = async (app, { metrics }) => {
  app.get('/metrics', {
    schema: {
      summary: 'Prometheus metrics (text exposition format 0.0.4); see docs/metrics.md',
      tags: ['health'],
      produces: ['text/plain'],
      response: { 200: { type: 'string', description: 'Prometheus text format' } }
    }
  }, async (_req, reply) => {
    const text = await metrics.scrape()
    return reply.type(metrics.contentType).send(text)
  })
}
