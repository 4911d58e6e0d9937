/**
 * The action against the way teams do it today, side by side (issue 6):
 *
 *   npm run build && npx node bench/compare/run.ts [options]
 *
 * Starts the project's Auth0 emulator with self-service-tenant settings (a Management API token
 * bucket of 10 requests, refilled at 150 a minute; jobs that take time in proportion to their
 * users) and runs, in this one process run and on the same files:
 *
 * - the baseline, bench/compare/baseline.mjs: the official `auth0` SDK (v7) the way Auth0's
 *   examples use it: one job at a time, polling every 2 s, the SDK's default 429 retries; for the
 *   migration it splits the file itself into ≤ 500 KB chunks and submits them one after another;
 * - the action: dist/index.js in a fresh process with INPUT_* variables, as the runner runs it.
 *
 * Every run gets a fresh emulator (a tenant where the users do not exist yet) with the same
 * options. Both contenders are measured from the outside in the same way (bench/compare/child.ts);
 * requests, 429s and job times come from the emulator's records.
 *
 * Options: --only small,migration,long,export,drained  --users 100000  --small-users 1000
 *   --ms-per-user 3  --export-ms-per-user 0.3  --repeat 3 (runs of the short scenarios)
 *   --long-users 6000  --long-ms-per-user 20 (the long-jobs migration: 32.5 s a chunk)
 *   --out bench/results.md  --verbose (print every run's timeline)  --timelines <folder>
 *   --who action (run one contender only, while iterating; the report needs both)
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, platform, release, tmpdir, totalmem } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { type Emulator, type EmulatorOptions, startEmulator } from '../../emulator/server.ts'
import { type ChildRun, runChild } from './child.ts'
import { userEmail, writeUsersFile } from './users.ts'

const ROOT = resolve(import.meta.dirname, '..', '..')
const DIST_DIR = join(ROOT, 'dist')
/** The bundle is copied here at the start, so a rebuild of dist/ during the run cannot disturb it. */
let dist = join(DIST_DIR, 'index.js')
const BASELINE = join(ROOT, 'bench', 'compare', 'baseline.mjs')
const RATE_LIMIT = { burst: 10, perSecond: 150 / 60 }

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2)
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}

const BIG = Number(option('users', '100000'))
const SMALL = Number(option('small-users', '1000'))
const MS_PER_USER = Number(option('ms-per-user', '2'))
const EXPORT_MS_PER_USER = Number(option('export-ms-per-user', '0.3'))
/** The long-jobs migration: job times nearer Auth0's (a ~1,500-user chunk takes 32.5 s). */
const LONG = Number(option('long-users', '6000'))
const LONG_MS_PER_USER = Number(option('long-ms-per-user', '20'))
const REPEAT = Number(option('repeat', '3'))
const ONLY = option('only', 'small,migration,long,export,drained').split(',')
/** Contenders to run (`--who action` while iterating; published figures need both). */
const WHO = option('who', 'baseline,action').split(',') as Who[]
const OUT = resolve(ROOT, option('out', 'bench/results.md'))
const VERBOSE = process.argv.includes('--verbose')
/** Folder for every run's timeline (log lines, requests, job ends), one file per run. */
const TIMELINES = option('timelines', '')
/** Users of the migration that already exist in the tenant: 0.1 %, spread over the file. */
const EXISTING_EVERY = 1000

/**
 * Job time = pending + processing + per user. The fixed parts are chosen so that the baseline's
 * 2 s polling is neither lucky nor unlucky: it notices the 1,000-user job 1.5 s late, a ~1,500-user
 * migration chunk 0.5 s late and the 100,000-user export 1 s late (1 s is the average for a job
 * of random length). Real Auth0 jobs are several times longer; see bench/compare/README.md.
 */
const IMPORT_TIMING = { pendingMs: 500, processingMs: 2000, msPerUser: MS_PER_USER }
const EXPORT_TIMING = { pendingMs: 500, processingMs: 2500, msPerUser: EXPORT_MS_PER_USER }

type Who = 'baseline' | 'action'

interface Scenario {
  key: string
  /** Import job time per user, when not MS_PER_USER. */
  msPerUser?: number
  title: string
  kind: 'import' | 'export'
  users: number
  file?: string
  runs: number
  drain?: boolean
  existing?: number
}

interface JobTimes {
  createdAt: number
  endsAt: number
}

