/**
 * GET /api/v2/users-by-email and GET /api/v2/connections/{id}: the look-ups a
 * plan or verify of a small file makes. users-by-email matches the email exactly (case-sensitive)
 * across every connection and answers at once with what the tenant holds now.
 */
import { CONNECTION_ID_PATTERN } from '../job-record.ts'
import { apiError, type Context, payloadError, send } from '../replies.ts'

export function handleUsersByEmail(ctx: Context): void {
  const email = ctx.query.get('email')
  if (email === null || email === '') {
    payloadError(
      ctx,
      "Query validation error: 'Missing required property: email' on property email.",
    )
    return
  }
  const found = [...ctx.state.users.values()].filter((user) => user.email === email)
  send(ctx, 200, found)
}

export function handleGetConnection(ctx: Context, id: string): void {
  if (!CONNECTION_ID_PATTERN.test(id)) {
    apiError(
      ctx,
      400,
      `Path validation error: 'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property id (The id of the connection to retrieve).`,
      'invalid_uri',
    )
    return
  }
  const connection = ctx.state.tenant.connections.find((c) => c.id === id)
  if (!connection) {
    apiError(ctx, 404, 'The connection does not exist', 'inexistent_connection')
    return
  }
  send(ctx, 200, {
    id: connection.id,
    name: connection.name,
    strategy: connection.strategy,
    enabled_clients: connection.enabledClients ?? ctx.state.tenant.clients.map((c) => c.clientId),
  })
}
