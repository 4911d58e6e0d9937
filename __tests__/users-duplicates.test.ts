import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DuplicateLog } from '../src/users/duplicates.js'
import { planUsersFile } from '../src/users/plan.js'

const dir = mkdtempSync(join(tmpdir(), 'users-dup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(users: unknown[]): string {
  const path = join(dir, `users-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(path, `[\n${users.map((u) => JSON.stringify(u)).join(',\n')}\n]\n`)
  return path
}

function spilledDirs(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('auth0-users-keys-'))
}

describe('duplicate users, found after the pass', () => {
  it('a fingerprint match is confirmed against the real values: a collision is no duplicate', async () => {
    const log = new DuplicateLog()
    const values = ['a@x.co', 'b@x.co', 'a@x.co', 'b@x.co']
    // The same fingerprint for every user: only the real values tell them apart.
    for (let index = 0; index < values.length; index++) {
      log.addRecords(Uint32Array.of(7, 9, index * 4 + 0))
    }
    const found = await log.resolve(async (indexes) => {
      expect(indexes).toEqual([0, 1, 2, 3])
      return new Map(indexes.map((k) => [k, { email: values[k] }]))
    })
    expect(found).toEqual([
      { index: 2, kind: 'email', earlier: 0 },
      { index: 3, kind: 'email', earlier: 1 },
    ])
  })

  it('gives the same plan whether the keys spill to disk or not, and removes the spill files', async () => {
    const users: Array<Record<string, unknown>> = Array.from({ length: 3000 }, (_, k) => ({
      email: `user${k}@example.com`,
      user_id: `id${k}`,
      ...(k % 7 === 0 ? { username: `name${k}` } : {}),
    }))
    users[1000] = { email: 'USER5@example.com' } // email of 5, another case
    users[2000] = { email: 'not-an-email', user_id: 'id7' } // invalid and a duplicate of 7
    users[2500] = { email: 'user2500@example.com', username: 'name14' }
    const path = file(users)
    const before = spilledDirs()
    const inMemory = await planUsersFile(path, { chunkSize: 5000 })
    const spilled = await planUsersFile(path, { chunkSize: 5000, duplicateMemoryKeys: 100 })
    expect(spilled).toEqual(inMemory)
    expect(spilledDirs()).toEqual(before)
    expect(inMemory.invalidIndexes).toEqual([1000, 2000, 2500])
    expect(inMemory.invalid.map((u) => [u.index, u.line, u.errors.map((e) => e.code)])).toEqual([
      [1000, 1002, ['DUPLICATED_USER']],
      [2000, 2002, ['FORMAT', 'DUPLICATED_USER']],
      [2500, 2502, ['DUPLICATED_USER']],
    ])
    expect(inMemory.invalid[1]?.errors[1]?.message).toContain('user at index 7')
    expect(inMemory.invalid[2]?.errors[0]?.message).toContain(
      'Same username as the user at index 14',
    )
  })

  it('finds the same duplicates as a plain comparison while the first keys are kept exact, after they are hashed, and across the two', async () => {
    // 3 keys a user: the first 4,096 keys are kept as they are, then all are hashed (duplicates.ts).
    const users: Array<Record<string, unknown>> = Array.from({ length: 3000 }, (_, k) => ({
      email: `user${k}@example.com`,
      user_id: `id${k}`,
      username: `name${k}`,
    }))
    const set = (index: number, key: string, value: string) => {
      users[index] = { ...users[index], [key]: value }
    }
    set(100, 'email', 'USER50@example.com') // both kept exact
    set(1366, 'email', 'user1364@example.com') // the keys are hashed from user 1,365's user_id on
    set(2000, 'user_id', 'id10') // an exact earlier user, a hashed later one
    set(2600, 'username', 'name2500') // both hashed
    set(2800, 'email', 'User50@Example.com') // a third user with user 50's email
    set(2900, 'username', 'name100') // user 100 is a duplicate itself, by email only
    const expected: Array<[number, string, number]> = []
    for (const kind of ['email', 'user_id', 'username']) {
      const first = new Map<string, number>()
      users.forEach((user, index) => {
        const raw = String(user[kind])
        const value = kind === 'email' ? raw.toLowerCase() : raw
        const earlier = first.get(value)
        if (earlier === undefined) first.set(value, index)
        else expected.push([index, kind, earlier])
      })
    }
    expected.sort((a, b) => a[0] - b[0])
    expect(expected).toHaveLength(6)

    const found = (plan: Awaited<ReturnType<typeof planUsersFile>>) =>
      plan.invalid.flatMap((user) =>
        user.errors.map((error): [number, string, number] => {
          expect(error.code).toBe('DUPLICATED_USER')
          return [user.index, String(error.path), Number(/index (\d+)/.exec(error.message)?.[1])]
        }),
      )
    const path = file(users)
    const exactThenHashed = await planUsersFile(path, { chunkSize: 500_000 })
    expect(found(exactThenHashed)).toEqual(expected)
    const hashedAndSpilled = await planUsersFile(path, {
      chunkSize: 500_000,
      duplicateMemoryKeys: 500,
    })
    expect(hashedAndSpilled).toEqual(exactThenHashed)
    const first = users.slice(0, 200)
    const allExact = await planUsersFile(file(first), { chunkSize: 500_000 })
    expect(found(allExact)).toEqual([[100, 'email', 50]])
  })

  it('reads values back from the file only for keys it hashed: the first 4,096 are compared as they are', async () => {
    const emails = (count: number) => Array.from({ length: count }, (_, k) => `u${k}@x.co`)
    const read: number[][] = []
    const readKeys = (values: string[]) => async (indexes: readonly number[]) => {
      read.push([...indexes])
      return new Map(indexes.map((k) => [k, { email: values[k] as string }]))
    }
    const small = emails(4096)
    small[4000] = 'u7@x.co'
    const smallLog = new DuplicateLog()
    small.forEach((email, index) => {
      smallLog.addKey(0, email, index)
    })
    expect(await smallLog.resolve(readKeys(small))).toEqual([
      { index: 4000, kind: 'email', earlier: 7 },
    ])
    expect(read).toEqual([])

    const big = emails(5000)
    big[4000] = 'u7@x.co' // found in the exact table
    big[4500] = 'u9@x.co' // found among the hashed keys, its earlier user hashed from the table
    const bigLog = new DuplicateLog()
    big.forEach((email, index) => {
      bigLog.addKey(0, email, index)
    })
    expect(await bigLog.resolve(readKeys(big))).toEqual([
      { index: 4000, kind: 'email', earlier: 7 },
      { index: 4500, kind: 'email', earlier: 9 },
    ])
    expect(read).toEqual([[9, 4500]])
  })

  it('a pass that fails after the keys spilled leaves no spill files behind', async () => {
    const users = Array.from({ length: 500 }, (_, k) => ({ email: `u${k}@example.com` }))
    const path = file(users)
    writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd().slice(0, -1)},\n{"email": x}\n]\n`)
    const before = spilledDirs()
    await expect(planUsersFile(path, { chunkSize: 5000, duplicateMemoryKeys: 50 })).rejects.toThrow(
      /the user at index 500 is not valid JSON/,
    )
    expect(spilledDirs()).toEqual(before)
  })

  it('keeps the first invalid users in file order, duplicates included, within the limit', async () => {
    const users = Array.from({ length: 50 }, (_, k) => ({
      email: k % 10 === 9 ? 'same@example.com' : k % 10 === 5 ? `bad${k}` : `u${k}@example.com`,
    }))
    const plan = await planUsersFile(file(users), { chunkSize: 400, maxInvalid: 4 })
    // Invalid: 5 (format), 15, 19 (duplicate of 9), 25, 29, ...
    expect(plan.invalid.map((u) => u.index)).toEqual([5, 15, 19, 25])
    expect(plan.invalidCount).toBe(9)
  })
})
