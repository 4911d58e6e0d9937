/**
 * One streaming pass over a users file: scan it, validate every user, find users listed twice, and
 * split the file into import jobs of at most `chunkSize` bytes each — without ever holding the
 * file (or all of its users) in memory.
 *
 * A chunk's upload body is `[` + the file's exact bytes from its first user's first byte to its
 * last user's last byte + `]`: the separators between users are valid JSON, so nothing is
 * re-serialised and what Auth0 receives is byte for byte what the user wrote.
 */

import type { JobErrorEntry, UserError } from '../auth0/job.js'
import { HASH_WORKER_MIN_BYTES } from './file-hash.js'
import { IDENTITY_KINDS, type IdentityKind, identityKey } from './identity.js'
import { fileSize, planUsersFileHere } from './plan-here.js'
import { PLAN_WORKER_MIN_BYTES, planInWorker, planWorkerEntry } from './plan-thread.js'
import type { ChunkPlan, PlanOptions, UsersFilePlan } from './plan-types.js'
import { redactUser } from './redact.js'
import { takesTwoThreads } from './validate-thread.js'

export { readChunk, usersOfChunk } from './chunk-body.js'
export type { ChunkPlan, InvalidUser, PlanOptions, UsersFilePlan } from './plan-types.js'

/**
 * Reads, validates and splits the users file at `path` in one streaming pass.
 *
 * Throws `InputError('file', …)` when the file is not a well-formed JSON array (see scan.ts) or
 * holds a user too big for any Auth0 import, and `InputError('chunk_size', …)` when a user does
 * not fit in `chunkSize`. Users that fail validation do not throw: they are listed in `invalid`.
 */
export async function planUsersFile(path: string, options: PlanOptions): Promise<UsersFilePlan> {
  const fileBytes = await fileSize(path)
  const size = fileBytes ?? 0 // the scan says why it cannot read the file
  const entry = planWorkerEntry()
  if (entry && size >= PLAN_WORKER_MIN_BYTES) {
    return planInWorker(entry, { path, fileBytes, options })
  }
  return planUsersFileHere(path, options, {
    hashBeside: size >= HASH_WORKER_MIN_BYTES,
    parallelEntry: takesTwoThreads(size) ? entry : undefined,
    fileBytes,
  })
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
