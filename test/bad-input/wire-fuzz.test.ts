// Hostile frames on the peer channels of live daemons, in both roles: every bad
// frame must end in a clear outcome (a close with 1002/1008/1009 and a PCD_ERR_
// reason, or a refusal message), install nothing, and leave the daemon serving;
// afterwards the same daemons still migrate a VM correctly. Seeded: FUZZ_SEED.
import t, { type Test } from 'tap'
import { migrateVerified } from '../helpers/verify.js'
import { Rng } from '../helpers/rng.js'
import { once } from 'node:events'
import { crc32 } from 'node:zlib'
import WebSocket from 'ws'
import { encode, postcopy, PROTOCOL_VERSION, type IEnvelope } from '../../services/common/wire/codec.js'
import { CLOSE, type Accepted, type ChannelKind, type Outgoing } from '../../services/common/wire/channel.js'
import type { MigrationView } from '../../services/common/migration-view.js'
import { PAGE_SIZE, type VmRequest } from '../../services/guest/index.js'
import { startTestDaemon, TEST_SECRET, until, type TestDaemon } from '../helpers/daemon.js'
import { silentLog } from '../helpers/log.js'
import { openRaw, startFakeDestination, type Closed, type RawPeer } from '../helpers/peer.js'

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed)
const MAX_FRAME = 512 * 1024
const CONCURRENCY = 8
const CONFIG = { limits: { maxFrameBytes: MAX_FRAME, maxGuestBytes: 1024 * 1024 * 1024, maxMigrations: 64 } }
/** A close that says why: one of ours, with the error code leading the reason. */
const CLEAR_REASON = /^PCD_ERR_[A-Z0-9_]+(: |$)/
const PROBE_VERSION = 77

const unhandled: unknown[] = []
process.on('unhandledRejection', err => { unhandled.push(err) })

function pageOf (fill: number): { data: Uint8Array, crc: number } {
  const data = new Uint8Array(PAGE_SIZE).fill(fill)
  return { data, crc: crc32(data) }
}

function setupBody (vmId: string, over: Partial<postcopy.ISetup> = {}): postcopy.ISetup {
  return {
    vmId,
    memslots: [{ id: 0, base: 0, size: 1024 * 1024, readonly: false }],
    vcpus: 1,
    workload: { kind: 'scan', writeRatio: 0.3, seed: 1, steps: 1000, hotFraction: 0.05, hotProbability: 0.9, compute: 0 },
    pageSize: PAGE_SIZE,
    mode: 'postcopy',
    ...over
  }
}

function frame (migrationId: string, seq: number, body: Omit<IEnvelope, 'version' | 'migrationId' | 'seq'>, over: Partial<IEnvelope> = {}): Uint8Array {
  return encode({ version: PROTOCOL_VERSION, migrationId, seq, ...body, ...over })
}

/** One hostile input for a fresh, authenticated channel: what to send and what it must end in. */
interface Case {
  kind: string
  channel: ChannelKind
  /** Frames sent after the handshake; the last is the hostile one. */
  frames: (id: string) => Uint8Array[]
  /** Expected reason code, when the case is built to be invalid; undefined for blind mutations that may still be valid. */
  expect?: RegExp
  text?: boolean
  /** Sent in place of the Hello, before any authentication. */
  preAuth?: boolean
}

function mutate (rng: Rng, f: Uint8Array): Uint8Array {
  const out = Uint8Array.from(f)
  const flips = 1 + rng.int(8)
  for (let i = 0; i < flips; i++) {
    const at = rng.int(out.length * 8)
    out[at >> 3]! ^= 1 << (at & 7)
  }
  return out
}

/** Valid frames a source could send first on a fresh bulk channel (seq 3). */
function templates (id: string, vmId: string): Record<string, Uint8Array> {
  const p = pageOf(7)
  return {
    setup: frame(id, 3, { setup: setupBody(vmId) }),
    switchover: frame(id, 3, { switchover: { vcpus: [{ index: 0, step: 5, prng: 1, acc: 2, reads: 3, writes: 2, done: false }] } }),
    pages: frame(id, 3, { pages: { source: postcopy.PageSource.PAGE_SOURCE_BACKGROUND, gpas: [0], data: p.data, crcs: [p.crc], zeroGpas: [4096] } }),
    abort: frame(id, 3, { abort: { code: 'PCD_ERR_X', message: 'bye' } }),
    complete: frame(id, 3, { complete: { pages: 1, summaryJson: '{}' } })
  }
}

