/**
 * The chunk plan keeps both import slots busy to the end: an even number of chunks of about the
 * same size, never above chunk_size, the same for the same file every time (a resumed run checks
 * the chunks against its progress record). src/users/chunk-targets.ts gives the reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { type ChunkPlan, planUsersFile, readChunk, usersOfChunk } from '../src/users/plan.js'
import { balancedSplit, fileOf, userOffsets } from './chunks-fixture.js'

const dir = mkdtempSync(join(tmpdir(), 'users-chunk-balance-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let fileNo = 0

/** `count` users of exactly `size` bytes each (as JSON), one a line. */
function sameSizeUsers(count: number, size: number): Record<string, string>[] {
  return Array.from({ length: count }, (_, k) => {
    const email = `u${String(k).padStart(6, '0')}@example.com`
    const skeleton = JSON.stringify({ email, name: '' })
    return { email, name: 'x'.repeat(size - skeleton.length) }
  })
}

function write(content: string): string {
  const path = join(dir, `users-${fileNo++}.json`)
  writeFileSync(path, content)
  return path
}

/** The chunks a greedy split (each filled up to the budget) makes of `fileOf(users)`. */
function greedyCount(users: unknown[], budget: number): number {
  let count = 0
  let bytes = Number.POSITIVE_INFINITY
  for (const user of users) {
    const size = Buffer.byteLength(JSON.stringify(user))
    if (bytes + 2 + size > budget) {
      count++
      bytes = size + 2
    } else bytes += 2 + size
  }
  return count
}

const shape = (chunks: ChunkPlan[]) => chunks.map((c) => [c.firstUser, c.userCount])

describe('balanced chunk plan', () => {
  it('a file a greedy split cuts into 3 chunks gets 4 of about equal size', async () => {
    // 300 users of 100 bytes: 30.6 kB; greedy at 12,000 bytes: 117 + 117 + 66 users.
    const users = sameSizeUsers(300, 100)
    expect(greedyCount(users, 12_000)).toBe(3)
    const plan = await planUsersFile(write(fileOf(users)), { chunkSize: 12_000 })
    expect(shape(plan.chunks)).toEqual([
      [0, 75],
      [75, 75],
      [150, 75],
      [225, 75],
    ])
    for (const chunk of plan.chunks) expect(chunk.bytes).toBeLessThanOrEqual(12_000)
  })

  it('an odd greedy count of many chunks becomes the next even count (65 → 66)', async () => {
    // Like the 100,000-user migration: 65 greedy chunks (99 users each), the last one alone.
    const users = sameSizeUsers(6_435, 100)
    expect(greedyCount(users, 10_100)).toBe(65)
    const plan = await planUsersFile(write(fileOf(users)), { chunkSize: 10_100 })
    expect(plan.chunks).toHaveLength(66)
    const counts = plan.chunks.map((c) => c.userCount)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6_435)
  })

  it('an even count keeps its number, but the chunks are equal instead of full, full, short', async () => {
    // 150 users of 100 bytes: greedy at 10,000 bytes gives 98 + 52 users.
    const users = sameSizeUsers(150, 100)
    expect(greedyCount(users, 10_000)).toBe(2)
    const plan = await planUsersFile(write(fileOf(users)), { chunkSize: 10_000 })
    expect(shape(plan.chunks)).toEqual([
      [0, 75],
      [75, 75],
    ])
  })

  it('a file that fits in one chunk stays one chunk', async () => {
    const users = sameSizeUsers(90, 100)
    const content = fileOf(users)
    const plan = await planUsersFile(write(content), { chunkSize: Buffer.byteLength(content) })
    expect(shape(plan.chunks)).toEqual([[0, 90]])
  })

  it('a user too big for the room left ends its chunk early; the count stays even and every chunk within chunk_size', async () => {
    // Shares of ~6.6 kB against a 10,000-byte budget, with a 9,000-byte user in the middle.
    const users: Record<string, string>[] = sameSizeUsers(200, 100)
    users[101] = sameSizeUsers(1, 9_000)[0] as Record<string, string>
    users[101].email = 'big@example.com'
    const path = write(fileOf(users))
    const plan = await planUsersFile(path, { chunkSize: 10_000 })
    expect(plan.chunks.length % 2).toBe(0)
    const back: unknown[] = []
    for (const chunk of plan.chunks) {
      expect(chunk.bytes).toBeLessThanOrEqual(10_000)
      back.push(...usersOfChunk(await readChunk(path, chunk)))
    }
    expect(back).toEqual(users)
  })

  it('the same file gets the same chunks every time, whatever the read size', async () => {
    const users = sameSizeUsers(2_000, 150)
    const path = write(fileOf(users))
    const first = await planUsersFile(path, { chunkSize: 40_000 })
    expect(first.chunks.length).toBeGreaterThan(2)
    for (const highWaterMark of [undefined, 4096, 333]) {
      expect((await planUsersFile(path, { chunkSize: 40_000, highWaterMark })).chunks).toEqual(
        first.chunks,
      )
    }
  })

  it('any users, any budget: in order, within the budget, as the rule says; an even count past one when users are small beside the budget', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 30, max: 2_000 }), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 2_002, max: 20_000 }),
        async (sizes, budget) => {
          const users = sizes.map((size, k) => {
            const user = sameSizeUsers(1, Math.max(size, 60))[0] as Record<string, string>
            user.email = `p${k}@example.com`
            return user
          })
          const content = fileOf(users)
          const path = write(content)
          const plan = await planUsersFile(path, { chunkSize: budget })
          if (Buffer.byteLength(content) <= budget) expect(plan.chunks).toHaveLength(1)
          else if (Math.max(...sizes) <= budget / 4) expect(plan.chunks.length % 2).toBe(0)
          let next = 0
          for (const chunk of plan.chunks) {
            expect(chunk.firstUser).toBe(next)
            expect(chunk.bytes).toBeLessThanOrEqual(budget)
            next += chunk.userCount
          }
          expect(next).toBe(users.length)
          expect(shape(plan.chunks)).toEqual(
            balancedSplit(userOffsets(users), Buffer.byteLength(content), budget).map((c) => [
              c.firstUser,
              c.userCount,
            ]),
          )
        },
      ),
      { seed: 20261201, numRuns: 60 },
    )
  })
})
