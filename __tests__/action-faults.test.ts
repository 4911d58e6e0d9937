import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import { importInputs, runAction } from './run-action.js'
import { makeUsers, usersFile } from './users-fixture.js'

let emulator: Emulator
afterEach(async () => {
  await emulator?.close()
})

const JOB_READ = /^\/api\/v2\/jobs\/job_[A-Za-z0-9]+$/

async function importWith(
  prepare: (emulator: Emulator) => void,
  extra: Record<string, string> = {},
) {
  emulator = await startEmulator({ jobTiming: { pendingMs: 50, processingMs: 1_500 } })
  prepare(emulator)
  return runAction(importInputs(emulator, extra), {
    files: { 'users.json': usersFile(makeUsers(4)) },
  })
}

const faulted = (fault: string) => emulator.requests.filter((request) => request.fault === fault)

describe('faults while waiting', () => {
  it('waits out 429s until X-RateLimit-Reset, and 429s without any header', async () => {
    const run = await importWith((e) => {
      e.inject({ kind: 'rate-limit', method: 'GET', path: JOB_READ, resetInSeconds: 1 })
      e.inject({ kind: 'rate-limit', method: 'GET', path: JOB_READ })
      e.inject({ kind: 'rate-limit', method: 'GET', path: JOB_READ, retryAfterSeconds: 1 })
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('completed')
    expect(emulator.stats.jobsCreated).toBe(1)
    expect(emulator.stats.tooManyRequests).toBe(3)
    expect(run.stdout).toMatch(/HTTP 429; retrying in/)
  })

  it('retries 5xx answers and a reset socket while polling', async () => {
    const run = await importWith((e) => {
      e.inject({ kind: 'status', status: 503, method: 'GET', path: JOB_READ })
      e.inject({ kind: 'reset', method: 'GET', path: JOB_READ })
      e.inject({ kind: 'status', status: 500, method: 'GET', path: JOB_READ })
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(emulator.stats.jobsCreated).toBe(1)
    expect(emulator.requests.filter((r) => r.fault !== undefined)).toHaveLength(3)
  })

  it('gets a new token when the first one expires mid-way', async () => {
    const run = await importWith((e) => {
      e.inject({ kind: 'expire-token', method: 'GET', path: JOB_READ })
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(emulator.stats.tokensIssued).toBe(2)
    expect(emulator.stats.jobsCreated).toBe(1)
    expect(faulted('expire-token')).toHaveLength(1)
  })

  it('times out with the job id and last status as outputs', async () => {
    const run = await importWith(() => {}, { timeout: '1' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.job_id).toMatch(/^job_/)
    expect(['pending', 'processing']).toContain(run.outputs.status)
    expect(run.errors[0]).toContain('The timeout ran out')
    expect(run.errors[0]).toContain(`job_id: ${run.outputs.job_id}`)
  })
})

describe('faults while submitting', () => {
  it('does not resend a submission whose connection broke after sending', async () => {
    const run = await importWith((e) => {
      e.inject({ kind: 'reset', method: 'POST', path: '/api/v2/jobs/users-imports' })
    })
    expect(run.exitCode).toBe(1)
    expect(emulator.requests.filter((r) => r.path === '/api/v2/jobs/users-imports')).toHaveLength(1)
    expect(run.errors[0]).toContain('was not sent again')
  })

  it('does not resend a submission answered with a 5xx', async () => {
    const run = await importWith((e) => {
      e.inject({ kind: 'status', status: 500, method: 'POST', path: '/api/v2/jobs/users-imports' })
    })
    expect(run.exitCode).toBe(1)
    expect(emulator.requests.filter((r) => r.path === '/api/v2/jobs/users-imports')).toHaveLength(1)
    expect(run.errors[0]).toContain('HTTP 500')
  })

  it('names the scope a 403 needs', async () => {
    const run = await importWith((e) => {
      e.inject({
        kind: 'status',
        status: 403,
        method: 'POST',
        path: '/api/v2/jobs/users-imports',
        body: {
          statusCode: 403,
          error: 'Forbidden',
          message: 'Insufficient scope, expected any of: create:users',
          errorCode: 'insufficient_scope',
        },
      })
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Insufficient scope')
    expect(run.errors[0]).toContain('needs the scope create:users')
  })
})

describe('authentication', () => {
  it('fails clearly on a wrong client secret, without printing it', async () => {
    emulator = await startEmulator()
    const run = await runAction({
      operation: 'get-job',
      domain: emulator.url,
      client_id: emulator.clientId,
      client_secret: 'wrong-secret-value',
      job_id: 'job_0123456789abcdef',
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Authentication failed')
    expect(run.stdout.replace('::add-mask::wrong-secret-value', '')).not.toContain(
      'wrong-secret-value',
    )
  })

  it('accepts a ready token instead of client credentials', async () => {
    emulator = await startEmulator()
    const id = emulator.createJob({ status: 'completed' })
    const token = await fetch(`${emulator.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: emulator.clientId,
        client_secret: emulator.clientSecret,
        audience: `${emulator.url}/api/v2/`,
      }),
    }).then(async (response) => ((await response.json()) as { access_token: string }).access_token)
    const run = await runAction({ operation: 'get-job', domain: emulator.url, token, job_id: id })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${token}`)
    expect(run.stdout.replace(`::add-mask::${token}`, '')).not.toContain(token)
  })
})
