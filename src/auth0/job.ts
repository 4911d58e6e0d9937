/** Shapes of Auth0's job resources, as the Management API answers them. */

export interface ImportSummary {
  total: number
  inserted: number
  updated: number
  failed: number
}

/** Auth0 adds fields freely (`additionalProperties: true`), so unknown keys are kept. */
export const EMPTY_SUMMARY: Readonly<ImportSummary> = Object.freeze({
  total: 0,
  inserted: 0,
  updated: 0,
  failed: 0,
})

export function addSummaries(a: ImportSummary, b: ImportSummary): ImportSummary {
  return {
    total: a.total + b.total,
    inserted: a.inserted + b.inserted,
    updated: a.updated + b.updated,
    failed: a.failed + b.failed,
  }
}

export interface Job {
  id: string
  type: string
  status: string
  created_at?: string
  connection_id?: string
  connection?: string
  external_id?: string
  summary?: ImportSummary
  percentage_done?: number
  time_left_seconds?: number
  status_details?: string
  location?: string
  [key: string]: unknown
}

export interface UserError {
  code: string
  message: string
  path?: string
}

export interface JobErrorEntry {
  user: Record<string, unknown>
  errors: UserError[]
}

/** GET /jobs/{id}/errors answers in three shapes; each means something different. */
export type JobErrors =
  /**
   * `total`: entries in Auth0's answer, when `entries` holds only the first of them (a bounded
   * part); absent when `entries` is all of it.
   */
  | { kind: 'entries'; entries: JobErrorEntry[]; total?: number }
  | { kind: 'job'; job: Job }
  | { kind: 'none' }

/** Auth0's job ids: the only shape accepted in a URL, a file name or a log line. */
export const JOB_ID_PATTERN = /^job_[A-Za-z0-9]{16}$/

export function isJobId(id: unknown): id is string {
  return typeof id === 'string' && JOB_ID_PATTERN.test(id)
}

/** Entries of Auth0's answer that `errors` does not hold (counted, left out to bound memory). */
export function omittedErrors(errors: JobErrors): number {
  return errors.kind === 'entries' ? Math.max(0, (errors.total ?? 0) - errors.entries.length) : 0
}
