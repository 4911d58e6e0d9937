/**
 * The step's network side: one dispatcher (direct or through the runner's proxy), the retrying
 * transport, the token source and the Management API client, wired into an OperationContext.
 * main.ts loads this module only after the inputs parsed, so a step that fails on its inputs never
 * loads undici (bench/cold-start.ts).
 */
import { ManagementApi } from './auth0/management-api.js'
import { ClientCredentialsTokens, fixedToken, type TokenSource } from './auth0/tokens.js'
import { createDispatcher, type StepDispatcher } from './http/dispatcher.js'
import { Transport } from './http/transport.js'
import type { Settings } from './inputs/settings.js'
import { JobTracker } from './jobs/tracker.js'
import type { OperationContext } from './operations/context.js'
import type { JobLedger } from './results/ledger.js'
import { systemClock } from './runtime/clock.js'
import { Deadline } from './runtime/deadline.js'
import type { Logger } from './runtime/logger.js'

export interface Connection {
  context: OperationContext
  dispatcher: StepDispatcher
  /** Logs how many requests were made, if any. */
  logRequestCounts(): void
  /** Closes every connection (keep-alive sockets would hold the process open). */
  close(): Promise<void>
}

export interface ConnectOptions {
  logger: Logger
  runnerTemp: string
  /** Masks a secret in the log and remembers it, to be scrubbed from the files written. */
  mask: (secret: string) => void
  signal?: AbortSignal
}

export function connect(
  settings: Settings,
  ledger: JobLedger,
  options: ConnectOptions,
): Connection {
  const { logger, runnerTemp, mask, signal } = options
  const dispatcher = createDispatcher(process.env, { onSecret: mask })
  const clock = systemClock
  // `timeout` counts from the start of the step, which is the start of this process.
  const deadline = new Deadline(clock, settings.timeoutMs, signal)
  const transport = new Transport({ dispatcher, clock, deadline, logger })
  const { origin, credentials } = settings.tenant
  const tokens: TokenSource =
    credentials.kind === 'token'
      ? fixedToken(credentials.token)
      : new ClientCredentialsTokens(origin, credentials, transport, clock, mask)
  const api = new ManagementApi(origin, transport, tokens, mask)
  const context: OperationContext = {
    api,
    clock,
    deadline,
    logger,
    ledger,
    newTracker: () => new JobTracker(api, clock, deadline, logger, (job) => ledger.see(job)),
    runnerTemp,
    dispatcher,
  }
  return {
    context,
    dispatcher,
    logRequestCounts(): void {
      const { requests, rateLimited, pacedWaits } = transport.stats
      if (requests === 0) return
      logger.info(
        `Requests to Auth0: ${requests} (${rateLimited} answered 429; ${pacedWaits} waits for the rate limit to reset).`,
      )
    },
    async close(): Promise<void> {
      if (!dispatcher.destroyed) await dispatcher.destroy()
    },
  }
}
