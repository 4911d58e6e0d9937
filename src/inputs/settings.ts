/**
 * The typed result of parsing the action's inputs once (parse.ts). Everything downstream
 * takes these values; nothing else reads an input.
 */

export const OPERATIONS = [
  'import-users',
  'export-users',
  'send-verification-email',
  'get-job',
  'get-job-errors',
] as const
export type Operation = (typeof OPERATIONS)[number]

export type Credentials =
  | { kind: 'client-credentials'; clientId: string; clientSecret: string; audience: string }
  | {
      /** Client-credentials grant authenticated with a signed client assertion (private_key_jwt). */
      kind: 'private-key-jwt'
      clientId: string
      /** PEM text of the RSA private key (normalised, checked: ≥ 2048 bits). */
      privateKey: string
      algorithm: 'RS256' | 'RS384' | 'PS256'
      /** Audience of the access token requested (the Management API identifier). */
      audience: string
    }
  | { kind: 'token'; token: string }

export interface Tenant {
  /** Origin of the tenant, no trailing slash: `https://acme.eu.auth0.com` or `http://127.0.0.1:8080`. */
  origin: string
  credentials: Credentials
}

/** `max_failed_users`: a whole number of users, or a percentage of the users looked at. */
export type FailureThreshold = { kind: 'count'; max: number } | { kind: 'percent'; max: number }

export interface CommonSettings {
  tenant: Tenant
  wait: boolean
  /** `timeout` in milliseconds, counted from the start of the step. */
  timeoutMs: number
  /** `github_token`: comment on the pull request the workflow runs for (undefined: no comment). */
  githubToken?: string
}

export interface ImportSettings extends CommonSettings {
  operation: 'import-users'
  /** Absolute path of the users file. */
  file: string
  connectionId: string
  upsert: boolean
  externalId: string | undefined
  sendCompletionEmail: boolean
  maxFailedUsers: FailureThreshold
  dryRun: boolean
  /** Largest users file sent in one job, in bytes (≤ 512000). */
  chunkSize: number
  /** Absolute path of the resumable progress record, or undefined when not kept. */
  progressFile: string | undefined
  /** Submit at most this many jobs in this run (the rest wait for a later run). */
  maxJobs: number | undefined
  /** `resolve_in_doubt`: what became of chunks in doubt, by chunk number (1-based). */
  resolveInDoubt: ReadonlyMap<number, InDoubtDecision>
  /** `plan`: classify the file's users against the connection before submitting. */
  plan?: boolean
  /** `skip_existing`: leave out users already there unchanged (implies plan). */
  skipExisting?: boolean
  /** `verify`: read the connection after the jobs end and check every user. */
  verify?: boolean
}

/** A chunk whose submission is in doubt: Auth0 created `jobId` for it, or no job (resubmit). */
export type InDoubtDecision = { kind: 'job'; jobId: string } | { kind: 'resubmit' }

export type ExportFormat = 'json' | 'csv'
export interface ExportField {
  name: string
  export_as?: string
}

export interface ExportSettings extends CommonSettings {
  operation: 'export-users'
  connectionId: string | undefined
  format: ExportFormat
  limit: number | undefined
  fields: ExportField[] | undefined
  /** Absolute path, or undefined for `$RUNNER_TEMP/auth0-users-export-<job_id>.<ndjson|csv>`. */
  exportPath: string | undefined
  /** `import_ready`: write a JSON array in the bulk-import format instead of Auth0's NDJSON. */
  importReady?: boolean
}

export interface VerificationIdentity {
  user_id: string
  provider: string
  connection_id?: string
}

export interface VerificationEmailSettings extends CommonSettings {
  operation: 'send-verification-email'
  /** One job is sent per user, in this order. */
  userIds: string[]
  emailClientId: string | undefined
  identity: VerificationIdentity | undefined
  organizationId: string | undefined
  maxFailedUsers: FailureThreshold
}

export interface GetJobSettings extends CommonSettings {
  operation: 'get-job'
  jobIds: string[]
  maxFailedUsers: FailureThreshold
}

export interface GetJobErrorsSettings extends CommonSettings {
  operation: 'get-job-errors'
  jobId: string
}

export type Settings =
  | ImportSettings
  | ExportSettings
  | VerificationEmailSettings
  | GetJobSettings
  | GetJobErrorsSettings

/** Auth0 refuses a users file over this many bytes with a 413. */
export const AUTH0_MAX_IMPORT_BYTES = 512_000
