import type { Job } from '../auth0/job.js'
import type { Clock } from '../runtime/clock.js'
import type { Logger } from '../runtime/logger.js'

/** Log a job's progress at a pace a person can read: on change of status, else every 15 s. */
const QUIET_MS = 15_000

export function describeProgress(job: Job): string {
  const parts = [job.status]
  if (typeof job.percentage_done === 'number') parts.push(`${job.percentage_done}%`)
  if (typeof job.time_left_seconds === 'number' && job.time_left_seconds > 0) {
    parts.push(`about ${job.time_left_seconds} s left`)
  }
  return parts.join(', ')
}

export class ProgressLog {
  readonly #last = new Map<string, { status: string; at: number }>()

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  report(job: Job): void {
    const now = this.clock.now()
    const last = this.#last.get(job.id)
    if (last && last.status === job.status && now - last.at < QUIET_MS) return
    this.#last.set(job.id, { status: job.status, at: now })
    this.logger.info(`Job ${job.id}: ${describeProgress(job)}.`)
  }

  finish(job: Job): void {
    this.#last.delete(job.id)
    const counts = job.summary
      ? ` (${job.summary.inserted} inserted, ${job.summary.updated} updated, ${job.summary.failed} failed of ${job.summary.total})`
      : ''
    const details = job.status_details ? `: ${job.status_details}` : ''
    this.logger.info(`Job ${job.id}: ${job.status}${counts}${details}.`)
  }
}
