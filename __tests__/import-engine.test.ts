/**
 * The import engine in process: the import operation against a fake Management API on the fake
 * clock. No process is spawned and no real time passes; each scenario takes milliseconds.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseResolveInDoubt } from '../src/inputs/import-users.js'
import { errorCountOf, jobIdsOf } from '../src/results/result.js'
import { systemLockDeps } from '../src/resume-record/lock.js'
import { CancelledError } from '../src/runtime/cancellation.js'
import { InputError } from '../src/runtime/errors.js'
import {
  FakeClock,
  FakeJobsApi,
  type ImportResult,
  importSettings,
  reportEntries,
  runImport,
  workFolder,
} from './engine-harness.js'
import { makeUsers, usersFile } from './users-fixture.js'

const USERS = makeUsers(60)
const FILE = usersFile(USERS)

interface RecordChunk {
  job_id?: string
  submitting?: string
  in_doubt?: string
  status?: string
}
async function readRecord(path: string): Promise<{ chunks: RecordChunk[] }> {
  return JSON.parse(await readFile(path, 'utf8'))
}

/** Every user of the file uploaded exactly once, in order, and no chunk made two jobs. */
function expectEachUserOnce(api: FakeJobsApi, users: unknown[] = USERS): void {
  const created = api.uploads.filter((upload) => upload.jobId !== undefined)
  expect(created.flatMap((upload) => JSON.parse(upload.users) as unknown[])).toEqual(users)
  expect(api.jobsPerUpload().every((jobs) => jobs === 1)).toBe(true)
}

async function setUp(extra: Parameters<typeof importSettings>[2] = {}, content = FILE) {
  const dir = await workFolder()
  const progress = join(dir, 'state', 'progress.json')
  const settings = await importSettings(dir, content, { progressFile: progress, ...extra })
  const clock = new FakeClock()
  return { dir, progress, settings, clock, api: new FakeJobsApi(clock) }
}

