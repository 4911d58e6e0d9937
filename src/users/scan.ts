/**
 * Streaming scan of a users file: a top-level JSON array, possibly gigabytes long, read in large
 * chunks into one reused buffer (file-chunks) and split into elements (json-array-scanner).
 */
import { readFileChunks } from './file-chunks.js'
import { JsonArrayScanner } from './json-array-scanner.js'
import type { ScannedElement } from './scan-state.js'

export { DEFAULT_READ_SIZE, readFileChunks } from './file-chunks.js'
export { JsonArrayScanner } from './json-array-scanner.js'
export type { ScannedElement } from './scan-state.js'

export interface ScanOptions {
  /** Read size in bytes (default 1 MiB). Tests use tiny values to split elements across reads. */
  highWaterMark?: number
  /** Called with every chunk read, in order (used to hash the file in the same pass). */
  onChunk?: (chunk: Buffer) => void
  /**
   * Called after the elements of each chunk were handed out, before the next read reuses it; the
   * scan waits for the promise it may return.
   */
  afterChunk?: () => void | Promise<void>
  /** See `JsonArrayScanner`. */
  maxElementBytes?: number
}

/**
 * Scans `path` and calls `onElement` for every element of its top-level array, in order, as soon
 * as it is read (nothing is kept). Resolves after the whole file was checked.
 */
export async function scanJsonArrayFile(
  path: string,
  onElement: (element: ScannedElement) => void,
  options: ScanOptions = {},
): Promise<void> {
  const scanner = new JsonArrayScanner(path, options.maxElementBytes)
  for await (const chunk of readFileChunks(path, options.highWaterMark)) {
    options.onChunk?.(chunk)
    scanner.push(chunk, onElement)
    await options.afterChunk?.()
  }
  scanner.finish()
}

/** Scans `path` and yields every element of its top-level array, in order. */
export async function* scanJsonArray(
  path: string,
  options: ScanOptions = {},
): AsyncGenerator<ScannedElement, void, undefined> {
  const scanner = new JsonArrayScanner(path, options.maxElementBytes)
  const batch: ScannedElement[] = []
  for await (const chunk of readFileChunks(path, options.highWaterMark)) {
    options.onChunk?.(chunk)
    scanner.push(chunk, (element) => batch.push(element))
    yield* batch
    batch.length = 0
  }
  scanner.finish()
}
