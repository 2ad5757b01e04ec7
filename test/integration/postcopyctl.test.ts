// postcopyctl as an operator runs it: a child process against two live daemons,
// human and --json output, progress on stderr, exit codes, the config file.
import t from 'tap'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startDaemonPair, startTestDaemon } from '../helpers/daemon.js'
import type { MigrationView } from '../../services/common/migration-view.js'

const CTL = fileURLToPath(new URL('../../services/cli/postcopyctl.js', import.meta.url))

interface Run { code: number | null, stdout: string, stderr: string }

/**
 * Runs postcopyctl with a clean environment (no POSTCOPYD_* and a config home of
 * its own). Asynchronous on purpose: the daemons it talks to live in this process.
 */
async function ctl (args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: configHome, XDG_CONFIG_HOME: configHome }
  const child = spawn(process.execPath, [CTL, ...args], { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d })
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d })
  const [code] = await once(child, 'close') as [number | null]
  return { code, stdout, stderr }
}

const configHome = mkdtempSync(join(tmpdir(), 'postcopyctl-test-'))
t.teardown(() => rmSync(configHome, { recursive: true, force: true }))

/** A loopback port nobody listens on. */
async function closedPort (): Promise<number> {
  const s = createServer().listen(0, '127.0.0.1')
  await once(s, 'listening')
  const port = (s.address() as { port: number }).port
  s.close()
  await once(s, 'close')
  return port
}

t.test('create, migrate with progress, and follow a VM from the command line', async t => {
  const { src, dst } = await startDaemonPair(t)

  const created = await ctl(['--daemon', src.url, '--json', 'vm', 'create', '--id', 'vm-ctl', '--memory-mib', '4', '--vcpus', '2',
    '--workload', 'random', '--steps', '1000000', '--compute', '300', '--seed', '5', '--write-ratio', '0.3', '--fill', 'pattern'])
  t.equal(created.code, 0, 'vm create exits 0', { stderr: created.stderr })
  const vm = JSON.parse(created.stdout) as { id: string, state: string, vcpus: unknown[], memoryBytes: number }
  t.match(vm, { id: 'vm-ctl', state: /^(running|halted)$/, memoryBytes: 4 * 2 ** 20 })
  t.equal(vm.vcpus.length, 2)

  const list = await ctl(['--daemon', src.url, 'vm', 'list'])
  t.equal(list.code, 0)
  t.match(list.stdout, /^vm-ctl\s+(running|halted)\s+4 MiB\s+2 vCPU\s+random/m, 'human list: one line per VM')

  // A capped stream keeps the migration going long enough for progress lines.
  const mig = await ctl(['--daemon', src.url, 'migrate', 'vm-ctl', dst.url, '--bandwidth', '2'])
  t.equal(mig.code, 0, 'migrate exits 0 once completed', { stderr: mig.stderr })
  const progress = mig.stderr.split('\n').filter(l => l !== '')
  t.ok(progress.length >= 1, 'progress on stderr')
  for (const l of progress) t.match(l, /^[a-z-]+\s+\d+\.\d% sent\s+\d+ MB\/s$/, `progress line: ${l}`)
  t.match(progress.at(-1), /^completed\s+100\.0% sent/, 'the last progress line is the end')
  t.match(mig.stdout, /^state\s+completed$/m, 'summary: state')
  t.match(mig.stdout, /^role\s+source$/m)
  t.match(mig.stdout, /^downtime\s+[\d.]+ ms$/m, 'summary: downtime')
  const id = /^migration\s+(\S+)$/m.exec(mig.stdout)?.[1]
  t.ok(id?.startsWith('mig-'), 'summary: migration id')

  const all = await ctl(['--daemon', dst.url, '--json', 'status'])
  t.equal(all.code, 0)
  const ms = JSON.parse(all.stdout) as MigrationView[]
  t.match(ms, [{ id, role: 'destination', vm: 'vm-ctl', state: 'completed' }], 'status --json on the destination')

  const one = await ctl(['--daemon', src.url, '--json', 'status', id!])
  t.equal(one.code, 0)
  const sv = JSON.parse(one.stdout) as MigrationView
  t.match(sv, { id, role: 'source', state: 'completed', pages: { total: 1024, present: 1024 } })
  t.ok(sv.timings.downtimeMs !== null)

  const human = await ctl(['--daemon', dst.url, 'status'])
  t.match(human.stdout, new RegExp(`^${id!}\\s+destination\\s+vm-ctl\\s+completed\\s+1024/1024$`, 'm'), 'status: one line per migration')

  const shown = await ctl(['--daemon', dst.url, '--json', 'vm', 'show', 'vm-ctl'])
  t.equal(shown.code, 0)
  t.match(JSON.parse(shown.stdout), { id: 'vm-ctl', origin: 'incoming', pages: { total: 1024, present: 1024 } }, 'the VM lives on the destination')
  const gone = await ctl(['--daemon', src.url, '--json', 'vm', 'show', 'vm-ctl'])
  t.equal(gone.code, 2, 'an API refusal exits 2')
  t.match(JSON.parse(gone.stdout), { error: { code: 'PCD_ERR_VM_NOT_FOUND', status: 404 } }, 'and the source released it')

  const again = await ctl(['--daemon', src.url, 'migrate', 'vm-ctl', dst.url])
  t.equal(again.code, 2)
  t.match(again.stderr, /^postcopyctl: PCD_ERR_VM_NOT_FOUND: /m, 'the error code on stderr')

  // --detach returns at once with the migration; the daemon carries on.
  await ctl(['--daemon', dst.url, 'vm', 'create', '--id', 'vm-back', '--memory-mib', '4', '--steps', '100000'])
  const det = await ctl(['--daemon', dst.url, '--json', 'migrate', 'vm-back', src.url, '--detach'])
  t.equal(det.code, 0)
  const dv = JSON.parse(det.stdout) as MigrationView
  t.match(dv, { vm: 'vm-back', role: 'source' })
  t.equal(det.stderr, '', 'no progress when detached')
  const out = dst.host.outgoing(dv.id)!
  if (out.state !== 'completed') await once(out, 'completed')

  const del = await ctl(['--daemon', src.url, 'vm', 'delete', 'vm-back'])
  t.equal(del.code, 0)
  t.equal(del.stdout, 'deleted vm-back\n')
})

