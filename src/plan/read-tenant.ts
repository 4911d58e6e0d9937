/**
 * Reading the users already in the connection into a TenantIndex, the cheaper of two ways
 * (README, "Review before, verify after"):
 * - an export job of the connection with only the compared fields: one job, its creation and
 *   status reads, and a download that is not a Management API request;
 * - for a file of at most 100 users that can only match by email, one users-by-email look-up per
 *   email (plus one read of the connection's name, to keep only that connection's users).
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Dispatcher } from 'undici'
import type { Job } from '../auth0/job.js'
import { DownloadRefusedError, downloadExport } from '../export/download.js'
import { JobTracker } from '../jobs/tracker.js'
import type { Clock } from '../runtime/clock.js'
import type { Deadline } from '../runtime/deadline.js'
import { ApiError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { type ComparedAttribute, EXPORT_FIELDS } from './attributes.js'
import { readNdjson } from './ndjson.js'
import type { TenantSource } from './plan-pass.js'
import { TenantIndex } from './tenant-index.js'

/** What reading the connection needs of the Management API (ManagementApi; fakes in tests). */
export interface UsersApi {
  createExport(body: Record<string, unknown>): Promise<Job>
  getJob(id: string): Promise<Job>
  usersByEmail(email: string): Promise<unknown[]>
  connectionName(id: string): Promise<string>
}

export interface ReadContext {
  api: UsersApi
  clock: Clock
  deadline: Deadline
  logger: Logger
  runnerTemp: string
  dispatcher: Dispatcher
}

/** Look-ups are for small files only: at most 100 users (README, "Review before, verify after"). */
export const MAX_LOOKUP_USERS = 100
/**
 * An export is one job that reads the whole connection, however small the file; look-ups are
 * chosen while they take at most as many requests as a file of MAX_LOOKUP_USERS users would
 * (one per user, one for the connection's name).
 */
export const MAX_LOOKUP_REQUESTS = MAX_LOOKUP_USERS + 1
const DOWNLOAD_ATTEMPTS = 3

/**
 * The emails to look up for these users, or undefined when an export is needed: too many users,
 * or a user with a user_id, username or phone_number (Auth0 matches on those too, and only an
 * export reads them consistently). An email with capitals is looked up as written and in lower
 * case (users-by-email matches exactly).
 */
export function lookupEmails(users: readonly Record<string, unknown>[]): string[] | undefined {
  if (users.length > MAX_LOOKUP_USERS) return undefined
  const emails = new Set<string>()
  for (const user of users) {
    if (user.user_id !== undefined || user.username !== undefined) return undefined
    if (user.phone_number !== undefined || typeof user.email !== 'string') return undefined
    emails.add(user.email)
    emails.add(user.email.toLowerCase())
  }
  return emails.size + 1 <= MAX_LOOKUP_REQUESTS ? [...emails] : undefined
}

/** Reads the connection; `emails` from lookupEmails chooses look-ups. */
export async function readConnection(
  connectionId: string,
  emails: string[] | undefined,
  context: ReadContext,
  purpose: string,
  attributes: readonly ComparedAttribute[],
): Promise<{ index: TenantIndex; source: TenantSource }> {
  if (emails) {
    const name = await connectionName(connectionId, context, purpose)
    if (name !== undefined) return lookUp(name, emails, context, purpose, attributes)
  }
  return exportConnection(connectionId, context, purpose, attributes)
}

/** The connection's name, or undefined when the token may not read connections (then: export). */
async function connectionName(
  connectionId: string,
  context: ReadContext,
  purpose: string,
): Promise<string | undefined> {
  try {
    return await context.api.connectionName(connectionId)
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) throw error
    context.logger.info(
      `${purpose}: the application may not read connections (scope read:connections), which look-ups by email need; reading the connection with an export job instead.`,
    )
    return undefined
  }
}

async function lookUp(
  connection: string,
  emails: string[],
  context: ReadContext,
  purpose: string,
  attributes: readonly ComparedAttribute[],
): Promise<{ index: TenantIndex; source: TenantSource }> {
  const { api, logger, deadline } = context
  const index = new TenantIndex(attributes)
  const seen = new Set<string>()
  for (const email of emails) {
    deadline.throwIfCancelled()
    for (const found of await api.usersByEmail(email)) {
      const user = found as Record<string, unknown>
      if (!inConnection(user, connection)) continue
      const id = String(user.user_id)
      if (seen.has(id)) continue
      seen.add(id)
      index.add(user)
    }
  }
  const requests = emails.length + 1
  logger.info(
    `${purpose}: looked up ${emails.length} email${emails.length === 1 ? '' : 's'} (${requests} requests, no job); ${index.size} users of the connection found.`,
  )
  return { index, source: { kind: 'lookups', requests } }
}

function inConnection(user: Record<string, unknown>, connection: string): boolean {
  const identities = user.identities
  if (!Array.isArray(identities)) return false
  return identities.some(
    (identity) => (identity as { connection?: unknown } | null)?.connection === connection,
  )
}

async function exportConnection(
  connectionId: string,
  context: ReadContext,
  purpose: string,
  attributes: readonly ComparedAttribute[],
): Promise<{ index: TenantIndex; source: TenantSource }> {
  const { api, clock, deadline, logger } = context
  let requests = 0
  const counted = {
    getJob: (id: string) => {
      requests++
      return api.getJob(id)
    },
  }
  const fields = EXPORT_FIELDS.map((name) => ({ name }))
  const created = await api.createExport({ connection_id: connectionId, format: 'json', fields })
  requests++
  logger.info(`${purpose}: export job ${created.id} reads the connection's users.`)
  // The export only reads the tenant for the plan: it is not one of the step's jobs (outputs).
  const tracker = new JobTracker(counted, clock, deadline, logger, () => {})
  tracker.track(created)
  let job = await tracker.next()
  if (job.status !== 'completed') {
    throw new Error(
      `${purpose}: the export job ${job.id} that reads the connection ended ${job.status}; nothing was imported. See the job with operation: get-job, then run the step again.`,
    )
  }
  const path = join(
    context.runnerTemp,
    `auth0-plan-${job.id.replace(/\W/g, '_')}-${Date.now()}.ndjson`,
  )
  const index = new TenantIndex(attributes)
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        if (typeof job.location !== 'string') throw new Error('the finished export gave no link')
        await downloadExport({
          url: job.location,
          path,
          format: 'json',
          dispatcher: context.dispatcher,
          signal: deadline.signal,
        })
        break
      } catch (error) {
        if (attempt >= DOWNLOAD_ATTEMPTS || !(error instanceof DownloadRefusedError)) throw error
        job = await counted.getJob(job.id)
      }
    }
    await readNdjson(path, (user) => index.add(user))
  } finally {
    await rm(path, { force: true })
  }
  logger.info(
    `${purpose}: ${index.size} users read from export job ${job.id} (${requests} requests).`,
  )
  return { index, source: { kind: 'export', jobId: job.id, requests } }
}
