/**
 * Local validation of users against Auth0's bulk-import schema, with errors in Auth0's own shape
 * (error-codes.ts) so that a dry run and a real import read the same way.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { UserError } from '../auth0/job.js'
import { validate as validateBulkImportUser } from './bulk-import-validator.generated.js'
import { mapError } from './error-codes.js'
import { isPlainlyValid } from './plainly-valid.js'

// The parts of user validation that live in their own modules, under the name callers know.
export { toAuth0Path } from './auth0-path.js'
export { isEmail } from './email-format.js'
export { IDENTITY_KINDS, type IdentityKind, identityKey } from './identity.js'

/** Most errors kept for one user; the rest are summed up in one last entry. */
export const MAX_ERRORS_PER_USER = 20

/**
 * The bulk-import schema compiled to code at build time (scripts/generate-validator.ts), so no
 * run pays for loading ajv and compiling the schema before its first request.
 */
const validator = validateBulkImportUser as ValidateFunction

/** Validates one user; `[]` when valid. Messages never quote a value (it may be a secret). */
export function validateUser(user: unknown): UserError[] {
  return isPlainlyValid(user) ? [] : schemaErrors(user)
}

/** `validateUser` by the generated validator alone, for a user the quick check was unsure of. */
export function schemaErrors(user: unknown): UserError[] {
  if (validator(user)) return []
  return mapErrors(validator.errors ?? [], user)
}

/**
 * Maps ajv's errors to Auth0's, dropping the noise: the per-branch errors under a failed
 * `oneOf`/`anyOf` (the branch errors repeat what the summary says), `if` markers, and duplicates.
 */
export function mapErrors(errors: readonly ErrorObject[], user: unknown): UserError[] {
  const summarised: string[] = []
  // A value of the wrong type is reported as that alone: `required` holds vacuously for a
  // non-object, so a plain-string factor would otherwise also "match every oneOf branch".
  const wrongType = new Set<string>()
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf')
      summarised.push(`${error.schemaPath}/`)
    if (error.keyword === 'type') wrongType.add(error.instancePath)
  }
  const out: UserError[] = []
  const seen = new Set<string>()
  let dropped = 0
  for (const error of errors) {
    if (summarised.some((prefix) => error.schemaPath.startsWith(prefix))) continue
    if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue
    const mapped = mapError(error, user)
    if (!mapped) continue
    const key = `${mapped.code}\u0000${mapped.path ?? ''}\u0000${mapped.message}`
    if (seen.has(key)) continue
    seen.add(key)
    if (out.length < MAX_ERRORS_PER_USER) out.push(mapped)
    else dropped++
  }
  if (dropped > 0) {
    out.push({
      code: 'TOO_MANY_ERRORS',
      message: `${dropped} more errors for this user not listed`,
    })
  }
  return out
}
