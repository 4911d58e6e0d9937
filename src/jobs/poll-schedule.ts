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

/**
 * When a job will end, as far as its readings tell: after `after` and by `by` (clock ms). One
 * reading of a whole-second estimate L puts the end in a window one second wide; readings taken
 * at other fractions of a second cut that window, so the end can be known far more closely than
 * any one estimate says (`alignedRead` picks those fractions on purpose).
 */
export interface EndWindow {
  after: number
  by: number
}

/**
 * The window after one more reading of `job`, sent at `sentAt` and answered at `receivedAt`: the
 * estimate was made in between. Undefined without an estimate; a reading that contradicts the
 * window (the job slowed down) starts a new one.
 */
export function narrowWindow(
  window: EndWindow | undefined,
  job: Job,
  sentAt: number,
  receivedAt: number,
): EndWindow | undefined {
  const left = job.time_left_seconds
  if (job.status !== 'processing' || typeof left !== 'number' || !Number.isFinite(left)) {
    return undefined
  }
  // A whole-second estimate L means the end is within (L-1, L] seconds of when it was made.
  const reading = { after: sentAt + (left - 1) * 1000, by: receivedAt + left * 1000 }
  if (!window) return reading
  const after = Math.max(window.after, reading.after)
  const by = Math.min(window.by, reading.by)
  return after < by ? { after, by } : reading
}

/** How close to the end a read is aimed; a finished job is noticed at most this much late. */
export const END_MARGIN_MS = 20
/** A window this narrow is read at its end; a wider one near the end is halved first. */
const NARROW_MS = 120
/** A forecast this narrow (end-forecast.ts) is read once just after its end; a wider one halved. */
const FORECAST_NARROW_MS = 25
/** How long after a forecast end the job is read. */
const FORECAST_MARGIN_MS = 3

/**
 * When to read `job` next (clock ms), given what its readings say of its end. Near the end, once
 * the window is known: just after its end. Before that: the schedule of `nextPollDelay`, shifted
 * by under half a second so that the reading falls at the middle of the window (mod 1 s) and
 * halves it. Long jobs take their halving reads anyway, so the end is known to a few tens of
 * milliseconds by the time it comes, at no extra request. `expected` is when similar jobs of this
 * run say it ends (end-forecast.ts): near the end, the part of the window it covers is read
 * instead; a narrow forecast is read at its end directly, without the halving reads.
 */
export function nextPollAt(
  job: Job,
  readsWithoutEstimate: number,
  now: number,
  window: EndWindow | undefined,
  expected?: EndWindow,
): number {
  const planned = now + nextPollDelay(job, readsWithoutEstimate)
  // No window, or one that has passed with the job still running (the estimate was off): the
  // plain schedule, so a job stuck at "0 s left" is read twice a second, not in a loop.
  if (!window || window.by <= now) return planned
  const near = window.by - now <= POLL.halvingFloorMs
  const forecast = expected && forecastReadAt(window, expected, now, near)
  if (forecast !== undefined) return Math.min(forecast, now + POLL.longestWaitMs)
  if (near) {
    // The end is near: read just after it, once the window is narrow; a wider one is halved
    // first (a job done by its middle is noticed then).
    const width = window.by - window.after
    if (width > NARROW_MS && window.after > now) return window.after + width / 2
    return Math.max(now, window.by + END_MARGIN_MS)
  }
  const middle = (window.after + window.by) / 2
  const shift = ((((middle - planned) % 1000) + 1500) % 1000) - 500
  return Math.max(now + POLL.lastSecondMs, planned + shift)
}

/**
 * Where the window and the forecast overlap: just after its end when that is narrow (the job's
 * own estimates add nothing then); near the end, its middle while it is wide (so this job narrows
 * the forecast for the next). Undefined when they do not overlap or that end has passed (the job
 * is slower than forecast: its own window decides), or when a wide forecast is not near yet.
 */
function forecastReadAt(
  window: EndWindow,
  expected: EndWindow,
  now: number,
  near: boolean,
): number | undefined {
  const after = Math.max(window.after, expected.after)
  const by = Math.min(window.by, expected.by)
  if (after >= by || by + FORECAST_MARGIN_MS < now) return undefined
  const narrow = by - after <= FORECAST_NARROW_MS
  if (!narrow && !near) return undefined
  if (!narrow && after > now) return after + (by - after) / 2
  return Math.max(now, by + FORECAST_MARGIN_MS)
}
