/**
 * The users already in the connection, held compactly: no user object is kept, only 64-bit
 * fingerprints in typed arrays. Each key (email, user_id, username, phone_number) maps to the
 * user's ordinal in an open-addressing table, and each compared attribute of each user is a
 * 64-bit fingerprint of its normalised value. A connection of 100,000 users takes about 20 MB,
 * whatever the size of its metadata, and a look-up hashes one string.
 *
 * Two different values share a 64-bit fingerprint with probability about 2^-64 per comparison
 * (about 10^-9 over 100,000 users with four keys each), which is far below the chance of the
 * export itself being stale.
 */
import {
  COMPARED,
  type ComparedAttribute,
  comparable,
  KEY_KINDS,
  type KeyKind,
  keyOf,
} from './attributes.js'

/** A key two users of the connection share: any file user matching it is a conflict. */
export const SHARED_KEY = -2
export const NO_MATCH = -1

const ATTRIBUTE_SLOTS = COMPARED.length
const SLOT_OF = new Map<string, number>(COMPARED.map((name, slot) => [name, slot]))

/**
 * Two independent 32-bit hashes (FNV-1a and a multiplicative one) of a string's UTF-16 units,
 * the pair seeded by `seed` (a key's kind), so that no prefixed copy of the string is made.
 */
export function hash64(text: string, seed = 0): [number, number] {
  let a = (0x811c9dc5 ^ seed) >>> 0
  let b = (0x9747b28c ^ Math.imul(seed, 0x27d4eb2d)) >>> 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
  // Zero is kept for "empty slot" / "absent attribute".
  return [a >>> 0 || 1, b >>> 0 || 1]
}

const SEED_OF = new Map<KeyKind, number>(KEY_KINDS.map((kind, i) => [kind, i + 1]))

export class TenantIndex {
  #count = 0
  #capacity = 1 << 12
  #keyA = new Uint32Array(this.#capacity)
  #keyB = new Uint32Array(this.#capacity)
  #keyOwner = new Int32Array(this.#capacity)
  #keys = 0
  #attributes = new Uint32Array(2 * ATTRIBUTE_SLOTS * 1024)

  get size(): number {
    return this.#count
  }

  /** Bytes held, for the benchmark's memory figure. */
  get bytes(): number {
    return this.#keyA.byteLength * 2 + this.#keyOwner.byteLength + this.#attributes.byteLength
  }

  /** Adds a user as read from Auth0 (export line or look-up answer). */
  add(user: Record<string, unknown>): void {
    const ordinal = this.#count++
    const needed = 2 * ATTRIBUTE_SLOTS * this.#count
    if (needed > this.#attributes.length) {
      const grown = new Uint32Array(Math.max(needed, this.#attributes.length * 2))
      grown.set(this.#attributes)
      this.#attributes = grown
    }
    for (const kind of KEY_KINDS) {
      const key = keyOf(user, kind)
      if (key !== undefined) this.#addKey(kind, key, ordinal)
    }
    const base = 2 * ATTRIBUTE_SLOTS * ordinal
    for (let slot = 0; slot < ATTRIBUTE_SLOTS; slot++) {
      const text = comparable(user, COMPARED[slot] as string)
      if (text === undefined) continue
      const [a, b] = hash64(text)
      this.#attributes[base + 2 * slot] = a
      this.#attributes[base + 2 * slot + 1] = b
    }
  }

  /** The ordinal of the user holding this key, NO_MATCH, or SHARED_KEY. */
  match(kind: KeyKind, key: string): number {
    const [a, b] = hash64(key, SEED_OF.get(kind))
    const mask = this.#capacity - 1
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      if (this.#keyA[slot] === 0) return NO_MATCH
      if (this.#keyA[slot] === a && this.#keyB[slot] === b) return this.#keyOwner[slot] as number
    }
  }

  /** Does the user at `ordinal` hold `attribute` with the value `user` gives it? */
  same(ordinal: number, attribute: ComparedAttribute, user: Record<string, unknown>): boolean {
    const slot = SLOT_OF.get(attribute) as number
    const base = 2 * ATTRIBUTE_SLOTS * ordinal + 2 * slot
    const text = comparable(user, attribute)
    if (text === undefined) return this.#attributes[base] === 0
    const [a, b] = hash64(text)
    return this.#attributes[base] === a && this.#attributes[base + 1] === b
  }

  #addKey(kind: KeyKind, key: string, ordinal: number): void {
    if (2 * (this.#keys + 1) > this.#capacity) this.#grow()
    const [a, b] = hash64(key, SEED_OF.get(kind))
    const mask = this.#capacity - 1
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      if (this.#keyA[slot] === 0) {
        this.#keyA[slot] = a
        this.#keyB[slot] = b
        this.#keyOwner[slot] = ordinal
        this.#keys++
        return
      }
      if (this.#keyA[slot] === a && this.#keyB[slot] === b) {
        if (this.#keyOwner[slot] !== ordinal) this.#keyOwner[slot] = SHARED_KEY
        return
      }
    }
  }

  #grow(): void {
    const [oldA, oldB, oldOwner] = [this.#keyA, this.#keyB, this.#keyOwner]
    this.#capacity *= 2
    this.#keyA = new Uint32Array(this.#capacity)
    this.#keyB = new Uint32Array(this.#capacity)
    this.#keyOwner = new Int32Array(this.#capacity)
    const mask = this.#capacity - 1
    for (let i = 0; i < oldA.length; i++) {
      const a = oldA[i] as number
      if (a === 0) continue
      let slot = a & mask
      while (this.#keyA[slot] !== 0) slot = (slot + 1) & mask
      this.#keyA[slot] = a
      this.#keyB[slot] = oldB[i] as number
      this.#keyOwner[slot] = oldOwner[i] as number
    }
  }
}
