import type { Job } from '../auth0/job.js'
import type { Outcome } from '../outcome.js'
import { planSummaryJson, verifySummaryJson } from '../plan/render.js'

/** The download link is a bearer secret for 60 s; it never leaves the process. */
export function withoutLocation(job: Job): Job {
  const { location: _location, ...rest } = job
  return rest
}

/** The step outputs (contract) for an outcome; absent keys are not set. */
export function stepOutputs(
  outcome: Outcome,
  errorReportPath: string | undefined,
): Record<string, string> {
  const outputs: Record<string, string> = {}
  const jobs = [...outcome.jobs.values()].map(withoutLocation)
  if (jobs.length > 0) {
    outputs.job_id = outcome.jobIds.join(',')
    outputs.job = JSON.stringify(jobs.length === 1 ? jobs[0] : jobs)
  }
  const status = outcome.status
  if (status !== undefined) outputs.status = status
  if (outcome.summary) outputs.summary = JSON.stringify(outcome.summary)
  if (errorReportPath !== undefined) {
    outputs.error_report = errorReportPath
    outputs.error_count = String(outcome.errorCount)
  }
  if (outcome.exportFile !== undefined) outputs.export_file = outcome.exportFile
  if (outcome.failedUsersFile !== undefined) outputs.failed_users_file = outcome.failedUsersFile
  if (outcome.chunksRemaining !== undefined)
    outputs.chunks_remaining = String(outcome.chunksRemaining)
  if (outcome.plan) {
    outputs.plan_summary = planSummaryJson(outcome.plan)
    outputs.plan_file = outcome.plan.file
  }
  if (outcome.verify) outputs.verify_summary = verifySummaryJson(outcome.verify)
  return outputs
}
