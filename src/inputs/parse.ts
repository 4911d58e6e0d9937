/**
 * Reads every input once and turns it into a typed Settings object (see settings.ts), or throws
 * one InputError that names the input, quotes the bad value and says what is accepted.
 *
 * Pure: `read(name)` is bound to `core.getInput` by main.ts, `env` supplies GITHUB_WORKSPACE. The
 * only side effect is a stat/access check of the import `file`, so a missing file is reported
 * before anything is sent to Auth0.
 */
import { accessSync, constants, statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import {
  CLIENT_ASSERTION_ALGORITHMS,
  PrivateKeyError,
  parseAssertionAlgorithm,
  privateKeyMaskParts,
  readPrivateKey,
} from '../auth0/client-assertion.js'
import { JOB_ID_PATTERN } from '../auth0/job.js'
import { checkReviewSettings, parseReviewInputs } from '../plan/review-inputs.js'
import { InputError } from '../runtime/errors.js'
import {
  AUTH0_MAX_IMPORT_BYTES,
  type Credentials,
  type ExportField,
  type ExportFormat,
  type ExportSettings,
  type FailureThreshold,
  type GetJobErrorsSettings,
  type GetJobSettings,
  type ImportSettings,
  type InDoubtDecision,
  OPERATIONS,
  type Operation,
  type Settings,
  type Tenant,
  type VerificationEmailSettings,
  type VerificationIdentity,
} from './settings.js'

export type InputReader = (name: string) => string
export type InputEnv = NodeJS.ProcessEnv | Record<string, string | undefined>

/** Every input of action.yml, with the default action.yml gives it ('' = none). */
export const INPUT_DEFAULTS = {
  operation: '',
  domain: '',
  client_id: '',
  client_secret: '',
  token: '',
  audience: '',
  file: '',
  connection_id: '',
  upsert: 'false',
  external_id: '',
  send_completion_email: 'true',
  format: 'json',
  limit: '',
  fields: '',
  export_path: '',
  user_id: '',
  email_client_id: '',
  identity: '',
  organization_id: '',
  job_id: '',
  wait: 'true',
  timeout: '3600',
  max_failed_users: '0',
  dry_run: 'false',
  chunk_size: '500000',
  progress_file: '',
  max_jobs: '',
  resolve_in_doubt: '',
  client_assertion_key: '',
  client_assertion_alg: 'RS256',
  plan: 'false',
  skip_existing: 'false',
  verify: 'false',
  import_ready: 'false',
  github_token: '',
} as const satisfies Record<string, string>
export type InputName = keyof typeof INPUT_DEFAULTS

const COMMON_INPUTS: readonly InputName[] = [
  'operation',
  'domain',
  'client_id',
  'client_secret',
  'token',
  'audience',
  'client_assertion_key',
  'client_assertion_alg',
  'wait',
  'timeout',
  'github_token',
]

/** The inputs each operation reads, besides the common ones. */
export const OPERATION_INPUTS: Record<Operation, readonly InputName[]> = {
  'import-users': [
    'file',
    'connection_id',
    'upsert',
    'external_id',
    'send_completion_email',
    'max_failed_users',
    'dry_run',
    'chunk_size',
    'progress_file',
    'max_jobs',
    'resolve_in_doubt',
    'plan',
    'skip_existing',
    'verify',
  ],
  'export-users': ['connection_id', 'format', 'limit', 'fields', 'export_path', 'import_ready'],
  'send-verification-email': [
    'user_id',
    'email_client_id',
    'identity',
    'organization_id',
    'max_failed_users',
  ],
  'get-job': ['job_id', 'max_failed_users'],
  'get-job-errors': ['job_id'],
}

/** Smallest `chunk_size` accepted: below this a single ordinary user record would not fit. */
export const MIN_CHUNK_SIZE = 1024
/** Auth0: CSV exports take at most 30 fields; names and column titles at most 100 characters. */
export const MAX_CSV_FIELDS = 30
export const MAX_FIELD_NAME_LENGTH = 100

/**
 * Ranges of the time- and size-like inputs, so every value fits the timers and counters that use
 * it: 5 days in ms is far below the 2^31-1 ms a Node timer holds; no tenant nears a billion users,
 * and no users file splits into 100000 jobs (that would be a 51 GB file).
 */
export const MAX_TIMEOUT_SECONDS = 432_000
export const MAX_EXPORT_LIMIT = 1_000_000_000
export const MAX_JOBS = 100_000

const CONNECTION_ID = /^con_[A-Za-z0-9]{16}$/
const WHOLE = /^\d+$/
const PERCENT = /^(\d+(?:\.\d+)?)%$/
/** Inputs whose values are never quoted in a message. */
const SECRET_INPUTS: readonly InputName[] = ['client_secret', 'token', 'github_token']

/** Parses and validates the inputs for the chosen operation. Throws one InputError. */
export function parseInputs(read: InputReader, env: InputEnv): Settings {
  const get = (name: InputName): string => (read(name) ?? '').trim()
  try {
    return parse(get, env)
  } catch (error) {
    // A secret pasted into the wrong input (say client_id and client_secret swapped) must not be
    // echoed back by the message that complains about it.
    if (error instanceof InputError) {
      const message = redact(error.message, [
        ...SECRET_INPUTS.map((name) => get(name)),
        ...privateKeyMaskParts(get('client_assertion_key')),
      ])
      if (message !== error.message) throw new InputError(error.input, message)
    }
    throw error
  }
}

/**
 * Warnings for inputs that are set but not used by `operation` (an input left at its action.yml
 * default counts as not set, since core.getInput returns the default). main prints each with
 * core.warning.
 */
export function unusedInputWarnings(read: InputReader, operation: Operation): string[] {
  const used = new Set<InputName>([...COMMON_INPUTS, ...OPERATION_INPUTS[operation]])
  const warnings: string[] = []
  const isSet = (name: InputName): boolean => {
    const value = (read(name) ?? '').trim()
    return value !== '' && value.toLowerCase() !== INPUT_DEFAULTS[name].toLowerCase()
  }
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) {
    if (!used.has(name) && isSet(name)) {
      warnings.push(`Input '${name}' is ignored: operation '${operation}' does not use it.`)
    }
  }
  if (isSet('audience') && isSet('token')) {
    warnings.push(
      "Input 'audience' is ignored: it is only used to obtain a token with client_id and client_secret, and 'token' is given.",
    )
  }
  if (isSet('client_assertion_alg') && !isSet('client_assertion_key')) {
    warnings.push(
      "Input 'client_assertion_alg' is ignored: it only applies with 'client_assertion_key' (private-key JWT authentication), which is not set.",
    )
  }
  return warnings
}

