// JSON Schemas of every route: they validate requests, shape responses and
// (with @fastify/swagger) make the OpenAPI document.
import { MIGRATION_STATES } from '../common/migration-view.js'
import { WORKLOAD_KINDS, MAX_VCPUS, INJECTABLE } from '../guest/index.js'

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  description: 'Every error: a stable code (PCD_ERR_*) and a message for people.',
  properties: {
    statusCode: { type: 'integer' },
    code: { type: 'string', example: 'PCD_ERR_VM_NOT_FOUND' },
    error: { type: 'string' },
    message: { type: 'string' }
  },
  required: ['statusCode', 'code', 'message']
} as const

const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' } as const

export const workloadSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: WORKLOAD_KINDS, description: 'access pattern; default mixed' },
    writeRatio: { type: 'number', minimum: 0, maximum: 1, description: 'fraction of writes; default 0.3' },
    seed: { type: 'integer', minimum: 0, maximum: 4294967295, description: 'default 1' },
    steps: { type: 'integer', minimum: 0, maximum: 1e12, description: 'accesses per vCPU; default 1,000,000' },
    hotFraction: { type: 'number', minimum: 1e-9, maximum: 1, description: 'hotset: share of hot pages, above 0; default 0.05' },
    hotProbability: { type: 'number', minimum: 0, maximum: 1, description: 'hotset: share of accesses to hot pages; default 0.9' },
    compute: { type: 'integer', minimum: 0, maximum: 100000, description: 'compute rounds per access; default 0' }
  }
} as const

export const createVmBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id,
    memoryMiB: { type: 'integer', minimum: 1, maximum: 1048576, description: 'guest RAM; default 256' },
    memslotMiB: { type: 'integer', minimum: 1, maximum: 4096, description: 'largest memslot; default 1024' },
    memslots: {
      type: 'array',
      minItems: 1,
      maxItems: 64,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sizeMiB'],
        properties: { sizeMiB: { type: 'integer', minimum: 1, maximum: 4096 }, readonly: { type: 'boolean' } }
      }
    },
    holeMiB: { type: 'integer', minimum: 0, maximum: 65536, description: 'gap between memslots; default 0' },
    vcpus: { type: 'integer', minimum: 1, maximum: MAX_VCPUS, description: 'default 1' },
    workload: workloadSchema,
    fill: { type: 'string', enum: ['zero', 'pattern'], description: 'initial memory; default zero' },
    inject: {
      type: 'object',
      additionalProperties: false,
      required: ['class'],
      description: 'tests only: a fault class to inject during this VM\'s migration; needs --enable-fault-injection on both daemons',
      properties: { class: { type: 'string', enum: INJECTABLE } }
    }
  }
} as const

const vcpuStatus = {
  type: 'object',
  properties: {
    index: { type: 'integer' },
    state: { type: 'string', enum: ['created', 'running', 'exited', 'paused', 'done', 'stopped'] },
    step: { type: 'number' },
    steps: { type: 'number' },
    reads: { type: 'number' },
    writes: { type: 'number' },
    exits: { type: 'integer' },
    blockedMs: { type: 'number' }
  }
} as const

const regs = {
  type: 'object',
  properties: {
    index: { type: 'integer' },
    step: { type: 'number' },
    prng: { type: 'integer' },
    acc: { type: 'integer' },
    reads: { type: 'number' },
    writes: { type: 'number' },
    done: { type: 'boolean' }
  }
} as const

const diagnosis = {
  type: ['object', 'null'],
  description: 'Why the watchdog stopped the VM: fault class, vCPU, gpa, history and what was tried.',
  additionalProperties: true,
  properties: {
    faultClass: { type: 'string' },
    vcpu: { type: 'integer' },
    gpa: { type: ['string', 'null'] },
    flags: { type: 'string' },
    reason: { type: 'string' }
  }
} as const

export const vmSchema = {
  $id: 'Vm',
  type: 'object',
  properties: {
    id: { type: 'string' },
    state: { type: 'string', enum: ['created', 'running', 'paused', 'halted', 'stopped', 'incoming', 'migrating'] },
    origin: { type: 'string', enum: ['local', 'incoming'] },
    createdAt: { type: 'string' },
    memoryBytes: { type: 'number' },
    memslots: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'integer' }, base: { type: 'number' }, size: { type: 'number' }, readonly: { type: 'boolean' } } }
    },
    vcpus: { type: 'array', items: vcpuStatus },
    workload: { type: 'object', additionalProperties: true },
    fill: { type: 'string' },
    pages: { type: 'object', properties: { total: { type: 'integer' }, present: { type: 'integer' } } },
    migration: { type: ['string', 'null'] },
    results: { type: ['array', 'null'], items: regs },
    diagnosis,
    inject: { type: ['string', 'null'] }
  }
} as const

