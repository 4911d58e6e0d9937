import { describe, expect, it } from 'vitest'
import { backoffDelay, isConnectionError, rateLimitDelay, wasNeverSent } from '../src/http/retry.js'

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0)
const noJitter = () => 0.5
const policy = { baseMs: 500, maxMs: 30_000, jitter: 0.2 }

describe('backoffDelay', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, noJitter, policy))).toEqual([
      500, 1000, 2000, 4000, 30_000,
    ])
  })

  it('spreads delays by the jitter fraction either way', () => {
    expect(backoffDelay(2, () => 0, policy)).toBe(1600)
    expect(backoffDelay(2, () => 1, policy)).toBe(2400)
  })
})

describe('rateLimitDelay', () => {
  it('waits until X-RateLimit-Reset (epoch seconds), plus a small spread', () => {
    const reset = String(NOW / 1000 + 3)
    expect(rateLimitDelay({ 'x-ratelimit-reset': reset }, 0, NOW, () => 0)).toBe(3000)
    expect(rateLimitDelay({ 'x-ratelimit-reset': reset }, 0, NOW, () => 1)).toBe(3250)
  })

  it('prefers Retry-After in seconds or as an HTTP date', () => {
    const headers = { 'retry-after': '2', 'x-ratelimit-reset': String(NOW / 1000 + 30) }
    expect(rateLimitDelay(headers, 0, NOW, () => 0)).toBe(2000)
    const date = new Date(NOW + 5000).toUTCString()
    expect(rateLimitDelay({ 'retry-after': date }, 0, NOW, () => 0)).toBe(5000)
  })

  it('backs off with a floor for a reset already past, instead of hammering', () => {
    expect(rateLimitDelay({ 'x-ratelimit-reset': String(NOW / 1000 - 5) }, 0, NOW, () => 0)).toBe(
      500,
    )
    // Less than a second ago is whole-second rounding: the bucket refills now.
    expect(rateLimitDelay({ 'x-ratelimit-reset': String(NOW / 1000) }, 0, NOW + 400, () => 0)).toBe(
      0,
    )
  })

  it('never lets "retry now" answered again and again become a storm', () => {
    const delays = [0, 1, 2, 3].map((attempt) =>
      rateLimitDelay({ 'retry-after': '0' }, attempt, NOW, noJitter, policy),
    )
    expect(delays).toEqual([125, 500, 1000, 2000])
  })

  it('treats Retry-After that is not whole seconds, or beyond a day, as unusable', () => {
    for (const value of ['1e9', '2592000', '-1', '1.5', 'soon', '86401']) {
      expect(rateLimitDelay({ 'retry-after': value }, 1, NOW, noJitter, policy)).toBe(1000)
    }
    expect(rateLimitDelay({ 'retry-after': '86400' }, 0, NOW, () => 0, policy)).toBe(86_400_000)
  })

  it('backs off exponentially without any header, and for nonsense headers', () => {
    expect(rateLimitDelay({}, 3, NOW, noJitter, policy)).toBe(4000)
    expect(rateLimitDelay({ 'x-ratelimit-reset': 'soon' }, 1, NOW, noJitter, policy)).toBe(1000)
  })
})

describe('connection errors', () => {
  it('tells a connection that never opened from one that broke after sending', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    const reset = new Error('other side closed', {
      cause: Object.assign(new Error('socket'), { code: 'UND_ERR_SOCKET' }),
    })
    expect(wasNeverSent(refused)).toBe(true)
    expect(isConnectionError(refused)).toBe(true)
    expect(wasNeverSent(reset)).toBe(false)
    expect(isConnectionError(reset)).toBe(true)
    expect(isConnectionError(new Error('boom'))).toBe(false)
  })
})
