/**
 * Secrets audit (issue 5, item 6): every operation runs through dist/index.js against the
 * emulator with secrets planted everywhere — client secret, a ready token, the access token the
 * action obtains, the private key for private-key JWT and the assertions signed with it, bcrypt
 * password hashes, custom_password_hash values, keys and salts, TOTP secrets (in users Auth0
 * refuses, echoed back unredacted, and in users refused locally) and the export download link.
 * Then stdout, stderr, the step summary, GITHUB_OUTPUT and every file the action wrote under
 * RUNNER_TEMP and the workspace are scanned: no secret may appear anywhere, except on stdout in
 * the `::add-mask::` lines that teach the runner to hide it — and those must come first.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'
import { INPUT_DEFAULTS } from '../src/inputs/names.js'
import { type ActionRun, runAction } from './run-action.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const pick = (alphabet: string, length: number): string =>
  Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('')

/** Everything planted, by name (the name shows in a failure, the value never does). */
const planted = new Map<string, string>()
function plant(name: string, value: string): string {
  planted.set(name, value)
  return value
}

const CLIENT_SECRET = plant('client_secret', `cs_${pick(ALNUM, 48)}`)

/** A user that passes local validation, with every kind of secret the format holds. */
function secretUser(i: number): Record<string, unknown> {
  const kind = i % 3
  const user: Record<string, unknown> = {
    email: `audit${i}@example.com`,
    email_verified: true,
    name: `Audit ${i}`,
    user_metadata: { note: 'x'.repeat(200) },
    mfa_factors: [{ totp: { secret: plant(`totp secret of user ${i}`, `QX${pick(BASE32, 30)}`) } }],
  }
  if (kind === 0) {
    user.password_hash = plant(`bcrypt hash of user ${i}`, `$2b$10$${pick(`./${ALNUM}`, 53)}`)
  } else if (kind === 1) {
    user.custom_password_hash = {
      algorithm: 'sha256',
      hash: {
        value: plant(`hash value of user ${i}`, pick('0123456789abcdef', 64)),
        encoding: 'hex',
      },
      salt: { value: plant(`salt of user ${i}`, `salt${pick(ALNUM, 28)}`), position: 'prefix' },
    }
  } else {
    user.custom_password_hash = {
      algorithm: 'hmac',
      hash: {
        value: plant(`hmac value of user ${i}`, `hm${pick(ALNUM, 40)}`),
        encoding: 'base64',
        digest: 'sha256',
        key: { value: plant(`hmac key of user ${i}`, `hk${pick(ALNUM, 30)}`) },
      },
    }
  }
  return user
}

/** The same secrets in users the action refuses before sending anything. */
function invalidSecretUser(i: number): Record<string, unknown> {
  const user = secretUser(i)
  user.phone_number = 'not a phone number'
  if (i % 2 === 0) {
    // Lowercase: fails the Base32 pattern, so the secret itself is "the bad value".
    user.mfa_factors = [
      {
        totp: {
          secret: plant(
            `lowercase totp secret of user ${i}`,
            `qx${pick('abcdefghijklmnopqrstuvwxyz', 30)}`,
          ),
        },
      },
    ]
  }
  if (i % 3 === 0)
    user.password_hash = plant(`non-bcrypt hash of user ${i}`, `md5:${pick(ALNUM, 32)}`)
  return user
}

const json = (users: unknown[]): string =>
  `[\n${users.map((u) => JSON.stringify(u)).join(',\n')}\n]\n`

const IMPORT_USERS = Array.from({ length: 9 }, (_, i) => secretUser(i))
/** Users 1, 4 and 7 already exist, so Auth0 refuses them (DUPLICATED_USER) and echoes them. */
const EXISTING = [1, 4, 7].map((i) => ({ email: `audit${i}@example.com` }))
const INVALID_USERS = Array.from({ length: 6 }, (_, i) => invalidSecretUser(100 + i))

const keyPair = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PRIVATE_KEY_PEM = keyPair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const PEM_LINES = PRIVATE_KEY_PEM.split('\n').filter(
  (line) => line.length >= 8 && !line.startsWith('-----'),
)
for (const [k, line] of PEM_LINES.entries()) plant(`private key PEM line ${k + 1}`, line)

/** Does this build accept client_assertion_key (private-key JWT)? Checked, not assumed. */
const privateKeyJwtSupported = 'client_assertion_key' in INPUT_DEFAULTS

