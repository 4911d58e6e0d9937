/**
 * The second thread of plan-parallel.ts: a worker that validates the blocks it is sent
 * (validate-serve.ts) and answers each with its verdict, in the order sent.
 *
 * It runs the bundle's entry module (plan-thread.ts registers it; src/index.ts routes this role
 * to validate-serve.ts), so it shares the validator's code with the step instead of shipping a
 * copy. This module loads no validator: src/index.ts starts the worker from here before the step
 * has even parsed its inputs (`warmValidateWorker`).
 */
import { statSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { InputEnv } from '../inputs/names.js'
import { resolveInWorkspace } from '../inputs/values.js'
import { PLAN_WORKER_MIN_BYTES, VALIDATE_WORKER_ROLE } from './plan-thread.js'
import type { BlockVerdict, InvalidBudget } from './validate-block.js'

/** Block `block`, the first `length` bytes of shared buffer `slot` (file offset `base`). */
export interface BlockJob {
  block: number
  slot: number
  length: number
  base: number
  spans: Float64Array
  firstIndex: number
}

/** What the worker is sent: its budget and the shared block buffers once, first, then blocks. */
export type ValidateRequest = { budget: InvalidBudget; slots: SharedArrayBuffer[] } | BlockJob

export type ValidateAnswer =
  | { block: number; slot: number; verdict: BlockVerdict }
  | { failure: string }

/**
 * A bounded heap, so the two threads together stay within the pass's memory budget: the worker
 * holds one block's users at a time, and its young generation is what they churn
 * (bench/validate-speed.ts: 4, 8 and 16 MB cost about the same time; 4 MB with a 32 MB old
 * generation peaked lowest). A worker out of heap fails, and the file gets the one-thread pass.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 }

type OnVerdict = (block: number, verdict: BlockVerdict, slot: number) => void
type OnFailure = (why: string) => void

export class ValidateWorker {
  readonly #worker: Worker
  #outstanding = 0
  #failure: string | undefined
  #onVerdict: OnVerdict | undefined
  #onFailure: OnFailure | undefined

  constructor(entry: URL) {
    this.#worker = new Worker(entry, {
      workerData: { role: VALIDATE_WORKER_ROLE },
      resourceLimits: RESOURCE_LIMITS,
    })
    this.#worker.on('message', (answer: ValidateAnswer) => {
      if ('failure' in answer) return this.#fail(answer.failure)
      this.#outstanding--
      this.#onVerdict?.(answer.block, answer.verdict, answer.slot)
    })
    this.#worker.once('error', (error) => this.#fail(error.message))
    this.#worker.once('exit', (code) => this.#fail(`it stopped (exit ${code})`))
    // A worker started ahead (warmValidateWorker) must not keep a step that never uses it alive;
    // after the listeners, which would take a reference again.
    this.#worker.unref()
  }

  /** Starts a pass: its budget, its block buffers, and where verdicts and a failure go. */
  begin(
    budget: InvalidBudget,
    slots: SharedArrayBuffer[],
    onVerdict: OnVerdict,
    onFailure: OnFailure,
  ): void {
    // From now on the pass waits on its answers: they must keep the step alive.
    this.#worker.ref()
    this.#onVerdict = onVerdict
    this.#onFailure = onFailure
    if (this.#failure !== undefined) onFailure(this.#failure)
    else this.#worker.postMessage({ budget, slots } satisfies ValidateRequest)
  }

  /** Blocks sent and not answered yet. */
  get outstanding(): number {
    return this.#outstanding
  }

  get failed(): boolean {
    return this.#failure !== undefined
  }

  /** Sends `job`; its slot is the worker's until the verdict comes back. */
  send(job: BlockJob): void {
    this.#outstanding++
    this.#worker.postMessage(job satisfies ValidateRequest)
  }

  async stop(): Promise<void> {
    this.#failure ??= 'stopped'
    await this.#worker.terminate()
  }

  #fail(why: string): void {
    if (this.#failure !== undefined) return
    this.#failure = why
    this.#onFailure?.(why)
  }
}

/** Files from this size on are validated on two threads when they are one user a line. */
const PARALLEL_MIN_BYTES = 8 << 20

/**
 * Whether a file of `size` bytes gets the two-thread pass (when it is one user a line): below it,
 * starting the worker costs more than it saves; from PLAN_WORKER_MIN_BYTES on the pass runs in
 * one worker with a bounded heap instead (plan-thread.ts), for flat memory.
 */
export function takesTwoThreads(size: number): boolean {
  return size >= PARALLEL_MIN_BYTES && size < PLAN_WORKER_MIN_BYTES
}

let warm: ValidateWorker | undefined

/**
 * Starts the pass's worker ahead, from the inputs as `read` gives them (`core.getInput`, before
 * they are parsed), when they name an import of a file this big. Why: a worker takes ~30 ms to
 * start on a quiet machine and 60–90 ms beside a busy pass, during which this thread validates
 * alone (bench/validate-speed.ts); started here it is ready when the pass begins. Only a hint: the
 * parsed settings still decide, and a worker never taken is unref'd and ends with the step. True
 * when it started one.
 */
export function warmValidateWorker(
  read: (name: string) => string,
  env: InputEnv,
  entry: URL,
): boolean {
  if (read('operation') !== 'import-users') return false
  const file = read('file')
  if (!file) return false
  let size: number
  try {
    size = statSync(resolveInWorkspace(file, env)).size
  } catch {
    return false // no such file: the inputs say so in their own words
  }
  if (!takesTwoThreads(size)) return false
  warm = new ValidateWorker(entry)
  return true
}

/** The worker started ahead, if any (once), else a new one. */
export function takeValidateWorker(entry: URL): ValidateWorker {
  const worker = warm ?? new ValidateWorker(entry)
  warm = undefined
  return worker
}
