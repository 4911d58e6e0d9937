/** The "*****" redaction Auth0 applies to the users it quotes in GET /jobs/{id}/errors. */
const REDACTED = '*****'

/** A copy of an import entry with password hashes, hash keys, salts and TOTP secrets redacted. */
export function redactUser(user: unknown): unknown {
  if (typeof user !== 'object' || user === null || Array.isArray(user)) return user
  const copy = structuredClone(user) as Record<string, unknown>
  if (typeof copy.password_hash === 'string') copy.password_hash = REDACTED
  const custom = copy.custom_password_hash
  if (custom && typeof custom === 'object') {
    const c = custom as Record<string, Record<string, unknown> | undefined>
    const hash = c.hash
    if (hash && typeof hash === 'object') {
      if ('value' in hash) hash.value = REDACTED
      const key = hash.key as Record<string, unknown> | undefined
      if (key && typeof key === 'object' && 'value' in key) key.value = REDACTED
    }
    const salt = c.salt
    if (salt && typeof salt === 'object' && 'value' in salt) salt.value = REDACTED
  }
  if (Array.isArray(copy.mfa_factors)) {
    for (const factor of copy.mfa_factors as unknown[]) {
      const totp = (factor as { totp?: Record<string, unknown> } | null)?.totp
      if (totp && typeof totp === 'object' && 'secret' in totp) totp.secret = REDACTED
    }
  }
  return copy
}
