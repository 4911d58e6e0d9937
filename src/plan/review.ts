/**
 * Where plan, skip_existing and verify meet the import: what is uploaded (the users file, or what
 * skip_existing kept of it, in chunks of byte ranges of the file planned by the plan pass), and,
 * after the jobs end, the mapping of the report back to file indexes and the verification.
 */
import type { Dispatcher } from 'undici'
import type { EngineContext } from '../import/jobs-api.js'
import type { ImportSettings } from '../inputs/settings.js'
import type { ResultBuilder } from '../results/builder.js'
import type { UsersFilePlan } from '../users/plan.js'
import { actionAt, type PlanPass } from './plan-pass.js'
import type { ReadContext, UsersApi } from './read-tenant.js'

export interface ReviewContext extends EngineContext {
  /** The look-up and export endpoints (the ManagementApi in the action). */
  usersApi?: UsersApi
  /** For the export download. */
  dispatcher?: Dispatcher
}

/**
 * What is uploaded, and how its indexes map back to the users file. With skip_existing the upload
 * counts only the kept users (`plan.totalUsers`, the chunks' `firstUser`), read from the users
 * file itself: nothing of them is copied.
 */
export interface Upload {
  settings: ImportSettings
  plan: UsersFilePlan
  pass: PlanPass | undefined
  fileIndex(uploadIndex: number): number
  /** The upload index of the user at this file index; undefined when skip_existing left it out. */
  uploadIndex(fileIndex: number): number | undefined
}

function readContext(context: ReviewContext): ReadContext {
  const { usersApi, dispatcher } = context
  if (!usersApi || !dispatcher)
    throw new Error('plan and verify need the Management API users endpoints')
  return { ...context, api: usersApi, dispatcher }
}

export function needsReview(settings: ImportSettings): boolean {
  return settings.plan === true || settings.verify === true
}

/** Runs the plan when asked; returns what to upload. A dry run meets the gate here. */
export async function prepareUpload(
  settings: ImportSettings,
  context: ReviewContext,
  plan: UsersFilePlan,
  chunkSize: number,
  outcome: ResultBuilder,
): Promise<Upload> {
  const same: Upload = {
    settings,
    plan,
    pass: undefined,
    fileIndex: (i) => i,
    uploadIndex: (i) => i,
  }
  if (!settings.plan) return same
  // Loaded only when asked: reading the tenant needs undici, which a plain import or dry run
  // would otherwise compile before its validation pass (bench/validate-speed.ts).
  const { judgePlan, planImport } = await import('./run-plan.js')
  const validated = { validated: plan, budget: chunkSize }
  const pass = await planImport(settings, readContext(context), validated, outcome)
  if (settings.dryRun) judgePlan(pass, settings, plan.totalUsers, outcome)
  const kept = pass.kept
  if (!kept || settings.dryRun) return { ...same, pass }
  // Chunks are planned after skipping (plan pass): the kept users, byte for byte, in file order.
  const uploadPlan: UsersFilePlan = {
    ...plan,
    totalUsers: kept.count,
    chunks: kept.chunks,
  }
  const { originalIndex } = kept
  const fileIndex = (i: number): number => originalIndex[i] ?? i
  outcome.planChunks(
    uploadPlan.chunks.map(({ index, firstUser, userCount, bytes }) => {
      const first = fileIndex(firstUser)
      return {
        index,
        firstUser: first,
        userCount: fileIndex(firstUser + userCount - 1) - first + 1,
        bytes,
      }
    }),
  )
  context.logger.info(
    `skip_existing: ${pass.report.counts.skipped} users left out; ${kept.count} to upload in ${uploadPlan.chunks.length} job${uploadPlan.chunks.length === 1 ? '' : 's'}.`,
  )
  return {
    settings,
    plan: uploadPlan,
    pass,
    fileIndex,
    uploadIndex: (at) => {
      const i = lowerBound(originalIndex, at)
      return originalIndex[i] === at ? i : undefined
    },
  }
}

/** The first position of `sorted` holding at least `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((sorted[mid] as number) < value) low = mid + 1
    else high = mid
  }
  return low
}

/** Upload indexes (of failed users) as indexes of the users file, for failed_users_file. */
export function fileIndexes(upload: Upload, indexes: ReadonlySet<number>): ReadonlySet<number> {
  if (!upload.pass?.kept) return indexes
  return new Set([...indexes].map((i) => upload.fileIndex(i)))
}

/** With skip_existing, Auth0's entries name positions in the upload: give them file indexes. */
export function remapReport(upload: Upload, outcome: ResultBuilder): void {
  if (!upload.pass?.kept) return
  outcome.remapReportIndexes(upload.fileIndex)
}

/**
 * After the run (report indexes already mapped by remapReport): verify. Returns the upload indexes
 * that verify found missing or different.
 */
export async function afterImport(
  upload: Upload,
  context: ReviewContext,
  outcome: ResultBuilder,
  failed: ReadonlySet<number>,
  reportLimit: number,
): Promise<ReadonlySet<number>> {
  const { settings, plan, pass } = upload
  if (!settings.verify) return new Set()
  if (outcome.chunksRemaining !== 0 || !settings.wait) {
    context.logger.info(
      `verify: not run, because ${outcome.chunksRemaining} chunks are not submitted yet; it runs in the step that submits the last of them.`,
    )
    return new Set()
  }
  const { verifyImport } = await import('../verify/verify.js')
  const chunkJob = (i: number): string | null => {
    const chunk = plan.chunks.find((c) => i >= c.firstUser && i < c.firstUser + c.userCount)
    return (chunk && outcome.jobOfChunk(chunk.index)) ?? null
  }
  return verifyImport(
    settings,
    readContext(context),
    {
      path: plan.path,
      totalUsers: plan.totalUsers,
      failed,
      uploadIndex: upload.uploadIndex,
      existedBefore: (at) => {
        if (!pass) return undefined
        const action = actionAt(pass.actions, at)
        return action === 'update' || action === 'unchanged'
      },
      jobOf: chunkJob,
    },
    outcome,
    reportLimit,
  )
}
