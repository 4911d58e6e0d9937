import { addSummaries, EMPTY_SUMMARY, type ImportSummary, type Job } from '../auth0/job.js'
import { ApiError, DeadlineError, errorMessage } from '../errors.js'
import type { ErrorReportEntry, Outcome } from '../outcome.js'
import { CancelledError, cancellationOf, isCancellation } from '../progress/cancellation.js'
import { entriesOf, type ProgressRecord } from '../progress/record.js'
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
import { redactErrorMessages, redactUser } from '../users/redact.js'
import { type OperationContext, REPORT_ENTRY_LIMIT } from './context.js'
import { judgeJobs } from './verdict.js'

/** Auth0 runs at most two import jobs per tenant at once (reference §2.3, §6). */
const MAX_ACTIVE_IMPORTS = 2

/**
 * Submits the chunks in file order with at most two jobs active, waits for them, and folds each
 * finished job into the outcome as it ends.
 *
 * With a progress record (`progress_file`), chunks it shows finished are folded in from it without
 * a request, jobs it shows submitted are read again by id and waited for, and only the rest are
 * submitted; every step is written to the record before the next one. `max_jobs` bounds the jobs
 * submitted in this run; a cancellation (the deadline's signal) stops submitting at once.
 */
export class ImportRun {
  readonly #tracker
  readonly #chunkOfJob = new Map<string, ChunkPlan>()
  /** Jobs that ended and whose errors and counts are not yet in the outcome. */
  readonly #finished: Job[] = []
  readonly #started: number
  /** Chunks whose outcome is in the summary (this run or an earlier one). */
  readonly #settledChunks = new Set<number>()
  #active = 0
  #settledUsers = 0
  /** Users of chunks restored as finished from the progress record. */
  #usersSettledBefore = 0
  #submittedThisRun = 0
  #summary: ImportSummary = EMPTY_SUMMARY

  constructor(
    private readonly settings: ImportSettings,
    private readonly context: OperationContext,
    private readonly outcome: Outcome,
    private readonly plan: UsersFilePlan,
    private readonly progress?: ProgressRecord,
  ) {
    this.#tracker = context.newTracker()
    this.#started = context.clock.now()
  }

  async run(): Promise<void> {
    try {
      await this.#run()
    } catch (error) {
      if (isCancellation(error, this.context.deadline.signal)) throw this.#cancelled()
      throw error
    } finally {
      this.outcome.chunksRemaining = this.#remaining().length
    }
  }

  async #run(): Promise<void> {
    const { deadline } = this.context
    await this.#restore()
    let refused: { chunk: ChunkPlan; error: unknown } | undefined
    let limited = false
    for (const chunk of this.#remaining()) {
      if (this.settings.maxJobs !== undefined && this.#submittedThisRun >= this.settings.maxJobs) {
        limited = true
        break
      }
      deadline.throwIfCancelled()
      while (this.#active >= MAX_ACTIVE_IMPORTS) await this.#waitForOne()
      deadline.throwIfCancelled()
      try {
        const job = await this.#submit(chunk)
        this.#chunkOfJob.set(job.id, chunk)
        const summaryRow = this.outcome.chunks?.[chunk.index]
        if (summaryRow) summaryRow.jobId = job.id
        this.#tracker.track(job)
        this.#active++
        this.#submittedThisRun++
        if (this.progress) {
          this.progress.markSubmitted(chunk.index, job.id)
          await this.#save()
        }
      } catch (error) {
        if (error instanceof DeadlineError || isCancellation(error, deadline.signal)) throw error
        refused = { chunk, error }
        break
      }
      // Errors of finished jobs are read after the next submission, so a slot never idles.
      await this.#collectFinished()
    }
    if (!this.settings.wait && !refused) {
      this.context.logger.info('wait is false: not waiting for the jobs to finish.')
      if (limited) this.#noteRemaining()
      return
    }
    // Even when a submission failed, the jobs already running are waited for and reported.
    // Each job's errors and counts are folded in as it ends, not after the last one.
    while (this.#active > 0) {
      await this.#waitForOne()
      await this.#collectFinished()
    }
    await this.#collectFinished()
    if (refused) throw this.#notSubmitted(refused.chunk, refused.error)
    if (limited) this.#noteRemaining()
    this.#judge()
  }

