import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError } from '../src/runtime/errors.js'
import {
  indexErrorEntries,
  planUsersFile,
  readChunk,
  type UsersFilePlan,
  usersOfChunk,
} from '../src/users/plan.js'
import { REDACTED } from '../src/users/redact.js'
import { balancedSplit } from './chunks-fixture.js'

const dir = mkdtempSync(join(tmpdir(), 'users-plan-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let fileNo = 0

function file(content: string | Buffer): string {
  const path = join(dir, `users-${fileNo++}.json`)
  writeFileSync(path, content)
  return path
}

function makeUsers(count: number): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, k) => ({
    email: `user${k}@example.com`,
    user_id: `id${k}`,
    name: `User ${k} ${'x'.repeat(k % 50)}`,
    user_metadata: { tags: ['[', ']', '"quoted"'], k },
  }))
}

async function allUsers(path: string, plan: UsersFilePlan): Promise<unknown[]> {
  const out: unknown[] = []
  for (const chunk of plan.chunks) {
    const body = await readChunk(path, chunk)
    expect(body.length).toBe(chunk.bytes)
    expect(body.length).toBeLessThanOrEqual(2000)
    const users = usersOfChunk(body)
    expect(users).toHaveLength(chunk.userCount)
    out.push(...users)
  }
  return out
}

