import { createHash, type Hash } from 'node:crypto'

/**
 * The SHA-256 of each chunk's upload body (`[` + the file's bytes `start..end` + `]`), computed
 * from the reads of the validation pass, so that the upload can prove it sends exactly what was
 * validated (a file rewritten meanwhile is caught, not sent).
 *
 * Only bytes not yet hashed are kept: the hash advances to the end of every user as it is
 * planned, so about the bytes of the user being scanned are held.
 */
export class ChunkHasher {
  /** Copies of the reads not yet wholly hashed, each with its file offset. */
  #pending: { base: number; bytes: Buffer }[] = []
  #readEnd = 0
  #hash: Hash | undefined
  /** File offset up to which the current chunk is hashed. */
  #hashedTo = 0

  /**
   * Every read of the file, in order, before its users are planned. The reader reuses one buffer
   * (scan.ts) and fills it before this is called, so each read is copied: which of its bytes
   * belong to a chunk is known only once the users in it are planned. Hashed bytes are dropped.
   */
  onRead(bytes: Buffer): void {
    this.#pending.push({ base: this.#readEnd, bytes: Buffer.from(bytes) })
    this.#readEnd += bytes.length
  }

  /** A new chunk starts at file offset `start`; returns the digest of the previous one, if any. */
  startChunk(start: number): string | undefined {
    const previous = this.finishChunk()
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

  /** The digest of the current chunk (hex), closing it. */
  finishChunk(): string | undefined {
    const hash = this.#hash
    this.#hash = undefined
    return hash?.update(']').digest('hex')
  }
}
