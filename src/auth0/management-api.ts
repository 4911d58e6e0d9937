import { ApiError, errorMessage } from '../errors.js'
import type { HttpResponse, SendOptions, Transport } from '../http/transport.js'
import type { ImportRequest } from './import-form.js'
import type { Job, JobErrorEntry, JobErrors } from './job.js'
import { parseJson, type TokenSource } from './tokens.js'

export type { ImportRequest } from './import-form.js'

/**
 * Auth0 runs at most two imports per tenant; a third is refused with this 429 (reference §2.3).
 * `in-doubt`: the request was sent and no answer says whether Auth0 created the job (a 500, 502
 * or 504, a connection that broke while Auth0 answered, a 2xx that is not a job), so it must not be
 * sent again (CONTRACT.md, "Job-creating requests: when a resend is safe").
 */
export type ImportSubmission =
  | { kind: 'created'; job: Job }
  | { kind: 'slots-full'; message: string }
  | { kind: 'in-doubt'; reason: string }

const ACTIVE_IMPORTS = /active import users jobs/i

/** The jobs endpoints of the Management API v2, typed. One instance per step. */
export class ManagementApi {
  constructor(
    private readonly origin: string,
    private readonly transport: Transport,
    private readonly tokens: TokenSource,
    /** Registers a secret with the runner; export download links are secrets (bearer URLs). */
    private readonly mask: (secret: string) => void = () => {},
  ) {}

  async getJob(id: string): Promise<Job> {
    const response = await this.#call({
      method: 'GET',
      path: `/api/v2/jobs/${encodeURIComponent(id)}`,
      label: `reading job ${id}`,
      retry: 'any-failure',
    })
    return this.#masked(expectJob(response, `reading job ${id}`))
  }

  #masked(job: Job): Job {
    if (typeof job.location === 'string' && job.location !== '') this.mask(job.location)
    return job
  }

  /** GET /jobs/{id}/errors: 200 array, 200 job object, or 204 (reference §3.5). */
  async getJobErrors(id: string): Promise<JobErrors> {
    const label = `reading the errors of job ${id}`
    const response = await this.#call({
      method: 'GET',
      path: `/api/v2/jobs/${encodeURIComponent(id)}/errors`,
      label,
      retry: 'any-failure',
    })
    if (response.status === 204 || (response.status === 200 && response.text.trim() === '')) {
      return { kind: 'none' }
    }
    if (response.status !== 200) throw apiError(response, label)
    const body = parseJson(response.text)
    if (Array.isArray(body)) return { kind: 'entries', entries: body.map(toErrorEntry) }
    if (isJob(body)) return { kind: 'job', job: body }
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
      const body = parseJson(response.text)
      if (response.status < 300 && isJob(body)) return { kind: 'created', job: body }
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
  const body = parseJson(response.text)
  if (!isJob(body)) throw new ApiError(response.status, `Auth0 answered ${label} without a job.`)
  return body
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

function auth0Message(response: HttpResponse): string | undefined {
  const body = parseJson(response.text) as { message?: unknown; error?: unknown } | undefined
  if (typeof body?.message === 'string') return body.message
  if (typeof body?.error === 'string') return body.error
  return undefined
}

/** Auth0's own message, plus what to do about the errors users hit most (reference §8). */
export function apiError(response: HttpResponse, label: string): ApiError {
  const body = parseJson(response.text) as { errorCode?: unknown } | undefined
  const errorCode = typeof body?.errorCode === 'string' ? body.errorCode : undefined
  const said = auth0Message(response) ?? (response.text.trim().slice(0, 200) || 'no details')
  const hint = hintFor(response.status, label, said)
  return new ApiError(
    response.status,
    `Auth0 refused ${label} (HTTP ${response.status}: ${said})${hint ? `. ${hint}` : '.'}`,
    errorCode,
  )
}

function hintFor(status: number, label: string, message: string): string | undefined {
  if (status === 401) {
    return 'The access token was rejected: check that it is a Management API token for this tenant and not expired.'
  }
  if (status === 403) {
    const scope = label.includes('users file')
      ? 'create:users'
      : label.includes('export')
        ? 'read:users'
        : label.includes('verification')
          ? 'update:users'
          : 'read:users (or create:users)'
    return `The application needs the scope ${scope} on the Auth0 Management API.`
  }
  if (status === 404 && label.includes('job')) {
    return 'Check the job id; Auth0 deletes jobs and their errors 24 hours after they were created.'
  }
  if (status === 413) {
    return 'Auth0 accepts at most 512000 bytes per users file; lower chunk_size.'
  }
  if (status === 400 && /connection/i.test(message)) {
    return 'connection_id must be the id (con_…) of a database connection that is enabled for at least one application.'
  }
  return undefined
}
