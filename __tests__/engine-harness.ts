/**
 * In-process harness for the import engine: a fake Management API (only what the engine needs),
 * the fake clock, a recording logger, and `runImport`, which calls the import operation as main.ts
 * does, returning what a user would look at (outputs-to-be, the error, the log, the uploads).
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Job, JobErrors } from '../src/auth0/job.js'
import type { ImportSettings } from '../src/inputs/settings.js'
import { JobTracker } from '../src/jobs/tracker.js'
import { importUsers } from '../src/operations/import-users.js'
import { JobLedger } from '../src/results/ledger.js'
import type { ErrorReportEntry, OperationResult } from '../src/results/result.js'
import { Deadline } from '../src/runtime/deadline.js'
import { ApiError, errorMessage } from '../src/runtime/errors.js'
import type { Logger } from '../src/runtime/logger.js'
import { FakeClock } from './fake-clock.js'

export interface Upload {
  users: string
  externalId: string | undefined
  /** The job Auth0 created for it (undefined when it created none). */
  jobId: string | undefined
}

/** What the next POST /jobs/users-imports does; default `created`. */
export type Answer =
  | 'created'
  | 'slots-full'
  /** The request reached Auth0; `created` says whether a job exists though the answer was lost. */
  | { inDoubt: string; created: boolean }
  | Error

interface FakeJob {
  job: Job
  createdAt: number
  doneAt: number
  users: unknown[]
}

/** A tenant's import jobs as the engine sees them: each ends `processingMs` after it was created. */
export class FakeJobsApi {
  readonly uploads: Upload[] = []
  readonly answers: Answer[] = []
  readonly jobs = new Map<string, FakeJob>()
  /** Emails that already exist in the tenant: importing them fails with DUPLICATED_USER. */
  readonly existing = new Set<string>()
  /** Runs before every upload is answered (a test rewrites the file, cancels the step…). */
  beforeAnswer: (upload: number) => void | Promise<void> = () => {}
  /** Runs before every status read (`read` counts from 0). */
  beforeRead: (read: number) => void | Promise<void> = () => {}
  reads = 0
  /** Error entries per job beyond those returned, as a streamed read that hit its cap reports. */
  errorsLeftOut = 0
  /** Job time added per user of the job (default none: every job takes `processingMs`). */
  msPerUser = 0
  /** While processing, answer Auth0's whole-second `time_left_seconds` (rounded up). */
  estimates = false

  constructor(
    private readonly clock: FakeClock,
    private readonly processingMs = 2_000,
  ) {}

  async createImport(request: { users: Buffer; externalId: string | undefined }) {
    await this.beforeAnswer(this.uploads.length)
    const answer = this.answers.shift() ?? 'created'
    if (answer instanceof Error) throw answer
    if (answer === 'slots-full') {
      return { kind: 'slots-full' as const, message: 'There are 2 active import users jobs' }
    }
    const users = JSON.parse(request.users.toString('utf8')) as unknown[]
    const created = answer === 'created' || answer.created
    const id = created ? `job_${String(this.jobs.size + 1).padStart(16, '0')}` : undefined
    const job: Job = { id: id ?? '', type: 'users_import', status: 'pending' }
    if (id) {
      const createdAt = this.clock.now()
      const doneAt = createdAt + this.processingMs + this.msPerUser * users.length
      this.jobs.set(id, { job, createdAt, doneAt, users })
    }
    this.uploads.push({
      users: request.users.toString('utf8'),
      externalId: request.externalId,
      jobId: id,
    })
    if (answer !== 'created') return { kind: 'in-doubt' as const, reason: answer.inDoubt }
    return { kind: 'created' as const, job: { ...job } }
  }

  async getJob(id: string): Promise<Job> {
    await this.beforeRead(this.reads++)
    const fake = this.jobs.get(id)
    if (!fake) throw new ApiError(404, `Auth0 refused reading job ${id} (HTTP 404: not found).`)
    const now = this.clock.now()
    if (now < fake.doneAt) {
      if (!this.estimates) return { ...fake.job, status: 'processing' }
      const left = Math.ceil((fake.doneAt - now) / 1000)
      return { ...fake.job, status: 'processing', time_left_seconds: left }
    }
    const failed = this.failedOf(fake).length
    const total = fake.users.length
    return {
      ...fake.job,
      status: 'completed',
      summary: { total, inserted: total - failed, updated: 0, failed },
    }
  }