interface RunResult {
  who: Who
  /** Set when the run did not do its work (a failure other than a surfaced 429). */
  failure?: string
  wallMs: number
  apiRequests: number
  tokenRequests: number
  downloads: number
  submits: number
  statusReads: number
  errorReads: number
  received429: number
  surfaced429: number
  completionToExitMs: number
  peakRssKiB: number
  coldStartMs: number
  jobs: JobTimes[]
  /** For the jobs after the first `slots`: created − end of the job whose slot it took. */
  slotIdleMs: number[]
  firstJobMs: number
  /** The child's log, ms from its spawn. */
  log: string[]
}

const ALL: Scenario[] = [
  {
    key: 'small',
    title: `import ${SMALL.toLocaleString('en')} users`,
    kind: 'import',
    users: SMALL,
    file: 'small.json',
    runs: REPEAT,
  },
  {
    key: 'migration',
    title: `migration of ${BIG.toLocaleString('en')} users (split)`,
    kind: 'import',
    users: BIG,
    file: 'migration.json',
    runs: 1,
    existing: Math.floor(BIG / EXISTING_EVERY),
  },
  {
    key: 'long',
    title: `migration of ${LONG.toLocaleString('en')} users, ${LONG_MS_PER_USER} ms a user (long jobs)`,
    kind: 'import',
    users: LONG,
    file: 'long.json',
    runs: 1,
    msPerUser: LONG_MS_PER_USER,
  },
  {
    key: 'export',
    title: `export ${BIG.toLocaleString('en')} users`,
    kind: 'export',
    users: BIG,
    runs: 1,
  },
  {
    key: 'drained',
    title: `import ${SMALL.toLocaleString('en')} users, bucket drained`,
    kind: 'import',
    users: SMALL,
    file: 'small.json',
    runs: REPEAT,
    drain: true,
  },
]
const scenarios = ALL.filter((scenario) => ONLY.includes(scenario.key))

/** Spends the bucket until the emulator answers 429: the next request finds it (nearly) empty. */
async function drain(emulator: Emulator): Promise<number> {
  for (let sent = 1; sent < 100; sent++) {
    const response = await fetch(`${emulator.url}/api/v2/jobs/job_0000000000000000`)
    await response.arrayBuffer()
    if (response.status === 429) return sent
  }
  throw new Error('the bucket never emptied')
}

function emulatorOptions(scenario: Scenario): EmulatorOptions {
  const existing: { email: string }[] = []
  for (let i = 0; i < (scenario.existing ?? 0); i++) {
    existing.push({ email: userEmail(i * EXISTING_EVERY + EXISTING_EVERY / 2) })
  }
  return {
    rateLimit: RATE_LIMIT,
    jobTiming:
      scenario.kind === 'export'
        ? EXPORT_TIMING
        : { ...IMPORT_TIMING, msPerUser: scenario.msPerUser ?? MS_PER_USER },
    exportUsers: scenario.kind === 'export' ? scenario.users : 10,
    existingUsers: existing,
  }
}

