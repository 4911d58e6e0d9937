/**
 * undici's HTTP parser is kept at V8's baseline tier from the step's first request on, and not
 * before it: a V8 flag changed at start-up made Node compile every module loaded after it from
 * source (src/http/parser-tier.ts).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const events: string[] = []
vi.mock('node:v8', async (original) => ({
  ...(await original<typeof import('node:v8')>()),
  setFlagsFromString: (flags: string) => events.push(`flags ${flags}`),
}))

const { createDispatcher } = await import('../src/http/dispatcher.js')
const { request } = await import('../src/http/undici.js')

let server: Server
let url: string
let dispatcher: ReturnType<typeof createDispatcher>

beforeEach(async () => {
  events.length = 0
  server = createServer((incoming, answer) => {
    events.push(`request ${incoming.url}`)
    answer.end('ok')
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // The step's dispatcher, with no proxy in its environment.
  dispatcher = createDispatcher({}, { onSecret() {} })
})
afterEach(async () => {
  await dispatcher.close()
  await new Promise((closed) => server.close(closed))
})

describe('the HTTP parser tier', () => {
  it('is capped once by the step dispatcher, before the first request reaches the server, and not on load', async () => {
    expect(events).toEqual([])
    for (const path of ['/first', '/second']) {
      const response = await request(`${url}${path}`, { dispatcher })
      expect(await response.body.text()).toBe('ok')
    }
    expect(events).toEqual([
      'flags --wasm-tiering-budget=1000000000',
      'request /first',
      'request /second',
    ])
  })
})
