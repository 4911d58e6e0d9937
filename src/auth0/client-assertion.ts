/**
 * Private-key JWT client authentication (Auth0 "private_key_jwt"): reading the application's
 * private key and signing the short-lived client assertion sent to /oauth/token instead of a
 * client secret. node:crypto only.
 *
 * The assertion follows Auth0's "Authenticate with Private Key JWT" page: header `alg` (RS256,
 * RS384 or PS256, the algorithm of the credential registered in Auth0) and `typ: JWT`; claims
 * `iss` = `sub` = client id, `aud` = the tenant's URL with a trailing slash, a fresh `jti` (UUID),
 * `iat`, and `exp` at most 5 minutes later (we use 60 s, Auth0's recommendation).
 */
import { constants, createPrivateKey, type KeyObject, randomUUID, sign } from 'node:crypto'

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
export const CLIENT_ASSERTION_ALGORITHMS = ['RS256', 'RS384', 'PS256'] as const
export type ClientAssertionAlgorithm = (typeof CLIENT_ASSERTION_ALGORITHMS)[number]
/** Auth0 allows at most 5 minutes and recommends at most 1; each assertion is used once. */
export const CLIENT_ASSERTION_LIFETIME_SECONDS = 60
/** Smallest RSA modulus accepted for the signing key. */
export const MIN_RSA_KEY_BITS = 2048

export interface ClientAssertionClaims {
  iss: string
  sub: string
  aud: string
  jti: string
  iat: number
  exp: number
}

export interface SignClientAssertionOptions {
  clientId: string
  /** The tenant's URL with a trailing slash: `https://acme.eu.auth0.com/` (see assertionAudience). */
  audience: string
  /** The private key: a KeyObject, or PEM text (as accepted by readPrivateKey). */
  privateKey: KeyObject | string
  algorithm: ClientAssertionAlgorithm
  /** Wall-clock time, epoch milliseconds. */
  now: number
  /** Defaults to a fresh random UUID. */
  jti?: string
  lifetimeSeconds?: number
  /** Optional `kid` header: the credential's key id in Auth0. */
  keyId?: string
}

