/**
 * An Auth0 tenant emulator for tests, the demo and benchmarks: a real HTTP server on 127.0.0.1
 * that answers the client-credentials token endpoint and the Management API jobs endpoints the
 * way /work/shared/reference/auth0-jobs-api.md describes Auth0. Not part of the action bundle.
 *
 * Runs under vitest and directly with Node 24 (type stripping): erasable TypeScript only.
 */
import { createHmac, type KeyObject, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  ASSERTION_TYPE,
  type AssertionAlg,
  type ClientCredential,
  checkClientAssertion,
  toCredential,
} from './client-assertion.ts'
import { generatedSource, renderExport, tenantSource } from './exports.ts'
import {
  CONNECTION_ID_PATTERN,
  type ExportField,
  type FinalStatus,
  type ImportSummary,
  isFinalStatus,
  JOB_ID_PATTERN,
  type JobErrors,
  type JobRecord,
  jobBody,
  jobEndsAt,
  jobState,
  newJobId,
  processImport,
  randomHex,
  redactUser,
  storedUser,
  type TenantUser,
} from './jobs.ts'

export type {
  ExportField,
  FinalStatus,
  ImportSummary,
  JobErrorEntry,
  JobErrors,
  JobRecord,
  TenantUser,
  UserError,
} from './jobs.ts'

export interface Connection {
  id: string
  name: string
}

export interface EmulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. Always binds 127.0.0.1. */
  port?: number
  /** The registered M2M application. */
  clientId?: string
  clientSecret?: string
  tokenLifetimeSeconds?: number
  /** Database connections of the tenant. */
  connections?: Connection[]
  /** Users of the tenant before the run (extra profile fields are kept, e.g. for exports). */
  existingUsers?: ({ email: string; user_id?: string; username?: string } & Record<
    string,
    unknown
  >)[]
  /** Every job is `pending` for pendingMs, then `processing` for processingMs + msPerUser × users. */
  jobTiming?: {
    pendingMs?: number
    processingMs?: number
    msPerUser?: number
    /** Timing of the n-th import job created through the API (0-based), instead of the above. */
    forImport?: (n: number) => { pendingMs: number; processingMs: number } | undefined
  }
  /** Token bucket over all /api/v2 requests; `false` disables it. */
  rateLimit?: { burst: number; perSecond: number } | false
  maxActiveImports?: number
  /** Users an export produces when the tenant has no stored users (deterministic). */
  exportUsers?: number
  /** How long an export `location` stays valid after the job was read. */
  exportLinkTtlMs?: number
  /** /errors entries show "*****" for hashes, salts and TOTP secrets (as Auth0 does). */
  redactErrorUsers?: boolean
  /** Tenant name: export files are called `<tenantName>.<json|csv>.gz`. */
  tenantName?: string
  /**
   * Which user ids exist for POST /jobs/verification-email: `'auth0-prefix'` (default) accepts
   * tenant users and any id starting with `auth0|`; `'tenant'` accepts only tenant users.
   */
  verificationUsers?: 'auth0-prefix' | 'tenant'
  /**
   * Private Key JWT credentials of the registered application (Auth0 allows two, for rotation):
   * public keys as PEM or KeyObject (a private key counts as its public half). With one set,
   * /oauth/token verifies `client_assertion` against them.
   */
  clientPublicKey?: string | KeyObject | (string | KeyObject)[]
  /** The credentials' algorithm; the assertion's `alg` must match it. Default: any of RS256, RS384, PS256. */
  clientPublicKeyAlg?: AssertionAlg
  /**
   * How the application authenticates at /oauth/token. Default: `private-key-jwt` when
   * clientPublicKey is given (Auth0 then refuses the secret), else `client-secret`.
   */
  clientAuthentication?: 'client-secret' | 'private-key-jwt' | 'any'
}

export interface RecordedRequest {
  method: string
  /** Path with query string. */
  path: string
  /** Epoch ms of arrival. */
  at: number
  /** Status answered; 0 while unanswered or when the socket was reset. */
  status: number
  /** Whether the request carried an Authorization header. */
  authorization: boolean
  /** The kind of injected fault that handled this request, if any. */
  fault?: Fault['kind']
}

export interface ImportUpload {
  jobId: string
  /** Exact text of the `users` file part. */
  users: string
  filename: string
  contentType: string
  /** Raw text values of the other parts (undefined when absent). */
  connection_id: string
  upsert?: string
  external_id?: string
  send_completion_email?: string
}

export interface EmulatorStats {
  /** Highest number of simultaneously unfinished import jobs (foreign ones included). */
  maxActiveImports: number
  /** Jobs created through the API (not createJob / addForeignImport). */
  jobsCreated: number
  /** Every 429 answered (bucket, 2-active-imports refusal and injected). */
  tooManyRequests: number
  /** 429s from the empty rate-limit bucket only. */
  rateLimited: number
  /** 429s refusing an import because too many were active. */
  activeImportRejections: number
  tokensIssued: number
}

