/**
 * Where and why a text is not valid JSON, without quoting any of it.
 *
 * V8's `JSON.parse` messages quote up to 10 characters around the fault ("Unexpected token 's',
 * …"sh":s3cr3tv"…"), and a fault in a users file sits next to a password hash or an MFA secret as
 * often as anywhere. So the scanner throws V8's error away and asks this walker instead: it checks
 * the JSON grammar (RFC 8259) and returns the offset of the first character that breaks it, with a
 * fixed description. It runs only after `JSON.parse` failed, so it is written for clarity, not speed.
 */

export interface SyntaxFault {
  /** Offset (UTF-16 index) of the first character that breaks the grammar; `text.length` at the end. */
  at: number
  /** A fixed description that never contains file content. */
  message: string
}

const END = 'Unexpected end of JSON input'

/** Container kinds on the walker's stack. */
const OBJECT = 0
const ARRAY = 1

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
}

/** A string starting at `at` (a quote): its end, or a fault. */
function scanString(text: string, at: number): number | SyntaxFault {
  let i = at + 1
  for (;;) {
    if (i >= text.length) return { at: i, message: 'Unterminated string' }
    const c = text.charCodeAt(i)
    if (c === 0x22) return i + 1
    if (c < 0x20) return { at: i, message: 'Bad control character in string literal' }
    if (c === 0x5c) {
      const e = text.charCodeAt(i + 1)
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) {
          if (!isHex(text.charCodeAt(i + k))) return { at: i + k, message: 'Bad Unicode escape' }
        }
        i += 6
        continue
      }
      if (!'"\\/bfnrt'.includes(text[i + 1] ?? '') || i + 1 >= text.length) {
        return { at: i + 1, message: 'Bad escaped character' }
      }
      i += 2
      continue
    }
    i++
  }
}

function digits(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++
  return i
}

/** A number starting at `at`: its end, or a fault. */
function scanNumber(text: string, at: number): number | SyntaxFault {
  let i = at
  if (text.charCodeAt(i) === 0x2d) i++
  if (text.charCodeAt(i) === 0x30) i++
  else if (isDigit(text.charCodeAt(i))) i = digits(text, i)
  else return { at: i, message: 'No number after minus sign' }
  if (text.charCodeAt(i) === 0x2e) {
    if (!isDigit(text.charCodeAt(i + 1)))
      return { at: i + 1, message: 'Unterminated fractional number' }
    i = digits(text, i + 1)
  }
  if ((text.charCodeAt(i) | 0x20) === 0x65) {
    i++
    if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++
    if (!isDigit(text.charCodeAt(i))) return { at: i, message: 'Exponent part is missing a number' }
    i = digits(text, i)
  }
  return i
}

/** A scalar value starting at `at` (not `{` or `[`): its end, or a fault. */
function scanScalar(text: string, at: number): number | SyntaxFault {
  const c = text.charCodeAt(at)
  if (at >= text.length) return { at, message: END }
  if (c === 0x22) return scanString(text, at)
  if (c === 0x2d || isDigit(c)) return scanNumber(text, at)
  for (const literal of ['true', 'false', 'null']) {
    if (c !== literal.charCodeAt(0)) continue
    for (let k = 1; k < literal.length; k++) {
      if (text.charCodeAt(at + k) !== literal.charCodeAt(k)) {
        return { at: at + k, message: at + k >= text.length ? END : 'Unexpected token' }
      }
    }
    return at + literal.length
  }
  return { at, message: 'Unexpected token' }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  return i
}

/**
 * The first fault of `text` as one JSON value, or undefined when it is valid. Iterative (an
 * explicit stack), so any nesting depth is fine.
 */
export function findSyntaxFault(text: string): SyntaxFault | undefined {
  const stack: number[] = []
  let i = skipSpace(text, 0)
  // Each turn reads one value at `i`, then the separators that follow it.
  for (;;) {
    if (i >= text.length) return { at: i, message: END }
    const c = text.charCodeAt(i)
    if (c === 0x7b || c === 0x5b) {
      const inner = skipSpace(text, i + 1)
      const close = c === 0x7b ? 0x7d : 0x5d
      if (text.charCodeAt(inner) === close) {
        i = inner + 1
      } else {
        stack.push(c === 0x7b ? OBJECT : ARRAY)
        if (c === 0x7b) {
          const key = objectKey(text, inner, "Expected property name or '}'")
          if (typeof key !== 'number') return key
          i = key
        } else i = inner
        continue
      }
    } else {
      const end = scanScalar(text, i)
      if (typeof end !== 'number') return end
      i = end
    }
    const next = afterValue(text, i, stack)
    if (typeof next !== 'number') return next
    i = next
  }
}

/**
 * After a value at `at`: closes the containers that end there and steps over the separator (and
 * the next property name). The offset of the next value, a fault, or undefined when the text is
 * one whole value.
 */
function afterValue(text: string, at: number, stack: number[]): number | SyntaxFault | undefined {
  let i = at
  for (;;) {
    i = skipSpace(text, i)
    const top = stack[stack.length - 1]
    if (top === undefined) {
      return i < text.length
        ? { at: i, message: 'Unexpected non-whitespace character after JSON' }
        : undefined
    }
    const d = text.charCodeAt(i)
    if (i >= text.length) return { at: i, message: END }
    if (d === (top === OBJECT ? 0x7d : 0x5d)) {
      stack.pop()
      i++
      continue
    }
    if (d !== 0x2c) {
      return {
        at: i,
        message:
          top === OBJECT
            ? "Expected ',' or '}' after property value"
            : "Expected ',' or ']' after array element",
      }
    }
    i = skipSpace(text, i + 1)
    if (top === OBJECT) return objectKey(text, i, 'Expected double-quoted property name')
    return i
  }
}

/** A property name and its colon at `at`: the offset of the value, or a fault. */
function objectKey(text: string, at: number, expected: string): number | SyntaxFault {
  if (at >= text.length) return { at, message: END }
  if (text.charCodeAt(at) !== 0x22) return { at, message: expected }
  const end = scanString(text, at)
  if (typeof end !== 'number') return end
  const colon = skipSpace(text, end)
  if (colon >= text.length) return { at: colon, message: END }
  if (text.charCodeAt(colon) !== 0x3a)
    return { at: colon, message: "Expected ':' after property name" }
  return skipSpace(text, colon + 1)
}

/** 1-based line (counted from `firstLine`) and column (in characters) of offset `at` of `text`. */
export function lineAndColumn(
  text: string,
  at: number,
  firstLine: number,
  firstColumn: number,
): { line: number; column: number } {
  let line = firstLine
  let lineStart = 0
  for (let k = 0; k < at && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++
      lineStart = k + 1
    }
  }
  // Characters, not UTF-16 units: a surrogate pair is one column.
  const column = [...text.slice(lineStart, at)].length + 1
  return { line, column: line === firstLine ? firstColumn + column - 1 : column }
}
