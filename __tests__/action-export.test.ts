/**
 * export-users end to end: the built dist/index.js in its own process, against the emulator.
 * Run `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { generatedSource, renderExport } from '../emulator/exports.ts'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'
import { type ActionRun, runAction, tenantInputs } from './run-action.js'

let emulator: Emulator
async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({ jobTiming: { pendingMs: 20, processingMs: 80 }, ...options })
  return emulator
}
afterEach(async () => {
  await emulator?.close()
})

const CONNECTION = 'Username-Password-Authentication'

function exportInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    operation: 'export-users',
    ...tenantInputs(emulator),
    ...extra,
  }
}

/** What the emulator serves for its generated tenant, decompressed. */
async function expectedExport(
  users: number,
  options: Parameters<typeof renderExport>[1],
): Promise<string> {
  return gunzipSync(await renderExport(generatedSource(users, CONNECTION), options)).toString()
}

function downloads(): typeof emulator.requests {
  return emulator.requests.filter((request) => request.path.startsWith('/exports/'))
}

function jobReads(id: string): typeof emulator.requests {
  return emulator.requests.filter(
    (request) => request.method === 'GET' && request.path === `/api/v2/jobs/${id}`,
  )
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '')
}

/** The only job the emulator holds (exports create exactly one). */
function onlyJob() {
  const jobs = [...emulator.jobs.values()]
  expect(jobs).toHaveLength(1)
  return jobs[0] as NonNullable<(typeof jobs)[number]>
}

/**
 * No download link anywhere the user can see it, except in the `::add-mask::` commands that hide
 * it; and every link that was used was masked.
 */
function expectLinksHidden(run: ActionRun): void {
  const visible = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const [where, text] of Object.entries({
    stdout: visible,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
  })) {
    expect(text, where).not.toContain('/exports/')
    expect(text, where).not.toContain('Signature=')
  }
  const masks = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'))
  for (const request of downloads()) {
    expect(masks).toContain(`::add-mask::${emulator.url}${request.path}`)
  }
}

/** Files left in a folder that look like the export or a partial of it. */
async function exportLeftovers(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return []
  return (await readdir(folder)).filter(
    (name) => name.includes('export') || name.includes('partial') || name.includes('users'),
  )
}

