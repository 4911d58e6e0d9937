/**
 * The import engine in process over the real HTTP stack (transport, Management API client,
 * multipart body) against the emulator, on the fake clock: how each answer to an upload is
 * classified (resent, in doubt, refused), that many uploads leave no listeners behind, and large
 * files: tenant-side errors mapped back to file indexes, and the split by chunk_size.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Agent } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import {
  type Emulator,
  type EmulatorOptions,
  type Fault,
  startEmulator,
} from '../emulator/server.ts'
import { ManagementApi } from '../src/auth0/management-api.js'
import { ClientCredentialsTokens } from '../src/auth0/tokens.js'
import { Transport } from '../src/http/transport.js'
import { errorCountOf, jobIdsOf, type OperationResult, statusOf } from '../src/results/result.js'
import { Deadline } from '../src/runtime/deadline.js'
import { InputError } from '../src/runtime/errors.js'
import { bigUsers, expectedChunks, fileOf } from './chunks-fixture.js'
import {
  FakeClock,
  importSettings,
  RecordingLogger,
  reportEntries,
  runImport,
  workFolder,
} from './engine-harness.js'
import { makeUsers, usersFile } from './users-fixture.js'

let emulator: Emulator | undefined
let agent: Agent | undefined
afterEach(async () => {
  await emulator?.close()
  await agent?.destroy()
})

async function tenant(users: unknown[] = makeUsers(30), options: EmulatorOptions = {}) {
  const em = await startEmulator({
    rateLimit: false,
    jobTiming: { pendingMs: -1_000, processingMs: 0 },
    ...options,
  })
  emulator = em
  agent = new Agent()
  // The fake clock starts at the real time, so the emulator's X-RateLimit-Reset is seconds away.
  const clock = new FakeClock()
  clock.current = Date.now()
  const deadline = new Deadline(clock, clock.now() + 3_600_000)
  const transportLog = new RecordingLogger()
  const transport = new Transport({
    dispatcher: agent,
    clock,
    deadline,
    logger: transportLog,
    random: () => 0.5,
  })
  const credentials = {
    kind: 'client-credentials' as const,
    clientId: em.clientId,
    clientSecret: em.clientSecret,
    audience: `${em.url}/api/v2/`,
  }
  const tokens = new ClientCredentialsTokens(em.url, credentials, transport, clock, () => {})
  const api = new ManagementApi(em.url, transport, tokens, () => {})
  const dir = await workFolder()
  const progress = join(dir, 'progress.json')
  const settings = await importSettings(dir, usersFile(users), {
    connectionId: em.connections[0]?.id ?? '',
    progressFile: progress,
  })
  const uploads = () =>
    em.requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/jobs/users-imports')
  return { em, api, clock, settings, progress, transport, transportLog, uploads }
}

const onUpload = (fault: Fault): Fault => ({
  ...fault,
  method: 'POST',
  path: '/api/v2/jobs/users-imports',
  times: 1,
})

describe('answers to an upload', () => {
  it('a 503 is resent (Auth0 did not handle it): one job, the step passes', async () => {
    const { em, api, clock, settings, uploads } = await tenant()
    em.inject(onUpload({ kind: 'status', status: 503 }))
    const run = await runImport(settings, api, clock)
    expect(run.error).toBeUndefined()
    expect(uploads().map((r) => r.status)).toEqual([
      503,
      ...Array((run.result.chunks?.length ?? 0) as number).fill(202),
    ])
    expect(em.imports.map((upload) => upload.jobId)).toEqual(jobIdsOf(run.result))
  })

  const inDoubt: [string, Fault][] = [
    ['a 500', { kind: 'status', status: 500 }],
    ['a 502', { kind: 'status', status: 502 }],
    ['a 504 from a gateway', { kind: 'status', status: 504, body: '<html>Gateway Timeout</html>' }],
    ['a reset while waiting for the answer', { kind: 'reset' }],
    ['a 202 whose body is cut off', { kind: 'status', status: 202, body: '{"id":"job_abc' }],
    ['a 201 that is not a job', { kind: 'status', status: 201, body: { ok: true } }],
    [
      "a 202 whose job id is not Auth0's shape",
      { kind: 'status', status: 202, body: { id: '../../x/pwned', status: 'pending' } },
    ],
  ]
  for (const [what, fault] of inDoubt) {
    it(`${what} leaves the chunk in doubt: not resent, named, recorded, refused on resume`, async () => {
      const { em, api, clock, settings, progress, uploads } = await tenant()
      em.inject(onUpload(fault))
      const run = await runImport(settings, api, clock)
      expect(uploads()).toHaveLength(1)
      expect(run.error).toContain('Auth0 may have created a job for chunk 1 of')
      expect(run.error).toContain('It was not sent again')
      expect(run.error).not.toContain('Gateway Timeout')
      const record = JSON.parse(await readFile(progress, 'utf8')) as {
        chunks: { in_doubt?: string; submitting?: string; job_id?: string }[]
      }
      expect(record.chunks[0]?.in_doubt).toBeTruthy()
      expect(record.chunks[0]?.job_id).toBeUndefined()
      const resumed = await runImport(settings, api, clock)
      expect(resumed.thrown).toBeInstanceOf(InputError)
      expect(resumed.error).toContain("Input 'resolve_in_doubt'")
      expect(uploads()).toHaveLength(1)
    })
  }

  it('a refusal (400) is not in doubt: nothing was created, the resume submits the chunk', async () => {
    const { em, api, clock, settings, uploads } = await tenant()
    em.inject(onUpload({ kind: 'status', status: 400 }))
    const run = await runImport(settings, api, clock)
    expect(run.error).toContain('Auth0 refused submitting the users file (HTTP 400')
    const resumed = await runImport(settings, api, clock)
    expect(resumed.error).toBeUndefined()
    expect(uploads().filter((r) => r.status === 202)).toHaveLength(run.result.chunks?.length ?? 0)
  })
})

describe('rate-limited uploads (moved in process from the dist/ tests)', () => {
  it('retries a rate-limited submission: still exactly one job', async () => {
    const { em, api, clock, settings } = await tenant(makeUsers(4))
    em.inject(onUpload({ kind: 'rate-limit', resetInSeconds: 1 }))
    em.inject(onUpload({ kind: 'rate-limit' }))
    const run = await runImport({ ...settings, progressFile: undefined }, api, clock)
    expect(run.error).toBeUndefined()
    expect(em.stats.jobsCreated).toBe(1)
    expect(em.imports).toHaveLength(1)
  })

  it('retries a rate-limited submission without duplicating or reordering chunks', async () => {
    const users = bigUsers(3000)
    const chunkSize = 200_000
    const chunks = expectedChunks(users, chunkSize)
    const { em, api, clock, settings, uploads } = await tenant(users)
    await writeFile(settings.file, fileOf(users))
    // The first chunk is refused once, then (once the first job exists) the next one is too.
    for (const fault of [
      { kind: 'rate-limit', retryAfterSeconds: 1 },
      { kind: 'delay', ms: 0 },
      { kind: 'rate-limit', retryAfterSeconds: 1 },
    ] as const) {
      em.inject(onUpload(fault))
    }
    const run = await runImport({ ...settings, chunkSize, progressFile: undefined }, api, clock)
    expect(run.error).toBeUndefined()
    expect(uploads().filter((r) => r.status === 429)).toHaveLength(2)
    expect(em.imports).toHaveLength(chunks.length)
    em.imports.forEach((upload, i) => {
      expect(Buffer.byteLength(upload.users)).toBeLessThanOrEqual(chunkSize)
      expect(upload.users === chunks[i]?.body, `upload ${i} is chunk ${i}`).toBe(true)
    })
    expect(em.stats.jobsCreated).toBe(chunks.length)
    // Every user of the file is inserted, updated or in the error report, exactly once.
    const summary = run.result.summary
    expect(summary?.total).toBe(users.length)
    expect((summary?.inserted ?? 0) + (summary?.updated ?? 0) + (summary?.failed ?? 0)).toBe(
      users.length,
    )
    expect(errorCountOf(run.result.report)).toBe(summary?.failed)
    expect(reportEntries(run.result)).toHaveLength(summary?.failed ?? -1)
  })
})

describe('many chunks', () => {
  it('more than 10 uploads on kept-alive sockets print no MaxListenersExceededWarning', async () => {
    const { api, clock, settings, em } = await tenant(makeUsers(150))
    const warnings: string[] = []
    const onWarning = (warning: Error): void => {
      warnings.push(`${warning.name}: ${warning.message}`)
    }
    process.on('warning', onWarning)
    try {
      const run = await runImport({ ...settings, progressFile: undefined }, api, clock)
      expect(run.error).toBeUndefined()
      expect(run.result.chunks?.length).toBeGreaterThan(10)
      expect(em.imports).toHaveLength(run.result.chunks?.length ?? 0)
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      process.off('warning', onWarning)
    }
    expect(warnings.filter((w) => w.includes('MaxListeners'))).toEqual([])
  })
})

describe('large files (moved in process from the dist/ tests)', () => {
  const DEFAULT_CHUNK_SIZE = 500_000
  const BIG = 15_000
  const bigList = bigUsers(BIG)

  /** Every user of the file is inserted, updated or in the error report, exactly once. */
  function expectEveryUserAccountedFor(result: OperationResult, userCount: number): void {
    const summary = result.summary
    expect(summary?.total).toBe(userCount)
    expect((summary?.inserted ?? 0) + (summary?.updated ?? 0) + (summary?.failed ?? 0)).toBe(
      userCount,
    )
    expect(errorCountOf(result.report)).toBe(summary?.failed)
    const indexes = reportEntries(result).map((entry) => entry.index)
    expect(indexes).toHaveLength(summary?.failed ?? -1)
    expect(new Set(indexes).size).toBe(indexes.length)
  }

  it('maps tenant-side DUPLICATED_USER errors back to their original file indexes', async () => {
    const chunks = expectedChunks(bigList, DEFAULT_CHUNK_SIZE)
    // Users spread over every chunk, at its start, middle and end.
    const existing = chunks.flatMap((chunk) => [
      chunk.firstUser,
      chunk.firstUser + Math.floor(chunk.userCount / 2),
      chunk.firstUser + chunk.userCount - 1,
    ])
    const existingUsers = existing.map((i) => ({ email: String(bigList[i]?.email) }))
    const { em, api, clock, settings } = await tenant(bigList, { existingUsers })
    await writeFile(settings.file, fileOf(bigList))
    const gate = (max: number) => ({
      ...settings,
      chunkSize: DEFAULT_CHUNK_SIZE,
      progressFile: undefined,
      maxFailedUsers: { kind: 'count' as const, max },
    })
    const run = await runImport(gate(existing.length), api, clock)
    expect(run.error).toBeUndefined()
    expect(em.imports).toHaveLength(chunks.length)
    expect(run.result.summary).toEqual({
      total: BIG,
      inserted: BIG - existing.length,
      updated: 0,
      failed: existing.length,
    })
    expectEveryUserAccountedFor(run.result, BIG)
    const report = [...reportEntries(run.result)].sort((a, b) => (a.index ?? -1) - (b.index ?? -1))
    expect(report.map((entry) => entry.index)).toEqual(existing)
    const ids = jobIdsOf(run.result)
    for (const entry of report) {
      const index = entry.index as number
      const chunk = chunks.findIndex((c) => index < c.firstUser + c.userCount)
      expect(entry.job_id).toBe(ids[chunk])
      expect(entry.user).toMatchObject({ email: bigList[index]?.email })
      expect(entry.errors.map((error) => error.code)).toEqual(['DUPLICATED_USER'])
    }

    // One more than allowed fails the gate, with the same accounting, on a fresh tenant.
    await emulator?.close()
    await agent?.destroy()
    const again = await tenant(bigList, { existingUsers })
    await writeFile(again.settings.file, fileOf(bigList))
    const gated = await runImport(
      {
        ...gate(existing.length - 1),
        file: again.settings.file,
        connectionId: again.settings.connectionId,
      },
      again.api,
      again.clock,
    )
    expect(gated.error).toContain('Too many users failed to import')
    expect(gated.result.summary?.failed).toBe(existing.length)
    expectEveryUserAccountedFor(gated.result, BIG)
  })

  it('makes more jobs with a smaller chunk_size', async () => {
    const users = bigList.slice(0, 4000)
    const runWith = async (chunkSize: number) => {
      await emulator?.close()
      await agent?.destroy()
      const { em, api, clock, settings } = await tenant(users)
      await writeFile(settings.file, fileOf(users))
      const run = await runImport({ ...settings, chunkSize, progressFile: undefined }, api, clock)
      expect(run.error).toBeUndefined()
      const chunks = expectedChunks(users, chunkSize)
      expect(em.imports).toHaveLength(chunks.length)
      em.imports.forEach((upload, i) => {
        expect(Buffer.byteLength(upload.users)).toBeLessThanOrEqual(chunkSize)
        expect(upload.users === chunks[i]?.body, `upload ${i} is chunk ${i}`).toBe(true)
      })
      expect(em.imports.flatMap((u) => JSON.parse(u.users) as unknown[])).toEqual(users)
      expectEveryUserAccountedFor(run.result, users.length)
      return jobIdsOf(run.result).length
    }
    const big = await runWith(DEFAULT_CHUNK_SIZE)
    const small = await runWith(100_000)
    // 1.3 MB: three chunk_size chunks would do, so four balanced ones (chunks-fixture.ts).
    expect(big).toBe(4)
    expect(small).toBeGreaterThanOrEqual(10)
    expect(small).toBeGreaterThan(big)
  })
})

