import {
  addSummaries,
  EMPTY_SUMMARY,
  type ImportSummary,
  type Job,
  omittedErrors,
} from '../auth0/job.js'
import type { GetJobErrorsSettings, GetJobSettings } from '../inputs/settings.js'
import { reportEntriesFromJobErrors } from '../report/job-errors.js'
import { ResultBuilder } from '../results/builder.js'
import type { OperationResult } from '../results/result.js'
import { isFinal, verdictOf } from '../results/verdict.js'
import { type OperationContext, REPORT_ENTRY_LIMIT } from './context.js'

/** get-job: read one or several jobs, wait for all of them, and judge them like their operation. */
export async function getJobs(
  settings: GetJobSettings,
  context: OperationContext,
): Promise<OperationResult> {
  const { ledger } = context
  const result = new ResultBuilder('get-job', ledger)
  const tracker = context.newTracker()
  for (const id of settings.jobIds) {
    const job = await context.api.getJob(id)
    if (settings.wait) tracker.track(job)
    else ledger.see(job)
  }
  if (!settings.wait) return result.build()
  for (let waiting = settings.jobIds.length; waiting > 0; waiting--) await tracker.next()

  const imports = ledger.jobs.filter((job) => job.type === 'users_import')
  const summary = sumSummaries(imports)
  if (summary) {
    result.summary = summary
    for (const job of imports) {
      if ((job.summary?.failed ?? 0) > 0 || job.status === 'failed') {
        const errors = await context.api.getJobErrors(job.id)
        result.addReportEntries(
          reportEntriesFromJobErrors(job.id, errors),
          REPORT_ENTRY_LIMIT,
          omittedErrors(errors),
        )
      }
    }
    result.writeReport()
  }
  const verdict = verdictOf(
    ledger.jobs,
    summary && {
      threshold: settings.maxFailedUsers,
      failed: summary.failed,
      total: summary.total,
      tooMany: (description) => `Too many users failed to import: ${description}.`,
    },
  )
  // A failed or expired job decides on its own; the gate is only worth a note without one.
  if (verdict.gate && !verdict.jobFailed) result.notes.push(`Gate: ${verdict.gate.description}.`)
  result.failure = verdict.failure
  return result.build()
}

/** get-job-errors: report what Auth0 knows about a job's failed users; fail only if unreadable. */
export async function getJobErrors(
  settings: GetJobErrorsSettings,
  context: OperationContext,
): Promise<OperationResult> {
  const result = new ResultBuilder('get-job-errors', context.ledger)
  const job = await context.api.getJob(settings.jobId)
  context.ledger.see(job)
  if (job.summary) result.summary = job.summary
  const errors = await context.api.getJobErrors(settings.jobId)
  result.addReportEntries(
    reportEntriesFromJobErrors(job.id, errors),
    REPORT_ENTRY_LIMIT,
    omittedErrors(errors),
  )
  if (errors.kind === 'none') {
    result.notes.push(`Auth0 has no error details for ${job.id}.`)
  }
  if (!isFinal(job.status)) {
    result.notes.push(`${job.id} is still ${job.status}; its error list may grow.`)
  }
  return result.build()
}

export function sumSummaries(jobs: Job[]): ImportSummary | undefined {
  const summaries = jobs.flatMap((job) => (job.summary ? [job.summary] : []))
  return summaries.length === 0 ? undefined : summaries.reduce(addSummaries, EMPTY_SUMMARY)
}
