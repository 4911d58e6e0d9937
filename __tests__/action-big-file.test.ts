/**
 * A users file of 64 MiB and more is validated in a worker thread with a bounded heap
 * (src/users/plan-thread.ts), one of 8 MiB and more in one user a line on two threads
 * (src/users/plan-parallel.ts), and one of 4 MiB and more is hashed beside the pass
 * (src/users/file-hash.ts): all through the built dist/index.js, with the same plan, the same
 * invalid users and the same messages as the one-thread pass gives.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import { planUsersFile } from '../src/users/plan.js'
import { importInputs, runAction } from './run-action.js'

let emulator: Emulator
afterEach(async () => {
  await emulator?.close()
})

/** `count` users, one a line, about 260 bytes each; `edit` may replace some lines. */
function usersFile(count: number, edit: (k: number, line: string) => string = (_, l) => l): string {
  const lines: string[] = []
  for (let k = 0; k < count; k++) {
    const user = {
      email: `user.${k}@example.com`,
      user_id: `u${k}`,
      name: `User ${k}`,
      user_metadata: { note: 'x'.repeat(150) },
    }
    lines.push(edit(k, JSON.stringify(user)))
  }
  return `[\n${lines.join(',\n')}\n]\n`
}

describe('big users files', () => {
  it('a 9 MiB file on two threads: the invalid users and duplicates of the one-thread pass', async () => {
    emulator = await startEmulator({ rateLimit: false })
    const content = usersFile(36_000, (k, line) =>
      k % 4_001 === 17
        ? line.replace(`user.${k}@`, `not-an-email-${k}-`)
        : k === 33_333
          ? line.replace('"u33333"', '"u11"')
          : line,
    )
    expect(Buffer.byteLength(content)).toBeGreaterThan(8 << 20)
    const run = await runAction(importInputs(emulator, { dry_run: 'true' }), {
      files: { 'users.json': content },
    })
    expect(run.exitCode, run.stdout + run.stderr).toBe(1)
    expect(emulator.requests).toHaveLength(0)
    const report = run.errorReport ?? []
    const dir = await mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'big-'))
    try {
      await writeFile(join(dir, 'users.json'), content)
      const plan = await planUsersFile(join(dir, 'users.json'), { chunkSize: 500_000 })
      expect(report.map((entry) => entry.index)).toEqual(plan.invalid.map((u) => u.index))
      expect(report.map((entry) => entry.errors)).toEqual(plan.invalid.map((u) => u.errors))
      expect(run.outputs.error_count).toBe(String(plan.invalidCount))
      expect(plan.invalid.at(-1)?.errors.map((e) => e.code)).toEqual(['DUPLICATED_USER'])
      expect(plan.invalidCount).toBe(10)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('a 9 MiB file with a wrong input: the worker started ahead does not hold the step', async () => {
    emulator = await startEmulator({ rateLimit: false })
    const run = await runAction(importInputs(emulator, { dry_run: 'true', chunk_size: 'big' }), {
      files: { 'users.json': usersFile(36_000) },
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/chunk_size/)
    expect(emulator.requests).toHaveLength(0)
  }, 120_000)

  it('a pretty-printed 9 MiB file: the one-thread pass plans it, and the step ends', async () => {
    emulator = await startEmulator({ rateLimit: false })
    const users = JSON.parse(usersFile(30_000)) as unknown[]
    const content = JSON.stringify(users, null, 2)
    expect(Buffer.byteLength(content)).toBeGreaterThan(8 << 20)
    const run = await runAction(importInputs(emulator, { dry_run: 'true' }), {
      files: { 'users.json': content },
    })
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toMatch(/30000 users/)
  }, 120_000)

  it('a 65 MiB file: planned in a worker, duplicates and invalid users as in one thread', async () => {
    emulator = await startEmulator({ rateLimit: false })
    const count = 270_000
    const content = usersFile(count, (k, line) =>
      k === 1_000
        ? line.replace('user.1000@', 'not-an-email-')
        : k === 250_000
          ? line.replace('user.250000@', 'user.7@')
          : line,
    )
    expect(Buffer.byteLength(content)).toBeGreaterThan(64 << 20)
    const run = await runAction(importInputs(emulator, { dry_run: 'true' }), {
      files: { 'users.json': content },
    })
    expect(run.exitCode, run.stdout + run.stderr).toBe(1)
    expect(emulator.requests).toHaveLength(0)
    expect(run.outputs.error_count).toBe('2')
    const report = run.errorReport ?? []
    expect(report.map((entry) => [entry.index, entry.errors.map((e) => e.code)])).toEqual([
      [1_000, ['FORMAT']],
      [250_000, ['DUPLICATED_USER']],
    ])
    // The same as the one-thread pass in this process says.
    const dir = await mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'big-'))
    try {
      await writeFile(join(dir, 'users.json'), content)
      const plan = await planUsersFile(join(dir, 'users.json'), { chunkSize: 500_000 })
      expect(plan.invalid.map((u) => u.errors)).toEqual(report.map((entry) => entry.errors))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('a syntax error deep in a 65 MiB file: the same message from the worker', async () => {
    emulator = await startEmulator({ rateLimit: false })
    const content = usersFile(270_000, (k, line) =>
      k === 259_000 ? line.replace('"name":', '"name" ') : line,
    )
    expect(Buffer.byteLength(content)).toBeGreaterThan(64 << 20)
    const run = await runAction(importInputs(emulator, { dry_run: 'true' }), {
      files: { 'users.json': content },
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(
      /users\.json: line 259002: the user at index 259000 is not valid JSON: Expected ':' after property name on line 259002 column \d+/,
    )
    expect(emulator.requests).toHaveLength(0)
  }, 120_000)
})
