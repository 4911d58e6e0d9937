/**
 * Sending the next chunk as a slot frees: with both import slots taken, the engine sends the next
 * chunk at the time a job's readings say it has ended, instead of one status read later. On the
 * fake clock against a fake tenant that, like Auth0, refuses a third active import job.
 */
import { describe, expect, it } from 'vitest'
import type { Job } from '../src/auth0/job.js'
import { FakeClock, FakeJobsApi, importSettings, runImport, workFolder } from './engine-harness.js'
import { makeUsers, usersFile } from './users-fixture.js'

const USERS = makeUsers(60)

/** Jobs that say how long they have left (whole seconds, as Auth0 does) and two active at most. */
class TenantWithEstimates extends FakeJobsApi {
  /** What happened, in order: `created <upload>`, `refused <upload>` (slots full), `ended <job>`. */
  readonly events: string[] = []
  readonly #clock: FakeClock

  constructor(clock: FakeClock, processingMs: number) {
    super(clock, processingMs)
    this.#clock = clock
  }

  #running(): number {
    return [...this.jobs.values()].filter((fake) => this.#clock.now() < fake.doneAt).length
  }

  override async createImport(request: { users: Buffer; externalId: string | undefined }) {
    const upload = this.uploads.length
    // (The hook runs again in the base class; the tests' hooks act once.)
    await this.beforeAnswer(upload)
    if (this.#running() >= 2) {
      this.events.push(`refused ${upload}`)
      const users = request.users.toString('utf8')
      this.uploads.push({ users, externalId: request.externalId, jobId: undefined })
      return { kind: 'slots-full' as const, message: 'There are 2 active import users jobs' }
    }
    const created = await super.createImport(request)
    this.events.push(`created ${upload}`)
    return created
  }

  override async getJob(id: string): Promise<Job> {
    const job = await super.getJob(id)
    const fake = this.jobs.get(id)
    if (job.status === 'completed') {
      if (!this.events.includes(`ended ${id}`)) this.events.push(`ended ${id}`)
      return job
    }
    const leftMs = (fake?.doneAt ?? 0) - this.#clock.now()
    return { ...job, time_left_seconds: Math.ceil(leftMs / 1000) }
  }
}

describe('the next chunk is sent as a slot frees', () => {
  it('is sent at the end its readings tell, before a read shows it ended; each user once', async () => {
    const dir = await workFolder()
    const settings = await importSettings(dir, usersFile(USERS))
    const clock = new FakeClock()
    const api = new TenantWithEstimates(clock, 12_500)
    const run = await runImport(settings, api, clock)
    expect(run.error).toBeUndefined()
    // Every user uploaded in a job exactly once, in file order.
    const created = api.uploads.filter((upload) => upload.jobId !== undefined)
    expect(created.flatMap((upload) => JSON.parse(upload.users) as unknown[])).toEqual(USERS)
    expect(api.jobsPerUpload().every((jobs) => jobs === 1)).toBe(true)
    expect(run.outcome.jobIds).toEqual(created.map((upload) => upload.jobId))
    // The third chunk's job was created before any read showed the first job ended.
    const third = api.events.indexOf('created 2')
    const firstEnded = api.events.findIndex((event) => event.startsWith('ended '))
    expect(third).toBeGreaterThan(-1)
    expect(third).toBeLessThan(firstEnded)
    // Estimates that hold cost no refusal.
    expect(api.events.filter((event) => event.startsWith('refused'))).toEqual([])
  })

  it('sent too soon (a job ran past its estimate), it is refused and sent again once', async () => {
    const dir = await workFolder()
    const settings = await importSettings(dir, usersFile(USERS))
    const clock = new FakeClock()
    const api = new TenantWithEstimates(clock, 12_500)
    // As the third chunk is sent, the jobs no read has shown ended yet run 300 ms longer.
    let slowed = false
    api.beforeAnswer = (upload) => {
      if (upload !== 2 || slowed) return
      for (const [id, fake] of api.jobs) {
        if (!api.events.includes(`ended ${id}`)) fake.doneAt = clock.now() + 300
      }
      slowed = true
    }
    const run = await runImport(settings, api, clock)
    expect(run.error).toBeUndefined()
    expect(api.events.filter((event) => event.startsWith('refused'))).toEqual(['refused 2'])
    // The refused body is sent again, as the next upload, and makes one job.
    expect(api.uploads[3]?.users).toBe(api.uploads[2]?.users)
    expect(api.events.indexOf('created 3')).toBeGreaterThan(
      api.events.indexOf('ended job_0000000000000001'),
    )
    const created = api.uploads.filter((upload) => upload.jobId !== undefined)
    expect(created.flatMap((upload) => JSON.parse(upload.users) as unknown[])).toEqual(USERS)
    expect(api.jobsPerUpload().every((jobs) => jobs === 1)).toBe(true)
    expect(run.outcome.jobIds).toEqual(created.map((upload) => upload.jobId))
  })
})
