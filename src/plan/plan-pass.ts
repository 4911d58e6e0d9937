/**
 * One streaming pass over the (validated) users file that classifies every user against the
 * tenant index, writes `plan_file` line by line, and with `skip_existing` plans the upload chunks
 * of the users still to be uploaded as byte ranges of the file itself (kept-chunks.ts).
 * Nothing of the file is kept but one byte per user (its action) and, when skipping, the file
 * index of every kept user and the ranges of its chunks.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import type { UsersFilePlan } from '../users/plan.js'
import { scanJsonArrayFile } from '../users/scan.js'
import {
  type Classification,
  classify,
  PLAN_ACTIONS,
  type PlanAction,
  skippable,
} from './classify.js'
import { KeptChunks, type KeptUsers } from './kept-chunks.js'
import type { TenantIndex } from './tenant-index.js'

/** How many file indexes of each kind the summary and comment show. */
export const FIRST_INDEXES = 10
const FLUSH_CHARS = 1 << 20

export type PlanCounts = Record<PlanAction | 'skipped', number>

export interface PlanReport {
  counts: PlanCounts
  /** The first FIRST_INDEXES file indexes of each kind. */
  first: Record<PlanAction | 'skipped', number[]>
  /** `plan_file`. */
  file: string
  /** Users Auth0 is expected to fail: duplicates and conflicts that are uploaded. */
  predictedFailures: number
  /** How the connection was read. */
  source: TenantSource
}

export interface TenantSource {
  kind: 'export' | 'lookups'
  /** The export job, when one was used. */
  jobId?: string
  /** Management API requests the reading took (token requests excluded). */
  requests: number
}

export interface PlanPass {
  report: PlanReport
  /** PLAN_ACTIONS index of every user's action, by file index. */
  actions: Uint8Array
  /** With skip_existing: the upload chunks of the kept users and the file index of each. */
  kept?: KeptUsers
}

/** plan_file's text, written in batches of about FLUSH_CHARS characters (one write a batch). */
class BufferedFile {
  readonly #fd: number
  #pending = ''
  constructor(path: string) {
    this.#fd = openSync(path, 'wx', 0o600)
  }
  write(text: string): void {
    // Appending makes a rope (no copy of what came before); the write flattens it once.
    this.#pending += text
    if (this.#pending.length >= FLUSH_CHARS) this.flush()
  }
  flush(): void {
    if (this.#pending.length > 0) writeSync(this.#fd, this.#pending)
    this.#pending = ''
  }
  close(): void {
    try {
      this.flush()
    } finally {
      closeSync(this.#fd)
    }
  }
}

export interface PlanPassOptions {
  upsert: boolean
  skipExisting: boolean | undefined
  planFile: string
  /** skip_existing: the validation's plan (its chunk hashes) and the upload budget in bytes. */
  upload?: { validated: UsersFilePlan; budget: number }
  source: TenantSource
}

export async function planPass(
  usersFile: string,
  totalUsers: number,
  index: TenantIndex,
  options: PlanPassOptions,
): Promise<PlanPass> {
  const { upload } = options
  const counts = Object.fromEntries([...PLAN_ACTIONS, 'skipped'].map((k) => [k, 0])) as PlanCounts
  const first = Object.fromEntries(
    [...PLAN_ACTIONS, 'skipped'].map((k) => [k, []]),
  ) as unknown as Record<PlanAction | 'skipped', number[]>
  const actions = new Uint8Array(totalUsers)
  let failures = 0
  if (options.skipExisting && !upload) {
    throw new Error('skip_existing plans its chunks from the validated plan')
  }
  const plan = new BufferedFile(options.planFile)
  const kept =
    options.skipExisting && upload ? new KeptChunks(upload.validated, upload.budget) : undefined
  const note = (kind: PlanAction | 'skipped', at: number): void => {
    counts[kind]++
    if (first[kind].length < FIRST_INDEXES) first[kind].push(at)
  }
  plan.write('[')
  try {
    await scanJsonArrayFile(
      usersFile,
      (element) => {
        const user = element.value as Record<string, unknown>
        const result: Classification = classify(user, index, options.upsert)
        note(result.action, element.index)
        actions[element.index] = ACTION_CODE[result.action]
        plan.write(planEntry(element.index, result))
        const skip = options.skipExisting === true && skippable(result)
        if (skip) note('skipped', element.index)
        else if (result.action === 'duplicate' || result.action === 'conflict') failures++
        kept?.add(element.index, element.start, element.end, !skip)
      },
      kept && { onChunk: (bytes) => kept.onRead(bytes), afterChunk: () => kept.settle() },
    )
    plan.write('\n]\n')
  } finally {
    plan.close()
  }
  const report: PlanReport = {
    counts,
    first,
    file: options.planFile,
    predictedFailures: failures,
    source: options.source,
  }
  return kept ? { report, actions, kept: kept.finish() } : { report, actions }
}

/** One entry of `plan_file`: indexes and attribute names only, never a value. */
function planEntry(index: number, result: Classification): string {
  const separator = index === 0 ? '\n{"index":' : ',\n{"index":'
  if (!result.changes) return separator + index + ENTRY_END[result.action]
  return `${separator}${index},"action":"${result.action}","changes":${JSON.stringify(result.changes)}}`
}

/** The end of an entry without changes, by action (built once, not per user). */
const ENTRY_END = Object.fromEntries(
  PLAN_ACTIONS.map((action) => [action, `,"action":"${action}"}`]),
) as Record<PlanAction, string>

const ACTION_CODE = Object.fromEntries(
  PLAN_ACTIONS.map((action, code) => [action, code]),
) as Record<PlanAction, number>

export function actionAt(actions: Uint8Array, index: number): PlanAction {
  return PLAN_ACTIONS[actions[index] ?? 0] as PlanAction
}
