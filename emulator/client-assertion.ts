/**
 * The emulator's check of a private_key_jwt client assertion at POST /oauth/token, written
 * independently of the action's signer (src/auth0/client-assertion.ts) so each tests the other.
 * Rules follow Auth0's "Authenticate with Private Key JWT" page: alg RS256/RS384/PS256 matching
 * the credential, iss = sub = client id, aud = the tenant URL with a trailing slash (the token
 * endpoint URL is accepted too), exp in the future and at most 5 minutes after iat, iat/nbf not
 * in the future (10 s skew), jti present and never seen before, assertion ≤ 2048 bytes.
 *
 * Erasable TypeScript only (runs under Node's type stripping).
 */
import { constants, createPublicKey, type KeyObject, verify } from 'node:crypto'

export const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
export type AssertionAlg = 'RS256' | 'RS384' | 'PS256'
const SUPPORTED: readonly string[] = ['RS256', 'RS384', 'PS256']
const SKEW_SECONDS = 10
const MAX_LIFETIME_SECONDS = 300
const MAX_ASSERTION_BYTES = 2048

/** A public key registered for the client (Auth0: a Private Key JWT credential). */
export interface ClientCredential {
  key: KeyObject
  /** The credential's algorithm; undefined = any supported one. */
  alg: AssertionAlg | undefined
}

export function toCredential(
  key: string | KeyObject,
  alg: AssertionAlg | undefined,
): ClientCredential {
  const keyObject =
    typeof key === 'string'
      ? createPublicKey(key)
      : key.type === 'private'
        ? createPublicKey(key)
        : key
  return { key: keyObject, alg }
}

export interface AssertionCheck {
  clientId: string
  /** Tenant origin, no trailing slash. */
  origin: string
  credentials: ClientCredential[]
  /** jti → expiry (epoch s) of assertions already used. */
  usedIds: Map<string, number>
  nowMs: number
}

/** Returns undefined when the assertion is good (and records its jti), else the reason. */
export function checkClientAssertion(
  assertion: string,
  claimedClientId: string | undefined,
  check: AssertionCheck,
): string | undefined {
  if (Buffer.byteLength(assertion) > MAX_ASSERTION_BYTES) {
    return `client_assertion is longer than ${MAX_ASSERTION_BYTES} bytes`
  }
  const parts = assertion.split('.')
  if (parts.length !== 3) return 'client_assertion is not a JWS in compact serialisation'
  const [head = '', body = '', signature = ''] = parts
  const header = decodeJson(head)
  const claims = decodeJson(body)
  if (!header || !claims) return 'client_assertion is not a valid JWT'
  const alg = header.alg
  if (typeof alg !== 'string' || !SUPPORTED.includes(alg)) {
    return `Algorithm '${String(alg)}' is not supported for client assertions (RS256, RS384, PS256)`
  }
  const now = Math.floor(check.nowMs / 1000)
  for (const [id, expiry] of check.usedIds)
    if (expiry + SKEW_SECONDS < now) check.usedIds.delete(id)

  if (claims.iss !== check.clientId || claims.sub !== check.clientId) {
    return 'Invalid iss or sub claim: both must be the client id'
  }
  if (claimedClientId !== undefined && claimedClientId !== check.clientId) {
    return 'client_id does not match the client assertion'
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  const accepted = [`${check.origin}/`, `${check.origin}/oauth/token`]
  if (!audiences.some((aud) => typeof aud === 'string' && accepted.includes(aud))) {
    return `Invalid aud claim: expected ${check.origin}/`
  }
  const signed = Buffer.from(`${head}.${body}`)
  const sig = Buffer.from(signature, 'base64url')
  const candidates = check.credentials.filter((c) => c.alg === undefined || c.alg === alg)
  if (candidates.length === 0) {
    return `Algorithm '${alg}' does not match the algorithm of the client's credential`
  }
  if (!candidates.some((c) => verifies(signed, sig, c.key, alg as AssertionAlg))) {
    return 'Invalid client assertion signature'
  }
  const { exp, iat, nbf, jti } = claims
  if (typeof exp !== 'number') return 'Missing exp claim'
  if (exp <= now - SKEW_SECONDS) return 'client_assertion has expired'
  if (iat !== undefined && (typeof iat !== 'number' || iat > now + SKEW_SECONDS)) {
    return 'iat claim is in the future'
  }
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + SKEW_SECONDS)) {
    return 'nbf claim is in the future'
  }
  const start = typeof iat === 'number' ? iat : now
  if (exp - start > MAX_LIFETIME_SECONDS) {
    return `client_assertion lifetime exceeds ${MAX_LIFETIME_SECONDS} seconds`
  }
  if (typeof jti !== 'string' || jti === '' || jti.length > 64)
    return 'Invalid or missing jti claim'
  if (check.usedIds.has(jti)) return 'client_assertion has already been used (jti)'
  check.usedIds.set(jti, exp)
  return undefined
}

function verifies(data: Buffer, signature: Buffer, key: KeyObject, alg: AssertionAlg): boolean {
  try {
    if (alg === 'PS256') {
      return verify(
        'sha256',
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
        signature,
      )
    }
    return verify(alg === 'RS384' ? 'sha384' : 'sha256', data, key, signature)
  } catch {
    return false
  }
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
