import {
  addSummaries,
  EMPTY_SUMMARY,
  type ImportSummary,
  type Job,
  omittedErrors,
} from '../auth0/job.js'
import type { Outcome } from '../outcome.js'
import { reportEntriesFromJobErrors } from '../report/job-errors.js'
import { isFinal, verdictOf } from '../results/verdict.js'
import type { GetJobErrorsSettings, GetJobSettings } from '../settings.js'
import { type OperationContext, REPORT_ENTRY_LIMIT } from './context.js'

/** get-job: read one or several jobs, wait for all of them, and judge them like their operation. */
export async function getJobs(
  settings: GetJobSettings,
  context: OperationContext,
  outcome: Outcome,
): Promise<void> {
  const tracker = context.newTracker()
  for (const id of settings.jobIds) {
    const job = await context.api.getJob(id)
    if (settings.wait) tracker.track(job)
    else outcome.update(job)
  }
  if (!settings.wait) return
  for (let waiting = settings.jobIds.length; waiting > 0; waiting--) await tracker.next()

  const imports = [...outcome.jobs.values()].filter((job) => job.type === 'users_import')
  const summary = sumSummaries(imports)
  if (summary) {
    outcome.summary = summary
    for (const job of imports) {
      if ((job.summary?.failed ?? 0) > 0 || job.status === 'failed') {
        const errors = await context.api.getJobErrors(job.id)
        outcome.addReportEntries(
          reportEntriesFromJobErrors(job.id, errors),
          REPORT_ENTRY_LIMIT,
          omittedErrors(errors),
        )
      }
    }
    outcome.report ??= []
  }
  const verdict = verdictOf(
    [...outcome.jobs.values()],
    summary && {
      threshold: settings.maxFailedUsers,
      failed: summary.failed,
      total: summary.total,
      tooMany: (description) => `Too many users failed to import: ${description}.`,
    },
  )
  // A failed or expired job decides on its own; the gate is only worth a note without one.
  if (verdict.gate && !verdict.jobFailed) outcome.notes.push(`Gate: ${verdict.gate.description}.`)
  outcome.failure = verdict.failure
}

/** get-job-errors: report what Auth0 knows about a job's failed users; fail only if unreadable. */
export async function getJobErrors(
  settings: GetJobErrorsSettings,
  context: OperationContext,
  outcome: Outcome,
): Promise<void> {
  const job = await context.api.getJob(settings.jobId)
  outcome.update(job)
  if (job.summary) outcome.summary = job.summary
  const errors = await context.api.getJobErrors(settings.jobId)
  outcome.report = []
  outcome.addReportEntries(
    reportEntriesFromJobErrors(job.id, errors),
    REPORT_ENTRY_LIMIT,
    omittedErrors(errors),
  )
  if (errors.kind === 'none') {
    outcome.notes.push(`Auth0 has no error details for ${job.id}.`)
  }
  if (!isFinal(job.status)) {
    outcome.notes.push(`${job.id} is still ${job.status}; its error list may grow.`)
  }
}

export function sumSummaries(jobs: Job[]): ImportSummary | undefined {
  const summaries = jobs.flatMap((job) => (job.summary ? [job.summary] : []))
  return summaries.length === 0 ? undefined : summaries.reduce(addSummaries, EMPTY_SUMMARY)
}
