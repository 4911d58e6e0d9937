/**
 * The calls the SDK suite makes, written once against a small adapter that each SDK version's
 * driver (v7.ts, v4.ts) implements with that version's own API.
 */
import { download, record, type SdkPlan, sleep, usersFile } from './plan.ts'

export interface JobsCalls {
  importUsers(body: {
    users: Blob
    connection_id: string
    upsert?: boolean
    external_id?: string
    send_completion_email?: boolean
  }): Promise<unknown>
  exportUsers(body: Record<string, unknown>): Promise<unknown>
  verifyEmail(body: Record<string, unknown>): Promise<unknown>
  get(id: string): Promise<{ status: string; location?: string } & Record<string, unknown>>
  errors(id: string): Promise<unknown>
}

export interface Sdk {
  name: string
  withSecret(clientId: string, clientSecret: string): JobsCalls
  withToken(token: string): JobsCalls
  /** Auth0's body as this SDK's error carries it. */
  errorBody(error: Record<string, unknown>): unknown
}

const file = (text: string): Blob => new File([text], 'users.json', { type: 'application/json' })
const ONE_USER = '[{"email":"x@example.com"}]'

export async function runSuite(sdk: Sdk, plan: SdkPlan): Promise<void> {
  const call = (name: string, fn: () => Promise<unknown>) => record(name, fn, sdk.errorBody)
  const full = sdk.withSecret(...plan.full)
  const c = plan.connections
  const waitFinal = async (id: string) => {
    for (;;) {
      const job = await full.get(id)
      if (['completed', 'failed', 'expired'].includes(job.status)) return job
      await sleep(20)
    }
  }
  const imported = (await call('import all options', () =>
    full.importUsers({
      users: file(usersFile(sdk.name)),
      connection_id: c.db,
      upsert: true,
      external_id: `sdk-${sdk.name}`,
      send_completion_email: false,
    }),
  )) as { id: string } | undefined
  await call('import no options', () =>
    full.importUsers({
      users: file(`[{"email":"${sdk.name}-plain@example.com"}]`),
      connection_id: c.db,
    }),
  )
  await call('import upsert false, completion email true', () =>
    full.importUsers({
      users: file(`[{"email":"${sdk.name}-flags@example.com"}]`),
      connection_id: c.db,
      upsert: false,
      send_completion_email: true,
    }),
  )
  if (imported) {
    await call('get job (import, final)', () => waitFinal(imported.id))
    await call('errors: per-user entries', () => full.errors(imported.id))
  }
  const verification = (await call('verification email all fields', () =>
    full.verifyEmail({
      user_id: plan.userId,
      client_id: plan.emailClientId,
      identity: { user_id: plan.userId.split('|')[1] ?? '', provider: 'auth0' },
      organization_id: plan.organizationId,
    }),
  )) as { id: string } | undefined
  if (verification) {
    await call('get job (verification, final)', () => waitFinal(verification.id))
    await call('errors: none (204)', () => full.errors(verification.id))
  }
  await call('errors: job object', () => full.errors(plan.genericErrorsJobId))
  for (const format of ['csv', 'json']) {
    const job = (await call(`export ${format} with fields and limit`, () =>
      full.exportUsers({
        connection_id: c.db,
        format,
        limit: 2,
        fields: [{ name: 'email' }, { name: 'user_metadata.plan', export_as: 'plan' }],
      }),
    )) as { id: string } | undefined
    if (!job) continue
    const done = await call(`get job (export ${format}, final)`, () => waitFinal(job.id))
    const location = String((done as { location?: string } | undefined)?.location)
    await call(`download ${format}`, () => download(location))
  }
  await refusals(sdk, plan, call)
}

async function refusals(
  sdk: Sdk,
  plan: SdkPlan,
  call: (name: string, fn: () => Promise<unknown>) => Promise<unknown>,
): Promise<void> {
  const full = sdk.withSecret(...plan.full)
  const c = plan.connections
  const readOnly = sdk.withSecret(...plan.readOnly)
  await call('refusal: scope', () =>
    readOnly.importUsers({ users: file(ONE_USER), connection_id: c.db }),
  )
  await call('refusal: social connection', () =>
    full.importUsers({ users: file(ONE_USER), connection_id: c.social }),
  )
  await call('refusal: disabled connection', () =>
    full.importUsers({ users: file(ONE_USER), connection_id: c.disabled }),
  )
  await call('refusal: custom DB without import mode', () =>
    full.importUsers({ users: file(ONE_USER), connection_id: c.customNoImport }),
  )
  // The SDKs type these as booleans; a caller's untyped value still reaches the wire as text.
  const notBoolean = (text: string) => text as unknown as boolean
  await call('refusal: upsert "yes"', () =>
    full.importUsers({ users: file(ONE_USER), connection_id: c.db, upsert: notBoolean('yes') }),
  )
  await call('refusal: send_completion_email "nope"', () =>
    full.importUsers({
      users: file(ONE_USER),
      connection_id: c.db,
      send_completion_email: notBoolean('nope'),
    }),
  )
  const verify = (name: string, body: Record<string, unknown>) =>
    call(name, () => full.verifyEmail({ user_id: plan.userId, ...body }))
  await verify('refusal: malformed client_id', { client_id: 'not a client id' })
  await verify('refusal: unknown organization', { organization_id: 'org_0000000000000000' })
  await verify('refusal: identity with extra keys', {
    identity: { user_id: 'x', provider: 'auth0', extra: 1 },
  })
  await verify('refusal: identity with unknown provider', {
    identity: { user_id: 'x', provider: 'myspace' },
  })
  await verify('refusal: unknown user', { user_id: 'auth0|nobody' })
  const job = plan.expiredJobId
  await call('refusal: no client grant', () => sdk.withSecret(...plan.noGrant).get(job))
  await call('refusal: wrong client secret', () => sdk.withSecret(plan.full[0], 'wrong').get(job))
  await call('refusal: malformed bearer header', () => sdk.withToken('two words').get(job))
  await call('refusal: bad token', () => sdk.withToken('not-a-token').get(job))
  await call('refusal: job past retention', () => full.get(job))
}
