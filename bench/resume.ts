/**
 * Resume benchmark: what does resuming a finished migration cost?
 *
 *   npm run build && npx node bench/resume.ts [--chunks 500] [--chunk-size 2000] [--unfinished 20]
 *
 * Against the emulator (jobs end at once, no rate limit), the built dist/index.js imports a file
 * of N chunks with a progress_file (the original run), then:
 * - a fresh dry run of the same file: the baseline, i.e. reading, validating and planning it;
 * - a resume of the finished migration: must read the record and finish with no upload and no
 *   status request at all;
 * - a resume where the record shows K jobs submitted but not finished (their final state was not
 *   recorded, as after a kill): at most one status request per such job.
 * Prints a Markdown table of wall time and requests by kind, and exits non-zero when a resume
 * resubmits anything or reads a job more than once.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Emulator, startEmulator } from '../emulator/server.ts'

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2)
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}

const CHUNKS = Number(option('chunks', '500'))
const CHUNK_SIZE = Number(option('chunk-size', '2000'))
const UNFINISHED = Number(option('unfinished', '20'))

const root = await mkdtemp(join(tmpdir(), 'bench-resume-'))
process.env.AUTH0_ACTION_TEST_TMP = root
const { importInputs, runAction } = await import('../__tests__/run-action.ts')

/** Users of ~100 bytes; enough of them for CHUNKS chunks of CHUNK_SIZE bytes. */
function usersFile(): { text: string; count: number } {
  const lines: string[] = []
  let bytes = 0
  let chunks = 1
  for (let i = 0; chunks <= CHUNKS; i++) {
    const line = JSON.stringify({
      email: `user${i}@example.com`,
      email_verified: true,
      name: `User ${i}`,
      user_metadata: { plan: i % 2 === 0 ? 'pro' : 'free' },
    })
    const size = Buffer.byteLength(line) + 2
    if (bytes + size > CHUNK_SIZE) {
      if (chunks === CHUNKS) break
      chunks++
      bytes = 0
    }
    bytes += size
    lines.push(line)
  }
  return { text: `[\n${lines.join(',\n')}\n]\n`, count: lines.length }
}

type Kind = 'token' | 'upload' | 'status' | 'errors' | 'other'
function kindOf(method: string, path: string): Kind {
  if (path.startsWith('/oauth/token')) return 'token'
  if (method === 'POST' && path.startsWith('/api/v2/jobs/users-imports')) return 'upload'
  if (method === 'GET' && /^\/api\/v2\/jobs\/[^/]+\/errors/.test(path)) return 'errors'
  if (method === 'GET' && /^\/api\/v2\/jobs\/[^/]+$/.test(path)) return 'status'
  return 'other'
}

interface Row {
  name: string
  ms: number
  requests: Record<Kind, number>
  exitCode: number
}

async function measure(
  em: Emulator,
  name: string,
  inputs: Record<string, string>,
  file: string,
): Promise<Row> {
  const before = em.requests.length
  const run = await runAction(inputs, { files: { 'users.json': file } })
  const requests: Record<Kind, number> = { token: 0, upload: 0, status: 0, errors: 0, other: 0 }
  for (const request of em.requests.slice(before)) {
    requests[kindOf(request.method, request.path)]++
  }
  if (run.exitCode !== 0) process.stderr.write(run.stdout.slice(-2000))
  return { name, ms: run.durationMs, requests, exitCode: run.exitCode }
}

const { text, count } = usersFile()
// A few users exist already, so some chunks have errors to store and restore.
const existing = Array.from({ length: 25 }, (_, i) => ({ email: `user${i * 97}@example.com` }))
const em = await startEmulator({
  // Negative: a job answered in the millisecond after it was created still reads as finished.
  jobTiming: { pendingMs: -1_000, processingMs: 0 },
  rateLimit: false,
  existingUsers: existing,
})
const progress = join(root, 'progress.json')
const inputs = importInputs(em, {
  chunk_size: String(CHUNK_SIZE),
  send_completion_email: 'false',
  max_failed_users: String(existing.length),
  progress_file: progress,
})

const rows: Row[] = []
try {
  rows.push(await measure(em, `original run (${CHUNKS} chunks submitted)`, inputs, text))
  const uploads = em.imports.length
  rows.push(
    await measure(
      em,
      'fresh dry run (baseline)',
      { ...inputs, dry_run: 'true', progress_file: '' },
      text,
    ),
  )
  rows.push(await measure(em, 'resume, all finished', inputs, text))

  // As after a kill: K jobs recorded as submitted, their outcome not yet recorded.
  const record = JSON.parse(await readFile(progress, 'utf8')) as {
    chunks: Record<string, unknown>[]
  }
  const cleared = record.chunks.slice(-UNFINISHED)
  for (const chunk of cleared) {
    for (const field of ['status', 'status_details', 'summary', 'errors', 'finished_at']) {
      delete chunk[field]
    }
  }
  await writeFile(progress, JSON.stringify(record))
  rows.push(await measure(em, `resume, ${UNFINISHED} jobs unfinished in the record`, inputs, text))

  const resubmitted = em.imports.length - uploads
  const table = [
    `Resume benchmark: ${CHUNKS} chunks of ≤ ${CHUNK_SIZE} bytes, ${count} users, ${existing.length} failing (emulator, jobs end at once).`,
    '',
    '| run | wall time | token | uploads | status reads | error reads | exit |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${Math.round(row.ms)} ms | ${row.requests.token} | ${row.requests.upload} | ${row.requests.status} | ${row.requests.errors} | ${row.exitCode} |`,
    ),
  ]
  console.log(table.join('\n'))
  const [, , finished, partial] = rows
  const problems: string[] = []
  if (resubmitted !== 0) problems.push(`${resubmitted} chunks were submitted again`)
  const { status = 1, upload = 1 } = finished?.requests ?? {}
  if (status !== 0 || upload !== 0) {
    problems.push('resuming a finished migration made status reads or uploads')
  }
  if (!partial || partial.requests.status > UNFINISHED) {
    problems.push('more than one status read per unfinished job')
  }
  if (rows.some((row) => row.exitCode !== 0)) problems.push('a run failed')
  if (problems.length > 0) {
    console.error(`\nFAILED: ${problems.join('; ')}`)
    process.exitCode = 1
  } else {
    console.log('\nOK: no chunk resubmitted; status reads ≤ unfinished jobs (0 when all finished).')
  }
} finally {
  await em.close()
  await rm(root, { recursive: true, force: true })
}