export const digestSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    digest: { type: 'string', description: 'SHA-256 over every memslot' },
    results: { type: ['array', 'null'], items: regs }
  }
} as const

export const migrateBody = {
  type: 'object',
  additionalProperties: false,
  required: ['vm', 'destination'],
  properties: {
    vm: id,
    destination: { type: 'string', pattern: '^https?://[^\\s/]+(/)?$', maxLength: 256, description: 'the destination daemon, http://host:port' },
    mode: {
      type: 'string',
      enum: ['postcopy', 'precopy', 'hybrid'],
      description: 'postcopy: switch over at once, memory follows on demand and in the background (default); precopy: rounds while the VM runs, then a short stop-and-copy, or a clean failure if it never converges; hybrid: precopy rounds, then postcopy'
    },
    downtimeLimitMs: { type: 'integer', minimum: 1, maximum: 600000, description: 'precopy/hybrid: switch over once the dirty pages fit in this downtime (default 300)' },
    maxRounds: { type: 'integer', minimum: 1, maximum: 10000, description: 'precopy: rounds before a migration that does not converge fails (default 30)' },
    postcopyAfterRounds: { type: 'integer', minimum: 1, maximum: 10000, description: 'hybrid: rounds before switching to postcopy anyway (default 2)' },
    maxBandwidthMBps: { type: 'number', minimum: 0, maximum: 1e6, description: 'cap on the bulk channel in MB/s (urgent pages are never capped); 0 for none' }
  }
} as const

const percentiles = {
  type: 'object',
  properties: { count: { type: 'integer' }, p50: { type: 'number' }, p90: { type: 'number' }, p99: { type: 'number' }, max: { type: 'number' } }
} as const

export const migrationSchema = {
  $id: 'Migration',
  type: 'object',
  properties: {
    id: { type: 'string' },
    vm: { type: 'string' },
    role: { type: 'string', enum: ['source', 'destination'] },
    mode: { type: 'string' },
    state: { type: 'string', enum: MIGRATION_STATES },
    peer: { type: 'string' },
    pages: {
      type: 'object',
      properties: {
        total: { type: 'integer' },
        present: { type: 'integer' },
        precopy: { type: 'integer' },
        background: { type: 'integer' },
        demand: { type: 'integer' },
        zero: { type: 'integer' },
        duplicates: { type: 'integer' },
        rewritten: { type: 'integer' }
      }
    },
    bytes: { type: 'object', properties: { precopy: { type: 'number' }, bulk: { type: 'number' }, urgent: { type: 'number' } } },
    faults: {
      type: 'object',
      properties: {
        exits: { type: 'integer' },
        requests: { type: 'integer' },
        merged: { type: 'integer' },
        resent: { type: 'integer' },
        byClass: { type: 'object', additionalProperties: { type: 'integer' } }
      }
    },
    faultLatencyUs: percentiles,
    timings: {
      type: 'object',
      properties: {
        startedAt: { type: 'string' },
        setupMs: { type: ['number', 'null'] },
        downtimeMs: { type: ['number', 'null'] },
        postcopyMs: { type: ['number', 'null'] },
        totalMs: { type: 'number' },
        completedAt: { type: ['string', 'null'] }
      }
    },
    throughputMBps: { type: 'number' },
    recoveries: { type: 'integer' },
    rounds: { type: 'array', items: { type: 'object', additionalProperties: true } },
    error: { type: ['object', 'null'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
    diagnosis
  }
} as const

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 128 } }
} as const

export const errorResponses = {
  400: { $ref: 'Error#' },
  401: { $ref: 'Error#' },
  404: { $ref: 'Error#' },
  409: { $ref: 'Error#' },
  429: { $ref: 'Error#' },
  500: { $ref: 'Error#' },
  502: { $ref: 'Error#' },
  504: { $ref: 'Error#' }
} as const

export const recoverBody = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    destination: { type: 'string', pattern: '^https?://[^\\s/]+(/)?$', maxLength: 256, description: 'a new address for the destination daemon' }
  }
} as const
