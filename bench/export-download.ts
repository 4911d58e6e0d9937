/**
 * Export download benchmark: `npx node bench/export-download.ts [users] [runs]`.
 *
 * The parent builds a gzip NDJSON export of realistic Auth0 users (200,000 by default) in memory
 * and serves it on 127.0.0.1. Each case runs in its own child process so that its peak RSS
 * (VmHWM, see peakRssKiB; also /usr/bin/time's figure when installed) is its own:
 * - `downloadExport`: the real thing, gunzip + record count + temp file + rename;
 * - `downloadExport .gz`: keeps the gzip bytes, counting through a teed gunzip;
 * - `raw → /dev/null`: the same GET without decompressing (the network + stream floor);
 * - `gunzipSync`: the whole body in memory, then `zlib.gunzipSync` (the memory baseline);
 * - `node idle`: a child that only loads undici (what any Node process costs).
 * Times are taken inside the child around the download only; the median of `runs` is shown.
 * The children run a type-stripped JavaScript copy of this file, src/export/ and src/errors.ts (in
 * node_modules/.cache), as the action runs bundled JavaScript: loading Node's TypeScript stripper
 * would add about 17 MiB to every child's RSS.
 * Targets for `downloadExport`: peak RSS < 100 MiB and ≥ 50 MiB/s of decompressed output; the
 * exit code is 1 when one is missed. Compare its RSS with `raw → /dev/null`, the floor for any
 * undici download on this machine, rather than with the target alone.
 */
import { execFile } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { stripTypeScriptTypes } from 'node:module'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'

const MODES = [
  'downloadExport',
  'downloadExport .gz',
  'raw → /dev/null',
  'gunzipSync',
  'node idle',
] as const
type Mode = (typeof MODES)[number]

interface ChildResult {
  mode: Mode
  /** Bytes that reached the output (file, /dev/null or memory). */
  outputBytes: number
  /** Decompressed bytes produced (0 when nothing was decompressed). */
  decompressedBytes: number
  records: number
  seconds: number
  /** VmHWM, read by the child itself. */
  maxRssKiB: number
  /** The same, as `/usr/bin/time` reports it (wait4's ru_maxrss), when it is installed. */
  timeMaxRssKiB?: number
}

const TIME = '/usr/bin/time'

const MiB = 1024 * 1024

if (process.argv[2] === '--child') await child(process.argv[3] as Mode, process.argv[4] ?? '')
else await parent(Number(process.argv[2] ?? 200_000), Number(process.argv[3] ?? 3))

// ------------------------------------------------------------------------------------------------

async function parent(users: number, runs: number): Promise<void> {
  let started = performance.now()
  const ndjson = generateExport(users)
  const gz = gzipSync(ndjson)
  console.error(
    `generated ${users} users: ${mib(ndjson.length)} MiB NDJSON, ${mib(gz.length)} MiB gzip ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )

  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': gz.length })
    res.end(gz)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/job_bench/tenant.json.gz?Expires=1&Signature=x`

  const copy = await strippedCopy()
  const rows: ChildResult[] = []
  try {
    for (const mode of MODES) {
      const results: ChildResult[] = []
      for (let run = 0; run < runs; run++) results.push(await runChild(copy, mode, url))
      results.sort((a, b) => a.seconds - b.seconds)
      const median = results[Math.floor(results.length / 2)] as ChildResult
      rows.push({
        ...median,
        maxRssKiB: Math.max(...results.map((r) => r.maxRssKiB)),
        timeMaxRssKiB: Math.max(...results.map((r) => r.timeMaxRssKiB ?? 0)),
      })
      if (mode.startsWith('downloadExport') && results.some((r) => r.records !== users))
        throw new Error(`${mode} counted ${results.map((r) => r.records)} records, not ${users}`)
    }
  } finally {
    server.close()
    await rm(dirname(dirname(copy)), { recursive: true, force: true })
  }

  started = performance.now()
  gunzipSync(gz)
  const inProcessGunzip = (performance.now() - started) / 1000

  console.log(
    `\n${users} users, ${mib(ndjson.length)} MiB NDJSON, ${mib(gz.length)} MiB gzip; ` +
      `median of ${runs} runs, peak RSS the largest; Node ${process.version}\n`,
  )
  console.log(
    '| case | output MiB | records | seconds | decompressed MiB/s | peak RSS MiB | /usr/bin/time MiB |',
  )
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    const rate = r.decompressedBytes > 0 ? (mib(r.decompressedBytes) / r.seconds).toFixed(1) : '—'
    const wire =
      r.mode === 'raw → /dev/null' ? ` (${(mib(gz.length) / r.seconds).toFixed(0)} MiB/s gzip)` : ''
    console.log(
      `| ${r.mode} | ${mib(r.outputBytes)} | ${r.records || '—'} | ${r.seconds.toFixed(2)} | ${rate}${wire} | ${(r.maxRssKiB / 1024).toFixed(1)} | ${r.timeMaxRssKiB ? (r.timeMaxRssKiB / 1024).toFixed(1) : '—'} |`,
    )
  }
  console.log(`\nzlib.gunzipSync alone, in the parent: ${inProcessGunzip.toFixed(2)} s`)

  const main = rows[0] as ChildResult
  const rss = main.maxRssKiB / 1024
  const rate = mib(main.decompressedBytes) / main.seconds
  const ok = rss < 100 && rate >= 50
  console.log(
    `targets (downloadExport): peak RSS ${rss.toFixed(1)} < 100 MiB ${rss < 100 ? 'met' : 'MISSED'}; ` +
      `${rate.toFixed(1)} ≥ 50 MiB/s ${rate >= 50 ? 'met' : 'MISSED'}`,
  )
  if (!ok) process.exitCode = 1
}

