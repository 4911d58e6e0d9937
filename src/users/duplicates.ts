/**
 * Users listed twice, found in memory that does not grow with the file.
 *
 * During the pass every email / user_id / username is logged as a 64-bit fingerprint (two
 * independent 32-bit hashes) with its user's index: 12 bytes a key, buffered up to a fixed budget
 * and then spilled to 64 temporary files by fingerprint. After the pass each partition (1/64 of
 * the keys) is loaded on its own and equal fingerprints are grouped. A group is only a candidate:
 * the real values of its users are read back from the users file and compared, so a fingerprint
 * collision never reports a false duplicate, and every real one is found (equal values always
 * have equal fingerprints). 10 million users (30 million keys) are 360 MB on disk and about 6 MB
 * per partition in memory.
 */
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashKey, IDENTITY_KINDS, type IdentityKind, identityKey } from './validate.js'

export interface DuplicateFound {
  /** The later user. */
  index: number
  kind: IdentityKind
  /** The first user with the same value. */
  earlier: number
}

/** The values of `kind` for the users at `indexes` (ascending), read back from the file. */
export type ReadKeys = (
  indexes: readonly number[],
) => Promise<Map<number, Partial<Record<IdentityKind, string>>>>

const PARTITION_BITS = 6
const PARTITIONS = 1 << PARTITION_BITS
/** Keys kept in memory before the log spills to disk (12 bytes each: 16 MiB). */
const DEFAULT_MEMORY_KEYS = (16 << 20) / 12

/** A second 32-bit hash of `key`, independent of `hashKey` (FNV-1a, then murmur's finaliser). */
export function secondHash(kindNo: number, key: string): number {
  let h = (0x811c9dc5 ^ Math.imul(kindNo + 1, 0x27d4eb2f)) >>> 0
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Logs the email, user_id and username of the user at `index` (those it has). */
export function logKeys(log: DuplicateLog, index: number, user: unknown): void {
  for (let kindNo = 0; kindNo < IDENTITY_KINDS.length; kindNo++) {
    const kind = IDENTITY_KINDS[kindNo] as IdentityKind
    const key = identityKey(user, kind)
    if (key !== undefined) log.add(hashKey(kind, key), secondHash(kindNo, key), index, kindNo)
  }
}

export class DuplicateLog {
  /** Records of three words: first hash, second hash, index × 4 + kind number. */
  private records: Uint32Array
  private count = 0
  private dir: string | undefined
  private readonly memoryKeys: number

  constructor(memoryKeys = DEFAULT_MEMORY_KEYS) {
    this.memoryKeys = Math.max(16, Math.floor(memoryKeys))
    this.records = new Uint32Array(3 * Math.min(this.memoryKeys, 1 << 12))
  }

  add(first: number, second: number, index: number, kindNo: number): void {
    if (this.count * 3 === this.records.length) {
      if (this.count >= this.memoryKeys) this.spill()
      else {
        const grown = new Uint32Array(Math.min(this.records.length * 2, this.memoryKeys * 3))
        grown.set(this.records)
        this.records = grown
      }
    }
    const at = this.count++ * 3
    this.records[at] = first
    this.records[at + 1] = second
    this.records[at + 2] = index * 4 + kindNo
  }

  /** Writes the buffered records to their partition files (in order, so each file stays sorted). */
  private spill(): void {
    this.dir ??= mkdtempSync(join(tmpdir(), 'auth0-users-keys-'))
    for (const [partition, records] of this.partitions(this.records.subarray(0, this.count * 3))) {
      const fd = openSync(join(this.dir, String(partition)), 'a')
      try {
        writeSync(fd, records)
      } finally {
        closeSync(fd)
      }
    }
    this.count = 0
  }

  /** `records` split by partition, each in its original order. */
  private partitions(records: Uint32Array): Map<number, Uint32Array> {
    const sizes = new Uint32Array(PARTITIONS)
    for (let at = 0; at < records.length; at += 3) {
      const p = (records[at + 1] as number) >>> 26
      sizes[p] = (sizes[p] as number) + 1
    }
    const out = new Map<number, Uint32Array>()
    const filled = new Uint32Array(PARTITIONS)
    for (let p = 0; p < PARTITIONS; p++) {
      if (sizes[p]) out.set(p, new Uint32Array((sizes[p] as number) * 3))
    }
    for (let at = 0; at < records.length; at += 3) {
      const p = (records[at + 1] as number) >>> 26
      const target = out.get(p) as Uint32Array
      target.set(records.subarray(at, at + 3), (filled[p] as number) * 3)
      filled[p] = (filled[p] as number) + 1
    }
    return out
  }

  /** Every later user whose value of some kind an earlier user has, by index then kind. */
  async resolve(readKeys: ReadKeys): Promise<DuplicateFound[]> {
    try {
      const groups: number[][] = []
      if (this.dir === undefined)
        groups.push(...candidateGroups(this.records.subarray(0, this.count * 3)))
      else {
        const tail = this.partitions(this.records.subarray(0, this.count * 3))
        this.records = new Uint32Array(0)
        for (let p = 0; p < PARTITIONS; p++) {
          groups.push(...candidateGroups(this.readPartition(p, tail.get(p))))
        }
      }
      return await confirmGroups(groups, readKeys)
    } finally {
      if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true })
      this.dir = undefined
    }
  }

  private readPartition(partition: number, tail: Uint32Array | undefined): Uint32Array {
    let fd: number
    try {
      fd = openSync(join(this.dir as string, String(partition)), 'r')
    } catch {
      return tail ?? new Uint32Array(0)
    }
    try {
      const bytes = fstatSync(fd).size
      const records = new Uint32Array(bytes / 4 + (tail?.length ?? 0))
      let read = 0
      while (read < bytes) read += readSync(fd, records, read, bytes - read, read)
      if (tail) records.set(tail, bytes / 4)
      return records
    } finally {
      closeSync(fd)
    }
  }
}

