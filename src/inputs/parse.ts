/**
 * Reads every input once and turns it into a typed Settings object (settings.ts), or throws one
 * InputError that names the input, quotes the bad value and says what is accepted. The common
 * inputs are read here; each operation's own inputs in its file (import-users.ts, export-users.ts, send-verification-email.ts, get-job.ts).
 *
 * Pure: `read(name)` is bound to `core.getInput` by main.ts, `env` supplies GITHUB_WORKSPACE. The
 * only side effect is a stat/access check of the import `file`, so a missing file is reported
 * before anything is sent to Auth0.
 */
import { privateKeyMaskParts } from '../auth0/client-assertion.js'
import { InputError } from '../runtime/errors.js'
import { parseExportSettings } from './export-users.js'
import { parseGetJobErrorsSettings, parseGetJobSettings } from './get-job.js'
import { parseImportSettings } from './import-users.js'
import {
  COMMON_INPUTS,
  INPUT_DEFAULTS,
  type InputEnv,
  type InputName,
  type InputReader,
  OPERATION_INPUTS,
  SECRET_INPUTS,
} from './names.js'
import { parseVerificationSettings } from './send-verification-email.js'
import type { CommonSettings, Operation, Settings } from './settings.js'
import { parseTenant } from './tenant.js'
import { type Get, optional, parseBoolean, parseOperation, parseTimeout } from './values.js'

/** Parses and validates the inputs for the chosen operation. Throws one InputError. */
export function parseInputs(read: InputReader, env: InputEnv): Settings {
  const get = (name: InputName): string => (read(name) ?? '').trim()
  try {
    return parse(get, env)
  } catch (error) {
    // A secret pasted into the wrong input (say client_id and client_secret swapped) must not be
    // echoed back by the message that complains about it.
    if (error instanceof InputError) {
      const message = redact(error.message, [
        ...SECRET_INPUTS.map((name) => get(name)),
        ...privateKeyMaskParts(get('client_assertion_key')),
      ])
      if (message !== error.message) throw new InputError(error.input, message)
    }
    throw error
  }
}

/**
 * Warnings for inputs that are set but not used by `operation` (an input left at its action.yml
 * default counts as not set, since core.getInput returns the default). main prints each with
 * core.warning.
 */
export function unusedInputWarnings(read: InputReader, operation: Operation): string[] {
  const used = new Set<InputName>([...COMMON_INPUTS, ...OPERATION_INPUTS[operation]])
  const warnings: string[] = []
  const isSet = (name: InputName): boolean => {
    const value = (read(name) ?? '').trim()
    return value !== '' && value.toLowerCase() !== INPUT_DEFAULTS[name].toLowerCase()
  }
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) {
    if (!used.has(name) && isSet(name)) {
      warnings.push(`Input '${name}' is ignored: operation '${operation}' does not use it.`)
    }
  }
  if (isSet('audience') && isSet('token')) {
    warnings.push(
      "Input 'audience' is ignored: it is only used to obtain a token with client_id and client_secret, and 'token' is given.",
    )
  }
  if (isSet('client_assertion_alg') && !isSet('client_assertion_key')) {
    warnings.push(
      "Input 'client_assertion_alg' is ignored: it only applies with 'client_assertion_key' (private-key JWT authentication), which is not set.",
    )
  }
  return warnings
}

export function parse(get: Get, env: InputEnv): Settings {
  const operation = parseOperation(get('operation'))
  const common: CommonSettings = {
    tenant: parseTenant(get),
    wait: parseBoolean(get, 'wait', true),
    timeoutMs: parseTimeout(get('timeout')),
    githubToken: optional(get('github_token')),
  }
  switch (operation) {
    case 'import-users':
      return parseImportSettings(get, env, common)
    case 'export-users':
      return parseExportSettings(get, env, common)
    case 'send-verification-email':
      return parseVerificationSettings(get, common)
    case 'get-job':
      return parseGetJobSettings(get, common)
    case 'get-job-errors':
      return parseGetJobErrorsSettings(get, common)
  }
}

function redact(message: string, secrets: string[]): string {
  // Very short values would redact ordinary words; real secrets and tokens are long.
  const long = secrets.filter((secret) => secret.length >= 6)
  let result = message
  for (const secret of long) result = result.split(secret).join('***')
  // show() cuts long values at 200 characters: the cut-off tail of a secret ends at the '…'.
  let at = result.indexOf('…')
  while (at !== -1) {
    for (let length = Math.min(at, 200); length >= 6; length--) {
      const tail = result.slice(at - length, at)
      if (long.some((secret) => secret.includes(tail))) {
        result = `${result.slice(0, at - length)}***${result.slice(at)}`
        at = at - length + 3
        break
      }
    }
    at = result.indexOf('…', at + 1)
  }
  return result
}
