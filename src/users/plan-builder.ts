/**
 * Builds a UsersFilePlan from users met in file order, however they were scanned and validated
 * (in this thread or in workers, plan.ts): chunks and their hashes, invalid users, duplicates.
 *
 * Duplicates are found after the pass (duplicates.ts), so a user that is valid but listed twice
 * becomes invalid only then: `finish` merges those users into the invalid list exactly where the
 * one-pass order would have put them, with the same limits (the first `maxInvalid` invalid users,
 * up to `maxInvalidBytes` of them), and appends each duplicate error after the user's own errors.
 */
import type { UserError } from '../auth0/job.js'
import { AUTH0_MAX_IMPORT_BYTES } from '../inputs/settings.js'
import { InputError } from '../runtime/errors.js'
import { readChunk } from './chunk-body.js'
import { ChunkHasher } from './chunk-hash.js'
import { ChunkTargets } from './chunk-targets.js'
import { type DuplicateFound, DuplicateLog } from './duplicates.js'
import { duplicateError, IDENTITY_KINDS, type IdentityKind, identityKey } from './identity.js'
import type { ChunkPlan, InvalidUser, UsersFilePlan } from './plan-types.js'
import { redactUser } from './redact.js'
import { JsonArrayScanner } from './scan.js'

/** A user read back from the file after the pass. */
interface ReadBack {
  line: number
  size: number
  value: unknown
}

/** What a PlanBuilder plans to (plan-here.ts makes these from PlanOptions). */
export interface BuilderSettings {
  chunkSize: number
  /** Invalid users kept, and bytes of them (PlanOptions.maxInvalid / maxInvalidBytes). */
  maxInvalid: number
  maxInvalidBytes: number
  duplicateMemoryKeys?: number
  /** PlanOptions.chunkSha256. */
  hashChunks: boolean
  /** The file's size, which the chunks share (chunk-targets.ts); undefined when unreadable. */
  fileBytes: number | undefined
}

export class PlanBuilder {
  readonly hasher: ChunkHasher
  readonly chunks: ChunkPlan[] = []
  /** Line of each chunk's first user (to tell the line of a user read back). */
  private readonly chunkLines: number[] = []
  private current: ChunkPlan | undefined
  totalUsers = 0
  private readonly invalid: InvalidUser[] = []
  /** Byte size of each user in `invalid`. */
  private readonly invalidSizes: number[] = []
  private readonly invalidIndexes: number[] = []
  private invalidBytes = 0
  readonly duplicates: DuplicateLog
  /** Where chunks end: an even number of about equal size (chunk-targets.ts says why). */
  private readonly targets: ChunkTargets

  private readonly chunkSize: number
  private readonly maxInvalid: number
  private readonly maxInvalidBytes: number

  constructor(
    private readonly path: string,
    settings: BuilderSettings,
  ) {
    this.chunkSize = settings.chunkSize
    this.maxInvalid = settings.maxInvalid
    this.maxInvalidBytes = settings.maxInvalidBytes
    this.duplicates = new DuplicateLog(settings.duplicateMemoryKeys)
    this.hasher = new ChunkHasher(settings.hashChunks)
    this.targets = new ChunkTargets(settings.fileBytes, settings.chunkSize)
  }

  /**
   * Puts the user at `index` (bytes `start..end`, starting on `line`) into a chunk. Users must
   * come in file order; their errors come later, through `recordErrors`, also in file order
   * (plan-parallel.ts, verdicts-in-line.ts).
   */
  planUser(index: number, line: number, start: number, end: number): void {
    const size = end - start
    this.totalUsers = index + 1
    this.checkSize(index, line, size)
    const current = this.current
    if (current && !this.targets.endsBefore(current.index, current.start, start, end)) {
      current.userCount++
      current.end = end
      current.bytes = end - current.start + 2
    } else {
      const previous = this.hasher.startChunk(start)
      if (current && previous) current.sha256 = previous
      this.current = {
        index: this.chunks.length,
        firstUser: index,
        userCount: 1,
        start,
        end,
        bytes: size + 2,
        sha256: '',
      }
      this.chunks.push(this.current)
      this.chunkLines.push(line)
    }
    this.hasher.extendTo(end)
  }

  /**
   * The errors of the user at `index` (`[]` when valid), in file order. `user` gives its redacted
   * value, asked only when it is kept.
   */
  recordErrors(
    index: number,
    line: number,
    size: number,
    errors: UserError[],
    user: () => unknown,
  ): void {
    if (errors.length === 0) return
    this.invalidIndexes.push(index)
    if (this.invalid.length < this.maxInvalid && this.invalidBytes < this.maxInvalidBytes) {
      this.invalidBytes += size
      this.invalidSizes.push(size)
      this.invalid.push({ index, line, user: user(), errors })
    }
  }