const emulatorOptions: EmulatorOptions = {
  clientSecret: CLIENT_SECRET,
  existingUsers: EXISTING,
  // The worst case: Auth0 echoing users in /errors without its own redaction.
  redactErrorUsers: false,
  jobTiming: { pendingMs: 20, processingMs: 60 },
  verificationUsers: 'tenant',
  exportUsers: 5,
}

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator(emulatorOptions)
})
afterAll(async () => {
  await emulator?.close()
})

// ---------------------------------------------------------------------------------------------
// The scan

/** The values of every `::add-mask::` line, in order (the runner's escaping undone). */
function maskLines(stdout: string): { line: number; value: string }[] {
  const lines = stdout.split('\n')
  const out: { line: number; value: string }[] = []
  lines.forEach((line, k) => {
    if (!line.startsWith('::add-mask::')) return
    const value = line
      .slice('::add-mask::'.length)
      .replace(/\r$/, '')
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%25/g, '%')
    out.push({ line: k, value })
  })
  return out
}

/** The forms a secret could be written in: as is, JSON-escaped, URL-encoded. */
function forms(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])]
}

async function walk(root: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name)
    if (entry.isDirectory()) out.push(...(await walk(path)))
    else if (entry.isFile()) out.push(path)
  }
  return out
}

interface Audit {
  run: ActionRun
  /** Secrets of this run by name: planted ones plus those found in add-mask lines. */
  secrets: Map<string, string>
  /** Names of the files scanned (relative), for the sanity checks. */
  scanned: string[]
}

/**
 * Runs the action and scans everything it wrote. `inputFiles` are written to the workspace and
 * not scanned (they are the user's own); neither is the export download (the user's data).
 */
async function audit(
  inputs: Record<string, string>,
  inputFiles: Record<string, string> = {},
  extraSecrets: Record<string, string> = {},
): Promise<Audit> {
  const run = await runAction(inputs, { files: inputFiles })
  const secrets = new Map(planted)
  for (const [name, value] of Object.entries(extraSecrets)) secrets.set(name, value)
  const masks = maskLines(run.stdout)
  // Whatever the action masked is a secret too (access tokens, assertions, download links).
  masks.forEach(({ value }, k) => {
    if (value.length >= 8 && ![...secrets.values()].includes(value)) {
      secrets.set(`masked value #${k + 1}`, value)
    }
  })
  for (const { value } of masks) {
    const signature = /[?&]Signature=([^&\s]+)/.exec(value)?.[1]
    if (signature) secrets.set('export link signature', decodeURIComponent(signature))
  }

  const places = new Map<string, string>()
  places.set(
    'stdout (outside ::add-mask:: lines)',
    run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
  )
  places.set('stderr', run.stderr)
  const exclude = new Set(
    [
      ...Object.keys(inputFiles).map((name) => join(run.workspace, name)),
      run.outputs.export_file,
    ].filter((path): path is string => path !== undefined),
  )
  const scanned: string[] = []
  for (const [root, label] of [
    [run.runnerTemp, 'RUNNER_TEMP'],
    [run.workspace, 'workspace'],
  ] as const) {
    for (const path of await walk(root)) {
      if (exclude.has(path)) continue
      const name = `${label}/${relative(root, path)}`
      scanned.push(name)
      places.set(name, await readFile(path, 'utf8'))
    }
  }
  // GITHUB_OUTPUT and the step summary live in RUNNER_TEMP (run-action.ts): both are scanned.
  expect(scanned).toContain('RUNNER_TEMP/github_output')
  expect(scanned).toContain('RUNNER_TEMP/step_summary')

  const leaks: string[] = []
  for (const [name, secret] of secrets) {
    for (const form of forms(secret)) {
      for (const [place, text] of places) {
        if (text.includes(form)) leaks.push(`${name} in ${place}`)
      }
    }
  }
  if (leaks.length > 0) {
    throw new Error(
      `Secrets leaked: ${leaks.join('; ')}\n(exit ${run.exitCode}; stdout:\n${run.stdout.slice(0, 4000)})`,
    )
  }
  return { run, secrets, scanned }
}

/** Index of the first stdout line matching `pattern` (Infinity when none). */
function firstLine(stdout: string, pattern: RegExp): number {
  const index = stdout.split('\n').findIndex((line) => pattern.test(line))
  return index === -1 ? Number.POSITIVE_INFINITY : index
}

