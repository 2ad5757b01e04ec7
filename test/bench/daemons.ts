// postcopyd processes for the benchmarks: spawned like the demo does (extra node
// flags such as --cpu-prof allowed), driven over REST, measured through /proc.
// Log level info: the 'postcopyd listening' line that carries the URL is an info line.
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { spawnDaemon, stopDaemon, type DaemonProcess } from '../../services/cli/daemon-process.js'
import type { MigrationView } from '../../services/common/migration-view.js'
import type { VmRequest } from '../../services/guest/index.js'

export interface DaemonOptions {
  /** Extra flags for node itself, e.g. ['--cpu-prof', '--cpu-prof-dir=prof']. */
  nodeArgs?: string[]
  /** A postcopyd config layer (JSON), e.g. { migration: { batchPages: 128 } }. */
  config?: Record<string, unknown>
}

export type BenchDaemon = DaemonProcess

export async function startDaemon (name: string, secret: string, opts: DaemonOptions = {}): Promise<BenchDaemon> {
  const args: string[] = []
  if (opts.config !== undefined) {
    const file = join(mkdtempSync(join(tmpdir(), 'pcd-bench-')), 'config.json')
    writeFileSync(file, JSON.stringify(opts.config))
    args.push('--config', file)
  }
  return await spawnDaemon(name, secret, { nodeArgs: opts.nodeArgs ?? [], args })
}

export { stopDaemon }

/** Peak resident set size of a process (VmHWM), bytes. */
export function peakRss (pid: number | undefined): number {
  if (pid === undefined) return 0
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m === null ? 0 : Number(m[1]) * 1024
  } catch {
    return 0
  }
}

export interface Pair {
  src: BenchDaemon
  dst: BenchDaemon
  close (): Promise<void>
}

export async function startPair (opts: DaemonOptions = {}): Promise<Pair> {
  const secret = randomBytes(24).toString('hex')
  const [src, dst] = await Promise.all([startDaemon('src', secret, opts), startDaemon('dst', secret, opts)])
  return { src, dst, close: async () => { await Promise.all([stopDaemon(src), stopDaemon(dst)]) } }
}

export interface VmView { state: string, vcpus: Array<{ step: number, steps: number, state: string }> }

/** Creates a VM on the source and waits until every vCPU has made `minSteps` steps (or finished). */
export async function createVm (d: BenchDaemon, req: VmRequest, minSteps: number): Promise<void> {
  await d.client.post('/v1/vms', req)
  for (;;) {
    const v = await d.client.get<VmView>(`/v1/vms/${req.id}`)
    if (v.state !== 'running' || v.vcpus.every(c => c.step >= minSteps || c.state === 'done')) return
    await sleep(20)
  }
}

export async function migrate (p: Pair, vm: string, maxBandwidthMBps: number, mode: 'postcopy' | 'precopy' | 'hybrid' = 'postcopy'): Promise<string> {
  const m = await p.src.client.post<MigrationView>('/v1/migrations', {
    vm, destination: p.dst.url, mode, ...(maxBandwidthMBps > 0 ? { maxBandwidthMBps } : {})
  })
  return m.id
}

export function view (d: BenchDaemon, id: string): Promise<MigrationView> {
  return d.client.get<MigrationView>(`/v1/migrations/${id}`)
}

const ENDED = ['completed', 'failed', 'cancelled', 'postcopy-paused']

/** Polls both sides until the source says the migration ended; throws unless it completed. */
export async function waitMigration (p: Pair, id: string, maxMs: number): Promise<{ src: MigrationView, dst: MigrationView }> {
  const start = Date.now()
  for (;;) {
    const s = await view(p.src, id)
    if (ENDED.includes(s.state)) {
      const d = await view(p.dst, id)
      if (s.state !== 'completed') throw new Error(`migration ${id} ended ${s.state}: ${JSON.stringify(s.error ?? d.error)}`)
      return { src: s, dst: d }
    }
    if (Date.now() - start > maxMs) throw new Error(`migration ${id} still ${s.state} after ${maxMs} ms`)
    await sleep(50)
  }
}
