import type { ImportSummary, Job } from '../auth0/job.js'
import { DeadlineError, errorMessage } from '../errors.js'
import type { ErrorReportEntry, Outcome } from '../outcome.js'
import { applyGate } from '../report/gate.js'
import { reportEntriesFromJobErrors } from '../report/job-errors.js'
import type { ImportSettings } from '../settings.js'
import {
  type ChunkPlan,
  indexErrorEntries,
  readChunk,
  type UsersFilePlan,
  usersOfChunk,
} from '../users/plan.js'
import { redactUser } from '../users/redact.js'
import { type OperationContext, REPORT_ENTRY_LIMIT } from './context.js'
import { judgeJobs } from './verdict.js'

/** Auth0 runs at most two import jobs per tenant at once (reference §2.3, §6). */
const MAX_ACTIVE_IMPORTS = 2

/**
 * Submits the chunks in file order with at most two jobs active, waits for them, and folds each
 * finished job into the outcome as it ends.
 */
export class ImportRun {
  readonly #tracker
  readonly #chunkOfJob = new Map<string, ChunkPlan>()
  /** Jobs that ended and whose errors and counts are not yet in the outcome. */
  readonly #finished: Job[] = []
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
    const chunks = this.plan.chunks
    let refused: { chunk: ChunkPlan; error: unknown } | undefined
    for (const chunk of chunks) {
      while (this.#active >= MAX_ACTIVE_IMPORTS) await this.#waitForOne()
      try {
        const job = await this.#submit(chunk)
        this.#chunkOfJob.set(job.id, chunk)
        const summaryRow = this.outcome.chunks?.[chunk.index]
        if (summaryRow) summaryRow.jobId = job.id
        this.#tracker.track(job)
        this.#active++
      } catch (error) {
        if (error instanceof DeadlineError) throw error
        refused = { chunk, error }
        break
      }
      // Errors of finished jobs are read after the next submission, so a slot never idles.
      await this.#collectFinished()
    }
    if (!this.settings.wait && !refused) {
      this.context.logger.info('wait is false: not waiting for the jobs to finish.')
      return
    }
    // Even when a submission failed, the jobs already running are waited for and reported.
    while (this.#active > 0) await this.#waitForOne()
    await this.#collectFinished()
    if (refused) throw this.#notSubmitted(refused.chunk, refused.error)
    this.#judge()
  }

  #notSubmitted(chunk: ChunkPlan, error: unknown): Error {
    const chunks = this.plan.chunks
    const last = chunks.at(-1) ?? chunk
    const users = `users ${chunk.firstUser}–${last.firstUser + last.userCount - 1}`
    const submitted = this.#chunkOfJob.size
    return new Error(
      `${errorMessage(error)} Chunks ${chunk.index + 1}–${chunks.length} of ${chunks.length} (${users} of the file) were not submitted; the ${submitted} job${submitted === 1 ? '' : 's'} submitted before are reported.`,
    )
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
        await this.#waitForOne()
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

  /** Waits for one of the active jobs to end, which frees its slot. */
  async #waitForOne(): Promise<void> {
    this.#finished.push(await this.#tracker.next())
    this.#active--
  }

  async #collectFinished(): Promise<void> {
    for (let job = this.#finished.shift(); job; job = this.#finished.shift()) {
      await this.#settle(job)
    }
  }

  async #settle(job: Job): Promise<void> {
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
