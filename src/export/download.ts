/**
 * Downloading a finished export from its pre-signed link: a plain GET with no
 * Authorization header, gunzipped (unless the path ends in `.gz`) and streamed to a temporary
 * file next to the target, which is renamed onto the target only after everything arrived.
 * Records are counted from the decompressed bytes on the way. The link is a secret (it grants
 * access for 60 s), so no error message here contains it.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Writable } from 'node:stream'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, type Gunzip } from 'node:zlib'
import type { Dispatcher } from 'undici'
import { request } from '../http/undici.js'
import type { ExportFormat } from '../inputs/settings.js'
import { errorMessage } from '../runtime/errors.js'
import { csvCounter, ndjsonCounter, type RecordCounter } from './count.js'
import { keepsGzip } from './request.js'

export interface DownloadOptions {
  /** The job's `location`: a pre-signed link, valid for 60 s. */
  url: string
  /** Absolute path of the file to write. Ending in `.gz` keeps the gzip bytes as delivered. */
  path: string
  format: ExportFormat
  dispatcher: Dispatcher
  /** Ends the download (the step's deadline and cancellation); its reason is thrown as it is. */
  signal?: AbortSignal
  /** Creates the temporary file, exclusively; tests inject a failing disk here. */
  createFile?: (path: string) => Promise<Writable>
}

export interface DownloadResult {
  /** Bytes in the written file (decompressed, or gzip when the path ends in `.gz`). */
  bytesWritten: number
  /** NDJSON: non-blank lines. CSV: rows after the header. */
  records: number
}

/** The longest silence inside the download before it counts as broken (and is tried again). */
const STALL_MS = 30_000

/** Write errors that another attempt cannot fix: the disk or the folder is the problem. */
const DISK_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EACCES', 'EPERM', 'EIO'])

/**
 * The export could not be written: the disk is full, or the folder is not writable. Another
 * download would fail the same way, so the caller does not retry.
 */
export class ExportWriteError extends Error {
  override name = 'ExportWriteError'
}

async function createExclusive(path: string): Promise<Writable> {
  return (await open(path, 'wx')).createWriteStream()
}

/** HTTP statuses with which object storage refuses an expired or otherwise bad link. */
const REFUSED_STATUSES = new Set([400, 401, 403, 404, 410])

/**
 * The download link was refused (HTTP 400, 401, 403, 404 or 410): most likely it expired. The
 * caller reads the job again for a fresh `location` and retries.
 */
export class DownloadRefusedError extends Error {
  override name = 'DownloadRefusedError'
  readonly status: number
  constructor(status: number) {
    super(`the download link was refused (HTTP ${status}); links expire 60 s after the job is read`)
    this.status = status
  }
}

/**
 * Streams the export at `url` into `path`. Throws DownloadRefusedError when the link is refused;
 * any other failure (5xx, network, data that is not gzip, a truncated gzip stream) throws an
 * Error the caller may retry. On failure no file is left at or next to `path`, and a file that
 * was already at `path` stays untouched. Missing parent folders are created.
 */
