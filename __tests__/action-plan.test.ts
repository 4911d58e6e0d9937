/**
 * plan, skip_existing and verify through the bundled action against the emulator (issue 13):
 * what a team sees on a pull request and after a release.
 */
import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'
import { importInputs, runAction } from './run-action.js'
import { makeUsers, usersFile } from './users-fixture.js'

let emulator: Emulator
async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({
    jobTiming: { pendingMs: 20, processingMs: 100 },
    exportUsers: 0,
    ...options,
  })
  return emulator
}
afterEach(async () => {
  await emulator?.close()
})

const LOOKUP_SCOPES = ['read:users', 'create:users', 'update:users', 'read:connections']
const jobsOfType = (type: string) => [...emulator.jobs.values()].filter((j) => j.type === type)
const lookups = () => emulator.requests.filter((r) => r.path.startsWith('/api/v2/users-by-email'))

/** Nothing of a user (emails, names) may reach the log, the summary or the comment. */
function expectNoUserData(text: string, users: Record<string, unknown>[]): void {
  for (const user of users) {
    expect(text).not.toContain(String(user.email))
    if (user.name) expect(text).not.toContain(`${String(user.name)}"`)
  }
}

describe('plan', () => {
  it('dry_run + plan on a PR: classifies against the connection and fails the gate on predicted duplicates', async () => {
    const users = makeUsers(120)
    // 3 already there: with upsert false Auth0 will fail them as DUPLICATED_USER.
    await start({ existingUsers: [users[4], users[50], users[119]] as never })
    const run = await runAction(importInputs(emulator, { plan: 'true', dry_run: 'true' }), {
      files: { 'users.json': usersFile(users) },
    })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(JSON.parse(run.outputs.plan_summary ?? '')).toEqual({
      insert: 117,
      update: 0,
      unchanged: 0,
      duplicate: 3,
      conflict: 0,
      skipped: 0,
    })
    expect(run.outputs.status).toBe('validated')
    expect(run.errors.join('\n')).toContain('3 of 120 users are predicted to fail')
    // 120 users: one export job with only the compared fields, and no import.
    expect(jobsOfType('users_import')).toHaveLength(0)
    const [exportJob] = jobsOfType('users_export')
    expect(jobsOfType('users_export')).toHaveLength(1)
    const fields = (exportJob?.attributes.fields ?? []) as { name: string }[]
    expect(fields.map((f) => f.name)).toContain('user_metadata')
    expect(exportJob?.attributes.fields).not.toContainEqual({ name: 'created_at' })
    const planFile = JSON.parse(await readFile(run.outputs.plan_file ?? '', 'utf8'))
    expect(planFile).toHaveLength(120)
    expect(planFile[4]).toEqual({ index: 4, action: 'duplicate' })
    expect(planFile[5]).toEqual({ index: 5, action: 'insert' })
    expect(run.summary).toContain('### Plan')
    expect(run.summary).toMatch(/\| Duplicate \(Auth0 will fail it\) \| 3 \| 4, 50, 119 \|/)
    expectNoUserData(run.stdout + run.summary, users)
  })

  it('upsert: names the attributes an update changes, and passes the gate', async () => {
    const users = makeUsers(4)
    await start({
      scopes: LOOKUP_SCOPES,
      existingUsers: [{ ...users[0], name: 'Someone Else' }, { ...users[1] }] as never,
    })
    const run = await runAction(
      importInputs(emulator, { plan: 'true', dry_run: 'true', upsert: 'true' }),
      { files: { 'users.json': usersFile(users) } },
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(JSON.parse(run.outputs.plan_summary ?? '')).toMatchObject({
      insert: 2,
      update: 1,
      unchanged: 1,
    })
    const planFile = JSON.parse(await readFile(run.outputs.plan_file ?? '', 'utf8'))
    expect(planFile[0]).toEqual({ index: 0, action: 'update', changes: ['name'] })
    expect(planFile[1]).toEqual({ index: 1, action: 'unchanged' })
    // A 4-user file that matches only by email: look-ups, no job at all.
    expect(emulator.stats.jobsCreated).toBe(0)
    expect(lookups()).toHaveLength(4)
    expect(run.summary).toContain('look-ups by email')
    expectNoUserData(run.stdout + run.summary, users)
  })

  it('plan_file, the summary and the log hold no secret of the file', async () => {
    const hash = {
      algorithm: 'md5',
      hash: { value: '5f4dcc3b5aa765d61d8327deb882cf99', encoding: 'hex' },
    }
    const users = makeUsers(3).map((user) => ({ ...user, custom_password_hash: hash }))
    await start({ existingUsers: users as never })
    const run = await runAction(
      importInputs(emulator, { plan: 'true', dry_run: 'true', upsert: 'true' }),
      { files: { 'users.json': usersFile(users) } },
    )
    const planText = await readFile(run.outputs.plan_file ?? '', 'utf8')
    // A hash cannot be read back from Auth0, so an update that sets one is always a change.
    expect(JSON.parse(planText)[0]).toEqual({
      index: 0,
      action: 'update',
      changes: ['custom_password_hash'],
    })
    for (const text of [planText, run.stdout, run.summary]) {
      expect(text).not.toContain(hash.hash.value)
      expectNoUserData(text, users)
    }
  })

  it('a key of another user is a conflict, which outranks duplicate', async () => {
    await start({
      existingUsers: [
        { email: 'a@example.com', username: 'alice' },
        { email: 'b@example.com', username: 'bob' },
      ],
    })
    const file = [
      { email: 'new@example.com', username: 'alice' },
      { email: 'a@example.com', username: 'bob' },
      { email: 'b@example.com' },
    ]
    const upsert = await runAction(
      importInputs(emulator, {
        plan: 'true',
        dry_run: 'true',
        upsert: 'true',
        max_failed_users: '5',
      }),
      { files: { 'users.json': usersFile(file) } },
    )
    expect(JSON.parse(upsert.outputs.plan_summary ?? '')).toMatchObject({
      conflict: 2,
      unchanged: 1,
    })
    const plain = await runAction(
      importInputs(emulator, { plan: 'true', dry_run: 'true', max_failed_users: '5' }),
      { files: { 'users.json': usersFile(file) } },
    )
    expect(JSON.parse(plain.outputs.plan_summary ?? '')).toMatchObject({
      duplicate: 2,
      conflict: 1,
    })
  })
})

describe('skip_existing', () => {
  it('a second run with upsert false leaves out what the first imported, and passes', async () => {
    const users = makeUsers(10)
    await start({ existingUsers: users.slice(0, 6) as never })
    const run = await runAction(importInputs(emulator, { skip_existing: 'true' }), {
      files: { 'users.json': usersFile(users) },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(JSON.parse(run.outputs.plan_summary ?? '')).toMatchObject({ duplicate: 6, skipped: 6 })
    expect(JSON.parse(run.outputs.summary ?? '')).toEqual({
      total: 4,
      inserted: 4,
      updated: 0,
      failed: 0,
    })
    const [upload] = emulator.imports
    expect(JSON.parse(upload?.users ?? '').map((u: { email: string }) => u.email)).toEqual(
      users.slice(6).map((u) => u.email),
    )
    expect(run.summary).toMatch(/\| Skipped \(skip_existing\) \| 6 \| 0, 1, 2, 3, 4, 5 \|/)
  })

  it('conflicts are uploaded and Auth0 reports them at their index in the file', async () => {
    const users = makeUsers(6)
    await start({
      existingUsers: [users[0], { email: 'x@example.com', username: 'taken' }] as never,
    })
    const file = users.map((u, i) => (i === 4 ? { ...u, username: 'taken' } : u))
    const run = await runAction(importInputs(emulator, { skip_existing: 'true' }), {
      files: { 'users.json': usersFile(file) },
    })
    expect(run.exitCode).toBe(1)
    expect(JSON.parse(run.outputs.plan_summary ?? '')).toMatchObject({ skipped: 1, duplicate: 2 })
    expect(run.errorReport?.map((e) => [e.index, e.errors[0]?.code])).toEqual([
      [4, 'DUPLICATED_USER'],
    ])
  })

  it('when every user is there, nothing is uploaded', async () => {
    const users = makeUsers(3)
    await start({ existingUsers: users as never })
    const run = await runAction(importInputs(emulator, { skip_existing: 'true' }), {
      files: { 'users.json': usersFile(users) },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(emulator.imports).toHaveLength(0)
    expect(JSON.parse(run.outputs.plan_summary ?? '').skipped).toBe(3)
  })
})

describe('verify', () => {
  it('finds every user present after a good import', async () => {
    await start()
    const run = await runAction(importInputs(emulator, { verify: 'true' }), {
      files: { 'users.json': usersFile(makeUsers(150)) },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(JSON.parse(run.outputs.verify_summary ?? '')).toEqual({
      checked: 150,
      present: 150,
      missing: 0,
      different: 0,
    })
    expect(run.summary).toContain('| 150 | 150 | 0 | 0 |')
  })

  it('catches a job that reports users inserted but did not store them', async () => {
    await start({ scopes: LOOKUP_SCOPES })
    emulator.loseInserts(2)
    const users = makeUsers(5)
    const run = await runAction(importInputs(emulator, { verify: 'true' }), {
      files: { 'users.json': usersFile(users) },
    })
    expect(JSON.parse(run.outputs.summary ?? '').inserted).toBe(5)
    expect(run.exitCode).toBe(1)
    expect(JSON.parse(run.outputs.verify_summary ?? '')).toEqual({
      checked: 5,
      present: 3,
      missing: 2,
      different: 0,
    })
    expect(run.errorReport?.map((e) => [e.index, e.errors[0]?.code])).toEqual([
      [0, 'NOT_FOUND_AFTER_IMPORT'],
      [1, 'NOT_FOUND_AFTER_IMPORT'],
    ])
    expect(run.errors.join('\n')).toContain('2 of 5 users failed')
    const failed = JSON.parse(await readFile(run.outputs.failed_users_file ?? '', 'utf8'))
    expect(failed.map((u: { email: string }) => u.email)).toEqual([
      users[0]?.email,
      users[1]?.email,
    ])
    expect(run.summary).toContain('| 5 | 3 | 2 | 0 |')
  })

  it('names the attributes of a user that Auth0 holds differently, never their values', async () => {
    await start()
    const users = makeUsers(4)
    const running = runAction(importInputs(emulator, { verify: 'true' }), {
      files: { 'users.json': usersFile(users) },
    })
    // The emulator stores an import's users when it is uploaded; change one before verify reads.
    while (emulator.imports.length === 0) await new Promise((done) => setTimeout(done, 5))
    const stored = emulator.user('user2@example.com') as Record<string, unknown>
    stored.name = 'Changed Behind The Scenes'
    const run = await running
    expect(run.exitCode).toBe(1)
    expect(JSON.parse(run.outputs.verify_summary ?? '')).toEqual({
      checked: 4,
      present: 3,
      missing: 0,
      different: 1,
    })
    expect(run.errorReport?.map((e) => [e.index, e.errors.map((x) => [x.code, x.path])])).toEqual([
      [2, [['DIFFERS_AFTER_IMPORT', 'name']]],
    ])
    expect(run.stdout + run.summary).not.toContain('Changed Behind The Scenes')
  })

  it('the lost users pass with a gate that allows them', async () => {
    await start()
    emulator.loseInserts(1)
    const run = await runAction(importInputs(emulator, { verify: 'true', max_failed_users: '1' }), {
      files: { 'users.json': usersFile(makeUsers(3)) },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(JSON.parse(run.outputs.verify_summary ?? '').missing).toBe(1)
  })
})
