import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface AtomicWriteHooks {
  /** Runs after the temporary file is written and synced, before it replaces `path` (tests). */
  beforeRename?: (temp: string) => void | Promise<void>
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
  const temp = join(folder, `.${basename(path)}.${process.pid}.tmp`)
  try {
    const handle = await open(temp, 'w', 0o600)
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
