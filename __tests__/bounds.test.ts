/**
 * Issue 10, "within `timeout`, always": every wait of the step ends at its deadline or at a
 * cancellation, whatever the server does. In process: a local HTTP server that misbehaves on
 * purpose, the real undici stack, and (where no real time is needed) a fake clock.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Agent } from 'undici'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Job } from '../src/auth0/job.js'
import type { ManagementApi } from '../src/auth0/management-api.js'
import { Transport } from '../src/http/transport.js'
import type { ExportSettings } from '../src/inputs/settings.js'
import { JobTracker } from '../src/jobs/tracker.js'
import type { OperationContext } from '../src/operations/context.js'
import { exportUsers } from '../src/operations/export-users.js'
import { JobLedger } from '../src/results/ledger.js'
import { errorCountOf } from '../src/results/result.js'
import { CancelledError } from '../src/runtime/cancellation.js'
import { type Clock, systemClock } from '../src/runtime/clock.js'
import { Deadline } from '../src/runtime/deadline.js'
import { DeadlineError } from '../src/runtime/errors.js'
import { silentLogger } from '../src/runtime/logger.js'
import { FakeClock } from './fake-clock.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
let handler: Handler = (_req, res) => res.end()
let server: Server
let origin: string
let requests = 0
const timers = new Set<NodeJS.Timeout>()
let dispatcher: Agent
let dir: string

beforeAll(async () => {
  server = createServer((req, res) => {
    requests++
    handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(async () => {
  requests = 0
  dispatcher = new Agent()
  dir = await mkdtemp(join(tmpdir(), 'bounds-'))
})
afterEach(async () => {
  for (const timer of timers) clearInterval(timer)
  timers.clear()
  server.closeAllConnections()
  await dispatcher.destroy()
  await rm(dir, { recursive: true, force: true })
})

/** Accepts the request and never answers. */
const silent: Handler = () => {}

/** Sends headers, then one byte at a time, forever. */
const trickle: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.write('[')
  const timer = setInterval(() => res.write(' '), 100)
  timers.add(timer)
  res.on('close', () => clearInterval(timer))
}

function realDeadline(ms: number, signal?: AbortSignal): Deadline {
  return new Deadline(systemClock, systemClock.now() + ms, signal)
}

function transport(deadline: Deadline, clock: Clock = systemClock, epochNow = Date.now) {
  return new Transport({
    dispatcher,
    clock,
    deadline,
    logger: silentLogger,
    random: () => 0.5,
    epochNow,
  })
}

const get = (t: Transport) =>
  t.send({
    method: 'GET',
    url: `${origin}/api/v2/jobs/job_0123456789abcdef`,
    label: 'reading job',
    retry: 'any-failure',
  })

describe('HTTP requests to Auth0', () => {
  it('end when the step is cancelled while Auth0 has not answered', async () => {
    handler = silent
    const controller = new AbortController()
    setTimeout(() => controller.abort(new CancelledError('SIGTERM')), 200)
    const error = await get(transport(realDeadline(120_000, controller.signal))).catch((e) => e)
    expect(error).toBeInstanceOf(CancelledError)
  }, 20_000)

  it('end at the deadline when the answer trickles in a byte at a time', async () => {
    handler = trickle
    const error = await get(transport(realDeadline(600))).catch((e) => e)
    expect(error).toBeInstanceOf(DeadlineError)
    expect(requests).toBe(1)
  }, 20_000)

  it('refuse an answer larger than the JSON limit without reading all of it', async () => {
    let sent = 0
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(1 << 20, 0x20)
      const pump = (): void => {
        while (sent < 100 << 20) {
          sent += chunk.length
          if (!res.write(chunk)) {
            res.once('drain', pump)
            return
          }
        }
        res.end()
      }
      res.on('close', () => {})
      pump()
    }
    const error = await get(transport(realDeadline(60_000))).catch((e) => e)
    expect(String(error)).toMatch(/larger than 4 MiB/)
    expect(sent).toBeLessThan(100 << 20)
  }, 30_000)
})

