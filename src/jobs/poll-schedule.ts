import type { Job } from '../auth0/job.js'

/**
 * How long to wait before reading a job again. Two goals pull apart: notice a finished job within
 * a second, and spend few requests of the tenant's shared rate limit on a long job.
 *
 * When Auth0 gives `time_left_seconds` (whole seconds), wait half of it while more than a few
 * seconds are left: the estimate is refreshed on every read, so the waits shrink towards the end
 * and a 30 s job costs about six reads. Then read in the middle of the estimate's last second and at
 * its end, so a finished job is noticed about a quarter of a second late on average. Without an
 * estimate (a pending job), back off from half a second up to a few seconds.
 */
export const POLL = {
  /** Above this much time left, halve it. */
  halvingFloorMs: 4_000,
  /** The interval in the estimated last second, and once the estimate has run out. */
  lastSecondMs: 500,
  longestWaitMs: 60_000,
  backoffMs: [500, 1_000, 1_000, 2_000, 2_000, 3_000, 3_000, 5_000] as const,
}

export function nextPollDelay(job: Job, readsWithoutEstimate: number): number {
  const left = job.time_left_seconds
  if (typeof left === 'number' && Number.isFinite(left) && job.status === 'processing') {
    const leftMs = left * 1000
    if (leftMs > POLL.halvingFloorMs) return Math.min(POLL.longestWaitMs, Math.round(leftMs / 2))
    // A whole-second estimate of L puts the end within (L-1, L] seconds: read in the middle of
    // that last second, then at its end, so the end is noticed a quarter second late on average.
    if (leftMs > 1_000) return leftMs - POLL.lastSecondMs
    return POLL.lastSecondMs
  }
  const steps = POLL.backoffMs
  return steps[Math.min(readsWithoutEstimate, steps.length - 1)] ?? POLL.lastSecondMs
}
