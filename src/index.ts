import { setFlagsFromString } from 'node:v8'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { run } from './main.js'
import {
  PLAN_WORKER_ROLE,
  registerPlanWorkerEntry,
  servePlan,
  VALIDATE_WORKER_ROLE,
} from './users/plan-thread.js'
import { warmValidateWorker } from './users/validate-thread.js'

const role = isMainThread ? undefined : (workerData as { role?: string } | null)?.role
if (role === PLAN_WORKER_ROLE) {
  // The validation pass of a big users file, in a worker with a bounded heap (plan-thread.ts).
  await servePlan(workerData, (answer) => parentPort?.postMessage(answer))
} else if (role === VALIDATE_WORKER_ROLE && parentPort) {
  // The second thread of the validation pass (plan-parallel.ts); the validator loads only here.
  const { serveValidation } = await import('./users/validate-serve.js')
  serveValidation(parentPort)
} else {
  // undici parses HTTP with a WebAssembly module that V8 recompiles with its optimising tier after
  // a few requests: a ~20 MB spike that was most of the step's peak memory
  // (bench/export-action.ts: 97 MB → 77 MB for an export). The baseline tier is ample for the few
  // requests a step makes. Set before the first request, which is when undici compiles the module.
  setFlagsFromString('--wasm-tiering-budget=1000000000')
  registerPlanWorkerEntry(new URL(import.meta.url))
  warmValidateWorker(process.env, new URL(import.meta.url))
  await run()
}
