import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'
import { importInputs, runAction } from './run-action.js'
import { makeUsers, usersFile } from './users-fixture.js'

let emulator: Emulator
async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({ jobTiming: { pendingMs: 50, processingMs: 300 }, ...options })
  return emulator
}
afterEach(async () => {
  await emulator?.close()
})

/** Ten users, of which those at `existing` indexes are already in the tenant. */
async function tenantWithExisting(existing: number[]) {
  const users = makeUsers(10)
  await start({
    existingUsers: existing.map((i) => ({ email: String(users[i]?.email) })),
  })
  return { 'users.json': usersFile(users) }
}

describe('import-users', () => {
  it('imports a file, waits, and sets every output', async () => {
    await start()
    const run = await runAction(importInputs(emulator), {
      files: { 'users.json': usersFile(makeUsers(5)) },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.job_id).toMatch(/^job_[A-Za-z0-9]{16}$/)
    expect(run.outputs.status).toBe('completed')
    expect(JSON.parse(run.outputs.summary ?? '')).toEqual({
      total: 5,
      inserted: 5,
      updated: 0,
      failed: 0,
    })
    expect(run.outputs.error_count).toBe('0')
    expect(run.errorReport).toEqual([])
    expect(JSON.parse(run.outputs.job ?? '').id).toBe(run.outputs.job_id)
    expect(run.summary).toContain('## Auth0 import-users: ✅ passed')
    expect(run.summary).toContain('5 inserted, 0 updated, 0 failed of 5')
    expect(run.summary).toContain('https://github.com/acme/release/actions/runs/4242')
    expect(emulator.stats.jobsCreated).toBe(1)
    expect(emulator.users.size).toBe(5)
    expect(run.outputs.failed_users_file).toBeUndefined()
  })

  it('sends the file as a users part and every flag explicitly as text', async () => {
    await start()
    const file = usersFile(makeUsers(3))
    const run = await runAction(importInputs(emulator, { external_id: 'release-42' }), {
      files: { 'users.json': file },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const [upload] = emulator.imports
    expect(upload?.users).toBe(`[${file.slice(file.indexOf('{'), file.lastIndexOf('}') + 1)}]`)
    expect(upload?.filename).toBe('users.json')
    expect(upload?.connection_id).toBe(emulator.connections[0]?.id)
    expect(upload?.upsert).toBe('false')
    expect(upload?.send_completion_email).toBe('true')
    expect(upload?.external_id).toBe('release-42')
  })

  it('passes when failures stay within max_failed_users, and reports each by index', async () => {
    const files = await tenantWithExisting([3, 7])
    const run = await runAction(importInputs(emulator, { max_failed_users: '2' }), { files })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(JSON.parse(run.outputs.summary ?? '')).toEqual({
      total: 10,
      inserted: 8,
      updated: 0,
      failed: 2,
    })
    expect(run.outputs.error_count).toBe('2')
    expect(run.errorReport?.map((entry) => entry.index)).toEqual([3, 7])
    expect(run.errorReport?.[0]).toMatchObject({
      job_id: run.outputs.job_id,
      user: { email: 'user3@example.com' },
      errors: [
        {
          code: 'DUPLICATED_USER',
          message: 'The user already exist and upsert parameter is false',
        },
      ],
    })
    expect(run.summary).toContain('| DUPLICATED_USER | 2 |')
    const failedUsers = JSON.parse(await readFile(run.outputs.failed_users_file ?? '', 'utf8'))
    expect(failedUsers).toEqual([makeUsers(10)[3], makeUsers(10)[7]])
  })

  it('fails when failures exceed max_failed_users as a count', async () => {
    const files = await tenantWithExisting([3, 7])
    const run = await runAction(importInputs(emulator, { max_failed_users: '1' }), { files })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('completed')
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      'Too many users failed to import: 2 of 10 users failed; max_failed_users allows 1',
    )
    expect(run.summary).toContain('❌ failed')
    expect(run.outputs.error_count).toBe('2')
  })

  it.each([
    ['20%', 0],
    ['10%', 1],
  ])(
    'applies max_failed_users %s as a percentage of the users in the file',
    async (gate, exitCode) => {
      const files = await tenantWithExisting([3, 7])
      const run = await runAction(importInputs(emulator, { max_failed_users: gate }), { files })
      expect(run.exitCode, run.stdout).toBe(exitCode)
    },
  )

  it('updates existing users with upsert', async () => {
    const files = await tenantWithExisting([0, 1, 2])
    const run = await runAction(importInputs(emulator, { upsert: 'true' }), { files })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(JSON.parse(run.outputs.summary ?? '')).toEqual({
      total: 10,
      inserted: 7,
      updated: 3,
      failed: 0,
    })
    expect(emulator.imports[0]?.upsert).toBe('true')
  })

  it('with wait: false submits, sets the job id and first status, and succeeds', async () => {
    await start()
    const run = await runAction(importInputs(emulator, { wait: 'false' }), {
      files: { 'users.json': usersFile(makeUsers(3)) },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('pending')
    expect(run.outputs.job_id).toMatch(/^job_/)
    expect(emulator.requests.filter((r) => r.path.startsWith('/api/v2/jobs/job_'))).toHaveLength(0)
  })

  it('stops invalid users before any request, with indexes, lines and annotations', async () => {
    await start()
    const users: unknown[] = makeUsers(6)
    users[2] = { name: 'no email' }
    users[4] = { email: 'not-an-email', password_hash: 'secret-hash-value' }
    const run = await runAction(importInputs(emulator, { max_failed_users: '100%' }), {
      files: { 'users.json': usersFile(users) },
    })
    expect(run.exitCode).toBe(1)
    expect(emulator.requests).toHaveLength(0)
    expect(run.errorReport?.map((entry) => [entry.index, entry.errors[0]?.code])).toEqual([
      [2, 'OBJECT_REQUIRED'],
      [4, 'FORMAT'],
    ])
    expect(run.stdout).not.toContain('secret-hash-value')
    expect(JSON.stringify(run.errorReport)).not.toContain('secret-hash-value')
    // One user per line after the opening bracket: user i is on line i + 2.
    expect(run.stdout).toMatch(
      /::error title=Invalid user,file=users.json,line=4::User 2: OBJECT_REQUIRED/,
    )
    expect(run.stdout).toMatch(/::error title=Invalid user,file=users.json,line=6::User 4: FORMAT/)
    expect(run.errors.at(-1)).toContain('2 of 6 users in')
    // The invalid users, ready to fix, with their secrets redacted like everywhere else.
    const failedUsers = JSON.parse(await readFile(run.outputs.failed_users_file ?? '', 'utf8'))
    expect(failedUsers).toEqual([users[2], { email: 'not-an-email', password_hash: '[redacted]' }])
  })

  it('dry run validates and plans without sending anything', async () => {
    await start()
    const run = await runAction(importInputs(emulator, { dry_run: 'true' }), {
      files: { 'users.json': usersFile(makeUsers(20)) },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('validated')
    expect(run.outputs.error_count).toBe('0')
    expect(run.outputs.job_id).toBeUndefined()
    expect(emulator.requests).toHaveLength(0)
  })
})
