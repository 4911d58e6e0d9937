/** import_ready exports and a tenant-to-tenant copy (export, then import with verify). */
import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import { toImportUser } from '../src/export/import-ready.js'
import { importInputs, runAction, tenantInputs } from './run-action.js'
import { makeUsers } from './users-fixture.js'

const emulators: Emulator[] = []
afterEach(async () => {
  for (const emulator of emulators.splice(0)) await emulator.close()
})
async function start(users: Record<string, unknown>[] = []): Promise<Emulator> {
  const emulator = await startEmulator({
    jobTiming: { pendingMs: 20, processingMs: 100 },
    existingUsers: users as never,
  })
  emulators.push(emulator)
  return emulator
}

describe('import_ready', () => {
  it('maps an export record back to the import schema', () => {
    const nameOf = new Map([
      ['Email', 'email'],
      ['Plan', 'user_metadata.plan'],
    ])
    expect(
      toImportUser(
        {
          user_id: 'auth0|abc',
          Email: 'a@example.com',
          Plan: 'pro',
          created_at: '2024-01-01T00:00:00.000Z',
          logins_count: 3,
          identities: [{ connection: 'x' }],
          'app_metadata.__proto__.polluted': true,
        },
        nameOf,
      ),
    ).toEqual({ user_id: 'abc', email: 'a@example.com', user_metadata: { plan: 'pro' } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('copies a tenant: export import_ready from one, import it into another, verify', async () => {
    const source = await start(
      makeUsers(30).map((user, i) => ({ ...user, user_id: `id${i}`, app_metadata: { n: i } })),
    )
    const exported = await runAction({
      operation: 'export-users',
      ...tenantInputs(source),
      connection_id: source.connections[0]?.id ?? '',
      import_ready: 'true',
      export_path: 'staging-users.json',
    })
    expect(exported.exitCode, exported.stdout).toBe(0)
    const file = await readFile(exported.outputs.export_file ?? '', 'utf8')
    const users = JSON.parse(file)
    expect(users).toHaveLength(30)
    expect(users[3]).toEqual({
      ...makeUsers(30)[3],
      user_id: 'id3',
      nickname: 'user3',
      app_metadata: { n: 3 },
    })
    expect(file).not.toContain('auth0|')
    expect(file).not.toContain('created_at')

    const target = await start()
    const imported = await runAction(importInputs(target, { verify: 'true' }), {
      files: { 'users.json': file },
    })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect(JSON.parse(imported.outputs.verify_summary ?? '')).toEqual({
      checked: 30,
      present: 30,
      missing: 0,
      different: 0,
    })
    expect(target.user('user3@example.com')?.user_id).toBe('auth0|id3')
  })

  it('refuses CSV and a .gz path before any request', async () => {
    const source = await start()
    const extras: Record<string, string>[] = [{ format: 'csv' }, { export_path: 'users.json.gz' }]
    for (const extra of extras) {
      const run = await runAction({
        operation: 'export-users',
        ...tenantInputs(source),
        import_ready: 'true',
        ...extra,
      })
      expect(run.exitCode).toBe(1)
      expect(run.errors.join('\n')).toContain("Input 'import_ready'")
    }
    expect(source.requests).toHaveLength(0)
  })
})
