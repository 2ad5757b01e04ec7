// Turns memory-fault exits into page requests on the urgent channel: every exit
// is classified by the watchdog first, requests for one page are merged, and
// the vCPUs waiting on a page are resumed the moment it is installed.
import { EventEmitter } from 'node:events'
import type { Logger } from '../common/log.js'
import { hex } from '../common/log.js'
import type { WatchdogConfig } from '../common/config.js'
import type { FaultExit, GuestVm } from '../guest/index.js'
import { PAGE_SIZE } from '../guest/index.js'
import type { Diagnosis, FaultClass, Watchdog } from './watchdog.js'

interface Inflight {
  gpa: number
  /** vCPUs waiting on this page, with the flags of their exit. */
  waiters: Map<number, number>
  firstAt: number
  sentAt: number
  /** Times the request was sent. */
  sends: number
  corrupt: number
}

export interface FaultHandlerStats {
  exits: number
  /** Page requests sent (first sends only). */
  requests: number
  /** Exits that joined a request already in flight. */
  merged: number
  /** Requests sent again (stalled or corrupt). */
  resent: number
  /** Exits resolved without a request (the page arrived meanwhile). */
  retries: number
}

interface FaultHandlerEvents {
  diagnosis: [Diagnosis]
  /** A request is past its deadline and its channel is gone: the migration must pause. */
  stalled: [number]
}

export interface FaultHandlerOptions {
  vm: GuestVm
  watchdog: Watchdog
  cfg: WatchdogConfig
  log: Logger
  /** Sends a page request on the urgent channel; false if the channel is down. */
  sendRequest (gpa: number, vcpu: number): boolean
}

export class FaultHandler extends EventEmitter<FaultHandlerEvents> {
  readonly stats: FaultHandlerStats = { exits: 0, requests: 0, merged: 0, resent: 0, retries: 0 }
  #o: FaultHandlerOptions
  #log: Logger
  #inflight = new Map<number, Inflight>()
  #stopped = false
  #timer: NodeJS.Timeout

  constructor (o: FaultHandlerOptions) {
    super()
    this.#o = o
    this.#log = o.log.child({ component: 'fault-handler' })
    this.#timer = setInterval(() => this.checkDeadlines(), Math.max(10, Math.floor(o.cfg.requestDeadlineMs / 4)))
    this.#timer.unref()
  }

