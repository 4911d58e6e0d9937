import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Emulator, startEmulator } from '../emulator/server.ts'
import { runAction, tenantInputs } from './run-action.js'
import { makeUsers, usersFile } from './users-fixture.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator.close()
})

const base = () => tenantInputs(emulator)
const importing = () => ({
  ...base(),
  operation: 'import-users',
  file: 'users.json',
  connection_id: emulator.connections[0]?.id ?? '',
})
const files = {
  'users.json': usersFile(makeUsers(2)),
  'object.json': '{"users": []}',
  'broken.json': '[{"email": "a@example.com"},',
  'empty.json': '[ ]',
  'ndjson.json': '{"email":"a@example.com"}\n{"email":"b@example.com"}\n',
}

/** Each case: inputs, the input the error must name, and a piece of the accepted form. */
const cases: [string, () => Record<string, string>, string, RegExp][] = [
  ['no operation', () => ({ ...base() }), 'operation', /import-users/],
  [
    'unknown operation',
    () => ({ ...base(), operation: 'delete-users' }),
    'operation',
    /delete-users/,
  ],
  ['no domain', () => ({ ...importing(), domain: '' }), 'domain', /domain/],
  [
    'http to a remote host',
    () => ({ ...importing(), domain: 'http://acme.eu.auth0.com' }),
    'domain',
    /loopback/,
  ],
  [
    'no credentials',
    () => ({ ...importing(), client_id: '', client_secret: '' }),
    'client_id',
    /token/,
  ],
  [
    'a client id without secret',
    () => ({ ...importing(), client_secret: '' }),
    'client_secret',
    /client_secret/,
  ],
  [
    'both ways of authenticating',
    () => ({ ...importing(), token: 'abc.def.ghi' }),
    'token',
    /token/,
  ],
  ['a missing users file', () => ({ ...importing(), file: 'nope.json' }), 'file', /nope\.json/],
  [
    'a users file that is an object',
    () => ({ ...importing(), file: 'object.json' }),
    'file',
    /array/,
  ],
  [
    'a truncated users file',
    () => ({ ...importing(), file: 'broken.json' }),
    'file',
    /broken\.json/,
  ],
  ['an NDJSON users file', () => ({ ...importing(), file: 'ndjson.json' }), 'file', /NDJSON/],
  ['an empty users file', () => ({ ...importing(), file: 'empty.json' }), 'file', /no users/],
  ['no connection_id', () => ({ ...importing(), connection_id: '' }), 'connection_id', /con_/],
  [
    'a connection name',
    () => ({ ...importing(), connection_id: 'Username-Password-Authentication' }),
    'connection_id',
    /con_/,
  ],
  ['no job_id', () => ({ ...base(), operation: 'get-job' }), 'job_id', /job_/],
  [
    'a malformed job_id',
    () => ({ ...base(), operation: 'get-job', job_id: 'job_1' }),
    'job_id',
    /job_1/,
  ],
  ['a timeout that is not a number', () => ({ ...importing(), timeout: '10m' }), 'timeout', /10m/],
  ['a zero timeout', () => ({ ...importing(), timeout: '0' }), 'timeout', /'0'/],
  ['a boolean that is not one', () => ({ ...importing(), upsert: 'yes' }), 'upsert', /yes/],
  [
    'a wait that is not a boolean',
    () => ({ ...importing(), wait: 'sometimes' }),
    'wait',
    /sometimes/,
  ],
  [
    'a percentage over 100',
    () => ({ ...importing(), max_failed_users: '150%' }),
    'max_failed_users',
    /150%/,
  ],
  ['a negative gate', () => ({ ...importing(), max_failed_users: '-1' }), 'max_failed_users', /-1/],
  [
    'a chunk_size over Auth0 limit',
    () => ({ ...importing(), chunk_size: '600000' }),
    'chunk_size',
    /512000/,
  ],
  [
    'a chunk_size that is not a number',
    () => ({ ...importing(), chunk_size: 'big' }),
    'chunk_size',
    /big/,
  ],
  [
    'an export format Auth0 lacks',
    () => ({ ...base(), operation: 'export-users', format: 'xml' }),
    'format',
    /xml/,
  ],
  [
    'an export limit below 1',
    () => ({ ...base(), operation: 'export-users', limit: '0' }),
    'limit',
    /'0'/,
  ],
  [
    'export fields that are not a list',
    () => ({ ...base(), operation: 'export-users', fields: '[1, 2]' }),
    'fields',
    /fields/,
  ],
  [
    'more than 30 csv fields',
    () => ({
      ...base(),
      operation: 'export-users',
      format: 'csv',
      fields: Array.from({ length: 31 }, (_, i) => `f${i}`).join(','),
    }),
    'fields',
    /30/,
  ],
  [
    'no user_id for a verification email',
    () => ({ ...base(), operation: 'send-verification-email' }),
    'user_id',
    /user_id/,
  ],
  [
    'an identity that is not an object',
    () => ({
      ...base(),
      operation: 'send-verification-email',
      user_id: 'auth0|1',
      identity: '["google-oauth2"]',
    }),
    'identity',
    /provider/,
  ],
]

describe('bad inputs', () => {
  it.each(cases)('rejects %s before sending anything', async (_name, inputs, input, accepted) => {
    const before = emulator.requests.length
    const run = await runAction(inputs(), { files })
    expect(run.exitCode).toBe(1)
    expect(run.errors, run.stdout).toHaveLength(1)
    expect(run.errors[0]).toContain(`'${input}'`)
    expect(run.errors[0]).toMatch(accepted)
    expect(emulator.requests.length - before).toBe(0)
    expect(run.stdout).not.toContain(emulator.clientSecret.replace(/./g, '') || 'never')
  })
})
