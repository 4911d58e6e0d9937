/** Time as the waiting and retry logic sees it; tests pass a fake to avoid real waiting. */
export interface Clock {
  /** Milliseconds since an arbitrary origin; only differences matter. */
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/** Node fires a timer set beyond this at once (after a warning), which turns a long wait into a storm. */
export const LONGEST_TIMER_MS = 2 ** 31 - 1

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: async (ms, signal) => {
    // Inputs keep real waits far below the limit; slicing makes any wait correct anyway.
    let left = ms
    for (; left > LONGEST_TIMER_MS; left -= LONGEST_TIMER_MS) {
      await sleepOnce(LONGEST_TIMER_MS, signal)
    }
    await sleepOnce(left, signal)
  },
}

function sleepOnce(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
