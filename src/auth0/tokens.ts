import type { KeyObject } from 'node:crypto'
import type { Transport } from '../http/transport.js'
import type { Credentials } from '../inputs/settings.js'
import type { Clock } from '../runtime/clock.js'
import { ApiError } from '../runtime/errors.js'
import {
  assertionAudience,
  CLIENT_ASSERTION_TYPE,
  readPrivateKey,
  signClientAssertion,
} from './client-assertion.js'

/** Where Management API calls get their bearer token. */
export interface TokenSource {
  get(): Promise<string>
  /** Drops a token the API refused; returns false when no other token can be had. */
  renew(refused: string): boolean
}

export function fixedToken(token: string): TokenSource {
  return { get: async () => token, renew: () => false }
}

/** Refresh this long before Auth0 says the token expires, so no request carries a dying token. */
const EXPIRY_MARGIN_MS = 60_000

/** Credentials that obtain a token with the client-credentials grant. */
export type GrantCredentials = Extract<
  Credentials,
  { kind: 'client-credentials' | 'private-key-jwt' }
>

/**
 * Client-credentials grant: form-encoded POST to /oauth/token, authenticated with
 * the client secret or, for `private-key-jwt`, a client assertion signed afresh for every attempt
 * (each carries a new `jti`, which Auth0 accepts only once). The token is cached until shortly
 * before `expires_in` and fetched again after a 401.
 */
export class ClientCredentialsTokens implements TokenSource {
  #cached: { token: string; expiresAt: number } | undefined
  #inFlight: Promise<string> | undefined
  readonly #signingKey: KeyObject | undefined

  constructor(
    private readonly origin: string,
    private readonly credentials: GrantCredentials,
    private readonly transport: Transport,
    private readonly clock: Clock,
    /** Registers a secret with the runner before anything could print it. */
    private readonly mask: (secret: string) => void,
    /** Wall-clock time (epoch ms) for the assertion's `iat`/`exp`; the Clock is monotonic. */
    private readonly epochNow: () => number = Date.now,
  ) {
    this.#signingKey =
      credentials.kind === 'private-key-jwt'
        ? readPrivateKey(credentials.privateKey).key
        : undefined
  }

  async get(): Promise<string> {
    const cached = this.#cached
    if (cached && this.clock.now() < cached.expiresAt) return cached.token
    this.#inFlight ??= this.#fetch().finally(() => {
      this.#inFlight = undefined
    })
    return this.#inFlight
  }

  renew(refused: string): boolean {
    if (this.#cached?.token === refused) this.#cached = undefined
    return true
  }

  /** The form of one attempt: a retried request gets a new assertion, never a replayed one. */
  #form(): string {
    const credentials = this.credentials
    const params: Record<string, string> = {
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
    }
    if (credentials.kind === 'client-credentials') {
      params.client_secret = credentials.clientSecret
    } else {
      const assertion = signClientAssertion({
        clientId: credentials.clientId,
        audience: assertionAudience(this.origin),
        privateKey: this.#signingKey ?? credentials.privateKey,
        algorithm: credentials.algorithm,
        now: this.epochNow(),
      })
      // A bearer credential for its lifetime.
      this.mask(assertion)
      params.client_assertion_type = CLIENT_ASSERTION_TYPE
      params.client_assertion = assertion
    }
    params.audience = credentials.audience
    return new URLSearchParams(params).toString()
  }

  async #fetch(): Promise<string> {
    const { audience, kind } = this.credentials
    const response = await this.transport.send({
      method: 'POST',
      url: `${this.origin}/oauth/token`,
      label: 'the access token request',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: () => this.#form(),
      retry: 'any-failure',
    })
    const parsed = parseJson(response.text) as {
      access_token?: unknown
      expires_in?: unknown
      error?: unknown
      error_description?: unknown
    }
    if (response.status !== 200 || typeof parsed?.access_token !== 'string') {
      throw tokenError(response.status, parsed, audience, kind)
    }
    this.mask(parsed.access_token)
    const lifetimeMs = typeof parsed.expires_in === 'number' ? parsed.expires_in * 1000 : 86_400_000
    this.#cached = {
      token: parsed.access_token,
      expiresAt: this.clock.now() + Math.max(lifetimeMs - EXPIRY_MARGIN_MS, lifetimeMs / 2),
    }
    return parsed.access_token
  }
}

function tokenError(
  status: number,
  body: { error?: unknown; error_description?: unknown } | undefined,
  audience: string,
  kind: GrantCredentials['kind'],
): ApiError {
  const description =
    typeof body?.error_description === 'string' ? body.error_description : undefined
  const code = typeof body?.error === 'string' ? body.error : undefined
  const said = description ?? code ?? `HTTP ${status}`
  return new ApiError(
    status,
    `Authentication failed: Auth0 refused the client-credentials grant (HTTP ${status}: ${said}). ${tokenHint(status, said, audience, kind)}`,
    code,
  )
}

/**
 * What to change. Auth0 answers a wrong client id or secret with 401 `access_denied`
 * "Unauthorized", so the status, not the code, tells a bad credential (401)
 * from an application without a client grant (403 "…create a client-grant…").
 */
function tokenHint(
  status: number,
  said: string,
  audience: string,
  kind: GrantCredentials['kind'],
): string {
  if (/service not enabled/i.test(said)) {
    return `The audience '${audience}' is not this tenant's Management API; leave 'audience' empty to use the default.`
  }
  if (status === 403 && /grant type/i.test(said)) {
    return 'Enable the Client Credentials grant for the application (Applications → the application → Advanced Settings → Grant Types).'
  }
  if (status === 403) {
    return 'Authorise the application for the Auth0 Management API (Applications → APIs → Auth0 Management API → Machine to Machine Applications) with the scopes this operation needs.'
  }
  return kind === 'private-key-jwt'
    ? 'Check client_id and client_assertion_key: the key must be the private half of a Private Key JWT credential of this Machine to Machine application, and client_assertion_alg the algorithm chosen for that credential (RS256 unless set otherwise).'
    : 'Check client_id and client_secret, and that the application is a Machine to Machine application.'
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
