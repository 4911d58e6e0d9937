/**
 * One run at a time per `progress_file`: a lock file beside it (`<progress_file>.lock`) names the
 * run that holds the record. A second run refuses at once, naming the holder, because two runs
 * reading the same record would both submit the chunks it shows as not submitted.
 *
 * The lock is made whole before it appears (written to a temporary file, then hard-linked into
 * place, which fails when a lock exists), so a reader never sees a half-written one.
 *
 * A lock left by a process that died (kill -9, a crashed runner) is taken over, with a warning,
 * only when it is certain the holder is gone: same host and its pid no longer alive. A lock of
 * another host, or of a live process, is refused with the way out (wait, or delete the lock when
 * that run is known to be gone). Runs on different runners do not share a disk; a workflow
 * `concurrency:` group keeps them apart (README, "Resuming a split import").
 */
import { randomBytes } from 'node:crypto'
import { link, mkdir, open, readFile, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { dirname } from 'node:path'
import { InputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'

export interface LockHolder {
  pid: number
  host: string
  since: string
  /** GITHUB_REPOSITORY, GITHUB_WORKFLOW, GITHUB_JOB, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT. */
  run: string
  /** Random, so a release never removes a lock another run took over. */
  nonce: string
}

export interface LockDeps {
  pid: number
  host: string
  env: Record<string, string | undefined>
  isAlive: (pid: number) => boolean
  now: () => Date
}

export const systemLockDeps: LockDeps = {
  pid: process.pid,
  host: hostname(),
  env: process.env,
  isAlive: (pid) => {
    try {
      process.kill(pid, 0)
      return true
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM'
    }
  },
  now: () => new Date(),
}

export interface ProgressLock {
  path: string
  release(): Promise<void>
}

/** Takes the lock of `progressPath`, or throws `InputError('progress_file', …)` naming its holder. */
export async function lockProgress(
  progressPath: string,
  logger: Logger,
  deps: LockDeps = systemLockDeps,
): Promise<ProgressLock> {
  const path = `${progressPath}.lock`
  await mkdir(dirname(path), { recursive: true })
  const mine = holderOf(deps)
  const text = `${JSON.stringify(mine)}\n`
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await placeLock(path, text)) return { path, release: () => releaseLock(path, mine.nonce) }
    const found = await readLock(path)
    if (found === undefined) continue // released meanwhile: try again
    const holder = parseHolder(found)
    const dead = holder !== undefined && holder.host === deps.host && !deps.isAlive(holder.pid)
    if (!dead || attempt > 0) throw refusal(progressPath, path, holder)
    logger.warning(
      `${progressPath} was locked by process ${holder.pid} on this host (${holder.run}, since ${holder.since}), which is no longer running: taking the record over.`,
    )
    // Removed only if it is still that dead run's lock, so a live run's lock is never removed.
    if ((await readLock(path)) === found) await rm(path, { force: true })
  }
  throw refusal(progressPath, path, parseHolder((await readLock(path)) ?? ''))
}

function holderOf(deps: LockDeps): LockHolder {
  const { env } = deps
  const run = ['GITHUB_REPOSITORY', 'GITHUB_WORKFLOW', 'GITHUB_JOB', 'GITHUB_RUN_ID']
    .map((name) => env[name])
    .filter((value) => value !== undefined && value !== '')
  const attempt = env.GITHUB_RUN_ATTEMPT ? ` attempt ${env.GITHUB_RUN_ATTEMPT}` : ''
  return {
    pid: deps.pid,
    host: deps.host,
    since: deps.now().toISOString(),
    run: run.length > 0 ? `run ${run.join(' ')}${attempt}` : 'not a GitHub Actions run',
    nonce: randomBytes(12).toString('hex'),
  }
}

/** Writes the lock whole, then links it into place; false when a lock is already there. */
async function placeLock(path: string, text: string): Promise<boolean> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await link(temp, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await rm(temp, { force: true })
  }
}

async function readLock(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

async function releaseLock(path: string, nonce: string): Promise<void> {
  const found = await readLock(path)
  if (found !== undefined && parseHolder(found)?.nonce === nonce) await rm(path, { force: true })
}

/** The holder a lock names, its text fields cut to safe characters (the file may be planted). */
function parseHolder(text: string): LockHolder | undefined {
  let value: Partial<Record<keyof LockHolder, unknown>>
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || !Number.isSafeInteger(value.pid)) {
    return undefined
  }
  const safe = (field: unknown): string =>
    typeof field === 'string' ? field.replace(/[^\w .:@/+-]/g, '?').slice(0, 200) : 'unknown'
  return {
    pid: value.pid as number,
    host: safe(value.host),
    since: safe(value.since),
    run: safe(value.run),
    nonce: safe(value.nonce),
  }
}

function refusal(
  progressPath: string,
  lockPath: string,
  holder: LockHolder | undefined,
): InputError {
  const who = holder
    ? `process ${holder.pid} on host ${holder.host} (${holder.run}) since ${holder.since}`
    : 'a run whose lock file cannot be read'
  return new InputError(
    'progress_file',
    `Input 'progress_file': ${progressPath} is in use by ${who}. Two runs on one progress record would submit the same chunks twice, so this run stops before sending anything. Wait for that run to end and run again; if it is certainly no longer running (its runner was lost), delete ${lockPath} and run again.`,
  )
}
