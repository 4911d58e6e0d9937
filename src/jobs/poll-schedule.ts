import type { Job } from '../auth0/job.js'

/**
 * How long to wait before reading a job again. Two goals pull apart: notice a finished job within
 * a second, and spend few requests of the tenant's shared rate limit on a long job.
 *
 * When Auth0 gives `time_left_seconds`, wait half of it (the estimate is refreshed on every read,
 * so the waits shrink towards the end: a 30 s job costs about 8 reads), then read just after the
 * estimated end and every second after that. Without an estimate (a pending job), back off from
 * half a second up to a few seconds.
 */
export const POLL = {
  /** Reading once a second near the end is what "noticed within a second" costs. */
  nearEndMs: 1_000,
  /** Below this much estimated time left, stop halving and aim just past the estimated end. */
  halvingFloorMs: 4_000,
  /** Slack after the estimated end, so the read lands after the job flips to completed. */
  afterEstimateMs: 150,
  longestWaitMs: 60_000,
  backoffMs: [500, 1_000, 1_000, 2_000, 2_000, 3_000, 3_000, 5_000] as const,
}

export function nextPollDelay(job: Job, readsWithoutEstimate: number): number {
  const left = job.time_left_seconds
  if (typeof left === 'number' && Number.isFinite(left) && left > 0) {
    const leftMs = left * 1000
    if (leftMs > POLL.halvingFloorMs) return Math.min(POLL.longestWaitMs, Math.round(leftMs / 2))
    return Math.max(250, Math.min(POLL.nearEndMs, leftMs + POLL.afterEstimateMs))
  }
  if (job.status === 'processing' && typeof left === 'number') {
    // Auth0 thinks it is done but has not flipped the status yet.
    return POLL.nearEndMs
  }
  const steps = POLL.backoffMs
  return steps[Math.min(readsWithoutEstimate, steps.length - 1)] ?? POLL.nearEndMs
}