async function runOnce(scenario: Scenario, who: Who, data: string): Promise<RunResult> {
  const emulator = await startEmulator(emulatorOptions(scenario))
  const runnerTemp = await mkdtemp(join(tmpdir(), 'bench-compare-tmp-'))
  try {
    await writeFile(join(runnerTemp, 'github_output'), '')
    await writeFile(join(runnerTemp, 'step_summary'), '')
    const connectionId = emulator.connections[0]?.id ?? ''
    const exportPath = join(runnerTemp, 'users.ndjson')
    let env: Record<string, string>
    let args: string[]
    if (who === 'action') {
      const inputs: Record<string, string> = {
        operation: scenario.kind === 'export' ? 'export-users' : 'import-users',
        domain: emulator.url,
        client_id: emulator.clientId,
        client_secret: emulator.clientSecret,
      }
      if (scenario.kind === 'import') {
        Object.assign(inputs, {
          connection_id: connectionId,
          file: scenario.file,
          send_completion_email: 'false',
          max_failed_users: '1%',
        })
      } else {
        Object.assign(inputs, { format: 'json', export_path: exportPath })
      }
      env = {
        PATH: process.env.PATH ?? '',
        GITHUB_OUTPUT: join(runnerTemp, 'github_output'),
        GITHUB_STEP_SUMMARY: join(runnerTemp, 'step_summary'),
        GITHUB_WORKSPACE: data,
        RUNNER_TEMP: runnerTemp,
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/release',
        GITHUB_RUN_ID: '4242',
        GITHUB_SERVER_URL: 'https://github.com',
      }
      for (const [name, value] of Object.entries(inputs)) {
        env[`INPUT_${name.toUpperCase()}`] = value
      }
      args = [dist]
    } else {
      env = {
        PATH: process.env.PATH ?? '',
        BASELINE_OPERATION: scenario.kind,
        BASELINE_DOMAIN: new URL(emulator.url).host,
        BASELINE_CLIENT_ID: emulator.clientId,
        BASELINE_CLIENT_SECRET: emulator.clientSecret,
        BASELINE_AUDIENCE: `${emulator.url}/api/v2/`,
        BASELINE_FILE: join(data, scenario.file ?? ''),
        BASELINE_CONNECTION_ID: scenario.kind === 'import' ? connectionId : '',
        BASELINE_OUT: exportPath,
      }
      args = [BASELINE]
    }
    if (scenario.drain) await drain(emulator)
    const first = emulator.requests.length
    const run = await runChild(args, env, data)
    const result = measure(scenario, who, run, emulator, first)
    if (!result.failure && scenario.kind === 'export') {
      const lines = await countLines(exportPath)
      if (lines !== scenario.users) result.failure = `export file has ${lines} lines`
    }
    if (VERBOSE || TIMELINES) {
      const text = timeline(run, emulator, first)
      if (VERBOSE) console.error(`--- ${scenario.key} / ${who}\n${text}`)
      if (TIMELINES) {
        await mkdir(TIMELINES, { recursive: true })
        const name = `${scenario.key}-${who}-${String(run.spawnedAt)}.txt`
        await writeFile(join(TIMELINES, name), text)
      }
    }
    return result
  } finally {
    await emulator.close()
    await rm(runnerTemp, { recursive: true, force: true })
  }
}

async function countLines(path: string): Promise<number> {
  if (!existsSync(path)) return -1
  const text = readFileSync(path)
  let lines = 0
  for (let at = text.indexOf(10); at >= 0; at = text.indexOf(10, at + 1)) lines++
  return lines
}

function measure(
  scenario: Scenario,
  who: Who,
  run: ChildRun,
  emulator: Emulator,
  first: number,
): RunResult {
  const requests = emulator.requests.slice(first)
  const api = requests.filter((r) => r.path.startsWith('/api/v2/'))
  const jobs = [...emulator.jobs.values()]
    .map((job) => ({
      createdAt: job.createdAt,
      endsAt: job.createdAt + job.pendingMs + job.processingMs,
    }))
    .sort((a, b) => a.createdAt - b.createdAt)
  const lastEnd = Math.max(...jobs.map((job) => job.endsAt))
  const slots = who === 'action' && scenario.kind === 'import' ? 2 : 1
  const ends = jobs.map((job) => job.endsAt).sort((a, b) => a - b)
  const slotIdleMs = jobs.slice(slots).map((job, k) => job.createdAt - (ends[k] ?? job.createdAt))

  let surfaced429 = 0
  let failure: string | undefined
  const errors = run.lines.filter((line) => line.text.startsWith('::error')).map((l) => l.text)
  const rateLimitText = /\b429\b|rate.?limit|too many requests/i
  if (who === 'action') {
    if (run.exitCode !== 0) {
      if (errors.some((text) => rateLimitText.test(text))) surfaced429 = 1
      else failure = `exit ${run.exitCode}: ${errors.join(' ') || run.stderr.slice(0, 500)}`
    }
  } else {
    const line = run.lines.findLast((l) => l.text.startsWith('BASELINE_RESULT '))
    const parsed = line ? JSON.parse(line.text.slice('BASELINE_RESULT '.length)) : undefined
    if (!parsed?.ok) {
      if (parsed?.statusCode === 429) surfaced429 = 1
      else failure = `exit ${run.exitCode}: ${line?.text ?? run.stderr.slice(0, 500)}`
    }
  }
  if (!failure && !surfaced429 && scenario.kind === 'import') {
    const total = [...emulator.jobs.values()].reduce(
      (sum, job) => sum + (job.summary?.total ?? 0),
      0,
    )
    if (total !== scenario.users) failure = `the jobs held ${total} users, not ${scenario.users}`
  }
  return {
    who,
    failure,
    wallMs: run.exitedAt - run.spawnedAt,
    apiRequests: api.length,
    tokenRequests: requests.filter((r) => r.path === '/oauth/token').length,
    downloads: requests.filter((r) => r.path.startsWith('/exports/')).length,
    submits: api.filter((r) => r.method === 'POST').length,
    statusReads: api.filter((r) => r.method === 'GET' && /^\/api\/v2\/jobs\/job_\w+$/.test(r.path))
      .length,
    errorReads: api.filter((r) => r.path.endsWith('/errors')).length,
    received429: requests.filter((r) => r.status === 429).length,
    surfaced429,
    completionToExitMs: run.exitedAt - lastEnd,
    peakRssKiB: run.peakRssKiB,
    coldStartMs: (requests[0]?.at ?? Number.NaN) - run.spawnedAt,
    jobs,
    slotIdleMs,
    firstJobMs: (jobs[0]?.createdAt ?? Number.NaN) - run.spawnedAt,
    log: run.lines.map((l) => `${String(l.at - run.spawnedAt).padStart(7)} ms  ${l.text}`),
  }
}

