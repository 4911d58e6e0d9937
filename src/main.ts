import { tmpdir } from 'node:os'
import { privateKeyMaskParts } from './auth0/client-assertion.js'
import type { Connection } from './connect.js'
import { proxySecrets } from './http/proxy-env.js'
import { parseInputs, unusedInputWarnings } from './inputs/parse.js'
import type { Operation } from './inputs/settings.js'
import { runOperation } from './operations/index.js'
import { publish } from './report/publish.js'
import { KnownSecrets } from './report/secrets.js'
import { JobLedger } from './results/ledger.js'
import type { OperationResult } from './results/result.js'
import { isFinal } from './results/verdict.js'
import * as core from './runtime/actions-core.js'
import { CancelledError } from './runtime/cancellation.js'
import { DeadlineError, errorMessage } from './runtime/errors.js'
import { type Logger, runnerLogger } from './runtime/logger.js'

/** Every log line goes through oneLogLine: no text from outside can start a workflow command. */
const coreLogger: Logger = runnerLogger(core)

/** The action: parse inputs, run the operation, publish what is known, fail once if needed. */
export async function run(): Promise<void> {
  // Every secret is masked in the log and remembered, to be scrubbed from the files written.
  const secrets = new KnownSecrets()
  const mask = (secret: string): void => {
    core.setSecret(secret)
    secrets.add(secret)
  }
  maskSecretInputs(mask)
  const runnerTemp = process.env.RUNNER_TEMP || tmpdir()
  let connection: Connection | undefined
  const cancellation = listenForCancellation(() => connection?.close())
  const ledger = new JobLedger()
  let operation: Operation | undefined
  let result: OperationResult | undefined
  let failure: unknown
  let githubToken: string | undefined
  try {
    const settings = parseInputs(core.getInput, process.env)
    githubToken = settings.githubToken
    operation = settings.operation
    for (const warning of unusedInputWarnings(core.getInput, operation)) {
      coreLogger.warning(warning)
    }
    // Loaded only now: undici and the API client are most of the bundle, and a step that fails
    // on its inputs, or sends nothing, never needs them (bench/cold-start.ts).
    const { offline, sendsNothing } = await import('./offline.js')
    const { connect } = sendsNothing(settings) ? { connect: offline } : await import('./connect.js')
    connection = connect(settings, ledger, {
      logger: coreLogger,
      runnerTemp,
      mask,
      signal: cancellation.signal,
    })
    try {
      result = await runOperation(settings, connection.context)
    } finally {
      connection.logRequestCounts()
    }
  } catch (error) {
    failure = error
    // What the operation found before it stopped: every job id and its last status seen.
    if (operation) result = ledger.stopped(operation)
  }
  const message = failure === undefined ? result?.failure : failureMessage(failure, result)
  try {
    if (result) await publish(result, message, runnerTemp, secrets)
  } catch (error) {
    coreLogger.warning(`Could not write the outputs or the step summary: ${errorMessage(error)}`)
  }
  try {
    // After the outputs: a comment that fails or hangs never costs the migration its results.
    if (result && githubToken && connection) {
      await commentOnPullRequest(result, message, githubToken, connection)
    }
  } finally {
    cancellation.stop()
    // Keep-alive sockets would hold the process open after the work is done.
    await connection?.close()
  }
  if (message !== undefined) core.setFailed(secrets.scrub(message))
}

/** The pull request's comment (github_token); a failure is a warning, never the step's error. */
async function commentOnPullRequest(
  result: OperationResult,
  message: string | undefined,
  githubToken: string,
  connection: Connection,
): Promise<void> {
  try {
    const { commentStep } = await import('./github/comment.js')
    await commentStep(result, message, githubToken, process.env, connection.dispatcher, coreLogger)
  } catch (error) {
    coreLogger.warning(`Could not comment on the pull request: ${errorMessage(error)}`)
  }
}

/** Before anything else runs, so that no later line (even an input error) can show them. */
function maskSecretInputs(mask: (secret: string) => void): void {
  for (const secret of ['client_secret', 'token', 'github_token']) {
    const value = core.getInput(secret)
    if (value) mask(value)
  }
  // The PEM as given, normalised, and line by line (a log line can hold one line of a key).
  for (const part of privateKeyMaskParts(core.getInput('client_assertion_key'))) {
    mask(part)
  }
  // Proxy credentials too, although the proxy is set up only once the inputs parsed.
  for (const secret of proxySecrets(process.env)) mask(secret)
}

/** The error, plus how to go on when jobs were still running as the step stopped. */
function failureMessage(failure: unknown, result: OperationResult | undefined): string {
  const message = errorMessage(failure)
  const stoppedWaiting =
    failure instanceof DeadlineError || (failure instanceof CancelledError && !failure.explained)
  if (!result || !stoppedWaiting) return message
  const unfinished = result.jobs.filter((job) => !isFinal(job.status)).map((job) => job.id)
  if (unfinished.length === 0) return message
  const resume = result.resumeHint ? ` ${result.resumeHint}` : ''
  return `${message} Jobs still running: ${unfinished.join(', ')}. To keep waiting, run this action with operation: get-job and job_id: ${unfinished.join(',')}.${resume}`
}

/**
 * A cancelled workflow: the runner sends SIGINT (then SIGTERM). The first signal aborts the step's
 * signal, so every wait ends at once and the operation records its progress and says how to go
 * on; the outputs are still published. A request Auth0 has not answered 3 s later is cut off (by
 * closing the connections), so the step ends within 5 s; a second signal ends it at once.
 */
function listenForCancellation(cutOffRequests: () => Promise<void> | undefined): {
  signal: AbortSignal
  stop(): void
} {
  const controller = new AbortController()
  let cutOff: NodeJS.Timeout | undefined
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      core.setFailed(`Stopped by a second ${signal}.`)
      process.exit(1)
    }
    coreLogger.info(`${signal} received: stopping (no further jobs are submitted).`)
    controller.abort(new CancelledError(signal))
    cutOff = setTimeout(() => {
      void cutOffRequests()?.catch(() => {})
    }, 3_000)
    cutOff.unref()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    stop(): void {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      if (cutOff) clearTimeout(cutOff)
    },
  }
}
