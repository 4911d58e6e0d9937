import type { ImportSummary, Job } from '../auth0/job.js'
import type { Operation } from '../inputs/settings.js'
import type { PlanReport } from '../plan/plan-pass.js'
import type { VerifyReport } from '../verify/verify.js'
import type { ErrorReportEntry } from './report-entry.js'
import { worstStatus } from './verdict.js'

export type { ErrorReportEntry }

/** One chunk of a split import as the step summary shows it. */
export interface ChunkSummary {
  readonly index: number
  readonly firstUser: number
  readonly userCount: number
  readonly bytes: number
  readonly jobId?: string
}

/**
 * Whether the step writes an error report file, and what it holds. `none` and a file with no
 * entries differ: an import that ran writes `[]` (and sets `error_report`), a read of a job does not.
 */
export type ErrorReport =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'file'
      readonly entries: readonly ErrorReportEntry[]
      /** Entries left out to bound memory; they are still counted. */
      readonly omitted: number
      /** The most entries the file keeps, when a cap was applied. */
      readonly limit: number | undefined
    }

/** What an operation found, as published: outputs, files and the step summary come from it. */
export interface OperationResult {
  readonly operation: Operation
  /** Every job seen, in the order first seen, each in its last known state. */
  readonly jobs: readonly Job[]
  readonly summary: ImportSummary | undefined
  readonly report: ErrorReport
  readonly chunks: readonly ChunkSummary[] | undefined
  readonly totalUsers: number | undefined
  readonly exportFile: string | undefined
  readonly exportedRecords: number | undefined
  /** import-users: the users that failed, as a re-importable JSON array (secrets redacted). */
  readonly failedUsersFile: string | undefined
  /** import-users: chunks not submitted in this run (max_jobs, cancellation). */
  readonly chunksRemaining: number | undefined
  readonly dryRun: boolean
  /** Why the result fails the step, when it does (the gate, a failed job, invalid users). */
  readonly failure: string | undefined
  /** How to continue in a later run, added to the error when the step stops waiting early. */
  readonly resumeHint: string | undefined
  /** import-users with plan / skip_existing: what the plan found. */
  readonly plan: PlanReport | undefined
  /** import-users with verify: what was found after the import. */
  readonly verify: VerifyReport | undefined
  /** Extra lines for the step summary. */
  readonly notes: readonly string[]
}

export function jobIdsOf(result: OperationResult): string[] {
  return result.jobs.map((job) => job.id)
}

/** The `status` output: `validated` for a dry run, else the worst status of the jobs. */
export function statusOf(result: OperationResult): string | undefined {
  if (result.dryRun) return 'validated'
  return worstStatus(result.jobs.map((job) => job.status))
}

/** `error_count`: the entries of the report, counting those left out of the file. */
export function errorCountOf(report: ErrorReport): number {
  return report.kind === 'file' ? report.entries.length + report.omitted : 0
}
