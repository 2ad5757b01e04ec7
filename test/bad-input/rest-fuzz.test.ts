// Hostile REST requests, seeded (FUZZ_SEED): random JSON, wrong types, huge
// numbers, deep nesting, long strings, broken JSON, wrong content types and bad
// path parameters. Each gets a 4xx JSON body with a stable PCD_ERR_ code, never
// a 5xx; afterwards the daemon still creates and migrates a VM correctly.
import t from 'tap'
import { migrateVerified } from '../helpers/verify.js'
import { prng } from '../helpers/rng.js'
import { request } from 'node:http'
import { startDaemonPair } from '../helpers/daemon.js'

const SEED = Number(process.env.FUZZ_SEED ?? 0x7e57)

const rand = prng(SEED)
const int = (n: number): number => Math.floor(rand() * n)
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!

const HUGE = [1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 1.5, -1, 0.000001, 4294967296, 1e12 + 1, -0]
const WEIRD_STRINGS = ['', ' ', '\u0000', '../../etc/passwd', '%00', '😀'.repeat(40), 'a'.repeat(5000), '<script>', 'DROP TABLE', '__proto__', '\ud800']

function randomValue (depth = 0): unknown {
  const r = int(depth > 3 ? 6 : 8)
  switch (r) {
    case 0: return null
    case 1: return rand() < 0.5
    case 2: return pick(HUGE)
    case 3: return int(1e6) - 5e5
    case 4: return pick(WEIRD_STRINGS)
    case 5: return String.fromCharCode(...Array.from({ length: int(40) }, () => 32 + int(90)))
    case 6: return Array.from({ length: int(4) }, () => randomValue(depth + 1))
    default: return Object.fromEntries(Array.from({ length: int(4) }, () => [pick(['id', 'vm', 'memoryMiB', 'vcpus', 'workload', 'kind', 'x', 'destination', 'mode']), randomValue(depth + 1)]))
  }
}

/** A value of the wrong type or out of range for a field. */
function badValue (): unknown {
  return pick<unknown>([null, true, 'x', '1', [], {}, [1], { a: 1 }, ...HUGE, 'a'.repeat(300), -5, 1e400])
}

function deep (n: number, open: string, close: string): string { return open.repeat(n) + '1' + close.repeat(n) }

const VALID_VM = { id: 'v', memoryMiB: 1, vcpus: 1, workload: { kind: 'scan', steps: 10, writeRatio: 0.5, seed: 1, compute: 0 }, fill: 'zero' }

interface Req { method: string, path: string, body?: string | Buffer, type?: string }

function vmBody (): Req {
  const r = int(10)
  let body: string | Buffer
  if (r === 0) body = JSON.stringify(randomValue())
  else if (r <= 3) {
    // The valid body with one field (or one workload field) made wrong.
    const b: Record<string, any> = structuredClone(VALID_VM)
    if (rand() < 0.5) b[pick(['id', 'memoryMiB', 'memslotMiB', 'vcpus', 'fill', 'holeMiB', 'memslots', 'workload'])] = badValue()
    else b.workload[pick(['kind', 'steps', 'writeRatio', 'seed', 'compute', 'hotFraction', 'hotProbability'])] = badValue()
    if (rand() < 0.2) b[pick(['extra', '__proto__x', 'constructor'])] = 1
    body = JSON.stringify(b)
  } else if (r === 4) body = pick([deep(10_000, '[', ']'), deep(5000, '{"a":', '}'), `{"workload":${deep(3000, '{"kind":', '}')}}`])
  else if (r === 5) body = JSON.stringify({ ...VALID_VM, id: 'x'.repeat(int(60_000)) })
  else if (r === 6) body = pick(['{', '{"id":', '{"id":"v",}', "{'id':'v'}", '{"memoryMiB": NaN}', '{"memoryMiB": 1e400}', 'null', '[]', '"v"', '1', 'true', '\u0000', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', '{"id":"v"}garbage', ''])
  else if (r === 7) body = Buffer.from(Array.from({ length: 1 + int(200) }, () => int(256)))
  else if (r === 8) body = JSON.stringify({ memslots: Array.from({ length: 65 + int(1000) }, () => ({ sizeMiB: 1 })) })
  else body = JSON.stringify({ ...VALID_VM, id: `bad id ${int(100)}` })
  const type = rand() < 0.8 ? 'application/json' : pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'application/json; charset=utf-16', 'application/xml', ''])
  return { method: 'POST', path: '/v1/vms', body, type }
}

