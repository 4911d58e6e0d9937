import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInputs, unusedInputWarnings } from '../src/inputs/parse.js'
import type {
  ExportSettings,
  GetJobErrorsSettings,
  GetJobSettings,
  ImportSettings,
  Settings,
  VerificationEmailSettings,
} from '../src/inputs/settings.js'
import { InputError } from '../src/runtime/errors.js'

const SECRET = 'sEcReT-value-0123456789'
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.token-value.sig'
const CON = 'con_0123456789abcdef'
const JOB1 = 'job_AAAAAAAAAAAAAAA1'
const JOB2 = 'job_BBBBBBBBBBBBBBB2'

let workspace: string
let env: Record<string, string | undefined>

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'inputs-test-'))
  writeFileSync(join(workspace, 'users.json'), '[{"email":"a@example.com"}]')
  mkdirSync(join(workspace, 'folder'))
  env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(workspace, 'tmp') }
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

type Inputs = Record<string, string>

const reader =
  (inputs: Inputs) =>
  (name: string): string =>
    new Map(Object.entries(inputs)).get(name) ?? ''

const credentials: Inputs = { client_id: 'my-client-id', client_secret: SECRET }
const base: Record<string, Inputs> = {
  'import-users': {
    operation: 'import-users',
    domain: 'acme.eu.auth0.com',
    ...credentials,
    file: 'users.json',
    connection_id: CON,
  },
  'export-users': { operation: 'export-users', domain: 'acme.eu.auth0.com', ...credentials },
  'send-verification-email': {
    operation: 'send-verification-email',
    domain: 'acme.eu.auth0.com',
    ...credentials,
    user_id: 'auth0|abc',
  },
  'get-job': { operation: 'get-job', domain: 'acme.eu.auth0.com', ...credentials, job_id: JOB1 },
  'get-job-errors': {
    operation: 'get-job-errors',
    domain: 'acme.eu.auth0.com',
    ...credentials,
    job_id: JOB1,
  },
}

function parse(inputs: Inputs, environment = env): Settings {
  return parseInputs(reader(inputs), environment)
}

