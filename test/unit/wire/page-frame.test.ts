import t from 'tap'
import { postcopy, decode, encode, PROTOCOL_VERSION } from '../../../services/common/wire/codec.js'
import { encodePageEnvelope, FramePool } from '../../../services/common/wire/page-frame.js'

const page = (fill: number): Uint8Array => new Uint8Array(4096).fill(fill)

t.test('the pooled page encoder writes exactly what protobufjs writes', async t => {
  const pool = new FramePool()
  const cases: postcopy.IPageBatch[] = [
    { source: postcopy.PageSource.PAGE_SOURCE_BACKGROUND, gpas: [0, 4096, 2 ** 40], data: new Uint8Array(3 * 4096).fill(7), crcs: [0, 1, 0xffffffff], zeroGpas: [8192, 2 ** 52] },
    { source: postcopy.PageSource.PAGE_SOURCE_DEMAND, gpas: [123 * 4096], data: page(1), crcs: [42] },
    { gpas: [], data: new Uint8Array(0), crcs: [], zeroGpas: [4096] }
  ]
  for (const [i, pages] of cases.entries()) {
    for (const seq of [0, 1, 300, 2 ** 35]) {
      const fast = encodePageEnvelope(PROTOCOL_VERSION, 'mig-é-1', seq, pages, pool)
      t.ok(fast !== undefined, `case ${i} seq ${seq} takes the fast path`)
      const slow = encode({ version: PROTOCOL_VERSION, migrationId: 'mig-é-1', seq, pages })
      t.same(Buffer.from(fast!), Buffer.from(slow), `case ${i} seq ${seq} equal bytes`)
      pool.release(fast!)
    }
  }
  const env = decode(encodePageEnvelope(PROTOCOL_VERSION, 'm', 5, cases[0]!, pool)!, 1 << 20)
  t.equal(env.body, 'pages')
  t.same(env.pages!.gpas, [0, 4096, 2 ** 40])
  t.same(env.pages!.crcs, [0, 1, 0xffffffff])
})

t.test('values the fast path does not handle fall back', async t => {
  const pool = new FramePool()
  t.equal(encodePageEnvelope(PROTOCOL_VERSION, 'm', 1, { gpas: [-4096], data: page(0), crcs: [0] }, pool), undefined)
  t.equal(encodePageEnvelope(PROTOCOL_VERSION, 'm', 1, { gpas: [0.5], data: page(0), crcs: [0] }, pool), undefined)
  t.equal(encodePageEnvelope(PROTOCOL_VERSION, 'm', 1, { gpas: [0], data: page(0), crcs: [2 ** 32] }, pool), undefined)
})

t.test('the pool hands a released buffer out again and ignores foreign ones', async t => {
  const pool = new FramePool()
  const a = pool.take(5000)
  t.equal(a.byteLength, 5000)
  pool.release(a)
  pool.release(new Uint8Array(8192))
  const b = pool.take(6000)
  t.equal(b.buffer, a.buffer, 'same memory reused')
  t.not(pool.take(6000).buffer, a.buffer, 'taken buffers are not shared')
})
