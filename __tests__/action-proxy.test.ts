/**
 * The built action behind a proxy, as a self-hosted runner runs it: HTTPS_PROXY/NO_PROXY in the
 * environment, a real forward proxy on 127.0.0.1, and the tenant at a name only the proxy can
 * resolve (`tenant.auth0.test`, TLS with the test certificate, trusted via NODE_EXTRA_CA_CERTS).
 * Also: GitHub Enterprise Server links, and a domain where nothing listens. Run `npm run build`
 * first.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import {
  closedPort,
  type ForwardProxy,
  type ForwardProxyOptions,
  startForwardProxy,
  startTlsFront,
  TEST_CA_FILE,
} from './forward-proxy.js'
import { runAction } from './run-action.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const USER = 'auth0|5457edea1b8f22891a000004'

async function tenantBehindProxy(
  options: Partial<ForwardProxyOptions> = {},
): Promise<{ emulator: Emulator; proxy: ForwardProxy; inputs: Record<string, string> }> {
  const emulator = await startEmulator({ jobTiming: { pendingMs: 20, processingMs: 60 } })
  cleanups.push(() => emulator.close())
  const front = await startTlsFront(Number(new URL(emulator.url).port))
  cleanups.push(front.close)
  const proxy = await startForwardProxy({
    hosts: { 'tenant.auth0.test:443': front.port },
    ...options,
  })
  cleanups.push(proxy.close)
  const inputs = {
    operation: 'send-verification-email',
    domain: 'tenant.auth0.test',
    // The emulator checks the audience against its own URL.
    audience: `${emulator.url}/api/v2/`,
    client_id: emulator.clientId,
    client_secret: emulator.clientSecret,
    user_id: USER,
  }
  return { emulator, proxy, inputs }
}

const TRUST = { NODE_EXTRA_CA_CERTS: TEST_CA_FILE }

describe('behind a proxy', () => {
  it('sends every Auth0 request through HTTPS_PROXY, credentials masked before any other line', async () => {
    const credentials = { user: 'runner', password: 'proxy-Secret-42' }
    const { emulator, proxy, inputs } = await tenantBehindProxy({ credentials })
    const run = await runAction(inputs, {
      env: { ...TRUST, HTTPS_PROXY: proxy.urlWithCredentials },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('completed')
    expect(proxy.requests.length).toBeGreaterThanOrEqual(1)
    expect(
      proxy.requests.every((r) => r.target === 'tenant.auth0.test:443' && r.status === 200),
    ).toBe(true)
    expect(emulator.verificationEmails).toHaveLength(1)
    const lines = run.stdout.split('\n')
    const firstOther = lines.findIndex((line) => line !== '' && !line.startsWith('::add-mask::'))
    const maskAt = lines.indexOf(`::add-mask::${credentials.password}`)
    expect(maskAt).toBeGreaterThanOrEqual(0)
    expect(maskAt).toBeLessThan(firstOther)
    const unmasked = lines.filter((line) => !line.startsWith('::add-mask::')).join('\n')
    expect(unmasked).not.toContain(credentials.password)
  })

  it('connects directly for a host in NO_PROXY (the proxy sees nothing)', async () => {
    const { proxy, inputs } = await tenantBehindProxy()
    const run = await runAction(
      { ...inputs, timeout: '5' },
      { env: { ...TRUST, https_proxy: proxy.url, no_proxy: '.auth0.test' } },
    )
    // Only the proxy can resolve the name, so directly the step cannot reach it.
    expect(run.exitCode).toBe(1)
    expect(proxy.requests).toEqual([])
  })

  it('a proxy that wants credentials (407): one ::error:: naming the proxy, not the password', async () => {
    const { emulator, proxy, inputs } = await tenantBehindProxy({
      credentials: { user: 'runner', password: 'right' },
    })
    const wrong = proxy.urlWithCredentials.replace('right', 'Wrong-Pass-7')
    const run = await runAction(inputs, { env: { ...TRUST, HTTPS_PROXY: wrong } })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `The proxy ${proxy.url} (from HTTPS_PROXY) refused the connection to tenant.auth0.test (HTTP 407).`,
    )
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('Wrong-Pass-7')
    expect(emulator.requests).toEqual([])
  })
})

describe('GitHub Enterprise Server', () => {
  it('links the run at GITHUB_SERVER_URL, never github.com', async () => {
    const emulator = await startEmulator({ jobTiming: { pendingMs: 20, processingMs: 60 } })
    cleanups.push(() => emulator.close())
    const run = await runAction(
      {
        operation: 'send-verification-email',
        domain: emulator.url,
        client_id: emulator.clientId,
        client_secret: emulator.clientSecret,
        user_id: USER,
      },
      {
        env: {
          GITHUB_SERVER_URL: 'https://ghes.example.test',
          GITHUB_API_URL: 'https://ghes.example.test/api/v3',
        },
      },
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.summary).toContain('https://ghes.example.test/acme/release/actions/runs/4242')
    expect(run.summary).not.toContain('github.com')
  })
})

describe('nothing listens at domain', () => {
  it('fails at once with one message naming the domain and how to start the emulator', async () => {
    const port = await closedPort()
    const run = await runAction({
      operation: 'send-verification-email',
      domain: `http://127.0.0.1:${port}`,
      client_id: 'id',
      client_secret: 'secret',
      user_id: USER,
      // Were the refusal retried, the step would wait this long (longer than the test's limit).
      timeout: '600',
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `Nothing listens at http://127.0.0.1:${port} (connection refused).`,
    )
    expect(run.errors[0]).toContain('npm run emulator')
  })
})
