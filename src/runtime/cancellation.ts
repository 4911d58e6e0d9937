/**
 * Cancellation of the step (a cancelled workflow: the runner sends SIGINT, then SIGTERM). main.ts
 * owns the signal listener and aborts the step's AbortSignal with a `CancelledError`; every wait
 * (Deadline.sleep) then throws it, and the operation records what it knows and rethrows.
 */
export class CancelledError extends Error {
  override name = 'CancelledError'
  constructor(
    /** The signal that cancelled the step, e.g. `SIGTERM`. */
    readonly signal: string,
    message = `The step was cancelled (${signal}).`,
    /** True when the message already says which jobs are running and how to go on. */
    readonly explained = false,
  ) {
    super(message)
  }
}

/** Is `error` the step's cancellation (or anything thrown while it was being cancelled)? */
export function isCancellation(error: unknown, signal?: AbortSignal): boolean {
  return error instanceof CancelledError || signal?.aborted === true
}

/** The signal's reason when it is a cancellation, else a generic one. */
export function cancellationOf(signal: AbortSignal | undefined): CancelledError {
  const reason: unknown = signal?.reason
  return reason instanceof CancelledError ? reason : new CancelledError('cancellation')
}
