import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import { runAction, tenantInputs } from './run-action.js'

let emulator: Emulator
const credentials = () => tenantInputs(emulator)

beforeEach(async () => {
  emulator = await startEmulator({ jobTiming: { pendingMs: 50, processingMs: 300 } })
})
afterEach(async () => {
  await emulator.close()
})

const summary = (total: number, failed: number) => ({
  total,
  inserted: total - failed,
  updated: 0,
  failed,
})

describe('get-job', () => {
  it('waits for several jobs and reports them in the order given', async () => {
    const first = emulator.createJob({ processingMs: 400, summary: summary(10, 0) })
    const second = emulator.createJob({ processingMs: 100, summary: summary(5, 0) })
    const run = await runAction({
      ...credentials(),
      operation: 'get-job',
      job_id: `${first}\n${second}`,
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.job_id).toBe(`${first},${second}`)
    expect(run.outputs.status).toBe('completed')
    expect(JSON.parse(run.outputs.summary ?? '')).toEqual({
      total: 15,
      inserted: 15,
      updated: 0,
      failed: 0,
    })
    const jobs = JSON.parse(run.outputs.job ?? '')
    expect(jobs.map((job: { id: string }) => job.id)).toEqual([first, second])
  })

  it('fails the step when a job failed, and reports the worst status', async () => {
    const good = emulator.createJob({ status: 'completed', summary: summary(3, 0) })
    const bad = emulator.createJob({
      status: 'failed',
      status_details: 'Could not parse the users file',
    })
    const run = await runAction({
      ...credentials(),
      operation: 'get_job',
      job_id: `${good}, ${bad}`,
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.errors.join('\n')).toContain(`Job ${bad} failed: Could not parse the users file`)
  })

  it('fails on an expired job', async () => {
    const expired = emulator.createJob({ status: 'expired' })
    const run = await runAction({ ...credentials(), operation: 'get-job', job_id: expired })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('expired')
    expect(run.errors.join('\n')).toContain('expired')
  })

  it('applies the max_failed_users gate to an import job it looks at', async () => {
    const id = emulator.createJob({
      status: 'completed',
      summary: summary(100, 3),
      errors: [
        {
          user: { email: 'a@example.com' },
          errors: [
            {
              code: 'DUPLICATED_USER',
              message: 'The user already exist and upsert parameter is false',
            },
          ],
        },
      ],
    })
    const over = await runAction({
      ...credentials(),
      operation: 'get-job',
      job_id: id,
      max_failed_users: '2',
    })
    expect(over.exitCode).toBe(1)
    expect(over.errors.join('\n')).toContain('3 of 100 users failed')
    const under = await runAction({
      ...credentials(),
      operation: 'get-job',
      job_id: id,
      max_failed_users: '3%',
    })
    expect(under.exitCode, under.stdout).toBe(0)
    expect(under.outputs.error_count).toBe('1')
  })

  it('says which job is unknown', async () => {
    const run = await runAction({
      ...credentials(),
      operation: 'get-job',
      job_id: 'job_0000000000000000',
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/HTTP 404: The job does not exist.*24 hours/)
  })

  it('times out with the job ids and last status set, and says how to resume', async () => {
    const id = emulator.createJob({ status: 'processing' })
    const run = await runAction({
      ...credentials(),
      operation: 'get-job',
      job_id: id,
      timeout: '2',
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.job_id).toBe(id)
    expect(run.outputs.status).toBe('processing')
    expect(run.errors.join('\n')).toContain(`operation: get-job and job_id: ${id}`)
    // The job never ends: without the timeout the run would last until the test's own timeout.
    expect(run.durationMs).toBeLessThan(20_000)
  })

  it('with wait: false reads the jobs once and succeeds', async () => {
    const id = emulator.createJob({ status: 'processing' })
    const run = await runAction({
      ...credentials(),
      operation: 'get-job',
      job_id: id,
      wait: 'false',
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('processing')
  })
})

describe('get-job-errors', () => {
  it('writes the per-user errors of a 200 array answer, secrets redacted', async () => {
    const id = emulator.createJob({
      status: 'completed',
      summary: summary(2, 1),
      errors: [
        {
          user: {
            email: 'dup@example.com',
            password_hash: '$2b$10$abcdefghijklmnopqrstuuJ1kZg5l7v5o6o6o6o6o6o6o6o6o6o6o',
          },
          errors: [
            {
              code: 'DUPLICATED_USER',
              message: 'The user already exist and upsert parameter is false',
            },
          ],
        },
      ],
    })
    const run = await runAction({ ...credentials(), operation: 'get-job-errors', job_id: id })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.error_count).toBe('1')
    expect(run.errorReport).toEqual([
      {
        job_id: id,
        index: null,
        user: { email: 'dup@example.com', password_hash: '[redacted]' },
        errors: [
          {
            code: 'DUPLICATED_USER',
            message: 'The user already exist and upsert parameter is false',
          },
        ],
      },
    ])
    expect(run.summary).toContain('DUPLICATED_USER')
    expect(run.summary).not.toContain('dup@example.com')
  })

  it('turns a 200 job object into one entry with the status details', async () => {
    const id = emulator.createJob({
      status: 'failed',
      status_details: 'Invalid users file',
      errors: 'job',
    })
    const run = await runAction({ ...credentials(), operation: 'get-job-errors', job_id: id })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('failed')
    expect(run.errorReport).toEqual([
      {
        job_id: id,
        index: null,
        user: null,
        errors: [{ code: 'JOB_FAILED', message: 'Invalid users file' }],
      },
    ])
  })

  it('writes an empty report for a 204', async () => {
    const id = emulator.createJob({ status: 'completed', summary: summary(4, 0), errors: 'none' })
    const run = await runAction({ ...credentials(), operation: 'get-job-errors', job_id: id })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.error_count).toBe('0')
    expect(run.errorReport).toEqual([])
    expect(run.summary).toContain('no error details')
  })
})
