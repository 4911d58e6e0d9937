/**
 * The baseline of `bench/compare`: what a team writes today from Auth0's own SDK examples — the
 * official `auth0` npm SDK (v7), one job at a time, polling every 2 s, the SDK's default retry of
 * rate-limited requests (2 retries, waiting for `Retry-After` / `X-RateLimit-Reset`). Plain
 * JavaScript, as such a script usually is (no type-stripping cost at start-up).
 *
 *   BASELINE_OPERATION=import|export BASELINE_DOMAIN=127.0.0.1:port ... node bench/compare/baseline.mjs
 *
 * Imports: the whole file is read and parsed, cut into chunks of at most 500,000 bytes of JSON
 * (Auth0's limit is 512,000 bytes per request), and each chunk is submitted, waited for and its
 * errors read before the next one is sent. Exports: one job, then the gzip link is downloaded and
 * decompressed to a file. The last stdout line is `BASELINE_RESULT {json}` for the harness.
 *
 * The one thing no real script has: the SDK always speaks https to the tenant domain, so the
 * `fetch` option (a documented client option, used for both the token and the API calls) turns
 * `https://127.0.0.1:port` into `http://` for the local emulator. Nothing else is changed.
 */
import { createWriteStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { createGunzip } from 'node:zlib'
import { ManagementClient } from 'auth0'

const env = process.env
const POLL_MS = 2000
const CHUNK_BYTES = 500_000

const client = new ManagementClient({
  domain: env.BASELINE_DOMAIN,
  clientId: env.BASELINE_CLIENT_ID,
  clientSecret: env.BASELINE_CLIENT_SECRET,
  audience: env.BASELINE_AUDIENCE,
  // Emulator only: the SDK builds https:// URLs; the emulator listens on plain http.
  fetch: (url, init) =>
    fetch(String(url).replace(/^https:\/\/127\.0\.0\.1:/, 'http://127.0.0.1:'), init),
})

async function waitForJob(id) {
  for (;;) {
    await sleep(POLL_MS)
    const job = await client.jobs.get(id)
    if (job.status === 'completed' || job.status === 'failed' || job.status === 'expired') {
      console.log(`Job ${id}: ${job.status}`)
      return job
    }
  }
}

function splitIntoChunks(users) {
  const chunks = []
  let current = []
  let size = 2 // "[" and "]"
  for (const user of users) {
    const bytes = Buffer.byteLength(JSON.stringify(user)) + 1 // and a comma
    if (current.length > 0 && size + bytes > CHUNK_BYTES) {
      chunks.push(current)
      current = []
      size = 2
    }
    current.push(user)
    size += bytes
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

async function importUsers() {
  const users = JSON.parse(await readFile(env.BASELINE_FILE, 'utf8'))
  const chunks = splitIntoChunks(users)
  console.log(`${users.length} users in ${chunks.length} chunk(s)`)
  const summary = { total: 0, inserted: 0, updated: 0, failed: 0 }
  const errors = []
  const jobIds = []
  for (const [index, chunk] of chunks.entries()) {
    const job = await client.jobs.usersImports.create({
      users: {
        data: Buffer.from(JSON.stringify(chunk)),
        filename: `users-${index + 1}.json`,
        contentType: 'application/json',
      },
      connection_id: env.BASELINE_CONNECTION_ID,
      send_completion_email: false,
    })
    console.log(`Chunk ${index + 1}/${chunks.length} submitted as job ${job.id}`)
    jobIds.push(job.id)
    const done = await waitForJob(job.id)
    for (const key of Object.keys(summary)) summary[key] += done.summary?.[key] ?? 0
    if (done.status !== 'completed' || (done.summary?.failed ?? 0) > 0) {
      const failed = await client.jobs.errors.get(job.id)
      if (Array.isArray(failed)) errors.push(...failed)
    }
  }
  return { jobIds, summary, errors: errors.length }
}

async function exportUsers() {
  const created = await client.jobs.usersExports.create({
    format: 'json',
    ...(env.BASELINE_CONNECTION_ID ? { connection_id: env.BASELINE_CONNECTION_ID } : {}),
  })
  console.log(`Export job ${created.id} created`)
  const job = await waitForJob(created.id)
  if (job.status !== 'completed') throw new Error(`export job ${job.id} ${job.status}`)
  const response = await fetch(job.location)
  if (!response.ok) throw new Error(`download failed: HTTP ${response.status}`)
  await pipeline(
    Readable.fromWeb(response.body),
    createGunzip(),
    createWriteStream(env.BASELINE_OUT),
  )
  return { jobIds: [job.id] }
}

try {
  const result = env.BASELINE_OPERATION === 'export' ? await exportUsers() : await importUsers()
  console.log(`BASELINE_RESULT ${JSON.stringify({ ok: true, ...result })}`)
} catch (error) {
  console.log(
    `BASELINE_RESULT ${JSON.stringify({
      ok: false,
      name: error?.constructor?.name,
      statusCode: error?.statusCode,
      message: String(error?.message ?? error),
    })}`,
  )
  process.exitCode = 1
}