type FaultMatch = { method?: string; path?: string | RegExp; times?: number }
export type Fault = FaultMatch &
  (
    | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
    | { kind: 'rate-limit'; resetInSeconds?: number; retryAfterSeconds?: number }
    | { kind: 'reset' }
    | { kind: 'delay'; ms: number }
    | { kind: 'expire-token' }
  )

/** A job seeded directly with `createJob`. */
export interface SeedJob {
  id?: string
  /** Default `users_import`. */
  type?: string
  /** A status that never changes. Omit it to run the normal lifecycle (see finalStatus). */
  status?: string
  /** Where the lifecycle ends when `status` is omitted; default `completed`. */
  finalStatus?: FinalStatus
  pendingMs?: number
  processingMs?: number
  /** Epoch ms; default now. */
  createdAt?: number
  summary?: ImportSummary
  status_details?: string
  /** What /errors answers once the job is final; default 'none' (204). */
  errors?: JobErrors
  /** More fields of the job object: connection_id, connection, format, upsert, ... */
  attributes?: Record<string, unknown>
  /** A fixed `location`; export jobs otherwise get fresh signed links to emulator-made files. */
  location?: string
}

export interface VerificationEmailRequest {
  jobId: string
  body: Record<string, unknown>
}

export interface Emulator {
  url: string
  clientId: string
  clientSecret: string
  connections: Connection[]
  close(): Promise<void>
  requests: RecordedRequest[]
  imports: ImportUpload[]
  verificationEmails: VerificationEmailRequest[]
  stats: EmulatorStats
  jobs: Map<string, JobRecord>
  /** Tenant users, email lower-cased → user. */
  users: Map<string, TenantUser>
  inject(fault: Fault): void
  /** The next `count` export downloads answer `status` (S3-style XML error). */
  failDownloads(count: number, status?: number): void
  expireTokens(): void
  createJob(job: SeedJob): string
  addForeignImport(durationMs: number): string
  /** Why /oauth/token refused each client authentication it refused, in order. */
  tokenRejections: string[]
}

const MAX_IMPORT_BYTES = 512000
const BODY_CAP = 16 * 1024 * 1024
const SCOPES = 'read:users update:users create:users'

interface Context {
  req: IncomingMessage
  res: ServerResponse
  record: RecordedRequest
  method: string
  pathname: string
  query: URLSearchParams
  body: Buffer
  size: number
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const clientId = options.clientId ?? 'emulator-client-id'
  const clientSecret = options.clientSecret ?? 'emulator-client-secret'
  const tokenLifetimeMs = (options.tokenLifetimeSeconds ?? 86400) * 1000
  const connections = options.connections ?? [
    { id: 'con_0123456789abcdef', name: 'Username-Password-Authentication' },
  ]
  const pendingMs = options.jobTiming?.pendingMs ?? 100
  const processingMs = options.jobTiming?.processingMs ?? 200
  const msPerUser = options.jobTiming?.msPerUser ?? 0
  const rateLimit =
    options.rateLimit === undefined ? { burst: 50, perSecond: 50 } : options.rateLimit
  const maxActiveImports = options.maxActiveImports ?? 2
  const exportUsers = options.exportUsers ?? 10
  const exportLinkTtlMs = options.exportLinkTtlMs ?? 60_000
  const redact = options.redactErrorUsers ?? true
  const tenantName = options.tenantName ?? 'emulator'
  const signingKey = randomBytes(32)
  const clientCredentials: ClientCredential[] = (
    options.clientPublicKey === undefined
      ? []
      : Array.isArray(options.clientPublicKey)
        ? options.clientPublicKey
        : [options.clientPublicKey]
  ).map((key) => toCredential(key, options.clientPublicKeyAlg))
  const clientAuthentication =
    options.clientAuthentication ??
    (clientCredentials.length > 0 ? 'private-key-jwt' : 'client-secret')
  const usedAssertionIds = new Map<string, number>() // jti → exp (epoch s)
  const tokenRejections: string[] = []
  const defaultConnection = connections[0]?.name ?? 'Username-Password-Authentication'

  const tokens = new Map<string, number>() // token → expires at (epoch ms)
  const jobs = new Map<string, JobRecord>()
  const users = new Map<string, TenantUser>()
  const exportFiles = new Map<string, Promise<Buffer>>()
  const links = new Map<string, { path: string; expiresAt: number }>() // signature → link
  const faults: Fault[] = []
  const requests: RecordedRequest[] = []
  const imports: ImportUpload[] = []
  const verificationEmails: VerificationEmailRequest[] = []
  const stats: EmulatorStats = {
    maxActiveImports: 0,
    jobsCreated: 0,
    tooManyRequests: 0,
    rateLimited: 0,
    activeImportRejections: 0,
    tokensIssued: 0,
  }
  const bucket = rateLimit ? { tokens: rateLimit.burst, last: Date.now() } : undefined
  const timers = new Set<NodeJS.Timeout>()

