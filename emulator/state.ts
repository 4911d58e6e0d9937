/**
 * The emulated tenant's working state: its clock, jobs, users, tokens, export files and links,
 * and what tests read back (requests, uploads, stats). Handlers change it only through here.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { generatedSource, renderExport, tenantSource } from './exports.ts'
import { storedUser } from './import-file.ts'
import {
  type ExportField,
  type ExportSource,
  isFinalStatus,
  type JobErrors,
  type JobRecord,
  jobBody,
  jobEndsAt,
  jobState,
  newJobId,
  randomHex,
  type TenantUser,
} from './job-record.ts'
import type { Tenant, TenantClient, TenantConnection } from './tenant.ts'
import type {
  EmulatorOptions,
  EmulatorStats,
  Fault,
  ImportUpload,
  RecordedRequest,
  VerificationEmailRequest,
} from './types.ts'

/** Auth0 deletes a job and its errors 24 hours after it was created. */
export const JOB_RETENTION_MS = 24 * 60 * 60 * 1000

export interface IssuedToken {
  expiresAt: number
  scopes: string[]
  clientId: string
}

export class TenantState {
  readonly tenant: Tenant
  readonly options: EmulatorOptions
  url = ''
  clockOffsetMs = 0
  readonly pendingMs: number
  readonly processingMs: number
  readonly msPerUser: number
  readonly tokenLifetimeMs: number
  readonly signingKey = randomBytes(32)
  readonly jobs = new Map<string, JobRecord>()
  /** Email lower-cased → user. */
  readonly users = new Map<string, TenantUser>()
  readonly tokens = new Map<string, IssuedToken>()
  readonly exportFiles = new Map<string, Promise<Buffer>>()
  /** Signature → link. */
  readonly links = new Map<string, { path: string; expiresAt: number }>()
  /** jti → exp (epoch s) of client assertions already used. */
  readonly usedAssertionIds = new Map<string, number>()
  readonly faults: Fault[] = []
  readonly requests: RecordedRequest[] = []
  readonly imports: ImportUpload[] = []
  readonly verificationEmails: VerificationEmailRequest[] = []
  readonly tokenRejections: string[] = []
  readonly stats: EmulatorStats = {
    maxActiveImports: 0,
    jobsCreated: 0,
    tooManyRequests: 0,
    rateLimited: 0,
    activeImportRejections: 0,
    tokensIssued: 0,
  }
  readonly timers = new Set<NodeJS.Timeout>()

  constructor(tenant: Tenant, options: EmulatorOptions) {
    this.tenant = tenant
    this.options = options
    this.pendingMs = options.jobTiming?.pendingMs ?? 100
    this.processingMs = options.jobTiming?.processingMs ?? 200
    this.msPerUser = options.jobTiming?.msPerUser ?? 0
    this.tokenLifetimeMs = (options.tokenLifetimeSeconds ?? 86400) * 1000
    const stamp = new Date(this.now()).toISOString()
    for (const user of tenant.users) {
      const connection = this.connection(user.connection) ?? tenant.connections[0]
      const name = connection?.name ?? 'Username-Password-Authentication'
      const stored = storedUser(user, { connection: name, stamp })
      if (connection && connection.strategy !== 'auth0') {
        stored.identities = [
          { ...(stored.identities as object[])[0], provider: connection.strategy },
        ]
      }
      for (const [key, value] of Object.entries(user)) {
        if (['password_hash', 'custom_password_hash', 'mfa_factors', 'connection'].includes(key))
          continue
        stored[key] = key === 'user_id' ? stored.user_id : structuredClone(value)
      }
      this.users.set(user.email.toLowerCase(), stored)
    }
  }

  now(): number {
    return Date.now() + this.clockOffsetMs
  }

  get defaultConnection(): string {
    return this.tenant.connections[0]?.name ?? 'Username-Password-Authentication'
  }

