/**
 * How a set of jobs ended, in one place for every operation: which statuses are final, which is
 * the worst, which jobs fail the step, and the `max_failed_users` gate.
 */
import type { Job } from '../auth0/job.js'
import type { FailureThreshold } from '../inputs/settings.js'

/** A job in one of these states never changes again. */
const FINAL_STATUSES: readonly string[] = ['completed', 'failed', 'expired']

export function isFinal(status: string): boolean {
  return FINAL_STATUSES.includes(status)
}

/** From worst to best: the `status` output of several jobs is the worst of theirs (action.yml). */
const STATUS_RANK = ['failed', 'expired', 'processing', 'pending', 'completed']
/** An unknown status is treated as not finished: between processing and pending. */
const UNKNOWN_RANK = 2.5

function rankOf(status: string): number {
  const rank = STATUS_RANK.indexOf(status)
  return rank === -1 ? UNKNOWN_RANK : rank
}

export function worstStatus(statuses: readonly string[]): string | undefined {
  let worst: string | undefined
  for (const status of statuses) {
    if (worst === undefined || rankOf(status) < rankOf(worst)) worst = status
  }
  return worst
}

/** Jobs that ended `failed` or `expired` fail the step; one sentence each, saying what to do. */
export function jobFailures(jobs: readonly Job[]): string[] {
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

export interface GateVerdict {
  passed: boolean
  /** The most failed users the threshold allows for this many users. */
  allowed: number
  description: string
}

/**
 * `max_failed_users`: the step fails when MORE users than allowed failed. A percentage is of the
 * users looked at (the users in the file, or the job's total), so 1% of 150 users allows 1.
 */
export function applyGate(threshold: FailureThreshold, failed: number, total: number): GateVerdict {
  if (threshold.kind === 'count') {
    return {
      passed: failed <= threshold.max,
      allowed: threshold.max,
      description: `${failed} of ${total} users failed; max_failed_users allows ${threshold.max}`,
    }
  }
  // Compare in hundredths of a percent as integers, so 2.55% of 1000 is not lost to rounding.
  const basisPoints = Math.round(threshold.max * 100)
  const passed = failed * 10_000 <= basisPoints * total
  const allowed = Math.floor((basisPoints * total) / 10_000)
  return {
    passed,
    allowed,
    description: `${failed} of ${total} users failed; max_failed_users ${threshold.max}% allows ${allowed}`,
  }
}

/** The gate an operation asks for: its users, and how it words a failed gate. */
export interface GateRequest {
  threshold: FailureThreshold
  failed: number
  /** The users looked at (a percentage threshold is of these). */
  total: number
  /** The step's error when the gate fails, given the gate's description. */
  tooMany: (description: string) => string
}

export interface Verdict {
  /** Why the step fails, when it does: the first failed or expired job, else a failed gate. */
  failure: string | undefined
  /** Whether a job ended failed or expired. */
  jobFailed: boolean
  gate: GateVerdict | undefined
}

/** The verdict on finished jobs and, when asked, the gate over their failed users. */
export function verdictOf(jobs: readonly Job[], gateRequest?: GateRequest): Verdict {
  const failures = jobFailures(jobs)
  const jobFailed = failures.length > 0
  const gate = gateRequest
    ? applyGate(gateRequest.threshold, gateRequest.failed, gateRequest.total)
    : undefined
  if (gate && !gate.passed && gateRequest) failures.push(gateRequest.tooMany(gate.description))
  return { failure: failures[0], jobFailed, gate }
}
