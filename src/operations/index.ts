import type { Outcome } from '../outcome.js'
import type { Settings } from '../settings.js'
import type { OperationContext } from './context.js'
import { exportUsers } from './export-users.js'
import { getJobErrors, getJobs } from './get-job.js'
import { importUsers } from './import-users.js'
import { sendVerificationEmail } from './send-verification-email.js'

export async function runOperation(
  settings: Settings,
  context: OperationContext,
  outcome: Outcome,
): Promise<void> {
  switch (settings.operation) {
    case 'import-users':
      return importUsers(settings, context, outcome)
    case 'export-users':
      return exportUsers(settings, context, outcome)
    case 'send-verification-email':
      return sendVerificationEmail(settings, context, outcome)
    case 'get-job':
      return getJobs(settings, context, outcome)
    case 'get-job-errors':
      return getJobErrors(settings, context, outcome)
  }
}