/** `secret` has an add-mask line, and it comes before line `before` of stdout. */
function expectMaskedBefore(run: ActionRun, secret: string, before: number, what: string): void {
  const mask = maskLines(run.stdout).find(({ value }) => value === secret)
  expect(mask, `${what} has no ::add-mask:: line`).toBeDefined()
  expect(mask?.line, `${what} is masked only after line ${before}`).toBeLessThan(before)
}

/** Input secrets are masked before the action prints anything else at all. */
function expectMaskedFirst(run: ActionRun, secret: string, what: string): void {
  expectMaskedBefore(run, secret, firstLine(run.stdout, /^(?!::add-mask::)./), what)
}

/** The access token(s) the action obtained: base64url values it masked that we did not plant. */
function accessTokens(run: ActionRun): string[] {
  const known = new Set(planted.values())
  return maskLines(run.stdout)
    .map(({ value }) => value)
    .filter((value) => !known.has(value) && /^[A-Za-z0-9_-]{32,}$/.test(value))
}

const JOB_LINE = /job_[A-Za-z0-9]{16}/

// ---------------------------------------------------------------------------------------------

describe('secrets audit: nothing secret in logs, outputs, summary or files', () => {
  const common = () => ({
    domain: emulator.url,
    client_id: emulator.clientId,
    client_secret: CLIENT_SECRET,
  })
  let importJobIds: string[] = []
  let failedJobId = ''

  it('import-users (client secret): users Auth0 refuses, echoed unredacted, in several jobs', async () => {
    const { run, secrets, scanned } = await audit(
      {
        ...common(),
        operation: 'import-users',
        connection_id: emulator.connections[0]?.id ?? '',
        file: 'users.json',
        chunk_size: '2048',
        external_id: 'audit',
        progress_file: 'progress/audit.json',
      },
      { 'users.json': json(IMPORT_USERS) },
    )
    // Sanity: the secrets did reach Auth0, Auth0 refused users, and the report holds them.
    const uploaded = emulator.imports.map((upload) => upload.users).join('')
    for (const name of [
      'bcrypt hash of user 0',
      'salt of user 1',
      'hmac key of user 2',
      'totp secret of user 4',
    ]) {
      expect(uploaded).toContain(planted.get(name))
    }
    expect(run.outputs.job_id?.split(',').length).toBeGreaterThan(1)
    expect(run.errorReport?.length).toBe(3)
    expect(run.errorReport?.map((entry) => entry.index)).toEqual([1, 4, 7])
    // Redacted, not dropped: the users are there, their secrets replaced.
    expect(JSON.stringify(run.errorReport)).toContain('[redacted]')
    expect(run.errorReport?.every((entry) => entry.user !== null)).toBe(true)
    expect(run.outputs.failed_users_file).toBeDefined()
    expect(scanned.some((name) => name.includes('auth0-failed-users-'))).toBe(true)
    expect(scanned.some((name) => name.includes('auth0-error-report-'))).toBe(true)

    expectMaskedFirst(run, CLIENT_SECRET, 'client_secret')
    const tokens = accessTokens(run)
    expect(tokens.length).toBeGreaterThan(0)
    for (const token of tokens) {
      expect([...secrets.values()]).toContain(token)
      expectMaskedBefore(run, token, firstLine(run.stdout, JOB_LINE), 'the access token')
    }
    importJobIds = run.outputs.job_id?.split(',') ?? []
    failedJobId = String(run.errorReport?.[0]?.job_id)
  })

  it('import-users: users refused locally reach the error report and failed-users file redacted', async () => {
    const { run, scanned } = await audit(
      {
        ...common(),
        operation: 'import-users',
        connection_id: emulator.connections[0]?.id ?? '',
        file: 'invalid.json',
        max_failed_users: '100%',
      },
      { 'invalid.json': json(INVALID_USERS) },
    )
    expect(run.exitCode).not.toBe(0)
    expect(run.errorReport?.length).toBe(INVALID_USERS.length)
    expect(JSON.stringify(run.errorReport)).toContain('[redacted]')
    expect(run.outputs.failed_users_file).toBeDefined()
    expect(scanned.some((name) => name.includes('auth0-failed-users-'))).toBe(true)
    // The annotations name the users' problems (on stdout, scanned) without quoting values.
    expect(run.errors.length).toBeGreaterThan(0)
    expectMaskedFirst(run, CLIENT_SECRET, 'client_secret')
  })

  it('import-users dry run', async () => {
    const { run } = await audit(
      {
        ...common(),
        operation: 'import-users',
        connection_id: emulator.connections[0]?.id ?? '',
        file: 'users.json',
        dry_run: 'true',
      },
      { 'users.json': json(IMPORT_USERS.map((u, i) => ({ ...u, email: `dry${i}@example.com` }))) },
    )
    expect(run.outputs.status).toBe('validated')
  })

  it('get-job and get-job-errors (client secret) on the refused users', async () => {
    expect(importJobIds.length).toBeGreaterThan(0)
    const jobs = await audit({ ...common(), operation: 'get-job', job_id: importJobIds.join(',') })
    expect(jobs.run.outputs.job_id).toBe(importJobIds.join(','))
    const errors = await audit({ ...common(), operation: 'get-job-errors', job_id: failedJobId })
    expect(errors.run.errorReport?.length).toBeGreaterThan(0)
    for (const token of accessTokens(errors.run)) {
      expectMaskedBefore(
        errors.run,
        token,
        firstLine(errors.run.stdout, JOB_LINE),
        'the access token',
      )
    }
  })

  it('a ready token (separate runs): import-users and get-job-errors', async () => {
    const response = await fetch(`${emulator.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: emulator.clientId,
        client_secret: CLIENT_SECRET,
        audience: `${emulator.url}/api/v2/`,
      }),
    })
    const token = ((await response.json()) as { access_token: string }).access_token
    expect(token).toBeTruthy()
    const extra = { 'ready token': token }
    const users = IMPORT_USERS.map((u, i) =>
      i === 4 ? u : { ...u, email: `token${i}@example.com` },
    )
    const imported = await audit(
      {
        operation: 'import-users',
        domain: emulator.url,
        token,
        connection_id: emulator.connections[0]?.id ?? '',
        file: 'users.json',
      },
      { 'users.json': json(users) },
      extra,
    )
    expect(imported.run.errorReport?.length).toBe(1)
    expectMaskedFirst(imported.run, token, 'token')
    const errors = await audit(
      { operation: 'get-job-errors', domain: emulator.url, token, job_id: failedJobId },
      {},
      extra,
    )
    expect(errors.run.errorReport?.length).toBeGreaterThan(0)
    expectMaskedFirst(errors.run, token, 'token')
  })

  it('export-users: the download link (and its signature) is masked before the download', async () => {
    const variants: Record<string, string>[] = [
      { format: 'json' },
      { format: 'csv', export_path: 'exports/users.csv', fields: 'email,name' },
    ]
    for (const inputs of variants) {
      const { run, secrets } = await audit({ ...common(), operation: 'export-users', ...inputs })
      expect(run.exitCode, run.stdout).toBe(0)
      expect(run.outputs.export_file).toBeDefined()
      const signature = secrets.get('export link signature')
      expect(signature, 'no add-mask line carries the export link').toBeDefined()
      const link = maskLines(run.stdout).find(({ value }) => value.includes(String(signature)))
      expectMaskedBefore(
        run,
        String(link?.value),
        firstLine(run.stdout, /^Exported \d+ users/),
        'the export link',
      )
      expect(run.outputs.job).not.toContain('Signature')
    }
  })

  it('send-verification-email, one user Auth0 does not know', async () => {
    const [known] = [...emulator.users.values()]
    const { run } = await audit({
      ...common(),
      operation: 'send-verification-email',
      user_id: `${known?.user_id},auth0|nobody000000000000000000`,
      max_failed_users: '1',
    })
    expect(run.outputs.job_id).toMatch(JOB_LINE)
    expectMaskedFirst(run, CLIENT_SECRET, 'client_secret')
  })

  it('a secret pasted into the wrong input is not echoed by the input error', async () => {
    const token = `eyJ${pick(ALNUM, 40)}.eyJ${pick(ALNUM, 400)}.${pick(ALNUM, 86)}`
    const { run } = await audit(
      { operation: 'get-job', domain: emulator.url, token, job_id: token },
      {},
      { 'token pasted into job_id': token },
    )
    expect(run.exitCode).not.toBe(0)
    expect(run.errors.join('\n')).toContain("Input 'job_id'")
    expectMaskedFirst(run, token, 'token')
  })

  it('locally invalid user whose mfa_factors entry is the bare TOTP secret', async () => {
    // redact.ts redactMfaFactor copies a factor that is not an object or array, so
    // `"mfa_factors": ["<secret>"]` reaches the error report and the failed-users file.
    const secret = `QB${pick(BASE32, 30)}`
    const { run } = await audit(
      {
        ...common(),
        operation: 'import-users',
        connection_id: emulator.connections[0]?.id ?? '',
        file: 'bare.json',
      },
      { 'bare.json': json([{ email: 'bare@example.com', mfa_factors: [secret] }]) },
      { 'bare TOTP secret as an mfa_factors entry': secret },
    )
    expect(run.errorReport?.length).toBe(1)
  })

  it('get-job-errors: an Auth0 error message quoting the refused secret is not copied to the report', async () => {
    // Auth0 validates with z-schema, whose PATTERN message quotes the value (the emulator quotes
    // emails the same way); the action copies `errors[].message` into the report unchanged.
    const secret = `qc${pick('abcdefghijklmnopqrstuvwxyz234567', 30)}`
    const jobId = emulator.createJob({
      type: 'users_import',
      status: 'completed',
      summary: { total: 1, inserted: 0, updated: 0, failed: 1 },
      errors: [
        {
          user: { email: 'echo@example.com', mfa_factors: [{ totp: { secret: '*****' } }] },
          errors: [
            {
              code: 'PATTERN',
              message: `String does not match pattern ^[A-Z2-7]+$: ${secret}`,
              path: 'mfa_factors[0].totp.secret',
            },
          ],
        },
      ],
    })
    const { run } = await audit(
      { ...common(), operation: 'get-job-errors', job_id: jobId },
      {},
      { 'TOTP secret quoted in an Auth0 error message': secret },
    )
    expect(run.errorReport?.length).toBe(1)
  })

  it('the scan itself catches a leak (control: a value the action does print, taken as secret)', async () => {
    const connection = emulator.connections[0]?.id ?? ''
    await expect(
      audit(
        { ...common(), operation: 'export-users', connection_id: connection },
        {},
        { 'the connection id (not really secret)': connection },
      ),
    ).rejects.toThrow(/the connection id \(not really secret\) in (stdout|RUNNER_TEMP)/)
  })

  const pemCase = privateKeyJwtSupported ? it : it.todo
  pemCase('private-key JWT: the PEM and the signed assertions never show', async () => {
    const pemEmulator = await startEmulator({
      ...emulatorOptions,
      clientPublicKey: keyPair.publicKey,
      clientAuthentication: 'private-key-jwt',
    } as EmulatorOptions)
    try {
      const { run, secrets } = await audit(
        {
          operation: 'import-users',
          domain: pemEmulator.url,
          client_id: pemEmulator.clientId,
          client_assertion_key: PRIVATE_KEY_PEM,
          client_assertion_alg: 'PS256',
          connection_id: pemEmulator.connections[0]?.id ?? '',
          file: 'users.json',
          chunk_size: '4096',
        },
        { 'users.json': json(IMPORT_USERS) },
      )
      // Authenticated with the key (the emulator refuses the secret here), Auth0 refused 3 users.
      expect(run.errorReport?.length, run.stdout).toBe(3)
      for (const line of PEM_LINES) expectMaskedFirst(run, line, 'a line of client_assertion_key')
      // The signed assertion is a bearer credential for its lifetime: masked before use.
      const assertions = [...secrets.values()].filter((value) =>
        /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(value),
      )
      expect(assertions.length).toBeGreaterThan(0)
      for (const token of accessTokens(run)) {
        expectMaskedBefore(run, token, firstLine(run.stdout, JOB_LINE), 'the access token')
      }
      // A PEM pasted with literal \n (as some secret stores keep it) is masked as given too.
      const escaped = PRIVATE_KEY_PEM.trim().replace(/\n/g, '\\n')
      const second = await audit(
        {
          operation: 'get-job',
          domain: pemEmulator.url,
          client_id: pemEmulator.clientId,
          client_assertion_key: escaped,
          job_id: run.outputs.job_id ?? '',
        },
        {},
        { 'client_assertion_key with literal \\n': escaped },
      )
      expectMaskedFirst(second.run, escaped, 'client_assertion_key as given')
    } finally {
      await pemEmulator.close()
    }
  })
})
