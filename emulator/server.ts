/**
 * An Auth0 tenant emulator for tests, the demo and benchmarks: a real HTTP(S) server on
 * 127.0.0.1 that answers the client-credentials token endpoint and the Management API jobs
 * endpoints the way the project's research notes on Auth0's jobs API describe Auth0
 * (emulator/README.md). Not part of the action bundle; shares no code with src/.
 *
 * This file routes and assembles; the tenant is in tenant.ts, the working state in state.ts,
 * each endpoint family in handlers/, answers in replies.ts and injected faults in faults.ts.
 * Runs under vitest and directly with Node 24 (type stripping): erasable TypeScript only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { handleFault, takeFault } from './faults.ts'
import { authenticate, hasScope, takeRateToken } from './guard.ts'
import { handleDownload } from './handlers/download.ts'
import { handleExport } from './handlers/exports.ts'
import { handleImport } from './handlers/imports.ts'
import { handleGetErrors, handleGetJob } from './handlers/jobs.ts'
import { handleToken } from './handlers/token.ts'
import { handleGetConnection, handleUsersByEmail } from './handlers/users.ts'
import { handleVerification } from './handlers/verification.ts'
import { type JobRecord, newJobId } from './job-record.ts'
import { loseInserts } from './lost-inserts.ts'
import { apiError, type Context } from './replies.ts'
import { TenantState } from './state.ts'
import { resolveTenant } from './tenant.ts'
import { makeServerCertificate } from './tls.ts'
import type { Emulator, EmulatorOptions, RecordedRequest, SeedJob } from './types.ts'

export type {
  ExportField,
  FinalStatus,
  ImportSummary,
  JobErrorEntry,
  JobErrors,
  JobRecord,
  TenantUser,
  UserError,
} from './job-record.ts'
export type { TenantDescription } from './tenant.ts'
export type {
  Connection,
  Emulator,
  EmulatorOptions,
  EmulatorStats,
  Fault,
  ImportUpload,
  RecordedRequest,
  SeedJob,
  VerificationEmailRequest,
} from './types.ts'

const BODY_CAP = 16 * 1024 * 1024

async function routeApi(ctx: Context, bucket: { tokens: number; last: number }): Promise<void> {
  const { method, pathname } = ctx
  if (!takeRateToken(ctx, bucket)) return
  const token = authenticate(ctx)
  if (!token || !hasScope(ctx, token)) return
  if (method === 'POST' && pathname === '/api/v2/jobs/users-imports') return handleImport(ctx)
  if (method === 'POST' && pathname === '/api/v2/jobs/users-exports') return handleExport(ctx)
  if (method === 'POST' && pathname === '/api/v2/jobs/verification-email') {
    return handleVerification(ctx)
  }
  if (method === 'GET' && pathname === '/api/v2/users-by-email') return handleUsersByEmail(ctx)
  const connection = /^\/api\/v2\/connections\/([^/]+)$/.exec(pathname)
  if (method === 'GET' && connection?.[1]) {
    return handleGetConnection(ctx, decodeURIComponent(connection[1]))
  }
  const match = /^\/api\/v2\/jobs\/([^/]+)(\/errors)?$/.exec(pathname)
  if (method === 'GET' && match?.[1]) {
    const id = decodeURIComponent(match[1])
    if (match[2]) handleGetErrors(ctx, id)
    else handleGetJob(ctx, id)
    return
  }
  apiError(ctx, 404, 'Not Found')
}

async function route(ctx: Context, bucket: { tokens: number; last: number }): Promise<void> {
  const { method, pathname } = ctx
  if (pathname === '/oauth/token' && method === 'POST') return handleToken(ctx)
  if (pathname.startsWith('/exports/') && (method === 'GET' || method === 'HEAD')) {
    return handleDownload(ctx)
  }
  if (pathname === '/api/v2' || pathname.startsWith('/api/v2/')) return routeApi(ctx, bucket)
  apiError(ctx, 404, 'Not Found')
}

async function readBody(req: IncomingMessage): Promise<{ body: Buffer; size: number }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= BODY_CAP) chunks.push(chunk)
  }
  return { body: Buffer.concat(chunks), size }
}

function requestHandler(state: TenantState) {
  const limit = state.options.rateLimit
  const bucket = { tokens: limit ? limit.burst : 50, last: state.now() }
  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const target = req.url ?? '/'
    const record: RecordedRequest = {
      method,
      path: target,
      at: state.now(),
      status: 0,
      authorization: req.headers.authorization !== undefined,
    }
    state.requests.push(record)
    const parsed = new URL(target, 'http://127.0.0.1')
    let body: { body: Buffer; size: number }
    try {
      body = await readBody(req)
    } catch {
      return // client went away
    }
    const ctx: Context = {
      req,
      res,
      record,
      state,
      method,
      pathname: parsed.pathname,
      query: parsed.searchParams,
      headers: {},
      ...body,
    }
    const fault = takeFault(state.faults, method, parsed.pathname)
    if (fault && (await handleFault(ctx, fault))) return
    await route(ctx, bucket)
  }
  return (req: IncomingMessage, res: ServerResponse): void => {
    onRequest(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return
      res.writeHead(500, { 'content-type': 'application/json' })
      const message = error instanceof Error ? error.message : String(error)
      res.end(JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message }))
    })
  }
}

function seededJob(state: TenantState, seed: SeedJob): JobRecord {
  const type = seed.type ?? 'users_import'
  const job: JobRecord = {
    id: seed.id ?? newJobId(),
    type,
    createdAt: seed.createdAt ?? state.now(),
    pendingMs: seed.pendingMs ?? state.pendingMs,
    processingMs: seed.processingMs ?? state.processingMs,
    finalStatus: seed.finalStatus ?? 'completed',
    fixedStatus: seed.status,
    attributes: { ...(seed.attributes ?? {}) },
    summary: seed.summary,
    statusDetails: seed.status_details,
    errors: seed.errors ?? 'none',
    location: seed.location,
  }
  if (type === 'users_export') {
    job.attributes.format ??= 'json'
    const connection = state.tenant.connections.find((c) => c.id === job.attributes.connection_id)
    job.exportSource = state.exportSourceFor(connection)
  }
  return job
}

function foreignImport(state: TenantState, durationMs: number): JobRecord {
  return {
    id: newJobId(),
    type: 'users_import',
    createdAt: state.now(),
    pendingMs: 0,
    processingMs: durationMs,
    finalStatus: 'completed',
    attributes: {
      connection_id: state.tenant.connections[0]?.id,
      connection: state.defaultConnection,
      upsert: false,
      send_completion_email: true,
    },
    summary: { failed: 0, updated: 0, inserted: 0, total: 0 },
    errors: 'none',
    foreign: true,
  }
}

async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  return (server.address() as AddressInfo).port
}

/** What tests get: the tenant's records and controls, over the running server. */
function emulatorHandle(
  state: TenantState,
  parts: Pick<Emulator, 'domain' | 'caCert' | 'caFile' | 'close'>,
): Emulator {
  const first = state.tenant.clients[0]
  return {
    url: state.url,
    ...parts,
    clientId: first?.clientId ?? '',
    clientSecret: first?.clientSecret ?? '',
    clients: state.tenant.clients.map((c) => ({
      client_id: c.clientId,
      ...(c.clientSecret === undefined ? {} : { client_secret: c.clientSecret }),
      ...(c.scopes === undefined ? {} : { scopes: [...c.scopes] }),
    })),
    connections: state.tenant.connections.map(({ id, name }) => ({ id, name })),
    tokenRejections: state.tokenRejections,
    requests: state.requests,
    imports: state.imports,
    verificationEmails: state.verificationEmails,
    stats: state.stats,
    get jobs() {
      return new Map(state.jobs)
    },
    get users() {
      return new Map(state.users)
    },
    job: (id) => state.jobs.get(id),
    user: (email) => state.users.get(email.toLowerCase()),
    inject: (fault) => void state.faults.push(fault),
    failDownloads(count, status = 500): void {
      state.faults.push({ kind: 'status', status, path: /^\/exports\//, times: count })
    },
    expireTokens(): void {
      for (const token of state.tokens.values()) token.expiresAt = 0
    },
    advanceClock(ms): void {
      state.clockOffsetMs += ms
    },
    now: () => state.now(),
    loseInserts: (count) => loseInserts(state, count),
    failJob(id, statusDetails): void {
      const job = state.jobs.get(id)
      if (!job) throw new Error(`no job ${id}`)
      Object.assign(job, { finalStatus: 'failed', statusDetails, summary: undefined })
    },
    createJob(seed): string {
      const job = seededJob(state, seed)
      state.addJob(job, false)
      return job.id
    },
    addForeignImport(durationMs): string {
      const job = foreignImport(state, durationMs)
      state.addJob(job, false)
      return job.id
    },
  }
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new TenantState(resolveTenant(options), options)
  const handler = requestHandler(state)
  const tls = options.https ? makeServerCertificate() : undefined
  const server: Server = tls
    ? (createHttpsServer({ key: tls.key, cert: tls.cert }, handler) as unknown as Server)
    : createHttpServer(handler)
  server.keepAliveTimeout = 5000
  const port = await listen(server, options.port ?? 0)
  const domain = `127.0.0.1:${port}`
  state.url = `${tls ? 'https' : 'http'}://${domain}`
  let caDir: string | undefined
  if (tls) {
    caDir = mkdtempSync(join(tmpdir(), 'auth0-emulator-'))
    writeFileSync(join(caDir, 'ca.pem'), tls.ca)
  }
  return emulatorHandle(state, {
    domain,
    caCert: tls?.ca,
    caFile: caDir ? join(caDir, 'ca.pem') : undefined,
    close(): Promise<void> {
      for (const timer of state.timers) clearTimeout(timer)
      state.timers.clear()
      if (caDir) rmSync(caDir, { recursive: true, force: true })
      return new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  })
}
