// Reads the Prometheus text format back into samples, and runs promtool when it is installed.
import { spawnSync } from 'node:child_process'

export interface Sample { name: string, labels: Record<string, string>, value: number }

/** Samples of a text exposition (comments skipped). Enough for what prom-client writes. */
export function parseMetrics (text: string): Sample[] {
  const out: Sample[] = []
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line)
    if (m === null) throw new Error(`not a sample line: ${line}`)
    const labels: Record<string, string> = {}
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!
    out.push({ name: m[1]!, labels, value: Number(m[3]) })
  }
  return out
}

/** Samples of one name whose labels include `labels`. */
export function select (samples: Sample[], name: string, labels: Record<string, string> = {}): Sample[] {
  return samples.filter(s => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
}

/** The sum of the matching samples' values; undefined when none match. */
export function value (samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const s = select(samples, name, labels)
  return s.length === 0 ? undefined : s.reduce((n, x) => n + x.value, 0)
}

export interface PromtoolResult { status: number | null, output: string }

/** promtool's path when it is on PATH, else undefined. */
export function promtool (): string | undefined {
  const r = spawnSync('promtool', ['--version'], { encoding: 'utf8' })
  return r.error === undefined && r.status === 0 ? 'promtool' : undefined
}

export function runPromtool (args: string[], input?: string): PromtoolResult {
  const r = spawnSync('promtool', args, { encoding: 'utf8', ...(input === undefined ? {} : { input }) })
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` }
}
