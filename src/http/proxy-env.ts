/**
 * Which proxy a request goes through, read from the variables a self-hosted runner sets
 * (`https_proxy`, `http_proxy`, `no_proxy`, in either case). Pure: the environment and a target
 * URL go in, a route comes out. The rules follow the Actions toolkit's own reading
 * (@actions/http-client): the lower-case variable wins, `https://` targets use only the HTTPS
 * variable and `http://` targets only the HTTP one, and loopback hosts never go through a proxy
 * (a proxy cannot reach the runner's own 127.0.0.1).
 */

export type Env = Record<string, string | undefined>

export interface ProxyRoute {
  /** The proxy's URL, credentials included (the dispatcher needs them). */
  url: URL
  /** The variable it came from, as the user set it (`HTTPS_PROXY` or `https_proxy`). */
  variable: string
}

/** A proxy variable holds something that is not an http(s) URL: every request through it fails. */
export class ProxyConfigError extends Error {
  override name = 'ProxyConfigError'
}

const LOOPBACK_NAMES = new Set(['localhost', '::1', '0:0:0:0:0:0:0:1'])

/** The variable and value for `protocol`, lower case first as the toolkit and curl read them. */
function proxyVariable(
  env: Env,
  protocol: string,
): { variable: string; value: string } | undefined {
  const base = protocol === 'https:' ? 'https_proxy' : 'http_proxy'
  for (const variable of [base, base.toUpperCase()]) {
    const value = env[variable]?.trim()
    if (value) return { variable, value }
  }
  return undefined
}

/** Parses a proxy value; a bare `host:port` means `http://host:port`, as for the toolkit. */
export function parseProxyUrl(variable: string, value: string): URL {
  let url: URL | undefined
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    // The value is not echoed: it may hold a password that could not be parsed out to mask.
    throw new ProxyConfigError(
      `${variable} is not a proxy URL: expected http://host:port or http://user:password@host:port (https:// also works).`,
    )
  }
  return url
}

/** The proxy for `target`, or undefined to connect directly. Throws ProxyConfigError. */
export function proxyFor(target: URL, env: Env): ProxyRoute | undefined {
  const host = normalHost(target.hostname)
  if (isLoopback(host)) return undefined
  const chosen = proxyVariable(env, target.protocol)
  if (!chosen) return undefined
  if (bypassed(host, portOf(target), noProxyValue(env))) return undefined
  return { url: parseProxyUrl(chosen.variable, chosen.value), variable: chosen.variable }
}

function noProxyValue(env: Env): string {
  return env.no_proxy?.trim() || env.NO_PROXY?.trim() || ''
}

function portOf(url: URL): number {
  if (url.port) return Number(url.port)
  return url.protocol === 'https:' ? 443 : 80
}

/** Lower case, without IPv6 brackets or the trailing dot of a fully qualified name. */
function normalHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1')
  return host.length > 1 && host.endsWith('.') ? host.slice(0, -1) : host
}

function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host)
}

/**
 * NO_PROXY entries, separated by commas or spaces: `*` (everything), `host` or `.host` (that
 * host and its subdomains), `*.host` (subdomains only), each optionally with `:port`.
 */
export function bypassed(host: string, port: number, noProxy: string): boolean {
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = parseEntry(raw)
    if (!entry || (entry.port !== undefined && entry.port !== port)) continue
    if (entry.host === '*') return true
    if (host.endsWith(`.${entry.host}`)) return true
    if (!entry.subdomainsOnly && host === entry.host) return true
  }
  return false
}

function parseEntry(
  raw: string,
): { host: string; port: number | undefined; subdomainsOnly: boolean } | undefined {
  if (raw === '') return undefined
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(raw)
  const hostPort = bracketed ? undefined : /^([^:]+):(\d+)$/.exec(raw)
  const hostPart = bracketed?.[1] ?? hostPort?.[1] ?? raw
  const portPart = bracketed?.[2] ?? hostPort?.[2]
  const subdomainsOnly = hostPart.startsWith('*.')
  const host = normalHost(hostPart.replace(/^\*?\./, ''))
  return { host, port: portPart === undefined ? undefined : Number(portPart), subdomainsOnly }
}

/** The proxy as a log line may show it: scheme, host and port, never the credentials. */
export function describeProxy(route: ProxyRoute): string {
  return `${route.url.protocol}//${route.url.host} (from ${route.variable})`
}

/**
 * The strings to mask before anything is printed: each proxy variable's password (as written and
 * percent-decoded), `user:password`, and the Basic credentials the proxy is sent.
 */
export function proxySecrets(env: Env): string[] {
  const secrets = new Set<string>()
  for (const protocol of ['http:', 'https:']) {
    const chosen = proxyVariable(env, protocol)
    if (!chosen) continue
    let url: URL
    try {
      url = parseProxyUrl(chosen.variable, chosen.value)
    } catch {
      continue
    }
    if (!url.password) continue
    const user = safeDecode(url.username)
    const password = safeDecode(url.password)
    for (const secret of [url.password, password, `${user}:${password}`]) secrets.add(secret)
    secrets.add(Buffer.from(`${user}:${password}`).toString('base64'))
  }
  return [...secrets]
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