function buildCases (rng: Rng, n: number): Case[] {
  const cases: Case[] = []
  const blind = ['pages', 'switchover', 'abort', 'complete']
  for (let i = 0; i < n; i++) {
    const r = rng.int(100)
    const seedA = rng.int(2 ** 31)
    const local = new Rng(seedA)
    // Blind mutations of a Setup can come out valid and allocate a VM (a vCPU worker): keep them few.
    const tpl = r < 3 ? 'setup' : local.pick(blind)
    if (r < 25) {
      cases.push({ kind: `bitflip-${tpl}`, channel: 'bulk', frames: id => [mutate(local, templates(id, `fz-${i}`)[tpl]!)] })
    } else if (r < 37) {
      cases.push({
        kind: `truncated-${tpl}`,
        channel: 'bulk',
        frames: id => { const f = templates(id, `fz-${i}`)[tpl]!; return [f.subarray(0, local.int(f.length))] }
      })
    } else if (r < 49) {
      // After the handshake only bulk: an urgent channel for a migration that does not exist is refused at the handshake.
      cases.push({ kind: 'random-bytes', channel: 'bulk', frames: () => [local.bytes(local.int(300))] })
    } else if (r < 53) {
      cases.push({ kind: 'random-bytes-preauth', channel: local.pick(['bulk', 'urgent'] as const), preAuth: true, frames: () => [local.bytes(1 + local.int(200))] })
    } else if (r < 57) {
      cases.push({ kind: 'no-body', channel: 'bulk', expect: /^PCD_ERR_WIRE_BAD_FRAME: .*no known body/, frames: id => [frame(id, 3, {})] })
    } else if (r < 61) {
      cases.push({
        kind: 'unknown-body',
        channel: 'bulk',
        expect: /^PCD_ERR_WIRE_BAD_FRAME: .*no known body/,
        // Field 42, length-delimited: a body this daemon does not know.
        frames: id => [Buffer.concat([frame(id, 3, {}), Buffer.from([0xd2, 0x02, 0x03, 1, 2, 3])])]
      })
    } else if (r < 66) {
      const v = local.pick([0, 2, 3, 255, 65536, 2 ** 32 - 1])
      cases.push({ kind: 'wrong-version', channel: 'bulk', expect: new RegExp(`^PCD_ERR_WIRE_VERSION: Protocol version ${v} `), frames: id => [frame(id, 3, { setup: setupBody('x') }, { version: v })] })
    } else if (r < 71) {
      cases.push({
        kind: 'wrong-migration-id',
        channel: 'bulk',
        expect: /^PCD_ERR_WIRE_BAD_FRAME: .*frame for migration/,
        frames: id => [frame(local.pick([id + 'x', 'other', id.slice(1)]), 3, { setup: setupBody('x') })]
      })
    } else if (r < 75) {
      cases.push({ kind: 'empty-migration-id', channel: 'bulk', expect: /^PCD_ERR_WIRE_BAD_FRAME/, frames: () => [frame('', 3, { setup: setupBody('x') })] })
    } else if (r < 81) {
      const seq = local.pick([0, 1, 2, 4, 5, 1000, 2 ** 40])
      cases.push({ kind: 'out-of-order-seq', channel: 'bulk', expect: new RegExp(`^PCD_ERR_WIRE_BAD_FRAME: .*sequence ${seq} after 2`), frames: id => [frame(id, seq, { setup: setupBody('x') })] })
    } else if (r < 84) {
      const body = local.pick(['pages', 'switchover', 'complete'])
      cases.push({ kind: `${body}-before-setup`, channel: 'bulk', expect: /^PCD_ERR_WIRE_UNEXPECTED: /, frames: id => [templates(id, 'x')[body]!] })
    } else if (r < 87) {
      const body = local.pick([{ hello: { channel: 1, nonce: new Uint8Array(32) } }, { proof: { mac: new Uint8Array(32) } }, { challenge: {} }, { welcome: {} }, { pageRequest: { gpa: 0 } }, { setupAck: {} }, { completeAck: {} }])
      cases.push({ kind: `${Object.keys(body)[0]}-on-bulk`, channel: 'bulk', expect: /^PCD_ERR_WIRE_UNEXPECTED: /, frames: id => [frame(id, 3, body)] })
    } else if (r < 90) {
      cases.push({ kind: 'text-frame', channel: 'bulk', text: true, expect: /^PCD_ERR_WIRE_BAD_FRAME: .*text frame/, frames: id => [frame(id, 3, { setup: setupBody('x') })] })
    } else if (r < 91) {
      const extra = 1 + local.int(4096)
      cases.push({ kind: 'oversized', channel: 'bulk', expect: /^PCD_ERR_WIRE_TOO_LARGE/, frames: () => [new Uint8Array(MAX_FRAME + extra)] })
    } else {
      // A syntactically valid Setup the daemon must refuse (abort, then close).
      const bad = local.pick<[string, Partial<postcopy.ISetup>]>([
        ['page-size', { pageSize: 512 }],
        ['no-memslots', { memslots: [] }],
        ['unaligned-memslot', { memslots: [{ id: 0, base: 100, size: 4096 }] }],
        ['huge-memslot', { memslots: [{ id: 0, base: 0, size: 2 ** 40 }] }],
        ['over-limit', { memslots: [{ id: 0, base: 0, size: 2 ** 32 }, { id: 1, base: 2 ** 32, size: 2 ** 32 }] }],
        ['zero-vcpus', { vcpus: 0 }],
        ['many-vcpus', { vcpus: 100000 }],
        ['bad-id', { vmId: '../../etc' }],
        ['empty-id', { vmId: '' }],
        ['bad-workload', { workload: { kind: 'fork-bomb' } }],
        ['nan-ratio', { workload: { kind: 'scan', writeRatio: NaN, hotFraction: 0.1 } }],
        ['overlapping', { memslots: [{ id: 0, base: 0, size: 8192 }, { id: 1, base: 4096, size: 8192 }] }]
      ])
      cases.push({ kind: `setup-${bad[0]}`, channel: 'bulk', expect: /^PCD_ERR_(VM_BAD_SPEC|VM_LIMIT|WIRE_UNEXPECTED)/, frames: id => [frame(id, 3, { setup: setupBody(`fz-${i}`, bad[1]) })] })
    }
  }
  return cases
}

