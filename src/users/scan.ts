/**
 * Streaming scanner for a users file: a top-level JSON array, possibly gigabytes long.
 *
 * The file is read in large chunks and walked byte by byte (strings are skipped with
 * `Buffer.indexOf`), tracking string/escape state and nesting depth. Each top-level element is
 * handed out with its exact raw text, its byte offsets in the file and the line it starts on, and
 * is `JSON.parse`d on its own — the whole file is never held in memory or parsed at once.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { type FileHandle, open } from 'node:fs/promises'
import { AUTH0_MAX_IMPORT_BYTES } from '../inputs/settings.js'
import { InputError } from '../runtime/errors.js'
import { findSyntaxFault, lineAndColumn } from './json-syntax.js'

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

export interface ScanOptions {
  /** Read size in bytes (default 1 MiB). Tests use tiny values to split elements across reads. */
  highWaterMark?: number
  /** Called with every chunk read, in order (used to hash the file in the same pass). */
  onChunk?: (chunk: Buffer) => void
  /** Called after the elements of each chunk were handed out, before the next read reuses it. */
  afterChunk?: () => void
  /** See `JsonArrayScanner`. */
  maxElementBytes?: number
}

export const DEFAULT_READ_SIZE = 1 << 20

const LF = 0x0a
const CR = 0x0d
const SPACE = 0x20
const TAB = 0x09
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d

