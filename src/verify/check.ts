/**
 * Verify's comparison of one user of the upload with what the connection holds after the import
 * (README, "Review before, verify after": NOT_FOUND_AFTER_IMPORT, DIFFERS_AFTER_IMPORT). Messages name attributes only, never
 * a value.
 */
import type { UserError } from '../auth0/job.js'
import { COMPARED, type ComparedAttribute, keyOf, sets, UPSERTABLE } from '../plan/attributes.js'
import { NO_MATCH, SHARED_KEY, type TenantIndex } from '../plan/tenant-index.js'

export type VerifyVerdict =
  | { kind: 'present' }
  | { kind: 'missing'; errors: UserError[] }
  | { kind: 'different'; errors: UserError[] }

/**
 * `updated`: the user existed before and was updated by an upsert, so only the upsertable
 * attributes are Auth0's to change; a new user must hold every attribute the file sets.
 */
export function checkUser(
  user: Record<string, unknown>,
  index: TenantIndex,
  updated: boolean,
): VerifyVerdict {
  const email = keyOf(user, 'email')
  const ordinal = email === undefined ? NO_MATCH : index.match('email', email)
  if (ordinal === NO_MATCH) {
    return {
      kind: 'missing',
      errors: [
        {
          code: 'NOT_FOUND_AFTER_IMPORT',
          message:
            'Auth0 did not report this user as failed, but no user with its email is in the connection after the import.',
          path: 'email',
        },
      ],
    }
  }
  if (ordinal === SHARED_KEY) return differs(['email'])
  const attributes: readonly ComparedAttribute[] = updated ? UPSERTABLE : COMPARED
  const different = attributes.filter(
    (attribute) => sets(user, attribute) && !index.same(ordinal, attribute, user),
  )
  return different.length === 0 ? { kind: 'present' } : differs(different)
}

function differs(attributes: string[]): VerifyVerdict {
  return {
    kind: 'different',
    errors: attributes.map((attribute) => ({
      code: 'DIFFERS_AFTER_IMPORT',
      message:
        attribute === 'email'
          ? 'After the import, more than one user of the connection has this email.'
          : `After the import, the connection holds another ${attribute} for this user than the file sets.`,
      path: attribute,
    })),
  }
}