const gitHubRun = {
  lockDeps: {
    ...systemLockDeps,
    env: { GITHUB_REPOSITORY: 'acme/release', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' },
  },
}

describe('two runs on one progress_file', () => {
  it('the second refuses at once, naming the holder, and no chunk is uploaded twice', async () => {
    const { settings, clock, api, progress } = await setUp()
    // The first run is held while it waits for its first two jobs, its record showing them.
    let release = (): void => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let reached = (): void => {}
    const waiting = new Promise<void>((resolve) => {
      reached = resolve
    })
    api.beforeRead = async (read) => {
      if (read > 0) return
      reached()
      await held
    }
    const first = runImport(settings, api, clock, { extra: gitHubRun })
    await waiting
    const second = await runImport(settings, api, clock)
    release()
    const done = await first

    expect(second.thrown).toBeInstanceOf(InputError)
    expect(second.error).toContain(
      `${progress} is in use by process ${process.pid} on host ${hostname()} (run acme/release 4242 attempt 2) since 20`,
    )
    expect(second.error).toContain('before sending anything')
    expect(jobIdsOf(second.result)).toEqual([])
    expect(done.error).toBeUndefined()
    expect(done.result.chunksRemaining).toBe(0)
    expectEachUserOnce(api)
    // The lock is gone once the run ends: a later run may resume.
    await expect(readFile(`${progress}.lock`)).rejects.toThrow('ENOENT')
  })

  it('takes over the lock of a dead process on this host, with a warning; refuses another host', async () => {
    const { settings, clock, api, progress } = await setUp()
    const lock = `${progress}.lock`
    const planted = (host: string) =>
      JSON.stringify({
        pid: 4_000_001,
        host,
        since: '2026-01-01T00:00:00.000Z',
        run: 'run 77',
        nonce: 'n',
      })
    await mkdir(join(progress, '..'), { recursive: true })
    await writeFile(lock, planted('other-runner'))
    const refused = await runImport(settings, api, clock, {
      extra: { lockDeps: { ...systemLockDeps, isAlive: () => false } },
    })
    expect(refused.thrown).toBeInstanceOf(InputError)
    expect(refused.error).toContain('in use by process 4000001 on host other-runner (run 77)')
    expect(refused.error).toContain(`delete ${lock} and run again`)
    expect(api.uploads).toEqual([])

    await writeFile(lock, planted(hostname()))
    const taken = await runImport(settings, api, clock, {
      extra: { lockDeps: { ...systemLockDeps, isAlive: () => false } },
    })
    expect(taken.error).toBeUndefined()
    expect(taken.log.text).toContain(
      `warning: ${progress} was locked by process 4000001 on this host (run 77, since 2026-01-01T00:00:00.000Z), which is no longer running: taking the record over.`,
    )
    expectEachUserOnce(api)
    await expect(readFile(lock)).rejects.toThrow('ENOENT')
  })
})

describe('a submission in doubt', () => {
  const decide = (text: string) => new Map(parse(text))
  const parse = (text: string) =>
    text.split(',').map((item) => {
      const [chunk, what] = item.split('=') as [string, string]
      return [
        Number(chunk),
        what === 'resubmit' ? { kind: 'resubmit' as const } : { kind: 'job' as const, jobId: what },
      ] as const
    })

  it('is never resent, is named with what to check, recorded, and refused by a resume until decided', async () => {
    const { settings, clock, api, progress } = await setUp({ externalId: 'migration' })
    api.answers.push('created', {
      inDoubt: 'Auth0 answered submitting the users file with HTTP 504',
      created: true,
    })
    const first = await runImport(settings, api, clock)
    expect(api.uploads).toHaveLength(2)
    const chunks = first.result.chunks ?? []
    const second = chunks[1]
    expect(first.error).toContain(
      `Auth0 may have created a job for chunk 2 of ${chunks.length} (users ${second?.firstUser}–`,
    )
    expect(first.error).toContain(
      `of ${settings.file}): Auth0 answered submitting the users file with HTTP 504.`,
    )
    expect(first.error).toContain('It was not sent again')
    expect(first.error).toContain('Auth0 Dashboard → Monitoring → Logs')
    expect(first.error).toContain(`with external_id migration-2-of-${chunks.length}`)
    expect(first.error).toContain('resolve_in_doubt: "2=job_<id>"')
    // The job submitted before is still waited for and reported.
    expect(jobIdsOf(first.result)).toEqual([api.uploads[0]?.jobId])
    expect(first.result.jobs.find((job) => job.id === api.uploads[0]?.jobId)?.status).toBe(
      'completed',
    )
    const record = await readRecord(progress)
    expect(record.chunks[1]?.in_doubt).toContain('HTTP 504')
    expect(record.chunks[1]?.submitting).toBeDefined()
    expect(record.chunks[1]?.job_id).toBeUndefined()

    const refused = await runImport(settings, api, clock)
    expect(refused.thrown).toBeInstanceOf(InputError)
    expect((refused.thrown as InputError).input).toBe('resolve_in_doubt')
    expect(refused.error).toContain('chunk 2 (users')
    expect(refused.error).toContain('HTTP 504')
    expect(api.uploads).toHaveLength(2)

    const jobOfChunk2 = api.uploads[1]?.jobId ?? ''
    const resumed = await runImport(
      { ...settings, resolveInDoubt: decide(`2=${jobOfChunk2}`) },
      api,
      clock,
    )
    expect(resumed.error).toBeUndefined()
    expect(resumed.result.chunksRemaining).toBe(0)
    expect(jobIdsOf(resumed.result)).toEqual(api.uploads.map((upload) => upload.jobId))
    expect(resumed.result.summary?.total).toBe(USERS.length)
    expectEachUserOnce(api)
    // The decision stays harmless when the workflow keeps it set.
    const again = await runImport(
      { ...settings, resolveInDoubt: decide(`2=${jobOfChunk2}`) },
      api,
      clock,
    )
    expect(again.error).toBeUndefined()
    expectEachUserOnce(api)
  })

  it('resubmit sends the chunk again when Auth0 created nothing; a contradicting decision is refused', async () => {
    const { settings, clock, api } = await setUp()
    api.answers.push({ inDoubt: 'the connection broke after the upload', created: false })
    const first = await runImport(settings, api, clock)
    expect(first.error).toContain('Auth0 may have created a job for chunk 1 of')
    expect(api.uploads).toHaveLength(1)
    const wrong = await runImport(
      { ...settings, resolveInDoubt: decide('1=resubmit,99=resubmit') },
      api,
      clock,
    )
    expect(wrong.error).toContain("Input 'resolve_in_doubt': names chunk 99, but")
    const resumed = await runImport(
      { ...settings, resolveInDoubt: decide('1=resubmit') },
      api,
      clock,
    )
    expect(resumed.error).toBeUndefined()
    expect(resumed.log.text).toContain(
      'Chunk 1 was in doubt; resolve_in_doubt says Auth0 created no job for it',
    )
    expectEachUserOnce(api)
  })

  it('a run killed while Auth0 answered (kill -9) leaves the chunk in doubt for the resume', async () => {
    const { settings, clock, api, progress } = await setUp()
    // Killed between "submitting chunk 3" and the answer: the third upload never returns, and
    // the next run finds the record and a lock whose process is gone.
    api.beforeAnswer = (upload) => (upload === 2 ? new Promise<void>(() => {}) : undefined)
    let reached = (): void => {}
    const atThird = new Promise<void>((resolve) => {
      reached = resolve
    })
    const hung = api.beforeAnswer
    api.beforeAnswer = (upload) => {
      if (upload === 2) reached()
      return hung(upload)
    }
    void runImport(settings, api, clock)
    await atThird
    const record = await readRecord(progress)
    expect(record.chunks[2]?.submitting).toBeDefined()
    expect(record.chunks[2]?.job_id).toBeUndefined()
    api.beforeAnswer = () => {}
    const dead = { extra: { lockDeps: { ...systemLockDeps, isAlive: () => false } } }
    const refused = await runImport(settings, api, clock, dead)
    expect(refused.log.text).toContain('which is no longer running: taking the record over')
    expect(refused.error).toContain('chunk 3 (users')
    expect(refused.error).toContain('the run stopped while Auth0 was answering')
    // The user looked: no job was created for it.
    const resumed = await runImport(
      { ...settings, resolveInDoubt: new Map([[3, { kind: 'resubmit' as const }]]) },
      api,
      clock,
      dead,
    )
    expect(resumed.error).toBeUndefined()
    expectEachUserOnce(api)
    expect(refused.error).toContain('resolve_in_doubt: "3=job_<id>"')
    expect(refused.error).toContain('"3=resubmit"')
  })
})

describe('as validated', () => {
  it('a file rewritten while waiting for a slot: nothing more is sent, running jobs are reported', async () => {
    const { settings, clock, api } = await setUp()
    api.beforeAnswer = async (upload) => {
      // Same length, broken emails, after the second chunk was read.
      if (upload === 1) await writeFile(settings.file, FILE.replaceAll('@', '#'))
    }
    const run = await runImport(settings, api, clock)
    expect(api.uploads).toHaveLength(2)
    expect(api.uploads.some((upload) => upload.users.includes('#'))).toBe(false)
    expect(run.error).toContain(
      `${settings.file} changed after it was validated: the bytes of chunk 3 of`,
    )
    expect(run.error).toContain('Nothing more from it was sent')
    expect(jobIdsOf(run.result)).toHaveLength(2)
    for (const id of jobIdsOf(run.result))
      expect(run.result.jobs.find((job) => job.id === id)?.status).toBe('completed')
    const counted = (run.result.chunks ?? []).slice(0, 2).reduce((n, c) => n + c.userCount, 0)
    expect(run.result.summary?.total).toBe(counted)
  })
})

describe('scheduling, cancellation and max_jobs', () => {
  it('waits for a free slot on "2 active import users jobs", keeping chunk order', async () => {
    const { settings, clock, api } = await setUp({ progressFile: undefined })
    api.answers.push('created', 'slots-full', 'slots-full', 'created')
    const run = await runImport(settings, api, clock)
    expect(run.error).toBeUndefined()
    expectEachUserOnce(api)
    expect(jobIdsOf(run.result)).toEqual(api.uploads.filter((u) => u.jobId).map((u) => u.jobId))
  })

  it('a cancellation stops submitting, says how to resume, and the resume finishes exactly once', async () => {
    const { settings, clock, api, progress } = await setUp()
    const controller = new AbortController()
    api.beforeAnswer = (upload) => {
      if (upload === 2) controller.abort(new CancelledError('SIGTERM'))
    }
    const cancelled = await runImport(settings, api, clock, { signal: controller.signal })
    expect(cancelled.thrown).toBeInstanceOf(CancelledError)
    const total = cancelled.result.chunks?.length ?? 0
    expect(cancelled.error).toContain(
      `Cancelled (SIGTERM): no further chunks were submitted (${total - 3} of ${total} not submitted).`,
    )
    expect(cancelled.error).toContain(`same file and progress_file (${progress})`)
    expect(cancelled.result.chunksRemaining).toBe(total - 3)
    expect((await readRecord(progress)).chunks.filter((c) => c.job_id)).toHaveLength(3)
    api.beforeAnswer = () => {}
    const resumed = await runImport(settings, api, clock)
    expect(resumed.error).toBeUndefined()
    expectEachUserOnce(api)
  })

  it('max_jobs walks the import in slices; the last run reports over every chunk', async () => {
    const { settings, clock, api } = await setUp({ maxJobs: 2 })
    api.existing.add('user3@example.com').add('user55@example.com')
    const gate = { kind: 'count' as const, max: 2 }
    const first = await runImport({ ...settings, maxFailedUsers: gate }, api, clock)
    const total = first.result.chunks?.length ?? 0
    expect(first.error).toBeUndefined()
    expect(first.result.chunksRemaining).toBe(total - 2)
    expect(first.result.notes.join('\n')).toContain('max_jobs 2 was reached')
    const last = await runImport(
      { ...settings, maxJobs: undefined, maxFailedUsers: gate },
      api,
      clock,
    )
    expect(last.error).toBeUndefined()
    expect(last.result.summary).toEqual({ total: 60, inserted: 58, updated: 0, failed: 2 })
    expect(reportEntries(last.result).map((entry) => entry.index)).toEqual([3, 55])
    expectEachUserOnce(api)
  })
})

describe('keeping both slots busy', () => {
  it('in a split import of equal chunks, each later chunk is submitted within 30 ms of a slot coming free', async () => {
    const users = makeUsers(1_200)
    const content = usersFile(users)
    const { settings, clock } = await setUp({ progressFile: undefined, chunkSize: 8_000 })
    await writeFile(settings.file, content)
    const api = new FakeJobsApi(clock, 5_600)
    api.estimates = true
    // Uploads and reads take a little time, uploads not always the same.
    const uploadStarts: number[] = []
    api.beforeAnswer = (upload) => {
      uploadStarts.push(clock.now())
      clock.current += 13 + ((upload * 37) % 90)
    }
    api.beforeRead = () => {
      clock.current += 2
    }
    const run = await runImport(settings, api, clock)
    expect(run.error).toBeUndefined()
    const jobs = [...api.jobs.values()].sort((a, b) => a.createdAt - b.createdAt)
    expect(jobs.length).toBeGreaterThanOrEqual(16)
    // The slot each later chunk took: the earliest end not yet taken.
    const ends = jobs.map((job) => job.doneAt).sort((a, b) => a - b)
    const late = uploadStarts.slice(2).map((start, k) => start - (ends[k] as number))
    // The first rounds learn how long a chunk takes; from then each job is read just after it ends.
    expect(Math.max(...late.slice(8))).toBeLessThan(30)
    expect(api.reads / jobs.length).toBeLessThanOrEqual(4)
  })
})

describe('a progress record from another split', () => {
  it('is refused, naming chunk_size, external_id and the version of the action', async () => {
    const { settings, clock, api, progress } = await setUp({ maxJobs: 1 })
    const first = await runImport(settings, api, clock)
    expect(first.error).toBeUndefined()
    // As an earlier version split it: the first chunk one user longer.
    const record = JSON.parse(await readFile(progress, 'utf8'))
    const [one, two] = record.chunks
    const moved = JSON.stringify(USERS[two.first_user]).length + 2
    one.user_count++
    one.end += moved
    two.first_user++
    two.user_count--
    two.start += moved
    await writeFile(progress, JSON.stringify(record))
    const resumed = await runImport({ ...settings, maxJobs: undefined }, api, clock)
    expect(resumed.error).toContain('Resume with the same chunk_size and external_id')
    expect(resumed.error).toContain('the same version of this action')
    expect(api.uploads).toHaveLength(1)
  })
})

describe('complete', () => {
  async function failedUsersOf(run: ImportResult): Promise<unknown[]> {
    return JSON.parse(await readFile(run.result.failedUsersFile ?? '', 'utf8'))
  }

  it('failed_users_file lists every failed user past the report cap; the summary gives the cap and the true count', async () => {
    const users = makeUsers(150)
    const { settings, clock, api } = await setUp(
      { progressFile: undefined, maxFailedUsers: { kind: 'count', max: 150 } },
      usersFile(users),
    )
    const failing = users.filter((_, i) => i % 5 === 0)
    for (const user of failing) api.existing.add(String(user.email))
    const run = await runImport(settings, api, clock, { extra: { reportLimit: 7 } })
    expect(run.result.chunks?.length).toBeGreaterThan(10)
    expect(run.error).toBeUndefined()
    expect(reportEntries(run.result)).toHaveLength(7)
    expect(errorCountOf(run.result.report)).toBe(failing.length)
    const note = `The error report holds the first 7 of ${failing.length} entries (capped at 7 to bound memory)`
    expect(run.result.notes.join('\n')).toContain(note)
    expect(run.log.text).toContain(note)
    expect(await failedUsersOf(run)).toEqual(failing)
  })

  it('error entries that the streamed errors read left out still count in error_count', async () => {
    const users = makeUsers(20)
    const { settings, clock, api } = await setUp(
      { progressFile: undefined, maxFailedUsers: { kind: 'count', max: 20 } },
      usersFile(users),
    )
    api.existing.add(String(users[0]?.email))
    api.errorsLeftOut = 3
    const run = await runImport(settings, api, clock)
    expect(run.error).toBeUndefined()
    expect(reportEntries(run.result)).toHaveLength(1)
    expect(errorCountOf(run.result.report)).toBe(4)
  })

  it('failed_users_file lists every invalid user, past 10,000', async () => {
    const invalid = Array.from({ length: 10_050 }, (_, i) => ({ email: `not-an-email-${i}` }))
    const { settings, clock, api } = await setUp(
      { progressFile: undefined, chunkSize: 500_000 },
      JSON.stringify(invalid),
    )
    const run = await runImport(settings, api, clock)
    expect(run.error).toContain('10050 of 10050 users')
    expect(api.uploads).toEqual([])
    expect(await failedUsersOf(run)).toHaveLength(10_050)
  })
})

describe('the resolve_in_doubt input', () => {
  it('is parsed once into decisions per chunk; anything else is one clear error', () => {
    expect([...parseResolveInDoubt('3=job_abc123, 4=resubmit\n12=job_Z9')]).toEqual([
      [3, { kind: 'job', jobId: 'job_abc123' }],
      [4, { kind: 'resubmit' }],
      [12, { kind: 'job', jobId: 'job_Z9' }],
    ])
    expect(parseResolveInDoubt('').size).toBe(0)
    for (const [value, detail] of [
      ['3=maybe', 'CHUNK=job_<id>'],
      ['0=resubmit', 'CHUNK=resubmit'],
      ['3=job_../../x', 'e.g. "3=job_abc123, 4=resubmit"'],
      ['3=resubmit,3=job_abc', '(chunk 3 is given twice)'],
    ] as const) {
      let error: unknown
      try {
        parseResolveInDoubt(value)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).input).toBe('resolve_in_doubt')
      expect((error as InputError).message).toContain(`Input 'resolve_in_doubt' is '`)
      expect((error as InputError).message).toContain(detail)
    }
  })
})