/**
 * Groups of records with equal fingerprints and kind, as lists of `index × 4 + kind` in file
 * order (records come in file order). Groups of one are dropped.
 */
function candidateGroups(records: Uint32Array): number[][] {
  const n = records.length / 3
  let size = 16
  while (size < n * 2) size <<= 1
  const mask = size - 1
  const slots = new Int32Array(size).fill(-1)
  const groups = new Map<number, number[]>()
  for (let r = 0; r < n; r++) {
    const at = r * 3
    const first = records[at] as number
    const second = records[at + 1] as number
    const tag = records[at + 2] as number
    let slot = first & mask
    for (;;) {
      const other = slots[slot] as number
      if (other === -1) {
        slots[slot] = r
        break
      }
      const o = other * 3
      if (
        records[o] === first &&
        records[o + 1] === second &&
        ((records[o + 2] as number) & 3) === (tag & 3)
      ) {
        const group = groups.get(other)
        if (group) group.push(tag)
        else groups.set(other, [records[o + 2] as number, tag])
        break
      }
      slot = (slot + 1) & mask
    }
  }
  return [...groups.values()]
}

/** Reads the real values of every candidate and keeps the true duplicates. */
async function confirmGroups(groups: number[][], readKeys: ReadKeys): Promise<DuplicateFound[]> {
  if (groups.length === 0) return []
  const wanted = [...new Set(groups.flat().map((tag) => Math.floor(tag / 4)))].sort((a, b) => a - b)
  const keys = await readKeys(wanted)
  const found: DuplicateFound[] = []
  for (const group of groups) {
    const kind = IDENTITY_KINDS[(group[0] as number) & 3] as IdentityKind
    const firstWith = new Map<string, number>()
    for (const tag of group) {
      const index = Math.floor(tag / 4)
      const value = keys.get(index)?.[kind]
      if (value === undefined) continue
      const earlier = firstWith.get(value)
      if (earlier === undefined) firstWith.set(value, index)
      else found.push({ index, kind, earlier })
    }
  }
  const order = (kind: IdentityKind) => IDENTITY_KINDS.indexOf(kind)
  return found.sort((a, b) => a.index - b.index || order(a.kind) - order(b.kind))
}
