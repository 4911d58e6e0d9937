import { describe, expect, it } from 'vitest'
import { applyGate } from '../src/report/gate.js'

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
