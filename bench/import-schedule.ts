/**
 * Import scheduling benchmark: how close does a split import come to Auth0's ideal two-at-a-time
 * schedule?
 *
 *   npm run build && npx node bench/import-schedule.ts [--chunks 12] [--job-ms 2000,5000] [--pending-ms 0]
 *
 * For each job time T the emulator completes every import job in exactly T ms (pendingMs +
 * processingMs, independent of size). The built dist/index.js is run as the runner runs it (a fresh
 * process, INPUT_* variables) on:
 * - a file of N chunks (default chunk_size, ~500 KB of realistic users per chunk), and
 * - a 1-chunk file: its wall time minus T is the action's own fixed overhead (process start, read
 *   and plan, token, first/last poll, outputs).
 * Ideal for N chunks = ceil(N/2) × T; the target is wall(N) ≤ 1.10 × (ideal + overhead).
 *
 * To explain a gap, the child's log lines are timestamped as they arrive and matched with the
 * emulator's job records: for every submission after the first two, the job that freed the slot
 * ended at E (emulator), the action logged it completed at S, and the next job was created at C:
 * poll latency = S − E, resubmit latency = C − S. Management API requests are counted per job.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importInputs } from '../__tests__/run-action.ts'
import { type Emulator, startEmulator } from '../emulator/server.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = join(ROOT, 'dist', 'index.js')
const TARGET = 1.1

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2)
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}

const CHUNKS = Number(option('chunks', '12'))
const JOB_MS = option('job-ms', '2000,5000,10000').split(',').map(Number)
const PENDING_MS = Number(option('pending-ms', '0'))
/** Print every run's timeline: log lines, requests and job ends, ms from the action's start. */
const VERBOSE = process.argv.includes('--verbose')

/** Realistic users of about 350 bytes each (metadata, some non-ASCII text), one per line. */
function userLines(count: number): string[] {
  const given = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Zoë', 'José']
  const family = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Núñez']
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const g = given[i % given.length] as string
    const f = family[i % family.length] as string
    lines.push(
      JSON.stringify({
        email: `${g.toLowerCase()}.${i}@example${i % 13}.com`,
        email_verified: i % 5 !== 0,
        given_name: g,
        family_name: f,
        name: `${g} ${f}`,
        nickname: `${g.toLowerCase()}${i}`,
        picture: `https://cdn.example.com/avatars/${i % 1000}.png`,
        user_metadata: {
          locale: ['en-US', 'fr-CA', 'de-DE', 'ja-JP'][i % 4],
          theme: i % 2 === 0 ? 'dark' : 'light',
          address: { city: ['Paris', 'Tokyo', 'Lima', 'Oslo'][i % 4], zip: String(10000 + i) },
        },
        app_metadata: { plan: ['free', 'pro', 'enterprise'][i % 3], account: `acct_${i}` },
      }),
    )
  }
  return lines
}

/** Users for exactly `chunks` chunks of the default budget (500000 bytes), the last one half full. */
function fileOfChunks(chunks: number): { users: number; text: string } {
  const budget = 500_000
  const lines = userLines(Math.ceil((chunks * budget) / 300))
  let chunk = 1
  let bytes = 0
  let count = 0
  for (const line of lines) {
    const size = Buffer.byteLength(line)
    const grown = bytes === 0 ? size + 2 : bytes + 2 + size
    if (grown > budget) {
      if (chunk === chunks) break
      chunk++
      bytes = size + 2
    } else {
      bytes = grown
    }
    if (chunk === chunks && bytes > budget / 2) break
    count++
  }
  return { users: count, text: `[\n${lines.slice(0, count).join(',\n')}\n]\n` }
}

interface LogLine {
  at: number
  text: string
}

interface Run {
  exitCode: number
  startedAt: number
  endedAt: number
  lines: LogLine[]
  outputs: string
}

