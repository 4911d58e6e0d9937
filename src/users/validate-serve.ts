/**
 * The worker's side of validate-thread.ts: its budget first, then a verdict for every block
 * (validate-block.ts), until it is terminated. Loaded only in that worker (src/index.ts).
 */
import { type InvalidBudget, validateBlock } from './validate-block.js'
import type { ValidateAnswer, ValidateRequest } from './validate-thread.js'

interface Port {
  on(event: 'message', listener: (request: ValidateRequest) => void): void
  postMessage(answer: ValidateAnswer, transfer?: ArrayBuffer[]): void
}

export function serveValidation(port: Port): void {
  let budget: InvalidBudget = { users: 0, bytes: 0 }
  let slots: Buffer[] = []
  // One request at a time, in the order sent: a block may wait for the generated validator.
  let queue = Promise.resolve()
  const serve = async (request: ValidateRequest): Promise<void> => {
    if ('budget' in request) {
      budget = { ...request.budget }
      slots = request.slots.map((shared) => Buffer.from(shared))
      return
    }
    try {
      const { block, slot, spans } = request
      const bytes = (slots[slot] as Buffer).subarray(0, request.length)
      const verdict = await validateBlock(bytes, request.base, spans, request.firstIndex, budget)
      port.postMessage({ block, slot, verdict }, [verdict.keys.buffer as ArrayBuffer])
    } catch (error) {
      port.postMessage({ failure: error instanceof Error ? error.message : String(error) })
    }
  }
  port.on('message', (request) => {
    queue = queue.then(() => serve(request))
  })
}
