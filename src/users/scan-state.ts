/**
 * What the users-file scanner remembers between bytes and between chunks, shared by its parts
 * (scan-element, scan-between, scan-top-object, scan-emit).
 */
import { InputError } from '../runtime/errors.js'

export interface ScannedElement {
  /** 0-based position in the array. */
  index: number
  /** 1-based line of the element's first byte. */
  line: number
  /** Byte offset of the element's first byte in the file. */
  start: number
  /** Byte offset just past the element's last byte (`end - start` = its size in bytes). */
  end: number
  /** The element's exact text as it appears in the file. */
  text: string
  /** `JSON.parse(text)`. */
  value: unknown
}

export type OnElement = (element: ScannedElement) => void

/** Scanner states (plain numbers, not an enum: this file stays erasable TypeScript). */
export const Mode = {
  /** Before the first significant byte (a BOM may come first). */
  Start: 0,
  /** Just after `[`: an element or `]`. */
  FirstElement: 1,
  /** Just after `,`: an element. */
  NextElement: 2,
  /** Inside an element. */
  Element: 3,
  /** After an element: `,` or `]`. */
  AfterElement: 4,
  /** After the closing `]`: only whitespace. */
  Done: 5,
  /** The file starts with an object: scan it to tell one object from NDJSON. */
  TopObject: 6,
  AfterTopObject: 7,
} as const
export type Mode = (typeof Mode)[keyof typeof Mode]

export interface ScanState {
  /** Named in error messages. */
  readonly path: string
  /** An element still open after this many bytes is an error. */
  readonly maxElementBytes: number
  mode: Mode
  /** Bytes before the current chunk. */
  base: number
  line: number
  /** File offset of the first byte of the current line. */
  lineStart: number
  depth: number
  inString: boolean
  /** Inside a string, the next byte is escaped (a backslash ended the previous chunk). */
  escaped: boolean
  /** The current element is a number/literal (ends at a delimiter, not at depth 0). */
  primitive: boolean
  /** Elements handed out so far. */
  index: number
  elementStart: number
  elementLine: number
  /** File offset of the first byte of the line the current element starts on. */
  elementLineStart: number
  /** Parts of the current element that lie in earlier chunks. */
  pieces: Buffer[]
  topObjectLine: number
  /**
   * No line break after this offset of the current chunk: the one-user-a-line shortcut cannot
   * apply before it (else a long line of many users would be converted once per user).
   */
  noLineBefore: number
}

export function newScanState(path: string, maxElementBytes: number): ScanState {
  return {
    path,
    maxElementBytes,
    mode: Mode.Start,
    base: 0,
    line: 1,
    lineStart: 0,
    depth: 0,
    inString: false,
    escaped: false,
    primitive: false,
    index: 0,
    elementStart: 0,
    elementLine: 0,
    elementLineStart: 0,
    pieces: [],
    topObjectLine: 1,
    noLineBefore: 0,
  }
}

export function fail(state: ScanState, message: string, line = state.line): never {
  throw new InputError('file', `${state.path}: line ${line}: ${message}`)
}
