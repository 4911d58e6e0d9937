import { relative } from 'node:path'
import type { ImportSummary, Job } from '../auth0/job.js'
import { InputError } from '../errors.js'
import type { ErrorReportEntry, Outcome } from '../outcome.js'
import { applyGate } from '../report/gate.js'
import { reportEntriesFromJobErrors } from '../report/job-errors.js'
import { AUTH0_MAX_IMPORT_BYTES, type ImportSettings } from '../settings.js'
import {
  type ChunkPlan,
  indexErrorEntries,
  planUsersFile,
  readChunk,
  type UsersFilePlan,
  usersOfChunk,
} from '../users/plan.js'
import { redactUser } from '../users/redact.js'
import { type OperationContext, REPORT_ENTRY_LIMIT } from './context.js'
import { judgeJobs } from './verdict.js'

/** Auth0 runs at most two import jobs per tenant at once (reference §2.3, §6). */
const MAX_ACTIVE_IMPORTS = 2
/** The runner shows at most 10 error annotations per step; the rest are in the report. */
const MAX_ANNOTATIONS = 10

export async function importUsers(
  settings: ImportSettings,
  context: OperationContext,
  outcome: Outcome,
): Promise<void> {
  const { logger } = context
  const plan = await planUsersFile(settings.file, { chunkSize: uploadBudget(settings) }).catch(
    (error: unknown) => {
      // The scanner names the file and the line; say which input pointed at it.
      if (error instanceof InputError && !error.message.startsWith('Input ')) {
        throw new InputError(error.input, `Input '${error.input}': ${error.message}`)
      }
      throw error
    },
  )
  if (plan.totalUsers === 0) {
    throw new InputError(
      'file',
      `Input 'file': ${settings.file} is an empty array: there are no users to import.`,
    )
  }
  outcome.totalUsers = plan.totalUsers
  outcome.chunks = plan.chunks.map(({ index, firstUser, userCount, bytes }) => ({
    index,
    firstUser,
    userCount,
    bytes,
  }))
  logger.info(
    `${settings.file}: ${plan.totalUsers} users, ${plan.bytes} bytes, ${plan.chunks.length} job${plan.chunks.length === 1 ? '' : 's'} of at most ${settings.chunkSize} bytes.`,
  )

  const invalidCount = plan.invalidCount
  if (invalidCount > 0) {
    reportInvalidUsers(plan, settings, context, outcome)
    return
  }
  outcome.report = []
  if (settings.dryRun) {
    outcome.dryRun = true
    logger.info('Dry run: the file is valid; nothing was sent to Auth0.')
    return
  }
  await new ImportRun(settings, context, outcome, plan).run()
}

/**
 * Auth0's 512000-byte limit applies to the whole multipart request, not just the users file
 * (the 413 comes from the request's content length), so the form's own parts and boundaries
 * must fit beside the file.
 */
function uploadBudget(settings: ImportSettings): number {
  const multipartOverhead = 1024 + Buffer.byteLength(settings.externalId ?? '')
  return Math.min(settings.chunkSize, AUTH0_MAX_IMPORT_BYTES - multipartOverhead)
}

/** Local validation failures stop the step before any job exists, whatever the gate allows. */
function reportInvalidUsers(
  plan: UsersFilePlan,
  settings: ImportSettings,
  context: OperationContext,
  outcome: Outcome,
): void {
  const invalidCount = plan.invalidCount
  outcome.report = []
  outcome.addReportEntries(
    plan.invalid.map((user) => ({
      job_id: null,
      index: user.index,
      user: user.user,
      errors: user.errors,
    })),
    REPORT_ENTRY_LIMIT,
  )
  outcome.reportOmitted = Math.max(
    outcome.reportOmitted,
    invalidCount - (outcome.report?.length ?? 0),
  )
  const file = annotationPath(settings.file)
  for (const user of plan.invalid.slice(0, MAX_ANNOTATIONS)) {
    const detail = user.errors
      .map((error) => `${error.code}${error.path ? ` at ${error.path}` : ''}: ${error.message}`)
      .join('; ')
    context.logger.error(`User ${user.index}: ${detail}`, {
      title: 'Invalid user',
      file,
      startLine: user.line,
    })
  }
  if (invalidCount > MAX_ANNOTATIONS) {
    context.logger.info(
      `…and ${invalidCount - MAX_ANNOTATIONS} more invalid users (annotations are capped at ${MAX_ANNOTATIONS} per step); all are in the error report.`,
    )
  }
  outcome.failure = `${invalidCount} of ${plan.totalUsers} users in ${settings.file} are invalid, so nothing was sent to Auth0. Fix them (each is listed in the error report with its index and the reason) and run again.`
}

