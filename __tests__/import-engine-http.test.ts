/**
 * The import engine in process over the real HTTP stack (transport, Management API client,
 * multipart body) against the emulator, on the fake clock: how each answer to an upload is
 * classified (resent, in doubt, refused), and that many uploads leave no listeners behind.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Agent } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, type Fault, startEmulator } from '../emulator/server.ts'
import { ManagementApi } from '../src/auth0/management-api.js'
import { ClientCredentialsTokens } from '../src/auth0/tokens.js'
import { Deadline } from '../src/deadline.js'
import { InputError } from '../src/errors.js'
import { Transport } from '../src/http/transport.js'
import { silentLogger } from '../src/logger.js'
import { bigUsers, expectedChunks, fileOf } from './chunks-fixture.js'
import { FakeClock, importSettings, runImport, workFolder } from './engine-harness.js'
import { makeUsers, usersFile } from './users-fixture.js'

let emulator: Emulator | undefined
let agent: Agent | undefined
afterEach(async () => {
  await emulator?.close()
  await agent?.destroy()
})

async function tenant(users = makeUsers(30)) {
  const em = await startEmulator({
    rateLimit: false,
    jobTiming: { pendingMs: -1_000, processingMs: 0 },
  })
  emulator = em
  agent = new Agent()
  const clock = new FakeClock()
  const deadline = new Deadline(clock, 3_600_000)
  const transport = new Transport({
    dispatcher: agent,
    clock,
    deadline,
    logger: silentLogger,
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
  return { em, api, clock, settings, progress, transport, uploads }
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
      ...Array((run.outcome.chunks?.length ?? 0) as number).fill(202),
    ])
    expect(em.imports.map((upload) => upload.jobId)).toEqual(run.outcome.jobIds)
  })

  const inDoubt: [string, Fault][] = [
    ['a 500', { kind: 'status', status: 500 }],
    ['a 502', { kind: 'status', status: 502 }],
    ['a 504 from a gateway', { kind: 'status', status: 504, body: '<html>Gateway Timeout</html>' }],
    ['a reset while waiting for the answer', { kind: 'reset' }],
    ['a 202 whose body is cut off', { kind: 'status', status: 202, body: '{"id":"job_abc' }],
    ['a 201 that is not a job', { kind: 'status', status: 201, body: { ok: true } }],
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
    expect(uploads().filter((r) => r.status === 202)).toHaveLength(run.outcome.chunks?.length ?? 0)
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
    const summary = run.outcome.summary
    expect(summary?.total).toBe(users.length)
    expect((summary?.inserted ?? 0) + (summary?.updated ?? 0) + (summary?.failed ?? 0)).toBe(
      users.length,
    )
    expect(run.outcome.errorCount).toBe(summary?.failed)
    expect(run.outcome.report ?? []).toHaveLength(summary?.failed ?? -1)
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
      expect(run.outcome.chunks?.length).toBeGreaterThan(10)
      expect(em.imports).toHaveLength(run.outcome.chunks?.length ?? 0)
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      process.off('warning', onWarning)
    }
    expect(warnings.filter((w) => w.includes('MaxListeners'))).toEqual([])
  })
})
