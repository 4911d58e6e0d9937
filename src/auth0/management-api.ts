import { parseServerJson } from '../http/json.js'
import { readJsonArray, type StreamedJson } from '../http/json-array.js'
import type { HttpResponse, SendOptions, Transport } from '../http/transport.js'
import { ApiError, errorMessage } from '../runtime/errors.js'
import { apiError, auth0Message } from './api-errors.js'
import type { ImportRequest } from './import-form.js'
import { isJobId, type Job, type JobErrorEntry, type JobErrors } from './job.js'
import { parseJson, type TokenSource } from './tokens.js'

export type { ImportRequest } from './import-form.js'

/**
 * Auth0 runs at most two imports per tenant; a third is refused with this 429.
 * `in-doubt`: the request was sent and no answer says whether Auth0 created the job (a 500, 502
 * or 504, a connection that broke while Auth0 answered, a 2xx that is not a job), so it must not be
 * sent again (README, "How it behaves").
 */
export type ImportSubmission =
  | { kind: 'created'; job: Job }
  | { kind: 'slots-full'; message: string }
  | { kind: 'in-doubt'; reason: string }

const ACTIVE_IMPORTS = /active import users jobs/i

/**
 * What is kept of a job's error list. One job holds at most 512000 bytes of users, so a real
 * list is a few MB; anything beyond is counted and left out (the report says how many).
 */
export const ERROR_LIST_LIMITS = { items: 100_000, bytes: 16 << 20 }

/** The jobs endpoints of the Management API v2, typed. One instance per step. */
export class ManagementApi {
  constructor(
    private readonly origin: string,
    private readonly transport: Transport,
    private readonly tokens: TokenSource,
    /** Registers a secret with the runner; export download links are secrets (bearer URLs). */
    private readonly mask: (secret: string) => void,
  ) {}