describe('planUsersFile', () => {
  it('splits into chunks that are valid JSON arrays, within chunk_size, covering every user in order', async () => {
    const users = makeUsers(200)
    const content = `\ufeff[\r\n${users.map((u, k) => (k % 2 ? JSON.stringify(u, null, 2) : JSON.stringify(u))).join(',\r\n')}\r\n]\r\n`
    const path = file(content)
    const plan = await planUsersFile(path, { chunkSize: 2000, highWaterMark: 333 })
    expect(plan.totalUsers).toBe(200)
    expect(plan.invalid).toEqual([])
    expect(plan.invalidCount).toBe(0)
    expect(plan.bytes).toBe(Buffer.byteLength(content))
    expect(plan.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'))
    expect(plan.chunks.length).toBeGreaterThan(10)
    expect(await allUsers(path, plan)).toEqual(users)
    // Consecutive, numbered, and cut where the balanced rule cuts (an even count, about equal).
    let next = 0
    plan.chunks.forEach((chunk, k) => {
      expect(chunk.index).toBe(k)
      expect(chunk.firstUser).toBe(next)
      expect(chunk.bytes).toBe(chunk.end - chunk.start + 2)
      next += chunk.userCount
    })
    const texts = users.map((u, k) => (k % 2 ? JSON.stringify(u, null, 2) : JSON.stringify(u)))
    const offsets: { start: number; end: number }[] = []
    let at = Buffer.byteLength('\ufeff[\r\n')
    for (const text of texts) {
      offsets.push({ start: at, end: at + Buffer.byteLength(text) })
      at += Buffer.byteLength(text) + 3
    }
    expect(plan.chunks.map(({ firstUser, userCount }) => ({ firstUser, userCount }))).toEqual(
      balancedSplit(offsets, Buffer.byteLength(content), 2000),
    )
    expect(plan.chunks.length % 2).toBe(0)
    expect(next).toBe(200)
  })

  it("each chunk's SHA-256 is that of its upload body, with the default read size and reads split inside users", async () => {
    const users = makeUsers(3_000)
    const path = file(`[\n${users.map((u) => JSON.stringify(u)).join(',\n')}\n]\n`)
    for (const highWaterMark of [undefined, 4096, 97]) {
      const plan = await planUsersFile(path, { chunkSize: 50_000, highWaterMark })
      expect(plan.chunks.length).toBeGreaterThan(3)
      for (const chunk of plan.chunks) {
        const body = await readChunk(path, chunk)
        expect(chunk.sha256).toBe(createHash('sha256').update(body).digest('hex'))
      }
    }
  })

  it('the bytes between users are kept exactly', async () => {
    const content = '[ {"email":"a@example.com"} ,\n\t{"email":"b@example.com"}  ]'
    const path = file(content)
    const plan = await planUsersFile(path, { chunkSize: 500_000 })
    expect(plan.chunks).toEqual([
      {
        index: 0,
        firstUser: 0,
        userCount: 2,
        start: 2,
        end: 56,
        bytes: 56,
        sha256: createHash('sha256')
          .update('[{"email":"a@example.com"} ,\n\t{"email":"b@example.com"}]')
          .digest('hex'),
      },
    ])
    expect((await readChunk(path, plan.chunks[0] as never)).toString()).toBe(
      '[{"email":"a@example.com"} ,\n\t{"email":"b@example.com"}]',
    )
  })

  it('a chunk exactly at chunk_size', async () => {
    const user = '{"email":"a@example.com"}'
    const path = file(`[${user},${user.replace('a@', 'b@')}]`)
    const exact = user.length * 2 + 1 + 2
    expect((await planUsersFile(path, { chunkSize: exact })).chunks).toHaveLength(1)
    expect((await planUsersFile(path, { chunkSize: exact - 1 })).chunks).toHaveLength(2)
  })

  it('an empty array plans nothing', async () => {
    const plan = await planUsersFile(file('[]'), { chunkSize: 1000 })
    expect(plan.totalUsers).toBe(0)
    expect(plan.chunks).toEqual([])
  })

  it('a user too large for chunk_size is an error naming it', async () => {
    const path = file(
      `[\n{"email":"a@example.com"},\n{"email":"b@example.com","name":"${'x'.repeat(300)}"}\n]`,
    )
    const error = await planUsersFile(path, { chunkSize: 200 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('chunk_size')
    expect((error as InputError).message).toMatch(
      /line 3: the user at index 1 is 335 bytes, too big for chunk_size 200 .*Raise chunk_size to at least 337/,
    )
  })

  it('a user too large for any Auth0 import is a file error', async () => {
    const path = file(`[{"email":"a@example.com","name":"${'x'.repeat(520_000)}"}]`)
    const error = await planUsersFile(path, { chunkSize: 500_000 }).catch((e: unknown) => e)
    expect((error as InputError).input).toBe('file')
    expect((error as InputError).message).toMatch(
      /the user at index 0 is \d+ bytes; Auth0 accepts at most 512000/,
    )
  })

  it('file errors come from the scanner', async () => {
    await expect(planUsersFile(file(''), { chunkSize: 1000 })).rejects.toThrow(/the file is empty/)
    await expect(
      planUsersFile(file('{"email":"a@example.com"}\n{"email":"b@example.com"}'), {
        chunkSize: 1000,
      }),
    ).rejects.toThrow(/NDJSON/)
    await expect(planUsersFile(join(dir, 'missing.json'), { chunkSize: 1000 })).rejects.toThrow(
      /does not exist/,
    )
  })

  it('lists invalid users with index, line, redacted user and errors', async () => {
    const content = [
      '[',
      '  {"email": "ok@example.com"},',
      '  {"email": "bad", "password_hash": "SECRET-HASH"},',
      '  {"email": "ok2@example.com", "mfa_factors": [{"totp": {"secret": "lower-SECRET"}}]}',
      ']',
    ].join('\n')
    const plan = await planUsersFile(file(content), { chunkSize: 1000 })
    expect(plan.invalidCount).toBe(2)
    expect(
      plan.invalid.map((u) => [u.index, u.line, u.errors.map((e) => `${e.code} ${e.path}`)]),
    ).toEqual([
      [1, 3, ['FORMAT email', 'PATTERN password_hash']],
      [2, 4, ['PATTERN mfa_factors[0].totp.secret']],
    ])
    expect(JSON.stringify(plan.invalid)).not.toContain('SECRET')
    expect(plan.invalid[0]?.user).toEqual({ email: 'bad', password_hash: REDACTED })
  })

  it('caps the invalid list but counts them all', async () => {
    const users = Array.from({ length: 50 }, (_, k) => ({ email: `bad${k}` }))
    const plan = await planUsersFile(file(JSON.stringify(users)), {
      chunkSize: 10_000,
      maxInvalid: 10,
    })
    expect(plan.invalid).toHaveLength(10)
    expect(plan.invalidCount).toBe(50)
    // Every invalid user's index is kept (failed_users_file lists them all).
    expect(plan.invalidIndexes).toEqual(users.map((_, k) => k))
  })

  it('finds users listed twice: email (any case), user_id, username — on the later one', async () => {
    const users = [
      { email: 'Ada@Example.com', user_id: '1', username: 'ada' },
      { email: 'grace@example.com', user_id: '2' },
      { email: 'ada@example.COM', user_id: '3' },
      { email: 'alan@example.com', user_id: '2', username: 'ada' },
      { email: 'edsger@example.com', username: 'Ada' },
      { email: 'ADA@example.com' },
    ]
    const plan = await planUsersFile(file(JSON.stringify(users, null, 1)), {
      chunkSize: 10_000,
      highWaterMark: 7,
    })
    expect(plan.invalid.map((u) => [u.index, u.errors.map((e) => [e.code, e.path])])).toEqual([
      [2, [['DUPLICATED_USER', 'email']]],
      [
        3,
        [
          ['DUPLICATED_USER', 'user_id'],
          ['DUPLICATED_USER', 'username'],
        ],
      ],
      [5, [['DUPLICATED_USER', 'email']]],
    ])
    expect(plan.invalid[0]?.errors[0]?.message).toBe(
      'A user with this email was already provided. (Same email as the user at index 0.)',
    )
    expect(plan.invalid[1]?.errors[0]?.message).toContain('index 1')
  })

  it('checks duplicates exactly across many users', async () => {
    const users = makeUsers(3000)
    users.push({ email: 'USER2999@example.com' }, { email: 'new@example.com', user_id: 'id0' })
    const plan = await planUsersFile(file(JSON.stringify(users)), { chunkSize: 500_000 })
    expect(plan.invalid.map((u) => [u.index, u.errors[0]?.message])).toEqual([
      [
        3000,
        'A user with this email was already provided. (Same email as the user at index 2999.)',
      ],
      [
        3001,
        'A user with this user_id was already provided. (Same user_id as the user at index 0.)',
      ],
    ])
  })

  it('rejects a nonsensical chunk size', async () => {
    await expect(planUsersFile(file('[]'), { chunkSize: 0 })).rejects.toThrow(/chunk_size/)
  })
})

describe('readChunk / usersOfChunk', () => {
  it('notices a file that shrank after planning', async () => {
    const path = file('[{"email":"a@example.com"},{"email":"b@example.com"}]')
    const plan = await planUsersFile(path, { chunkSize: 1000 })
    writeFileSync(path, '[]')
    await expect(readChunk(path, plan.chunks[0] as never)).rejects.toThrow(
      /changed while it was being imported/,
    )
  })

  it('usersOfChunk refuses something that is not an array', () => {
    expect(() => usersOfChunk(Buffer.from('{}'))).toThrow(/JSON array/)
  })
})

describe('indexErrorEntries', () => {
  const chunk = { index: 3, firstUser: 100, userCount: 5, start: 0, end: 0, bytes: 0, sha256: '' }
  const users = [
    { email: 'a@example.com', user_id: 'a1', password_hash: 'HASH' },
    { email: 'b@example.com', username: 'bee' },
    { email: 'dup@example.com', name: 'first' },
    { email: 'dup@example.com', name: 'second' },
    { email: 'c@example.com', user_id: 'c1' },
  ]

  it('maps entries back to file indexes by email, user_id and username', () => {
    const entries = [
      {
        user: { email: 'B@example.com', username: 'bee' },
        errors: [{ code: 'CONFLICT_USERNAME', message: 'x' }],
      },
      {
        user: { email: 'a@example.com', user_id: 'auth0|a1', password_hash: '*****' },
        errors: [{ code: 'X', message: 'y' }],
      },
      { user: { user_id: 'c1' }, errors: [] },
      { user: { email: 'nobody@example.com' }, errors: [] },
      { user: {}, errors: [] },
    ]
    const indexed = indexErrorEntries(chunk, users, entries)
    expect(indexed.map((e) => e.index)).toEqual([101, 100, 104, undefined, undefined])
    expect(indexed[1]?.user).toEqual({
      email: 'a@example.com',
      user_id: 'auth0|a1',
      password_hash: REDACTED,
    })
    expect(indexed[0]?.errors).toEqual([{ code: 'CONFLICT_USERNAME', message: 'x' }])
  })

  it('tells duplicates apart: by content, then once each, DUPLICATED_USER on the later one', () => {
    const byContent = indexErrorEntries(chunk, users, [
      {
        user: { email: 'dup@example.com', name: 'first' },
        errors: [{ code: 'CONFLICT', message: '' }],
      },
    ])
    expect(byContent[0]?.index).toBe(102)
    const duplicated = indexErrorEntries(chunk, users, [
      {
        user: { email: 'dup@example.com' },
        errors: [
          { code: 'DUPLICATED_USER', message: 'A user with this email was already provided.' },
        ],
      },
    ])
    expect(duplicated[0]?.index).toBe(103)
    const twice = indexErrorEntries(chunk, users, [
      { user: { email: 'dup@example.com' }, errors: [{ code: 'CONFLICT', message: '' }] },
      { user: { email: 'dup@example.com' }, errors: [{ code: 'CONFLICT', message: '' }] },
    ])
    expect(twice.map((e) => e.index)).toEqual([102, 103])
  })

  it('works with the chunk read back from a planned file', async () => {
    const list = makeUsers(40)
    const path = file(JSON.stringify(list))
    const plan = await planUsersFile(path, { chunkSize: 1500 })
    const chunkPlan = plan.chunks[2]
    if (!chunkPlan) throw new Error('expected 3 chunks')
    const chunkUsers = usersOfChunk(await readChunk(path, chunkPlan))
    const target = list[chunkPlan.firstUser + 1] as { email: string }
    const [entry] = indexErrorEntries(chunkPlan, chunkUsers, [
      { user: { email: target.email }, errors: [] },
    ])
    expect(entry?.index).toBe(chunkPlan.firstUser + 1)
  })
})
