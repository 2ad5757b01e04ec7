// Baselines measured in the same run as postcopyd: a bare WebSocket page round
// trip and raw loopback TCP throughput between two Node processes, and iperf3.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { connect } from 'node:net'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import { percentiles, type Percentiles } from '../../services/common/stats.js'

const PEER = fileURLToPath(new URL('./peer.js', import.meta.url))

async function startPeer (args: string[]): Promise<{ proc: ChildProcess, port: number }> {
  const proc = spawn(process.execPath, [PEER, ...args], { stdio: ['pipe', 'pipe', 'inherit'] })
  const rl = createInterface({ input: proc.stdout! })
  const [line] = await once(rl, 'line') as [string]
  rl.close()
  return { proc, port: (JSON.parse(line) as { port: number }).port }
}

function stopPeer (proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return Promise.resolve()
  const done = once(proc, 'exit').then(() => undefined)
  proc.stdin!.end()
  return done
}

/**
 * Sequential round trips: a 32-byte request answered with 4 KiB, the shape of a
 * page request on the urgent channel, with the client options of a peer channel.
 */
export async function wsRoundTrip (count: number, warmup: number): Promise<Percentiles> {
  const { proc, port } = await startPeer(['ws-echo'])
  const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false, generateMask: (m: Buffer) => { m.fill(0) } })
  try {
    await once(ws, 'open')
    const req = Buffer.alloc(32)
    const samples = new Float64Array(count)
    for (let i = -warmup; i < count; i++) {
      req.writeUInt32LE(i >>> 0, 0)
      const t0 = performance.now()
      const reply = once(ws, 'message')
      ws.send(req, { binary: true })
      const [data] = await reply as [Buffer]
      const t1 = performance.now()
      if (data.length !== 4096 || data.readUInt32LE(0) !== i >>> 0) throw new Error('ws baseline: wrong reply')
      if (i >= 0) samples[i] = (t1 - t0) * 1000
    }
    return percentiles(samples)
  } finally {
    ws.terminate()
    await stopPeer(proc)
  }
}

/** Raw loopback TCP throughput, MB/s (10^6 bytes/s): 1 MiB writes, clock stopped by the sink's answer. */
export async function tcpThroughput (totalBytes: number): Promise<number> {
  const chunk = Buffer.alloc(1 << 20, 0x5a)
  const n = Math.ceil(totalBytes / chunk.length)
  const bytes = n * chunk.length
  const { proc, port } = await startPeer(['tcp-sink', String(bytes)])
  const sock = connect(port, '127.0.0.1')
  try {
    await once(sock, 'connect')
    sock.setNoDelay(true)
    const done = once(sock, 'data')
    const t0 = performance.now()
    for (let i = 0; i < n; i++) {
      if (!sock.write(chunk)) await once(sock, 'drain')
    }
    await done
    const s = (performance.now() - t0) / 1000
    return bytes / 1e6 / s
  } finally {
    sock.destroy()
    await stopPeer(proc)
  }
}

/** iperf3 over loopback if it is installed; null if not (it is optional). */
export function iperf3 (seconds: number): number | null {
  const probe = spawnSync('iperf3', ['--version'], { stdio: 'ignore' })
  if (probe.error !== undefined || probe.status !== 0) return null
  const server = spawn('iperf3', ['-s', '-1', '-B', '127.0.0.1', '-p', '5299'], { stdio: 'ignore' })
  try {
    // The server needs a moment to bind; the client retries a few times.
    for (let attempt = 0; attempt < 10; attempt++) {
      const r = spawnSync('iperf3', ['-c', '127.0.0.1', '-p', '5299', '-t', String(seconds), '-J'], { encoding: 'utf8' })
      if (r.status === 0) {
        const j = JSON.parse(r.stdout) as { end?: { sum_received?: { bits_per_second?: number } } }
        const bps = j.end?.sum_received?.bits_per_second
        return typeof bps === 'number' ? bps / 8 / 1e6 : null
      }
      spawnSync('sleep', ['0.2'])
    }
    return null
  } finally {
    server.kill()
  }
}
