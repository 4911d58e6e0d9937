/**
 * `npm run demo`: the action importing a users file into a local Auth0 emulator, end to end.
 * Runs the committed dist/index.js the way a GitHub runner does (INPUT_* variables, the
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), then shows what a workflow would see.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { importInputs, runAction } from '../__tests__/run-action.ts'
import { startEmulator } from '../emulator/server.ts'

const usersPath = resolve(import.meta.dirname, '..', 'examples', 'users.json')
const users = await readFile(usersPath, 'utf8')
// Three people in the example file already have accounts: Auth0 refuses them without upsert.
const alreadyInTenant = ['alan@example.com', 'barbara@example.com', 'linus@example.com']
const maxFailedUsers = '5'

const emulator = await startEmulator({
  existingUsers: alreadyInTenant.map((email) => ({ email })),
  jobTiming: { pendingMs: 300, processingMs: 2_500 },
})
/** The runner hides `::add-mask::` commands and prints every masked value as `***`. */
function asTheRunnerShowsIt(log: string): string {
  const masked = [...log.matchAll(/^::add-mask::(.+)$/gm)].map((match) => match[1] ?? '')
  let shown = log.replace(/^::add-mask::.*\n/gm, '')
  for (const secret of masked.filter(Boolean)) shown = shown.split(secret).join('***')
  return shown
}

const rule = (title: string) =>
  console.log(`\n\x1b[1m── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}\x1b[0m`)

try {
  rule(`Auth0 emulator on ${emulator.url}; running dist/index.js`)
  console.log(
    `operation: import-users   file: examples/users.json   max_failed_users: ${maxFailedUsers}\n`,
  )
  const run = await runAction(
    importInputs(emulator, {
      max_failed_users: maxFailedUsers,
      send_completion_email: 'false',
    }),
    { files: { 'users.json': users } },
  )
  process.stdout.write(asTheRunnerShowsIt(run.stdout))
  process.stderr.write(asTheRunnerShowsIt(run.stderr))

  rule('Step outputs (GITHUB_OUTPUT)')
  for (const [name, value] of Object.entries(run.outputs)) {
    console.log(`${name.padEnd(13)} ${value.length > 160 ? `${value.slice(0, 157)}...` : value}`)
  }
  rule('Step summary (GITHUB_STEP_SUMMARY, Markdown)')
  console.log(run.summary.trim())
  if (run.outputs.error_report) {
    rule(`Error report: ${run.outputs.error_report}`)
    console.log(JSON.stringify(run.errorReport?.slice(0, 2), null, 2))
    if ((run.errorReport?.length ?? 0) > 2)
      console.log(`... ${(run.errorReport?.length ?? 0) - 2} more entries`)
  }
  rule(`Exit code ${run.exitCode}`)
  console.log(
    run.exitCode === 0
      ? `The step passed: ${alreadyInTenant.length} users failed (they already exist), within max_failed_users: ${maxFailedUsers}.\nWith max_failed_users: 2 the same run would fail the step and stop the release.`
      : 'The step failed: the ::error:: line above says why.',
  )
  process.exitCode = run.exitCode
} finally {
  await emulator.close()
}
