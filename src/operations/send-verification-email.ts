import type { Job } from '../auth0/job.js'
import type { VerificationEmailSettings } from '../inputs/settings.js'
import { ResultBuilder } from '../results/builder.js'
import type { ErrorReportEntry, OperationResult } from '../results/result.js'
import { verdictOf } from '../results/verdict.js'
import { ApiError } from '../runtime/errors.js'
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
): Promise<OperationResult> {
  const result = new ResultBuilder('send-verification-email', context.ledger)
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
    else context.ledger.see(job)
  }
  // One entry per user: the list is as long as the users given, so it is not capped.
  const uncapped = Number.POSITIVE_INFINITY
  result.addReportEntries(failures, uncapped)
  if (!settings.wait) return finish(settings, result, failures)
  for (let left = indexOfJob.size; left > 0; left--) {
    const job = await tracker.next()
    if (job.status === 'completed') continue
    const index = indexOfJob.get(job.id) ?? 0
    const details = job.status_details ?? `the job ended ${job.status}`
    const entry = failure(job.id, index, settings.userIds[index] ?? '', 'JOB_FAILED', details)
    failures.push(entry)
    result.addReportEntries([entry], uncapped)
  }
  const byIndex = (a: ErrorReportEntry, b: ErrorReportEntry) => (a.index ?? 0) - (b.index ?? 0)
  failures.sort(byIndex)
  result.sortReport(byIndex)
  return finish(settings, result, failures)
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
  result: ResultBuilder,
  failures: ErrorReportEntry[],
): OperationResult {
  const total = settings.userIds.length
  result.notes.push(`Verification emails: ${total - failures.length} of ${total} sent.`)
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
  if (total > 1) result.notes.push(`Gate: ${gate?.description}.`)
  result.failure = failure
  return result.build()
}

function describeFailure(entry: ErrorReportEntry): string {
  const message = entry.errors[0]?.message ?? 'no details'
  const userId = (entry.user as { user_id: string }).user_id
  return entry.job_id
    ? `Job ${entry.job_id} failed: ${message} (verification email for ${userId}).`
    : `Auth0 refused the verification email for ${userId}: ${message}`
}
