/**
 * skip_existing uploads the kept users straight from the users file (issue 13 + issue 10's
 * "secrets never leave the users file"): no copy of them is written anywhere, each upload body is
 * the file's own bytes of the kept users (ranges joined by commas), a file changed after
 * validation is refused, and Auth0's per-user entries and verify name indexes of the file.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Job } from '../src/auth0/job.js'
import { readValidatedChunk } from '../src/import/submit.js'
import { planPass } from '../src/plan/plan-pass.js'
import type { UsersApi } from '../src/plan/read-tenant.js'
import { TenantIndex } from '../src/plan/tenant-index.js'
import { planUsersFile } from '../src/users/plan.js'
import { FakeClock, FakeJobsApi, importSettings, runImport, workFolder } from './engine-harness.js'

const HASH = '5f4dcc3b5aa765d61d8327deb882cf99'
const SALT = 'pepper-salt-4711'
const TOTP = 'QJBSWY3DPEHPK3PXJBSWY3DPEHPK3PXP'
const SECRETS = [HASH, SALT, TOTP]

function user(i: number): Record<string, unknown> {
  return {
    email: `user${i}@example.com`,
    email_verified: false,
    custom_password_hash: {
      algorithm: 'md5',
      hash: { value: HASH, encoding: 'hex' },
      salt: { value: SALT, position: 'prefix' },
    },
    mfa_factors: [{ totp: { secret: TOTP } }],
  }
}

const USERS = Array.from({ length: 10 }, (_, i) => user(i))
/** Irregular separators, so that a body rebuilt from the users would differ from the file's bytes. */
const TEXT = `[\n  ${USERS.map((u) => JSON.stringify(u)).join(' ,\n\t ')}\n]\n`
/** Already in the connection: with upsert false, skip_existing leaves them out. */
const EXISTING = [0, 3, 4, 7]
const KEPT = USERS.map((_, i) => i).filter((i) => !EXISTING.includes(i))

const startOf = (i: number) => TEXT.indexOf(JSON.stringify(USERS[i]))
const endOf = (i: number) => startOf(i) + JSON.stringify(USERS[i]).length
const indexOfEmail = (email: unknown) => USERS.findIndex((u) => u.email === email)

/** Look-ups by email; `after` answers them once the import ran (for verify). */
class FakeUsersApi implements UsersApi {
  present = new Set(EXISTING)
  beforeLookups: () => Promise<void> = async () => {}
  #lookedUp = false
  async connectionName(): Promise<string> {
    return 'Users'
  }
  async usersByEmail(email: string): Promise<unknown[]> {
    if (!this.#lookedUp) {
      this.#lookedUp = true
      await this.beforeLookups()
    }
    const i = indexOfEmail(email)
    if (i < 0 || !this.present.has(i)) return []
    const {
      custom_password_hash: _,
      mfa_factors: __,
      ...stored
    } = USERS[i] as object as Record<string, unknown>
    return [{ ...stored, user_id: `auth0|${i}`, identities: [{ connection: 'Users' }] }]
  }
  async createExport(): Promise<Job> {
    throw new Error('a file of 10 users is read with look-ups')
  }
  async getJob(id: string): Promise<Job> {
    throw new Error(`no job ${id}`)
  }
}

/** Every file under `folder` (any depth) whose content holds one of the users' secrets. */
async function filesWithSecrets(folder: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const text = await readFile(path, 'utf8')
    if (SECRETS.some((secret) => text.includes(secret))) found.push(path)
  }
  return found
}

async function setUp(extra: Record<string, unknown> = {}) {
  const dir = await workFolder()
  const runnerTemp = await workFolder()
  const settings = await importSettings(dir, TEXT, {
    plan: true,
    skipExisting: true,
    chunkSize: 1_400,
    ...extra,
  })
  const clock = new FakeClock()
  const api = new FakeJobsApi(clock)
  const usersApi = new FakeUsersApi()
  const run = () =>
    runImport(settings, api, clock, {
      runnerTemp,
      extra: { usersApi, dispatcher: {} },
    })
  return { settings, runnerTemp, api, usersApi, run }
}

/**
 * The file's bytes of these users (file indexes, ascending): runs of neighbours kept whole, with
 * the separators between them; runs joined by commas.
 */
function expectedBody(indexes: number[], text = TEXT, start = startOf, end = endOf): string {
  const runs: number[][] = []
  for (const i of indexes) {
    const last = runs.at(-1)
    if (last && last.at(-1) === i - 1) last.push(i)
    else runs.push([i])
  }
  return `[${runs.map((r) => text.slice(start(r[0] as number), end(r.at(-1) as number))).join(',')}]`
}

