/** The inputs of send-verification-email. */
import type { CommonSettings, VerificationEmailSettings, VerificationIdentity } from './settings.js'
import { fail, type Get, optional, parseMaxFailedUsers, required, show } from './values.js'

export function parseVerificationSettings(
  get: Get,
  common: CommonSettings,
): VerificationEmailSettings {
  return {
    operation: 'send-verification-email',
    ...common,
    userIds: parseUserIds(
      required(get, 'user_id', 'the id of the user to send the email to, e.g. auth0|63d1…'),
    ),
    emailClientId: optional(get('email_client_id')),
    identity: parseIdentity(get('identity')),
    organizationId: optional(get('organization_id')),
    maxFailedUsers: parseMaxFailedUsers(get('max_failed_users')),
  }
}

/** `user_id`: one or several user ids, separated by commas, spaces or newlines; repeats dropped. */
export function parseUserIds(value: string): string[] {
  const ids = [...new Set(value.split(/[\s,]+/).filter((id) => id !== ''))]
  if (ids.length === 0) {
    fail(
      'user_id',
      value,
      'one or more user ids, e.g. auth0|63d1…, separated by commas, spaces or newlines',
    )
  }
  return ids
}

/** `identity`: a JSON object with non-empty `user_id` and `provider`, optional `connection_id`. */
export function parseIdentity(value: string): VerificationIdentity | undefined {
  if (value === '') return undefined
  const bad = (why: string): never =>
    fail(
      'identity',
      value,
      `${why}; expected a JSON object such as {"user_id": "5457edea1b8f22891a000004", "provider": "google-oauth2"} (connection_id optional)`,
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    return bad('it is not valid JSON')
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return bad(
      `it is ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`}, not an object`,
    )
  }
  const record = parsed as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (key !== 'user_id' && key !== 'provider' && key !== 'connection_id') {
      bad(`the key '${show(key)}' is not accepted (only user_id, provider and connection_id)`)
    }
  }
  const { user_id: userId, provider, connection_id: connectionId } = record
  if (typeof userId !== 'string' || userId === '') bad('"user_id" must be a non-empty string')
  if (typeof provider !== 'string' || provider === '') bad('"provider" must be a non-empty string')
  const identity: VerificationIdentity = { user_id: userId as string, provider: provider as string }
  if (connectionId !== undefined) {
    if (typeof connectionId !== 'string' || connectionId === '')
      bad('"connection_id" must be a non-empty string')
    identity.connection_id = connectionId as string
  }
  return identity
}
