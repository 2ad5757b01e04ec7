// postcopyd's configuration: one typed object with documented defaults, read in
// one place (the cli) from a file, then the environment, then flags.
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { Command, Option } from 'commander'
import { PCD_ERR_CONFIG_INVALID } from './errors.js'
import type { LogConfig } from './log.js'

export interface ListenConfig {
  /** Address to bind. Default: '127.0.0.1'. */
  host: string
  /** TCP port; 0 picks a free one. Default: 7410. */
  port: number
}

export interface LimitsConfig {
  /** Largest accepted WebSocket frame, in bytes. Default: 8 MiB. */
  maxFrameBytes: number
  /** Most VMs (running or incoming) this daemon holds at once. Default: 64. */
  maxVms: number
  /** Most guest RAM, summed over all VMs on this daemon, in bytes. Default: 64 GiB. */
  maxGuestBytes: number
  /** Most migrations in flight (either direction). Default: 8. */
  maxMigrations: number
  /** Finished (completed, failed, cancelled) migrations kept for the API; the oldest go first. Default: 256. */
  maxFinishedMigrations: number
  /**
   * Bytes of page answers the urgent channel may hold unsent before the source
   * closes it as a flood (a destination asks for far more than it reads). A
   * real destination has at most a few pages per vCPU outstanding. Default: 16 MiB.
   */
  maxUrgentPendingBytes: number
}

export interface MigrationConfig {
  /** Pages per background frame on the bulk channel. Default: 64 (256 KiB). */
  batchPages: number
  /** Bytes the bulk socket may buffer before the push loop waits for drain. Default: 4 MiB. */
  highWaterBytes: number
  /** How long to wait for the peer to connect and answer each setup step, in ms. Default: 10000. */
  connectTimeoutMs: number
  /** Pages after a faulting page that the background stream sends next. Default: 16. */
  prefetchPages: number
  /** Precopy/hybrid: switch over once the dirty pages fit in this downtime, in ms. Default: 300. */
  downtimeLimitMs: number
  /** Precopy: rounds before a migration that does not converge fails (the VM runs on). Default: 30. */
  maxRounds: number
  /** Precopy: time before a migration that does not converge fails, in ms. Default: 120000. */
  maxPrecopyMs: number
  /** Hybrid: rounds after which it switches to postcopy even if not converged. Default: 2. */
  postcopyAfterRounds: number
  /** How long a paused migration keeps reconnecting on its own, in ms. Default: 600000. */
  recoverTimeoutMs: number
  /** Longest wait between two reconnect attempts, in ms. Default: 5000. */
  recoverMaxBackoffMs: number
  /** Cap on the bulk channel's page rate, MB/s (10^6 bytes); 0 for none. Urgent pages are never capped. Default: 0. */
  maxBandwidthMBps: number
}

export interface WatchdogConfig {
  /** Exits of one vCPU at one gpa and pc (retries of one access) within loopWindowMs past which it is a loop. Default: 8. */
  loopThreshold: number
  /** Window for loopThreshold, in ms: long, so that a loop slowed by a busy link or host is still caught. Default: 30000. */
  loopWindowMs: number
  /** Re-requests of a page whose checksum failed before it is unrecoverable. Default: 3. */
  corruptRetries: number
  /** A page request unanswered after this long is re-sent, in ms. Default: 2000. */
  requestDeadlineMs: number
  /** Re-sends of a stalled request before the channel is presumed gone. Default: 3. */
  stalledRetries: number
}

export interface Config {
  listen: ListenConfig
  /** Shared secret of the daemon pair; both channels prove it by HMAC. Default: a fixed development secret (warned about off loopback). */
  peerSecret: string
  /** Bearer token the REST API requires; empty disables the check. Default: ''. */
  apiToken: string
  log: LogConfig
  limits: LimitsConfig
  migration: MigrationConfig
  watchdog: WatchdogConfig
  /** Lets the API enable fault injection per VM. Never in production. Default: false. */
  enableFaultInjection: boolean
}

export const DEV_SECRET = 'postcopyd-development-secret'

export const DEFAULTS: Readonly<Config> = Object.freeze({
  listen: { host: '127.0.0.1', port: 7410 },
  peerSecret: DEV_SECRET,
  apiToken: '',
  log: { level: 'info', nodeName: hostname() },
  limits: { maxFrameBytes: 8 * 1024 * 1024, maxVms: 64, maxGuestBytes: 64 * 2 ** 30, maxMigrations: 8, maxFinishedMigrations: 256, maxUrgentPendingBytes: 16 * 1024 * 1024 },
  migration: { batchPages: 64, highWaterBytes: 4 * 1024 * 1024, connectTimeoutMs: 10_000, prefetchPages: 16, maxBandwidthMBps: 0, recoverTimeoutMs: 600_000, recoverMaxBackoffMs: 5000, downtimeLimitMs: 300, maxRounds: 30, maxPrecopyMs: 120_000, postcopyAfterRounds: 2 },
  watchdog: { loopThreshold: 8, loopWindowMs: 30_000, corruptRetries: 3, requestDeadlineMs: 2000, stalledRetries: 3 },
  enableFaultInjection: false
})

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] }
export type ConfigInput = DeepPartial<Config>