/** `aud` of the assertion: the tenant's origin followed by `/`, as Auth0 asks. */
export function assertionAudience(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/`
}

/** Signs one client assertion (compact JWS). Pure except for the default random `jti`. */
export function signClientAssertion(options: SignClientAssertionOptions): string {
  const key =
    typeof options.privateKey === 'string'
      ? readPrivateKey(options.privateKey).key
      : options.privateKey
  const iat = Math.floor(options.now / 1000)
  const header: Record<string, string> = { alg: options.algorithm, typ: 'JWT' }
  if (options.keyId !== undefined) header.kid = options.keyId
  const claims: ClientAssertionClaims = {
    iss: options.clientId,
    sub: options.clientId,
    aud: options.audience,
    jti: options.jti ?? randomUUID(),
    iat,
    exp: iat + (options.lifetimeSeconds ?? CLIENT_ASSERTION_LIFETIME_SECONDS),
  }
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
  return `${input}.${signJws(input, key, options.algorithm).toString('base64url')}`
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url')
}

/** RS256/RS384: RSASSA-PKCS1-v1_5; PS256: RSASSA-PSS, SHA-256, MGF1 SHA-256, 32-byte salt. */
function signJws(input: string, key: KeyObject, algorithm: ClientAssertionAlgorithm): Buffer {
  switch (algorithm) {
    case 'RS256':
      return sign('sha256', Buffer.from(input), key)
    case 'RS384':
      return sign('sha384', Buffer.from(input), key)
    case 'PS256':
      return sign('sha256', Buffer.from(input), {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 32,
      })
  }
}

/** Why a client_assertion_key cannot be used; the message never contains the key. */
export class PrivateKeyError extends Error {
  override name = 'PrivateKeyError'
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/

/**
 * Undoes what secret stores and YAML do to a PEM: literal `\n` sequences, CRLF, indentation,
 * surrounding quotes, line breaks collapsed to spaces, or the whole PEM base64-encoded once more.
 * Returns the text unchanged when no PEM block is found in it.
 */
export function normalizePem(value: string): string {
  let text = value.trim()
  if (text.length >= 2 && /^(["']).*\1$/s.test(text)) text = text.slice(1, -1).trim()
  text = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n')
  if (!text.includes('-----BEGIN') && /^[A-Za-z0-9+/=\s]+$/.test(text)) {
    const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8')
    if (decoded.includes('-----BEGIN')) text = decoded.replace(/\r\n?/g, '\n').trim()
  }
  const block = PEM_BLOCK.exec(text)
  if (!block) return text
  const [, label, inner] = block as unknown as [string, string, string]
  // Encrypted PKCS#1 keys carry "Proc-Type:" headers; keep such blocks as they are (line-trimmed).
  if (/^\s*[A-Za-z-]+:/m.test(inner)) {
    const lines = inner
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
  }
  const body = inner.replace(/\s+/g, '')
  const lines = body.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/**
 * The parts of a client_assertion_key value to register as secrets: the value itself, the
 * normalised PEM and each of its base64 lines (a log line can hold one line of a key).
 */
export function privateKeyMaskParts(value: string): string[] {
  const trimmed = value.trim()
  if (trimmed === '') return []
  const parts = new Set<string>([value, trimmed])
  const pem = normalizePem(trimmed)
  parts.add(pem.trim())
  for (const source of [pem, trimmed.replace(/\\r\\n|\\n|\\r/g, '\n')]) {
    for (const line of source.split(/\r?\n/)) {
      const part = line.trim()
      if (part.length >= 8 && !part.startsWith('-----')) parts.add(part)
    }
  }
  return [...parts]
}

export interface PrivateKey {
  key: KeyObject
  /** The normalised PEM text. */
  pem: string
  modulusBits: number
}

/**
 * Reads a PEM RSA private key (PKCS#8 `BEGIN PRIVATE KEY` or PKCS#1 `BEGIN RSA PRIVATE KEY`) of
 * at least 2048 bits. Throws PrivateKeyError saying what is wrong, never echoing the key.
 */
export function readPrivateKey(value: string): PrivateKey {
  const pem = normalizePem(value)
  const label = PEM_BLOCK.exec(pem)?.[1]
  const expected =
    'expected the PEM text of an RSA private key, from -----BEGIN PRIVATE KEY----- (or -----BEGIN RSA PRIVATE KEY-----) to the matching -----END ...----- line'
  if (label === undefined) {
    throw new PrivateKeyError(
      `it is not a PEM private key (the value is not shown); ${expected} (literal \\n sequences, Windows line ends and indentation are accepted)`,
    )
  }
  if (/PUBLIC KEY/.test(label)) {
    throw new PrivateKeyError(
      `it is a public key (${label}); give the private key here — the public key is the one registered with the application in Auth0`,
    )
  }
  if (label === 'CERTIFICATE' || label.includes('CERTIFICATE')) {
    throw new PrivateKeyError(
      `it is a certificate (${label}); give the private key here — the certificate or public key is the one registered with the application in Auth0`,
    )
  }
  if (label.includes('ENCRYPTED') || /^Proc-Type:.*ENCRYPTED/m.test(pem)) {
    throw new PrivateKeyError(
      'it is an encrypted (passphrase-protected) private key, which is not supported; store the unencrypted key as the secret (openssl pkey -in key.pem -out plain.pem)',
    )
  }
  let key: KeyObject
  try {
    key = createPrivateKey({ key: pem, format: 'pem' })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    throw new PrivateKeyError(
      `it could not be read as a private key (${typeof code === 'string' ? code : 'invalid key data'}; the value is not shown); ${expected}`,
    )
  }
  const type = key.asymmetricKeyType
  if (type !== 'rsa') {
    throw new PrivateKeyError(
      type === 'rsa-pss'
        ? 'it is an RSA-PSS-only key (id-RSASSA-PSS); use an ordinary RSA key (openssl genrsa -out key.pem 2048), which signs RS256, RS384 and PS256'
        : `it is a${type === 'ec' || type === 'ed25519' || type === 'ed448' ? 'n' : ''} ${String(type).toUpperCase()} key; Auth0 private-key JWT credentials use RSA keys (RS256, RS384 or PS256)`,
    )
  }
  const modulusBits = key.asymmetricKeyDetails?.modulusLength ?? 0
  if (modulusBits < MIN_RSA_KEY_BITS) {
    throw new PrivateKeyError(
      `it is a ${modulusBits}-bit RSA key; use at least ${MIN_RSA_KEY_BITS} bits (openssl genrsa -out key.pem 2048)`,
    )
  }
  return { key, pem, modulusBits }
}

/** `client_assertion_alg`, case-insensitive; undefined when not one of RS256, RS384, PS256. */
export function parseAssertionAlgorithm(value: string): ClientAssertionAlgorithm | undefined {
  const upper = value.trim().toUpperCase()
  return CLIENT_ASSERTION_ALGORITHMS.find((candidate) => candidate === upper)
}
