/**
 * POST /api/v2/jobs/verification-email: the body's schema (OAS `CreateVerificationEmailRequest`:
 * client-id and organization-id formats, `identity` with `user_id`, `provider` from Auth0's list
 * and an optional `connection_id`, nothing else), then the user, identity and organization.
 */
import { CONNECTION_ID_PATTERN, jobBody } from '../job-record.ts'
import {
  apiError,
  type Context,
  objectBody,
  payloadError,
  send,
  unexpectedKey,
} from '../replies.ts'

/** Auth0's identity providers (OAS `IdentityProviderEnum`). */
export const IDENTITY_PROVIDERS = new Set(
  (
    'ad adfs amazon apple dropbox bitbucket auth0-oidc auth0 baidu bitly box custom daccount ' +
    'dwolla email evernote-sandbox evernote exact facebook fitbit github google-apps ' +
    'google-oauth2 instagram ip line linkedin oauth1 oauth2 office365 oidc okta paypal ' +
    'paypal-sandbox pingfederate planningcenter salesforce-community salesforce-sandbox ' +
    'salesforce samlp sharepoint shopify shop sms soundcloud thirtysevensignals twitter untappd ' +
    'vkontakte waad weibo windowslive wordpress yahoo yandex'
  ).split(' '),
)
/** Auth0 client ids: 32 letters and digits. */
const CLIENT_ID_FORMAT = /^[A-Za-z0-9]{32}$/
const ORGANIZATION_ID_FORMAT = /^org_[A-Za-z0-9]{16}$/

function identityRefusal(identity: unknown): string | undefined {
  const id = identity as Record<string, unknown> | null
  if (!id || typeof id !== 'object' || Array.isArray(id)) {
    return `'Expected type object but found type ${Array.isArray(id) ? 'array' : typeof id}' on property identity.`
  }
  const extra = unexpectedKey(id, ['user_id', 'provider', 'connection_id'])
  if (extra) return `'Additional properties not allowed: ${extra}' on property identity.`
  if (typeof id.user_id !== 'string' || typeof id.provider !== 'string') {
    return `'Missing required property: ${typeof id.user_id !== 'string' ? 'user_id' : 'provider'}' on property identity.`
  }
  if (!IDENTITY_PROVIDERS.has(id.provider)) {
    return `'No enum match for: ${JSON.stringify(id.provider)}' on property identity.provider (Identity provider name of the identity (e.g. \`google-oauth2\`)).`
  }
  if (id.connection_id !== undefined) {
    if (typeof id.connection_id !== 'string' || !CONNECTION_ID_PATTERN.test(id.connection_id)) {
      return `'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property identity.connection_id (connection_id of the identity).`
    }
  }
  return undefined
}

/** The payload-validation refusal of the body, or undefined. */
function bodyRefusal(body: Record<string, unknown>): string | undefined {
  const extra = unexpectedKey(body, ['user_id', 'client_id', 'identity', 'organization_id'])
  if (extra) return `'Additional properties not allowed: ${extra}'.`
  if (typeof body.user_id !== 'string' || body.user_id === '') {
    return body.user_id === undefined
      ? `'Missing required property: user_id'.`
      : `'Expected type string but found type ${typeof body.user_id}' on property user_id.`
  }
  for (const key of ['client_id', 'organization_id']) {
    if (body[key] !== undefined && typeof body[key] !== 'string') {
      return `'Expected type string but found type ${typeof body[key]}' on property ${key}.`
    }
  }
  const clientId = body.client_id as string | undefined
  if (clientId !== undefined && !CLIENT_ID_FORMAT.test(clientId)) {
    return `'Object didn't pass validation for format client-id: ${clientId}' on property client_id (client_id of the client (application). If no value provided, the global Client ID will be used.).`
  }
  const orgId = body.organization_id as string | undefined
  if (orgId !== undefined && !ORGANIZATION_ID_FORMAT.test(orgId)) {
    return `'Object didn't pass validation for format organization-id: ${orgId}' on property organization_id.`
  }
  return body.identity === undefined ? undefined : identityRefusal(body.identity)
}

/** Refusals past the schema: the user, its identity, the organization, the client. */
function tenantRefusal(ctx: Context, body: Record<string, unknown>): [string, string] | undefined {
  const state = ctx.state
  const userId = body.user_id as string
  const user = state.userById(userId)
  const lenient = !state.tenant.strict && state.options.verificationUsers !== 'tenant'
  if (!user && !(lenient && userId.startsWith('auth0|'))) {
    return ['The user does not exist.', 'inexistent_user']
  }
  const identities = (user?.identities ?? []) as {
    provider?: string
    user_id?: string
    connection?: string
  }[]
  const identity = body.identity as { provider: string; user_id: string } | undefined
  if (user && identity && state.tenant.strict) {
    const has = identities.some(
      (i) => i.provider === identity.provider && i.user_id === identity.user_id,
    )
    if (!has) return ['The user exists, but does not contain the given identity.', 'invalid_body']
  }
  if (user && !identity && state.connection(identities[0]?.connection)?.strategy !== 'auth0') {
    return ['Connection must be a database connection.', 'invalid_body']
  }
  const orgId = body.organization_id as string | undefined
  const orgs = state.tenant.organizations
  if (orgId !== undefined && orgs !== undefined && !orgs.has(orgId)) {
    return ['The organization does not exist', 'inexistent_organization']
  }
  const clientId = body.client_id as string | undefined
  if (clientId !== undefined && state.tenant.strict && !state.client(clientId)) {
    return ['The client does not exist', 'inexistent_client']
  }
  return undefined
}

export function handleVerification(ctx: Context): void {
  const state = ctx.state
  const body = objectBody(ctx)
  if (!body) return
  const refusal = bodyRefusal(body)
  if (refusal) {
    payloadError(ctx, refusal)
    return
  }
  const tenantSays = tenantRefusal(ctx, body)
  if (tenantSays) {
    apiError(ctx, 400, tenantSays[0], tenantSays[1])
    return
  }
  const job = state.newRecord('verification_email', {}, 1)
  state.addJob(job)
  state.verificationEmails.push({ jobId: job.id, body: structuredClone(body) })
  send(ctx, 201, jobBody(job, job.createdAt))
}
