/** The tenant the SDK suite drives: one client per grant, one connection per refusal. */
import type { TenantDescription } from '../../emulator/server.ts'

export const SDK_TENANT: TenantDescription = {
  name: 'sdk-suite',
  clients: [
    {
      client_id: 'sdkFullAccessClient0000000000001',
      client_secret: 'full-secret',
      scopes: ['create:users', 'read:users', 'update:users'],
    },
    {
      client_id: 'sdkReadOnlyClient000000000000002',
      client_secret: 'ro-secret',
      scopes: ['read:users'],
    },
    { client_id: 'sdkNoGrantClient0000000000000003', client_secret: 'ng-secret' },
  ],
  connections: [
    { id: 'con_DatabaseConn0000', name: 'Username-Password-Authentication', strategy: 'auth0' },
    { id: 'con_SocialConn000000', name: 'google-oauth2', strategy: 'google-oauth2' },
    { id: 'con_DisabledConn0000', name: 'disabled-db', strategy: 'auth0', enabled_clients: [] },
    {
      id: 'con_CustomDbConn0000',
      name: 'legacy-db',
      strategy: 'auth0',
      custom_database: true,
      import_mode: false,
    },
  ],
  users: [{ email: 'known@example.com', user_id: 'auth0|known1', user_metadata: { plan: 'pro' } }],
  organizations: [{ id: 'org_2eondWoxcMIpaLQc', name: 'acme' }],
}