type Get = (name: InputName) => string

function parse(get: Get, env: InputEnv): Settings {
  const operation = parseOperation(get('operation'))
  const tenant = parseTenant(get)
  const common = {
    tenant,
    wait: parseBoolean(get, 'wait', true),
    timeoutMs: parseTimeout(get('timeout')),
    githubToken: optional(get('github_token')),
  }
  switch (operation) {
    case 'import-users': {
      const settings: ImportSettings = {
        operation,
        ...common,
        file: parseFile(get('file'), env),
        connectionId: parseConnectionId(get('connection_id'), true),
        upsert: parseBoolean(get, 'upsert', false),
        externalId: optional(get('external_id')),
        sendCompletionEmail: parseBoolean(get, 'send_completion_email', true),
        maxFailedUsers: parseMaxFailedUsers(get('max_failed_users')),
        dryRun: parseBoolean(get, 'dry_run', false),
        chunkSize: parseChunkSize(get('chunk_size')),
        progressFile: parseProgressFile(get('progress_file'), env),
        maxJobs: parseMaxJobs(get('max_jobs')),
        resolveInDoubt: parseResolveInDoubt(get('resolve_in_doubt')),
        ...parseReviewInputs((name) => parseBoolean(get, name, false)),
      }
      checkReviewSettings(settings)
      return settings
    }
    case 'export-users': {
      const format = parseFormat(get('format'))
      const settings: ExportSettings = {
        operation,
        ...common,
        connectionId: parseConnectionId(get('connection_id'), false),
        format,
        limit: parseLimit(get('limit')),
        fields: parseFields(get('fields'), format),
        exportPath: parseExportPath(get('export_path'), env),
        importReady: parseBoolean(get, 'import_ready', false),
      }
      checkReviewSettings(settings)
      return settings
    }
    case 'send-verification-email': {
      const settings: VerificationEmailSettings = {
        operation,
        ...common,
        userIds: parseUserIds(
          required(get, 'user_id', 'the id of the user to send the email to, e.g. auth0|63d1…'),
        ),
        emailClientId: optional(get('email_client_id')),
        identity: parseIdentity(get('identity')),
        organizationId: optional(get('organization_id')),
        maxFailedUsers: parseMaxFailedUsers(get('max_failed_users')),
      }
      return settings
    }
    case 'get-job': {
      const settings: GetJobSettings = {
        operation,
        ...common,
        jobIds: parseJobIds(get('job_id')),
        maxFailedUsers: parseMaxFailedUsers(get('max_failed_users')),
      }
      return settings
    }
    case 'get-job-errors': {
      const ids = parseJobIds(get('job_id'))
      if (ids.length > 1) {
        fail(
          'job_id',
          get('job_id'),
          `expected exactly one job id for get-job-errors (got ${ids.length}); run one step per job, or use get-job to wait for several`,
        )
      }
      const settings: GetJobErrorsSettings = { operation, ...common, jobId: ids[0] as string }
      return settings
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Shows a value inside a message: on one line and not endlessly long. */
function show(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '\\n')
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine
}

function fail(name: InputName, value: string, expected: string): never {
  throw new InputError(name, `Input '${name}' is '${show(value)}': ${expected}.`)
}

function missing(name: InputName, what: string): never {
  throw new InputError(name, `Input '${name}' is required: ${what}.`)
}

function required(get: Get, name: InputName, what: string): string {
  const value = get(name)
  if (value === '') missing(name, `set it to ${what}`)
  return value
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value
}

function redact(message: string, secrets: string[]): string {
  // Very short values would redact ordinary words; real secrets and tokens are long.
  const long = secrets.filter((secret) => secret.length >= 6)
  let result = message
  for (const secret of long) result = result.split(secret).join('***')
  // show() cuts long values at 200 characters: the cut-off tail of a secret ends at the '…'.
  let at = result.indexOf('…')
  while (at !== -1) {
    for (let length = Math.min(at, 200); length >= 6; length--) {
      const tail = result.slice(at - length, at)
      if (long.some((secret) => secret.includes(tail))) {
        result = `${result.slice(0, at - length)}***${result.slice(at)}`
        at = at - length + 3
        break
      }
    }
    at = result.indexOf('…', at + 1)
  }
  return result
}

function parseWhole(value: string): number | undefined {
  if (!WHOLE.test(value)) return undefined
  const number = Number(value)
  return Number.isSafeInteger(number) ? number : undefined
}

// ---------------------------------------------------------------------------------------------
// Operation and tenant

function parseOperation(value: string): Operation {
  const accepted = OPERATIONS.join(', ')
  if (value === '') missing('operation', `set it to one of ${accepted}`)
  const normalized = value.toLowerCase().replaceAll('_', '-')
  const operation = OPERATIONS.find((candidate) => candidate === normalized)
  if (operation === undefined) {
    fail(
      'operation',
      value,
      `expected one of ${accepted} (underscore spellings such as import_users are accepted too)`,
    )
  }
  return operation
}

function parseTenant(get: Get): Tenant {
  const origin = parseDomain(get('domain'))
  return { origin, credentials: parseCredentials(get, origin) }
}

function isLoopback(hostname: string): boolean {
  // URL has already normalised IPv4 (127.1 → 127.0.0.1) and IPv6 (brackets kept).
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  )
}

/** Returns the tenant's origin (`https://acme.eu.auth0.com`, `http://127.0.0.1:8080`). */
export function parseDomain(value: string): string {
  const expected =
    'expected the tenant domain (acme.eu.auth0.com) or its URL (https://acme.eu.auth0.com); http:// is accepted only for loopback hosts (localhost, 127.0.0.0/8, [::1])'
  if (value === '') missing('domain', 'set it to the tenant domain, e.g. acme.eu.auth0.com')
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value)?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') {
    fail('domain', value, `the scheme '${scheme}://' is not supported; ${expected}`)
  }
  let url: URL
  try {
    url = new URL(scheme === undefined ? `https://${value}` : value)
  } catch {
    fail('domain', value, expected)
  }
  if (url.hostname === '' || /\s/.test(value)) fail('domain', value, expected)
  if (url.username !== '' || url.password !== '') {
    fail(
      'domain',
      value,
      `credentials in the URL are not accepted; use client_id and client_secret, or token. ${expected}`,
    )
  }
  if (url.search !== '' || url.hash !== '' || value.endsWith('?') || value.endsWith('#')) {
    fail('domain', value, `a query or fragment is not accepted; ${expected}`)
  }
  if (url.pathname !== '/' && url.pathname !== '') {
    const hint = url.pathname.startsWith('/api/v2')
      ? 'give only the domain; the action adds /api/v2/ itself'
      : 'a path is not accepted; give only the domain'
    fail('domain', value, `${hint}; ${expected}`)
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    fail(
      'domain',
      value,
      `http:// is accepted only for loopback hosts (localhost, 127.0.0.0/8, [::1]); use https:// or the bare domain`,
    )
  }
  return url.origin
}

