import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Job } from '../auth0/job.js'
import { DownloadRefusedError, downloadExport, ExportWriteError } from '../export/download.js'
import { importReadyFields, writeImportReady } from '../export/import-ready.js'
import { defaultExportPath, exportRequestBody } from '../export/request.js'
import { backoffDelay } from '../http/retry.js'
import type { ExportSettings } from '../inputs/settings.js'
import { ResultBuilder } from '../results/builder.js'
import type { OperationResult } from '../results/result.js'
import { verdictOf } from '../results/verdict.js'
import { DeadlineError, errorMessage } from '../runtime/errors.js'
import type { OperationContext } from './context.js'

/** A refused or broken download is tried this many times in all, with a fresh link each time. */
const DOWNLOAD_ATTEMPTS = 4

export async function exportUsers(
  settings: ExportSettings,
  context: OperationContext,
): Promise<OperationResult> {
  const result = new ResultBuilder('export-users', context.ledger)
  // import_ready asks for the importable fields and rewrites the download (import-ready.ts).
  const request = settings.importReady
    ? { ...settings, fields: importReadyFields(settings.fields) }
    : settings
  const created = await context.api.createExport(exportRequestBody(request))
  context.logger.info(`Export job ${created.id} created (${settings.format}).`)
  context.ledger.see(created)
  if (!settings.wait) return result.build()
  const tracker = context.newTracker()
  tracker.track(created)
  const job = await tracker.next()
  if (job.status !== 'completed') {
    result.failure = verdictOf([job]).failure
    return result.build()
  }
  if (settings.importReady) {
    await writeImportReadyExport(job, settings, request, context, result)
    return result.build()
  }
  const path = settings.exportPath ?? defaultExportPath(context.runnerTemp, job.id, settings.format)
  const { records, bytesWritten } = await download(job, path, settings, context)
  result.exportFile = path
  result.exportedRecords = records
  context.logger.info(`Exported ${records} users to ${path} (${bytesWritten} bytes).`)
  return result.build()
}

async function writeImportReadyExport(
  job: Job,
  settings: ExportSettings,
  request: ExportSettings,
  context: OperationContext,
  result: ResultBuilder,
): Promise<void> {
  const path =
    settings.exportPath ??
    join(
      context.runnerTemp,
      `auth0-users-import-ready-${job.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`,
    )
  const ndjson = join(
    context.runnerTemp,
    `auth0-export-${job.id.replace(/\W/g, '_')}-${Date.now()}.ndjson`,
  )
  try {
    await download(job, ndjson, settings, context)
    result.exportedRecords = await writeImportReady(ndjson, path, request.fields ?? [])
  } finally {
    await rm(ndjson, { force: true })
  }
  result.exportFile = path
  context.logger.info(
    `Exported ${result.exportedRecords} users to ${path}, ready for import-users (a JSON array in the bulk-import format; no passwords).`,
  )
}

/**
 * The link lives 60 s: download at once, and when it is refused or the
 * transfer breaks, read the job again for a fresh link.
 */
async function download(
  finished: Job,
  path: string,
  settings: ExportSettings,
  context: OperationContext,
): Promise<{ records: number; bytesWritten: number }> {
  let job = finished
  for (let attempt = 1; ; attempt++) {
    const url = job.location
    const bound = context.deadline.bound(`downloading the export of job ${job.id}`)
    try {
      if (typeof url !== 'string' || url === '') {
        throw new Error('Auth0 reported the export completed but gave no download link')
      }
      return await downloadExport({
        url,
        path,
        format: settings.format,
        dispatcher: context.dispatcher,
        signal: bound.signal,
      })
    } catch (error) {
      // The deadline, a cancellation or a full disk: another attempt cannot help.
      if (error instanceof DeadlineError || context.deadline.cancelled) throw error
      if (error instanceof ExportWriteError) {
        throw new Error(`Could not write the export of job ${job.id}: ${error.message}`, {
          cause: error,
        })
      }
      const reason = errorMessage(error)
      if (attempt >= DOWNLOAD_ATTEMPTS) {
        throw new Error(
          `Could not download the export of job ${job.id} after ${attempt} attempts: ${reason}. The job's results stay available for 24 hours; run export-users again to retry.`,
        )
      }
      context.logger.info(`Download of job ${job.id} failed (${reason}); getting a fresh link.`)
      if (!(error instanceof DownloadRefusedError)) {
        await context.deadline.sleep(backoffDelay(attempt, Math.random), 'retrying the download')
      }
      job = await context.api.getJob(job.id)
      context.ledger.see(job)
    } finally {
      bound.done()
    }
  }
}