interface Outcome { kind: string, closed: Closed, aborted: string | undefined, accepted: boolean }

/** Opens a channel, sends the case, then a probe (a frame of an unknown version) that ends a channel the case left open. */
async function runCase (d: TestDaemon, c: Case, id: string): Promise<Outcome> {
  const frames = c.frames(id)
  let peer: RawPeer
  if (c.preAuth === true) {
    peer = await openRaw(d.url, c.channel, id, { secret: TEST_SECRET, helloOnly: true, replay: { hello: frames[0]!, proof: frames[0]! } })
  } else {
    peer = await openRaw(d.url, c.channel, id, { secret: TEST_SECRET })
    for (const f of frames) {
      if (c.text === true) peer.ws.send(Buffer.from(f).toString('latin1'))
      else peer.sendBytes(f)
    }
    peer.sendBytes(frame(id, 4, { abort: {} }, { version: PROTOCOL_VERSION + PROBE_VERSION }))
  }
  let aborted: string | undefined
  let accepted = false
  for (let env = await peer.next(); env !== undefined; env = await peer.next()) {
    if (env.body === 'abort') aborted = env.abort?.code ?? ''
    if (env.body === 'setupAck') accepted = true
  }
  return { kind: c.kind, closed: await peer.closed, aborted, accepted }
}

function isProbe (reason: string): boolean {
  return reason.startsWith(`PCD_ERR_WIRE_VERSION: Protocol version ${PROTOCOL_VERSION + PROBE_VERSION} `)
}

async function pool<T> (items: T[], n: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++
      await fn(items[i]!, i)
    }
  }))
}

async function healthy (t: Test, d: TestDaemon, what: string): Promise<void> {
  const h = await d.api('GET', '/healthz')
  t.equal(h.status, 200, `${what}: /healthz answers`)
}


