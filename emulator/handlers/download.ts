/** GET /exports/…: the pre-signed export link, answered the way object storage does. */
import { createHmac } from 'node:crypto'
import { type Context, send, xmlError } from '../replies.ts'

export async function handleDownload(ctx: Context): Promise<void> {
  const state = ctx.state
  if (ctx.req.headers.authorization !== undefined) {
    xmlError(
      ctx,
      400,
      'InvalidArgument',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
    )
    return
  }
  const signature = ctx.query.get('Signature') ?? ''
  const link = state.links.get(signature)
  if (!link || link.path !== ctx.pathname) {
    xmlError(ctx, 403, 'AccessDenied', 'Access Denied')
    return
  }
  if (state.now() > link.expiresAt) {
    xmlError(ctx, 403, 'AccessDenied', 'Request has expired')
    return
  }
  const jobId = ctx.pathname.split('/')[2] ?? ''
  const job = state.liveJob(jobId)
  if (!job) {
    xmlError(ctx, 404, 'NoSuchKey', 'The specified key does not exist.')
    return
  }
  const file = await state.exportFile(job)
  send(ctx, 200, file, {
    'content-type': 'application/gzip',
    etag: `"${createHmac('md5', state.signingKey).update(job.id).digest('hex')}"`,
  })
}
