/**
 * dist/licenses.txt names every package that has a file in the bundle. The bundle's packages
 * come from a fresh ncc build of this checkout (its webpack module list), not from the file.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bundledPackages, listedPackages } from '../scripts/licenses.ts'

const ROOT = resolve(import.meta.dirname, '..')
const scratch = mkdtempSync(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'ncc-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function buildStats(): { modules?: { name?: string }[] } {
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

describe('dist/licenses.txt', () => {
  it('names every package in the bundle, and no other', { timeout: 180_000 }, () => {
    const inBundle = bundledPackages(buildStats()).map((p) => p.name)
    // The ES-module packages ncc's own --license option left out. (@actions/exec and @actions/io
    // are no longer bundled: src/actions-core.ts takes only @actions/core's command modules.)
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
