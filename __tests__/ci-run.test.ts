/**
 * .ci/run's contract with CI: the plain `N passed, M failed` line whether the tests pass or fail,
 * the first failing check's exit code, and no exit 0 without tests. npm, npx and git are stubs
 * here (each prints what it is told and exits with the code it is told), so no install runs.
 */
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SCRIPT = resolve(import.meta.dirname, '..', '.ci', 'run')

/** Exit codes for the stubbed commands, keyed by their first arguments (`npm test`, `npx tsc`). */
function runCi(behaviour: { testOutput: string; codes?: Record<string, number> }) {
  const root = mkdtempSync(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'ci-run-'))
  mkdirSync(join(root, '.ci'))
  copyFileSync(SCRIPT, join(root, '.ci', 'run'))
  const bin = join(root, 'bin')
  mkdirSync(bin)
  writeFileSync(join(root, 'test-output'), behaviour.testOutput)
  const codes = Object.entries(behaviour.codes ?? {})
    .map(([key, code]) => `  "${key}"*) exit ${code} ;;`)
    .join('\n')
  for (const tool of ['npm', 'npx', 'git']) {
    const stub = `#!/usr/bin/env bash
args="${tool} $*"
echo "ran: $args" >> "${root}/calls"
if [ "$args" = "npm test" ]; then cat "${root}/test-output"; fi
case "$args" in
${codes}
esac
# What a successful install leaves behind.
if [ "$args" = "npm ci" ]; then mkdir -p node_modules/.bin && touch node_modules/.bin/vitest; fi
exit 0
`
    writeFileSync(join(bin, tool), stub)
    chmodSync(join(bin, tool), 0o755)
  }
  const result = spawnSync('bash', [join(root, '.ci', 'run')], {
    env: { PATH: `${bin}:/usr/bin:/bin` },
    encoding: 'utf8',
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

const PASSED = ' Test Files  30 passed (30)\n      Tests  679 passed (679)\n'
const FAILED = ' Test Files  1 failed | 29 passed (30)\n      Tests  2 failed | 677 passed (679)\n'

describe.skipIf(process.platform === 'win32')('.ci/run', () => {
  it('passes with the counts when every check passes', () => {
    const run = runCi({ testOutput: PASSED })
    expect(run.code).toBe(0)
    expect(run.out.trim().split('\n').at(-1)).toBe('tests: 679 passed, 0 failed')
  })

  it('failing tests: prints the counts, runs the other checks, keeps the exit code', () => {
    const run = runCi({ testOutput: FAILED, codes: { 'npm test': 3 } })
    expect(run.code).toBe(3)
    expect(run.out.trim().split('\n').at(-1)).toBe('tests: 677 passed, 2 failed')
    expect(run.out).toContain('--- type check')
  })

  it('a later check that fails gives its exit code, with the counts', () => {
    const run = runCi({ testOutput: PASSED, codes: { 'npx tsc': 2 } })
    expect(run.code).toBe(2)
    expect(run.out.trim().split('\n').at(-1)).toBe('tests: 679 passed, 0 failed')
  })

  it('no test ran: not a pass', () => {
    const run = runCi({ testOutput: 'No test files found, exiting with code 0\n' })
    expect(run.code).toBe(1)
    expect(run.out.trim().split('\n').at(-1)).toBe('tests: 0 passed, 0 failed')
  })

  it('a failed install stops the run with its code', () => {
    const run = runCi({ testOutput: PASSED, codes: { 'npm ci': 9 } })
    expect(run.code).toBe(9)
    expect(run.out).not.toContain('--- lint')
    expect(run.out.trim().split('\n').at(-1)).toBe('tests: 0 passed, 0 failed')
  })
})

describe('the GitHub workflows run every check .ci/run runs', () => {
  const root = resolve(import.meta.dirname, '..')
  const script = readFileSync(SCRIPT, 'utf8')
  const workflows = readdirSync(join(root, '.github', 'workflows'))
    .map((name) => readFileSync(join(root, '.github', 'workflows', name), 'utf8'))
    .join('\n')
    // Only what CI's own output needs differs: biome's GitHub annotations, npm's quiet flag.
    .replaceAll(' --reporter=github', '')
  const checks = [...script.matchAll(/^check '[^']+' (?:\\\n\s*)?(.+)$/gm)].map((m) => m[1] ?? '')

  it.each(checks)('%s', (command) => {
    const expected =
      command === 'dist_is_fresh'
        ? 'git status --porcelain -- dist'
        : command.startsWith('bash ')
          ? 'npm test'
          : command.replace('npm run --silent', 'npm run')
    expect(workflows.replaceAll('npm run --silent', 'npm run')).toContain(expected)
  })
})
