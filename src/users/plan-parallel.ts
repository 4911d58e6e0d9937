/**
 * The validation pass on both cores, for files in the one-user-a-line layout (user-lines.ts).
 *
 * Why: parsing and validating each user is most of the pass (bench/validate-speed.ts), and one
 * core does it at about the speed of `JSON.parse` of the whole file; the runner has two. This
 * thread reads the file in blocks of whole lines, finds the users by their line breaks, hashes
 * and plans the chunks (that needs only where users start and end), and hands each block to the
 * worker (validate-thread.ts) while the worker has fewer than two, else validates it itself: the
 * thread with time takes the next block. Verdicts are applied in file order, so the plan is the
 * one the one-thread pass (plan-here.ts) makes, user for user.
 *
 * Anything else — another layout, a line that does not parse, a user too big, the worker
 * failing — gives up (undefined): the caller then plans the file in one pass, which also gives
 * the exact message of the file's first fault.
 */
import { createHash, type Hash } from 'node:crypto'
import { open } from 'node:fs/promises'
import type { FileHash } from './file-hash.js'
import type { PlanBuilder } from './plan-builder.js'
import { type BlockUsers, UserLines } from './user-lines.js'
import { type BlockVerdict, type InvalidBudget, validateBlock } from './validate-block.js'
import { takeValidateWorker } from './validate-thread.js'

/**
 * Bytes read at a time; a block is the whole lines among them. 512 KB: 1 MB blocks peaked higher
 * (more bytes in flight between the threads), 256 KB ones were no faster (bench/validate-speed.ts).
 */
const BLOCK_BYTES = 512 << 10
/** Blocks the worker may hold at once: one it works on, one waiting, so it never idles. */
const WORKER_QUEUE = 2
/**
 * Block buffers, shared with the worker: the ones it holds, the one being read, one to spare.
 * Shared memory, not buffers moved back and forth: each move made a new buffer in the receiving
 * thread, and the collector ran on every few megabytes of them.
 */
const SLOTS = WORKER_QUEUE + 2

interface Pending {
  users: BlockUsers
  verdict?: BlockVerdict
}

export interface ParallelPass {
  path: string
  builder: PlanBuilder
  budget: InvalidBudget
  /** The bundle's entry module, which a worker starts from. */
  entry: URL
  /** Whether to hash the whole file (PlanOptions.fileSha256). */
  fileSha256: boolean
}

export interface ParallelOutcome extends FileHash {
  /** How many blocks the worker validated, of `blocks`. */
  workerBlocks: number
  blocks: number
}

/** Plans the file into `pass.builder` on two threads: its size and hash, or undefined (above). */
export async function planInParallel(pass: ParallelPass): Promise<ParallelOutcome | undefined> {
  const verdicts = new VerdictsInOrder(pass.builder)
  const slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(BLOCK_BYTES))
  const free = slots.map((_, slot) => slot)
  let wake: (() => void) | undefined
  const worker = takeValidateWorker(pass.entry)
  worker.begin(
    pass.budget,
    slots,
    (block, verdict, slot) => {
      free.push(slot)
      verdicts.settle(block, verdict)
      wake?.()
    },
    () => {
      verdicts.gaveUp = true
      wake?.()
    },
  )
  const own = { ...pass.budget }
  let workerBlocks = 0
  try {
    const reading = { ...pass, slots, free }
    const hashed = await readBlocks(reading, async (block, slot, bytes, base, users) => {
      verdicts.expect(block, users)
      if (worker.outstanding < WORKER_QUEUE && !worker.failed) {
        workerBlocks++
        const { spans, firstIndex } = users
        worker.send({ block, slot, length: bytes.length, base, spans, firstIndex })
      } else {
        const verdict = await validateBlock(bytes, base, users.spans, users.firstIndex, own)
        verdicts.settle(block, verdict)
        free.push(slot)
      }
      return !verdicts.gaveUp
    })
    while (hashed && !verdicts.gaveUp && !verdicts.complete) {
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
    if (!hashed || verdicts.gaveUp) return undefined
    return { ...hashed, workerBlocks, blocks: verdicts.blocks }
  } finally {
    await worker.stop()
  }
}

/** The blocks' verdicts, applied to the plan in file order whichever thread gave them first. */
class VerdictsInOrder {
  readonly #builder: PlanBuilder
  readonly #pending = new Map<number, Pending>()
  #applied = 0
  blocks = 0
  /** A block did not parse, or the worker failed: the plan is made in one pass instead. */
  gaveUp = false

