/**
 * The one streaming pass of plan.ts in the calling thread: scan, validate, hash and split the
 * users file (plan-thread.ts runs this same pass in a worker for big files).
 */
import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { InputError } from '../runtime/errors.js'
import { logKeys } from './duplicates.js'
import { type FileHash, hashFileInWorker } from './file-hash.js'
import { type BuilderSettings, PlanBuilder } from './plan-builder.js'
import { planInParallel } from './plan-parallel.js'
import type { PlanOptions, UsersFilePlan } from './plan-types.js'
import { DEFAULT_READ_SIZE, readFileChunks, scanJsonArrayFile } from './scan.js'
import { VerdictsInLine } from './verdicts-in-line.js'

export const DEFAULT_MAX_INVALID = 10_000
const DEFAULT_MAX_INVALID_BYTES = 32 << 20

/** How planUsersFileHere goes about the pass. */
export interface PassWay {
  /** Hash the file in a worker beside the pass (file-hash.ts). */
  hashBeside?: boolean
  /**
   * Try the pass on two threads first (plan-parallel.ts), with a worker started from this entry
   * module; a file not in the one-user-a-line layout then gets the one-thread pass.
   */
  parallelEntry?: URL
  /** The file's size, when the caller has it already (else it is read here). */
  fileBytes?: number
}

/**
 * planUsersFile in this thread (plan-thread.ts runs it in a worker for big files), or on this
 * thread and one more for files of one user a line (`way.parallelEntry`).
 */
export async function planUsersFileHere(
  path: string,
  options: PlanOptions,
  way: PassWay = {},
): Promise<UsersFilePlan> {
  const { chunkSize } = options
  if (!Number.isInteger(chunkSize) || chunkSize < 3) {
    throw new InputError(
      'chunk_size',
      `chunk_size must be a whole number of bytes, got ${chunkSize}`,
    )
  }
  const settings: BuilderSettings = {
    chunkSize,
    maxInvalid: options.maxInvalid ?? DEFAULT_MAX_INVALID,
    maxInvalidBytes: options.maxInvalidBytes ?? DEFAULT_MAX_INVALID_BYTES,
    duplicateMemoryKeys: options.duplicateMemoryKeys,
    hashChunks: options.chunkSha256 ?? true,
    fileBytes: way.fileBytes ?? (await fileSize(path)),
  }
  const entry = way.parallelEntry
  if (entry) {
    const budget = { users: settings.maxInvalid, bytes: settings.maxInvalidBytes }
    const fileSha256 = options.fileSha256 ?? true
    const plan = await withBuilder(path, settings, async (builder) => {
      const hashed = await planInParallel({ path, builder, budget, entry, fileSha256 })
      return hashed && (await builder.finish(hashed.bytes, hashed.sha256))
    })
    if (plan) return plan
  }
  return withBuilder(path, settings, async (builder) => {
    const hashing = options.fileSha256 === false ? 'none' : way.hashBeside ? 'beside' : 'here'
    const { bytes, sha256 } = await planInOneThread(path, builder, options.highWaterMark, hashing)
    return builder.finish(bytes, sha256)
  })
}

/** The file's size, or undefined when it cannot be read (the scan then says why). */
export function fileSize(path: string): Promise<number | undefined> {
  return stat(path).then(
    (stats) => stats.size,
    () => undefined,
  )
}

async function withBuilder<T>(
  path: string,
  settings: BuilderSettings,
  pass: (builder: PlanBuilder) => Promise<T>,
): Promise<T> {
  const builder = new PlanBuilder(path, settings)
  try {
    return await pass(builder)
  } finally {
    // A pass that failed half-way leaves no spill files behind.
    builder.duplicates.discard()
  }
}

async function planInOneThread(
  path: string,
  builder: PlanBuilder,
  highWaterMark: number | undefined,
  hashing: 'none' | 'here' | 'beside',
): Promise<FileHash> {
  const inWorker =
    hashing === 'beside' ? hashFileInWorker(path, highWaterMark ?? DEFAULT_READ_SIZE) : undefined
  const hash = hashing === 'here' ? createHash('sha256') : undefined
  let bytes = 0
  const verdicts = new VerdictsInLine(builder)
  await scanJsonArrayFile(
    path,
    (element) => {
      const { index, line, start, end, value } = element
      builder.planUser(index, line, start, end)
      verdicts.add(index, line, end - start, value)
      logKeys(builder.duplicates, index, value)
    },
    {
      highWaterMark,
      onChunk: (chunk) => {
        hash?.update(chunk)
        builder.hasher.onRead(chunk)
        bytes += chunk.length
      },
      afterChunk: () => {
        builder.hasher.settle()
        return verdicts.settle()
      },
    },
  )
  if (hash) return { bytes, sha256: hash.digest('hex') }
  if (!inWorker) return { bytes, sha256: '' }
  const hashed = (await inWorker) ?? (await hashFile(path, highWaterMark))
  if (hashed.bytes !== bytes) {
    throw new InputError('file', `${path}: the file changed while it was being validated`)
  }
  return hashed
}

async function hashFile(path: string, readSize: number | undefined): Promise<FileHash> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of readFileChunks(path, readSize)) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}
