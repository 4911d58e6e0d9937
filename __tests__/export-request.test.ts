import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultExportPath, exportRequestBody, keepsGzip } from '../src/export/request.js'
import type { ExportField, ExportSettings } from '../src/inputs/settings.js'

function settings(overrides: Partial<ExportSettings>): ExportSettings {
  return {
    operation: 'export-users',
    tenant: { origin: 'https://acme.eu.auth0.com', credentials: { kind: 'token', token: 't' } },
    wait: true,
    timeoutMs: 3_600_000,
    connectionId: undefined,
    format: 'json',
    limit: undefined,
    fields: undefined,
    exportPath: undefined,
    ...overrides,
  }
}

const fields: ExportField[] = [
  { name: 'email' },
  { name: 'identities[0].connection', export_as: 'Connection' },
  { name: 'user_metadata.consent' },
]
const sentFields = [
  { name: 'email' },
  { name: 'identities[0].connection', export_as: 'Connection' },
  { name: 'user_metadata.consent' },
]

describe('exportRequestBody', () => {
  // Every combination of the three optional inputs, with both formats.
  const cases = [false, true].flatMap((connection) =>
    [false, true].flatMap((limit) =>
      [false, true].flatMap((withFields) =>
        (['json', 'csv'] as const).map((format) => ({ connection, limit, withFields, format })),
      ),
    ),
  )
  it.each(cases)('sends only what was given: %o', ({ connection, limit, withFields, format }) => {
    const body = exportRequestBody(
      settings({
        format,
        connectionId: connection ? 'con_0000000000000001' : undefined,
        limit: limit ? 5 : undefined,
        fields: withFields ? fields : undefined,
      }),
    )
    const expected: Record<string, unknown> = { format }
    if (connection) expected.connection_id = 'con_0000000000000001'
    if (limit) expected.limit = 5
    if (withFields) expected.fields = sentFields
    expect(body).toStrictEqual(expected)
    expect(Object.keys(body).sort()).toEqual(Object.keys(expected).sort())
  })

  it('sends no export_as key for a field that has none, even when it is present as undefined', () => {
    const body = exportRequestBody(
      settings({ fields: [{ name: 'email', export_as: undefined }, { name: 'name' }] }),
    )
    expect(JSON.stringify(body)).toBe(
      '{"format":"json","fields":[{"name":"email"},{"name":"name"}]}',
    )
  })

  it('passes export_as through, and does not share the settings objects', () => {
    const given = [{ name: 'email', export_as: 'Email' }]
    const body = exportRequestBody(settings({ format: 'csv', fields: given }))
    expect(body.fields).toEqual([{ name: 'email', export_as: 'Email' }])
    expect((body.fields as ExportField[])[0]).not.toBe(given[0])
  })

  it('treats an empty fields list as omitted', () => {
    expect(exportRequestBody(settings({ fields: [] }))).toStrictEqual({ format: 'json' })
  })

  it('sends limit 1 and an explicit json format (Auth0 would default to csv)', () => {
    expect(exportRequestBody(settings({ limit: 1 }))).toStrictEqual({ format: 'json', limit: 1 })
  })
})

describe('defaultExportPath', () => {
  it('names the file after the job, with the format as extension', () => {
    expect(defaultExportPath('/home/runner/work/_temp', 'job_iSjvljNtsTMmSpRW', 'json')).toBe(
      '/home/runner/work/_temp/auth0-users-export-job_iSjvljNtsTMmSpRW.ndjson',
    )
    expect(defaultExportPath('/tmp', 'job_abc', 'csv')).toBe('/tmp/auth0-users-export-job_abc.csv')
  })

  it('cannot be led out of the folder by the job id', () => {
    const path = defaultExportPath('/tmp/x', '../../etc/passwd', 'csv')
    expect(path).toBe(join('/tmp/x', 'auth0-users-export-______etc_passwd.csv'))
  })
})

describe('keepsGzip', () => {
  it.each([
    ['/tmp/users.ndjson.gz', true],
    ['/tmp/users.csv.GZ', true],
    ['/tmp/users.gz', true],
    ['/tmp/users.ndjson', false],
    ['/tmp/users.csv', false],
    ['/tmp/users.gzip', false],
    ['/tmp/gz/users.json', false],
    ['/tmp/users.tgz', false],
  ])('%s → %s', (path, expected) => {
    expect(keepsGzip(path)).toBe(expected)
  })
})
