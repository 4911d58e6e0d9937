/**
 * A big users file is planned in a worker thread with a bounded heap, so that the step's memory
 * stays flat however many users the file holds.
 *
 * Why: the pass allocates a few hundred bytes of short-lived objects per user, and V8 lets its old
 * generation grow well past what is live before collecting it (a 4M-user dry run peaked at
 * 220–260 MB in one thread, of which ~20 MB was live). A worker's `resourceLimits` cap that heap;
 * its collector then works within the cap. Small files are planned in this thread: starting a
 * worker costs ~40 ms, which a 1,000-user import's cold start cannot spare. Even a worker started
 * with the step, planning while this thread loads the network code, answered a 1,000-user file
 * at ~134 ms after spawn, where this thread has planned it by ~86 ms.
 *
 * The bundle's entry module is the worker's entry too (src/index.ts registers it here); without a
 * registered entry (tests import the sources directly) every file is planned in this thread.
 */
import { Worker } from 'node:worker_threads'
import { InputError } from '../runtime/errors.js'
import type { PlanOptions, UsersFilePlan } from './plan-types.js'

export const PLAN_WORKER_ROLE = 'auth0-users-plan'
/** The second thread of a two-thread pass (plan-parallel.ts, validate-thread.ts). */
export const VALIDATE_WORKER_ROLE = 'auth0-users-validate'

/** Files from this size on are planned in a worker. */
export const PLAN_WORKER_MIN_BYTES = 64 << 20

/**
 * The worker's heap: enough for the largest invalid-user list the plan keeps (32 MiB of users,
 * plan-here.ts) with room to spare, far below what V8 grows to unbounded.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 4 }

let entry: URL | undefined

/** Called by the entry module with its own URL. */
export function registerPlanWorkerEntry(url: URL): void {
  entry = url
}

/** The entry module a worker of the pass starts from, when one is registered. */
export function planWorkerEntry(): URL | undefined {
  return entry
}

type Answer = { plan: UsersFilePlan } | { error: { input?: string; message: string } }

/** What the worker is started with: the file, its size as already read, and the options. */
interface PlanRequest {
  path: string
  fileBytes: number | undefined
  options: PlanOptions
}

/** planUsersFile(path, options) in a worker started from `entry` (see `planWorkerEntry`). */
export function planInWorker(entry: URL, request: PlanRequest): Promise<UsersFilePlan> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData: { role: PLAN_WORKER_ROLE, ...request },
      resourceLimits: RESOURCE_LIMITS,
    })
    worker.once('message', (answer: Answer) => {
      if ('plan' in answer) resolve(answer.plan)
      else if (answer.error.input) {
        reject(new InputError(answer.error.input, answer.error.message))
      } else reject(new Error(answer.error.message))
    })
    worker.once('error', reject)
    worker.once('exit', (code) =>
      reject(new Error(`the users file's validation stopped (exit ${code})`)),
    )
  })
}

/** The worker's side: plan, answer, end. */
export async function servePlan(data: PlanRequest, post: (answer: Answer) => void): Promise<void> {
  const { planUsersFileHere } = await import('./plan-here.js')
  try {
    // The file is hashed in the pass itself: a second worker's memory would count here.
    const way = { fileBytes: data.fileBytes }
    post({ plan: await planUsersFileHere(data.path, data.options, way) })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    post({ error: { input: error instanceof InputError ? error.input : undefined, message } })
  }
}
