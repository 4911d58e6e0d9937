/**
 * What the action says when Auth0 refuses: the built dist/index.js against an emulated tenant
 * that refuses the way Auth0 does (emulator/README.md). Each refusal ends the step with one
 * `::error::` line that quotes Auth0 and says what to change. Run `npm run build` first.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator, type TenantDescription } from '../emulator/server.ts'
import { importInputs, runAction } from './run-action.js'

const DB = 'con_Database0000001A'
const CLIENT = 'actionClientWithGrant00000000001'

function tenant(extra: Partial<TenantDescription> = {}): TenantDescription {
  return {
    clients: [
      {
        client_id: CLIENT,
        client_secret: 'right-secret',
        scopes: ['create:users', 'read:users', 'update:users'],
      },
      {
        client_id: 'readOnlyClient000000000000000002',
        client_secret: 'ro',
        scopes: ['read:users'],
      },
      { client_id: 'noGrantClient0000000000000000003', client_secret: 'ng' },
    ],
    connections: [
      { id: DB, name: 'Username-Password-Authentication' },
      { id: 'con_Social000000002A', name: 'google-oauth2', strategy: 'google-oauth2' },
      { id: 'con_Disabled0000003A', name: 'off-db', enabled_clients: [] },
      { id: 'con_LegacyDb0000004A', name: 'legacy', custom_database: true, import_mode: false },
    ],
    users: [{ email: 'known@example.com', user_id: 'auth0|known1' }],
    organizations: [{ id: 'org_2eondWoxcMIpaLQc' }],
    ...extra,
  }
}

let emulator: Emulator
afterEach(async () => {
  await emulator?.close()
})

async function start(description = tenant()): Promise<Emulator> {
  emulator = await startEmulator({
    tenant: description,
    jobTiming: { pendingMs: 10, processingMs: 20 },
  })
  return emulator
}

const USERS = JSON.stringify([{ email: 'new@example.com' }])

async function importInto(
  connectionId: string,
  client: [string, string] = [CLIENT, 'right-secret'],
) {
  const inputs = importInputs(emulator, { connection_id: connectionId })
  return runAction(
    { ...inputs, client_id: client[0], client_secret: client[1] },
    { files: { 'users.json': USERS } },
  )
}

/** The step failed with exactly one error line, which contains every fragment. */
function failedWith(run: Awaited<ReturnType<typeof runAction>>, ...fragments: string[]): void {
  expect(run.exitCode, run.stdout).toBe(1)
  expect(run.errors, run.stdout).toHaveLength(1)
  for (const fragment of fragments) expect(run.errors[0]).toContain(fragment)
}

describe('token endpoint', () => {
  it('a wrong client secret (401 access_denied) asks to check the credentials', async () => {
    await start()
    const run = await importInto(DB, [CLIENT, 'wrong-secret'])
    failedWith(run, 'HTTP 401: Unauthorized', 'Check client_id and client_secret')
    expect(run.errors[0]).not.toContain('Authorise the application')
  })

  it('an application without a client grant (403) asks to authorise it', async () => {
    await start()
    const run = await importInto(DB, ['noGrantClient0000000000000000003', 'ng'])
    failedWith(
      run,
      'HTTP 403',
      'create a "client-grant"',
      'Authorise the application for the Auth0 Management API',
    )
  })
})

describe('scopes', () => {
  it('an import without create:users names that scope', async () => {
    await start()
    const run = await importInto(DB, ['readOnlyClient000000000000000002', 'ro'])
    failedWith(
      run,
      'Insufficient scope, expected any of: create:users',
      'needs the scope create:users',
      'Machine to Machine Applications',
    )
  })

  it('a verification email without update:users names that scope', async () => {
    await start()
    const run = await runAction({
      operation: 'send-verification-email',
      domain: emulator.url,
      client_id: 'readOnlyClient000000000000000002',
      client_secret: 'ro',
      user_id: 'auth0|known1',
    })
    failedWith(run, 'expected any of: update:users', 'needs the scope update:users')
  })

  it('reading a job with neither read:users nor create:users names both', async () => {
    await start(
      tenant({
        clients: [{ client_id: CLIENT, client_secret: 'right-secret', scopes: ['update:users'] }],
      }),
    )
    const id = emulator.createJob({ status: 'completed' })
    const run = await runAction({
      operation: 'get-job',
      domain: emulator.url,
      client_id: CLIENT,
      client_secret: 'right-secret',
      job_id: id,
    })
    failedWith(run, 'needs the scope create:users or read:users')
  })
})

