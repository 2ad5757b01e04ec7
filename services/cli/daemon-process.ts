// A postcopyd in a child process, as the demo and the benchmarks start them:
// spawned on 127.0.0.1 port 0, ready once it logs the URL it listens on.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { Client } from './client.js'

export const POSTCOPYD = fileURLToPath(new URL('./postcopyd.js', import.meta.url))

export interface DaemonProcess {
  name: string
  proc: ChildProcess
  url: string
  client: Client
  /** The last lines it printed, for an error report. */
  tail: string[]
}

export interface SpawnOptions {
  /** Flags for node itself (e.g. --cpu-prof), before the script. */
  nodeArgs?: string[]
  /** More postcopyd flags. */
  args?: string[]
  /** Called with every log line at error level or above. */
  onError?: (line: string) => void
  /** Address to listen on. Default: 127.0.0.1:0. */
  listen?: string
  /** A command that runs node, e.g. ['ip', 'netns', 'exec', 'b'] for another network namespace. */
  wrapper?: string[]
}

export async function spawnDaemon (name: string, secret: string, o: SpawnOptions = {}): Promise<DaemonProcess> {
  const args = [...(o.nodeArgs ?? []), POSTCOPYD, '--listen', o.listen ?? '127.0.0.1:0', '--secret', secret, '--node-name', name, '--log-level', 'info', ...(o.args ?? [])]
  const [cmd, ...pre] = [...(o.wrapper ?? []), process.execPath]
  const proc = spawn(cmd!, [...pre, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const tail: string[] = []
  const url = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: proc.stdout! })
    rl.on('line', line => {
      tail.push(line)
      if (tail.length > 50) tail.shift()
      try {
        const rec = JSON.parse(line) as { msg?: string, url?: string, level?: number }
        if (rec.msg === 'postcopyd listening' && typeof rec.url === 'string') resolve(rec.url)
        if ((rec.level ?? 0) >= 50) o.onError?.(`[${name}] ${line}`)
      } catch { /* not a log line */ }
    })
    proc.stderr!.on('data', (b: Buffer) => { tail.push(b.toString()) })
    proc.once('exit', code => reject(new Error(`${name} exited with ${code ?? 'a signal'} before listening:\n${tail.join('\n')}`)))
  })
  return { name, proc, url, client: new Client(url), tail }
}

/** SIGTERM (the daemon closes cleanly, and --cpu-prof writes its profile), SIGKILL after killAfterMs. */
export function stopDaemon (d: DaemonProcess, killAfterMs = 20_000): Promise<void> {
  return new Promise(resolve => {
    if (d.proc.exitCode !== null || d.proc.signalCode !== null) { resolve(); return }
    d.proc.once('exit', () => resolve())
    d.proc.kill('SIGTERM')
    setTimeout(() => d.proc.kill('SIGKILL'), killAfterMs).unref()
  })
}
