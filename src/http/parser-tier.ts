import { setFlagsFromString } from 'node:v8'

let capped = false

/**
 * Keeps the WebAssembly HTTP parser undici compiles on its first connection at V8's baseline
 * tier. Why: V8 otherwise recompiles it with its optimising tier after a few requests, which
 * raised an export's peak memory by ~11 MiB (bench/export-action.ts, 200,000 users: 90.4 MiB
 * without the cap, 79.7 MiB with it); the baseline tier is ample for the few requests a step makes.
 *
 * Called by the step's dispatcher (dispatcher.ts) before each request: only the first sets it.
 * Why then, and not when the step starts: changing a V8 flag
 * changes the flag hash that V8 checks before it uses a code cache, so every Node module loaded
 * afterwards (http, http2, tls, assert, and all of a worker thread's bootstrap) is compiled from
 * source instead of from the cache built into Node. Set at the step's start, it cost a 1,000-user
 * import ~10 ms before its first request (bench/first-request.ts). By the first request, what the
 * step needs is loaded.
 */
export function capHttpParserTier(): void {
  if (capped) return
  capped = true
  setFlagsFromString('--wasm-tiering-budget=1000000000')
}
