/**
 * Issue 15, target 3: cold start of dist/index.js (the no-input failure: the bundle loads, parses
 * its inputs and fails) against a bare `node -e 0` of the same binary, interleaved.
 *
 *   npm run build && npx node bench/cold-start.ts [--runs 15]
 *
 * Spawn → exit of both, alternating which goes first, medians. Profile the start with
 * `node --cpu-prof dist/index.js` (no inputs) to see where the time goes.
 */
import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median } from './validate-speed.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const at = process.argv.indexOf('--runs')
const RUNS = at === -1 ? 15 : Number(process.argv[at + 1])

function time(args: string[]): number {
  const started = performance.now()
  const child = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH ?? '' } })
  const ms = performance.now() - started
  if (args[0] !== '-e' && !String(child.stdout).includes('::error::')) {
    throw new Error(`expected the no-input failure, got: ${child.stdout}${child.stderr}`)
  }
  return ms
}

const bare: number[] = []
const action: number[] = []
const dist = join(ROOT, 'dist', 'index.js')
for (let k = 0; k < RUNS; k++) {
  for (const who of k % 2 ? ['action', 'bare'] : ['bare', 'action']) {
    if (who === 'bare') bare.push(time(['-e', '0']))
    else action.push(time([dist]))
  }
}
const b = median(bare)
const a = median(action)
console.log(`node ${process.version}, ${RUNS} interleaved runs each (spawn → exit)`)
console.log(
  `node -e 0:                     median ${b.toFixed(0)} ms  (${bare.map((v) => v.toFixed(0)).join(' ')})`,
)
console.log(
  `dist/index.js, no inputs:      median ${a.toFixed(0)} ms  (${action.map((v) => v.toFixed(0)).join(' ')})`,
)
console.log(`ratio: ${(a / b).toFixed(2)}× (target ≤ 3.0×)`)
