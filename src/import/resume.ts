/**
 * Resuming from the progress record: chunks in doubt are decided first (resolve_in_doubt), then
 * finished chunks are folded in without a request and jobs submitted earlier are read again.
 */
import type { Job } from '../auth0/job.js'
import type { InDoubtDecision } from '../inputs/settings.js'
import type { ResultBuilder } from '../results/builder.js'
import type { JobLedger } from '../results/ledger.js'
import type { ErrorReportEntry } from '../results/report-entry.js'
import { entriesOf, type ResumeRecord } from '../resume-record/record.js'
import { ApiError, errorMessage, InputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import type { ChunkPlan, UsersFilePlan } from '../users/plan.js'
import { redactUser } from '../users/redact.js'
import type { JobsApi } from './jobs-api.js'
import { printable } from './messages.js'
import type { Settlement } from './settle.js'
import { validatedUsers } from './settle.js'
import type { Slots } from './slots.js'

/** Writes the record; a failure stops the import before anything the record would not show. */
export async function saveRecord(record: ResumeRecord): Promise<void> {
  try {
    await record.save()
  } catch (error) {
    throw new Error(
      `Could not write progress_file ${record.path}: ${errorMessage(error)}. No further chunks were submitted, so the record stays true.`,
    )
  }
}

/**
 * Applies `resolve_in_doubt` to the record, before any request. Throws
 * `InputError('resolve_in_doubt', …)` while a chunk in doubt has no decision, or a decision
 * contradicts the record. Entries for chunks that are no longer in doubt (already decided in an
 * earlier run) are ignored. Returns whether the record changed.
 */
export function decideInDoubt(
  record: ResumeRecord,
  decisions: ReadonlyMap<number, InDoubtDecision>,
  logger: Logger,
): boolean {
  const chunks = record.data.chunks
  const known = new Map(chunks.filter((c) => c.job_id).map((c) => [c.job_id, c.index]))
  for (const [number, decision] of decisions) {
    const chunk = chunks[number - 1]
    const bad = (why: string): never => {
      throw new InputError('resolve_in_doubt', `Input 'resolve_in_doubt': ${why}`)
    }
    if (!chunk) bad(`names chunk ${number}, but ${record.path} has ${chunks.length} chunks.`)
    if (decision.kind !== 'job') continue
    const owner = known.get(decision.jobId)
    if (owner !== undefined && owner !== number - 1) {
      bad(`${decision.jobId} is already the job of chunk ${owner + 1} in ${record.path}.`)
    }
    if (chunk?.job_id !== undefined && chunk.job_id !== decision.jobId) {
      bad(
        `chunk ${number} already has job ${chunk.job_id} in ${record.path}, not ${decision.jobId}.`,
      )
    }
  }
  const undecided = record.inDoubt().filter((chunk) => !decisions.has(chunk.index + 1))
  if (undecided.length > 0) throw inDoubtRefusal(record, undecided)
  let changed = false
  for (const chunk of record.inDoubt()) {
    const decision = decisions.get(chunk.index + 1) as InDoubtDecision
    record.resolveInDoubt(chunk.index, decision)
    logger.info(
      decision.kind === 'job'
        ? `Chunk ${chunk.index + 1} was in doubt; resolve_in_doubt says Auth0 created ${decision.jobId} for it: following that job.`
        : `Chunk ${chunk.index + 1} was in doubt; resolve_in_doubt says Auth0 created no job for it: submitting it again.`,
    )
    changed = true
  }
  return changed
}

function inDoubtRefusal(
  record: ResumeRecord,
  chunks: readonly {
    index: number
    first_user: number
    user_count: number
    start: number
    end: number
    submitting?: string
    in_doubt?: string
  }[],
): InputError {
  const described = chunks.map((chunk) => {
    const when = /^[0-9T:.Z-]{10,30}$/.test(chunk.submitting ?? '') ? chunk.submitting : 'unknown'
    const why = chunk.in_doubt
      ? printable(chunk.in_doubt)
      : 'the run stopped while Auth0 was answering'
    return `chunk ${chunk.index + 1} (users ${chunk.first_user}–${chunk.first_user + chunk.user_count - 1}, bytes ${chunk.start}–${chunk.end - 1}; submitted at ${when}: ${why})`
  })
  const numbers = chunks.map((chunk) => chunk.index + 1)
  const example = numbers.map((n) => `${n}=job_<id>`).join(',')
  return new InputError(
    'resolve_in_doubt',
    `Input 'resolve_in_doubt': ${record.path} lists ${described.join('; ')} as in doubt: Auth0 may have created a job for ${numbers.length === 1 ? 'it' : 'them'}, and submitting again could import those users twice, so nothing was sent. Check the tenant's logs (Auth0 Dashboard → Monitoring → Logs) for users imports created at those times, then run again with resolve_in_doubt: "${example}" for a chunk Auth0 created a job for, or "${numbers[0]}=resubmit" for one it did not.`,
  )
}

/** What resuming needs of the engine. */
export interface RestoreTarget {
  api: JobsApi
  logger: Logger
  ledger: JobLedger
  result: ResultBuilder
  plan: UsersFilePlan
  slots: Slots
  settlement: Settlement
}

/**
 * Folds in what an earlier run recorded: finished chunks from the record (no request), and for
 * every job submitted but not finished, one read by id, after which it is tracked like any other.
 */
export async function restore(record: ResumeRecord, target: RestoreTarget): Promise<void> {
  const { ledger, result, plan } = target
  const pending: ChunkPlan[] = []
  let finished = 0
  // Every known job first takes its place in file order (`job_id` lists them in file order).
  for (const chunk of plan.chunks) {
    const job = record.jobOf(chunk.index)
    if (!job) continue
    ledger.see(job)
    result.chunkJob(chunk.index, job.id)
    if (record.isFinished(chunk.index)) finished++
    else pending.push(chunk)
  }
  if (finished + pending.length === 0) return
  target.logger.info(
    `Resuming from ${record.path}: ${finished} of ${plan.chunks.length} chunks finished in earlier runs, ${pending.length} submitted earlier and not known to be finished, ${record.remaining} not submitted yet.`,
  )
  for (const chunk of plan.chunks) {
    if (record.isFinished(chunk.index)) await restoreFinished(record, chunk, target)
  }
  for (const chunk of pending) {
    const job = await readAgain(record.jobOf(chunk.index) as Job, target)
    target.slots.track(chunk, job, false)
  }
}

async function restoreFinished(
  record: ResumeRecord,
  chunk: ChunkPlan,
  target: RestoreTarget,
): Promise<void> {
  const stored = record.chunk(chunk.index)
  const job = record.jobOf(chunk.index)
  if (!job) return
  let entries: ErrorReportEntry[] = []
  if (stored.errors && stored.errors.length > 0) {
    const needsUsers = stored.errors.some((group) => (group.indexes?.length ?? 0) > 0)
    const users = needsUsers ? ((await validatedUsers(target.plan, chunk)) ?? []) : []
    entries = entriesOf(stored, (index) => redactUser(users[index - chunk.firstUser]) ?? null)
  }
  target.settlement.account(job, chunk, entries)
  target.settlement.usersSettledBefore += chunk.userCount
}

/** One status read of a job an earlier run submitted; a job Auth0 no longer has is `expired`. */
async function readAgain(recorded: Job, target: RestoreTarget): Promise<Job> {
  try {
    return await target.api.getJob(recorded.id)
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error
    const job: Job = {
      ...recorded,
      status: 'expired',
      status_details:
        'Auth0 no longer has this job (jobs are deleted 24 hours after they were created), so what it imported is unknown',
    }
    target.ledger.see(job)
    return job
  }
}
