import type { Dispatcher } from 'undici'
import type { ManagementApi } from '../auth0/management-api.js'
import type { JobTracker } from '../jobs/tracker.js'
import type { JobLedger } from '../results/ledger.js'
import type { Clock } from '../runtime/clock.js'
import type { Deadline } from '../runtime/deadline.js'
import type { Logger } from '../runtime/logger.js'

/** What every operation works with; main.ts builds it once per step. */
export interface OperationContext {
  api: ManagementApi
  clock: Clock
  deadline: Deadline
  logger: Logger
  /** Every job seen, in its last known state (what a timeout still reports). */
  ledger: JobLedger
  /** A tracker whose every sighting of a job lands in the ledger. */
  newTracker(): JobTracker
  /** Where files the step produces go ($RUNNER_TEMP, else the OS temp folder). */
  runnerTemp: string
  /** For downloads outside the Management API (the export link). */
  dispatcher: Dispatcher
}

/** Bounds the error report in memory; the rest is counted, not kept. */
export const REPORT_ENTRY_LIMIT = 100_000
