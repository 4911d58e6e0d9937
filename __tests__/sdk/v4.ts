/**
 * Drives the official `auth0` SDK v4 (npm alias `auth0-v4`) against the emulator:
 * `node __tests__/sdk/v4.ts PLAN_JSON`. Prints one JSON line per call (plan.ts).
 */
import { ManagementClient } from 'auth0-v4'
import type { SdkPlan } from './plan.ts'
import { type JobsCalls, runSuite } from './suite.ts'

const plan = JSON.parse(process.argv[2] ?? '{}') as SdkPlan

function calls(client: ManagementClient): JobsCalls {
  const data = async <T>(answer: Promise<{ data: T }>): Promise<T> => (await answer).data
  return {
    importUsers: (body) => data(client.jobs.importUsers(body)),
    exportUsers: (body) => data(client.jobs.exportUsers(body as never)),
    verifyEmail: (body) => data(client.jobs.verifyEmail(body as never)),
    get: (id) => data(client.jobs.get({ id })) as never,
    errors: (id) => data(client.jobs.getErrors({ id })),
  }
}

/** v4 keeps Auth0's body as text on ManagementApiError and AuthApiError. */
function errorBody(error: Record<string, unknown>): unknown {
  if (typeof error.body !== 'string') return error.body
  try {
    return JSON.parse(error.body)
  } catch {
    return error.body
  }
}

await runSuite(
  {
    name: 'v4',
    withSecret: (clientId, clientSecret) =>
      calls(new ManagementClient({ domain: plan.domain, clientId, clientSecret })),
    withToken: (token) => calls(new ManagementClient({ domain: plan.domain, token })),
    errorBody,
  },
  plan,
)
