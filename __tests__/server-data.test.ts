/**
 * Issue 10, "the runner obeys only the action": data from Auth0 is checked where it enters, in
 * process with a fake transport. Job ids must have Auth0's shape before they are used in a URL or
 * a file name; nesting is bounded, so nothing downstream overflows the stack; file names made
 * from server data stay inside RUNNER_TEMP.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManagementApi } from '../src/auth0/management-api.js'
import { fixedToken } from '../src/auth0/tokens.js'
import { defaultExportPath } from '../src/export/request.js'
import { readJsonArray } from '../src/http/json-array.js'
import type { HttpResponse, SendOptions, Transport } from '../src/http/transport.js'
import { fileInFolder } from '../src/report/file-name.js'
import { reportEntriesFromJobErrors } from '../src/report/job-errors.js'
import { stepOutputs } from '../src/report/outputs.js'
import { describeReportSize, renderStepSummary } from '../src/report/step-summary.js'
import { ResultBuilder } from '../src/results/builder.js'
import { JobLedger } from '../src/results/ledger.js'
import { errorCountOf } from '../src/results/result.js'

const ORIGIN = 'https://acme.eu.auth0.com'
const ID = 'job_0123456789abcdef'

/** A transport that answers every request with `body` and records what was asked. */
function api(body: unknown, status = 200): { api: ManagementApi; sent: SendOptions[] } {
  const sent: SendOptions[] = []
  const transport = {
    send: async (options: SendOptions): Promise<HttpResponse> => {
      sent.push(options)
      const text = typeof body === 'string' ? body : JSON.stringify(body)
      // As the real transport: a 2xx body goes to readBody when one is given.
      if (options.readBody && status >= 200 && status < 300) {
        return {
          status,
          headers: {},
          text: '',
          value: await options.readBody(Readable.from([Buffer.from(text)])),
        }
      }
      return { status, headers: {}, text, value: undefined }
    },
  } as unknown as Transport
  return { api: new ManagementApi(ORIGIN, transport, fixedToken('t'), () => {}), sent }
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
    const ledger = new JobLedger()
    ledger.see(job)
    const outputs = stepOutputs(new ResultBuilder('get-job', ledger).build(), undefined)
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

describe('readJsonArray', () => {
  async function* chunked(text: string, cuts: number[]): AsyncGenerator<Uint8Array> {
    const bytes = Buffer.from(text)
    let at = 0
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      const end = Math.min(bytes.length, cut)
      if (end > at) yield bytes.subarray(at, end)
      at = Math.max(at, end)
    }
    yield bytes.subarray(at)
  }

  it('splits any array into its items, however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 12 }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 8 }),
        fc.boolean(),
        async (items, cuts, spaced) => {
          const text = spaced
            ? ` \n[ ${items.map((i) => JSON.stringify(i)).join(' ,\n ')} ] `
            : JSON.stringify(items)
          const read = await readJsonArray(chunked(text, cuts), { items: 1_000, bytes: 1 << 20 })
          expect(read).toEqual({
            kind: 'array',
            items: JSON.parse(JSON.stringify(items)),
            total: items.length,
          })
        },
      ),
      { seed: 10, numRuns: 300 },
    )
  })

  it('keeps the first items within its limits and counts the rest', async () => {
    const text = JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ i, s: '],[{"\\' })))
    const read = await readJsonArray(chunked(text, [7, 100, 101]), { items: 10, bytes: 1 << 20 })
    expect(read).toMatchObject({ kind: 'array', total: 50 })
    expect(read.kind === 'array' && read.items.map((item) => (item as { i: number }).i)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ])
    const small = await readJsonArray(chunked(text, []), { items: 1_000, bytes: 100 })
    expect(small.kind === 'array' && small.items.length).toBeLessThan(5)
    expect(small).toMatchObject({ total: 50 })
  })

  it('hands back anything that is not an array as text', async () => {
    expect(await readJsonArray(chunked(' {"id":"x"}', [3]), { items: 1, bytes: 1 })).toEqual({
      kind: 'other',
      text: ' {"id":"x"}',
    })
    expect(await readJsonArray(chunked('', []), { items: 1, bytes: 1 })).toEqual({
      kind: 'other',
      text: '',
    })
    await expect(readJsonArray(chunked('[1,2', []), { items: 9, bytes: 99 })).rejects.toThrow(
      /closing bracket/,
    )
  })
})

describe('a capped error report', () => {
  it('gives the cap and the true count in the step summary', () => {
    const builder = new ResultBuilder('get-job-errors', new JobLedger())
    builder.addReportEntries(
      Array.from({ length: 5 }, (_, i) => ({
        job_id: ID,
        index: i,
        user: null,
        errors: [{ code: 'X', message: 'm' }],
      })),
      3,
      40,
    )
    const result = builder.build()
    expect(errorCountOf(result.report)).toBe(45)
    expect(describeReportSize(result.report)).toBe(
      '45 entries; the file holds the first 3; it keeps at most 3',
    )
    const summary = renderStepSummary(result, { runUrl: undefined, failure: undefined })
    expect(summary).toContain(
      '| Error report entries | 45 entries; the file holds the first 3; it keeps at most 3 |',
    )
    expect(summary).toContain('First 3 of 45 failed users')
  })
})

describe('Auth0 text in the step summary and the pull-request comment', () => {
  const HOSTILE = 'done <img src=https://evil.test/x.png> ![t](https://evil.test/p.png) & more'

  it('is shown as text: no HTML tag or Markdown image from the server is rendered', async () => {
    const ledger = new JobLedger()
    ledger.see({ id: ID, type: 'users_import', status: `failed <img src=https://evil.test/s>` })
    const builder = new ResultBuilder('get-job-errors', ledger)
    builder.addReportEntries(
      [{ job_id: ID, index: 0, user: null, errors: [{ code: 'X', message: HOSTILE }] }],
      10,
    )
    const result = builder.build()
    const summary = renderStepSummary(result, { runUrl: undefined, failure: HOSTILE })
    const { renderComment } = await import('../src/github/comment-render.js')
    const comment = renderComment(result, {
      marker: '<!-- m -->',
      runUrl: undefined,
      failure: HOSTILE,
    })
    for (const markdown of [summary, comment]) {
      expect(markdown).not.toMatch(/<img/i)
      expect(markdown).not.toContain('![t](')
    }
    expect(summary).toContain('&lt;img src=https://evil.test/x.png&gt;')
  })
})
