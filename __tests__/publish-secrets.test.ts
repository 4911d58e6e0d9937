/**
 * Issue 10: text from Auth0 that quotes a known secret (client secret, token, the obtained access
 * token, a private-key line, a download link) is scrubbed before it reaches any file or output.
 * In process: the real publish() with the runner's files in a temp folder.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { publish } from '../src/report/publish.js'
import { KnownSecrets } from '../src/report/secrets.js'
import { ResultBuilder } from '../src/results/builder.js'
import { JobLedger } from '../src/results/ledger.js'

const CLIENT_SECRET = 'cs_"quoted\\slash|pipe-0123456789'
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'
const KEY_LINE = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'
const LINK = 'https://exports.example.com/job.gz?Expires=1&Signature=SIGNATURE-abcdef0123'

let temp: string
let saved: NodeJS.ProcessEnv
beforeEach(async () => {
  saved = { ...process.env }
  temp = await mkdtemp(join(tmpdir(), 'publish-'))
  process.env.GITHUB_OUTPUT = join(temp, 'github_output')
  process.env.GITHUB_STEP_SUMMARY = join(temp, 'step_summary')
  await writeFile(process.env.GITHUB_OUTPUT, '')
  await writeFile(process.env.GITHUB_STEP_SUMMARY, '')
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(async () => {
  process.env = saved
  vi.restoreAllMocks()
  await rm(temp, { recursive: true, force: true })
})

describe('publish', () => {
  it('writes no known secret into the error report, the outputs or the step summary', async () => {
    const secrets = new KnownSecrets()
    for (const secret of [CLIENT_SECRET, TOKEN, KEY_LINE, LINK]) secrets.add(secret)
    const ledger = new JobLedger()
    const outcome = new ResultBuilder('get-job-errors', ledger)
    const quote = `client ${CLIENT_SECRET}, token ${TOKEN}, key ${KEY_LINE}, sig Signature=SIGNATURE-abcdef0123`
    ledger.see({
      id: 'job_0123456789abcdef',
      type: 'users_import',
      status: 'failed',
      status_details: quote,
    })
    outcome.addReportEntries(
      [
        {
          job_id: 'job_0123456789abcdef',
          index: 0,
          user: { email: CLIENT_SECRET },
          errors: [{ code: 'X', message: quote }],
        },
      ],
      10,
    )
    outcome.notes.push(quote)
    await publish(outcome.build(), `Auth0 refused it: ${quote}`, temp, secrets)
    const files = await readdir(temp)
    expect(files.some((name) => name.startsWith('auth0-error-report-'))).toBe(true)
    for (const name of files) {
      const text = await readFile(join(temp, name), 'utf8')
      for (const secret of [
        CLIENT_SECRET,
        JSON.stringify(CLIENT_SECRET).slice(1, -1),
        TOKEN,
        KEY_LINE,
        'SIGNATURE-abcdef0123',
      ]) {
        expect(text, name).not.toContain(secret)
      }
    }
    const summary = await readFile(join(temp, 'step_summary'), 'utf8')
    expect(summary).toContain('client ***')
  })
})

describe('KnownSecrets', () => {
  it('ignores values too short to be secrets, so ordinary words survive', () => {
    const secrets = new KnownSecrets()
    secrets.add('abc')
    secrets.add('')
    expect(secrets.scrub('abc def')).toBe('abc def')
  })

  it('hides the query of a download link on its own too', () => {
    const secrets = new KnownSecrets()
    secrets.add(LINK)
    expect(secrets.scrub(`see ?Expires=1&Signature=SIGNATURE-abcdef0123 and ${LINK}`)).toBe(
      'see *** and ***',
    )
  })
})
