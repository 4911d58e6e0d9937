/**
 * The whole action exporting users: `npm run build && npx node bench/export-action.ts [users] [runs]`.
 *
 * Starts the emulator in this process with `exportUsers` generated users (200,000 by default) and
 * runs the built dist/index.js as a child process the way the runner does (inputs in INPUT_*
 * variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / RUNNER_TEMP files), operation export-users,
 * format json, `runs` times (3 by default). For each run it measures:
 *
 * - peak RSS of the action: the child runs under `/usr/bin/time -f %M` (wait4's ru_maxrss of the
 *   node process; /usr/bin/time is a tiny process, so nothing of this big parent is inherited),
 *   and, as a second opinion, VmHWM read from /proc/<node pid>/status every 20 ms;
 * - download + decompress throughput: decompressed bytes written / time from the moment the
 *   emulator received the download request to the moment the action printed "Exported N users"
 *   (so job polling and process start-up are left out; the time to exit is shown separately).
 *
 * Baselines, in the same run: `node -e 0` (what any Node process costs), `node -e
 * "import('undici')"`, the bundle alone failing on an invalid input (its load cost), and
 * zlib.gunzipSync of the very bytes the emulator serves (in this process; its throughput).
 * Targets (issue 3): peak RSS < 100 MB, ≥ 50 MB/s of output. Exit code 1 when one is missed.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createGunzip, gunzipSync } from 'node:zlib'
import { generatedSource, renderExport } from '../emulator/exports.ts'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import { type ChildRun, runChild } from './compare/child.ts'

const PROJECT = resolve(import.meta.dirname, '..')
const DIST = join(PROJECT, 'dist', 'index.js')
const TIME = '/usr/bin/time'
const MB = 1e6
const MiB = 1024 * 1024
const CONNECTION = 'Username-Password-Authentication'
/**
 * Extra environment for every child, as JSON, for experiments: e.g.
 * BENCH_CHILD_ENV='{"NODE_OPTIONS":"--max-semi-space-size=1"}' or '{"MALLOC_ARENA_MAX":"1"}'.
 */
const CHILD_ENV = JSON.parse(process.env.BENCH_CHILD_ENV ?? '{}') as Record<string, string>

/** Runner-like environment for the bundle, in fresh folders. */
async function runnerEnv(
  inputs: Record<string, string>,
): Promise<{ env: Record<string, string>; folders: string[] }> {
  const workspace = await mkdtemp(join(tmpdir(), 'bench-action-ws-'))
  const runnerTemp = await mkdtemp(join(tmpdir(), 'bench-action-tmp-'))
  await writeFile(join(runnerTemp, 'github_output'), '')
  await writeFile(join(runnerTemp, 'step_summary'), '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: join(runnerTemp, 'github_output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'step_summary'),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/release',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(env, CHILD_ENV)
  return { env, folders: [workspace, runnerTemp] }
}

function peakKiB(run: ChildRun): number {
  return Math.max(run.timeMaxRssKiB ?? 0, run.polledHwmKiB)
}

interface ActionResult {
  peakKiB: number
  /** Largest VmRSS sampled before the download request arrived: start-up, token, polling. */
  beforeDownloadKiB: number
  timeKiB: number | undefined
  polledKiB: number
  outputBytes: number
  records: number
  downloadSeconds: number
  toExitSeconds: number
  totalSeconds: number
}

async function runExport(
  emulator: Emulator,
  users: number,
  extra: Record<string, string> = {},
): Promise<ActionResult> {
  const { env, folders } = await runnerEnv({
    operation: 'export-users',
    domain: emulator.url,
    client_id: emulator.clientId,
    client_secret: emulator.clientSecret,
    format: 'json',
    ...extra,
  })
  const before = emulator.requests.length
  try {
    const run = await runChild([DIST], env, folders[0] as string)
    if (run.exitCode !== 0) {
      throw new Error(`the action failed (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`)
    }
    const download = emulator.requests
      .slice(before)
      .find((request) => request.path.startsWith('/exports/') && request.status === 200)
    const done = run.lineAt(/^Exported \d+ users to /)
    const line = /^Exported (\d+) users to (.+) \((\d+) bytes\)\.$/m.exec(run.stdout)
    if (!download || done === undefined || !line) {
      throw new Error(`no download or no "Exported" line in the output:\n${run.stdout}`)
    }
    const records = Number(line[1])
    const outputBytes = (await stat(line[2] as string)).size
    if (records !== users) throw new Error(`the action counted ${records} users, not ${users}`)
    if (outputBytes !== Number(line[3])) throw new Error('file size differs from the log')
    const early = run.samples.filter((sample) => sample.at < download.at)
    return {
      peakKiB: peakKiB(run),
      beforeDownloadKiB: Math.max(0, ...early.map((sample) => sample.rssKiB)),
      timeKiB: run.timeMaxRssKiB,
      polledKiB: run.polledHwmKiB,
      outputBytes,
      records,
      downloadSeconds: (done - download.at) / 1000,
      toExitSeconds: (run.exitedAt - download.at) / 1000,
      totalSeconds: (run.exitedAt - run.spawnedAt) / 1000,
    }
  } finally {
    for (const folder of folders) await rm(folder, { recursive: true, force: true })
  }
}

