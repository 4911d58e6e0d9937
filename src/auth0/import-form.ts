import FormData from 'form-data'
import type { ImportRequest } from './management-api.js'

/**
 * The multipart body of POST /jobs/users-imports, with its exact length so the request is not
 * sent chunked. Made anew for every attempt: a stream body can be sent only once.
 */
export function importForm(
  request: ImportRequest,
): Promise<{ body: FormData; headers: Record<string, string> }> {
  const form = new FormData()
  // Auth0 wants `users` as a file part (reference §3.1, §8.6); booleans travel as text.
  form.append('users', request.users, { filename: 'users.json', contentType: 'application/json' })
  form.append('connection_id', request.connectionId)
  form.append('upsert', String(request.upsert))
  if (request.externalId !== undefined) form.append('external_id', request.externalId)
  form.append('send_completion_email', String(request.sendCompletionEmail))
  return new Promise((resolve, reject) => {
    form.getLength((error, length) => {
      if (error) reject(error)
      else
        resolve({ body: form, headers: { ...form.getHeaders(), 'content-length': String(length) } })
    })
  })
}
