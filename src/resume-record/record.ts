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
import type { Job } from '../auth0/job.js'
import type { InDoubtDecision } from '../inputs/settings.js'
import type { ErrorReportEntry } from '../results/report-entry.js'
import { InputError } from '../runtime/errors.js'
import type { ChunkPlan } from '../users/plan.js'
import { type AtomicWriteHooks, writeFileAtomic } from './atomic-write.js'
import {
  type ChunkRecord,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  type ProgressData,
  type ProgressKey,
  type StoredErrorGroup,
} from './record-format.js'
import { checkSameImport, parseProgress } from './record-read.js'

export * from './record-format.js'
export { MAX_RECORD_DEPTH, parseProgress } from './record-read.js'

export class ResumeRecord {
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
  ): Promise<{ record: ResumeRecord; resumed: boolean }> {
    // The file's hash is the record's identity of the file (PlanOptions.fileSha256).
    if (!/^[0-9a-f]{64}$/.test(key.plan.sha256)) {
      throw new Error('internal: the users file was planned without its hash')
    }
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
      return { record: new ResumeRecord(path, fresh(key), hooks), resumed: false }
    }
    const data = parseProgress(text, path)
    checkSameImport(data, key, path)
    return { record: new ResumeRecord(path, data, hooks), resumed: true }
  }

  /** A new, empty record for `key` (not yet written). */
  static create(path: string, key: ProgressKey, hooks: AtomicWriteHooks = {}): ResumeRecord {
    return new ResumeRecord(path, fresh(key), hooks)
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
