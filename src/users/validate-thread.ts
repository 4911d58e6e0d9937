/**
 * The second thread of plan-parallel.ts: a worker that validates the blocks it is sent
 * (validate-block.ts) and answers each with its verdict, in the order sent.
 *
 * It runs the bundle's entry module (plan-thread.ts registers it; src/index.ts routes this role
 * here), so it shares the validator's code with the step instead of shipping a copy.
 */
import { Worker } from 'node:worker_threads'
import { VALIDATE_WORKER_ROLE } from './plan-thread.js'
import { type BlockVerdict, type InvalidBudget, validateBlock } from './validate-block.js'

export interface BlockJob {
  block: number
  bytes: Uint8Array
  base: number
  spans: Float64Array
  firstIndex: number
}

type Answer = { block: number; verdict: BlockVerdict; bytes: Uint8Array } | { failure: string }

/**
 * A bounded heap, so the two threads together stay within the pass's memory budget: the worker
 * holds a block's users at a time, and its young generation is what they churn
 * (bench/validate-speed.ts: 4, 8 and 16 MB cost about the same time; 8 MB peaked lowest).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 }

export class ValidateWorker {
  readonly #worker: Worker
  #outstanding = 0
  #failure: string | undefined

  constructor(
    entry: URL,
    budget: InvalidBudget,
    onVerdict: (block: number, verdict: BlockVerdict, bytes: Uint8Array) => void,
    onFailure: (why: string) => void,
  ) {
    this.#worker = new Worker(entry, {
      workerData: { role: VALIDATE_WORKER_ROLE, budget },
      resourceLimits: RESOURCE_LIMITS,
    })
    this.#worker.on('message', (answer: Answer) => {
      if ('failure' in answer) return this.#fail(answer.failure, onFailure)
      this.#outstanding--
      onVerdict(answer.block, answer.verdict, answer.bytes)
    })
    this.#worker.once('error', (error) => this.#fail(error.message, onFailure))
    this.#worker.once('exit', (code) => this.#fail(`it stopped (exit ${code})`, onFailure))
  }

  /** Blocks sent and not answered yet. */
  get outstanding(): number {
    return this.#outstanding
  }

  get failed(): boolean {
    return this.#failure !== undefined
  }

  /** Sends `job`; its bytes move to the worker until its verdict brings them back. */
  send(job: BlockJob): void {
    this.#outstanding++
    this.#worker.postMessage(job, [job.bytes.buffer as ArrayBuffer])
  }

  async stop(): Promise<void> {
    this.#failure ??= 'stopped'
    await this.#worker.terminate()
  }

  #fail(why: string, onFailure: (why: string) => void): void {
    if (this.#failure !== undefined) return
    this.#failure = why
    onFailure(why)
  }
}

/** The worker's side: a verdict for every block, until it is terminated. */
export function serveValidation(
  data: { budget: InvalidBudget },
  port: {
    on(event: 'message', listener: (job: BlockJob) => void): void
    postMessage(answer: Answer, transfer?: ArrayBuffer[]): void
  },
): void {
  const budget = { ...data.budget }
  port.on('message', (job) => {
    try {
      const verdict = validateBlock(job.bytes, job.base, job.spans, job.firstIndex, budget)
      // The block's buffer goes back to be read into again.
      port.postMessage({ block: job.block, verdict, bytes: job.bytes }, [
        verdict.keys.buffer as ArrayBuffer,
        job.bytes.buffer as ArrayBuffer,
      ])
    } catch (error) {
      port.postMessage({ failure: error instanceof Error ? error.message : String(error) })
    }
  })
}