function timeline(run: ChildRun, emulator: Emulator, first: number): string {
  const events = [
    ...run.lines.map((l) => ({ at: l.at, text: `log  ${l.text.slice(0, 150)}` })),
    ...emulator.requests
      .slice(first)
      .map((r) => ({ at: r.at, text: `req  ${r.method} ${r.path.slice(0, 60)} → ${r.status}` })),
    ...[...emulator.jobs.values()].map((job) => ({
      at: job.createdAt + job.pendingMs + job.processingMs,
      text: `end  ${job.id} (emulator)`,
    })),
    { at: run.exitedAt, text: 'exit' },
  ].sort((a, b) => a.at - b.at)
  return events.map((e) => `${String(e.at - run.spawnedAt).padStart(8)} ms  ${e.text}`).join('\n')
}

// ------------------------------------------------------------------------------ aggregation

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0)
const mean = (values: number[]): number =>
  values.length ? sum(values) / values.length : Number.NaN

interface Figures {
  wallMs: number
  apiRequests: number
  received429: number
  surfaced429: number
  completionToExitMs: number
  completionToExitMaxMs: number
  peakRssKiB: number
  coldStartMs: number
  /** Σ job time / span (jobs in parallel), median. */
  parallelism: number
}

/** Σ job time / span of one run: 2 when both import slots are always busy. */
function parallelismOf(run: RunResult): number {
  if (run.jobs.length === 0) return 0
  const span =
    Math.max(...run.jobs.map((j) => j.endsAt)) - Math.min(...run.jobs.map((j) => j.createdAt))
  return sum(run.jobs.map((j) => j.endsAt - j.createdAt)) / span
}

function figures(runs: RunResult[]): Figures {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    apiRequests: median(runs.map((r) => r.apiRequests)),
    received429: sum(runs.map((r) => r.received429)),
    surfaced429: sum(runs.map((r) => r.surfaced429)),
    completionToExitMs: median(runs.map((r) => r.completionToExitMs)),
    completionToExitMaxMs: Math.max(...runs.map((r) => r.completionToExitMs)),
    peakRssKiB: median(runs.map((r) => r.peakRssKiB)),
    coldStartMs: median(runs.map((r) => r.coldStartMs)),
    parallelism: median(runs.map(parallelismOf)),
  }
}

const s = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
const mb = (kib: number): string => `${((kib * 1024) / 1e6).toFixed(0)} MB`
const msText = (ms: number): string => `${Math.round(ms)} ms`

function cell(a: number, b: number, show: (v: number) => string): string {
  if (b === 0 && a === 0) return `— (${show(a)} / ${show(b)})`
  if (b === 0) return `∞ (${show(a)} / ${show(b)})`
  return `**${(a / b).toFixed(2)}×** (${show(a)} / ${show(b)})`
}

