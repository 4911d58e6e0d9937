import type { ImportSummary, Job, UserError } from './auth0/job.js'
import type { PlanReport } from './plan/plan-pass.js'
import type { Operation } from './settings.js'
import type { VerifyReport } from './verify/verify.js'

/** One line of the error report file (contract: `error_report`). */
export interface ErrorReportEntry {
  job_id: string | null
  /** The user's position in the input file, when known. */
  index: number | null
  /** The user as submitted, with password hashes, salts and MFA secrets redacted. */
  user: unknown
  errors: UserError[]
}

export interface ChunkSummary {
  index: number
  firstUser: number
  userCount: number
  bytes: number
  jobId?: string
}

/** "Worst" status, from worst to best (contract). */
const STATUS_RANK = ['failed', 'expired', 'processing', 'pending', 'completed']

export function worstStatus(statuses: string[]): string | undefined {
  let worst: string | undefined
  for (const status of statuses) {
    const rank = STATUS_RANK.indexOf(status)
    const worstRank = worst === undefined ? Number.POSITIVE_INFINITY : STATUS_RANK.indexOf(worst)
    // An unknown status is treated as not finished: between processing and pending.
    const effective = rank === -1 ? 2.5 : rank
    const effectiveWorst = worstRank === -1 ? 2.5 : worstRank
    if (worst === undefined || effective < effectiveWorst) worst = status
  }
  return worst
}

/**
 * What an operation has learned so far. Operations fill it in as they go, so that when something
 * fails half-way (a timeout, a refused request), the outputs still carry every job id and the
 * last status seen.
 */
export class Outcome {
  readonly jobs = new Map<string, Job>()
  summary: ImportSummary | undefined
  report: ErrorReportEntry[] | undefined
  /** Entries left out of `report` to bound memory; they are still counted. */
  reportOmitted = 0
  /** The most entries `report` keeps (the last limit given to addReportEntries). */
  reportLimit: number | undefined
  chunks: ChunkSummary[] | undefined
  totalUsers: number | undefined
  exportFile: string | undefined
  /** import-users: the users that failed, as a re-importable JSON array (secrets redacted). */
  failedUsersFile: string | undefined
  /** import-users: chunks not submitted in this run (max_jobs, cancellation). */
  chunksRemaining: number | undefined
  exportedRecords: number | undefined
  dryRun = false
  /** Why the outcome fails the step, when it does (the gate, a failed job). */
  failure: string | undefined
  /** How to continue in a later run, added to the error when the step stops waiting early. */
  resumeHint: string | undefined
  /** import-users with plan / skip_existing: what the plan found (issue 13). */
  plan: PlanReport | undefined
  /** import-users with verify: what was found after the import. */
  verify: VerifyReport | undefined
  /** Extra lines for the step summary. */
  readonly notes: string[] = []

  constructor(readonly operation: Operation) {}

  /** Records the latest state of a job; the first sighting fixes its place in the order. */
  update(job: Job): void {
    this.jobs.set(job.id, job)
  }

  get jobIds(): string[] {
    return [...this.jobs.keys()]
  }

  get status(): string | undefined {
    if (this.dryRun) return 'validated'
    return worstStatus([...this.jobs.values()].map((job) => job.status))
  }

  get errorCount(): number {
    return (this.report?.length ?? 0) + this.reportOmitted
  }

  /** Keeps entries up to `limit`; `alsoOmitted` counts entries already left out upstream. */
  addReportEntries(entries: ErrorReportEntry[], limit: number, alsoOmitted = 0): void {
    this.report ??= []
    this.reportLimit = limit
    this.reportOmitted += alsoOmitted
    const room = Math.max(0, limit - this.report.length)
    this.report.push(...entries.slice(0, room))
    this.reportOmitted += Math.max(0, entries.length - room)
  }
}
