/** Parsers and messages every operation's inputs share: one InputError naming the input and the value. */
import { isAbsolute, resolve } from 'node:path'
import { InputError } from '../runtime/errors.js'
import type { InputEnv, InputName } from './names.js'
import { type FailureThreshold, OPERATIONS, type Operation } from './settings.js'

/**
 * Ranges of the time- and size-like inputs, so every value fits the timers and counters that use
 * it: 5 days in ms is far below the 2^31-1 ms a Node timer holds; no tenant nears a billion users,
 * and no users file splits into 100000 jobs (that would be a 51 GB file).
 */
export const MAX_TIMEOUT_SECONDS = 432_000

const CONNECTION_ID = /^con_[A-Za-z0-9]{16}$/
const WHOLE = /^\d+$/
const PERCENT = /^(\d+(?:\.\d+)?)%$/

export type Get = (name: InputName) => string

/** Shows a value inside a message: on one line and not endlessly long. */
export function show(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '\\n')
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine
}

export function fail(name: InputName, value: string, expected: string): never {
  throw new InputError(name, `Input '${name}' is '${show(value)}': ${expected}.`)
}

export function missing(name: InputName, what: string): never {
  throw new InputError(name, `Input '${name}' is required: ${what}.`)
}

export function required(get: Get, name: InputName, what: string): string {
  const value = get(name)
  if (value === '') missing(name, `set it to ${what}`)
  return value
}

export function optional(value: string): string | undefined {
  return value === '' ? undefined : value
}

export function parseWhole(value: string): number | undefined {
  if (!WHOLE.test(value)) return undefined
  const number = Number(value)
  return Number.isSafeInteger(number) ? number : undefined
}

export function parseOperation(value: string): Operation {
  const accepted = OPERATIONS.join(', ')
  if (value === '') missing('operation', `set it to one of ${accepted}`)
  const normalized = value.toLowerCase().replaceAll('_', '-')
  const operation = OPERATIONS.find((candidate) => candidate === normalized)
  if (operation === undefined) {
    fail(
      'operation',
      value,
      `expected one of ${accepted} (underscore spellings such as import_users are accepted too)`,
    )
  }
  return operation
}

export function parseBoolean(get: Get, name: InputName, fallback: boolean): boolean {
  const value = get(name)
  if (value === '') return fallback
  const lower = value.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  return fail(name, value, `expected true or false (default ${fallback})`)
}

export function parseTimeout(value: string): number {
  if (value === '') return 3600 * 1000
  const seconds = parseWhole(value)
  if (seconds === undefined || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
    fail(
      'timeout',
      value,
      `expected a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS} seconds (5 days, the longest a job may run on a self-hosted runner), e.g. 3600`,
    )
  }
  return seconds * 1000
}

/** `max_failed_users`: `0`, `25`, `1%`, `2.5%`. */
export function parseMaxFailedUsers(value: string): FailureThreshold {
  if (value === '') return { kind: 'count', max: 0 }
  const expected =
    'expected a whole number of users (0 or more), or a percentage of the users from 0% to 100% such as 1% or 2.5%'
  const count = parseWhole(value)
  if (count !== undefined) return { kind: 'count', max: count }
  const percent = PERCENT.exec(value)?.[1]
  if (percent !== undefined) {
    const max = Number(percent)
    if (Number.isFinite(max) && max >= 0 && max <= 100) return { kind: 'percent', max }
  }
  return fail('max_failed_users', value, expected)
}

export function parseConnectionId(value: string, isRequired: true): string
export function parseConnectionId(value: string, isRequired: false): string | undefined
export function parseConnectionId(value: string, isRequired: boolean): string | undefined {
  if (value === '') {
    if (isRequired)
      missing(
        'connection_id',
        "set it to the database connection's id (con_ followed by 16 letters or digits)",
      )
    return undefined
  }
  if (!CONNECTION_ID.test(value)) {
    fail(
      'connection_id',
      value,
      "expected a connection id: con_ followed by 16 letters or digits, e.g. con_0123456789abcdef; use the connection's id (con_…), not its name",
    )
  }
  return value
}

export function resolveInWorkspace(value: string, env: InputEnv): string {
  if (isAbsolute(value)) return resolve(value)
  const workspace = env.GITHUB_WORKSPACE
  return resolve(workspace !== undefined && workspace !== '' ? workspace : process.cwd(), value)
}
