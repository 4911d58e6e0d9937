import type { Clock } from './clock.js'
import { DeadlineError } from './errors.js'

/**
 * The step's `timeout`, counted from the start of the step. Every wait in the action goes through
 * here so that no retry or poll can outlive it, nor a cancellation: when `signal` aborts (main.ts
 * aborts it on SIGINT/SIGTERM), every wait ends at once by throwing the signal's reason.
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
   * Waits `ms`; if the deadline comes first, waits until it and throws, naming what we waited for.
   * A cancellation (`signal`, by default the step's) ends the wait by throwing its reason.
   */
  async sleep(ms: number, waitingFor: string, signal = this.#signal): Promise<void> {
    signal?.throwIfAborted()
    const remaining = this.remainingMs()
    if (ms >= remaining) {
      await this.#clock.sleep(remaining, signal)
      throw new DeadlineError(`The timeout ran out while ${waitingFor}.`)
    }
    await this.#clock.sleep(ms, signal)
  }
}
