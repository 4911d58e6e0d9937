import type { Job } from '../auth0/job.js'
import type { ImportSettings } from '../inputs/settings.js'
import { JobTracker } from '../jobs/tracker.js'
import { REPORT_ENTRY_LIMIT } from '../operations/context.js'
import type { ResultBuilder } from '../results/builder.js'
import { isFinal, verdictOf } from '../results/verdict.js'
import type { ResumeRecord } from '../resume-record/record.js'
import { cancellationOf, isCancellation } from '../runtime/cancellation.js'
import { DeadlineError, errorMessage } from '../runtime/errors.js'
import type { ChunkPlan, UsersFilePlan } from '../users/plan.js'
import type { EngineContext } from './jobs-api.js'
import {
  cancelledError,
  noteRemaining,
  printable,
  type Stop,
  type StopContext,
  stopMessage,
} from './messages.js'
import { restore, saveRecord } from './resume.js'
import { collectErrors, Settlement } from './settle.js'
import { Slots } from './slots.js'
import { externalIdOf, FileChangedError, submitChunk } from './submit.js'

/** What an import run leaves behind besides the result. */
export interface ImportRunResult {
  /** File index of every user that failed (uncapped), for failed_users_file. */
  failedIndexes: ReadonlySet<number>
}

/**
 * Submits the chunks in file order with at most two jobs active, waits for them, and folds each
 * finished job into the result as it ends.
 *
 * With a progress record (`progress_file`), chunks it shows finished are folded in from it without
 * a request, jobs it shows submitted are read again by id and waited for, and only the rest are
 * submitted; every step is written to the record before the next one. `max_jobs` bounds the jobs
 * submitted in this run; a cancellation (the deadline's signal) stops submitting at once. A
 * submission whose answer was lost stops submitting and is never sent again (messages.ts).
 */
export class ImportRun {
  readonly #slots: Slots
  readonly #settlement: Settlement
  readonly #started: number
  #submittedThisRun = 0
  #stop: Stop | undefined

  constructor(
    private readonly settings: ImportSettings,
    private readonly context: EngineContext,
    private readonly result: ResultBuilder,
    private readonly plan: UsersFilePlan,
    private readonly progress?: ResumeRecord,
    reportLimit = REPORT_ENTRY_LIMIT,
  ) {
    const { api, clock, deadline, logger, ledger } = context
    this.#slots = new Slots(new JobTracker(api, clock, deadline, logger, (job) => ledger.see(job)))
    this.#settlement = new Settlement(result, reportLimit)
    this.#started = clock.now()
  }

  get failedIndexes(): ReadonlySet<number> {
    return this.#settlement.failedIndexes
  }

  async run(): Promise<ImportRunResult> {
    try {
      await this.#run()
      return { failedIndexes: this.failedIndexes }
    } catch (error) {
      if (isCancellation(error, this.context.deadline.signal)) throw this.#cancelled()
      if (error instanceof DeadlineError && this.#stop) {
        throw new DeadlineError(`${this.#stopMessage(this.#stop)} ${errorMessage(error)}`)
      }
      throw error
    } finally {
      this.result.chunksRemaining = this.#remaining().length
    }
  }

  async #run(): Promise<void> {
    const { deadline } = this.context
    if (this.progress) await restore(this.progress, this.#restoreTarget())
    let limited = false
    for (const chunk of this.#remaining()) {
      if (this.settings.maxJobs !== undefined && this.#submittedThisRun >= this.settings.maxJobs) {
        limited = true
        break
      }
      deadline.throwIfCancelled()
      while (this.#slots.full) await this.#slots.waitForOne()
      deadline.throwIfCancelled()
      this.#stop = await this.#submit(chunk)
      if (this.#stop) break
      // Errors of finished jobs are read after the next submission, so a slot never idles.
      await this.#collectFinished()
    }
    if (!this.settings.wait && !this.#stop) {
      this.context.logger.info('wait is false: not waiting for the jobs to finish.')
      if (limited) this.#noteRemaining()
      return
    }
    // Even when submitting stopped early, the jobs already running are waited for and reported.
    // Each job's errors and counts are folded in as it ends, not after the last one.
    while (this.#slots.active > 0) {
      await this.#slots.waitForOne()
      await this.#collectFinished()
    }
    await this.#collectFinished()
    if (this.#stop) throw new Error(this.#stopMessage(this.#stop))
    if (limited) this.#noteRemaining()
    this.#judge()
  }

  /** Chunks with no job yet, in file order. */
  #remaining(): ChunkPlan[] {
    return this.plan.chunks.filter(
      (chunk) => !this.progress?.isSubmitted(chunk.index) && !this.#slots.hasJob(chunk.index),
    )
  }

  /** Submits one chunk; returns why submitting stops, if it does. */
  async #submit(chunk: ChunkPlan): Promise<Stop | undefined> {
    const progress = this.progress
    const steps = {
      submitting: async (c: ChunkPlan) => {
        if (!progress) return
        progress.markSubmitting(c.index)
        await saveRecord(progress)
      },
      notInDoubt: async (c: ChunkPlan) => {
        if (!progress) return
        progress.clearSubmitting(c.index)
        await saveRecord(progress)
      },
    }
    try {
      const { settings, plan, context } = this
      const result = await submitChunk(chunk, plan, settings, context, this.#slots, steps)
      if (result.kind === 'in-doubt') return await this.#inDoubt(chunk, result.reason)
      this.#submitted(chunk, result.job)
      if (progress) {
        progress.markSubmitted(chunk.index, result.job.id)
        await saveRecord(progress)
      }
      return undefined
    } catch (error) {
      if (error instanceof DeadlineError || isCancellation(error, this.context.deadline.signal)) {
        throw error
      }
      const message = errorMessage(error)
      if (error instanceof FileChangedError) return { kind: 'file-changed', chunk, message }
      return { kind: 'refused', chunk, error, message }
    }
  }

  #submitted(chunk: ChunkPlan, job: Job): void {
    const count = this.plan.chunks.length
    this.context.logger.info(
      `Chunk ${chunk.index + 1}/${count} (users ${chunk.firstUser}–${chunk.firstUser + chunk.userCount - 1}) submitted as job ${job.id}.`,
    )
    this.result.chunkJob(chunk.index, job.id)
    this.#slots.track(chunk, job, true)
    this.#submittedThisRun++
  }

  async #inDoubt(chunk: ChunkPlan, reason: string): Promise<Stop> {
    const at = this.progress?.chunk(chunk.index).submitting ?? new Date().toISOString()
    if (this.progress) {
      this.progress.markInDoubt(chunk.index, reason)
      await saveRecord(this.progress)
    }
    this.context.logger.info(
      `Chunk ${chunk.index + 1}: Auth0 may have created its job (${printable(reason)}); it is not sent again, and no further chunks are submitted.`,
    )
    return { kind: 'in-doubt', chunk, reason, at }
  }

