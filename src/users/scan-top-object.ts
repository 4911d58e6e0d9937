/** A file that starts with `{` instead of `[`: tells one JSON object from NDJSON (an Auth0 export). */
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  describeByte,
  isWhitespace,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from './scan-bytes.js'
import { fail, Mode, type ScanState } from './scan-state.js'

/** Scans the top-level object from offset `from` of `buf`, then whatever follows it. */
export function scanTopObject(state: ScanState, buf: Buffer, from: number): void {
  const len = buf.length
  for (let i = from; i < len; i++) {
    const b = buf[i] as number
    if (state.mode === Mode.TopObject) inTopObject(state, b)
    else if (b === LF) state.line++
    else if (!isWhitespace(b)) afterTopObject(state, b)
  }
}

function inTopObject(state: ScanState, b: number): void {
  if (state.inString) {
    if (state.escaped) state.escaped = false
    else if (b === BACKSLASH) state.escaped = true
    else if (b === QUOTE) state.inString = false
  } else if (b === QUOTE) state.inString = true
  else if (b === OPEN_BRACE || b === OPEN_BRACKET) state.depth++
  else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
    if (--state.depth === 0) state.mode = Mode.AfterTopObject
  } else if (b === LF) state.line++
}

function afterTopObject(state: ScanState, b: number): never {
  if (b === OPEN_BRACE) {
    fail(
      state,
      'the file is NDJSON (one JSON object per line), not a JSON array. Auth0 needs a JSON array of users; an Auth0 export is NDJSON, convert it (wrap the objects in [ ] and separate them with commas)',
      state.topObjectLine,
    )
  }
  return fail(
    state,
    `the file starts with a JSON object, not an array (then ${describeByte(b)} on line ${state.line}). Auth0 needs a JSON array of users`,
    state.topObjectLine,
  )
}
