/** Reading the connection for a plan or verify, through a fake UsersApi (no HTTP). */
import { Agent } from 'undici'
import { describe, expect, it } from 'vitest'
import type { Job } from '../src/auth0/job.js'
import { COMPARED } from '../src/plan/attributes.js'
import { type ReadContext, readConnection, type UsersApi } from '../src/plan/read-tenant.js'
import { NO_MATCH } from '../src/plan/tenant-index.js'
import { Deadline } from '../src/runtime/deadline.js'
import { ApiError } from '../src/runtime/errors.js'
import { silentLogger } from '../src/runtime/logger.js'
import { FakeClock } from './fake-clock.js'

class FakeUsersApi implements UsersApi {
  readonly calls: string[] = []
  constructor(
    private readonly users: Record<string, unknown>[],
    private readonly mayReadConnections = true,
  ) {}
  async connectionName(id: string): Promise<string> {
    this.calls.push(`connection ${id}`)
    if (!this.mayReadConnections) throw new ApiError(403, 'Insufficient scope')
    return 'Users'
  }
  async usersByEmail(email: string): Promise<unknown[]> {
    this.calls.push(`by-email ${email}`)
    return this.users.filter((user) => user.email === email)
  }
  async createExport(): Promise<Job> {
    this.calls.push('export')
    throw new Error('export requested')
  }
  async getJob(id: string): Promise<Job> {
    return { id, status: 'completed' } as Job
  }
}

function context(api: UsersApi): ReadContext {
  const clock = new FakeClock()
  return {
    api,
    clock,
    deadline: new Deadline(clock, 60_000),
    logger: silentLogger,
    runnerTemp: '/nonexistent',
    dispatcher: new Agent(),
  }
}

const identity = (connection: string) => [{ connection, provider: 'auth0', user_id: 'x' }]

describe('readConnection by look-ups', () => {
  it("keeps only the connection's users, each once, and costs one request per email plus one", async () => {
    const api = new FakeUsersApi([
      { user_id: 'auth0|1', email: 'Ann@example.com', identities: identity('Users') },
      { user_id: 'google-oauth2|9', email: 'ann@example.com', identities: identity('google') },
      { user_id: 'auth0|2', email: 'bob@example.com', identities: identity('Users') },
    ])
    const emails = ['Ann@example.com', 'ann@example.com', 'bob@example.com']
    const { index, source } = await readConnection('con_x', emails, context(api), 'Plan', COMPARED)
    expect(source).toEqual({ kind: 'lookups', requests: 4 })
    expect(index.size).toBe(2)
    expect(index.match('email', 'ann@example.com')).not.toBe(NO_MATCH)
    expect(api.calls).toEqual(['connection con_x', ...emails.map((e) => `by-email ${e}`)])
  })

  it('without read:connections, reads the connection with an export job instead', async () => {
    const api = new FakeUsersApi([], false)
    await expect(
      readConnection('con_x', ['a@example.com'], context(api), 'Plan', COMPARED),
    ).rejects.toThrow('export requested')
    expect(api.calls).toEqual(['connection con_x', 'export'])
  })
})
