/**
 * The one-thread pass's errors (plan-here.ts), while users wait for the generated validator
 * (verdict-now.ts): a user only it can judge waits until the end of the chunk, where the
 * validator is loaded and the waiting users are recorded in file order. The plan keeps its first
 * invalid users in file order (plan-builder.ts); that order holds because every user that could
 * be invalid waits until the load, and none waits after it.
 */
import type { UserError } from '../auth0/job.js'
import type { PlanBuilder } from './plan-builder.js'
import { redactUser } from './redact.js'
import { loadFullValidation, verdictNow } from './verdict-now.js'

interface Waiting {
  index: number
  line: number
  size: number
  value: unknown
}

export class VerdictsInLine {
  readonly #builder: PlanBuilder
  /** Parsed users of the current chunk: at most one read of the file's worth, once a run. */
  #waiting: Waiting[] = []

  constructor(builder: PlanBuilder) {
    this.#builder = builder
  }

  /** The errors of the user at `index` (already planned), now or at the end of the chunk. */
  add(index: number, line: number, size: number, value: unknown): void {
    const errors = verdictNow(value)
    if (errors) this.#record(index, line, size, value, errors)
    else this.#waiting.push({ index, line, size, value })
  }

  /** Records the users waiting, in order, after loading the generated validator for them. */
  async settle(): Promise<void> {
    if (this.#waiting.length === 0) return
    const schemaErrors = await loadFullValidation()
    for (const { index, line, size, value } of this.#waiting) {
      this.#record(index, line, size, value, schemaErrors(value))
    }
    this.#waiting = []
  }

  #record(index: number, line: number, size: number, value: unknown, errors: UserError[]): void {
    this.#builder.recordErrors(index, line, size, errors, () => redactUser(value))
  }
}