t.test('the destination role: hostile frames on fresh channels', async t => {
  const dst = await startTestDaemon(t, CONFIG, 'dst')
  const rng = new Rng(SEED)
  const cases = buildCases(rng, Number(process.env.FUZZ_CASES ?? 4000))
  const bad: Array<Record<string, unknown>> = []
  const counts: Record<string, number> = {}
  let accepted = 0
  await pool(cases, CONCURRENCY, async (c, i) => {
    const o = await runCase(dst, c, `fz-mig-${i}`)
    counts[c.kind.replace(/-(setup|pages|switchover|abort|complete)$/, '')] = (counts[c.kind.replace(/-(setup|pages|switchover|abort|complete)$/, '')] ?? 0) + 1
    const { code, reason } = o.closed
    const byProbe = isProbe(reason)
    if (byProbe) accepted++
    const clear = ([CLOSE.PROTOCOL, CLOSE.POLICY, CLOSE.TOO_BIG] as number[]).includes(code) && CLEAR_REASON.test(reason)
    // A refused setup is answered with an Abort carrying the code, then a normal close; a
    // mutated Abort that is still valid is honoured: the migration fails with our code.
    const refused = code === CLOSE.NORMAL && (o.aborted !== undefined || c.expect === undefined) && CLEAR_REASON.test(reason)
    if (!clear && !refused) bad.push({ i, kind: c.kind, code, reason, aborted: o.aborted })
    else if (c.expect !== undefined && !c.expect.test(byProbe ? '(accepted)' : reason)) bad.push({ i, kind: c.kind, code, reason, expected: String(c.expect) })
    else if (byProbe && c.expect !== undefined) bad.push({ i, kind: c.kind, accepted: true })
  })
  t.comment(`destination role: ${cases.length} frames, ${accepted} blind mutations still valid; ${JSON.stringify(counts)}`)
  t.same(bad.slice(0, 10), [], `every frame ended in a clear outcome (${bad.length} did not)`)
  await healthy(t, dst, 'after the fresh-channel fuzz')
  // Every one of those migrations failed: nothing is left allocated.
  await until(() => dst.host.listVms().length === 0, 'incoming VMs of failed setups discarded')
  t.same(dst.host.listVms(), [], 'no VM left from a refused or broken migration')
  t.ok(dst.host.listMigrations().every(m => m.state === 'failed'), 'every fuzzed migration failed')
  t.ok(dst.host.listMigrations().length <= dst.config.limits.maxFinishedMigrations, 'finished migrations are not kept without bound')
})

