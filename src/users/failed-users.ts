import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { finished } from 'node:stream/promises'
import { redactUser } from './redact.js'
import { scanJsonArray } from './scan.js'

/**
 * Writes the users of `file` at `indexes` (file order) as a JSON array, so a team can fix them
 * and import just those again. Password hashes, salts and MFA secrets are redacted like
 * everywhere else the action writes: take them from the source file (each user's position in
 * it is its index in the error report). Returns how many users were written.
 */
export async function writeFailedUsers(
  file: string,
  indexes: ReadonlySet<number>,
  path: string,
): Promise<number> {
  await mkdir(dirname(path), { recursive: true })
  const temp = `${path}.partial`
  const out = createWriteStream(temp)
  let written = 0
  try {
    out.write('[')
    // Streamed: each user is written as it is read, pausing while the disk is behind.
    for await (const element of scanJsonArray(file)) {
      if (!indexes.has(element.index)) continue
      const line = `${written === 0 ? '\n' : ',\n'}${JSON.stringify(redactUser(element.value))}`
      written++
      if (!out.write(line)) await once(out, 'drain')
    }
    out.end(written === 0 ? ']\n' : '\n]\n')
    await finished(out)
    await rename(temp, path)
    return written
  } catch (error) {
    out.destroy()
    await rm(temp, { force: true })
    throw error
  }
}
