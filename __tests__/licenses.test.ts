/**
 * dist/licenses.txt names every package that has a file in the bundle. The bundle's packages
 * come from an ncc build of this checkout (its webpack module list), not from the file.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bundledPackages, listedPackages } from '../scripts/licenses.ts'

const ROOT = resolve(import.meta.dirname, '..')
const scratch = mkdtempSync(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'ncc-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/**
 * The stats `npm run build` wrote when they are newer than every input of the bundle (so `npm
 * test`, which has just built, does not bundle a second time); else a fresh build of this checkout.
 */
function buildStats(): { modules?: { name?: string }[] } {
  const built = join(ROOT, 'node_modules', '.ncc-stats.json')
  if (newerThanSources(built)) return JSON.parse(readFileSync(built, 'utf8'))
  const stats = join(scratch, 'stats.json')
  const ncc = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  execFileSync(
    process.execPath,
    [ncc, 'build', 'src/index.ts', '-o', join(scratch, 'out'), '--stats-out', stats],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  )
  return JSON.parse(readFileSync(stats, 'utf8'))
}

/** Whether `file` exists and was written after every source file, tsconfig and the install. */
function newerThanSources(file: string): boolean {
  if (!existsSync(file)) return false
  const written = statSync(file).mtimeMs
  const inputs = [
    ...readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).map((name) =>
      join(ROOT, 'src', name),
    ),
    join(ROOT, 'tsconfig.json'),
    join(ROOT, 'package-lock.json'),
    join(ROOT, 'node_modules', '.package-lock.json'),
  ]
  return inputs.every((input) => !existsSync(input) || statSync(input).mtimeMs < written)
}

describe('dist/licenses.txt', () => {
  it('names every package in the bundle, and no other', { timeout: 180_000 }, () => {
    const inBundle = bundledPackages(buildStats()).map((p) => p.name)
    // The ES-module packages ncc's own --license option left out. (@actions/exec and @actions/io
    // are no longer bundled: src/runtime/actions-core.ts takes only @actions/core's command modules.)
    expect(inBundle).toEqual(expect.arrayContaining(['@actions/core', 'tunnel', 'undici']))
    expect(inBundle).not.toContain('@actions/exec')
    const licenses = readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
    expect(listedPackages(licenses)).toEqual(inBundle)
  })

  it('gives each package its licence text', () => {
    const licenses = readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
    const entries = licenses.split(/^Package: /m).slice(1)
    expect(entries.length).toBeGreaterThan(5)
    for (const entry of entries) {
      expect(entry, entry.split('\n')[0]).toMatch(/^\S+\nLicense: \S+\n\n\S/)
      expect(entry, entry.split('\n')[0]).not.toContain('ships no licence file')
    }
  })
})
