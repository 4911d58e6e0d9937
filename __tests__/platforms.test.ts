/**
 * Every contributor platform can run the README's two commands with only Node ≥ 20 and npm: the
 * lockfile brings a Node ≥ 24 for each, next to the native binaries the toolchain needs, and the
 * npm scripts (run by cmd.exe on Windows) use nothing POSIX-only. The lockfile was also installed
 * for each platform with `npm ci --os=… --cpu=…` (CONTRIBUTING.md).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<
    string,
    {
      version?: string
      os?: string[]
      cpu?: string[]
      integrity?: string
      bin?: Record<string, string>
    }
  >
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  optionalDependencies: Record<string, string>
}

const PLATFORMS = [
  ['darwin', 'arm64'],
  ['darwin', 'x64'],
  ['win32', 'x64'],
  ['linux', 'x64'],
  ['linux', 'arm64'],
] as const

function forPlatform(os: string, cpu: string, namePattern: RegExp): string[] {
  return Object.entries(lock.packages)
    .filter(
      ([path, entry]) =>
        namePattern.test(path) && entry.os?.includes(os) && entry.cpu?.includes(cpu),
    )
    .map(([path]) => path.replace(/^node_modules\//, ''))
}

describe.each(PLATFORMS)('%s %s', (os, cpu) => {
  it('gets Node 24 or later from the registry, pinned by integrity, with a node bin', () => {
    const nodes = forPlatform(os, cpu, /^node_modules\/node-(bin-)?[a-z0-9]+-[a-z0-9]+$/)
    expect(nodes).toHaveLength(1)
    const entry = lock.packages[`node_modules/${nodes[0]}`]
    expect(Number(entry?.version?.split('.')[0])).toBeGreaterThanOrEqual(24)
    expect(entry?.integrity).toMatch(/^sha512-/)
    expect(Object.keys(entry?.bin ?? {})).toEqual(['node'])
    expect(Object.keys(manifest.optionalDependencies)).toContain(nodes[0])
  })

  it('gets the native binaries of biome, the bundler of vitest and esbuild', () => {
    for (const tool of [/@biomejs\/cli-/, /@rolldown\/binding-/, /@esbuild\//]) {
      const found = forPlatform(os, cpu, new RegExp(`^node_modules/${tool.source}`)).filter(
        (name) => !name.includes('musl'),
      )
      expect(found, tool.source).toHaveLength(1)
    }
  })
})

describe('npm scripts', () => {
  it.each(Object.entries(manifest.scripts))(
    '%s runs under cmd.exe and sh alike',
    (_name, script) => {
      // Single quotes do not quote in cmd.exe; $VAR, ./x, rm/cp/mv, export and `&` are POSIX shell.
      const outsideDoubleQuotes = script.replace(/"[^"]*"/g, '""')
      expect(outsideDoubleQuotes).not.toMatch(
        /'|\$|(^|\s)\.\/|(^|\s)(rm|cp|mv|export|cat|env)\s|[^&]&[^&]|\\/,
      )
    },
  )
})
