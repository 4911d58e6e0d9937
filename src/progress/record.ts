/**
 * The resumable progress record of a split import (`progress_file`).
 *
 * One JSON document, rewritten atomically after every step that matters (writeFileAtomic), so a
 * kill at any moment leaves a readable record:
 *
 * - the users file's SHA-256, size and user count, the `chunk_size` and `connection_id` used:
 *   a record of another file, plan or connection is refused, never mixed in;
 * - per chunk (one line each, so the file diffs well): its index, byte range (`start`/`end`) and
 *   user range (`first_user`/`user_count`); `submitting` while a submission is in flight (a kill
 *   then leaves it "in doubt" instead of letting a resume submit the chunk twice), with
 *   `in_doubt` saying why when an answer left it so (a 504, a broken connection); `job_id` once
 *   Auth0 created the job; and once it ended and its errors were read: `status`,
 *   `status_details`, `summary` and `errors`.
 *
 * `errors` keeps each failed user's index in the file and Auth0's error list, grouped by identical
 * error lists (`{"errors":[…],"indexes":[…]}`), not the user itself: the users file is pinned by
 * its digest, so a resumed run re-reads (and redacts) the users from it. That keeps the record
 * small and free of personal data even when whole chunks fail, and a resume needs no request to
 * /jobs/{id}/errors (Auth0 deletes a job's errors 24 hours after it was created). Entries Auth0
 * gave without a recognisable user keep the redacted user in `unmatched`.
 */
import { readFile } from 'node:fs/promises'
import type { ImportSummary, Job, UserError } from '../auth0/job.js'
import { InputError } from '../errors.js'
import type { ErrorReportEntry } from '../outcome.js'
import type { InDoubtDecision } from '../settings.js'
import type { ChunkPlan, UsersFilePlan } from '../users/plan.js'
import { type AtomicWriteHooks, writeFileAtomic } from './atomic-write.js'

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

const FINAL = new Set(['completed', 'failed', 'expired'])

export class ProgressRecord {
  readonly #path: string
  readonly #data: ProgressData
  /** Serialised chunk lines; finished chunks never change, so most lines are reused. */
  readonly #lines: (string | undefined)[]
  readonly #hooks: AtomicWriteHooks

  private constructor(path: string, data: ProgressData, hooks: AtomicWriteHooks) {
    this.#path = path
    this.#data = data
    this.#lines = data.chunks.map(() => undefined)
    this.#hooks = hooks
  }

