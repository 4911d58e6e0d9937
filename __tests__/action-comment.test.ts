/** The pull-request comment (github_token) against a fake GitHub API, through the bundled action. */
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import { type FakeGitHub, startFakeGitHub } from './fake-github.js'
import { importInputs, runAction } from './run-action.js'
import { makeUsers, usersFile } from './users-fixture.js'

let emulator: Emulator
let github: FakeGitHub
afterEach(async () => {
  await emulator?.close()
  await github?.close()
})

async function setUp(existing: number) {
  const users = makeUsers(8)
  emulator = await startEmulator({
    jobTiming: { pendingMs: 20, processingMs: 100 },
    // An empty tenant exports no generated users.
    exportUsers: 0,
    existingUsers: users.slice(0, existing) as never,
  })
  github = await startFakeGitHub()
  return users
}

describe('pull-request comment', () => {
  it('one comment per step, updated on a rerun, with counts, verdict, indexes and the run link only', async () => {
    const users = await setUp(2)
    const inputs = importInputs(emulator, {
      plan: 'true',
      dry_run: 'true',
      github_token: github.token,
    })
    const files = { 'users.json': usersFile(users) }
    const env = await github.runnerEnv(7)
    const first = await runAction(inputs, { files, env })
    expect(first.exitCode).toBe(1)
    expect(github.comments).toHaveLength(1)
    const [comment] = github.comments
    expect(comment?.issue).toBe(7)
    expect(comment?.body).toMatch(/^<!-- auth0-jobs-action step:[0-9a-f]{24} -->/)
    expect(comment?.body).toContain('## Auth0 import-users plan (dry run): ❌ failed')
    expect(comment?.body).toContain('2 of 8 users are predicted to fail')
    expect(comment?.body).toMatch(/\| Duplicate \(Auth0 will fail it\) \| 2 \| 0, 1 \|/)
    expect(comment?.body).toContain('https://github.com/acme/release/actions/runs/4242')
    for (const user of users) {
      expect(comment?.body).not.toContain(String(user.email))
      expect(comment?.body).not.toContain(String(user.name))
    }
    expect(comment?.body).not.toContain(github.token)
    // Masked first (the runner hides every later occurrence), and printed nowhere else.
    expect(first.stdout).toContain(`::add-mask::${github.token}`)
    const printed = first.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect(printed.join('\n')).not.toContain(github.token)

    // The rerun, now passing: the same comment is updated.
    const rerun = await runAction({ ...inputs, max_failed_users: '2' }, { files, env })
    expect(rerun.exitCode, rerun.stdout).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body).toContain('✅ passed')
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)

    // Another step of the same workflow gets its own comment.
    const other = await github.runnerEnv(7, { job: 'release' })
    await runAction(inputs, { files, env: other })
    expect(github.comments).toHaveLength(2)
  })

  it('a read-only token is a warning naming the permission, and the step keeps its own verdict', async () => {
    const users = await setUp(0)
    github.readOnly = true
    const run = await runAction(
      importInputs(emulator, { plan: 'true', dry_run: 'true', github_token: github.token }),
      { files: { 'users.json': usersFile(users) }, env: await github.runnerEnv(3) },
    )
    expect(run.exitCode, run.stdout).toBe(0)
    const warning = run.stdout
      .split('\n')
      .find((line) => line.startsWith('::warning::Could not comment'))
    expect(warning).toContain('HTTP 403')
    expect(warning).toContain('permissions: pull-requests: write')
    expect(run.outputs.plan_summary).toBeDefined()
  })

  it('a run that is not for a pull request makes no comment', async () => {
    const users = await setUp(0)
    const env = { ...(await github.runnerEnv(3)), GITHUB_EVENT_NAME: 'push' }
    const run = await runAction(
      importInputs(emulator, { plan: 'true', dry_run: 'true', github_token: github.token }),
      { files: { 'users.json': usersFile(users) }, env },
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(github.requests).toHaveLength(0)
    expect(run.stdout).toContain('not for a pull request')
  })
})
