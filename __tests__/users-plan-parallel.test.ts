/**
 * The validation pass on two threads (src/users/plan-parallel.ts) makes the plan the one-thread
 * pass makes, user for user, or gives the file back to the one-thread pass. The worker side runs
 * from the built dist/index.js (`npm test` builds first); this side runs from the sources.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PlanBuilder } from '../src/users/plan-builder.js'
import { planUsersFileHere } from '../src/users/plan-here.js'
import { planInParallel } from '../src/users/plan-parallel.js'
import type { PlanOptions, UsersFilePlan } from '../src/users/plan-types.js'
import { UserLines } from '../src/users/user-lines.js'
import { takeValidateWorker, warmValidateWorker } from '../src/users/validate-thread.js'

const ENTRY = new URL('../dist/index.js', import.meta.url)
const dir = mkdtempSync(join(tmpdir(), 'plan-parallel-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let fileNo = 0

function file(content: string): string {
  const path = join(dir, `users-${fileNo++}.json`)
  writeFileSync(path, content)
  return path
}

/** One user a line, ~300 bytes each: 10,000 users are ~3 MB, six blocks of the pass. */
function userLines(count: number, edit: (k: number, line: string) => string = (_, l) => l) {
  return Array.from({ length: count }, (_, k) =>
    edit(
      k,
      JSON.stringify({
        email: `user.${k}@example.com`,
        user_id: `u${k}`,
        username: `user_${k}`,
        name: `Zoë ${k}`,
        user_metadata: { note: 'x'.repeat(150 + (k % 40)) },
      }),
    ),
  )
}

const arrayOf = (lines: string[], eol = '\n') => `[${eol}${lines.join(`,${eol}`)}${eol}]${eol}`

/** Users that fail, here and there: a bad email, a bad hash, and duplicates of all three keys. */
function faulty(k: number, line: string): string {
  if (k % 997 === 5) return line.replace(`user.${k}@`, `user.${k}-at-`)
  if (k % 1499 === 7) return line.replace('"name":', '"password_hash":"nope","name":')
  if (k === 8_000) return line.replace('user.8000@', 'USER.12@')
  if (k === 9_002) return line.replace('"u9002"', '"u3"')
  if (k === 9_500) return line.replace('"user_9500"', '"user_2"')
  return line
}

async function bothWays(path: string, options: PlanOptions) {
  const one = await planUsersFileHere(path, options)
  const two = await planUsersFileHere(path, options, { parallelEntry: ENTRY })
  return { one, two }
}

async function parallelOutcome(path: string, options: PlanOptions) {
  const builder = new PlanBuilder(path, {
    chunkSize: options.chunkSize,
    maxInvalid: options.maxInvalid ?? 10_000,
    maxInvalidBytes: 32 << 20,
    hashChunks: true,
    fileBytes: statSync(path).size,
  })
  try {
    const budget = { users: options.maxInvalid ?? 10_000, bytes: 32 << 20 }
    return await planInParallel({ path, builder, budget, entry: ENTRY, fileSha256: true })
  } finally {
    builder.duplicates.discard()
  }
}

function summary(plan: UsersFilePlan) {
  return {
    totalUsers: plan.totalUsers,
    chunks: plan.chunks.length,
    invalidCount: plan.invalidCount,
    firstInvalid: plan.invalid.slice(0, 3).map((u) => [u.index, u.errors.map((e) => e.code)]),
  }
}