t.test('a bad or unreachable daemon address is an error with a code and a non-zero exit', async t => {
  const port = await closedPort()
  const down = await ctl(['--daemon', `http://127.0.0.1:${port}`, 'vm', 'list'])
  t.equal(down.code, 3, 'unreachable exits 3')
  t.match(down.stderr, /^postcopyctl: PCD_ERR_CLIENT_UNREACHABLE: cannot reach postcopyd at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/m)
  t.equal(down.stdout, '')

  const downJson = await ctl(['--daemon', `http://127.0.0.1:${port}`, '--json', 'status'])
  t.equal(downJson.code, 3)
  t.match(JSON.parse(downJson.stdout), { error: { code: 'PCD_ERR_CLIENT_UNREACHABLE', status: 0 } }, '--json: the error as JSON on stdout')

  const bad = await ctl(['--daemon', 'not-a-url', 'vm', 'list'])
  t.equal(bad.code, 2, 'a malformed address is a usage error')
  t.match(bad.stderr, /PCD_ERR_CLIENT_BAD_ADDRESS/)

  const unknown = await ctl(['vm', 'frobnicate'])
  t.not(unknown.code, 0, 'an unknown command fails')
})

t.test('the daemon address and token come from a config file unless flags or environment say otherwise', async t => {
  const d = await startTestDaemon(t, { apiToken: 'ctl-token-0123' }, 'tokened')
  const other = await startTestDaemon(t, {}, 'other')
  await other.api('POST', '/v1/vms', { id: 'vm-other', memoryMiB: 4, workload: { steps: 1000 } })
  const file = join(configHome, 'ctl.json')
  writeFileSync(file, JSON.stringify({ daemon: d.url, token: 'ctl-token-0123' }))

  const viaFile = await ctl(['--json', 'vm', 'list'], { POSTCOPYCTL_CONFIG: file })
  t.equal(viaFile.code, 0, 'address and token from POSTCOPYCTL_CONFIG', { stderr: viaFile.stderr })
  t.same(JSON.parse(viaFile.stdout), [])

  const viaFlag = await ctl(['--daemon', other.url, '--json', 'vm', 'list'], { POSTCOPYCTL_CONFIG: file })
  t.match(JSON.parse(viaFlag.stdout), [{ id: 'vm-other' }], 'the flag beats the file')
  const viaEnv = await ctl(['--json', 'vm', 'list'], { POSTCOPYCTL_CONFIG: file, POSTCOPYD_URL: other.url })
  t.match(JSON.parse(viaEnv.stdout), [{ id: 'vm-other' }], 'the environment beats the file')

  const wrong = await ctl(['--token', 'nope', 'vm', 'list'], { POSTCOPYCTL_CONFIG: file })
  t.equal(wrong.code, 2)
  t.match(wrong.stderr, /PCD_ERR_API_UNAUTHORIZED/, 'a wrong token is refused with its code')

  // The default location: $XDG_CONFIG_HOME/postcopyctl.json.
  writeFileSync(join(configHome, 'postcopyctl.json'), JSON.stringify({ daemon: other.url }))
  t.teardown(() => rmSync(join(configHome, 'postcopyctl.json'), { force: true }))
  const viaDefault = await ctl(['--json', 'vm', 'list'])
  t.match(JSON.parse(viaDefault.stdout), [{ id: 'vm-other' }], 'the default config file is read')

  writeFileSync(file, '{ not json')
  const broken = await ctl(['vm', 'list'], { POSTCOPYCTL_CONFIG: file })
  t.equal(broken.code, 2)
  t.match(broken.stderr, /PCD_ERR_CONFIG_INVALID: Invalid configuration '.*ctl\.json': not valid JSON/)
  writeFileSync(file, JSON.stringify({ daemon: d.url, colour: 'blue' }))
  const extra = await ctl(['vm', 'list'], { POSTCOPYCTL_CONFIG: file })
  t.equal(extra.code, 2)
  t.match(extra.stderr, /unknown field 'colour'/)
})