function parseCredentials(get: Get, origin: string): Credentials {
  const token = get('token')
  const clientId = get('client_id')
  const clientSecret = get('client_secret')
  const key = get('client_assertion_key')
  const ways =
    'give token, or client_id and client_secret, or client_id and client_assertion_key (private-key JWT)'
  if (token !== '' && (clientId !== '' || clientSecret !== '' || key !== '')) {
    const others = [
      clientId !== '' ? "'client_id'" : '',
      clientSecret !== '' ? "'client_secret'" : '',
      key !== '' ? "'client_assertion_key'" : '',
    ]
      .filter(Boolean)
      .join(' and ')
    throw new InputError(
      'token',
      `Input 'token' is set together with ${others}: ${ways}, not both ways of authenticating.`,
    )
  }
  if (token !== '') return { kind: 'token', token }
  if (clientId === '' && clientSecret === '' && key === '') {
    throw new InputError(
      'client_id',
      `No credentials: inputs 'client_id', 'client_secret', 'client_assertion_key' and 'token' are all empty; ${ways} (of a machine-to-machine application authorised for the Management API).`,
    )
  }
  if (clientSecret !== '' && key !== '') {
    throw new InputError(
      'client_assertion_key',
      `Inputs 'client_secret' and 'client_assertion_key' are both set: give client_id with client_secret, or client_id with client_assertion_key (private-key JWT), not both ways of authenticating.`,
    )
  }
  if (key !== '') {
    if (clientId === '') {
      throw new InputError(
        'client_id',
        `Input 'client_id' is required when 'client_assertion_key' is set: the client assertion is issued for that application (iss and sub are its client id).`,
      )
    }
    return {
      kind: 'private-key-jwt',
      clientId,
      privateKey: parsePrivateKey(key),
      algorithm: parseAssertionAlg(get('client_assertion_alg')),
      audience: parseAudience(get('audience'), origin),
    }
  }
  if (clientSecret === '') {
    throw new InputError(
      'client_secret',
      `Input 'client_secret' is required when 'client_id' is set: give client_id and client_secret, or client_id and client_assertion_key (private-key JWT), or token instead.`,
    )
  }
  if (clientId === '') {
    throw new InputError(
      'client_id',
      `Input 'client_id' is required when 'client_secret' is set: give client_id and client_secret, or token instead.`,
    )
  }
  return {
    kind: 'client-credentials',
    clientId,
    clientSecret,
    audience: parseAudience(get('audience'), origin),
  }
}

