import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _users_plan_thread_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9598);
/* harmony import */ var _users_validate_thread_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2517);




const role = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread ? undefined : node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.role;
if (role === _users_plan_thread_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_WORKER_ROLE */ .GZ) {
    // The validation pass of a big users file, in a worker with a bounded heap (plan-thread.ts).
    await (0,_users_plan_thread_js__WEBPACK_IMPORTED_MODULE_2__/* .servePlan */ .tZ)(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData, (answer) => node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort?.postMessage(answer));
}
else if (role === _users_plan_thread_js__WEBPACK_IMPORTED_MODULE_2__/* .VALIDATE_WORKER_ROLE */ .db && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort) {
    // The second thread of the validation pass (plan-parallel.ts); the validator loads only here.
    const { serveValidation } = await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(70)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1070));
    serveValidation(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort);
}
else {
    // undici parses HTTP with a WebAssembly module that V8 recompiles with its optimising tier after
    // a few requests: a ~20 MB spike that was most of the step's peak memory
    // (bench/export-action.ts: 97 MB → 77 MB for an export). The baseline tier is ample for the few
    // requests a step makes. Set before the first request, which is when undici compiles the module.
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--wasm-tiering-budget=1000000000');
    (0,_users_plan_thread_js__WEBPACK_IMPORTED_MODULE_2__/* .registerPlanWorkerEntry */ .BV)(new URL(import.meta.url));
    (0,_users_validate_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .warmValidateWorker */ ._I)(process.env, new URL(import.meta.url));
    // Imported here, not at the top: a worker of the pass never evaluates the step's modules
    // (@actions/core and the Node builtins it loads), which made its start ~3× slower.
    const { run } = await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.bind(__nccwpck_require__, 5463));
    await run();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   j3: () => (/* binding */ DeadlineError)
/* harmony export */ });
/**
 * Error kinds that reach the single failure funnel in main.ts. Each carries a message that a user
 * can act on; the funnel only prints it.
 */
/** A bad input, detected before anything is sent. The message names the input and the value. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/** The Management API (or the token endpoint) answered with an error that retrying cannot fix. */
class ApiError extends Error {
    name = 'ApiError';
    status;
    errorCode;
    constructor(status, message, errorCode) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }
}
/** The step's `timeout` ran out while waiting for Auth0. */
class DeadlineError extends Error {
    name = 'DeadlineError';
}
/** Turns anything thrown into one line for `core.setFailed`. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ registerPlanWorkerEntry),
/* harmony export */   GZ: () => (/* binding */ PLAN_WORKER_ROLE),
/* harmony export */   NP: () => (/* binding */ planWorkerAvailable),
/* harmony export */   db: () => (/* binding */ VALIDATE_WORKER_ROLE),
/* harmony export */   es: () => (/* binding */ planWorkerEntry),
/* harmony export */   ir: () => (/* binding */ PLAN_WORKER_MIN_BYTES),
/* harmony export */   rQ: () => (/* binding */ planInWorker),
/* harmony export */   tZ: () => (/* binding */ servePlan)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9541);
/**
 * A big users file is planned in a worker thread with a bounded heap, so that the step's memory
 * stays flat however many users the file holds.
 *
 * Why: the pass allocates a few hundred bytes of short-lived objects per user, and V8 lets its old
 * generation grow well past what is live before collecting it (a 4M-user dry run peaked at
 * 220–260 MB in one thread, of which ~20 MB was live). A worker's `resourceLimits` cap that heap;
 * its collector then works within the cap. Small files are planned in this thread: starting a
 * worker costs ~40 ms, which a 1,000-user import's cold start cannot spare.
 *
 * The bundle's entry module is the worker's entry too (src/index.ts registers it here); without a
 * registered entry (tests import the sources directly) every file is planned in this thread.
 */


const PLAN_WORKER_ROLE = 'auth0-users-plan';
/** The second thread of a two-thread pass (plan-parallel.ts, validate-thread.ts). */
const VALIDATE_WORKER_ROLE = 'auth0-users-validate';
/** Files from this size on are planned in a worker. */
const PLAN_WORKER_MIN_BYTES = 64 << 20;
/**
 * The worker's heap: enough for the largest invalid-user list the plan keeps (32 MiB of users,
 * plan-here.ts) with room to spare, far below what V8 grows to unbounded.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 4 };
let entry;
/** Called by the entry module with its own URL. */
function registerPlanWorkerEntry(url) {
    entry = url;
}
function planWorkerAvailable() {
    return entry !== undefined;
}
/** The entry module a worker of the pass starts from, when one is registered. */
function planWorkerEntry() {
    return entry;
}
/** planUsersFile(path, options) in a worker (see `planWorkerAvailable`). */
function planInWorker(path, options) {
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(entry, {
            workerData: { role: PLAN_WORKER_ROLE, path, options },
            resourceLimits: RESOURCE_LIMITS,
        });
        worker.once('message', (answer) => {
            if ('plan' in answer)
                resolve(answer.plan);
            else if (answer.error.input) {
                reject(new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(answer.error.input, answer.error.message));
            }
            else
                reject(new Error(answer.error.message));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the users file's validation stopped (exit ${code})`)));
    });
}
/** The worker's side: plan, answer, end. */
async function servePlan(data, post) {
    const { planUsersFileHere } = await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(986), __nccwpck_require__.e(849), __nccwpck_require__.e(900)]).then(__nccwpck_require__.bind(__nccwpck_require__, 849));
    try {
        // The file is hashed in the pass itself: a second worker's memory would count here.
        post({ plan: await planUsersFileHere(data.path, data.options) });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        post({ error: { input: error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? error.input : undefined, message } });
    }
}