describe('rate-limit waits', () => {
  const always429 =
    (headers: Record<string, string>): Handler =>
    (_req, res) =>
      res
        .writeHead(429, { 'content-type': 'application/json', ...headers })
        .end('{"message":"Too Many Requests"}')

  it('back off with a floor when X-RateLimit-Reset lies in the past', async () => {
    const now = Date.UTC(2026, 0, 1)
    handler = always429({
      'x-ratelimit-reset': String(now / 1000 - 60),
      'x-ratelimit-remaining': '0',
    })
    const clock = new FakeClock()
    const error = await get(transport(new Deadline(clock, 8_000), clock, () => now)).catch((e) => e)
    expect(error).toBeInstanceOf(DeadlineError)
    // Before: a wait of 0–250 ms after each 429 gave 68 requests in 8 s.
    expect(requests).toBeLessThanOrEqual(6)
    expect(Math.min(...clock.sleeps)).toBeGreaterThanOrEqual(500)
  })

  it.each([
    ['1e9', 'not a number of seconds'],
    ['2592000', '30 days'],
    ['1000000000', 'absurd'],
  ])('treat Retry-After %s (%s) as no answer and back off', async (value) => {
    let served = 0
    handler = (req, res) => {
      served++
      if (served === 1) always429({ 'retry-after': value })(req, res)
      else
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"id":"job_0123456789abcdef","status":"completed"}')
    }
    const clock = new FakeClock()
    const response = await get(transport(new Deadline(clock, 3_600_000), clock))
    expect(response.status).toBe(200)
    expect(clock.sleeps).toHaveLength(1)
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(500)
    expect(clock.sleeps[0]).toBeLessThanOrEqual(60_000)
  })

  it('fail at once, saying why, when the wait asked for cannot end within the timeout', async () => {
    handler = always429({ 'retry-after': '600' })
    const clock = new FakeClock()
    const error = await get(transport(new Deadline(clock, 60_000), clock)).catch((e) => e)
    expect(error).toBeInstanceOf(DeadlineError)
    expect(clock.now()).toBe(0)
    expect(String(error)).toMatch(/600\.\d s/)
    expect(String(error)).toMatch(/60\.0 s of the timeout (are )?left/)
  })

  it('ignore a bucket reset that lies absurdly far ahead when pacing', async () => {
    const now = Date.UTC(2026, 0, 1)
    handler = (_req, res) =>
      res
        .writeHead(200, {
          'content-type': 'application/json',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(now / 1000 + 30 * 86_400),
        })
        .end('{"id":"job_0123456789abcdef","status":"completed"}')
    const clock = new FakeClock()
    const t = transport(new Deadline(clock, 3_600_000), clock, () => now)
    await get(t)
    await get(t)
    expect(Math.max(0, ...clock.sleeps)).toBeLessThanOrEqual(60_000)
  })
})

