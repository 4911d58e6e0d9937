/**
 * The pure parts of an export: the POST /jobs/users-exports body and where the downloaded file
 * goes (`export_path` in action.yml).
 */

import type { ExportFormat, ExportSettings } from '../inputs/settings.js'
import { fileInFolder } from '../report/file-name.js'

/**
 * The JSON body of POST /api/v2/jobs/users-exports, built the way the seed SDK builds it: only the
 * fields that were given. `format` is always given (the action's default is `json`, while Auth0's
 * own default is `csv`, so it must be sent). An empty `fields` list is treated as omitted, since
 * an export with no columns means nothing.
 */
export function exportRequestBody(settings: ExportSettings): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  if (settings.connectionId !== undefined) body.connection_id = settings.connectionId
  body.format = settings.format
  if (settings.limit !== undefined) body.limit = settings.limit
  if (settings.fields !== undefined && settings.fields.length > 0) {
    body.fields = settings.fields.map((field) =>
      field.export_as === undefined
        ? { name: field.name }
        : { name: field.name, export_as: field.export_as },
    )
  }
  return body
}

/**
 * `$RUNNER_TEMP/auth0-users-export-<job_id>.<ndjson|csv>`. The caller passes `os.tmpdir()` when
 * RUNNER_TEMP is unset. The job id comes from the API: it is made safe (file-name.ts), so the
 * file stays in the folder.
 */
export function defaultExportPath(runnerTemp: string, jobId: string, format: ExportFormat): string {
  return fileInFolder(runnerTemp, 'auth0-users-export', jobId, format === 'json' ? 'ndjson' : 'csv')
}

/** A path ending in `.gz` keeps the gzip bytes as delivered; any other path gets them decompressed. */
export function keepsGzip(path: string): boolean {
  return /\.gz$/i.test(path)
}
