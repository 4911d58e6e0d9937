/**
 * The parts of undici the step sends its requests with, loaded from undici's own modules instead
 * of its entry. Why: undici's entry loads all of undici (fetch, WebSocket, caches, cookies, mock
 * agents: 1.6 MB bundled), which every step compiled and ran before its first request; these
 * modules are the ones the explicit dispatcher (dispatcher.ts) and `request` need. The types are
 * undici's own (types only, from its entry). The pull-request comment still uses the entry's
 * `fetch` (src/github/client.ts), loaded only when it runs.
 */
import type * as Undici from 'undici'
import api from 'undici/lib/api/index.js'
import AgentModule from 'undici/lib/dispatcher/agent.js'
import DispatcherModule from 'undici/lib/dispatcher/dispatcher.js'
import ProxyAgentModule from 'undici/lib/dispatcher/proxy-agent.js'

export const Agent = AgentModule as typeof Undici.Agent
export const ProxyAgent = ProxyAgentModule as typeof Undici.ProxyAgent
/** The base class of every dispatcher. */
export const DispatcherBase = DispatcherModule as typeof Undici.Dispatcher
// As undici's entry does: its dispatchers call these methods on each other (ProxyAgent connects
// through its client with `connect`).
Object.assign(DispatcherBase.prototype, api)

type RequestOptions = Omit<Undici.Dispatcher.RequestOptions, 'origin' | 'path' | 'method'> & {
  method?: Undici.Dispatcher.HttpMethod
  dispatcher: Undici.Dispatcher
}

const dispatchRequest = (api as { request: unknown }).request as (
  this: Undici.Dispatcher,
  options: Undici.Dispatcher.RequestOptions,
) => Promise<Undici.Dispatcher.ResponseData>

/** undici's `request(url, options)` on `options.dispatcher` (what its entry's one does). */
export function request(
  url: string | URL,
  { dispatcher, method = 'GET', ...options }: RequestOptions,
): Promise<Undici.Dispatcher.ResponseData> {
  const target = new URL(url)
  const path = target.search ? `${target.pathname}${target.search}` : target.pathname
  return dispatchRequest.call(dispatcher, { ...options, origin: target.origin, path, method })
}
