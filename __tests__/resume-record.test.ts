/** The resume record (src/resume-record/): round trip, atomic writes, and records that must be refused. */
import { mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decideInDoubt } from '../src/import/resume.js'
import type { ErrorReportEntry } from '../src/results/report-entry.js'
import { writeFileAtomic } from '../src/resume-record/atomic-write.js'
import {
  entriesOf,
  groupErrors,
  type ProgressKey,
  ResumeRecord,
} from '../src/resume-record/record.js'
import { CancelledError } from '../src/runtime/cancellation.js'
import { Deadline } from '../src/runtime/deadline.js'
import { DeadlineError, InputError } from '../src/runtime/errors.js'
import { planUsersFile } from '../src/users/plan.js'
import { FakeClock } from './fake-clock.js'
import { makeUsers, usersFile } from './users-fixture.js'

async function folder(): Promise<string> {
  return mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'progress-unit-'))
}

async function keyFor(dir: string, users = makeUsers(40), chunkSize = 1100): Promise<ProgressKey> {
  const path = join(dir, `users-${users.length}-${chunkSize}.json`)
  await writeFile(path, usersFile(users))
  const plan = await planUsersFile(path, { chunkSize })
  return { plan, chunkSize, connectionId: 'con_0123456789abcdef' }
}

const refusal = async (promise: Promise<unknown>): Promise<InputError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(InputError)
  expect((error as InputError).input).toBe('progress_file')
  return error as InputError
}

