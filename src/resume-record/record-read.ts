/**
 * Reading a progress record: every field is checked before it is trusted (the file may have been
 * edited or planted), and nesting is bounded before parsing, so a hostile record is refused with
 * an error naming the file instead of crashing a resume.
 */

import { isFinal } from '../results/verdict.js'
import { InputError } from '../runtime/errors.js'
import {
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  type ProgressData,
  type ProgressKey,
} from './record-format.js'

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
    if (typeof chunk.status !== 'string' || !isFinal(chunk.status)) {
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

export function checkSameImport(data: ProgressData, key: ProgressKey, path: string): void {
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
      `Input 'progress_file': ${path} was written for ${data.chunks.length} chunks planned with chunk_size ${data.chunk_size}, but this run plans ${plan.chunks.length} chunks with chunk_size ${key.chunkSize}${key.chunkSize === data.chunk_size ? ' (external_id changes the room left for the file)' : ''}. Resume with the same chunk_size and external_id as the run that wrote it, and the same version of this action (versions before the even chunk split cut files differently).`,
    )
  }
  if (data.connection_id !== key.connectionId) {
    throw new InputError(
      'progress_file',
      `Input 'progress_file': ${path} records an import into connection ${data.connection_id}, not ${key.connectionId}. Resume with the same connection_id, or give this import its own progress_file.`,
    )
  }
}
