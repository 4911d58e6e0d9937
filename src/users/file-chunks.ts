/** Reading a users file in chunks into one reused buffer. */
import { type FileHandle, open } from 'node:fs/promises'
import { InputError } from '../runtime/errors.js'

export const DEFAULT_READ_SIZE = 1 << 20

/**
 * Reads `path` in chunks of `readSize` bytes into one reused buffer: each yielded chunk is only
 * valid until the next is requested (so reading costs one buffer of memory, whatever the size).
 * File-system errors become `InputError('file', …)`.
 */
export async function* readFileChunks(
  path: string,
  readSize = DEFAULT_READ_SIZE,
): AsyncGenerator<Buffer, void, undefined> {
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw fileError(path, error)
  }
  try {
    const buffer = Buffer.allocUnsafe(readSize)
    let position = 0
    for (;;) {
      let bytesRead: number
      try {
        ;({ bytesRead } = await handle.read(buffer, 0, readSize, position))
      } catch (error) {
        throw fileError(path, error)
      }
      if (bytesRead === 0) return
      position += bytesRead
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

function fileError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code
  return new InputError(
    'file',
    code === 'ENOENT'
      ? `${path}: the users file does not exist`
      : code === 'EISDIR'
        ? `${path}: is a directory, expected a users file`
        : `${path}: cannot read the users file: ${(error as Error).message}`,
  )
}