describe('import connection', () => {
  it.each([
    [
      'con_Social000000002A',
      'Connection must be a database connection.',
      'must name a database connection',
    ],
    [
      'con_Disabled0000003A',
      'Connection must be enabled.',
      'Enable the connection for at least one application',
    ],
    [
      'con_LegacyDb0000004A',
      'Custom Database Connections without import mode are not allowed.',
      'Turn on "Import Users to Auth0"',
    ],
  ])('%s: Auth0 says "%s"; the hint says what to change', async (connection, said, hint) => {
    await start()
    const run = await importInto(connection)
    failedWith(run, `HTTP 400: ${said}`, hint)
    expect(emulator.imports).toHaveLength(0)
  })
})

describe('verification email', () => {
  const verify = (extra: Record<string, string>) =>
    runAction({
      operation: 'send-verification-email',
      domain: emulator.url,
      client_id: CLIENT,
      client_secret: 'right-secret',
      user_id: 'auth0|known1',
      ...extra,
    })

  it.each([
    [
      { email_client_id: 'not-a-client-id' },
      'format client-id',
      'email_client_id must be the Client ID',
    ],
    [
      { organization_id: 'org_0000000000000000' },
      'The organization does not exist',
      'organization_id must be the id',
    ],
    [
      { identity: '{"user_id":"1","provider":"myspace"}' },
      `No enum match for: "myspace"' on property identity.provider`,
      'Check the identity input',
    ],
    [
      { identity: '{"user_id":"other","provider":"auth0"}' },
      'does not contain the given identity',
      'Check the identity input',
    ],
    [{ user_id: 'auth0|nobody' }, 'The user does not exist.', 'Check user_id'],
  ])('%o: one error naming the input', async (extra, said, hint) => {
    await start()
    const run = await verify(extra)
    failedWith(run, said, hint)
    expect(emulator.verificationEmails).toHaveLength(0)
  })
})

describe('retention', () => {
  it('a job read after Auth0 deleted it (24 h) says so', async () => {
    await start()
    const id = emulator.createJob({ status: 'completed' })
    emulator.advanceClock(24 * 60 * 60 * 1000)
    const run = await runAction({
      operation: 'get-job',
      domain: emulator.url,
      client_id: CLIENT,
      client_secret: 'right-secret',
      job_id: id,
    })
    failedWith(run, 'HTTP 404: The job does not exist.', '24 hours after they were created')
  })
})

describe('per-user codes Auth0 reports beside the documented ones', () => {
  /** An import submitted straight to the emulator (the action would refuse the file locally). */
  async function importDirectly(users: unknown[]): Promise<string> {
    const tokenAnswer = await fetch(`${emulator.url}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: CLIENT,
        client_secret: 'right-secret',
        audience: `${emulator.url}/api/v2/`,
      }),
    })
    const { access_token: token } = (await tokenAnswer.json()) as { access_token: string }
    const form = new FormData()
    form.append('users', new Blob([JSON.stringify(users)]), 'users.json')
    form.append('connection_id', DB)
    const answer = await fetch(`${emulator.url}/api/v2/jobs/users-imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    })
    expect(answer.status).toBe(202)
    return ((await answer.json()) as { id: string }).id
  }

  it('INVALID_FORMAT with its profile path reaches the error report', async () => {
    await start()
    const id = await importDirectly([{ email: 'a..b@example.com' }, { email: 'ok@example.com' }])
    emulator.advanceClock(1000)
    const run = await runAction({
      operation: 'get-job-errors',
      domain: emulator.url,
      client_id: CLIENT,
      client_secret: 'right-secret',
      job_id: id,
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.error_count).toBe('1')
    expect(run.errorReport?.[0]?.errors).toEqual([
      {
        code: 'INVALID_FORMAT',
        message: expect.stringContaining("didn't pass validation for format email"),
        path: 'identities[0].profileData.email',
      },
    ])
  })
})
