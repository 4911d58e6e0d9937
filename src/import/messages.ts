/** What the engine tells the user when it stops early: which chunks, what to check, how to go on. */
import { CancelledError } from '../runtime/cancellation.js'
import type { ChunkPlan, UsersFilePlan } from '../users/plan.js'

/** A line from outside (Auth0's answer, a progress record) made safe for a log line. */
export function printable(text: string, max = 200): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

/** "chunk 3 of 10 (users 200–299, bytes 4096–8191 of users.json)" */
export function describeChunk(chunk: ChunkPlan, plan: UsersFilePlan): string {
  const last = chunk.firstUser + chunk.userCount - 1
  return `chunk ${chunk.index + 1} of ${plan.chunks.length} (users ${chunk.firstUser}–${last}, bytes ${chunk.start}–${chunk.end - 1} of ${plan.path})`
}

/** Why the engine stopped submitting before the last chunk. */
export type Stop =
  | { kind: 'refused'; chunk: ChunkPlan; error: unknown; message: string }
  | { kind: 'in-doubt'; chunk: ChunkPlan; reason: string; at: string }
  | { kind: 'file-changed'; chunk: ChunkPlan; message: string }

export interface StopContext {
  plan: UsersFilePlan
  /** Jobs submitted (this run and earlier ones). */
  submitted: number
  progressPath: string | undefined
  externalIdOf: (chunk: ChunkPlan) => string | undefined
}

/** "chunks 4–10 of 10 (users 300–999 of the file) were not submitted; the 3 jobs … reported." */
function notSubmittedFrom(from: number, context: StopContext): string {
  const { plan, submitted } = context
  const total = plan.chunks.length
  const first = plan.chunks[from]
  const last = plan.chunks.at(-1)
  const jobs = `the ${submitted} job${submitted === 1 ? '' : 's'} submitted before are reported.`
  if (!first || !last) return `no chunk was left after it; ${jobs}`
  const users = `users ${first.firstUser}–${last.firstUser + last.userCount - 1}`
  return `chunks ${from + 1}–${total} of ${total} (${users} of the file) were not submitted; ${jobs}`
}

/** The step's error for a stop; `chunk` is the one that stopped it. */
export function stopMessage(stop: Stop, context: StopContext): string {
  const { chunk } = stop
  const resume = context.progressPath
    ? ' Run again with the same progress_file to submit the rest.'
    : ''
  if (stop.kind === 'refused') {
    return `${stop.message} ${capitalise(notSubmittedFrom(chunk.index, context))}${resume}`
  }
  if (stop.kind === 'file-changed') {
    return `${stop.message} Nothing more from it was sent: ${notSubmittedFrom(chunk.index, context)} Restore the file as it was validated and run again${context.progressPath ? ' with the same progress_file' : ''}, or import the new file on its own.`
  }
  return inDoubtMessage(stop, context)
}

function inDoubtMessage(stop: Extract<Stop, { kind: 'in-doubt' }>, context: StopContext): string {
  const { chunk } = stop
  const n = chunk.index + 1
  const externalId = context.externalIdOf(chunk)
  const check = `Check the tenant's logs (Auth0 Dashboard → Monitoring → Logs) for a users import created at about ${stop.at}${externalId === undefined ? '' : ` with external_id ${externalId}`}, or a completion email for it.`
  const decide = context.progressPath
    ? ` Then run again with the same progress_file and resolve_in_doubt: "${n}=job_<id>" if Auth0 created that job, or "${n}=resubmit" if it created none; the record (${context.progressPath}) lists chunk ${n} as in doubt, and a resume refuses to go on until it is decided.`
    : ' Without progress_file a new run starts again from the first chunk, so it would also submit the chunks before this one a second time.'
  return `Auth0 may have created a job for ${describeChunk(chunk, context.plan)}: ${printable(stop.reason)}. It was not sent again, because that could import its users twice; ${notSubmittedFrom(n, context)} ${check}${decide}`
}

/** The message of a cancelled import: what is still running and how to go on. */
export function cancelledError(
  reason: CancelledError,
  running: string[],
  remaining: number,
  context: StopContext,
  stop: Stop | undefined,
): CancelledError {
  const parts = [
    `Cancelled (${reason.signal}): no further chunks were submitted (${remaining} of ${context.plan.chunks.length} not submitted).`,
  ]
  if (stop) parts.push(stopMessage(stop, context))
  if (running.length > 0) parts.push(`Jobs still running: ${running.join(', ')}.`)
  if (context.progressPath) {
    parts.push(
      `To resume, run this step again with the same file and progress_file (${context.progressPath}): it waits for the running jobs, skips finished chunks and submits the rest.`,
    )
  } else {
    parts.push(
      'Without progress_file a new run starts again from the first chunk; set progress_file to make an import resumable.',
    )
  }
  if (running.length > 0) {
    parts.push(
      `To follow the running jobs only, run this action with operation: get-job and job_id: ${running.join(',')}.`,
    )
  }
  return new CancelledError(reason.signal, parts.join(' '), true)
}

/** max_jobs left chunks for a later run: say so, and how to go on. */
export function noteRemaining(
  remaining: ChunkPlan[],
  context: StopContext,
  maxJobs: number | undefined,
): string | undefined {
  const first = remaining[0]
  if (!first) return undefined
  const how = context.progressPath
    ? `Run this step again with the same file and progress_file (${context.progressPath}) to submit them.`
    : 'Resuming needs progress_file: without it, a new run starts again from the first chunk.'
  return `${remaining.length} of ${context.plan.chunks.length} chunks (from chunk ${first.index + 1}, user ${first.firstUser}) are not submitted yet: max_jobs ${maxJobs} was reached. ${how}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