  /** A connection by id or name. */
  connection(idOrName: string | undefined): TenantConnection | undefined {
    if (idOrName === undefined) return undefined
    return this.tenant.connections.find((c) => c.id === idOrName || c.name === idOrName)
  }

  client(clientId: string | undefined): TenantClient | undefined {
    return this.tenant.clients.find((c) => c.clientId === clientId)
  }

  userById(userId: string): TenantUser | undefined {
    for (const user of this.users.values()) if (user.user_id === userId) return user
    return undefined
  }

  /** A job that still exists: unknown ids and jobs past Auth0's retention are gone. */
  liveJob(id: string): JobRecord | undefined {
    const job = this.jobs.get(id)
    if (job && this.now() - job.createdAt >= JOB_RETENTION_MS) {
      this.jobs.delete(id)
      this.exportFiles.delete(id)
      return undefined
    }
    return job
  }

  activeImports(now: number): number {
    let active = 0
    for (const job of this.jobs.values()) {
      if (job.type === 'users_import' && !isFinalStatus(jobState(job, now).status)) active++
    }
    return active
  }

  addJob(job: JobRecord, viaApi = true): void {
    this.jobs.set(job.id, job)
    if (viaApi) this.stats.jobsCreated++
    if (job.type === 'users_import') {
      const now = this.now()
      if (jobEndsAt(job) > now) {
        this.stats.maxActiveImports = Math.max(this.stats.maxActiveImports, this.activeImports(now))
      }
    }
  }

  newRecord(type: string, attributes: Record<string, unknown>, users: number): JobRecord {
    return {
      id: newJobId(),
      type,
      createdAt: this.now(),
      pendingMs: this.pendingMs,
      processingMs: this.processingMs + this.msPerUser * users,
      finalStatus: 'completed',
      attributes,
      errors: 'none' as JobErrors,
    }
  }

  exportFile(job: JobRecord): Promise<Buffer> {
    let file = this.exportFiles.get(job.id)
    if (!file) {
      const format = job.attributes.format === 'csv' ? 'csv' : 'json'
      file = renderExport(job.exportSource ?? generatedSource(0, this.defaultConnection), {
        format,
        fields: job.attributes.fields as ExportField[] | undefined,
        limit: job.attributes.limit as number | undefined,
      })
      file.catch(() => {})
      this.exportFiles.set(job.id, file)
    }
    return file
  }

  exportSourceFor(connection?: { name: string }): ExportSource {
    const stored = [...this.users.values()].filter((user) => {
      if (!connection) return true
      const identities = user.identities as { connection?: string }[] | undefined
      return identities?.[0]?.connection === connection.name
    })
    if (this.users.size > 0) return tenantSource(stored)
    return generatedSource(
      this.options.exportUsers ?? 10,
      connection?.name ?? this.defaultConnection,
    )
  }

  signedLocation(job: JobRecord, now: number): string {
    const format = job.attributes.format === 'csv' ? 'csv' : 'json'
    const path = `/exports/${job.id}/${this.tenant.name}.${format}.gz`
    const expiresAt = now + (this.options.exportLinkTtlMs ?? 60_000)
    const expires = Math.ceil(expiresAt / 1000)
    const signature = createHmac('sha256', this.signingKey)
      .update(`${path}\n${expiresAt}\n${randomHex(8)}`)
      .digest('hex')
    if (this.links.size >= 1000) {
      for (const [key, link] of this.links) if (link.expiresAt < now) this.links.delete(key)
    }
    this.links.set(signature, { path, expiresAt })
    return `${this.url}${path}?Expires=${expires}&Signature=${signature}`
  }

  fullJobBody(job: JobRecord, now: number): Record<string, unknown> {
    const body = jobBody(job, now)
    if (job.type === 'users_export' && body.status === 'completed') {
      body.location = job.location ?? this.signedLocation(job, now)
    } else if (job.location !== undefined && isFinalStatus(String(body.status))) {
      body.location = job.location
    }
    return body
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        resolve()
      }, ms)
      this.timers.add(timer)
    })
  }
}
