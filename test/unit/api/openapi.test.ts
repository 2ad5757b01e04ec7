// The OpenAPI document at /docs/json: an OpenAPI 3.0 document that lists every
// route with its schemas, and whose references all resolve.
import t from 'tap'
import { startTestDaemon } from '../../helpers/daemon.js'
import SwaggerParser from '@apidevtools/swagger-parser'
import { VERSION } from '../../../services/api/index.js'

type Obj = Record<string, any>

/** The routes the API serves; the document must describe each. */
const ROUTES: Array<[string, string]> = [
  ['get', '/healthz'], ['get', '/readyz'], ['get', '/metrics'],
  ['post', '/v1/vms'], ['get', '/v1/vms'], ['get', '/v1/vms/{id}'], ['delete', '/v1/vms/{id}'], ['get', '/v1/vms/{id}/digest'],
  ['post', '/v1/migrations'], ['get', '/v1/migrations'], ['get', '/v1/migrations/{id}']
]
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/** Every $ref in a value, with where it was found. */
function refs (v: unknown, at: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(v)) v.forEach((x, i) => refs(x, `${at}/${i}`, out))
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string') out.push([at, x])
      else refs(x, `${at}/${k}`, out)
    }
  }
  return out
}

function resolve (doc: Obj, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined
  return ref.slice(2).split('/').map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Obj)[k] : undefined), doc)
}

t.test('the OpenAPI document describes every route', async t => {
  const d = await startTestDaemon(t)
  const res = await d.api<Obj>('GET', '/docs/json')
  t.equal(res.status, 200)
  const doc = res.body
  t.match(doc.openapi, /^3\.0\.\d+$/, 'OpenAPI 3.0')
  t.match(doc.info, { title: 'postcopyd', version: VERSION })
  t.type(doc.paths, 'object')

  for (const [method, path] of ROUTES) t.type(doc.paths[path]?.[method], 'object', `${method.toUpperCase()} ${path} documented`)

  for (const [path, item] of Object.entries(doc.paths as Obj)) {
    t.match(path, /^\//, `${path}: absolute`)
    const params = [...path.matchAll(/\{([^}]+)\}/g)].map(m => m[1])
    for (const [method, op] of Object.entries(item as Obj)) {
      if (!METHODS.has(method)) continue
      const name = `${method.toUpperCase()} ${path}`
      t.type(op.summary, 'string', `${name}: summary`)
      const responses = Object.entries((op.responses ?? {}) as Obj)
      t.ok(responses.some(([code]) => /^2\d\d$/.test(code)), `${name}: a 2xx response`)
      for (const [code, r] of responses) {
        t.type(r.description, 'string', `${name} ${code}: description (required by OpenAPI)`)
        if (code !== '204') t.ok(r.content !== undefined && Object.values(r.content as Obj).every((c: Obj) => typeof c.schema === 'object'), `${name} ${code}: a schema`)
      }
      for (const p of params) {
        t.ok((op.parameters as Obj[] | undefined)?.some(x => x.in === 'path' && x.name === p && x.required === true), `${name}: path parameter ${p}`)
      }
      // Creating something takes a body; actions on a migration (switchover, cancel,
      // recover) take none or an optional one.
      const action = /\/(switchover|cancel|recover)$/.test(path)
      if (method === 'post' && !action) {
        t.type(op.requestBody?.content?.['application/json']?.schema, 'object', `${name}: JSON request body schema`)
        t.equal(op.requestBody?.required, true, `${name}: body required`)
      }
      if (method === 'post' && action && op.requestBody !== undefined) {
        t.type(op.requestBody.content?.['application/json']?.schema, 'object', `${name}: optional body has a schema`)
      }
      if (path.startsWith('/v1/')) {
        const errors = responses.filter(([code]) => /^[45]\d\d$/.test(code))
        if (errors.length > 0) {
          for (const [code, r] of errors) {
            const s = r.content?.['application/json']?.schema as Obj
            const target = (s?.$ref !== undefined ? resolve(doc, s.$ref as string) : s) as Obj | undefined
            t.ok(target?.properties?.code !== undefined, `${name} ${code}: the error body carries a code`)
          }
        }
      }
    }
  }

  const unresolved = refs(doc, '#').filter(([, ref]) => resolve(doc, ref) === undefined)
  t.same(unresolved, [], 'every $ref resolves inside the document')

  const vms = doc.paths['/v1/vms'].post
  const body = vms.requestBody.content['application/json'].schema as Obj
  t.equal(body.additionalProperties, false, 'POST /v1/vms refuses unknown fields')
  const created = vms.responses['201']?.content?.['application/json']?.schema as Obj | undefined
  t.ok(created !== undefined, 'POST /v1/vms answers 201 with a VM')
  const migration = doc.paths['/v1/migrations/{id}'].get.responses['200'].content['application/json'].schema as Obj
  const mschema = (migration.$ref !== undefined ? resolve(doc, migration.$ref as string) : migration) as Obj
  for (const f of ['id', 'vm', 'role', 'state', 'pages', 'bytes', 'faults', 'timings']) t.ok(f in mschema.properties, `Migration schema: ${f}`)
  t.same(doc.paths['/metrics'].get.responses['200'].content['text/plain'].schema.type, 'string', '/metrics is text')
})

t.test('with a token, the document declares bearer auth', async t => {
  const d = await startTestDaemon(t, { apiToken: 'openapi-token' })
  const res = await d.api<Obj>('GET', '/docs/json')
  t.equal(res.status, 200, 'the document is open')
  t.match(res.body.components.securitySchemes, { bearer: { type: 'http', scheme: 'bearer' } })
  t.same(res.body.security, [{ bearer: [] }])
})

t.test('the OpenAPI document passes a validator (swagger-parser, against the OpenAPI 3 schema)', async t => {
  const d = await startTestDaemon(t)
  const doc = (await d.api('GET', '/docs/json')).body
  // validate() dereferences in place: give it a copy.
  const checked = await SwaggerParser.validate(structuredClone(doc))
  t.equal((checked as { openapi?: string }).openapi?.startsWith('3.'), true, `OpenAPI ${(checked as { openapi?: string }).openapi ?? '?'} is valid`)
})
