/**
 * The push-based scanner of a users file: a top-level JSON array, possibly gigabytes long, fed
 * in chunks. Each top-level element is handed out with its exact raw text, its byte offsets in
 * the file and the line it starts on, and is `JSON.parse`d on its own — the whole file is never
 * held in memory or parsed at once. The byte-level parts live in scan-between (the array's
 * structure), scan-element (inside one element), scan-emit (handing one out) and scan-top-object.
 */
import { AUTH0_MAX_IMPORT_BYTES } from '../inputs/settings.js'
import { scanBetween } from './scan-between.js'
import { scanInElement } from './scan-element.js'
import { fail, Mode, newScanState, type OnElement, type ScanState } from './scan-state.js'
import { scanTopObject } from './scan-top-object.js'

/**
 * `push` every chunk of the file in order, then call `finish`. Elements are handed to the
 * callback given to `push`; errors are thrown as `InputError('file', …)`.
 */
export class JsonArrayScanner {
  private readonly state: ScanState
  private bomChecked = false
  /** The first one or two bytes of the file, while they might begin a BOM. */
  private head: Buffer | undefined

  /**
   * @param path named in error messages
   * @param maxElementBytes an element still open after this many bytes is an error (default:
   *   Auth0's largest file; stops an unclosed bracket from buffering the rest of a huge file)
   */
  constructor(path: string, maxElementBytes = AUTH0_MAX_IMPORT_BYTES) {
    this.state = newScanState(path, maxElementBytes)
  }

  get path(): string {
    return this.state.path
  }

  /** Number of elements seen so far. */
  get count(): number {
    return this.state.index
  }

  push(chunk: Buffer, onElement: OnElement): void {
    let buf = chunk
    let from = 0
    if (!this.bomChecked) {
      // A UTF-8 BOM may only open the file; wait for 3 bytes to tell.
      buf = this.head ? Buffer.concat([this.head, chunk]) : chunk
      this.head = undefined
      if (buf.length < 3 && buf[0] === 0xef) {
        this.head = Buffer.from(buf) // copied: the caller may reuse `chunk`
        return
      }
      this.bomChecked = true
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) from = 3
    }
    scanChunk(this.state, buf, from, onElement)
  }

  /** Call once after the last chunk. Throws if the file did not hold one complete array. */
  finish(): void {
    if (this.head) {
      const head = this.head
      this.head = undefined
      this.bomChecked = true
      scanChunk(this.state, head, 0, () => {})
    }
    const message = endOfFileFault(this.state)
    if (message === undefined) return
    const line =
      this.state.mode === Mode.TopObject || this.state.mode === Mode.AfterTopObject
        ? this.state.topObjectLine
        : this.state.line
    fail(this.state, message, line)
  }
}

function scanChunk(state: ScanState, buf: Buffer, from: number, onElement: OnElement): void {
  const len = buf.length
  let i = from
  state.noLineBefore = 0
  while (i < len && state.mode !== Mode.TopObject && state.mode !== Mode.AfterTopObject) {
    i =
      state.mode === Mode.Element
        ? scanInElement(state, buf, i, onElement)
        : scanBetween(state, buf, i, onElement)
  }
  if (state.mode === Mode.TopObject || state.mode === Mode.AfterTopObject) {
    scanTopObject(state, buf, i)
  } else if (state.mode === Mode.Element) {
    keepUnfinished(state, buf)
  }
  state.base += len
}

/** Keeps the bytes of this chunk that belong to the element still open at its end. */
function keepUnfinished(state: ScanState, buf: Buffer): void {
  const size = state.base + buf.length - state.elementStart
  if (size > state.maxElementBytes) {
    fail(
      state,
      `the user at index ${state.index} (starting on line ${state.elementLine}) is over ${state.maxElementBytes} bytes and still not closed on line ${state.line}: Auth0 accepts at most ${state.maxElementBytes} bytes per file (is a closing bracket or quote missing?)`,
      state.elementLine,
    )
  }
  // Copied: the caller may reuse `buf` for the next chunk.
  state.pieces.push(Buffer.from(buf.subarray(Math.max(0, state.elementStart - state.base))))
}

/** Why the file cannot end where it did, or undefined when it held one complete array. */
function endOfFileFault(state: ScanState): string | undefined {
  switch (state.mode) {
    case Mode.Done:
      return undefined
    case Mode.Start:
      return state.base === 0
        ? 'the file is empty: expected a JSON array of users'
        : 'the file holds only whitespace: expected a JSON array of users'
    case Mode.TopObject:
      return 'the file starts with a JSON object that is never closed. Auth0 needs a JSON array of users'
    case Mode.AfterTopObject:
      return 'the file is a single JSON object, not an array. Auth0 needs a JSON array of users (wrap the user in [ ])'
    case Mode.Element:
      return `the file ends inside the user at index ${state.index} (which starts on line ${state.elementLine}): the array is truncated`
    case Mode.FirstElement:
      return `the file ends after '[': expected a user or ']' (the array is truncated)`
    case Mode.NextElement:
      return `the file ends after ',': expected a user (the array is truncated)`
    default:
      return `the file ends after the user at index ${state.index - 1}: expected ',' or ']' (the array is truncated)`
  }
}
