// postcopyd: the daemon. Reads its configuration, starts the API and the peer
// channels, and shuts down cleanly on SIGINT/SIGTERM.
import { CommanderError } from 'commander'
import { loadConfig, DEV_SECRET } from '../common/config.js'
import { createLogger } from '../common/log.js'
import { isPcdError } from '../common/errors.js'
import { startDaemon } from './daemon.js'

async function main (): Promise<void> {
  let config
  try {
    config = loadConfig(process.argv.slice(2), process.env)
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode)
    if (isPcdError(err)) {
      process.stderr.write(`postcopyd: ${err.code}: ${err.message}\n`)
      process.exit(2)
    }
    throw err
  }
  const log = createLogger(config.log)
  const loopback = config.listen.host === '127.0.0.1' || config.listen.host === '::1' || config.listen.host === 'localhost'
  if (config.peerSecret === DEV_SECRET && !loopback) {
    log.warn('using the built-in development secret on a non-loopback address: set --secret or POSTCOPYD_SECRET')
  }
  const daemon = await startDaemon(config, log)
  log.info({ url: daemon.url, backend: daemon.host.backend.name, faultInjection: config.enableFaultInjection }, 'postcopyd listening')
  let stopping = false
  const stop = (signal: string): void => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'shutting down')
    daemon.close().then(() => process.exit(0), err => {
      log.error({ err }, 'shutdown failed')
      process.exit(1)
    })
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch(err => {
  process.stderr.write(`postcopyd: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