function parseError(inputs: Inputs, environment = env): InputError {
  try {
    parse(inputs, environment)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error(`expected an InputError for ${JSON.stringify(inputs)}`)
}

interface ValidCase {
  name: string
  op: keyof typeof base
  inputs: Inputs
  expected: Record<string, unknown>
  environment?: () => Record<string, string | undefined>
}

const valid: ValidCase[] = [
  // operation
  {
    name: 'underscore operation',
    op: 'get-job',
    inputs: { operation: 'get_job' },
    expected: { operation: 'get-job' },
  },
  {
    name: 'upper-case operation',
    op: 'import-users',
    inputs: { operation: 'IMPORT_USERS' },
    expected: { operation: 'import-users' },
  },
  // domain
  {
    name: 'bare host → https',
    op: 'get-job',
    inputs: { domain: 'acme.eu.auth0.com' },
    expected: { tenant: { origin: 'https://acme.eu.auth0.com', credentials: expect.anything() } },
  },
  {
    name: 'https URL with trailing slash',
    op: 'get-job',
    inputs: { domain: 'https://acme.eu.auth0.com/' },
    expected: { tenant: expect.objectContaining({ origin: 'https://acme.eu.auth0.com' }) },
  },
  {
    name: 'https URL with port',
    op: 'get-job',
    inputs: { domain: 'https://acme.example:8443' },
    expected: { tenant: expect.objectContaining({ origin: 'https://acme.example:8443' }) },
  },
  {
    name: 'bare host with port',
    op: 'get-job',
    inputs: { domain: 'localhost:8443' },
    expected: { tenant: expect.objectContaining({ origin: 'https://localhost:8443' }) },
  },
  {
    name: 'http loopback 127.0.0.1 with default audience',
    op: 'get-job',
    inputs: { domain: 'http://127.0.0.1:8080' },
    expected: {
      tenant: {
        origin: 'http://127.0.0.1:8080',
        credentials: {
          kind: 'client-credentials',
          clientId: 'my-client-id',
          clientSecret: SECRET,
          audience: 'http://127.0.0.1:8080/api/v2/',
        },
      },
    },
  },
  {
    name: 'http loopback 127.x.y.z',
    op: 'get-job',
    inputs: { domain: 'http://127.10.20.30/' },
    expected: { tenant: expect.objectContaining({ origin: 'http://127.10.20.30' }) },
  },
  {
    name: 'http localhost',
    op: 'get-job',
    inputs: { domain: 'http://localhost:3000' },
    expected: { tenant: expect.objectContaining({ origin: 'http://localhost:3000' }) },
  },
  {
    name: 'http [::1]',
    op: 'get-job',
    inputs: { domain: 'http://[::1]:9000' },
    expected: { tenant: expect.objectContaining({ origin: 'http://[::1]:9000' }) },
  },
  // credentials
  {
    name: 'default audience',
    op: 'get-job',
    inputs: {},
    expected: {
      tenant: {
        origin: 'https://acme.eu.auth0.com',
        credentials: {
          kind: 'client-credentials',
          clientId: 'my-client-id',
          clientSecret: SECRET,
          audience: 'https://acme.eu.auth0.com/api/v2/',
        },
      },
    },
  },
  {
    name: 'explicit audience',
    op: 'get-job',
    inputs: { audience: 'https://custom.example/api/v2/' },
    expected: {
      tenant: expect.objectContaining({
        credentials: expect.objectContaining({ audience: 'https://custom.example/api/v2/' }),
      }),
    },
  },
  {
    name: 'token',
    op: 'get-job',
    inputs: { client_id: '', client_secret: '', token: TOKEN },
    expected: {
      tenant: { origin: 'https://acme.eu.auth0.com', credentials: { kind: 'token', token: TOKEN } },
    },
  },
  // common defaults and booleans
  {
    name: 'common defaults',
    op: 'get-job',
    inputs: {},
    expected: { wait: true, timeoutMs: 3_600_000, maxFailedUsers: { kind: 'count', max: 0 } },
  },
  { name: 'wait False', op: 'get-job', inputs: { wait: 'False' }, expected: { wait: false } },
  { name: 'wait TRUE', op: 'get-job', inputs: { wait: 'TRUE' }, expected: { wait: true } },
  { name: 'timeout 90', op: 'get-job', inputs: { timeout: '90' }, expected: { timeoutMs: 90_000 } },
  // max_failed_users
  {
    name: 'count 5',
    op: 'get-job',
    inputs: { max_failed_users: '5' },
    expected: { maxFailedUsers: { kind: 'count', max: 5 } },
  },
  {
    name: 'percent 1%',
    op: 'get-job',
    inputs: { max_failed_users: '1%' },
    expected: { maxFailedUsers: { kind: 'percent', max: 1 } },
  },
  {
    name: 'percent 2.5%',
    op: 'import-users',
    inputs: { max_failed_users: '2.5%' },
    expected: { maxFailedUsers: { kind: 'percent', max: 2.5 } },
  },
  {
    name: 'percent 0%',
    op: 'get-job',
    inputs: { max_failed_users: '0%' },
    expected: { maxFailedUsers: { kind: 'percent', max: 0 } },
  },
  {
    name: 'percent 100%',
    op: 'get-job',
    inputs: { max_failed_users: '100%' },
    expected: { maxFailedUsers: { kind: 'percent', max: 100 } },
  },
  // import-users
  {
    name: 'import defaults',
    op: 'import-users',
    inputs: {},
    expected: {
      operation: 'import-users',
      connectionId: CON,
      upsert: false,
      externalId: undefined,
      sendCompletionEmail: true,
      dryRun: false,
      chunkSize: 500_000,
      maxFailedUsers: { kind: 'count', max: 0 },
    },
  },
  {
    name: 'import relative file resolves against GITHUB_WORKSPACE',
    op: 'import-users',
    inputs: {},
    expected: { file: '<workspace>/users.json' },
  },
  {
    name: 'import absolute file',
    op: 'import-users',
    inputs: { file: '<workspace>/users.json' },
    expected: { file: '<workspace>/users.json' },
  },
  {
    name: 'import relative file against cwd without GITHUB_WORKSPACE',
    op: 'import-users',
    inputs: { file: '<relative-from-cwd>' },
    environment: () => ({}),
    expected: { file: '<workspace>/users.json' },
  },
  {
    name: 'import flags',
    op: 'import-users',
    inputs: {
      upsert: 'True',
      send_completion_email: 'FALSE',
      dry_run: 'true',
      external_id: 'migration-7',
      chunk_size: '400000',
    },
    expected: {
      upsert: true,
      sendCompletionEmail: false,
      dryRun: true,
      externalId: 'migration-7',
      chunkSize: 400_000,
    },
  },
  {
    name: 'chunk_size max',
    op: 'import-users',
    inputs: { chunk_size: '512000' },
    expected: { chunkSize: 512_000 },
  },
  {
    name: 'chunk_size min',
    op: 'import-users',
    inputs: { chunk_size: '1024' },
    expected: { chunkSize: 1024 },
  },
  // export-users
  {
    name: 'export defaults',
    op: 'export-users',
    inputs: {},
    expected: {
      operation: 'export-users',
      connectionId: undefined,
      format: 'json',
      limit: undefined,
      fields: undefined,
      exportPath: undefined,
      wait: true,
    },
  },
  {
    name: 'export options',
    op: 'export-users',
    inputs: { connection_id: CON, format: 'CSV', limit: '25', export_path: 'out/users.csv' },
    expected: {
      connectionId: CON,
      format: 'csv',
      limit: 25,
      exportPath: '<workspace>/out/users.csv',
    },
  },
  {
    name: 'export absolute export_path',
    op: 'export-users',
    inputs: { export_path: '/tmp/x/users.ndjson.gz' },
    expected: { exportPath: '/tmp/x/users.ndjson.gz' },
  },
  {
    name: 'fields as JSON strings and objects',
    op: 'export-users',
    inputs: {
      fields: '["email", {"name":"user_id","export_as":"Id"}, {"name":"identities[0].connection"}]',
    },
    expected: {
      fields: [
        { name: 'email' },
        { name: 'user_id', export_as: 'Id' },
        { name: 'identities[0].connection' },
      ],
    },
  },
  {
    name: 'fields as comma/newline list',
    op: 'export-users',
    inputs: { fields: 'email, user_id\n\n  name ,,\nuser_metadata.consent' },
    expected: {
      fields: [
        { name: 'email' },
        { name: 'user_id' },
        { name: 'name' },
        { name: 'user_metadata.consent' },
      ],
    },
  },
  {
    name: '30 fields for csv',
    op: 'export-users',
    inputs: { format: 'csv', fields: Array.from({ length: 30 }, (_, i) => `f${i}`).join(',') },
    expected: { fields: expect.arrayContaining([{ name: 'f29' }]) },
  },
  {
    name: 'more than 30 fields for json',
    op: 'export-users',
    inputs: { format: 'json', fields: Array.from({ length: 31 }, (_, i) => `f${i}`).join(',') },
    expected: { fields: expect.arrayContaining([{ name: 'f30' }]) },
  },
  // send-verification-email
  {
    name: 'verification defaults',
    op: 'send-verification-email',
    inputs: {},
    expected: {
      operation: 'send-verification-email',
      userIds: ['auth0|abc'],
      emailClientId: undefined,
      identity: undefined,
      organizationId: undefined,
      maxFailedUsers: { kind: 'count', max: 0 },
    },
  },
  {
    name: 'verification options',
    op: 'send-verification-email',
    inputs: {
      email_client_id: 'app-client',
      organization_id: 'org_123',
      identity:
        '{"user_id":"5457edea","provider":"google-oauth2","connection_id":"con_0123456789abcdef"}',
    },
    expected: {
      emailClientId: 'app-client',
      organizationId: 'org_123',
      identity: { user_id: '5457edea', provider: 'google-oauth2', connection_id: CON },
    },
  },
  // get-job
  {
    name: 'several job ids, duplicates dropped in order',
    op: 'get-job',
    inputs: { job_id: `${JOB2}, ${JOB1}\n${JOB2} ${JOB1},` },
    expected: { jobIds: [JOB2, JOB1] },
  },
  // get-job-errors
  {
    name: 'one job id',
    op: 'get-job-errors',
    inputs: {},
    expected: { operation: 'get-job-errors', jobId: JOB1 },
  },
  {
    name: 'the same id twice counts as one',
    op: 'get-job-errors',
    inputs: { job_id: `${JOB1},${JOB1}` },
    expected: { jobId: JOB1 },
  },
]

function substitute(value: unknown): unknown {
  if (typeof value === 'string') {
    return value
      .replace('<workspace>', workspace)
      .replace('<relative-from-cwd>', join(workspace, 'users.json'))
  }
  if (Array.isArray(value)) return value.map(substitute)
  if (value !== null && typeof value === 'object' && !('asymmetricMatch' in value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v)]))
  }
  return value
}

