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
    for (let index = 0; index < values.length; index++) log.add(7, 9, index, 0)
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