  async getJob(id: string): Promise<Job> {
    const response = await this.#call({
      method: 'GET',
      path: `/api/v2/jobs/${encodeURIComponent(id)}`,
      label: `reading job ${id}`,
      retry: 'any-failure',
    })
    const job = expectJob(response, `reading job ${id}`)
    if (job.id !== id) {
      throw new ApiError(response.status, `Auth0 answered reading job ${id} with another job.`)
    }
    return this.#masked(job)
  }

  #masked(job: Job): Job {
    if (typeof job.location === 'string' && job.location !== '') this.mask(job.location)
    return job
  }

  /**
   * GET /jobs/{id}/errors: 200 array, 200 job object, or 204. The array is
   * streamed (http/json-array.ts): at most ERROR_LIST_LIMITS of it is kept, all of it counted.
   */
  async getJobErrors(id: string): Promise<JobErrors> {
    const label = `reading the errors of job ${id}`
    const response = await this.#call({
      method: 'GET',
      path: `/api/v2/jobs/${encodeURIComponent(id)}/errors`,
      label,
      retry: 'any-failure',
      readBody: (body) => readJsonArray(body, ERROR_LIST_LIMITS),
    })
    if (response.status < 200 || response.status >= 300) throw apiError(response, label)
    const read = response.value as StreamedJson | undefined
    if (read?.kind === 'array') {
      return { kind: 'entries', entries: read.items.map(toErrorEntry), total: read.total }
    }
    const text = read?.text ?? response.text
    if (response.status === 204 || text.trim() === '') return { kind: 'none' }
    if (response.status !== 200) throw apiError(response, label)
    const body = parseServerJson(text)
    if (isJob(body)) {
      checkJobId(body, 200, label)
      return { kind: 'job', job: body }
    }
    throw new ApiError(200, `Auth0 answered ${label} with an unexpected body.`)
  }

  async createImport(request: ImportRequest): Promise<ImportSubmission> {
    const label = 'submitting the users file'
    // True from the moment an attempt's body is made until an answer says it was not handled
    // (429, 503, 401: the transport or #call sends again); an error while true leaves a doubt.
    let maybeHandled = false
    let response: HttpResponse
    try {
      response = await this.#call({
        method: 'POST',
        path: '/api/v2/jobs/users-imports',
        label,
        retry: 'only-if-not-received',
        // form-data is loaded only by the operation that uploads.
        body: async () => {
          const form = (await import('./import-form.js')).importForm(request)
          maybeHandled = true
          return form
        },
        returnAsIs: (answer) => {
          if ([401, 429, 503].includes(answer.status)) maybeHandled = false
          return answer.status === 429 && ACTIVE_IMPORTS.test(answer.text)
        },
      })
    } catch (error) {
      if (maybeHandled && !(error instanceof ApiError)) {
        return { kind: 'in-doubt', reason: errorMessage(error) }
      }
      throw error
    }
    if (response.status === 429) {
      return { kind: 'slots-full', message: auth0Message(response) ?? 'too many active imports' }
    }
    if (response.status >= 500 || (response.status >= 200 && response.status < 300)) {
      const body = parseServerJson(response.text)
      // A job whose id is not Auth0's shape cannot be followed, yet Auth0 may have made one.
      if (response.status < 300 && isJob(body) && isJobId(body.id)) {
        return { kind: 'created', job: body }
      }
      const said = response.status < 300 ? 'an answer that is not a job' : `HTTP ${response.status}`
      return { kind: 'in-doubt', reason: `Auth0 answered ${label} with ${said}` }
    }
    throw apiError(response, label)
  }

  async createExport(body: Record<string, unknown>): Promise<Job> {
    return this.#postJson('/api/v2/jobs/users-exports', body, 'creating the export job')
  }

  async createVerificationEmail(body: Record<string, unknown>): Promise<Job> {
    return this.#postJson('/api/v2/jobs/verification-email', body, 'sending the verification email')
  }

  /** GET /users-by-email: every user of the tenant with exactly this email. */
  async usersByEmail(email: string): Promise<unknown[]> {
    const label = 'looking up users by email'
    const response = await this.#call({
      method: 'GET',
      path: `/api/v2/users-by-email?email=${encodeURIComponent(email)}`,
      label,
      retry: 'any-failure',
    })
    if (response.status !== 200) throw apiError(response, label)
    const body = parseJson(response.text)
    if (!Array.isArray(body)) throw new ApiError(200, `Auth0 answered ${label} without a list.`)
    return body
  }

  /** The connection's name (users carry it in `identities[].connection`), scope read:connections. */
  async connectionName(id: string): Promise<string> {
    const label = `reading connection ${id}`
    const response = await this.#call({
      method: 'GET',
      path: `/api/v2/connections/${encodeURIComponent(id)}`,
      label,
      retry: 'any-failure',
    })
    if (response.status !== 200) throw apiError(response, label)
    const name = (parseJson(response.text) as { name?: unknown } | undefined)?.name
    if (typeof name !== 'string') throw new ApiError(200, `Auth0 answered ${label} without a name.`)
    return name
  }

  async #postJson(path: string, body: Record<string, unknown>, label: string): Promise<Job> {
    const json = JSON.stringify(body)
    const response = await this.#call({
      method: 'POST',
      path,
      label,
      retry: 'only-if-not-received',
      headers: { 'content-type': 'application/json' },
      body: () => json,
    })
    return expectJob(response, label)
  }

  /** Adds the bearer token; after a 401, tries once more with a fresh token if one can be had. */
  async #call(
    options: Omit<SendOptions, 'url'> & { path: string; headers?: Record<string, string> },
  ): Promise<HttpResponse> {
    const url = `${this.origin}${options.path}`
    for (let attempt = 0; ; attempt++) {
      const token = await this.tokens.get()
      const response = await this.transport.send({
        ...options,
        url,
        headers: { ...options.headers, authorization: `Bearer ${token}` },
      })
      if (response.status === 401 && attempt === 0 && this.tokens.renew(token)) continue
      return response
    }
  }
}

function expectJob(response: HttpResponse, label: string): Job {
  if (response.status < 200 || response.status >= 300) throw apiError(response, label)
  const body = parseServerJson(response.text)
  if (!isJob(body)) throw new ApiError(response.status, `Auth0 answered ${label} without a job.`)
  checkJobId(body, response.status, label)
  return body
}

/** A job id goes into URLs, file names and log lines: only Auth0's own shape is accepted. */
function checkJobId(job: Job, status: number, label: string): void {
  if (isJobId(job.id)) return
  throw new ApiError(
    status,
    `Auth0 answered ${label} with a job id that is not job_ followed by 16 letters or digits (${JSON.stringify(String(job.id).slice(0, 40))}); it was not used.`,
  )
}

function isJob(value: unknown): value is Job {
  const job = value as Partial<Job> | undefined
  return (
    typeof job === 'object' &&
    job !== null &&
    typeof job.id === 'string' &&
    typeof job.status === 'string'
  )
}

function toErrorEntry(value: unknown): JobErrorEntry {
  const entry = (value ?? {}) as { user?: unknown; errors?: unknown }
  const user = typeof entry.user === 'object' && entry.user !== null ? entry.user : {}
  const errors = Array.isArray(entry.errors) ? entry.errors : []
  return {
    user: user as Record<string, unknown>,
    errors: errors.map((error) => {
      const e = (error ?? {}) as { code?: unknown; message?: unknown; path?: unknown }
      return {
        code: typeof e.code === 'string' ? e.code : 'UNKNOWN',
        message: typeof e.message === 'string' ? e.message : '',
        ...(typeof e.path === 'string' ? { path: e.path } : {}),
      }
    }),
  }
}
