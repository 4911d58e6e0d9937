/**
 * Users listed twice, found in memory that does not grow with the file.
 *
 * During the pass every email / user_id / username is logged as a 64-bit fingerprint (two
 * independent 32-bit hashes) with its user's index: 12 bytes a key, buffered up to a fixed budget
 * (4 MiB) and then spilled to 64 temporary files by fingerprint. After the pass each partition (1/64 of
 * the keys) is loaded on its own and equal fingerprints are grouped. A group is only a candidate:
 * the real values of its users are read back from the users file and compared, so a fingerprint
 * collision never reports a false duplicate, and every real one is found (equal values always
 * have equal fingerprints). 10 million users (30 million keys) are 360 MB on disk and about 6 MB
 * per partition in memory.
 *
 * The first 4,096 keys of a file are kept as they are, in one exact table per kind, and hashed
 * only once there are more. Why: a small file is done before the two hash loops have left V8's
 * interpreter. For a 1,000-user import they were ~3 ms of its ~85 ms to the first request
 * (bench/first-request.ts), where a Map of strings costs ~1 ms. The tables are for small files
 * and stay small (~0.4 MB); a big file is hashed as before.
 */
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashKey, IDENTITY_KINDS, type IdentityKind, identityKey } from './identity.js'

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
/** Keys kept in memory before the log spills to disk (12 bytes each: 4 MiB, and as much again to sort them). */
const DEFAULT_MEMORY_KEYS = (4 << 20) / 12
/** Keys kept as they are before the log hashes them (~100 bytes each with the table's own). */
const EXACT_KEYS = 1 << 12

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

/** Where logged keys go: the log itself, or a block's records bound for it (plan-parallel.ts). */
export interface KeySink {
  addKey(kindNo: number, key: string, index: number): void
}

/** Logs the email, user_id and username of the user at `index` (those it has). */
export function logKeys(log: KeySink, index: number, user: unknown): void {
  for (let kindNo = 0; kindNo < IDENTITY_KINDS.length; kindNo++) {
    const key = identityKey(user, IDENTITY_KINDS[kindNo] as IdentityKind)
    if (key !== undefined) log.addKey(kindNo, key, index)
  }
}

/** The first word of `key`'s record (the second is `secondHash`, the third `index × 4 + kindNo`). */
function firstHash(kindNo: number, key: string): number {
  return hashKey(IDENTITY_KINDS[kindNo] as IdentityKind, key)
}

/** `words` copied into a buffer twice as long, or `maxWords` long if that is less. */
function grown(words: Uint32Array, maxWords = Number.POSITIVE_INFINITY): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.min(words.length * 2, maxWords))
  next.set(words)
  return next
}

/** The keys of one block of users, in DuplicateLog's record layout, to be logged later in order. */
export class KeyRecords implements KeySink {
  words = new Uint32Array(3 * 1024)
  count = 0

  addKey(kindNo: number, key: string, index: number): void {
    if (this.count * 3 === this.words.length) this.words = grown(this.words)
    const at = this.count++ * 3
    this.words[at] = firstHash(kindNo, key)
    this.words[at + 1] = secondHash(kindNo, key)
    this.words[at + 2] = index * 4 + kindNo
  }

  /** The records, trimmed. */
  get records(): Uint32Array {
    return this.words.slice(0, this.count * 3)
  }
}

export class DuplicateLog implements KeySink {
  /** Records of three words: first hash, second hash, index × 4 + kind number. */
  private records: Uint32Array
  private count = 0
  /** The records of one partition at a time; reused, so that spilling makes no garbage. */
  private scratch = new Uint32Array(0)
  private dir: string | undefined
  private readonly memoryKeys: number
  /** Per kind number, each value kept as it is and the first user with it; undefined once hashed. */
  private exact: Map<string, number>[] | undefined = IDENTITY_KINDS.map(() => new Map())
  private exactCount = 0
  private readonly exactKeys: number
  /** The later users the exact tables found, in file order. */
  private exactFound: DuplicateFound[] = []

  constructor(memoryKeys = DEFAULT_MEMORY_KEYS) {
    this.memoryKeys = Math.max(16, Math.floor(memoryKeys))
    this.exactKeys = Math.min(EXACT_KEYS, this.memoryKeys)
    this.records = new Uint32Array(3 * Math.min(this.memoryKeys, 1 << 12))
  }

  addKey(kindNo: number, key: string, index: number): void {
    const table = this.exact?.[kindNo]
    if (!table) {
      this.#pushKey(kindNo, key, index)
      return
    }
    const earlier = table.get(key)
    if (earlier === undefined) table.set(key, index)
    else this.exactFound.push({ index, kind: IDENTITY_KINDS[kindNo] as IdentityKind, earlier })
    // The users found count too: a file of one email a million times stays within the budget.
    if (++this.exactCount > this.exactKeys) this.#hashExact()
  }