describe('parseInputs: valid inputs', () => {
  it.each(valid)('$name', ({ op, inputs, expected, environment }) => {
    let given = substitute({ ...base[op], ...inputs }) as Inputs
    if (inputs.file === '<relative-from-cwd>') {
      // process.cwd() is the repository; express the temp file relative to it.
      given = { ...given, file: relative(process.cwd(), join(workspace, 'users.json')) }
    }
    const settings = parse(given, environment?.() ?? env)
    expect(settings).toMatchObject(substitute(expected) as object)
  })
})

interface InvalidCase {
  name: string
  op: keyof typeof base
  inputs: Inputs
  /** The input the error must name. */
  input: string
  /** Text the message must contain (the quoted value by default). */
  contains?: string[]
}

const invalid: InvalidCase[] = [
  // operation
  {
    name: 'operation missing',
    op: 'get-job',
    inputs: { operation: '' },
    input: 'operation',
    contains: ['required', 'import-users'],
  },
  {
    name: 'unknown operation',
    op: 'get-job',
    inputs: { operation: 'delete-users' },
    input: 'operation',
    contains: ["'delete-users'", 'get-job-errors'],
  },
  // domain
  {
    name: 'domain missing',
    op: 'get-job',
    inputs: { domain: '' },
    input: 'domain',
    contains: ['required'],
  },
  {
    name: 'http non-loopback',
    op: 'get-job',
    inputs: { domain: 'http://acme.eu.auth0.com' },
    input: 'domain',
    contains: ["'http://acme.eu.auth0.com'", 'loopback'],
  },
  {
    name: 'http 128.0.0.1',
    op: 'get-job',
    inputs: { domain: 'http://128.0.0.1' },
    input: 'domain',
  },
  {
    name: 'http localhost look-alike',
    op: 'get-job',
    inputs: { domain: 'http://localhost.evil.example' },
    input: 'domain',
  },
  {
    name: 'other scheme',
    op: 'get-job',
    inputs: { domain: 'ftp://acme.eu.auth0.com' },
    input: 'domain',
    contains: ["'ftp://acme.eu.auth0.com'", 'ftp://'],
  },
  {
    name: 'path',
    op: 'get-job',
    inputs: { domain: 'https://acme.eu.auth0.com/api/v2/' },
    input: 'domain',
    contains: ['/api/v2/'],
  },
  {
    name: 'path on bare host',
    op: 'get-job',
    inputs: { domain: 'acme.eu.auth0.com/tenant' },
    input: 'domain',
  },
  {
    name: 'query',
    op: 'get-job',
    inputs: { domain: 'https://acme.eu.auth0.com/?x=1' },
    input: 'domain',
  },
  { name: 'not a host', op: 'get-job', inputs: { domain: 'acme eu' }, input: 'domain' },
  { name: 'bad port', op: 'get-job', inputs: { domain: 'acme.eu.auth0.com:abc' }, input: 'domain' },
  {
    name: 'user info',
    op: 'get-job',
    inputs: { domain: 'https://user:pw@acme.eu.auth0.com' },
    input: 'domain',
  },
  // credentials
  {
    name: 'no credentials',
    op: 'get-job',
    inputs: { client_id: '', client_secret: '' },
    input: 'client_id',
    contains: ['client_secret', 'token'],
  },
  {
    name: 'only client_id',
    op: 'get-job',
    inputs: { client_secret: '' },
    input: 'client_secret',
    contains: ["'client_secret'"],
  },
  {
    name: 'only client_secret',
    op: 'get-job',
    inputs: { client_id: '' },
    input: 'client_id',
    contains: ["'client_id'"],
  },
  {
    name: 'token and client credentials',
    op: 'get-job',
    inputs: { token: TOKEN },
    input: 'token',
    contains: ['not both'],
  },
  {
    name: 'token and client_id',
    op: 'get-job',
    inputs: { token: TOKEN, client_secret: '' },
    input: 'token',
    contains: ["'client_id'", 'not both'],
  },
  {
    name: 'audience not a URL',
    op: 'get-job',
    inputs: { audience: 'management-api' },
    input: 'audience',
  },
  // booleans
  { name: 'wait yes', op: 'get-job', inputs: { wait: 'yes' }, input: 'wait' },
  { name: 'upsert 1', op: 'import-users', inputs: { upsert: '1' }, input: 'upsert' },
  {
    name: 'send_completion_email on',
    op: 'import-users',
    inputs: { send_completion_email: 'on' },
    input: 'send_completion_email',
  },
  { name: 'dry_run truee', op: 'import-users', inputs: { dry_run: 'truee' }, input: 'dry_run' },
  // timeout
  ...['0', '-5', '1.5', 'abc', '10s', '1e3'].map(
    (value): InvalidCase => ({
      name: `timeout ${value}`,
      op: 'get-job',
      inputs: { timeout: value },
      input: 'timeout',
      contains: [`'${value}'`, 'whole number of seconds'],
    }),
  ),
  // A timer holds at most 2^31-1 ms: values beyond each range are refused before any request.
  ...(
    [
      [
        'timeout',
        'get-job',
        ['432001', '2592000', '99999999999', '9007199254740993'],
        'from 1 to 432000 seconds',
      ],
      ['limit', 'export-users', ['1000000001', '99999999999999999999'], 'from 1 to 1000000000'],
      ['max_jobs', 'import-users', ['100001', '99999999999999999999'], 'from 1 to 100000'],
    ] as const
  ).flatMap(([input, op, values, accepted]) =>
    values.map(
      (value): InvalidCase => ({
        name: `${input} ${value} (out of range)`,
        op,
        inputs: { [input]: value },
        input,
        contains: [`'${value}'`, accepted],
      }),
    ),
  ),
  // max_failed_users
  ...['-1', 'abc', '101%', '1.5', '%', '1 %', '-1%'].map(
    (value): InvalidCase => ({
      name: `max_failed_users ${value}`,
      op: 'get-job',
      inputs: { max_failed_users: value },
      input: 'max_failed_users',
    }),
  ),
  {
    name: 'max_failed_users checked for import',
    op: 'import-users',
    inputs: { max_failed_users: 'many' },
    input: 'max_failed_users',
  },
  // chunk_size
  ...['512001', '1023', '0', 'big', '100.5'].map(
    (value): InvalidCase => ({
      name: `chunk_size ${value}`,
      op: 'import-users',
      inputs: { chunk_size: value },
      input: 'chunk_size',
      contains: [`'${value}'`, '512000'],
    }),
  ),
  // import-users
  {
    name: 'file missing',
    op: 'import-users',
    inputs: { file: '' },
    input: 'file',
    contains: ['required'],
  },
  {
    name: 'file not found',
    op: 'import-users',
    inputs: { file: 'nope.json' },
    input: 'file',
    contains: ["'nope.json'", 'no such file'],
  },
  {
    name: 'file is a directory',
    op: 'import-users',
    inputs: { file: 'folder' },
    input: 'file',
    contains: ["'folder'", 'directory'],
  },
  {
    name: 'connection_id missing for import',
    op: 'import-users',
    inputs: { connection_id: '' },
    input: 'connection_id',
    contains: ['required'],
  },
  {
    name: 'connection name instead of id',
    op: 'import-users',
    inputs: { connection_id: 'Username-Password-Authentication' },
    input: 'connection_id',
    contains: ["'Username-Password-Authentication'", 'not its name'],
  },
  {
    name: 'connection id too short',
    op: 'import-users',
    inputs: { connection_id: 'con_123' },
    input: 'connection_id',
  },
  // export-users
  {
    name: 'connection id for export',
    op: 'export-users',
    inputs: { connection_id: 'con_!!!!!!!!!!!!!!!!' },
    input: 'connection_id',
  },
  {
    name: 'format xml',
    op: 'export-users',
    inputs: { format: 'xml' },
    input: 'format',
    contains: ["'xml'", 'json or csv'],
  },
  ...['0', '-3', '2.5', 'ten'].map(
    (value): InvalidCase => ({
      name: `limit ${value}`,
      op: 'export-users',
      inputs: { limit: value },
      input: 'limit',
    }),
  ),
  {
    name: 'fields empty JSON list',
    op: 'export-users',
    inputs: { fields: '[]' },
    input: 'fields',
    contains: ["'[]'", 'empty'],
  },
  {
    name: 'fields empty text list',
    op: 'export-users',
    inputs: { fields: ', ,\n' },
    input: 'fields',
  },
  {
    name: 'fields malformed JSON',
    op: 'export-users',
    inputs: { fields: '["email",' },
    input: 'fields',
    contains: ['not valid JSON'],
  },
  {
    name: 'fields number item',
    op: 'export-users',
    inputs: { fields: '["email", 3]' },
    input: 'fields',
    contains: ['item 2'],
  },
  { name: 'fields null item', op: 'export-users', inputs: { fields: '[null]' }, input: 'fields' },
  {
    name: 'fields object without name',
    op: 'export-users',
    inputs: { fields: '[{"export_as":"Email"}]' },
    input: 'fields',
    contains: ['name'],
  },
  {
    name: 'fields object with number name',
    op: 'export-users',
    inputs: { fields: '[{"name":5}]' },
    input: 'fields',
  },
  {
    name: 'fields object unknown key',
    op: 'export-users',
    inputs: { fields: '[{"name":"email","as":"E"}]' },
    input: 'fields',
    contains: ["'as'"],
  },
  {
    name: 'fields export_as not a string',
    op: 'export-users',
    inputs: { fields: '[{"name":"email","export_as":1}]' },
    input: 'fields',
  },
  {
    name: 'fields a JSON object',
    op: 'export-users',
    inputs: { fields: '{"name":"email"}' },
    input: 'fields',
    contains: ['array'],
  },
  {
    name: 'fields name over 100',
    op: 'export-users',
    inputs: { fields: 'x'.repeat(101) },
    input: 'fields',
    contains: ['100'],
  },
  {
    name: 'fields export_as over 100',
    op: 'export-users',
    inputs: { fields: JSON.stringify([{ name: 'email', export_as: 'x'.repeat(101) }]) },
    input: 'fields',
    contains: ['100'],
  },
  {
    name: 'more than 30 fields for csv',
    op: 'export-users',
    inputs: { format: 'csv', fields: Array.from({ length: 31 }, (_, i) => `f${i}`).join(',') },
    input: 'fields',
    contains: ['31', '30'],
  },
  {
    name: 'export_path a folder',
    op: 'export-users',
    inputs: { export_path: 'out/' },
    input: 'export_path',
  },
  // send-verification-email
  {
    name: 'user_id missing',
    op: 'send-verification-email',
    inputs: { user_id: '' },
    input: 'user_id',
    contains: ['required'],
  },
  ...[
    'google-oauth2|123',
    '["user","google"]',
    '{"user_id":"1"}',
    '{"provider":"google-oauth2"}',
    '{"user_id":"","provider":"google-oauth2"}',
    '{"user_id":1,"provider":"google-oauth2"}',
    '{"user_id":"1","provider":"auth0","extra":true}',
    '{"user_id":"1","provider":"auth0","connection_id":5}',
    'null',
    '"text"',
  ].map(
    (value): InvalidCase => ({
      name: `identity ${value}`,
      op: 'send-verification-email',
      inputs: { identity: value },
      input: 'identity',
    }),
  ),
  // get-job
  {
    name: 'job_id missing',
    op: 'get-job',
    inputs: { job_id: '' },
    input: 'job_id',
    contains: ['required'],
  },
  {
    name: 'job_id malformed',
    op: 'get-job',
    inputs: { job_id: 'job_123' },
    input: 'job_id',
    contains: ["'job_123'", 'job_ followed by 16'],
  },
  {
    name: 'one of several malformed',
    op: 'get-job',
    inputs: { job_id: `${JOB1}, 12345` },
    input: 'job_id',
    contains: ["'12345'"],
  },
  { name: 'only separators', op: 'get-job', inputs: { job_id: ',' }, input: 'job_id' },
  // get-job-errors
  {
    name: 'several ids for get-job-errors',
    op: 'get-job-errors',
    inputs: { job_id: `${JOB1} ${JOB2}` },
    input: 'job_id',
    contains: ['exactly one'],
  },
  {
    name: 'malformed id for get-job-errors',
    op: 'get-job-errors',
    inputs: { job_id: 'abc' },
    input: 'job_id',
  },
]

