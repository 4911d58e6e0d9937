/**
 * The one streaming pass of plan.ts in the calling thread: scan, validate, hash and split the
 * users file (plan-thread.ts runs this same pass in a worker for big files).
 */
import { createHash } from 'node:crypto'
import { InputError } from '../runtime/errors.js'
import { logKeys } from './duplicates.js'
import { type FileHash, hashFileInWorker } from './file-hash.js'
import { PlanBuilder } from './plan-builder.js'
import type { PlanOptions, UsersFilePlan } from './plan-types.js'
import { redactUser } from './redact.js'
import { DEFAULT_READ_SIZE, readFileChunks, scanJsonArrayFile } from './scan.js'
import { validateUser } from './validate.js'

export const DEFAULT_MAX_INVALID = 10_000
const DEFAULT_MAX_INVALID_BYTES = 32 << 20

/**
 * planUsersFile in this thread (plan-thread.ts runs it in a worker for big files), the file's
 * hash made in a worker beside the pass when `hashBeside` (file-hash.ts).
 */
export async function planUsersFileHere(
  path: string,
  options: PlanOptions,
  hashBeside = false,
): Promise<UsersFilePlan> {
  const { chunkSize } = options
  if (!Number.isInteger(chunkSize) || chunkSize < 3) {
    throw new InputError(
      'chunk_size',
      `chunk_size must be a whole number of bytes, got ${chunkSize}`,
    )
  }
  const builder = new PlanBuilder(
    path,
    chunkSize,
    options.maxInvalid ?? DEFAULT_MAX_INVALID,
    options.maxInvalidBytes ?? DEFAULT_MAX_INVALID_BYTES,
    options.duplicateMemoryKeys,
  )
  try {
    const { bytes, sha256 } = await planInOneThread(
      path,
      builder,
      options.highWaterMark,
      hashBeside,
    )
    return await builder.finish(bytes, sha256)
  } finally {
    // A pass that failed half-way leaves no spill files behind.
    builder.duplicates.discard()
  }
}

async function planInOneThread(
  path: string,
  builder: PlanBuilder,
  highWaterMark: number | undefined,
  hashBeside: boolean,
): Promise<FileHash> {
  const inWorker = hashBeside
    ? hashFileInWorker(path, highWaterMark ?? DEFAULT_READ_SIZE)
    : undefined
  const hash = inWorker ? undefined : createHash('sha256')
  let bytes = 0
  await scanJsonArrayFile(
    path,
    (element) => {
      const { index, line, start, end, value } = element
      builder.add(index, line, start, end, validateUser(value), () => redactUser(value))
      logKeys(builder.duplicates, index, value)
    },
    {
      highWaterMark,
      onChunk: (chunk) => {
        hash?.update(chunk)
        builder.hasher.onRead(chunk)
        bytes += chunk.length
      },
      afterChunk: () => builder.hasher.settle(),
    },
  )
  if (hash) return { bytes, sha256: hash.digest('hex') }
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
