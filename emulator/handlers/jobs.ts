/**
 * GET /api/v2/jobs/{id} and /errors. A job past Auth0's 24-hour retention answers as an unknown
 * one (404), and so do its errors.
 */
import { isFinalStatus, JOB_ID_PATTERN, type JobRecord, jobBody } from '../job-record.ts'
import { redactUser } from '../redact.ts'
import { apiError, type Context, send } from '../replies.ts'

function findJob(ctx: Context, id: string): JobRecord | undefined {
  if (!JOB_ID_PATTERN.test(id)) {
    apiError(
      ctx,
      400,
      `Path validation error: 'String does not match pattern ^job_[A-Za-z0-9]{16}$' on property id (The id of the job).`,
      'invalid_uri',
    )
    return undefined
  }
  const job = ctx.state.liveJob(id)
  if (!job) apiError(ctx, 404, 'The job does not exist.', 'inexistent_job')
  return job
}

export function handleGetJob(ctx: Context, id: string): void {
  const job = findJob(ctx, id)
  if (job) send(ctx, 200, ctx.state.fullJobBody(job, ctx.state.now()))
}

/** 200 with the entries, 204 when there are none, or 200 with the job object. */
export function handleGetErrors(ctx: Context, id: string): void {
  const job = findJob(ctx, id)
  if (!job) return
  const body = jobBody(job, ctx.state.now())
  // Unfinished jobs: the generic job object (Auth0's behaviour here is undocumented).
  if (!isFinalStatus(String(body.status)) || job.errors === 'job') {
    send(ctx, 200, body)
    return
  }
  if (job.errors === 'none' || job.errors.length === 0) {
    send(ctx, 204)
    return
  }
  const redact = ctx.state.options.redactErrorUsers ?? true
  const entries = job.errors.map((entry) => ({
    user: redact ? redactUser(entry.user) : structuredClone(entry.user),
    errors: entry.errors.map((error) => ({ ...error })),
  }))
  send(ctx, 200, entries)
}
