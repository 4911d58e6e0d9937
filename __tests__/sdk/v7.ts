/**
 * Drives the official `auth0` SDK v7 against the emulator: `node __tests__/sdk/v7.ts PLAN_JSON`.
 * Prints one JSON line per call (plan.ts). Needs NODE_EXTRA_CA_CERTS = the emulator's CA.
 */
import { ManagementClient } from 'auth0'
import type { SdkPlan } from './plan.ts'
import { type JobsCalls, runSuite } from './suite.ts'

const plan = JSON.parse(process.argv[2] ?? '{}') as SdkPlan

function calls(client: ManagementClient): JobsCalls {
  return {
    importUsers: (body) => client.jobs.usersImports.create(body),
    exportUsers: (body) => client.jobs.usersExports.create(body),
    verifyEmail: (body) => client.jobs.verificationEmail.create(body as never),
    get: (id) => client.jobs.get(id) as never,
    errors: (id) => client.jobs.errors.get(id),
  }
}

await runSuite(
  {
    name: 'v7',
    withSecret: (clientId, clientSecret) =>
      calls(new ManagementClient({ domain: plan.domain, clientId, clientSecret })),
    withToken: (token) => calls(new ManagementClient({ domain: plan.domain, token })),
    errorBody: (error) => error.body,
  },
  plan,
)
