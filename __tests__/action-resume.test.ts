/**
 * Resumable imports end to end (dist/index.js against the emulator): max_jobs slices, a resume
 * with the same progress_file, records that do not match, and cancellation by SIGTERM.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'
import { type ActionRun, importInputs, runAction } from './run-action.js'
import { makeUsers, usersFile } from './users-fixture.js'

let emulator: Emulator | undefined
async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({
    jobTiming: { pendingMs: 0, processingMs: 0 },
    rateLimit: false,
    ...options,
  })
  return emulator
}
afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

/** ~100 bytes a user: chunk_size 1100 makes chunks of about ten users. */
const USERS = makeUsers(60)
const FILE = usersFile(USERS)
const CHUNK_SIZE = '1100'

async function stateDir(): Promise<string> {
  return mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'progress-'))
}

function inputs(em: Emulator, extra: Record<string, string> = {}): Record<string, string> {
  return importInputs(em, {
    chunk_size: CHUNK_SIZE,
    send_completion_email: 'false',
    max_failed_users: '10',
    ...extra,
  })
}

const summaryOf = (run: ActionRun) =>
  JSON.parse(run.outputs.summary ?? '{}') as {
    total: number
    inserted: number
    updated: number
    failed: number
  }

interface Record_ {
  file: { sha256: string; users: number }
  chunks: { index: number; job_id?: string; status?: string; submitting?: string }[]
}
const readRecord = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Record_

