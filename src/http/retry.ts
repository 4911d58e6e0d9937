/**
 * When to try a request again, and how long to wait first. Pure: headers, attempt number, the
 * current epoch time and a random source go in, a delay comes out.
 */

export interface BackoffPolicy {
  baseMs: number
  maxMs: number
  /** Fraction of the delay added or removed at random, so parallel clients do not align. */
  jitter: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 30_000, jitter: 0.2 }

type HeaderValue = string | string[] | undefined
export type Headers = Record<string, HeaderValue>

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}

/** Exponential backoff for 5xx and broken connections: base·2^attempt, capped, with jitter. */
export function backoffDelay(
  attempt: number,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const raw = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt)
  const spread = raw * policy.jitter
  return Math.max(0, Math.round(raw - spread + 2 * spread * random()))
}

/**
 * Rate-limit headers come from the server (or a proxy) and are checked before they are obeyed.
 * Auth0's buckets refill within seconds or minutes, so a wait asked for beyond a
 * day is absurd: with it, as with a reset already past or a value that does not parse, the answer
 * says nothing usable and a bounded backoff with a floor takes its place. That keeps a bad header
 * from causing a storm of requests (a past reset) or an idle step (`Retry-After: 1e9`).
 */
export const RATE_LIMIT = {
  /** The shortest wait after a 429 whose headers are unusable. */
  floorMs: 500,
  /** A wait asked for beyond this is treated as unusable. */
  longestSaneWaitMs: 24 * 3_600_000,
  /** Pacing (waiting before a request because the bucket is empty) waits at most this long. */
  longestPaceMs: 60_000,
}

const WHOLE_SECONDS = /^\d{1,12}$/
/** IMF-fixdate, e.g. `Wed, 21 Oct 2015 07:28:00 GMT` (RFC 9110 §5.6.7). */
const HTTP_DATE = /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/

/** A wait in ms from a header, or undefined when it is past or absurd. */
function saneWait(ms: number): number | undefined {
  return ms >= 0 && ms <= RATE_LIMIT.longestSaneWaitMs ? ms : undefined
}

/** `Retry-After`: whole seconds or an HTTP date; 0 means "now". */
function retryAfterMs(value: string | undefined, nowEpochMs: number): number | undefined {
  const text = value?.trim() ?? ''
  if (WHOLE_SECONDS.test(text)) return saneWait(Number(text) * 1000)
  if (HTTP_DATE.test(text)) return saneWait(Math.max(0, Date.parse(text) - nowEpochMs))
  return undefined
}

/**
 * `X-RateLimit-Reset`: UNIX epoch seconds when the bucket refills. Whole seconds
 * may round the moment down, so a reset less than a second ago means "now"; an older one is past.
 */
export function resetWaitMs(value: string | undefined, nowEpochMs: number): number | undefined {
  const text = value?.trim() ?? ''
  if (!WHOLE_SECONDS.test(text)) return undefined
  const untilReset = Number(text) * 1000 - nowEpochMs
  return untilReset <= -1000 ? undefined : saneWait(Math.max(0, untilReset))
}

/**
 * How long a 429 asks us to wait. Auth0 documents `X-RateLimit-Reset`; `Retry-After` is honoured
 * first because it is the more specific answer when a proxy or Auth0 sends it. A small random
 * extra spreads out clients that were all told the same reset second, and from the second 429 in
 * a row the wait is at least the backoff of the attempt before, so a server that keeps saying
 * "now" cannot make a storm. Without a usable header: exponential backoff, never below the floor.
 */
export function rateLimitDelay(
  headers: Headers,
  attempt: number,
  nowEpochMs: number,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const asked =
    retryAfterMs(header(headers, 'retry-after'), nowEpochMs) ??
    resetWaitMs(header(headers, 'x-ratelimit-reset'), nowEpochMs)
  if (asked !== undefined) {
    const growing = attempt === 0 ? 0 : backoffDelay(attempt - 1, random, policy)
    return Math.max(asked + Math.round(250 * random()), growing)
  }
  return Math.max(RATE_LIMIT.floorMs, backoffDelay(attempt, random, policy))
}

/**
 * Errors from undici that mean the request never reached the server whole, so no job can exist.
 * EPIPE: a write failed because the server had closed the connection, so the request was cut.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CONNECT',
])

/** Errors that mean the connection broke; the request may or may not have been processed. */
const CONNECTION_CODES = new Set([
  ...NOT_SENT_CODES,
  'ECONNRESET',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
])

function errorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

export function isConnectionError(error: unknown): boolean {
  const code = errorCode(error)
  return code !== undefined && CONNECTION_CODES.has(code)
}

export function wasNeverSent(error: unknown): boolean {
  const code = errorCode(error)
  return code !== undefined && NOT_SENT_CODES.has(code)
}

export function describeConnectionError(error: unknown): string {
  const code = errorCode(error)
  const message = error instanceof Error ? error.message : String(error)
  return code && !message.includes(code) ? `${message} (${code})` : message
}
