/** The plan's matching rules and verify's comparison, in process (CONTRACT "Review before, verify after"). */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readValidatedChunk } from '../src/import/submit.js'
import { classify, skippable } from '../src/plan/classify.js'
import { planPass } from '../src/plan/plan-pass.js'
import { lookupEmails } from '../src/plan/read-tenant.js'
import { SHARED_KEY, TenantIndex } from '../src/plan/tenant-index.js'
import { planUsersFile } from '../src/users/plan.js'
import { checkUser } from '../src/verify/check.js'

function tenant(users: Record<string, unknown>[]): TenantIndex {
  const index = new TenantIndex()
  for (const user of users) index.add(user)
  return index
}

const alice = {
  user_id: 'auth0|a1',
  email: 'alice@example.com',
  username: 'alice',
  phone_number: '+15550001',
  name: 'Alice',
  email_verified: true,
  user_metadata: { plan: 'pro', seats: 3 },
}
const bob = { user_id: 'auth0|b2', email: 'bob@example.com', username: 'bob' }

describe('classify', () => {
  const index = tenant([alice, bob])

  it('insert when no key matches', () => {
    expect(classify({ email: 'carol@example.com' }, index, false)).toEqual({
      action: 'insert',
      matchedOnEmail: false,
    })
  })

  it('without upsert, a match on any key is a duplicate', () => {
    for (const user of [
      { email: 'ALICE@example.com' },
      { email: 'x@example.com', user_id: 'a1' },
      { email: 'x@example.com', username: 'alice' },
      { email: 'x@example.com', phone_number: '+15550001' },
    ]) {
      expect(classify(user, index, false).action).toBe('duplicate')
    }
    expect(skippable(classify({ email: 'alice@example.com' }, index, false))).toBe(true)
    expect(skippable(classify({ email: 'x@example.com', username: 'alice' }, index, false))).toBe(
      false,
    )
  })

  it('with upsert, an email match is update (naming what changes) or unchanged', () => {
    expect(
      classify(
        { email: 'alice@example.com', name: 'Alice', user_metadata: { seats: 3, plan: 'pro' } },
        index,
        true,
      ),
    ).toEqual({ action: 'unchanged', matchedOnEmail: true })
    expect(
      classify(
        { email: 'alice@example.com', name: 'Al', email_verified: true, picture: 'p' },
        index,
        true,
      ),
    ).toEqual({ action: 'update', changes: ['name', 'picture'], matchedOnEmail: true })
    // A hash cannot be read back, so it can never be shown unchanged.
    expect(
      classify(
        { email: 'bob@example.com', custom_password_hash: { algorithm: 'md5' } },
        index,
        true,
      ).changes,
    ).toEqual(['custom_password_hash'])
    // Absent booleans are false to Auth0.
    expect(classify({ email: 'bob@example.com', email_verified: false }, index, true).action).toBe(
      'unchanged',
    )
  })

  it('conflict outranks duplicate: keys of two users, or (upsert) only a non-email key', () => {
    const both = { email: 'alice@example.com', username: 'bob' }
    expect(classify(both, index, false).action).toBe('conflict')
    expect(classify(both, index, true).action).toBe('conflict')
    expect(classify({ email: 'new@example.com', user_id: 'b2' }, index, true).action).toBe(
      'conflict',
    )
  })

  it('a key two users of the connection share is a conflict', () => {
    const shared = tenant([
      { email: 'a@example.com', phone_number: '+1' },
      { email: 'b@example.com', phone_number: '+1' },
    ])
    expect(shared.match('phone_number', '+1')).toBe(SHARED_KEY)
    expect(classify({ email: 'c@example.com', phone_number: '+1' }, shared, false).action).toBe(
      'conflict',
    )
  })

  it('holds 100,000 users in typed arrays, without their values', () => {
    const big = new TenantIndex()
    const metadata = { note: 'x'.repeat(2000) }
    for (let i = 0; i < 100_000; i++) {
      big.add({ email: `u${i}@example.com`, user_id: `auth0|${i}`, user_metadata: metadata })
    }
    expect(big.size).toBe(100_000)
    expect(big.bytes).toBeLessThan(30 * 1024 * 1024)
    expect(
      classify({ email: 'u99999@example.com', user_metadata: metadata }, big, true).action,
    ).toBe('unchanged')
  })
})