/** DEFAULTS overlaid with a partial config, then validated. */
export function makeConfig (...layers: ConfigInput[]): Config {
  const out = structuredClone(DEFAULTS) as Config
  for (const layer of layers) merge(out as unknown as Record<string, unknown>, layer as Record<string, unknown>, '')
  validate(out)
  return out
}

function merge (into: Record<string, unknown>, from: Record<string, unknown>, path: string): void {
  for (const [k, v] of Object.entries(from)) {
    if (v === undefined) continue
    const at = path === '' ? k : `${path}.${k}`
    if (!(k in into)) throw new PCD_ERR_CONFIG_INVALID(at, 'unknown field')
    const cur = into[k]
    if (cur !== null && typeof cur === 'object') {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new PCD_ERR_CONFIG_INVALID(at, 'must be an object')
      merge(cur as Record<string, unknown>, v as Record<string, unknown>, at)
    } else {
      into[k] = v
    }
  }
}

function validate (c: Config): void {
  const int = (at: string, v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): void => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw new PCD_ERR_CONFIG_INVALID(at, `must be an integer in [${min}, ${max}], got ${JSON.stringify(v)}`)
    }
  }
  const str = (at: string, v: unknown, nonEmpty: boolean): void => {
    if (typeof v !== 'string' || (nonEmpty && v.length === 0)) throw new PCD_ERR_CONFIG_INVALID(at, 'must be a non-empty string')
  }
  str('listen.host', c.listen.host, true)
  int('listen.port', c.listen.port, 0, 65535)
  str('peerSecret', c.peerSecret, true)
  if (c.peerSecret.length < 16) throw new PCD_ERR_CONFIG_INVALID('peerSecret', 'must be at least 16 characters')
  str('apiToken', c.apiToken, false)
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']
  if (!levels.includes(c.log.level)) throw new PCD_ERR_CONFIG_INVALID('log.level', `must be one of ${levels.join(', ')}`)
  str('log.nodeName', c.log.nodeName, true)
  int('limits.maxFrameBytes', c.limits.maxFrameBytes, 64 * 1024, 256 * 1024 * 1024)
  int('limits.maxVms', c.limits.maxVms, 1)
  int('limits.maxGuestBytes', c.limits.maxGuestBytes, 1024 * 1024)
  int('limits.maxMigrations', c.limits.maxMigrations, 1)
  int('limits.maxFinishedMigrations', c.limits.maxFinishedMigrations, 0)
  int('limits.maxUrgentPendingBytes', c.limits.maxUrgentPendingBytes, 64 * 1024)
  int('migration.batchPages', c.migration.batchPages, 1, 1024)
  int('migration.highWaterBytes', c.migration.highWaterBytes, 64 * 1024)
  int('migration.connectTimeoutMs', c.migration.connectTimeoutMs, 1)
  int('migration.prefetchPages', c.migration.prefetchPages, 0, 4096)
  int('migration.recoverTimeoutMs', c.migration.recoverTimeoutMs, 0)
  int('migration.downtimeLimitMs', c.migration.downtimeLimitMs, 1)
  int('migration.maxRounds', c.migration.maxRounds, 1)
  int('migration.maxPrecopyMs', c.migration.maxPrecopyMs, 1)
  int('migration.postcopyAfterRounds', c.migration.postcopyAfterRounds, 1)
  int('migration.recoverMaxBackoffMs', c.migration.recoverMaxBackoffMs, 1)
  if (typeof c.migration.maxBandwidthMBps !== 'number' || !(c.migration.maxBandwidthMBps >= 0)) {
    throw new PCD_ERR_CONFIG_INVALID('migration.maxBandwidthMBps', 'must be a number >= 0')
  }
  int('watchdog.loopThreshold', c.watchdog.loopThreshold, 2)
  int('watchdog.loopWindowMs', c.watchdog.loopWindowMs, 1)
  int('watchdog.corruptRetries', c.watchdog.corruptRetries, 0)
  int('watchdog.requestDeadlineMs', c.watchdog.requestDeadlineMs, 1)
  int('watchdog.stalledRetries', c.watchdog.stalledRetries, 0)
  if (typeof c.enableFaultInjection !== 'boolean') throw new PCD_ERR_CONFIG_INVALID('enableFaultInjection', 'must be a boolean')
  if (c.migration.batchPages * 4096 + 4096 > c.limits.maxFrameBytes) {
    throw new PCD_ERR_CONFIG_INVALID('migration.batchPages', 'a batch must fit in limits.maxFrameBytes')
  }
}