describe('ResumeRecord', () => {
  it('starts fresh without a file, and round-trips every state of a chunk', async () => {
    const dir = await folder()
    const key = await keyFor(dir)
    const path = join(dir, 'sub', 'progress.json')
    const opened = await ResumeRecord.open(path, key)
    expect(opened.resumed).toBe(false)
    const record = opened.record
    expect(record.remaining).toBe(key.plan.chunks.length)
    expect(record.data.file).toEqual({
      sha256: key.plan.sha256,
      bytes: key.plan.bytes,
      users: key.plan.totalUsers,
    })

    const [c0, c1, c2] = key.plan.chunks
    if (!c0 || !c1 || !c2) throw new Error('expected three chunks')
    record.markSubmitting(c0.index)
    record.markSubmitted(c0.index, 'job_AAAAAAAAAAAAAAAA')
    const entries: ErrorReportEntry[] = [
      {
        job_id: 'job_AAAAAAAAAAAAAAAA',
        index: c0.firstUser + 2,
        user: {},
        errors: [{ code: 'DUPLICATED_USER', message: 'exists' }],
      },
      {
        job_id: 'job_AAAAAAAAAAAAAAAA',
        index: c0.firstUser,
        user: {},
        errors: [{ code: 'DUPLICATED_USER', message: 'exists' }],
      },
      {
        job_id: 'job_AAAAAAAAAAAAAAAA',
        index: null,
        user: { email: 'ghost@example.com' },
        errors: [{ code: 'X', message: 'y' }],
      },
    ]
    record.markFinished(
      c0.index,
      {
        id: 'job_AAAAAAAAAAAAAAAA',
        type: 'users_import',
        status: 'completed',
        summary: { total: c0.userCount, inserted: c0.userCount - 3, updated: 0, failed: 3 },
      },
      entries,
    )
    record.markSubmitted(c1.index, 'job_BBBBBBBBBBBBBBBB')
    await record.save()

    const again = await ResumeRecord.open(path, key)
    expect(again.resumed).toBe(true)
    const back = again.record
    expect(back.isFinished(c0.index)).toBe(true)
    expect(back.isSubmitted(c1.index)).toBe(true)
    expect(back.isFinished(c1.index)).toBe(false)
    expect(back.isSubmitted(c2.index)).toBe(false)
    expect(back.remaining).toBe(key.plan.chunks.length - 2)
    expect(back.jobOf(c0.index)).toMatchObject({
      id: 'job_AAAAAAAAAAAAAAAA',
      status: 'completed',
      summary: { failed: 3 },
    })
    expect(back.jobOf(c1.index)).toMatchObject({ id: 'job_BBBBBBBBBBBBBBBB', status: 'pending' })
    expect(back.chunk(c0.index).submitting).toBeUndefined()
    // Errors come back in file order with the user re-read from the file; unmatched ones last.
    const restored = entriesOf(back.chunk(c0.index), (index) => ({ at: index }))
    expect(restored.map((entry) => entry.index)).toEqual([c0.firstUser, c0.firstUser + 2, null])
    expect(restored[0]?.user).toEqual({ at: c0.firstUser })
    expect(restored[2]?.user).toEqual({ email: 'ghost@example.com' })
    // One chunk per line, and the serialisation is stable.
    const text = await readFile(path, 'utf8')
    expect(text.split('\n').length).toBeGreaterThan(key.plan.chunks.length)
    expect(back.serialize().replace(/"updated_at":"[^"]+"/, '')).toBe(
      text.replace(/"updated_at":"[^"]+"/, ''),
    )
  })

  it('groups identical error lists so a chunk that fails whole stays small', () => {
    const errors = [{ code: 'DUPLICATED_USER', message: 'The user already exists.' }]
    const entries = Array.from({ length: 500 }, (_, index) => ({
      job_id: 'j',
      index,
      user: { email: `u${index}@x` },
      errors,
    }))
    const groups = groupErrors(entries)
    expect(groups).toHaveLength(1)
    expect(groups[0]?.indexes).toHaveLength(500)
    expect(JSON.stringify(groups)).not.toContain('@x')
  })

  it('refuses a record of another users file, another chunk plan, or another connection', async () => {
    const dir = await folder()
    const key = await keyFor(dir)
    const path = join(dir, 'progress.json')
    await ResumeRecord.create(path, key).save()

    const otherFile = await keyFor(dir, makeUsers(40, 100))
    const a = await refusal(ResumeRecord.open(path, otherFile))
    expect(a.message).toContain('different users file')

    const otherPlan = await keyFor(dir, makeUsers(40), 2000)
    const b = await refusal(ResumeRecord.open(path, otherPlan))
    expect(b.message).toMatch(/chunk_size 1100.*chunk_size 2000/)

    const c = await refusal(
      ResumeRecord.open(path, { ...key, connectionId: 'con_ffffffffffffffff' }),
    )
    expect(c.message).toContain('connection con_0123456789abcdef')
  })

  it('refuses a corrupt or unreadable record with a clear error, and a chunk in doubt', async () => {
    const dir = await folder()
    const key = await keyFor(dir)
    const path = join(dir, 'progress.json')
    const record = ResumeRecord.create(path, key)
    const good = record.serialize()

    for (const [text, detail] of [
      [good.slice(0, good.length / 2), 'not valid JSON'],
      ['[]', '"format"'],
      [good.replace('"version":1', '"version":9'), 'version 9'],
      [good.replace('"index":1,', '"index":7,'), 'chunk 2'],
      [good.replace(/"start":\d+/, '"start":-4'), '"start"'],
    ] as const) {
      await writeFile(path, text)
      const error = await refusal(ResumeRecord.open(path, key))
      expect(error.message).toContain('is not a readable progress record')
      expect(error.message).toContain(detail)
    }
    const unreadable = await refusal(ResumeRecord.open(dir, key))
    expect(unreadable.message).toContain('cannot be read')

    // A chunk in doubt opens, is listed, and is refused until resolve_in_doubt decides it.
    record.markSubmitting(1)
    await record.save()
    const opened = (await ResumeRecord.open(path, key)).record
    expect(opened.inDoubt().map((chunk) => chunk.index)).toEqual([1])
    const logger = { debug() {}, info() {}, warning() {}, error() {} }
    let doubt: unknown
    try {
      decideInDoubt(opened, new Map(), logger)
    } catch (error) {
      doubt = error
    }
    expect(doubt).toBeInstanceOf(InputError)
    expect((doubt as InputError).input).toBe('resolve_in_doubt')
    expect((doubt as InputError).message).toMatch(/chunk 2 \(users .*\) as in doubt/)
    expect((doubt as InputError).message).toContain('"2=job_<id>"')
    expect((doubt as InputError).message).toContain('"2=resubmit"')
  })

  it('refuses a hostile record: nesting 8,000 deep, a job id that is a path, control characters', async () => {
    const dir = await folder()
    const key = await keyFor(dir)
    const path = join(dir, 'progress.json')
    const good = ResumeRecord.create(path, key).serialize()
    const deep = `${'['.repeat(8_000)}${']'.repeat(8_000)}`
    for (const [text, detail] of [
      [
        good.replace('"user_count":', `"unmatched_x":${deep},"user_count":`),
        'nested 8003 levels deep',
      ],
      [good.replace('"first_user":0,', '"first_user":0,"job_id":"../../x/pwned",'), '"job_id"'],
      [good.replace('"first_user":0,', '"first_user":0,"in_doubt":7,'), '"in_doubt"'],
    ] as const) {
      await writeFile(path, text)
      const error = await refusal(ResumeRecord.open(path, key))
      expect(error.message).toContain(`${path} is not a readable progress record`)
      expect(error.message).toContain(detail)
    }
  })
})

