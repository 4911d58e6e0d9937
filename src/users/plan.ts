/**
 * One streaming pass over a users file: scan it, validate every user, find users listed twice, and
 * split the file into import jobs of at most `chunkSize` bytes each — without ever holding the
 * file (or all of its users) in memory.
 *
 * A chunk's upload body is `[` + the file's exact bytes from its first user's first byte to its
 * last user's last byte + `]`: the separators between users are valid JSON, so nothing is
 * re-serialised and what Auth0 receives is byte for byte what the user wrote.
 */
import { createHash } from 'node:crypto'
import { open, stat } from 'node:fs/promises'
import type { JobErrorEntry, UserError } from '../auth0/job.js'
import { InputError } from '../errors.js'
import { logKeys } from './duplicates.js'
import { type FileHash, HASH_WORKER_MIN_BYTES, hashFileInWorker } from './file-hash.js'
import { PlanBuilder } from './plan-builder.js'
import { PLAN_WORKER_MIN_BYTES, planInWorker, planWorkerAvailable } from './plan-thread.js'
import { redactUser } from './redact.js'
import { DEFAULT_READ_SIZE, readFileChunks, scanJsonArrayFile } from './scan.js'
import { IDENTITY_KINDS, type IdentityKind, identityKey, validateUser } from './validate.js'

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
  /** Hex SHA-256 of the upload body as validated (ChunkHasher); checked again at upload time. */
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
  /** Hex SHA-256 of the file. */
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
  /** Identity keys kept in memory before they spill to disk (duplicates.ts; tests use few). */
  duplicateMemoryKeys?: number
}

export const DEFAULT_MAX_INVALID = 10_000
const DEFAULT_MAX_INVALID_BYTES = 32 << 20

/**
 * Reads, validates and splits the users file at `path` in one streaming pass.
 *
 * Throws `InputError('file', …)` when the file is not a well-formed JSON array (see scan.ts) or
 * holds a user too big for any Auth0 import, and `InputError('chunk_size', …)` when a user does
 * not fit in `chunkSize`. Users that fail validation do not throw: they are listed in `invalid`.
 */
export async function planUsersFile(path: string, options: PlanOptions): Promise<UsersFilePlan> {
  const size = await stat(path).then(
    (stats) => stats.size,
    () => 0, // the scan says why it cannot read the file
  )
  if (size >= PLAN_WORKER_MIN_BYTES && planWorkerAvailable()) return planInWorker(path, options)
  return planUsersFileHere(path, options, size >= HASH_WORKER_MIN_BYTES)
}

/**
 * planUsersFile in this thread (plan-thread.ts runs it in a worker for big files), the file's
 * hash made in a worker beside the pass when `hashBeside` (file-hash.ts).
 */
export async function planUsersFileHere(
  path: string,
  options: PlanOptions,
  hashBeside = false,
): Promise<UsersFilePlan> {
  const { chunkSize } = options
  if (!Number.isInteger(chunkSize) || chunkSize < 3) {
    throw new InputError(
      'chunk_size',
      `chunk_size must be a whole number of bytes, got ${chunkSize}`,
    )
  }
  const builder = new PlanBuilder(
    path,
    chunkSize,
    options.maxInvalid ?? DEFAULT_MAX_INVALID,
    options.maxInvalidBytes ?? DEFAULT_MAX_INVALID_BYTES,
    options.duplicateMemoryKeys,
  )
  try {
    const { bytes, sha256 } = await planInOneThread(
      path,
      builder,
      options.highWaterMark,
      hashBeside,
    )
    return await builder.finish(bytes, sha256)
  } finally {
    // A pass that failed half-way leaves no spill files behind.
    builder.duplicates.discard()
  }
}

async function planInOneThread(
  path: string,
  builder: PlanBuilder,
  highWaterMark: number | undefined,
  hashBeside: boolean,
): Promise<FileHash> {
  const inWorker = hashBeside
    ? hashFileInWorker(path, highWaterMark ?? DEFAULT_READ_SIZE)
    : undefined
  const hash = inWorker ? undefined : createHash('sha256')
  let bytes = 0
  await scanJsonArrayFile(
    path,
    (element) => {
      const { index, line, start, end, value } = element
      builder.add(index, line, start, end, validateUser(value), () => redactUser(value))
      logKeys(builder.duplicates, index, value)
    },
    {
      highWaterMark,
      onChunk: (chunk) => {
        hash?.update(chunk)
        builder.hasher.onRead(chunk)
        bytes += chunk.length
      },
      afterChunk: () => builder.hasher.settle(),
    },
  )
  if (hash) return { bytes, sha256: hash.digest('hex') }
  const hashed = (await inWorker) ?? (await hashFile(path, highWaterMark))
  if (hashed.bytes !== bytes) {
    throw new InputError('file', `${path}: the file changed while it was being validated`)
  }
  return hashed
}