  get inflight (): number { return this.#inflight.size }
  get stopped (): boolean { return this.#stopped }

  /** gpas with a request outstanding, for resending after a reconnect. */
  outstanding (): number[] { return [...this.#inflight.keys()] }

  onExit (e: FaultExit): void {
    if (this.#stopped) return
    this.stats.exits++
    const v = this.#o.watchdog.classify(e)
    const gpa = Number.isFinite(e.gpa) ? e.gpa - (e.gpa % PAGE_SIZE) : NaN
    switch (v.action) {
      case 'request': {
        const cur = this.#inflight.get(gpa)
        if (cur !== undefined) {
          cur.waiters.set(e.vcpu, e.flags)
          this.stats.merged++
          return
        }
        const now = Date.now()
        this.#inflight.set(gpa, { gpa, waiters: new Map([[e.vcpu, e.flags]]), firstAt: now, sentAt: now, sends: 1, corrupt: 0 })
        this.stats.requests++
        if (this.#log.isLevelEnabled('debug')) this.#log.debug({ vcpu: e.vcpu, gpa: hex(gpa) }, 'page request')
        // A failed send is caught by the deadline check, which pauses the migration.
        this.#o.sendRequest(gpa, e.vcpu)
        return
      }
      case 'retry':
        // An idempotent re-install is the retry itself: the data is in place and
        // marked present, so all there is to do is re-enter.
        this.stats.retries++
        this.#o.vm.resolve(e.vcpu, 'retry')
        return
      case 'stop':
        this.fail(v.faultClass, e.vcpu, Number.isFinite(gpa) ? gpa : null, e.flags, v.reason)
        return
      default: {
        const never: never = v
        throw new Error(`unhandled verdict ${JSON.stringify(never)}`)
      }
    }
  }

  /** A page became present: resume everyone waiting on it. */
  onInstalled (gpa: number): void {
    const f = this.#inflight.get(gpa)
    if (f === undefined) return
    this.#inflight.delete(gpa)
    if (this.#stopped) return
    for (const vcpu of f.waiters.keys()) this.#o.vm.resolve(vcpu, 'retry')
  }

  /** A page failed its checksum. Requested pages are asked for again, up to the limit. */
  onCorrupt (gpa: number): void {
    this.#o.watchdog.count('corrupt')
    let f = this.#inflight.get(gpa)
    if (f === undefined) {
      // A corrupt background page: request it, or the migration never completes.
      const now = Date.now()
      f = { gpa, waiters: new Map(), firstAt: now, sentAt: now, sends: 0, corrupt: 0 }
      this.#inflight.set(gpa, f)
    }
    f.corrupt++
    this.#o.watchdog.tried(gpa, `page failed its checksum (${f.corrupt})`)
    if (f.corrupt > this.#o.cfg.corruptRetries) {
      const [vcpu, flags] = f.waiters.entries().next().value ?? [-1, 0]
      this.fail('corrupt', vcpu, gpa, flags, `page ${hex(gpa)} failed its checksum ${f.corrupt} times`)
      return
    }
    this.#o.watchdog.tried(gpa, 're-requested after a checksum failure')
    this.#resend(f)
  }

  /** The source says it cannot provide gpa. No install can fix that. */
  onRefused (gpa: number, code: string, reason: string): void {
    this.#o.watchdog.count('source-missing')
    const f = this.#inflight.get(gpa)
    const [vcpu, flags] = f?.waiters.entries().next().value ?? [-1, 0]
    this.#o.watchdog.tried(gpa, `source refused: ${code}`)
    this.fail('source-missing', vcpu, gpa, flags, `source cannot provide ${hex(gpa)}: ${reason}`)
  }

  /** Re-sends every outstanding request (after the urgent channel came back). */
  resendAll (): void {
    for (const f of this.#inflight.values()) this.#resend(f)
  }

  #resend (f: Inflight): void {
    f.sends++
    f.sentAt = Date.now()
    this.stats.resent++
    const [vcpu] = f.waiters.keys()
    this.#o.sendRequest(f.gpa, vcpu ?? 0)
  }

  checkDeadlines (): void {
    if (this.#stopped) return
    const now = Date.now()
    for (const f of this.#inflight.values()) {
      if (now - f.sentAt < this.#o.cfg.requestDeadlineMs) continue
      this.#o.watchdog.count('stalled')
      this.#o.watchdog.tried(f.gpa, `request stalled ${now - f.sentAt} ms, re-sent`)
      if (f.sends > this.#o.cfg.stalledRetries) {
        this.emit('stalled', f.gpa)
        f.sentAt = now
        continue
      }
      this.#log.warn({ gpa: hex(f.gpa), waitedMs: now - f.sentAt, sends: f.sends }, 'page request stalled, re-sending')
      this.#resend(f)
    }
  }

  /** Stops the VM with a diagnosis. Once. */
  fail (faultClass: FaultClass, vcpu: number, gpa: number | null, flags: number, reason: string): void {
    if (this.#stopped) return
    this.#stopped = true
    const d = this.#o.watchdog.diagnose(faultClass, vcpu, gpa, flags, reason)
    this.#log.error({ vcpu, gpa: d.gpa, faultClass, reason, tried: d.tried }, 'unrecoverable fault, stopping vm')
    this.emit('diagnosis', d)
    void this.#o.vm.stop().catch(err => this.#log.error({ err }, 'stopping vm failed'))
  }

  close (): void {
    clearInterval(this.#timer)
    this.#inflight.clear()
  }
}
