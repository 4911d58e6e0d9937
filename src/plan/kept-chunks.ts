/**
 * skip_existing: the upload chunks of the users that are kept, planned in the plan pass straight
 * from the users file. A chunk's body is `[`, the file's own bytes of its users, `]`: users that
 * are neighbours in the file form one range (with the separators between them, as a chunk of the
 * whole file does), and ranges are joined by `,`. Nothing of the users is written anywhere, so the
 * password hashes, salts and MFA secrets stay in the users file (issue 10). Per kept user only its
 * file index is held (4 bytes); per chunk, its ranges (16 bytes each, at most one per kept user).
 *
 * The plan pass reads the file again after the validation pass, so that what is uploaded is still
 * what was validated it hashes again every chunk the validation hashed (`UsersFilePlan.chunks`)
 * and refuses the file at the first one that differs. Each upload chunk's hash is made from those
 * same reads, and the upload checks its body against it (src/import/submit.ts).
 */
import { FileChangedError } from '../import/submit.js'
import { ChunkHasher } from '../users/chunk-hash.js'
import type { ChunkPlan, UsersFilePlan } from '../users/plan.js'

export interface KeptUsers {
  /** The upload chunks, their `firstUser` counted among the kept users. */
  chunks: ChunkPlan[]
  /** File index of each kept user, by its index among the kept users. */
  originalIndex: Int32Array
  count: number
}

export class KeptChunks {
  readonly #check = new ChunkHasher()
  readonly #hasher = new ChunkHasher()
  readonly #chunks: ChunkPlan[] = []
  readonly #originalIndex: Int32Array
  #current: ChunkPlan | undefined
  #ranges: number[] = []
  /** The validated chunk being hashed again. */
  #checking = 0
  #lastKept = -2
  #count = 0

  constructor(
    private readonly validated: UsersFilePlan,
    private readonly budget: number,
  ) {
    this.#originalIndex = new Int32Array(validated.totalUsers)
  }

  /** Every read of the file, in order (ChunkHasher.onRead). */
  onRead(bytes: Buffer): void {
    this.#check.onRead(bytes)
    this.#hasher.onRead(bytes)
  }

  /** The users of the last read are handled (ChunkHasher.settle). */
  settle(): void {
    this.#check.settle()
    this.#hasher.settle()
  }

  /** The user at file index `index`, bytes `start..end`, uploaded when `kept`. */
  add(index: number, start: number, end: number, kept: boolean): void {
    this.#recheck(index, start, end)
    if (kept) this.#keep(index, start, end)
    else this.#hasher.skipTo(end)
  }

  /** After the last user: the upload chunks, or FileChangedError when the file has fewer users. */
  finish(): KeptUsers {
    if (this.#checking !== this.validated.chunks.length) throw this.#changed()
    this.#close()
    const count = this.#count
    return { chunks: this.#chunks, originalIndex: this.#originalIndex.subarray(0, count), count }
  }

  #recheck(index: number, start: number, end: number): void {
    const chunk = this.validated.chunks[this.#checking]
    if (!chunk) throw this.#changed()
    if (index === chunk.firstUser) {
      if (start !== chunk.start) throw this.#changed()
      this.#check.startChunk(start)
    }
    this.#check.extendTo(end)
    if (index < chunk.firstUser + chunk.userCount - 1) return
    if (end !== chunk.end || this.#check.finishChunk() !== chunk.sha256) throw this.#changed()
    this.#checking++
  }

  #keep(index: number, start: number, end: number): void {
    const current = this.#current
    const joined = this.#lastKept === index - 1
    const bytes =
      current && (joined ? current.bytes + end - current.end : current.bytes + 1 + end - start)
    if (current && bytes !== undefined && bytes <= this.budget) {
      if (joined) this.#ranges[this.#ranges.length - 1] = end
      else {
        this.#hasher.joinRange(start)
        this.#ranges.push(start, end)
      }
      current.userCount++
      current.end = end
      current.bytes = bytes
    } else {
      this.#close()
      this.#hasher.startChunk(start)
      this.#ranges = [start, end]
      this.#current = {
        index: this.#chunks.length,
        firstUser: this.#count,
        userCount: 1,
        start,
        end,
        bytes: end - start + 2,
        sha256: '',
      }
      this.#chunks.push(this.#current)
    }
    this.#hasher.extendTo(end)
    this.#originalIndex[this.#count++] = index
    this.#lastKept = index
  }

  #close(): void {
    const current = this.#current
    if (!current) return
    current.sha256 = this.#hasher.finishChunk() ?? ''
    current.ranges = Float64Array.from(this.#ranges)
    this.#current = undefined
  }

  #changed(): FileChangedError {
    return new FileChangedError(
      `${this.validated.path} changed after it was validated: skip_existing read other bytes than the ones that were checked, so nothing was sent. Run the step again on the file as it is now.`,
    )
  }
}