t.test('the destination role: bad pages for a running migration install nothing', async t => {
  const dst = await startTestDaemon(t, CONFIG, 'dst')
  const rng = new Rng(SEED + 1)
  const id = 'fz-target'
  const bulk = await openRaw(dst.url, 'bulk', id, { secret: TEST_SECRET })
  t.teardown(() => bulk.close())
  bulk.send({ setup: setupBody('fz-target-vm', { memslots: [{ id: 0, base: 0, size: 64 * PAGE_SIZE }, { id: 1, base: 1024 * PAGE_SIZE, size: 64 * PAGE_SIZE }] }) })
  t.equal((await bulk.next())?.body, 'setupAck', 'setup accepted')
  // Second setup and a bad switchover: refused, and they close the channel; so do them on throwaway migrations.
  const outOfOrder: Array<[string, Outgoing]> = [
    ['second setup', { setup: setupBody('fz-other') }],
    ['switchover with the wrong vCPU count', { switchover: { vcpus: [] } }],
    ['switchover with a bad step', { switchover: { vcpus: [{ index: 0, step: -1 }] } }],
    ['early completeAck', { completeAck: {} }]
  ]
  for (const [what, second] of outOfOrder) {
    const mid = `fz-order-${what.replace(/\W+/g, '-')}`
    const p = await openRaw(dst.url, 'bulk', mid, { secret: TEST_SECRET })
    p.send({ setup: setupBody(`${mid}-vm`) })
    t.equal((await p.next())?.body, 'setupAck')
    p.send(second)
    const c = await p.closed
    t.equal(c.code, CLOSE.PROTOCOL, `${what}: closed with 1002`)
    t.match(c.reason, /^PCD_ERR_WIRE_UNEXPECTED: /, `${what}: reason`)
    await until(() => dst.host.listVms().every(v => v.id !== `${mid}-vm`), `${what}: vm discarded`)
    t.pass(`${what}: the incoming VM was discarded`)
  }
  // The target: switch over with a vCPU that has finished (it never faults), install a few pages.
  bulk.send({ switchover: { vcpus: [{ index: 0, step: 1000, prng: 1, acc: 0, reads: 700, writes: 300, done: true }] } })
  t.equal((await bulk.next())?.body, 'switchoverAck', 'switched over')
  const good = pageOf(0x5a)
  bulk.send({ pages: { source: postcopy.PageSource.PAGE_SOURCE_BACKGROUND, gpas: [0, PAGE_SIZE], data: Buffer.concat([good.data, good.data]), crcs: [good.crc, good.crc] } })
  const vm = dst.host.guestVm('fz-target-vm')
  await until(() => vm.memory.presentCount === 2, 'first pages installed')
  const digest = vm.memory.digest()
  const outside = [64 * PAGE_SIZE, 1023 * PAGE_SIZE, 2048 * PAGE_SIZE, 2 ** 40, 2 ** 52, Number.MAX_SAFE_INTEGER - 4095]
  const inside = (): number => rng.pick([rng.int(64), 1024 + rng.int(64)]) * PAGE_SIZE
  const badBatches: Array<[string, () => postcopy.IPageBatch]> = [
    ['out-of-range gpa', () => { const g = [inside(), rng.pick(outside)]; return { gpas: g, data: Buffer.concat([good.data, good.data]), crcs: [good.crc, good.crc] } }],
    ['out-of-range zero gpa', () => ({ zeroGpas: [inside(), rng.pick(outside)] })],
    ['unaligned gpa', () => ({ gpas: [inside() + 1 + rng.int(4095)], data: good.data, crcs: [good.crc] })],
    ['unaligned zero gpa', () => ({ zeroGpas: [inside() + 1 + rng.int(4095)] })],
    ['short data', () => ({ gpas: [inside()], data: good.data.subarray(0, rng.int(PAGE_SIZE)), crcs: [good.crc] })],
    ['long data', () => ({ gpas: [inside()], data: Buffer.concat([good.data, Buffer.alloc(1 + rng.int(100))]), crcs: [good.crc] })],
    ['no data', () => ({ gpas: [inside(), inside()], crcs: [good.crc, good.crc] })],
    ['too few checksums', () => ({ gpas: [inside(), inside()], data: Buffer.concat([good.data, good.data]), crcs: [good.crc] })],
    ['too many checksums', () => ({ gpas: [inside()], data: good.data, crcs: [good.crc, good.crc] })],
    ['no checksums', () => ({ gpas: [inside()], data: good.data })],
    ['empty batch', () => ({})],
    ['too many pages', () => { const n = 65; return { gpas: Array.from({ length: n }, (_, k) => k * PAGE_SIZE), data: Buffer.alloc(n * PAGE_SIZE), crcs: new Array(n).fill(crc32(Buffer.alloc(PAGE_SIZE))) } }]
  ]
  const n = Number(process.env.FUZZ_PAGE_CASES ?? 600)
  const bad: unknown[] = []
  for (let i = 0; i < n; i++) {
    const [what, make] = badBatches[i % badBatches.length]!
    const urgent = await openRaw(dst.url, 'urgent', id, { secret: TEST_SECRET })
    urgent.send({ pages: { source: postcopy.PageSource.PAGE_SOURCE_DEMAND, ...make() } })
    const c = await urgent.closed
    if (c.code !== CLOSE.PROTOCOL || !/^PCD_ERR_WIRE_BAD_PAGE: /.test(c.reason)) bad.push({ i, what, ...c })
  }
  t.same(bad.slice(0, 10), [], `${n} bad batches each closed the channel with PCD_ERR_WIRE_BAD_PAGE (${bad.length} did not)`)
  t.equal(vm.memory.presentCount, 2, 'no page of a refused batch was installed')
  t.equal(vm.memory.digest(), digest, 'guest memory unchanged')
  // A page that fails its checksum is not installed (the channel stays: the watchdog re-requests it).
  const urgent = await openRaw(dst.url, 'urgent', id, { secret: TEST_SECRET })
  t.teardown(() => urgent.close())
  urgent.send({ pages: { source: postcopy.PageSource.PAGE_SOURCE_DEMAND, gpas: [5 * PAGE_SIZE], data: good.data, crcs: [good.crc ^ 1] } })
  const again = await urgent.next()
  t.equal(again?.body, 'pageRequest', 'the corrupt page is asked for again')
  t.equal(again?.pageRequest?.gpa, 5 * PAGE_SIZE)
  t.equal(vm.memory.presentCount, 2, 'the corrupt page was not installed')
  t.equal(vm.memory.isPresent(5 * PAGE_SIZE), false)
  await healthy(t, dst, 'after the page fuzz')
})

