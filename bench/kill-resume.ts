/**
 * Kill -9 resume loop: the built action imports a split file with a progress_file and is killed
 * with SIGKILL at random moments, then run again, until the import is done. It checks that every
 * user was imported exactly once and no chunk was uploaded twice.
 *
 *   npm run build && npx node bench/kill-resume.ts [--chunks 150] [--seed 1] [--max-runs 300]
 *
 * A kill while an upload is in flight leaves that chunk "in doubt" (the record says "submitting
 * chunk N" before each upload): the next run refuses until resolve_in_doubt says what happened.
 * This script decides as a user would with the tenant's logs: it looks in the emulator's list of
 * imports for a job with the chunk's external_id (`kill-loop-N-of-T`) and answers `N=job_…` if
 * there is one and `N=resubmit` if not. A lock left by the killed process (same host, process
 * gone) is taken over by the next run with a warning. Exits non-zero if a user was lost or a
 * chunk uploaded twice.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { prng } from '../__tests__/prng.ts'
import { parseOutputFile } from '../__tests__/run-action.ts'
import { startEmulator } from '../emulator/server.ts'

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2)
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}

const CHUNKS = Number(option('chunks', '150'))
const SEED = Number(option('seed', '1'))
const MAX_RUNS = Number(option('max-runs', '300'))
const CHUNK_SIZE = 2_000
const EXTERNAL_ID = 'kill-loop'
const DIST = resolve(import.meta.dirname, '..', 'dist', 'index.js')

const random = prng(SEED)

/** About CHUNKS chunks of CHUNK_SIZE bytes (less the room external_id takes). */
const USERS = Array.from({ length: Math.round((CHUNKS * CHUNK_SIZE) / 105) }, (_, i) => ({
  email: `user${i}@example.com`,
  email_verified: true,
  name: `User ${i}`,
}))
const FILE = `[\n${USERS.map((user) => JSON.stringify(user)).join(',\n')}\n]\n`

const root = await mkdtemp(join(tmpdir(), 'bench-kill-'))
const workspace = join(root, 'ws')
const runnerTemp = join(root, 'rt')
await Promise.all([workspace, runnerTemp].map((dir) => mkdir(dir, { recursive: true })))
await writeFile(join(workspace, 'users.json'), FILE)
const progress = join(workspace, 'progress', 'import.json')

const em = await startEmulator({
  rateLimit: false,
  // Jobs that run a while, so kills land while waiting, submitting and settling.
  jobTiming: { pendingMs: 0, processingMs: 150 },
})
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

interface RunEnd {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  outputs: Record<string, string>
}

async function runOnce(decisions: Map<number, string>, killAfterMs: number | undefined) {
  const outputFile = join(runnerTemp, `output-${Date.now()}`)
  await writeFile(outputFile, '')
  const inputs: Record<string, string> = {
    operation: 'import-users',
    domain: em.url,
    client_id: em.clientId,
    client_secret: em.clientSecret,
    connection_id: em.connections[0]?.id ?? '',
    file: 'users.json',
    chunk_size: String(CHUNK_SIZE),
    external_id: EXTERNAL_ID,
    send_completion_email: 'false',
    progress_file: progress,
    resolve_in_doubt: [...decisions].map(([n, what]) => `${n}=${what}`).join(','),
    timeout: '120',
  }
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
  const timer =
    killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (code, sig) => done([code, sig])),
  )
  clearTimeout(timer)
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'))
  return { exitCode, signal, stdout, outputs } satisfies RunEnd
}

/** What the tenant's logs say about chunk n: the job with its external_id, if any. */
function jobInTenant(n: number, total: number): string | undefined {
  return em.imports.find((upload) => upload.external_id === `${EXTERNAL_ID}-${n}-of-${total}`)
    ?.jobId
}

const decisions = new Map<number, string>()
const figures = { runs: 0, kills: 0, takeovers: 0, inDoubtStops: 0, asJob: 0, asResubmit: 0 }
let done = false
while (!done && figures.runs < MAX_RUNS) {
  figures.runs++
  // Most runs are killed somewhere between start-up and a few chunks in; every 25th runs free.
  const kill = figures.runs % 25 === 0 ? undefined : 40 + Math.floor(random() * 700)
  const end = await runOnce(decisions, kill)
  if (end.stdout.includes('which is no longer running: taking the record over')) figures.takeovers++
  if (end.signal === 'SIGKILL') {
    figures.kills++
    // Let the emulator finish answering whatever the killed run had sent.
    await sleep(300)
    continue
  }
  if (end.stdout.includes("Input 'resolve_in_doubt'")) {
    figures.inDoubtStops++
    const record = JSON.parse(await readFile(progress, 'utf8')) as {
      chunks: { index: number; submitting?: string; job_id?: string }[]
    }
    const total = record.chunks.length
    for (const chunk of record.chunks.filter((c) => c.submitting && !c.job_id)) {
      const n = chunk.index + 1
      const job = jobInTenant(n, total)
      decisions.set(n, job ?? 'resubmit')
      if (job) figures.asJob++
      else figures.asResubmit++
    }
    continue
  }
  done = end.exitCode === 0 && end.outputs.chunks_remaining === '0'
  if (!done && end.exitCode !== 0) {
    console.error(
      end.stdout
        .split('\n')
        .filter((l) => l.startsWith('::error'))
        .join('\n'),
    )
    break
  }
}

// Every chunk uploaded once (by external_id), every user in the tenant once.
const total = (JSON.parse(await readFile(progress, 'utf8')) as { chunks: unknown[] }).chunks.length
const perChunk = new Map<string, number>()
for (const upload of em.imports) {
  perChunk.set(upload.external_id ?? '', (perChunk.get(upload.external_id ?? '') ?? 0) + 1)
}
const duplicateUploads = [...perChunk.values()].reduce((n, count) => n + count - 1, 0)
const uploadedUsers = em.imports.flatMap(
  (upload) => JSON.parse(upload.users) as { email: string }[],
)
const lost = USERS.filter((user) => !em.users.has(user.email)).length
const importedTwice = uploadedUsers.length - new Set(uploadedUsers.map((u) => u.email)).size

console.log(
  [
    `| figure | value |`,
    `| --- | --- |`,
    `| seed | ${SEED} |`,
    `| chunks / users | ${total} / ${USERS.length} |`,
    `| runs (iterations) | ${figures.runs} |`,
    `| killed with SIGKILL | ${figures.kills} |`,
    `| dead locks taken over | ${figures.takeovers} |`,
    `| runs stopped by a chunk in doubt | ${figures.inDoubtStops} |`,
    `| in doubt resolved as job / resubmit | ${figures.asJob} / ${figures.asResubmit} |`,
    `| finished | ${done} |`,
    `| chunks uploaded / jobs created | ${em.imports.length} / ${em.stats.jobsCreated} |`,
    `| duplicate uploads (a chunk uploaded twice) | ${duplicateUploads} |`,
    `| users imported twice | ${importedTwice} |`,
    `| users lost | ${lost} |`,
  ].join('\n'),
)
await em.close()
await rm(root, { recursive: true, force: true })
if (!done || duplicateUploads > 0 || lost > 0 || importedTwice > 0 || perChunk.size !== total) {
  process.exitCode = 1
}