  /**
   * Reads the record at `path` and checks it belongs to this import, or starts a new one when
   * there is no file. Throws `InputError('progress_file', …)` for an unreadable or corrupt record,
   * or one of another users file, chunk plan or connection. Chunks in doubt are listed by
   * `inDoubt()`; the caller refuses to go on until each is decided. Nothing is written here.
   */
  static async open(
    path: string,
    key: ProgressKey,
    hooks: AtomicWriteHooks = {},
  ): Promise<{ record: ProgressRecord; resumed: boolean }> {
    let text: string | undefined
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new InputError(
          'progress_file',
          `Input 'progress_file': ${path} cannot be read (${(error as Error).message}).`,
        )
      }
    }
    if (text === undefined) {
      return { record: new ProgressRecord(path, fresh(key), hooks), resumed: false }
    }
    const data = parseProgress(text, path)
    checkSameImport(data, key, path)
    return { record: new ProgressRecord(path, data, hooks), resumed: true }
  }

  /** A new, empty record for `key` (not yet written). */
  static create(path: string, key: ProgressKey, hooks: AtomicWriteHooks = {}): ProgressRecord {
    return new ProgressRecord(path, fresh(key), hooks)
  }

  get path(): string {
    return this.#path
  }

  get data(): Readonly<ProgressData> {
    return this.#data
  }

  chunk(index: number): Readonly<ChunkRecord> {
    const chunk = this.#data.chunks[index]
    if (!chunk) throw new Error(`The progress record has no chunk ${index}.`)
    return chunk
  }

  /** The job was created (its id is known). */
  isSubmitted(index: number): boolean {
    return this.chunk(index).job_id !== undefined
  }

  /** The job ended and its outcome is stored. */
  isFinished(index: number): boolean {
    return this.chunk(index).status !== undefined
  }

  /** Chunks with no job yet. */
  get remaining(): number {
    return this.#data.chunks.filter((chunk) => chunk.job_id === undefined).length
  }

  /** Chunks whose submission may have created a job that the record does not know. */
  inDoubt(): Readonly<ChunkRecord>[] {
    return this.#data.chunks.filter((chunk) => chunk.submitting !== undefined && !chunk.job_id)
  }

  /** The answer to a submission was lost: the chunk stays "submitting", and says why. */
  markInDoubt(index: number, reason: string): void {
    this.#change(index, (chunk) => {
      chunk.submitting ??= new Date().toISOString()
      chunk.in_doubt = reason
    })
  }

  /** The user's decision (`resolve_in_doubt`): Auth0 created `job`, or nothing (resubmit). */
  resolveInDoubt(index: number, decision: InDoubtDecision): void {
    this.#change(index, (chunk) => {
      delete chunk.submitting
      delete chunk.in_doubt
      if (decision.kind === 'job') {
        chunk.job_id = decision.jobId
        chunk.submitted_at = new Date().toISOString()
      }
    })
  }

  markSubmitting(index: number): void {
    this.#change(index, (chunk) => {
      chunk.submitting = new Date().toISOString()
    })
  }

  /** Auth0 answered without creating a job (e.g. both import slots busy): nothing in doubt. */
  clearSubmitting(index: number): void {
    this.#change(index, (chunk) => {
      delete chunk.submitting
      delete chunk.in_doubt
    })
  }

  markSubmitted(index: number, jobId: string): void {
    this.#change(index, (chunk) => {
      delete chunk.submitting
      delete chunk.in_doubt
      chunk.job_id = jobId
      chunk.submitted_at = new Date().toISOString()
    })
  }

  /** The job ended; `entries` are its error report entries (indexes are file indexes). */
  markFinished(index: number, job: Job, entries: readonly ErrorReportEntry[]): void {
    this.#change(index, (chunk) => {
      chunk.job_id ??= job.id
      chunk.status = job.status
      if (job.status_details !== undefined) chunk.status_details = job.status_details
      if (job.summary) chunk.summary = { ...job.summary }
      const groups = groupErrors(entries)
      if (groups.length > 0) chunk.errors = groups
      chunk.finished_at = new Date().toISOString()
    })
  }

  /** The job object a finished or submitted chunk stands for (as far as the record knows). */
  jobOf(index: number): Job | undefined {
    const chunk = this.chunk(index)
    if (chunk.job_id === undefined) return undefined
    const job: Job = { id: chunk.job_id, type: 'users_import', status: chunk.status ?? 'pending' }
    if (chunk.status_details !== undefined) job.status_details = chunk.status_details
    if (chunk.summary) job.summary = { ...chunk.summary }
    return job
  }

  /** Writes the record atomically. */
  async save(): Promise<void> {
    this.#data.updated_at = new Date().toISOString()
    await writeFileAtomic(this.#path, this.serialize(), this.#hooks)
  }

  serialize(): string {
    const { chunks, ...header } = this.#data
    const lines = chunks.map((chunk, i) => {
      let line = this.#lines[i]
      if (line === undefined) {
        line = JSON.stringify(chunk)
        this.#lines[i] = line
      }
      return line
    })
    const head = JSON.stringify(header).slice(0, -1)
    return `${head},"chunks":[\n${lines.join(',\n')}\n]}\n`
  }

  #change(index: number, change: (chunk: ChunkRecord) => void): void {
    const chunk = this.#data.chunks[index]
    if (!chunk) throw new Error(`The progress record has no chunk ${index}.`)
    change(chunk)
    this.#lines[index] = undefined
  }
}

function fresh(key: ProgressKey): ProgressData {
  const now = new Date().toISOString()
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    file: { sha256: key.plan.sha256, bytes: key.plan.bytes, users: key.plan.totalUsers },
    chunk_size: key.chunkSize,
    connection_id: key.connectionId,
    created_at: now,
    updated_at: now,
    chunks: key.plan.chunks.map(chunkRecordOf),
  }
}

