/**
 * One streaming pass over the (validated) users file that classifies every user against the
 * tenant index, writes `plan_file` line by line, and with `skip_existing` writes the users that
 * are still to be uploaded (their exact bytes) to a second file whose chunks are planned next.
 * Nothing of the file is kept but one byte per user (its action) and, when skipping, the file
 * index of every kept user.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { scanJsonArrayFile } from '../users/scan.js'
import {
  type Classification,
  classify,
  PLAN_ACTIONS,
  type PlanAction,
  skippable,
} from './classify.js'
import type { TenantIndex } from './tenant-index.js'

/** How many file indexes of each kind the summary and comment show. */
export const FIRST_INDEXES = 10
const FLUSH_BYTES = 1 << 16

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
  /** With skip_existing: the file to upload and the original index of each of its users. */
  kept?: { path: string; originalIndex: Int32Array; count: number }
}

class BufferedFile {
  readonly #fd: number
  #pending: string[] = []
  #size = 0
  constructor(path: string) {
    // Owner-only: the upload file holds the users as the file gave them, hashes included.
    this.#fd = openSync(path, 'wx', 0o600)
  }
  write(text: string): void {
    this.#pending.push(text)
    this.#size += text.length
    if (this.#size >= FLUSH_BYTES) this.flush()
  }
  flush(): void {
    if (this.#pending.length > 0) writeSync(this.#fd, this.#pending.join(''))
    this.#pending = []
    this.#size = 0
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
  /** Where the users still to upload go (skip_existing only). */
  keptFile: string
  source: TenantSource
}

export async function planPass(
  usersFile: string,
  totalUsers: number,
  index: TenantIndex,
  options: PlanPassOptions,
): Promise<PlanPass> {
  const counts = Object.fromEntries([...PLAN_ACTIONS, 'skipped'].map((k) => [k, 0])) as PlanCounts
  const first = Object.fromEntries(
    [...PLAN_ACTIONS, 'skipped'].map((k) => [k, []]),
  ) as unknown as Record<PlanAction | 'skipped', number[]>
  const actions = new Uint8Array(totalUsers)
  let originalIndex = options.skipExisting ? new Int32Array(Math.max(16, totalUsers)) : undefined
  let keptCount = 0
  let failures = 0
  const plan = new BufferedFile(options.planFile)
  const kept = options.skipExisting ? new BufferedFile(options.keptFile) : undefined
  const note = (kind: PlanAction | 'skipped', at: number): void => {
    counts[kind]++
    if (first[kind].length < FIRST_INDEXES) first[kind].push(at)
  }
  plan.write('[')
  kept?.write('[')
  try {
    await scanJsonArrayFile(usersFile, (element) => {
      const user = element.value as Record<string, unknown>
      const result: Classification = classify(user, index, options.upsert)
      note(result.action, element.index)
      actions[element.index] = ACTION_CODE[result.action]
      plan.write(planEntry(element.index, result))
      const skip = options.skipExisting && skippable(result)
      if (skip) note('skipped', element.index)
      else if (result.action === 'duplicate' || result.action === 'conflict') failures++
      if (!kept || skip || !originalIndex) return
      kept.write(`${keptCount === 0 ? '\n' : ',\n'}${element.text}`)
      originalIndex[keptCount++] = element.index
    })
    plan.write('\n]\n')
    kept?.write('\n]\n')
  } finally {
    plan.close()
    kept?.close()
  }
  const report: PlanReport = {
    counts,
    first,
    file: options.planFile,
    predictedFailures: failures,
    source: options.source,
  }
  if (!originalIndex) return { report, actions }
  originalIndex = originalIndex.subarray(0, keptCount)
  return { report, actions, kept: { path: options.keptFile, originalIndex, count: keptCount } }
}

/** One entry of `plan_file`: indexes and attribute names only, never a value. */
function planEntry(index: number, result: Classification): string {
  const separator = index === 0 ? '\n' : ',\n'
  const changes = result.changes ? `,"changes":${JSON.stringify(result.changes)}` : ''
  return `${separator}{"index":${index},"action":"${result.action}"${changes}}`
}

const ACTION_CODE = Object.fromEntries(
  PLAN_ACTIONS.map((action, code) => [action, code]),
) as Record<PlanAction, number>

export function actionAt(actions: Uint8Array, index: number): PlanAction {
  return PLAN_ACTIONS[actions[index] ?? 0] as PlanAction
}