t.test('switchover and cancel from the command line; cancel after switchover is refused', async t => {
  // Neither mode converges or switches on its own here: the commands decide.
  const { src, dst } = await startDaemonPair(t, { migration: { maxRounds: 1000, downtimeLimitMs: 1, postcopyAfterRounds: 1000 } })
  const req = { id: 'ctl-pre', memoryMiB: 8, vcpus: 1, fill: 'pattern', workload: { kind: 'random', steps: 100_000_000, writeRatio: 0.9, compute: 20 } }
  t.equal((await src.api('POST', '/v1/vms', req)).status, 201)
  const started = await ctl(['-d', src.url, '--json', 'migrate', '--detach', '--mode', 'precopy', '--bandwidth', '10', 'ctl-pre', dst.url])
  t.equal(started.code, 0, started.stderr)
  const id = (JSON.parse(started.stdout) as MigrationView).id
  const cancelled = await ctl(['-d', src.url, '--json', 'cancel', id])
  t.equal(cancelled.code, 0, cancelled.stderr)
  t.equal((JSON.parse(cancelled.stdout) as MigrationView).state, 'cancelled')
  t.equal((await src.api('GET', '/v1/vms/ctl-pre')).body.state, 'running', 'the VM runs on at the source')

  const again = await ctl(['-d', src.url, '--json', 'migrate', '--detach', '--mode', 'hybrid', '--bandwidth', '10', 'ctl-pre', dst.url])
  t.equal(again.code, 0, again.stderr)
  const id2 = (JSON.parse(again.stdout) as MigrationView).id
  const out = src.host.outgoing(id2)!
  while (out.state === 'setup') await new Promise(resolve => setTimeout(resolve, 10))
  const sw = await ctl(['-d', src.url, '--json', 'switchover', id2])
  t.equal(sw.code, 0, 'switchover accepted', { stderr: sw.stderr, stdout: sw.stdout })
  while (out.state === 'precopy' || out.state === 'switchover') await new Promise(resolve => setTimeout(resolve, 10))
  const late = await ctl(['-d', src.url, 'cancel', id2])
  t.equal(late.code, 2, 'refused: non-zero exit')
  t.match(late.stderr, /PCD_ERR_MIGRATION_BAD_STATE/)
  const onDst = await ctl(['-d', dst.url, 'recover', id2])
  t.equal(onDst.code, 2)
  t.match(onDst.stderr, /PCD_ERR_MIGRATION_BAD_STATE/, 'recover is asked of the source')
})