  const stamp = new Date().toISOString()
  for (const user of options.existingUsers ?? []) {
    const stored = storedUser(user, { connection: defaultConnection, stamp })
    for (const [key, value] of Object.entries(user)) {
      if (!['password_hash', 'custom_password_hash', 'mfa_factors'].includes(key)) {
        stored[key] = key === 'user_id' ? stored.user_id : structuredClone(value)
      }
    }
    users.set(user.email.toLowerCase(), stored)
  }

  let url = ''

  // ---------------------------------------------------------------------------------- helpers

  function send(
    ctx: Context,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ): void {
    ctx.record.status = status
    if (status === 429) stats.tooManyRequests++
    const { res } = ctx
    if (res.headersSent || res.destroyed) return
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    if (body === undefined) {
      res.writeHead(status)
      res.end()
      return
    }
    if (Buffer.isBuffer(body) || typeof body === 'string') {
      if (!res.hasHeader('content-type')) res.setHeader('content-type', 'text/plain; charset=utf-8')
      res.writeHead(status, { 'content-length': Buffer.byteLength(body) })
      res.end(body)
      return
    }
    const text = JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    res.end(text)
  }

  const REASONS: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    413: 'Request Entity Too Large',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  }

  function apiError(
    ctx: Context,
    status: number,
    message: string,
    errorCode?: string,
    headers?: Record<string, string>,
  ): void {
    const body: Record<string, unknown> = {
      statusCode: status,
      error: REASONS[status] ?? 'Error',
      message,
    }
    if (errorCode) body.errorCode = errorCode
    send(ctx, status, body, headers)
  }

  function xmlError(ctx: Context, status: number, code: string, message: string): void {
    send(
      ctx,
      status,
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
      { 'content-type': 'application/xml' },
    )
  }

  function takeFault(method: string, pathname: string): Fault | undefined {
    const index = faults.findIndex((fault) => {
      if (fault.method && fault.method.toUpperCase() !== method) return false
      if (fault.path === undefined) return true
      if (typeof fault.path === 'string') return fault.path === pathname
      fault.path.lastIndex = 0
      return fault.path.test(pathname)
    })
    if (index < 0) return undefined
    const fault = faults[index] as Fault
    const left = (fault.times ?? 1) - 1
    if (left > 0) faults[index] = { ...fault, times: left }
    else faults.splice(index, 1)
    return fault
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })
  }

  function activeImports(now: number): number {
    let active = 0
    for (const job of jobs.values()) {
      if (job.type === 'users_import' && !isFinalStatus(jobState(job, now).status)) active++
    }
    return active
  }

  function addJob(job: JobRecord, viaApi = true): void {
    jobs.set(job.id, job)
    if (viaApi) stats.jobsCreated++
    if (job.type === 'users_import') {
      const now = Date.now()
      if (jobEndsAt(job) > now) {
        stats.maxActiveImports = Math.max(stats.maxActiveImports, activeImports(now))
      }
    }
  }

  function newRecord(
    type: string,
    attributes: Record<string, unknown>,
    users: number,
  ): Omit<JobRecord, 'errors'> & { errors: JobErrors } {
    return {
      id: newJobId(),
      type,
      createdAt: Date.now(),
      pendingMs,
      processingMs: processingMs + msPerUser * users,
      finalStatus: 'completed',
      attributes,
      errors: 'none',
    }
  }

  function exportFile(job: JobRecord): Promise<Buffer> {
    let file = exportFiles.get(job.id)
    if (!file) {
      const format = job.attributes.format === 'csv' ? 'csv' : 'json'
      file = renderExport(job.exportSource ?? generatedSource(0, defaultConnection), {
        format,
        fields: job.attributes.fields as ExportField[] | undefined,
        limit: job.attributes.limit as number | undefined,
      })
      file.catch(() => {})
      exportFiles.set(job.id, file)
    }
    return file
  }

  function exportSourceFor(connection?: Connection): JobRecord['exportSource'] {
    const stored = [...users.values()].filter((user) => {
      if (!connection) return true
      const identities = user.identities as { connection?: string }[] | undefined
      return identities?.[0]?.connection === connection.name
    })
    if (users.size > 0) return tenantSource(stored)
    return generatedSource(exportUsers, connection?.name ?? defaultConnection)
  }

  function signedLocation(job: JobRecord, now: number): string {
    const format = job.attributes.format === 'csv' ? 'csv' : 'json'
    const path = `/exports/${job.id}/${tenantName}.${format}.gz`
    const expiresAt = now + exportLinkTtlMs
    const expires = Math.ceil(expiresAt / 1000)
    const signature = createHmac('sha256', signingKey)
      .update(`${path}\n${expiresAt}\n${randomHex(8)}`)
      .digest('hex')
    if (links.size >= 1000) {
      for (const [key, link] of links) if (link.expiresAt < now) links.delete(key)
    }
    links.set(signature, { path, expiresAt })
    return `${url}${path}?Expires=${expires}&Signature=${signature}`
  }

  function fullJobBody(job: JobRecord, now: number): Record<string, unknown> {
    const body = jobBody(job, now)
    if (job.type === 'users_export' && body.status === 'completed') {
      body.location = job.location ?? signedLocation(job, now)
    } else if (job.location !== undefined && isFinalStatus(String(body.status))) {
      body.location = job.location
    }
    return body
  }

  // --------------------------------------------------------------------------------- handlers

  function handleToken(ctx: Context): void {
    const type = String(ctx.req.headers['content-type'] ?? '')
    let params: Record<string, unknown> = {}
    try {
      const text = ctx.body.toString('utf8')
      if (type.includes('application/json')) params = JSON.parse(text) as Record<string, unknown>
      else params = Object.fromEntries(new URLSearchParams(text))
    } catch {
      send(ctx, 400, { error: 'invalid_request', error_description: 'Invalid request body' })
      return
    }
    const oauthError = (status: number, error: string, description: string): void =>
      send(ctx, status, { error, error_description: description })
    if (!params.grant_type) {
      oauthError(400, 'invalid_request', 'Missing required parameter: grant_type')
      return
    }
    if (params.grant_type !== 'client_credentials') {
      oauthError(
        403,
        'unauthorized_client',
        `Grant type '${String(params.grant_type)}' not allowed for the client.`,
      )
      return
    }
    if (!authenticateClient(params, oauthError)) return
    if (!params.audience) {
      oauthError(400, 'invalid_request', 'Missing required parameter: audience')
      return
    }
    if (params.audience !== `${url}/api/v2/`) {
      oauthError(
        403,
        'access_denied',
        `Service not enabled within domain: ${String(params.audience)}`,
      )
      return
    }
    const token = randomBytes(32).toString('base64url')
    tokens.set(token, Date.now() + tokenLifetimeMs)
    stats.tokensIssued++
    send(
      ctx,
      200,
      {
        access_token: token,
        expires_in: Math.round(tokenLifetimeMs / 1000),
        scope: SCOPES,
        token_type: 'Bearer',
      },
      { 'cache-control': 'no-store' },
    )
  }

  /** Client secret or private-key JWT; answers the refusal itself and returns false. */
  function authenticateClient(
    params: Record<string, unknown>,
    oauthError: (status: number, error: string, description: string) => void,
  ): boolean {
    const refuse = (status: number, error: string, description: string): false => {
      tokenRejections.push(description)
      oauthError(status, error, description)
      return false
    }
    const claimed = params.client_id === undefined ? undefined : String(params.client_id)
    if (params.client_assertion !== undefined || params.client_assertion_type !== undefined) {
      if (params.client_assertion_type !== ASSERTION_TYPE) {
        return refuse(
          400,
          'invalid_request',
          `Invalid client_assertion_type: expected ${ASSERTION_TYPE}`,
        )
      }
      if (typeof params.client_assertion !== 'string' || params.client_assertion === '') {
        return refuse(400, 'invalid_request', 'Missing required parameter: client_assertion')
      }
      if (params.client_secret !== undefined) {
        return refuse(
          400,
          'invalid_request',
          'Only one client authentication method may be used (client_secret and client_assertion given)',
        )
      }
      if (clientAuthentication === 'client-secret' || clientCredentials.length === 0) {
        return refuse(
          401,
          'invalid_client',
          'Private Key JWT authentication is not enabled for the client',
        )
      }
      const reason = checkClientAssertion(params.client_assertion, claimed, {
        clientId,
        origin: url,
        credentials: clientCredentials,
        usedIds: usedAssertionIds,
        nowMs: Date.now(),
      })
      return reason === undefined ? true : refuse(401, 'invalid_client', reason)
    }
    if (clientAuthentication === 'private-key-jwt') {
      return refuse(
        401,
        'invalid_client',
        'The client must authenticate with Private Key JWT (client_assertion)',
      )
    }
    if (claimed !== clientId || params.client_secret !== clientSecret) {
      return refuse(401, 'access_denied', 'Unauthorized')
    }
    return true
  }

  /** Applies the bucket; returns the X-RateLimit-* headers, or undefined after answering 429. */
  function rateHeaders(ctx: Context): Record<string, string> | undefined {
    if (!bucket || !rateLimit) return {}
    const now = Date.now()
    bucket.tokens = Math.min(
      rateLimit.burst,
      bucket.tokens + ((now - bucket.last) / 1000) * rateLimit.perSecond,
    )
    bucket.last = now
    const allowed = bucket.tokens >= 1
    if (allowed) bucket.tokens -= 1
    const waitMs = (Math.max(0, 1 - bucket.tokens) / rateLimit.perSecond) * 1000
    const headers = {
      'x-ratelimit-limit': String(rateLimit.burst),
      'x-ratelimit-remaining': String(Math.floor(bucket.tokens)),
      'x-ratelimit-reset': String(Math.ceil((now + waitMs) / 1000)),
    }
    if (allowed) return headers
    stats.rateLimited++
    apiError(ctx, 429, 'Global limit has been reached', 'too_many_requests', headers)
    return undefined
  }

  /** Answers 401 unless the request carries a valid token. */
  function authorized(ctx: Context, headers: Record<string, string>): boolean {
    const header = ctx.req.headers.authorization
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
    if (!header) {
      apiError(ctx, 401, 'Missing authentication', undefined, headers)
      return false
    }
    const expiresAt = match?.[1] ? tokens.get(match[1]) : undefined
    if (expiresAt === undefined) {
      apiError(ctx, 401, 'Invalid token', 'invalid_token', headers)
      return false
    }
    if (expiresAt <= Date.now()) {
      apiError(
        ctx,
        401,
        'Expired token received for JSON Web Token validation',
        'invalid_token',
        headers,
      )
      return false
    }
    return true
  }

  function payloadError(ctx: Context, headers: Record<string, string>, detail: string): void {
    apiError(ctx, 400, `Payload validation error: ${detail}`, 'invalid_body', headers)
  }

  async function handleImport(ctx: Context, headers: Record<string, string>): Promise<void> {
    if (ctx.size > MAX_IMPORT_BYTES) {
      apiError(
        ctx,
        413,
        `Payload content length greater than maximum allowed: ${MAX_IMPORT_BYTES}.`,
        undefined,
        headers,
      )
      return
    }
    const type = String(ctx.req.headers['content-type'] ?? '')
    if (!type.toLowerCase().startsWith('multipart/form-data')) {
      apiError(ctx, 400, 'Invalid multipart payload format', 'invalid_body', headers)
      return
    }
    let form: FormData
    try {
      form = await new Response(new Uint8Array(ctx.body), {
        headers: { 'content-type': type },
      }).formData()
    } catch {
      apiError(ctx, 400, 'Invalid multipart payload format', 'invalid_body', headers)
      return
    }
    const file = form.get('users')
    if (!file || typeof file === 'string') {
      apiError(ctx, 400, "Must provide 'users' file as multipart part.", 'invalid_body', headers)
      return
    }
    const text = (field: string): string | undefined => {
      const value = form.get(field)
      return typeof value === 'string' ? value : undefined
    }
    const connectionId = text('connection_id')
    if (connectionId === undefined) {
      apiError(ctx, 400, "Must provide 'connection_id' as multipart part.", 'invalid_body', headers)
      return
    }
    if (!CONNECTION_ID_PATTERN.test(connectionId)) {
      payloadError(
        ctx,
        headers,
        `'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id (The connection_id of the connection to which users will be inserted).`,
      )
      return
    }
    const usersText = await file.text()
    if (file.size === 0) {
      apiError(ctx, 400, 'Users file must not be empty.', 'invalid_body', headers)
      return
    }
    const connection = connections.find((c) => c.id === connectionId)
    if (!connection) {
      apiError(ctx, 400, 'The connection does not exist.', 'inexistent_connection', headers)
      return
    }
    const now = Date.now()
    if (activeImports(now) >= maxActiveImports) {
      stats.activeImportRejections++
      apiError(
        ctx,
        429,
        `There are ${maxActiveImports} active import users jobs, please wait until some of them are finished and try again`,
        'too_many_requests',
        headers,
      )
      return
    }
    const upsertText = text('upsert')
    const externalId = text('external_id')
    const completionText = text('send_completion_email')
    const upsert = upsertText === 'true'
    const attributes: Record<string, unknown> = {
      connection_id: connectionId,
      connection: connection.name,
      upsert,
    }
    if (externalId !== undefined) attributes.external_id = externalId
    attributes.send_completion_email = completionText !== 'false'

    const outcome = processImport(usersText, {
      upsert,
      connection: connection.name,
      users,
      now,
    })
    const job = newRecord('users_import', attributes, outcome.count) as JobRecord
    const timing = options.jobTiming?.forImport?.(imports.length)
    if (timing)
      Object.assign(job, { pendingMs: timing.pendingMs, processingMs: timing.processingMs })
    if (outcome.failure !== undefined) {
      job.finalStatus = 'failed'
      job.statusDetails = outcome.failure
      job.errors = 'none'
    } else {
      job.summary = outcome.summary
      job.errors = outcome.errors
    }
    addJob(job)
    imports.push({
      jobId: job.id,
      users: usersText,
      filename: file.name,
      contentType: file.type,
      connection_id: connectionId,
      upsert: upsertText,
      external_id: externalId,
      send_completion_email: completionText,
    })
    send(ctx, 202, jobBody(job, now), headers)
  }

  function parseJson(ctx: Context, headers: Record<string, string>): unknown {
    try {
      const text = ctx.body.toString('utf8')
      const type = String(ctx.req.headers['content-type'] ?? '')
      if (type.includes('application/x-www-form-urlencoded')) {
        return Object.fromEntries(new URLSearchParams(text))
      }
      return text.trim() === '' ? {} : JSON.parse(text)
    } catch {
      apiError(ctx, 400, 'Invalid request payload JSON format', undefined, headers)
      return undefined
    }
  }

  function unexpectedKeys(body: Record<string, unknown>, allowed: string[]): string | undefined {
    return Object.keys(body).find((key) => !allowed.includes(key))
  }

  function handleExport(ctx: Context, headers: Record<string, string>): void {
    const parsed = parseJson(ctx, headers)
    if (parsed === undefined) return
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      payloadError(ctx, headers, `'Expected type object but found type ${typeof parsed}'.`)
      return
    }
    const body = parsed as Record<string, unknown>
    const extra = unexpectedKeys(body, ['connection_id', 'format', 'limit', 'fields'])
    if (extra) {
      payloadError(ctx, headers, `'Additional properties not allowed: ${extra}'.`)
      return
    }
    const { connection_id: connectionId, format = 'csv', limit, fields } = body
    if (connectionId !== undefined) {
      if (typeof connectionId !== 'string' || !CONNECTION_ID_PATTERN.test(connectionId)) {
        payloadError(
          ctx,
          headers,
          `'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id (connection_id of the connection from which users will be exported).`,
        )
        return
      }
    }
    if (format !== 'json' && format !== 'csv') {
      payloadError(
        ctx,
        headers,
        `'No enum match for: ${JSON.stringify(format)}' on property format.`,
      )
      return
    }
    if (limit !== undefined && (!Number.isInteger(limit) || (limit as number) < 1)) {
      payloadError(
        ctx,
        headers,
        Number.isInteger(limit)
          ? `'Value ${String(limit)} is less than minimum 1' on property limit.`
          : `'Expected type integer but found type ${typeof limit}' on property limit.`,
      )
      return
    }
    if (fields !== undefined) {
      if (!Array.isArray(fields)) {
        payloadError(
          ctx,
          headers,
          `'Expected type array but found type ${typeof fields}' on property fields.`,
        )
        return
      }
      for (const field of fields as unknown[]) {
        const f = field as Record<string, unknown> | null
        if (!f || typeof f !== 'object' || typeof f.name !== 'string' || f.name === '') {
          payloadError(ctx, headers, `'Missing required property: name' on property fields.`)
          return
        }
        if (f.name.length > 100 || (typeof f.export_as === 'string' && f.export_as.length > 100)) {
          payloadError(ctx, headers, `'String is too long, maximum 100' on property fields.`)
          return
        }
        if (f.export_as !== undefined && typeof f.export_as !== 'string') {
          payloadError(ctx, headers, `'Expected type string' on property fields.export_as.`)
          return
        }
        if (format === 'csv' && (f.name === 'user_metadata' || f.name === 'app_metadata')) {
          apiError(
            ctx,
            400,
            `CSV exports cannot include the whole ${f.name} object; name each field instead.`,
            'invalid_body',
            headers,
          )
          return
        }
      }
      if (format === 'csv' && fields.length > 30) {
        apiError(ctx, 400, 'CSV exports are limited to 30 fields.', 'invalid_body', headers)
        return
      }
    }
    let connection: Connection | undefined
    if (typeof connectionId === 'string') {
      connection = connections.find((c) => c.id === connectionId)
      if (!connection) {
        apiError(ctx, 400, 'The connection does not exist.', 'inexistent_connection', headers)
        return
      }
    }
    const attributes: Record<string, unknown> = {}
    if (connection) attributes.connection_id = connection.id
    attributes.format = format
    if (limit !== undefined) attributes.limit = limit
    if (fields !== undefined) attributes.fields = structuredClone(fields)
    if (connection) attributes.connection = connection.name
    const source = exportSourceFor(connection)
    const count = Math.min(source?.count ?? 0, (limit as number | undefined) ?? Infinity)
    const job = newRecord('users_export', attributes, count) as JobRecord
    job.exportSource = source
    addJob(job)
    // Build the file in the background so it is ready by the time it is downloaded.
    setImmediate(() => void exportFile(job))
    send(ctx, 200, jobBody(job, job.createdAt), headers)
  }

  function handleVerification(ctx: Context, headers: Record<string, string>): void {
    const parsed = parseJson(ctx, headers)
    if (parsed === undefined) return
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      payloadError(ctx, headers, `'Expected type object but found type ${typeof parsed}'.`)
      return
    }
    const body = parsed as Record<string, unknown>
    const extra = unexpectedKeys(body, ['user_id', 'client_id', 'identity', 'organization_id'])
    if (extra) {
      payloadError(ctx, headers, `'Additional properties not allowed: ${extra}'.`)
      return
    }
    if (typeof body.user_id !== 'string' || body.user_id === '') {
      payloadError(
        ctx,
        headers,
        body.user_id === undefined
          ? `'Missing required property: user_id'.`
          : `'Expected type string but found type ${typeof body.user_id}' on property user_id.`,
      )
      return
    }
    for (const key of ['client_id', 'organization_id']) {
      if (body[key] !== undefined && typeof body[key] !== 'string') {
        payloadError(
          ctx,
          headers,
          `'Expected type string but found type ${typeof body[key]}' on property ${key}.`,
        )
        return
      }
    }
    if (body.identity !== undefined) {
      const identity = body.identity as Record<string, unknown> | null
      if (
        !identity ||
        typeof identity !== 'object' ||
        typeof identity.user_id !== 'string' ||
        typeof identity.provider !== 'string'
      ) {
        payloadError(
          ctx,
          headers,
          `'Missing required property: user_id, provider' on property identity.`,
        )
        return
      }
    }
    const userId = body.user_id
    const known = [...users.values()].some((user) => user.user_id === userId)
    const exists = known || (options.verificationUsers !== 'tenant' && userId.startsWith('auth0|'))
    if (!exists) {
      apiError(ctx, 400, 'The user does not exist.', 'inexistent_user', headers)
      return
    }
    const job = newRecord('verification_email', {}, 1) as JobRecord
    addJob(job)
    verificationEmails.push({ jobId: job.id, body: structuredClone(body) })
    send(ctx, 201, jobBody(job, job.createdAt), headers)
  }

  function findJob(
    ctx: Context,
    id: string,
    headers: Record<string, string>,
  ): JobRecord | undefined {
    if (!JOB_ID_PATTERN.test(id)) {
      apiError(
        ctx,
        400,
        `Path validation error: 'String does not match pattern ^job_[A-Za-z0-9]{16}$' on property id (The id of the job).`,
        'invalid_uri',
        headers,
      )
      return undefined
    }
    const job = jobs.get(id)
    if (!job) apiError(ctx, 404, 'The job does not exist.', 'inexistent_job', headers)
    return job
  }

  function handleGetJob(ctx: Context, id: string, headers: Record<string, string>): void {
    const job = findJob(ctx, id, headers)
    if (job) send(ctx, 200, fullJobBody(job, Date.now()), headers)
  }

  function handleGetErrors(ctx: Context, id: string, headers: Record<string, string>): void {
    const job = findJob(ctx, id, headers)
    if (!job) return
    const now = Date.now()
    const body = jobBody(job, now)
    // Unfinished jobs: the generic job object (Auth0's behaviour here is undocumented).
    if (!isFinalStatus(String(body.status)) || job.errors === 'job') {
      send(ctx, 200, body, headers)
      return
    }
    if (job.errors === 'none' || job.errors.length === 0) {
      send(ctx, 204, undefined, headers)
      return
    }
    const entries = job.errors.map((entry) => ({
      user: redact ? redactUser(entry.user) : structuredClone(entry.user),
      errors: entry.errors.map((error) => ({ ...error })),
    }))
    send(ctx, 200, entries, headers)
  }

  async function handleDownload(ctx: Context): Promise<void> {
    if (ctx.req.headers.authorization !== undefined) {
      xmlError(
        ctx,
        400,
        'InvalidArgument',
        'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
      )
      return
    }
    const signature = ctx.query.get('Signature') ?? ''
    const link = links.get(signature)
    if (!link || link.path !== ctx.pathname) {
      xmlError(ctx, 403, 'AccessDenied', 'Access Denied')
      return
    }
    if (Date.now() > link.expiresAt) {
      xmlError(ctx, 403, 'AccessDenied', 'Request has expired')
      return
    }
    const jobId = ctx.pathname.split('/')[2] ?? ''
    const job = jobs.get(jobId)
    if (!job) {
      xmlError(ctx, 404, 'NoSuchKey', 'The specified key does not exist.')
      return
    }
    const file = await exportFile(job)
    send(ctx, 200, file, {
      'content-type': 'application/gzip',
      etag: `"${createHmac('md5', signingKey).update(job.id).digest('hex')}"`,
    })
  }

  async function route(ctx: Context): Promise<void> {
    const { method, pathname } = ctx
    if (pathname === '/oauth/token' && method === 'POST') {
      handleToken(ctx)
      return
    }
    if (pathname.startsWith('/exports/') && (method === 'GET' || method === 'HEAD')) {
      await handleDownload(ctx)
      return
    }
    if (pathname === '/api/v2' || pathname.startsWith('/api/v2/')) {
      const headers = rateHeaders(ctx)
      if (!headers) return
      if (!authorized(ctx, headers)) return
      if (method === 'POST' && pathname === '/api/v2/jobs/users-imports') {
        await handleImport(ctx, headers)
        return
      }
      if (method === 'POST' && pathname === '/api/v2/jobs/users-exports') {
        handleExport(ctx, headers)
        return
      }
      if (method === 'POST' && pathname === '/api/v2/jobs/verification-email') {
        handleVerification(ctx, headers)
        return
      }
      const match = /^\/api\/v2\/jobs\/([^/]+)(\/errors)?$/.exec(pathname)
      if (method === 'GET' && match?.[1]) {
        const id = decodeURIComponent(match[1])
        if (match[2]) handleGetErrors(ctx, id, headers)
        else handleGetJob(ctx, id, headers)
        return
      }
      apiError(ctx, 404, 'Not Found', undefined, headers)
      return
    }
    apiError(ctx, 404, 'Not Found')
  }

  async function handleFault(ctx: Context, fault: Fault): Promise<boolean> {
    ctx.record.fault = fault.kind
    switch (fault.kind) {
      case 'status': {
        const headers = fault.headers ?? {}
        if (fault.body !== undefined) {
          send(ctx, fault.status, fault.body, headers)
        } else if (ctx.pathname.startsWith('/exports/')) {
          xmlError(ctx, fault.status, 'InternalError', 'We encountered an internal error.')
        } else {
          apiError(ctx, fault.status, REASONS[fault.status] ?? 'Error', undefined, headers)
        }
        return true
      }
      case 'rate-limit': {
        const headers: Record<string, string> = {}
        if (fault.resetInSeconds !== undefined) {
          headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000 + fault.resetInSeconds))
        }
        if (fault.retryAfterSeconds !== undefined) {
          headers['retry-after'] = String(fault.retryAfterSeconds)
        }
        apiError(ctx, 429, 'Global limit has been reached', undefined, headers)
        return true
      }
      case 'reset':
        ctx.record.status = 0
        ctx.req.socket.destroy()
        return true
      case 'expire-token':
        apiError(ctx, 401, 'Expired token received for JSON Web Token validation', 'invalid_token')
        return true
      case 'delay':
        await sleep(fault.ms)
        return false
    }
  }

  async function readBody(req: IncomingMessage): Promise<{ body: Buffer; size: number }> {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size <= BODY_CAP) chunks.push(chunk)
    }
    return { body: Buffer.concat(chunks), size }
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const target = req.url ?? '/'
    const record: RecordedRequest = {
      method,
      path: target,
      at: Date.now(),
      status: 0,
      authorization: req.headers.authorization !== undefined,
    }
    requests.push(record)
    const parsed = new URL(target, 'http://127.0.0.1')
    let body: { body: Buffer; size: number }
    try {
      body = await readBody(req)
    } catch {
      return // client went away
    }
    const ctx: Context = {
      req,
      res,
      record,
      method,
      pathname: parsed.pathname,
      query: parsed.searchParams,
      ...body,
    }
    const fault = takeFault(method, parsed.pathname)
    if (fault && (await handleFault(ctx, fault))) return
    await route(ctx)
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({
            statusCode: 500,
            error: 'Internal Server Error',
            message: error instanceof Error ? error.message : String(error),
          }),
        )
      }
    })
  })
  server.keepAliveTimeout = 5000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const emulator: Emulator = {
    url,
    clientId,
    clientSecret,
    connections,
    tokenRejections,
    requests,
    imports,
    verificationEmails,
    stats,
    jobs,
    users,
    close(): Promise<void> {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      return new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
    inject(fault: Fault): void {
      faults.push(fault)
    },
    failDownloads(count: number, status = 500): void {
      faults.push({ kind: 'status', status, path: /^\/exports\//, times: count })
    },
    expireTokens(): void {
      for (const token of tokens.keys()) tokens.set(token, 0)
    },
    createJob(seed: SeedJob): string {
      const type = seed.type ?? 'users_import'
      const job: JobRecord = {
        id: seed.id ?? newJobId(),
        type,
        createdAt: seed.createdAt ?? Date.now(),
        pendingMs: seed.pendingMs ?? pendingMs,
        processingMs: seed.processingMs ?? processingMs,
        finalStatus: seed.finalStatus ?? 'completed',
        fixedStatus: seed.status,
        attributes: { ...(seed.attributes ?? {}) },
        summary: seed.summary,
        statusDetails: seed.status_details,
        errors: seed.errors ?? 'none',
        location: seed.location,
      }
      if (type === 'users_export') {
        job.attributes.format ??= 'json'
        const connection = connections.find((c) => c.id === job.attributes.connection_id)
        job.exportSource = exportSourceFor(connection)
      }
      addJob(job, false)
      return job.id
    },
    addForeignImport(durationMs: number): string {
      const job: JobRecord = {
        id: newJobId(),
        type: 'users_import',
        createdAt: Date.now(),
        pendingMs: 0,
        processingMs: durationMs,
        finalStatus: 'completed',
        attributes: {
          connection_id: connections[0]?.id,
          connection: defaultConnection,
          upsert: false,
          send_completion_email: true,
        },
        summary: { failed: 0, updated: 0, inserted: 0, total: 0 },
        errors: 'none',
        foreign: true,
      }
      addJob(job, false)
      return job.id
    },
  }
  return emulator
}
