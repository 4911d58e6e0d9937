/**
 * `import_ready`: an Auth0 JSON export (NDJSON) turned into a users file for import-users, as
 * Auth0's bulk-import format requires: a JSON array, `user_id` without the `auth0|`
 * prefix, export-only fields (created_at, logins_count, identities, …) dropped, and columns named
 * with `export_as` mapped back to the import schema's names. Streamed record by record, so memory
 * stays flat whatever the size of the export.
 */
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ExportField } from '../inputs/settings.js'
import { bareUserId } from '../plan/attributes.js'
import { readNdjson } from '../plan/ndjson.js'

/** The bulk-import schema's properties an export can give back. */
export const IMPORT_FIELDS = [
  'email',
  'email_verified',
  'user_id',
  'username',
  'given_name',
  'family_name',
  'name',
  'nickname',
  'picture',
  'blocked',
  'phone_number',
  'phone_verified',
  'app_metadata',
  'user_metadata',
] as const
const IMPORTABLE = new Set<string>(IMPORT_FIELDS)
const METADATA_PATH = /^(user_metadata|app_metadata)\.(.+)$/

/** The export's fields: those given, or every importable one (Auth0's default set lacks metadata). */
export function importReadyFields(fields: ExportField[] | undefined): ExportField[] {
  return fields && fields.length > 0 ? fields : IMPORT_FIELDS.map((name) => ({ name }))
}

/** One export record as an import user; fields the import schema does not take are dropped. */
export function toImportUser(
  record: Record<string, unknown>,
  nameOf: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const user: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue
    const name = nameOf.get(key) ?? key
    if (IMPORTABLE.has(name)) {
      user[name] = name === 'user_id' && typeof value === 'string' ? bareUserId(value) : value
      continue
    }
    const metadata = METADATA_PATH.exec(name)
    if (metadata) setPath(user, metadata[1] as string, (metadata[2] as string).split('.'), value)
  }
  return user
}

/** A named leaf of metadata (`user_metadata.plan`) goes back into its object. */
function setPath(
  user: Record<string, unknown>,
  root: string,
  steps: string[],
  value: unknown,
): void {
  if (
    steps.some((step) => step === '__proto__' || step === 'constructor' || step === 'prototype')
  ) {
    return
  }
  let target = objectAt(user, root)
  for (const step of steps.slice(0, -1)) target = objectAt(target, step)
  target[steps.at(-1) as string] = value
}

function objectAt(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  const existing = parent[key]
  if (existing !== null && typeof existing === 'object') return existing as Record<string, unknown>
  const created: Record<string, unknown> = {}
  parent[key] = created
  return created
}

/**
 * Writes the NDJSON export at `ndjson` to `path` as an import-ready JSON array (one user per
 * line), through a temporary file renamed at the end. Returns the number of users.
 */
export async function writeImportReady(
  ndjson: string,
  path: string,
  fields: ExportField[],
): Promise<number> {
  const nameOf = new Map(fields.map((field) => [field.export_as ?? field.name, field.name]))
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`)
  const out = createWriteStream(temp, { flags: 'wx' })
  let users = 0
  try {
    const write = async (text: string): Promise<void> => {
      if (!out.write(text)) await once(out, 'drain')
    }
    await write('[')
    await readNdjson(ndjson, (record) =>
      write(`${users++ === 0 ? '\n' : ',\n'}${JSON.stringify(toImportUser(record, nameOf))}`),
    )
    await write(users === 0 ? ']\n' : '\n]\n')
    out.end()
    await once(out, 'finish')
    await rename(temp, path)
  } catch (error) {
    out.destroy()
    await rm(temp, { force: true })
    throw error
  }
  return users
}
