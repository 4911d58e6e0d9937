/** The inputs of import-users. */
import { accessSync, constants, statSync } from 'node:fs'
import { checkReviewSettings, parseReviewInputs } from '../plan/review-inputs.js'
import type { InputEnv } from './names.js'
import type { CommonSettings } from './settings.js'
import { AUTH0_MAX_IMPORT_BYTES, type ImportSettings, type InDoubtDecision } from './settings.js'
import {
  fail,
  type Get,
  missing,
  optional,
  parseBoolean,
  parseConnectionId,
  parseMaxFailedUsers,
  parseWhole,
  resolveInWorkspace,
} from './values.js'

export function parseImportSettings(
  get: Get,
  env: InputEnv,
  common: CommonSettings,
): ImportSettings {
  const settings: ImportSettings = {
    operation: 'import-users',
    ...common,
    file: parseFile(get('file'), env),
    connectionId: parseConnectionId(get('connection_id'), true),
    upsert: parseBoolean(get, 'upsert', false),
    externalId: optional(get('external_id')),
    sendCompletionEmail: parseBoolean(get, 'send_completion_email', true),
    maxFailedUsers: parseMaxFailedUsers(get('max_failed_users')),
    dryRun: parseBoolean(get, 'dry_run', false),
    chunkSize: parseChunkSize(get('chunk_size')),
    progressFile: parseProgressFile(get('progress_file'), env),
    maxJobs: parseMaxJobs(get('max_jobs')),
    resolveInDoubt: parseResolveInDoubt(get('resolve_in_doubt')),
    ...parseReviewInputs((name) => parseBoolean(get, name, false)),
  }
  checkReviewSettings(settings)
  return settings
}

/** Smallest `chunk_size` accepted: below this a single ordinary user record would not fit. */
export const MIN_CHUNK_SIZE = 1024
export const MAX_JOBS = 100_000

export function parseChunkSize(value: string): number {
  if (value === '') return 500_000
  const size = parseWhole(value)
  if (size === undefined || size < MIN_CHUNK_SIZE || size > AUTH0_MAX_IMPORT_BYTES) {
    fail(
      'chunk_size',
      value,
      `expected a whole number of bytes from ${MIN_CHUNK_SIZE} to ${AUTH0_MAX_IMPORT_BYTES} (Auth0 rejects a users file over ${AUTH0_MAX_IMPORT_BYTES} bytes with 413), e.g. 500000`,
    )
  }
  return size
}

/** Resolves `file` against the workspace and checks it is a readable regular file. */
export function parseFile(value: string, env: InputEnv): string {
  if (value === '') {
    missing(
      'file',
      "import-users needs the users file, a JSON array in Auth0's bulk-import format (relative to the workspace)",
    )
  }
  const path = resolveInWorkspace(value, env)
  let stats: ReturnType<typeof statSync>
  try {
    stats = statSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    fail(
      'file',
      value,
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `no such file (looked for ${path}); relative paths are resolved against the workspace, so check out the repository first`
        : `cannot read ${path} (${code ?? String(error)})`,
    )
  }
  if (!stats.isFile()) {
    fail(
      'file',
      value,
      `${path} is ${stats.isDirectory() ? 'a directory' : 'not a regular file'}; expected the users file`,
    )
  }
  try {
    accessSync(path, constants.R_OK)
  } catch (error) {
    fail(
      'file',
      value,
      `${path} is not readable (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    )
  }
  return path
}

/** `progress_file`: where a resumable record of a split import is kept (empty = none). */
export function parseProgressFile(value: string, env: InputEnv): string | undefined {
  if (value === '') return undefined
  if (value.endsWith('/') || value.endsWith('\\')) {
    fail('progress_file', value, 'expected a file path, not a folder, e.g. migration/progress.json')
  }
  return resolveInWorkspace(value, env)
}

/** `max_jobs`: submit at most this many jobs in this run (empty = all). */
export function parseMaxJobs(value: string): number | undefined {
  if (value === '') return undefined
  const jobs = parseWhole(value)
  if (jobs === undefined || jobs < 1 || jobs > MAX_JOBS) {
    fail(
      'max_jobs',
      value,
      `expected a whole number of jobs from 1 to ${MAX_JOBS}, or empty for no limit`,
    )
  }
  return jobs
}

/**
 * `resolve_in_doubt`: `N=job_…` (Auth0 created that job for chunk N) or `N=resubmit` (it created
 * none), separated by commas, spaces or newlines.
 */
export function parseResolveInDoubt(value: string): ReadonlyMap<number, InDoubtDecision> {
  const decisions = new Map<number, InDoubtDecision>()
  for (const item of value.split(/[\s,]+/).filter((part) => part !== '')) {
    const match = /^([1-9][0-9]{0,6})=(resubmit|job_[A-Za-z0-9]{1,64})$/.exec(item)
    const chunk = Number(match?.[1])
    const decision: InDoubtDecision | undefined =
      match?.[2] === undefined
        ? undefined
        : match[2] === 'resubmit'
          ? { kind: 'resubmit' }
          : { kind: 'job', jobId: match[2] }
    if (!decision || decisions.has(chunk)) {
      fail(
        'resolve_in_doubt',
        value,
        `each entry is CHUNK=job_<id> (Auth0 created that job for the chunk) or CHUNK=resubmit (it created none), one per chunk, e.g. "3=job_abc123, 4=resubmit"${decision ? ` (chunk ${chunk} is given twice)` : ''}`,
      )
    }
    decisions.set(chunk, decision)
  }
  return decisions
}
