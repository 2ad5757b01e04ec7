// Summarizes a V8 .cpuprofile (node --cpu-prof): self time by function and by
// file, busy share of the thread, so a bench run's profile reads in a terminal.
// Usage: node dist/test/bench/prof.js <file.cpuprofile> [top]
import { readFileSync } from 'node:fs'

interface Node { id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }
interface Profile { nodes: Node[], samples: number[], timeDeltas: number[], startTime: number, endTime: number }

const file = process.argv[2]
if (file === undefined) {
  process.stderr.write('usage: prof <file.cpuprofile> [top]\n')
  process.exit(2)
}
const top = Number(process.argv[3] ?? 25)
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(p.nodes.map(n => [n.id, n]))
const self = new Map<number, number>()
for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0))

const total = (p.endTime - p.startTime) / 1000
const fn = new Map<string, number>()
const files = new Map<string, number>()
let idle = 0
for (const [id, us] of self) {
  const n = byId.get(id)!
  const f = n.callFrame
  if (f.functionName === '(idle)') { idle += us; continue }
  const short = f.url.replace(/^file:\/\/.*?\/(node_modules|dist)\//, '$1/').replace(/^node:/, 'node:')
  const key = `${f.functionName || '(anonymous)'}  ${short}:${f.lineNumber + 1}`
  fn.set(key, (fn.get(key) ?? 0) + us)
  const fk = short === '' ? f.functionName : short.replace(/:\d+$/, '')
  files.set(fk, (files.get(fk) ?? 0) + us)
}
const ms = (us: number): string => (us / 1000).toFixed(0).padStart(7)
const busy = total - idle / 1000
process.stdout.write(`${file}\n  wall ${total.toFixed(0)} ms, busy ${busy.toFixed(0)} ms (${(100 * busy / total).toFixed(0)}%)\n  by function (self ms):\n`)
for (const [k, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${ms(us)}  ${k}\n`)
process.stdout.write('  by file (self ms):\n')
for (const [k, us] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`  ${ms(us)}  ${k}\n`)
