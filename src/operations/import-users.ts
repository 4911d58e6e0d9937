import { relative } from 'node:path'
import { ImportRun } from '../import/engine.js'
import { decideInDoubt, saveRecord } from '../import/resume.js'
import { AUTH0_MAX_IMPORT_BYTES, type ImportSettings } from '../inputs/settings.js'
import {
  afterImport,
  fileIndexes,
  prepareUpload,
  type ReviewContext,
  remapReport,
  type Upload,
} from '../plan/review.js'
import { fileInFolder } from '../report/file-name.js'
import { ResultBuilder } from '../results/builder.js'
import type { OperationResult } from '../results/result.js'
import { type LockDeps, lockProgress, systemLockDeps } from '../resume-record/lock.js'
import { ResumeRecord } from '../resume-record/record.js'
import { InputError } from '../runtime/errors.js'
import { writeFailedUsers } from '../users/failed-users.js'
import { planUsersFile, type UsersFilePlan } from '../users/plan.js'
import { REPORT_ENTRY_LIMIT } from './context.js'

/** The runner shows at most 10 error annotations per step; the rest are in the report. */
const MAX_ANNOTATIONS = 10

/** The engine's ports, plus what tests change: the lock's view of processes, the report cap. */
export interface ImportContext extends ReviewContext {
  lockDeps?: LockDeps
  reportLimit?: number
}

export async function importUsers(
  settings: ImportSettings,
  context: ImportContext,
): Promise<OperationResult> {
  const result = new ResultBuilder('import-users', context.ledger)
  await importFile(settings, context, result)
  return result.build()
}

async function importFile(
  settings: ImportSettings,
  context: ImportContext,
  result: ResultBuilder,
): Promise<void> {
  const { logger } = context
  const plan = await planUsersFile(settings.file, {
    chunkSize: uploadBudget(settings),
    fileSha256: settings.progressFile !== undefined,
    chunkSha256: !settings.dryRun || settings.skipExisting === true,
  }).catch((error: unknown) => {
    // The scanner names the file and the line; say which input pointed at it.
    if (error instanceof InputError && !error.message.startsWith('Input ')) {
      throw new InputError(error.input, `Input '${error.input}': ${error.message}`)
    }
    throw error
  })
  if (plan.totalUsers === 0) {
    throw new InputError(
      'file',
      `Input 'file': ${settings.file} is an empty array: there are no users to import.`,
    )
  }
  result.totalUsers = plan.totalUsers
  result.planChunks(plan.chunks)
  logger.info(
    `${settings.file}: ${plan.totalUsers} users, ${plan.bytes} bytes, ${plan.chunks.length} job${plan.chunks.length === 1 ? '' : 's'} of at most ${settings.chunkSize} bytes.`,
  )

  const invalidCount = plan.invalidCount
  if (invalidCount > 0) {
    reportInvalidUsers(plan, settings, context, result)
    noteReportCap(context, result)
    await writeFailedUsersFile(settings, context, result, new Set(plan.invalidIndexes))
    return
  }
  result.writeReport()
  // A dry run only reads the record; a real one holds it until the end of the step.
  const lock =
    settings.progressFile && !settings.dryRun
      ? await lockProgress(
          settings.progressFile,
          context.logger,
          context.lockDeps ?? systemLockDeps,
        )
      : undefined
  try {
    await importPlanned(settings, context, result, plan)
  } finally {
    await lock?.release()
  }
}

async function importPlanned(
  settings: ImportSettings,
  context: ImportContext,
  result: ResultBuilder,
  plan: UsersFilePlan,
): Promise<void> {
  const { logger } = context
  // Read and checked before anything is sent: a record of another file or plan is an input error.
  const progress = settings.progressFile
    ? await ResumeRecord.open(settings.progressFile, {
        plan,
        chunkSize: settings.chunkSize,
        connectionId: settings.connectionId,
      })
    : undefined
  if (
    progress &&
    !settings.dryRun &&
    decideInDoubt(progress.record, settings.resolveInDoubt, logger)
  ) {
    await saveRecord(progress.record)
  }
  // plan / skip_existing: read the connection and classify the users (src/plan/review.ts).
  const upload = await prepareUpload(settings, context, plan, uploadBudget(settings), result)
  if (settings.dryRun) {
    result.dryRun = true
    if (progress?.resumed) {
      const { record } = progress
      const finished = plan.chunks.filter((chunk) => record.isFinished(chunk.index)).length
      result.notes.push(
        `${record.path} matches this file: ${finished} of ${plan.chunks.length} chunks finished, ${record.remaining} not submitted yet.`,
      )
      logger.info(result.notes.at(-1) ?? '')
    }
    logger.info(
      settings.plan
        ? 'Dry run: the file is valid and planned; nothing was imported.'
        : 'Dry run: the file is valid; nothing was sent to Auth0.',
    )
    return
  }
  if (settings.progressFile) {
    result.resumeHint = `Or run this step again with the same file and progress_file (${settings.progressFile}) to resume the import.`
  }
  await runUpload(upload, context, result, progress?.record)
}

