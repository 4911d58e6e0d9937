/**
 * send-verification-email end to end: the built dist/index.js in its own process, against the
 * emulator. Run `npm run build` first.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'
import { runAction, tenantInputs } from './run-action.js'

let emulator: Emulator
async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({ jobTiming: { pendingMs: 20, processingMs: 80 }, ...options })
  return emulator
}
afterEach(async () => {
  await emulator?.close()
})

const USER = 'auth0|5457edea1b8f22891a000004'

function verifyInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    operation: 'send-verification-email',
    ...tenantInputs(emulator),
    user_id: USER,
    ...extra,
  }
}

function verificationPosts(): typeof emulator.requests {
  return emulator.requests.filter(
    (request) => request.method === 'POST' && request.path === '/api/v2/jobs/verification-email',
  )
}

describe('send-verification-email', () => {
  it('sends only user_id when nothing else is given, waits, and sets the outputs', async () => {
    await start()
    const run = await runAction(verifyInputs())
    expect(run.exitCode, run.stdout).toBe(0)
    expect(emulator.verificationEmails.map((email) => email.body)).toEqual([{ user_id: USER }])
    const jobId = run.outputs.job_id ?? ''
    expect(jobId).toMatch(/^job_[A-Za-z0-9]{16}$/)
    expect(emulator.verificationEmails[0]?.jobId).toBe(jobId)
    expect(run.outputs.status).toBe('completed')
    expect(JSON.parse(run.outputs.job ?? '')).toMatchObject({
      id: jobId,
      type: 'verification_email',
      status: 'completed',
    })
    // Waited: the job was read after it was created.
    expect(
      emulator.requests.filter((request) => request.path === `/api/v2/jobs/${jobId}`).length,
    ).toBeGreaterThanOrEqual(1)
    expect(run.errors).toEqual([])
    expect(run.summary).toContain('## Auth0 send-verification-email: ✅ passed')
    // Outputs that belong to other operations are not set.
    expect(run.outputs.export_file).toBeUndefined()
    expect(run.outputs.summary).toBeUndefined()
  })

  it('sends email_client_id as client_id, identity and organization_id', async () => {
    await start()
    const identity = { user_id: '5457edea1b8f22891a000004', provider: 'google-oauth2' }
    const run = await runAction(
      verifyInputs({
        email_client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
        identity: JSON.stringify(identity),
        organization_id: 'org_2eondWoxcMIpaLQc',
      }),
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(emulator.verificationEmails.map((email) => email.body)).toEqual([
      {
        user_id: USER,
        client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
        identity,
        organization_id: 'org_2eondWoxcMIpaLQc',
      },
    ])
    expect(run.outputs.status).toBe('completed')
  })

  it('passes an identity connection_id through', async () => {
    await start()
    const identity = {
      user_id: '5457edea1b8f22891a000004',
      provider: 'auth0',
      connection_id: 'con_0123456789abcdef',
    }
    const run = await runAction(verifyInputs({ identity: JSON.stringify(identity) }))
    expect(run.exitCode, run.stdout).toBe(0)
    expect(emulator.verificationEmails[0]?.body).toEqual({ user_id: USER, identity })
  })

  it('with wait: false submits, sets job_id and status pending, and succeeds', async () => {
    await start({ jobTiming: { pendingMs: 5_000, processingMs: 100 } })
    const run = await runAction(verifyInputs({ wait: 'false' }))
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('pending')
    expect(run.outputs.job_id).toMatch(/^job_/)
    expect(JSON.parse(run.outputs.job ?? '').status).toBe('pending')
    expect(emulator.requests.filter((r) => r.path.startsWith('/api/v2/jobs/job_'))).toHaveLength(0)
  })

  it('fails with Auth0 message when the user does not exist (400)', async () => {
    await start({ verificationUsers: 'tenant' })
    const run = await runAction(verifyInputs({ user_id: 'auth0|nobody' }))
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('The user does not exist.')
    expect(verificationPosts()).toHaveLength(1)
    expect(verificationPosts()[0]?.status).toBe(400)
    expect(emulator.jobs.size).toBe(0)
    expect(run.outputs.job_id).toBeUndefined()
  })

  it('fails when the job ends failed, naming the job and its details', async () => {
    // Long enough pending for the test to turn the job into one that fails before it finishes.
    await start({ jobTiming: { pendingMs: 1_500, processingMs: 100 } })
    const running = runAction(verifyInputs())
    const deadline = Date.now() + 10_000
    while (emulator.jobs.size === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const job = [...emulator.jobs.values()][0]
    expect(job).toBeDefined()
    if (job) emulator.failJob(job.id, 'The email provider is not configured.')
    const run = await running
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.outputs.job_id).toBe(job?.id)
    expect(JSON.parse(run.outputs.job ?? '').status).toBe('failed')
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(`Job ${job?.id} failed: The email provider is not configured.`)
    expect(run.summary).toContain('❌ failed')
  })
})

describe('send-verification-email: invalid inputs fail before any request', () => {
  it.each<[string, Record<string, string>, string]>([
    ['missing user_id', { user_id: '' }, 'user_id'],
    ['blank user_id', { user_id: '   ' }, 'user_id'],
    ['identity not JSON', { identity: 'google-oauth2|123' }, 'identity'],
    [
      'identity a JSON array',
      { identity: '[{"user_id":"1","provider":"google-oauth2"}]' },
      'identity',
    ],
    ['identity a JSON string', { identity: '"google-oauth2"' }, 'identity'],
    ['identity null', { identity: 'null' }, 'identity'],
    ['identity missing provider', { identity: '{"user_id":"123"}' }, 'identity'],
    ['identity missing user_id', { identity: '{"provider":"google-oauth2"}' }, 'identity'],
    ['identity empty provider', { identity: '{"user_id":"123","provider":""}' }, 'identity'],
    [
      'identity numeric user_id',
      { identity: '{"user_id":123,"provider":"google-oauth2"}' },
      'identity',
    ],
    [
      'identity with an extra key',
      { identity: '{"user_id":"123","provider":"google-oauth2","email":"a@b.c"}' },
      'identity',
    ],
  ])('%s', async (_label, extra, input) => {
    await start()
    const run = await runAction(verifyInputs(extra))
    expect(run.exitCode).toBe(1)
    expect(emulator.requests).toHaveLength(0)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(`Input '${input}'`)
  })
})

describe('send-verification-email: several users', () => {
  const users = [
    'auth0|aaaaaaaaaaaaaaaaaaaaaaa1',
    'google-oauth2|unknown',
    'auth0|aaaaaaaaaaaaaaaaaaaaaaa3',
  ]

  it('sends one job per user, in order, and gates on the users that failed', async () => {
    await start()
    const run = await runAction(verifyInputs({ user_id: users.join(',\n'), max_failed_users: '1' }))
    expect(run.exitCode, run.stdout).toBe(0)
    expect(emulator.verificationEmails.map((email) => email.body.user_id)).toEqual([
      users[0],
      users[2],
    ])
    expect(run.outputs.job_id?.split(',')).toHaveLength(2)
    expect(run.outputs.status).toBe('completed')
    expect(run.errorReport).toEqual([
      {
        job_id: null,
        index: 1,
        user: { user_id: 'google-oauth2|unknown' },
        errors: [
          {
            code: expect.any(String),
            message: expect.stringContaining('The user does not exist.'),
          },
        ],
      },
    ])
    expect(run.summary).toContain('Verification emails: 2 of 3 sent.')
  })

  it('fails the step when more users failed than max_failed_users allows', async () => {
    await start()
    const run = await runAction(verifyInputs({ user_id: users.join(' ') }))
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('Too many verification emails failed: 1 of 3 users failed')
    expect(run.errors[0]).toContain('google-oauth2|unknown')
    expect(emulator.verificationEmails).toHaveLength(2)
  })
})
