/**
 * POST /oauth/token, client-credentials grant: authenticates the client (secret or Private Key
 * JWT), checks the audience and the client grant, and issues a token carrying the grant's scopes.
 */
import { randomBytes } from 'node:crypto'
import { ASSERTION_TYPE, checkClientAssertion } from '../client-assertion.ts'
import { type Context, oauthError, send } from '../replies.ts'
import type { TenantClient } from '../tenant.ts'

type Params = Record<string, unknown>

function readParams(ctx: Context): Params | undefined {
  const type = String(ctx.req.headers['content-type'] ?? '')
  try {
    const text = ctx.body.toString('utf8')
    if (type.includes('application/json')) return JSON.parse(text) as Params
    return Object.fromEntries(new URLSearchParams(text))
  } catch {
    oauthError(ctx, 400, 'invalid_request', 'Invalid request body')
    return undefined
  }
}

export function handleToken(ctx: Context): void {
  const params = readParams(ctx)
  if (!params) return
  if (!params.grant_type) {
    oauthError(ctx, 400, 'invalid_request', 'Missing required parameter: grant_type')
    return
  }
  if (params.grant_type !== 'client_credentials') {
    const grant = String(params.grant_type)
    oauthError(ctx, 403, 'unauthorized_client', `Grant type '${grant}' not allowed for the client.`)
    return
  }
  const client = authenticateClient(ctx, params)
  if (!client) return
  if (!params.audience) {
    oauthError(ctx, 400, 'invalid_request', 'Missing required parameter: audience')
    return
  }
  const audience = `${ctx.state.url}/api/v2/`
  if (params.audience !== audience) {
    const named = String(params.audience)
    oauthError(ctx, 403, 'access_denied', `Service not enabled within domain: ${named}`)
    return
  }
  if (client.scopes === undefined) {
    // ruby-auth0#610: an application with no client grant for the API.
    oauthError(
      ctx,
      403,
      'access_denied',
      `Client is not authorized to access "${audience}". You need to create a "client-grant" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants`,
    )
    return
  }
  const state = ctx.state
  const token = randomBytes(32).toString('base64url')
  const scopes = grantedScopes(client.scopes, params.scope)
  state.tokens.set(token, {
    expiresAt: state.now() + state.tokenLifetimeMs,
    scopes,
    clientId: client.clientId,
  })
  state.stats.tokensIssued++
  const body = {
    access_token: token,
    expires_in: Math.round(state.tokenLifetimeMs / 1000),
    scope: scopes.join(' '),
    token_type: 'Bearer',
  }
  send(ctx, 200, body, { 'cache-control': 'no-store' })
}

/** A `scope` parameter narrows the token to the granted scopes it names. */
function grantedScopes(granted: string[], requested: unknown): string[] {
  if (typeof requested !== 'string' || requested.trim() === '') return [...granted]
  const asked = new Set(requested.split(/\s+/))
  return granted.filter((scope) => asked.has(scope))
}

/** The `iss` of a client assertion, to find the client when `client_id` is not sent. */
function assertionIssuer(assertion: unknown): string | undefined {
  if (typeof assertion !== 'string') return undefined
  try {
    const claims = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString())
    return typeof claims?.iss === 'string' ? claims.iss : undefined
  } catch {
    return undefined
  }
}

/** Client secret or Private Key JWT; the client, or undefined after answering the refusal. */
function authenticateClient(ctx: Context, params: Params): TenantClient | undefined {
  const state = ctx.state
  const refuse = (status: number, error: string, description: string): undefined => {
    state.tokenRejections.push(description)
    oauthError(ctx, status, error, description)
    return undefined
  }
  const claimed = params.client_id === undefined ? undefined : String(params.client_id)
  if (params.client_assertion !== undefined || params.client_assertion_type !== undefined) {
    if (params.client_assertion_type !== ASSERTION_TYPE) {
      const expected = `Invalid client_assertion_type: expected ${ASSERTION_TYPE}`
      return refuse(400, 'invalid_request', expected)
    }
    if (typeof params.client_assertion !== 'string' || params.client_assertion === '') {
      return refuse(400, 'invalid_request', 'Missing required parameter: client_assertion')
    }
    if (params.client_secret !== undefined) {
      return refuse(
        400,
        'invalid_request',
        'Only one client authentication method may be used (client_secret and client_assertion given)',
      )
    }
    const client =
      state.client(claimed ?? assertionIssuer(params.client_assertion)) ?? state.tenant.clients[0]
    if (!client || client.authentication === 'client-secret' || client.credentials.length === 0) {
      const off = 'Private Key JWT authentication is not enabled for the client'
      return refuse(401, 'invalid_client', off)
    }
    const reason = checkClientAssertion(params.client_assertion, claimed, {
      clientId: client.clientId,
      origin: state.url,
      credentials: client.credentials,
      usedIds: state.usedAssertionIds,
      nowMs: state.now(),
    })
    return reason === undefined ? client : refuse(401, 'invalid_client', reason)
  }
  const client = state.client(claimed)
  if (client?.authentication === 'private-key-jwt') {
    const pkjwt = 'The client must authenticate with Private Key JWT (client_assertion)'
    return refuse(401, 'invalid_client', pkjwt)
  }
  if (
    !client ||
    client.clientSecret === undefined ||
    params.client_secret !== client.clientSecret
  ) {
    return refuse(401, 'access_denied', 'Unauthorized')
  }
  return client
}
