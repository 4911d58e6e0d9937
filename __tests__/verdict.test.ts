import { describe, expect, it } from 'vitest'
import type { Job } from '../src/auth0/job.js'
import { applyGate, isFinal, verdictOf, worstStatus } from '../src/results/verdict.js'

describe('applyGate', () => {
  it.each([
    [0, 0, 100, true],
    [0, 1, 100, false],
    [5, 5, 100, true],
    [5, 6, 100, false],
  ])('count %i: %i failed of %i passes=%s', (max, failed, total, passed) => {
    expect(applyGate({ kind: 'count', max }, failed, total).passed).toBe(passed)
  })

  it.each([
    // 1% of 150 users is 1.5: one failure passes, two do not.
    [1, 1, 150, true, 1],
    [1, 2, 150, false, 1],
    [10, 10, 100, true, 10],
    [10, 11, 100, false, 10],
    [0, 0, 100, true, 0],
    [0, 1, 100, false, 0],
    [100, 100, 100, true, 100],
    // 2.55% of 1000 is 25.5: decimals are not rounded away.
    [2.55, 25, 1000, true, 25],
    [2.55, 26, 1000, false, 25],
  ])('percent %f: %i failed of %i passes=%s', (max, failed, total, passed, allowed) => {
    const verdict = applyGate({ kind: 'percent', max }, failed, total)
    expect(verdict.passed).toBe(passed)
    expect(verdict.allowed).toBe(allowed)
    expect(verdict.description).toContain(`${failed} of ${total}`)
  })
})

const job = (id: string, status: string, details?: string): Job => ({
  id,
  type: 'users_import',
  status,
  ...(details ? { status_details: details } : {}),
})

describe('statuses', () => {
  it('completed, failed and expired are final; pending, processing and unknown ones are not', () => {
    expect(['completed', 'failed', 'expired'].every(isFinal)).toBe(true)
    expect(['pending', 'processing', 'queued', ''].some(isFinal)).toBe(false)
  })

  it.each([
    [['completed', 'failed', 'pending'], 'failed'],
    [['completed', 'expired'], 'expired'],
    [['pending', 'processing', 'completed'], 'processing'],
    // Unknown: not finished, between processing and pending.
    [['pending', 'queued', 'completed'], 'queued'],
    [['queued', 'processing'], 'processing'],
    [['completed'], 'completed'],
    [[], undefined],
  ])('the worst of %j is %s', (statuses, worst) => {
    expect(worstStatus(statuses)).toBe(worst)
  })
})

describe('verdictOf', () => {
  const gate = (failed: number, max: number) => ({
    threshold: { kind: 'count' as const, max },
    failed,
    total: 10,
    tooMany: (description: string) => `Too many: ${description}.`,
  })

  it('a failed job decides before the gate, naming the job and how to read its errors', () => {
    const verdict = verdictOf(
      [job('job_a', 'completed'), job('job_b', 'failed', 'bad file')],
      gate(5, 0),
    )
    expect(verdict.jobFailed).toBe(true)
    expect(verdict.failure).toBe(
      'Job job_b failed: bad file. See the error report, or run operation: get-job-errors with job_id: job_b.',
    )
    expect(verdict.gate?.passed).toBe(false)
  })

  it('an expired job fails the step; completed jobs within the gate pass', () => {
    expect(verdictOf([job('job_c', 'expired')]).failure).toContain('Job job_c expired')
    const passed = verdictOf([job('job_a', 'completed')], gate(2, 2))
    expect(passed).toEqual({
      failure: undefined,
      jobFailed: false,
      gate: {
        passed: true,
        allowed: 2,
        description: '2 of 10 users failed; max_failed_users allows 2',
      },
    })
  })

  it('a failed gate fails the step in the words the operation gives', () => {
    expect(verdictOf([job('job_a', 'completed')], gate(3, 2)).failure).toBe(
      'Too many: 3 of 10 users failed; max_failed_users allows 2.',
    )
  })
})
