import { gunzipSync } from 'node:zlib'
import { Agent, request } from 'undici'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'

const agent = new Agent({ keepAliveTimeout: 10 })
const CONNECTION = 'con_0123456789abcdef'

const running: Emulator[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()))
})
afterAll(async () => {
  await agent.close()
})

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = await startEmulator({
    jobTiming: { pendingMs: 20, processingMs: 60 },
    ...options,
  })
  running.push(emulator)
  return emulator
}

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: () => unknown
  buffer: Buffer
}

async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  const res = await request(url, {
    method: (init.method ?? 'GET') as 'GET',
    headers: init.headers,
    body: init.body,
    dispatcher: agent,
  })
  const buffer = Buffer.from(await res.body.arrayBuffer())
  const text = buffer.toString('utf8')
  return {
    status: res.statusCode,
    headers: res.headers,
    text,
    json: () => JSON.parse(text),
    buffer,
  }
}

async function tokenFor(emulator: Emulator): Promise<string> {
  const res = await call(`${emulator.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: emulator.clientId,
      client_secret: emulator.clientSecret,
      audience: `${emulator.url}/api/v2/`,
    }).toString(),
  })
  expect(res.status).toBe(200)
  return (res.json() as { access_token: string }).access_token
}

function multipart(parts: { name: string; value: string; filename?: string; type?: string }[]): {
  body: Buffer
  contentType: string
} {
  const boundary = '----emulator-test-boundary'
  const chunks: string[] = []
  for (const part of parts) {
    chunks.push(`--${boundary}\r\n`)
    if (part.filename !== undefined) {
      chunks.push(
        `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n`,
        `Content-Type: ${part.type ?? 'application/json'}\r\n\r\n`,
      )
    } else {
      chunks.push(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n`)
    }
    chunks.push(`${part.value}\r\n`)
  }
  chunks.push(`--${boundary}--\r\n`)
  return {
    body: Buffer.from(chunks.join('')),
    contentType: `multipart/form-data; boundary=${boundary}`,
  }
}

class Client {
  emulator: Emulator
  token: string
  constructor(emulator: Emulator, token: string) {
    this.emulator = emulator
    this.token = token
  }
  static async create(emulator: Emulator): Promise<Client> {
    return new Client(emulator, await tokenFor(emulator))
  }
  api(path: string, init: { method?: string; json?: unknown } = {}): Promise<Answer> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` }
    if (init.json !== undefined) headers['content-type'] = 'application/json'
    return call(`${this.emulator.url}/api/v2${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    })
  }
  importUsers(
    users: string,
    fields: Record<string, string> = {},
    filename: string | null = 'users.json',
  ): Promise<Answer> {
    const form = multipart([
      { name: 'users', value: users, filename: filename ?? undefined },
      ...Object.entries({ connection_id: CONNECTION, ...fields }).map(([name, value]) => ({
        name,
        value,
      })),
    ])
    return call(`${this.emulator.url}/api/v2/jobs/users-imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': form.contentType },
      body: form.body,
    })
  }
  async waitFinal(id: string): Promise<Record<string, unknown>> {
    const seen = new Set<string>()
    for (;;) {
      const job = (await this.api(`/jobs/${id}`)).json() as Record<string, unknown>
      seen.add(String(job.status))
      if (['completed', 'failed', 'expired'].includes(String(job.status))) {
        return { ...job, seen: [...seen] }
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
}

describe('token endpoint', () => {
  it('grants a bearer token for the registered client and audience', async () => {
    const emulator = await start({ tokenLifetimeSeconds: 600 })
    const res = await call(`${emulator.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: 'emulator-client-id',
        client_secret: 'emulator-client-secret',
        audience: `${emulator.url}/api/v2/`,
      }),
    })
    expect(res.status).toBe(200)
    expect(res.json()).toMatchObject({ expires_in: 600, token_type: 'Bearer' })
    expect(emulator.stats.tokensIssued).toBe(1)
  })

  it('rejects a bad secret and a wrong audience with OAuth errors', async () => {
    const emulator = await start()
    const form = (fields: Record<string, string>) => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: emulator.clientId,
        client_secret: emulator.clientSecret,
        audience: `${emulator.url}/api/v2/`,
        ...fields,
      }).toString(),
    })
    const bad = await call(`${emulator.url}/oauth/token`, form({ client_secret: 'nope' }))
    expect(bad.status).toBe(401)
    expect(bad.json()).toEqual({ error: 'access_denied', error_description: 'Unauthorized' })
    const audience = `${emulator.url}/api/v2/jobs/`
    const wrong = await call(`${emulator.url}/oauth/token`, form({ audience }))
    expect(wrong.status).toBe(403)
    expect(wrong.json()).toEqual({
      error: 'access_denied',
      error_description: `Service not enabled within domain: ${audience}`,
    })
  })

  it('answers 401 for missing, unknown and expired tokens', async () => {
    const emulator = await start()
    const client = await Client.create(emulator)
    expect((await client.api('/jobs/job_0123456789abcdef')).status).toBe(404)
    const anonymous = await call(`${emulator.url}/api/v2/jobs/job_0123456789abcdef`)
    expect(anonymous.status).toBe(401)
    const unknown = await new Client(emulator, 'forged').api('/jobs/job_0123456789abcdef')
    expect(unknown.json()).toMatchObject({ statusCode: 401, message: 'Invalid token' })
    emulator.expireTokens()
    const expired = await client.api('/jobs/job_0123456789abcdef')
    expect(expired.status).toBe(401)
    expect(expired.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Expired token received for JSON Web Token validation',
      errorCode: 'invalid_token',
    })
    expect(emulator.requests.at(-1)).toMatchObject({ status: 401, authorization: true })
  })
})

