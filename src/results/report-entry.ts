import type { UserError } from '../auth0/job.js'

/** One entry of the error report file (`error_report` in action.yml), and of the resume record. */
export interface ErrorReportEntry {
  job_id: string | null
  /** The user's position in the input file, when known. */
  index: number | null
  /** The user as submitted, with password hashes, salts and MFA secrets redacted. */
  user: unknown
  errors: UserError[]
}
