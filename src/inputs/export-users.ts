/** The inputs of export-users. */
import { checkReviewSettings } from '../plan/review-inputs.js'
import type { InputEnv } from './names.js'
import type { CommonSettings, ExportField, ExportFormat, ExportSettings } from './settings.js'
import {
  fail,
  type Get,
  parseBoolean,
  parseConnectionId,
  parseWhole,
  resolveInWorkspace,
  show,
} from './values.js'

export function parseExportSettings(
  get: Get,
  env: InputEnv,
  common: CommonSettings,
): ExportSettings {
  const format = parseFormat(get('format'))
  const settings: ExportSettings = {
    operation: 'export-users',
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

/** Auth0: CSV exports take at most 30 fields; names and column titles at most 100 characters. */
export const MAX_CSV_FIELDS = 30
export const MAX_FIELD_NAME_LENGTH = 100
export const MAX_EXPORT_LIMIT = 1_000_000_000

export function parseFormat(value: string): ExportFormat {
  if (value === '') return 'json'
  const lower = value.toLowerCase()
  if (lower === 'json' || lower === 'csv') return lower
  return fail('format', value, 'expected json or csv')
}

export function parseLimit(value: string): number | undefined {
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

export function parseExportPath(value: string, env: InputEnv): string | undefined {
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