/** Scanner states (plain numbers, not an enum: this file stays erasable TypeScript). */
const Mode = {
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
type Mode = (typeof Mode)[keyof typeof Mode]

function isWhitespace(byte: number): boolean {
  return byte === SPACE || byte === LF || byte === CR || byte === TAB
}

function describeByte(byte: number): string {
  if (byte >= 0x21 && byte < 0x7f) return `'${String.fromCharCode(byte)}'`
  return `byte 0x${byte.toString(16).padStart(2, '0')}`
}

/**
 * The push-based scanner. `push` every chunk of the file in order, then call `finish`. Elements
 * are appended to the array given to `push`; errors are thrown as `InputError('file', …)`.
 */
export class JsonArrayScanner {
  private mode: Mode = Mode.Start
  /** Bytes before the current chunk. */
  private base = 0
  private line = 1
  /** File offset of the first byte of the current line. */
  private lineStart = 0
  private depth = 0
  private inString = false
  /** Inside a string, the next byte is escaped (a backslash ended the previous chunk). */
  private escaped = false
  /** The current element is a number/literal (ends at a delimiter, not at depth 0). */
  private primitive = false
  private index = 0
  private elementStart = 0
  private elementLine = 0
  /** File offset of the first byte of the line the current element starts on. */
  private elementLineStart = 0
  /** Parts of the current element that lie in earlier chunks. */
  private pieces: Buffer[] = []
  private bomChecked = false
  /** The first one or two bytes of the file, while they might begin a BOM. */
  private head: Buffer | undefined
  private topObjectLine = 1

  /**
   * @param path named in error messages
   * @param maxElementBytes an element still open after this many bytes is an error (default:
   *   Auth0's largest file; stops an unclosed bracket from buffering the rest of a huge file)
   */
  readonly path: string
  private readonly maxElementBytes: number

  constructor(path: string, maxElementBytes = AUTH0_MAX_IMPORT_BYTES) {
    this.path = path
    this.maxElementBytes = maxElementBytes
  }

  /** Number of elements seen so far. */
  get count(): number {
    return this.index
  }

  private fail(message: string, line = this.line): never {
    throw new InputError('file', `${this.path}: line ${line}: ${message}`)
  }

  push(chunk: Buffer, onElement: (element: ScannedElement) => void): void {
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
    this.scan(buf, from, onElement)
  }

  private scan(buf: Buffer, from: number, onElement: (element: ScannedElement) => void): void {
    const len = buf.length
    let i = from
    let line = this.line
    let lineStart = this.lineStart
    let depth = this.depth
    /** No line break after here in `buf`: the one-user-a-line shortcut cannot apply. */
    let noLineBefore = 0
    let mode = this.mode
    while (i < len && mode !== Mode.TopObject && mode !== Mode.AfterTopObject) {
      if (mode === Mode.Element) {
        if (this.inString) {
          if (this.escaped) {
            this.escaped = false
            i++
            continue
          }
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
            this.escaped = ((len - 1 - k) & 1) === 1
            i = len
            break
          }
          this.inString = false
          i = q + 1
          if (depth === 0) {
            this.line = line
            this.lineStart = lineStart
            this.emit(buf, i, onElement)
            mode = Mode.AfterElement
          }
          continue
        }
        if (this.primitive) {
          // A number or literal: up to the next delimiter.
          while (i < len) {
            const b = buf[i] as number
            if (isWhitespace(b) || b === COMMA || b === CLOSE_BRACKET) break
            i++
          }
          if (i === len) break
          this.line = line
          this.lineStart = lineStart
          this.emit(buf, i, onElement)
          mode = Mode.AfterElement
          continue
        }
        // Inside an object or array.
        while (i < len) {
          const b = buf[i] as number
          i++
          if (b === QUOTE) {
            this.inString = true
            break
          }
          if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++
          else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
            if (--depth === 0) {
              this.line = line
              this.lineStart = lineStart
              this.emit(buf, i, onElement)
              mode = Mode.AfterElement
              break
            }
          } else if (b === LF) {
            line++
            lineStart = this.base + i
          }
        }
        continue
      }

      const b = buf[i] as number
      if (b === LF) {
        line++
        i++
        lineStart = this.base + i
        continue
      }
      if (b === SPACE || b === CR || b === TAB) {
        i++
        continue
      }
      this.line = line
      this.lineStart = lineStart
      switch (mode) {
        case Mode.Start:
          if (b === OPEN_BRACKET) {
            mode = Mode.FirstElement
            i++
            continue
          }
          if (b === OPEN_BRACE) {
            // Keep scanning the object so that NDJSON (an Auth0 export) can be told apart.
            mode = Mode.TopObject
            this.topObjectLine = line
            this.inString = false
            this.escaped = false
            depth = 1
            i++
            continue
          }
          this.fail(
            `the file is not a JSON array of users: expected '[' at the start, found ${describeByte(b)}. Auth0 needs a JSON array of user objects`,
          )
          break
        case Mode.FirstElement:
        case Mode.NextElement:
          if (b === CLOSE_BRACKET) {
            if (mode === Mode.NextElement) {
              this.fail(`expected a user after ',', found ']' (a trailing comma is not valid JSON)`)
            }
            mode = Mode.Done
            i++
            continue
          }
          if (b === COMMA) {
            this.fail(
              mode === Mode.FirstElement
                ? `expected a user or ']' after '[', found ','`
                : `expected a user after ',', found another ','`,
            )
          }
          this.startElement(i, line, lineStart)
          if (b === OPEN_BRACE && i >= noLineBefore) {
            const next = this.wholeLine(buf, i, onElement)
            if (next > 0) {
              i = next
              mode = buf[next - 1] === COMMA ? Mode.NextElement : Mode.AfterElement
              continue
            }
            // Not one user a line: not again before the next line (else a long line of many
            // users would be converted once per user).
            noLineBefore = next === -1 ? len : -next
          }
          mode = Mode.Element
          depth = 0
          this.inString = false
          this.escaped = false
          this.primitive = false
          if (b === OPEN_BRACE || b === OPEN_BRACKET) depth = 1
          else if (b === QUOTE) this.inString = true
          else this.primitive = true
          i++
          continue
        case Mode.AfterElement:
          if (b === COMMA) {
            mode = Mode.NextElement
            i++
            continue
          }
          if (b === CLOSE_BRACKET) {
            mode = Mode.Done
            i++
            continue
          }
          this.fail(
            `expected ',' or ']' after the user at index ${this.index - 1}, found ${describeByte(b)}`,
          )
          break
        case Mode.Done:
          this.fail(
            `unexpected ${describeByte(b)} after the end of the users array (only whitespace may follow the closing ']')`,
          )
      }
    }
    this.line = line
    this.lineStart = lineStart
    this.depth = depth
    this.mode = mode
    if (mode === Mode.TopObject || mode === Mode.AfterTopObject) {
      this.scanTopObject(buf, i)
    } else if (mode === Mode.Element) {
      // Keep the unfinished element's bytes of this chunk.
      const size = this.base + len - this.elementStart
      if (size > this.maxElementBytes) {
        this.fail(
          `the user at index ${this.index} (starting on line ${this.elementLine}) is over ${this.maxElementBytes} bytes and still not closed on line ${line}: Auth0 accepts at most ${this.maxElementBytes} bytes per file (is a closing bracket or quote missing?)`,
          this.elementLine,
        )
      }
      // Copied: the caller may reuse `buf` for the next chunk.
      this.pieces.push(Buffer.from(buf.subarray(Math.max(0, this.elementStart - this.base))))
    }
    this.base += len
  }

  /** The file starts with `{`: scan that object, then tell one object from NDJSON. */
  private scanTopObject(buf: Buffer, from: number): void {
    const len = buf.length
    for (let i = from; i < len; i++) {
      const b = buf[i] as number
      if (this.mode === Mode.TopObject) {
        if (this.inString) {
          if (this.escaped) this.escaped = false
          else if (b === BACKSLASH) this.escaped = true
          else if (b === QUOTE) this.inString = false
        } else if (b === QUOTE) this.inString = true
        else if (b === OPEN_BRACE || b === OPEN_BRACKET) this.depth++
        else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
          if (--this.depth === 0) this.mode = Mode.AfterTopObject
        } else if (b === LF) this.line++
      } else if (b === LF) this.line++
      else if (!isWhitespace(b)) {
        if (b === OPEN_BRACE) {
          this.fail(
            'the file is NDJSON (one JSON object per line), not a JSON array. Auth0 needs a JSON array of users; an Auth0 export is NDJSON, convert it (wrap the objects in [ ] and separate them with commas)',
            this.topObjectLine,
          )
        }
        this.fail(
          `the file starts with a JSON object, not an array (then ${describeByte(b)} on line ${this.line}). Auth0 needs a JSON array of users`,
          this.topObjectLine,
        )
      }
    }
  }

  private startElement(offset: number, line: number, lineStart: number): void {
    this.elementStart = this.base + offset
    this.elementLine = line
    this.elementLineStart = lineStart
    this.pieces = []
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
  private wholeLine(
    buf: Buffer,
    from: number,
    onElement: (element: ScannedElement) => void,
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
    const index = this.index++
    onElement({
      index,
      line: this.elementLine,
      start: this.base + from,
      end: this.base + end,
      text,
      value,
    })
    return next === end ? end : next
  }

  /** The current element ends just before `endInChunk` of `buf`. */
  private emit(
    buf: Buffer,
    endInChunk: number,
    onElement: (element: ScannedElement) => void,
  ): void {
    const end = this.base + endInChunk
    let text: string
    if (this.pieces.length === 0) {
      text = buf.toString('utf8', this.elementStart - this.base, endInChunk)
    } else {
      this.pieces.push(buf.subarray(0, endInChunk))
      text = Buffer.concat(this.pieces).toString('utf8')
      this.pieces = []
    }
    const index = this.index++
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      this.fail(
        `the user at index ${index} is not valid JSON: ${this.describeFault(text, buf)}`,
        this.elementLine,
      )
    }
    onElement({ index, line: this.elementLine, start: this.elementStart, end, text, value })
  }

  /**
   * Why `text` (the current element) is not valid JSON, as a fixed description with a line and a
   * column: never V8's message, which quotes the text around the fault (a secret, as often as not).
   */
  private describeFault(text: string, buf: Buffer): string {
    const fault = findSyntaxFault(text) ?? { at: 0, message: 'Not valid JSON' }
    const firstColumn = this.columnOf(this.elementLineStart, this.elementStart, buf) + 1
    const { line, column } = lineAndColumn(text, fault.at, this.elementLine, firstColumn)
    return `${fault.message} on line ${line} column ${column}`
  }

  /**
   * Characters between file offsets `from` and `to` of one line: counted in `buf` when it holds
   * them, else read back from the file (only on this error path; a minified file is one long line).
   */
  private columnOf(from: number, to: number, buf: Buffer): number {
    if (from >= this.base && to <= this.base + buf.length) {
      return countCharacters(buf.subarray(from - this.base, to - this.base))
    }
    let fd: number | undefined
    try {
      fd = openSync(this.path, 'r')
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

  /** Call once after the last chunk. Throws if the file did not hold one complete array. */
  finish(): void {
    if (this.head) {
      const head = this.head
      this.head = undefined
      this.bomChecked = true
      this.scan(head, 0, () => {})
    }
    switch (this.mode) {
      case Mode.Done:
        return
      case Mode.Start:
        this.fail(
          this.base === 0
            ? 'the file is empty: expected a JSON array of users'
            : 'the file holds only whitespace: expected a JSON array of users',
        )
        break
      case Mode.TopObject:
        this.fail(
          'the file starts with a JSON object that is never closed. Auth0 needs a JSON array of users',
          this.topObjectLine,
        )
        break
      case Mode.AfterTopObject:
        this.fail(
          'the file is a single JSON object, not an array. Auth0 needs a JSON array of users (wrap the user in [ ])',
          this.topObjectLine,
        )
        break
      case Mode.Element:
        this.fail(
          `the file ends inside the user at index ${this.index} (which starts on line ${this.elementLine}): the array is truncated`,
        )
        break
      case Mode.FirstElement:
        this.fail(`the file ends after '[': expected a user or ']' (the array is truncated)`)
        break
      case Mode.NextElement:
        this.fail(`the file ends after ',': expected a user (the array is truncated)`)
        break
      case Mode.AfterElement:
        this.fail(
          `the file ends after the user at index ${this.index - 1}: expected ',' or ']' (the array is truncated)`,
        )
    }
  }
}

/** Characters (code points) in UTF-8 `bytes`: every byte that does not continue a sequence. */
function countCharacters(bytes: Buffer): number {
  let count = 0
  for (let k = 0; k < bytes.length; k++) if (((bytes[k] as number) & 0xc0) !== 0x80) count++
  return count
}

/**
 * Reads `path` in chunks of `readSize` bytes into one reused buffer: each yielded chunk is only
 * valid until the next is requested (so reading costs one buffer of memory, whatever the size).
 * File-system errors become `InputError('file', …)`.
 */
export async function* readFileChunks(
  path: string,
  readSize = DEFAULT_READ_SIZE,
): AsyncGenerator<Buffer, void, undefined> {
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw fileError(path, error)
  }
  try {
    const buffer = Buffer.allocUnsafe(readSize)
    let position = 0
    for (;;) {
      let bytesRead: number
      try {
        ;({ bytesRead } = await handle.read(buffer, 0, readSize, position))
      } catch (error) {
        throw fileError(path, error)
      }
      if (bytesRead === 0) return
      position += bytesRead
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

function fileError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code
  return new InputError(
    'file',
    code === 'ENOENT'
      ? `${path}: the users file does not exist`
      : code === 'EISDIR'
        ? `${path}: is a directory, expected a users file`
        : `${path}: cannot read the users file: ${(error as Error).message}`,
  )
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
    options.afterChunk?.()
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
