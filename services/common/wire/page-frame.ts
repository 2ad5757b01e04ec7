// A hand-written encoder for the one hot frame, an Envelope carrying a
// PageBatch: it writes the protobuf bytes straight into a pooled buffer, so a
// batch costs one copy of its data and no allocation (protobufjs allocates a
// frame per call, then copies; at bulk rates the GC of those frames cost more
// than the copy). Output is byte for byte what protobufjs writes.
import type { postcopy } from './proto.js'

/** Bytes of a varint; v a non-negative safe integer. */
function varintLen (v: number): number {
  let n = 1
  while (v >= 128) { v = Math.floor(v / 128); n++ }
  return n
}

function writeVarint (buf: Uint8Array, o: number, v: number): number {
  // Above 2^31 the bit operators would truncate: divide instead.
  while (v >= 128) {
    buf[o++] = (v % 128) | 128
    v = Math.floor(v / 128)
  }
  buf[o++] = v
  return o
}

/** Sum of varint lengths, or -1 if a value is not an integer in [0, max]. */
function packedLen (values: ArrayLike<number>, max: number): number {
  let n = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    if (!(Number.isSafeInteger(v) && v >= 0 && v <= max)) return -1
    n += varintLen(v)
  }
  return n
}

function writePacked (buf: Uint8Array, o: number, tag: number, values: ArrayLike<number>, len: number): number {
  if (values.length === 0) return o
  buf[o++] = tag
  o = writeVarint(buf, o, len)
  for (let i = 0; i < values.length; i++) o = writeVarint(buf, o, values[i]!)
  return o
}

/**
 * Reuses frame buffers once the socket has written them. Buffers are sized in
 * powers of two from 4 KiB; each size keeps at most `perSize` spares.
 */
export class FramePool {
  #free = new Map<number, Uint8Array[]>()
  #ours = new WeakSet<ArrayBufferLike>()
  #perSize: number

  constructor (perSize = 32) { this.#perSize = perSize }

  take (bytes: number): Uint8Array {
    let cap = 4096
    while (cap < bytes) cap *= 2
    const spare = this.#free.get(cap)?.pop()
    if (spare !== undefined) return spare.subarray(0, bytes)
    // Slow allocation: a buffer of its own, never a slice of Node's shared pool.
    const b = Buffer.allocUnsafeSlow(cap)
    this.#ours.add(b.buffer)
    return b.subarray(0, bytes)
  }

  /** Gives a frame from take() back; anything else is ignored. The caller must hold no reference to it. */
  release (frame: Uint8Array): void {
    const ab = frame.buffer
    if (!this.#ours.has(ab)) return
    let list = this.#free.get(ab.byteLength)
    if (list === undefined) { list = []; this.#free.set(ab.byteLength, list) }
    if (list.length < this.#perSize) list.push(Buffer.from(ab, 0, ab.byteLength))
  }
}

const utf8 = new TextEncoder()
// A channel sends thousands of frames with one migration id: encode it once.
let lastId = ''
let lastIdBytes = new Uint8Array(0)

/**
 * Encodes `{version, migrationId, seq, pages}` into a frame from `pool`, or
 * returns undefined when a value is outside what this fast path handles (the
 * caller then uses protobufjs, which gives the same bytes or the same error).
 */
export function encodePageEnvelope (version: number, migrationId: string, seq: number, pages: postcopy.IPageBatch,
  pool: FramePool): Uint8Array | undefined {
  const gpas = pages.gpas ?? []
  const crcs = pages.crcs ?? []
  const zeros = pages.zeroGpas ?? []
  const data = pages.data
  const source = pages.source ?? 0
  if (!(Number.isSafeInteger(version) && version >= 0 && version <= 0xffffffff)) return undefined
  if (!(Number.isSafeInteger(seq) && seq >= 0)) return undefined
  if (!(Number.isInteger(source) && source >= 0 && source < 128)) return undefined
  const gl = packedLen(gpas, Number.MAX_SAFE_INTEGER)
  const cl = packedLen(crcs, 0xffffffff)
  const zl = packedLen(zeros, Number.MAX_SAFE_INTEGER)
  if (gl < 0 || cl < 0 || zl < 0) return undefined
  if (migrationId !== lastId) { lastIdBytes = utf8.encode(migrationId); lastId = migrationId }
  const id = lastIdBytes
  const dl = data == null ? 0 : data.byteLength
  let batch = 0
  if (source !== 0) batch += 2
  if (gpas.length > 0) batch += 1 + varintLen(gl) + gl
  if (dl > 0) batch += 1 + varintLen(dl) + dl
  if (crcs.length > 0) batch += 1 + varintLen(cl) + cl
  if (zeros.length > 0) batch += 1 + varintLen(zl) + zl
  let total = 2 + varintLen(batch) + batch
  if (version !== 0) total += 1 + varintLen(version)
  if (id.length > 0) total += 1 + varintLen(id.length) + id.length
  if (seq !== 0) total += 1 + varintLen(seq)
  const buf = pool.take(total)
  let o = 0
  if (version !== 0) { buf[o++] = 8; o = writeVarint(buf, o, version) }
  if (id.length > 0) { buf[o++] = 18; o = writeVarint(buf, o, id.length); buf.set(id, o); o += id.length }
  if (seq !== 0) { buf[o++] = 24; o = writeVarint(buf, o, seq) }
  // Field 18, wire type 2: the key 146 is a two-byte varint.
  buf[o++] = 0x92
  buf[o++] = 0x01
  o = writeVarint(buf, o, batch)
  if (source !== 0) { buf[o++] = 8; buf[o++] = source }
  o = writePacked(buf, o, 18, gpas, gl)
  if (dl > 0) { buf[o++] = 26; o = writeVarint(buf, o, dl); buf.set(data!, o); o += dl }
  o = writePacked(buf, o, 34, crcs, cl)
  o = writePacked(buf, o, 42, zeros, zl)
  if (o !== total) throw new Error(`page frame encoder wrote ${o} bytes of ${total}`)
  return buf
}
