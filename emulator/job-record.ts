/**
 * Job records of the emulated tenant and their lifecycle over the emulator's clock.
 */
import { randomBytes } from 'node:crypto'

export type FinalStatus = 'completed' | 'failed' | 'expired'

export interface ImportSummary {
  failed: number
  updated: number
  inserted: number
  total: number
}

export interface UserError {
  code: string
  message: string
  path?: string
}

export interface JobErrorEntry {
  user: unknown
  errors: UserError[]
}

/**
 * What GET /jobs/{id}/errors answers once the job is final: per-user entries (200 array, or 204
 * when the array is empty), `'none'` (204) or `'job'` (200 with the job object).
 */
export type JobErrors = JobErrorEntry[] | 'none' | 'job'

export interface ExportField {
  name: string
  export_as?: string
}

/** A tenant user as the emulator stores it (email is the key of `Emulator.users`). */
export interface TenantUser {
  user_id: string
  email: string
  [key: string]: unknown
}

export interface JobRecord {
  id: string
  type: string
  /** Epoch ms. */
  createdAt: number
  pendingMs: number
  processingMs: number
  /** Status reached when the lifecycle is over. */
  finalStatus: FinalStatus
  /** A status that never changes (seeded jobs). */
  fixedStatus?: string
  /** Fields echoed in the job object (connection_id, connection, upsert, format, ...). */
  attributes: Record<string, unknown>
  summary?: ImportSummary
  statusDetails?: string
  errors: JobErrors
  /** A job occupying an import slot that was not submitted through the API. */
  foreign?: boolean
  /** Export jobs: the users to export, captured when the job was created. */
  exportSource?: ExportSource
  /** A fixed `location` for seeded jobs; otherwise export jobs get fresh signed links. */
  location?: string
}

export interface ExportSource {
  count: number
  get(index: number): Record<string, unknown>
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export function randomAlnum(length: number): string {
  const bytes = randomBytes(length)
  let out = ''
  for (const byte of bytes) out += ALNUM[byte % ALNUM.length]
  return out
}

export function newJobId(): string {
  return `job_${randomAlnum(16)}`
}

export const JOB_ID_PATTERN = /^job_[A-Za-z0-9]{16}$/
export const CONNECTION_ID_PATTERN = /^con_[A-Za-z0-9]{16}$/

export interface JobState {
  status: string
  percentage_done?: number
  time_left_seconds?: number
}

/** The job's status at `now`, computed from its timestamps. */
export function jobState(job: JobRecord, now: number): JobState {
  if (job.fixedStatus !== undefined) return { status: job.fixedStatus }
  const elapsed = now - job.createdAt
  if (elapsed < job.pendingMs) return { status: 'pending' }
  const processed = elapsed - job.pendingMs
  if (processed < job.processingMs) {
    const left = job.processingMs - processed
    return {
      status: 'processing',
      percentage_done: Math.min(99, Math.floor((processed / job.processingMs) * 100)),
      time_left_seconds: Math.ceil(left / 1000),
    }
  }
  return { status: job.finalStatus }
}

export function isFinalStatus(status: string): boolean {
  return status === 'completed' || status === 'failed' || status === 'expired'
}

/** Epoch ms when the job's lifecycle ends (Infinity for a fixed unfinished status). */
export function jobEndsAt(job: JobRecord): number {
  if (job.fixedStatus !== undefined)
    return isFinalStatus(job.fixedStatus) ? job.createdAt : Infinity
  return job.createdAt + job.pendingMs + job.processingMs
}

/** The job object as Auth0 returns it. `location` is added by the caller for exports. */
export function jobBody(job: JobRecord, now: number): Record<string, unknown> {
  const state = jobState(job, now)
  const body: Record<string, unknown> = { type: job.type, status: state.status }
  Object.assign(body, job.attributes)
  body.created_at = new Date(job.createdAt).toISOString()
  body.id = job.id
  if (state.percentage_done !== undefined) {
    body.percentage_done = state.percentage_done
    body.time_left_seconds = state.time_left_seconds
  }
  if (isFinalStatus(state.status)) {
    if (job.summary) body.summary = { ...job.summary }
    if (job.statusDetails !== undefined) body.status_details = job.statusDetails
  }
  return body
}

export function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2))
    .toString('hex')
    .slice(0, length)
}
