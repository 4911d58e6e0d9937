import { createHash } from 'node:crypto'
import { type FileHandle, open } from 'node:fs/promises'
import type { Job } from '../auth0/job.js'
import type { ImportSettings } from '../settings.js'
import type { ChunkPlan, UsersFilePlan } from '../users/plan.js'
import type { EngineContext } from './jobs-api.js'
import { describeChunk, printable } from './messages.js'
import type { Slots } from './slots.js'

/** The file no longer holds, byte for byte, what was validated: nothing more from it is sent. */
export class FileChangedError extends Error {
  override name = 'FileChangedError'
}

/**
 * The upload body of `chunk`, proven to be what the validation pass read (ChunkPlan.sha256).
 * Throws FileChangedError when the file was rewritten, truncated or replaced since.
 */
export async function readValidatedChunk(plan: UsersFilePlan, chunk: ChunkPlan): Promise<Buffer> {
  const body = await readBody(plan.path, chunk)
  if (!body || createHash('sha256').update(body).digest('hex') !== chunk.sha256) {
    throw changed(plan, chunk)
  }
  return body
}

/**
 * Ranges this close together are read with one read of the bytes they span (skipped users
 * included) and copied out: a chunk of hundreds of short ranges then costs one read, not hundreds.
 */
const SPAN_READ_MAX = 2 << 20

/**
 * `[`, the file's bytes of each range of `chunk` (ChunkPlan.ranges; the one range `start..end`
 * when it has none) joined by commas, `]`; undefined when the file ends too soon.
 */
async function readBody(path: string, chunk: ChunkPlan): Promise<Buffer | undefined> {
  const ranges = chunk.ranges ?? [chunk.start, chunk.end]
  // `[`, then each range and the comma or `]` after it.
  let length = 1
  for (let k = 0; k < ranges.length; k += 2) length += (ranges[k + 1] ?? 0) - (ranges[k] ?? 0) + 1
  const body = Buffer.allocUnsafe(length)
  body[0] = 0x5b
  body[length - 1] = 0x5d
  const spanned = ranges.length > 2 && chunk.end - chunk.start <= SPAN_READ_MAX
  const handle = await open(path, 'r')
  try {
    const span = spanned ? Buffer.allocUnsafe(chunk.end - chunk.start) : undefined
    if (span && !(await readFully(handle, span, 0, span.length, chunk.start))) return undefined
    let at = 1
    for (let k = 0; k < ranges.length; k += 2) {
      if (k > 0) body[at++] = 0x2c
      const start = ranges[k] ?? 0
      const end = ranges[k + 1] ?? 0
      if (span) span.copy(body, at, start - chunk.start, end - chunk.start)
      else if (!(await readFully(handle, body, at, end - start, start))) return undefined
      at += end - start
    }
  } finally {
    await handle.close()
  }
  return body
}

/** Fills `length` bytes of `buffer` from file offset `position`; false when the file ends first. */
async function readFully(
  handle: FileHandle,
  buffer: Buffer,
  offset: number,
  length: number,
  position: number,
): Promise<boolean> {
  for (let read = 0; read < length; ) {
    const { bytesRead } = await handle.read(buffer, offset + read, length - read, position + read)
    if (bytesRead === 0) return false
    read += bytesRead
  }
  return true
}

function changed(plan: UsersFilePlan, chunk: ChunkPlan): FileChangedError {
  return new FileChangedError(
    `${plan.path} changed after it was validated: the bytes of ${describeChunk(chunk, plan)} are not the ones that were checked.`,
  )
}

/** Writes a step to the progress record, if one is kept; the engine passes its saving function. */
export interface SubmitSteps {
  submitting(chunk: ChunkPlan): Promise<void>
  notInDoubt(chunk: ChunkPlan): Promise<void>
}

export type SubmitResult = { kind: 'created'; job: Job } | { kind: 'in-doubt'; reason: string }

export function externalIdOf(
  settings: ImportSettings,
  plan: UsersFilePlan,
  chunk: ChunkPlan,
): string | undefined {
  const count = plan.chunks.length
  return settings.externalId !== undefined && count > 1
    ? `${settings.externalId}-${chunk.index + 1}-of-${count}`
    : settings.externalId
}

/**
 * Submits one chunk. A "both import slots busy" answer created nothing, so the same body is sent
 * again once a slot is free; an answer that leaves the job in doubt is returned, never resent;
 * a refusal (400, 403, 413…) throws.
 */
export async function submitChunk(
  chunk: ChunkPlan,
  plan: UsersFilePlan,
  settings: ImportSettings,
  context: EngineContext,
  slots: Slots,
  steps: SubmitSteps,
): Promise<SubmitResult> {
  const { api, logger, deadline } = context
  const users = await readValidatedChunk(plan, chunk)
  const request = {
    users,
    connectionId: settings.connectionId,
    upsert: settings.upsert,
    externalId: externalIdOf(settings, plan, chunk),
    sendCompletionEmail: settings.sendCompletionEmail,
  }
  let slotWaits = 0
  for (;;) {
    // Recorded before sending: a kill while Auth0 answers leaves the chunk "in doubt", so a
    // resumed run asks instead of submitting it a second time.
    await steps.submitting(chunk)
    let submission: Awaited<ReturnType<typeof api.createImport>>
    try {
      submission = await api.createImport(request)
    } catch (error) {
      // Thrown only when no job can exist: an HTTP refusal, or a failure before sending.
      await steps.notInDoubt(chunk)
      throw error
    }
    if (submission.kind !== 'slots-full') return submission
    await steps.notInDoubt(chunk)
    if (slots.active > 0) {
      await slots.waitForOne()
      continue
    }
    if (slotWaits === 0) {
      logger.info(
        `Auth0 is running two other import jobs on this tenant (${printable(submission.message)}); waiting for a free slot.`,
      )
    }
    const delay = Math.min(10_000, 1_000 * 2 ** Math.min(slotWaits, 4))
    slotWaits++
    await deadline.sleep(delay, 'waiting for a free import slot (Auth0 runs two imports at a time)')
  }
}