/** `client_assertion_key`: checked here so a bad key fails before anything is sent. Never quoted. */
function parsePrivateKey(value: string): string {
  try {
    return readPrivateKey(value).pem
  } catch (error) {
    if (!(error instanceof PrivateKeyError)) throw error
    throw new InputError(
      'client_assertion_key',
      `Input 'client_assertion_key' cannot be used: ${error.message}.`,
    )
  }
}

/** `client_assertion_alg`: RS256 (default), RS384 or PS256, in any letter case. */
function parseAssertionAlg(value: string): (typeof CLIENT_ASSERTION_ALGORITHMS)[number] {
  if (value === '') return 'RS256'
  const algorithm = parseAssertionAlgorithm(value)
  if (algorithm === undefined) {
    fail(
      'client_assertion_alg',
      value,
      `expected ${CLIENT_ASSERTION_ALGORITHMS.join(', ')} (the algorithm chosen for the application's Private Key JWT credential in Auth0; default RS256)`,
    )
  }
  return algorithm
}

function parseAudience(value: string, origin: string): string {
  if (value === '') return `${origin}/api/v2/`
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    fail(
      'audience',
      value,
      `expected a URL, the Management API identifier such as ${origin}/api/v2/ (or leave it empty for that default)`,
    )
  }
  return value
}

