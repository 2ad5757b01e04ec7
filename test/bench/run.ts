// npm run bench [-- --quick] [-- --json]: measures postcopyd against baselines
// taken in the same run and prints figures with the design's targets. Never
// fails on time: a target missed is a figure, not an error.
import { cpus, loadavg } from 'node:os'
import { Command } from 'commander'
import { iperf3, tcpThroughput, wsRoundTrip } from './baselines.js'
import { bulkRun, e2eRun, faultRun, type FaultRun } from './scenarios.js'
import { localFaultLoop } from './local-fault.js'
import type { DaemonOptions } from './daemons.js'
import type { Percentiles } from '../../services/common/stats.js'

const SCENARIOS = ['ws', 'tcp', 'local', 'idle', 'load', 'vcpus', 'bulk', 'e2e'] as const
type Scenario = typeof SCENARIOS[number]

interface Options { json: boolean, quick: boolean, only?: string, cpuProf?: string, daemonConfig?: string }

const MB = 1e6

function pick (p: Percentiles): { p50: number, p90: number, p99: number, max: number, count: number } {
  return { p50: p.p50, p90: p.p90, p99: p.p99, max: p.max, count: p.count }
}

async function main (): Promise<void> {
  const o = new Command('bench')
    .description('postcopyd benchmarks: figures, never pass/fail')
    .option('--json', 'print one JSON object instead of a table', false)
    .option('--quick', 'smaller guests and shorter windows (under a minute)', false)
    .option('--only <list>', `comma-separated subset of ${SCENARIOS.join(',')}`)
    .option('--cpu-prof <dir>', 'run the daemons with node --cpu-prof, profiles written to <dir>')
    .option('--daemon-config <json>', 'a postcopyd config layer for both daemons, e.g. {"migration":{"batchPages":128}}')
    .parse(process.argv)
    .opts<Options>()
  const only = new Set<Scenario>((o.only?.split(',') ?? SCENARIOS) as Scenario[])
  for (const s of only) if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario '${s}'`)
  const daemon: DaemonOptions = {
    ...(o.cpuProf !== undefined ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${o.cpuProf}`] } : {}),
    ...(o.daemonConfig !== undefined ? { config: JSON.parse(o.daemonConfig) as Record<string, unknown> } : {})
  }
  const q = o.quick
  const progress = (s: string): void => { if (!o.json) process.stderr.write(`  ${s}\n`) }
  const started = performance.now()

  const r: Record<string, unknown> = {
    machine: { nproc: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, loadavg1: Math.round(loadavg()[0]! * 100) / 100 },
    quick: q
  }
  let ws: Percentiles | undefined
  let tcp: number | undefined
  if (only.has('ws')) {
    progress('baseline: WebSocket 4 KiB round trip ...')
    ws = await wsRoundTrip(q ? 2000 : 10_000, 500)
    r.wsRoundTripUs = pick(ws)
  }
  if (only.has('tcp')) {
    progress('baseline: loopback TCP throughput ...')
    tcp = Math.round(await tcpThroughput((q ? 0.5 : 2) * 1024 * MB))
    r.tcpMBps = tcp
    const ip = iperf3(q ? 2 : 5)
    r.iperf3MBps = ip === null ? null : Math.round(ip)
  }

  // Pattern fill costs ~5 s per GiB on the source here, so quick runs use small guests.
  const faultMiB = q ? 128 : 1024
  const windowMs = q ? 1500 : 6000
  const lat: Record<string, unknown> = {}
  let idle: FaultRun | undefined
  let load: FaultRun | undefined
  const byVcpus: Record<string, FaultRun> = {}
  if (only.has('local')) {
    progress('fault floor without network: in-process sim VM, exits answered at once ...')
    const l = await localFaultLoop({ vcpus: 2, memoryMiB: faultMiB, windowMs: q ? 1000 : 3000 })
    lat.local = { ...pick(l.latencyUs), faultRatePerS: l.faultRatePerS }
  }
  if (only.has('idle')) {
    progress(`fault latency, idle link: ${faultMiB} MiB guest, 2 vCPUs, random, stream capped at 1 MB/s ...`)
    idle = await faultRun({ vcpus: 2, memoryMiB: faultMiB, capMBps: 1, windowMs, daemon })
    lat.idle = pick(idle.latencyUs)
    byVcpus['2'] = idle
  }
  if (only.has('load')) {
    const mib = q ? 512 : 2048
    progress(`fault latency under load: ${mib} MiB guest, 2 vCPUs, random, stream uncapped ...`)
    load = await faultRun({ vcpus: 2, memoryMiB: mib, capMBps: 0, windowMs, daemon })
    lat.underLoad = { ...pick(load.latencyUs), bulkMBps: load.bulkMBps, faultRatePerS: load.faultRatePerS }
  }
  if (only.has('vcpus')) {
    for (const n of [2, 4, 8]) {
      if (byVcpus[String(n)] !== undefined) continue
      progress(`fault latency with ${n} vCPUs faulting at once (idle link) ...`)
      byVcpus[String(n)] = await faultRun({ vcpus: n, memoryMiB: faultMiB, capMBps: 1, windowMs, daemon })
    }
  }
  if (Object.keys(byVcpus).length > 0) {
    lat.vcpus = Object.fromEntries(Object.entries(byVcpus).map(([n, f]) => [n, { p50: f.latencyUs.p50, p99: f.latencyUs.p99, count: f.latencyUs.count, faultRatePerS: f.faultRatePerS }]))
  }
  r.faultLatencyUs = lat
  const rateRun = byVcpus['8']
  r.faultRatePerS = rateRun?.faultRatePerS ?? null

  if (only.has('bulk')) {
    const mib = q ? 1024 : 4096
    progress(`bulk stream: ${mib} MiB guest, halted, uncapped ...`)
    const b = await bulkRun({ memoryMiB: mib, daemon })
    r.bulkMBps = b.mbps
    r.bulk = b
    r.rssRatio = b.rssRatio
    r.rss = { srcPeakBytes: b.srcPeakRss, dstPeakBytes: b.dstPeakRss, guestBytes: mib * 1024 * 1024 }
  }
  if (only.has('e2e')) {
    progress('end to end: 1 GiB guest, 2 vCPUs, mixed workload, postcopy, uncapped ...')
    r.e2e = await e2eRun({ memoryMiB: 1024, daemon })
    // The other modes take a few rounds more each; --quick keeps to postcopy.
    if (!q) {
      const modes: Record<string, unknown> = { postcopy: r.e2e }
      for (const mode of ['precopy', 'hybrid'] as const) {
        progress(`end to end: 1 GiB guest, ${mode} ...`)
        modes[mode] = await e2eRun({ memoryMiB: 1024, daemon, mode })
      }
      r.e2eModes = modes
    }
  }

  const faultP50 = load?.latencyUs.p50 ?? idle?.latencyUs.p50
  const ratios = {
    faultP50OverWs: ws !== undefined && faultP50 !== undefined && ws.p50 > 0 ? round2(faultP50 / ws.p50) : null,
    idleFaultP50OverWs: ws !== undefined && idle !== undefined && ws.p50 > 0 ? round2(idle.latencyUs.p50 / ws.p50) : null,
    bulkOverTcp: tcp !== undefined && typeof r.bulkMBps === 'number' && tcp > 0 ? round2(r.bulkMBps / tcp) : null
  }
  r.ratios = ratios
  const rss = typeof r.rssRatio === 'number' ? r.rssRatio : null
  r.targets = [
    target('fault p50 under load <= 1.5x WS round trip', ratios.faultP50OverWs, '<=', 1.5),
    target('fault p99 under load < 1000 us', load?.latencyUs.p99 ?? null, '<', 1000),
    target('bulk >= 0.7x loopback TCP', ratios.bulkOverTcp, '>=', 0.7),
    target('destination peak RSS < 1.10x guest RAM', rss, '<', 1.1)
  ]
  r.elapsedS = Math.round((performance.now() - started) / 100) / 10

  if (o.json) process.stdout.write(JSON.stringify(r) + '\n')
  else printTable(r)
}

