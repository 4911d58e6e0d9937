import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import type { Clock } from '../runtime/clock.js'
import type { Deadline } from '../runtime/deadline.js'
import { DeadlineError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import {
  backoffDelay,
  describeConnectionError,
  type Headers,
  isConnectionError,
  RATE_LIMIT,
  rateLimitDelay,
  resetWaitMs,
  wasNeverSent,
} from './retry.js'
import { request } from './undici.js'

export interface HttpResponse {
  status: number
  headers: Headers
  /**
   * The body as text, at most JSON_ANSWER_LIMIT_BYTES: every Management API answer is a small
   * JSON document. Empty when `readBody` read a 2xx body instead.
   */
  text: string
  /** What `readBody` made of a 2xx body. */
  value?: unknown
}

/** No real answer of the token endpoint or the jobs API comes near this (a job is about 1 KB). */
export const JSON_ANSWER_LIMIT_BYTES = 4 << 20

type Body = string | Buffer | Readable

export interface SendOptions {
  method: 'GET' | 'POST'
  url: string
  /** Human name of the request for log lines and errors, e.g. `GET job job_123`. */
  label: string
  headers?: Record<string, string>
  /** Called for every attempt, so a streamed body is fresh each time. */
  body?: () => Body | Promise<{ body: Body; headers: Record<string, string> }>
  /**
   * `any-failure`: reading, or writing something harmless to repeat: retry 429, 5xx and broken
   * connections. `only-if-not-received`: a request that creates something (a job): retry only
   * when the server cannot have acted on it (429, 503, or a connection that never opened or broke
   * while the request was being written), so one users file never becomes two jobs.
   */
  retry: 'any-failure' | 'only-if-not-received'
  /** Answers returned to the caller as they are, even if they would otherwise be retried. */
  returnAsIs?: (response: HttpResponse) => boolean
  /** Reads a 2xx body instead of the capped text (a list too long to hold whole); see `value`. */
  readBody?: (body: AsyncIterable<Uint8Array>) => Promise<unknown>
}

export interface TransportStats {
  requests: number
  rateLimited: number
  retries: number
  /** Waits taken before sending because the rate-limit headers said the bucket was empty. */
  pacedWaits: number
}

/** What the last answer's rate-limit headers said about one bucket (Auth0 keeps several). */
interface Bucket {
  remaining: number
  resetAtEpochMs: number
}

export interface TransportDeps {
  dispatcher: Dispatcher
  clock: Clock
  deadline: Deadline
  logger: Logger
  random?: () => number
  epochNow?: () => number
  userAgent?: string
}

/** One attempt gets this long for its answer; a dead connection then counts as broken. */
const PER_ATTEMPT_TIMEOUT_MS = 60_000
/** The longest silence inside a body before the attempt counts as broken. */
const BODY_STALL_MS = 30_000

/** Sends one logical request, retrying what may be retried, within the step's deadline. */
export class Transport {
  readonly stats: TransportStats = { requests: 0, rateLimited: 0, retries: 0, pacedWaits: 0 }
  readonly #buckets = new Map<string, Bucket>()
  readonly #deps: Required<TransportDeps>

  constructor(deps: TransportDeps) {
    this.#deps = {
      random: Math.random,
      epochNow: Date.now,
      userAgent: 'auth0-jobs-action',
      ...deps,
    }
  }

  async send(options: SendOptions): Promise<HttpResponse> {
    const { deadline, logger } = this.#deps
    for (let attempt = 0; ; attempt++) {
      if (deadline.expired()) {
        throw new DeadlineError(`The timeout ran out before ${options.label} could be sent.`)
      }
      await this.#pace(options)
      let response: HttpResponse
      try {
        response = await this.#attempt(options)
      } catch (error) {
        if (error instanceof DeadlineError) throw error
        if (deadline.cancelled && options.retry === 'any-failure') throw error
        const retryable =
          options.retry === 'any-failure' ? isConnectionError(error) : wasNeverSent(error)
        if (!retryable) throw connectionFailure(options, error)
        const delay = backoffDelay(attempt, this.#deps.random)
        logger.info(
          `${options.label}: ${describeConnectionError(error)}; retrying in ${seconds(delay)}.`,
        )
        this.stats.retries++
        await deadline.sleep(delay, `retrying ${options.label} after a connection error`)
        continue
      }
      if (options.returnAsIs?.(response)) return response
      const delay = this.#retryDelay(options, response, attempt)
      if (delay === undefined) return response
      this.stats.retries++
      logger.info(`${options.label}: HTTP ${response.status}; retrying in ${seconds(delay)}.`)
      await deadline.sleep(
        delay,
        response.status === 429
          ? `waiting out Auth0's rate limit for ${options.label}`
          : `retrying ${options.label} after HTTP ${response.status}`,
      )
    }
  }

  /**
   * When the last answer said the bucket is empty, wait for its reset instead of spending a
   * request on a certain 429: the tenant's limit is shared with everything else the team runs.
   */
  async #pace(options: SendOptions): Promise<void> {
    const bucket = this.#buckets.get(bucketOf(options.url))
    if (!bucket || bucket.remaining > 0) return
    const wait = bucket.resetAtEpochMs - this.#deps.epochNow()
    // A reset past, or absurdly far ahead, says nothing: send, and let a 429 say how long.
    if (wait <= 0 || wait > RATE_LIMIT.longestPaceMs) return
    this.stats.pacedWaits++
    bucket.remaining = 1
    await this.#deps.deadline.sleep(
      wait + Math.round(100 * this.#deps.random()),
      `waiting for Auth0's rate limit to reset before ${options.label}`,
    )
  }

  #remember(url: string, headers: Headers): void {
    const remaining = Number(firstHeader(headers, 'x-ratelimit-remaining'))
    const wait = resetWaitMs(firstHeader(headers, 'x-ratelimit-reset'), this.#deps.epochNow())
    if (!Number.isFinite(remaining) || wait === undefined) return
    this.#buckets.set(bucketOf(url), { remaining, resetAtEpochMs: this.#deps.epochNow() + wait })
  }

  #retryDelay(options: SendOptions, response: HttpResponse, attempt: number): number | undefined {
    if (response.status === 429) {
      this.stats.rateLimited++
      return rateLimitDelay(response.headers, attempt, this.#deps.epochNow(), this.#deps.random)
    }
    // A 503 says the server did not handle the request: safe to send again even when it creates.
    if (response.status >= 500 && (options.retry === 'any-failure' || response.status === 503)) {
      return backoffDelay(attempt, this.#deps.random)
    }
    return undefined
  }

  /**
   * One attempt, bounded three ways: the step's deadline and its cancellation (each thrown as
   * it is), and a per-attempt limit with a per-request body-stall limit (thrown as a broken
   * connection, which the caller may retry). The limits are per request, so they hold whatever
   * dispatcher main.ts builds.
   */
  async #attempt(options: SendOptions): Promise<HttpResponse> {
    const { dispatcher, deadline } = this.#deps
    const made = await options.body?.()
    const { body, headers: bodyHeaders } =
      made === undefined || isBody(made) ? { body: made, headers: {} } : made
    // A job-creating request cut off by a cancellation may have created the job; it is left to
    // run, and main.ts closes the connections 3 s after the signal (then it is in doubt).
    const step = deadline.bound(`waiting for ${options.label}`, options.retry === 'any-failure')
    const attempt = AbortSignal.timeout(PER_ATTEMPT_TIMEOUT_MS)
    this.stats.requests++
    try {
      const response = await request(options.url, {
        method: options.method,
        headers: { 'user-agent': this.#deps.userAgent, ...options.headers, ...bodyHeaders },
        body,
        dispatcher,
        signal: AbortSignal.any([step.signal, attempt]),
        headersTimeout: PER_ATTEMPT_TIMEOUT_MS,
        bodyTimeout: BODY_STALL_MS,
      })
      const ok = response.statusCode >= 200 && response.statusCode < 300
      const read = ok ? options.readBody : undefined
      const value = read ? await read(response.body) : undefined
      const text = read ? '' : await readCapped(response.body)
      this.#remember(options.url, response.headers)
      return { status: response.statusCode, headers: response.headers, text, value }
    } catch (error) {
      if (step.signal.aborted) throw step.signal.reason
      if (attempt.aborted) {
        throw Object.assign(new Error(`no answer within ${seconds(PER_ATTEMPT_TIMEOUT_MS)}`), {
          code: 'UND_ERR_HEADERS_TIMEOUT',
        })
      }
      throw error
    } finally {
      step.done()
    }
  }
}

/** The body as text, refused (and the connection dropped) once it passes the JSON limit. */
async function readCapped(body: Dispatcher.ResponseData['body']): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    size += chunk.length
    if (size > JSON_ANSWER_LIMIT_BYTES) {
      body.destroy()
      throw new Error(
        `the answer is larger than ${JSON_ANSWER_LIMIT_BYTES >> 20} MiB, far more than any real Auth0 answer, so it was not read`,
      )
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The Authentication API (/oauth/token) and the Management API are limited separately. */
function bucketOf(url: string): string {
  return new URL(url).pathname.startsWith('/api/') ? 'management' : 'authentication'
}

function firstHeader(headers: Headers, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

function isBody(value: unknown): value is Body {
  return typeof value === 'string' || Buffer.isBuffer(value) || 'pipe' in (value as object)
}

function connectionFailure(options: SendOptions, error: unknown): Error {
  const detail = describeConnectionError(error)
  if (options.retry === 'only-if-not-received' && isConnectionError(error)) {
    return new Error(
      `${options.label} failed after it was sent (${detail}). Auth0 may have created the job anyway, ` +
        'so it was not sent again; check the tenant logs before re-running.',
    )
  }
  return new Error(`${options.label} failed: ${detail}`)
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