describe('the two-thread validation pass', () => {
  it('runs on both threads and makes the one-thread plan: chunks, hashes, invalid users, duplicates', async () => {
    const path = file(arrayOf(userLines(10_000, faulty)))
    const outcome = await parallelOutcome(path, { chunkSize: 100_000 })
    expect(outcome?.blocks).toBeGreaterThan(4)
    expect(outcome?.workerBlocks).toBeGreaterThan(0)
    expect(outcome?.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'))

    const { one, two } = await bothWays(path, { chunkSize: 100_000 })
    expect(two).toEqual(one)
    expect(summary(two).invalidCount).toBe(11 + 7 + 3)
    const codes = new Map(two.invalid.map((u) => [u.index, u.errors.map((e) => e.code)]))
    expect(codes.get(8_000)).toEqual(['DUPLICATED_USER'])
    expect(codes.get(9_002)).toEqual(['DUPLICATED_USER'])
    expect(codes.get(9_500)).toEqual(['DUPLICATED_USER'])
    expect(two.invalid.find((u) => u.index === 1_002)?.line).toBe(1_004)
  }, 60_000)

  it('keeps the same first invalid users under tight limits, counted and indexed alike', async () => {
    const lines = userLines(10_000, (k, line) =>
      k % 3 === 0 ? line.replace(`user.${k}@`, `bad-${k}-`) : line,
    )
    const path = file(arrayOf(lines))
    for (const options of [
      { chunkSize: 200_000, maxInvalid: 5 },
      { chunkSize: 200_000, maxInvalidBytes: 10_000 },
      { chunkSize: 200_000, maxInvalid: 2_000 },
    ]) {
      // The two threads did plan it: the same plan from the one-thread fallback would prove nothing.
      expect((await parallelOutcome(path, options))?.workerBlocks).toBeGreaterThan(0)
      const { one, two } = await bothWays(path, options)
      expect(two).toEqual(one)
    }
  }, 60_000)

  it('reads CRLF line ends and a BOM as the one-thread pass does', async () => {
    const path = file(`\ufeff${arrayOf(userLines(6_000, faulty), '\r\n')}`)
    expect(await parallelOutcome(path, { chunkSize: 500_000 })).toBeDefined()
    const { one, two } = await bothWays(path, { chunkSize: 500_000 })
    expect(two).toEqual(one)
  }, 60_000)

  it('gives the file back to the one-thread pass when it is not one user a line', async () => {
    const users = userLines(4_000).map((line) => JSON.parse(line))
    const layouts = {
      pretty: JSON.stringify(users, null, 2),
      oneLine: JSON.stringify(users),
      bracketOnFirstUser: `[${userLines(4_000).join(',\n')}\n]`,
      twoUsersOnALine: arrayOf(userLines(4_000, (k, l) => (k === 3_000 ? `${l}, ${l}` : l))),
    }
    for (const [name, content] of Object.entries(layouts)) {
      const path = file(content)
      expect(await parallelOutcome(path, { chunkSize: 500_000 }), name).toBeUndefined()
      const { one, two } = await bothWays(path, { chunkSize: 500_000 })
      expect(two, name).toEqual(one)
    }
  }, 60_000)

  it('a fault late in the file gets the message the one-thread pass gives', async () => {
    const faults = {
      syntax: (k: number, l: string) => (k === 7_000 ? l.replace('"name":', '"name" ') : l),
      trailingComma: undefined,
      tooBig: (k: number, l: string) => (k === 6_500 ? l.replace('xxxx', 'x'.repeat(5_000)) : l),
    }
    for (const [name, edit] of Object.entries(faults)) {
      const content = edit
        ? arrayOf(userLines(8_000, edit))
        : `[\n${userLines(8_000).join(',\n')},\n]\n`
      const path = file(content)
      const one = await planUsersFileHere(path, { chunkSize: 4_000 }).catch((e: Error) => e)
      const two = await planUsersFileHere(
        path,
        { chunkSize: 4_000 },
        { parallelEntry: ENTRY },
      ).catch((e: Error) => e)
      expect(one, name).toBeInstanceOf(Error)
      expect(two, name).toEqual(one)
      expect((two as Error).message, name).toMatch(/line \d+/)
    }
  }, 60_000)

  it('a worker that cannot start leaves the file to the one-thread pass', async () => {
    const path = file(arrayOf(userLines(3_000, faulty)))
    const one = await planUsersFileHere(path, { chunkSize: 100_000 })
    const broken = new URL('./no-such-entry.js', ENTRY)
    const two = await planUsersFileHere(path, { chunkSize: 100_000 }, { parallelEntry: broken })
    expect(two).toEqual(one)
  }, 60_000)

  it('skips the file hash when no resume record needs it, and chunk hashes when nothing is uploaded', async () => {
    const path = file(arrayOf(userLines(3_000)))
    const { one, two } = await bothWays(path, { chunkSize: 100_000, fileSha256: false })
    expect(one.sha256).toBe('')
    expect(two).toEqual(one)
    expect(two.chunks.every((chunk) => /^[0-9a-f]{64}$/.test(chunk.sha256))).toBe(true)
    // A dry run uploads nothing: no chunk hashes either, and the plan is otherwise the same.
    const bare = await bothWays(path, { chunkSize: 100_000, fileSha256: false, chunkSha256: false })
    expect(bare.two).toEqual(bare.one)
    expect(bare.two.chunks.map((chunk) => chunk.sha256)).toEqual(two.chunks.map(() => ''))
    expect(bare.two.chunks.map(({ sha256: _, ...chunk }) => chunk)).toEqual(
      two.chunks.map(({ sha256: _, ...chunk }) => chunk),
    )
  }, 60_000)
})

describe('UserLines', () => {
  const scan = (text: string) => {
    const lines = new UserLines()
    const users = lines.scan(Buffer.from(text), 0, 0)
    return users && { spans: [...users.spans], complete: lines.complete }
  }

  it('finds each user line with its offsets and line number', () => {
    expect(scan('[\n{"a":1},\n  {"b":2}  \n]\n')).toEqual({
      spans: [2, 9, 2, 13, 20, 3],
      complete: true,
    })
  })

  it('refuses every other layout', () => {
    for (const text of [
      '[{"a":1}]\n',
      '[\n{"a":1}]\n',
      '[\n{"a":1},\n]\n',
      '[\n{"a":1}\n{"b":2}\n]\n',
      '[\n"a",\n]\n',
      '[\n]\n',
      '[\n{"a":1}\n]\nx\n',
    ]) {
      const result = scan(text)
      expect(result === undefined || !result.complete, text).toBe(true)
    }
  })
})

describe('the worker started ahead', () => {
  it('starts only for an import of a file the two-thread pass takes', async () => {
    const big = file(arrayOf(userLines(30_000)))
    const small = file(arrayOf(userLines(100)))
    // Inputs as core.getInput reads them: INPUT_* variables, trimmed.
    const inputs = (values: Record<string, string>) => (name: string) =>
      (values[`INPUT_${name.toUpperCase()}`] ?? '').trim()
    const env = { GITHUB_WORKSPACE: dir }
    const warm = (operation: string, path: string) =>
      warmValidateWorker(
        inputs({ INPUT_OPERATION: operation, INPUT_FILE: `  ${path.slice(dir.length + 1)}  ` }),
        env,
        ENTRY,
      )
    expect(statSync(big).size).toBeGreaterThan(8 << 20)
    expect(warm('import-users', big)).toBe(true)
    const warmed = takeValidateWorker(ENTRY)
    const fresh = takeValidateWorker(ENTRY)
    expect(fresh).not.toBe(warmed)
    await Promise.all([warmed.stop(), fresh.stop()])
    expect(warm('import-users', small)).toBe(false)
    expect(warm('export-users', big)).toBe(false)
    expect(warm('import-users', `${big}.missing`)).toBe(false)
    expect(warmValidateWorker(inputs({ INPUT_OPERATION: 'import-users' }), env, ENTRY)).toBe(false)
  }, 60_000)
})
