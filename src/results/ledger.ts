import type { Job } from '../auth0/job.js'
import type { Operation } from '../inputs/settings.js'
import { ResultBuilder } from './builder.js'
import type { OperationResult } from './result.js'

/**
 * The jobs seen so far, each in its last known state: what the outputs still carry when an
 * operation stops half-way (a timeout, a cancellation, a refused request). Trackers write every
 * sighting here; an operation may also say what it would report if it stopped now.
 */
export class JobLedger {
  readonly #jobs = new Map<string, Job>()
  #onStop: (() => OperationResult) | undefined

  /** Records the latest state of a job; the first sighting fixes its place in the order. */
  see(job: Job): void {
    this.#jobs.set(job.id, job)
  }

  get jobs(): Job[] {
    return [...this.#jobs.values()]
  }

  get(id: string): Job | undefined {
    return this.#jobs.get(id)
  }

  /** What the operation has found so far, for the result published when it throws. */
  reportOnStop(snapshot: () => OperationResult): void {
    this.#onStop = snapshot
  }

  /** The result of an operation that threw: its last snapshot, else the jobs seen. */
  stopped(operation: Operation): OperationResult {
    return this.#onStop?.() ?? new ResultBuilder(operation, this).build()
  }
}
