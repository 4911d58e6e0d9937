/**
 * The users already in the connection, held compactly: no user object is kept, only 64-bit
 * fingerprints in typed arrays. Each key (email, user_id, username, phone_number) maps to the
 * user's ordinal in an open-addressing table, and each attribute the index is built for (the
 * upsertable ones for a plan with upsert, none without, all compared ones for verify) is a 64-bit
 * fingerprint of its normalised value (fingerprint.ts). A connection of 100,000 users takes
 * about 6 MB for the keys plus 8 bytes per user and attribute, whatever the size of its metadata.
 *
 * Two different values share a 64-bit fingerprint with probability about 2^-64 per comparison
 * (about 10^-9 over 100,000 users with four keys each), far below the chance of the export itself
 * being stale.
 */
import { COMPARED, type ComparedAttribute, KEY_KINDS, type KeyKind, keyOf } from './attributes.js'
import { attributeFingerprint, FINGERPRINT, keyFingerprint } from './fingerprint.js'

/** A key two users of the connection share: any file user matching it is a conflict. */
export const SHARED_KEY = -2
export const NO_MATCH = -1

const SEED_OF = Object.freeze(
  Object.fromEntries(KEY_KINDS.map((kind, i) => [kind, i + 1])) as Record<KeyKind, number>,
)

export class TenantIndex {
  readonly #attributes: readonly ComparedAttribute[]
  readonly #slotOf: Map<string, number>
  #count = 0
  #capacity = 1 << 12
  #keyA = new Uint32Array(this.#capacity)
  #keyB = new Uint32Array(this.#capacity)
  #keyOwner = new Int32Array(this.#capacity)
  #keys = 0
  #values: Uint32Array

  /** `attributes`: those `same` will be asked about (each costs 8 bytes a user). */
  constructor(attributes: readonly ComparedAttribute[] = COMPARED) {
    this.#attributes = attributes
    this.#slotOf = new Map(attributes.map((name, slot) => [name, slot]))
    this.#values = new Uint32Array(2 * attributes.length * 1024)
  }

  get size(): number {
    return this.#count
  }

  /** Bytes held, for the benchmark's memory figure. */
  get bytes(): number {
    return this.#keyA.byteLength * 2 + this.#keyOwner.byteLength + this.#values.byteLength
  }

  /** Adds a user as read from Auth0 (export line or look-up answer). */
  add(user: Record<string, unknown>): void {
    const ordinal = this.#count++
    const width = 2 * this.#attributes.length
    if (width * this.#count > this.#values.length) {
      const grown = new Uint32Array(Math.max(width * this.#count, this.#values.length * 2))
      grown.set(this.#values)
      this.#values = grown
    }
    for (const kind of KEY_KINDS) {
      const key = keyOf(user, kind)
      if (key !== undefined) this.#addKey(kind, key, ordinal)
    }
    const base = width * ordinal
    for (let slot = 0; slot < this.#attributes.length; slot++) {
      if (!attributeFingerprint(user, this.#attributes[slot] as string)) continue
      this.#values[base + 2 * slot] = FINGERPRINT[0] as number
      this.#values[base + 2 * slot + 1] = FINGERPRINT[1] as number
    }
  }

  /** The ordinal of the user holding this key, NO_MATCH, or SHARED_KEY. */
  match(kind: KeyKind, key: string): number {
    const fingerprint = keyFingerprint(key, SEED_OF[kind])
    const a = fingerprint[0] as number
    const b = fingerprint[1] as number
    const mask = this.#capacity - 1
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      if (this.#keyA[slot] === 0) return NO_MATCH
      if (this.#keyA[slot] === a && this.#keyB[slot] === b) return this.#keyOwner[slot] as number
    }
  }

  /** Does the user at `ordinal` hold `attribute` with the value `user` gives it? */
  same(ordinal: number, attribute: ComparedAttribute, user: Record<string, unknown>): boolean {
    const slot = this.#slotOf.get(attribute)
    if (slot === undefined) throw new Error(`the tenant index holds no ${attribute}`)
    const base = 2 * this.#attributes.length * ordinal + 2 * slot
    if (!attributeFingerprint(user, attribute)) return this.#values[base] === 0
    return this.#values[base] === FINGERPRINT[0] && this.#values[base + 1] === FINGERPRINT[1]
  }

  #addKey(kind: KeyKind, key: string, ordinal: number): void {
    if (2 * (this.#keys + 1) > this.#capacity) this.#grow()
    const fingerprint = keyFingerprint(key, SEED_OF[kind])
    const a = fingerprint[0] as number
    const b = fingerprint[1] as number
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