// ------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  const started = Date.now()
  const at = commit()
  const data = await mkdtemp(join(tmpdir(), 'bench-compare-data-'))
  // A build elsewhere in the tree empties dist/ for a few seconds: wait for it, then snapshot it.
  for (let waited = 0; !existsSync(join(DIST_DIR, 'index.js')); waited += 1000) {
    if (waited >= 60_000) throw new Error('dist/index.js is missing: run `npm run build` first')
    await new Promise((done) => setTimeout(done, 1000))
  }
  await new Promise((done) => setTimeout(done, 1000))
  await cp(DIST_DIR, join(data, 'dist'), { recursive: true })
  dist = join(data, 'dist', 'index.js')
  const results = new Map<string, { baseline: RunResult[]; action: RunResult[] }>()
  let fileBytes = 0
  try {
    await writeUsersFile(join(data, 'small.json'), SMALL)
    fileBytes = await writeUsersFile(join(data, 'migration.json'), BIG)
    if (ONLY.includes('long')) await writeUsersFile(join(data, 'long.json'), LONG)
    const smallBytes = (await stat(join(data, 'small.json'))).size
    console.error(
      `users files: ${SMALL} users (${(smallBytes / 1e3).toFixed(0)} kB), ${BIG} users (${(fileBytes / 1e6).toFixed(1)} MB)`,
    )
    for (const scenario of scenarios) {
      const runs = { baseline: [] as RunResult[], action: [] as RunResult[] }
      results.set(scenario.key, runs)
      for (let i = 0; i < scenario.runs; i++) {
        // Alternate who goes first, so slow moments of the machine fall on both alike.
        const order: Who[] = i % 2 === 0 ? ['baseline', 'action'] : ['action', 'baseline']
        for (const who of order.filter((w) => WHO.includes(w))) {
          const result = await runOnce(scenario, who, data)
          runs[who].push(result)
          console.error(
            `${scenario.key} #${i + 1} ${who}: ${s(result.wallMs)}, ${result.apiRequests} API requests, ${result.received429}×429 (${result.surfaced429} surfaced), completion→exit ${msText(result.completionToExitMs)}, RSS ${mb(result.peakRssKiB)}, cold start ${msText(result.coldStartMs)}${result.failure ? `, FAILED: ${result.failure}` : ''}  [${s(Date.now() - started)} elapsed]`,
          )
        }
      }
    }
  } finally {
    await rm(data, { recursive: true, force: true })
  }
  const markdown = report(results, fileBytes, Date.now() - started, at)
  console.log(markdown)
  await mkdir(resolve(OUT, '..'), { recursive: true })
  await writeFile(OUT, markdown)
  console.error(`written to ${relative(ROOT, OUT)}`)
}

