/**
 * A tenant described as data (`--tenant FILE`, `startEmulator({ tenant })`): its applications
 * with their Management API grants, its connections, users and organizations. The format is in
 * emulator/README.md. `resolveTenant` turns a description, or the options of the default tenant,
 * into the checked form the handlers use; a bad description fails with one message naming it.
 */
import type { KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { type AssertionAlg, type ClientCredential, toCredential } from './client-assertion.ts'
import { CONNECTION_ID_PATTERN } from './job-record.ts'
import type { EmulatorOptions } from './types.ts'

export interface TenantDescription {
  /** Export files are called `<name>.<json|csv>.gz`; default `emulator`. */
  name?: string
  clients: ClientDescription[]
  connections: ConnectionDescription[]
  users?: UserDescription[]
  /** Omitted: any well-formed `org_…` id exists (the default tenant's leniency). */
  organizations?: { id: string; name?: string }[]
}

export interface ClientDescription {
  client_id: string
  client_secret?: string
  /** The client grant on the Management API. Omitted: no grant, so no token for the API. */
  scopes?: string[]
  /** Private Key JWT credentials (at most two, for rotation). */
  public_keys?: { pem: string; alg?: AssertionAlg }[]
  /** Default: `private-key-jwt` with public keys, else `client-secret`. */
  authentication?: 'client-secret' | 'private-key-jwt' | 'any'
}

export interface ConnectionDescription {
  id: string
  name: string
  /** `auth0` is a database connection; anything else (`google-oauth2`, `samlp`, …) is not. */
  strategy?: string
  /** Client ids the connection is enabled for. Omitted: every client; `[]`: disabled. */
  enabled_clients?: string[]
  /** A custom database (database action scripts). */
  custom_database?: boolean
  /** Custom databases only: "Import Users to Auth0" (lazy migration) is on. */
  import_mode?: boolean
}

export interface UserDescription {
  /** The connection's name or id. Default: the first connection. */
  connection?: string
  email: string
  user_id?: string
  [key: string]: unknown
}

export interface TenantClient {
  clientId: string
  clientSecret: string | undefined
  scopes: string[] | undefined
  credentials: ClientCredential[]
  authentication: 'client-secret' | 'private-key-jwt' | 'any'
}

export interface TenantConnection {
  id: string
  name: string
  strategy: string
  enabledClients: string[] | undefined
  customDatabase: boolean
  importMode: boolean
}

export interface Tenant {
  name: string
  clients: TenantClient[]
  connections: TenantConnection[]
  users: UserDescription[]
  organizations: Set<string> | undefined
  /** A described tenant: unknown users, organizations and clients are refused. */
  strict: boolean
}

/** The grant of the default tenant's application (what every token carried before tenants). */
export const DEFAULT_SCOPES = ['read:users', 'update:users', 'create:users']
const DEFAULT_CONNECTION = { id: 'con_0123456789abcdef', name: 'Username-Password-Authentication' }

export function readTenantFile(path: string): TenantDescription {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new Error(`--tenant ${path}: cannot be read (${(error as Error).message})`)
  }
  try {
    return JSON.parse(text) as TenantDescription
  } catch (error) {
    throw new Error(`--tenant ${path}: not JSON (${(error as Error).message})`)
  }
}

export function resolveTenant(options: EmulatorOptions): Tenant {
  if (options.tenant) return describedTenant(options.tenant)
  const keys = options.clientPublicKey
  const credentials = (keys === undefined ? [] : Array.isArray(keys) ? keys : [keys]).map(
    (key: string | KeyObject) => toCredential(key, options.clientPublicKeyAlg),
  )
  const client: TenantClient = {
    clientId: options.clientId ?? 'emulator-client-id',
    clientSecret: options.clientSecret ?? 'emulator-client-secret',
    scopes: options.scopes ?? DEFAULT_SCOPES,
    credentials,
    authentication:
      options.clientAuthentication ??
      (credentials.length > 0 ? 'private-key-jwt' : 'client-secret'),
  }
  return {
    name: options.tenantName ?? 'emulator',
    clients: [client],
    connections: (options.connections ?? [DEFAULT_CONNECTION]).map((c) => ({
      id: c.id,
      name: c.name,
      strategy: 'auth0',
      enabledClients: undefined,
      customDatabase: false,
      importMode: false,
    })),
    users: options.existingUsers ?? [],
    organizations: undefined,
    strict: false,
  }
}

function fail(what: string, problem: string): never {
  throw new Error(`tenant description: ${what} ${problem}`)
}

function describedTenant(description: TenantDescription): Tenant {
  if (!Array.isArray(description.clients) || description.clients.length === 0) {
    fail('clients', 'must be a non-empty array')
  }
  if (!Array.isArray(description.connections) || description.connections.length === 0) {
    fail('connections', 'must be a non-empty array')
  }
  const clients = description.clients.map((c, i) => tenantClient(c, `clients[${i}]`))
  const connections = description.connections.map((c, i) => {
    const where = `connections[${i}]`
    if (typeof c?.id !== 'string' || !CONNECTION_ID_PATTERN.test(c.id)) {
      fail(`${where}.id`, 'must match ^con_[A-Za-z0-9]{16}$')
    }
    if (typeof c.name !== 'string' || c.name === '') fail(`${where}.name`, 'must be a string')
    return {
      id: c.id,
      name: c.name,
      strategy: c.strategy ?? 'auth0',
      enabledClients: c.enabled_clients,
      customDatabase: c.custom_database === true,
      importMode: c.import_mode === true,
    }
  })
  const users = (description.users ?? []).map((user, i) => {
    if (typeof user?.email !== 'string') fail(`users[${i}].email`, 'must be a string')
    const named = user.connection ?? connections[0]?.name
    if (!connections.some((c) => c.name === named || c.id === named)) {
      fail(`users[${i}].connection`, `names no connection of the tenant: ${String(named)}`)
    }
    return user
  })
  const organizations = description.organizations?.map((org, i) => {
    if (typeof org?.id !== 'string' || !/^org_[A-Za-z0-9]{16}$/.test(org.id)) {
      fail(`organizations[${i}].id`, 'must match ^org_[A-Za-z0-9]{16}$')
    }
    return org.id
  })
  return {
    name: description.name ?? 'emulator',
    clients,
    connections,
    users,
    organizations: new Set(organizations ?? []),
    strict: true,
  }
}

function tenantClient(c: ClientDescription, where: string): TenantClient {
  if (typeof c?.client_id !== 'string' || c.client_id === '') {
    fail(`${where}.client_id`, 'must be a non-empty string')
  }
  if (c.scopes !== undefined && !Array.isArray(c.scopes)) {
    fail(`${where}.scopes`, 'must be an array of scopes (omit it for a client with no grant)')
  }
  const credentials = (c.public_keys ?? []).map((key) => toCredential(key.pem, key.alg))
  return {
    clientId: c.client_id,
    clientSecret: c.client_secret,
    scopes: c.scopes,
    credentials,
    authentication:
      c.authentication ?? (credentials.length > 0 ? 'private-key-jwt' : 'client-secret'),
  }
}

/** Where a connection counts as enabled (Auth0: enabled for at least one application). */
export function isEnabled(connection: TenantConnection): boolean {
  return connection.enabledClients === undefined || connection.enabledClients.length > 0
}
