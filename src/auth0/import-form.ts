import FormData from 'form-data'

export interface ImportRequest {
  users: Buffer
  connectionId: string
  upsert: boolean
  externalId: string | undefined
  sendCompletionEmail: boolean
}

/**
 * The multipart body of POST /jobs/users-imports as one Buffer, with its exact length.
 *
 * A Buffer, not the form-data stream: undici writes a stream body by adding `drain` and `error`
 * listeners to the socket and removes them only when the stream ends, which form-data's
 * CombinedStream never signals to it, so every upload on a kept-alive socket left two listeners
 * behind (MaxListenersExceededWarning after ten chunks). The body is at most 512000 bytes.
 */
export function importForm(request: ImportRequest): {
  body: Buffer
  headers: Record<string, string>
} {
  const form = new FormData()
  // Auth0 wants `users` as a file part; booleans travel as text.
  form.append('users', request.users, { filename: 'users.json', contentType: 'application/json' })
  form.append('connection_id', request.connectionId)
  form.append('upsert', String(request.upsert))
  if (request.externalId !== undefined) form.append('external_id', request.externalId)
  form.append('send_completion_email', String(request.sendCompletionEmail))
  const body = form.getBuffer()
  return { body, headers: { ...form.getHeaders(), 'content-length': String(body.length) } }
}
