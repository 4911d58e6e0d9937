/** What one pass over a users file finds (plan.ts), and how it is asked for. */
import type { UserError } from '../auth0/job.js'

export interface ChunkPlan {
  /** 0-based position among the chunks (= job order). */
  index: number
  /** File index of the chunk's first user. */
  firstUser: number
  userCount: number
  /** Byte offset of the first user's first byte. */
  start: number
  /** Byte offset just past the last user's last byte. */
  end: number
  /** Upload body size, brackets included: `end - start + 2`. */
  bytes: number
  /**
   * Hex SHA-256 of the upload body as validated (ChunkHasher); checked again at upload time.
   * '' when not asked for (`PlanOptions.chunkSha256`): such a chunk can never be uploaded.
   */
  sha256: string
  /**
   * A chunk of the users skip_existing keeps (src/plan/kept-chunks.ts): the file's byte ranges
   * that make its body, as `[start, end]` pairs joined by commas; `start` and `end` above are the
   * first range's start and the last range's end. Absent: the one range `start..end`.
   */
  ranges?: Float64Array
}

export interface InvalidUser {
  /** 0-based position in the file. */
  index: number
  /** Line the user starts on (1-based). */
  line: number
  /** The user, secrets redacted. */
  user: unknown
  errors: UserError[]
}

export interface UsersFilePlan {
  path: string
  /** File size in bytes. */
  bytes: number
  /** Hex SHA-256 of the file; '' when not asked for (`PlanOptions.fileSha256`). */
  sha256: string
  totalUsers: number
  chunks: ChunkPlan[]
  /** The first invalid users (at most `maxInvalid`, see PlanOptions), in file order. */
  invalid: InvalidUser[]
  /** How many users are invalid in all (≥ `invalid.length`). */
  invalidCount: number
  /** The file index of every invalid user, in file order (`invalidCount` of them). */
  invalidIndexes: number[]
}

export interface PlanOptions {
  /** Largest upload body in bytes (`chunk_size`). */
  chunkSize: number
  /** Invalid users kept in `invalid` (default 10 000); the rest are only counted. */
  maxInvalid?: number
  /** Stop keeping invalid users once their text adds up to this many bytes (default 32 MiB). */
  maxInvalidBytes?: number
  /** Read size (default 1 MiB). */
  highWaterMark?: number
  /**
   * Hash the whole file (default true). Only a resume record reads the file's hash (its identity
   * of the file), so a run without `progress_file` skips a second SHA-256 pass over the file.
   */
  fileSha256?: boolean
  /**
   * Hash each chunk's upload body (default true). Only an upload checks them (and skip_existing's
   * kept chunks, src/plan/kept-chunks.ts), so a dry run without skip_existing skips that pass.
   */
  chunkSha256?: boolean
  /** Identity keys kept in memory before they spill to disk (duplicates.ts; tests use few). */
  duplicateMemoryKeys?: number
}