  constructor(builder: PlanBuilder) {
    this.#builder = builder
  }

  /** Block `block`, holding `users`, is on its way to a thread. */
  expect(block: number, users: BlockUsers): void {
    this.#pending.set(block, { users })
    this.blocks++
  }

  settle(block: number, verdict: BlockVerdict): void {
    const at = this.#pending.get(block)
    if (at) at.verdict = verdict
    if (!verdict.parsed) this.gaveUp = true
    for (let next = this.#pending.get(this.#applied); next?.verdict && !this.gaveUp; ) {
      applyVerdict(this.#builder, next.users, next.verdict)
      this.#pending.delete(this.#applied++)
      next = this.#pending.get(this.#applied)
    }
  }

  /** Every block expected so far is applied. */
  get complete(): boolean {
    return this.#pending.size === 0
  }
}

function applyVerdict(builder: PlanBuilder, users: BlockUsers, verdict: BlockVerdict): void {
  for (const { index, errors, user } of verdict.invalid) {
    const k = (index - users.firstIndex) * 3
    const size = (users.spans[k + 1] as number) - (users.spans[k] as number)
    builder.recordErrors(index, users.spans[k + 2] as number, size, errors, () => user)
  }
  builder.duplicates.addRecords(verdict.keys)
}

interface Reading {
  path: string
  builder: PlanBuilder
  slots: SharedArrayBuffer[]
  /** The slots whose blocks are done, to read into again. */
  free: number[]
  fileSha256: boolean
}

type OnBlock = (
  block: number,
  slot: number,
  bytes: Buffer,
  base: number,
  users: BlockUsers,
) => Promise<boolean>

/**
 * Reads the file in blocks of whole lines, plans their users and hands each block on (`onBlock`
 * owns its slot, and puts it back in `free` when done with it; false stops the reading).
 * Undefined when the file is not in the layout, or a user cannot be planned.
 */
async function readBlocks(reading: Reading, onBlock: OnBlock): Promise<FileHash | undefined> {
  const { builder, slots, free } = reading
  const handle = await open(reading.path, 'r')
  try {
    const lines = new UserLines()
    const hash = reading.fileSha256 ? createHash('sha256') : undefined
    let carry = Buffer.alloc(0)
    let position = 0
    let index = 0
    let block = 0
    for (;;) {
      // A line that fills a whole block is longer than any user Auth0 takes: not this layout.
      if (carry.length === BLOCK_BYTES) return undefined
      const slot = free.pop()
      if (slot === undefined) throw new Error('internal: no free block buffer')
      const buffer = Buffer.from(slots[slot] as SharedArrayBuffer)
      carry.copy(buffer)
      const { bytesRead } = await handle.read(buffer, carry.length, BLOCK_BYTES - carry.length)
      const filled = carry.length + bytesRead
      const atEnd = bytesRead === 0
      if (atEnd && filled === 0) break
      const lastBreak = atEnd ? filled - 1 : buffer.lastIndexOf(0x0a, filled - 1)
      carry = Buffer.from(buffer.subarray(lastBreak + 1, filled))
      if (lastBreak < 0) {
        free.push(slot)
        continue // no whole line yet: read on
      }
      const bytes = buffer.subarray(0, lastBreak + 1)
      const users = lines.scan(bytes, position, index)
      if (!users || !planUsers(builder, users, bytes, hash)) return undefined
      index += users.count
      position += bytes.length
      if (!(await onBlock(block++, slot, bytes, position - bytes.length, users))) return undefined
      if (atEnd) break
    }
    if (!lines.complete) return undefined
    return { bytes: position, sha256: hash?.digest('hex') ?? '' }
  } finally {
    await handle.close()
  }
}

/** Hashes a block and puts its users into chunks; false when a user does not fit any. */
function planUsers(
  builder: PlanBuilder,
  users: BlockUsers,
  bytes: Buffer,
  hash: Hash | undefined,
): boolean {
  hash?.update(bytes)
  builder.hasher.onRead(bytes)
  const { spans } = users
  try {
    for (let k = 0; k < users.count; k++) {
      const at = k * 3
      const line = spans[at + 2] as number
      builder.planUser(users.firstIndex + k, line, spans[at] as number, spans[at + 1] as number)
    }
  } catch {
    return false
  }
  builder.hasher.settle()
  return true
}
