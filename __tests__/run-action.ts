import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const DIST = resolve(import.meta.dirname, '..', 'dist', 'index.js')

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** The step summary Markdown, '' when none was written. */
  summary: string
  workspace: string
  runnerTemp: string
  /** The parsed error report, when the `error_report` output names one. */
  errorReport:
    | Array<{
        job_id: string | null
        index: number | null
        user: unknown
        errors: { code: string; message: string; path?: string }[]
      }>
    | undefined
  /** `::error::` lines printed, the way the runner would show them. */
  errors: string[]
  durationMs: number
}

/** What the inputs need to know of an emulator (a structural type keeps this file standalone). */
export interface EmulatorTenant {
  url: string
  clientId: string
  clientSecret: string
  connections: { id: string }[]
}

/** `domain`, `client_id` and `client_secret` of an emulator's tenant. */
export function tenantInputs(emulator: EmulatorTenant): Record<string, string> {
  return {
    domain: emulator.url,
    client_id: emulator.clientId,
    client_secret: emulator.clientSecret,
  }
}

/** An import of `users.json` (in the run's workspace) into the emulator's database connection. */
export function importInputs(
  emulator: EmulatorTenant,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    operation: 'import-users',
    ...tenantInputs(emulator),
    connection_id: emulator.connections[0]?.id ?? '',
    file: 'users.json',
    ...extra,
  }
}

/** Parses the runner's `name<<delimiter` heredoc format of GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    outputs[name ?? ''] = value.join('\n')
  }
  return outputs
}

let ownScratch: string | undefined

/**
 * Where runs put their workspace and runner temp folders: the test run's own folder when there
 * is one (vitest.setup.ts removes it afterwards); otherwise (the demo, the benchmarks) one folder
 * for this process, removed when it exits, whether it succeeded, failed or was interrupted.
 */
export function scratchFolder(): string {
  const shared = process.env.AUTH0_ACTION_TEST_TMP
  if (shared) return shared
  if (ownScratch) return ownScratch
  const folder = mkdtempSync(join(tmpdir(), 'auth0-jobs-action-run-'))
  ownScratch = folder
  const remove = (): void => rmSync(folder, { recursive: true, force: true })
  process.on('exit', remove)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      remove()
      process.kill(process.pid, signal)
    })
  }
  return folder
}

/**
 * Runs the bundled action exactly as the runner does: a fresh `node dist/index.js` process with
 * inputs in INPUT_* variables and the runner's files for outputs and the step summary.
 */
export async function runAction(
  inputs: Record<string, string>,
  options: {
    files?: Record<string, string>
    env?: Record<string, string>
    signalAfterMs?: number
  } = {},
): Promise<ActionRun> {
  const parent = scratchFolder()
  const workspace = await mkdtemp(join(parent, 'workspace-'))
  const runnerTemp = await mkdtemp(join(parent, 'runner-temp-'))
  const outputFile = join(runnerTemp, 'github_output')
  const summaryFile = join(runnerTemp, 'step_summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  for (const [name, content] of Object.entries(options.files ?? {})) {
    await writeFile(join(workspace, name), content)
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...windowsEssentials(),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/release',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    ...options.env,
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const started = performance.now()
  const child = spawn(process.execPath, [DIST], { env, cwd: workspace })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  if (options.signalAfterMs !== undefined) {
    setTimeout(() => child.kill('SIGTERM'), options.signalAfterMs)
  }
  const exitCode = await new Promise<number>((done) =>
    child.on('close', (code) => done(code ?? -1)),
  )
  const durationMs = performance.now() - started
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'))
  const summary = await readFile(summaryFile, 'utf8')
  const errorReport = outputs.error_report
    ? JSON.parse(await readFile(outputs.error_report, 'utf8'))
    : undefined
  const errors = stdout.split('\n').filter((line) => line.startsWith('::error'))
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    workspace,
    runnerTemp,
    errorReport,
    errors,
    durationMs,
  }
}

/** Windows programs need these to start (without SystemRoot, Node cannot even open a socket). */
function windowsEssentials(): Record<string, string> {
  if (process.platform !== 'win32') return {}
  const names = ['SystemRoot', 'SystemDrive', 'windir', 'TEMP', 'TMP', 'USERPROFILE', 'ComSpec']
  return Object.fromEntries(
    names.flatMap((name) => (process.env[name] ? [[name, process.env[name] as string]] : [])),
  )
}
