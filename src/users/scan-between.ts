/** Scanning the array's structure between elements: `[`, `,`, `]`, whitespace, and their faults. */
import {
  CLOSE_BRACKET,
  COMMA,
  CR,
  describeByte,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  SPACE,
  TAB,
} from './scan-bytes.js'
import { startElement, wholeLine } from './scan-emit.js'
import { fail, Mode, type OnElement, type ScanState } from './scan-state.js'

/** Handles the byte at offset `i` of `buf` outside any element; returns the offset to go on from. */
export function scanBetween(
  state: ScanState,
  buf: Buffer,
  i: number,
  onElement: OnElement,
): number {
  const b = buf[i] as number
  if (b === LF) {
    state.line++
    state.lineStart = state.base + i + 1
    return i + 1
  }
  if (b === SPACE || b === CR || b === TAB) return i + 1
  switch (state.mode) {
    case Mode.Start:
      return atStart(state, b, i)
    case Mode.FirstElement:
    case Mode.NextElement:
      return atElement(state, buf, i, onElement)
    case Mode.AfterElement:
      if (b === COMMA) state.mode = Mode.NextElement
      else if (b === CLOSE_BRACKET) state.mode = Mode.Done
      else {
        fail(
          state,
          `expected ',' or ']' after the user at index ${state.index - 1}, found ${describeByte(b)}`,
        )
      }
      return i + 1
    default:
      return fail(
        state,
        `unexpected ${describeByte(b)} after the end of the users array (only whitespace may follow the closing ']')`,
      )
  }
}

function atStart(state: ScanState, b: number, i: number): number {
  if (b === OPEN_BRACKET) {
    state.mode = Mode.FirstElement
    return i + 1
  }
  if (b === OPEN_BRACE) {
    // Keep scanning the object so that NDJSON (an Auth0 export) can be told apart.
    state.mode = Mode.TopObject
    state.topObjectLine = state.line
    state.inString = false
    state.escaped = false
    state.depth = 1
    return i + 1
  }
  return fail(
    state,
    `the file is not a JSON array of users: expected '[' at the start, found ${describeByte(b)}. Auth0 needs a JSON array of user objects`,
  )
}

/** Where an element (or the closing `]` after `[`) must come. */
function atElement(state: ScanState, buf: Buffer, i: number, onElement: OnElement): number {
  const b = buf[i] as number
  if (b === CLOSE_BRACKET) {
    if (state.mode === Mode.NextElement) {
      fail(state, `expected a user after ',', found ']' (a trailing comma is not valid JSON)`)
    }
    state.mode = Mode.Done
    return i + 1
  }
  if (b === COMMA) {
    fail(
      state,
      state.mode === Mode.FirstElement
        ? `expected a user or ']' after '[', found ','`
        : `expected a user after ',', found another ','`,
    )
  }
  startElement(state, i)
  if (b === OPEN_BRACE && i >= state.noLineBefore) {
    const next = wholeLine(state, buf, i, onElement)
    if (next > 0) {
      state.mode = buf[next - 1] === COMMA ? Mode.NextElement : Mode.AfterElement
      return next
    }
    // Not one user a line: not again before the next line.
    state.noLineBefore = next === -1 ? buf.length : -next
  }
  state.mode = Mode.Element
  state.depth = 0
  state.inString = false
  state.escaped = false
  state.primitive = false
  if (b === OPEN_BRACE || b === OPEN_BRACKET) state.depth = 1
  else if (b === QUOTE) state.inString = true
  else state.primitive = true
  return i + 1
}
