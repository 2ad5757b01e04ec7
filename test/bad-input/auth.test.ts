// Authentication of both surfaces: the peer handshake (wrong secret, replay,
// forged proof, a channel for a migration that does not exist) and the REST
// bearer token. Every refusal is clear on the client, logged on the server, and
// changes nothing.
import t from 'tap'
import { request } from 'node:http'
import { randomBytes } from 'node:crypto'
import { connectChannel, CLOSE, channelNumber, type ChannelKind } from '../../services/common/wire/channel.js'
import { handshakeMac } from '../../services/common/auth.js'
import { postcopy } from '../../services/common/wire/codec.js'
import { startTestDaemon, startDaemonPair, TEST_SECRET } from '../helpers/daemon.js'
import { sinkLog, silentLog } from '../helpers/log.js'
import { openRaw } from '../helpers/peer.js'

const WRONG_SECRET = 'not-the-secret-0123456789abcdef'
const AUTH_CLOSE = /^PCD_ERR_AUTH_REFUSED: /

function handshake (secret: string) {
  return { secret, node: 'intruder', maxFrameBytes: 1 << 20, timeoutMs: 10_000, log: silentLog() }
}

t.test('a wrong shared secret is refused on both channels, logged, and creates nothing', async t => {
  const sink = sinkLog('debug')
  const d = await startTestDaemon(t, {}, 'dst', sink.log)
  for (const kind of ['bulk', 'urgent'] as ChannelKind[]) {
    // The real client: it checks the server's MAC first and gives up on it.
    await t.rejects(connectChannel(d.url, kind, `mig-wrong-${kind}`, handshake(WRONG_SECRET)), { code: 'PCD_ERR_AUTH_REFUSED' }, `${kind}: client refused`)
    // A client that ignores the server's MAC and presents a proof made with its own secret.
    const raw = await openRaw(d.url, kind, `mig-forged-${kind}`, { secret: WRONG_SECRET })
    const closed = await raw.closed
    t.equal(closed.code, CLOSE.POLICY, `${kind}: proof with the wrong secret closed with 1008`)
    t.match(closed.reason, AUTH_CLOSE, `${kind}: reason carries the code`)
  }
  await d.close()
  const refused = sink.lines.filter(l => l.code === 'PCD_ERR_AUTH_REFUSED')
  t.ok(refused.length >= 4, `every refusal logged (${refused.length} lines)`)
  t.ok(sink.lines.some(l => l.code === 'PCD_ERR_AUTH_REFUSED' && l.level === 40 && l.msg === 'peer handshake refused'),
    'a wrong proof is logged at warn')
  t.ok(sink.lines.every(l => l.msg !== 'incoming migration'), 'no incoming migration was created')
  t.notOk(sink.lines.some(l => typeof l.msg === 'string' && /vm created|migration state/.test(l.msg as string)), 'nothing allocated')
})

t.test('a recorded handshake replayed on a new connection is refused: the server nonce is fresh', async t => {
  const d = await startTestDaemon(t)
  const first = await openRaw(d.url, 'bulk', 'mig-replay', { secret: TEST_SECRET })
  t.notOk(first.isClosed, 'the original handshake passed')
  const [hello, proof] = first.sent
  first.close()
  await first.closed
  const migrationsBefore = (await d.api('GET', '/v1/migrations')).body.length as number
  for (const kind of ['bulk', 'urgent'] as ChannelKind[]) {
    // The recorded Hello names the bulk channel; replayed on either path it is still refused.
    const replay = await openRaw(d.url, kind, 'mig-replay', { secret: '', replay: { hello: hello!, proof: proof! } })
    const closed = await replay.closed
    t.equal(closed.code, CLOSE.POLICY, `replay on ${kind} closed with 1008`)
    t.match(closed.reason, AUTH_CLOSE)
  }
  t.equal((await d.api('GET', '/v1/migrations')).body.length, migrationsBefore, 'no migration created by the replay')
})

t.test('forged proofs are refused', async t => {
  const d = await startTestDaemon(t)
  const forgeries: Array<[string, (cn: Buffer, sn: Uint8Array) => Uint8Array]> = [
    ['random mac', () => randomBytes(32)],
    ['empty mac', () => new Uint8Array(0)],
    ['truncated mac', (cn, sn) => handshakeMac(TEST_SECRET, 'client', 'mig-forge', channelNumber('bulk'), cn, sn).subarray(0, 16)],
    ['server mac echoed back', (cn, sn) => handshakeMac(TEST_SECRET, 'server', 'mig-forge', channelNumber('bulk'), cn, sn)],
    ['mac for the other channel', (cn, sn) => handshakeMac(TEST_SECRET, 'client', 'mig-forge', channelNumber('urgent'), cn, sn)],
    ['mac for another migration', (cn, sn) => handshakeMac(TEST_SECRET, 'client', 'mig-other', channelNumber('bulk'), cn, sn)]
  ]
  for (const [what, forge] of forgeries) {
    const raw = await openRaw(d.url, 'bulk', 'mig-forge', { secret: TEST_SECRET, helloOnly: true })
    const challenge = await raw.next()
    t.equal(challenge?.body, 'challenge', `${what}: challenge received`)
    // The client nonce is inside the Hello we sent; decode it back.
    const sentHello = postcopy.Envelope.decode(raw.sent[0]!)
    raw.send({ proof: { mac: forge(Buffer.from(sentHello.hello!.nonce!), challenge!.challenge!.nonce!) } })
    const closed = await raw.closed
    t.equal(closed.code, CLOSE.POLICY, `${what}: closed with 1008`)
    t.match(closed.reason, AUTH_CLOSE, `${what}: reason`)
  }
  t.same((await d.api('GET', '/v1/migrations')).body, [], 'no migration created')
})

