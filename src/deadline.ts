import type { Clock } from './clock.js'
import { DeadlineError } from './errors.js'

/**
 * The step's `timeout`, counted from the start of the step. Every wait in the action goes through
 * here so that no retry or poll can outlive it.
 */
export class Deadline {
  readonly #clock: Clock
  readonly #endsAt: number

  constructor(clock: Clock, endsAt: number) {
    this.#clock = clock
    this.#endsAt = endsAt
  }

  remainingMs(): number {
    return Math.max(0, Math.ceil(this.#endsAt - this.#clock.now()))
  }

  expired(): boolean {
    return this.remainingMs() <= 0
  }

  /** Waits `ms`; if the deadline comes first, waits until it and throws, naming what we waited for. */
  async sleep(ms: number, waitingFor: string): Promise<void> {
    const remaining = this.remainingMs()
    if (ms >= remaining) {
      await this.#clock.sleep(remaining)
      throw new DeadlineError(`The timeout ran out while ${waitingFor}.`)
    }
    await this.#clock.sleep(ms)
  }
}
