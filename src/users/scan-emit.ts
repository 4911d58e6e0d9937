/** Handing out one scanned element: its text, parsed on its own, or why it is not valid JSON. */
import { closeSync, openSync, readSync } from 'node:fs'
import { findSyntaxFault, lineAndColumn } from './json-syntax.js'
import { CLOSE_BRACE, COMMA, countCharacters, isWhitespace, LF } from './scan-bytes.js'
import { fail, type OnElement, type ScanState } from './scan-state.js'

export function startElement(state: ScanState, offset: number): void {
  state.elementStart = state.base + offset
  state.elementLine = state.line
  state.elementLineStart = state.lineStart
  state.pieces = []
}

/**
 * The shortcut for files with one user a line (how exports and most generators write them):
 * the user that starts at `from` is taken to end where its line does (before a trailing `,`).
 * A raw line break cannot occur inside a JSON string, so when that text parses, it is exactly
 * the element the byte-by-byte scan would find; when it does not, the scan goes on byte by
 * byte from `from`. Returns the offset just past the user (and its comma, if taken), minus the
 * offset of the line's end when the line is not one whole user, -1 when `buf` has no line
 * break after `from`.
 */
export function wholeLine(
  state: ScanState,
  buf: Buffer,
  from: number,
  onElement: OnElement,
): number {
  const lf = buf.indexOf(LF, from)
  if (lf === -1) return -1
  let end = lf
  while (end > from && isWhitespace(buf[end - 1] as number)) end--
  const next = end
  if (buf[end - 1] === COMMA) {
    end--
    while (end > from && isWhitespace(buf[end - 1] as number)) end--
  }
  if (buf[end - 1] !== CLOSE_BRACE) return -(lf + 1)
  const text = buf.toString('utf8', from, end)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return -(lf + 1)
  }
  const index = state.index++
  onElement({
    index,
    line: state.elementLine,
    start: state.base + from,
    end: state.base + end,
    text,
    value,
  })
  return next === end ? end : next
}

/** The current element ends just before `endInChunk` of `buf`. */
export function emit(
  state: ScanState,
  buf: Buffer,
  endInChunk: number,
  onElement: OnElement,
): void {
  const end = state.base + endInChunk
  let text: string
  if (state.pieces.length === 0) {
    text = buf.toString('utf8', state.elementStart - state.base, endInChunk)
  } else {
    state.pieces.push(buf.subarray(0, endInChunk))
    text = Buffer.concat(state.pieces).toString('utf8')
    state.pieces = []
  }
  const index = state.index++
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    fail(
      state,
      `the user at index ${index} is not valid JSON: ${describeFault(state, text, buf)}`,
      state.elementLine,
    )
  }
  onElement({ index, line: state.elementLine, start: state.elementStart, end, text, value })
}

/**
 * Why `text` (the current element) is not valid JSON, as a fixed description with a line and a
 * column: never V8's message, which quotes the text around the fault (a secret, as often as not).
 */
function describeFault(state: ScanState, text: string, buf: Buffer): string {
  const fault = findSyntaxFault(text) ?? { at: 0, message: 'Not valid JSON' }
  const firstColumn = columnOf(state, state.elementLineStart, state.elementStart, buf) + 1
  const { line, column } = lineAndColumn(text, fault.at, state.elementLine, firstColumn)
  return `${fault.message} on line ${line} column ${column}`
}

/**
 * Characters between file offsets `from` and `to` of one line: counted in `buf` when it holds
 * them, else read back from the file (only on this error path; a minified file is one long line).
 */
function columnOf(state: ScanState, from: number, to: number, buf: Buffer): number {
  if (from >= state.base && to <= state.base + buf.length) {
    return countCharacters(buf.subarray(from - state.base, to - state.base))
  }
  let fd: number | undefined
  try {
    fd = openSync(state.path, 'r')
    const block = Buffer.allocUnsafe(1 << 16)
    let count = 0
    for (let at = from; at < to; ) {
      const n = readSync(fd, block, 0, Math.min(block.length, to - at), at)
      if (n === 0) break
      count += countCharacters(block.subarray(0, n))
      at += n
    }
    return count
  } catch {
    return 0
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