  async #collectFinished(): Promise<void> {
    for (let job = this.#slots.takeFinished(); job; job = this.#slots.takeFinished()) {
      await this.#settle(job)
    }
  }

  async #settle(job: Job): Promise<void> {
    const chunk = this.#slots.chunkOf(job.id)
    const settlement = this.#settlement
    if (!chunk || settlement.settledChunks.has(chunk.index)) return
    const { entries, omitted } = await collectErrors(this.context.api, this.plan, job, chunk)
    if (this.progress) {
      this.progress.markFinished(chunk.index, job, entries)
      await saveRecord(this.progress)
    }
    settlement.account(job, chunk, entries, omitted)
    // The rate is of this run's work: chunks restored from the record took no time here.
    const usersThisRun = settlement.settledUsers - settlement.usersSettledBefore
    const seconds = (this.context.clock.now() - this.#started) / 1000
    const rate = seconds > 0 ? Math.round(usersThisRun / seconds) : usersThisRun
    this.context.logger.info(
      `Chunks done: ${settlement.settledChunks.size}/${this.plan.chunks.length}; ${settlement.settledUsers}/${this.plan.totalUsers} users (${rate} users/s).`,
    )
  }

  #stopContext(): StopContext {
    return {
      plan: this.plan,
      submitted: this.#slots.jobIds.length,
      progressPath: this.progress?.path,
      externalIdOf: (chunk) => externalIdOf(this.settings, this.plan, chunk),
    }
  }

  #stopMessage(stop: Stop): string {
    return stopMessage(stop, this.#stopContext())
  }

  #restoreTarget() {
    const { api, logger, ledger } = this.context
    const { result, plan } = this
    return { api, logger, ledger, result, plan, slots: this.#slots, settlement: this.#settlement }
  }

  /** The message of a cancelled import: what is still running and how to go on. */
  #cancelled() {
    const running = this.#slots.jobIds.filter(
      (id) => !isFinal(this.context.ledger.get(id)?.status ?? ''),
    )
    const reason = cancellationOf(this.context.deadline.signal)
    const remaining = this.#remaining().length
    return cancelledError(reason, running, remaining, this.#stopContext(), this.#stop)
  }

  #noteRemaining(): void {
    const context = this.#stopContext()
    const note = noteRemaining(this.#remaining(), context, this.settings.maxJobs)
    if (!note) return
    this.result.notes.push(note)
    this.context.logger.info(note)
  }

  #judge(): void {
    const { result, plan, settings } = this
    const { summary, settledUsers } = this.#settlement
    const complete = this.#remaining().length === 0
    if (complete && summary.total !== plan.totalUsers) {
      result.notes.push(
        `Auth0 reported ${summary.total} users, but the file has ${plan.totalUsers}.`,
      )
      this.context.logger.warning(result.notes.at(-1) ?? '')
    }
    const { failure, gate } = verdictOf(this.context.ledger.jobs, {
      threshold: settings.maxFailedUsers,
      failed: summary.failed,
      // With chunks left for a later run, the gate judges the users processed so far.
      total: complete ? plan.totalUsers : settledUsers,
      tooMany: (description) =>
        `Too many users failed to import: ${description}. See the error report for each user and the reason.`,
    })
    result.notes.push(`Gate: ${gate?.description}${complete ? '' : ' (users processed so far)'}.`)
    result.failure = failure
  }
}
