import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface AtomicWriteHooks {
  /** Runs after the temporary file is written and synced, before it replaces `path` (tests). */
  beforeRename?: (temp: string) => void | Promise<void>
  /** The temporary file's name (tests plant files there); random by default. */
  tempName?: (path: string) => string
}

const randomTempName = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`)

/**
 * Creates the temporary file exclusively (O_CREAT|O_EXCL, and O_NOFOLLOW where the platform has
 * it): a file or symlink planted at that name makes the open fail instead of being written
 * through, and another name is tried.
 */
async function createTemp(
  path: string,
  hooks: AtomicWriteHooks,
): Promise<{ temp: string; handle: FileHandle }> {
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)
  for (let attempt = 0; ; attempt++) {
    const temp = (hooks.tempName ?? randomTempName)(path)
    try {
      return { temp, handle: await open(temp, flags, 0o600) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 4) throw error
    }
  }
}

/**
 * Replaces `path` with `data` so that a kill or a crash at any moment leaves either the old file
 * or the new one, never a mix: write a temporary file beside it, fsync it, rename it over `path`
 * (atomic within a folder), then fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomic(
  path: string,
  data: string,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const folder = dirname(path)
  await mkdir(folder, { recursive: true })
  const { temp, handle } = await createTemp(path, hooks)
  try {
    try {
      await handle.writeFile(data, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await hooks.beforeRename?.(temp)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(folder)
}

/** Best effort: some file systems (and Windows) cannot open a folder for fsync. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // The rename is still atomic; only its durability across a power cut is not guaranteed.
  }
}