describe('the system clock', () => {
  it('does not end a wait longer than a Node timer can hold early', async () => {
    vi.useFakeTimers()
    try {
      let done = false
      const waiting = systemClock.sleep(2 ** 31 + 10_000).then(() => {
        done = true
      })
      await vi.advanceTimersByTimeAsync(60_000)
      expect(done).toBe(false)
      await vi.advanceTimersByTimeAsync(2 ** 31)
      await waiting
      expect(done).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('the export download', () => {
  function exportContext(deadline: Deadline, location: string): OperationContext {
    const job: Job = {
      id: 'job_0123456789abcdef',
      type: 'users_export',
      status: 'completed',
      location,
    }
    const api = {
      createExport: async () => job,
      getJob: async () => job,
    } as unknown as ManagementApi
    return {
      api,
      clock: systemClock,
      deadline,
      logger: silentLogger,
      ledger: new JobLedger(),
      newTracker: () => new JobTracker(api, systemClock, deadline, silentLogger, () => {}),
      runnerTemp: dir,
      dispatcher,
    }
  }
  const settings = (): ExportSettings => ({
    operation: 'export-users',
    tenant: { origin, credentials: { kind: 'token', token: 't' } },
    wait: true,
    timeoutMs: 1_000,
    connectionId: undefined,
    format: 'json',
    limit: undefined,
    fields: undefined,
    exportPath: join(dir, 'users.ndjson'),
  })

  it('ends at the timeout when the link accepts the connection and never answers', async () => {
    handler = silent
    const context = exportContext(realDeadline(800), `${origin}/export.gz?Signature=x`)
    const error = await exportUsers(settings(), context).catch((e) => e)
    expect(error).toBeInstanceOf(DeadlineError)
    expect(String(error)).toContain('downloading the export')
    expect(await readdir(dir)).toEqual([])
  }, 20_000)

  it('ends at the timeout when the link sends one byte at a time', async () => {
    const gzip = gzipSync(Buffer.from('{"email":"a@example.com"}\n'.repeat(10_000)))
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/gzip' })
      let at = 0
      const timer = setInterval(() => res.write(gzip.subarray(at, ++at)), 100)
      timers.add(timer)
      res.on('close', () => clearInterval(timer))
    }
    const context = exportContext(realDeadline(800), `${origin}/export.gz?Signature=x`)
    const error = await exportUsers(settings(), context).catch((e) => e)
    expect(error).toBeInstanceOf(DeadlineError)
    expect(await readdir(dir)).toEqual([])
  }, 20_000)

  it('fails at once, without another download, when the export cannot be written', async () => {
    let reads = 0
    const job: Job = {
      id: 'job_0123456789abcdef',
      type: 'users_export',
      status: 'completed',
      location: `${origin}/x.gz?S=1`,
    }
    const api = {
      createExport: async () => job,
      getJob: async () => {
        reads++
        return job
      },
    } as unknown as ManagementApi
    const deadline = realDeadline(60_000)
    const context = {
      ...exportContext(deadline, job.location ?? ''),
      api,
      newTracker: () => new JobTracker(api, systemClock, deadline, silentLogger, () => {}),
    }
    await writeFile(join(dir, 'a-file'), 'not a folder')
    const exportPath = join(dir, 'a-file', 'users.ndjson')
    const error = await exportUsers({ ...settings(), exportPath }, context).catch((e) => e)
    expect(String(error)).toContain(
      `Could not write the export of job ${job.id}: cannot write the export to ${exportPath}`,
    )
    expect(String(error)).not.toContain('attempts')
    expect(reads).toBe(0)
  })

  it('ends at once when the step is cancelled', async () => {
    handler = silent
    const controller = new AbortController()
    setTimeout(() => controller.abort(new CancelledError('SIGINT')), 200)
    const context = exportContext(realDeadline(120_000, controller.signal), `${origin}/x.gz?S=1`)
    const error = await exportUsers(settings(), context).catch((e) => e)
    expect(error).toBeInstanceOf(CancelledError)
    expect(await readdir(dir)).toEqual([])
  }, 20_000)
})

describe('the job errors list', () => {
  it('is streamed: a list far larger than any real one keeps a bounded part and its true count', async () => {
    const entries = 40_000
    const entry = (i: number): string =>
      JSON.stringify({
        user: { email: `user${i}@example.com`, user_metadata: { pad: 'x'.repeat(900) } },
        errors: [{ code: 'INVALID', message: 'bad' }],
      })
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      let i = 0
      const pump = (): void => {
        while (i < entries) {
          const ok = res.write(`${i === 0 ? '[' : ','}${entry(i)}`)
          i++
          if (!ok) {
            res.once('drain', pump)
            return
          }
        }
        res.end(']')
      }
      pump()
    }
    const { ManagementApi } = await import('../src/auth0/management-api.js')
    const { fixedToken } = await import('../src/auth0/tokens.js')
    const api = new ManagementApi(
      origin,
      transport(realDeadline(120_000)),
      fixedToken('t'),
      () => {},
    )
    const errors = await api.getJobErrors('job_0123456789abcdef')
    expect(errors.kind).toBe('entries')
    if (errors.kind !== 'entries') return
    expect(errors.total).toBe(entries)
    expect(errors.entries.length).toBeGreaterThan(1_000)
    expect(errors.entries.length).toBeLessThan(entries)
    expect(errors.entries[0]?.user.email).toBe('user0@example.com')

    const { getJobErrors } = await import('../src/operations/get-job.js')
    const job = { id: 'job_0123456789abcdef', type: 'users_import', status: 'completed' }
    const context = {
      api: { getJob: async () => job, getJobErrors: async () => errors },
      logger: silentLogger,
      ledger: new JobLedger(),
    } as unknown as OperationContext
    const result = await getJobErrors(
      { operation: 'get-job-errors', jobId: job.id } as never,
      context,
    )
    expect(errorCountOf(result.report)).toBe(entries)
    expect(result.report.kind === 'file' && result.report.entries.length).toBe(
      errors.entries.length,
    )
  }, 60_000)
})