export async function downloadExport(options: DownloadOptions): Promise<DownloadResult> {
  const { url, path, format, dispatcher, signal, createFile = createExclusive } = options
  const folder = dirname(path)
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`)
  const counter = format === 'csv' ? csvCounter() : ndjsonCounter()

  // The temp file is made before the GET, so that nothing awaits between the response and the
  // pipeline that consumes (and handles errors of) its body.
  let file: Writable
  try {
    await mkdir(folder, { recursive: true })
    file = await createFile(temp)
  } catch (error) {
    throw new ExportWriteError(`cannot write the export to ${path}: ${errorMessage(error)}`, {
      cause: error,
    })
  }
  let bytesWritten = 0
  try {
    // No headers at all: the link is pre-signed and S3 rejects an Authorization header.
    // `request` follows no redirects (the dispatcher has no redirect interceptor).
    // The stall limits are per request, so they hold whatever dispatcher main.ts builds.
    const response = await request(url, {
      method: 'GET',
      dispatcher,
      signal,
      headersTimeout: STALL_MS,
      bodyTimeout: STALL_MS,
    })
    checkStatus(response)
    // Gunzip keeps zlib's default 16 KiB output chunks: 64 KiB chunks decompress faster but
    // measured about +20 MiB peak RSS on a 177 MiB export (bench/export-download.ts).
    const counted = (bytes: number): void => {
      bytesWritten += bytes
    }
    const middle = keepsGzip(path)
      ? [new TeeCount(counter, counted)]
      : [createGunzip(), new Count(counter, counted)]
    await pipeline([response.body, ...middle, file], { signal })
    await rename(temp, path)
  } catch (error) {
    file.destroy()
    // open() created the temp file, so removing it removes the only name it has; a write still
    // in flight goes to the unlinked file.
    await rm(temp, { force: true })
    throw failure(error, url, path, bytesWritten, signal)
  }
  return { bytesWritten, records: counter.end() }
}

/** A non-2xx answer: the message is final (it names no link) and the caller may retry. */
class StatusError extends Error {}

function checkStatus({ statusCode: status, body }: Dispatcher.ResponseData): void {
  if (status >= 200 && status < 300) return
  // undici reports destroying an unread body as an error; nobody listens for it here.
  body.on('error', () => {})
  body.destroy()
  if (REFUSED_STATUSES.has(status)) throw new DownloadRefusedError(status)
  if (status >= 300 && status < 400)
    throw new StatusError(
      `the download link answered with a redirect (HTTP ${status}), not followed`,
    )
  throw new StatusError(`the export download failed (HTTP ${status})`)
}

/** Passes decompressed bytes through unchanged and counts records in them. */
class Count extends Transform {
  private readonly counter: RecordCounter
  private readonly counted: (bytes: number) => void
  constructor(counter: RecordCounter, counted: (bytes: number) => void) {
    super()
    this.counter = counter
    this.counted = counted
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.counter.write(chunk)
    this.counted(chunk.length)
    callback(null, chunk)
  }
}

/**
 * Passes gzip bytes through unchanged and, on the side, decompresses a copy only to count its
 * records (and to notice data that is not gzip or ends early). Backpressure from the side
 * decompressor holds the main stream back, so neither buffers without bound.
 */
class TeeCount extends Transform {
  private readonly gunzip: Gunzip = createGunzip()
  private readonly counted: (bytes: number) => void
  constructor(counter: RecordCounter, counted: (bytes: number) => void) {
    super()
    this.counted = counted
    this.gunzip.on('data', (chunk: Buffer) => counter.write(chunk))
    this.gunzip.on('error', (error) => this.destroy(error))
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.counted(chunk.length)
    if (this.gunzip.write(chunk)) callback(null, chunk)
    else this.gunzip.once('drain', () => callback(null, chunk))
  }
  override _flush(callback: TransformCallback): void {
    this.gunzip.once('end', () => callback())
    this.gunzip.end()
  }
  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.gunzip.destroy()
    callback(error)
  }
}

/** One actionable message per kind of failure, never containing the link. */
function failure(
  error: unknown,
  url: string,
  path: string,
  bytes: number,
  signal: AbortSignal | undefined,
): unknown {
  if (signal?.aborted) return signal.reason ?? error
  if (error instanceof DownloadRefusedError || error instanceof StatusError) return error
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && DISK_ERRORS.has(code)) {
    const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : 'writing failed'
    return new ExportWriteError(
      `cannot write the export to ${path}: ${why} (${code}) after ${bytes} bytes; nothing was left under that name. Free space, or set export_path to a disk with room (a path ending in .gz keeps the export compressed).`,
      { cause: error },
    )
  }
  if (code === 'Z_DATA_ERROR')
    return new Error(
      'the downloaded export is not gzip data, though Auth0 always compresses exports',
      { cause: error },
    )
  if (code === 'Z_BUF_ERROR')
    return new Error('the downloaded export is incomplete: its gzip data ends early', {
      cause: error,
    })
  return new Error(`the export download failed: ${redact(errorMessage(error), url)}`, {
    cause: error,
  })
}

function redact(message: string, url: string): string {
  let text = message.replaceAll(url, '<download link>')
  try {
    const { search } = new URL(url)
    if (search.length > 1) text = text.replaceAll(search, '?<redacted>')
  } catch {
    // Not a URL: nothing more to hide.
  }
  return text
}
