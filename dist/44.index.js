export const id = 44;
export const ids = [44];
export const modules = {

/***/ 3044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   offline: () => (/* binding */ offline),
/* harmony export */   sendsNothing: () => (/* binding */ sendsNothing)
/* harmony export */ });
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9842);
/* harmony import */ var _runtime_deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4506);


/** Whether the step, as set, sends no request at all. */
function sendsNothing(settings) {
    return (settings.operation === 'import-users' &&
        settings.dryRun &&
        settings.plan !== true &&
        settings.githubToken === undefined);
}
/** Anything of the network: a run that sends nothing never reaches it. */
const NO_NETWORK = new Proxy({}, {
    get() {
        throw new Error('internal: this run sends nothing, yet it used the network');
    },
});
function offline(settings, ledger, options) {
    const deadline = new _runtime_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .Deadline */ .B(_runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m, settings.timeoutMs, options.signal);
    const context = {
        api: NO_NETWORK,
        clock: _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m,
        deadline,
        logger: options.logger,
        ledger,
        newTracker: () => NO_NETWORK,
        runnerTemp: options.runnerTemp,
        dispatcher: NO_NETWORK,
    };
    return {
        context,
        dispatcher: NO_NETWORK,
        logRequestCounts() { },
        async close() { },
    };
}


/***/ }),

/***/ 9842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LONGEST_TIMER_MS),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/** Node fires a timer set beyond this at once (after a warning), which turns a long wait into a storm. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
const systemClock = {
    now: () => performance.now(),
    sleep: async (ms, signal) => {
        // Inputs keep real waits far below the limit; slicing makes any wait correct anyway.
        let left = ms;
        for (; left > LONGEST_TIMER_MS; left -= LONGEST_TIMER_MS) {
            await sleepOnce(LONGEST_TIMER_MS, signal);
        }
        await sleepOnce(left, signal);
    },
};
function sleepOnce(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9842);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);


/**
 * The step's `timeout`, counted from the start of the step. Every wait in the action goes through
 * here so that no retry, poll or transfer can outlive it, nor a cancellation: when `signal` aborts
 * (main.ts aborts it on SIGINT/SIGTERM), every wait ends at once by throwing the signal's reason.
 */
class Deadline {
    #clock;
    #endsAt;
    #signal;
    constructor(clock, endsAt, signal) {
        this.#clock = clock;
        this.#endsAt = endsAt;
        this.#signal = signal;
    }
    /** Aborted when the step is cancelled. */
    get signal() {
        return this.#signal;
    }
    get cancelled() {
        return this.#signal?.aborted === true;
    }
    /** Throws the cancellation's reason when the step has been cancelled. */
    throwIfCancelled() {
        this.#signal?.throwIfAborted();
    }
    remainingMs() {
        return Math.max(0, Math.ceil(this.#endsAt - this.#clock.now()));
    }
    expired() {
        return this.remainingMs() <= 0;
    }
    /**
     * Waits `ms` that something asked for (a Retry-After, a backoff). A wait that cannot end within
     * the timeout fails at once, naming the wait and the time left: idling until the deadline only
     * to fail then would help nobody. A cancellation ends the wait by throwing its reason.
     */
    async sleep(ms, waitingFor, signal = this.#signal) {
        signal?.throwIfAborted();
        const remaining = this.remainingMs();
        if (ms >= remaining) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3(`The timeout cannot be kept: ${waitingFor} needs a ${seconds(ms)} wait, but only ${seconds(remaining)} of the timeout are left.`);
        }
        await this.#clock.sleep(ms, signal);
    }
    /**
     * Waits `ms` or until the deadline, whichever comes first; at the deadline throws, naming what
     * we waited for. For waits the action chooses itself (the next poll of a job that may finish
     * any moment), where waiting as long as allowed is the point.
     */
    async sleepOrExpire(ms, waitingFor) {
        this.#signal?.throwIfAborted();
        const remaining = this.remainingMs();
        if (ms >= remaining) {
            await this.#clock.sleep(remaining, this.#signal);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3(`The timeout ran out while ${waitingFor}.`);
        }
        await this.#clock.sleep(ms, this.#signal);
    }
    /**
     * An AbortSignal for work that cannot go through `sleep` (a request, a download): it aborts
     * with a DeadlineError naming `waitingFor` when the time left runs out (real time), or with the
     * cancellation's reason (unless `cancellable` is false). Call `done()` when the work ends, to
     * free the timer.
     */
    bound(waitingFor, cancellable = true) {
        const controller = new AbortController();
        const cancel = cancellable ? this.#signal : undefined;
        const onCancel = () => controller.abort(cancel?.reason);
        if (cancel?.aborted)
            onCancel();
        else
            cancel?.addEventListener('abort', onCancel, { once: true });
        // `timeout` is at most 5 days (src/inputs/), within what a timer holds; a longer deadline
        // (only a test can make one) is left to the waits themselves rather than fire at once.
        const remaining = this.remainingMs();
        const timer = remaining <= _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .LONGEST_TIMER_MS */ .M
            ? setTimeout(() => controller.abort(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3(`The timeout ran out while ${waitingFor}.`)), remaining)
            : undefined;
        timer?.unref();
        return {
            signal: controller.signal,
            done: () => {
                clearTimeout(timer);
                cancel?.removeEventListener('abort', onCancel);
            },
        };
    }
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}


/***/ })

};
