/** Faults injected by tests: one-off statuses, 429s, resets, delays, expired tokens. */
import { apiError, type Context, REASONS, send, xmlError } from './replies.ts'
import type { Fault } from './types.ts'

/** The first injected fault matching the request, used up by one (see `times`). */
export function takeFault(faults: Fault[], method: string, pathname: string): Fault | undefined {
  const index = faults.findIndex((fault) => {
    if (fault.method && fault.method.toUpperCase() !== method) return false
    if (fault.path === undefined) return true
    if (typeof fault.path === 'string') return fault.path === pathname
    fault.path.lastIndex = 0
    return fault.path.test(pathname)
  })
  if (index < 0) return undefined
  const fault = faults[index] as Fault
  const left = (fault.times ?? 1) - 1
  if (left > 0) faults[index] = { ...fault, times: left }
  else faults.splice(index, 1)
  return fault
}

/** Answers the fault; false when the request should go on (a delay). */
export async function handleFault(ctx: Context, fault: Fault): Promise<boolean> {
  ctx.record.fault = fault.kind
  switch (fault.kind) {
    case 'status': {
      const headers = fault.headers ?? {}
      if (fault.body !== undefined) {
        send(ctx, fault.status, fault.body, headers)
      } else if (ctx.pathname.startsWith('/exports/')) {
        xmlError(ctx, fault.status, 'InternalError', 'We encountered an internal error.')
      } else {
        apiError(ctx, fault.status, REASONS[fault.status] ?? 'Error', undefined, headers)
      }
      return true
    }
    case 'rate-limit': {
      const headers: Record<string, string> = {}
      if (fault.resetInSeconds !== undefined) {
        headers['x-ratelimit-reset'] = String(
          Math.ceil(ctx.state.now() / 1000 + fault.resetInSeconds),
        )
      }
      if (fault.retryAfterSeconds !== undefined) {
        headers['retry-after'] = String(fault.retryAfterSeconds)
      }
      apiError(ctx, 429, 'Global limit has been reached', undefined, headers)
      return true
    }
    case 'reset':
      ctx.record.status = 0
      ctx.req.socket.destroy()
      return true
    case 'expire-token':
      apiError(
        ctx,
        401,
        'Expired token received for JSON Web Token validation',
        'invalid_token',
        {},
      )
      return true
    case 'delay':
      await ctx.state.sleep(fault.ms)
      return false
  }
}
