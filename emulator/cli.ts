/**
 * Runs the Auth0 emulator until SIGINT/SIGTERM:
 *   node emulator/cli.ts [--port N] [--export-users N] [--client-id ID] [--client-secret S]
 *     [--pending-ms N] [--processing-ms N] [--ms-per-user N] [--max-active-imports N]
 *     [--rate-burst N --rate-per-second N | --no-rate-limit] [--token-lifetime S]
 *     [--export-link-ttl-ms N] [--tenant FILE] [--https] [--json]
 */
import { parseArgs } from 'node:util'
import { type Emulator, type EmulatorOptions, startEmulator } from './server.ts'
import { readTenantFile } from './tenant.ts'

const HELP = `Usage: node emulator/cli.ts [options]
  --port N                 port on 127.0.0.1 (default: a free one)
  --client-id ID           M2M client id (default emulator-client-id)
  --client-secret S        M2M client secret (default emulator-client-secret)
  --export-users N         users in an export when the tenant has none (default 10)
  --pending-ms N           time a job stays pending (default 100)
  --processing-ms N        base processing time (default 200)
  --ms-per-user N          extra processing time per user (default 0)
  --max-active-imports N   concurrent import jobs allowed (default 2)
  --rate-burst N           rate-limit bucket size (default 50)
  --rate-per-second N      rate-limit refill per second (default 50)
  --no-rate-limit          no rate limiting
  --token-lifetime S       access token lifetime in seconds (default 86400)
  --export-link-ttl-ms N   export download link lifetime (default 60000)
  --tenant FILE            the tenant as JSON: clients, connections, users, organizations
                           (emulator/README.md); replaces --client-id/--client-secret
  --https                  serve https with a certificate made at start; its CA is written
                           to a file to pass as NODE_EXTRA_CA_CERTS
  --json                   print one JSON line {url, domain, client_id, client_secret,
                           connection_id, clients, ca_file}
`

function int(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`)
  return n
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'export-users': { type: 'string' },
      'pending-ms': { type: 'string' },
      'processing-ms': { type: 'string' },
      'ms-per-user': { type: 'string' },
      'max-active-imports': { type: 'string' },
      'rate-burst': { type: 'string' },
      'rate-per-second': { type: 'string' },
      'no-rate-limit': { type: 'boolean' },
      'token-lifetime': { type: 'string' },
      'export-link-ttl-ms': { type: 'string' },
      tenant: { type: 'string' },
      https: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  const burst = int(values['rate-burst'], 'rate-burst')
  const perSecond = int(values['rate-per-second'], 'rate-per-second')
  const options: EmulatorOptions = {
    port: int(values.port, 'port'),
    clientId: values['client-id'],
    clientSecret: values['client-secret'],
    exportUsers: int(values['export-users'], 'export-users'),
    jobTiming: {
      pendingMs: int(values['pending-ms'], 'pending-ms'),
      processingMs: int(values['processing-ms'], 'processing-ms'),
      msPerUser: int(values['ms-per-user'], 'ms-per-user'),
    },
    maxActiveImports: int(values['max-active-imports'], 'max-active-imports'),
    tokenLifetimeSeconds: int(values['token-lifetime'], 'token-lifetime'),
    exportLinkTtlMs: int(values['export-link-ttl-ms'], 'export-link-ttl-ms'),
    https: values.https === true,
  }
  if (values.tenant !== undefined) options.tenant = readTenantFile(values.tenant)
  if (values['no-rate-limit']) options.rateLimit = false
  else if (burst !== undefined || perSecond !== undefined) {
    options.rateLimit = { burst: burst ?? 50, perSecond: perSecond ?? burst ?? 50 }
  }
  const emulator = await startEmulator(options)
  process.stdout.write(values.json ? `${JSON.stringify(summary(emulator))}\n` : banner(emulator))
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

/** The URL and every credential of the tenant, for scripts (`--json`). */
function summary(emulator: Emulator): Record<string, unknown> {
  return {
    url: emulator.url,
    domain: emulator.domain,
    client_id: emulator.clientId,
    client_secret: emulator.clientSecret,
    connection_id: emulator.connections[0]?.id ?? '',
    clients: emulator.clients,
    ...(emulator.caFile ? { ca_file: emulator.caFile } : {}),
  }
}

function banner(emulator: Emulator): string {
  const lines = [
    `Auth0 emulator listening on ${emulator.url}`,
    `  domain:        ${emulator.url}`,
    `  audience:      ${emulator.url}/api/v2/`,
    `  client_id:     ${emulator.clientId}`,
    `  client_secret: ${emulator.clientSecret}`,
    `  connection_id: ${emulator.connections[0]?.id ?? ''}`,
  ]
  if (emulator.caFile) lines.push(`  CA:            NODE_EXTRA_CA_CERTS=${emulator.caFile}`)
  lines.push('Press Ctrl+C to stop.', '')
  return lines.join('\n')
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  })
}
