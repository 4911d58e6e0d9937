import type { JobErrors } from '../auth0/job.js'
import type { ErrorReportEntry } from '../results/report-entry.js'
import { redactErrorMessages, redactUser } from '../users/redact.js'

/**
 * Turns one answer of GET /jobs/{id}/errors into report entries. Auth0 redacts some secrets
 * itself, but not reliably all of them, so every user is redacted again here.
 * `indexOf` maps a user back to its position in the input file when the caller knows the file.
 */
export function reportEntriesFromJobErrors(
  jobId: string,
  errors: JobErrors,
  indexOf: (user: Record<string, unknown>) => number | undefined = () => undefined,
): ErrorReportEntry[] {
  switch (errors.kind) {
    case 'none':
      return []
    case 'entries':
      return errors.entries.map((entry) => ({
        job_id: jobId,
        index: indexOf(entry.user) ?? null,
        user: redactUser(entry.user),
        errors: redactErrorMessages(entry.errors, [entry.user]),
      }))
    case 'job':
      return [
        {
          job_id: jobId,
          index: null,
          user: null,
          errors: [
            {
              code: 'JOB_FAILED',
              message: errors.job.status_details ?? `the job is ${errors.job.status}`,
            },
          ],
        },
      ]
  }
}
