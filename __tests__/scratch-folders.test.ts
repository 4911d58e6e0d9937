/**
 * The demo and the benchmarks leave nothing in the temp folder: the workspace and runner temp
 * folders of their runs are removed when the process ends, also when it fails.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')

/** Runs a script with its own empty temp folder; returns the exit code and what is left there. */
function runWithOwnTemp(args: string[]): { code: number | null; left: string[]; out: string } {
  const temp = mkdtempSync(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'own-temp-'))
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp, TEMP: temp, TMP: temp }
  delete env.AUTH0_ACTION_TEST_TMP
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' })
  return { code: result.status, left: readdirSync(temp), out: result.stdout + result.stderr }
}

describe('temp folders', () => {
  it('npm run demo leaves none', { timeout: 60_000 }, () => {
    const run = runWithOwnTemp(['scripts/demo.ts'])
    expect(run.code, run.out).toBe(0)
    expect(run.out).toContain('Step outputs')
    expect(run.left).toEqual([])
  })

  it('a script whose run fails afterwards leaves none either', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'failing-'))
    const script = join(dir, 'fails.ts')
    const runAction = join(ROOT, '__tests__', 'run-action.ts').replaceAll('\\', '/')
    writeFileSync(
      script,
      `import { runAction } from '${runAction.startsWith('/') ? 'file://' : 'file:///'}${runAction}'
const run = await runAction({ operation: 'get-job' })
console.log('workspace', run.workspace)
throw new Error('the benchmark broke')
`,
    )
    const run = runWithOwnTemp([script])
    expect(run.code).not.toBe(0)
    expect(run.out).toContain('the benchmark broke')
    expect(run.out).toContain('workspace')
    expect(run.left).toEqual([])
  })
})