function migrationBody (): Req {
  const valid = { vm: 'rest-src-vm', destination: 'http://127.0.0.1:1', mode: 'postcopy', maxBandwidthMBps: 1 }
  const r = int(6)
  let body: string
  if (r === 0) body = JSON.stringify(randomValue())
  else if (r <= 2) {
    const b: Record<string, unknown> = { ...valid }
    const field = pick(['vm', 'destination', 'mode', 'maxBandwidthMBps', 'extra'])
    b[field] = badValue()
    // A destination that is well-formed would be dialled: always break it too.
    if (field !== 'destination') b.destination = pick(['ftp://x', 'http://', 'localhost:1', 'http://a b', 'http://x/y/z', 'http://[', 'http://1.2.3.4:99999', 'http://[::1', 'https://%zz', 'http://a:b'])
    body = JSON.stringify(b)
  } else if (r === 3) body = JSON.stringify({ ...valid, destination: pick(['http://[', 'http://1.2.3.4:99999', 'http://[::1', 'https://%zz', 'http://a:b', 'http://:80', 'http://[zz]']) })
  else if (r === 4) body = pick(['{', '{"vm":', '{"vm":"a",}', 'null', '[]', '""', deep(8000, '[', ']')])
  else body = JSON.stringify({ ...valid, vm: pick(['', 'a'.repeat(64), '../x', 'no-such-vm']), destination: 'http://[' })
  return { method: 'POST', path: '/v1/migrations', body, type: rand() < 0.85 ? 'application/json' : pick(['text/plain', '']) }
}

function paramRequest (): Req {
  const id = pick(['x'.repeat(129), 'x'.repeat(500), '%00', '..', '%2e%2e', '%2F', 'a%20b', '%E0%A4%A', '%', '%zz', '%F0%9F%98%80', 'nope', '.', '-', 'a?b', 'a#b'])
  const method = pick(['GET', 'DELETE', 'PUT', 'PATCH', 'POST'])
  const path = pick([`/v1/vms/${id}`, `/v1/vms/${id}/digest`, `/v1/migrations/${id}`, `/v1/${id}`])
  return { method, path }
}

function send (base: string, r: Req): Promise<{ status: number, text: string, type: string }> {
  const u = new URL(base)
  const headers: Record<string, string | number> = {}
  if (r.body !== undefined) {
    if (r.type !== undefined && r.type !== '') headers['content-type'] = r.type
    headers['content-length'] = Buffer.byteLength(r.body)
  }
  return new Promise((resolve, reject) => {
    // node:http, not fetch: paths go out byte for byte, without normalisation.
    const req = request({ host: u.hostname, port: u.port, method: r.method, path: r.path, headers }, res => {
      const chunks: Buffer[] = []
      res.on('data', c => chunks.push(c as Buffer))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString(), type: String(res.headers['content-type'] ?? '') }))
    })
    req.on('error', reject)
    req.end(r.body)
  })
}


t.test('1,000+ bad REST requests: 4xx with a stable code, never a 5xx; the daemon still migrates', async t => {
  const { src, dst } = await startDaemonPair(t)
  t.equal((await src.api('POST', '/v1/vms', { id: 'rest-src-vm', memoryMiB: 1, workload: { steps: 1e11, compute: 50 } })).status, 201)
  const n = Number(process.env.FUZZ_REST ?? 1200)
  const bad: unknown[] = []
  const statuses: Record<number, number> = {}
  let created = 0
  for (let i = 0; i < n; i++) {
    const r = i % 3 === 0 ? vmBody() : i % 3 === 1 ? migrationBody() : i % 6 === 2 ? paramRequest() : vmBody()
    const res = await send(src.url, r)
    statuses[res.status] = (statuses[res.status] ?? 0) + 1
    if (res.status === 201 && r.path === '/v1/vms') {
      // A mutation that came out valid: fine, as long as it is a real VM; remove it.
      created++
      const id = (JSON.parse(res.text) as { id: string }).id
      await src.api('DELETE', `/v1/vms/${id}`)
      continue
    }
    let body: { code?: unknown } | undefined
    try { body = JSON.parse(res.text) as { code?: unknown } } catch { body = undefined }
    const ok = res.status >= 400 && res.status < 500 && res.type.startsWith('application/json') &&
      typeof body?.code === 'string' && /^PCD_ERR_[A-Z_]+$/.test(body.code)
    if (!ok) bad.push({ i, method: r.method, path: r.path.slice(0, 80), type: r.type, body: String(r.body ?? '').slice(0, 80), status: res.status, text: res.text.slice(0, 200) })
  }
  t.comment(`${n} requests; statuses ${JSON.stringify(statuses)}; ${created} random bodies were valid VMs`)
  t.same(bad.slice(0, 10), [], `every bad request got a 4xx JSON body with a PCD_ERR_ code (${bad.length} did not)`)
  t.notOk(Object.keys(statuses).some(s => Number(s) >= 500), 'never a 5xx')
  t.equal((await src.api('GET', '/healthz')).status, 200, 'still healthy')
  const vms = await src.api('GET', '/v1/vms')
  t.same(vms.body.map((v: { id: string }) => v.id), ['rest-src-vm'], 'nothing left behind but the VM we made')
  t.equal(vms.body[0].state, 'running', 'and it still runs')

  await migrateVerified(t, src, dst, { id: 'rest-real', memoryMiB: 4, vcpus: 2, fill: 'pattern', workload: { kind: 'hotset', steps: 300_000, writeRatio: 0.3, seed: 5, compute: 200 } })
})