t.test('a channel for a migration that does not exist is refused at the handshake', async t => {
  const sink = sinkLog('debug')
  const d = await startTestDaemon(t, {}, 'dst', sink.log)
  await t.rejects(connectChannel(d.url, 'urgent', 'mig-nonexistent', handshake(TEST_SECRET)),
    { code: 'PCD_ERR_AUTH_REFUSED', message: /PCD_ERR_MIGRATION_NOT_FOUND/ }, 'the client is told why')
  const raw = await openRaw(d.url, 'urgent', 'mig-nonexistent-2', { secret: TEST_SECRET })
  const closed = await raw.closed
  t.equal(closed.code, CLOSE.POLICY, 'closed with 1008')
  t.match(closed.reason, /^PCD_ERR_MIGRATION_NOT_FOUND: /)
  t.same((await d.api('GET', '/v1/migrations')).body, [], 'nothing created')
  t.ok(sink.lines.some(l => l.code === 'PCD_ERR_MIGRATION_NOT_FOUND' && l.msg === 'peer channel refused'), 'refusal logged')
})

t.test('the REST API with a token: 401 without it, nothing changes, probes stay open', async t => {
  const token = 'api-token-0123456789'
  const sink = sinkLog('debug')
  const d = await startTestDaemon(t, { apiToken: token }, 'tok', sink.log)
  const auth = { authorization: `Bearer ${token}` }
  const vm = { id: 'tok-vm', memoryMiB: 1, workload: { steps: 10 } }
  const attempts: Array<[string, string, unknown, Record<string, string>]> = [
    ['POST', '/v1/vms', vm, {}],
    ['POST', '/v1/vms', vm, { authorization: 'Bearer wrong-token-0123456789' }],
    ['POST', '/v1/vms', vm, { authorization: `bearer ${token}` }],
    ['POST', '/v1/vms', vm, { authorization: token }],
    ['POST', '/v1/vms', vm, { authorization: `Bearer ${token}x` }],
    ['POST', '/v1/vms', vm, { authorization: `Bearer ${token.slice(0, -1)}` }],
    ['POST', '/v1/vms', vm, { authorization: 'Basic dXNlcjpwYXNz' }],
    ['POST', '/v1/vms', vm, { authorization: 'Bearer ' }],
    ['GET', '/v1/vms', undefined, {}],
    ['GET', '/v1/migrations', undefined, {}],
    ['POST', '/v1/migrations', { vm: 'tok-vm', destination: 'http://127.0.0.1:9' }, {}],
    ['DELETE', '/v1/vms/tok-vm', undefined, {}],
    ['GET', '/v1/nothing-here', undefined, {}]
  ]
  for (const [method, path, body, headers] of attempts) {
    const res = await d.api(method, path, body, headers)
    t.equal(res.status, 401, `${method} ${path} ${JSON.stringify(headers)}: 401`)
    t.equal(res.body?.code, 'PCD_ERR_API_UNAUTHORIZED')
  }
  // Paths that try to slip past the open-path check, sent verbatim (fetch would normalise them).
  for (const path of ['/docs/../v1/vms', '/healthz/../v1/vms', '/docs%2F..%2Fv1%2Fvms', '//v1/vms', '/v1/vms?/healthz']) {
    const status = await rawPost(d.url, path, JSON.stringify(vm))
    t.ok(status === 401 || status === 404, `${path}: refused (${status})`)
  }
  t.same((await d.api('GET', '/v1/vms', undefined, auth)).body, [], 'no VM created')
  t.same((await d.api('GET', '/v1/migrations', undefined, auth)).body, [], 'no migration started')
  t.equal((await d.api('GET', '/healthz')).status, 200, '/healthz open')
  t.equal((await d.api('GET', '/readyz')).status, 200, '/readyz open')
  const ok = await d.api('POST', '/v1/vms', vm, auth)
  t.equal(ok.status, 201, 'the right token works')
  t.ok(sink.lines.some(l => l.msg === 'api request refused: bad token'), 'refusals logged')
  t.notOk(JSON.stringify(sink.lines).includes('wrong-token-0123456789'), 'presented tokens are not logged')
})

t.test('a pair with the token set still migrates (the token guards the API, not the peer channels)', async t => {
  const { src, dst } = await startDaemonPair(t, { apiToken: 'api-token-0123456789' })
  const auth = { authorization: 'Bearer api-token-0123456789' }
  const vm = { id: 'tok-mig', memoryMiB: 2, workload: { steps: 20_000, compute: 10 } }
  t.equal((await src.api('POST', '/v1/vms', vm, auth)).status, 201)
  const res = await src.api('POST', '/v1/migrations', { vm: 'tok-mig', destination: dst.url }, auth)
  t.equal(res.status, 202, 'migration accepted')
})

function rawPost (base: string, path: string, body: string): Promise<number> {
  const u = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method: 'POST', path, headers: { 'content-type': 'application/json' } }, res => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end(body)
  })
}