describe('parseInputs: invalid inputs', () => {
  it.each(invalid)('$name', ({ op, inputs, input, contains }) => {
    const error = parseError({ ...base[op], ...inputs })
    expect(error.input).toBe(input)
    expect(error.message).toContain(`'${input}'`)
    const value = inputs[input]
    const expectedText =
      contains ??
      (value !== undefined && value !== '' && !value.includes('\n') ? [`'${value}'`] : [])
    for (const text of expectedText) expect(error.message).toContain(text)
    expect(error.message).not.toContain(SECRET)
    expect(error.message).not.toContain(TOKEN)
  })
})

describe('parseInputs: order and scope', () => {
  it('checks the operation before anything else', () => {
    expect(parseError({ operation: 'nope', domain: 'http://bad.example' }).input).toBe('operation')
  })

  it('ignores inputs the operation does not use', () => {
    const settings = parse({
      ...base['get-job-errors'],
      file: 'does-not-exist.json',
      chunk_size: 'huge',
      format: 'xml',
      identity: 'not json',
      max_failed_users: 'many',
      upsert: 'maybe',
    })
    expect(settings.operation).toBe('get-job-errors')
  })

  it('ignores audience when a token is given', () => {
    const settings = parse({
      ...base['get-job'],
      client_id: '',
      client_secret: '',
      token: TOKEN,
      audience: 'x',
    })
    expect(settings.tenant.credentials).toEqual({ kind: 'token', token: TOKEN })
  })

  it('returns the narrowed settings type per operation', () => {
    const imported = parse(base['import-users'] as Inputs) as ImportSettings
    expect(imported.file).toBe(join(workspace, 'users.json'))
    expect((parse(base['export-users'] as Inputs) as ExportSettings).format).toBe('json')
    expect(
      (parse(base['send-verification-email'] as Inputs) as VerificationEmailSettings).userIds,
    ).toEqual(['auth0|abc'])
    expect((parse(base['get-job'] as Inputs) as GetJobSettings).jobIds).toEqual([JOB1])
    expect((parse(base['get-job-errors'] as Inputs) as GetJobErrorsSettings).jobId).toBe(JOB1)
  })
})

