// npm run demo: the main job in one command. Starts two postcopyd processes on
// loopback, creates a VM on one, migrates it to the other in postcopy while
// printing progress, then checks the result against a run never migrated.
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { Command, Option } from 'commander'
import { createLogger } from '../common/log.js'
import type { MigrationView } from '../common/migration-view.js'
import { SimBackend, buildSpec, runReference, WORKLOAD_KINDS, INJECTABLE, type VmRequest, type VcpuRegs, type WorkloadKind, type InjectClass } from '../guest/index.js'
import type { Diagnosis } from '../destination/index.js'
import type { VmView } from '../api/index.js'
import { ApiError } from './client.js'
import { spawnDaemon, stopDaemon } from './daemon-process.js'
import { LinkProxy } from './link-proxy.js'

interface DemoOptions {
  json: boolean
  cutLink: number
  inject?: InjectClass
  mode: 'postcopy' | 'precopy' | 'hybrid'
  memoryMib: number
  vcpus: number
  workload: WorkloadKind
  steps: number
  compute: number
  seed: number
  bandwidth: number
}

function bar (frac: number, width = 30): string {
  const n = Math.round(frac * width)
  return '[' + '#'.repeat(n) + '.'.repeat(width - n) + ']'
}

async function main (): Promise<number> {
  const cmd = new Command('demo')
    .description('start two postcopyd daemons on loopback and migrate a running VM between them')
    .option('--json', 'print the summary as one JSON object (progress goes to stderr)', false)
    .addOption(new Option('--mode <mode>', 'migration mode').choices(['postcopy', 'precopy', 'hybrid']).default('postcopy'))
    .option('--memory-mib <n>', 'guest RAM in MiB', v => Number(v), 1024)
    .option('--vcpus <n>', 'vCPUs', v => Number(v), 2)
    .addOption(new Option('--workload <kind>', 'access pattern').choices([...WORKLOAD_KINDS]).default('mixed'))
    .option('--steps <n>', 'accesses per vCPU', v => Number(v), 12_000_000)
    .option('--compute <n>', 'compute rounds per access', v => Number(v), 20)
    .option('--seed <n>', 'workload seed', v => Number(v), 42)
    .option('--bandwidth <MBps>', 'cap on the bulk channel, MB/s (0: none)', v => Number(v), 0)
    .option('--cut-link <n>', 'run the peer link through a proxy and cut it n times during postcopy', v => Number(v), 0)
    .addOption(new Option('--inject <class>', 'inject this fault class during the migration (daemons run with --enable-fault-injection)').choices([...INJECTABLE]))
  cmd.parse(process.argv)
  const o = cmd.opts<DemoOptions>()
  const out = o.json ? process.stderr : process.stdout
  const say = (s: string): void => { out.write(s + '\n') }
  const secret = randomBytes(24).toString('hex')

  say(`starting two daemons on loopback ...`)
  const extra = o.inject === undefined ? [] : ['--enable-fault-injection']
  const [src, dst] = await Promise.all([spawnDaemon('src', secret, { args: extra, onError: say }), spawnDaemon('dst', secret, { args: extra, onError: say })])
  say(`  source      ${src.url}\n  destination ${dst.url}`)
  const req: VmRequest & { inject?: { class: InjectClass } } = {
    id: 'demo-vm',
    // A small ROM beside the RAM gives an injected write somewhere read-only to go.
    ...(o.inject === 'permission' ? { memslots: [{ sizeMiB: o.memoryMib }, { sizeMiB: 1, readonly: true }] } : { memoryMiB: o.memoryMib }),
    ...(o.inject === undefined ? {} : { inject: { class: o.inject } }),
    vcpus: o.vcpus,
    fill: 'pattern',
    workload: { kind: o.workload, steps: o.steps, compute: o.compute, seed: o.seed, writeRatio: 0.3 }
  }
  let summary: Record<string, unknown> = { status: 'failed', verified: false }
  let proxy: LinkProxy | undefined
  try {
    say(`creating a ${o.memoryMib} MiB VM with ${o.vcpus} vCPUs running a ${o.workload} workload ...`)
    await src.client.post<VmView>('/v1/vms', req)
    // Let the guest run on the source for a moment: the migration starts mid-run.
    for (;;) {
      const v = await src.client.get<VmView>(`/v1/vms/${req.id}`)
      if (v.vcpus.every(c => c.step >= o.steps * 0.05) || v.state !== 'running') break
      await sleep(50)
    }
    say(`migrating in ${o.mode} ...`)
    let destination = dst.url
    if (o.cutLink > 0) {
      proxy = new LinkProxy(dst.url)
      destination = await proxy.listen()
      say(`  the link runs through a proxy at ${destination} that will be cut ${o.cutLink} time(s)`)
    }
    const started = await src.client.post<MigrationView>('/v1/migrations', {
      vm: req.id, destination, mode: o.mode, ...(o.bandwidth > 0 ? { maxBandwidthMBps: o.bandwidth } : {})
    })
    let m = started
    let d: MigrationView | undefined
    let lastLine = 0
    for (;;) {
      m = await src.client.get<MigrationView>(`/v1/migrations/${started.id}`)
      try { d = await dst.client.get<MigrationView>(`/v1/migrations/${started.id}`) } catch { d = undefined }
      const present = d?.pages.present ?? 0
      const total = m.pages.total
      const line = `${bar(present / total)} ${(100 * present / total).toFixed(1).padStart(5)}%  ${m.state.padEnd(10)} ` +
        `${(d?.throughputMBps ?? 0).toFixed(0).padStart(5)} MB/s  demand faults ${d?.faults.exits ?? 0}`
      // A terminal gets one line redrawn; a log gets a line a second.
      if (out.isTTY) out.write(`\r  ${line}   `)
      else if (Date.now() - lastLine >= 1000) { out.write(`  ${line}\n`); lastLine = Date.now() }
      if (['completed', 'failed', 'cancelled'].includes(m.state)) break
      // Cut the link once the stream has moved a share of the memory since the last cut.
      if (proxy !== undefined && proxy.cuts < o.cutLink && m.state === 'postcopy' && d?.state === 'postcopy' &&
        present / total > (proxy.cuts + 1) / (o.cutLink + 2)) {
        proxy.cut()
        out.write(`${out.isTTY ? '\n' : ''}  cut the link (${proxy.cuts}/${o.cutLink})\n`)
      }
      await sleep(200)
    }
    if (out.isTTY) out.write('\n')
    if (m.state !== 'completed') {
      summary = { status: m.state, verified: false, error: m.error }
      const dm = await dst.client.get<MigrationView>(`/v1/migrations/${started.id}`).catch(() => undefined)
      const diag = dm?.diagnosis as Diagnosis | null | undefined
      if (diag !== null && diag !== undefined) {
        const dvm = await dst.client.get<VmView>(`/v1/vms/${req.id}`)
        const health = await dst.client.get<{ status: string }>('/healthz')
        summary = {
          ...summary,
          inject: o.inject ?? null,
          diagnosis: { class: diag.faultClass, gpa: diag.gpa, vcpu: diag.vcpu, flags: diag.flags, reason: diag.reason, tried: diag.tried },
          faultingVcpuExits: diag.vcpu >= 0 ? dvm.vcpus[diag.vcpu]?.exits ?? null : null,
          vmState: dvm.state,
          destinationHealthy: health.status === 'ok',
          faultClasses: Object.fromEntries(Object.entries(dm!.faults.byClass).filter(([, n]) => n > 0))
        }
      }
      return finish(summary)
    }
    d = await dst.client.get<MigrationView>(`/v1/migrations/${started.id}`)
    say('migration completed; letting the guest finish on the destination ...')
    let vm: VmView
    for (;;) {
      vm = await dst.client.get<VmView>(`/v1/vms/${req.id}`)
      if (vm.state === 'halted' || vm.state === 'stopped') break
      await sleep(100)
    }
    const got = await dst.client.get<{ digest: string, results: VcpuRegs[] | null }>(`/v1/vms/${req.id}/digest`)
    say('running the same VM never migrated, for comparison ...')
    const { inject: _inject, ...vmReq } = req
    const ref = await runReference(new SimBackend({ log: createLogger({ level: 'silent', nodeName: 'demo' }) }), buildSpec(vmReq))
    const verified = vm.state === 'halted' && got.digest === ref.digest && JSON.stringify(got.results) === JSON.stringify(ref.results)
    summary = {
      status: m.state,
      verified,
      vm: { memoryMiB: o.memoryMib, vcpus: o.vcpus, workload: o.workload, steps: o.steps },
      totalMs: m.timings.totalMs,
      downtimeMs: m.timings.downtimeMs,
      setupMs: m.timings.setupMs,
      postcopyMs: d.timings.postcopyMs,
      mode: o.mode,
      rounds: m.rounds?.length ?? 0,
      pages: {
        total: d.pages.total,
        precopy: d.pages.precopy,
        rewritten: d.pages.rewritten ?? 0,
        background: d.pages.background,
        demand: d.pages.demand,
        zero: d.pages.zero,
        duplicates: d.pages.duplicates
      },
      bytes: d.bytes,
      faults: d.faults.exits,
      requests: d.faults.requests,
      mergedRequests: d.faults.merged,
      faultClasses: Object.fromEntries(Object.entries(d.faults.byClass).filter(([, n]) => n > 0)),
      faultLatencyUs: d.faultLatencyUs,
      throughputMBps: d.throughputMBps,
      recoveries: m.recoveries,
      linkCuts: proxy?.cuts ?? 0,
      digest: got.digest,
      referenceDigest: ref.digest,
      ...(o.inject === undefined ? {} : { inject: o.inject })
    }
    return finish(summary)
  } catch (err) {
    const e = err instanceof ApiError ? { code: err.code, message: err.message } : { code: 'PCD_ERR_DEMO', message: (err as Error).message }
    summary = { status: 'failed', verified: false, error: e }
    return finish(summary)
  } finally {
    await proxy?.close()
    await Promise.all([stopDaemon(src, 5000), stopDaemon(dst, 5000)])
  }

  function finish (s: Record<string, unknown>): number {
    if (o.json) {
      process.stdout.write(JSON.stringify(s) + '\n')
    } else {
      const lat = s.faultLatencyUs as { p50: number, p99: number, count: number } | undefined
      const pages = s.pages as Record<string, number> | undefined
      const rows: Array<[string, string]> = [
        ['status', String(s.status)],
        ['verified', s.verified === true ? 'yes: results and memory digest equal a run never migrated' : 'NO']
      ]
      if (pages !== undefined) {
        rows.push(
          ['total time', `${String(s.totalMs)} ms`],
          ['downtime', `${String(s.downtimeMs)} ms`],
          ['pages', `${pages.total} total: ${pages.precopy > 0 ? `${pages.precopy} in ${String(s.rounds)} precopy round(s) (+${pages.rewritten} re-sent dirty), ` : ''}${pages.background} background, ${pages.demand} on demand, ${pages.zero} zero, ${pages.duplicates} duplicates dropped`],
          ['demand faults', `${String(s.faults)} exits, ${String(s.requests)} requests, ${String(s.mergedRequests)} merged`],
          ['fault latency', lat === undefined || lat.count === 0 ? 'no faults' : `p50 ${lat.p50} µs, p99 ${lat.p99} µs over ${lat.count} faults`],
          ['throughput', `${String(s.throughputMBps)} MB/s on the bulk channel`]
        )
        if (o.cutLink > 0) rows.push(['link', `cut ${String(s.linkCuts)} times, recovered ${String(s.recoveries)} times`])
      }
      if (s.error !== undefined) rows.push(['error', JSON.stringify(s.error)])
      const diag = s.diagnosis as Record<string, unknown> | undefined
      if (diag !== undefined) {
        rows.push(
          ['diagnosis', `${String(diag.class)} at gpa ${String(diag.gpa)} on vCPU ${String(diag.vcpu)} (${String(diag.flags)}): ${String(diag.reason)}`],
          ['faulting vCPU', `stopped after ${String(s.faultingVcpuExits)} exits`],
          ['destination', s.destinationHealthy === true ? 'healthy, still serving' : 'NOT healthy']
        )
      }
      say('')
      for (const [k, v] of rows) say(`  ${k.padEnd(14)} ${v}`)
    }
    // With an injected fault, success is the watchdog catching it (or, for
    // 'stalled', recovering from it).
    if (o.inject !== undefined && o.inject !== 'stalled') {
      return (s.diagnosis as { class?: string } | undefined)?.class === o.inject && s.destinationHealthy === true ? 0 : 1
    }
    return s.status === 'completed' && s.verified === true ? 0 : 1
  }
}

main().then(code => { process.exitCode = code }, err => {
  process.stderr.write(`demo: ${(err as Error).stack ?? String(err)}\n`)
  process.exitCode = 1
})
