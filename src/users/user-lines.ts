/**
 * The one-user-a-line layout (how exports and most generators write a users file): `[` on a line
 * of its own, then one user object a line, each but the last followed by a comma, then `]`.
 * Finding the users of such a file needs only its line breaks, so a block of whole lines can be
 * handed to another thread (plan-parallel.ts). A raw line break cannot occur inside a JSON string,
 * so a line that parses as one object is exactly the element the byte-by-byte scan (scan.ts) would
 * find; whether each line parses is checked where it is parsed (validate-block.ts).
 */
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COMMA,
  isWhitespace,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
} from './scan-bytes.js'

/** The users of one block: file offsets and 1-based lines, three entries a user. */
export interface BlockUsers {
  /** `[start, end, line]` for each user, `start`/`end` as in ScannedElement. */
  spans: Float64Array
  count: number
  /** The file index of the block's first user. */
  firstIndex: number
}

const Expect = {
  /** Before `[`. */
  Open: 0,
  /** After `[`: a user. */
  First: 1,
  /** After a user's comma: a user. */
  Next: 2,
  /** After a user without a comma: `]`. */
  Close: 3,
  /** After `]`: only blank lines. */
  End: 4,
} as const
type Expect = (typeof Expect)[keyof typeof Expect]

export class UserLines {
  #expect: Expect = Expect.Open
  #line = 1
  #atFileStart = true

  /**
   * The users in `buf` (whole lines of the file from offset `base`; the last block may end
   * without a line break), the first of them the file's user `firstIndex`, or undefined as soon
   * as a line is not of this layout.
   */
  scan(buf: Uint8Array, base: number, firstIndex: number): BlockUsers | undefined {
    const spans: number[] = []
    let from = 0
    if (this.#atFileStart) {
      this.#atFileStart = false
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) from = 3
    }
    while (from < buf.length) {
      let lf = buf.indexOf(LF, from)
      if (lf === -1) lf = buf.length
      if (!this.#takeLine(buf, from, lf, base, spans)) return undefined
      this.#line++
      from = lf + 1
    }
    return { spans: Float64Array.from(spans), count: spans.length / 3, firstIndex }
  }

  /** Whether the file ended where this layout lets it. */
  get complete(): boolean {
    return this.#expect === Expect.End
  }

  #takeLine(buf: Uint8Array, from: number, to: number, base: number, spans: number[]): boolean {
    let start = from
    let end = to
    while (start < end && isWhitespace(buf[start] as number)) start++
    while (end > start && isWhitespace(buf[end - 1] as number)) end--
    if (start === end) return true
    const first = buf[start] as number
    const single = end - start === 1
    switch (this.#expect) {
      case Expect.Open:
        this.#expect = Expect.First
        return single && first === OPEN_BRACKET
      case Expect.First:
      case Expect.Next: {
        if (first !== OPEN_BRACE) return false
        const comma = buf[end - 1] === COMMA
        if (comma) {
          end--
          while (end > start && isWhitespace(buf[end - 1] as number)) end--
        }
        if (buf[end - 1] !== CLOSE_BRACE) return false
        spans.push(base + start, base + end, this.#line)
        this.#expect = comma ? Expect.Next : Expect.Close
        return true
      }
      case Expect.Close:
        this.#expect = Expect.End
        return single && first === CLOSE_BRACKET
      default:
        return false
    }
  }
}
