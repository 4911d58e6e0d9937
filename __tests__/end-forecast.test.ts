/**
 * Jobs of a split import forecast each other's end (src/jobs/end-forecast.ts): after the first few
 * chunks a job is noticed within tens of milliseconds of its end instead of a hundred or more, at
 * about the same number of reads, and a job slower than forecast is still noticed by its own
 * estimates. All on the fake clock: the figures are the schedule's, not the machine's.
 */
import { describe, expect, it } from 'vitest'
import type { Job } from '../src/auth0/job.js'
import { EndForecast } from '../src/jobs/end-forecast.js'
import { nextPollAt } from '../src/jobs/poll-schedule.js'
import { JobTracker } from '../src/jobs/tracker.js'
import { Deadline } from '../src/runtime/deadline.js'
import { silentLogger } from '../src/runtime/logger.js'
import { FakeClock } from './fake-clock.js'

interface SimJob {
  createdAt: number
  endsAt: number
}

/**
 * A tenant like the emulator's: pending for 500 ms, then processing with whole-second estimates
 * (rounded up), each read taking 1.5 ms.
 */
function tenant(clock: FakeClock) {
  const jobs = new Map<string, SimJob>()
  let reads = 0
  const api = {
    async getJob(id: string): Promise<Job> {
      reads++
      clock.current += 1.5
      const job = jobs.get(id) as SimJob
      const t = clock.now()
      if (t < job.createdAt + 500) return { id, type: 'users_import', status: 'pending' }
      if (t < job.endsAt) {
        const left = Math.ceil((job.endsAt - t) / 1000)
        return { id, type: 'users_import', status: 'processing', time_left_seconds: left }
      }
      const summary = { total: 1, inserted: 1, updated: 0, failed: 0 }
      return { id, type: 'users_import', status: 'completed', summary }
    },
  }
  return {
    api,
    jobs,
    get reads() {
      return reads
    },
  }
}

/**
 * Two slots, `count` jobs of about 1,540 users taking 2.5 s + 2 ms a user (`slower` adds to the
 * duration of the job at that position); a chunk is submitted as soon as a slot is noticed free.
 * Returns how late each job's end was noticed (by submission order), and the reads.
 */
async function splitImport(count: number, learn: boolean, slower: Record<number, number> = {}) {
  const clock = new FakeClock()
  clock.current = 1_000.3
  const sim = tenant(clock)
  const tracker = new JobTracker(sim.api, clock, new Deadline(clock, 1e9), silentLogger, () => {})
  let submitted = 0
  const submit = () => {
    clock.current += 18 // the upload
    const users = 1_538 + ((submitted * 7) % 5)
    const id = `job_${String(submitted).padStart(16, '0')}`
    const createdAt = clock.now() - 3
    const endsAt = createdAt + 2_500 + 2 * users + (slower[submitted] ?? 0)
    sim.jobs.set(id, { createdAt, endsAt })
    submitted++
    tracker.track({ id, type: 'users_import', status: 'pending' }, learn ? users : undefined)
  }
  submit()
  submit()
  const late: number[] = []
  for (let active = 2; active > 0; active--) {
    const job = await tracker.next()
    late[Number(job.id.slice(4))] = clock.now() - (sim.jobs.get(job.id) as SimJob).endsAt
    if (submitted < count) {
      submit()
      active++
    }
  }
  return { late, reads: sim.reads }
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

describe('jobs of a split import forecast each other', () => {
  it('after the first chunks, each job is noticed within 50 ms of its end, with fewer reads', async () => {
    const learned = await splitImport(64, true)
    const alone = await splitImport(64, false)
    // Without sizes (as for jobs restored from an earlier run) nothing is learned: the middle of
    // a half-second window, over 100 ms late on average.
    expect(mean(alone.late.slice(10))).toBeGreaterThan(100)
    expect(Math.max(...learned.late.slice(10))).toBeLessThan(50)
    expect(mean(learned.late.slice(10))).toBeLessThan(40)
    // A narrow forecast is read at its end directly: fewer reads than the estimates need.
    expect(learned.reads).toBeLessThan(alone.reads * 0.85)
  })

  it('a job slower than forecast is still noticed by its own estimates, and the ones after it recover', async () => {
    const { late } = await splitImport(40, true, { 20: 700 })
    expect(late[20]).toBeLessThan(300)
    expect(Math.max(...late.slice(30))).toBeLessThan(50)
  })
})

describe('EndForecast', () => {
  it('intersects what similar jobs tell, spanning their size difference; a disagreeing job hides older ones', () => {
    const forecast = new EndForecast()
    forecast.learn(1_000, 4_000, 4_400)
    forecast.learn(1_000, 4_200, 4_600)
    const both = forecast.duration(1_000)
    // Each side widened by 0.2 % of the duration, at most 5 ms.
    expect(both?.after).toBeCloseTo(4_200 - 5)
    expect(both?.by).toBeCloseTo(4_400 + 5)
    // 2 % more users: between the same time (all of it fixed) and 2 % more (all of it per user).
    const bigger = forecast.duration(1_020)
    expect(bigger?.after).toBeCloseTo(4_200 - 5)
    expect(bigger?.by).toBeCloseTo(4_400 * 1.02 + 5)
    // Twice the size is not similar: nothing to go by.
    expect(forecast.duration(2_000)).toBeUndefined()
    // A much slower job: only it counts.
    forecast.learn(1_000, 9_000, 9_100)
    expect(forecast.duration(1_000)?.after).toBeCloseTo(9_000 - 5)
  })

  it('the schedule reads the middle of a wide forecast, just after a narrow one, and ignores one that passed', () => {
    const job: Job = {
      id: 'job_a',
      type: 'users_import',
      status: 'processing',
      time_left_seconds: 1,
    }
    const window = { after: 10_000, by: 10_500 }
    expect(nextPollAt(job, 0, 9_000, window, { after: 10_100, by: 10_300 })).toBe(10_200)
    expect(nextPollAt(job, 0, 9_000, window, { after: 10_100, by: 10_115 })).toBe(10_118)
    // Far from the end: a narrow forecast is read at its end, skipping the halving reads; a wide
    // one waits for the estimates (half of the 5 s left, shifted to halve the window).
    const early = { after: 14_000, by: 15_000 }
    expect(nextPollAt(job, 0, 9_000, early, { after: 14_300, by: 14_320 })).toBe(14_323)
    expect(nextPollAt(job, 0, 9_000, early, { after: 14_300, by: 14_400 })).toBeLessThan(12_000)
    // Never more than a minute without a read.
    const long = { after: 200_000, by: 201_000 }
    expect(nextPollAt(job, 0, 9_000, long, { after: 200_300, by: 200_310 })).toBe(69_000)
    // The forecast end has passed with the job still running: its own window decides.
    expect(
      nextPollAt(job, 0, 10_200, { after: 10_200, by: 10_500 }, { after: 10_100, by: 10_115 }),
    ).toBe(10_520)
  })
})