  /**
   * Hashes the exact tables' keys into records. Each kind's records stay in file order (a table
   * holds first users only, in the order they came), which is all the grouping needs.
   */
  #hashExact(): void {
    const tables = this.exact
    if (!tables) return
    this.exact = undefined
    tables.forEach((table, kindNo) => {
      for (const [key, index] of table) this.#pushKey(kindNo, key, index)
    })
  }

  /** Logs records made by `KeyRecords` (three words a key), in file order after those before. */
  addRecords(records: Uint32Array): void {
    this.#hashExact()
    for (let at = 0; at + 2 < records.length; at += 3) {
      this.#push(records[at] as number, records[at + 1] as number, records[at + 2] as number)
    }
  }

  /** `key`'s record. */
  #pushKey(kindNo: number, key: string, index: number): void {
    this.#push(firstHash(kindNo, key), secondHash(kindNo, key), index * 4 + kindNo)
  }

  /** One record: the two hashes and `index × 4 + kind number`. */
  #push(first: number, second: number, tag: number): void {
    if (this.count * 3 === this.records.length) {
      if (this.count >= this.memoryKeys) this.spill()
      else this.records = grown(this.records, this.memoryKeys * 3)
    }
    const at = this.count++ * 3
    this.records[at] = first
    this.records[at + 1] = second
    this.records[at + 2] = tag
  }

  /** Appends the buffered records to their partition files (each file stays in file order). */
  private spill(): void {
    this.dir ??= mkdtempSync(join(tmpdir(), 'auth0-users-keys-'))
    const offsets = this.sortByPartition()
    for (let p = 0; p < PARTITIONS; p++) {
      const from = offsets[p] as number
      const to = offsets[p + 1] as number
      if (to === from) continue
      const fd = openSync(join(this.dir, String(p)), 'a')
      try {
        writeSync(fd, this.scratch.subarray(from * 3, to * 3))
      } finally {
        closeSync(fd)
      }
    }
    this.count = 0
  }

  /**
   * Copies the buffered records into `scratch` grouped by partition (a stable counting sort);
   * returns where each partition starts there (in records), and where the last one ends.
   */
  private sortByPartition(): Uint32Array {
    const records = this.records
    const n = this.count
    const offsets = new Uint32Array(PARTITIONS + 1)
    for (let r = 0; r < n; r++) {
      const p = ((records[r * 3 + 1] as number) >>> (32 - PARTITION_BITS)) + 1
      offsets[p] = (offsets[p] as number) + 1
    }
    for (let p = 0; p < PARTITIONS; p++) {
      offsets[p + 1] = (offsets[p + 1] as number) + (offsets[p] as number)
    }
    if (this.scratch.length < n * 3) this.scratch = new Uint32Array(this.records.length)
    const next = offsets.slice(0, PARTITIONS)
    for (let r = 0; r < n; r++) {
      const p = (records[r * 3 + 1] as number) >>> (32 - PARTITION_BITS)
      const to = (next[p] as number) * 3
      next[p] = (next[p] as number) + 1
      this.scratch[to] = records[r * 3] as number
      this.scratch[to + 1] = records[r * 3 + 1] as number
      this.scratch[to + 2] = records[r * 3 + 2] as number
    }
    return offsets
  }

  /** Every later user whose value of some kind an earlier user has, by index then kind. */
  async resolve(readKeys: ReadKeys): Promise<DuplicateFound[]> {
    try {
      const groups: number[][] = []
      const table = new GroupTable()
      if (this.dir === undefined) {
        groups.push(...table.groups(this.records.subarray(0, this.count * 3)))
      } else {
        const offsets = this.sortByPartition()
        const tail = this.scratch
        this.records = new Uint32Array(0)
        let partition: Uint32Array = new Uint32Array(0)
        for (let p = 0; p < PARTITIONS; p++) {
          const own = tail.subarray((offsets[p] as number) * 3, (offsets[p + 1] as number) * 3)
          partition = this.readPartition(p, own, partition)
          groups.push(...table.groups(partition))
        }
      }
      const found = [...this.exactFound, ...(await confirmGroups(groups, readKeys))]
      return found.sort(inFileOrder)
    } finally {
      this.discard()
    }
  }

  /** Removes the spill files (after `resolve`, or when the pass failed). */
  discard(): void {
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true })
    this.dir = undefined
    this.exact = undefined
    this.exactFound = []
  }

  /** Partition `p`'s records: its file, then `tail`; in `reuse` when it is big enough. */
  private readPartition(p: number, tail: Uint32Array, reuse: Uint32Array): Uint32Array {
    let fd: number | undefined
    try {
      fd = openSync(join(this.dir as string, String(p)), 'r')
    } catch {
      fd = undefined
    }
    try {
      const bytes = fd === undefined ? 0 : fstatSync(fd).size
      const words = bytes / 4 + tail.length
      const into = reuse.length >= words ? reuse : new Uint32Array(Math.ceil(words * 1.25))
      let read = 0
      while (fd !== undefined && read < bytes) read += readSync(fd, into, read, bytes - read, read)
      into.set(tail, bytes / 4)
      return into.subarray(0, words)
    } finally {
      if (fd !== undefined) closeSync(fd)
    }
  }
}

/** An open-addressing table over one partition's records, reused from partition to partition. */
class GroupTable {
  private slots = new Int32Array(0)

  /**
   * Groups of records with equal fingerprints and kind, as lists of `index × 4 + kind` in file
   * order (records come in file order). Groups of one are dropped.
   */
  groups(records: Uint32Array): number[][] {
    const n = records.length / 3
    let size = 16
    while (size < n * 2) size <<= 1
    if (this.slots.length < size) this.slots = new Int32Array(size)
    const slots = this.slots.subarray(0, size).fill(-1)
    const mask = size - 1
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
  return found
}

/** By the later user's index, then by kind. */
function inFileOrder(a: DuplicateFound, b: DuplicateFound): number {
  return a.index - b.index || IDENTITY_KINDS.indexOf(a.kind) - IDENTITY_KINDS.indexOf(b.kind)
}
