import type { Settings } from '../inputs/settings.js'
import type { OperationResult } from '../results/result.js'
import type { OperationContext } from './context.js'

/**
 * Each operation is loaded when it runs: the import's validator (ajv and the schema) and the
 * multipart and gzip code are not needed to read a job, and loading them would slow every start.
 */
export async function runOperation(
  settings: Settings,
  context: OperationContext,
): Promise<OperationResult> {
  switch (settings.operation) {
    case 'import-users': {
      const { importUsers } = await import('./import-users.js')
      // The ManagementApi is also the plan's and verify's port to the users endpoints.
      return importUsers(settings, { ...context, usersApi: context.api })
    }
    case 'export-users': {
      const { exportUsers } = await import('./export-users.js')
      return exportUsers(settings, context)
    }
    case 'send-verification-email': {
      const { sendVerificationEmail } = await import('./send-verification-email.js')
      return sendVerificationEmail(settings, context)
    }
    case 'get-job': {
      const { getJobs } = await import('./get-job.js')
      return getJobs(settings, context)
    }
    case 'get-job-errors': {
      const { getJobErrors } = await import('./get-job.js')
      return getJobErrors(settings, context)
    }
  }
}
