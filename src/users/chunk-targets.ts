/**
 * Where the chunks of a users file end (plan-builder.ts): an even number of chunks of about the
 * same size, each within chunk_size.
 *
 * Why not greedy (each chunk filled up to chunk_size): Auth0 runs two import jobs at a time
 * (src/import/slots.ts), and a job's time grows with its users. A greedy split into an odd number
 * of chunks ends with one job running alone, a whole job's time with one slot idle; and its last
 * chunk is short while the others are full, so the last round is uneven too. Cut into an even
 * number of equal chunks, every round keeps both slots busy to the end (a 32 MB file: 64 equal
 * chunks in 32 rounds instead of 65 greedy ones in 33).
 *
 * The rule: `count` is the smallest even number of chunk_size chunks that the file's bytes could
 * fill (1 when the file fits in one), and chunk k ends before the first user that starts at or
 * past (k + 1) / count of the file. When the next user would take a chunk over chunk_size before
 * its share is reached (users much bigger than the room left), the chunk ends there and the rest
 * of the file is shared again the same way, the total kept even. The count can still come out odd
 * when users are as big as the shares (three users of nearly chunk_size make three chunks).
 * Only the file's size and its users' offsets decide: the same file always gets the same chunks,
 * which the progress record checks on resume (src/resume-record/record-read.ts).
 */
export class ChunkTargets {
  /** Chunks planned (grows by two when a chunk ends early). */
  #count: number
  /** The chunks from `#first` on share the bytes from `#from` to the end of the file. */
  #first = 0
  #from = 0

  /** `fileBytes` undefined (the file could not be read yet): greedy, the scan says why. */
  constructor(
    private readonly fileBytes: number | undefined,
    private readonly budget: number,
  ) {
    const least = fileBytes === undefined ? 1 : Math.ceil(fileBytes / budget)
    this.#count = least <= 1 ? 1 : least + (least % 2)
  }

  /**
   * Whether the chunk `index`, which starts at byte `chunkStart`, ends before the user at bytes
   * `start..end` (who then starts chunk `index + 1`).
   */
  endsBefore(index: number, chunkStart: number, start: number, end: number): boolean {
    if (end - chunkStart + 2 > this.budget) {
      if (this.fileBytes !== undefined) this.#shareAgain(index, start)
      return true
    }
    return start >= this.#end(index)
  }

  /** The offset from which a user starts the chunk after `index`. */
  #end(index: number): number {
    const next = index + 1
    if (this.fileBytes === undefined || next >= this.#count) return Number.POSITIVE_INFINITY
    const share = (this.fileBytes - this.#from) / (this.#count - this.#first)
    return Math.floor(this.#from + (next - this.#first) * share)
  }

  /**
   * Chunk `index` ended early at `start`: the rest of the file is shared again among the fewest
   * chunk_size chunks it needs, one more when that would make the total odd.
   */
  #shareAgain(index: number, start: number): void {
    const rest = Math.max(1, Math.ceil(((this.fileBytes as number) - start) / this.budget))
    const count = index + 1 + rest
    this.#count = count + (count % 2)
    this.#first = index + 1
    this.#from = start
  }
}