function parseListen (v: string): ListenConfig {
  const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(v)
  if (m === null) throw new PCD_ERR_CONFIG_INVALID('listen', `expected host:port, got '${v}'`)
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) }
}

function num (field: string) {
  return (v: string): number => {
    const n = Number(v)
    if (v.trim() === '' || !Number.isFinite(n)) throw new PCD_ERR_CONFIG_INVALID(field, `expected a number, got '${v}'`)
    return n
  }
}

/** The postcopyd command line; its --help lists every flag and the variable that also sets it. */
export function configCommand (): Command {
  return new Command('postcopyd')
    .description('postcopy live-migration daemon: the source and destination of VM migrations')
    .addOption(new Option('--config <file>', 'JSON config file (file < environment < flags)').env('POSTCOPYD_CONFIG'))
    .addOption(new Option('--listen <host:port>', `address of the REST API and peer channels (default ${DEFAULTS.listen.host}:${DEFAULTS.listen.port})`).env('POSTCOPYD_LISTEN'))
    .addOption(new Option('--secret <secret>', 'shared secret of the daemon pair (16+ characters)').env('POSTCOPYD_SECRET'))
    .addOption(new Option('--secret-file <file>', 'read the shared secret from a file').env('POSTCOPYD_SECRET_FILE'))
    .addOption(new Option('--token <token>', 'bearer token the REST API requires').env('POSTCOPYD_TOKEN'))
    .addOption(new Option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent (default info)').env('POSTCOPYD_LOG_LEVEL'))
    .addOption(new Option('--node-name <name>', 'name of this host in logs and handshakes').env('POSTCOPYD_NODE_NAME'))
    .addOption(new Option('--max-vms <n>', 'most VMs on this daemon').env('POSTCOPYD_MAX_VMS'))
    .addOption(new Option('--max-guest-bytes <n>', 'most guest RAM summed over VMs').env('POSTCOPYD_MAX_GUEST_BYTES'))
    .addOption(new Option('--enable-fault-injection', 'allow per-VM fault injection through the API (tests only)').env('POSTCOPYD_ENABLE_FAULT_INJECTION'))
    .helpOption('-h, --help', 'show this help')
    .allowExcessArguments(false)
}

/** Reads file < env < flags into a validated Config. Only the cli calls this. */
export function loadConfig (argv: string[], env: NodeJS.ProcessEnv): Config {
  const cmd = configCommand().exitOverride()
  const envBackup = { ...process.env }
  // commander reads Option.env from process.env; give it the env we were handed.
  for (const k of Object.keys(process.env)) if (k.startsWith('POSTCOPYD_')) delete process.env[k]
  for (const [k, v] of Object.entries(env)) if (k.startsWith('POSTCOPYD_') && v !== undefined) process.env[k] = v
  try {
    cmd.parse(argv, { from: 'user' })
  } finally {
    for (const k of Object.keys(process.env)) if (k.startsWith('POSTCOPYD_')) delete process.env[k]
    Object.assign(process.env, envBackup)
  }
  const o = cmd.opts<Record<string, string | boolean | undefined>>()
  const layers: ConfigInput[] = []
  if (typeof o.config === 'string') {
    let text: string
    try { text = readFileSync(o.config, 'utf8') } catch (err) {
      throw new PCD_ERR_CONFIG_INVALID('config', `cannot read ${o.config}: ${(err as Error).message}`)
    }
    try { layers.push(JSON.parse(text) as ConfigInput) } catch (err) {
      throw new PCD_ERR_CONFIG_INVALID('config', `${o.config} is not valid JSON: ${(err as Error).message}`)
    }
  }
  const flags: ConfigInput = {}
  if (typeof o.listen === 'string') flags.listen = parseListen(o.listen)
  if (typeof o.secretFile === 'string') {
    try { flags.peerSecret = readFileSync(o.secretFile, 'utf8').trim() } catch (err) {
      throw new PCD_ERR_CONFIG_INVALID('secretFile', `cannot read ${o.secretFile}: ${(err as Error).message}`)
    }
  }
  if (typeof o.secret === 'string') flags.peerSecret = o.secret
  if (typeof o.token === 'string') flags.apiToken = o.token
  const log: Partial<LogConfig> = {}
  if (typeof o.logLevel === 'string') log.level = o.logLevel
  if (typeof o.nodeName === 'string') log.nodeName = o.nodeName
  flags.log = log
  const limits: Partial<LimitsConfig> = {}
  if (typeof o.maxVms === 'string') limits.maxVms = num('limits.maxVms')(o.maxVms)
  if (typeof o.maxGuestBytes === 'string') limits.maxGuestBytes = num('limits.maxGuestBytes')(o.maxGuestBytes)
  flags.limits = limits
  if (o.enableFaultInjection !== undefined) flags.enableFaultInjection = o.enableFaultInjection === true || o.enableFaultInjection === 'true' || o.enableFaultInjection === '1'
  layers.push(flags)
  return makeConfig(...layers)
}
