/**
 * `npm run bench:polling`: how quickly the action notices a finished job, what waiting costs in
 * status requests, and how long the bundle takes to start, each against a baseline measured in
 * the same run. Runs the built dist/index.js against the emulator, as the runner would.
 *
 * Targets (issue 2): a job finished at T is noticed by T + 1 s; a 30 s job costs at most 15 GETs
 * for its status; cold start to the first request at most 3× a bare `node -e 0`.
 */
import { spawn } from 'node:child_process'
import { arch, cpus, platform } from 'node:os'
import { importInputs, runAction } from '../__tests__/run-action.ts'
import { startEmulator } from '../emulator/server.ts'

const JOB_READ = /^\/api\/v2\/jobs\/job_[A-Za-z0-9]+$/
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function waiting(processingMs: number) {
  const emulator = await startEmulator({ jobTiming: { pendingMs: 500, processingMs } })
  try {
    const run = await runAction(importInputs(emulator), {
      files: { 'users.json': JSON.stringify([{ email: 'bench@example.com' }]) },
    })
    if (run.exitCode !== 0) throw new Error(`action failed: ${run.stdout}`)
    const job = [...emulator.jobs.values()][0]
    if (!job) throw new Error('no job')
    const finishedAt = job.createdAt + job.pendingMs + job.processingMs
    const reads = emulator.requests.filter((r) => r.method === 'GET' && JOB_READ.test(r.path))
    const noticed = reads.find((r) => r.at >= finishedAt)
    return {
      processingMs,
      statusReads: reads.length,
      noticedAfterMs: noticed ? noticed.at - finishedAt : Number.NaN,
      jobMs: job.pendingMs + job.processingMs,
    }
  } finally {
    await emulator.close()
  }
}

async function spawnUntilExit(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const started = Date.now()
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, ...env },
    stdio: 'ignore',
  })
  await new Promise((done) => child.on('close', done))
  return Date.now() - started
}

async function coldStart(runs: number) {
  const emulator = await startEmulator()
  const id = emulator.createJob({ status: 'completed' })
  const toFirstRequest: number[] = []
  const bare: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      // Alternate, so that load on the machine hits both alike.
      bare.push(await spawnUntilExit(['-e', '0']))
      const before = emulator.requests.length
      const started = Date.now()
      await spawnUntilExit(['dist/index.js'], {
        INPUT_OPERATION: 'get-job',
        INPUT_DOMAIN: emulator.url,
        INPUT_CLIENT_ID: emulator.clientId,
        INPUT_CLIENT_SECRET: emulator.clientSecret,
        INPUT_JOB_ID: id,
      })
      const first = emulator.requests[before]
      if (first) toFirstRequest.push(first.at - started)
    }
  } finally {
    await emulator.close()
  }
  return { action: median(toFirstRequest), bare: median(bare) }
}

const rows: string[] = []
for (const processingMs of [5_000, 30_000]) {
  const r = await waiting(processingMs)
  rows.push(
    `| job of ${(r.jobMs / 1000).toFixed(1)} s | noticed ${r.noticedAfterMs} ms after it finished (target ≤ 1000 ms: ${(r.noticedAfterMs / 1000).toFixed(2)}× the allowance) | ${r.statusReads} status reads (target ≤ 15 for 30 s: ${(r.statusReads / 15).toFixed(2)}× the allowance) |`,
  )
}
const cold = await coldStart(15)
rows.push(
  `| cold start | dist/index.js to its first request: ${cold.action} ms (median of 15) | bare \`node -e 0\`: ${cold.bare} ms → **${(cold.action / cold.bare).toFixed(2)}×** (target ≤ 3×) |`,
)
console.log(
  `Polling and start-up, ${new Date().toISOString()}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'} (${platform()} ${arch()}), Node ${process.version}\n`,
)
console.log('| scenario | measured | against the target |\n| --- | --- | --- |')
console.log(rows.join('\n'))
