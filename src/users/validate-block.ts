/**
 * Parsing and validating one block of a one-user-a-line file (user-lines.ts), in whichever thread
 * runs it (plan-parallel.ts): each user's errors, its identity keys for the duplicate log, and the
 * redacted value of the invalid users the plan may keep.
 */
import type { UserError } from '../auth0/job.js'
import { KeyRecords, logKeys } from './duplicates.js'
import { redactUser } from './redact.js'
import { loadFullValidation, verdictNow } from './verdict-now.js'

export interface BlockInvalidUser {
  index: number
  errors: UserError[]
  /** Redacted; present while the thread's `InvalidBudget` lasts. */
  user?: unknown
}

export interface BlockVerdict {
  /** False when a line is not one JSON object: the file is then planned in one pass instead. */
  parsed: boolean
  invalid: BlockInvalidUser[]
  /** The users' identity keys (KeyRecords' layout). */
  keys: Uint32Array
}

/**
 * How many invalid users (and bytes of them) a thread still attaches the value of. The plan keeps
 * the first `maxInvalid` invalid users of the file up to `maxInvalidBytes` (plan-builder.ts), a
 * prefix in file order; a thread sees its blocks in file order, so a user past its own budget is
 * past the file's too, and its value is never needed.
 */
export interface InvalidBudget {
  users: number
  bytes: number
}

/**
 * Validates the users of `buf` (the file's bytes from offset `base`) at `spans` (user-lines.ts:
 * start, end, line per user), the first of them the file's user `firstIndex`. It waits only for
 * the first user of the thread that the generated validator must see (verdict-now.ts).
 */
export async function validateBlock(
  buf: Buffer,
  base: number,
  spans: Float64Array,
  firstIndex: number,
  budget: InvalidBudget,
): Promise<BlockVerdict> {
  const keys = new KeyRecords()
  const invalid: BlockInvalidUser[] = []
  for (let k = 0; k * 3 < spans.length; k++) {
    const start = (spans[k * 3] as number) - base
    const end = (spans[k * 3 + 1] as number) - base
    let value: unknown
    try {
      value = JSON.parse(buf.toString('utf8', start, end))
    } catch {
      return { parsed: false, invalid: [], keys: new Uint32Array(0) }
    }
    const index = firstIndex + k
    const errors = verdictNow(value) ?? (await loadFullValidation())(value)
    if (errors.length > 0) {
      const entry: BlockInvalidUser = { index, errors }
      if (budget.users > 0 && budget.bytes > 0) {
        entry.user = redactUser(value)
        budget.users--
        budget.bytes -= end - start
      }
      invalid.push(entry)
    }
    logKeys(keys, index, value)
  }
  return { parsed: true, invalid, keys: keys.records }
}
