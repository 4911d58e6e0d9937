/**
 * Export files: deterministic generated users, field selection (dotted paths), NDJSON and
 * Auth0-escaped CSV, gzip-compressed once per job.
 */
import { promisify } from 'node:util'
import { constants, gzip } from 'node:zlib'
import type { ExportField, ExportSource, TenantUser } from './job-record.ts'

/** Used when an export names no fields (Auth0 documents only "a predefined set"). */
export const DEFAULT_EXPORT_FIELDS: ExportField[] = [
  'user_id',
  'email',
  'email_verified',
  'username',
  'name',
  'given_name',
  'family_name',
  'nickname',
  'picture',
  'created_at',
  'updated_at',
  'last_login',
  'logins_count',
  'blocked',
].map((name) => ({ name }))

const DATE_FIELDS = new Set(['created_at', 'updated_at', 'last_login', 'last_password_reset'])
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
const gzipAsync = promisify(gzip)
const PLANS = ['free', 'pro', 'team']
const BASE_TIME = Date.UTC(2024, 0, 1)

/** User number `index` of a deterministic generated tenant. */
export function generatedUser(index: number, connection: string): Record<string, unknown> {
  const id = index.toString(16).padStart(24, '0')
  const created = new Date(BASE_TIME + index * 1000).toISOString()
  const user: Record<string, unknown> = {
    user_id: `auth0|${id}`,
    email: `user${index}@example.com`,
    email_verified: index % 2 === 0,
    name: `User ${index}`,
    nickname: `user${index}`,
    picture: `https://example.com/avatars/${index}.png`,
    created_at: created,
    updated_at: created,
    logins_count: index % 50,
    user_metadata: { plan: PLANS[index % PLANS.length], locale: index % 3 === 0 ? 'fr' : 'en' },
    app_metadata: { roles: index % 10 === 0 ? ['admin'] : ['member'] },
    identities: [{ connection, provider: 'auth0', user_id: id, isSocial: false }],
  }
  if (index % 4 === 0) user.last_login = created
  return user
}

export function generatedSource(count: number, connection: string): ExportSource {
  return { count, get: (index) => generatedUser(index, connection) }
}

export function tenantSource(users: TenantUser[]): ExportSource {
  return { count: users.length, get: (index) => users[index] as Record<string, unknown> }
}

type Step = string | number

function parsePath(name: string): Step[] {
  const steps: Step[] = []
  for (const part of name.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part)
    if (!match) {
      steps.push(part)
      continue
    }
    if (match[1]) steps.push(match[1])
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]))
  }
  return steps
}

function pick(value: unknown, steps: Step[]): unknown {
  let current = value
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[step]
  }
  return current
}

/** A CSV cell the Auth0 way: strings quoted, prefixed with `'`, inner quotes doubled. */
export function csvCell(value: unknown, name: string): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') {
    if (DATE_FIELDS.has(name) && ISO_DATE.test(value)) return value
    return `"'${value.replaceAll('"', '""')}"`
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return csvCell(JSON.stringify(value), '')
}

function csvHeader(title: string): string {
  return /[",\r\n]/.test(title) ? `"${title.replaceAll('"', '""')}"` : title
}

export interface RenderOptions {
  format: 'json' | 'csv'
  fields?: ExportField[]
  limit?: number
}

/**
 * The gzip-compressed export file. Lines are built in batches (yielding to the event loop in
 * between) and compressed on the thread pool, so a 200,000-user file takes well under a second.
 */
export async function renderExport(source: ExportSource, options: RenderOptions): Promise<Buffer> {
  const fields =
    options.fields && options.fields.length > 0 ? options.fields : DEFAULT_EXPORT_FIELDS
  const columns = fields.map((field) => {
    const steps = parsePath(field.name)
    const [first] = steps
    const get =
      steps.length === 1 && first !== undefined
        ? (user: Record<string, unknown>) => user[first]
        : (user: Record<string, unknown>) => pick(user, steps)
    return { key: field.export_as ?? field.name, name: field.name, get }
  })
  const count = Math.min(source.count, options.limit ?? Number.POSITIVE_INFINITY)
  const csv = options.format === 'csv'
  const parts: Buffer[] = []
  let lines: string[] = []
  if (csv) lines.push(columns.map((c) => csvHeader(c.key)).join(','))
  for (let index = 0; index < count; index++) {
    const user = source.get(index)
    if (csv) {
      lines.push(columns.map((c) => csvCell(c.get(user), c.name)).join(','))
    } else {
      const row: Record<string, unknown> = {}
      for (const c of columns) {
        const value = c.get(user)
        if (value !== undefined) row[c.key] = value
      }
      lines.push(JSON.stringify(row))
    }
    if (lines.length >= 10_000) {
      parts.push(Buffer.from(`${lines.join('\n')}\n`))
      lines = []
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  if (lines.length > 0) parts.push(Buffer.from(`${lines.join('\n')}\n`))
  return gzipAsync(Buffer.concat(parts), { level: constants.Z_BEST_SPEED })
}