/** Plays a destination for one migration from `src`: answers setup (or not) and hands back both channels. */
/** Migrations already handed to a test: their later bulk channels are recovery attempts. */
const takenIds = new Set<string>()

async function migrateToFake (src: TestDaemon, fake: Awaited<ReturnType<typeof startFakeDestination>>, vmId: string, onSetup?: (bulk: Accepted & { ws: WebSocket }) => void) {
  const started = src.api<MigrationView & { code?: string }>('POST', '/v1/migrations', { vm: vmId, destination: fake.url })
  // A channel left over from an earlier, broken migration is not this one's.
  const next = async (kind: ChannelKind, id?: string): Promise<Accepted & { ws: WebSocket }> => {
    for (;;) {
      const c = await fake.nextChannel()
      // A paused migration reconnecting to resume is not a new one.
      if (c.kind === kind && (id === undefined ? !takenIds.has(c.migrationId) : c.migrationId === id)) return c
      c.channel.close()
    }
  }
  const bulk = await next('bulk')
  takenIds.add(bulk.migrationId)
  const setup = await once(bulk.channel, 'message')
  if ((setup[0] as postcopy.Envelope).body !== 'setup') throw new Error('expected setup')
  if (onSetup !== undefined) {
    onSetup(bulk)
    return { res: await started, bulk, urgent: undefined }
  }
  bulk.channel.send({ setupAck: { pages: 256 } })
  const urgent = await next('urgent', bulk.migrationId)
  const res = await started
  const sw = await once(bulk.channel, 'message')
  if ((sw[0] as postcopy.Envelope).body !== 'switchover') throw new Error('expected switchover')
  bulk.channel.send({ switchoverAck: { resumedAt: Date.now() } })
  return { res, bulk, urgent }
}

