/**
 * Private-key JWT client authentication, end to end: dist/index.js against the emulator with a
 * registered public key.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'
import { type ActionRun, runAction } from './run-action.js'
import { makeUsers, usersFile } from './users-fixture.js'

const ALGORITHMS = ['RS256', 'RS384', 'PS256'] as const

let publicKey: KeyObject
let pem: string
let otherPem: string

beforeAll(() => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
  publicKey = pair.publicKey
  pem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  otherPem = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString()
})

let emulator: Emulator | undefined
afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({
    clientPublicKey: publicKey,
    jobTiming: { pendingMs: 50, processingMs: 200 },
    ...options,
  })
  return emulator
}

/** Every base64 line of a PEM: none may show up anywhere but in ::add-mask:: lines. */
function secretLines(key: string): string[] {
  return key.split('\n').filter((line) => line.length >= 8 && !line.startsWith('-----'))
}

/** Fails when any line of the key appears in stdout, stderr, outputs, summary or report. */
async function expectNoKeyLeak(run: ActionRun, key: string): Promise<void> {
  const visible = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  let report = ''
  if (run.outputs.error_report) report = await readFile(run.outputs.error_report, 'utf8')
  const places = {
    stdout: visible,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    report,
  }
  for (const line of secretLines(key)) {
    for (const [place, text] of Object.entries(places)) {
      expect(text.includes(line), `a line of the key appears in ${place}`).toBe(false)
    }
  }
}

/** The key is masked line by line before anything else is printed. */
function expectMasked(run: ActionRun, key: string): void {
  const masks = new Set(
    run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length)),
  )
  for (const line of secretLines(key)) expect(masks.has(line)).toBe(true)
  const lines = run.stdout.split('\n')
  const firstOther = lines.findIndex((line) => !line.startsWith('::add-mask::'))
  const keyMasks = new Set(secretLines(key).map((part) => `::add-mask::${part}`))
  let lastKeyMask = -1
  lines.forEach((line, index) => {
    if (keyMasks.has(line)) lastKeyMask = index
  })
  expect(lastKeyMask).toBeLessThan(firstOther === -1 ? Number.POSITIVE_INFINITY : firstOther)
}

describe('private-key JWT authentication', () => {
  it.each(ALGORITHMS)('get-job with %s', async (alg) => {
    const e = await start({ clientPublicKeyAlg: alg })
    const id = e.createJob({ status: 'completed' })
    const run = await runAction({
      operation: 'get-job',
      domain: e.url,
      client_id: e.clientId,
      client_assertion_key: pem,
      client_assertion_alg: alg,
      job_id: id,
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('completed')
    expect(e.stats.tokensIssued).toBe(1)
    expect(e.tokenRejections).toEqual([])
    expect(run.stdout).not.toMatch(/::warning::/)
    expectMasked(run, pem)
    await expectNoKeyLeak(run, pem)
  })

  it.each(ALGORITHMS)('import-users with %s', async (alg) => {
    const e = await start({ clientPublicKeyAlg: alg })
    const run = await runAction(
      {
        operation: 'import-users',
        domain: e.url,
        client_id: e.clientId,
        client_assertion_key: pem,
        client_assertion_alg: alg.toLowerCase(),
        connection_id: e.connections[0]?.id ?? '',
        file: 'users.json',
      },
      { files: { 'users.json': usersFile(makeUsers(5)) } },
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('completed')
    expect(JSON.parse(run.outputs.summary ?? '{}')).toMatchObject({ total: 5, inserted: 5 })
    expect(e.stats.jobsCreated).toBe(1)
    expect(e.tokenRejections).toEqual([])
    await expectNoKeyLeak(run, pem)
  })

  it('accepts the key as a secret holding literal \\n sequences or CRLF line ends', async () => {
    const e = await start()
    const id = e.createJob({ status: 'completed' })
    for (const key of [pem.trim().replaceAll('\n', '\\n'), pem.replaceAll('\n', '\r\n')]) {
      const run = await runAction({
        operation: 'get-job',
        domain: e.url,
        client_id: e.clientId,
        client_assertion_key: key,
        job_id: id,
      })
      expect(run.exitCode, run.stdout).toBe(0)
      expectMasked(run, pem)
      await expectNoKeyLeak(run, pem)
    }
    expect(e.stats.tokensIssued).toBe(2)
  })

  it('fails with a clear Authentication failed error for a key Auth0 does not know', async () => {
    const e = await start()
    const run = await runAction({
      operation: 'get-job',
      domain: e.url,
      client_id: e.clientId,
      client_assertion_key: otherPem,
      job_id: 'job_0123456789abcdef',
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('Authentication failed')
    expect(run.errors[0]).toContain('client_assertion_key')
    expect(e.tokenRejections).toEqual(['Invalid client assertion signature'])
    expect(e.requests.filter((r) => r.path.startsWith('/api/v2/'))).toHaveLength(0)
    await expectNoKeyLeak(run, otherPem)
  })

  it('fails when the algorithm is not the credential’s', async () => {
    const e = await start({ clientPublicKeyAlg: 'PS256' })
    const run = await runAction({
      operation: 'get-job',
      domain: e.url,
      client_id: e.clientId,
      client_assertion_key: pem,
      client_assertion_alg: 'RS384',
      job_id: 'job_0123456789abcdef',
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Authentication failed')
    expect(run.errors[0]).toContain('client_assertion_alg')
  })

  it('reports an unusable key as an input error before sending anything, without showing it', async () => {
    const e = await start()
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    for (const [key, reason] of [
      [small, '1024-bit RSA key'],
      [pem.slice(0, 300), 'not a PEM private key'],
    ] as const) {
      const run = await runAction({
        operation: 'get-job',
        domain: e.url,
        client_id: e.clientId,
        client_assertion_key: key,
        job_id: 'job_0123456789abcdef',
      })
      expect(run.exitCode).toBe(1)
      expect(run.errors[0]).toContain("Input 'client_assertion_key' cannot be used")
      expect(run.errors[0]).toContain(reason)
      await expectNoKeyLeak(run, key)
    }
    expect(e.requests).toHaveLength(0)
  })

  it('refuses client_secret together with client_assertion_key', async () => {
    const e = await start()
    const run = await runAction({
      operation: 'get-job',
      domain: e.url,
      client_id: e.clientId,
      client_secret: e.clientSecret,
      client_assertion_key: pem,
      job_id: 'job_0123456789abcdef',
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain("'client_secret' and 'client_assertion_key' are both set")
    expect(e.requests).toHaveLength(0)
    await expectNoKeyLeak(run, pem)
  })

  it('warns about client_assertion_alg without a key and goes on with the client secret', async () => {
    const e = await start({ clientPublicKey: undefined })
    const id = e.createJob({ status: 'completed' })
    const run = await runAction({
      operation: 'get-job',
      domain: e.url,
      client_id: e.clientId,
      client_secret: e.clientSecret,
      client_assertion_alg: 'PS256',
      job_id: id,
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/::warning::Input 'client_assertion_alg' is ignored/)
  })
})
