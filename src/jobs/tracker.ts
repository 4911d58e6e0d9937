import type { Job } from '../auth0/job.js'
import { isFinal } from '../results/verdict.js'
import type { Clock } from '../runtime/clock.js'
import type { Deadline } from '../runtime/deadline.js'
import type { Logger } from '../runtime/logger.js'
import { EndForecast } from './end-forecast.js'
import { type EndWindow, narrowWindow, nextPollAt, nextPollDelay } from './poll-schedule.js'
import { describeProgress, ProgressLog } from './progress.js'

export interface JobReader {
  getJob(id: string): Promise<Job>
}

interface Watched {
  job: Job
  dueAt: number
  readsWithoutEstimate: number
  /** When the job will end, as its readings tell (poll-schedule.ts). */
  window?: EndWindow
  /** For a job created just now: its size (users) and when it was tracked (end-forecast.ts). */
  fresh?: { size: number; trackedAt: number }
  /** When the last read that found it unfinished was sent. */
  unfinishedAt?: number
}

/**
 * Follows any number of jobs, each on its own poll schedule, and hands them back one at a time as
 * they reach a final status. One read at a time: the tenant's rate limit is shared with everything
 * else the team runs.
 */
export class JobTracker {
  readonly #watched = new Map<string, Watched>()
  readonly #finished: Job[] = []
  readonly #progress: ProgressLog
  readonly #forecast = new EndForecast()

  constructor(
    private readonly api: JobReader,
    private readonly clock: Clock,
    private readonly deadline: Deadline,
    logger: Logger,
    /** Called with every fresh state of a job, so outputs can carry the last one seen. */
    private readonly onUpdate: (job: Job) => void,
  ) {
    this.#progress = new ProgressLog(clock, logger)
  }

  /**
   * Follows `job`. `size` (its users, for a job created just now, not one restored from an earlier
   * run) lets the jobs of this run forecast each other's end (end-forecast.ts).
   */
  track(job: Job, size?: number): void {
    this.onUpdate(job)
    if (isFinal(job.status)) {
      this.#finished.push(job)
      return
    }
    this.#progress.report(job)
    const now = this.clock.now()
    this.#watched.set(job.id, {
      job,
      dueAt: now + nextPollDelay(job, 0),
      readsWithoutEstimate: 0,
      fresh: size === undefined ? undefined : { size, trackedAt: now },
    })
  }

  /** Waits for the next job to reach completed, failed or expired, and returns it. */
  async next(): Promise<Job> {
    for (;;) {
      const done = this.#finished.shift()
      if (done) return done
      const soonest = this.#soonest()
      if (!soonest) throw new Error('No job is being waited for.')
      const wait = soonest.dueAt - this.clock.now()
      if (wait > 0) {
        await this.deadline.sleepOrExpire(wait, `waiting for ${this.#describeWaiting()}`)
      }
      await this.#read(soonest)
    }
  }

  async #read(watched: Watched): Promise<void> {
    const sentAt = this.clock.now()
    const job = await this.api.getJob(watched.job.id)
    this.onUpdate(job)
    if (isFinal(job.status)) {
      this.#watched.delete(job.id)
      this.#learn(watched, job)
      this.#progress.finish(job)
      this.#finished.push(job)
      return
    }
    const hasEstimate = typeof job.time_left_seconds === 'number'
    watched.readsWithoutEstimate = hasEstimate ? 0 : watched.readsWithoutEstimate + 1
    watched.job = job
    watched.unfinishedAt = sentAt
    const now = this.clock.now()
    watched.window = narrowWindow(watched.window, job, sentAt, now)
    const expected = watched.fresh && this.#expectedEnd(watched.fresh)
    watched.dueAt = nextPollAt(job, watched.readsWithoutEstimate, now, watched.window, expected)
    this.#progress.report(job)
  }

  /** When a job created in this run should end, as the ones before it tell (clock ms). */
  #expectedEnd(fresh: { size: number; trackedAt: number }): EndWindow | undefined {
    const duration = this.#forecast.duration(fresh.size)
    if (!duration) return undefined
    return { after: fresh.trackedAt + duration.after, by: fresh.trackedAt + duration.by }
  }

  /** A completed job created in this run: how long it took goes into the forecast. */
  #learn(watched: Watched, job: Job): void {
    const { fresh } = watched
    if (!fresh || job.status !== 'completed') return
    const after = (watched.unfinishedAt ?? fresh.trackedAt) - fresh.trackedAt
    this.#forecast.learn(fresh.size, after, this.clock.now() - fresh.trackedAt)
  }

  #soonest(): Watched | undefined {
    let soonest: Watched | undefined
    for (const watched of this.#watched.values()) {
      if (!soonest || watched.dueAt < soonest.dueAt) soonest = watched
    }
    return soonest
  }

  #describeWaiting(): string {
    const jobs = [...this.#watched.values()].map((w) => `${w.job.id} (${describeProgress(w.job)})`)
    return jobs.length === 1 ? `job ${jobs[0]}` : `jobs ${jobs.join(', ')}`
  }
}
