/**
 * The emulator's described tenants, in process: the description's checks, grants and scopes,
 * the clock that ages jobs past Auth0's retention, and the CLI's `--tenant --https --json`.
 */
import { spawn } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator, type TenantDescription } from '../emulator/server.ts'
import { signClientAssertion } from '../src/auth0/client-assertion.js'

const DB = 'con_TenantDatabase01'
const TENANT: TenantDescription = {
  name: 'acme',
  clients: [
    { client_id: 'migrator', client_secret: 's1', scopes: ['create:users', 'read:users'] },
    { client_id: 'reader', client_secret: 's2', scopes: ['read:users'] },
    { client_id: 'nogrant', client_secret: 's3' },
  ],
  connections: [{ id: DB, name: 'acme-users' }],
  users: [{ email: 'Known@Example.com', user_id: 'auth0|k1', connection: 'acme-users' }],
}

const running: Emulator[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()))
})

async function start(tenant: TenantDescription = TENANT): Promise<Emulator> {
  const emulator = await startEmulator({ tenant, jobTiming: { pendingMs: 0, processingMs: 0 } })
  running.push(emulator)
  return emulator
}

async function token(emulator: Emulator, clientId: string, secret: string, scope?: string) {
  const body: Record<string, string> = {
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: secret,
    audience: `${emulator.url}/api/v2/`,
  }
  if (scope) body.scope = scope
  const answer = await fetch(`${emulator.url}/oauth/token`, {
    method: 'POST',
    body: new URLSearchParams(body),
  })
  return { status: answer.status, body: (await answer.json()) as Record<string, string> }
}

const get = (emulator: Emulator, path: string, authorization: string) =>
  fetch(`${emulator.url}/api/v2${path}`, { headers: { authorization } })

describe('a described tenant', () => {
  it('gives each client its grant, and none to a client without one', async () => {
    const emulator = await start()
    expect(emulator.clientId).toBe('migrator')
    expect(emulator.clients.map((c) => c.client_id)).toEqual(['migrator', 'reader', 'nogrant'])
    expect((await token(emulator, 'migrator', 's1')).body.scope).toBe('create:users read:users')
    expect((await token(emulator, 'reader', 's2')).body.scope).toBe('read:users')
    const refused = await token(emulator, 'nogrant', 's3')
    expect(refused.status).toBe(403)
    expect(refused.body.error).toBe('access_denied')
    const wrong = await token(emulator, 'migrator', 'nope')
    expect(wrong).toEqual({
      status: 401,
      body: { error: 'access_denied', error_description: 'Unauthorized' },
    })
  })

  it('narrows a token to the scopes asked for', async () => {
    const emulator = await start()
    const narrow = await token(emulator, 'migrator', 's1', 'read:users delete:users')
    expect(narrow.body.scope).toBe('read:users')
    const form = new FormData()
    form.append('users', new Blob(['[{"email":"x@example.com"}]']), 'users.json')
    form.append('connection_id', DB)
    const answer = await fetch(`${emulator.url}/api/v2/jobs/users-imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${narrow.body.access_token}` },
      body: form,
    })
    expect(answer.status).toBe(403)
    expect(await answer.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'Insufficient scope, expected any of: create:users',
      errorCode: 'insufficient_scope',
    })
  })

  it.each([
    ['POST', '/jobs/users-imports', 'create:users'],
    ['POST', '/jobs/users-exports', 'read:users'],
    ['POST', '/jobs/verification-email', 'update:users'],
    ['GET', '/jobs/job_0123456789abcdef', 'create:users,read:users'],
    ['GET', '/jobs/job_0123456789abcdef/errors', 'create:users,read:users'],
  ])('%s %s without its scope: 403 expecting %s', async (method, path, expected) => {
    const emulator = await start({
      ...TENANT,
      clients: [{ client_id: 'other', client_secret: 's', scopes: ['read:clients'] }],
    })
    const { access_token: bearer } = (await token(emulator, 'other', 's')).body
    const answer = await fetch(`${emulator.url}/api/v2${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: method === 'POST' ? '{}' : undefined,
    })
    expect(answer.status).toBe(403)
    expect(await answer.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: `Insufficient scope, expected any of: ${expected}`,
      errorCode: 'insufficient_scope',
    })
  })

  it('reads a job with read:users alone', async () => {
    const emulator = await start()
    const id = emulator.createJob({ status: 'completed' })
    const reader = await token(emulator, 'reader', 's2')
    expect((await get(emulator, `/jobs/${id}`, `Bearer ${reader.body.access_token}`)).status).toBe(
      200,
    )
  })

  it('refuses a malformed Authorization header with 400 and an unknown token with 401', async () => {
    const emulator = await start()
    const id = emulator.createJob({ status: 'completed' })
    const { access_token: good } = (await token(emulator, 'migrator', 's1')).body
    for (const header of [`Bearer  ${good}`, `bearer ${good}`, `Basic ${good}`, 'Bearer a b']) {
      const answer = await get(emulator, `/jobs/${id}`, header)
      expect(answer.status, header).toBe(400)
      expect(((await answer.json()) as { message: string }).message).toBe(
        'Bad HTTP authentication header format',
      )
    }
    expect((await get(emulator, `/jobs/${id}`, 'Bearer forged')).status).toBe(401)
  })

  it('a client with public keys authenticates with Private Key JWT, not a secret', async () => {
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const pem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString()
    const emulator = await start({
      ...TENANT,
      clients: [
        ...TENANT.clients,
        {
          client_id: 'signer',
          client_secret: 'unused',
          scopes: ['read:users'],
          public_keys: [{ pem, alg: 'RS256' }],
        },
      ],
    })
    const assertion = signClientAssertion({
      clientId: 'signer',
      audience: `${emulator.url}/`,
      privateKey: keys.privateKey,
      algorithm: 'RS256',
      now: Date.now(),
    })
    const answer = await fetch(`${emulator.url}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion,
        audience: `${emulator.url}/api/v2/`,
      }),
    })
    expect(answer.status).toBe(200)
    expect(((await answer.json()) as { scope: string }).scope).toBe('read:users')
    const secret = await token(emulator, 'signer', 'unused')
    expect(secret.status).toBe(401)
    expect(secret.body.error).toBe('invalid_client')
  })

  it('keeps users in their connection, found by email in any case', async () => {
    const emulator = await start()
    expect(emulator.user('known@example.com')).toMatchObject({
      user_id: 'auth0|k1',
      identities: [{ connection: 'acme-users', provider: 'auth0', user_id: 'k1', isSocial: false }],
    })
  })

  it.each([
    [{ ...TENANT, clients: [] }, 'clients must be a non-empty array'],
    [{ ...TENANT, connections: [{ id: 'con_short', name: 'x' }] }, 'connections[0].id must match'],
    [
      { ...TENANT, users: [{ email: 'a@example.com', connection: 'elsewhere' }] },
      'users[0].connection names no connection',
    ],
    [{ ...TENANT, organizations: [{ id: 'acme' }] }, 'organizations[0].id must match'],
    [
      { ...TENANT, clients: [{ client_id: 'x', scopes: 'read:users' as unknown as string[] }] },
      'clients[0].scopes must be an array',
    ],
  ])('refuses a bad description: %#', async (tenant, message) => {
    await expect(startEmulator({ tenant })).rejects.toThrow(message)
  })
})

