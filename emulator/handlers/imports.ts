/**
 * POST /api/v2/jobs/users-imports: multipart checks, the connection's refusals (not a database,
 * disabled, custom database without import mode), typed boolean flags, the two-active-imports 429,
 * then the job.
 */
import { processImport } from '../import-file.ts'
import { CONNECTION_ID_PATTERN, type JobRecord, jobBody } from '../job-record.ts'
import { insertTarget } from '../lost-inserts.ts'
import { apiError, type Context, payloadError, send } from '../replies.ts'
import { isEnabled, type TenantConnection } from '../tenant.ts'
import type { ImportUpload } from '../types.ts'

const MAX_IMPORT_BYTES = 512000

const FLAG_DESCRIPTIONS: Record<string, string> = {
  upsert: 'Whether to update users if they already exist (true) or to ignore them (false).',
  send_completion_email:
    'Whether to send a completion email to all tenant owners when the job is finished (true) or not (false).',
}

async function readForm(ctx: Context): Promise<FormData | undefined> {
  const type = String(ctx.req.headers['content-type'] ?? '')
  if (type.toLowerCase().startsWith('multipart/form-data')) {
    try {
      const body = new Uint8Array(ctx.body)
      return await new Response(body, { headers: { 'content-type': type } }).formData()
    } catch {}
  }
  apiError(ctx, 400, 'Invalid multipart payload format', 'invalid_body')
  return undefined
}

/** The connection's refusal, if any, in the order the Management API reference lists them. */
function connectionRefusal(connection: TenantConnection): string | undefined {
  if (connection.strategy !== 'auth0') return 'Connection must be a database connection.'
  if (!isEnabled(connection)) return 'Connection must be enabled.'
  if (connection.customDatabase && !connection.importMode) {
    return 'Custom Database Connections without import mode are not allowed.'
  }
  return undefined
}

/** A typed boolean part: absent, or exactly `true`/`false`; undefined after answering 400. */
function flag(ctx: Context, name: string, value: string | undefined): boolean | null | undefined {
  if (value === undefined) return null
  if (value === 'true' || value === 'false') return value === 'true'
  payloadError(
    ctx,
    `'Expected type boolean but found type string' on property ${name} (${FLAG_DESCRIPTIONS[name]}).`,
  )
  return undefined
}

interface ImportRequest {
  file: File
  usersText: string
  connection: TenantConnection
  upload: Omit<ImportUpload, 'jobId' | 'users' | 'filename' | 'contentType'>
  upsert: boolean
  sendCompletionEmail: boolean
}

/** The checked parts of an import, or undefined after answering its refusal. */
async function readImportRequest(ctx: Context): Promise<ImportRequest | undefined> {
  if (ctx.size > MAX_IMPORT_BYTES) {
    const message = `Payload content length greater than maximum allowed: ${MAX_IMPORT_BYTES}.`
    apiError(ctx, 413, message)
    return undefined
  }
  const form = await readForm(ctx)
  if (!form) return undefined
  const file = form.get('users')
  if (!file || typeof file === 'string') {
    apiError(ctx, 400, "Must provide 'users' file as multipart part.", 'invalid_body')
    return undefined
  }
  const text = (field: string): string | undefined => {
    const value = form.get(field)
    return typeof value === 'string' ? value : undefined
  }
  const connectionId = text('connection_id')
  if (connectionId === undefined) {
    apiError(ctx, 400, "Must provide 'connection_id' as multipart part.", 'invalid_body')
    return undefined
  }
  if (!CONNECTION_ID_PATTERN.test(connectionId)) {
    payloadError(
      ctx,
      `'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id (The connection_id of the connection to which users will be inserted).`,
    )
    return undefined
  }
  const upload = {
    connection_id: connectionId,
    upsert: text('upsert'),
    external_id: text('external_id'),
    send_completion_email: text('send_completion_email'),
  }
  const upsert = flag(ctx, 'upsert', upload.upsert)
  if (upsert === undefined) return undefined
  const completion = flag(ctx, 'send_completion_email', upload.send_completion_email)
  if (completion === undefined) return undefined
  const usersText = await file.text()
  if (file.size === 0) {
    apiError(ctx, 400, 'Users file must not be empty.', 'invalid_body')
    return undefined
  }
  const connection = ctx.state.tenant.connections.find((c) => c.id === connectionId)
  if (!connection) {
    apiError(ctx, 400, 'The connection does not exist.', 'inexistent_connection')
    return undefined
  }
  const refusal = connectionRefusal(connection)
  if (refusal) {
    apiError(ctx, 400, refusal, 'invalid_body')
    return undefined
  }
  const sendCompletionEmail = completion !== false
  return { file, usersText, connection, upload, upsert: upsert === true, sendCompletionEmail }
}

export async function handleImport(ctx: Context): Promise<void> {
  const request = await readImportRequest(ctx)
  if (!request) return
  const state = ctx.state
  const now = state.now()
  const maxActive = state.options.maxActiveImports ?? 2
  if (state.activeImports(now) >= maxActive) {
    state.stats.activeImportRejections++
    apiError(
      ctx,
      429,
      `There are ${maxActive} active import users jobs, please wait until some of them are finished and try again`,
      'too_many_requests',
    )
    return
  }
  const { connection, upload, upsert } = request
  const attributes: Record<string, unknown> = {
    connection_id: connection.id,
    connection: connection.name,
    upsert,
  }
  if (upload.external_id !== undefined) attributes.external_id = upload.external_id
  attributes.send_completion_email = request.sendCompletionEmail
  const outcome = processImport(request.usersText, {
    upsert,
    connection: connection.name,
    users: insertTarget(state),
    now,
  })
  const job: JobRecord = state.newRecord('users_import', attributes, outcome.count)
  const timing = state.options.jobTiming?.forImport?.(state.imports.length)
  if (timing) Object.assign(job, { pendingMs: timing.pendingMs, processingMs: timing.processingMs })
  if (outcome.failure !== undefined) {
    job.finalStatus = 'failed'
    job.statusDetails = outcome.failure
  } else {
    job.summary = outcome.summary
    job.errors = outcome.errors
  }
  state.addJob(job)
  const { file, usersText: users } = request
  state.imports.push({
    jobId: job.id,
    users,
    filename: file.name,
    contentType: file.type,
    ...upload,
  })
  send(ctx, 202, jobBody(job, now))
}