describe('verify check', () => {
  const index = tenant([alice])

  it('present, missing, different (naming attributes, never values)', () => {
    expect(
      checkUser({ email: 'alice@example.com', user_id: 'a1', name: 'Alice' }, index, false),
    ).toEqual({
      kind: 'present',
    })
    const missing = checkUser({ email: 'zed@example.com' }, index, false)
    expect(missing.kind).toBe('missing')
    expect(missing.kind === 'missing' && missing.errors[0]?.code).toBe('NOT_FOUND_AFTER_IMPORT')
    const different = checkUser(
      { email: 'alice@example.com', name: 'Alicia', username: 'al' },
      index,
      false,
    )
    expect(different).toMatchObject({
      kind: 'different',
      errors: [
        { code: 'DIFFERS_AFTER_IMPORT', path: 'name' },
        { code: 'DIFFERS_AFTER_IMPORT', path: 'username' },
      ],
    })
    expect(JSON.stringify(different)).not.toContain('Alicia')
    // An updated user keeps its own username: only upsertable attributes are Auth0's to change.
    expect(checkUser({ email: 'alice@example.com', username: 'al' }, index, true).kind).toBe(
      'present',
    )
  })
})

describe('planPass', () => {
  it('writes plan_file and, for skip_existing, chunks of the kept users byte for byte with their file indexes', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'plan-'))
    const file = join(folder, 'users.json')
    const text =
      '[ {"email":"alice@example.com"} ,\n{"email": "new@example.com" }, {"email":"bob@example.com","name":"B"}]'
    await writeFile(file, text)
    const validated = await planUsersFile(file, { chunkSize: 1000 })
    const pass = await planPass(file, 3, tenant([alice, bob]), {
      upsert: true,
      skipExisting: true,
      planFile: join(folder, 'plan.json'),
      upload: { validated, budget: 1000 },
      source: { kind: 'lookups', requests: 4 },
    })
    expect(pass.report.counts).toEqual({
      insert: 1,
      update: 1,
      unchanged: 1,
      duplicate: 0,
      conflict: 0,
      skipped: 1,
    })
    expect(pass.report.first.skipped).toEqual([0])
    expect(JSON.parse(await readFile(join(folder, 'plan.json'), 'utf8'))).toEqual([
      { index: 0, action: 'unchanged' },
      { index: 1, action: 'insert' },
      { index: 2, action: 'update', changes: ['name'] },
    ])
    const [chunk, ...more] = pass.kept?.chunks ?? []
    expect(more).toEqual([])
    expect(chunk && (await readValidatedChunk(validated, chunk)).toString()).toBe(
      '[{"email": "new@example.com" }, {"email":"bob@example.com","name":"B"}]',
    )
    expect(chunk).toMatchObject({ firstUser: 0, userCount: 2 })
    expect([...(pass.kept?.originalIndex ?? [])]).toEqual([1, 2])
  })
})

describe('look-ups or export', () => {
  it('look-ups only for small files matched by email alone', () => {
    expect(lookupEmails([{ email: 'A@x.io' }, { email: 'b@x.io' }])).toEqual([
      'A@x.io',
      'a@x.io',
      'b@x.io',
    ])
    expect(lookupEmails([{ email: 'a@x.io', username: 'a' }])).toBeUndefined()
    expect(
      lookupEmails(Array.from({ length: 101 }, (_, i) => ({ email: `${i}@x.io` }))),
    ).toBeUndefined()
  })
})
