import { describe, expect, it } from 'vitest'
import type { Job } from '../src/auth0/job.js'
import { nextPollDelay, POLL } from '../src/jobs/poll-schedule.js'
import { JobTracker } from '../src/jobs/tracker.js'
import { Deadline } from '../src/runtime/deadline.js'
import { DeadlineError } from '../src/runtime/errors.js'
import { silentLogger } from '../src/runtime/logger.js'
import { FakeClock } from './fake-clock.js'

/** A job that is pending for 0.3 s, then processing with an accurate estimate, done at `endMs`. */
function simulatedJob(id: string, clock: FakeClock, endMs: number, reads: string[]) {
  return async (): Promise<Job> => {
    reads.push(id)
    const t = clock.now()
    if (t >= endMs) {
      return {
        id,
        type: 'users_import',
        status: 'completed',
        summary: { total: 1, inserted: 1, updated: 0, failed: 0 },
      }
    }
    if (t < 300) return { id, type: 'users_import', status: 'pending' }
    const left = Math.ceil((endMs - t) / 1000)
    return {
      id,
      type: 'users_import',
      status: 'processing',
      percentage_done: Math.floor((100 * t) / endMs),
      time_left_seconds: left,
    }
  }
}

async function follow(endMs: number) {
  const clock = new FakeClock()
  const reads: string[] = []
  const read = simulatedJob('job_a', clock, endMs, reads)
  const tracker = new JobTracker(
    { getJob: read },
    clock,
    new Deadline(clock, 3_600_000),
    silentLogger,
    () => {},
  )
  tracker.track({ id: 'job_a', type: 'users_import', status: 'pending' })
  const job = await tracker.next()
  return { job, reads: reads.length, noticedAt: clock.now() }
}

describe('poll schedule', () => {
  it('notices a 30 s job within a second of its end with at most 15 reads', async () => {
    const { job, reads, noticedAt } = await follow(30_000)
    expect(job.status).toBe('completed')
    expect(noticedAt).toBeGreaterThanOrEqual(30_000)
    expect(noticedAt - 30_000).toBeLessThanOrEqual(1_000)
    expect(reads).toBeLessThanOrEqual(15)
  })

  it.each([2_000, 10_000, 120_000, 1_800_000])(
    'notices a %i ms job within a second',
    async (end) => {
      const { noticedAt, reads } = await follow(end)
      expect(noticedAt - end).toBeLessThanOrEqual(1_000)
      // Halving costs a few reads; the longest single wait caps the rest on very long jobs.
      expect(reads).toBeLessThanOrEqual(12 + end / POLL.longestWaitMs)
    },
  )

  it.each([5_500, 5_730, 9_040, 30_250, 61_900])(
    'narrows whole-second estimates down: a job ending at %i ms is noticed within 100 ms',
    async (end) => {
      const { noticedAt, reads } = await follow(end)
      expect(noticedAt).toBeGreaterThanOrEqual(end)
      expect(noticedAt - end).toBeLessThanOrEqual(100)
      expect(reads).toBeLessThanOrEqual(end < 10_000 ? 6 : 9)
    },
  )

  it('a job whose estimate runs out while it still runs is read twice a second, not in a loop', async () => {
    const clock = new FakeClock()
    let reads = 0
    const getJob = async (): Promise<Job> => {
      reads++
      const t = clock.now()
      if (t >= 20_000) return { id: 'job_a', type: 'users_import', status: 'completed' }
      // Says 3 s left, then keeps saying 0 s for the last 15 seconds.
      const left = t < 2_000 ? 3 : 0
      return { id: 'job_a', type: 'users_import', status: 'processing', time_left_seconds: left }
    }
    const tracker = new JobTracker(
      { getJob },
      clock,
      new Deadline(clock, 60_000),
      silentLogger,
      () => {},
    )
    tracker.track({ id: 'job_a', type: 'users_import', status: 'pending' })
    await tracker.next()
    expect(clock.now() - 20_000).toBeLessThanOrEqual(1_000)
    expect(reads).toBeLessThanOrEqual(2 + 20_000 / POLL.lastSecondMs)
  })

  it('backs off while a job gives no estimate', () => {
    const pending: Job = { id: 'job_a', type: 'users_import', status: 'pending' }
    const delays = [0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => nextPollDelay(pending, n))
    expect(delays[0]).toBe(500)
    expect(delays.at(-1)).toBe(5_000)
    for (let i = 1; i < delays.length; i++)
      expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0)
  })

  it('reads twice a second once the estimate says the job is done', () => {
    const late: Job = {
      id: 'job_a',
      type: 'users_import',
      status: 'processing',
      time_left_seconds: 0,
    }
    expect(nextPollDelay(late, 0)).toBe(500)
  })
})

describe('JobTracker', () => {
  it('hands back several jobs in the order they finish', async () => {
    const clock = new FakeClock()
    const reads: string[] = []
    const ends: Record<string, number> = { job_slow: 9_000, job_fast: 2_000 }
    const tracker = new JobTracker(
      { getJob: (id) => simulatedJob(id, clock, ends[id] ?? 0, reads)() },
      clock,
      new Deadline(clock, 60_000),
      silentLogger,
      () => {},
    )
    tracker.track({ id: 'job_slow', type: 'users_import', status: 'pending' })
    tracker.track({ id: 'job_fast', type: 'users_import', status: 'pending' })
    expect((await tracker.next()).id).toBe('job_fast')
    expect((await tracker.next()).id).toBe('job_slow')
    expect(clock.now() - 9_000).toBeLessThanOrEqual(1_000)
  })

  it('gives up at the deadline, naming the job and its progress', async () => {
    const clock = new FakeClock()
    const reads: string[] = []
    const updates: Job[] = []
    const tracker = new JobTracker(
      { getJob: simulatedJob('job_a', clock, 100_000, reads) },
      clock,
      new Deadline(clock, 20_000),
      silentLogger,
      (job) => updates.push(job),
    )
    tracker.track({ id: 'job_a', type: 'users_import', status: 'pending' })
    const error = await tracker.next().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeadlineError)
    expect(String(error)).toMatch(/job_a \(processing, \d+%/)
    expect(clock.now()).toBe(20_000)
    expect(updates.at(-1)?.status).toBe('processing')
  })
})
