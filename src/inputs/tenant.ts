/** The tenant: `domain` and the credentials (token, client secret, or private-key JWT). */
import {
  CLIENT_ASSERTION_ALGORITHMS,
  PrivateKeyError,
  parseAssertionAlgorithm,
  readPrivateKey,
} from '../auth0/client-assertion.js'
import { InputError } from '../runtime/errors.js'
import type { Credentials, Tenant } from './settings.js'
import { fail, type Get, missing } from './values.js'

export function parseTenant(get: Get): Tenant {
  const origin = parseDomain(get('domain'))
  return { origin, credentials: parseCredentials(get, origin) }
}

function isLoopback(hostname: string): boolean {
  // URL has already normalised IPv4 (127.1 → 127.0.0.1) and IPv6 (brackets kept).
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  )
}

/** Returns the tenant's origin (`https://acme.eu.auth0.com`, `http://127.0.0.1:8080`). */
export function parseDomain(value: string): string {
  const expected =
    'expected the tenant domain (acme.eu.auth0.com) or its URL (https://acme.eu.auth0.com); http:// is accepted only for loopback hosts (localhost, 127.0.0.0/8, [::1])'
  if (value === '') missing('domain', 'set it to the tenant domain, e.g. acme.eu.auth0.com')
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value)?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') {
    fail('domain', value, `the scheme '${scheme}://' is not supported; ${expected}`)
  }
  let url: URL
  try {
    url = new URL(scheme === undefined ? `https://${value}` : value)
  } catch {
    fail('domain', value, expected)
  }
  if (url.hostname === '' || /\s/.test(value)) fail('domain', value, expected)
  if (url.username !== '' || url.password !== '') {
    fail(
      'domain',
      value,
      `credentials in the URL are not accepted; use client_id and client_secret, or token. ${expected}`,
    )
  }
  if (url.search !== '' || url.hash !== '' || value.endsWith('?') || value.endsWith('#')) {
    fail('domain', value, `a query or fragment is not accepted; ${expected}`)
  }
  if (url.pathname !== '/' && url.pathname !== '') {
    const hint = url.pathname.startsWith('/api/v2')
      ? 'give only the domain; the action adds /api/v2/ itself'
      : 'a path is not accepted; give only the domain'
    fail('domain', value, `${hint}; ${expected}`)
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    fail(
      'domain',
      value,
      `http:// is accepted only for loopback hosts (localhost, 127.0.0.0/8, [::1]); use https:// or the bare domain`,
    )
  }
  return url.origin
}

function parseCredentials(get: Get, origin: string): Credentials {
  const given = {
    token: get('token'),
    clientId: get('client_id'),
    clientSecret: get('client_secret'),
    key: get('client_assertion_key'),
  }
  refuseAmbiguousCredentials(given)
  if (given.token !== '') return { kind: 'token', token: given.token }
  const { clientId, clientSecret, key } = given
  if (key !== '') {
    if (clientId === '') {
      throw new InputError(
        'client_id',
        `Input 'client_id' is required when 'client_assertion_key' is set: the client assertion is issued for that application (iss and sub are its client id).`,
      )
    }
    return {
      kind: 'private-key-jwt',
      clientId,
      privateKey: parsePrivateKey(key),
      algorithm: parseAssertionAlg(get('client_assertion_alg')),
      audience: parseAudience(get('audience'), origin),
    }
  }
  if (clientSecret === '') {
    throw new InputError(
      'client_secret',
      `Input 'client_secret' is required when 'client_id' is set: give client_id and client_secret, or client_id and client_assertion_key (private-key JWT), or token instead.`,
    )
  }
  if (clientId === '') {
    throw new InputError(
      'client_id',
      `Input 'client_id' is required when 'client_secret' is set: give client_id and client_secret, or token instead.`,
    )
  }
  return {
    kind: 'client-credentials',
    clientId,
    clientSecret,
    audience: parseAudience(get('audience'), origin),
  }
}

const WAYS =
  'give token, or client_id and client_secret, or client_id and client_assertion_key (private-key JWT)'

/** No credentials at all, or two ways of authenticating at once. */
function refuseAmbiguousCredentials(given: {
  token: string
  clientId: string
  clientSecret: string
  key: string
}): void {
  const { token, clientId, clientSecret, key } = given
  if (token !== '' && (clientId !== '' || clientSecret !== '' || key !== '')) {
    const others = [
      clientId !== '' ? "'client_id'" : '',
      clientSecret !== '' ? "'client_secret'" : '',
      key !== '' ? "'client_assertion_key'" : '',
    ]
      .filter(Boolean)
      .join(' and ')
    throw new InputError(
      'token',
      `Input 'token' is set together with ${others}: ${WAYS}, not both ways of authenticating.`,
    )
  }
  if (token === '' && clientId === '' && clientSecret === '' && key === '') {
    throw new InputError(
      'client_id',
      `No credentials: inputs 'client_id', 'client_secret', 'client_assertion_key' and 'token' are all empty; ${WAYS} (of a machine-to-machine application authorised for the Management API).`,
    )
  }
  if (clientSecret !== '' && key !== '') {
    throw new InputError(
      'client_assertion_key',
      `Inputs 'client_secret' and 'client_assertion_key' are both set: give client_id with client_secret, or client_id with client_assertion_key (private-key JWT), not both ways of authenticating.`,
    )
  }
}

/** `client_assertion_key`: checked here so a bad key fails before anything is sent. Never quoted. */
function parsePrivateKey(value: string): string {
  try {
    return readPrivateKey(value).pem
  } catch (error) {
    if (!(error instanceof PrivateKeyError)) throw error
    throw new InputError(
      'client_assertion_key',
      `Input 'client_assertion_key' cannot be used: ${error.message}.`,
    )
  }
}

/** `client_assertion_alg`: RS256 (default), RS384 or PS256, in any letter case. */
function parseAssertionAlg(value: string): (typeof CLIENT_ASSERTION_ALGORITHMS)[number] {
  if (value === '') return 'RS256'
  const algorithm = parseAssertionAlgorithm(value)
  if (algorithm === undefined) {
    fail(
      'client_assertion_alg',
      value,
      `expected ${CLIENT_ASSERTION_ALGORITHMS.join(', ')} (the algorithm chosen for the application's Private Key JWT credential in Auth0; default RS256)`,
    )
  }
  return algorithm
}

function parseAudience(value: string, origin: string): string {
  if (value === '') return `${origin}/api/v2/`
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    fail(
      'audience',
      value,
      `expected a URL, the Management API identifier such as ${origin}/api/v2/ (or leave it empty for that default)`,
    )
  }
  return value
}
