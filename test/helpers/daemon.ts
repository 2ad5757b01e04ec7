// Real daemons for tests: in this process, on 127.0.0.1 port 0, torn down by t.teardown.
import { makeConfig, type ConfigInput } from '../../services/common/config.js'
import { startDaemon, type Daemon } from '../../services/cli/daemon.js'
import type { Logger } from '../../services/common/log.js'
import { silentLog } from './log.js'

export interface Tap { teardown (fn: () => unknown): void }

export interface ApiResponse<T = any> { status: number, body: T }

export interface TestDaemon extends Daemon {
  api<T = any> (method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>
}

export const TEST_SECRET = 'test-secret-0123456789abcdef'

/** A daemon on 127.0.0.1 port 0; `log` (a sink) lets a test assert on its lines. */
export async function startTestDaemon (t: Tap, overrides: ConfigInput = {}, name = 'daemon', log?: Logger): Promise<TestDaemon> {
  const config = makeConfig({ listen: { host: '127.0.0.1', port: 0 }, peerSecret: TEST_SECRET, log: { level: 'silent', nodeName: name } }, overrides)
  const d = await startDaemon(config, (log ?? silentLog()).child({ node: name }))
  t.teardown(() => d.close())
  return Object.assign(d, {
    async api<T> (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
      const init: RequestInit = { method, headers: { ...headers } }
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body)
        ;(init.headers as Record<string, string>)['content-type'] ??= 'application/json'
      }
      const res = await fetch(d.url + path, init)
      const text = await res.text()
      return { status: res.status, body: text === '' ? undefined as T : JSON.parse(text) as T }
    }
  })
}

export async function startDaemonPair (t: Tap, overrides: ConfigInput = {}): Promise<{ src: TestDaemon, dst: TestDaemon }> {
  const [src, dst] = await Promise.all([startTestDaemon(t, overrides, 'src'), startTestDaemon(t, overrides, 'dst')])
  return { src, dst }
}

/** Re-checks a condition on each turn of the event loop, for progress that has no event. Bounded. */
export async function until (cond: () => boolean, what: string, maxMs = 60_000): Promise<void> {
  const start = Date.now()
  while (!cond()) {
    if (Date.now() - start > maxMs) throw new Error(`gave up waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}
