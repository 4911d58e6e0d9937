/**
 * What the SDK suite asks of each official SDK, shared by the drivers (run as child processes
 * with NODE_EXTRA_CA_CERTS, so the SDKs speak https to the emulator unchanged) and the test.
 */
import { gunzipSync } from 'node:zlib'

export interface SdkPlan {
  domain: string
  /** client id → secret. */
  full: [string, string]
  readOnly: [string, string]
  noGrant: [string, string]
  connections: { db: string; social: string; disabled: string; customNoImport: string }
  userId: string
  emailClientId: string
  organizationId: string
  /** A job past Auth0's 24 h retention (seeded on the emulator's clock). */
  expiredJobId: string
  /** A finished job whose /errors answers with the job object. */
  genericErrorsJobId: string
}

export interface SdkErrorRecord {
  /** The error's class and its ancestors', nearest first (e.g. ForbiddenError, ManagementError). */
  classes: string[]
  statusCode: unknown
  message: string
  /** Auth0's body as the SDK parsed it (errorCode, error, error_description…). */
  body: unknown
}

export type CallRecord =
  | { name: string; ok: true; value: unknown }
  | { name: string; ok: false; error: SdkErrorRecord }

function classes(error: object): string[] {
  const names: string[] = []
  for (
    let p = Object.getPrototypeOf(error);
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p)
  ) {
    names.push(p.constructor.name)
  }
  return names
}

/** Runs one call and prints its record as one JSON line. */
export async function record(
  name: string,
  call: () => Promise<unknown>,
  body: (error: Record<string, unknown>) => unknown,
): Promise<unknown> {
  let line: CallRecord
  try {
    const value = await call()
    line = { name, ok: true, value: value === undefined ? null : value }
  } catch (caught) {
    const error = caught as Record<string, unknown>
    line = {
      name,
      ok: false,
      error: {
        classes: classes(error),
        statusCode: error.statusCode,
        message: String(error.message),
        body: body(error),
      },
    }
  }
  process.stdout.write(`${JSON.stringify(line)}\n`)
  return line.ok ? line.value : undefined
}

/** The users file of the suite's imports: two good users and one Auth0 refuses per user. */
export function usersFile(tag: string): string {
  return JSON.stringify([
    { email: `${tag}-1@example.com`, email_verified: true },
    { email: `${tag}-2@example.com`, name: 'Two' },
    { email: `${tag}..dots@example.com` },
  ])
}

/** Downloads an export link the way Auth0's docs say (plain GET, no auth) and counts its rows. */
export async function download(location: string): Promise<{ rows: string[] }> {
  const response = await fetch(location)
  if (!response.ok) throw new Error(`download answered ${response.status}`)
  const text = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')
  return { rows: text.trimEnd().split('\n') }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