  /** Chunks with no job yet, in file order. */
  #remaining(): ChunkPlan[] {
    return this.plan.chunks.filter(
      (chunk) =>
        !this.progress?.isSubmitted(chunk.index) && !this.outcome.chunks?.[chunk.index]?.jobId,
    )
  }

  async #save(): Promise<void> {
    const progress = this.progress
    if (!progress) return
    try {
      await progress.save()
    } catch (error) {
      throw new Error(
        `Could not write progress_file ${progress.path}: ${errorMessage(error)}. No further chunks were submitted, so the record stays true.`,
      )
    }
  }

  /**
   * Folds in what an earlier run recorded: finished chunks from the record (no request), and for
   * every job submitted but not finished, one read by id, after which it is tracked like any other.
   */
  async #restore(): Promise<void> {
    const progress = this.progress
    if (!progress) return
    const chunks = this.plan.chunks
    const pending: ChunkPlan[] = []
    let finished = 0
    // Every known job first takes its place in file order (`job_id` lists them in file order).
    for (const chunk of chunks) {
      const job = progress.jobOf(chunk.index)
      if (!job) continue
      this.outcome.update(job)
      const row = this.outcome.chunks?.[chunk.index]
      if (row) row.jobId = job.id
      if (progress.isFinished(chunk.index)) finished++
      else pending.push(chunk)
    }
    if (finished + pending.length === 0) return
    this.context.logger.info(
      `Resuming from ${progress.path}: ${finished} of ${chunks.length} chunks finished in earlier runs, ${pending.length} submitted earlier and not known to be finished, ${progress.remaining} not submitted yet.`,
    )
    for (const chunk of chunks) {
      if (progress.isFinished(chunk.index)) await this.#restoreFinished(chunk)
    }
    for (const chunk of pending) {
      const job = await this.#readAgain(progress.jobOf(chunk.index) as Job)
      this.#chunkOfJob.set(job.id, chunk)
      this.#tracker.track(job)
      this.#active++
    }
  }

  async #restoreFinished(chunk: ChunkPlan): Promise<void> {
    const stored = this.progress?.chunk(chunk.index)
    const job = this.progress?.jobOf(chunk.index)
    if (!stored || !job) return
    let entries: ErrorReportEntry[] = []
    if (stored.errors && stored.errors.length > 0) {
      const needsUsers = stored.errors.some((group) => (group.indexes?.length ?? 0) > 0)
      const users = needsUsers ? usersOfChunk(await readChunk(this.settings.file, chunk)) : []
      entries = entriesOf(stored, (index) => redactUser(users[index - chunk.firstUser]))
    }
    this.#account(job, chunk, entries)
    this.#usersSettledBefore += chunk.userCount
  }

  /** One status read of a job an earlier run submitted; a job Auth0 no longer has is `expired`. */
  async #readAgain(recorded: Job): Promise<Job> {
    try {
      return await this.context.api.getJob(recorded.id)
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404) throw error
      const job: Job = {
        ...recorded,
        status: 'expired',
        status_details:
          'Auth0 no longer has this job (jobs are deleted 24 hours after they were created), so what it imported is unknown',
      }
      this.outcome.update(job)
      return job
    }
  }

  #notSubmitted(chunk: ChunkPlan, error: unknown): Error {
    const chunks = this.plan.chunks
    const last = chunks.at(-1) ?? chunk
    const users = `users ${chunk.firstUser}–${last.firstUser + last.userCount - 1}`
    const submitted = this.#chunkOfJob.size
    const resume = this.progress ? ` Run again with the same progress_file to submit the rest.` : ''
    return new Error(
      `${errorMessage(error)} Chunks ${chunk.index + 1}–${chunks.length} of ${chunks.length} (${users} of the file) were not submitted; the ${submitted} job${submitted === 1 ? '' : 's'} submitted before are reported.${resume}`,
    )
  }

  /** The message of a cancelled import: what is still running and how to go on. */
  #cancelled(): CancelledError {
    const reason = cancellationOf(this.context.deadline.signal)
    const running = [...this.#chunkOfJob.keys()].filter(
      (id) => !['completed', 'failed', 'expired'].includes(this.outcome.jobs.get(id)?.status ?? ''),
    )
    const remaining = this.#remaining().length
    const parts = [
      `Cancelled (${reason.signal}): no further chunks were submitted (${remaining} of ${this.plan.chunks.length} not submitted).`,
    ]
    if (running.length > 0) parts.push(`Jobs still running: ${running.join(', ')}.`)
    if (this.progress) {
      parts.push(
        `To resume, run this step again with the same file and progress_file (${this.progress.path}): it waits for the running jobs, skips finished chunks and submits the rest.`,
      )
    } else {
      parts.push(
        'Without progress_file a new run starts again from the first chunk; set progress_file to make an import resumable.',
      )
    }
    if (running.length > 0) {
      parts.push(
        `To follow the running jobs only, run this action with operation: get-job and job_id: ${running.join(',')}.`,
      )
    }
    return new CancelledError(reason.signal, parts.join(' '), true)
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
      // Recorded before sending: a kill while Auth0 answers leaves the chunk "in doubt", so a
      // resumed run asks instead of submitting it a second time.
      if (this.progress) {
        this.progress.markSubmitting(chunk.index)
        await this.#save()
      }
      let submission: Awaited<ReturnType<typeof api.createImport>>
      try {
        submission = await api.createImport({
          users,
          connectionId: this.settings.connectionId,
          upsert: this.settings.upsert,
          externalId,
          sendCompletionEmail: this.settings.sendCompletionEmail,
        })
      } catch (error) {
        // An HTTP answer that is not a job (400, 403, 413…), or a wait between attempts that was
        // cancelled: no job was created. Anything else (a connection that broke after the upload,
        // a timeout while Auth0 answered) leaves the chunk in doubt.
        if (error instanceof ApiError || isCancellation(error)) await this.#notInDoubt(chunk)
        throw error
      }
      if (submission.kind === 'created') {
        logger.info(
          `Chunk ${chunk.index + 1}/${count} (users ${chunk.firstUser}–${chunk.firstUser + chunk.userCount - 1}) submitted as job ${submission.job.id}.`,
        )
        return submission.job
      }
      await this.#notInDoubt(chunk)
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

  async #notInDoubt(chunk: ChunkPlan): Promise<void> {
    if (!this.progress) return
    this.progress.clearSubmitting(chunk.index)
    await this.#save()
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
    if (!chunk || this.#settledChunks.has(chunk.index)) return
    const entries = await this.#collectErrors(job, chunk)
    if (this.progress) {
      this.progress.markFinished(chunk.index, job, entries)
      await this.#save()
    }
    this.#account(job, chunk, entries)
    // The rate is of this run's work: chunks restored from the record took no time here.
    const usersThisRun = this.#settledUsers - this.#usersSettledBefore
    const seconds = (this.context.clock.now() - this.#started) / 1000
    const rate = seconds > 0 ? Math.round(usersThisRun / seconds) : usersThisRun
    this.context.logger.info(
      `Chunks done: ${this.#settledChunks.size}/${this.plan.chunks.length}; ${this.#settledUsers}/${this.plan.totalUsers} users (${rate} users/s).`,
    )
  }

  async #collectErrors(job: Job, chunk: ChunkPlan): Promise<ErrorReportEntry[]> {
    const failedUsers = job.summary?.failed ?? 0
    if (job.status !== 'failed' && failedUsers === 0) return []
    if (job.status === 'expired') return []
    const errors = await this.context.api.getJobErrors(job.id)
    const users = usersOfChunk(await readChunk(this.settings.file, chunk))
    let entries: ErrorReportEntry[]
    if (errors.kind === 'entries') {
      // One result per entry, in order: Auth0's echo and the submitted user both name secrets.
      entries = indexErrorEntries(chunk, users, errors.entries).map((entry, position) => ({
        job_id: job.id,
        index: entry.index ?? null,
        user: redactUser(entry.user),
        errors: redactErrorMessages(entry.errors, [
          errors.entries[position]?.user,
          entry.index === undefined ? undefined : users[entry.index - chunk.firstUser],
        ]),
      }))
    } else {
      entries = reportEntriesFromJobErrors(job.id, errors)
    }
    if (job.status === 'failed') entries = this.#accountForEveryUser(job, chunk, users, entries)
    return entries
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

  /** Folds a finished chunk into the outcome: its report entries, its counts, and that it is done. */
  #account(job: Job, chunk: ChunkPlan, entries: ErrorReportEntry[]): void {
    this.outcome.addReportEntries(entries, REPORT_ENTRY_LIMIT)
    // A failed job without a summary imported nobody: all of its users count as failed.
    const summary = job.summary ?? {
      total: chunk.userCount,
      inserted: 0,
      updated: 0,
      failed: job.status === 'completed' ? 0 : chunk.userCount,
    }
    this.#summary = addSummaries(this.#summary, summary)
    this.outcome.summary = this.#summary
    this.#settledChunks.add(chunk.index)
    this.#settledUsers += chunk.userCount
  }

  /** max_jobs left chunks for a later run: say so, and how to go on. */
  #noteRemaining(): void {
    const remaining = this.#remaining()
    const first = remaining[0]
    if (!first) return
    const total = this.plan.chunks.length
    const how = this.progress
      ? `Run this step again with the same file and progress_file (${this.progress.path}) to submit them.`
      : 'Resuming needs progress_file: without it, a new run starts again from the first chunk.'
    this.outcome.notes.push(
      `${remaining.length} of ${total} chunks (from chunk ${first.index + 1}, user ${first.firstUser}) are not submitted yet: max_jobs ${this.settings.maxJobs} was reached. ${how}`,
    )
    this.context.logger.info(this.outcome.notes.at(-1) ?? '')
  }

  #judge(): void {
    const { outcome, plan, settings } = this
    const complete = this.#remaining().length === 0
    if (complete && this.#summary.total !== plan.totalUsers) {
      outcome.notes.push(
        `Auth0 reported ${this.#summary.total} users, but the file has ${plan.totalUsers}.`,
      )
      this.context.logger.warning(outcome.notes.at(-1) ?? '')
    }
    const failures = judgeJobs([...outcome.jobs.values()])
    // With chunks left for a later run, the gate judges the users processed so far.
    const looked = complete ? plan.totalUsers : this.#settledUsers
    const gate = applyGate(settings.maxFailedUsers, this.#summary.failed, looked)
    outcome.notes.push(`Gate: ${gate.description}${complete ? '' : ' (users processed so far)'}.`)
    if (!gate.passed) {
      failures.push(
        `Too many users failed to import: ${gate.description}. See the error report for each user and the reason.`,
      )
    }
    outcome.failure = failures[0]
  }
}
