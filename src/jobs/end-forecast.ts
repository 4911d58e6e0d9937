import type { EndWindow } from './poll-schedule.js'

/**
 * How long a job of a given size will take, from the jobs of the same size that ended before it
 * in this run (a split import's chunks are of about equal size, src/users/chunk-targets.ts).
 *
 * Why: in a split import a slot stays idle from the moment a job ends until the next chunk is
 * submitted, and that is mostly the time until a read notices the end. Auth0's whole-second
 * estimates put the end in a window half a second wide by the last second (poll-schedule.ts);
 * reading at its middle notices a job a hundred milliseconds or more late. Equal chunks take about
 * equally long, so each job's reads also tell when the next one will end: every job is read at
 * the middle of what the jobs before it left open, which halves that range from job to job, and
 * once it is narrow a job is read once, just after its forecast end. The schedule falls back to
 * the job's own estimates whenever a job is slower than forecast; one that fails early is noticed
 * at its forecast end (at most a minute later, POLL.longestWaitMs), not by a halving read.
 *
 * Only facts go in: a read sent at t that found the job unfinished means it ended after t, one
 * answered at t that found it finished means it had ended by t. Durations count from when the
 * job was handed to the tracker (its creation was answered). A job's time is taken to be a fixed
 * part plus a part per user, both unknown: so a job of n' users takes between what one of n users
 * took and that scaled by n'/n, and the forecast spans both.
 */

/** Sizes within this fraction of each other are compared. */
const SIMILAR_SIZE = 0.05
/** Room added on each side of a duration for jitter in when jobs start: this fraction of it … */
const TOLERANCE = 0.002
/** … up to this many ms. */
const TOLERANCE_MAX_MS = 5
/** Jobs kept to learn from; the newest come first. */
const KEPT = 32

interface Ended {
  size: number
  /** Ended later than this many ms after it was tracked … */
  after: number
  /** … and by this many. */
  by: number
}

export class EndForecast {
  readonly #ended: Ended[] = []

  /** A job of `size` ended more than `after` ms and at most `by` ms after it was tracked. */
  learn(size: number, after: number, by: number): void {
    if (!(size > 0) || !(by >= after)) return
    this.#ended.unshift({ size, after, by })
    if (this.#ended.length > KEPT) this.#ended.pop()
  }

  /**
   * How many ms after it is tracked a job of `size` will end: what the newest similar jobs agree
   * on, going back while they still agree. Undefined when no similar job ended yet.
   */
  duration(size: number): EndWindow | undefined {
    let range: EndWindow | undefined
    for (const ended of this.#ended) {
      if (Math.abs(ended.size - size) > size * SIMILAR_SIZE) continue
      const scale = size / ended.size
      const slack = Math.min(TOLERANCE_MAX_MS, ended.by * TOLERANCE)
      const after = Math.min(ended.after, ended.after * scale) - slack
      const by = Math.max(ended.by, ended.by * scale) + slack
      if (!range) {
        range = { after, by }
        continue
      }
      const narrowed = { after: Math.max(range.after, after), by: Math.min(range.by, by) }
      // A job that disagrees (it was slower or faster than these): older ones count no more.
      if (narrowed.after >= narrowed.by) break
      range = narrowed
    }
    return range
  }
}
