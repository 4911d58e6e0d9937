/**
 * Auth0's own SDKs as the judge of the emulator: the official `auth0` package (v7, and v4 under
 * the `auth0-v4` alias) drives an https emulator unchanged, from a child process that trusts the
 * emulator's CA through NODE_EXTRA_CA_CERTS. Every jobs call must parse, and every refusal must
 * surface as the SDK's own typed error with Auth0's status, code and message.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import type { CallRecord, SdkPlan } from './sdk/plan.ts'
import { SDK_TENANT } from './sdk/tenant.ts'

const NODE = resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'node')
const DAY_MS = 24 * 60 * 60 * 1000

async function sdkTenant(): Promise<{ emulator: Emulator; plan: SdkPlan }> {
  const emulator = await startEmulator({
    tenant: SDK_TENANT,
    https: true,
    jobTiming: { pendingMs: 10, processingMs: 20 },
    rateLimit: false,
  })
  const [full, readOnly, noGrant] = SDK_TENANT.clients.map(
    (c) => [c.client_id, c.client_secret ?? ''] as [string, string],
  )
  const [db, social, disabled, customNoImport] = SDK_TENANT.connections.map((c) => c.id)
  const plan: SdkPlan = {
    domain: emulator.domain,
    full: full as [string, string],
    readOnly: readOnly as [string, string],
    noGrant: noGrant as [string, string],
    connections: {
      db: db ?? '',
      social: social ?? '',
      disabled: disabled ?? '',
      customNoImport: customNoImport ?? '',
    },
    userId: 'auth0|known1',
    emailClientId: full?.[0] ?? '',
    organizationId: 'org_2eondWoxcMIpaLQc',
    expiredJobId: emulator.createJob({ createdAt: emulator.now() - DAY_MS - 1000 }),
    genericErrorsJobId: emulator.createJob({
      status: 'failed',
      status_details: 'Failed to parse users file JSON when importing users.',
      errors: 'job',
    }),
  }
  return { emulator, plan }
}

async function drive(
  emulator: Emulator,
  plan: SdkPlan,
  driver: string,
): Promise<Map<string, CallRecord>> {
  const child = spawn(NODE, [resolve(import.meta.dirname, 'sdk', driver), JSON.stringify(plan)], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: emulator.caFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  child.stderr.on('data', (chunk) => (err += chunk))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  expect(err, 'the driver wrote to stderr').toBe('')
  expect(code).toBe(0)
  const calls = new Map<string, CallRecord>()
  for (const line of out.trim().split('\n')) {
    const parsed = JSON.parse(line) as CallRecord
    calls.set(parsed.name, parsed)
  }
  return calls
}

function answered(calls: Map<string, CallRecord>, name: string): Record<string, unknown> {
  const call = calls.get(name)
  expect(call, name).toBeDefined()
  if (!call?.ok) throw new Error(`${name} failed: ${JSON.stringify(call)}`)
  return (call.value ?? {}) as Record<string, unknown>
}

function refused(calls: Map<string, CallRecord>, name: string) {
  const call = calls.get(name)
  expect(call, name).toBeDefined()
  if (!call || call.ok) throw new Error(`${name} was accepted: ${JSON.stringify(call)}`)
  return call.error
}

interface SdkUnderTest {
  name: string
  driver: string
  /** The classes a Management API refusal with this status raises, nearest first. */
  apiError(status: number): string[]
  /** The class a refusal of /oauth/token raises. */
  tokenError: string
}

const V7_CLASSES: Record<number, string> = {
  400: 'BadRequestError',
  401: 'UnauthorizedError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
}

const SDKS: SdkUnderTest[] = [
  {
    name: 'auth0 v7',
    driver: 'v7.ts',
    apiError: (status) => [V7_CLASSES[status] ?? '?', 'ManagementError', 'Error'],
    tokenError: 'ManagementError',
  },
  {
    name: 'auth0 v4 (npm alias auth0-v4)',
    driver: 'v4.ts',
    apiError: () => ['ManagementApiError', 'Error'],
    tokenError: 'AuthApiError',
  },
]