/** GitHub links an annotation to a file by its path in the repository. */
function annotationPath(file: string): string {
  const workspace = process.env.GITHUB_WORKSPACE
  if (!workspace) return file
  const inRepo = relative(workspace, file)
  return inRepo.startsWith('..') ? file : inRepo
}

/**
 * Submits the chunks in file order with at most two jobs active, waits for them, and folds each
 * finished job into the outcome as it ends.
 */
class ImportRun {
  readonly #tracker
  readonly #chunkOfJob = new Map<string, ChunkPlan>()
  readonly #started: number
  #active = 0
  #settled = 0
  #settledUsers = 0
  #summary: ImportSummary = { total: 0, inserted: 0, updated: 0, failed: 0 }

  constructor(
    private readonly settings: ImportSettings,
    private readonly context: OperationContext,
    private readonly outcome: Outcome,
    private readonly plan: UsersFilePlan,
  ) {
    this.#tracker = context.newTracker()
    this.#started = context.clock.now()
  }

  async run(): Promise<void> {
    for (const chunk of this.plan.chunks) {
      while (this.#active >= MAX_ACTIVE_IMPORTS) await this.#settleNext()
      const job = await this.#submit(chunk)
      this.#chunkOfJob.set(job.id, chunk)
      const summaryRow = this.outcome.chunks?.[chunk.index]
      if (summaryRow) summaryRow.jobId = job.id
      this.#tracker.track(job)
      this.#active++
    }
    if (!this.settings.wait) {
      this.context.logger.info('wait is false: not waiting for the jobs to finish.')
      return
    }
    while (this.#active > 0) await this.#settleNext()
    this.#judge()
  }

  async #submit(chunk: ChunkPlan): Promise<Job> {
    const { api, logger, deadline } = this.context
    const users = await readChunk(this.settings.file, chunk)
    const count = this.plan.chunks.length
    const externalId =
      this.settings.externalId !== undefined && count > 1
        ? `${this.settings.externalId}-${chunk.index + 1}-of-${count}`
        : this.settings.externalId
    let slotWaits = 0
    for (;;) {
      const submission = await api.createImport({
        users,
        connectionId: this.settings.connectionId,
        upsert: this.settings.upsert,
        externalId,
        sendCompletionEmail: this.settings.sendCompletionEmail,
      })
      if (submission.kind === 'created') {
        logger.info(
          `Chunk ${chunk.index + 1}/${count} (users ${chunk.firstUser}–${chunk.firstUser + chunk.userCount - 1}) submitted as job ${submission.job.id}.`,
        )
        return submission.job
      }
      // The chunk keeps its place: nothing was created, so the same body is sent again.
      if (this.#active > 0) {
        await this.#settleNext()
        continue
      }
      if (slotWaits === 0) {
        logger.info(
          `Auth0 is running two other import jobs on this tenant (${submission.message}); waiting for a free slot.`,
        )
      }
      const delay = Math.min(10_000, 1_000 * 2 ** Math.min(slotWaits, 4))
      slotWaits++
      await deadline.sleep(
        delay,
        'waiting for a free import slot (Auth0 runs two imports at a time)',
      )
    }
  }

  async #settleNext(): Promise<void> {
    const job = await this.#tracker.next()
    this.#active--
    const chunk = this.#chunkOfJob.get(job.id)
    if (!chunk) return
    await this.#collectErrors(job, chunk)
    this.#addToSummary(job, chunk)
    this.#settled++
    this.#settledUsers += chunk.userCount
    const seconds = (this.context.clock.now() - this.#started) / 1000
    const rate = seconds > 0 ? Math.round(this.#settledUsers / seconds) : this.#settledUsers
    this.context.logger.info(
      `Chunks done: ${this.#settled}/${this.plan.chunks.length}; ${this.#settledUsers}/${this.plan.totalUsers} users (${rate} users/s).`,
    )
  }

  async #collectErrors(job: Job, chunk: ChunkPlan): Promise<void> {
    const failedUsers = job.summary?.failed ?? 0
    if (job.status !== 'failed' && failedUsers === 0) return
    const errors = await this.context.api.getJobErrors(job.id)
    const users = usersOfChunk(await readChunk(this.settings.file, chunk))
    let entries: ErrorReportEntry[]
    if (errors.kind === 'entries') {
      entries = indexErrorEntries(chunk, users, errors.entries).map((entry) => ({
        job_id: job.id,
        index: entry.index ?? null,
        user: redactUser(entry.user),
        errors: entry.errors,
      }))
    } else {
      entries = reportEntriesFromJobErrors(job.id, errors)
    }
    if (job.status === 'failed') entries = this.#accountForEveryUser(job, chunk, users, entries)
    this.outcome.addReportEntries(entries, REPORT_ENTRY_LIMIT)
  }

  /**
   * A failed job may come with no per-user detail at all (a 204 from /errors). Its users were not
   * imported, so each one gets an entry: no user of the file goes unaccounted for.
   */
  #accountForEveryUser(
    job: Job,
    chunk: ChunkPlan,
    users: unknown[],
    entries: ErrorReportEntry[],
  ): ErrorReportEntry[] {
    const reported = new Set(entries.map((entry) => entry.index))
    const reason = job.status_details ?? 'the job failed without details for this user'
    const perUser = users
      .map((user, offset) => ({ user, index: chunk.firstUser + offset }))
      .filter(({ index }) => !reported.has(index))
      .map(({ user, index }) => ({
        job_id: job.id,
        index,
        user: redactUser(user),
        errors: [{ code: 'JOB_FAILED', message: reason }],
      }))
    return [...entries.filter((entry) => entry.user !== null), ...perUser]
  }

