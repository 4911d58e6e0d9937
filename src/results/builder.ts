import type { ImportSummary, Job } from '../auth0/job.js'
import type { Operation } from '../inputs/settings.js'
import type { PlanReport } from '../plan/plan-pass.js'
import type { VerifyReport } from '../verify/verify.js'
import type { ChunkSummary, ErrorReportEntry, OperationResult } from './result.js'

/** What the builder needs of the JobLedger (ledger.ts): the jobs seen, and where to leave a snapshot. */
export interface JobsSeen {
  readonly jobs: Job[]
  reportOnStop(snapshot: () => OperationResult): void
}

interface ChunkRow {
  index: number
  firstUser: number
  userCount: number
  bytes: number
  jobId?: string
}

/**
 * An operation's working state while it runs; `build()` turns it into the immutable result. Each
 * operation has its own: nothing else reads it.
 */
export class ResultBuilder {
  summary: ImportSummary | undefined
  totalUsers: number | undefined
  exportFile: string | undefined
  exportedRecords: number | undefined
  failedUsersFile: string | undefined
  chunksRemaining: number | undefined
  dryRun = false
  failure: string | undefined
  resumeHint: string | undefined
  plan: PlanReport | undefined
  verify: VerifyReport | undefined
  readonly notes: string[] = []
  #chunks: ChunkRow[] | undefined
  /** undefined until the operation decides that the step writes an error report. */
  #report: ErrorReportEntry[] | undefined
  #omitted = 0
  #limit: number | undefined

  constructor(
    readonly operation: Operation,
    private readonly ledger: JobsSeen,
  ) {
    // Should the operation throw, what it has found so far is still published.
    ledger.reportOnStop(() => this.build())
  }

  /** The step writes an error report file, even one with no entries. */
  writeReport(): void {
    this.#report ??= []
  }

  /** Keeps entries up to `limit`; `alsoOmitted` counts entries already left out upstream. */
  addReportEntries(entries: readonly ErrorReportEntry[], limit: number, alsoOmitted = 0): void {
    this.#report ??= []
    const report = this.#report
    this.#limit = limit
    this.#omitted += alsoOmitted
    const room = Math.max(0, limit - report.length)
    report.push(...entries.slice(0, room))
    this.#omitted += Math.max(0, entries.length - room)
  }

  sortReport(compare: (a: ErrorReportEntry, b: ErrorReportEntry) => number): void {
    this.#report?.sort(compare)
  }

  /** Counts entries known to exist but not kept (beyond what addReportEntries counted). */
  countOmitted(atLeast: number): void {
    this.#omitted = Math.max(this.#omitted, atLeast)
  }

  get keptEntries(): number {
    return this.#report?.length ?? 0
  }

  get omittedEntries(): number {
    return this.#omitted
  }

  get errorCount(): number {
    return this.keptEntries + this.#omitted
  }

  planChunks(chunks: readonly ChunkSummary[]): void {
    this.#chunks = chunks.map(({ index, firstUser, userCount, bytes }) => ({
      index,
      firstUser,
      userCount,
      bytes,
    }))
  }

  /** The job that stands for a chunk of the import. */
  chunkJob(index: number, jobId: string): void {
    const row = this.#chunks?.[index]
    if (row) row.jobId = jobId
  }

  jobOfChunk(index: number): string | undefined {
    return this.#chunks?.[index]?.jobId
  }

  /** Gives every kept entry with an index the one `map` returns (positions in another file). */
  remapReportIndexes(map: (index: number) => number): void {
    for (const entry of this.#report ?? []) {
      if (entry.index !== null) entry.index = map(entry.index)
    }
  }

  get jobIds(): string[] {
    return this.ledger.jobs.map((job) => job.id)
  }

  build(): OperationResult {
    const report = this.#report
    return Object.freeze({
      operation: this.operation,
      jobs: Object.freeze(this.ledger.jobs),
      summary: this.summary && { ...this.summary },
      report: report
        ? Object.freeze({
            kind: 'file' as const,
            entries: Object.freeze([...report]),
            omitted: this.#omitted,
            limit: this.#limit,
          })
        : Object.freeze({ kind: 'none' as const }),
      chunks: this.#chunks && Object.freeze(this.#chunks.map((row) => Object.freeze({ ...row }))),
      totalUsers: this.totalUsers,
      exportFile: this.exportFile,
      exportedRecords: this.exportedRecords,
      failedUsersFile: this.failedUsersFile,
      chunksRemaining: this.chunksRemaining,
      dryRun: this.dryRun,
      failure: this.failure,
      resumeHint: this.resumeHint,
      plan: this.plan,
      verify: this.verify,
      notes: Object.freeze([...this.notes]),
    })
  }
}
