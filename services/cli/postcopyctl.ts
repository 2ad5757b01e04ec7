// postcopyctl: the operator's command for postcopyd. Every command takes --json;
// failures print the error code and exit non-zero (2: refused or bad input, 3: unreachable).
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { Command, Option } from 'commander'
import type { MigrationView } from '../common/migration-view.js'
import { TERMINAL_STATES } from '../common/migration-view.js'
import { PCD_ERR_CONFIG_INVALID, isPcdError } from '../common/errors.js'
import { WORKLOAD_KINDS } from '../guest/index.js'
import type { VmView } from '../api/index.js'
import { Client, ApiError } from './client.js'

interface Global { daemon: string, token: string, json: boolean }

/** What a config file may hold: the defaults of --daemon and --token. */
interface FileConfig { daemon?: string, token?: string }

const DEFAULT_DAEMON = 'http://127.0.0.1:7410'

const program = new Command('postcopyctl')
  .description('drive postcopyd: create VMs, migrate them, follow migrations')
  .addOption(new Option('-d, --daemon <url>', 'postcopyd to talk to').env('POSTCOPYD_URL').default(DEFAULT_DAEMON))
  .addOption(new Option('--token <token>', 'bearer token of the API').env('POSTCOPYD_TOKEN').default(''))
  .option('--json', 'machine-readable output', false)
  .addHelpText('after', `
The daemon address and token come from, in order: the flags, POSTCOPYD_URL and
POSTCOPYD_TOKEN, then a JSON file {"daemon": "http://host:7410", "token": "..."}
at $POSTCOPYCTL_CONFIG, or else $XDG_CONFIG_HOME/postcopyctl.json (~/.config).`)
  .showHelpAfterError()

function configPath (): { path: string, explicit: boolean } {
  const env = process.env.POSTCOPYCTL_CONFIG
  if (env !== undefined && env !== '') return { path: env, explicit: true }
  const base = process.env.XDG_CONFIG_HOME !== undefined && process.env.XDG_CONFIG_HOME !== '' ? process.env.XDG_CONFIG_HOME : join(homedir(), '.config')
  return { path: join(base, 'postcopyctl.json'), explicit: false }
}

