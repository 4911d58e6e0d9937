import { Agent } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import { ManagementApi } from '../src/auth0/management-api.js'
import { ClientCredentialsTokens } from '../src/auth0/tokens.js'
import { Transport } from '../src/http/transport.js'
import { Deadline } from '../src/runtime/deadline.js'
import { DeadlineError } from '../src/runtime/errors.js'
import { silentLogger } from '../src/runtime/logger.js'
import { FakeClock } from './fake-clock.js'

let emulator: Emulator
let dispatcher: Agent
let clock: FakeClock
let masked: string[]

beforeEach(async () => {
  emulator = await startEmulator({ tokenLifetimeSeconds: 3600 })
  dispatcher = new Agent()
  clock = new FakeClock()
  masked = []
})
afterEach(async () => {
  await dispatcher.close()
  await emulator.close()
})

/** The real HTTP stack against the emulator, with time faked: waits are recorded, not slept. */
function client(timeoutMs = 600_000, epochNow = Date.now) {
  const deadline = new Deadline(clock, timeoutMs)
  const transport = new Transport({
    dispatcher,
    clock,
    deadline,
    logger: silentLogger,
    random: () => 0.5,
    epochNow,
  })
  const tokens = new ClientCredentialsTokens(
    emulator.url,
    {
      kind: 'client-credentials',
      clientId: emulator.clientId,
      clientSecret: emulator.clientSecret,
      audience: `${emulator.url}/api/v2/`,
    },
    transport,
    clock,
    (secret) => masked.push(secret),
  )
  return { api: new ManagementApi(emulator.url, transport, tokens, () => {}), transport, tokens }
}

const JOB_READ = /^\/api\/v2\/jobs\/job_/

describe('retry timing', () => {
  it('waits until X-RateLimit-Reset after a 429', async () => {
    const now = Date.UTC(2026, 0, 1)
    const id = emulator.createJob({ status: 'completed' })
    emulator.inject({
      kind: 'status',
      status: 429,
      path: JOB_READ,
      headers: { 'x-ratelimit-reset': String(now / 1000 + 7) },
    })
    const { api, transport } = client(600_000, () => now)
    expect((await api.getJob(id)).status).toBe('completed')
    expect(clock.sleeps).toEqual([7_125])
    expect(transport.stats).toMatchObject({ rateLimited: 1, retries: 1 })
  })

  it('honours Retry-After before X-RateLimit-Reset', async () => {
    const id = emulator.createJob({ status: 'completed' })
    emulator.inject({
      kind: 'rate-limit',
      path: JOB_READ,
      retryAfterSeconds: 2,
      resetInSeconds: 30,
    })
    const { api } = client()
    await api.getJob(id)
    expect(clock.sleeps).toEqual([2_125])
  })

  it('backs off exponentially on 5xx and broken connections', async () => {
    const id = emulator.createJob({ status: 'completed' })
    emulator.inject({ kind: 'status', status: 502, path: JOB_READ })
    emulator.inject({ kind: 'reset', path: JOB_READ })
    emulator.inject({ kind: 'status', status: 503, path: JOB_READ })
    const { api } = client()
    await api.getJob(id)
    expect(clock.sleeps).toEqual([500, 1_000, 2_000])
  })

  it('fails at once with a DeadlineError naming the request when the wait cannot fit', async () => {
    const id = emulator.createJob({ status: 'completed' })
    emulator.inject({ kind: 'rate-limit', path: JOB_READ, retryAfterSeconds: 120 })
    const { api } = client(30_000)
    const error = await api.getJob(id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeadlineError)
    expect(String(error)).toContain(`rate limit for reading job ${id} needs a 120.1 s wait`)
    expect(String(error)).toContain('only 30.0 s of the timeout are left')
    expect(clock.now()).toBe(0)
  })

  it('waits for the reset before the next request when the bucket is empty', async () => {
    const now = Date.UTC(2026, 0, 1)
    const id = emulator.createJob({ status: 'completed' })
    const empty = {
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(now / 1000 + 4),
    }
    emulator.inject({
      kind: 'status',
      status: 200,
      path: JOB_READ,
      headers: empty,
      body: { id, type: 'users_import', status: 'completed' },
    })
    const { api, transport } = client(600_000, () => now)
    await api.getJob(id)
    expect(clock.sleeps).toEqual([])
    await api.getJob(id)
    expect(clock.sleeps).toEqual([4_050])
    expect(transport.stats).toMatchObject({ pacedWaits: 1, rateLimited: 0 })
  })

  it('never resends an upload after a 5xx', async () => {
    emulator.inject({ kind: 'status', status: 500, path: '/api/v2/jobs/users-imports' })
    const { api } = client()
    // A 500 may come after Auth0 created the job: the submission is in doubt, never resent.
    const submission = await api.createImport({
      users: Buffer.from('[{"email":"a@example.com"}]'),
      connectionId: emulator.connections[0]?.id ?? '',
      upsert: false,
      externalId: undefined,
      sendCompletionEmail: false,
    })
    expect(submission).toEqual({
      kind: 'in-doubt',
      reason: 'Auth0 answered submitting the users file with HTTP 500',
    })
    expect(emulator.requests.filter((r) => r.path === '/api/v2/jobs/users-imports')).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('hands the "2 active imports" refusal to the scheduler instead of retrying it', async () => {
    emulator.addForeignImport(60_000)
    emulator.addForeignImport(60_000)
    const { api } = client()
    const submission = await api.createImport({
      users: Buffer.from('[{"email":"a@example.com"}]'),
      connectionId: emulator.connections[0]?.id ?? '',
      upsert: false,
      externalId: undefined,
      sendCompletionEmail: false,
    })
    expect(submission.kind).toBe('slots-full')
    expect(clock.sleeps).toEqual([])
  })
})

describe('tokens', () => {
  it('fetches one token, masks it, and reuses it until shortly before it expires', async () => {
    const id = emulator.createJob({ status: 'completed' })
    const { api } = client(7_200_000)
    await api.getJob(id)
    await api.getJob(id)
    expect(emulator.stats.tokensIssued).toBe(1)
    expect(masked).toHaveLength(1)
    clock.current += 3_600_000 - 60_001
    await api.getJob(id)
    expect(emulator.stats.tokensIssued).toBe(1)
    clock.current += 1
    await api.getJob(id)
    expect(emulator.stats.tokensIssued).toBe(2)
    expect(masked).toHaveLength(2)
  })

  it('fetches a new token once when the API says the token expired', async () => {
    const id = emulator.createJob({ status: 'completed' })
    const { api } = client()
    await api.getJob(id)
    emulator.expireTokens()
    expect((await api.getJob(id)).id).toBe(id)
    expect(emulator.stats.tokensIssued).toBe(2)
  })

  it('shares one token request between concurrent callers', async () => {
    const id = emulator.createJob({ status: 'completed' })
    const { api } = client()
    await Promise.all([api.getJob(id), api.getJob(id), api.getJob(id)])
    expect(emulator.stats.tokensIssued).toBe(1)
  })
})
