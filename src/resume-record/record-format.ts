/** The shape of the progress record on disk (see record.ts for what each field means). */
import type { ImportSummary, UserError } from '../auth0/job.js'
import type { UsersFilePlan } from '../users/plan.js'

export const PROGRESS_FORMAT = 'auth0-jobs-action/import-progress'
export const PROGRESS_VERSION = 1

export interface StoredErrorGroup {
  errors: UserError[]
  /** File indexes of the users that failed with exactly `errors`. */
  indexes?: number[]
  /** Entries that could not be tied to a user of the file: the user as Auth0 echoed it, redacted. */
  unmatched?: unknown[]
}

export interface ChunkRecord {
  index: number
  /** Byte offset of the chunk's first user (UsersFilePlan). */
  start: number
  /** Byte offset just past its last user. */
  end: number
  first_user: number
  user_count: number
  /** When a submission of this chunk started and Auth0 has not answered yet. */
  submitting?: string
  /** Why the submission is in doubt (Auth0 may have created a job): set with `submitting`. */
  in_doubt?: string
  job_id?: string
  submitted_at?: string
  /** The job's final status (`completed`, `failed`, `expired`); set once its errors are stored. */
  status?: string
  status_details?: string
  summary?: ImportSummary
  errors?: StoredErrorGroup[]
  finished_at?: string
}

export interface ProgressData {
  format: string
  version: number
  file: { sha256: string; bytes: number; users: number }
  /** The `chunk_size` input the chunks were planned with. */
  chunk_size: number
  connection_id: string
  created_at: string
  updated_at: string
  chunks: ChunkRecord[]
}

/** The identity of an import: a record only resumes the same file, plan and connection. */
export interface ProgressKey {
  plan: UsersFilePlan
  chunkSize: number
  connectionId: string
}
