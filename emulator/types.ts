/**
 * The emulator's public types: its options, the handle `startEmulator` returns, and the records
 * tests read. Erasable TypeScript only (Node runs the emulator without a build step).
 */
import type { KeyObject } from 'node:crypto'
import type { AssertionAlg } from './client-assertion.ts'
import type { FinalStatus, ImportSummary, JobErrors, JobRecord, TenantUser } from './job-record.ts'
import type { TenantDescription } from './tenant.ts'

export interface Connection {
  id: string
  name: string
}

export interface EmulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. Always binds 127.0.0.1. */
  port?: number
  /**
   * The tenant: clients with their grants, connections, users and organizations (see
   * emulator/README.md). Without one, a default tenant built from the options below.
   */
  tenant?: TenantDescription
  /** Serve https with a certificate made at start; the CA is written to `Emulator.caFile`. */
  https?: boolean
  /** The default tenant's M2M application (ignored when `tenant` is given). */
  clientId?: string
  clientSecret?: string
  /** The default application's Management API grant (default read:users, update:users, create:users). */
  scopes?: string[]
  tokenLifetimeSeconds?: number
  /** Database connections of the default tenant. */
  connections?: Connection[]
  /** Users of the default tenant before the run (extra profile fields are kept, e.g. for exports). */
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
   * Which user ids exist for POST /jobs/verification-email: `'auth0-prefix'` (default tenant's
   * default) accepts tenant users and any id starting with `auth0|`; `'tenant'` (a described
   * tenant's only mode) accepts only tenant users.
   */
  verificationUsers?: 'auth0-prefix' | 'tenant'
  /**
   * Private Key JWT credentials of the default application (Auth0 allows two, for rotation):
   * public keys as PEM or KeyObject (a private key counts as its public half).
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
  /** Epoch ms of arrival (the emulator's clock). */
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
  /** Epoch ms on the emulator's clock; default now. */
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
  /** `http://127.0.0.1:PORT`, or `https://…` with `https: true`. */
  url: string
  /** `127.0.0.1:PORT`: what an SDK takes as its `domain`. */
  domain: string
  /** The first client of the tenant (the default tenant's only one). */
  clientId: string
  clientSecret: string
  /** Every client of the tenant with its credentials and grant (`scopes` absent: no grant). */
  clients: { client_id: string; client_secret?: string; scopes?: string[] }[]
  connections: Connection[]
  /** With `https: true`: the PEM of the CA that signed the server certificate, and its file. */
  caCert?: string
  caFile?: string
  close(): Promise<void>
  requests: RecordedRequest[]
  imports: ImportUpload[]
  verificationEmails: VerificationEmailRequest[]
  stats: EmulatorStats
  /** A snapshot of the jobs, id → record (changing it changes nothing). */
  readonly jobs: ReadonlyMap<string, Readonly<JobRecord>>
  /** A snapshot of the tenant users, email lower-cased → user. */
  readonly users: ReadonlyMap<string, Readonly<TenantUser>>
  job(id: string): Readonly<JobRecord> | undefined
  /** A tenant user by email (any case). */
  user(email: string): Readonly<TenantUser> | undefined
  inject(fault: Fault): void
  /** The next `count` export downloads answer `status` (S3-style XML error). */
  failDownloads(count: number, status?: number): void
  expireTokens(): void
  /** Moves the emulator's clock forward: job lifecycles, token expiry, retention, links. */
  advanceClock(ms: number): void
  /** The emulator's clock (epoch ms): real time plus every `advanceClock`. */
  now(): number
  /** The next `count` new users of imports are reported inserted but not stored (lost-inserts.ts). */
  loseInserts(count: number): void
  /** Makes a job end `failed` with these details instead of its planned outcome. */
  failJob(id: string, statusDetails: string): void
  createJob(job: SeedJob): string
  addForeignImport(durationMs: number): string
  /** Why /oauth/token refused each client authentication it refused, in order. */
  tokenRejections: string[]
}
