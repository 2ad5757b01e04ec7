// How a migration looks from outside (API, CLI, demo), the same on both daemons.
import type { Percentiles } from './stats.js'
import type { ErrorInfo } from './errors.js'

export const MIGRATION_STATES = [
  'setup', 'precopy', 'switchover', 'postcopy', 'completed', 'failed', 'cancelled', 'postcopy-paused', 'postcopy-recovering'
] as const
export type MigrationState = typeof MIGRATION_STATES[number]
export type MigrationMode = 'postcopy' | 'precopy' | 'hybrid'
export const TERMINAL_STATES: readonly MigrationState[] = ['completed', 'failed', 'cancelled']

export interface PageCounts {
  /** Pages of guest RAM. */
  total: number
  /** Pages present on the destination (destination view) or known sent (source view). */
  present: number
  precopy: number
  background: number
  demand: number
  /** All-zero pages moved without data (included in the counts above). */
  zero: number
  /** Pages that arrived for a page already present and were dropped. */
  duplicates: number
  /** Precopy pages sent again because the guest wrote them after they were sent. */
  rewritten?: number
}

export interface FaultCounts {
  exits: number
  requests: number
  merged: number
  resent: number
  byClass: Record<string, number>
}

export interface Timings {
  startedAt: string
  /** Setup: connect, handshake, destination allocation. */
  setupMs: number | null
  /** Source vCPUs paused to destination vCPUs running. */
  downtimeMs: number | null
  /** Switchover to every page present. */
  postcopyMs: number | null
  /** Start to completed (or to now while running). */
  totalMs: number
  completedAt: string | null
}

export interface MigrationView {
  id: string
  vm: string
  role: 'source' | 'destination'
  mode: MigrationMode
  state: MigrationState
  /** The other daemon: the destination URL (source view) or its node name. */
  peer: string
  pages: PageCounts
  bytes: { precopy: number, bulk: number, urgent: number }
  faults: FaultCounts
  faultLatencyUs: Percentiles
  timings: Timings
  /** Bulk-channel payload rate over the postcopy phase, MB/s (10^6 bytes). */
  throughputMBps: number
  /** Precopy rounds (source view; empty in postcopy mode). */
  rounds?: Array<{ round: number, pages: number, ms: number, dirtyPages: number, dirtyRateMBps: number, bandwidthMBps: number, expectedDowntimeMs: number }>
  /** Times a lost link was recovered. */
  recoveries: number
  error: ErrorInfo | null
  diagnosis: unknown
}
