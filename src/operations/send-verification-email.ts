import type { Outcome } from '../outcome.js'
import type { VerificationEmailSettings } from '../settings.js'
import type { OperationContext } from './context.js'
import { judgeJobs } from './verdict.js'

/** The request body carries only the fields given, as the seed SDK sends it. */
export function verificationEmailBody(
  settings: VerificationEmailSettings,
): Record<string, unknown> {
  return {
    user_id: settings.userId,
    ...(settings.emailClientId !== undefined ? { client_id: settings.emailClientId } : {}),
    ...(settings.identity !== undefined ? { identity: settings.identity } : {}),
    ...(settings.organizationId !== undefined ? { organization_id: settings.organizationId } : {}),
  }
}

export async function sendVerificationEmail(
  settings: VerificationEmailSettings,
  context: OperationContext,
  outcome: Outcome,
): Promise<void> {
  const job = await context.api.createVerificationEmail(verificationEmailBody(settings))
  context.logger.info(`Verification email job ${job.id} created for ${settings.userId}.`)
  outcome.update(job)
  if (!settings.wait) return
  const tracker = context.newTracker()
  tracker.track(job)
  await tracker.next()
  outcome.failure = judgeJobs([...outcome.jobs.values()])[0]
}
