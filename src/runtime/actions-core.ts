/**
 * The part of @actions/core this action uses, built from @actions/core's own command modules.
 *
 * Why not `import * as core from '@actions/core'`: its entry module imports `oidc-utils` (for
 * `getIDToken`, which this action never calls), which imports @actions/http-client, which loads
 * all of undici before the first line of the action runs: that was the largest part of start-up
 * (bench/cold-start.ts). The workflow-command formatting and escaping stay @actions/core's: only
 * the few lines of core.js that glue them together are restated here, as in @actions/core 3.0.1.
 * The relative paths bypass the package's `exports` map; tsc checks them against its .d.ts files,
 * so a layout change in a new @actions/core fails the typecheck instead of the step.
 */
import { EOL } from 'node:os'
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import type { AnnotationProperties } from '../../node_modules/@actions/core/lib/core.js'
import {
  issueFileCommand,
  prepareKeyValueMessage,
} from '../../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'

export { summary } from '../../node_modules/@actions/core/lib/summary.js'

/** The input `name`, trimmed ('' when not set), as `core.getInput`. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
    return
  }
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message)
}

export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}
