import { mkdir, mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { gunzipSync, gzipSync } from 'node:zlib'
import { Agent } from 'undici'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DownloadRefusedError, downloadExport, ExportWriteError } from '../src/export/download.js'

type Route = (res: ServerResponse) => void
const routes = new Map<string, Route>()
const seen: { path: string; headers: IncomingHttpHeaders }[] = []
let server: Server
let origin: string
const dispatcher = new Agent()
let dir: string

const SIGNATURE = 'Signature=s3cr3tSIGNATURE'
/** A link shaped like Auth0's: the query string is the secret part. */
const link = (route: string): string =>
  `${origin}${route}?Expires=1700000000&Key-Pair-Id=APKAEXAMPLE&${SIGNATURE}`

function serve(route: string, handler: Route): string {
  routes.set(route, handler)
  return link(route)
}
function gzipBody(body: Buffer): Route {
  return (res) => {
    res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': body.length })
    res.end(body)
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? ''
    seen.push({ path, headers: req.headers })
    const route = routes.get(path)
    if (route) route(res)
    else res.writeHead(404).end('no such route')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await dispatcher.close()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-download-'))
  seen.length = 0
  routes.clear()
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const ndjson = Buffer.from(
  [
    ...Array.from({ length: 250 }, (_, i) =>
      JSON.stringify({ user_id: `auth0|${i}`, email: `user${i}@example.com`, name: `User\n${i}` }),
    ),
    '',
    '   ',
    JSON.stringify({ user_id: 'auth0|last', email: 'last@example.com' }),
  ].join('\n'),
)
// Auth0 quotes strings and prefixes them with `'`; a quoted field may hold newlines, commas and
// doubled quotes, and ISO dates are left bare.
const csv = Buffer.from(
  [
    'user_id,email,name,created_at',
    `"'auth0|1","'a@example.com","'Ann ""the admin""\r\nSmith",2024-01-02T03:04:05.000Z`,
    `"'auth0|2","'b@example.com","'line one\nline two\n\nline four",2024-01-02T03:04:05.000Z`,
    `"'auth0|3","'c@example.com","'=1+2, ""quoted""",2024-01-02T03:04:05.000Z`,
    '',
  ].join('\r\n'),
)

describe('downloadExport', () => {
  it('gunzips an NDJSON export into the file and counts its non-blank lines', async () => {
    const url = serve('/job_1/tenant.json.gz', gzipBody(gzipSync(ndjson)))
    const path = join(dir, 'users.ndjson')
    const result = await downloadExport({ url, path, format: 'json', dispatcher })
    expect(result).toEqual({ bytesWritten: ndjson.length, records: 251 })
    expect(await readFile(path)).toEqual(ndjson)
    expect(await readdir(dir)).toEqual(['users.ndjson'])
  })

  it('counts CSV rows after the header, with quoted newlines and doubled quotes', async () => {
    const url = serve('/job_2/tenant.csv.gz', gzipBody(gzipSync(csv)))
    const path = join(dir, 'users.csv')
    const result = await downloadExport({ url, path, format: 'csv', dispatcher })
    expect(result).toEqual({ bytesWritten: csv.length, records: 3 })
    expect(await readFile(path)).toEqual(csv)
  })

  it('keeps the gzip bytes as delivered for a .gz path, and still counts the records', async () => {
    const gz = gzipSync(ndjson, { level: 1 })
    const url = serve('/job_3/tenant.json.gz', gzipBody(gz))
    const path = join(dir, 'users.ndjson.gz')
    const result = await downloadExport({ url, path, format: 'json', dispatcher })
    expect(result).toEqual({ bytesWritten: gz.length, records: 251 })
    expect(await readFile(path)).toEqual(gz)
    expect(await readdir(dir)).toEqual(['users.ndjson.gz'])
  })

  it('streams an export larger than the stream buffers, in many chunks', async () => {
    const big = Buffer.from(
      Array.from({ length: 20_000 }, (_, i) => `{"user_id":"auth0|${i}","n":${i}}\n`).join(''),
    )
    const gz = gzipSync(big)
    const url = serve('/job_big/x.json.gz', (res) => {
      res.writeHead(200)
      // Odd-sized writes, so chunk edges fall in the middle of gzip blocks and lines.
      for (let i = 0; i < gz.length; i += 997) res.write(gz.subarray(i, i + 997))
      res.end()
    })
    const path = join(dir, 'big.ndjson')
    const plain = await downloadExport({ url, path, format: 'json', dispatcher })
    expect(plain).toEqual({ bytesWritten: big.length, records: 20_000 })
    const kept = await downloadExport({ url, path: `${path}.gz`, format: 'json', dispatcher })
    expect(kept).toEqual({ bytesWritten: gz.length, records: 20_000 })
    expect(gunzipSync(await readFile(`${path}.gz`))).toEqual(big)
  })

  it('sends no Authorization header (the link is pre-signed)', async () => {
    const url = serve('/job_4/tenant.json.gz', gzipBody(gzipSync(ndjson)))
    await downloadExport({ url, path: join(dir, 'u.ndjson'), format: 'json', dispatcher })
    expect(seen).toHaveLength(1)
    expect(seen[0]?.headers).not.toHaveProperty('authorization')
    expect(seen[0]?.headers).not.toHaveProperty('cookie')
  })

  it('creates missing parent folders', async () => {
    const url = serve('/job_5/tenant.json.gz', gzipBody(gzipSync(ndjson)))
    const path = join(dir, 'a', 'b', 'c', 'users.ndjson')
    await downloadExport({ url, path, format: 'json', dispatcher })
    expect(await readFile(path)).toEqual(ndjson)
    expect(await readdir(join(dir, 'a', 'b', 'c'))).toEqual(['users.ndjson'])
  })

  it('replaces an existing file on success', async () => {
    const path = join(dir, 'users.ndjson')
    await writeFile(path, 'old contents')
    const url = serve('/job_6/tenant.json.gz', gzipBody(gzipSync(ndjson)))
    await downloadExport({ url, path, format: 'json', dispatcher })
    expect(await readFile(path)).toEqual(ndjson)
    expect(await readdir(dir)).toEqual(['users.ndjson'])
  })

  it.each([400, 401, 403, 404, 410])(
    'reports HTTP %i as a refused link, without the link in the message and with no file left',
    async (status) => {
      const url = serve('/job_7/tenant.json.gz', (res) => {
        res.writeHead(status, { 'content-type': 'application/xml' })
        res.end('<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>')
      })
      const error = await downloadExport({
        url,
        path: join(dir, 'users.ndjson'),
        format: 'json',
        dispatcher,
      }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DownloadRefusedError)
      expect(error).toMatchObject({ status })
      const message = (error as Error).message
      expect(message).toContain(`the download link was refused (HTTP ${status})`)
      expect(message).not.toContain(origin)
      expect(message).not.toContain(SIGNATURE)
      expect(await readdir(dir)).toEqual([])
    },
  )

  it.each([500, 503, 429])('reports HTTP %i as a plain (retryable) error', async (status) => {
    const url = serve('/job_8/tenant.json.gz', (res) => res.writeHead(status).end('oops'))
    const error = await downloadExport({
      url,
      path: join(dir, 'users.ndjson'),
      format: 'json',
      dispatcher,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(DownloadRefusedError)
    expect((error as Error).message).toBe(`the export download failed (HTTP ${status})`)
    expect(await readdir(dir)).toEqual([])
  })

  it('does not follow a redirect', async () => {
    serve('/elsewhere', gzipBody(gzipSync(ndjson)))
    const url = serve('/job_9/tenant.json.gz', (res) =>
      res.writeHead(302, { location: `${origin}/elsewhere` }).end(),
    )
    await expect(
      downloadExport({ url, path: join(dir, 'users.ndjson'), format: 'json', dispatcher }),
    ).rejects.toThrow('the download link answered with a redirect (HTTP 302), not followed')
    expect(seen.map((s) => s.path)).toEqual(['/job_9/tenant.json.gz'])
    expect(await readdir(dir)).toEqual([])
  })

  it.each(['users.ndjson', 'users.ndjson.gz'])(
    'fails on a truncated gzip stream and leaves no file (%s)',
    async (name) => {
      const gz = gzipSync(ndjson)
      const url = serve('/job_10/tenant.json.gz', gzipBody(gz.subarray(0, gz.length - 20)))
      const error = await downloadExport({
        url,
        path: join(dir, name),
        format: 'json',
        dispatcher,
      }).catch((e: unknown) => e)
      expect((error as Error).message).toBe(
        'the downloaded export is incomplete: its gzip data ends early',
      )
      expect(await readdir(dir)).toEqual([])
    },
  )

  it.each(['users.ndjson', 'users.ndjson.gz'])(
    'fails clearly on a body that is not gzip and leaves no file (%s)',
    async (name) => {
      const url = serve('/job_11/tenant.json.gz', gzipBody(ndjson))
      await expect(
        downloadExport({ url, path: join(dir, name), format: 'json', dispatcher }),
      ).rejects.toThrow('the downloaded export is not gzip data')
      expect(await readdir(dir)).toEqual([])
    },
  )

  it('fails when the connection drops mid-body, without the link in the message', async () => {
    const gz = gzipSync(Buffer.concat(Array.from({ length: 50 }, () => ndjson)))
    const url = serve('/job_12/tenant.json.gz', (res) => {
      res.writeHead(200, { 'content-length': gz.length })
      res.write(gz.subarray(0, gz.length >> 1), () => res.socket?.destroy())
    })
    const error = await downloadExport({
      url,
      path: join(dir, 'users.ndjson'),
      format: 'json',
      dispatcher,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(DownloadRefusedError)
    expect((error as Error).message).toMatch(/^the export download failed: /)
    expect((error as Error).message).not.toContain(SIGNATURE)
    expect(await readdir(dir)).toEqual([])
  })

  it('fails without the link in the message when nothing listens', async () => {
    const url = `http://127.0.0.1:1/job/x.json.gz?${SIGNATURE}`
    const error = await downloadExport({
      url,
      path: join(dir, 'users.ndjson'),
      format: 'json',
      dispatcher,
    }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/^the export download failed: /)
    expect((error as Error).message).not.toContain(SIGNATURE)
    expect(await readdir(dir)).toEqual([])
  })

  it.each([
    ['a refused link', (res: ServerResponse) => res.writeHead(403).end()],
    ['a truncated gzip stream', gzipBody(gzipSync(ndjson).subarray(0, 40))],
  ])('leaves an existing file untouched on %s', async (_, route) => {
    const path = join(dir, 'users.ndjson')
    await writeFile(path, 'previous export\n')
    const before = await stat(path)
    const url = serve('/job_13/tenant.json.gz', route)
    await expect(downloadExport({ url, path, format: 'json', dispatcher })).rejects.toThrow()
    expect(await readFile(path, 'utf8')).toBe('previous export\n')
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs)
    expect(await readdir(dir)).toEqual(['users.ndjson'])
  })

  it('says where it cannot write, before using the link', async () => {
    await writeFile(join(dir, 'blocker'), 'a file, not a folder')
    const url = serve('/job_15/tenant.json.gz', gzipBody(gzipSync(ndjson)))
    const path = join(dir, 'blocker', 'users.ndjson')
    await expect(downloadExport({ url, path, format: 'json', dispatcher })).rejects.toThrow(
      `cannot write the export to ${path}: `,
    )
    expect(seen).toEqual([])
  })

  it('removes the temp file when the final rename fails', async () => {
    const url = serve('/job_16/tenant.csv.gz', gzipBody(gzipSync(csv)))
    const path = join(dir, 'taken')
    await mkdir(join(path, 'inside'), { recursive: true })
    const error = await downloadExport({ url, path, format: 'csv', dispatcher }).catch(
      (e: unknown) => e,
    )
    expect((error as Error).message).toMatch(/^the export download failed: E/)
    expect(await readdir(dir)).toEqual(['taken'])
  })

  it('counts CSV records while keeping the gzip bytes', async () => {
    const gz = gzipSync(csv)
    const url = serve('/job_17/tenant.csv.gz', gzipBody(gz))
    const path = join(dir, 'users.csv.gz')
    const result = await downloadExport({ url, path, format: 'csv', dispatcher })
    expect(result).toEqual({ bytesWritten: gz.length, records: 3 })
  })

  it('stops when the signal aborts, with its reason and no file left', async () => {
    const controller = new AbortController()
    const url = serve('/job_14/tenant.json.gz', (res) => {
      res.writeHead(200)
      res.write(gzipSync(ndjson).subarray(0, 100), () =>
        controller.abort(new Error('step timeout reached')),
      )
    })
    await expect(
      downloadExport({
        url,
        path: join(dir, 'users.ndjson'),
        format: 'json',
        dispatcher,
        signal: controller.signal,
      }),
    ).rejects.toThrow('step timeout reached')
    expect(await readdir(dir)).toEqual([])
  })

  it('fails with one clear message and leaves no file when the disk fills up', async () => {
    const big = Buffer.from('{"email":"someone@example.com"}\n'.repeat(20_000))
    const url = serve('/job_18/tenant.json.gz', gzipBody(gzipSync(big)))
    const path = join(dir, 'users.ndjson')
    /** A real temporary file on a disk that is full after 64 KiB. */
    const fullDisk = async (temp: string): Promise<Writable> => {
      const real = (await open(temp, 'wx')).createWriteStream()
      let written = 0
      return new Writable({
        write(chunk: Buffer, _encoding, callback) {
          written += chunk.length
          if (written <= 65_536) real.write(chunk, callback)
          else
            callback(
              Object.assign(new Error('ENOSPC: no space left on device, write'), {
                code: 'ENOSPC',
              }),
            )
        },
        final: (callback) => real.end(callback),
        destroy: (error, callback) => {
          real.destroy()
          callback(error)
        },
      })
    }
    const error = await downloadExport({
      url,
      path,
      format: 'json',
      dispatcher,
      createFile: fullDisk,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ExportWriteError)
    expect(String(error)).toContain(`cannot write the export to ${path}: the disk is full (ENOSPC)`)
    expect(String(error)).not.toContain('Signature')
    expect(await readdir(dir)).toEqual([])
  })
})