describe('imports', () => {
  it('runs an import to completion with summary and per-user errors', async () => {
    // Minutes of emulated time, moved by the emulator's clock: no real wait, no race with load.
    const emulator = await start({
      jobTiming: { pendingMs: 60_000, processingMs: 60_000 },
      existingUsers: [{ email: 'old@example.com' }],
    })
    const client = await Client.create(emulator)
    const users = [
      { email: 'new@example.com', password_hash: '$2b$10$abcdefghijklmnopqrstuv' },
      { name: 'no email' },
      { email: 'not-an-email' },
      { email: 'typed@example.com', email_verified: 'yes' },
      {
        email: 'NEW@example.com',
        custom_password_hash: { algorithm: 'md5', hash: { value: 'x' } },
      },
      { email: 'old@example.com' },
    ]
    const text = JSON.stringify(users, null, 1)
    const res = await client.importUsers(text, {
      upsert: 'false',
      external_id: 'run-1',
      send_completion_email: 'false',
    })
    expect(res.status).toBe(202)
    const created = res.json() as Record<string, unknown>
    expect(created).toMatchObject({
      type: 'users_import',
      status: 'pending',
      connection_id: CONNECTION,
      connection: 'Username-Password-Authentication',
      upsert: false,
      external_id: 'run-1',
      send_completion_email: false,
    })
    expect(created.id).toMatch(/^job_[A-Za-z0-9]{16}$/)
    expect(res.headers['x-ratelimit-limit']).toBe('50')
    expect(emulator.imports[0]).toEqual({
      jobId: created.id,
      users: text,
      filename: 'users.json',
      contentType: 'application/json',
      connection_id: CONNECTION,
      upsert: 'false',
      external_id: 'run-1',
      send_completion_email: 'false',
    })

    const read = async () =>
      (await client.api(`/jobs/${created.id}`)).json() as Record<string, unknown>
    expect((await read()).status).toBe('pending')
    emulator.advanceClock(60_000)
    expect(await read()).toMatchObject({ status: 'processing', percentage_done: 0 })
    emulator.advanceClock(60_000)
    const done = await read()
    expect(done.status).toBe('completed')
    expect(done.summary).toEqual({ failed: 5, updated: 0, inserted: 1, total: 6 })

    const errors = await client.api(`/jobs/${created.id}/errors`)
    expect(errors.status).toBe(200)
    expect(errors.json()).toEqual([
      {
        user: { name: 'no email' },
        errors: [
          { code: 'OBJECT_REQUIRED', message: 'Missing required property: email', path: 'email' },
        ],
      },
      {
        user: { email: 'not-an-email' },
        errors: [
          {
            code: 'FORMAT',
            message: "Object didn't pass validation for format email: not-an-email",
            path: 'email',
          },
        ],
      },
      {
        user: { email: 'typed@example.com', email_verified: 'yes' },
        errors: [
          {
            code: 'INVALID_TYPE',
            message: 'Expected type boolean but found type string',
            path: 'email_verified',
          },
        ],
      },
      {
        user: {
          email: 'NEW@example.com',
          custom_password_hash: { algorithm: 'md5', hash: { value: '*****' } },
        },
        errors: [
          { code: 'DUPLICATED_USER', message: 'A user with this email was already provided.' },
        ],
      },
      {
        user: { email: 'old@example.com' },
        errors: [
          {
            code: 'DUPLICATED_USER',
            message: 'The user already exist and upsert parameter is false',
          },
        ],
      },
    ])
    expect(emulator.users.get('new@example.com')?.user_id).toMatch(/^auth0\|/)
  })

  it('updates existing users with upsert and answers 204 when nothing failed', async () => {
    const emulator = await start({ existingUsers: [{ email: 'old@example.com', name: 'Old' }] })
    const client = await Client.create(emulator)
    const res = await client.importUsers(
      JSON.stringify([{ email: 'old@example.com', name: 'Renamed' }, { email: 'b@example.com' }]),
      { upsert: 'true' },
    )
    const job = await client.waitFinal(String((res.json() as { id: string }).id))
    expect(job.summary).toEqual({ failed: 0, updated: 1, inserted: 1, total: 2 })
    expect(emulator.users.get('old@example.com')?.name).toBe('Renamed')
    const errors = await client.api(`/jobs/${job.id}/errors`)
    expect(errors.status).toBe(204)
    expect(errors.text).toBe('')
  })

  it('fails a job whose file is not a JSON array, and /errors answers 204', async () => {
    const emulator = await start()
    const client = await Client.create(emulator)
    const res = await client.importUsers('{"email":"a@example.com"}')
    expect(res.status).toBe(202)
    const job = await client.waitFinal(String((res.json() as { id: string }).id))
    expect(job.status).toBe('failed')
    expect(job.status_details).toEqual(expect.any(String))
    expect((await client.api(`/jobs/${job.id}/errors`)).status).toBe(204)
  })

  it('validates the upload: size, file part, connection id', async () => {
    const emulator = await start()
    const client = await Client.create(emulator)
    const big = JSON.stringify([{ email: 'a@example.com', name: 'x'.repeat(512001) }])
    const tooBig = await client.importUsers(big)
    expect(tooBig.status).toBe(413)
    expect(tooBig.json()).toEqual({
      statusCode: 413,
      error: 'Request Entity Too Large',
      message: 'Payload content length greater than maximum allowed: 512000.',
    })
    const notFile = await client.importUsers('[]', {}, null)
    expect(notFile.status).toBe(400)
    expect(notFile.json()).toMatchObject({
      message: "Must provide 'users' file as multipart part.",
    })
    const pattern = await client.importUsers('[]', { connection_id: 'Username-Password' })
    expect(pattern.json()).toMatchObject({ statusCode: 400, errorCode: 'invalid_body' })
    expect((pattern.json() as { message: string }).message).toContain(
      "'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id",
    )
    const missing = await client.importUsers('[]', { connection_id: 'con_AAAAAAAAAAAAAAAA' })
    expect(missing.json()).toMatchObject({ message: 'The connection does not exist.' })
    expect(emulator.stats.jobsCreated).toBe(0)
    expect(emulator.imports).toEqual([])
  })

  it('refuses a third active import with 429 and records the peak', async () => {
    const emulator = await start({ jobTiming: { pendingMs: 0, processingMs: 150 } })
    const client = await Client.create(emulator)
    emulator.addForeignImport(150)
    const first = await client.importUsers('[]')
    expect(first.status).toBe(202)
    const refused = await client.importUsers('[]')
    expect(refused.status).toBe(429)
    expect(refused.json()).toMatchObject({
      statusCode: 429,
      error: 'Too Many Requests',
      message:
        'There are 2 active import users jobs, please wait until some of them are finished and try again',
    })
    expect(emulator.stats).toMatchObject({
      maxActiveImports: 2,
      jobsCreated: 1,
      tooManyRequests: 1,
    })
    await client.waitFinal(String((first.json() as { id: string }).id))
    expect((await client.importUsers('[]')).status).toBe(202)
  })
})