describe('progress_file and max_jobs', () => {
  it('says how to resume when the timeout runs out with jobs running', async () => {
    const em = await start({ jobTiming: { pendingMs: 0, processingMs: 30_000 } })
    const progress = join(await stateDir(), 'progress.json')
    const run = await runAction(inputs(em, { progress_file: progress, timeout: '2' }), {
      files: { 'users.json': FILE },
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('The timeout ran out')
    expect(run.errors[0]).toContain(`operation: get-job and job_id: ${run.outputs.job_id}`)
    expect(run.errors[0]).toContain(`same file and progress_file (${progress})`)
    const record = await readRecord(progress)
    expect(record.chunks.filter((chunk) => chunk.job_id).map((chunk) => chunk.job_id)).toEqual(
      run.outputs.job_id?.split(','),
    )
  })

  it('walks a migration in slices and reports over all chunks at the end', async () => {
    // Three users already exist: they fail in the chunks that hold them.
    const existing = [3, 30, 55]
    const em = await start({
      existingUsers: existing.map((i) => ({ email: `user${i}@example.com` })),
    })
    const progress = join(await stateDir(), 'nested', 'progress.json')

    const first = await runAction(inputs(em, { progress_file: progress, max_jobs: '2' }), {
      files: { 'users.json': FILE },
    })
    expect(first.exitCode, first.stdout).toBe(0)
    const record = await readRecord(progress)
    const total = record.chunks.length
    expect(total).toBeGreaterThanOrEqual(5)
    expect(first.outputs.chunks_remaining).toBe(String(total - 2))
    expect(em.imports).toHaveLength(2)
    expect(record.chunks.filter((chunk) => chunk.status === 'completed')).toHaveLength(2)
    expect(first.summary).toContain('max_jobs 2 was reached')
    expect(first.summary).toContain('same file and progress_file')
    expect(first.summary).toContain('(users processed so far)')

    const second = await runAction(inputs(em, { progress_file: progress, max_jobs: '2' }), {
      files: { 'users.json': FILE },
    })
    expect(second.exitCode, second.stdout).toBe(0)
    expect(second.outputs.chunks_remaining).toBe(String(total - 4))
    expect(second.stdout).toContain(`Resuming from ${progress}: 2 of ${total} chunks finished`)

    const requestsBefore = em.requests.length
    const last = await runAction(inputs(em, { progress_file: progress }), {
      files: { 'users.json': FILE },
    })
    expect(last.exitCode, last.stdout).toBe(0)
    expect(last.outputs.chunks_remaining).toBe('0')
    // Finished chunks cost no request: only the token, the new jobs and their errors.
    const paths = em.requests.slice(requestsBefore).map((request) => request.path)
    const finishedIds = (await readRecord(progress)).chunks.slice(0, 4).map((c) => c.job_id)
    for (const id of finishedIds) expect(paths.join(' ')).not.toContain(String(id))

    // Every chunk submitted once, in file order, and the totals cover the whole file.
    expect(em.imports).toHaveLength(total)
    expect(new Set(em.imports.map((upload) => upload.users)).size).toBe(total)
    const uploaded = em.imports.flatMap((upload) => JSON.parse(upload.users) as unknown[])
    expect(uploaded).toEqual(USERS)
    expect(summaryOf(last)).toEqual({
      total: USERS.length,
      inserted: USERS.length - existing.length,
      updated: 0,
      failed: existing.length,
    })
    expect(
      (last.errorReport ?? []).map((entry) => entry.index).sort((a, b) => Number(a) - Number(b)),
    ).toEqual(existing)
    for (const entry of last.errorReport ?? []) {
      expect(entry.user).toMatchObject({ email: `user${entry.index}@example.com` })
      expect(entry.errors[0]?.code).toBe('DUPLICATED_USER')
    }
    expect(last.outputs.job_id?.split(',')).toEqual(em.imports.map((upload) => upload.jobId))
    expect(last.summary).toContain(`Gate: 3 of ${USERS.length} users failed`)
    // The record keeps indexes and error codes, not the users themselves.
    expect(await readFile(progress, 'utf8')).not.toContain('@example.com')
  })

  it('without progress_file, max_jobs still limits the run and says resuming needs it', async () => {
    const em = await start()
    const run = await runAction(inputs(em, { max_jobs: '1' }), { files: { 'users.json': FILE } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(em.imports).toHaveLength(1)
    expect(Number(run.outputs.chunks_remaining)).toBeGreaterThan(0)
    expect(run.summary).toContain('Resuming needs progress_file')
  })

  it('refuses a record of another users file, another plan, or a corrupt one, before sending anything', async () => {
    const em = await start()
    const dir = await stateDir()
    const progress = join(dir, 'progress.json')
    const done = await runAction(inputs(em, { progress_file: progress, max_jobs: '1' }), {
      files: { 'users.json': FILE },
    })
    expect(done.exitCode, done.stdout).toBe(0)
    const requests = em.requests.length

    const otherFile = await runAction(inputs(em, { progress_file: progress }), {
      files: { 'users.json': usersFile(makeUsers(60, 1000)) },
    })
    expect(otherFile.exitCode).not.toBe(0)
    expect(otherFile.errors.join('\n')).toContain("Input 'progress_file'")
    expect(otherFile.errors.join('\n')).toContain('different users file')

    const otherPlan = await runAction(inputs(em, { progress_file: progress, chunk_size: '2000' }), {
      files: { 'users.json': FILE },
    })
    expect(otherPlan.exitCode).not.toBe(0)
    expect(otherPlan.errors.join('\n')).toMatch(/progress_file.*chunk_size 1100/)

    const broken = join(dir, 'broken.json')
    await writeFile(broken, '{"format": "auth0-jobs-action/import-progress", "version": 1, "fi')
    const corrupt = await runAction(inputs(em, { progress_file: broken }), {
      files: { 'users.json': FILE },
    })
    expect(corrupt.exitCode).not.toBe(0)
    expect(corrupt.errors.join('\n')).toContain('is not a readable progress record')
    expect(em.requests.length).toBe(requests)
    expect(em.imports).toHaveLength(1)
  })
})

describe('cancellation', () => {
  it('on SIGTERM stops submitting, prints the running jobs and how to resume, and does not wait for them; the resume finishes the import', async () => {
    // The first two jobs take 2.5 s: at the signal they are running and the rest are not
    // submitted. Later jobs end at once, so the resume is quick.
    const em = await start({
      jobTiming: { forImport: (n) => ({ pendingMs: 0, processingMs: n < 2 ? 2_500 : 0 }) },
    })
    const progress = join(await stateDir(), 'progress.json')
    const signalAfterMs = 1_500
    const cancelled = await runAction(inputs(em, { progress_file: progress }), {
      files: { 'users.json': FILE },
      signalAfterMs,
    })
    expect(cancelled.exitCode).not.toBe(0)
    const running = em.imports.map((upload) => upload.jobId)
    expect(running).toHaveLength(2)
    const message = cancelled.errors.join('\n')
    expect(message).toContain('Cancelled (SIGTERM)')
    for (const id of running) expect(message).toContain(id)
    expect(message).toContain('same file and progress_file')
    expect(message).toContain(`job_id: ${running.join(',')}`)
    expect(cancelled.outputs.job_id).toBe(running.join(','))
    const record = await readRecord(progress)
    expect(record.chunks.filter((chunk) => chunk.job_id).map((chunk) => chunk.job_id)).toEqual(
      running,
    )
    expect(cancelled.outputs.chunks_remaining).toBe(String(record.chunks.length - 2))

    const resumed = await runAction(
      inputs(em, { progress_file: progress, max_failed_users: '0' }),
      { files: { 'users.json': FILE } },
    )
    expect(resumed.exitCode, resumed.stdout).toBe(0)
    expect(resumed.stdout).toContain('2 submitted earlier and not known to be finished')
    expect(em.imports).toHaveLength(record.chunks.length)
    expect(new Set(em.imports.map((upload) => upload.users)).size).toBe(record.chunks.length)
    expect(summaryOf(resumed)).toEqual({
      total: USERS.length,
      inserted: USERS.length,
      updated: 0,
      failed: 0,
    })
    expect(resumed.outputs.chunks_remaining).toBe('0')
  }, 40_000)

  it('cuts off a request Auth0 does not answer, so a cancelled step still ends within 5 s', async () => {
    const em = await start({ jobTiming: { pendingMs: 0, processingMs: 5_000 } })
    // Every status read hangs for 50 s.
    em.inject({ kind: 'delay', ms: 50_000, method: 'GET', path: /^\/api\/v2\/jobs\//, times: 10 })
    const progress = join(await stateDir(), 'progress.json')
    const signalAfterMs = 1_500
    const run = await runAction(inputs(em, { progress_file: progress }), {
      files: { 'users.json': FILE },
      signalAfterMs,
    })
    expect(run.exitCode).not.toBe(0)
    // Without the cut-off the step would end only when the hung read answers, 50 s in.
    expect(run.durationMs - signalAfterMs).toBeLessThan(25_000)
    expect(run.errors.join('\n')).toContain('Cancelled (SIGTERM)')
    const record = await readRecord(progress)
    expect(record.chunks.filter((chunk) => chunk.job_id)).toHaveLength(em.imports.length)
    expect(record.chunks.some((chunk) => chunk.submitting)).toBe(false)
  })
})
