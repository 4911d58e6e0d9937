import { hashKey, type IdentityKind } from './identity.js'

/**
 * Remembers the email / user_id / username of every user seen, compactly: an open-addressing table
 * of 32-bit hashes and user indexes (8 bytes a slot, 32 MiB for 3 million keys) instead of the
 * strings. A hash hit is only a candidate: `confirm` checks it against the earlier user's real
 * value (the planner re-reads that user from the file), so a collision never reports a false
 * duplicate — it only costs one small read.
 */
export class DuplicateIndex {
  private capacity: number
  private mask: number
  private size = 0
  private hashes: Uint32Array
  /** User index + 1 (0 = empty slot). */
  private owners: Uint32Array

  constructor(initialCapacity = 1 << 16) {
    let capacity = 1 << 4
    while (capacity < initialCapacity) capacity <<= 1
    this.capacity = capacity
    this.mask = capacity - 1
    this.hashes = new Uint32Array(capacity)
    this.owners = new Uint32Array(capacity)
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.capacity * 8
  }

  /**
   * Records `key` of `kind` for user `index`. Returns the index of an earlier user with the same
   * key (as confirmed by `confirm`), or undefined when the key is new.
   */
  add(
    kind: IdentityKind,
    key: string,
    index: number,
    confirm: (earlierIndex: number) => boolean,
  ): number | undefined {
    const hash = hashKey(kind, key)
    let slot = hash & this.mask
    for (;;) {
      const owner = this.owners[slot] as number
      if (owner === 0) break
      if (this.hashes[slot] === hash && confirm(owner - 1)) return owner - 1
      slot = (slot + 1) & this.mask
    }
    this.hashes[slot] = hash
    this.owners[slot] = index + 1
    if (++this.size > this.capacity * 0.75) this.grow()
    return undefined
  }

  private grow(): void {
    const { hashes, owners } = this
    this.capacity <<= 1
    this.mask = this.capacity - 1
    this.hashes = new Uint32Array(this.capacity)
    this.owners = new Uint32Array(this.capacity)
    for (let k = 0; k < owners.length; k++) {
      const owner = owners[k] as number
      if (owner === 0) continue
      const hash = hashes[k] as number
      let slot = hash & this.mask
      while (this.owners[slot] !== 0) slot = (slot + 1) & this.mask
      this.hashes[slot] = hash
      this.owners[slot] = owner
    }
  }
}
