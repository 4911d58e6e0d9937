/** POST /api/v2/jobs/users-exports: the body's schema, then the job. */
import { CONNECTION_ID_PATTERN, jobBody } from '../job-record.ts'
import {
  apiError,
  type Context,
  objectBody,
  payloadError,
  send,
  unexpectedKey,
} from '../replies.ts'

/** The refusal of one `fields` entry, or undefined when it is good. */
function fieldRefusal(field: unknown, format: string): [string, boolean] | undefined {
  const f = field as Record<string, unknown> | null
  if (!f || typeof f !== 'object' || typeof f.name !== 'string' || f.name === '') {
    return [`'Missing required property: name' on property fields.`, true]
  }
  const extra = unexpectedKey(f, ['name', 'export_as'])
  if (extra) return [`'Additional properties not allowed: ${extra}' on property fields.`, true]
  if (f.export_as !== undefined && typeof f.export_as !== 'string') {
    return [`'Expected type string' on property fields.export_as.`, true]
  }
  if (f.name.length > 100 || (typeof f.export_as === 'string' && f.export_as.length > 100)) {
    return [`'String is too long, maximum 100' on property fields.`, true]
  }
  if (format === 'csv' && (f.name === 'user_metadata' || f.name === 'app_metadata')) {
    return [
      `CSV exports cannot include the whole ${f.name} object; name each field instead.`,
      false,
    ]
  }
  return undefined
}

/** The body's refusal: [message, whether it is a payload-validation message]. */
function bodyRefusal(body: Record<string, unknown>): [string, boolean] | undefined {
  const extra = unexpectedKey(body, ['connection_id', 'format', 'limit', 'fields'])
  if (extra) return [`'Additional properties not allowed: ${extra}'.`, true]
  const { connection_id: connectionId, format = 'csv', limit, fields } = body
  if (
    connectionId !== undefined &&
    (typeof connectionId !== 'string' || !CONNECTION_ID_PATTERN.test(connectionId))
  ) {
    return [
      `'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id (connection_id of the connection from which users will be exported).`,
      true,
    ]
  }
  if (format !== 'json' && format !== 'csv') {
    return [`'No enum match for: ${JSON.stringify(format)}' on property format.`, true]
  }
  if (limit !== undefined && (!Number.isInteger(limit) || (limit as number) < 1)) {
    return Number.isInteger(limit)
      ? [`'Value ${String(limit)} is less than minimum 1' on property limit.`, true]
      : [`'Expected type integer but found type ${typeof limit}' on property limit.`, true]
  }
  if (fields === undefined) return undefined
  if (!Array.isArray(fields)) {
    return [`'Expected type array but found type ${typeof fields}' on property fields.`, true]
  }
  for (const field of fields as unknown[]) {
    const refusal = fieldRefusal(field, format)
    if (refusal) return refusal
  }
  if (format === 'csv' && fields.length > 30)
    return ['CSV exports are limited to 30 fields.', false]
  return undefined
}

export function handleExport(ctx: Context): void {
  const state = ctx.state
  const body = objectBody(ctx)
  if (!body) return
  const refusal = bodyRefusal(body)
  if (refusal) {
    if (refusal[1]) payloadError(ctx, refusal[0])
    else apiError(ctx, 400, refusal[0], 'invalid_body')
    return
  }
  const { connection_id: connectionId, format = 'csv', limit, fields } = body
  const connection =
    typeof connectionId === 'string'
      ? state.tenant.connections.find((c) => c.id === connectionId)
      : undefined
  if (typeof connectionId === 'string' && !connection) {
    apiError(ctx, 400, 'The connection does not exist.', 'inexistent_connection')
    return
  }
  const attributes: Record<string, unknown> = {}
  if (connection) attributes.connection_id = connection.id
  attributes.format = format
  if (limit !== undefined) attributes.limit = limit
  if (fields !== undefined) attributes.fields = structuredClone(fields)
  if (connection) attributes.connection = connection.name
  const source = state.exportSourceFor(connection)
  const count = Math.min(source.count, (limit as number | undefined) ?? Infinity)
  const job = state.newRecord('users_export', attributes, count)
  job.exportSource = source
  state.addJob(job)
  // Build the file in the background so it is ready by the time it is downloaded.
  setImmediate(() => void state.exportFile(job))
  send(ctx, 200, jobBody(job, job.createdAt))
}
