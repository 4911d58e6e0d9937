import type { Readable } from 'node:stream'
import { type Dispatcher, request } from 'undici'
import type { Clock } from '../clock.js'
import type { Deadline } from '../deadline.js'
import { DeadlineError } from '../errors.js'
import type { Logger } from '../logger.js'
import {
  backoffDelay,
  describeConnectionError,
  type Headers,
  isConnectionError,
  rateLimitDelay,
  wasNeverSent,
} from './retry.js'

export interface HttpResponse {
  status: number
  headers: Headers
  /** The whole body as text: every Management API answer is a small JSON document. */
  text: string
}

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

const PER_ATTEMPT_TIMEOUT_MS = 60_000

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
    if (wait <= 0) return
    this.stats.pacedWaits++
    bucket.remaining = 1
    await this.#deps.deadline.sleep(
      wait + Math.round(100 * this.#deps.random()),
      `waiting for Auth0's rate limit to reset before ${options.label}`,
    )
  }

  #remember(url: string, headers: Headers): void {
    const remaining = Number(firstHeader(headers, 'x-ratelimit-remaining'))
    const reset = Number(firstHeader(headers, 'x-ratelimit-reset'))
    if (!Number.isFinite(remaining) || !Number.isFinite(reset)) return
    this.#buckets.set(bucketOf(url), { remaining, resetAtEpochMs: reset * 1000 })
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

  async #attempt(options: SendOptions): Promise<HttpResponse> {
    const { dispatcher, deadline } = this.#deps
    const made = await options.body?.()
    const { body, headers: bodyHeaders } =
      made === undefined || isBody(made) ? { body: made, headers: {} } : made
    const timeoutMs = Math.min(PER_ATTEMPT_TIMEOUT_MS, deadline.remainingMs())
    const signal = AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs)))
    this.stats.requests++
    try {
      const response = await request(options.url, {
        method: options.method,
        headers: { 'user-agent': this.#deps.userAgent, ...options.headers, ...bodyHeaders },
        body,
        dispatcher,
        signal,
      })
      const text = await response.body.text()
      this.#remember(options.url, response.headers)
      return { status: response.statusCode, headers: response.headers, text }
    } catch (error) {
      if (signal.aborted) {
        if (deadline.expired()) {
          throw new DeadlineError(`The timeout ran out while waiting for ${options.label}.`)
        }
        throw Object.assign(new Error(`no answer within ${seconds(timeoutMs)}`), {
          code: 'UND_ERR_HEADERS_TIMEOUT',
        })
      }
      throw error
    }
  }
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
