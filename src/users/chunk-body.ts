/** A chunk's upload body read back from the users file, and the users in it. */
import { open } from 'node:fs/promises'
import { InputError } from '../runtime/errors.js'
import type { ChunkPlan } from './plan-types.js'

/** The exact upload body of `chunk`: `[`, the file's bytes `start..end`, `]`. */
export async function readChunk(path: string, chunk: ChunkPlan): Promise<Buffer> {
  const length = chunk.end - chunk.start
  const body = Buffer.allocUnsafe(length + 2)
  body[0] = 0x5b
  body[length + 1] = 0x5d
  const handle = await open(path, 'r')
  try {
    let read = 0
    while (read < length) {
      const { bytesRead } = await handle.read(body, 1 + read, length - read, chunk.start + read)
      if (bytesRead === 0) {
        throw new InputError(
          'file',
          `${path}: the file changed while it was being imported (it ends before byte ${chunk.end} of chunk ${chunk.index + 1})`,
        )
      }
      read += bytesRead
    }
  } finally {
    await handle.close()
  }
  return body
}

/** The users of a chunk body (as read by `readChunk`). */
export function usersOfChunk(body: Buffer): unknown[] {
  const users: unknown = JSON.parse(body.toString('utf8'))
  if (!Array.isArray(users)) throw new Error('a chunk body must be a JSON array')
  return users
}
