/**
 * The one HTTP dispatcher of the step: Auth0, the export download and GitHub all go through it.
 * It is explicit, not undici's global one, because undici's default dispatcher may be Node's
 * internal copy; an explicit one keeps tests and the bundle on the same HTTP stack. It sends each request directly or through the runner's proxy (see
 * proxy-env.ts), and turns the connection failures a user can fix into one clear message: a
 * proxy that refuses, and a host where nothing listens.
 */
import type { ConnectionOptions } from 'node:tls'
import type { Dispatcher } from 'undici'
import { capHttpParserTier } from './parser-tier.js'
import {
  describeProxy,
  type Env,
  ProxyConfigError,
  type ProxyRoute,
  proxyFor,
  proxySecrets,
} from './proxy-env.js'
import { Agent, DispatcherBase, ProxyAgent } from './undici.js'

const CONNECT_TIMEOUT_MS = 15_000

/**
 * A connection failure retrying cannot fix: the message says what to change. It carries no
 * `code` and no `cause`, so the transport's retry rules (which look for connection codes) do not
 * retry it for the rest of the timeout.
 */
export class UnreachableError extends Error {
  override name = 'UnreachableError'
}

export interface DispatcherOptions {
  /** Registers a string to mask in every later log line (core.setSecret). */
  onSecret: (secret: string) => void
  /** Extra TLS options for the servers behind the dispatcher (tests trust their own CA here). */
  tls?: ConnectionOptions
}

/** Builds the step's dispatcher from the environment; proxy credentials are masked first. */
export function createDispatcher(env: Env, options: DispatcherOptions): StepDispatcher {
  for (const secret of proxySecrets(env)) options.onSecret(secret)
  return new StepDispatcher(env, options.tls)
}

/** Direct or through a proxy, chosen per request from the target's origin. */
export class StepDispatcher extends DispatcherBase {
  readonly #env: Env
  readonly #tls: ConnectionOptions | undefined
  readonly #direct: InstanceType<typeof Agent>
  readonly #proxies = new Map<string, InstanceType<typeof ProxyAgent>>()
  #destroyed = false

  constructor(env: Env, tls?: ConnectionOptions) {
    super()
    this.#env = env
    this.#tls = tls
    this.#direct = new Agent({ connect: { timeout: CONNECT_TIMEOUT_MS, ...tls } })
  }

  get destroyed(): boolean {
    return this.#destroyed
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler) {
    // Every request of the step comes here first (Auth0, export downloads, GitHub).
    capHttpParserTier()
    const origin = String(options.origin ?? '')
    let route: ProxyRoute | undefined
    try {
      route = proxyFor(new URL(origin), this.#env)
    } catch (error) {
      if (!(error instanceof ProxyConfigError)) throw error
      handler.onResponseError?.(abortOnly(), new UnreachableError(error.message))
      return true
    }
    const target = route ? this.#proxyAgent(route) : this.#direct
    return target.dispatch(options, new ExplainingHandler(handler, origin, route))
  }

  #proxyAgent(route: ProxyRoute): InstanceType<typeof ProxyAgent> {
    let agent = this.#proxies.get(route.url.href)
    if (!agent) {
      agent = new ProxyAgent({
        uri: route.url.href,
        connectTimeout: CONNECT_TIMEOUT_MS,
        ...(this.#tls ? { requestTls: this.#tls } : {}),
      })
      this.#proxies.set(route.url.href, agent)
    }
    return agent
  }

  override async close(): Promise<void> {
    await Promise.all([this.#direct, ...this.#proxies.values()].map((agent) => agent.close()))
  }

  override async destroy(): Promise<void> {
    this.#destroyed = true
    await Promise.all([this.#direct, ...this.#proxies.values()].map((agent) => agent.destroy()))
  }
}

/** A controller for a request that fails before it reaches any connection. */
function abortOnly(): Dispatcher.DispatchController {
  return {
    aborted: false,
    paused: false,
    reason: null,
    abort() {},
    pause() {},
    resume() {},
  }
}

/** Passes everything through to the request's own handler, explaining the errors it can. */
class ExplainingHandler implements Dispatcher.DispatchHandler {
  readonly #handler: Dispatcher.DispatchHandler
  readonly #origin: string
  readonly #route: ProxyRoute | undefined

  constructor(handler: Dispatcher.DispatchHandler, origin: string, route: ProxyRoute | undefined) {
    this.#handler = handler
    this.#origin = origin
    this.#route = route
  }

  onRequestStart(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestStart']>>) {
    return this.#handler.onRequestStart?.(...args)
  }

  onRequestUpgrade(
    ...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestUpgrade']>>
  ) {
    return this.#handler.onRequestUpgrade?.(...args)
  }

  onResponseStart(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onResponseStart']>>) {
    return this.#handler.onResponseStart?.(...args)
  }

  onResponseData(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onResponseData']>>) {
    return this.#handler.onResponseData?.(...args)
  }

  onResponseEnd(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onResponseEnd']>>) {
    return this.#handler.onResponseEnd?.(...args)
  }

  onResponseError(controller: Dispatcher.DispatchController, error: Error) {
    return this.#handler.onResponseError?.(
      controller,
      explainConnectionError(error, this.#origin, this.#route) ?? error,
    )
  }
}

/**
 * The message for a failure the user must fix, or undefined for one worth retrying. Through a
 * proxy, a refused connection or a CONNECT answered with anything but 200 is the proxy's doing
 * (it answers 502 itself when the target cannot be reached, which stays retryable).
 */
export function explainConnectionError(
  error: Error,
  origin: string,
  route: ProxyRoute | undefined,
): UnreachableError | undefined {
  const code = (error as { code?: unknown }).code
  const target = new URL(origin).host
  if (route) {
    const proxy = describeProxy(route)
    const status = /Proxy response \((\d+)\)|\((407)\)/.exec(error.message)
    const refusedStatus = status ? Number(status[1] ?? status[2]) : undefined
    if (refusedStatus !== undefined && refusedStatus !== 502 && refusedStatus !== 504) {
      const hint =
        refusedStatus === 407
          ? ` It wants credentials: put them in ${route.variable} as http://user:password@host:port.`
          : ` Ask the proxy's administrators to allow ${target}, or add it to NO_PROXY to connect directly.`
      return new UnreachableError(
        `The proxy ${proxy} refused the connection to ${target} (HTTP ${refusedStatus}).${hint}`,
      )
    }
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND') {
      return new UnreachableError(
        `The proxy ${proxy} could not be reached (${code === 'ENOTFOUND' ? 'no such host' : 'connection refused'}) on the way to ${target}. Check ${route.variable}.`,
      )
    }
    return undefined
  }
  if (code !== 'ECONNREFUSED') return undefined
  return new UnreachableError(`Nothing listens at ${origin} (connection refused).${hint(origin)}`)
}

/** For a loopback address, the likely cause: the emulator of `npm run local-action` is not up. */
function hint(origin: string): string {
  const host = new URL(origin).hostname
  const local = host === 'localhost' || host === '[::1]' || host.startsWith('127.')
  return local
    ? ' If this is the Auth0 emulator (npm run local-action), start it first in another terminal: npm run emulator.'
    : ' Check that the address is right and that the runner can reach it.'
}
