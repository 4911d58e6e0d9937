/**
 * Writes dist/licenses.txt from the bundle's own module list: every package with a file in the
 * bundle is named, with its version, licence and licence text. ncc's `--license` option misses
 * the ES-module packages (@actions/core, undici, …), so the list comes from the build's webpack
 * stats (`ncc build --stats-out`) instead.
 *
 *   node scripts/licenses.ts STATS.json [OUT]   (npm run build does this; OUT: dist/licenses.txt)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

interface StatsModule {
  name?: string
  modules?: StatsModule[]
}

export interface BundledPackage {
  name: string
  /** Its folder relative to the project, e.g. `node_modules/a/node_modules/b`. */
  dir: string
}

/** Each package with a module in the stats, sorted by name (a nested copy counts on its own). */
export function bundledPackages(stats: { modules?: StatsModule[] }): BundledPackage[] {
  const found = new Map<string, BundledPackage>()
  const walk = (modules: StatsModule[] | undefined): void => {
    for (const module of modules ?? []) {
      // The last node_modules segment names the package the file belongs to.
      const path = (module.name ?? '').replaceAll('\\', '/')
      const match = /^(?:\.\/)?((?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(path)
      if (match?.[1] && match[2] && !found.has(match[1])) {
        found.set(match[1], { name: match[2], dir: match[1] })
      }
      walk(module.modules)
    }
  }
  walk(stats.modules)
  return [...found.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.dir.localeCompare(b.dir),
  )
}

/** The package names the licences file lists (each entry starts with `name@version`). */
export function listedPackages(licenses: string): string[] {
  return [...licenses.matchAll(/^Package: ((?:@[^@\s/]+\/)?[^@\s]+)@\S+$/gm)].map((m) => m[1] ?? '')
}

function licenceText(dir: string): string | undefined {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name))
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined
}

export function renderLicenses(root: string, packages: BundledPackage[]): string {
  const entries = packages.map(({ name, dir: relative }) => {
    const dir = join(root, relative)
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version: string
      license?: string
    }
    const text =
      licenceText(dir) ??
      `(The package ships no licence file; package.json says ${manifest.license}.)`
    return `Package: ${name}@${manifest.version}\nLicense: ${manifest.license ?? 'unknown'}\n\n${text}\n`
  })
  return `Third-party packages bundled in dist/ (${packages.length}), with their licences.\n\n${entries.join('\n----------------------------------------\n\n')}`
}

if (import.meta.main) {
  const [statsPath, out = 'dist/licenses.txt'] = process.argv.slice(2)
  if (!statsPath) throw new Error('usage: node scripts/licenses.ts STATS.json [OUT]')
  const root = resolve(import.meta.dirname, '..')
  const packages = bundledPackages(JSON.parse(readFileSync(statsPath, 'utf8')))
  writeFileSync(resolve(root, out), renderLicenses(root, packages))
  console.log(`${out}: ${packages.length} packages`)
}