/**
 * Writes this file and src/export/*.ts, types stripped, as `.js` under node_modules/.cache (so
 * that `undici` resolves), keeping the layout so the relative imports hold. Returns the entry.
 */
async function strippedCopy(): Promise<string> {
  const project = fileURLToPath(new URL('..', import.meta.url))
  await mkdir(join(project, 'node_modules', '.cache'), { recursive: true })
  const root = await mkdtemp(join(project, 'node_modules', '.cache', 'bench-export-'))
  await writeFile(join(root, 'package.json'), '{"type":"module"}\n')
  const files = [
    'bench/export-download',
    'src/export/download',
    'src/export/count',
    'src/export/request',
    'src/runtime/errors',
  ]
  for (const file of files) {
    const source = await readFile(join(project, `${file}.ts`), 'utf8')
    await mkdir(dirname(join(root, file)), { recursive: true })
    await writeFile(join(root, `${file}.js`), stripTypeScriptTypes(source, { mode: 'transform' }))
  }
  return join(root, 'bench', 'export-download.js')
}

/** Runs one case in a child, through /usr/bin/time when there is one, as a second opinion. */
function runChild(entry: string, mode: Mode, url: string): Promise<ChildResult> {
  const command = [process.execPath, entry, '--child', mode, url]
  const timed = existsSync(TIME)
  const [file, ...args] = timed ? [TIME, '-f', 'maxrss=%M', ...command] : command
  return new Promise((resolve, reject) => {
    execFile(file as string, args, { maxBuffer: MiB }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${mode} child failed: ${stderr || error.message}`))
        return
      }
      const result = JSON.parse(stdout) as ChildResult
      const reported = /maxrss=(\d+)/.exec(stderr)?.[1]
      if (reported) result.timeMaxRssKiB = Number(reported)
      resolve(result)
    })
  })
}

// ------------------------------------------------------------------------------------------------

async function child(mode: Mode, url: string): Promise<void> {
  const { Agent, request } = await import('undici')
  const dispatcher = new Agent()
  const folder = await mkdtemp(join(tmpdir(), 'bench-export-'))
  const result: ChildResult = {
    mode,
    outputBytes: 0,
    decompressedBytes: 0,
    records: 0,
    seconds: 0,
    maxRssKiB: 0,
  }
  const started = performance.now()
  try {
    if (mode === 'downloadExport' || mode === 'downloadExport .gz') {
      const { downloadExport } = await import('../src/export/download.js')
      const path = join(folder, mode === 'downloadExport' ? 'users.ndjson' : 'users.ndjson.gz')
      const { bytesWritten, records } = await downloadExport({
        url,
        path,
        format: 'json',
        dispatcher,
      })
      result.outputBytes = bytesWritten
      result.records = records
      if (mode === 'downloadExport') result.decompressedBytes = bytesWritten
    } else if (mode === 'raw → /dev/null') {
      const response = await request(url, { dispatcher })
      const sink = createWriteStream('/dev/null')
      await pipeline(response.body, sink)
      result.outputBytes = sink.bytesWritten
    } else if (mode === 'gunzipSync') {
      const response = await request(url, { dispatcher })
      const body = Buffer.from(await response.body.arrayBuffer())
      const plain = gunzipSync(body)
      result.outputBytes = plain.length
      result.decompressedBytes = plain.length
    }
    result.seconds = (performance.now() - started) / 1000
  } finally {
    await dispatcher.close()
    await rm(folder, { recursive: true, force: true })
  }
  result.maxRssKiB = await peakRssKiB()
  process.stdout.write(JSON.stringify(result))
}

/**
 * The peak RSS of this process. On Linux, `process.resourceUsage().maxRSS` (getrusage) keeps
 * across exec the high-water mark of the process that forked it, here the parent holding the
 * whole export, so it would report the parent's size; /proc's VmHWM belongs to this process.
 */
async function peakRssKiB(): Promise<number> {
  try {
    const status = await readFile('/proc/self/status', 'utf8')
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1]
    if (hwm) return Number(hwm)
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS
}

// ------------------------------------------------------------------------------------------------

/** NDJSON as Auth0 exports it: one user per line, with identities and both metadata objects. */
function generateExport(count: number): Buffer {
  let seed = 0x2545f491
  const random = (): number => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) / 0x1_0000_0000
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const hex = (length: number): string =>
    Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')
  const date = (from: number, spanDays: number): string =>
    new Date(from + Math.floor(random() * spanDays * 86_400_000)).toISOString()
  const first = ['Ana', 'Bruno', 'Chloé', 'Dmitri', 'Emeka', 'Fatima', 'Grace', 'Hiro', 'Ingrid']
  const last = ['Silva', 'Müller', 'Nakamura', 'Okafor', 'Dubois', 'Kowalski', "O'Neil", 'Rossi']
  const domains = ['example.com', 'mail.example.org', 'corp.example.net']
  const epoch = Date.UTC(2019, 0, 1)

  const parts: Buffer[] = []
  let lines: string[] = []
  for (let i = 0; i < count; i++) {
    const id = hex(24)
    const given = pick(first)
    const family = pick(last)
    const local = `${given}.${family}${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '')
    const email = `${local}@${pick(domains)}`
    const created = date(epoch, 1500)
    const social = random() < 0.3
    const identities: Record<string, unknown>[] = [
      {
        connection: 'Username-Password-Authentication',
        provider: 'auth0',
        user_id: id,
        isSocial: false,
      },
    ]
    if (social)
      identities.push({
        connection: 'google-oauth2',
        provider: 'google-oauth2',
        user_id: String(100_000_000_000_000_000_000 + Math.floor(random() * 1e15)),
        isSocial: true,
        profileData: { email, email_verified: true, given_name: given, family_name: family },
      })
    const user = {
      user_id: `auth0|${id}`,
      email,
      email_verified: random() < 0.9,
      name: `${given} ${family}`,
      given_name: given,
      family_name: family,
      nickname: local.split('.')[0],
      picture: `https://s.gravatar.com/avatar/${hex(32)}?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F${given.slice(0, 2).toLowerCase()}.png`,
      created_at: created,
      updated_at: date(Date.parse(created), 300),
      last_login: date(Date.parse(created), 300),
      last_ip: `203.0.113.${Math.floor(random() * 255)}`,
      logins_count: Math.floor(random() * 500),
      identities,
      user_metadata: {
        locale: pick(['en-US', 'fr-FR', 'de-DE', 'ja-JP', 'pt-BR']),
        theme: pick(['light', 'dark', 'system']),
        consent: { marketing: random() < 0.4, given_at: created },
      },
      app_metadata: {
        plan: pick(['free', 'pro', 'enterprise']),
        roles: random() < 0.1 ? ['admin', 'billing'] : ['member'],
        tenant_id: `org_${hex(16)}`,
        migrated: random() < 0.5,
      },
    }
    lines.push(JSON.stringify(user))
    if (lines.length === 10_000) {
      parts.push(Buffer.from(`${lines.join('\n')}\n`))
      lines = []
    }
  }
  if (lines.length > 0) parts.push(Buffer.from(`${lines.join('\n')}\n`))
  return Buffer.concat(parts)
}

function mib(bytes: number): number {
  return Math.round((bytes / MiB) * 10) / 10
}
