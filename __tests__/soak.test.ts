/**
 * Soak: a migration of 100+ chunks through dist/index.js while the emulator injects a seeded
 * schedule of faults (429s with and without reset headers, 5xx, socket resets, slow answers) and
 * one token expiry; the run is killed (SIGTERM) half-way and resumed with the same progress_file.
 * It passes only when every user of the file was uploaded exactly once and is inserted or in the
 * error report exactly once, and no chunk was submitted twice.
 *
 * Reproduce a failure with its seed: SOAK_SEED=<seed> npx vitest run __tests__/soak.test.ts
 *
 * The upload meets 429s, 503s (Auth0 did not handle it: resent) and slow answers. Other 5xx and
 * resets after the upload was sent may mean Auth0 created the job, so the action stops instead of
 * sending the chunk again and a resume refuses until resolve_in_doubt decides (import-engine
 * tests, bench/kill-resume.ts) — by design, not a fault to soak.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { type Emulator, type Fault, startEmulator } from '../emulator/server.ts'
import { prng } from './prng.js'
import { importInputs, parseOutputFile, runAction } from './run-action.js'
import { makeUsers, usersFile } from './users-fixture.js'

const SEED = Number(process.env.SOAK_SEED ?? 20_240_611)
const USERS = makeUsers(2_000)
const FILE = usersFile(USERS)
const CHUNK_SIZE = 2_000
const DIST = resolve(import.meta.dirname, '..', 'dist', 'index.js')

const random = prng(SEED)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

/** The n-th request of a kind meets the n-th fault of its schedule; `delay 0` lets it through. */
function schedule(count: number, rate: number, kinds: (() => Fault)[]): Fault[] {
  return Array.from({ length: count }, () =>
    random() < rate ? pick(kinds)() : { kind: 'delay', ms: 0 },
  )
}

const rateLimits: (() => Fault)[] = [
  () => ({ kind: 'rate-limit', resetInSeconds: 0 }),
  () => ({ kind: 'rate-limit', retryAfterSeconds: 0 }),
  () => ({ kind: 'rate-limit' }),
]
const slow = (): Fault => ({ kind: 'delay', ms: 100 + Math.floor(random() * 500) })
const readFaults: (() => Fault)[] = [
  ...rateLimits,
  () => ({ kind: 'status', status: pick([500, 502, 503]) }),
  () => ({ kind: 'reset' }),
  slow,
]
const uploadFaults: (() => Fault)[] = [...rateLimits, () => ({ kind: 'status', status: 503 }), slow]

/** Existing users: importing them fails (DUPLICATED_USER), so /errors is read and reported. */
const EXISTING = [
  ...new Set(Array.from({ length: 40 }, () => Math.floor(random() * USERS.length))),
].sort((a, b) => a - b)

let emulator: Emulator | undefined
afterAll(async () => {
  await emulator?.close()
})

function inputs(em: Emulator, progress: string): Record<string, string> {
  return importInputs(em, {
    chunk_size: String(CHUNK_SIZE),
    send_completion_email: 'false',
    max_failed_users: String(EXISTING.length),
    progress_file: progress,
    timeout: '120',
  })
}

/** Starts dist/index.js the way the runner does; `kill` sends it a signal. */
async function startAction(inputs: Record<string, string>) {
  const root = process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir()
  const workspace = await mkdtemp(join(root, 'soak-ws-'))
  const runnerTemp = await mkdtemp(join(root, 'soak-rt-'))
  await writeFile(join(workspace, 'users.json'), FILE)
  const outputFile = join(runnerTemp, 'github_output')
  await writeFile(outputFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [DIST], { env, cwd: workspace })
  let stdout = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text
  })
  child.stderr.resume()
  const exit = new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)))
  return {
    kill: (signal: NodeJS.Signals) => child.kill(signal),
    done: async () => ({
      exitCode: await exit,
      stdout,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    }),
  }
}

