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
  port.on('message', (request) => {
    if ('budget' in request) {
      budget = { ...request.budget }
      return
    }
    try {
      const { bytes } = request
      const verdict = validateBlock(bytes, request.base, request.spans, request.firstIndex, budget)
      // The block's buffer goes back to be read into again.
      port.postMessage({ block: request.block, verdict, bytes }, [
        verdict.keys.buffer as ArrayBuffer,
        bytes.buffer as ArrayBuffer,
      ])
    } catch (error) {
      port.postMessage({ failure: error instanceof Error ? error.message : String(error) })
    }
  })
}