// ---------------------------------------------------------------------------------------------
// Shared scalar inputs

function parseBoolean(get: Get, name: InputName, fallback: boolean): boolean {
  const value = get(name)
  if (value === '') return fallback
  const lower = value.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  return fail(name, value, `expected true or false (default ${fallback})`)
}

function parseTimeout(value: string): number {
  if (value === '') return 3600 * 1000
  const seconds = parseWhole(value)
  if (seconds === undefined || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
    fail(
      'timeout',
      value,
      `expected a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS} seconds (5 days, the longest a job may run on a self-hosted runner), e.g. 3600`,
    )
  }
  return seconds * 1000
}

/** `max_failed_users`: `0`, `25`, `1%`, `2.5%`. */
export function parseMaxFailedUsers(value: string): FailureThreshold {
  if (value === '') return { kind: 'count', max: 0 }
  const expected =
    'expected a whole number of users (0 or more), or a percentage of the users from 0% to 100% such as 1% or 2.5%'
  const count = parseWhole(value)
  if (count !== undefined) return { kind: 'count', max: count }
  const percent = PERCENT.exec(value)?.[1]
  if (percent !== undefined) {
    const max = Number(percent)
    if (Number.isFinite(max) && max >= 0 && max <= 100) return { kind: 'percent', max }
  }
  return fail('max_failed_users', value, expected)
}

function parseChunkSize(value: string): number {
  if (value === '') return 500_000
  const size = parseWhole(value)
  if (size === undefined || size < MIN_CHUNK_SIZE || size > AUTH0_MAX_IMPORT_BYTES) {
    fail(
      'chunk_size',
      value,
      `expected a whole number of bytes from ${MIN_CHUNK_SIZE} to ${AUTH0_MAX_IMPORT_BYTES} (Auth0 rejects a users file over ${AUTH0_MAX_IMPORT_BYTES} bytes with 413), e.g. 500000`,
    )
  }
  return size
}

function parseConnectionId(value: string, isRequired: true): string
function parseConnectionId(value: string, isRequired: false): string | undefined
function parseConnectionId(value: string, isRequired: boolean): string | undefined {
  if (value === '') {
    if (isRequired)
      missing(
        'connection_id',
        "set it to the database connection's id (con_ followed by 16 letters or digits)",
      )
    return undefined
  }
  if (!CONNECTION_ID.test(value)) {
    fail(
      'connection_id',
      value,
      "expected a connection id: con_ followed by 16 letters or digits, e.g. con_0123456789abcdef; use the connection's id (con_…), not its name",
    )
  }
  return value
}

// ---------------------------------------------------------------------------------------------
// import-users

