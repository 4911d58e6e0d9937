/**
 * A run that sends nothing (a dry run of an import without plan or a pull-request comment) gets
 * the offline side (src/offline.ts): no network module is loaded, and any use of the network
 * throws instead of sending.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseInputs } from '../src/inputs/parse.js'
import { offline, sendsNothing } from '../src/offline.js'
import { JobLedger } from '../src/results/ledger.js'
import { silentLogger } from '../src/runtime/logger.js'

const base = {
  operation: 'import-users',
  domain: 'tenant.example.com',
  client_id: 'id',
  client_secret: 'secret',
  connection_id: 'con_0123456789abcdef',
}

const workspace = mkdtempSync(join(tmpdir(), 'offline-'))
writeFileSync(join(workspace, 'users.json'), '[{"email":"a@example.com"}]')
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

function settingsOf(inputs: Record<string, string>) {
  const all: Record<string, string> = { ...base, file: 'users.json', ...inputs }
  return parseInputs((name) => all[name] ?? '', { GITHUB_WORKSPACE: workspace })
}

describe('a run that sends nothing', () => {
  it('is a dry run of an import without plan, skip_existing or github_token', () => {
    expect(sendsNothing(settingsOf({ dry_run: 'true' }))).toBe(true)
    expect(sendsNothing(settingsOf({ dry_run: 'false' }))).toBe(false)
    expect(sendsNothing(settingsOf({ dry_run: 'true', plan: 'true' }))).toBe(false)
    expect(sendsNothing(settingsOf({ dry_run: 'true', skip_existing: 'true' }))).toBe(false)
    expect(sendsNothing(settingsOf({ dry_run: 'true', github_token: 'ghs_x' }))).toBe(false)
  })

  it('has no network: the API, a tracker and the dispatcher throw when touched', () => {
    const settings = settingsOf({ dry_run: 'true' })
    const options = { logger: silentLogger, runnerTemp: workspace, mask() {} }
    const { context } = offline(settings, new JobLedger(), options)
    expect(() => context.api.createImport).toThrow(/sends nothing/)
    expect(() => context.newTracker().track).toThrow(/sends nothing/)
    expect(() => context.dispatcher.dispatch).toThrow(/sends nothing/)
  })
})
