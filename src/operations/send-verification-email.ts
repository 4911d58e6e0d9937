import type { Job } from '../auth0/job.js'
import { ApiError } from '../errors.js'
import type { ErrorReportEntry, Outcome } from '../outcome.js'
import { verdictOf } from '../results/verdict.js'
import type { VerificationEmailSettings } from '../settings.js'
import type { OperationContext } from './context.js'

/** The request body carries only the fields given, as the seed SDK sends it. */
export function verificationEmailBody(
  settings: VerificationEmailSettings,
  userId: string,
): Record<string, unknown> {
  return {
    user_id: userId,
    ...(settings.emailClientId !== undefined ? { client_id: settings.emailClientId } : {}),
    ...(settings.identity !== undefined ? { identity: settings.identity } : {}),
    ...(settings.organizationId !== undefined ? { organization_id: settings.organizationId } : {}),
  }
}

/**
 * One job per user, in the order given. A user Auth0 refuses (400/404: no such user, no email)
 * counts as failed and the others go on; any other refusal (credentials, scope) stops the step.
 * The Transport paces requests by the rate-limit headers, so a long list does not run into 429s.
 */
export async function sendVerificationEmail(
  settings: VerificationEmailSettings,
  context: OperationContext,
  outcome: Outcome,
): Promise<void> {
  const tracker = context.newTracker()
  const indexOfJob = new Map<string, number>()
  const failures: ErrorReportEntry[] = []
  for (const [index, userId] of settings.userIds.entries()) {
    let job: Job
    try {
      job = await context.api.createVerificationEmail(verificationEmailBody(settings, userId))
    } catch (error) {
      if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 404))
        throw error
      context.logger.warning(`Verification email for ${userId}: ${error.message}`)
      failures.push(failure(null, index, userId, error.errorCode ?? 'REFUSED', error.message))
      continue
    }
    context.logger.info(`Verification email job ${job.id} created for ${userId}.`)
    indexOfJob.set(job.id, index)
    if (settings.wait) tracker.track(job)
    else outcome.update(job)
  }
  outcome.report = failures
  if (!settings.wait) return finish(settings, outcome, failures)
  for (let left = indexOfJob.size; left > 0; left--) {
    const job = await tracker.next()
    if (job.status === 'completed') continue
    const index = indexOfJob.get(job.id) ?? 0
    const details = job.status_details ?? `the job ended ${job.status}`
    failures.push(failure(job.id, index, settings.userIds[index] ?? '', 'JOB_FAILED', details))
  }
  failures.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
  finish(settings, outcome, failures)
}

function failure(
  jobId: string | null,
  index: number,
  userId: string,
  code: string,
  message: string,
): ErrorReportEntry {
  return { job_id: jobId, index, user: { user_id: userId }, errors: [{ code, message }] }
}

function finish(
  settings: VerificationEmailSettings,
  outcome: Outcome,
  failures: ErrorReportEntry[],
): void {
  const total = settings.userIds.length
  outcome.notes.push(`Verification emails: ${total - failures.length} of ${total} sent.`)
  const first = failures[0]
  const reason = first ? describeFailure(first) : 'see the jobs above'
  // Each job's end is counted in `failures`, so the gate alone decides.
  const { failure, gate } = verdictOf([], {
    threshold: settings.maxFailedUsers,
    failed: failures.length,
    total,
    tooMany: (description) =>
      total === 1
        ? reason
        : `Too many verification emails failed: ${description}. First: ${reason}`,
  })
  if (total > 1) outcome.notes.push(`Gate: ${gate?.description}.`)
  outcome.failure = failure
}

function describeFailure(entry: ErrorReportEntry): string {
  const message = entry.errors[0]?.message ?? 'no details'
  const userId = (entry.user as { user_id: string }).user_id
  return entry.job_id
    ? `Job ${entry.job_id} failed: ${message} (verification email for ${userId}).`
    : `Auth0 refused the verification email for ${userId}: ${message}`
}
