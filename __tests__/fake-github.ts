/**
 * A small fake of the GitHub REST API's issue comments, started like the emulator (a real HTTP
 * server on 127.0.0.1), under a GHES-style `/api/v3` prefix. It keeps the comments of each pull
 * request, checks the token, and can refuse writes as GitHub does for a read-only token.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface FakeComment {
  id: number
  body: string
  issue: number
}

export interface FakeGitHub {
  apiUrl: string
  token: string
  comments: FakeComment[]
  requests: { method: string; path: string; authorization: string | undefined }[]
  /** Writes answer 403 "Resource not accessible by integration" (a fork's read-only token). */
  readOnly: boolean
  close(): Promise<void>
  /** The runner's GITHUB_* variables for a `pull_request` run of PR `number`, with its event file. */
  runnerEnv(
    number: number,
    step?: Partial<Record<'workflow' | 'job' | 'action', string>>,
  ): Promise<Record<string, string>>
}

async function body(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = []
  for await (const part of req) parts.push(part as Buffer)
  return Buffer.concat(parts).toString('utf8')
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(text)
}

type FakeState = Pick<FakeGitHub, 'token' | 'comments' | 'requests' | 'readOnly'> & {
  nextId: number
}

/** GitHub's issue-comment endpoints: list (paginated), create, update. */
async function handle(fake: FakeState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake')
  const text = await body(req)
  fake.requests.push({
    method: req.method ?? '',
    path: url.pathname,
    authorization: req.headers.authorization,
  })
  if (
    req.headers.authorization !== `token ${fake.token}` &&
    req.headers.authorization !== `Bearer ${fake.token}`
  ) {
    return json(res, 401, { message: 'Bad credentials' })
  }
  const list = /^\/api\/v3\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
  const one = /^\/api\/v3\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
  const write = req.method === 'POST' || req.method === 'PATCH'
  if (write && fake.readOnly)
    return json(res, 403, { message: 'Resource not accessible by integration' })
  if (list && req.method === 'GET') {
    const issue = Number(list[1])
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const all = fake.comments.filter((c) => c.issue === issue)
    const slice = all.slice((page - 1) * perPage, page * perPage)
    if (page * perPage < all.length) {
      const next = new URL(url)
      next.searchParams.set('page', String(page + 1))
      res.setHeader(
        'link',
        `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`,
      )
    }
    return json(
      res,
      200,
      slice.map((c) => ({ id: c.id, body: c.body })),
    )
  }
  if (list && req.method === 'POST') {
    const comment = { id: fake.nextId++, body: JSON.parse(text).body, issue: Number(list[1]) }
    fake.comments.push(comment)
    return json(res, 201, { id: comment.id, body: comment.body })
  }
  if (one && req.method === 'PATCH') {
    const comment = fake.comments.find((c) => c.id === Number(one[1]))
    if (!comment) return json(res, 404, { message: 'Not Found' })
    comment.body = JSON.parse(text).body
    return json(res, 200, { id: comment.id, body: comment.body })
  }
  return json(res, 404, { message: 'Not Found' })
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const fake: FakeState = {
    nextId: 1000,
    token: 'ghs_faketoken0123456789',
    comments: [],
    requests: [],
    readOnly: false,
  }
  const server = createServer((req, res) => void handle(fake, req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const apiUrl = `http://127.0.0.1:${port}/api/v3`
  return Object.assign(fake, {
    apiUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
    async runnerEnv(
      number: number,
      step: Partial<Record<'workflow' | 'job' | 'action', string>> = {},
    ) {
      const folder = await mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'event-'))
      const eventPath = join(folder, 'event.json')
      await writeFile(
        eventPath,
        JSON.stringify({ action: 'synchronize', number, pull_request: { number } }),
      )
      return {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: apiUrl,
        GITHUB_WORKFLOW: step.workflow ?? 'Users',
        GITHUB_JOB: step.job ?? 'plan',
        GITHUB_ACTION: step.action ?? '__auth0-jobs-action',
      }
    },
  })
}
