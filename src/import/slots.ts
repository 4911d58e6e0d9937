import type { Job } from '../auth0/job.js'
import type { JobTracker } from '../jobs/tracker.js'
import type { ChunkPlan } from '../users/plan.js'

/** Auth0 runs at most two import jobs per tenant at once (reference §2.3, §6). */
export const MAX_ACTIVE_IMPORTS = 2

/**
 * The import slots: which chunk each job stands for, how many are running, and the jobs that
 * ended and are not yet settled. Waiting for one job frees its slot.
 */
export class Slots {
  readonly #tracker: JobTracker
  readonly #chunkOfJob = new Map<string, ChunkPlan>()
  readonly #finished: Job[] = []
  #active = 0

  constructor(tracker: JobTracker) {
    this.#tracker = tracker
  }

  get active(): number {
    return this.#active
  }

  get full(): boolean {
    return this.#active >= MAX_ACTIVE_IMPORTS
  }

  /** Jobs known to stand for a chunk (this run or restored). */
  get jobIds(): string[] {
    return [...this.#chunkOfJob.keys()]
  }

  chunkOf(jobId: string): ChunkPlan | undefined {
    return this.#chunkOfJob.get(jobId)
  }

  /** A job now stands for `chunk` and takes a slot until it ends. */
  track(chunk: ChunkPlan, job: Job): void {
    this.#chunkOfJob.set(job.id, chunk)
    this.#tracker.track(job)
    this.#active++
  }

  /** Waits for one of the active jobs to end, which frees its slot. */
  async waitForOne(): Promise<void> {
    this.#finished.push(await this.#tracker.next())
    this.#active--
  }

  /** The next ended job not yet settled. */
  takeFinished(): Job | undefined {
    return this.#finished.shift()
  }
}