/** Resolves `file` against the workspace and checks it is a readable regular file. */
function parseFile(value: string, env: InputEnv): string {
  if (value === '') {
    missing(
      'file',
      "import-users needs the users file, a JSON array in Auth0's bulk-import format (relative to the workspace)",
    )
  }
  const path = resolveInWorkspace(value, env)
  let stats: ReturnType<typeof statSync>
  try {
    stats = statSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    fail(
      'file',
      value,
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `no such file (looked for ${path}); relative paths are resolved against the workspace, so check out the repository first`
        : `cannot read ${path} (${code ?? String(error)})`,
    )
  }
  if (!stats.isFile()) {
    fail(
      'file',
      value,
      `${path} is ${stats.isDirectory() ? 'a directory' : 'not a regular file'}; expected the users file`,
    )
  }
  try {
    accessSync(path, constants.R_OK)
  } catch (error) {
    fail(
      'file',
      value,
      `${path} is not readable (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    )
  }
  return path
}

function resolveInWorkspace(value: string, env: InputEnv): string {
  if (isAbsolute(value)) return resolve(value)
  const workspace = env.GITHUB_WORKSPACE
  return resolve(workspace !== undefined && workspace !== '' ? workspace : process.cwd(), value)
}

// ---------------------------------------------------------------------------------------------
// export-users

function parseFormat(value: string): ExportFormat {
  if (value === '') return 'json'
  const lower = value.toLowerCase()
  if (lower === 'json' || lower === 'csv') return lower
  return fail('format', value, 'expected json or csv')
}

function parseLimit(value: string): number | undefined {
  if (value === '') return undefined
  const limit = parseWhole(value)
  if (limit === undefined || limit < 1 || limit > MAX_EXPORT_LIMIT) {
    fail(
      'limit',
      value,
      `expected a whole number of users from 1 to ${MAX_EXPORT_LIMIT}, or leave it empty to export all users`,
    )
  }
  return limit
}

/** `fields`: a JSON array of names or {name, export_as} objects, or a comma/newline list of names. */
export function parseFields(value: string, format: ExportFormat): ExportField[] | undefined {
  if (value === '') return undefined
  const bad = (why: string): never =>
    fail(
      'fields',
      value,
      `${why}; expected a JSON array of field names or {"name": …, "export_as": …} objects, or a comma/newline-separated list of names`,
    )
  let fields: ExportField[]
  if (value.startsWith('[') || value.startsWith('{')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch (error) {
      return bad(`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`)
    }
    if (!Array.isArray(parsed))
      return bad('a JSON value must be an array, e.g. ["email", {"name": "user_id"}]')
    fields = parsed.map((item, index) => toField(item, index, bad))
  } else {
    fields = value
      .split(/[\n,]/)
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name) => ({ name }))
  }
  if (fields.length === 0)
    return bad("the list is empty; leave the input empty for Auth0's default fields")
  for (const field of fields) {
    if (field.name.length > MAX_FIELD_NAME_LENGTH) {
      bad(`the field name '${show(field.name)}' is longer than ${MAX_FIELD_NAME_LENGTH} characters`)
    }
  }
  if (format === 'csv' && fields.length > MAX_CSV_FIELDS) {
    bad(
      `${fields.length} fields given, but Auth0 accepts at most ${MAX_CSV_FIELDS} for a csv export`,
    )
  }
  return fields
}

function toField(item: unknown, index: number, bad: (why: string) => never): ExportField {
  const at = `item ${index + 1}`
  if (typeof item === 'string') {
    if (item.trim() === '') bad(`${at} is an empty name`)
    return { name: item }
  }
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return bad(
      `${at} is ${item === null ? 'null' : Array.isArray(item) ? 'an array' : `a ${typeof item}`}, not a name or an object`,
    )
  }
  const record = item as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (key !== 'name' && key !== 'export_as')
      bad(`${at} has the key '${show(key)}'; an object takes only name and export_as`)
  }
  const { name, export_as: exportAs } = record
  if (typeof name !== 'string' || name.trim() === '') bad(`${at} has no "name" string`)
  const field: ExportField = { name: name as string }
  if (exportAs !== undefined) {
    if (typeof exportAs !== 'string') bad(`${at} has an "export_as" that is not a string`)
    if ((exportAs as string).length > MAX_FIELD_NAME_LENGTH) {
      bad(`${at} has an "export_as" longer than ${MAX_FIELD_NAME_LENGTH} characters`)
    }
    field.export_as = exportAs as string
  }
  return field
}

function parseExportPath(value: string, env: InputEnv): string | undefined {
  if (value === '') return undefined
  if (value.endsWith('/') || value.endsWith('\\')) {
    fail(
      'export_path',
      value,
      'expected a file path, not a folder, e.g. exports/users.ndjson (or leave it empty for a file under RUNNER_TEMP)',
    )
  }
  return resolveInWorkspace(value, env)
}

/** `progress_file`: where a resumable record of a split import is kept (empty = none). */
function parseProgressFile(value: string, env: InputEnv): string | undefined {
  if (value === '') return undefined
  if (value.endsWith('/') || value.endsWith('\\')) {
    fail('progress_file', value, 'expected a file path, not a folder, e.g. migration/progress.json')
  }
  return resolveInWorkspace(value, env)
}

/** `max_jobs`: submit at most this many jobs in this run (empty = all). */
function parseMaxJobs(value: string): number | undefined {
  if (value === '') return undefined
  const jobs = parseWhole(value)
  if (jobs === undefined || jobs < 1 || jobs > MAX_JOBS) {
    fail(
      'max_jobs',
      value,
      `expected a whole number of jobs from 1 to ${MAX_JOBS}, or empty for no limit`,
    )
  }
  return jobs
}

/**
 * `resolve_in_doubt`: `N=job_…` (Auth0 created that job for chunk N) or `N=resubmit` (it created
 * none), separated by commas, spaces or newlines.
 */
export function parseResolveInDoubt(value: string): ReadonlyMap<number, InDoubtDecision> {
  const decisions = new Map<number, InDoubtDecision>()
  for (const item of value.split(/[\s,]+/).filter((part) => part !== '')) {
    const match = /^([1-9][0-9]{0,6})=(resubmit|job_[A-Za-z0-9]{1,64})$/.exec(item)
    const chunk = Number(match?.[1])
    const decision: InDoubtDecision | undefined =
      match?.[2] === undefined
        ? undefined
        : match[2] === 'resubmit'
          ? { kind: 'resubmit' }
          : { kind: 'job', jobId: match[2] }
    if (!decision || decisions.has(chunk)) {
      fail(
        'resolve_in_doubt',
        value,
        `each entry is CHUNK=job_<id> (Auth0 created that job for the chunk) or CHUNK=resubmit (it created none), one per chunk, e.g. "3=job_abc123, 4=resubmit"${decision ? ` (chunk ${chunk} is given twice)` : ''}`,
      )
    }
    decisions.set(chunk, decision)
  }
  return decisions
}

// ---------------------------------------------------------------------------------------------
// send-verification-email

/** `user_id`: one or several user ids, separated by commas, spaces or newlines; repeats dropped. */
export function parseUserIds(value: string): string[] {
  const ids = [...new Set(value.split(/[\s,]+/).filter((id) => id !== ''))]
  if (ids.length === 0) {
    fail(
      'user_id',
      value,
      'one or more user ids, e.g. auth0|63d1…, separated by commas, spaces or newlines',
    )
  }
  return ids
}

/** `identity`: a JSON object with non-empty `user_id` and `provider`, optional `connection_id`. */
export function parseIdentity(value: string): VerificationIdentity | undefined {
  if (value === '') return undefined
  const bad = (why: string): never =>
    fail(
      'identity',
      value,
      `${why}; expected a JSON object such as {"user_id": "5457edea1b8f22891a000004", "provider": "google-oauth2"} (connection_id optional)`,
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    return bad('it is not valid JSON')
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return bad(
      `it is ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`}, not an object`,
    )
  }
  const record = parsed as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (key !== 'user_id' && key !== 'provider' && key !== 'connection_id') {
      bad(`the key '${show(key)}' is not accepted (only user_id, provider and connection_id)`)
    }
  }
  const { user_id: userId, provider, connection_id: connectionId } = record
  if (typeof userId !== 'string' || userId === '') bad('"user_id" must be a non-empty string')
  if (typeof provider !== 'string' || provider === '') bad('"provider" must be a non-empty string')
  const identity: VerificationIdentity = { user_id: userId as string, provider: provider as string }
  if (connectionId !== undefined) {
    if (typeof connectionId !== 'string' || connectionId === '')
      bad('"connection_id" must be a non-empty string')
    identity.connection_id = connectionId as string
  }
  return identity
}

// ---------------------------------------------------------------------------------------------
// get-job / get-job-errors

/** Splits `job_id` on commas, spaces and newlines; validates each id; drops duplicates. */
export function parseJobIds(value: string): string[] {
  if (value === '')
    missing(
      'job_id',
      'set it to the id of the job to look at (job_ followed by 16 letters or digits)',
    )
  const ids = value.split(/[\s,]+/).filter((id) => id !== '')
  if (ids.length === 0)
    fail('job_id', value, 'expected a job id: job_ followed by 16 letters or digits')
  for (const id of ids) {
    if (!JOB_ID_PATTERN.test(id)) {
      fail(
        'job_id',
        value,
        `'${show(id)}' is not a job id; expected job_ followed by 16 letters or digits, e.g. job_0123456789abcdef (several ids may be separated by commas, spaces or newlines)`,
      )
    }
  }
  return [...new Set(ids)]
}
