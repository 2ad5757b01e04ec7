// Small figures helpers shared by the daemon, the demo and the benchmarks.

export interface Percentiles { count: number, p50: number, p90: number, p99: number, max: number }

/** Nearest-rank percentiles; zeros for an empty set. Sorts a copy. */
export function percentiles (values: ArrayLike<number>): Percentiles {
  const n = values.length
  if (n === 0) return { count: 0, p50: 0, p90: 0, p99: 0, max: 0 }
  const s = Float64Array.from(values).sort()
  const at = (q: number): number => s[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!
  return { count: n, p50: round(at(0.5)), p90: round(at(0.9)), p99: round(at(0.99)), max: round(s[n - 1]!) }
}

export function round (x: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

export const now = (): number => performance.timeOrigin + performance.now()
