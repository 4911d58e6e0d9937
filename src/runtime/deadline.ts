import { type Clock, LONGEST_TIMER_MS } from './clock.js'
import { DeadlineError } from './errors.js'

/**
 * The step's `timeout`, counted from the start of the step. Every wait in the action goes through
 * here so that no retry, poll or transfer can outlive it, nor a cancellation: when `signal` aborts
 * (main.ts aborts it on SIGINT/SIGTERM), every wait ends at once by throwing the signal's reason.
 */
export class Deadline {
  readonly #clock: Clock
  readonly #endsAt: number
  readonly #signal: AbortSignal | undefined

  constructor(clock: Clock, endsAt: number, signal?: AbortSignal) {
    this.#clock = clock
    this.#endsAt = endsAt
    this.#signal = signal
  }

  /** Aborted when the step is cancelled. */
  get signal(): AbortSignal | undefined {
    return this.#signal
  }

  get cancelled(): boolean {
    return this.#signal?.aborted === true
  }

  /** Throws the cancellation's reason when the step has been cancelled. */
  throwIfCancelled(): void {
    this.#signal?.throwIfAborted()
  }

  remainingMs(): number {
    return Math.max(0, Math.ceil(this.#endsAt - this.#clock.now()))
  }

  expired(): boolean {
    return this.remainingMs() <= 0
  }

  /**
   * Waits `ms` that something asked for (a Retry-After, a backoff). A wait that cannot end within
   * the timeout fails at once, naming the wait and the time left: idling until the deadline only
   * to fail then would help nobody. A cancellation ends the wait by throwing its reason.
   */
  async sleep(ms: number, waitingFor: string, signal = this.#signal): Promise<void> {
    signal?.throwIfAborted()
    const remaining = this.remainingMs()
    if (ms >= remaining) {
      throw new DeadlineError(
        `The timeout cannot be kept: ${waitingFor} needs a ${seconds(ms)} wait, but only ${seconds(remaining)} of the timeout are left.`,
      )
    }
    await this.#clock.sleep(ms, signal)
  }

  /**
   * Waits `ms` or until the deadline, whichever comes first; at the deadline throws, naming what
   * we waited for. For waits the action chooses itself (the next poll of a job that may finish
   * any moment), where waiting as long as allowed is the point.
   */
  async sleepOrExpire(ms: number, waitingFor: string): Promise<void> {
    this.#signal?.throwIfAborted()
    const remaining = this.remainingMs()
    if (ms >= remaining) {
      await this.#clock.sleep(remaining, this.#signal)
      throw new DeadlineError(`The timeout ran out while ${waitingFor}.`)
    }
    await this.#clock.sleep(ms, this.#signal)
  }

  /**
   * An AbortSignal for work that cannot go through `sleep` (a request, a download): it aborts
   * with a DeadlineError naming `waitingFor` when the time left runs out (real time), or with the
   * cancellation's reason (unless `cancellable` is false). Call `done()` when the work ends, to
   * free the timer.
   */
  bound(waitingFor: string, cancellable = true): { signal: AbortSignal; done(): void } {
    const controller = new AbortController()
    const cancel = cancellable ? this.#signal : undefined
    const onCancel = (): void => controller.abort(cancel?.reason)
    if (cancel?.aborted) onCancel()
    else cancel?.addEventListener('abort', onCancel, { once: true })
    // `timeout` is at most 5 days (src/inputs/), within what a timer holds; a longer deadline
    // (only a test can make one) is left to the waits themselves rather than fire at once.
    const remaining = this.remainingMs()
    const timer =
      remaining <= LONGEST_TIMER_MS
        ? setTimeout(
            () => controller.abort(new DeadlineError(`The timeout ran out while ${waitingFor}.`)),
            remaining,
          )
        : undefined
    timer?.unref()
    return {
      signal: controller.signal,
      done: () => {
        clearTimeout(timer)
        cancel?.removeEventListener('abort', onCancel)
      },
    }
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