describe('faults while waiting (moved in process from the dist/ tests)', () => {
  const JOB_READ = /^\/api\/v2\/jobs\/job_[A-Za-z0-9]+$/
  const faulted = (em: Emulator) => em.requests.filter((request) => request.fault !== undefined)
  // The upload's answer says pending, so the job is read; it ends a few real milliseconds later.
  const readOnce = { jobTiming: { pendingMs: 5, processingMs: 0 } }

  it('waits out 429s until X-RateLimit-Reset, and 429s without any header', async () => {
    const { em, api, clock, settings, transportLog } = await tenant(makeUsers(4), readOnce)
    em.inject({ kind: 'rate-limit', method: 'GET', path: JOB_READ, resetInSeconds: 1 })
    em.inject({ kind: 'rate-limit', method: 'GET', path: JOB_READ })
    em.inject({ kind: 'rate-limit', method: 'GET', path: JOB_READ, retryAfterSeconds: 1 })
    const run = await runImport({ ...settings, progressFile: undefined }, api, clock)
    expect(run.error).toBeUndefined()
    expect(statusOf(run.result)).toBe('completed')
    expect(em.stats.jobsCreated).toBe(1)
    expect(em.stats.tooManyRequests).toBe(3)
    expect(transportLog.text).toMatch(/HTTP 429; retrying in/)
    // Retry-After: 1 is waited out whole; the reset, at most the second it names.
    expect(clock.sleeps).toContain(1_000)
  })

  it('retries 5xx answers and a reset socket while polling', async () => {
    const { em, api, clock, settings } = await tenant(makeUsers(4), readOnce)
    em.inject({ kind: 'status', status: 503, method: 'GET', path: JOB_READ })
    em.inject({ kind: 'reset', method: 'GET', path: JOB_READ })
    em.inject({ kind: 'status', status: 500, method: 'GET', path: JOB_READ })
    const run = await runImport({ ...settings, progressFile: undefined }, api, clock)
    expect(run.error).toBeUndefined()
    expect(statusOf(run.result)).toBe('completed')
    expect(em.stats.jobsCreated).toBe(1)
    expect(faulted(em)).toHaveLength(3)
  })

  it('gets a new token when the first one expires mid-way', async () => {
    const { em, api, clock, settings } = await tenant(makeUsers(4), readOnce)
    em.inject({ kind: 'expire-token', method: 'GET', path: JOB_READ })
    const run = await runImport({ ...settings, progressFile: undefined }, api, clock)
    expect(run.error).toBeUndefined()
    expect(em.stats.tokensIssued).toBe(2)
    expect(em.stats.jobsCreated).toBe(1)
    expect(faulted(em).filter((request) => request.fault === 'expire-token')).toHaveLength(1)
  })
})
