/**
 * Large migrations end to end: the built dist/index.js against the emulator, with users files of
 * several megabytes that the action splits into many jobs and runs at most two at a time.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'
import { bigUsers, type ExpectedChunk, expectedChunks, fileOf } from './chunks-fixture.js'
import { type ActionRun, importInputs, runAction } from './run-action.js'

const AUTH0_MAX_IMPORT_BYTES = 512000
const DEFAULT_CHUNK_SIZE = 500000

let emulator: Emulator
async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({
    // Processing long enough that two jobs overlap, short enough that each round is one poll.
    jobTiming: { pendingMs: 0, processingMs: 400 },
    rateLimit: false,
    ...options,
  })
  return emulator
}
afterEach(async () => {
  await emulator?.close()
})

type User = Record<string, unknown>

function summaryOf(run: ActionRun) {
  return JSON.parse(run.outputs.summary ?? '{}') as {
    total: number
    inserted: number
    updated: number
    failed: number
  }
}

/** Every user of the file is inserted, updated or in the error report, exactly once. */
function expectEveryUserAccountedFor(run: ActionRun, userCount: number): void {
  const summary = summaryOf(run)
  expect(summary.total).toBe(userCount)
  expect(summary.inserted + summary.updated + summary.failed).toBe(userCount)
  expect(Number(run.outputs.error_count)).toBe(summary.failed)
  expect(run.errorReport).toHaveLength(summary.failed)
  const indexes = (run.errorReport ?? []).map((entry) => entry.index)
  expect(new Set(indexes).size).toBe(indexes.length)
}

/** The uploads in submission order, each checked against the expected chunk at its position. */
function expectUploadsMatch(chunks: ExpectedChunk[], chunkSize: number): void {
  expect(emulator.imports).toHaveLength(chunks.length)
  emulator.imports.forEach((upload, i) => {
    const bytes = Buffer.byteLength(upload.users)
    expect(bytes).toBeLessThanOrEqual(AUTH0_MAX_IMPORT_BYTES)
    expect(bytes).toBeLessThanOrEqual(chunkSize)
    expect(upload.users === chunks[i]?.body, `upload ${i} is chunk ${i}`).toBe(true)
  })
}

const BIG = 15_000
const bigList = bigUsers(BIG)
const bigFile = fileOf(bigList)

