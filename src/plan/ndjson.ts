/**
 * Reads an NDJSON file (an Auth0 JSON export, decompressed) one object at a time, without holding
 * more than one read of the file and one line in memory.
 */
import { createReadStream } from 'node:fs'

const LF = 0x0a

/** Calls `onRecord` with every object line of `path`, in order; blank lines are skipped. */
export async function readNdjson(
  path: string,
  onRecord: (record: Record<string, unknown>, line: number) => void | Promise<void>,
): Promise<number> {
  let carry: Buffer | undefined
  let line = 0
  let records = 0
  const take = async (bytes: Buffer): Promise<void> => {
    line++
    const text = bytes.toString('utf8').trim()
    if (text === '') return
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      // The export comes from Auth0; quote nothing of it (it holds users' data).
      throw new Error(`line ${line} of the export is not JSON`)
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`line ${line} of the export is not a JSON object`)
    }
    records++
    // Most callers are synchronous: awaiting only a real promise saves a microtask per line.
    const pending = onRecord(value as Record<string, unknown>, line)
    if (pending) await pending
  }
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    let from = 0
    let buffer = chunk
    if (carry) {
      buffer = Buffer.concat([carry, chunk])
      carry = undefined
    }
    for (let at = buffer.indexOf(LF, from); at !== -1; at = buffer.indexOf(LF, from)) {
      await take(buffer.subarray(from, at))
      from = at + 1
    }
    if (from < buffer.length) carry = Buffer.from(buffer.subarray(from))
  }
  if (carry) await take(carry)
  return records
}