/** Runs dist/index.js like the runner, timestamping each stdout line as it arrives. */
async function runAction(inputs: Record<string, string>, workspace: string): Promise<Run> {
  const outputFile = join(workspace, 'github_output')
  await writeFile(outputFile, '')
  await writeFile(join(workspace, 'step_summary'), '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(workspace, 'step_summary'),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: workspace,
    GITHUB_ACTIONS: 'true',
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const lines: LogLine[] = []
  const startedAt = Date.now()
  const child = spawn(process.execPath, [DIST], { env, cwd: workspace })
  let partial = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const at = Date.now()
    const parts = (partial + chunk).split('\n')
    partial = parts.pop() ?? ''
    for (const text of parts) lines.push({ at, text })
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const exitCode = await new Promise<number>((done) => child.on('close', (c) => done(c ?? -1)))
  const endedAt = Date.now()
  if (partial) lines.push({ at: endedAt, text: partial })
  if (exitCode !== 0) {
    throw new Error(`action exited ${exitCode}:\n${lines.map((l) => l.text).join('\n')}\n${stderr}`)
  }
  return { exitCode, startedAt, endedAt, lines, outputs: await readFile(outputFile, 'utf8') }
}

interface Measured {
  chunks: number
  wallMs: number
  /** First job created → last job ended (emulator clock). */
  spanMs: number
  /** Last job ended → action exited. */
  tailMs: number
  /** Action start → first job created. */
  headMs: number
  requests: { total: number; token: number; submit: number; poll: number; errors: number }
  slotGaps: { job: number; pollMs: number; resubmitMs: number }[]
  maxActive: number
}

async function measure(
  jobMs: number,
  users: number,
  file: string,
  expectChunks?: number,
): Promise<Measured> {
  const pendingMs = Math.min(PENDING_MS, jobMs)
  const emulator: Emulator = await startEmulator({
    jobTiming: { pendingMs, processingMs: jobMs - pendingMs, msPerUser: 0 },
    rateLimit: false,
  })
  const workspace = await mkdtemp(join(tmpdir(), 'import-schedule-'))
  try {
    await writeFile(join(workspace, 'users.json'), file)
    const run = await runAction(
      importInputs(emulator, {
        send_completion_email: 'false',
      }),
      workspace,
    )
    const jobs = emulator.imports.map((upload) => {
      const job = emulator.jobs.get(upload.jobId)
      if (!job) throw new Error(`no job ${upload.jobId}`)
      return {
        id: job.id,
        createdAt: job.createdAt,
        endsAt: job.createdAt + job.pendingMs + job.processingMs,
      }
    })
    if (expectChunks !== undefined && jobs.length !== expectChunks) {
      throw new Error(`expected ${expectChunks} jobs, got ${jobs.length} (${users} users)`)
    }
    const seenAt = new Map<string, number>()
    const order: { kind: 'seen' | 'submitted'; id: string; at: number }[] = []
    for (const { at, text } of run.lines) {
      const seen = /^Job (job_\w+): completed/.exec(text)
      if (seen?.[1]) {
        seenAt.set(seen[1], at)
        order.push({ kind: 'seen', id: seen[1], at })
      }
      const submitted = /submitted as job (job_\w+)/.exec(text)
      if (submitted?.[1]) order.push({ kind: 'submitted', id: submitted[1], at })
    }
    // For each submission after the first two: the completion logged just before it freed its slot.
    const slotGaps: Measured['slotGaps'] = []
    let lastSeen: string | undefined
    for (const event of order) {
      if (event.kind === 'seen') {
        lastSeen = event.id
        continue
      }
      const index = jobs.findIndex((job) => job.id === event.id)
      if (index < 2 || !lastSeen) continue
      const freed = jobs.find((job) => job.id === lastSeen)
      const created = jobs[index]?.createdAt ?? 0
      const seen = seenAt.get(lastSeen) ?? 0
      if (freed) {
        slotGaps.push({ job: index + 1, pollMs: seen - freed.endsAt, resubmitMs: created - seen })
      }
      lastSeen = undefined
    }
    if (VERBOSE) {
      const events = [
        ...run.lines.map((l) => ({ at: l.at, text: `log  ${l.text.slice(0, 140)}` })),
        ...emulator.requests.map((r) => ({
          at: r.at,
          text: `req  ${r.method} ${r.path} → ${r.status}`,
        })),
        ...jobs.map((job) => ({ at: job.endsAt, text: `end  ${job.id} (emulator)` })),
      ].sort((a, b) => a.at - b.at)
      console.log(`--- T = ${jobMs} ms, ${jobs.length} jobs`)
      for (const event of events) {
        console.log(`${String(event.at - run.startedAt).padStart(7)} ms  ${event.text}`)
      }
    }
    const api = emulator.requests.filter((r) => r.path.startsWith('/api/v2/'))
    const firstCreated = Math.min(...jobs.map((job) => job.createdAt))
    const lastEnd = Math.max(...jobs.map((job) => job.endsAt))
    return {
      chunks: jobs.length,
      wallMs: run.endedAt - run.startedAt,
      spanMs: lastEnd - firstCreated,
      tailMs: run.endedAt - lastEnd,
      headMs: firstCreated - run.startedAt,
      requests: {
        total: api.length + emulator.requests.filter((r) => r.path === '/oauth/token').length,
        token: emulator.requests.filter((r) => r.path === '/oauth/token').length,
        submit: api.filter((r) => r.method === 'POST' && r.path === '/api/v2/jobs/users-imports')
          .length,
        poll: api.filter((r) => r.method === 'GET' && /^\/api\/v2\/jobs\/job_\w+$/.test(r.path))
          .length,
        errors: api.filter((r) => r.path.endsWith('/errors')).length,
      },
      slotGaps,
      maxActive: emulator.stats.maxActiveImports,
    }
  } finally {
    await emulator.close()
    await rm(workspace, { recursive: true, force: true })
  }
}

const s = (ms: number) => (ms / 1000).toFixed(2)
const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length

async function main(): Promise<void> {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run build` first')
  const { users, text: file } = fileOfChunks(CHUNKS)
  const single = fileOfChunks(1).text
  console.log(
    `node ${process.version}; ${users} users, ${(Buffer.byteLength(file) / 1e6).toFixed(2)} MB, default chunk_size; jobs pending ${PENDING_MS} ms, total T per job; target ≤ ${TARGET} × ideal\n`,
  )
  const rows: string[] = []
  const details: string[] = []
  let missed = false
  for (const jobMs of JOB_MS) {
    const one = await measure(jobMs, 0, single, 1)
    const many = await measure(jobMs, users, file, CHUNKS)
    const n = many.chunks
    const ideal = Math.ceil(n / 2) * jobMs
    const overhead = one.wallMs - jobMs
    const idealWithOverhead = ideal + overhead
    const ratio = many.wallMs / idealWithOverhead
    const spanRatio = many.spanMs / ideal
    if (ratio > TARGET) missed = true
    rows.push(
      `| ${s(jobMs)} | ${n} | ${s(many.wallMs)} | ${s(ideal)} | ${s(overhead)} | ${s(idealWithOverhead)} | **${ratio.toFixed(3)}** ${ratio <= TARGET ? '✅' : '❌'} | ${s(many.spanMs)} | ${spanRatio.toFixed(3)} | ${mean(many.slotGaps.map((g) => g.pollMs)).toFixed(0)} / ${Math.max(0, ...many.slotGaps.map((g) => g.pollMs))} | ${mean(many.slotGaps.map((g) => g.resubmitMs)).toFixed(0)} | ${many.requests.total} (${(many.requests.total / n).toFixed(2)}) | ${many.requests.poll} (${(many.requests.poll / n).toFixed(2)}) | ${many.maxActive} |`,
    )
    details.push(
      `T = ${s(jobMs)} s: 1-chunk run ${s(one.wallMs)} s (head ${s(one.headMs)} s to the job, tail ${s(one.tailMs)} s after it ended, ${one.requests.total} requests); ` +
        `${n}-chunk run: head ${s(many.headMs)} s, tail ${s(many.tailMs)} s; requests: ${JSON.stringify(many.requests)}`,
      `  slot gaps (job k: poll latency ms = logged completed − job ended; resubmit ms = next job created − logged): ${many.slotGaps.map((g) => `#${g.job} ${g.pollMs}+${g.resubmitMs}`).join(', ')}`,
    )
  }
  console.log(
    '| job time T (s) | chunks N | wall (s) | ideal ⌈N/2⌉·T (s) | fixed overhead (s) = 1-chunk wall − T | ideal + overhead (s) | wall / (ideal + overhead) | schedule span (s) first created → last ended | span / ideal | poll latency per freed slot, mean / max (ms) | resubmit latency mean (ms) | requests (per job) | status polls (per job) | max active |',
  )
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const row of rows) console.log(row)
  console.log(`\n${details.join('\n')}`)
  if (missed) {
    console.log(
      `\nTarget missed (> ${TARGET}). The gap per slot is the poll latency: see src/jobs/poll-schedule.ts (nextPollDelay).`,
    )
    process.exitCode = 1
  }
}

await main()