describe('faults and rate limits', () => {
  it('applies injected faults in order, only to matching requests', async () => {
    const emulator = await start()
    const client = await Client.create(emulator)
    emulator.inject({ kind: 'rate-limit', path: /\/jobs\/job_/, resetInSeconds: 2 })
    emulator.inject({ kind: 'status', status: 500, method: 'GET' })
    const limited = await client.api('/jobs/job_0123456789abcdef')
    expect(limited.status).toBe(429)
    expect(limited.json()).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Global limit has been reached',
    })
    const reset = Number(limited.headers['x-ratelimit-reset'])
    expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 1)
    expect(limited.headers['retry-after']).toBeUndefined()
    const failed = await client.api('/jobs/job_0123456789abcdef')
    expect(failed.status).toBe(500)
    expect((await client.api('/jobs/job_0123456789abcdef')).status).toBe(404)
    expect(emulator.stats.tooManyRequests).toBe(1)
  })

  it('resets the socket of a faulted import without creating a job', async () => {
    const emulator = await start()
    const client = await Client.create(emulator)
    emulator.inject({ kind: 'reset', method: 'POST', path: '/api/v2/jobs/users-imports' })
    await expect(client.importUsers('[{"email":"a@example.com"}]')).rejects.toThrow()
    expect(emulator.jobs.size).toBe(0)
    expect(emulator.users.size).toBe(0)
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'POST', status: 0, fault: 'reset' })
    expect((await client.importUsers('[{"email":"a@example.com"}]')).status).toBe(202)
    expect(emulator.stats.jobsCreated).toBe(1)
  })

  it('delays and fakes expired tokens on demand', async () => {
    const emulator = await start()
    const client = await Client.create(emulator)
    emulator.inject({ kind: 'delay', ms: 100 })
    emulator.inject({ kind: 'expire-token' })
    const began = Date.now()
    expect((await client.api('/jobs/job_0123456789abcdef')).status).toBe(404)
    expect(Date.now() - began).toBeGreaterThanOrEqual(90)
    expect((await client.api('/jobs/job_0123456789abcdef')).status).toBe(401)
    expect((await client.api('/jobs/job_0123456789abcdef')).status).toBe(404)
  })

  it('empties the token bucket into 429s with X-RateLimit headers', async () => {
    const emulator = await start({ rateLimit: { burst: 2, perSecond: 1 } })
    const client = await Client.create(emulator)
    const answers = []
    for (let i = 0; i < 3; i++) answers.push(await client.api('/jobs/job_0123456789abcdef'))
    expect(answers.map((a) => a.status)).toEqual([404, 404, 429])
    expect(answers.map((a) => a.headers['x-ratelimit-remaining'])).toEqual(['1', '0', '0'])
    expect(answers[2]?.headers['x-ratelimit-limit']).toBe('2')
    expect(Number(answers[2]?.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
    expect(emulator.stats).toMatchObject({ tooManyRequests: 1, rateLimited: 1 })
  })
})