t.test('the source role: bad page requests are refused, garbage closes, a flood is cut off', async t => {
  const src = await startTestDaemon(t, CONFIG, 'src')
  const fake = await startFakeDestination(t, TEST_SECRET, silentLog(), MAX_FRAME)
  const rng = new Rng(SEED + 2)
  const vmReq = (id: string): VmRequest => ({ id, memoryMiB: 1, vcpus: 1, workload: { kind: 'scan', steps: 1e11, compute: 50 } })
  t.equal((await src.api('POST', '/v1/vms', vmReq('fz-src-1'))).status, 201)
  const { res, bulk, urgent } = await migrateToFake(src, fake, 'fz-src-1')
  t.equal(res.status, 202, 'migration to the fake destination started')
  bulk.ws.pause() // the background stream waits for drain: it must not matter to the urgent channel
  const memBytes = 1024 * 1024
  const badGpas = (): number => rng.pick([
    // (2^64 - 1 cannot be written from a JS number: protobufjs would wrap it to 0.)
    memBytes, memBytes + PAGE_SIZE, 2 ** 32, 2 ** 52, 2 ** 53 + 2, 2 ** 63,
    rng.int(memBytes / PAGE_SIZE) * PAGE_SIZE + 1 + rng.int(PAGE_SIZE - 1)
  ])
  const n = Number(process.env.FUZZ_REQUESTS ?? 5000)
  let refused = 0
  let served = 0
  const bad: unknown[] = []
  for (let i = 0; i < n; i++) {
    // One good request in eight: the channel keeps serving between refusals.
    const good = i % 8 === 7
    const gpa = good ? rng.int(memBytes / PAGE_SIZE) * PAGE_SIZE : badGpas()
    urgent!.channel.send({ pageRequest: { gpa, vcpu: rng.int(4) } })
    const [env] = await once(urgent!.channel, 'message') as [postcopy.Envelope]
    if (good && env.body === 'pages' && env.pages?.gpas?.[0] === gpa) served++
    else if (!good && env.body === 'pageRefused' && env.pageRefused?.code === 'PCD_ERR_WIRE_BAD_PAGE') refused++
    else bad.push({ i, gpa, got: env.body })
  }
  t.same(bad.slice(0, 10), [], 'each request answered in order')
  t.equal(refused + served, n, `${refused} bad requests refused, ${served} served, channel still open`)
  t.ok(urgent!.channel.open, 'the urgent channel survived every refusal')

  // A flood: the fake stops reading and asks for pages far faster than it takes them.
  urgent!.ws.pause()
  const flood = 40_000
  for (let i = 0; i < flood; i++) urgent!.channel.send({ pageRequest: { gpa: (i % 256) * PAGE_SIZE, vcpu: 0 } })
  let received = 0
  urgent!.channel.on('message', () => { received++ })
  const closedP = once(urgent!.channel, 'close')
  urgent!.ws.resume()
  const [closed] = await closedP as [{ code: number, reason: string }]
  t.equal(closed.code, CLOSE.POLICY, 'the flooded source closed the urgent channel with 1008')
  t.match(closed.reason, /^PCD_ERR_WIRE_FLOOD: /, 'reason carries the code')
  const cap = src.config.limits.maxUrgentPendingBytes
  t.ok(received < flood / 4, `the source answered only ${received} of ${flood} before cutting off (cap ${cap} bytes)`)
  // Paused, and then reconnecting on its own: the fake peer never answers the resume.
  const lost = new Set(['postcopy-paused', 'postcopy-recovering'])
  await until(() => lost.has(src.host.outgoing(res.body.id)!.state), 'source pauses after losing the urgent channel')
  t.pass('the source paused the migration, keeping every page')
  t.equal(src.host.guestVm('fz-src-1').state, 'paused', 'the VM stays paused at the source')
  bulk.ws.resume()
  await healthy(t, src, 'after the flood')

  // Garbage instead of a SetupAck: the source closes, the migration fails and the VM runs on; try again.
  t.equal((await src.api('POST', '/v1/vms', vmReq('fz-src-2'))).status, 201)
  const m = Number(process.env.FUZZ_SOURCE_GARBAGE ?? 300)
  const badClose: unknown[] = []
  const tpl = frame('x', 3, { setupAck: { pages: 256 } })
  for (let i = 0; i < m; i++) {
    let closedAt: Promise<unknown[]> | undefined
    const { res } = await migrateToFake(src, fake, 'fz-src-2', b => {
      closedAt = once(b.channel, 'close')
      const mid = b.migrationId
      const r = rng.int(6)
      const f = r === 0
        ? rng.bytes(1 + rng.int(200))
        : r === 1 ? mutate(rng, frame(mid, 3, { setupAck: { pages: 256 } }))
          : r === 2 ? frame(mid, 3, { setupAck: {} }, { version: 9 })
            : r === 3 ? frame(mid, 9, { setupAck: {} })
              : r === 4 ? frame(mid, 3, { pages: { gpas: [0] } })
                : tpl.subarray(0, rng.int(tpl.length))
      b.ws.send(f, { binary: true })
      // Then a frame that no version of the protocol accepts, for a mutation that came out valid.
      b.ws.send(frame(mid, 4, { abort: {} }, { version: PROBE_VERSION }), { binary: true })
    })
    const [info] = await closedAt! as [{ code: number, reason: string }]
    if (!([CLOSE.PROTOCOL, CLOSE.POLICY, CLOSE.TOO_BIG] as number[]).includes(info.code) || !CLEAR_REASON.test(info.reason)) badClose.push({ i, ...info })
    if (res.status < 400 || res.body.code === undefined) badClose.push({ i, status: res.status, body: res.body })
  }
  t.same(badClose.slice(0, 10), [], `${m} garbage answers to setup: the source closed with a code and the API answered with one`)
  const vm = await src.api('GET', '/v1/vms/fz-src-2')
  t.equal(vm.body.state, 'running', 'the VM still runs on the source')
  await healthy(t, src, 'after the source garbage')
})

t.test('after all that, the same pair migrates a VM correctly', async t => {
  // Fresh daemons would prove nothing: fuzz one pair a little more, then migrate between them.
  const src = await startTestDaemon(t, CONFIG, 'src')
  const dst = await startTestDaemon(t, CONFIG, 'dst')
  const cases = buildCases(new Rng(SEED + 3), Number(process.env.FUZZ_FINAL_CASES ?? 300))
  await pool(cases, CONCURRENCY, async (c, i) => { await runCase(dst, c, `fz-final-${i}`) })
  await pool(cases, CONCURRENCY, async (c, i) => { await runCase(src, c, `fz-final-src-${i}`) })
  const mid = await migrateVerified(t, src, dst, { id: 'fz-real', memoryMiB: 4, vcpus: 2, fill: 'pattern', workload: { kind: 'random', steps: 300_000, writeRatio: 0.3, seed: 11, compute: 200 } })
  t.equal(dst.host.migrationView(mid).state, 'completed')
  t.same(unhandled, [], 'no unhandled rejection during the whole run')
})