describe("the emulator's clock", () => {
  it('ages a job past the 24 h retention: the job, its errors and its download are gone', async () => {
    const emulator = await start()
    const { access_token: bearer } = (await token(emulator, 'migrator', 's1')).body
    const id = emulator.createJob({ type: 'users_export', status: 'completed' })
    const job = (await (await get(emulator, `/jobs/${id}`, `Bearer ${bearer}`)).json()) as {
      location: string
    }
    emulator.advanceClock(24 * 60 * 60 * 1000 - 1)
    expect(emulator.now() - Date.now()).toBeGreaterThanOrEqual(24 * 60 * 60 * 1000 - 10)
    const download = await fetch(job.location)
    expect(download.status).toBe(403) // the 60 s link expired long before
    emulator.advanceClock(1)
    // The first token has expired on the same clock: a new one.
    const { access_token: fresh } = (await token(emulator, 'migrator', 's1')).body
    for (const path of [`/jobs/${id}`, `/jobs/${id}/errors`]) {
      const answer = await get(emulator, path, `Bearer ${fresh}`)
      expect(answer.status, path).toBe(404)
      expect(await answer.json()).toMatchObject({
        message: 'The job does not exist.',
        errorCode: 'inexistent_job',
      })
    }
    expect(emulator.job(id)).toBeUndefined()
  })

  it('expires tokens on the same clock', async () => {
    const emulator = await start()
    const { access_token: bearer } = (await token(emulator, 'migrator', 's1')).body
    const id = emulator.createJob({ status: 'completed' })
    emulator.advanceClock(86_400_000)
    const answer = await get(emulator, `/jobs/${id}`, `Bearer ${bearer}`)
    expect(answer.status).toBe(401)
  })
})

describe('npm run emulator -- --tenant FILE --https --json', () => {
  it('prints the URL and every credential, and serves https with the CA it wrote', async () => {
    const dir = await mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'tenant-'))
    const file = join(dir, 'tenant.json')
    await writeFile(file, JSON.stringify(TENANT))
    const node = resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'node')
    const cli = resolve(import.meta.dirname, '..', 'emulator', 'cli.ts')
    const child = spawn(node, [cli, '--tenant', file, '--https', '--json'])
    try {
      const line = await new Promise<string>((done, fail) => {
        let out = ''
        child.stdout.on('data', (chunk) => {
          out += chunk
          if (out.includes('\n')) done(out.split('\n')[0] ?? '')
        })
        child.on('exit', (code) => fail(new Error(`exited ${code}`)))
      })
      const printed = JSON.parse(line) as Record<string, unknown>
      expect(printed).toMatchObject({
        url: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+$/),
        client_id: 'migrator',
        client_secret: 's1',
        connection_id: DB,
        clients: [
          { client_id: 'migrator', client_secret: 's1', scopes: ['create:users', 'read:users'] },
          { client_id: 'reader', client_secret: 's2', scopes: ['read:users'] },
          { client_id: 'nogrant', client_secret: 's3' },
        ],
      })
      const ca = readFileSync(String(printed.ca_file), 'utf8')
      expect(ca).toMatch(/^-----BEGIN CERTIFICATE-----/)
      // The certificate verifies against that CA: a plain https request with it as the only root.
      const https = await import('node:https')
      const status = await new Promise<number>((done, fail) => {
        https
          .get(`${printed.url}/api/v2/jobs`, { ca }, (res) => {
            res.resume()
            done(res.statusCode ?? 0)
          })
          .on('error', fail)
      })
      expect(status).toBe(401)
    } finally {
      child.kill('SIGTERM')
    }
  })
})