/** `runs` bare children, for their peak RSS. */
async function baselineRss(args: string[], runs: number): Promise<ChildRun[]> {
  const results: ChildRun[] = []
  for (let i = 0; i < runs; i++) {
    const { env, folders } = await runnerEnv({})
    try {
      // In the project folder, so that `undici` resolves from its node_modules.
      const run = await runChild(args, env, PROJECT)
      if (run.exitCode !== 0)
        throw new Error(`${args.join(' ')} exited ${run.exitCode}: ${run.stderr}`)
      results.push(run)
    } finally {
      for (const folder of folders) await rm(folder, { recursive: true, force: true })
    }
  }
  return results
}

/** The bundle started and stopped by an invalid input: all of its load cost, no work. */
async function bundleAlone(runs: number): Promise<ChildRun[]> {
  const results: ChildRun[] = []
  for (let i = 0; i < runs; i++) {
    const { env, folders } = await runnerEnv({
      operation: 'export-users',
      domain: 'http://127.0.0.1:9',
      token: 'bench-token-value',
      format: 'xml',
    })
    try {
      const run = await runChild([DIST], env, folders[0] as string)
      if (run.exitCode !== 1 || !run.stdout.includes("Input 'format'"))
        throw new Error(`the invalid-input run did not fail as expected:\n${run.stdout}`)
      results.push(run)
    } finally {
      for (const folder of folders) await rm(folder, { recursive: true, force: true })
    }
  }
  return results
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

const mib = (kib: number): string => (kib / 1024).toFixed(1)
const mb = (kib: number): string => ((kib * 1024) / MB).toFixed(1)

async function main(users: number, runs: number): Promise<void> {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run build first`)

  // The same bytes the emulator serves: its rendering is deterministic.
  let started = performance.now()
  const gz = await renderExport(generatedSource(users, CONNECTION), { format: 'json' })
  const renderSeconds = (performance.now() - started) / 1000
  started = performance.now()
  const plain = gunzipSync(gz)
  const gunzipSyncSeconds = (performance.now() - started) / 1000
  // Streaming gunzip in this process, into nothing: zlib's speed with 16 KiB output chunks.
  started = performance.now()
  let streamed = 0
  await new Promise<void>((done, fail) => {
    const gunzip = createGunzip()
    gunzip.on('data', (chunk: Buffer) => {
      streamed += chunk.length
    })
    gunzip.on('end', done)
    gunzip.on('error', fail)
    gunzip.end(gz)
  })
  const streamSeconds = (performance.now() - started) / 1000
  if (streamed !== plain.length) throw new Error('streaming gunzip disagrees with gunzipSync')
  const outputBytes = plain.length
  console.error(
    `${users} users: ${(gz.length / MiB).toFixed(1)} MiB gzip, ${(outputBytes / MiB).toFixed(1)} MiB NDJSON (rendered in ${renderSeconds.toFixed(2)} s)`,
  )

  // The job stays processing long enough for the emulator to render the file in the background,
  // so the download is served at once and its time is the action's.
  const processingMs = Math.max(2_000, Math.ceil(renderSeconds * 1000 * 2))
  const emulator = await startEmulator({
    exportUsers: users,
    jobTiming: { pendingMs: 100, processingMs },
    rateLimit: false,
  })
  const actions: ActionResult[] = []
  const small: ActionResult[] = []
  try {
    // The same steps with one user: what the action costs whatever the size of the export.
    for (let i = 0; i < runs; i++) small.push(await runExport(emulator, 1, { limit: '1' }))
    for (let i = 0; i < runs; i++) {
      const result = await runExport(emulator, users)
      if (result.outputBytes !== outputBytes)
        throw new Error(`the action wrote ${result.outputBytes} bytes, not ${outputBytes}`)
      actions.push(result)
      console.error(
        `run ${i + 1}: peak RSS ${mib(result.peakKiB)} MiB (before the download ${mib(result.beforeDownloadKiB)} MiB; time ${result.timeKiB ?? '—'} KiB, polled ${result.polledKiB} KiB), download ${result.downloadSeconds.toFixed(2)} s, to exit ${result.toExitSeconds.toFixed(2)} s`,
      )
    }
  } finally {
    await emulator.close()
  }

  const bare = await baselineRss(['-e', '0'], runs)
  const undici = await baselineRss(['-e', "await import('undici')", '--input-type=module'], runs)
  const bundle = await bundleAlone(runs)

  const actionPeak = Math.max(...actions.map((a) => a.peakKiB))
  const bareKiB = Math.max(...bare.map(peakKiB))
  const undiciKiB = Math.max(...undici.map(peakKiB))
  const bundleKiB = Math.max(...bundle.map(peakKiB))
  const downloadSeconds = median(actions.map((a) => a.downloadSeconds))
  const toExitSeconds = median(actions.map((a) => a.toExitSeconds))
  const rate = outputBytes / MB / downloadSeconds
  const rateToExit = outputBytes / MB / toExitSeconds
  const syncRate = outputBytes / MB / gunzipSyncSeconds
  const streamRate = outputBytes / MB / streamSeconds

  console.log(
    `\n### export-users, ${users} users, json: ${(gz.length / MB).toFixed(1)} MB gzip → ${(outputBytes / MB).toFixed(1)} MB NDJSON`,
  )
  console.log(
    `Node ${process.version}; ${runs} action runs (peak RSS: the largest; times: the median); RSS from ${existsSync(TIME) ? '/usr/bin/time %M and ' : ''}VmHWM polled every 20 ms, the larger.\n`,
  )
  console.log('| measure | figure | baseline | ratio to baseline | target |')
  console.log('|---|---:|---:|---:|---|')
  const row = (cells: string[]): void => console.log(`| ${cells.join(' | ')} |`)
  row([
    'peak RSS, action (export-users)',
    `${mb(actionPeak)} MB (${mib(actionPeak)} MiB)`,
    `${mb(bareKiB)} MB (\`node -e 0\`)`,
    `${(actionPeak / bareKiB).toFixed(2)}×`,
    `< 100 MB: ${actionPeak * 1024 < 100 * MB ? 'met' : '**MISSED**'}`,
  ])
  const beforeKiB = Math.max(...actions.map((a) => a.beforeDownloadKiB))
  const smallKiB = Math.max(...small.map((a) => a.peakKiB))
  row([
    '… of which before the download (start-up, token, job polling)',
    `${mb(beforeKiB)} MB`,
    `${mb(bareKiB)} MB`,
    `${(beforeKiB / bareKiB).toFixed(2)}×`,
    '',
  ])
  row([
    'peak RSS, the same action exporting 1 user (limit: 1)',
    `${mb(smallKiB)} MB`,
    `${mb(bareKiB)} MB`,
    `${(smallKiB / bareKiB).toFixed(2)}×`,
    '',
  ])
  row([
    'peak RSS, bundle alone (invalid input, exit 1)',
    `${mb(bundleKiB)} MB`,
    `${mb(bareKiB)} MB`,
    `${(bundleKiB / bareKiB).toFixed(2)}×`,
    '',
  ])
  row([
    'peak RSS, `node -e "await import(\'undici\')"`',
    `${mb(undiciKiB)} MB`,
    `${mb(bareKiB)} MB`,
    `${(undiciKiB / bareKiB).toFixed(2)}×`,
    '',
  ])
  row([
    'download + gunzip + count + write (request → "Exported" line)',
    `${rate.toFixed(1)} MB/s (${downloadSeconds.toFixed(2)} s)`,
    `${syncRate.toFixed(1)} MB/s (\`zlib.gunzipSync\`, ${gunzipSyncSeconds.toFixed(2)} s)`,
    `${(rate / syncRate).toFixed(2)}×`,
    `≥ 50 MB/s: ${rate >= 50 ? 'met' : '**MISSED**'}`,
  ])
  row([
    'same, request → process exit',
    `${rateToExit.toFixed(1)} MB/s (${toExitSeconds.toFixed(2)} s)`,
    `${syncRate.toFixed(1)} MB/s`,
    `${(rateToExit / syncRate).toFixed(2)}×`,
    '',
  ])
  row([
    'streaming `createGunzip` in-process (reference)',
    `${streamRate.toFixed(1)} MB/s (${streamSeconds.toFixed(2)} s)`,
    `${syncRate.toFixed(1)} MB/s`,
    `${(streamRate / syncRate).toFixed(2)}×`,
    '',
  ])
  row([
    'whole step (spawn → exit, incl. job wait)',
    `${median(actions.map((a) => a.totalSeconds)).toFixed(2)} s`,
    '',
    '',
    '',
  ])
  console.log(
    `\nper run: ${actions.map((a) => `${mb(a.peakKiB)} MB / ${(outputBytes / MB / a.downloadSeconds).toFixed(0)} MB/s`).join('; ')}`,
  )
  if (!(actionPeak * 1024 < 100 * MB && rate >= 50)) process.exitCode = 1
}

await main(Number(process.argv[2] ?? 200_000), Number(process.argv[3] ?? 3))
