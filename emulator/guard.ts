/**
 * What every /api/v2 request passes before its handler: the rate-limit bucket, the bearer
 * token (400 for a malformed header, 401 for a bad or expired token) and the endpoint's scopes
 * (403 `insufficient_scope`), as Auth0 does.
 */
import { apiError, type Context, send } from './replies.ts'
import type { IssuedToken } from './state.ts'

/** The scopes each endpoint accepts (any one of them), by method and path. */
export function requiredScopes(method: string, pathname: string): string[] | undefined {
  if (method === 'POST' && pathname === '/api/v2/jobs/users-imports') return ['create:users']
  if (method === 'POST' && pathname === '/api/v2/jobs/users-exports') return ['read:users']
  if (method === 'POST' && pathname === '/api/v2/jobs/verification-email') return ['update:users']
  if (method === 'GET' && pathname === '/api/v2/users-by-email') return ['read:users']
  if (method === 'GET' && /^\/api\/v2\/connections\/[^/]+$/.test(pathname)) {
    return ['read:connections']
  }
  if (method === 'GET' && /^\/api\/v2\/jobs\/[^/]+(\/errors)?$/.test(pathname)) {
    return ['create:users', 'read:users']
  }
  return undefined
}

/** Takes a token from the bucket; false after answering 429. Sets the X-RateLimit-* headers. */
export function takeRateToken(ctx: Context, bucket: { tokens: number; last: number }): boolean {
  const limit = ctx.state.options.rateLimit
  if (limit === false) return true
  const { burst, perSecond } = limit ?? { burst: 50, perSecond: 50 }
  const now = ctx.state.now()
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.last) / 1000) * perSecond)
  bucket.last = now
  const allowed = bucket.tokens >= 1
  if (allowed) bucket.tokens -= 1
  const waitMs = (Math.max(0, 1 - bucket.tokens) / perSecond) * 1000
  ctx.headers = {
    'x-ratelimit-limit': String(burst),
    'x-ratelimit-remaining': String(Math.floor(bucket.tokens)),
    'x-ratelimit-reset': String(Math.ceil((now + waitMs) / 1000)),
  }
  if (allowed) return true
  ctx.state.stats.rateLimited++
  apiError(ctx, 429, 'Global limit has been reached', 'too_many_requests')
  return false
}

/** The request's token, or undefined after answering 400/401. */
export function authenticate(ctx: Context): IssuedToken | undefined {
  const header = ctx.req.headers.authorization
  if (!header) {
    apiError(ctx, 401, 'Missing authentication')
    return undefined
  }
  const match = /^Bearer ([^\s]+)$/.exec(header)
  if (!match?.[1]) {
    // hapi's answer for a header it cannot parse (node-auth0#118): 400, not 401.
    const message = 'Bad HTTP authentication header format'
    send(ctx, 400, {
      statusCode: 400,
      error: 'Bad Request',
      message,
      attributes: { error: message },
    })
    return undefined
  }
  const token = ctx.state.tokens.get(match[1])
  if (token === undefined) {
    apiError(ctx, 401, 'Invalid token', 'invalid_token')
    return undefined
  }
  if (token.expiresAt <= ctx.state.now()) {
    apiError(ctx, 401, 'Expired token received for JSON Web Token validation', 'invalid_token')
    return undefined
  }
  return token
}

/** False after answering 403 when the token lacks every scope the endpoint accepts. */
export function hasScope(ctx: Context, token: IssuedToken): boolean {
  const needed = requiredScopes(ctx.method, ctx.pathname)
  if (!needed || needed.some((scope) => token.scopes.includes(scope))) return true
  apiError(
    ctx,
    403,
    `Insufficient scope, expected any of: ${needed.join(',')}`,
    'insufficient_scope',
  )
  return false
}
