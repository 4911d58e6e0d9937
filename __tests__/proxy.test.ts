/**
 * The step's dispatcher and the runner's proxy variables, in process, against a real forward
 * proxy on 127.0.0.1 (forward-proxy.ts). `*.auth0.test` names resolve only inside the proxy, so
 * an answer proves the request went through it.
 */
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { downloadExport } from '../src/export/download.js'
import { githubClient } from '../src/github/client.js'
import { createDispatcher, type StepDispatcher } from '../src/http/dispatcher.js'
import { bypassed, type Env, proxyFor, proxySecrets } from '../src/http/proxy-env.js'
import {
  closedPort,
  type ForwardProxy,
  type ForwardProxyOptions,
  startForwardProxy,
  startTlsFront,
  TEST_CA,
} from './forward-proxy.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** An HTTP server that answers every request with JSON naming what it received. */
async function startOrigin(handler?: RequestListener): Promise<{ port: number; seen: string[] }> {
  const seen: string[] = []
  const server: Server = createServer(
    handler ??
      ((req, res) => {
        seen.push(`${req.method} ${req.headers.host}${req.url}`)
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ host: req.headers.host, path: req.url }))
      }),
  )
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  cleanups.push(() => new Promise((done) => server.close(() => done())))
  return { port: (server.address() as AddressInfo).port, seen }
}

/** `tenant.auth0.test:443` (TLS with the test certificate) → the proxy → `originPort`. */
async function proxyTo(
  originPort: number,
  options: Partial<ForwardProxyOptions> = {},
): Promise<ForwardProxy> {
  const front = await startTlsFront(originPort)
  cleanups.push(front.close)
  const proxy = await startForwardProxy({
    hosts: {
      'tenant.auth0.test:443': front.port,
      'files.auth0.test:443': front.port,
      'ghes.example.test:443': front.port,
      // Plain HTTP: forwarded as an absolute-URI request, not tunnelled.
      'intranet.example.test:80': originPort,
    },
    ...options,
  })
  cleanups.push(proxy.close)
  return proxy
}

function dispatcherFor(env: Env, secrets: string[] = []): StepDispatcher {
  const dispatcher = createDispatcher(env, {
    onSecret: (secret) => secrets.push(secret),
    tls: { ca: TEST_CA },
  })
  cleanups.push(() => dispatcher.destroy())
  return dispatcher
}

async function get(url: string, dispatcher: StepDispatcher): Promise<unknown> {
  const response = await request(url, { dispatcher })
  return response.body.json()
}

