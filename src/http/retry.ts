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
 * How long a 429 asks us to wait. Auth0 documents `X-RateLimit-Reset` (epoch seconds when the
 * bucket refills); `Retry-After` is honoured first because it is the more specific answer when a
 * proxy or Auth0 sends it. Without either, fall back to exponential backoff. A small random
 * extra spreads out clients that were all told the same reset second.
 */
export function rateLimitDelay(
  headers: Headers,
  attempt: number,
  nowEpochMs: number,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const spreadMs = Math.round(250 * random())
  const retryAfter = header(headers, 'retry-after')
  if (retryAfter !== undefined && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000) + spreadMs
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Math.max(0, date - nowEpochMs) + spreadMs
  }
  const reset = Number(header(headers, 'x-ratelimit-reset'))
  if (Number.isFinite(reset) && reset > 0) {
    // The reset is whole seconds; the bucket may refill up to a second before the number says.
    const untilReset = reset * 1000 - nowEpochMs
    if (untilReset <= policy.maxMs * 4) return Math.max(0, untilReset) + spreadMs
  }
  return backoffDelay(attempt, random, policy)
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
