import type { Job } from '../auth0/job.js'
import type { JobTracker } from '../jobs/tracker.js'
import type { ChunkPlan } from '../users/plan.js'

/** Auth0 runs at most two import jobs per tenant at once (README, "How it behaves"). */
export const MAX_ACTIVE_IMPORTS = 2

/**
 * The import slots: which chunk each job stands for, how many are running, and the jobs that
 * ended and are not yet settled. Waiting for one job frees its slot.
 */
export class Slots {
  readonly #tracker: JobTracker
  readonly #chunkOfJob = new Map<string, ChunkPlan>()
  readonly #chunksWithJob = new Set<number>()
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

  /** Whether a job stands for the chunk (submitted in this run, or restored). */
  hasJob(chunkIndex: number): boolean {
    return this.#chunksWithJob.has(chunkIndex)
  }

  chunkOf(jobId: string): ChunkPlan | undefined {
    return this.#chunkOfJob.get(jobId)
  }

  /**
   * A job now stands for `chunk` and takes a slot until it ends. `createdNow`: submitted in this
   * run (not restored), so how long it takes tells when the next chunks end (end-forecast.ts).
   */
  track(chunk: ChunkPlan, job: Job, createdNow: boolean): void {
    this.#chunkOfJob.set(job.id, chunk)
    this.#chunksWithJob.add(chunk.index)
    this.#tracker.track(job, createdNow ? chunk.userCount : undefined)
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
