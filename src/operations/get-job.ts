import {
  addSummaries,
  EMPTY_SUMMARY,
  type ImportSummary,
  type Job,
  omittedErrors,
} from '../auth0/job.js'
import type { Outcome } from '../outcome.js'
import { applyGate } from '../report/gate.js'
import { reportEntriesFromJobErrors } from '../report/job-errors.js'
import type { GetJobErrorsSettings, GetJobSettings } from '../settings.js'
import { type OperationContext, REPORT_ENTRY_LIMIT } from './context.js'
import { judgeJobs } from './verdict.js'

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
  const failures = judgeJobs([...outcome.jobs.values()])
  if (failures.length === 0 && summary) {
    const gate = applyGate(settings.maxFailedUsers, summary.failed, summary.total)
    outcome.notes.push(`Gate: ${gate.description}.`)
    if (!gate.passed) failures.push(`Too many users failed to import: ${gate.description}.`)
  }
  outcome.failure = failures[0]
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
  if (job.status !== 'completed' && job.status !== 'failed' && job.status !== 'expired') {
    outcome.notes.push(`${job.id} is still ${job.status}; its error list may grow.`)
  }
}

export function sumSummaries(jobs: Job[]): ImportSummary | undefined {
  const summaries = jobs.flatMap((job) => (job.summary ? [job.summary] : []))
  return summaries.length === 0 ? undefined : summaries.reduce(addSummaries, EMPTY_SUMMARY)
}
