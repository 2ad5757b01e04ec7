// The postcopyd benchmarks: fault service latency (idle link, saturated link,
// several vCPUs), fault rate, bulk throughput with peak RSS, and one whole
// migration. Every scenario runs on a fresh daemon pair so peak RSS is its own.
import { setTimeout as sleep } from 'node:timers/promises'
import type { Percentiles } from '../../services/common/stats.js'
import type { MigrationView } from '../../services/common/migration-view.js'
import type { VmRequest } from '../../services/guest/index.js'
import { createVm, migrate, peakRss, startPair, view, waitMigration, type DaemonOptions } from './daemons.js'

const MiB = 1024 * 1024

export interface FaultRun {
  vcpus: number
  memoryMiB: number
  capMBps: number
  latencyUs: Percentiles
  /** Faults served per second over the measuring window. */
  faultRatePerS: number
  /** Bulk payload rate on the destination meanwhile, MB/s. */
  bulkMBps: number
  windowMs: number
  state: string
}

/**
 * A random workload over the whole guest faults on nearly every access, so the
 * vCPUs fault continuously; `capMBps` 1 leaves the link idle, 0 lets the
 * background stream run at full speed beside the faults.
 */
export async function faultRun (o: { vcpus: number, memoryMiB: number, capMBps: number, windowMs: number, daemon: DaemonOptions }): Promise<FaultRun> {
  const p = await startPair(o.daemon)
  try {
    const req: VmRequest = {
      id: 'bench-faults', memoryMiB: o.memoryMiB, vcpus: o.vcpus, fill: 'pattern',
      workload: { kind: 'random', steps: 1e11, writeRatio: 0.3, seed: 11, compute: 20 }
    }
    await createVm(p.src, req, 1000)
    const id = await migrate(p, req.id!, o.capMBps)
    let d: MigrationView
    // The window opens once the destination runs the guest.
    for (;;) {
      d = await view(p.dst, id)
      if (d.state !== 'setup' && d.state !== 'switchover') break
      await sleep(10)
    }
    const t0 = performance.now()
    const c0 = d.faultLatencyUs.count
    for (;;) {
      await sleep(100)
      d = await view(p.dst, id)
      if (d.state !== 'postcopy' || performance.now() - t0 >= o.windowMs) break
    }
    const ms = performance.now() - t0
    return {
      vcpus: o.vcpus,
      memoryMiB: o.memoryMiB,
      capMBps: o.capMBps,
      latencyUs: d.faultLatencyUs,
      faultRatePerS: Math.round((d.faultLatencyUs.count - c0) / (ms / 1000)),
      bulkMBps: d.throughputMBps,
      windowMs: Math.round(ms),
      state: d.state
    }
  } finally {
    await p.close()
  }
}

export interface BulkRun {
  memoryMiB: number
  mbps: number
  postcopyMs: number
  srcPeakRss: number
  dstPeakRss: number
  /** Destination peak RSS over guest RAM. */
  rssRatio: number
}

/**
 * The background stream alone: the guest has finished its work before the
 * migration, so no vCPU faults and every page goes over the bulk channel.
 */
export async function bulkRun (o: { memoryMiB: number, daemon: DaemonOptions }): Promise<BulkRun> {
  const p = await startPair(o.daemon)
  try {
    const req: VmRequest = {
      id: 'bench-bulk', memoryMiB: o.memoryMiB, vcpus: 2, fill: 'pattern',
      workload: { kind: 'scan', steps: 1000, writeRatio: 0.3, seed: 5, compute: 0 }
    }
    await createVm(p.src, req, 1000)
    for (;;) {
      const v = await p.src.client.get<{ state: string }>(`/v1/vms/${req.id}`)
      if (v.state === 'halted') break
      await sleep(10)
    }
    const id = await migrate(p, req.id!, 0)
    const { dst } = await waitMigration(p, id, 600_000)
    const dstPeakRss = peakRss(p.dst.proc.pid)
    return {
      memoryMiB: o.memoryMiB,
      mbps: dst.throughputMBps,
      postcopyMs: dst.timings.postcopyMs ?? 0,
      srcPeakRss: peakRss(p.src.proc.pid),
      dstPeakRss,
      rssRatio: Math.round(dstPeakRss / (o.memoryMiB * MiB) * 1000) / 1000
    }
  } finally {
    await p.close()
  }
}

export interface E2eRun {
  memoryMiB: number
  vcpus: number
  mode: string
  state: string
  rounds: number
  totalMs: number
  downtimeMs: number | null
  postcopyMs: number | null
  setupMs: number | null
  bulkMBps: number
  faults: number
  latencyUs: Percentiles
  srcPeakRss: number
  dstPeakRss: number
}

/** The demo's migration: a 1 GiB guest running a mixed workload, migrated mid-run (postcopy unless told), link uncapped. */
export async function e2eRun (o: { memoryMiB: number, daemon: DaemonOptions, mode?: 'postcopy' | 'precopy' | 'hybrid' }): Promise<E2eRun> {
  const p = await startPair(o.daemon)
  try {
    const steps = 12_000_000
    const req: VmRequest = {
      id: 'bench-e2e', memoryMiB: o.memoryMiB, vcpus: 2, fill: 'pattern',
      workload: { kind: 'mixed', steps, writeRatio: 0.3, seed: 42, compute: 20 }
    }
    await createVm(p.src, req, steps * 0.05)
    const id = await migrate(p, req.id!, 0, o.mode ?? 'postcopy')
    const { src, dst } = await waitMigration(p, id, 600_000)
    return {
      mode: o.mode ?? 'postcopy',
      state: src.state,
      rounds: src.rounds?.length ?? 0,
      memoryMiB: o.memoryMiB,
      vcpus: 2,
      totalMs: src.timings.totalMs,
      downtimeMs: src.timings.downtimeMs,
      postcopyMs: dst.timings.postcopyMs,
      setupMs: src.timings.setupMs,
      bulkMBps: dst.throughputMBps,
      faults: dst.faults.exits,
      latencyUs: dst.faultLatencyUs,
      srcPeakRss: peakRss(p.src.proc.pid),
      dstPeakRss: peakRss(p.dst.proc.pid)
    }
  } finally {
    await p.close()
  }
}