function chunkRecordOf(chunk: ChunkPlan): ChunkRecord {
  return {
    index: chunk.index,
    start: chunk.start,
    end: chunk.end,
    first_user: chunk.firstUser,
    user_count: chunk.userCount,
  }
}

/** Groups entries with identical error lists: a whole chunk failing the same way stays small. */
export function groupErrors(entries: readonly ErrorReportEntry[]): StoredErrorGroup[] {
  const groups = new Map<string, StoredErrorGroup>()
  for (const entry of entries) {
    const key = JSON.stringify(entry.errors)
    let group = groups.get(key)
    if (!group) {
      group = { errors: entry.errors }
      groups.set(key, group)
    }
    if (entry.index !== null) {
      group.indexes ??= []
      group.indexes.push(entry.index)
    } else {
      group.unmatched ??= []
      group.unmatched.push(entry.user)
    }
  }
  return [...groups.values()]
}

/**
 * The report entries of a stored chunk, in file order (unmatched ones last). `userAt` gives the
 * user of the file at an index, already redacted.
 */
export function entriesOf(
  chunk: Readonly<ChunkRecord>,
  userAt: (index: number) => unknown,
): ErrorReportEntry[] {
  const jobId = chunk.job_id ?? null
  const indexed: ErrorReportEntry[] = []
  const unmatched: ErrorReportEntry[] = []
  for (const group of chunk.errors ?? []) {
    for (const index of group.indexes ?? []) {
      indexed.push({ job_id: jobId, index, user: userAt(index), errors: group.errors })
    }
    for (const user of group.unmatched ?? []) {
      unmatched.push({ job_id: jobId, index: null, user, errors: group.errors })
    }
  }
  indexed.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
  return [...indexed, ...unmatched]
}

// ------------------------------------------------------------------------------------ reading

function corrupt(path: string, detail: string): InputError {
  return new InputError(
    'progress_file',
    `Input 'progress_file': ${path} is not a readable progress record (${detail}). Restore the file a previous run of this action wrote, or delete it to start the import from the first chunk (chunks imported before would be imported again).`,
  )
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isOptionalString = (value: unknown): boolean =>
  value === undefined || typeof value === 'string'

/** Far more than a record needs (the deepest field is 5 levels down); a hostile one stops here. */
export const MAX_RECORD_DEPTH = 32

/** The deepest nesting of arrays and objects in JSON `text` (strings skipped), counted without recursion. */
function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth)
    else if (c === 0x5d || c === 0x7d) depth--
  }
  return deepest
}