it(`soak (seed ${SEED}): 100+ chunks under faults, killed half-way and resumed, every user exactly once`, async () => {
  const started = performance.now()
  const em = await startEmulator({
    rateLimit: false,
    existingUsers: EXISTING.map((i) => ({ email: `user${i}@example.com` })),
    // One job in four is still running when first read back; the others end at once (a negative
    // pendingMs: finished even when answered in the millisecond after it was created).
    jobTiming: {
      forImport: (n) =>
        n % 4 === 0 ? { pendingMs: 0, processingMs: 300 } : { pendingMs: -1_000, processingMs: 0 },
    },
  })
  emulator = em
  for (const fault of schedule(600, 0.2, readFaults)) {
    em.inject({ ...fault, method: 'GET', path: /^\/api\/v2\/jobs\/job_/ })
  }
  for (const fault of schedule(300, 0.08, uploadFaults)) {
    em.inject({ ...fault, method: 'POST', path: '/api/v2/jobs/users-imports' })
  }
  em.inject({ kind: 'status', status: 503, path: '/oauth/token' })

  const progress = join(
    await mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'soak-')),
    'progress.json',
  )
  const first = await startAction(inputs(em, progress))
  // One token expiry a quarter of the way, a SIGTERM half-way.
  let expired = false
  let killed = false
  const watch = setInterval(() => {
    if (!expired && em.imports.length >= 25) {
      expired = true
      em.expireTokens()
    }
    if (!killed && em.imports.length >= 55) {
      killed = true
      first.kill('SIGTERM')
    }
  }, 10)
  const cancelled = await first.done()
  clearInterval(watch)
  const context = `seed ${SEED}\n${cancelled.stdout.slice(-3000)}`
  expect(killed, context).toBe(true)
  expect(cancelled.exitCode, context).not.toBe(0)
  expect(cancelled.stdout, context).toContain('Cancelled (SIGTERM)')
  const submittedFirst = em.imports.length
  const record = JSON.parse(await readFile(progress, 'utf8')) as {
    chunks: { job_id?: string; submitting?: string }[]
  }
  const chunkCount = record.chunks.length
  expect(chunkCount).toBeGreaterThanOrEqual(100)
  expect(record.chunks.filter((chunk) => chunk.job_id)).toHaveLength(submittedFirst)
  expect(Number(cancelled.outputs.chunks_remaining)).toBe(chunkCount - submittedFirst)

  const resumed = await runAction(inputs(em, progress), { files: { 'users.json': FILE } })
  const resumeContext = `seed ${SEED}\n${resumed.stdout.slice(-3000)}`
  expect(resumed.exitCode, resumeContext).toBe(0)
  expect(resumed.outputs.chunks_remaining).toBe('0')

  // No chunk submitted twice, and the uploads are the file's users, each exactly once, in order.
  const texts = em.imports.map((upload) => upload.users)
  expect(texts).toHaveLength(chunkCount)
  expect(new Set(texts).size).toBe(chunkCount)
  expect(texts.flatMap((text) => JSON.parse(text) as unknown[])).toEqual(USERS)

  // Every user is in the tenant once (the map is keyed by email), and inserted or reported once.
  expect(em.users.size).toBe(USERS.length)
  for (const user of USERS) expect(em.users.has(String(user.email))).toBe(true)
  const summary = JSON.parse(resumed.outputs.summary ?? '{}')
  expect(summary, resumeContext).toEqual({
    total: USERS.length,
    inserted: USERS.length - EXISTING.length,
    updated: 0,
    failed: EXISTING.length,
  })
  const reported = (resumed.errorReport ?? []).map((entry) => entry.index)
  expect(reported.sort((a, b) => Number(a) - Number(b))).toEqual(EXISTING)
  expect(resumed.outputs.job_id?.split(',')).toEqual(em.imports.map((upload) => upload.jobId))

  // The faults did happen.
  const faults = new Map<string, number>()
  for (const request of em.requests) {
    if (request.fault) faults.set(request.fault, (faults.get(request.fault) ?? 0) + 1)
  }
  for (const kind of ['rate-limit', 'status', 'reset', 'delay']) {
    expect(faults.get(kind) ?? 0, `${kind} faults (seed ${SEED})`).toBeGreaterThan(0)
  }
  expect(em.stats.tokensIssued).toBeGreaterThanOrEqual(3)
  // The figures the release note reports (SOAK_SEED reproduces them). Delays are left out: the
  // schedules pass requests through as 0 ms delays, so the emulator cannot tell them apart.
  const met = em.requests.filter((r) => r.fault && r.fault !== 'delay')
  const onUploads = met.filter((r) => r.path === '/api/v2/jobs/users-imports').length
  const kinds = ['rate-limit', 'status', 'reset'].map((k) => `${k} ${faults.get(k) ?? 0}`)
  const lost = USERS.filter((user) => !em.users.has(String(user.email))).length
  console.log(
    `soak seed ${SEED}: ${chunkCount} chunks, ${met.length} faults met (${kinds.join(', ')}; ${onUploads} on uploads) and 1 token expiry, 1 SIGTERM; users lost ${lost}, duplicate uploads ${texts.length - new Set(texts).size}`,
  )
  expect(performance.now() - started).toBeLessThan(40_000)
}, 60_000)
