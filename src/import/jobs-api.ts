import type { ImportRequest } from '../auth0/import-form.js'
import type { Job, JobErrors } from '../auth0/job.js'
import type { ImportSubmission } from '../auth0/management-api.js'
import type { JobLedger } from '../results/ledger.js'
import type { Clock } from '../runtime/clock.js'
import type { Deadline } from '../runtime/deadline.js'
import type { Logger } from '../runtime/logger.js'

export type { ImportSubmission }

/** What the import engine needs of the Management API (ManagementApi in the action, fakes in tests). */
export interface JobsApi {
  createImport(request: ImportRequest): Promise<ImportSubmission>
  getJob(id: string): Promise<Job>
  getJobErrors(id: string): Promise<JobErrors>
}

/** The ports the engine works through. */
export interface EngineContext {
  api: JobsApi
  clock: Clock
  deadline: Deadline
  logger: Logger
  /** Every job seen, in its last known state. */
  ledger: JobLedger
  /** Where files the step produces go ($RUNNER_TEMP, else the OS temp folder). */
  runnerTemp: string
}