function report(
  results: Map<string, { baseline: RunResult[]; action: RunResult[] }>,
  fileBytes: number,
  elapsedMs: number,
  at: string,
): string {
  const lines: string[] = []
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  lines.push('# The action against a hand-written SDK script', '')
  lines.push(
    `Measured at commit ${at} (dist/ as it was in the tree at the start of the run), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}; the whole run took ${s(elapsedMs)}.`,
    '',
    'Reproduce: `npm run build && npx node bench/compare/run.ts` (see bench/compare/README.md).',
    '',
    `Each cell is **action / baseline** (action figure / baseline figure). Baseline: the official \`auth0\` SDK v7, one job at a time, polling every 2 s, the SDK's default 429 handling (bench/compare/baseline.mjs). Action: \`dist/index.js\` run as the runner runs it. Emulator: Management API bucket of ${RATE_LIMIT.burst} requests refilled at 150/min; import jobs take ${IMPORT_TIMING.pendingMs} ms pending + ${IMPORT_TIMING.processingMs} ms + ${MS_PER_USER} ms per user, export jobs ${EXPORT_TIMING.pendingMs} ms + ${EXPORT_TIMING.processingMs} ms + ${EXPORT_MS_PER_USER} ms per user (scaled down from Auth0's real durations so the whole comparison runs in about 10 minutes). Migration file: ${(fileBytes / 1e6).toFixed(1)} MB of realistic users (bcrypt hashes, metadata), ${(BIG / EXISTING_EVERY).toFixed(0)} of which already exist in the tenant.`,
    '',
  )
  lines.push(
    '| scenario | runs | wall time | Management API requests | 429s received | 429s surfaced | last job completed → exit | peak RSS | cold start (spawn → first request) |',
    '|---|---:|---|---|---|---|---|---|---|',
  )
  const verdicts: string[] = []
  for (const scenario of scenarios) {
    const runs = results.get(scenario.key)
    if (!runs) continue
    const a = figures(runs.action)
    const b = figures(runs.baseline)
    const failed = [...runs.action, ...runs.baseline].filter((r) => r.failure)
    lines.push(
      `| ${scenario.title}${failed.length ? ` ⚠️ ${failed.map((r) => `${r.who} failed: ${r.failure}`).join('; ')}` : ''} | ${scenario.runs} | ${cell(a.wallMs, b.wallMs, s)} | ${cell(a.apiRequests, b.apiRequests, String)} | ${cell(a.received429, b.received429, String)} | ${cell(a.surfaced429, b.surfaced429, String)} | ${cell(a.completionToExitMs, b.completionToExitMs, msText)} | ${cell(a.peakRssKiB, b.peakRssKiB, mb)} | ${cell(a.coldStartMs, b.coldStartMs, msText)} |`,
    )
    const ok = (pass: boolean): string => (pass ? '✅ met' : '❌ **missed**')
    if (scenario.key === 'migration') {
      verdicts.push(
        `- Migration wall time ≤ 0.55× baseline: ${(a.wallMs / b.wallMs).toFixed(2)}× — ${ok(a.wallMs <= 0.55 * b.wallMs)}`,
        `- Migration with fewer requests: ${a.apiRequests} vs ${b.apiRequests} — ${ok(a.apiRequests < b.apiRequests)}`,
        `- Migration with zero 429s surfaced: ${a.surfaced429} — ${ok(a.surfaced429 === 0)}`,
        `- Migration slots kept busy (Σ job time / span) ≥ 1.97 of 2: ${a.parallelism.toFixed(2)} — ${ok(a.parallelism >= 1.97)}`,
      )
    }
    if (scenario.key === 'long') {
      verdicts.push(
        `- Long jobs: Management API requests ≤ 0.5× baseline: ${a.apiRequests} vs ${b.apiRequests} = ${(a.apiRequests / b.apiRequests).toFixed(2)}× — ${ok(a.apiRequests <= 0.5 * b.apiRequests)}`,
      )
    }
    verdicts.push(
      `- ${scenario.title}: completion → exit < 1 s: worst run ${msText(a.completionToExitMaxMs)} — ${ok(a.completionToExitMaxMs < 1000)}; cold start ≤ 0.5× baseline: ${(a.coldStartMs / b.coldStartMs).toFixed(2)}× — ${ok(a.coldStartMs <= 0.5 * b.coldStartMs)}; 429s surfaced: ${a.surfaced429} — ${ok(a.surfaced429 === 0)}`,
    )
  }
  lines.push('', '## Targets (issue 6)', '', ...verdicts, '')
  lines.push(
    'Why a target is missed, with the timeline and profile behind it: bench/compare/README.md.',
    '',
  )
  lines.push('## Where the time goes', '')
  lines.push(
    '| scenario | who | jobs | first job created (from spawn) | jobs in parallel (Σ job time / span) | idle slot before each later job, mean / max | POST / GET job / GET errors / token / download | API requests per job |',
    '|---|---|---:|---:|---:|---:|---|---:|',
  )
  for (const scenario of scenarios) {
    const runs = results.get(scenario.key)
    if (!runs) continue
    for (const who of ['action', 'baseline'] as const) {
      // The run with the median wall time.
      const sorted = [...runs[who]].sort((x, y) => x.wallMs - y.wallMs)
      const r = sorted[Math.floor((sorted.length - 1) / 2)]
      if (!r) continue
      const span =
        Math.max(...r.jobs.map((j) => j.endsAt)) - Math.min(...r.jobs.map((j) => j.createdAt))
      const busy = sum(r.jobs.map((j) => j.endsAt - j.createdAt))
      const idle = r.slotIdleMs.length
        ? `${msText(mean(r.slotIdleMs))} / ${msText(Math.max(...r.slotIdleMs))}`
        : '—'
      lines.push(
        `| ${scenario.title} | ${who} | ${r.jobs.length} | ${msText(r.firstJobMs)} | ${(busy / span).toFixed(2)} | ${idle} | ${r.submits} / ${r.statusReads} / ${r.errorReads} / ${r.tokenRequests} / ${r.downloads} | ${(r.apiRequests / r.jobs.length).toFixed(1)} |`,
      )
    }
  }
  lines.push('')
  return lines.join('\n')
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim()
  } catch {
    return 'unknown'
  }
}

await main()