describe.each(SDKS)('$name over https', (sdk) => {
  let emulator: Emulator
  let calls: Map<string, CallRecord>
  beforeAll(async () => {
    const tenant = await sdkTenant()
    emulator = tenant.emulator
    calls = await drive(emulator, tenant.plan, sdk.driver)
  }, 60_000)
  afterAll(async () => {
    await emulator?.close()
  })

  it('creates imports with each option and echoes them', () => {
    expect(answered(calls, 'import all options')).toMatchObject({
      type: 'users_import',
      status: 'pending',
      upsert: true,
      external_id: expect.stringMatching(/^sdk-v[47]$/),
      send_completion_email: false,
      connection: 'Username-Password-Authentication',
    })
    expect(answered(calls, 'import no options')).toMatchObject({
      upsert: false,
      send_completion_email: true,
    })
    expect(answered(calls, 'import upsert false, completion email true')).toMatchObject({
      upsert: false,
      send_completion_email: true,
    })
    expect(emulator.imports.map((u) => [u.upsert, u.send_completion_email])).toEqual([
      ['true', 'false'],
      [undefined, undefined],
      ['false', 'true'],
    ])
  })

  it('reads jobs to the end and the errors endpoint in its three shapes', () => {
    expect(answered(calls, 'get job (import, final)')).toMatchObject({
      status: 'completed',
      summary: { total: 3, inserted: 2, failed: 1 },
    })
    const entries = answered(calls, 'errors: per-user entries') as unknown as unknown[]
    expect(entries).toEqual([
      {
        user: { email: expect.stringMatching(/^v[47]\.\.dots@example\.com$/) },
        errors: [
          {
            code: 'INVALID_FORMAT',
            message: expect.stringMatching(
              /^Object didn't pass validation for format email: v[47]\.\.dots@/,
            ),
            path: 'identities[0].profileData.email',
          },
        ],
      },
    ])
    expect(answered(calls, 'errors: job object')).toMatchObject({
      status: 'failed',
      status_details: 'Failed to parse users file JSON when importing users.',
    })
    expect(calls.get('errors: none (204)')).toEqual({
      name: 'errors: none (204)',
      ok: true,
      value: null,
    })
  })

  it('sends verification emails with every field', () => {
    expect(answered(calls, 'verification email all fields')).toMatchObject({
      type: 'verification_email',
    })
    expect(answered(calls, 'get job (verification, final)')).toMatchObject({ status: 'completed' })
  })

  it('exports in both formats with fields and limit, and downloads them', () => {
    expect(answered(calls, 'export csv with fields and limit')).toMatchObject({
      type: 'users_export',
      format: 'csv',
      limit: 2,
      fields: [{ name: 'email' }, { name: 'user_metadata.plan', export_as: 'plan' }],
    })
    expect(answered(calls, 'export json with fields and limit')).toMatchObject({ format: 'json' })
    const csv = answered(calls, 'download csv') as { rows: string[] }
    expect(csv.rows[0]).toBe('email,plan')
    expect(csv.rows).toHaveLength(3)
    const json = answered(calls, 'download json') as { rows: string[] }
    expect(json.rows).toHaveLength(2)
    expect(JSON.parse(json.rows[0] ?? '')).toEqual({ email: 'known@example.com', plan: 'pro' })
  })

  const api = (name: string, status: number, message: string | RegExp, code?: string) =>
    it(`${name}: ${status} as the SDK's ${sdk.apiError(status)[0]}`, () => {
      const error = refused(calls, name)
      expect(error.classes).toEqual(sdk.apiError(status))
      expect(error.statusCode).toBe(status)
      const body = error.body as { message?: string; errorCode?: string; statusCode?: number }
      expect(body.statusCode).toBe(status)
      if (typeof message === 'string') expect(body.message).toBe(message)
      else expect(body.message).toMatch(message)
      if (code) expect(body.errorCode).toBe(code)
    })

  api(
    'refusal: scope',
    403,
    'Insufficient scope, expected any of: create:users',
    'insufficient_scope',
  )
  api('refusal: social connection', 400, 'Connection must be a database connection.')
  api('refusal: disabled connection', 400, 'Connection must be enabled.')
  api(
    'refusal: custom DB without import mode',
    400,
    'Custom Database Connections without import mode are not allowed.',
  )
  api(
    'refusal: upsert "yes"',
    400,
    /^Payload validation error: 'Expected type boolean but found type string' on property upsert/,
    'invalid_body',
  )
  api(
    'refusal: send_completion_email "nope"',
    400,
    /on property send_completion_email/,
    'invalid_body',
  )
  api('refusal: malformed client_id', 400, /format client-id/, 'invalid_body')
  api('refusal: unknown organization', 400, 'The organization does not exist')
  api(
    'refusal: identity with extra keys',
    400,
    /Additional properties not allowed: extra' on property identity/,
    'invalid_body',
  )
  api(
    'refusal: identity with unknown provider',
    400,
    /No enum match for: "myspace"' on property identity.provider/,
    'invalid_body',
  )
  api('refusal: unknown user', 400, 'The user does not exist.', 'inexistent_user')
  api('refusal: malformed bearer header', 400, 'Bad HTTP authentication header format')
  api('refusal: bad token', 401, 'Invalid token', 'invalid_token')
  api('refusal: job past retention', 404, 'The job does not exist.', 'inexistent_job')

  it('token endpoint refusals: 403 for no grant, 401 for a wrong secret, as the SDK’s token error', () => {
    const noGrant = refused(calls, 'refusal: no client grant')
    expect(noGrant.classes[0]).toBe(sdk.tokenError)
    expect(noGrant.statusCode).toBe(403)
    expect(noGrant.body).toEqual({
      error: 'access_denied',
      error_description: `Client is not authorized to access "${emulator.url}/api/v2/". You need to create a "client-grant" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants`,
    })
    const wrongSecret = refused(calls, 'refusal: wrong client secret')
    expect(wrongSecret.classes[0]).toBe(sdk.tokenError)
    expect(wrongSecret.statusCode).toBe(401)
    expect(wrongSecret.body).toEqual({ error: 'access_denied', error_description: 'Unauthorized' })
  })
})
