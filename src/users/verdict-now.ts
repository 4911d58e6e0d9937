/**
 * A user's errors as the validation pass needs them, without loading the generated validator
 * (validate.ts) for a file whose users are all plainly valid (plainly-valid.ts).
 *
 * Why: the generated validator is most of the bundle's validation chunk (~350 of ~400 KB), which
 * every import compiled before its first request (the chunk alone took ~5 ms to load) and every
 * worker of the two-thread pass before its first block. A 1,000-user import's first request came
 * 2 ms sooner without it (bench/first-request.ts, 20 runs: 99 → 97 ms). It is now loaded by the
 * first user that needs it, so a pass that meets one waits for it once (`loadFullValidation`).
 */
import type { UserError } from '../auth0/job.js'
import { isPlainlyValid } from './plainly-valid.js'

type Validate = (user: unknown) => UserError[]

let fullValidation: Validate | undefined

/**
 * `[]` for a plainly valid user; the generated validator's errors once it is loaded; undefined
 * when only the generated validator can tell and it is not loaded yet.
 */
export function verdictNow(user: unknown): UserError[] | undefined {
  if (isPlainlyValid(user)) return []
  return fullValidation?.(user)
}

/**
 * Loads the generated validator (once), after which `verdictNow` always answers. Returns it, for
 * the user that waited: that user is known not to be plainly valid, so it is not checked again.
 */
export async function loadFullValidation(): Promise<Validate> {
  fullValidation ??= (await import('./validate.js')).schemaErrors
  return fullValidation
}