  async getJobErrors(id: string): Promise<JobErrors> {
    const fake = this.jobs.get(id)
    if (!fake) throw new ApiError(404, 'not found')
    const entries = this.failedOf(fake).map((user) => ({
      user: user as Record<string, unknown>,
      errors: [{ code: 'DUPLICATED_USER', message: 'The user already exists.' }],
    }))
    if (entries.length === 0) return { kind: 'none' }
    return { kind: 'entries', entries, total: entries.length + this.errorsLeftOut }
  }

  /** Jobs created for each users text (a chunk uploaded twice shows 2). */
  jobsPerUpload(): number[] {
    const counts = new Map<string, number>()
    for (const upload of this.uploads) {
      if (upload.jobId) counts.set(upload.users, (counts.get(upload.users) ?? 0) + 1)
    }
    return [...counts.values()]
  }

  private failedOf(fake: FakeJob): unknown[] {
    return fake.users.filter((user) =>
      this.existing.has(String((user as { email?: unknown }).email)),
    )
  }
}

export class RecordingLogger implements Logger {
  readonly lines: string[] = []
  debug(): void {}
  info(message: string): void {
    this.lines.push(message)
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`)
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`)
  }
  get text(): string {
    return this.lines.join('\n')
  }
}

export async function workFolder(): Promise<string> {
  return mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'engine-'))
}

/** A users file in `dir` and import settings for it; `extra` overrides any setting. */
export async function importSettings(
  dir: string,
  content: string,
  extra: Partial<ImportSettings> = {},
): Promise<ImportSettings> {
  const file = join(dir, 'users.json')
  await writeFile(file, content)
  return {
    operation: 'import-users',
    tenant: { origin: 'http://127.0.0.1:9', credentials: { kind: 'token', token: 'fake-token' } },
    wait: true,
    timeoutMs: 3_600_000,
    file,
    connectionId: 'con_0123456789abcdef',
    upsert: false,
    externalId: undefined,
    sendCompletionEmail: false,
    maxFailedUsers: { kind: 'count', max: 0 },
    dryRun: false,
    chunkSize: 1_100,
    progressFile: undefined,
    maxJobs: undefined,
    resolveInDoubt: new Map(),
    ...extra,
  }
}

export interface ImportResult {
  /** What the step publishes: the operation's result, or what it had found when it threw. */
  result: OperationResult
  /** The step's error message, as main.ts would print it; undefined when the step passes. */
  error: string | undefined
  thrown: unknown
  log: RecordingLogger
}

/** Runs the import operation in process on the fake clock, as main.ts would. */
export async function runImport(
  settings: ImportSettings,
  api: unknown,
  clock: FakeClock,
  options: { signal?: AbortSignal; runnerTemp?: string; extra?: Record<string, unknown> } = {},
): Promise<ImportResult> {
  const log = new RecordingLogger()
  const deadline = new Deadline(clock, clock.now() + settings.timeoutMs, options.signal)
  const jobsApi = api as FakeJobsApi
  const ledger = new JobLedger()
  // Built as a plain object: earlier versions of the operation took a tracker factory too.
  const context = {
    api: jobsApi,
    clock,
    deadline,
    logger: log,
    ledger,
    runnerTemp: options.runnerTemp ?? (await workFolder()),
    newTracker: () => new JobTracker(jobsApi, clock, deadline, log, (job: Job) => ledger.see(job)),
    dispatcher: undefined,
    ...options.extra,
  }
  let thrown: unknown
  let result: OperationResult
  try {
    result = await importUsers(settings, context as never)
  } catch (error) {
    thrown = error
    result = ledger.stopped('import-users')
  }
  const error = thrown === undefined ? result.failure : errorMessage(thrown)
  return { result, error, thrown, log }
}

/** The entries of the error report file, [] when the step writes none. */
export function reportEntries(result: OperationResult): readonly ErrorReportEntry[] {
  return result.report.kind === 'file' ? result.report.entries : []
}

export { FakeClock }
