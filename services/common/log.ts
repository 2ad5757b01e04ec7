// pino, created once by the composition root and handed down as child loggers.
import { pino, type Logger, type DestinationStream } from 'pino'

export type { Logger }

export interface LogConfig {
  /** pino level. Default: 'info'. */
  level: string
  /** Name of this host in every line. Default: os.hostname(). */
  nodeName: string
}

export function createLogger (config: LogConfig, stream?: DestinationStream): Logger {
  const opts = { level: config.level, base: { pid: process.pid, host: config.nodeName } }
  return stream === undefined ? pino(opts) : pino(opts, stream)
}

/** A gpa as logs and the API show it. */
export function hex (gpa: number): string {
  return '0x' + gpa.toString(16)
}
