import type { Job } from '../auth0/job.js'
import { planSummaryJson, verifySummaryJson } from '../plan/render.js'
import { errorCountOf, jobIdsOf, type OperationResult, statusOf } from '../results/result.js'

/** The download link is a bearer secret for 60 s; it never leaves the process. */
export function withoutLocation(job: Job): Job {
  const { location: _location, ...rest } = job
  return rest
}

/** The step outputs (action.yml) for a result; absent keys are not set. */
export function stepOutputs(
  result: OperationResult,
  errorReportPath: string | undefined,
): Record<string, string> {
  const outputs: Record<string, string> = {}
  const jobs = result.jobs.map(withoutLocation)
  if (jobs.length > 0) {
    outputs.job_id = jobIdsOf(result).join(',')
    outputs.job = JSON.stringify(jobs.length === 1 ? jobs[0] : jobs)
  }
  const status = statusOf(result)
  if (status !== undefined) outputs.status = status
  if (result.summary) outputs.summary = JSON.stringify(result.summary)
  if (errorReportPath !== undefined) {
    outputs.error_report = errorReportPath
    outputs.error_count = String(errorCountOf(result.report))
  }
  if (result.exportFile !== undefined) outputs.export_file = result.exportFile
  if (result.failedUsersFile !== undefined) outputs.failed_users_file = result.failedUsersFile
  if (result.chunksRemaining !== undefined)
    outputs.chunks_remaining = String(result.chunksRemaining)
  if (result.plan) {
    outputs.plan_summary = planSummaryJson(result.plan)
    outputs.plan_file = result.plan.file
  }
  if (result.verify) outputs.verify_summary = verifySummaryJson(result.verify)
  return outputs
}