/** Submits what is uploaded (the file, or what skip_existing kept), then verify when asked. */
async function runUpload(
  upload: Upload,
  context: ImportContext,
  result: ResultBuilder,
  record: ResumeRecord | undefined,
): Promise<void> {
  if (upload.plan.totalUsers === 0) {
    result.chunksRemaining = 0
    context.logger.info(
      'skip_existing: every user of the file is already in the connection; nothing to upload.',
    )
    return
  }
  const limit = context.reportLimit ?? REPORT_ENTRY_LIMIT
  const run = new ImportRun(upload.settings, context, result, upload.plan, record, limit)
  let failed: ReadonlySet<number> = new Set()
  try {
    await run.run()
    remapReport(upload, result)
    failed = await afterImport(upload, context, result, run.failedIndexes, limit)
  } catch (error) {
    remapReport(upload, result)
    throw error
  } finally {
    noteReportCap(context, result)
    const indexes =
      failed.size === 0 ? run.failedIndexes : new Set([...run.failedIndexes, ...failed])
    await writeFailedUsersFile(upload.settings, context, result, fileIndexes(upload, indexes))
  }
}

/** Where the error report left entries out to bound memory: the cap and the true count. */
function noteReportCap(context: ImportContext, result: ResultBuilder): void {
  if (result.omittedEntries === 0) return
  const kept = result.keptEntries
  result.notes.push(
    `The error report holds the first ${kept} of ${result.errorCount} entries (capped at ${context.reportLimit ?? REPORT_ENTRY_LIMIT} to bound memory); failed_users_file lists every failed user.`,
  )
  context.logger.warning(result.notes.at(-1) ?? '')
}

/** `failed_users_file`: the users of the file that failed, written only when some did. */
async function writeFailedUsersFile(
  settings: ImportSettings,
  context: ImportContext,
  result: ResultBuilder,
  indexes: ReadonlySet<number>,
): Promise<void> {
  if (indexes.size === 0) return
  const label = result.jobIds[0] ?? 'invalid'
  const path = fileInFolder(
    context.runnerTemp,
    'auth0-failed-users',
    label,
    'json',
    String(Date.now()),
  )
  const written = await writeFailedUsers(settings.file, indexes, path)
  result.failedUsersFile = path
  context.logger.info(`Failed users, ready to fix and import again: ${path} (${written} users).`)
}

/**
 * Auth0's 512000-byte limit applies to the whole multipart request, not just the users file
 * (the 413 comes from the request's content length), so the form's own parts and boundaries
 * must fit beside the file.
 */
function uploadBudget(settings: ImportSettings): number {
  const multipartOverhead = 1024 + Buffer.byteLength(settings.externalId ?? '')
  return Math.min(settings.chunkSize, AUTH0_MAX_IMPORT_BYTES - multipartOverhead)
}

/** Local validation failures stop the step before any job exists, whatever the gate allows. */
function reportInvalidUsers(
  plan: UsersFilePlan,
  settings: ImportSettings,
  context: ImportContext,
  result: ResultBuilder,
): void {
  const invalidCount = plan.invalidCount
  result.addReportEntries(
    plan.invalid.map((user) => ({
      job_id: null,
      index: user.index,
      user: user.user,
      errors: user.errors,
    })),
    REPORT_ENTRY_LIMIT,
  )
  result.countOmitted(invalidCount - result.keptEntries)
  const file = annotationPath(settings.file)
  for (const user of plan.invalid.slice(0, MAX_ANNOTATIONS)) {
    const detail = user.errors
      .map((error) => `${error.code}${error.path ? ` at ${error.path}` : ''}: ${error.message}`)
      .join('; ')
    context.logger.error(`User ${user.index}: ${detail}`, {
      title: 'Invalid user',
      file,
      startLine: user.line,
    })
  }
  if (invalidCount > MAX_ANNOTATIONS) {
    context.logger.info(
      `…and ${invalidCount - MAX_ANNOTATIONS} more invalid users (annotations are capped at ${MAX_ANNOTATIONS} per step); all are in the error report.`,
    )
  }
  result.failure = `${invalidCount} of ${plan.totalUsers} users in ${settings.file} are invalid, so nothing was sent to Auth0. Fix them (each is listed in the error report with its index and the reason) and run again.`
}

/** GitHub links an annotation to a file by its path in the repository. */
function annotationPath(file: string): string {
  const workspace = process.env.GITHUB_WORKSPACE
  if (!workspace) return file
  const inRepo = relative(workspace, file)
  return inRepo.startsWith('..') ? file : inRepo
}
