/**
 * Issue 15, target 1: the action's dry run of a 50 MB file of realistic users against a bare
 * `JSON.parse(fs.readFileSync(f, 'utf8'))` of the same file, in the same run.
 *
 *   npm run build && npx node bench/validate-speed.ts [--mb 50] [--rounds 9] [--keep]
 *
 * The file is generated (bench/realistic-users.ts: every custom_password_hash algorithm, bcrypt
 * hashes, metadata, MFA factors, unique emails). Each round runs both, in alternating order, as
 * fresh processes of the same node binary, measured from outside alike (bench/compare/child.ts:
 * spawn → exit, peak RSS). Prints the medians and their ratio; other work on the machine moves
 * single runs, the interleaving keeps both sides under the same load.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ChildRun, runChild } from './compare/child.ts'
import { writeUsersFile } from './realistic-users.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(args[at + 1])
}
const MB = option('mb', 50)
const ROUNDS = option('rounds', 9)

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The action's dry run of `file`, as the runner starts it. */
export function dryRun(file: string, dir: string): Promise<ChildRun> {
  return runChild(
    [join(ROOT, 'dist', 'index.js')],
    {
      PATH: process.env.PATH ?? '',
      INPUT_OPERATION: 'import-users',
      INPUT_DOMAIN: 'tenant.example.com',
      INPUT_CLIENT_ID: 'bench',
      INPUT_CLIENT_SECRET: 'bench-secret',
      INPUT_CONNECTION_ID: 'con_0123456789abcdef',
      INPUT_FILE: file,
      INPUT_DRY_RUN: 'true',
      RUNNER_TEMP: dir,
    },
    dir,
  )
}

function parseRun(file: string, dir: string): Promise<ChildRun> {
  return runChild(
    ['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`],
    { PATH: process.env.PATH ?? '' },
    dir,
  )
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'validate-speed-'))
  const file = join(dir, 'users.json')
  try {
    const users = await writeUsersFile(file, { bytes: MB * 1e6 })
    const bytes = statSync(file).size
    console.log(
      `${users} users, ${(bytes / 1e6).toFixed(1)} MB; node ${process.version}; ${ROUNDS} rounds`,
    )
    const action: ChildRun[] = []
    const parse: ChildRun[] = []
    for (let round = 0; round < ROUNDS; round++) {
      for (const who of round % 2 ? ['action', 'parse'] : ['parse', 'action']) {
        const run = who === 'action' ? await dryRun(file, dir) : await parseRun(file, dir)
        if (run.exitCode !== 0) throw new Error(`${who} failed: ${run.stdout}${run.stderr}`)
        if (who === 'action' && !/the file is valid/.test(run.stdout)) {
          throw new Error(`the dry run did not pass: ${run.stdout}`)
        }
        ;(who === 'action' ? action : parse).push(run)
      }
    }
    const wall = (runs: ChildRun[]) => median(runs.map((r) => r.exitedAt - r.spawnedAt))
    const rss = (runs: ChildRun[]) => median(runs.map((r) => r.peakRssKiB / 1024))
    const row = (name: string, runs: ChildRun[]) =>
      `${name.padEnd(40)} ${wall(runs).toFixed(0).padStart(6)} ms ${rss(runs).toFixed(0).padStart(5)} MB peak RSS  (runs: ${runs.map((r) => r.exitedAt - r.spawnedAt).join(' ')})`
    console.log(row("JSON.parse(readFileSync(f, 'utf8'))", parse))
    console.log(row('action dry run (dist/index.js)', action))
    console.log(
      `ratio (action / JSON.parse), medians: wall ${(wall(action) / wall(parse)).toFixed(2)}× (target ≤ 1.00), peak RSS ${rss(action).toFixed(0)} MB (target ≤ 150)`,
    )
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.main) await main()
