/**
 * The validation pass loads the generated validator only for the first user that needs it
 * (src/users/verdict-now.ts); until then the users of the chunk wait in line
 * (src/users/verdicts-in-line.ts). The plan must be the one made with the validator loaded from
 * the start: the same invalid users, in file order, with the same errors, lines and redacted
 * values, wherever the first invalid user falls. Each case starts from fresh modules, so the
 * validator is not loaded yet.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { PlanOptions, UsersFilePlan } from '../src/users/plan-types.js'

const dir = mkdtempSync(join(tmpdir(), 'verdict-later-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let fileNo = 0

function usersFile(count: number, invalidAt: ReadonlySet<number>): string {
  const lines = Array.from({ length: count }, (_, k) =>
    JSON.stringify(
      invalidAt.has(k)
        ? { email: `user.${k}-at-example.com`, password_hash: `secret-${k}`, name: `U ${k}` }
        : { email: `user.${k}@example.com`, user_id: `u${k}`, name: `U ${k}` },
    ),
  )
  const path = join(dir, `users-${fileNo++}.json`)
  // Pretty-printed, so the pass scans it byte by byte (the one-user-a-line pass is another test).
  writeFileSync(path, `[\n  ${lines.join(',\n  ')}\n]\n`)
  return path
}

/** The plan's invalid users as a user reads them in the report. */
const invalidOf = (plan: UsersFilePlan) =>
  plan.invalid.map(({ index, line, user, errors }) => ({ index, line, user, errors }))

/** The pass and the validator's loader, from modules loaded anew: the validator not loaded yet. */
async function freshModules() {
  vi.resetModules()
  const { planUsersFileHere } = await import('../src/users/plan-here.js')
  const { loadFullValidation, verdictNow } = await import('../src/users/verdict-now.js')
  return { planUsersFileHere, loadFullValidation, verdictNow }
}

/** A user only the generated validator can judge. */
const UNSURE = { email: 'a@example.com', role: 'admin' }

describe('the generated validator, loaded by the first user that needs it', () => {
  it('is not loaded by a file of plainly valid users', async () => {
    const { planUsersFileHere, verdictNow } = await freshModules()
    const plan = await planUsersFileHere(usersFile(500, new Set()), { chunkSize: 20_000 })
    expect(plan.totalUsers).toBe(500)
    expect(plan.invalidCount).toBe(0)
    expect(verdictNow(UNSURE)).toBeUndefined()
  })

  const cases: [string, number[], PlanOptions][] = [
    ['the first user of the file', [0, 1, 7], { chunkSize: 20_000, highWaterMark: 4096 }],
    [
      'mid-read, with valid and invalid users after it',
      [150, 151, 160, 400],
      { chunkSize: 20_000, highWaterMark: 4096 },
    ],
    ['the last user of the file', [499], { chunkSize: 20_000 }],
    [
      'past the kept invalid users',
      [3, 90, 91, 92, 300],
      { chunkSize: 20_000, highWaterMark: 1024, maxInvalid: 2 },
    ],
  ]
  for (const [where, invalidAt, options] of cases) {
    it(`gives the plan made with it loaded ahead when the first invalid user is ${where}`, async () => {
      const path = usersFile(500, new Set(invalidAt))
      const later = await (await freshModules()).planUsersFileHere(path, options)
      const fresh = await freshModules()
      await fresh.loadFullValidation()
      const ahead = await fresh.planUsersFileHere(path, options)
      expect(later.invalidCount).toBe(invalidAt.length)
      expect(invalidOf(later)).toEqual(invalidOf(ahead))
      expect(later.invalid.map((user) => user.index)).toEqual(
        invalidAt.slice(0, options.maxInvalid ?? invalidAt.length),
      )
      expect(later.invalid[0]?.errors.map((error) => error.code)).toEqual(['FORMAT', 'PATTERN'])
      expect(JSON.stringify(later.invalid)).not.toContain('secret-')
      expect(later.chunks).toEqual(ahead.chunks)
      expect(later.invalidIndexes).toEqual(ahead.invalidIndexes)
    })
  }
})