describe('secrets never appear in messages', () => {
  const leaky: Inputs[] = [
    // client_id and client_secret swapped into other inputs, or pasted where a URL belongs
    { ...base['get-job'], domain: `${SECRET}/tenant` },
    { ...base['get-job'], audience: SECRET },
    { ...base['get-job'], job_id: SECRET },
    {
      ...base['get-job'],
      client_id: '',
      client_secret: '',
      token: TOKEN,
      domain: `https://${TOKEN}/x`,
    },
    { ...base['get-job'], client_id: '', client_secret: '', token: TOKEN, job_id: TOKEN },
    { ...base['get-job'], token: TOKEN },
    { ...base['get-job'], client_id: '' },
    { ...base['get-job'], client_id: '', client_secret: '', token: TOKEN, timeout: TOKEN },
    { ...base['import-users'], connection_id: SECRET },
    { ...base['export-users'], fields: `["${SECRET}", 1]` },
    { ...base['send-verification-email'], identity: SECRET },
  ]
  it.each(leaky.map((inputs, index) => ({ index, inputs })))('case $index', ({ inputs }) => {
    const error = parseError(inputs)
    expect(error.message).not.toContain(SECRET)
    expect(error.message).not.toContain(TOKEN)
    expect(error.message).toMatch(/^Input '|^No credentials/)
  })
})

describe('unusedInputWarnings', () => {
  it('lists inputs set but not used by the operation', () => {
    const read = reader({
      ...base['get-job-errors'],
      file: 'users.json',
      fields: 'email',
      max_failed_users: '3',
      upsert: 'true',
    })
    const warnings = unusedInputWarnings(read, 'get-job-errors')
    expect(warnings).toEqual([
      "Input 'file' is ignored: operation 'get-job-errors' does not use it.",
      "Input 'upsert' is ignored: operation 'get-job-errors' does not use it.",
      "Input 'fields' is ignored: operation 'get-job-errors' does not use it.",
      "Input 'max_failed_users' is ignored: operation 'get-job-errors' does not use it.",
    ])
  })

  it('does not warn about values equal to the action.yml defaults (core.getInput returns them)', () => {
    const read = reader({
      ...base['send-verification-email'],
      upsert: 'false',
      send_completion_email: 'true',
      format: 'json',
      max_failed_users: '0',
      dry_run: 'false',
      chunk_size: '500000',
      wait: 'true',
      timeout: '3600',
    })
    expect(unusedInputWarnings(read, 'send-verification-email')).toEqual([])
  })

  it('does not warn about inputs the operation uses', () => {
    const read = reader({
      ...base['import-users'],
      upsert: 'true',
      max_failed_users: '1%',
      dry_run: 'true',
    })
    expect(unusedInputWarnings(read, 'import-users')).toEqual([])
  })

  it('warns that audience is ignored with a token, without showing the token', () => {
    const read = reader({
      ...base['get-job'],
      client_id: '',
      client_secret: '',
      token: TOKEN,
      audience: 'https://x/api/v2/',
    })
    const warnings = unusedInputWarnings(read, 'get-job')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain("'audience'")
    expect(warnings.join('\n')).not.toContain(TOKEN)
  })
})

describe('inputs for resumable and many-user runs', () => {
  it('reads several user ids separated by commas, spaces or newlines, without repeats', () => {
    const settings = parse({
      ...(base['send-verification-email'] as Inputs),
      user_id: 'auth0|a, auth0|b\nauth0|c auth0|a',
    }) as VerificationEmailSettings
    expect(settings.userIds).toEqual(['auth0|a', 'auth0|b', 'auth0|c'])
  })

  it('resolves progress_file in the workspace and reads max_jobs', () => {
    const settings = parse({
      ...(base['import-users'] as Inputs),
      progress_file: 'state/progress.json',
      max_jobs: '3',
    }) as ImportSettings
    expect(settings.progressFile).toBe(join(workspace, 'state/progress.json'))
    expect(settings.maxJobs).toBe(3)
    const defaults = parse(base['import-users'] as Inputs) as ImportSettings
    expect(defaults.progressFile).toBeUndefined()
    expect(defaults.maxJobs).toBeUndefined()
  })

  it.each(['0', '-2', '1.5', 'all'])('rejects max_jobs %s', (value) => {
    expect(() => parse({ ...(base['import-users'] as Inputs), max_jobs: value })).toThrow(
      new RegExp(`'max_jobs' is '${value.replace('.', '\\.')}'`),
    )
  })

  it('rejects a progress_file that names a folder', () => {
    expect(() => parse({ ...(base['import-users'] as Inputs), progress_file: 'state/' })).toThrow(
      /'progress_file' is 'state\/'/,
    )
  })
})

describe('private-key JWT credentials (client_assertion_key)', () => {
  let pem: string
  let publicPem: string
  let smallPem: string
  let keyLines: string[]
  beforeAll(async () => {
    const { createPublicKey, generateKeyPairSync } = await import('node:crypto')
    const pkcs8 = (bits: number): string =>
      generateKeyPairSync('rsa', { modulusLength: bits })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString()
    pem = pkcs8(2048)
    smallPem = pkcs8(1024)
    publicPem = createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString()
    keyLines = pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'))
  })
  const keyed = (extra: Inputs = {}): Inputs => ({
    ...(base['get-job'] as Inputs),
    client_secret: '',
    client_assertion_key: pem,
    ...extra,
  })
  const expectNoKey = (text: string): void => {
    for (const line of keyLines) expect(text).not.toContain(line)
  }

  it('reads client_id + client_assertion_key, with RS256 by default and the default audience', () => {
    const settings = parse(keyed())
    expect(settings.tenant.credentials).toEqual({
      kind: 'private-key-jwt',
      clientId: 'my-client-id',
      privateKey: pem,
      algorithm: 'RS256',
      audience: 'https://acme.eu.auth0.com/api/v2/',
    })
  })

  it.each([
    ['RS256', 'RS256'],
    ['rs384', 'RS384'],
    ['Ps256', 'PS256'],
    ['', 'RS256'],
  ])('reads client_assertion_alg %s as %s', (value, algorithm) => {
    const settings = parse(
      keyed({ client_assertion_alg: value, audience: 'https://x.example/api/' }),
    )
    expect(settings.tenant.credentials).toMatchObject({
      kind: 'private-key-jwt',
      algorithm,
      audience: 'https://x.example/api/',
    })
  })

  it.each([
    ['literal \\n', (key: string) => key.trim().replaceAll('\n', '\\n')],
    ['CRLF', (key: string) => key.replaceAll('\n', '\r\n')],
    ['indented', (key: string) => `  ${key.replaceAll('\n', '\n  ')}`],
  ])('accepts a key stored with %s', (_name, mangle) => {
    const settings = parse(keyed({ client_assertion_key: mangle(pem) }))
    expect(settings.tenant.credentials).toMatchObject({ kind: 'private-key-jwt', privateKey: pem })
  })

  const wrong: { name: string; inputs: () => Inputs; input: string; contains: string[] }[] = [
    {
      name: 'client_secret and client_assertion_key',
      inputs: () => keyed({ client_secret: SECRET }),
      input: 'client_assertion_key',
      contains: ["'client_secret'", "'client_assertion_key'", 'not both'],
    },
    {
      name: 'client_assertion_key without client_id',
      inputs: () => keyed({ client_id: '' }),
      input: 'client_id',
      contains: ["'client_id' is required when 'client_assertion_key' is set"],
    },
    {
      name: 'token and client_assertion_key',
      inputs: () => keyed({ client_id: '', token: TOKEN }),
      input: 'token',
      contains: ["'client_assertion_key'", 'not both'],
    },
    {
      name: 'a key that is not PEM',
      inputs: () => keyed({ client_assertion_key: SECRET }),
      input: 'client_assertion_key',
      contains: ['not a PEM private key', 'not shown'],
    },
    {
      name: 'a public key',
      inputs: () => keyed({ client_assertion_key: publicPem }),
      input: 'client_assertion_key',
      contains: ['public key'],
    },
    {
      name: 'a 1024-bit key',
      inputs: () => keyed({ client_assertion_key: smallPem }),
      input: 'client_assertion_key',
      contains: ['1024-bit', '2048'],
    },
    {
      name: 'an unsupported algorithm',
      inputs: () => keyed({ client_assertion_alg: 'HS256' }),
      input: 'client_assertion_alg',
      contains: ["'HS256'", 'RS256, RS384, PS256'],
    },
    {
      name: 'a bad audience with a key',
      inputs: () => keyed({ audience: 'management' }),
      input: 'audience',
      contains: ["'management'"],
    },
  ]
  it.each(wrong)('refuses $name', ({ inputs, input, contains }) => {
    const error = parseError(inputs())
    expect(error.input).toBe(input)
    for (const text of contains) expect(error.message).toContain(text)
    expectNoKey(error.message)
    expect(error.message).not.toContain(SECRET)
    expect(error.message).not.toContain(TOKEN)
  })

  it('lists all four inputs when no credentials are given', () => {
    const error = parseError({ ...(base['get-job'] as Inputs), client_id: '', client_secret: '' })
    expect(error.message).toContain("'client_assertion_key'")
  })

  it('never shows the key when it is pasted into another input', () => {
    for (const name of ['domain', 'audience', 'job_id', 'timeout']) {
      const error = parseError(keyed({ [name]: pem.trim().replaceAll('\n', '\\n') }))
      expect(error.input).toBe(name)
      expectNoKey(error.message)
      expect(error.message).not.toMatch(/[A-Za-z0-9+/]{12}…/)
    }
  })

  it('warns, without failing, about client_assertion_alg given without a key', () => {
    const inputs = { ...(base['get-job'] as Inputs), client_assertion_alg: 'PS256' }
    expect(parse(inputs).tenant.credentials.kind).toBe('client-credentials')
    expect(unusedInputWarnings(reader(inputs), 'get-job')).toEqual([
      "Input 'client_assertion_alg' is ignored: it only applies with 'client_assertion_key' (private-key JWT authentication), which is not set.",
    ])
    // Not even an invalid one fails the step.
    expect(parse({ ...inputs, client_assertion_alg: 'HS256' }).operation).toBe('get-job')
  })

  it('does not warn about the key inputs for any operation, nor about the default algorithm', () => {
    for (const operation of Object.keys(base)) {
      const read = reader({
        ...(base[operation] as Inputs),
        client_secret: '',
        client_assertion_key: pem,
        client_assertion_alg: 'rs256',
      })
      expect(unusedInputWarnings(read, operation as Settings['operation'])).toEqual([])
    }
  })
})