describe('jobs', () => {
  it('validates job ids and serves seeded jobs and their errors', async () => {
    const emulator = await start()
    const client = await Client.create(emulator)
    expect((await client.api('/jobs/nope')).status).toBe(400)
    expect((await client.api('/jobs/job_0123456789abcdef')).json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'The job does not exist.',
      errorCode: 'inexistent_job',
    })
    const failed = emulator.createJob({
      status: 'failed',
      status_details: 'boom',
      errors: 'job',
      attributes: { connection_id: CONNECTION },
    })
    const job = (await client.api(`/jobs/${failed}/errors`)).json()
    expect(job).toMatchObject({ id: failed, status: 'failed', status_details: 'boom' })
    const withErrors = emulator.createJob({
      status: 'completed',
      summary: { failed: 1, updated: 0, inserted: 0, total: 1 },
      errors: [{ user: { email: 'a@example.com' }, errors: [{ code: 'CONFLICT', message: 'x' }] }],
    })
    expect((await client.api(`/jobs/${withErrors}`)).json()).toMatchObject({
      summary: { failed: 1, total: 1 },
    })
    expect((await client.api(`/jobs/${withErrors}/errors`)).json()).toHaveLength(1)
    const none = emulator.createJob({ status: 'failed', errors: 'none' })
    expect((await client.api(`/jobs/${none}/errors`)).status).toBe(204)
    expect((await client.api('/jobs/users-imports/other')).status).toBe(404)
  })

  it('queues verification emails', async () => {
    const emulator = await start({
      verificationUsers: 'tenant',
      existingUsers: [{ email: 'v@example.com', user_id: 'auth0|abc' }],
    })
    const client = await Client.create(emulator)
    const body = {
      user_id: 'auth0|abc',
      client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
      identity: { user_id: 'abc', provider: 'auth0' },
    }
    const res = await client.api('/jobs/verification-email', { method: 'POST', json: body })
    expect(res.status).toBe(201)
    const job = res.json() as { id: string }
    expect(job).toMatchObject({ type: 'verification_email', status: 'pending' })
    expect(emulator.verificationEmails).toEqual([{ jobId: job.id, body }])
    expect((await client.waitFinal(job.id)).status).toBe('completed')
    const missing = await client.api('/jobs/verification-email', { method: 'POST', json: {} })
    expect(missing.status).toBe(400)
    const unknown = await client.api('/jobs/verification-email', {
      method: 'POST',
      json: { user_id: 'auth0|zzz' },
    })
    expect(unknown.json()).toMatchObject({ statusCode: 400, message: 'The user does not exist.' })
  })
})

