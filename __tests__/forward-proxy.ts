/**
 * Test support: a real forward proxy on 127.0.0.1, the kind a company puts in front of its
 * self-hosted runners. It tunnels `CONNECT host:port` and forwards absolute-URI requests
 * (`GET http://host/path`), optionally asks for Basic credentials (407) or refuses targets (403),
 * and records every request it sees. Host names are resolved by the proxy itself, from `hosts`,
 * so a name like `tenant.auth0.test` can only be reached through it.
 *
 * `startTlsFront` stands in for a TLS server at such a name: it terminates TLS with the test
 * certificate (`fixtures/tls`, for `*.auth0.test` and `*.example.test`, signed by `ca.pem`) and
 * passes the plain bytes on to a local HTTP server such as the emulator.
 */
import { readFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import { type AddressInfo, connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { createServer as createTlsServer } from 'node:tls'

const TLS = join(import.meta.dirname, 'fixtures', 'tls')
/** The CA that signed the test certificate: trust it with NODE_EXTRA_CA_CERTS or `ca`. */
export const TEST_CA_FILE = join(TLS, 'ca.pem')
export const TEST_CA = readFileSync(TEST_CA_FILE, 'utf8')

export interface ProxiedRequest {
  /** `CONNECT` or the method of a forwarded request. */
  method: string
  /** `host:port` for CONNECT, the absolute URL otherwise. */
  target: string
  /** The Proxy-Authorization header as received. */
  proxyAuthorization: string | undefined
  /** What the proxy answered (200 for an opened tunnel). */
  status: number
}

export interface ForwardProxy {
  /** `http://127.0.0.1:<port>`, without credentials. */
  url: string
  /** The same with the user and password, when the proxy wants them. */
  urlWithCredentials: string
  requests: ProxiedRequest[]
  close(): Promise<void>
}

export interface ForwardProxyOptions {
  /** `host:port` → the local port it stands for. Anything else is answered 502. */
  hosts: Record<string, number>
  /** Basic credentials the proxy asks for; without them every request gets 407. */
  credentials?: { user: string; password: string }
  /** `host:port` targets the proxy refuses with 403. */
  deny?: string[]
}

export async function startForwardProxy(options: ForwardProxyOptions): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = []
  const expected = options.credentials
    ? `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}`
    : undefined
  const verdict = (target: string, authorization: string | undefined): number => {
    if (expected !== undefined && authorization !== expected) return 407
    if (options.deny?.includes(target)) return 403
    return options.hosts[target] === undefined ? 502 : 200
  }
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '')
    const hostPort = `${target.hostname}:${target.port || '80'}`
    const authorization = req.headers['proxy-authorization']
    const status = verdict(hostPort, authorization)
    requests.push({
      method: req.method ?? '',
      target: target.href,
      proxyAuthorization: authorization,
      status,
    })
    if (status !== 200) {
      res.writeHead(status, status === 407 ? { 'proxy-authenticate': 'Basic realm="test"' } : {})
      res.end()
      return
    }
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    delete headers['proxy-connection']
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: options.hosts[hostPort],
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    const authorization = req.headers['proxy-authorization']
    const status = verdict(target, authorization)
    requests.push({ method: 'CONNECT', target, proxyAuthorization: authorization, status })
    client.on('error', () => {})
    if (status !== 200) {
      const extra = status === 407 ? 'Proxy-Authenticate: Basic realm="test"\r\n' : ''
      client.end(`HTTP/1.1 ${status} Refused\r\n${extra}Content-Length: 0\r\n\r\n`)
      return
    }
    const upstream = connect(options.hosts[target] ?? 0, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('close', () => upstream.destroy())
  })
  const port = await listen(server)
  const url = `http://127.0.0.1:${port}`
  const { user = '', password = '' } = options.credentials ?? {}
  return {
    url,
    urlWithCredentials: options.credentials
      ? `http://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}`
      : url,
    requests,
    close: () => closeServer(server),
  }
}

/** A TLS server for the test names that hands each connection on to 127.0.0.1:`port`. */
export async function startTlsFront(
  port: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const server = createTlsServer(
    { key: readFileSync(join(TLS, 'server.key')), cert: readFileSync(join(TLS, 'server.pem')) },
    (socket) => {
      socket.on('error', () => {})
      const upstream = connect(port, '127.0.0.1', () => {
        socket.pipe(upstream)
        upstream.pipe(socket)
      })
      upstream.on('error', () => socket.destroy())
      socket.on('close', () => upstream.destroy())
    },
  )
  return { port: await listen(server), close: () => closeServer(server) }
}

/** A port on 127.0.0.1 where nothing listens (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  const port = await listen(server)
  await closeServer(server)
  return port
}

type AnyServer = Server | ReturnType<typeof createTlsServer>
const openSockets = new WeakMap<AnyServer, Set<Socket>>()

async function listen(server: AnyServer): Promise<number> {
  const sockets = new Set<Socket>()
  openSockets.set(server, sockets)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return (server.address() as AddressInfo).port
}

/** Closes the server and every connection still open through it (tunnels included). */
async function closeServer(server: AnyServer): Promise<void> {
  for (const socket of openSockets.get(server) ?? []) socket.destroy()
  await new Promise<void>((done) => server.close(() => done()))
}
