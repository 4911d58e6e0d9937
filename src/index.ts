import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { run } from './main.js'
import { getInput } from './runtime/actions-core.js'
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
  registerPlanWorkerEntry(new URL(import.meta.url))
  warmValidateWorker(getInput, process.env, new URL(import.meta.url))
  await run()
}