describe('exports', () => {
  async function exportJob(
    client: Client,
    body: Record<string, unknown>,
  ): Promise<{ location: string; job: Record<string, unknown> }> {
    const res = await client.api('/jobs/users-exports', { method: 'POST', json: body })
    expect(res.status).toBe(200)
    const job = await client.waitFinal(String((res.json() as { id: string }).id))
    expect(job.status).toBe('completed')
    return { location: String(job.location), job }
  }

  it('exports generated users as gzip NDJSON with the requested fields and limit', async () => {
    const emulator = await start({ exportUsers: 25 })
    const client = await Client.create(emulator)
    const created = await client.api('/jobs/users-exports', {
      method: 'POST',
      json: { connection_id: CONNECTION },
    })
    expect(created.json()).toMatchObject({ type: 'users_export', status: 'pending', format: 'csv' })
    const { location, job } = await exportJob(client, {
      connection_id: CONNECTION,
      format: 'json',
      limit: 5,
      fields: [{ name: 'email' }, { name: 'identities[0].connection', export_as: 'connection' }],
    })
    expect(job).toMatchObject({
      format: 'json',
      limit: 5,
      connection: 'Username-Password-Authentication',
    })
    expect(location).toMatch(
      new RegExp(
        `^${emulator.url}/exports/${job.id}/emulator\\.json\\.gz\\?Expires=\\d+&Signature=`,
      ),
    )
    const file = await call(location)
    expect(file.status).toBe(200)
    const lines = gunzipSync(file.buffer).toString('utf8').trim().split('\n')
    expect(lines).toHaveLength(5)
    expect(JSON.parse(lines[1] ?? '')).toEqual({
      email: 'user1@example.com',
      connection: 'Username-Password-Authentication',
    })
  })

  it('exports tenant users as Auth0-escaped CSV', async () => {
    const emulator = await start({
      existingUsers: [
        { email: 'a@example.com', name: 'Ann "the" Admin', user_metadata: { plan: 'pro' } },
        { email: 'b@example.com', logins_count: 3 },
      ],
    })
    const client = await Client.create(emulator)
    const { location } = await exportJob(client, {
      format: 'csv',
      fields: [
        { name: 'email', export_as: 'Email' },
        { name: 'name' },
        { name: 'user_metadata.plan' },
        { name: 'logins_count' },
      ],
    })
    const csv = gunzipSync((await call(location)).buffer).toString('utf8')
    expect(csv.trim().split('\n')).toEqual([
      'Email,name,user_metadata.plan,logins_count',
      `"'a@example.com","'Ann ""the"" Admin","'pro",0`,
      `"'b@example.com","'b@example.com",,3`,
    ])
  })

  it('guards the download link like S3 does', async () => {
    const emulator = await start({ exportLinkTtlMs: 500 })
    const client = await Client.create(emulator)
    const { location, job } = await exportJob(client, { format: 'json' })
    const withAuth = await call(location, { headers: { authorization: `Bearer ${client.token}` } })
    expect(withAuth.status).toBe(400)
    // Change the signature's first character to a different one, whatever it was.
    const forged = await call(
      location.replace(
        /Signature=(\w)/,
        (_, first: string) => `Signature=${first === '0' ? '1' : '0'}`,
      ),
    )
    expect(forged.status).toBe(403)
    emulator.failDownloads(1, 503)
    expect((await call(location)).status).toBe(503)
    expect((await call(location)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 550))
    const expired = await call(location)
    expect(expired.status).toBe(403)
    expect(expired.text).toContain(
      '<Code>AccessDenied</Code><Message>Request has expired</Message>',
    )
    const fresh = (await client.api(`/jobs/${job.id}`)).json() as { location: string }
    expect(fresh.location).not.toBe(location)
    expect((await call(fresh.location)).status).toBe(200)
  })

  it('rejects invalid export requests', async () => {
    const emulator = await start()
    const client = await Client.create(emulator)
    const post = (json: unknown) => client.api('/jobs/users-exports', { method: 'POST', json })
    expect((await post({ format: 'xml' })).status).toBe(400)
    expect((await post({ limit: 0 })).status).toBe(400)
    expect((await post({ connection_id: 'con_AAAAAAAAAAAAAAAA' })).json()).toMatchObject({
      message: 'The connection does not exist.',
    })
    const fields = Array.from({ length: 31 }, (_, i) => ({ name: `f${i}` }))
    expect((await post({ format: 'csv', fields })).status).toBe(400)
    expect((await post({ format: 'json', fields })).status).toBe(200)
  })

  it('builds a 200,000-user export quickly', async () => {
    const emulator = await start({
      exportUsers: 200_000,
      jobTiming: { pendingMs: 0, processingMs: 0 },
    })
    const client = await Client.create(emulator)
    const began = Date.now()
    const { location } = await exportJob(client, { format: 'json' })
    const file = await call(location)
    const text = gunzipSync(file.buffer).toString('utf8')
    expect(text.split('\n').length - 1).toBe(200_000)
    // Linear, not quadratic: quadratic would take minutes here, linear takes about a second.
    expect(Date.now() - began).toBeLessThan(20_000)
  })
})
