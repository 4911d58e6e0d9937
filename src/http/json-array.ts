/**
 * Reading a JSON array answer that may be far larger than memory should hold (GET
 * /jobs/{id}/errors): the bytes are split into top-level items as they stream
 * past, the first items are kept (up to a byte budget) and every item is counted, so a report
 * can say how many there were even when it shows only some.
 */

import { boundDepth } from './json.js'
import { JSON_ANSWER_LIMIT_BYTES } from './transport.js'

export interface ArrayLimits {
  /** Most items kept. */
  items: number
  /** Most bytes of item text kept; an item that does not fit is counted, not kept. */
  bytes: number
}

export type StreamedJson =
  | { kind: 'array'; items: unknown[]; total: number }
  /** Not an array (a job object, or an empty body): its text, capped like any JSON answer. */
  | { kind: 'other'; text: string }

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN = new Set([0x5b, 0x7b])
const CLOSE = new Set([0x5d, 0x7d])
const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d])

/** Splits the bytes of one JSON array into its items' texts; state is kept between chunks. */
class ArraySplitter {
  depth = 1
  inString = false
  escaped = false
  ended = false
  /** Parts of the current item, or undefined between items. */
  current: Buffer[] | undefined
  currentBytes = 0
  dropping = false
  keptBytes = 0
  readonly items: unknown[] = []
  total = 0

  constructor(private readonly limits: ArrayLimits) {}

  write(chunk: Buffer, from: number): void {
    let start = from
    for (let i = from; i < chunk.length && !this.ended; i++) {
      const byte = chunk[i] as number
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (byte === BACKSLASH) this.escaped = true
        else if (byte === QUOTE) this.inString = false
        continue
      }
      if (this.depth === 1 && (byte === COMMA || CLOSE.has(byte))) {
        this.#take(chunk, start, i)
        this.#finish()
        if (byte !== COMMA) this.ended = true
        start = i + 1
        continue
      }
      if (this.current === undefined) {
        if (SPACE.has(byte)) continue
        this.#begin()
        start = i
      }
      if (byte === QUOTE) this.inString = true
      else if (OPEN.has(byte)) this.depth++
      else if (CLOSE.has(byte)) this.depth--
    }
    if (!this.ended) this.#take(chunk, start, chunk.length)
  }

  #begin(): void {
    this.current = []
    this.currentBytes = 0
    this.dropping = this.items.length >= this.limits.items || this.keptBytes >= this.limits.bytes
  }

  #take(chunk: Buffer, start: number, end: number): void {
    if (this.current === undefined || this.dropping || end <= start) return
    this.currentBytes += end - start
    if (this.keptBytes + this.currentBytes > this.limits.bytes) {
      this.dropping = true
      this.current = []
      return
    }
    this.current.push(Buffer.from(chunk.subarray(start, end)))
  }

  #finish(): void {
    if (this.current === undefined) return
    this.total++
    if (!this.dropping) {
      const text = Buffer.concat(this.current).toString('utf8')
      this.keptBytes += this.currentBytes
      try {
        this.items.push(boundDepth(JSON.parse(text)))
      } catch {
        this.items.push(undefined)
      }
    }
    this.current = undefined
  }
}

/** Reads `body` as a streamed array (see the module comment), or as capped text otherwise. */
export async function readJsonArray(
  body: AsyncIterable<Uint8Array>,
  limits: ArrayLimits,
): Promise<StreamedJson> {
  let splitter: ArraySplitter | undefined
  const other: Buffer[] = []
  let otherBytes = 0
  for await (const piece of body) {
    const chunk = Buffer.isBuffer(piece) ? piece : Buffer.from(piece)
    if (splitter) {
      splitter.write(chunk, 0)
      continue
    }
    if (otherBytes === 0) {
      const first = chunk.findIndex((byte) => !SPACE.has(byte))
      if (first !== -1 && chunk[first] === 0x5b) {
        splitter = new ArraySplitter(limits)
        splitter.write(chunk, first + 1)
        continue
      }
      if (first === -1) continue
    }
    otherBytes += chunk.length
    if (otherBytes > JSON_ANSWER_LIMIT_BYTES) {
      throw new Error(
        `the answer is not a list and larger than ${JSON_ANSWER_LIMIT_BYTES >> 20} MiB`,
      )
    }
    other.push(chunk)
  }
  if (!splitter) return { kind: 'other', text: Buffer.concat(other).toString('utf8') }
  if (!splitter.ended) throw new Error('the list ended before its closing bracket')
  return { kind: 'array', items: splitter.items, total: splitter.total }
}