async function hashFile(path: string, readSize: number | undefined): Promise<FileHash> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of readFileChunks(path, readSize)) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** The exact upload body of `chunk`: `[`, the file's bytes `start..end`, `]`. */
export async function readChunk(path: string, chunk: ChunkPlan): Promise<Buffer> {
  const length = chunk.end - chunk.start
  const body = Buffer.allocUnsafe(length + 2)
  body[0] = 0x5b
  body[length + 1] = 0x5d
  const handle = await open(path, 'r')
  try {
    let read = 0
    while (read < length) {
      const { bytesRead } = await handle.read(body, 1 + read, length - read, chunk.start + read)
      if (bytesRead === 0) {
        throw new InputError(
          'file',
          `${path}: the file changed while it was being imported (it ends before byte ${chunk.end} of chunk ${chunk.index + 1})`,
        )
      }
      read += bytesRead
    }
  } finally {
    await handle.close()
  }
  return body
}

/** The users of a chunk body (as read by `readChunk`). */
export function usersOfChunk(body: Buffer): unknown[] {
  const users: unknown = JSON.parse(body.toString('utf8'))
  if (!Array.isArray(users)) throw new Error('a chunk body must be a JSON array')
  return users
}

export interface IndexedErrorEntry {
  /** The user's index in the file, or undefined when it could not be told. */
  index: number | undefined
  /** The user as Auth0 echoed it, secrets redacted. */
  user: unknown
  errors: UserError[]
}

const REDACTION_MARKERS = new Set(['*****', '[redacted]'])

/** user_id as matched: Auth0 may echo it with the connection strategy prefix. */
function matchKey(user: unknown, kind: IdentityKind): string | undefined {
  const key = identityKey(user, kind)
  return kind === 'user_id' && key !== undefined ? key.replace(/^auth0\|/, '') : key
}

/** `echo` equals `original`, where a redaction marker in `echo` stands for any value. */
function sameUser(echo: unknown, original: unknown): boolean {
  if (typeof echo === 'string' && REDACTION_MARKERS.has(echo)) return true
  if (
    echo === null ||
    original === null ||
    typeof echo !== 'object' ||
    typeof original !== 'object'
  ) {
    return echo === original
  }
  if (Array.isArray(echo) !== Array.isArray(original)) return false
  const a = echo as Record<string, unknown>
  const b = original as Record<string, unknown>
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => Object.hasOwn(b, key) && sameUser(a[key], b[key]))
}

/**
 * Maps Auth0's per-user error entries of one job (they carry the user, not its position) back to
 * file indexes, by matching email (case-insensitive), user_id and username among the users of
 * `chunk` (`users` = `usersOfChunk(await readChunk(path, chunk))`). When several users of the chunk
 * match — a user listed twice — the one whose whole object matches is taken, each user at most
 * once, and for DUPLICATED_USER the later one (that is the one Auth0 refuses).
 */
export function indexErrorEntries(
  chunk: ChunkPlan,
  users: readonly unknown[],
  entries: readonly JobErrorEntry[],
): IndexedErrorEntry[] {
  const byKind = new Map<IdentityKind, Map<string, number[]>>()
  for (const kind of IDENTITY_KINDS) {
    const map = new Map<string, number[]>()
    users.forEach((user, position) => {
      const key = matchKey(user, kind)
      if (key === undefined) return
      const list = map.get(key)
      if (list) list.push(position)
      else map.set(key, [position])
    })
    byKind.set(kind, map)
  }
  const claimed = new Set<number>()

  return entries.map((entry) => {
    const echo: unknown = entry?.user
    const errors = Array.isArray(entry?.errors) ? entry.errors : []
    let candidates: number[] | undefined
    for (const kind of IDENTITY_KINDS) {
      const key = matchKey(echo, kind)
      if (key === undefined) continue
      const positions = byKind.get(kind)?.get(key) ?? []
      candidates = candidates ? candidates.filter((p) => positions.includes(p)) : positions
    }
    let position: number | undefined
    if (candidates && candidates.length > 0) {
      const exact = candidates.filter((p) => sameUser(echo, users[p]))
      let pool = exact.length > 0 ? exact : candidates
      const unclaimed = pool.filter((p) => !claimed.has(p))
      if (unclaimed.length > 0) pool = unclaimed
      const laterFirst = errors.some((error) => error?.code === 'DUPLICATED_USER')
      position = laterFirst ? pool[pool.length - 1] : pool[0]
    }
    if (position !== undefined) claimed.add(position)
    return {
      index: position === undefined ? undefined : chunk.firstUser + position,
      user: redactUser(echo),
      errors,
    }
  })
}
