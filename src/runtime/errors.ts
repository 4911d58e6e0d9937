/**
 * Error kinds that reach the single failure funnel in main.ts. Each carries a message that a user
 * can act on; the funnel only prints it.
 */

/** A bad input, detected before anything is sent. The message names the input and the value. */
export class InputError extends Error {
  override name = 'InputError'
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message)
  }
}

/** The Management API (or the token endpoint) answered with an error that retrying cannot fix. */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly status: number
  readonly errorCode: string | undefined
  constructor(status: number, message: string, errorCode?: string) {
    super(message)
    this.status = status
    this.errorCode = errorCode
  }
}

/** The step's `timeout` ran out while waiting for Auth0. */
export class DeadlineError extends Error {
  override name = 'DeadlineError'
}

/** Turns anything thrown into one line for `core.setFailed`. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}