describe('export-users: successful exports', () => {
  it('exports json to the default path under RUNNER_TEMP and sets every output', async () => {
    await start({ exportUsers: 25 })
    const run = await runAction(exportInputs())
    expect(run.exitCode, run.stdout).toBe(0)
    const jobId = run.outputs.job_id ?? ''
    expect(jobId).toMatch(/^job_[A-Za-z0-9]{16}$/)
    expect(run.outputs.status).toBe('completed')
    expect(run.outputs.export_file).toBe(join(run.runnerTemp, `auth0-users-export-${jobId}.ndjson`))
    const job = JSON.parse(run.outputs.job ?? '')
    expect(job).toMatchObject({ id: jobId, type: 'users_export', status: 'completed' })
    expect(job.format).toBe('json')
    expect(job).not.toHaveProperty('location')

    const text = await readFile(run.outputs.export_file ?? '', 'utf8')
    expect(text).toBe(await expectedExport(25, { format: 'json' }))
    const records = lines(text)
    expect(records).toHaveLength(25)
    expect(JSON.parse(records[0] ?? '')).toMatchObject({
      user_id: 'auth0|000000000000000000000000',
      email: 'user0@example.com',
    })
    // The count is the number of lines, both in the log and in the step summary.
    expect(run.stdout).toContain(`Exported ${records.length} users to ${run.outputs.export_file}`)
    expect(run.summary).toContain('## Auth0 export-users: ✅ passed')
    expect(run.summary).toMatch(
      new RegExp(`\\|\\s*Exported users\\s*\\|\\s*${records.length}\\s*\\|`),
    )
    expect(run.errors).toEqual([])
    // Downloaded without the Management API token.
    expect(downloads()).toHaveLength(1)
    expect(downloads()[0]?.authorization).toBe(false)
    expect(downloads()[0]?.status).toBe(200)
    // Nothing but the file is left behind (no partial file next to it).
    expect(await exportLeftovers(run.runnerTemp)).toEqual([`auth0-users-export-${jobId}.ndjson`])
    expectLinksHidden(run)
  })

  it('sends format json explicitly and no connection_id, limit or fields when not given', async () => {
    await start()
    const run = await runAction(exportInputs())
    expect(run.exitCode, run.stdout).toBe(0)
    expect(onlyJob().attributes).toEqual({ format: 'json' })
  })

  it('sends connection_id when given', async () => {
    await start()
    const connection = emulator.connections[0]
    const run = await runAction(exportInputs({ connection_id: connection?.id ?? '' }))
    expect(run.exitCode, run.stdout).toBe(0)
    expect(onlyJob().attributes).toMatchObject({
      connection_id: connection?.id,
      connection: connection?.name,
      format: 'json',
    })
    expect(JSON.parse(run.outputs.job ?? '').connection_id).toBe(connection?.id)
  })

  it('exports csv with a JSON fields array mixing names and {name, export_as} objects', async () => {
    await start({ exportUsers: 12 })
    const fields = [
      'user_id',
      { name: 'email', export_as: 'Email' },
      { name: 'user_metadata.plan', export_as: 'Plan' },
      { name: 'logins_count' },
    ]
    const run = await runAction(
      exportInputs({ format: 'csv', fields: JSON.stringify(fields), export_path: 'users.csv' }),
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(onlyJob().attributes.fields).toEqual([
      { name: 'user_id' },
      { name: 'email', export_as: 'Email' },
      { name: 'user_metadata.plan', export_as: 'Plan' },
      { name: 'logins_count' },
    ])
    expect(run.outputs.export_file).toBe(join(run.workspace, 'users.csv'))
    const text = await readFile(join(run.workspace, 'users.csv'), 'utf8')
    const rows = lines(text)
    expect(rows[0]).toBe('user_id,Email,Plan,logins_count')
    expect(rows).toHaveLength(13)
    expect(rows[1]).toBe(`"'auth0|000000000000000000000000","'user0@example.com","'free",0`)
    expect(text).toBe(
      await expectedExport(12, {
        format: 'csv',
        fields: [
          { name: 'user_id' },
          { name: 'email', export_as: 'Email' },
          { name: 'user_metadata.plan', export_as: 'Plan' },
          { name: 'logins_count' },
        ],
      }),
    )
    // CSV rows after the header are what is counted.
    expect(run.stdout).toContain('Exported 12 users to')
    expect(run.summary).toMatch(/\|\s*Exported users\s*\|\s*12\s*\|/)
    expectLinksHidden(run)
  })

  it('exports csv with fields as a newline/comma-separated list of names', async () => {
    await start({ exportUsers: 5 })
    const run = await runAction(
      exportInputs({
        format: 'csv',
        fields: 'user_id, email\nname,\n  created_at\n',
        export_path: 'out/list.csv',
      }),
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(onlyJob().attributes.fields).toEqual([
      { name: 'user_id' },
      { name: 'email' },
      { name: 'name' },
      { name: 'created_at' },
    ])
    const rows = lines(await readFile(join(run.workspace, 'out/list.csv'), 'utf8'))
    expect(rows[0]).toBe('user_id,email,name,created_at')
    expect(rows).toHaveLength(6)
    expect(run.stdout).toContain('Exported 5 users to')
  })

  it('keeps the gzip bytes as delivered when export_path ends in .gz', async () => {
    await start({ exportUsers: 40 })
    const run = await runAction(exportInputs({ export_path: 'users.ndjson.gz' }))
    expect(run.exitCode, run.stdout).toBe(0)
    const path = join(run.workspace, 'users.ndjson.gz')
    expect(run.outputs.export_file).toBe(path)
    const bytes = await readFile(path)
    // Exactly the bytes the emulator served (its rendering is deterministic).
    expect(
      bytes.equals(await renderExport(generatedSource(40, CONNECTION), { format: 'json' })),
    ).toBe(true)
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
    const text = gunzipSync(bytes).toString()
    expect(lines(text)).toHaveLength(40)
    // Counted through the side decompressor.
    expect(run.stdout).toContain(`Exported 40 users to ${path}`)
    expect(run.summary).toMatch(/\|\s*Exported users\s*\|\s*40\s*\|/)
  })

  it('resolves a relative export_path against GITHUB_WORKSPACE and creates missing folders', async () => {
    await start({ exportUsers: 3 })
    const run = await runAction(exportInputs({ export_path: 'deep/er/folder/users.ndjson' }))
    expect(run.exitCode, run.stdout).toBe(0)
    const path = join(run.workspace, 'deep', 'er', 'folder', 'users.ndjson')
    expect(run.outputs.export_file).toBe(path)
    expect(lines(await readFile(path, 'utf8'))).toHaveLength(3)
    expect(await readdir(join(run.workspace, 'deep', 'er', 'folder'))).toEqual(['users.ndjson'])
  })

  it('sends limit and exports at most that many users', async () => {
    await start({ exportUsers: 50 })
    const run = await runAction(exportInputs({ limit: '7' }))
    expect(run.exitCode, run.stdout).toBe(0)
    expect(onlyJob().attributes).toEqual({ format: 'json', limit: 7 })
    expect(lines(await readFile(run.outputs.export_file ?? '', 'utf8'))).toHaveLength(7)
    expect(run.stdout).toContain('Exported 7 users to')
  })
})

describe('export-users: download failures', () => {
  it('refreshes an expired link by reading the job again', async () => {
    // The first download is held until its link (valid 150 ms) has expired: S3 answers 403.
    await start({ exportUsers: 10, exportLinkTtlMs: 150 })
    emulator.inject({ kind: 'delay', ms: 400, path: /^\/exports\//, times: 1 })
    const run = await runAction(exportInputs())
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('completed')
    expect(downloads().map((request) => request.status)).toEqual([403, 200])
    const [first, second] = downloads()
    // A fresh link: another signature, obtained by reading the job after the refusal.
    expect(first?.path).not.toBe(second?.path)
    const jobId = run.outputs.job_id ?? ''
    const readsBetween = jobReads(jobId).filter(
      (read) => read.at >= (first?.at ?? 0) && read.at <= (second?.at ?? 0),
    )
    expect(readsBetween.length).toBeGreaterThanOrEqual(1)
    expect(lines(await readFile(run.outputs.export_file ?? '', 'utf8'))).toHaveLength(10)
    expect(run.stdout).toMatch(/Download of job job_\w+ failed \(.*403.*\); getting a fresh link\./)
    expect(JSON.parse(run.outputs.job ?? '')).not.toHaveProperty('location')
    expectLinksHidden(run)
  })

  it('retries a refused download (403) with a fresh link', async () => {
    await start({ exportUsers: 10 })
    emulator.failDownloads(1, 403)
    const run = await runAction(exportInputs({ export_path: 'users.ndjson' }))
    expect(run.exitCode, run.stdout).toBe(0)
    expect(downloads().map((request) => request.status)).toEqual([403, 200])
    const jobId = run.outputs.job_id ?? ''
    // Read once to see it completed, and again after the refusal for a fresh link.
    const after = jobReads(jobId).filter((read) => read.at >= (downloads()[0]?.at ?? 0))
    expect(after.length).toBeGreaterThanOrEqual(1)
    expect(lines(await readFile(join(run.workspace, 'users.ndjson'), 'utf8'))).toHaveLength(10)
    expectLinksHidden(run)
  })

  it('fails with one clear error and no file when the link is refused every time', async () => {
    await start({ exportUsers: 10 })
    emulator.failDownloads(100, 403)
    const run = await runAction(exportInputs({ export_path: 'out/users.ndjson' }))
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/Could not download the export of job job_\w+ after \d+ attempts/)
    expect(run.errors[0]).toContain('403')
    expect(downloads().length).toBeGreaterThan(1)
    expect(downloads().every((request) => request.status === 403)).toBe(true)
    expect(await exportLeftovers(join(run.workspace, 'out'))).toEqual([])
    expect(existsSync(join(run.workspace, 'out', 'users.ndjson'))).toBe(false)
    expect(run.outputs.export_file).toBeUndefined()
    expect(run.outputs.job_id).toMatch(/^job_/)
    expect(run.summary).toContain('❌ failed')
    expectLinksHidden(run)
  })

  it('fails with one clear error and no partial file when downloads keep failing with 500', async () => {
    await start({ exportUsers: 10 })
    emulator.failDownloads(100, 500)
    const run = await runAction(exportInputs())
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/Could not download the export of job job_\w+ after \d+ attempts/)
    expect(run.errors[0]).toContain('500')
    expect(downloads().length).toBeGreaterThan(1)
    expect(await exportLeftovers(run.runnerTemp)).toEqual([])
    expect(run.outputs.export_file).toBeUndefined()
    expectLinksHidden(run)
  })

  it('leaves a file already at export_path untouched when the download fails', async () => {
    await start({ exportUsers: 10 })
    emulator.failDownloads(100, 403)
    const run = await runAction(exportInputs({ export_path: 'users.ndjson' }), {
      files: { 'users.ndjson': 'previous export\n' },
    })
    expect(run.exitCode).toBe(1)
    expect(await readFile(join(run.workspace, 'users.ndjson'), 'utf8')).toBe('previous export\n')
    expect((await readdir(run.workspace)).filter((name) => name.includes('partial'))).toEqual([])
  })
})

describe('export-users: invalid inputs fail before any request', () => {
  const tooMany = JSON.stringify(Array.from({ length: 31 }, (_, i) => `field_${i}`))
  const longName = 'x'.repeat(101)
  it.each<[string, Record<string, string>, string]>([
    ['format xml', { format: 'xml' }, 'format'],
    ['limit 0', { limit: '0' }, 'limit'],
    ['limit -1', { limit: '-1' }, 'limit'],
    ['limit abc', { limit: 'abc' }, 'limit'],
    ['limit 1.5', { limit: '1.5' }, 'limit'],
    ['fields: malformed JSON', { fields: '["email", ' }, 'fields'],
    ['fields: JSON object, not array', { fields: '{"name": "email"}' }, 'fields'],
    ['fields: a number item', { fields: '["email", 3]' }, 'fields'],
    ['fields: an object without name', { fields: '[{"export_as": "Email"}]' }, 'fields'],
    ['fields: an unknown key', { fields: '[{"name": "email", "as": "Email"}]' }, 'fields'],
    ['fields: more than 30 for csv', { format: 'csv', fields: tooMany }, 'fields'],
    ['fields: a name over 100 characters', { fields: JSON.stringify([longName]) }, 'fields'],
    ['fields: a listed name over 100 characters', { fields: `email,${longName}` }, 'fields'],
    [
      'fields: export_as over 100 characters',
      { fields: JSON.stringify([{ name: 'email', export_as: longName }]) },
      'fields',
    ],
    ['fields: an empty list', { fields: ' , \n ,' }, 'fields'],
    [
      'connection_id: a name',
      { connection_id: 'Username-Password-Authentication' },
      'connection_id',
    ],
    ['connection_id: too short', { connection_id: 'con_123' }, 'connection_id'],
    ['export_path: a folder', { export_path: 'exports/' }, 'export_path'],
  ])('%s', async (_label, extra, input) => {
    await start()
    const run = await runAction(exportInputs(extra))
    expect(run.exitCode).toBe(1)
    expect(emulator.requests).toHaveLength(0)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(`Input '${input}'`)
  })

  it('accepts 31 fields for json (the 30-field limit is for csv only)', async () => {
    await start({ exportUsers: 2 })
    const run = await runAction(exportInputs({ fields: tooMany }))
    expect(run.exitCode, run.stdout).toBe(0)
    expect((onlyJob().attributes.fields as unknown[]).length).toBe(31)
  })
})