  #addToSummary(job: Job, chunk: ChunkPlan): void {
    // A failed job without a summary imported nobody: all of its users count as failed.
    const summary = job.summary ?? {
      total: chunk.userCount,
      inserted: 0,
      updated: 0,
      failed: job.status === 'completed' ? 0 : chunk.userCount,
    }
    this.#summary = {
      total: this.#summary.total + summary.total,
      inserted: this.#summary.inserted + summary.inserted,
      updated: this.#summary.updated + summary.updated,
      failed: this.#summary.failed + summary.failed,
    }
    this.outcome.summary = this.#summary
  }

  #judge(): void {
    const { outcome, plan, settings } = this
    if (this.#summary.total !== plan.totalUsers) {
      outcome.notes.push(
        `Auth0 reported ${this.#summary.total} users, but the file has ${plan.totalUsers}.`,
      )
      this.context.logger.warning(outcome.notes.at(-1) ?? '')
    }
    const failures = judgeJobs([...outcome.jobs.values()])
    const gate = applyGate(settings.maxFailedUsers, this.#summary.failed, plan.totalUsers)
    outcome.notes.push(`Gate: ${gate.description}.`)
    if (!gate.passed) {
      failures.push(
        `Too many users failed to import: ${gate.description}. See the error report for each user and the reason.`,
      )
    }
    outcome.failure = failures[0]
  }
}
