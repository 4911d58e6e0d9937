/**
 * Where plan, skip_existing and verify meet the import: what is uploaded (the users file, or what
 * skip_existing kept of it, with its chunks planned again), and, after the jobs end, the mapping
 * of the report back to file indexes and the verification.
 */
import { rm } from 'node:fs/promises'
import type { Dispatcher } from 'undici'
import type { EngineContext } from '../import/jobs-api.js'
import type { ImportSettings } from '../inputs/settings.js'
import type { ResultBuilder } from '../results/builder.js'
import { planUsersFile, type UsersFilePlan } from '../users/plan.js'
import { verifyImport } from '../verify/verify.js'
import { actionAt, type PlanPass } from './plan-pass.js'
import type { ReadContext, UsersApi } from './read-tenant.js'
import { judgePlan, planImport } from './run-plan.js'

export interface ReviewContext extends EngineContext {
  /** The look-up and export endpoints (the ManagementApi in the action). */
  usersApi?: UsersApi
  /** For the export download. */
  dispatcher?: Dispatcher
}

/** What is uploaded, and how its indexes map back to the users file. */
export interface Upload {
  settings: ImportSettings
  plan: UsersFilePlan
  pass: PlanPass | undefined
  fileIndex(uploadIndex: number): number
  /** Removes the file skip_existing wrote. */
  dispose(): Promise<void>
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
    dispose: async () => {},
  }
  if (!settings.plan) return same
  const pass = await planImport(settings, readContext(context), plan.totalUsers, outcome)
  if (settings.dryRun) judgePlan(pass, settings, plan.totalUsers, outcome)
  const kept = pass.kept
  if (!kept) return { ...same, pass }
  if (settings.dryRun) {
    await rm(kept.path, { force: true })
    return { ...same, pass }
  }
  // Chunks are planned after skipping: the kept users, byte for byte, in file order.
  const uploadPlan = await planUsersFile(kept.path, { chunkSize })
  const fileIndex = (i: number): number => kept.originalIndex[i] ?? i
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
    settings: { ...settings, file: kept.path },
    plan: uploadPlan,
    pass,
    fileIndex,
    dispose: () => rm(kept.path, { force: true }),
  }
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
      fileIndex: upload.fileIndex,
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