describe('writeFileAtomic', () => {
  it('never writes through a file or symlink planted at the temporary name', async () => {
    const dir = await folder()
    const target = join(dir, 'victim.txt')
    await writeFile(target, 'keep')
    const path = join(dir, 'progress.json')
    // The name an earlier version used (predictable), and one the test hands out first.
    await symlink(target, join(dir, `.progress.json.${process.pid}.tmp`))
    const planted = join(dir, '.progress.json.planted.tmp')
    await symlink(target, planted)
    const names = [planted]
    await writeFileAtomic(path, 'new', {
      tempName: () => names.shift() ?? join(dir, '.progress.json.fresh.tmp'),
    })
    await writeFileAtomic(path, 'newer')
    expect(await readFile(target, 'utf8')).toBe('keep')
    expect(await readFile(path, 'utf8')).toBe('newer')
  })

  it('leaves the old file whole when the process dies before the new one is in place', async () => {
    const dir = await folder()
    const path = join(dir, 'progress.json')
    await writeFileAtomic(path, 'old contents\n')
    // A crash after the temporary file is written but before the rename.
    await expect(
      writeFileAtomic(path, 'new contents\n', {
        beforeRename: () => {
          throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    expect(await readFile(path, 'utf8')).toBe('old contents\n')
    expect(await readdir(dir)).toEqual(['progress.json'])
    await writeFileAtomic(path, 'new contents\n')
    expect(await readFile(path, 'utf8')).toBe('new contents\n')
  })

  it('never shows a reader a half-written record while writes go on', async () => {
    const dir = await folder()
    const key = await keyFor(dir, makeUsers(400), 1100)
    const path = join(dir, 'progress.json')
    const record = ResumeRecord.create(path, key)
    await record.save()
    let reads = 0
    let writing = true
    const reader = (async () => {
      while (writing) {
        await ResumeRecord.open(path, key) // throws on a torn file
        reads++
      }
    })()
    for (const chunk of key.plan.chunks) {
      record.markSubmitted(chunk.index, `job_${String(chunk.index).padStart(16, '0')}`)
      await record.save()
    }
    writing = false
    await reader
    expect(reads).toBeGreaterThan(0)
    expect((await ResumeRecord.open(path, key)).record.remaining).toBe(0)
  })
})

describe('Deadline and cancellation', () => {
  it('ends a wait at once when the step is cancelled, with the cancellation as the error', async () => {
    const controller = new AbortController()
    const deadline = new Deadline(
      {
        now: () => performance.now(),
        sleep: (ms, signal) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(resolve, ms)
            signal?.addEventListener('abort', () => {
              clearTimeout(timer)
              reject(signal.reason)
            })
          }),
      },
      performance.now() + 60_000,
      controller.signal,
    )
    const started = performance.now()
    const wait = deadline.sleep(30_000, 'waiting for a job')
    setTimeout(() => controller.abort(new CancelledError('SIGTERM')), 20)
    await expect(wait).rejects.toBeInstanceOf(CancelledError)
    // Well short of the 30 s the wait asked for: it ended at the cancellation, not at its time.
    expect(performance.now() - started).toBeLessThan(15_000)
    expect(deadline.cancelled).toBe(true)
    expect(() => deadline.throwIfCancelled()).toThrow(CancelledError)
    await expect(deadline.sleep(1, 'anything')).rejects.toBeInstanceOf(CancelledError)
  })

  it('still ends at the timeout without a signal: at once when the wait cannot fit', async () => {
    const clock = new FakeClock()
    const deadline = new Deadline(clock, 1_000)
    await expect(deadline.sleep(5_000, 'waiting')).rejects.toBeInstanceOf(DeadlineError)
    expect(clock.current).toBe(0)
    await expect(deadline.sleepOrExpire(5_000, 'polling')).rejects.toThrow(
      'The timeout ran out while polling.',
    )
    expect(clock.current).toBe(1_000)
  })
})