export function parseProgress(text: string, path: string): ProgressData {
  const depth = nestingDepth(text)
  if (depth > MAX_RECORD_DEPTH) {
    throw corrupt(
      path,
      `nested ${depth} levels deep; a progress record is at most ${MAX_RECORD_DEPTH}`,
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw corrupt(path, `not valid JSON: ${(error as Error).message}`)
  }
  if (!isObject(value) || value.format !== PROGRESS_FORMAT) {
    throw corrupt(path, `expected a JSON object with "format": "${PROGRESS_FORMAT}"`)
  }
  if (value.version !== PROGRESS_VERSION) {
    throw corrupt(
      path,
      `version ${JSON.stringify(value.version)}; this action reads version ${PROGRESS_VERSION}`,
    )
  }
  const file = value.file
  if (
    !isObject(file) ||
    typeof file.sha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(file.sha256) ||
    !isCount(file.bytes) ||
    !isCount(file.users)
  ) {
    throw corrupt(path, '"file" must hold the users file\'s sha256, bytes and users')
  }
  if (!isCount(value.chunk_size) || typeof value.connection_id !== 'string') {
    throw corrupt(path, '"chunk_size" and "connection_id" are missing')
  }
  if (!Array.isArray(value.chunks)) throw corrupt(path, '"chunks" must be an array')
  value.chunks.forEach((chunk: unknown, position: number) => {
    const problem = chunkProblem(chunk, position)
    if (problem) throw corrupt(path, `chunk ${position + 1}: ${problem}`)
  })
  return value as unknown as ProgressData
}

function chunkProblem(chunk: unknown, position: number): string | undefined {
  if (!isObject(chunk)) return 'not an object'
  if (chunk.index !== position) return `"index" must be ${position}`
  for (const field of ['start', 'end', 'first_user', 'user_count'] as const) {
    if (!isCount(chunk[field])) return `"${field}" must be a whole number`
  }
  for (const field of [
    'submitting',
    'in_doubt',
    'job_id',
    'submitted_at',
    'status_details',
    'finished_at',
  ]) {
    if (!isOptionalString(chunk[field])) return `"${field}" must be a string`
  }
  if (typeof chunk.job_id === 'string' && !/^job_[A-Za-z0-9]{1,64}$/.test(chunk.job_id)) {
    return '"job_id" must be a job id (job_ and letters or digits)'
  }
  if (chunk.status !== undefined) {
    if (typeof chunk.status !== 'string' || !FINAL.has(chunk.status)) {
      return '"status" must be completed, failed or expired'
    }
    if (chunk.job_id === undefined) return 'a finished chunk needs its "job_id"'
  }
  if (chunk.summary !== undefined) {
    const s = chunk.summary
    if (!isObject(s) || !['total', 'inserted', 'updated', 'failed'].every((k) => isCount(s[k]))) {
      return '"summary" must hold total, inserted, updated and failed counts'
    }
  }
  if (chunk.errors !== undefined) {
    if (!Array.isArray(chunk.errors)) return '"errors" must be an array'
    for (const group of chunk.errors as unknown[]) {
      if (!isObject(group) || !Array.isArray(group.errors)) return '"errors" groups need "errors"'
      const errorsOk = (group.errors as unknown[]).every(
        (e) => isObject(e) && typeof e.code === 'string' && typeof e.message === 'string',
      )
      if (!errorsOk) return 'each error needs a "code" and a "message"'
      if (group.indexes !== undefined) {
        const first = chunk.first_user as number
        const last = first + (chunk.user_count as number)
        const ok =
          Array.isArray(group.indexes) &&
          (group.indexes as unknown[]).every((i) => isCount(i) && i >= first && i < last)
        if (!ok) return '"indexes" must be file indexes of the chunk\'s users'
      }
      if (group.unmatched !== undefined && !Array.isArray(group.unmatched)) {
        return '"unmatched" must be an array'
      }
    }
  }
  return undefined
}

function checkSameImport(data: ProgressData, key: ProgressKey, path: string): void {
  const { plan } = key
  if (data.file.sha256 !== plan.sha256 || data.file.bytes !== plan.bytes) {
    throw new InputError(
      'progress_file',
      `Input 'progress_file': ${path} records the import of a different users file (sha256 ${data.file.sha256.slice(0, 12)}…, ${data.file.bytes} bytes) than ${plan.path} (sha256 ${plan.sha256.slice(0, 12)}…, ${plan.bytes} bytes). Resume with the exact file that progress belongs to, or give this file its own progress_file.`,
    )
  }
  const sameChunks =
    data.chunks.length === plan.chunks.length &&
    plan.chunks.every((chunk, i) => {
      const stored = data.chunks[i]
      return (
        stored !== undefined &&
        stored.start === chunk.start &&
        stored.end === chunk.end &&
        stored.first_user === chunk.firstUser &&
        stored.user_count === chunk.userCount
      )
    })
  if (!sameChunks) {
    throw new InputError(
      'progress_file',
      `Input 'progress_file': ${path} was written for ${data.chunks.length} chunks planned with chunk_size ${data.chunk_size}, but this run plans ${plan.chunks.length} chunks with chunk_size ${key.chunkSize}${key.chunkSize === data.chunk_size ? ' (external_id changes the room left for the file)' : ''}. Resume with the same chunk_size and external_id as the run that wrote it.`,
    )
  }
  if (data.connection_id !== key.connectionId) {
    throw new InputError(
      'progress_file',
      `Input 'progress_file': ${path} records an import into connection ${data.connection_id}, not ${key.connectionId}. Resume with the same connection_id, or give this import its own progress_file.`,
    )
  }
}