interface Target { name: string, value: number | null, op: '<' | '<=' | '>=', limit: number, met: boolean | null }

function target (name: string, value: number | null, op: Target['op'], limit: number): Target {
  const met = value === null ? null : op === '<' ? value < limit : op === '<=' ? value <= limit : value >= limit
  return { name, value, op, limit, met }
}

function round2 (x: number): number { return Math.round(x * 100) / 100 }

function printTable (r: Record<string, any>): void {
  const rows: Array<[string, string]> = []
  const pc = (p: any): string => p === undefined ? '-' : `p50 ${p.p50}  p90 ${p.p90 ?? '-'}  p99 ${p.p99}  max ${p.max ?? '-'}  (n=${p.count})`
  const mib = (b: number): string => `${Math.round(b / 1024 / 1024)} MiB`
  rows.push(['machine', `${r.machine.nproc} CPUs (${r.machine.cpu}), node ${r.machine.node}, load ${r.machine.loadavg1}`])
  if (r.wsRoundTripUs !== undefined) rows.push(['WS 4 KiB round trip, µs', pc(r.wsRoundTripUs)])
  if (r.tcpMBps !== undefined) rows.push(['loopback TCP, MB/s', `${r.tcpMBps}${r.iperf3MBps === null ? '  (iperf3 not installed)' : `  (iperf3 ${r.iperf3MBps})`}`])
  const l = r.faultLatencyUs
  if (l.local !== undefined) rows.push(['fault floor, no network, µs', `${pc(l.local)}  ${l.local.faultRatePerS}/s`])
  if (l.idle !== undefined) rows.push(['fault latency idle, µs', pc(l.idle)])
  if (l.underLoad !== undefined) rows.push(['fault latency loaded, µs', `${pc(l.underLoad)}  bulk ${l.underLoad.bulkMBps} MB/s`])
  for (const [n, v] of Object.entries<any>(l.vcpus ?? {})) rows.push([`fault latency ${n} vCPUs, µs`, `p50 ${v.p50}  p99 ${v.p99}  (n=${v.count}, ${v.faultRatePerS}/s)`])
  if (r.faultRatePerS !== null) rows.push(['fault rate (8 vCPUs), /s', String(r.faultRatePerS)])
  if (r.bulk !== undefined) {
    rows.push([`bulk (${r.bulk.memoryMiB} MiB), MB/s`, `${r.bulkMBps}  in ${r.bulk.postcopyMs} ms`])
    rows.push(['peak RSS', `src ${mib(r.rss.srcPeakBytes)}, dst ${mib(r.rss.dstPeakBytes)}; dst/guest ${r.rssRatio}`])
  }
  if (r.e2e !== undefined) {
    const e = r.e2e
    rows.push(['end to end (1 GiB)', `total ${e.totalMs} ms, downtime ${e.downtimeMs} ms, postcopy ${e.postcopyMs} ms, ${e.bulkMBps} MB/s, ${e.faults} faults`])
    rows.push(['  its fault latency, µs', pc(e.latencyUs)])
    rows.push(['  its peak RSS', `src ${mib(e.srcPeakRss)}, dst ${mib(e.dstPeakRss)}`])
  }
  rows.push(['ratios', `fault p50 / WS ${r.ratios.faultP50OverWs ?? '-'} (idle ${r.ratios.idleFaultP50OverWs ?? '-'}), bulk / TCP ${r.ratios.bulkOverTcp ?? '-'}`])
  for (const t of r.targets as Target[]) rows.push([`target`, `${t.met === null ? 'n/a ' : t.met ? 'MET ' : 'MISS'}  ${t.name}: ${t.value ?? '-'}`])
  rows.push(['elapsed', `${r.elapsedS} s`])
  const w = Math.max(...rows.map(([k]) => k.length))
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`)
}

main().catch(err => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`)
  process.exitCode = 1
})
