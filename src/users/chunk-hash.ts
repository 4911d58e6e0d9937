import { createHash, type Hash } from 'node:crypto'

/**
 * The SHA-256 of each chunk's upload body (`[` + the file's bytes `start..end` + `]`, or with
 * skip_existing several ranges joined by commas), computed
 * from the reads of the validation pass, so that the upload can prove it sends exactly what was
 * validated (a file rewritten meanwhile is caught, not sent).
 *
 * Only bytes not yet hashed are kept: the hash advances to the end of every user as it is
 * planned, so about the bytes of the user being scanned are held.
 */
export class ChunkHasher {
  /** Off: nothing is hashed and every digest is '' (PlanOptions.chunkSha256). */
  readonly #enabled: boolean
  /** Copies of the reads not yet wholly hashed, each with its file offset. */
  #pending: { base: number; bytes: Buffer }[] = []
  #readEnd = 0
  #hash: Hash | undefined
  /** File offset up to which the current chunk is hashed. */
  #hashedTo = 0

  constructor(enabled = true) {
    this.#enabled = enabled
  }

  /**
   * Every read of the file, in order, before its users are planned. The reader reuses one buffer
   * (scan.ts), so `bytes` is only held until `settle`, called once the users in it are planned.
   */
  onRead(bytes: Buffer): void {
    if (!this.#enabled) return
    this.#pending.push({ base: this.#readEnd, bytes })
    this.#readEnd += bytes.length
  }

  /**
   * The users of the last read are planned, and the reader is about to reuse its buffer: keep a
   * copy of only the bytes not hashed yet (the separator and the start of the next user). Copying
   * whole reads instead made a 50 MB file's pass spend a fifth of its time collecting garbage.
   */
  settle(): void {
    this.#pending = this.#pending.map((read) => {
      const from = Math.max(0, this.#hashedTo - read.base)
      return { base: read.base + from, bytes: Buffer.from(read.bytes.subarray(from)) }
    })
  }

  /** A new chunk starts at file offset `start`; returns the digest of the previous one, if any. */
  startChunk(start: number): string | undefined {
    const previous = this.finishChunk()
    if (!this.#enabled) return previous
    this.#hash = createHash('sha256').update('[')
    this.#hashedTo = start
    return previous
  }

  /** The current chunk now reaches file offset `end` (just past its last user). */
  extendTo(end: number): void {
    const hash = this.#hash
    if (!hash) return
    for (const read of this.#pending) {
      const from = Math.max(this.#hashedTo, read.base) - read.base
      const to = Math.min(end, read.base + read.bytes.length) - read.base
      if (to > from) hash.update(read.bytes.subarray(from, to))
    }
    this.#hashedTo = end
    this.#pending = this.#pending.filter((read) => read.base + read.bytes.length > end)
  }

  /**
   * The bytes up to file offset `offset` are not part of any body (a user skip_existing leaves
   * out): they are never hashed, so nothing of them is kept.
   */
  skipTo(offset: number): void {
    this.#hashedTo = Math.max(this.#hashedTo, offset)
    this.#pending = this.#pending.filter((read) => read.base + read.bytes.length > offset)
  }

  /** The current chunk goes on with another range of the file at `start`, after a comma. */
  joinRange(start: number): void {
    this.#hash?.update(',')
    this.#hashedTo = start
  }

  /** The digest of the current chunk (hex), closing it. */
  finishChunk(): string | undefined {
    const hash = this.#hash
    this.#hash = undefined
    return hash?.update(']').digest('hex')
  }
}