describe('skip_existing without a copy of the users', () => {
  it('writes no file holding a password hash, salt or MFA secret, even while uploading', async () => {
    const { runnerTemp, api, run } = await setUp()
    const seen: string[][] = []
    api.beforeAnswer = async () => {
      seen.push(await filesWithSecrets(runnerTemp))
    }
    const result = await run()
    expect(result.error).toBeUndefined()
    expect(api.uploads.length).toBeGreaterThan(1)
    expect(seen).toEqual(api.uploads.map(() => []))
    expect(await filesWithSecrets(runnerTemp)).toEqual([])
  })

  it('uploads, chunk by chunk, exactly the file bytes of the kept users, in file order', async () => {
    const { api, run, settings } = await setUp()
    const result = await run()
    expect(result.error).toBeUndefined()
    const uploaded = api.uploads.map((upload) =>
      (JSON.parse(upload.users) as { email: string }[]).map((u) => indexOfEmail(u.email)),
    )
    expect(uploaded.flat()).toEqual(KEPT)
    for (const [k, upload] of api.uploads.entries()) {
      expect(upload.users).toBe(expectedBody(uploaded[k] as number[]))
      expect(Buffer.byteLength(upload.users)).toBeLessThanOrEqual(settings.chunkSize)
    }
    // Some body joins ranges that are not neighbours in the file.
    expect(api.uploads.some((u) => u.users.includes('},{'))).toBe(true)
    expect(result.outcome.plan?.counts.skipped).toBe(EXISTING.length)
  })

  it('a single chunk of every kept user is the file bytes of its ranges', async () => {
    const { api, run } = await setUp({ chunkSize: 100_000 })
    expect((await run()).error).toBeUndefined()
    expect(api.uploads.map((u) => u.users)).toEqual([expectedBody(KEPT)])
  })

  it('refuses a file rewritten between the validation and the plan', async () => {
    const { api, usersApi, run, settings } = await setUp()
    usersApi.beforeLookups = async () => {
      // Same length, one kept user's email broken: never validated.
      await writeFile(settings.file, TEXT.replace('user5@example.com', 'user5@example,com'))
    }
    const result = await run()
    expect(result.error).toMatch(/changed after it was validated/)
    expect(api.uploads).toEqual([])
  })

  it('refuses to send more once the file changed after the plan', async () => {
    const { api, run, settings } = await setUp()
    api.beforeAnswer = async (upload) => {
      if (upload === 0) {
        await writeFile(settings.file, TEXT.replace('user9@example.com', 'user9@example,com'))
      }
    }
    const result = await run()
    expect(result.error).toMatch(/changed after it was validated/)
    const sent = api.uploads.map((u) => u.users).join('')
    expect(sent).not.toContain('user9@example,com')
    expect(sent).not.toContain('user9@example.com')
  })

  it("maps Auth0's per-user errors, failed_users_file and verify back to file indexes", async () => {
    const { api, usersApi, run } = await setUp({
      verify: true,
      maxFailedUsers: { kind: 'count', max: 5 },
    })
    // Created in the tenant meanwhile: Auth0 fails it as DUPLICATED_USER.
    api.existing.add('user6@example.com')
    api.beforeAnswer = async () => {
      // Stored by the job, except user 8, which a faulty job reports as imported.
      for (const i of KEPT) if (i !== 8 && i !== 6) usersApi.present.add(i)
      usersApi.present.add(6)
    }
    const result = await run()
    expect(result.error).toBeUndefined()
    const report = (result.outcome.report ?? []).map((e) => [e.index, e.errors[0]?.code])
    expect(report).toEqual(
      expect.arrayContaining([
        [6, 'DUPLICATED_USER'],
        [8, 'NOT_FOUND_AFTER_IMPORT'],
      ]),
    )
    expect(report).toHaveLength(2)
    expect(result.outcome.verify).toMatchObject({ checked: KEPT.length - 1, missing: 1 })
    expect(result.outcome.verify?.first.missing).toEqual([8])
    const failed = JSON.parse(await readFile(result.outcome.failedUsersFile ?? '', 'utf8'))
    expect(failed.map((u: { email: string }) => u.email).sort()).toEqual([
      'user6@example.com',
      'user8@example.com',
    ])
  })

  it('plans from reads that end inside users (a file of several reads), budget kept', async () => {
    const users = Array.from({ length: 260 }, (_, i) => ({
      email: `big${i}@example.com`,
      user_metadata: { note: 'x'.repeat(20_000 + i) },
    }))
    const texts = users.map((u) => JSON.stringify(u))
    const text = `[${texts.join(' ,\n')}]`
    const dir = await workFolder()
    const file = join(dir, 'users.json')
    await writeFile(file, text)
    const budget = 100_000
    const validated = await planUsersFile(file, { chunkSize: budget })
    // A run of 160 skipped users (3 MiB): the chunk around it is read range by range.
    const existing = (i: number) => i % 3 === 0 || (i >= 40 && i < 200)
    const index = new TenantIndex()
    for (const [i, u] of users.entries()) if (existing(i)) index.add({ email: u.email })
    const pass = await planPass(file, users.length, index, {
      upsert: false,
      skipExisting: true,
      planFile: join(dir, 'plan.json'),
      upload: { validated, budget },
      source: { kind: 'export', requests: 0 },
    })
    const kept = pass.kept
    expect([...(kept?.originalIndex ?? [])]).toEqual(
      users.map((_, i) => i).filter((i) => !existing(i)),
    )
    const start = (i: number) => text.indexOf(texts[i] as string)
    const end = (i: number) => start(i) + (texts[i] as string).length
    for (const chunk of kept?.chunks ?? []) {
      const body = (await readValidatedChunk(validated, chunk)).toString()
      const at = [
        ...(kept?.originalIndex.subarray(chunk.firstUser, chunk.firstUser + chunk.userCount) ?? []),
      ]
      expect(body).toBe(expectedBody(at, text, start, end))
      expect(body.length).toBe(chunk.bytes)
      expect(body.length).toBeLessThanOrEqual(budget)
    }
    expect(kept?.chunks.some((c) => c.end - c.start > 2 << 20 && (c.ranges?.length ?? 0) > 2)).toBe(
      true,
    )
  })
})
