/**
 * Issue 10, "the runner obeys only the action": data from Auth0 is checked where it enters, in
 * process with a fake transport. Job ids must have Auth0's shape before they are used in a URL or
 * a file name; nesting is bounded, so nothing downstream overflows the stack; file names made
 * from server data stay inside RUNNER_TEMP.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManagementApi } from '../src/auth0/management-api.js'
import { fixedToken } from '../src/auth0/tokens.js'
import { defaultExportPath } from '../src/export/request.js'
import type { HttpResponse, SendOptions, Transport } from '../src/http/transport.js'
import { Outcome } from '../src/outcome.js'
import { fileInFolder } from '../src/report/file-name.js'
import { reportEntriesFromJobErrors } from '../src/report/job-errors.js'
import { stepOutputs } from '../src/report/outputs.js'

const ORIGIN = 'https://acme.eu.auth0.com'
const ID = 'job_0123456789abcdef'

/** A transport that answers every request with `body` and records what was asked. */
function api(body: unknown, status = 200): { api: ManagementApi; sent: SendOptions[] } {
  const sent: SendOptions[] = []
  const transport = {
    send: async (options: SendOptions): Promise<HttpResponse> => {
      sent.push(options)
      const text = typeof body === 'string' ? body : JSON.stringify(body)
      return { status, headers: {}, text, value: undefined }
    },
  } as unknown as Transport
  return { api: new ManagementApi(ORIGIN, transport, fixedToken('t')), sent }
}

function deeplyNested(levels: number, leaf: unknown = 'x'): string {
  return `${'{"a":'.repeat(levels)}${JSON.stringify(leaf)}${'}'.repeat(levels)}`
}

describe('job ids from Auth0', () => {
  it.each(['../../x/pwned', 'job_../../../etc', 'job_0123456789abcdef/..', '', 'job_short'])(
    'refuses a created job whose id is %j',
    async (id) => {
      const { api: management } = api({ id, type: 'users_export', status: 'pending' })
      await expect(management.createExport({ format: 'json' })).rejects.toThrow(
        /job id that is not job_ followed by 16 letters or digits/,
      )
    },
  )

  it('refuses an answer to a job read that names another job', async () => {
    const { api: management } = api({
      id: 'job_ffffffffffffffff',
      type: 'users_import',
      status: 'completed',
    })
    await expect(management.getJob(ID)).rejects.toThrow(/with another job/)
  })

  it('refuses a job object from the errors endpoint with a bad id', async () => {
    const { api: management } = api({ id: '../x', type: 'users_import', status: 'failed' })
    await expect(management.getJobErrors(ID)).rejects.toThrow(/job id/)
  })
})

describe('nesting of server data', () => {
  it('a job answered 8,000 levels deep can be put in the outputs', async () => {
    const text = `{"id":"${ID}","type":"users_import","status":"completed","extra":${deeplyNested(8_000)}}`
    const { api: management } = api(text)
    const job = await management.getJob(ID)
    const outcome = new Outcome('get-job')
    outcome.update(job)
    const outputs = stepOutputs(outcome, undefined)
    expect(outputs.job).toContain('[nested too deeply]')
    expect(JSON.parse(outputs.job ?? '').id).toBe(ID)
  })

  it('a user echoed back 8,000 levels deep becomes a report entry that can be written', async () => {
    const entry = `{"user":{"email":"a@example.com","user_metadata":${deeplyNested(8_000, { password_hash: 'SECRETHASH' })}},"errors":[{"code":"X","message":"m"}]}`
    const { api: management } = api(`[${entry}]`)
    const errors = await management.getJobErrors(ID)
    const entries = reportEntriesFromJobErrors(ID, errors)
    const text = JSON.stringify(entries)
    expect(text).toContain('a@example.com')
    expect(text).not.toContain('SECRETHASH')
  })
})

describe('file names from server data', () => {
  let folder: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'names-'))
  })
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('stay directly inside the folder, whatever the job id', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (id) => {
        for (const path of [
          fileInFolder(folder, 'auth0-error-report', id, 'json', '1700000000000'),
          defaultExportPath(folder, id, 'json'),
        ]) {
          expect(dirname(resolve(path))).toBe(resolve(folder))
          expect(path.length - folder.length).toBeLessThanOrEqual(80)
          expect(path.slice(folder.length + 1)).toMatch(/^auth0-[A-Za-z0-9_.-]+$/)
        }
      }),
      { seed: 10, numRuns: 500 },
    )
    expect(defaultExportPath(folder, '../../x/pwned', 'csv')).toBe(
      join(folder, 'auth0-users-export-______x_pwned.csv'),
    )
  })
})
