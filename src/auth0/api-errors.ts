/**
 * Turning a refusal of the Management API into one ApiError: Auth0's own message, plus what to do
 * about the refusals users meet most (a missing scope, the 400s of the jobs endpoints).
 */
import type { HttpResponse } from '../http/transport.js'
import { ApiError } from '../runtime/errors.js'
import { parseJson } from './tokens.js'

export function auth0Message(response: HttpResponse): string | undefined {
  const body = parseJson(response.text) as { message?: unknown; error?: unknown } | undefined
  if (typeof body?.message === 'string') return body.message
  if (typeof body?.error === 'string') return body.error
  return undefined
}

/** Auth0's own message, plus what to do about the errors users hit most. */
export function apiError(response: HttpResponse, label: string): ApiError {
  const body = parseJson(response.text) as { errorCode?: unknown } | undefined
  const errorCode = typeof body?.errorCode === 'string' ? body.errorCode : undefined
  const said = auth0Message(response) ?? (response.text.trim().slice(0, 200) || 'no details')
  const hint = hintFor(response.status, label, said)
  return new ApiError(
    response.status,
    `Auth0 refused ${label} (HTTP ${response.status}: ${said})${hint ? `. ${hint}` : '.'}`,
    errorCode,
  )
}

const GRANT_PATH = 'Applications → APIs → Auth0 Management API → Machine to Machine Applications'

/** The scope to grant: Auth0's "expected any of: a,b", else the endpoint's own. */
function missingScope(label: string, message: string): string {
  const expected = /expected any of:\s*([\w:, ]+)/i.exec(message)?.[1]
  const named = expected
    ?.split(/[,\s]+/)
    .filter((scope) => /^[a-z_]+:[a-z_]+$/.test(scope))
    .join(' or ')
  if (named) return named
  if (label.includes('users file')) return 'create:users'
  if (label.includes('export')) return 'read:users'
  if (label.includes('verification')) return 'update:users'
  return 'read:users (or create:users)'
}

/** What to change for each 400 Auth0 documents for these endpoints. */
const BAD_REQUEST_HINTS: [RegExp, string][] = [
  [
    /must be a database connection/i,
    'connection_id must name a database connection (Authentication → Database); users cannot be imported into social, enterprise or passwordless connections.',
  ],
  [
    /connection must be enabled/i,
    'Enable the connection for at least one application (Authentication → Database → the connection → Applications).',
  ],
  [
    /without import mode/i,
    'Turn on "Import Users to Auth0" in the custom database connection\'s settings (Authentication → Database → the connection → Custom Database), or import into a connection without a custom database.',
  ],
  [
    /format client-id|client does not exist/i,
    "email_client_id must be the Client ID of an application of this tenant (32 letters and digits), or be left empty for the tenant's global client.",
  ],
  [
    /organization/i,
    'organization_id must be the id (org_…) of an organization of this tenant, or be left empty.',
  ],
  [
    /identity/i,
    "Check the identity input: provider must be an Auth0 identity provider name such as google-oauth2, and {user_id, provider} one of the user's identities.",
  ],
  [
    /user does not exist/i,
    'Check user_id: it must be the full id of an existing user, with its provider prefix (such as auth0|63d1…).',
  ],
  [
    /connection/i,
    'connection_id must be the id (con_…) of a database connection that is enabled for at least one application.',
  ],
]

function hintFor(status: number, label: string, message: string): string | undefined {
  if (status === 401) {
    return 'The access token was rejected: check that it is a Management API token for this tenant and not expired.'
  }
  if (status === 403) {
    return `The application needs the scope ${missingScope(label, message)} on the Auth0 Management API: grant it under ${GRANT_PATH}.`
  }
  if (status === 404 && label.includes('job')) {
    return 'Check the job id; Auth0 deletes jobs and their errors 24 hours after they were created.'
  }
  if (status === 413) {
    return 'Auth0 accepts at most 512000 bytes per users file; lower chunk_size.'
  }
  if (status === 400 && /authentication header/i.test(message)) {
    return 'The access token is not a single word; check the token input or what the token endpoint returned.'
  }
  if (status === 400) return BAD_REQUEST_HINTS.find(([pattern]) => pattern.test(message))?.[1]
  return undefined
}
