/**
 * Issue 10, "the runner obeys only the action": text from the server reaches the log through the
 * real @actions/core, and no line of it may be a workflow command the runner would run.
 */
import * as core from '@actions/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Job } from '../src/auth0/job.js'
import { ProgressLog } from '../src/jobs/progress.js'
import { oneLogLine, runnerLogger } from '../src/runtime/logger.js'
import { FakeClock } from './fake-clock.js'

/** Commands as the runner reads them: any line whose trimmed start is `::`, or legacy `##[`. */
function commandsIn(stdout: string): string[] {
  return stdout
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::') || line.includes('##['))
}

const HOSTILE = [
  'done\n::set-output name=status::completed',
  'done\r\n::add-mask::Job',
  'done\r::warning::fake annotation',
  '::error::starts with a command',
  '   ::stop-commands::token',
  'legacy ##[add-mask]job_0123456789abcdef',
  'unicode\u2028::set-env name=X::1\u2029::debug::x\u0085::notice::y',
]

let written: string
beforeEach(() => {
  written = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk)
    return true
  })
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('oneLogLine', () => {
  it.each(HOSTILE)('keeps %j on one line that starts no command', (text) => {
    const line = oneLogLine(text)
    expect(line).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
    expect(commandsIn(line)).toEqual([])
  })

  it('leaves ordinary text alone', () => {
    expect(oneLogLine('Job job_0123456789abcdef: completed (3 inserted).')).toBe(
      'Job job_0123456789abcdef: completed (3 inserted).',
    )
  })
})

describe('the runner logger', () => {
  it('prints status_details from Auth0 without any command the runner would run', () => {
    const logger = runnerLogger(core)
    const log = new ProgressLog(new FakeClock(), logger)
    for (const details of HOSTILE) {
      const job: Job = {
        id: 'job_0123456789abcdef',
        type: 'users_import',
        status: 'failed',
        status_details: details,
      }
      log.finish(job)
      logger.info(`Job says: ${details}`)
      logger.debug(details)
      logger.warning(details, { title: details })
      logger.error(details)
    }
    const commands = commandsIn(written)
    // Only the action's own annotations and debug lines, each on one line.
    for (const command of commands) expect(command).toMatch(/^::(debug|warning|error)( [^:]*)?::/)
    expect(written).not.toMatch(/^\s*::(set-output|add-mask|stop-commands|set-env|notice)/m)
    expect(written).not.toContain('##[')
    expect(written).toContain('status::completed')
  })
})