/***/ }),

/***/ 2517:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ takeValidateWorker),
/* harmony export */   _I: () => (/* binding */ warmValidateWorker),
/* harmony export */   rV: () => (/* binding */ PARALLEL_MIN_BYTES)
/* harmony export */ });
/* unused harmony export ValidateWorker */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _plan_thread_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9598);
/**
 * The second thread of plan-parallel.ts: a worker that validates the blocks it is sent
 * (validate-serve.ts) and answers each with its verdict, in the order sent.
 *
 * It runs the bundle's entry module (plan-thread.ts registers it; src/index.ts routes this role
 * to validate-serve.ts), so it shares the validator's code with the step instead of shipping a
 * copy. This module loads no validator: src/index.ts starts the worker from here before the step
 * has even parsed its inputs (`warmValidateWorker`).
 */




/**
 * A bounded heap, so the two threads together stay within the pass's memory budget: the worker
 * holds a block's users at a time, and its young generation is what they churn
 * (bench/validate-speed.ts: 4, 8 and 16 MB cost about the same time; 8 MB peaked lowest).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
class ValidateWorker {
    #worker;
    #outstanding = 0;
    #failure;
    #onVerdict;
    #onFailure;
    constructor(entry) {
        this.#worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(entry, {
            workerData: { role: _plan_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .VALIDATE_WORKER_ROLE */ .db },
            resourceLimits: RESOURCE_LIMITS,
        });
        this.#worker.on('message', (answer) => {
            if ('failure' in answer)
                return this.#fail(answer.failure);
            this.#outstanding--;
            this.#onVerdict?.(answer.block, answer.verdict, answer.slot);
        });
        this.#worker.once('error', (error) => this.#fail(error.message));
        this.#worker.once('exit', (code) => this.#fail(`it stopped (exit ${code})`));
        // A worker started ahead (warmValidateWorker) must not keep a step that never uses it alive;
        // after the listeners, which would take a reference again.
        this.#worker.unref();
    }
    /** Starts a pass: its budget, its block buffers, and where verdicts and a failure go. */
    begin(budget, slots, onVerdict, onFailure) {
        // From now on the pass waits on its answers: they must keep the step alive.
        this.#worker.ref();
        this.#onVerdict = onVerdict;
        this.#onFailure = onFailure;
        if (this.#failure !== undefined)
            onFailure(this.#failure);
        else
            this.#worker.postMessage({ budget, slots });
    }
    /** Blocks sent and not answered yet. */
    get outstanding() {
        return this.#outstanding;
    }
    get failed() {
        return this.#failure !== undefined;
    }
    /** Sends `job`; its slot is the worker's until the verdict comes back. */
    send(job) {
        this.#outstanding++;
        this.#worker.postMessage(job);
    }
    async stop() {
        this.#failure ??= 'stopped';
        await this.#worker.terminate();
    }
    #fail(why) {
        if (this.#failure !== undefined)
            return;
        this.#failure = why;
        this.#onFailure?.(why);
    }
}
/** Files from this size on are validated on two threads when they are one user a line. */
const PARALLEL_MIN_BYTES = 8 << 20;
let warm;
/**
 * Starts the pass's worker ahead, from the runner's raw `INPUT_*` variables, when they name an
 * import of a file this big. Why: a worker takes ~30 ms to start on a quiet machine and 60–90 ms
 * beside a busy pass, during which this thread validates alone (bench/validate-speed.ts); started
 * here it is ready when the pass begins. Only a hint: the parsed settings still decide, and a
 * worker never taken is unref'd and ends with the step. True when it started one.
 */
function warmValidateWorker(env, entry) {
    if (env.INPUT_OPERATION?.trim() !== 'import-users')
        return false;
    const file = env.INPUT_FILE?.trim();
    if (!file)
        return false;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file) ? file : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, file)).size;
    }
    catch {
        return false; // no such file: the inputs say so in their own words
    }
    if (size < PARALLEL_MIN_BYTES || size >= _plan_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .PLAN_WORKER_MIN_BYTES */ .ir)
        return false;
    warm = new ValidateWorker(entry);
    return true;
}
/** The worker started ahead, if any (once), else a new one. */
function takeValidateWorker(entry) {
    const worker = warm ?? new ValidateWorker(entry);
    warm = undefined;
    return worker;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
