/**
 * A fault no other tool catches: an import job that reports users as inserted but does not
 * store them (`Emulator.loseInserts(count)`). The next `count` new users of any import are counted
 * as inserted in the job's summary and never reach the tenant, so only a check after the import
 * (verify) can find them missing.
 */
import type { TenantUser } from './job-record.ts'
import type { TenantState } from './state.ts'

const pending = new WeakMap<TenantState, number>()

export function loseInserts(state: TenantState, count: number): void {
  pending.set(state, (pending.get(state) ?? 0) + count)
}

/** The users map an import writes to: the tenant's, except that lost inserts go nowhere. */
class InsertTarget extends Map<string, TenantUser> {
  readonly #state: TenantState
  constructor(state: TenantState) {
    super()
    this.#state = state
  }
  override get(key: string): TenantUser | undefined {
    return this.#state.users.get(key)
  }
  override has(key: string): boolean {
    return this.#state.users.has(key)
  }
  override values(): MapIterator<TenantUser> {
    return this.#state.users.values()
  }
  override set(key: string, user: TenantUser): this {
    const left = pending.get(this.#state) ?? 0
    if (left > 0 && !this.#state.users.has(key)) {
      pending.set(this.#state, left - 1)
      return this
    }
    this.#state.users.set(key, user)
    return this
  }
}

export function insertTarget(state: TenantState): Map<string, TenantUser> {
  return (pending.get(state) ?? 0) > 0 ? new InsertTarget(state) : state.users
}
