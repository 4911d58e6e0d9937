/**
 * Scanning inside one element, byte by byte (strings are skipped with `Buffer.indexOf`): finds
 * where it ends, tracking string/escape state and nesting depth across chunks.
 */
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COMMA,
  isWhitespace,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from './scan-bytes.js'
import { emit } from './scan-emit.js'
import { Mode, type OnElement, type ScanState } from './scan-state.js'

/**
 * Goes on with the current element from offset `i` of `buf`; returns the offset to go on from.
 * When the element ends there, it is emitted and the mode becomes `AfterElement`.
 */
export function scanInElement(
  state: ScanState,
  buf: Buffer,
  i: number,
  onElement: OnElement,
): number {
  if (state.inString) return scanString(state, buf, i, onElement)
  if (state.primitive) return scanPrimitive(state, buf, i, onElement)
  return scanNested(state, buf, i, onElement)
}

function scanString(state: ScanState, buf: Buffer, i: number, onElement: OnElement): number {
  if (state.escaped) {
    state.escaped = false
    return i + 1
  }
  const len = buf.length
  // Jump to the next quote that is not escaped.
  let q = buf.indexOf(QUOTE, i)
  while (q !== -1) {
    let k = q - 1
    while (k >= i && buf[k] === BACKSLASH) k--
    if (((q - 1 - k) & 1) === 0) break
    q = buf.indexOf(QUOTE, q + 1)
  }
  if (q === -1) {
    // The string goes on in the next chunk; an odd run of backslashes escapes its first byte.
    let k = len - 1
    while (k >= i && buf[k] === BACKSLASH) k--
    state.escaped = ((len - 1 - k) & 1) === 1
    return len
  }
  state.inString = false
  const next = q + 1
  if (state.depth === 0) {
    emit(state, buf, next, onElement)
    state.mode = Mode.AfterElement
  }
  return next
}

/** A number or literal: up to the next delimiter. */
function scanPrimitive(state: ScanState, buf: Buffer, from: number, onElement: OnElement): number {
  const len = buf.length
  let i = from
  while (i < len) {
    const b = buf[i] as number
    if (isWhitespace(b) || b === COMMA || b === CLOSE_BRACKET) break
    i++
  }
  if (i === len) return len
  emit(state, buf, i, onElement)
  state.mode = Mode.AfterElement
  return i
}

/** Inside an object or array, outside strings: up to the next string or the element's end. */
function scanNested(state: ScanState, buf: Buffer, from: number, onElement: OnElement): number {
  const len = buf.length
  let i = from
  let depth = state.depth
  while (i < len) {
    const b = buf[i] as number
    i++
    if (b === QUOTE) {
      state.inString = true
      break
    }
    if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
      if (--depth === 0) {
        state.depth = 0
        emit(state, buf, i, onElement)
        state.mode = Mode.AfterElement
        return i
      }
    } else if (b === LF) {
      state.line++
      state.lineStart = state.base + i
    }
  }
  state.depth = depth
  return i
}
