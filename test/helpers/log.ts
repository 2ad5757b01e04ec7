// Loggers for tests: silent by default, or a sink whose JSON lines a test can assert on.
import { Writable } from 'node:stream'
import { createLogger, type Logger } from '../../services/common/log.js'

export function silentLog (): Logger {
  return createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', nodeName: 'test' })
}

export interface LogSink { log: Logger, lines: Array<Record<string, unknown>> }

export function sinkLog (level = 'debug'): LogSink {
  const lines: Array<Record<string, unknown>> = []
  const stream = new Writable({
    write (chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString().split('\n')) if (l.trim() !== '') lines.push(JSON.parse(l) as Record<string, unknown>)
      cb()
    }
  })
  return { log: createLogger({ level, nodeName: 'test' }, stream), lines }
}
