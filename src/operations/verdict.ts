import type { Job } from '../auth0/job.js'

/** Jobs that ended `failed` or `expired` fail the step; one sentence each, saying what to do. */
export function judgeJobs(jobs: Job[]): string[] {
  const failures: string[] = []
  for (const job of jobs) {
    if (job.status === 'failed') {
      const details = job.status_details ? `: ${job.status_details}` : ''
      failures.push(
        `Job ${job.id} failed${details}. See the error report, or run operation: get-job-errors with job_id: ${job.id}.`,
      )
    } else if (job.status === 'expired') {
      failures.push(
        `Job ${job.id} expired: Auth0 no longer holds its results (jobs expire hours after creation). Run the operation again.`,
      )
    }
  }
  return failures
}