describe('which proxy a request takes', () => {
  const target = new URL('https://acme.eu.auth0.com/oauth/token')

  it('reads the variables in either case, the lower-case one first', () => {
    expect(proxyFor(target, { HTTPS_PROXY: 'http://upper:3128' })?.url.host).toBe('upper:3128')
    expect(proxyFor(target, { https_proxy: 'http://lower:3128' })?.variable).toBe('https_proxy')
    const both = proxyFor(target, { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })
    expect(both?.url.host).toBe('lower:1')
  })

  it('uses the HTTPS variable for https:// and the HTTP one for http://, as the toolkit does', () => {
    expect(proxyFor(target, { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined()
    const http = new URL('http://intranet.example/x')
    expect(proxyFor(http, { HTTP_PROXY: 'proxy:3128' })?.url.href).toBe('http://proxy:3128/')
  })

  it('never sends loopback traffic (the local emulator) to a proxy', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://localhost:1', 'http://[::1]:2']) {
      expect(proxyFor(new URL(url), { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined()
    }
  })

  it('bypasses the proxy for NO_PROXY entries: names, subdomains, ports, wildcards', () => {
    expect(bypassed('acme.eu.auth0.com', 443, 'auth0.com')).toBe(true)
    expect(bypassed('acme.eu.auth0.com', 443, '.auth0.com')).toBe(true)
    expect(bypassed('auth0.com', 443, '*.auth0.com')).toBe(false)
    expect(bypassed('acme.auth0.com', 443, '*.auth0.com')).toBe(true)
    expect(bypassed('acme.auth0.com', 443, 'other.com, ACME.auth0.com')).toBe(true)
    expect(bypassed('acme.auth0.com', 443, 'acme.auth0.com:8443')).toBe(false)
    expect(bypassed('acme.auth0.com', 443, 'acme.auth0.com:443')).toBe(true)
    expect(bypassed('notauth0.com', 443, 'auth0.com')).toBe(false)
    expect(bypassed('anything', 80, '*')).toBe(true)
    expect(bypassed('::2', 443, '[::2]:443')).toBe(true)
    expect(proxyFor(target, { HTTPS_PROXY: 'http://p:1', no_proxy: 'auth0.com' })).toBeUndefined()
    expect(proxyFor(target, { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'auth0.com' })).toBeUndefined()
  })

  it('masks the password, user:password and the Basic credentials, and nothing for no password', () => {
    const secrets = proxySecrets({ HTTPS_PROXY: 'http://svc:p%40ss@proxy:3128' })
    expect(secrets).toEqual(
      expect.arrayContaining([
        'p%40ss',
        'p@ss',
        'svc:p@ss',
        Buffer.from('svc:p@ss').toString('base64'),
      ]),
    )
    expect(proxySecrets({ HTTPS_PROXY: 'http://proxy:3128' })).toEqual([])
  })
})

describe('requests through a real forward proxy', () => {
  it('tunnels an https request through the proxy named by HTTPS_PROXY', async () => {
    const origin = await startOrigin()
    const proxy = await proxyTo(origin.port)
    const dispatcher = dispatcherFor({ HTTPS_PROXY: proxy.url })
    expect(await get('https://tenant.auth0.test/api/v2/jobs/job_1', dispatcher)).toEqual({
      host: 'tenant.auth0.test',
      path: '/api/v2/jobs/job_1',
    })
    expect(proxy.requests).toEqual([
      {
        method: 'CONNECT',
        target: 'tenant.auth0.test:443',
        proxyAuthorization: undefined,
        status: 200,
      },
    ])
  })

  it('takes the lower-case https_proxy and sends the credentials in it to the proxy only', async () => {
    const origin = await startOrigin()
    const credentials = { user: 'svc', password: 'pa:ss@word' }
    const proxy = await proxyTo(origin.port, { credentials })
    const secrets: string[] = []
    const dispatcher = dispatcherFor({ https_proxy: proxy.urlWithCredentials }, secrets)
    await get('https://tenant.auth0.test/x', dispatcher)
    expect(proxy.requests[0]?.proxyAuthorization).toBe(
      `Basic ${Buffer.from('svc:pa:ss@word').toString('base64')}`,
    )
    expect(proxy.requests[0]?.status).toBe(200)
    expect(secrets).toContain('pa:ss@word')
  })

  it('connects directly, past the proxy, for a host in NO_PROXY', async () => {
    const origin = await startOrigin()
    const proxy = await proxyTo(origin.port)
    const dispatcher = dispatcherFor({ HTTPS_PROXY: proxy.url, NO_PROXY: 'auth0.test' })
    // Only the proxy knows the name: directly, it does not resolve.
    await expect(get('https://tenant.auth0.test/x', dispatcher)).rejects.toThrow(
      /ENOTFOUND|EAI_AGAIN/,
    )
    expect(proxy.requests).toEqual([])
  })

  it('sends a plain http:// request to the proxy named by HTTP_PROXY (absolute URI)', async () => {
    const origin = await startOrigin()
    const proxy = await proxyTo(origin.port)
    const dispatcher = dispatcherFor({ http_proxy: proxy.url, HTTPS_PROXY: 'http://127.0.0.1:1' })
    expect(await get('http://intranet.example.test/status', dispatcher)).toEqual({
      host: 'intranet.example.test',
      path: '/status',
    })
    expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
      'GET http://intranet.example.test/status',
    ])
  })

  it('downloads an export through the proxy', async () => {
    const body = gzipSync('{"email":"a@example.com"}\n{"email":"b@example.com"}\n')
    const origin = await startOrigin((_req, res) => res.end(body))
    const proxy = await proxyTo(origin.port)
    const dispatcher = dispatcherFor({ HTTPS_PROXY: proxy.url })
    const dir = process.env.AUTH0_ACTION_TEST_TMP ?? (await import('node:os')).tmpdir()
    const result = await downloadExport({
      url: 'https://files.auth0.test/exports/e.json.gz?Signature=s',
      path: `${dir}/proxied-export-${process.pid}.json`,
      format: 'json',
      dispatcher,
    })
    expect(result.records).toBe(2)
    expect(proxy.requests.map((r) => r.target)).toEqual(['files.auth0.test:443'])
  })

  it('sends GitHub API calls (Octokit) through the proxy to GITHUB_API_URL', async () => {
    const origin = await startOrigin()
    const proxy = await proxyTo(origin.port)
    const env = { HTTPS_PROXY: proxy.url, GITHUB_API_URL: 'https://ghes.example.test/api/v3' }
    const octokit = await githubClient('t0ken', env, dispatcherFor(env))
    const { data } = await octokit.request('GET /repos/{owner}/{repo}', {
      owner: 'acme',
      repo: 'release',
    })
    expect(data).toEqual({ host: 'ghes.example.test', path: '/api/v3/repos/acme/release' })
    expect(proxy.requests.map((r) => r.target)).toEqual(['ghes.example.test:443'])
  })
})

describe('a proxy that refuses', () => {
  it('407: names the proxy without its credentials and says where they go', async () => {
    const origin = await startOrigin()
    const proxy = await proxyTo(origin.port, { credentials: { user: 'svc', password: 'right' } })
    const wrong = proxy.urlWithCredentials.replace('right', 'wrong-secret')
    const dispatcher = dispatcherFor({ HTTPS_PROXY: wrong })
    const error = await get('https://tenant.auth0.test/x', dispatcher).catch((e: Error) => e)
    expect(String(error)).toContain(
      `The proxy ${proxy.url} (from HTTPS_PROXY) refused the connection to tenant.auth0.test (HTTP 407).`,
    )
    expect(String(error)).not.toContain('wrong-secret')
    expect(String(error)).not.toContain('svc')
    expect(origin.seen).toEqual([])
  })

  it('407 to a plain http:// request: the same message', async () => {
    const origin = await startOrigin()
    const proxy = await proxyTo(origin.port, { credentials: { user: 'svc', password: 'right' } })
    const dispatcher = dispatcherFor({ HTTP_PROXY: proxy.url })
    const error = await get('http://intranet.example.test/x', dispatcher).catch((e: Error) => e)
    expect(String(error)).toContain(
      `The proxy ${proxy.url} (from HTTP_PROXY) refused the connection to intranet.example.test (HTTP 407).`,
    )
  })

  it('403 on CONNECT: names the proxy and the target', async () => {
    const origin = await startOrigin()
    const proxy = await proxyTo(origin.port, { deny: ['tenant.auth0.test:443'] })
    const error = await get(
      'https://tenant.auth0.test/x',
      dispatcherFor({ https_proxy: proxy.url }),
    ).catch((e: Error) => e)
    expect(String(error)).toMatch(
      /The proxy http:\/\/127\.0\.0\.1:\d+ \(from https_proxy\) refused the connection to tenant\.auth0\.test \(HTTP 403\)\. Ask/,
    )
  })

  it('connection refused: the proxy could not be reached', async () => {
    const port = await closedPort()
    const dispatcher = dispatcherFor({ HTTPS_PROXY: `http://user:hunter2@127.0.0.1:${port}` })
    const error = await get('https://tenant.auth0.test/x', dispatcher).catch((e: Error) => e)
    expect(String(error)).toContain(
      `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) could not be reached (connection refused)`,
    )
    expect(String(error)).not.toContain('hunter2')
  })

  it('a value that is not a proxy URL fails each request with the variable named, not echoed', async () => {
    const dispatcher = dispatcherFor({ HTTPS_PROXY: 'ftp://user:secret@proxy' })
    const error = await get('https://tenant.auth0.test/x', dispatcher).catch((e: Error) => e)
    expect(String(error)).toContain('HTTPS_PROXY is not a proxy URL')
    expect(String(error)).not.toContain('secret')
  })
})

describe('nothing listens at the address', () => {
  it('names the address, with the emulator hint for a loopback one', async () => {
    const port = await closedPort()
    const error = await get(`http://127.0.0.1:${port}/oauth/token`, dispatcherFor({})).catch(
      (e: Error) => e,
    )
    expect(String(error)).toContain(
      `Nothing listens at http://127.0.0.1:${port} (connection refused).`,
    )
    expect(String(error)).toContain('npm run emulator')
  })
})
