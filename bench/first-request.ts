/**
 * Issue 15, target 3b, while iterating: spawn → first request of a 1,000-user import, for one or
 * more builds of the action, interleaved round by round against the emulator.
 *
 *   npm run build && npx node bench/first-request.ts [--runs 20] [--dist dist,/tmp/other-dist]
 *
 * Each run gets a fresh emulator and the users file bench/compare uses, with the inputs the
 * compare run gives (bench/compare/run.ts). The published figure, against the SDK script, is
 * bench/compare's; this one compares builds of the action with each other: copy a build's dist/
 * aside, change the code, rebuild, and pass both folders.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startEmulator } from '../emulator/server.ts'
import { writeUsersFile } from './compare/users.ts'
import { median } from './validate-speed.ts'

const ROOT = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : (args[at + 1] ?? fallback)
}
const RUNS = Number(option('runs', '20'))
const DISTS = option('dist', 'dist')
  .split(',')
  .map((folder) => resolve(ROOT, folder, 'index.js'))

/** Milliseconds from spawn to the first request the emulator received. */
async function firstRequest(entry: string, dir: string): Promise<number> {
  const emulator = await startEmulator()
  try {
    writeFileSync(join(dir, 'github_output'), '')
    writeFileSync(join(dir, 'step_summary'), '')
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_OUTPUT: join(dir, 'github_output'),
      GITHUB_STEP_SUMMARY: join(dir, 'step_summary'),
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      GITHUB_ACTIONS: 'true',
      INPUT_OPERATION: 'import-users',
      INPUT_DOMAIN: emulator.url,
      INPUT_CLIENT_ID: emulator.clientId,
      INPUT_CLIENT_SECRET: emulator.clientSecret,
      INPUT_CONNECTION_ID: emulator.connections[0]?.id ?? '',
      INPUT_FILE: 'users.json',
      INPUT_SEND_COMPLETION_EMAIL: 'false',
      INPUT_MAX_FAILED_USERS: '1%',
    }
    const spawnedAt = Date.now()
    const child = spawn(process.execPath, [entry], { env, cwd: dir, stdio: 'ignore' })
    const code = await new Promise<number | null>((done) => child.on('exit', done))
    const first = emulator.requests[0]
    if (code !== 0 || !first) throw new Error(`${entry}: the import failed (exit ${code})`)
    return first.at - spawnedAt
  } finally {
    await emulator.close()
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'first-request-'))
  try {
    await writeUsersFile(join(dir, 'users.json'), 1000)
    const times = DISTS.map((): number[] => [])
    for (let round = 0; round < RUNS; round++) {
      // Alternate which build goes first, so a drift of the machine's speed hits both alike.
      const order = DISTS.map((_, k) => k)
      if (round % 2) order.reverse()
      for (const k of order) times[k]?.push(await firstRequest(DISTS[k] as string, dir))
    }
    console.log(`node ${process.version}; ${RUNS} interleaved runs of a 1,000-user import each`)
    DISTS.forEach((entry, k) => {
      const runs = times[k] ?? []
      console.log(`${entry}: median ${median(runs)} ms  (${runs.join(' ')})`)
    })
    if (DISTS.length > 1) {
      const base = median(times[0] ?? [])
      for (let k = 1; k < DISTS.length; k++) {
        console.log(`ratio ${k} / 0: ${(median(times[k] ?? []) / base).toFixed(3)}`)
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.main) await main()
