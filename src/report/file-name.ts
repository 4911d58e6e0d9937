/**
 * Names of the files the step writes into RUNNER_TEMP. Parts of a name may come from Auth0 (a
 * job id), so they are cut to a strict character set and length, and the result is checked to be
 * a direct child of the folder before anything is written.
 */
import { basename, dirname, join, resolve } from 'node:path'

/** Longest part of a file name taken from outside data; a job id is 20 characters. */
export const MAX_NAME_PART = 40

/** `part` reduced to letters, digits, `_` and `-`, at most MAX_NAME_PART long, never empty. */
export function safeNamePart(part: string): string {
  const safe = part.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, MAX_NAME_PART)
  return /[A-Za-z0-9]/.test(safe) ? safe : 'unnamed'
}

/**
 * `<folder>/<prefix>-<part>[-<suffix>].<extension>` with `part` made safe. Throws when the
 * result would not be a direct child of `folder` (it cannot, by construction; the check keeps
 * it so).
 */
export function fileInFolder(
  folder: string,
  prefix: string,
  part: string,
  extension: string,
  suffix?: string,
): string {
  const name = [prefix, safeNamePart(part), ...(suffix === undefined ? [] : [suffix])].join('-')
  const path = join(folder, `${name}.${extension}`)
  if (dirname(resolve(path)) !== resolve(folder) || basename(path).startsWith('.')) {
    throw new Error(`Refusing to write ${JSON.stringify(name)}: it would leave ${folder}.`)
  }
  return path
}
