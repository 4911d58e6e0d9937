import type { FailureThreshold } from '../settings.js'

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