  private checkSize(index: number, line: number, size: number): void {
    if (size + 2 <= this.chunkSize) return
    if (size + 2 > AUTH0_MAX_IMPORT_BYTES) {
      throw new InputError(
        'file',
        `${this.path}: line ${line}: the user at index ${index} is ${size} bytes; Auth0 accepts at most ${AUTH0_MAX_IMPORT_BYTES} bytes per import file, so this user cannot be imported. Make it smaller (e.g. its metadata).`,
      )
    }
    throw new InputError(
      'chunk_size',
      `${this.path}: line ${line}: the user at index ${index} is ${size} bytes, too big for chunk_size ${this.chunkSize} (a chunk needs ${size + 2} bytes with its brackets). Raise chunk_size to at least ${size + 2} (at most ${AUTH0_MAX_IMPORT_BYTES}).`,
    )
  }

  /** After the last user: duplicates resolved, invalid users merged, the plan. */
  async finish(bytes: number, sha256: string): Promise<UsersFilePlan> {
    if (this.current) this.current.sha256 = this.hasher.finishChunk() ?? ''
    const found = await this.duplicates.resolve(async (indexes) => {
      const users = await this.readBack(indexes)
      const keys = new Map<number, Partial<Record<IdentityKind, string>>>()
      for (const [index, { value }] of users) {
        const values: Partial<Record<IdentityKind, string>> = {}
        for (const kind of IDENTITY_KINDS) {
          const key = identityKey(value, kind)
          if (key !== undefined) values[kind] = key
        }
        keys.set(index, values)
      }
      return keys
    })
    const { invalid, invalidIndexes } = await this.mergeDuplicates(found)
    return {
      path: this.path,
      bytes,
      sha256,
      totalUsers: this.totalUsers,
      chunks: this.chunks,
      invalid,
      invalidCount: invalidIndexes.length,
      invalidIndexes,
    }
  }

  /** The invalid list and indexes in file order, as if duplicates had been found in the pass. */
  private async mergeDuplicates(
    found: DuplicateFound[],
  ): Promise<{ invalid: InvalidUser[]; invalidIndexes: number[] }> {
    if (found.length === 0) return { invalid: this.invalid, invalidIndexes: this.invalidIndexes }
    const errorsOf = new Map<number, UserError[]>()
    for (const { index, kind, earlier } of found) {
      const list = errorsOf.get(index) ?? []
      list.push(duplicateError(kind, earlier))
      errorsOf.set(index, list)
    }
    const invalidIndexes = mergeSorted(this.invalidIndexes, [...errorsOf.keys()])
    // The users that may be kept: the first `maxInvalid` invalid ones.
    const kept = new Map(this.invalid.map((entry, k) => [entry.index, k]))
    const candidates = invalidIndexes.slice(0, this.maxInvalid)
    const readBack = await this.readBack(candidates.filter((index) => !kept.has(index)))
    const invalid: InvalidUser[] = []
    let bytes = 0
    for (const index of candidates) {
      if (bytes >= this.maxInvalidBytes) break
      const k = kept.get(index)
      const extra = errorsOf.get(index) ?? []
      if (k !== undefined) {
        const entry = this.invalid[k] as InvalidUser
        invalid.push({ ...entry, errors: [...entry.errors, ...extra] })
        bytes += this.invalidSizes[k] as number
        continue
      }
      const back = readBack.get(index)
      // A schema-invalid user dropped by the limits in the pass stays dropped.
      if (!back || !errorsOf.has(index) || this.isSchemaInvalid(index)) break
      invalid.push({ index, line: back.line, user: redactUser(back.value), errors: extra })
      bytes += back.size
    }
    return { invalid, invalidIndexes }
  }

  private isSchemaInvalid(index: number): boolean {
    return binarySearch(this.invalidIndexes, index)
  }

  /** Reads the users at `indexes` (ascending) back from the file, a chunk at a time. */
  private async readBack(indexes: readonly number[]): Promise<Map<number, ReadBack>> {
    const out = new Map<number, ReadBack>()
    let k = 0
    while (k < indexes.length) {
      const c = chunkOf(this.chunks, indexes[k] as number)
      const chunk = this.chunks[c] as ChunkPlan
      const wanted = new Set<number>()
      while (k < indexes.length && (indexes[k] as number) < chunk.firstUser + chunk.userCount) {
        wanted.add(indexes[k++] as number)
      }
      const scanner = new JsonArrayScanner(this.path)
      const firstLine = this.chunkLines[c] as number
      scanner.push(await readChunk(this.path, chunk), (element) => {
        const index = chunk.firstUser + element.index
        if (!wanted.has(index)) return
        const size = element.end - element.start
        out.set(index, { line: firstLine + element.line - 1, size, value: element.value })
      })
    }
    return out
  }
}

function chunkOf(chunks: readonly ChunkPlan[], index: number): number {
  let low = 0
  let high = chunks.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((chunks[mid] as ChunkPlan).firstUser <= index) low = mid
    else high = mid - 1
  }
  return low
}

function binarySearch(sorted: readonly number[], value: number): boolean {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const at = sorted[mid] as number
    if (at === value) return true
    if (at < value) low = mid + 1
    else high = mid - 1
  }
  return false
}

/** Two ascending lists merged, without repeats. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY
    const next = Math.min(x, y)
    if (x === next) i++
    if (y === next) j++
    out.push(next)
  }
  return out
}