describe('import-users on a multi-megabyte file', () => {
  it('splits it into jobs of ≤ chunk_size, runs two at a time, and uploads the file in order', async () => {
    expect(Buffer.byteLength(bigFile)).toBeGreaterThan(3_000_000)
    const chunks = expectedChunks(bigList, DEFAULT_CHUNK_SIZE, 'migration-7')
    expect(chunks.length).toBeGreaterThanOrEqual(6)
    await start()
    const run = await runAction(importInputs(emulator, { external_id: 'migration-7' }), {
      files: { 'users.json': bigFile },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('completed')

    // Never more than two active, and two at once: the jobs did run in parallel.
    expect(emulator.stats.maxActiveImports).toBe(2)
    expect(emulator.stats.activeImportRejections).toBe(0)

    // The uploads, in job order, are the file's users in order, each ≤ chunk_size.
    expectUploadsMatch(chunks, DEFAULT_CHUNK_SIZE)
    const uploaded = emulator.imports.flatMap((upload) => JSON.parse(upload.users) as unknown[])
    expect(uploaded).toEqual(bigList)

    // job_id lists every job in file order; each job's external_id names its chunk.
    const ids = (run.outputs.job_id ?? '').split(',')
    expect(ids).toEqual(emulator.imports.map((upload) => upload.jobId))
    expect(emulator.imports.map((upload) => upload.external_id)).toEqual(
      chunks.map((_, i) => `migration-7-${i + 1}-of-${chunks.length}`),
    )
    expect((JSON.parse(run.outputs.job ?? '[]') as { id: string }[]).map((job) => job.id)).toEqual(
      ids,
    )

    // The summary is the sum of all jobs.
    const sum = { total: 0, inserted: 0, updated: 0, failed: 0 }
    for (const id of ids) {
      const job = emulator.jobs.get(id)
      for (const key of Object.keys(sum) as (keyof typeof sum)[]) {
        sum[key] += job?.summary?.[key] ?? Number.NaN
      }
    }
    expect(summaryOf(run)).toEqual(sum)
    expect(sum).toEqual({ total: BIG, inserted: BIG, updated: 0, failed: 0 })
    expectEveryUserAccountedFor(run, BIG)
    expect(emulator.users.size).toBe(BIG)

    // Progress and the per-job table.
    expect(run.stdout).toContain(`Chunks done: ${chunks.length}/${chunks.length}; ${BIG}/${BIG}`)
    expect(run.summary).toContain('### Jobs')
    for (const id of ids) expect(run.summary).toContain(`\`${id}\``)
  })

  it('maps tenant-side DUPLICATED_USER errors back to their original file indexes', async () => {
    const chunks = expectedChunks(bigList, DEFAULT_CHUNK_SIZE)
    // Users spread over every chunk, at its start, middle and end.
    const existing = chunks.flatMap((chunk) => [
      chunk.firstUser,
      chunk.firstUser + Math.floor(chunk.userCount / 2),
      chunk.firstUser + chunk.userCount - 1,
    ])
    await start({
      jobTiming: { pendingMs: 0, processingMs: 0 },
      existingUsers: existing.map((i) => ({ email: String(bigList[i]?.email) })),
    })
    const run = await runAction(
      importInputs(emulator, { max_failed_users: String(existing.length) }),
      {
        files: { 'users.json': bigFile },
      },
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(emulator.imports).toHaveLength(chunks.length)
    expect(summaryOf(run)).toEqual({
      total: BIG,
      inserted: BIG - existing.length,
      updated: 0,
      failed: existing.length,
    })
    expectEveryUserAccountedFor(run, BIG)
    const report = [...(run.errorReport ?? [])].sort((a, b) => (a.index ?? -1) - (b.index ?? -1))
    expect(report.map((entry) => entry.index)).toEqual(existing)
    const ids = (run.outputs.job_id ?? '').split(',')
    for (const entry of report) {
      const index = entry.index as number
      const chunk = chunks.findIndex((c) => index < c.firstUser + c.userCount)
      expect(entry.job_id).toBe(ids[chunk])
      expect(entry.user).toMatchObject({ email: bigList[index]?.email })
      expect(entry.errors.map((error) => error.code)).toEqual(['DUPLICATED_USER'])
    }

    // One more than allowed fails the gate, with the same accounting.
    await emulator.close()
    await start({
      jobTiming: { pendingMs: 0, processingMs: 0 },
      existingUsers: existing.map((i) => ({ email: String(bigList[i]?.email) })),
    })
    const gated = await runAction(
      importInputs(emulator, { max_failed_users: String(existing.length - 1) }),
      {
        files: { 'users.json': bigFile },
      },
    )
    expect(gated.exitCode).toBe(1)
    expect(gated.errors.at(-1)).toContain('Too many users failed to import')
    expectEveryUserAccountedFor(gated, BIG)
  })

  it('reports users listed twice before any request, at the later index', async () => {
    const chunks = expectedChunks(bigList, DEFAULT_CHUNK_SIZE)
    const users = bigList.map((user) => ({ ...user }))
    // Same chunk: the first chunk's 10th user repeats its 3rd (email in another case).
    const sameEarlier = 2
    const sameLater = 9
    users[sameLater] = {
      ...users[sameLater],
      email: String(users[sameEarlier]?.email).toUpperCase(),
    }
    // Different chunks: the last chunk's user repeats the first chunk's 1st by email.
    const lastChunk = chunks.at(-1) as ExpectedChunk
    const crossLater = lastChunk.firstUser + 5
    users[crossLater] = { ...users[crossLater], email: users[0]?.email }
    // Another pair across chunks, by username.
    const secondChunk = chunks[1] as ExpectedChunk
    const nameEarlier = 100
    const nameLater = secondChunk.firstUser + 3
    users[nameEarlier] = { ...users[nameEarlier], username: 'same_name' }
    users[nameLater] = { ...users[nameLater], username: 'same_name' }

    await start()
    const run = await runAction(importInputs(emulator, { max_failed_users: '100%' }), {
      files: { 'users.json': fileOf(users) },
    })
    expect(run.exitCode).toBe(1)
    expect(emulator.requests).toHaveLength(0)
    const report = run.errorReport ?? []
    expect(report.map((entry) => [entry.index, entry.job_id])).toEqual([
      [sameLater, null],
      [nameLater, null],
      [crossLater, null],
    ])
    for (const entry of report) {
      expect(entry.errors.map((error) => error.code)).toEqual(['DUPLICATED_USER'])
    }
    expect(run.outputs.error_count).toBe('3')
    expect(run.stdout).toMatch(
      new RegExp(`file=users.json,line=${sameLater + 2}::User ${sameLater}:`),
    )
    expect(run.stdout).toMatch(
      new RegExp(`file=users.json,line=${crossLater + 2}::User ${crossLater}:`),
    )
    expect(run.errors.at(-1)).toContain(`3 of ${BIG} users in`)
  })

  it('stops a file with many invalid users before any request, annotating the first ten', async () => {
    const users: unknown[] = bigList.map((user) => ({ ...user }))
    const bad = [7, 1500, 2999, 4000, 5123, 6001, 7777, 8000, 9001, 10_500, 11_111, 12_000, 14_999]
    bad.forEach((index, k) => {
      const user = users[index] as User
      if (k % 3 === 0) delete user.email
      else if (k % 3 === 1) user.email = `not-an-email-${index}`
      else user.password_hash = 'plain-secret-not-bcrypt'
    })
    await start()
    const run = await runAction(importInputs(emulator), { files: { 'users.json': fileOf(users) } })
    expect(run.exitCode).toBe(1)
    expect(emulator.requests).toHaveLength(0)
    expect(emulator.imports).toHaveLength(0)
    expect(run.errorReport?.map((entry) => entry.index)).toEqual(bad)
    expect(run.errorReport?.map((entry) => entry.errors[0]?.code)).toEqual(
      bad.map((_, k) => ['OBJECT_REQUIRED', 'FORMAT', 'PATTERN'][k % 3]),
    )
    expect(run.outputs.error_count).toBe(String(bad.length))
    expect(run.stdout).not.toContain('plain-secret-not-bcrypt')
    expect(JSON.stringify(run.errorReport)).not.toContain('plain-secret-not-bcrypt')

    // Ten annotations on the users file, on each user's line, then the one failure line.
    const annotations = run.errors.filter((line) => line.includes('file=users.json'))
    expect(annotations).toHaveLength(10)
    annotations.forEach((line, k) => {
      const index = bad[k] as number
      expect(line).toMatch(new RegExp(`file=users.json,line=${index + 2}::User ${index}: `))
    })
    expect(run.errors).toHaveLength(11)
    expect(run.errors.at(-1)).toContain(`${bad.length} of ${BIG} users in`)
    expect(run.stdout).toMatch(/and 3 more invalid users/)
  })

  it('dry run plans the chunks and sends nothing, not even a token request', async () => {
    const chunks = expectedChunks(bigList, DEFAULT_CHUNK_SIZE)
    await start()
    const run = await runAction(importInputs(emulator, { dry_run: 'true' }), {
      files: { 'users.json': bigFile },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('validated')
    expect(run.outputs.error_count).toBe('0')
    expect(run.errorReport).toEqual([])
    expect(run.outputs.job_id).toBeUndefined()
    expect(emulator.requests).toHaveLength(0)
    expect(emulator.stats.tokensIssued).toBe(0)

    expect(run.stdout).toContain(`${BIG} users`)
    expect(run.stdout).toContain(`${chunks.length} jobs`)
    expect(run.summary).toContain('### Planned jobs')
    const rows = run.summary.split('\n').filter((line) => line.includes('| planned |'))
    expect(rows).toEqual(
      chunks.map(
        (chunk, i) =>
          `| ${i + 1} | ${chunk.firstUser}–${chunk.firstUser + chunk.userCount - 1} | ${chunk.bytes} | planned |  |  |  |  |`,
      ),
    )
    expect(run.summary).toContain(`| Users in file | ${BIG} |`)
  })

  it('makes more jobs with a smaller chunk_size', async () => {
    const users = bigList.slice(0, 4000)
    const file = fileOf(users)
    const runWith = async (chunkSize: number) => {
      await emulator?.close()
      await start({ jobTiming: { pendingMs: 0, processingMs: 0 } })
      const run = await runAction(importInputs(emulator, { chunk_size: String(chunkSize) }), {
        files: { 'users.json': file },
      })
      expect(run.exitCode, run.stdout).toBe(0)
      const chunks = expectedChunks(users, chunkSize)
      expectUploadsMatch(chunks, chunkSize)
      expect(emulator.imports.flatMap((u) => JSON.parse(u.users) as unknown[])).toEqual(users)
      expectEveryUserAccountedFor(run, users.length)
      return (run.outputs.job_id ?? '').split(',').length
    }
    const big = await runWith(DEFAULT_CHUNK_SIZE)
    const small = await runWith(100_000)
    expect(big).toBe(3)
    expect(small).toBeGreaterThanOrEqual(10)
    expect(small).toBeGreaterThan(big)
  })

  it('waits for a free slot while foreign jobs occupy the tenant, keeping chunk order', async () => {
    const users = bigList.slice(0, 3000)
    const chunkSize = 200_000
    const chunks = expectedChunks(users, chunkSize)
    expect(chunks.length).toBeGreaterThanOrEqual(4)
    await start()
    const foreign = [emulator.addForeignImport(900), emulator.addForeignImport(2200)]
    const run = await runAction(importInputs(emulator, { chunk_size: String(chunkSize) }), {
      files: { 'users.json': fileOf(users) },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('completed')
    expect(run.stdout).toContain('waiting for a free slot')
    expect(emulator.stats.activeImportRejections).toBeGreaterThan(0)
    expect(emulator.stats.maxActiveImports).toBe(2)
    // No job of the action was created while both foreign jobs were active.
    const firstForeignEnd = Math.min(
      ...foreign.map((id) => {
        const job = emulator.jobs.get(id)
        return (job?.createdAt ?? 0) + (job?.pendingMs ?? 0) + (job?.processingMs ?? 0)
      }),
    )
    const ownJobs = emulator.imports.map((upload) => emulator.jobs.get(upload.jobId))
    expect(Math.min(...ownJobs.map((job) => job?.createdAt ?? 0))).toBeGreaterThanOrEqual(
      firstForeignEnd,
    )
    expectUploadsMatch(chunks, chunkSize)
    expect((run.outputs.job_id ?? '').split(',')).toEqual(emulator.imports.map((u) => u.jobId))
    expect(emulator.stats.jobsCreated).toBe(chunks.length)
    expectEveryUserAccountedFor(run, users.length)
  })
})