/** The config file; none at the default path is fine, none at an explicit one is an error. */
function readFileConfig (): FileConfig {
  const { path, explicit } = configPath()
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    if (!explicit && (err as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new PCD_ERR_CONFIG_INVALID(path, `cannot read: ${(err as Error).message}`)
  }
  let v: unknown
  try { v = JSON.parse(text) } catch (err) {
    throw new PCD_ERR_CONFIG_INVALID(path, `not valid JSON: ${(err as Error).message}`)
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new PCD_ERR_CONFIG_INVALID(path, 'must be a JSON object')
  const o = v as Record<string, unknown>
  for (const k of Object.keys(o)) if (k !== 'daemon' && k !== 'token') throw new PCD_ERR_CONFIG_INVALID(path, `unknown field '${k}' (daemon, token)`)
  for (const k of ['daemon', 'token'] as const) if (o[k] !== undefined && typeof o[k] !== 'string') throw new PCD_ERR_CONFIG_INVALID(path, `'${k}' must be a string`)
  return o as FileConfig
}

function client (): { c: Client, g: Global } {
  const g = { ...program.opts<Global>() }
  // The file only fills in what neither a flag nor the environment set.
  const fromDefault = (k: keyof FileConfig): boolean => program.getOptionValueSource(k) === 'default'
  if (fromDefault('daemon') || fromDefault('token')) {
    const f = readFileConfig()
    if (fromDefault('daemon') && f.daemon !== undefined) g.daemon = f.daemon
    if (fromDefault('token') && f.token !== undefined) g.token = f.token
  }
  const url = URL.canParse(g.daemon) ? new URL(g.daemon) : undefined
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ApiError(0, 'PCD_ERR_CLIENT_BAD_ADDRESS', `'${g.daemon}' is not a daemon address (http://host:port)`)
  }
  return { c: new Client(g.daemon, g.token), g }
}

function print (g: Global, value: unknown, human: () => void): void {
  if (g.json) process.stdout.write(JSON.stringify(value, null, 2) + '\n')
  else human()
}

function vmLine (v: VmView): string {
  const done = v.vcpus.reduce((n, c) => n + c.step, 0)
  const total = v.vcpus.reduce((n, c) => n + c.steps, 0)
  return `${v.id.padEnd(20)} ${v.state.padEnd(10)} ${String(v.memoryBytes / 2 ** 20).padStart(6)} MiB  ${String(v.vcpus.length).padStart(2)} vCPU  ` +
    `${v.workload.kind.padEnd(7)} ${total === 0 ? '-' : (100 * done / total).toFixed(1) + '%'}`
}

function migrationLines (m: MigrationView): string[] {
  const rows: Array<[string, string]> = [
    ['migration', m.id], ['vm', m.vm], ['role', m.role], ['state', m.state], ['peer', m.peer],
    ['pages', `${m.pages.present}/${m.pages.total} (${m.pages.background} background, ${m.pages.demand} demand, ${m.pages.zero} zero)`],
    ['faults', `${m.faults.exits} exits, ${m.faults.requests} requests, ${m.faults.merged} merged`],
    ['fault latency', m.faultLatencyUs.count === 0 ? '-' : `p50 ${m.faultLatencyUs.p50} µs, p99 ${m.faultLatencyUs.p99} µs`],
    ['downtime', m.timings.downtimeMs === null ? '-' : `${m.timings.downtimeMs} ms`],
    ['total time', `${m.timings.totalMs} ms`],
    ['throughput', `${m.throughputMBps} MB/s`]
  ]
  if (m.error !== null) rows.push(['error', `${m.error.code}: ${m.error.message}`])
  if (m.diagnosis !== null && m.diagnosis !== undefined) rows.push(['diagnosis', JSON.stringify(m.diagnosis)])
  return rows.map(([k, v]) => `${k.padEnd(14)} ${v}`)
}

const vm = program.command('vm').description('VMs on the daemon')
vm.command('create')
  .description('create a VM and start it')
  .option('--id <id>', 'VM id (default: generated)')
  .option('--memory-mib <n>', 'guest RAM in MiB', v => Number(v), 256)
  .option('--vcpus <n>', 'vCPUs', v => Number(v), 1)
  .addOption(new Option('--workload <kind>', 'access pattern').choices([...WORKLOAD_KINDS]).default('mixed'))
  .option('--steps <n>', 'accesses per vCPU', v => Number(v))
  .option('--write-ratio <r>', 'fraction of writes', v => Number(v))
  .option('--seed <n>', 'workload seed', v => Number(v))
  .option('--compute <n>', 'compute rounds per access', v => Number(v))
  .addOption(new Option('--fill <fill>', 'initial memory').choices(['zero', 'pattern']).default('zero'))
  .action(async (o: Record<string, unknown>) => {
    const { c, g } = client()
    const body = {
      ...(o.id === undefined ? {} : { id: o.id }),
      memoryMiB: o.memoryMib,
      vcpus: o.vcpus,
      fill: o.fill,
      workload: Object.fromEntries(Object.entries({
        kind: o.workload, steps: o.steps, writeRatio: o.writeRatio, seed: o.seed, compute: o.compute
      }).filter(([, v]) => v !== undefined))
    }
    const v = await c.post<VmView>('/v1/vms', body)
    print(g, v, () => console.log(`created ${v.id}\n${vmLine(v)}`))
  })
vm.command('list').description('list VMs').action(async () => {
  const { c, g } = client()
  const vms = await c.get<VmView[]>('/v1/vms')
  print(g, vms, () => {
    if (vms.length === 0) console.log('no VMs')
    for (const v of vms) console.log(vmLine(v))
  })
})
vm.command('delete <id>').description('stop a VM and free its memory').action(async (id: string) => {
  const { c, g } = client()
  await c.delete(`/v1/vms/${encodeURIComponent(id)}`)
  print(g, { deleted: id }, () => console.log(`deleted ${id}`))
})
vm.command('show <id>').description('one VM with its vCPUs').action(async (id: string) => {
  const { c, g } = client()
  const v = await c.get<VmView>(`/v1/vms/${encodeURIComponent(id)}`)
  print(g, v, () => {
    console.log(vmLine(v))
    for (const p of v.vcpus) console.log(`  vcpu ${p.index}: ${p.state.padEnd(8)} step ${p.step}/${p.steps}  exits ${p.exits}  blocked ${p.blockedMs.toFixed(1)} ms`)
    if (v.diagnosis !== null) console.log(`  diagnosis: ${JSON.stringify(v.diagnosis)}`)
  })
})

program.command('migrate <vm> <destination>')
  .description('migrate a VM to the postcopyd at destination (http://host:port); waits and shows progress unless --detach')
  .addOption(new Option('--mode <mode>', 'migration mode').choices(['postcopy', 'precopy', 'hybrid']).default('postcopy'))
  .option('--bandwidth <MBps>', 'cap on the bulk channel in MB/s', v => Number(v))
  .option('--detach', 'print the migration id and return at once', false)
  .action(async (vmId: string, destination: string, o: { mode: string, bandwidth?: number, detach: boolean }) => {
    const { c, g } = client()
    const m0 = await c.post<MigrationView>('/v1/migrations', {
      vm: vmId, destination, mode: o.mode, ...(o.bandwidth === undefined ? {} : { maxBandwidthMBps: o.bandwidth })
    })
    if (o.detach) { print(g, m0, () => console.log(m0.id)); return }
    const tty = process.stderr.isTTY && !g.json
    let m = m0
    let last = 0
    for (;;) {
      m = await c.get<MigrationView>(`/v1/migrations/${m0.id}`)
      const frac = m.pages.total === 0 ? 0 : m.pages.present / m.pages.total
      const line = `${m.state.padEnd(16)} ${(100 * frac).toFixed(1).padStart(5)}% sent  ${m.throughputMBps.toFixed(0).padStart(5)} MB/s`
      const end = TERMINAL_STATES.includes(m.state) || m.state === 'postcopy-paused'
      if (!g.json) {
        if (tty) process.stderr.write(`\r[${'#'.repeat(Math.round(frac * 30)).padEnd(30, '.')}] ${line}`)
        // Not a terminal (a log, a pipe): a line a second, and always the last one.
        else if (end || Date.now() - last > 1000) { process.stderr.write(line + '\n'); last = Date.now() }
      }
      if (end) break
      await sleep(200)
    }
    if (tty) process.stderr.write('\n')
    print(g, m, () => { for (const l of migrationLines(m)) console.log(l) })
    if (m.state !== 'completed') process.exitCode = 1
  })

program.command('status [migration]').description('one migration, or all of them').action(async (id?: string) => {
  const { c, g } = client()
  if (id === undefined) {
    const ms = await c.get<MigrationView[]>('/v1/migrations')
    print(g, ms, () => {
      if (ms.length === 0) console.log('no migrations')
      for (const m of ms) console.log(`${m.id}  ${m.role.padEnd(11)} ${m.vm.padEnd(16)} ${m.state.padEnd(16)} ${m.pages.present}/${m.pages.total}`)
    })
    return
  }
  const m = await c.get<MigrationView>(`/v1/migrations/${encodeURIComponent(id)}`)
  print(g, m, () => { for (const l of migrationLines(m)) console.log(l) })
})

/** An action on one migration of the source daemon: switchover, cancel, recover. */
function migrationAction (name: string, description: string, body: (o: Record<string, unknown>) => unknown = () => undefined): Command {
  return program.command(`${name} <migration>`).description(description).action(async (id: string, o: Record<string, unknown>) => {
    const { c, g } = client()
    const m = await c.post<MigrationView>(`/v1/migrations/${encodeURIComponent(id)}/${name}`, body(o) ?? {})
    print(g, m, () => { for (const l of migrationLines(m)) console.log(l) })
  })
}
migrationAction('switchover', 'switch a precopy or hybrid migration to postcopy now')
migrationAction('cancel', 'cancel a migration before switchover; the VM keeps running on the source')
migrationAction('recover', 'reconnect a postcopy-paused migration now', o => (o.destination === undefined ? {} : { destination: o.destination }))
  .option('--destination <url>', 'a new address for the destination daemon')

program.parseAsync(process.argv).catch((err: unknown) => {
  const g = program.opts<Global>()
  // Our own errors (a bad config file) are reported like the client's.
  if (!(err instanceof ApiError) && isPcdError(err)) err = new ApiError(0, err.code, err.message)
  if (err instanceof ApiError && err.status === 0 && err.code !== 'PCD_ERR_CLIENT_UNREACHABLE') {
    // Bad input on our side (address, config file): a usage error, nothing was sent.
    if (g.json) process.stdout.write(JSON.stringify({ error: { code: err.code, status: 0, message: err.message } }) + '\n')
    else process.stderr.write(`postcopyctl: ${err.code}: ${err.message}\n`)
    process.exitCode = 2
    return
  }
  if (err instanceof ApiError) {
    if (g.json) process.stdout.write(JSON.stringify({ error: { code: err.code, status: err.status, message: err.message } }) + '\n')
    else process.stderr.write(`postcopyctl: ${err.code}: ${err.message}\n`)
    process.exitCode = err.status === 0 ? 3 : 2
    return
  }
  process.stderr.write(`postcopyctl: ${(err as Error).message}\n`)
  process.exitCode = 1
})
