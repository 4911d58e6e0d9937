/**
 * How the emulator answers: the request context, Management API error bodies
 * (`{statusCode, error, message, errorCode?}`), OAuth errors and S3-style XML errors.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TenantState } from './state.ts'
import type { RecordedRequest } from './types.ts'

export interface Context {
  req: IncomingMessage
  res: ServerResponse
  record: RecordedRequest
  state: TenantState
  method: string
  pathname: string
  query: URLSearchParams
  body: Buffer
  size: number
  /** X-RateLimit-* headers of this /api/v2 request, sent with every answer to it. */
  headers: Record<string, string>
}

export const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Request Entity Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export function send(
  ctx: Context,
  status: number,
  body?: unknown,
  headers: Record<string, string> = ctx.headers,
): void {
  ctx.record.status = status
  if (status === 429) ctx.state.stats.tooManyRequests++
  const { res } = ctx
  if (res.headersSent || res.destroyed) return
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  if (body === undefined) {
    res.writeHead(status)
    res.end()
    return
  }
  if (Buffer.isBuffer(body) || typeof body === 'string') {
    if (!res.hasHeader('content-type')) res.setHeader('content-type', 'text/plain; charset=utf-8')
    res.writeHead(status, { 'content-length': Buffer.byteLength(body) })
    res.end(body)
    return
  }
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

export function apiError(
  ctx: Context,
  status: number,
  message: string,
  errorCode?: string,
  headers?: Record<string, string>,
): void {
  const body: Record<string, unknown> = {
    statusCode: status,
    error: REASONS[status] ?? 'Error',
    message,
  }
  if (errorCode) body.errorCode = errorCode
  send(ctx, status, body, headers ?? ctx.headers)
}

/** 400 `invalid_body` in the words of Auth0's payload validator. */
export function payloadError(ctx: Context, detail: string): void {
  apiError(ctx, 400, `Payload validation error: ${detail}`, 'invalid_body')
}

export function oauthError(ctx: Context, status: number, error: string, description: string): void {
  send(ctx, status, { error, error_description: description })
}

export function xmlError(ctx: Context, status: number, code: string, message: string): void {
  send(
    ctx,
    status,
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    { 'content-type': 'application/xml' },
  )
}

/** The body as JSON (or form-encoded); answers 400 itself and returns undefined otherwise. */
export function parseJsonBody(ctx: Context): unknown {
  try {
    const text = ctx.body.toString('utf8')
    const type = String(ctx.req.headers['content-type'] ?? '')
    if (type.includes('application/x-www-form-urlencoded')) {
      return Object.fromEntries(new URLSearchParams(text))
    }
    return text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    apiError(ctx, 400, 'Invalid request payload JSON format')
    return undefined
  }
}

/** A JSON object body, or undefined after answering the refusal. */
export function objectBody(ctx: Context): Record<string, unknown> | undefined {
  const parsed = parseJsonBody(ctx)
  if (parsed === undefined) return undefined
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    payloadError(ctx, `'Expected type object but found type ${typeof parsed}'.`)
    return undefined
  }
  return parsed as Record<string, unknown>
}

export function unexpectedKey(
  body: Record<string, unknown>,
  allowed: string[],
): string | undefined {
  return Object.keys(body).find((key) => !allowed.includes(key))
}
