import { addSummaries, EMPTY_SUMMARY, type ImportSummary, type Job } from '../auth0/job.js'
import type { ErrorReportEntry, Outcome } from '../outcome.js'
import { reportEntriesFromJobErrors } from '../report/job-errors.js'
import {
  type ChunkPlan,
  indexErrorEntries,
  type UsersFilePlan,
  usersOfChunk,
} from '../users/plan.js'
import { redactErrorMessages, redactUser } from '../users/redact.js'
import type { JobsApi } from './jobs-api.js'
import { FileChangedError, readValidatedChunk } from './submit.js'

/**
 * Accounts for every user: each finished chunk's counts go into the summary and its failed users
 * into the error report (capped in memory) and into `failedIndexes` (never capped), once.
 */
export class Settlement {
  /** Chunks whose outcome is in the summary (this run or an earlier one). */
  readonly settledChunks = new Set<number>()
  /** File index of every user that failed, for failed_users_file: complete whatever the count. */
  readonly failedIndexes = new Set<number>()
  settledUsers = 0
  /** Users of chunks restored as finished from the progress record. */
  usersSettledBefore = 0
  summary: ImportSummary = EMPTY_SUMMARY

  constructor(
    private readonly outcome: Outcome,
    private readonly reportLimit: number,
  ) {}

  /** Folds a finished chunk in: its report entries, its counts, and that it is done. */
  account(job: Job, chunk: ChunkPlan, entries: ErrorReportEntry[]): void {
    this.outcome.addReportEntries(entries, this.reportLimit)
    for (const entry of entries) if (entry.index !== null) this.failedIndexes.add(entry.index)
    // A failed job without a summary imported nobody: all of its users count as failed.
    const summary = job.summary ?? {
      total: chunk.userCount,
      inserted: 0,
      updated: 0,
      failed: job.status === 'completed' ? 0 : chunk.userCount,
    }
    this.summary = addSummaries(this.summary, summary)
    this.outcome.summary = this.summary
    this.settledChunks.add(chunk.index)
    this.settledUsers += chunk.userCount
  }
}

/**
 * The users of `chunk` as validated, or undefined when the file changed since (then Auth0's
 * entries cannot be tied to positions in it).
 */
export async function validatedUsers(
  plan: UsersFilePlan,
  chunk: ChunkPlan,
): Promise<unknown[] | undefined> {
  try {
    return usersOfChunk(await readValidatedChunk(plan, chunk))
  } catch (error) {
    if (error instanceof FileChangedError) return undefined
    throw error
  }
}

/** The error report entries of a finished job, with file indexes. */
export async function collectErrors(
  api: JobsApi,
  plan: UsersFilePlan,
  job: Job,
  chunk: ChunkPlan,
): Promise<ErrorReportEntry[]> {
  const failedUsers = job.summary?.failed ?? 0
  if (job.status !== 'failed' && failedUsers === 0) return []
  if (job.status === 'expired') return []
  const errors = await api.getJobErrors(job.id)
  const users = await validatedUsers(plan, chunk)
  let entries: ErrorReportEntry[]
  if (errors.kind === 'entries') {
    // One result per entry, in order: Auth0's echo and the submitted user both name secrets.
    entries = indexErrorEntries(chunk, users ?? [], errors.entries).map((entry, position) => ({
      job_id: job.id,
      index: entry.index ?? null,
      user: redactUser(entry.user),
      errors: redactErrorMessages(entry.errors, [
        errors.entries[position]?.user,
        entry.index === undefined ? undefined : users?.[entry.index - chunk.firstUser],
      ]),
    }))
  } else {
    entries = reportEntriesFromJobErrors(job.id, errors)
  }
  if (job.status === 'failed') entries = accountForEveryUser(job, chunk, users, entries)
  return entries
}

/**
 * A failed job may come with no per-user detail at all (a 204 from /errors). Its users were not
 * imported, so each one gets an entry: no user of the file goes unaccounted for.
 */
function accountForEveryUser(
  job: Job,
  chunk: ChunkPlan,
  users: unknown[] | undefined,
  entries: ErrorReportEntry[],
): ErrorReportEntry[] {
  const reported = new Set(entries.map((entry) => entry.index))
  const reason = job.status_details ?? 'the job failed without details for this user'
  const perUser: ErrorReportEntry[] = []
  for (let offset = 0; offset < chunk.userCount; offset++) {
    const index = chunk.firstUser + offset
    if (reported.has(index)) continue
    perUser.push({
      job_id: job.id,
      index,
      // null when the file changed since it was validated: the user is known by position only.
      user: users ? redactUser(users[offset]) : null,
      errors: [{ code: 'JOB_FAILED', message: reason }],
    })
  }
  return [...entries.filter((entry) => entry.user !== null), ...perUser]
}
