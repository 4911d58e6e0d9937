/**
 * Issue 10 through the built dist/index.js, as the runner runs it, against an emulator that lies:
 * the point here is the wire (stdout lines the runner parses, files the runner reads).
 * Run `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import { runAction, tenantInputs } from './run-action.js'

let emulator: Emulator
afterEach(async () => {
  await emulator?.close()
})

/** Lines the runner would take as workflow commands: trimmed start `::`, or legacy `##[`. */
function commandLines(stdout: string): string[] {
  return stdout
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::') || line.includes('##['))
}

describe('a hostile Auth0', () => {
  it('cannot start a workflow command through status_details', async () => {
    emulator = await startEmulator()
    // Polled to its end, so the action logs the job's final state with its details.
    const id = emulator.createJob({
      finalStatus: 'failed',
      pendingMs: 50,
      processingMs: 50,
      status_details:
        'Bad file\n::set-output name=status::completed\n::add-mask::Job\r\n  ::stop-commands::x\n##[add-mask]failed',
    })
    const run = await runAction({ ...tenantInputs(emulator), operation: 'get-job', job_id: id })
    expect(run.exitCode).toBe(1)
    const commands = commandLines(run.stdout)
    // The action's own: masks of the client secret and token, its debug lines, the error.
    const own = commands.filter(
      (line) =>
        /^::(debug|error)::/.test(line) ||
        line === `::add-mask::${emulator.clientSecret}` ||
        /^::add-mask::[A-Za-z0-9._-]{20,}$/.test(line),
    )
    expect(commands).toEqual(own)
    expect(run.stdout).toContain('set-output name=status::completed')
  })

  it('cannot put a file outside RUNNER_TEMP with a job id, nor walk paths with it', async () => {
    emulator = await startEmulator()
    const id = emulator.createJob({
      status: 'completed',
      summary: { total: 1, inserted: 0, updated: 0, failed: 1 },
    })
    emulator.inject({
      kind: 'status',
      status: 200,
      path: new RegExp(`^/api/v2/jobs/${id}$`),
      body: {
        id: '../../x/pwned',
        type: 'users_import',
        status: 'completed',
        summary: { total: 1, inserted: 0, updated: 0, failed: 1 },
      },
    })
    const run = await runAction({
      ...tenantInputs(emulator),
      operation: 'get-job-errors',
      job_id: id,
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('job id')
    expect(existsSync(join(dirname(dirname(run.runnerTemp)), 'x'))).toBe(false)
    for (const name of await readdir(run.runnerTemp)) expect(name).not.toContain('..')
    expect(emulator.requests.some((request) => request.path.includes('pwned'))).toBe(false)
  })

  it('cannot get the client secret into the step summary, the outputs or the error report', async () => {
    emulator = await startEmulator()
    const quoted = `Client ${emulator.clientSecret} is not allowed to export`
    emulator.inject({
      kind: 'status',
      status: 400,
      path: '/api/v2/jobs/users-exports',
      body: { statusCode: 400, error: 'Bad Request', message: quoted },
    })
    const run = await runAction({ ...tenantInputs(emulator), operation: 'export-users' })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('is not allowed to export')
    expect(run.summary).not.toContain(emulator.clientSecret)
    expect(JSON.stringify(run.outputs)).not.toContain(emulator.clientSecret)
    for (const name of await readdir(run.runnerTemp)) {
      if (name === 'github_output' || name === 'step_summary') continue
      expect(await readFile(join(run.runnerTemp, name), 'utf8')).not.toContain(
        emulator.clientSecret,
      )
    }
  })
})
