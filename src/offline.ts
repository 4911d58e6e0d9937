/**
 * The step's side for a run that sends nothing: a dry run of an import without `plan` or a
 * pull-request comment. Its context has no network: touching the API or the dispatcher is a bug,
 * and throws. Why a module of its own: the network side (connect.ts) loads undici, which such a
 * run would compile before its validation pass for nothing (bench/validate-speed.ts).
 */
import type { Connection, ConnectOptions } from './connect.js'
import type { Settings } from './inputs/settings.js'
import type { OperationContext } from './operations/context.js'
import type { JobLedger } from './results/ledger.js'
import { systemClock } from './runtime/clock.js'
import { Deadline } from './runtime/deadline.js'

/** Whether the step, as set, sends no request at all. */
export function sendsNothing(settings: Settings): boolean {
  return (
    settings.operation === 'import-users' &&
    settings.dryRun &&
    settings.plan !== true &&
    settings.githubToken === undefined
  )
}

/** Anything of the network: a run that sends nothing never reaches it. */
const NO_NETWORK = new Proxy(
  {},
  {
    get(): never {
      throw new Error('internal: this run sends nothing, yet it used the network')
    },
  },
)

export function offline(
  settings: Settings,
  ledger: JobLedger,
  options: ConnectOptions,
): Connection {
  const deadline = new Deadline(systemClock, settings.timeoutMs, options.signal)
  const context: OperationContext = {
    api: NO_NETWORK as OperationContext['api'],
    clock: systemClock,
    deadline,
    logger: options.logger,
    ledger,
    newTracker: () => NO_NETWORK as ReturnType<OperationContext['newTracker']>,
    runnerTemp: options.runnerTemp,
    dispatcher: NO_NETWORK as OperationContext['dispatcher'],
  }
  return {
    context,
    dispatcher: NO_NETWORK as Connection['dispatcher'],
    logRequestCounts(): void {},
    async close(): Promise<void> {},
  }
}
