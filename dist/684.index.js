export const id = 684;
export const ids = [684];
export const modules = {

/***/ 3661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R2: () => (/* binding */ describeChunk),
/* harmony export */   Xq: () => (/* binding */ noteRemaining),
/* harmony export */   YQ: () => (/* binding */ cancelledError),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   kB: () => (/* binding */ stopMessage)
/* harmony export */ });
/* harmony import */ var _runtime_cancellation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9685);
/** What the engine tells the user when it stops early: which chunks, what to check, how to go on. */

/** A line from outside (Auth0's answer, a progress record) made safe for a log line. */
function printable(text, max = 200) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
/** "chunk 3 of 10 (users 200–299, bytes 4096–8191 of users.json)" */
function describeChunk(chunk, plan) {
    const last = chunk.firstUser + chunk.userCount - 1;
    return `chunk ${chunk.index + 1} of ${plan.chunks.length} (users ${chunk.firstUser}–${last}, bytes ${chunk.start}–${chunk.end - 1} of ${plan.path})`;
}
/** "chunks 4–10 of 10 (users 300–999 of the file) were not submitted; the 3 jobs … reported." */
function notSubmittedFrom(from, context) {
    const { plan, submitted } = context;
    const total = plan.chunks.length;
    const first = plan.chunks[from];
    const last = plan.chunks.at(-1);
    const jobs = `the ${submitted} job${submitted === 1 ? '' : 's'} submitted before are reported.`;
    if (!first || !last)
        return `no chunk was left after it; ${jobs}`;
    const users = `users ${first.firstUser}–${last.firstUser + last.userCount - 1}`;
    return `chunks ${from + 1}–${total} of ${total} (${users} of the file) were not submitted; ${jobs}`;
}
/** The step's error for a stop; `chunk` is the one that stopped it. */
function stopMessage(stop, context) {
    const { chunk } = stop;
    const resume = context.progressPath
        ? ' Run again with the same progress_file to submit the rest.'
        : '';
    if (stop.kind === 'refused') {
        return `${stop.message} ${capitalise(notSubmittedFrom(chunk.index, context))}${resume}`;
    }
    if (stop.kind === 'file-changed') {
        return `${stop.message} Nothing more from it was sent: ${notSubmittedFrom(chunk.index, context)} Restore the file as it was validated and run again${context.progressPath ? ' with the same progress_file' : ''}, or import the new file on its own.`;
    }
    return inDoubtMessage(stop, context);
}
function inDoubtMessage(stop, context) {
    const { chunk } = stop;
    const n = chunk.index + 1;
    const externalId = context.externalIdOf(chunk);
    const check = `Check the tenant's logs (Auth0 Dashboard → Monitoring → Logs) for a users import created at about ${stop.at}${externalId === undefined ? '' : ` with external_id ${externalId}`}, or a completion email for it.`;
    const decide = context.progressPath
        ? ` Then run again with the same progress_file and resolve_in_doubt: "${n}=job_<id>" if Auth0 created that job, or "${n}=resubmit" if it created none; the record (${context.progressPath}) lists chunk ${n} as in doubt, and a resume refuses to go on until it is decided.`
        : ' Without progress_file a new run starts again from the first chunk, so it would also submit the chunks before this one a second time.';
    return `Auth0 may have created a job for ${describeChunk(chunk, context.plan)}: ${printable(stop.reason)}. It was not sent again, because that could import its users twice; ${notSubmittedFrom(n, context)} ${check}${decide}`;
}
/** The message of a cancelled import: what is still running and how to go on. */
function cancelledError(reason, running, remaining, context, stop) {
    const parts = [
        `Cancelled (${reason.signal}): no further chunks were submitted (${remaining} of ${context.plan.chunks.length} not submitted).`,
    ];
    if (stop)
        parts.push(stopMessage(stop, context));
    if (running.length > 0)
        parts.push(`Jobs still running: ${running.join(', ')}.`);
    if (context.progressPath) {
        parts.push(`To resume, run this step again with the same file and progress_file (${context.progressPath}): it waits for the running jobs, skips finished chunks and submits the rest.`);
    }
    else {
        parts.push('Without progress_file a new run starts again from the first chunk; set progress_file to make an import resumable.');
    }
    if (running.length > 0) {
        parts.push(`To follow the running jobs only, run this action with operation: get-job and job_id: ${running.join(',')}.`);
    }
    return new _runtime_cancellation_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(reason.signal, parts.join(' '), true);
}
/** max_jobs left chunks for a later run: say so, and how to go on. */
function noteRemaining(remaining, context, maxJobs) {
    const first = remaining[0];
    if (!first)
        return undefined;
    const how = context.progressPath
        ? `Run this step again with the same file and progress_file (${context.progressPath}) to submit them.`
        : 'Resuming needs progress_file: without it, a new run starts again from the first chunk.';
    return `${remaining.length} of ${context.plan.chunks.length} chunks (from chunk ${first.index + 1}, user ${first.firstUser}) are not submitted yet: max_jobs ${maxJobs} was reached. ${how}`;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 7753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sl: () => (/* binding */ externalIdOf),
/* harmony export */   aD: () => (/* binding */ readValidatedChunk),
/* harmony export */   jL: () => (/* binding */ FileChangedError),
/* harmony export */   mp: () => (/* binding */ submitChunk)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3661);



/** The file no longer holds, byte for byte, what was validated: nothing more from it is sent. */
class FileChangedError extends Error {
    name = 'FileChangedError';
}
/**
 * The upload body of `chunk`, proven to be what the validation pass read (ChunkPlan.sha256).
 * Throws FileChangedError when the file was rewritten, truncated or replaced since.
 */
async function readValidatedChunk(plan, chunk) {
    const body = await readBody(plan.path, chunk);
    if (!body || (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex') !== chunk.sha256) {
        throw changed(plan, chunk);
    }
    return body;
}
/**
 * Ranges this close together are read with one read of the bytes they span (skipped users
 * included) and copied out: a chunk of hundreds of short ranges then costs one read, not hundreds.
 */
const SPAN_READ_MAX = 2 << 20;
/**
 * `[`, the file's bytes of each range of `chunk` (ChunkPlan.ranges; the one range `start..end`
 * when it has none) joined by commas, `]`; undefined when the file ends too soon.
 */
async function readBody(path, chunk) {
    const ranges = chunk.ranges ?? [chunk.start, chunk.end];
    // `[`, then each range and the comma or `]` after it.
    let length = 1;
    for (let k = 0; k < ranges.length; k += 2)
        length += (ranges[k + 1] ?? 0) - (ranges[k] ?? 0) + 1;
    const body = Buffer.allocUnsafe(length);
    body[0] = 0x5b;
    body[length - 1] = 0x5d;
    const spanned = ranges.length > 2 && chunk.end - chunk.start <= SPAN_READ_MAX;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const span = spanned ? Buffer.allocUnsafe(chunk.end - chunk.start) : undefined;
        if (span && !(await readFully(handle, span, 0, span.length, chunk.start)))
            return undefined;
        let at = 1;
        for (let k = 0; k < ranges.length; k += 2) {
            if (k > 0)
                body[at++] = 0x2c;
            const start = ranges[k] ?? 0;
            const end = ranges[k + 1] ?? 0;
            if (span)
                span.copy(body, at, start - chunk.start, end - chunk.start);
            else if (!(await readFully(handle, body, at, end - start, start)))
                return undefined;
            at += end - start;
        }
    }
    finally {
        await handle.close();
    }
    return body;
}
/** Fills `length` bytes of `buffer` from file offset `position`; false when the file ends first. */
async function readFully(handle, buffer, offset, length, position) {
    for (let read = 0; read < length;) {
        const { bytesRead } = await handle.read(buffer, offset + read, length - read, position + read);
        if (bytesRead === 0)
            return false;
        read += bytesRead;
    }
    return true;
}
function changed(plan, chunk) {
    return new FileChangedError(`${plan.path} changed after it was validated: the bytes of ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .describeChunk */ .R2)(chunk, plan)} are not the ones that were checked.`);
}
function externalIdOf(settings, plan, chunk) {
    const count = plan.chunks.length;
    return settings.externalId !== undefined && count > 1
        ? `${settings.externalId}-${chunk.index + 1}-of-${count}`
        : settings.externalId;
}
/**
 * Submits one chunk. A "both import slots busy" answer created nothing, so the same body is sent
 * again once a slot is free; an answer that leaves the job in doubt is returned, never resent;
 * a refusal (400, 403, 413…) throws.
 */
async function submitChunk(chunk, plan, settings, context, slots, steps) {
    const { api, logger, deadline } = context;
    const users = await readValidatedChunk(plan, chunk);
    const request = {
        users,
        connectionId: settings.connectionId,
        upsert: settings.upsert,
        externalId: externalIdOf(settings, plan, chunk),
        sendCompletionEmail: settings.sendCompletionEmail,
    };
    let slotWaits = 0;
    for (;;) {
        // Recorded before sending: a kill while Auth0 answers leaves the chunk "in doubt", so a
        // resumed run asks instead of submitting it a second time.
        await steps.submitting(chunk);
        let submission;
        try {
            submission = await api.createImport(request);
        }
        catch (error) {
            // Thrown only when no job can exist: an HTTP refusal, or a failure before sending.
            await steps.notInDoubt(chunk);
            throw error;
        }
        if (submission.kind !== 'slots-full')
            return submission;
        await steps.notInDoubt(chunk);
        if (slots.active > 0) {
            await slots.waitForOne();
            continue;
        }
        if (slotWaits === 0) {
            logger.info(`Auth0 is running two other import jobs on this tenant (${(0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(submission.message)}); waiting for a free slot.`);
        }
        const delay = Math.min(10_000, 1_000 * 2 ** Math.min(slotWaits, 4));
        slotWaits++;
        await deadline.sleep(delay, 'waiting for a free import slot (Auth0 runs two imports at a time)');
    }
}


/***/ }),

/***/ 2333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ JobTracker)
});

// EXTERNAL MODULE: ./src/results/verdict.ts
var verdict = __webpack_require__(1999);
;// CONCATENATED MODULE: ./src/jobs/end-forecast.ts
/**
 * How long a job of a given size will take, from the jobs of the same size that ended before it
 * in this run (a split import's chunks are of about equal size, src/users/chunk-targets.ts).
 *
 * Why: in a split import a slot stays idle from the moment a job ends until the next chunk is
 * submitted, and that is mostly the time until a read notices the end. Auth0's whole-second
 * estimates put the end in a window half a second wide by the last second (poll-schedule.ts);
 * reading at its middle notices a job a hundred milliseconds or more late. Equal chunks take about
 * equally long, so each job's reads also tell when the next one will end: every job is read at
 * the middle of what the jobs before it left open, which halves that range from job to job, and
 * once it is narrow a job is read once, just after its forecast end. The schedule falls back to
 * the job's own estimates whenever a job is slower than forecast; one that fails early is noticed
 * at its forecast end (at most a minute later, POLL.longestWaitMs), not by a halving read.
 *
 * Only facts go in: a read sent at t that found the job unfinished means it ended after t, one
 * answered at t that found it finished means it had ended by t. Durations count from when the
 * job was handed to the tracker (its creation was answered). A job's time is taken to be a fixed
 * part plus a part per user, both unknown: so a job of n' users takes between what one of n users
 * took and that scaled by n'/n, and the forecast spans both.
 */
/** Sizes within this fraction of each other are compared. */
const SIMILAR_SIZE = 0.05;
/** Room added on each side of a duration for jitter in when jobs start: this fraction of it … */
const TOLERANCE = 0.002;
/** … up to this many ms. */
const TOLERANCE_MAX_MS = 5;
/** Jobs kept to learn from; the newest come first. */
const KEPT = 32;
class EndForecast {
    #ended = [];
    /** A job of `size` ended more than `after` ms and at most `by` ms after it was tracked. */
    learn(size, after, by) {
        if (!(size > 0) || !(by >= after))
            return;
        this.#ended.unshift({ size, after, by });
        if (this.#ended.length > KEPT)
            this.#ended.pop();
    }
    /**
     * How many ms after it is tracked a job of `size` will end: what the newest similar jobs agree
     * on, going back while they still agree. Undefined when no similar job ended yet.
     */
    duration(size) {
        let range;
        for (const ended of this.#ended) {
            if (Math.abs(ended.size - size) > size * SIMILAR_SIZE)
                continue;
            const scale = size / ended.size;
            const slack = Math.min(TOLERANCE_MAX_MS, ended.by * TOLERANCE);
            const after = Math.min(ended.after, ended.after * scale) - slack;
            const by = Math.max(ended.by, ended.by * scale) + slack;
            if (!range) {
                range = { after, by };
                continue;
            }
            const narrowed = { after: Math.max(range.after, after), by: Math.min(range.by, by) };
            // A job that disagrees (it was slower or faster than these): older ones count no more.
            if (narrowed.after >= narrowed.by)
                break;
            range = narrowed;
        }
        return range;
    }
}

;// CONCATENATED MODULE: ./src/jobs/poll-schedule.ts
/**
 * How long to wait before reading a job again. Two goals pull apart: notice a finished job within
 * a second, and spend few requests of the tenant's shared rate limit on a long job.
 *
 * When Auth0 gives `time_left_seconds` (whole seconds), wait half of it while more than a few
 * seconds are left: the estimate is refreshed on every read, so the waits shrink towards the end
 * and a 30 s job costs about six reads. Then read in the middle of the estimate's last second and at
 * its end, so a finished job is noticed about a quarter of a second late on average. Without an
 * estimate (a pending job), back off from half a second up to a few seconds.
 */
const POLL = {
    /** Above this much time left, halve it. */
    halvingFloorMs: 4_000,
    /** The interval in the estimated last second, and once the estimate has run out. */
    lastSecondMs: 500,
    longestWaitMs: 60_000,
    backoffMs: [500, 1_000, 1_000, 2_000, 2_000, 3_000, 3_000, 5_000],
};
function nextPollDelay(job, readsWithoutEstimate) {
    const left = job.time_left_seconds;
    if (typeof left === 'number' && Number.isFinite(left) && job.status === 'processing') {
        const leftMs = left * 1000;
        if (leftMs > POLL.halvingFloorMs)
            return Math.min(POLL.longestWaitMs, Math.round(leftMs / 2));
        // A whole-second estimate of L puts the end within (L-1, L] seconds: read in the middle of
        // that last second, then at its end, so the end is noticed a quarter second late on average.
        if (leftMs > 1_000)
            return leftMs - POLL.lastSecondMs;
        return POLL.lastSecondMs;
    }
    const steps = POLL.backoffMs;
    return steps[Math.min(readsWithoutEstimate, steps.length - 1)] ?? POLL.lastSecondMs;
}
/**
 * The window after one more reading of `job`, sent at `sentAt` and answered at `receivedAt`: the
 * estimate was made in between. Undefined without an estimate; a reading that contradicts the
 * window (the job slowed down) starts a new one.
 */
function narrowWindow(window, job, sentAt, receivedAt) {
    const left = job.time_left_seconds;
    if (job.status !== 'processing' || typeof left !== 'number' || !Number.isFinite(left)) {
        return undefined;
    }
    // A whole-second estimate L means the end is within (L-1, L] seconds of when it was made.
    const reading = { after: sentAt + (left - 1) * 1000, by: receivedAt + left * 1000 };
    if (!window)
        return reading;
    const after = Math.max(window.after, reading.after);
    const by = Math.min(window.by, reading.by);
    return after < by ? { after, by } : reading;
}
/** How close to the end a read is aimed; a finished job is noticed at most this much late. */
const END_MARGIN_MS = 20;
/** A window this narrow is read at its end; a wider one near the end is halved first. */
const NARROW_MS = 120;
/** A forecast this narrow (end-forecast.ts) is read once just after its end; a wider one halved. */
const FORECAST_NARROW_MS = 25;
/** How long after a forecast end the job is read. */
const FORECAST_MARGIN_MS = 3;
/**
 * When to read `job` next (clock ms), given what its readings say of its end. Near the end, once
 * the window is known: just after its end. Before that: the schedule of `nextPollDelay`, shifted
 * by under half a second so that the reading falls at the middle of the window (mod 1 s) and
 * halves it. Long jobs take their halving reads anyway, so the end is known to a few tens of
 * milliseconds by the time it comes, at no extra request. `expected` is when similar jobs of this
 * run say it ends (end-forecast.ts): near the end, the part of the window it covers is read
 * instead; a narrow forecast is read at its end directly, without the halving reads.
 */
function nextPollAt(job, readsWithoutEstimate, now, window, expected) {
    const planned = now + nextPollDelay(job, readsWithoutEstimate);
    // No window, or one that has passed with the job still running (the estimate was off): the
    // plain schedule, so a job stuck at "0 s left" is read twice a second, not in a loop.
    if (!window || window.by <= now)
        return planned;
    const near = window.by - now <= POLL.halvingFloorMs;
    const forecast = expected && forecastReadAt(window, expected, now, near);
    if (forecast !== undefined)
        return Math.min(forecast, now + POLL.longestWaitMs);
    if (near) {
        // The end is near: read just after it, once the window is narrow; a wider one is halved
        // first (a job done by its middle is noticed then).
        const width = window.by - window.after;
        if (width > NARROW_MS && window.after > now)
            return window.after + width / 2;
        return Math.max(now, window.by + END_MARGIN_MS);
    }
    const middle = (window.after + window.by) / 2;
    const shift = ((((middle - planned) % 1000) + 1500) % 1000) - 500;
    return Math.max(now + POLL.lastSecondMs, planned + shift);
}
/**
 * Where the window and the forecast overlap: just after its end when that is narrow (the job's
 * own estimates add nothing then); near the end, its middle while it is wide (so this job narrows
 * the forecast for the next). Undefined when they do not overlap or that end has passed (the job
 * is slower than forecast: its own window decides), or when a wide forecast is not near yet.
 */
function forecastReadAt(window, expected, now, near) {
    const after = Math.max(window.after, expected.after);
    const by = Math.min(window.by, expected.by);
    if (after >= by || by + FORECAST_MARGIN_MS < now)
        return undefined;
    const narrow = by - after <= FORECAST_NARROW_MS;
    if (!narrow && !near)
        return undefined;
    if (!narrow && after > now)
        return after + (by - after) / 2;
    return Math.max(now, by + FORECAST_MARGIN_MS);
}

;// CONCATENATED MODULE: ./src/jobs/progress.ts
/** Log a job's progress at a pace a person can read: on change of status, else every 15 s. */
const QUIET_MS = 15_000;
function describeProgress(job) {
    const parts = [job.status];
    if (typeof job.percentage_done === 'number')
        parts.push(`${job.percentage_done}%`);
    if (typeof job.time_left_seconds === 'number' && job.time_left_seconds > 0) {
        parts.push(`about ${job.time_left_seconds} s left`);
    }
    return parts.join(', ');
}
class ProgressLog {
    clock;
    logger;
    #last = new Map();
    constructor(clock, logger) {
        this.clock = clock;
        this.logger = logger;
    }
    report(job) {
        const now = this.clock.now();
        const last = this.#last.get(job.id);
        if (last && last.status === job.status && now - last.at < QUIET_MS)
            return;
        this.#last.set(job.id, { status: job.status, at: now });
        this.logger.info(`Job ${job.id}: ${describeProgress(job)}.`);
    }
    finish(job) {
        this.#last.delete(job.id);
        const counts = job.summary
            ? ` (${job.summary.inserted} inserted, ${job.summary.updated} updated, ${job.summary.failed} failed of ${job.summary.total})`
            : '';
        const details = job.status_details ? `: ${job.status_details}` : '';
        this.logger.info(`Job ${job.id}: ${job.status}${counts}${details}.`);
    }
}

;// CONCATENATED MODULE: ./src/jobs/tracker.ts




/**
 * Follows any number of jobs, each on its own poll schedule, and hands them back one at a time as
 * they reach a final status. One read at a time: the tenant's rate limit is shared with everything
 * else the team runs.
 */
class JobTracker {
    api;
    clock;
    deadline;
    onUpdate;
    #watched = new Map();
    #finished = [];
    #progress;
    #forecast = new EndForecast();
    constructor(api, clock, deadline, logger, 
    /** Called with every fresh state of a job, so outputs can carry the last one seen. */
    onUpdate) {
        this.api = api;
        this.clock = clock;
        this.deadline = deadline;
        this.onUpdate = onUpdate;
        this.#progress = new ProgressLog(clock, logger);
    }
    /**
     * Follows `job`. `size` (its users, for a job created just now, not one restored from an earlier
     * run) lets the jobs of this run forecast each other's end (end-forecast.ts).
     */
    track(job, size) {
        this.onUpdate(job);
        if ((0,verdict/* isFinal */.dR)(job.status)) {
            this.#finished.push(job);
            return;
        }
        this.#progress.report(job);
        const now = this.clock.now();
        this.#watched.set(job.id, {
            job,
            dueAt: now + nextPollDelay(job, 0),
            readsWithoutEstimate: 0,
            fresh: size === undefined ? undefined : { size, trackedAt: now },
        });
    }
    /** Waits for the next job to reach completed, failed or expired, and returns it. */
    async next() {
        for (;;) {
            const done = this.#finished.shift();
            if (done)
                return done;
            const soonest = this.#soonest();
            if (!soonest)
                throw new Error('No job is being waited for.');
            const wait = soonest.dueAt - this.clock.now();
            if (wait > 0) {
                await this.deadline.sleepOrExpire(wait, `waiting for ${this.#describeWaiting()}`);
            }
            await this.#read(soonest);
        }
    }
    async #read(watched) {
        const sentAt = this.clock.now();
        const job = await this.api.getJob(watched.job.id);
        this.onUpdate(job);
        if ((0,verdict/* isFinal */.dR)(job.status)) {
            this.#watched.delete(job.id);
            this.#learn(watched, job);
            this.#progress.finish(job);
            this.#finished.push(job);
            return;
        }
        const hasEstimate = typeof job.time_left_seconds === 'number';
        watched.readsWithoutEstimate = hasEstimate ? 0 : watched.readsWithoutEstimate + 1;
        watched.job = job;
        watched.unfinishedAt = sentAt;
        const now = this.clock.now();
        watched.window = narrowWindow(watched.window, job, sentAt, now);
        const expected = watched.fresh && this.#expectedEnd(watched.fresh);
        watched.dueAt = nextPollAt(job, watched.readsWithoutEstimate, now, watched.window, expected);
        this.#progress.report(job);
    }
    /** When a job created in this run should end, as the ones before it tell (clock ms). */
    #expectedEnd(fresh) {
        const duration = this.#forecast.duration(fresh.size);
        if (!duration)
            return undefined;
        return { after: fresh.trackedAt + duration.after, by: fresh.trackedAt + duration.by };
    }
    /** A completed job created in this run: how long it took goes into the forecast. */
    #learn(watched, job) {
        const { fresh } = watched;
        if (!fresh || job.status !== 'completed')
            return;
        const after = (watched.unfinishedAt ?? fresh.trackedAt) - fresh.trackedAt;
        this.#forecast.learn(fresh.size, after, this.clock.now() - fresh.trackedAt);
    }
    #soonest() {
        let soonest;
        for (const watched of this.#watched.values()) {
            if (!soonest || watched.dueAt < soonest.dueAt)
                soonest = watched;
        }
        return soonest;
    }
    #describeWaiting() {
        const jobs = [...this.#watched.values()].map((w) => `${w.job.id} (${describeProgress(w.job)})`);
        return jobs.length === 1 ? `job ${jobs[0]}` : `jobs ${jobs.join(', ')}`;
    }
}


/***/ }),

/***/ 1137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ REPORT_ENTRY_LIMIT)
/* harmony export */ });
/** Bounds the error report in memory; the rest is counted, not kept. */
const REPORT_ENTRY_LIMIT = 100_000;


/***/ }),

/***/ 4684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importUsers: () => (/* binding */ importUsers)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/jobs/tracker.ts + 3 modules
var tracker = __webpack_require__(2333);
// EXTERNAL MODULE: ./src/operations/context.ts
var operations_context = __webpack_require__(1137);
// EXTERNAL MODULE: ./src/results/verdict.ts
var verdict = __webpack_require__(1999);
// EXTERNAL MODULE: ./src/runtime/cancellation.ts
var cancellation = __webpack_require__(9685);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/import/messages.ts
var messages = __webpack_require__(3661);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/resume-record/atomic-write.ts




const randomTempName = (path) => (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`);
/**
 * Creates the temporary file exclusively (O_CREAT|O_EXCL, and O_NOFOLLOW where the platform has
 * it): a file or symlink planted at that name makes the open fail instead of being written
 * through, and another name is tried.
 */
async function createTemp(path, hooks) {
    const flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
    for (let attempt = 0;; attempt++) {
        const temp = (hooks.tempName ?? randomTempName)(path);
        try {
            return { temp, handle: await (0,promises_.open)(temp, flags, 0o600) };
        }
        catch (error) {
            if (error.code !== 'EEXIST' || attempt >= 4)
                throw error;
        }
    }
}
/**
 * Replaces `path` with `data` so that a kill or a crash at any moment leaves either the old file
 * or the new one, never a mix: write a temporary file beside it, fsync it, rename it over `path`
 * (atomic within a folder), then fsync the folder so the rename itself is durable.
 */
async function writeFileAtomic(path, data, hooks = {}) {
    const folder = (0,external_node_path_.dirname)(path);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const { temp, handle } = await createTemp(path, hooks);
    try {
        try {
            await handle.writeFile(data, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await hooks.beforeRename?.(temp);
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
    await syncFolder(folder);
}
/** Best effort: some file systems (and Windows) cannot open a folder for fsync. */
async function syncFolder(folder) {
    try {
        const handle = await (0,promises_.open)(folder, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // The rename is still atomic; only its durability across a power cut is not guaranteed.
    }
}

;// CONCATENATED MODULE: ./src/resume-record/record-format.ts
const PROGRESS_FORMAT = 'auth0-jobs-action/import-progress';
const PROGRESS_VERSION = 1;

;// CONCATENATED MODULE: ./src/resume-record/record-read.ts
/**
 * Reading a progress record: every field is checked before it is trusted (the file may have been
 * edited or planted), and nesting is bounded before parsing, so a hostile record is refused with
 * an error naming the file instead of crashing a resume.
 */



function corrupt(path, detail) {
    return new errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} is not a readable progress record (${detail}). Restore the file a previous run of this action wrote, or delete it to start the import from the first chunk (chunks imported before would be imported again).`);
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isOptionalString = (value) => value === undefined || typeof value === 'string';
/** Far more than a record needs (the deepest field is 5 levels down); a hostile one stops here. */
const MAX_RECORD_DEPTH = 32;
/** The deepest nesting of arrays and objects in JSON `text` (strings skipped), counted without recursion. */
function nestingDepth(text) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b)
            deepest = Math.max(deepest, ++depth);
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return deepest;
}
function parseProgress(text, path) {
    const depth = nestingDepth(text);
    if (depth > MAX_RECORD_DEPTH) {
        throw corrupt(path, `nested ${depth} levels deep; a progress record is at most ${MAX_RECORD_DEPTH}`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw corrupt(path, `not valid JSON: ${error.message}`);
    }
    if (!isObject(value) || value.format !== PROGRESS_FORMAT) {
        throw corrupt(path, `expected a JSON object with "format": "${PROGRESS_FORMAT}"`);
    }
    if (value.version !== PROGRESS_VERSION) {
        throw corrupt(path, `version ${JSON.stringify(value.version)}; this action reads version ${PROGRESS_VERSION}`);
    }
    const file = value.file;
    if (!isObject(file) ||
        typeof file.sha256 !== 'string' ||
        !/^[0-9a-f]{64}$/.test(file.sha256) ||
        !isCount(file.bytes) ||
        !isCount(file.users)) {
        throw corrupt(path, '"file" must hold the users file\'s sha256, bytes and users');
    }
    if (!isCount(value.chunk_size) || typeof value.connection_id !== 'string') {
        throw corrupt(path, '"chunk_size" and "connection_id" are missing');
    }
    if (!Array.isArray(value.chunks))
        throw corrupt(path, '"chunks" must be an array');
    value.chunks.forEach((chunk, position) => {
        const problem = chunkProblem(chunk, position);
        if (problem)
            throw corrupt(path, `chunk ${position + 1}: ${problem}`);
    });
    return value;
}
function chunkProblem(chunk, position) {
    if (!isObject(chunk))
        return 'not an object';
    if (chunk.index !== position)
        return `"index" must be ${position}`;
    for (const field of ['start', 'end', 'first_user', 'user_count']) {
        if (!isCount(chunk[field]))
            return `"${field}" must be a whole number`;
    }
    for (const field of [
        'submitting',
        'in_doubt',
        'job_id',
        'submitted_at',
        'status_details',
        'finished_at',
    ]) {
        if (!isOptionalString(chunk[field]))
            return `"${field}" must be a string`;
    }
    if (typeof chunk.job_id === 'string' && !/^job_[A-Za-z0-9]{1,64}$/.test(chunk.job_id)) {
        return '"job_id" must be a job id (job_ and letters or digits)';
    }
    if (chunk.status !== undefined) {
        if (typeof chunk.status !== 'string' || !(0,verdict/* isFinal */.dR)(chunk.status)) {
            return '"status" must be completed, failed or expired';
        }
        if (chunk.job_id === undefined)
            return 'a finished chunk needs its "job_id"';
    }
    if (chunk.summary !== undefined) {
        const s = chunk.summary;
        if (!isObject(s) || !['total', 'inserted', 'updated', 'failed'].every((k) => isCount(s[k]))) {
            return '"summary" must hold total, inserted, updated and failed counts';
        }
    }
    if (chunk.errors !== undefined) {
        if (!Array.isArray(chunk.errors))
            return '"errors" must be an array';
        for (const group of chunk.errors) {
            if (!isObject(group) || !Array.isArray(group.errors))
                return '"errors" groups need "errors"';
            const errorsOk = group.errors.every((e) => isObject(e) && typeof e.code === 'string' && typeof e.message === 'string');
            if (!errorsOk)
                return 'each error needs a "code" and a "message"';
            if (group.indexes !== undefined) {
                const first = chunk.first_user;
                const last = first + chunk.user_count;
                const ok = Array.isArray(group.indexes) &&
                    group.indexes.every((i) => isCount(i) && i >= first && i < last);
                if (!ok)
                    return '"indexes" must be file indexes of the chunk\'s users';
            }
            if (group.unmatched !== undefined && !Array.isArray(group.unmatched)) {
                return '"unmatched" must be an array';
            }
        }
    }
    return undefined;
}
function checkSameImport(data, key, path) {
    const { plan } = key;
    if (data.file.sha256 !== plan.sha256 || data.file.bytes !== plan.bytes) {
        throw new errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} records the import of a different users file (sha256 ${data.file.sha256.slice(0, 12)}…, ${data.file.bytes} bytes) than ${plan.path} (sha256 ${plan.sha256.slice(0, 12)}…, ${plan.bytes} bytes). Resume with the exact file that progress belongs to, or give this file its own progress_file.`);
    }
    const sameChunks = data.chunks.length === plan.chunks.length &&
        plan.chunks.every((chunk, i) => {
            const stored = data.chunks[i];
            return (stored !== undefined &&
                stored.start === chunk.start &&
                stored.end === chunk.end &&
                stored.first_user === chunk.firstUser &&
                stored.user_count === chunk.userCount);
        });
    if (!sameChunks) {
        throw new errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} was written for ${data.chunks.length} chunks planned with chunk_size ${data.chunk_size}, but this run plans ${plan.chunks.length} chunks with chunk_size ${key.chunkSize}${key.chunkSize === data.chunk_size ? ' (external_id changes the room left for the file)' : ''}. Resume with the same chunk_size and external_id as the run that wrote it, and the same version of this action (versions before the even chunk split cut files differently).`);
    }
    if (data.connection_id !== key.connectionId) {
        throw new errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} records an import into connection ${data.connection_id}, not ${key.connectionId}. Resume with the same connection_id, or give this import its own progress_file.`);
    }
}

;// CONCATENATED MODULE: ./src/resume-record/record.ts
/**
 * The resumable progress record of a split import (`progress_file`).
 *
 * One JSON document, rewritten atomically after every step that matters (writeFileAtomic), so a
 * kill at any moment leaves a readable record:
 *
 * - the users file's SHA-256, size and user count, the `chunk_size` and `connection_id` used:
 *   a record of another file, plan or connection is refused, never mixed in;
 * - per chunk (one line each, so the file diffs well): its index, byte range (`start`/`end`) and
 *   user range (`first_user`/`user_count`); `submitting` while a submission is in flight (a kill
 *   then leaves it "in doubt" instead of letting a resume submit the chunk twice), with
 *   `in_doubt` saying why when an answer left it so (a 504, a broken connection); `job_id` once
 *   Auth0 created the job; and once it ended and its errors were read: `status`,
 *   `status_details`, `summary` and `errors`.
 *
 * `errors` keeps each failed user's index in the file and Auth0's error list, grouped by identical
 * error lists (`{"errors":[…],"indexes":[…]}`), not the user itself: the users file is pinned by
 * its digest, so a resumed run re-reads (and redacts) the users from it. That keeps the record
 * small and free of personal data even when whole chunks fail, and a resume needs no request to
 * /jobs/{id}/errors (Auth0 deletes a job's errors 24 hours after it was created). Entries Auth0
 * gave without a recognisable user keep the redacted user in `unmatched`.
 */







class ResumeRecord {
    #path;
    #data;
    /** Serialised chunk lines; finished chunks never change, so most lines are reused. */
    #lines;
    #hooks;
    constructor(path, data, hooks) {
        this.#path = path;
        this.#data = data;
        this.#lines = data.chunks.map(() => undefined);
        this.#hooks = hooks;
    }
    /**
     * Reads the record at `path` and checks it belongs to this import, or starts a new one when
     * there is no file. Throws `InputError('progress_file', …)` for an unreadable or corrupt record,
     * or one of another users file, chunk plan or connection. Chunks in doubt are listed by
     * `inDoubt()`; the caller refuses to go on until each is decided. Nothing is written here.
     */
    static async open(path, key, hooks = {}) {
        // The file's hash is the record's identity of the file (PlanOptions.fileSha256).
        if (!/^[0-9a-f]{64}$/.test(key.plan.sha256)) {
            throw new Error('internal: the users file was planned without its hash');
        }
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code !== 'ENOENT') {
                throw new errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} cannot be read (${error.message}).`);
            }
        }
        if (text === undefined) {
            return { record: new ResumeRecord(path, fresh(key), hooks), resumed: false };
        }
        const data = parseProgress(text, path);
        checkSameImport(data, key, path);
        return { record: new ResumeRecord(path, data, hooks), resumed: true };
    }
    /** A new, empty record for `key` (not yet written). */
    static create(path, key, hooks = {}) {
        return new ResumeRecord(path, fresh(key), hooks);
    }
    get path() {
        return this.#path;
    }
    get data() {
        return this.#data;
    }
    chunk(index) {
        const chunk = this.#data.chunks[index];
        if (!chunk)
            throw new Error(`The progress record has no chunk ${index}.`);
        return chunk;
    }
    /** The job was created (its id is known). */
    isSubmitted(index) {
        return this.chunk(index).job_id !== undefined;
    }
    /** The job ended and its outcome is stored. */
    isFinished(index) {
        return this.chunk(index).status !== undefined;
    }
    /** Chunks with no job yet. */
    get remaining() {
        return this.#data.chunks.filter((chunk) => chunk.job_id === undefined).length;
    }
    /** Chunks whose submission may have created a job that the record does not know. */
    inDoubt() {
        return this.#data.chunks.filter((chunk) => chunk.submitting !== undefined && !chunk.job_id);
    }
    /** The answer to a submission was lost: the chunk stays "submitting", and says why. */
    markInDoubt(index, reason) {
        this.#change(index, (chunk) => {
            chunk.submitting ??= new Date().toISOString();
            chunk.in_doubt = reason;
        });
    }
    /** The user's decision (`resolve_in_doubt`): Auth0 created `job`, or nothing (resubmit). */
    resolveInDoubt(index, decision) {
        this.#change(index, (chunk) => {
            delete chunk.submitting;
            delete chunk.in_doubt;
            if (decision.kind === 'job') {
                chunk.job_id = decision.jobId;
                chunk.submitted_at = new Date().toISOString();
            }
        });
    }
    markSubmitting(index) {
        this.#change(index, (chunk) => {
            chunk.submitting = new Date().toISOString();
        });
    }
    /** Auth0 answered without creating a job (e.g. both import slots busy): nothing in doubt. */
    clearSubmitting(index) {
        this.#change(index, (chunk) => {
            delete chunk.submitting;
            delete chunk.in_doubt;
        });
    }
    markSubmitted(index, jobId) {
        this.#change(index, (chunk) => {
            delete chunk.submitting;
            delete chunk.in_doubt;
            chunk.job_id = jobId;
            chunk.submitted_at = new Date().toISOString();
        });
    }
    /** The job ended; `entries` are its error report entries (indexes are file indexes). */
    markFinished(index, job, entries) {
        this.#change(index, (chunk) => {
            chunk.job_id ??= job.id;
            chunk.status = job.status;
            if (job.status_details !== undefined)
                chunk.status_details = job.status_details;
            if (job.summary)
                chunk.summary = { ...job.summary };
            const groups = groupErrors(entries);
            if (groups.length > 0)
                chunk.errors = groups;
            chunk.finished_at = new Date().toISOString();
        });
    }
    /** The job object a finished or submitted chunk stands for (as far as the record knows). */
    jobOf(index) {
        const chunk = this.chunk(index);
        if (chunk.job_id === undefined)
            return undefined;
        const job = { id: chunk.job_id, type: 'users_import', status: chunk.status ?? 'pending' };
        if (chunk.status_details !== undefined)
            job.status_details = chunk.status_details;
        if (chunk.summary)
            job.summary = { ...chunk.summary };
        return job;
    }
    /** Writes the record atomically. */
    async save() {
        this.#data.updated_at = new Date().toISOString();
        await writeFileAtomic(this.#path, this.serialize(), this.#hooks);
    }
    serialize() {
        const { chunks, ...header } = this.#data;
        const lines = chunks.map((chunk, i) => {
            let line = this.#lines[i];
            if (line === undefined) {
                line = JSON.stringify(chunk);
                this.#lines[i] = line;
            }
            return line;
        });
        const head = JSON.stringify(header).slice(0, -1);
        return `${head},"chunks":[\n${lines.join(',\n')}\n]}\n`;
    }
    #change(index, change) {
        const chunk = this.#data.chunks[index];
        if (!chunk)
            throw new Error(`The progress record has no chunk ${index}.`);
        change(chunk);
        this.#lines[index] = undefined;
    }
}
function fresh(key) {
    const now = new Date().toISOString();
    return {
        format: PROGRESS_FORMAT,
        version: PROGRESS_VERSION,
        file: { sha256: key.plan.sha256, bytes: key.plan.bytes, users: key.plan.totalUsers },
        chunk_size: key.chunkSize,
        connection_id: key.connectionId,
        created_at: now,
        updated_at: now,
        chunks: key.plan.chunks.map(chunkRecordOf),
    };
}
function chunkRecordOf(chunk) {
    return {
        index: chunk.index,
        start: chunk.start,
        end: chunk.end,
        first_user: chunk.firstUser,
        user_count: chunk.userCount,
    };
}
/** Groups entries with identical error lists: a whole chunk failing the same way stays small. */
function groupErrors(entries) {
    const groups = new Map();
    for (const entry of entries) {
        const key = JSON.stringify(entry.errors);
        let group = groups.get(key);
        if (!group) {
            group = { errors: entry.errors };
            groups.set(key, group);
        }
        if (entry.index !== null) {
            group.indexes ??= [];
            group.indexes.push(entry.index);
        }
        else {
            group.unmatched ??= [];
            group.unmatched.push(entry.user);
        }
    }
    return [...groups.values()];
}
/**
 * The report entries of a stored chunk, in file order (unmatched ones last). `userAt` gives the
 * user of the file at an index, already redacted.
 */
function entriesOf(chunk, userAt) {
    const jobId = chunk.job_id ?? null;
    const indexed = [];
    const unmatched = [];
    for (const group of chunk.errors ?? []) {
        for (const index of group.indexes ?? []) {
            indexed.push({ job_id: jobId, index, user: userAt(index), errors: group.errors });
        }
        for (const user of group.unmatched ?? []) {
            unmatched.push({ job_id: jobId, index: null, user, errors: group.errors });
        }
    }
    indexed.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    return [...indexed, ...unmatched];
}

// EXTERNAL MODULE: ./src/users/redact.ts
var redact = __webpack_require__(3347);
// EXTERNAL MODULE: ./src/auth0/job.ts
var auth0_job = __webpack_require__(797);
// EXTERNAL MODULE: ./src/report/job-errors.ts
var job_errors = __webpack_require__(5097);
// EXTERNAL MODULE: ./src/users/file-hash.ts
var file_hash = __webpack_require__(5821);
// EXTERNAL MODULE: ./src/users/identity.ts
var identity = __webpack_require__(4208);
// EXTERNAL MODULE: ./src/users/plan-here.ts + 5 modules
var plan_here = __webpack_require__(8089);
// EXTERNAL MODULE: ./src/users/plan-thread.ts
var plan_thread = __webpack_require__(9598);
// EXTERNAL MODULE: ./src/users/validate-thread.ts
var validate_thread = __webpack_require__(2517);
// EXTERNAL MODULE: ./src/users/chunk-body.ts
var chunk_body = __webpack_require__(7394);
;// CONCATENATED MODULE: ./src/users/plan.ts
/**
 * One streaming pass over a users file: scan it, validate every user, find users listed twice, and
 * split the file into import jobs of at most `chunkSize` bytes each — without ever holding the
 * file (or all of its users) in memory.
 *
 * A chunk's upload body is `[` + the file's exact bytes from its first user's first byte to its
 * last user's last byte + `]`: the separators between users are valid JSON, so nothing is
 * re-serialised and what Auth0 receives is byte for byte what the user wrote.
 */







/**
 * Reads, validates and splits the users file at `path` in one streaming pass.
 *
 * Throws `InputError('file', …)` when the file is not a well-formed JSON array (see scan.ts) or
 * holds a user too big for any Auth0 import, and `InputError('chunk_size', …)` when a user does
 * not fit in `chunkSize`. Users that fail validation do not throw: they are listed in `invalid`.
 */
async function planUsersFile(path, options) {
    const fileBytes = await (0,plan_here/* fileSize */.O)(path);
    const size = fileBytes ?? 0; // the scan says why it cannot read the file
    const entry = (0,plan_thread/* planWorkerEntry */.es)();
    if (entry && size >= plan_thread/* PLAN_WORKER_MIN_BYTES */.ir) {
        return (0,plan_thread/* planInWorker */.rQ)(entry, { path, fileBytes, options });
    }
    return (0,plan_here.planUsersFileHere)(path, options, {
        hashBeside: size >= file_hash/* HASH_WORKER_MIN_BYTES */.Z,
        parallelEntry: (0,validate_thread/* takesTwoThreads */.ob)(size) ? entry : undefined,
        fileBytes,
    });
}
const REDACTION_MARKERS = new Set(['*****', '[redacted]']);
/** user_id as matched: Auth0 may echo it with the connection strategy prefix. */
function matchKey(user, kind) {
    const key = (0,identity/* identityKey */.US)(user, kind);
    return kind === 'user_id' && key !== undefined ? key.replace(/^auth0\|/, '') : key;
}
/** `echo` equals `original`, where a redaction marker in `echo` stands for any value. */
function sameUser(echo, original) {
    if (typeof echo === 'string' && REDACTION_MARKERS.has(echo))
        return true;
    if (echo === null ||
        original === null ||
        typeof echo !== 'object' ||
        typeof original !== 'object') {
        return echo === original;
    }
    if (Array.isArray(echo) !== Array.isArray(original))
        return false;
    const a = echo;
    const b = original;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    return keys.every((key) => Object.hasOwn(b, key) && sameUser(a[key], b[key]));
}
/**
 * Maps Auth0's per-user error entries of one job (they carry the user, not its position) back to
 * file indexes, by matching email (case-insensitive), user_id and username among the users of
 * `chunk` (`users` = `usersOfChunk(await readChunk(path, chunk))`). When several users of the chunk
 * match — a user listed twice — the one whose whole object matches is taken, each user at most
 * once, and for DUPLICATED_USER the later one (that is the one Auth0 refuses).
 */
function indexErrorEntries(chunk, users, entries) {
    const byKind = new Map();
    for (const kind of identity/* IDENTITY_KINDS */.vG) {
        const map = new Map();
        users.forEach((user, position) => {
            const key = matchKey(user, kind);
            if (key === undefined)
                return;
            const list = map.get(key);
            if (list)
                list.push(position);
            else
                map.set(key, [position]);
        });
        byKind.set(kind, map);
    }
    const claimed = new Set();
    return entries.map((entry) => {
        const echo = entry?.user;
        const errors = Array.isArray(entry?.errors) ? entry.errors : [];
        let candidates;
        for (const kind of identity/* IDENTITY_KINDS */.vG) {
            const key = matchKey(echo, kind);
            if (key === undefined)
                continue;
            const positions = byKind.get(kind)?.get(key) ?? [];
            candidates = candidates ? candidates.filter((p) => positions.includes(p)) : positions;
        }
        let position;
        if (candidates && candidates.length > 0) {
            const exact = candidates.filter((p) => sameUser(echo, users[p]));
            let pool = exact.length > 0 ? exact : candidates;
            const unclaimed = pool.filter((p) => !claimed.has(p));
            if (unclaimed.length > 0)
                pool = unclaimed;
            const laterFirst = errors.some((error) => error?.code === 'DUPLICATED_USER');
            position = laterFirst ? pool[pool.length - 1] : pool[0];
        }
        if (position !== undefined)
            claimed.add(position);
        return {
            index: position === undefined ? undefined : chunk.firstUser + position,
            user: (0,redact/* redactUser */.fk)(echo),
            errors,
        };
    });
}

// EXTERNAL MODULE: ./src/import/submit.ts
var import_submit = __webpack_require__(7753);
;// CONCATENATED MODULE: ./src/import/settle.ts





/**
 * Accounts for every user: each finished chunk's counts go into the summary and its failed users
 * into the error report (capped in memory) and into `failedIndexes` (never capped), once.
 */
class Settlement {
    result;
    reportLimit;
    /** Chunks whose outcome is in the summary (this run or an earlier one). */
    settledChunks = new Set();
    /** File index of every user that failed, for failed_users_file: complete whatever the count. */
    failedIndexes = new Set();
    settledUsers = 0;
    /** Users of chunks restored as finished from the progress record. */
    usersSettledBefore = 0;
    summary = auth0_job/* EMPTY_SUMMARY */.fB;
    constructor(result, reportLimit) {
        this.result = result;
        this.reportLimit = reportLimit;
    }
    /** Folds a finished chunk in: its report entries, its counts, and that it is done. */
    account(job, chunk, entries, omitted = 0) {
        this.result.addReportEntries(entries, this.reportLimit, omitted);
        for (const entry of entries)
            if (entry.index !== null)
                this.failedIndexes.add(entry.index);
        // A failed job without a summary imported nobody: all of its users count as failed.
        const summary = job.summary ?? {
            total: chunk.userCount,
            inserted: 0,
            updated: 0,
            failed: job.status === 'completed' ? 0 : chunk.userCount,
        };
        this.summary = (0,auth0_job/* addSummaries */.sH)(this.summary, summary);
        this.result.summary = this.summary;
        this.settledChunks.add(chunk.index);
        this.settledUsers += chunk.userCount;
    }
}
/**
 * The users of `chunk` as validated, or undefined when the file changed since (then Auth0's
 * entries cannot be tied to positions in it).
 */
async function validatedUsers(plan, chunk) {
    try {
        return (0,chunk_body/* usersOfChunk */.r)(await (0,import_submit/* readValidatedChunk */.aD)(plan, chunk));
    }
    catch (error) {
        if (error instanceof import_submit/* FileChangedError */.jL)
            return undefined;
        throw error;
    }
}
/**
 * The error report entries of a finished job, with file indexes, and how many more entries Auth0
 * listed than the streamed read keeps (counted in error_count, not lost from the total).
 */
async function collectErrors(api, plan, job, chunk) {
    const failedUsers = job.summary?.failed ?? 0;
    if (job.status !== 'failed' && failedUsers === 0)
        return { entries: [], omitted: 0 };
    if (job.status === 'expired')
        return { entries: [], omitted: 0 };
    const errors = await api.getJobErrors(job.id);
    const users = await validatedUsers(plan, chunk);
    let entries;
    if (errors.kind === 'entries') {
        // One result per entry, in order: Auth0's echo and the submitted user both name secrets.
        entries = indexErrorEntries(chunk, users ?? [], errors.entries).map((entry, position) => ({
            job_id: job.id,
            index: entry.index ?? null,
            user: (0,redact/* redactUser */.fk)(entry.user),
            errors: (0,redact/* redactErrorMessages */.Me)(entry.errors, [
                errors.entries[position]?.user,
                entry.index === undefined ? undefined : users?.[entry.index - chunk.firstUser],
            ]),
        }));
    }
    else {
        entries = (0,job_errors/* reportEntriesFromJobErrors */.R)(job.id, errors);
    }
    if (job.status === 'failed')
        entries = accountForEveryUser(job, chunk, users, entries);
    return { entries, omitted: (0,auth0_job/* omittedErrors */.AU)(errors) };
}
/**
 * A failed job may come with no per-user detail at all (a 204 from /errors). Its users were not
 * imported, so each one gets an entry: no user of the file goes unaccounted for.
 */
function accountForEveryUser(job, chunk, users, entries) {
    const reported = new Set(entries.map((entry) => entry.index));
    const reason = job.status_details ?? 'the job failed without details for this user';
    const perUser = [];
    for (let offset = 0; offset < chunk.userCount; offset++) {
        const index = chunk.firstUser + offset;
        if (reported.has(index))
            continue;
        perUser.push({
            job_id: job.id,
            index,
            // null when the file changed since it was validated: the user is known by position only.
            user: users ? (0,redact/* redactUser */.fk)(users[offset]) : null,
            errors: [{ code: 'JOB_FAILED', message: reason }],
        });
    }
    return [...entries.filter((entry) => entry.user !== null), ...perUser];
}

;// CONCATENATED MODULE: ./src/import/resume.ts





/** Writes the record; a failure stops the import before anything the record would not show. */
async function saveRecord(record) {
    try {
        await record.save();
    }
    catch (error) {
        throw new Error(`Could not write progress_file ${record.path}: ${(0,errors/* errorMessage */.gJ)(error)}. No further chunks were submitted, so the record stays true.`);
    }
}
/**
 * Applies `resolve_in_doubt` to the record, before any request. Throws
 * `InputError('resolve_in_doubt', …)` while a chunk in doubt has no decision, or a decision
 * contradicts the record. Entries for chunks that are no longer in doubt (already decided in an
 * earlier run) are ignored. Returns whether the record changed.
 */
function decideInDoubt(record, decisions, logger) {
    const chunks = record.data.chunks;
    const known = new Map(chunks.filter((c) => c.job_id).map((c) => [c.job_id, c.index]));
    for (const [number, decision] of decisions) {
        const chunk = chunks[number - 1];
        const bad = (why) => {
            throw new errors/* InputError */.dz('resolve_in_doubt', `Input 'resolve_in_doubt': ${why}`);
        };
        if (!chunk)
            bad(`names chunk ${number}, but ${record.path} has ${chunks.length} chunks.`);
        if (decision.kind !== 'job')
            continue;
        const owner = known.get(decision.jobId);
        if (owner !== undefined && owner !== number - 1) {
            bad(`${decision.jobId} is already the job of chunk ${owner + 1} in ${record.path}.`);
        }
        if (chunk?.job_id !== undefined && chunk.job_id !== decision.jobId) {
            bad(`chunk ${number} already has job ${chunk.job_id} in ${record.path}, not ${decision.jobId}.`);
        }
    }
    const undecided = record.inDoubt().filter((chunk) => !decisions.has(chunk.index + 1));
    if (undecided.length > 0)
        throw inDoubtRefusal(record, undecided);
    let changed = false;
    for (const chunk of record.inDoubt()) {
        const decision = decisions.get(chunk.index + 1);
        record.resolveInDoubt(chunk.index, decision);
        logger.info(decision.kind === 'job'
            ? `Chunk ${chunk.index + 1} was in doubt; resolve_in_doubt says Auth0 created ${decision.jobId} for it: following that job.`
            : `Chunk ${chunk.index + 1} was in doubt; resolve_in_doubt says Auth0 created no job for it: submitting it again.`);
        changed = true;
    }
    return changed;
}
function inDoubtRefusal(record, chunks) {
    const described = chunks.map((chunk) => {
        const when = /^[0-9T:.Z-]{10,30}$/.test(chunk.submitting ?? '') ? chunk.submitting : 'unknown';
        const why = chunk.in_doubt
            ? (0,messages/* printable */.g$)(chunk.in_doubt)
            : 'the run stopped while Auth0 was answering';
        return `chunk ${chunk.index + 1} (users ${chunk.first_user}–${chunk.first_user + chunk.user_count - 1}, bytes ${chunk.start}–${chunk.end - 1}; submitted at ${when}: ${why})`;
    });
    const numbers = chunks.map((chunk) => chunk.index + 1);
    const example = numbers.map((n) => `${n}=job_<id>`).join(',');
    return new errors/* InputError */.dz('resolve_in_doubt', `Input 'resolve_in_doubt': ${record.path} lists ${described.join('; ')} as in doubt: Auth0 may have created a job for ${numbers.length === 1 ? 'it' : 'them'}, and submitting again could import those users twice, so nothing was sent. Check the tenant's logs (Auth0 Dashboard → Monitoring → Logs) for users imports created at those times, then run again with resolve_in_doubt: "${example}" for a chunk Auth0 created a job for, or "${numbers[0]}=resubmit" for one it did not.`);
}
/**
 * Folds in what an earlier run recorded: finished chunks from the record (no request), and for
 * every job submitted but not finished, one read by id, after which it is tracked like any other.
 */
async function restore(record, target) {
    const { ledger, result, plan } = target;
    const pending = [];
    let finished = 0;
    // Every known job first takes its place in file order (`job_id` lists them in file order).
    for (const chunk of plan.chunks) {
        const job = record.jobOf(chunk.index);
        if (!job)
            continue;
        ledger.see(job);
        result.chunkJob(chunk.index, job.id);
        if (record.isFinished(chunk.index))
            finished++;
        else
            pending.push(chunk);
    }
    if (finished + pending.length === 0)
        return;
    target.logger.info(`Resuming from ${record.path}: ${finished} of ${plan.chunks.length} chunks finished in earlier runs, ${pending.length} submitted earlier and not known to be finished, ${record.remaining} not submitted yet.`);
    for (const chunk of plan.chunks) {
        if (record.isFinished(chunk.index))
            await restoreFinished(record, chunk, target);
    }
    for (const chunk of pending) {
        const job = await readAgain(record.jobOf(chunk.index), target);
        target.slots.track(chunk, job, false);
    }
}
async function restoreFinished(record, chunk, target) {
    const stored = record.chunk(chunk.index);
    const job = record.jobOf(chunk.index);
    if (!job)
        return;
    let entries = [];
    if (stored.errors && stored.errors.length > 0) {
        const needsUsers = stored.errors.some((group) => (group.indexes?.length ?? 0) > 0);
        const users = needsUsers ? ((await validatedUsers(target.plan, chunk)) ?? []) : [];
        entries = entriesOf(stored, (index) => (0,redact/* redactUser */.fk)(users[index - chunk.firstUser]) ?? null);
    }
    target.settlement.account(job, chunk, entries);
    target.settlement.usersSettledBefore += chunk.userCount;
}
/** One status read of a job an earlier run submitted; a job Auth0 no longer has is `expired`. */
async function readAgain(recorded, target) {
    try {
        return await target.api.getJob(recorded.id);
    }
    catch (error) {
        if (!(error instanceof errors/* ApiError */.hD) || error.status !== 404)
            throw error;
        const job = {
            ...recorded,
            status: 'expired',
            status_details: 'Auth0 no longer has this job (jobs are deleted 24 hours after they were created), so what it imported is unknown',
        };
        target.ledger.see(job);
        return job;
    }
}

;// CONCATENATED MODULE: ./src/import/slots.ts
/** Auth0 runs at most two import jobs per tenant at once (README, "How it behaves"). */
const MAX_ACTIVE_IMPORTS = 2;
/**
 * The import slots: which chunk each job stands for, how many are running, and the jobs that
 * ended and are not yet settled. Waiting for one job frees its slot.
 */
class Slots {
    #tracker;
    #chunkOfJob = new Map();
    #chunksWithJob = new Set();
    #finished = [];
    #active = 0;
    constructor(tracker) {
        this.#tracker = tracker;
    }
    get active() {
        return this.#active;
    }
    get full() {
        return this.#active >= MAX_ACTIVE_IMPORTS;
    }
    /** Jobs known to stand for a chunk (this run or restored). */
    get jobIds() {
        return [...this.#chunkOfJob.keys()];
    }
    /** Whether a job stands for the chunk (submitted in this run, or restored). */
    hasJob(chunkIndex) {
        return this.#chunksWithJob.has(chunkIndex);
    }
    chunkOf(jobId) {
        return this.#chunkOfJob.get(jobId);
    }
    /**
     * A job now stands for `chunk` and takes a slot until it ends. `createdNow`: submitted in this
     * run (not restored), so how long it takes tells when the next chunks end (end-forecast.ts).
     */
    track(chunk, job, createdNow) {
        this.#chunkOfJob.set(job.id, chunk);
        this.#chunksWithJob.add(chunk.index);
        this.#tracker.track(job, createdNow ? chunk.userCount : undefined);
        this.#active++;
    }
    /** Waits for one of the active jobs to end, which frees its slot. */
    async waitForOne() {
        this.#finished.push(await this.#tracker.next());
        this.#active--;
    }
    /** The next ended job not yet settled. */
    takeFinished() {
        return this.#finished.shift();
    }
}

;// CONCATENATED MODULE: ./src/import/engine.ts










/**
 * Submits the chunks in file order with at most two jobs active, waits for them, and folds each
 * finished job into the result as it ends.
 *
 * With a progress record (`progress_file`), chunks it shows finished are folded in from it without
 * a request, jobs it shows submitted are read again by id and waited for, and only the rest are
 * submitted; every step is written to the record before the next one. `max_jobs` bounds the jobs
 * submitted in this run; a cancellation (the deadline's signal) stops submitting at once. A
 * submission whose answer was lost stops submitting and is never sent again (messages.ts).
 */
class ImportRun {
    settings;
    context;
    result;
    plan;
    progress;
    #slots;
    #settlement;
    #started;
    #submittedThisRun = 0;
    #stop;
    constructor(settings, context, result, plan, progress, reportLimit = operations_context/* REPORT_ENTRY_LIMIT */.U) {
        this.settings = settings;
        this.context = context;
        this.result = result;
        this.plan = plan;
        this.progress = progress;
        const { api, clock, deadline, logger, ledger } = context;
        this.#slots = new Slots(new tracker/* JobTracker */.Y(api, clock, deadline, logger, (job) => ledger.see(job)));
        this.#settlement = new Settlement(result, reportLimit);
        this.#started = clock.now();
    }
    get failedIndexes() {
        return this.#settlement.failedIndexes;
    }
    async run() {
        try {
            await this.#run();
            return { failedIndexes: this.failedIndexes };
        }
        catch (error) {
            if ((0,cancellation/* isCancellation */.iB)(error, this.context.deadline.signal))
                throw this.#cancelled();
            if (error instanceof errors/* DeadlineError */.j3 && this.#stop) {
                throw new errors/* DeadlineError */.j3(`${this.#stopMessage(this.#stop)} ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
            throw error;
        }
        finally {
            this.result.chunksRemaining = this.#remaining().length;
        }
    }
    async #run() {
        const { deadline } = this.context;
        if (this.progress)
            await restore(this.progress, this.#restoreTarget());
        let limited = false;
        for (const chunk of this.#remaining()) {
            if (this.settings.maxJobs !== undefined && this.#submittedThisRun >= this.settings.maxJobs) {
                limited = true;
                break;
            }
            deadline.throwIfCancelled();
            while (this.#slots.full)
                await this.#slots.waitForOne();
            deadline.throwIfCancelled();
            this.#stop = await this.#submit(chunk);
            if (this.#stop)
                break;
            // Errors of finished jobs are read after the next submission, so a slot never idles.
            await this.#collectFinished();
        }
        if (!this.settings.wait && !this.#stop) {
            this.context.logger.info('wait is false: not waiting for the jobs to finish.');
            if (limited)
                this.#noteRemaining();
            return;
        }
        // Even when submitting stopped early, the jobs already running are waited for and reported.
        // Each job's errors and counts are folded in as it ends, not after the last one.
        while (this.#slots.active > 0) {
            await this.#slots.waitForOne();
            await this.#collectFinished();
        }
        await this.#collectFinished();
        if (this.#stop)
            throw new Error(this.#stopMessage(this.#stop));
        if (limited)
            this.#noteRemaining();
        this.#judge();
    }
    /** Chunks with no job yet, in file order. */
    #remaining() {
        return this.plan.chunks.filter((chunk) => !this.progress?.isSubmitted(chunk.index) && !this.#slots.hasJob(chunk.index));
    }
    /** Submits one chunk; returns why submitting stops, if it does. */
    async #submit(chunk) {
        const progress = this.progress;
        const steps = {
            submitting: async (c) => {
                if (!progress)
                    return;
                progress.markSubmitting(c.index);
                await saveRecord(progress);
            },
            notInDoubt: async (c) => {
                if (!progress)
                    return;
                progress.clearSubmitting(c.index);
                await saveRecord(progress);
            },
        };
        try {
            const { settings, plan, context } = this;
            const result = await (0,import_submit/* submitChunk */.mp)(chunk, plan, settings, context, this.#slots, steps);
            if (result.kind === 'in-doubt')
                return await this.#inDoubt(chunk, result.reason);
            this.#submitted(chunk, result.job);
            if (progress) {
                progress.markSubmitted(chunk.index, result.job.id);
                await saveRecord(progress);
            }
            return undefined;
        }
        catch (error) {
            if (error instanceof errors/* DeadlineError */.j3 || (0,cancellation/* isCancellation */.iB)(error, this.context.deadline.signal)) {
                throw error;
            }
            const message = (0,errors/* errorMessage */.gJ)(error);
            if (error instanceof import_submit/* FileChangedError */.jL)
                return { kind: 'file-changed', chunk, message };
            return { kind: 'refused', chunk, error, message };
        }
    }
    #submitted(chunk, job) {
        const count = this.plan.chunks.length;
        this.context.logger.info(`Chunk ${chunk.index + 1}/${count} (users ${chunk.firstUser}–${chunk.firstUser + chunk.userCount - 1}) submitted as job ${job.id}.`);
        this.result.chunkJob(chunk.index, job.id);
        this.#slots.track(chunk, job, true);
        this.#submittedThisRun++;
    }
    async #inDoubt(chunk, reason) {
        const at = this.progress?.chunk(chunk.index).submitting ?? new Date().toISOString();
        if (this.progress) {
            this.progress.markInDoubt(chunk.index, reason);
            await saveRecord(this.progress);
        }
        this.context.logger.info(`Chunk ${chunk.index + 1}: Auth0 may have created its job (${(0,messages/* printable */.g$)(reason)}); it is not sent again, and no further chunks are submitted.`);
        return { kind: 'in-doubt', chunk, reason, at };
    }
    async #collectFinished() {
        for (let job = this.#slots.takeFinished(); job; job = this.#slots.takeFinished()) {
            await this.#settle(job);
        }
    }
    async #settle(job) {
        const chunk = this.#slots.chunkOf(job.id);
        const settlement = this.#settlement;
        if (!chunk || settlement.settledChunks.has(chunk.index))
            return;
        const { entries, omitted } = await collectErrors(this.context.api, this.plan, job, chunk);
        if (this.progress) {
            this.progress.markFinished(chunk.index, job, entries);
            await saveRecord(this.progress);
        }
        settlement.account(job, chunk, entries, omitted);
        // The rate is of this run's work: chunks restored from the record took no time here.
        const usersThisRun = settlement.settledUsers - settlement.usersSettledBefore;
        const seconds = (this.context.clock.now() - this.#started) / 1000;
        const rate = seconds > 0 ? Math.round(usersThisRun / seconds) : usersThisRun;
        this.context.logger.info(`Chunks done: ${settlement.settledChunks.size}/${this.plan.chunks.length}; ${settlement.settledUsers}/${this.plan.totalUsers} users (${rate} users/s).`);
    }
    #stopContext() {
        return {
            plan: this.plan,
            submitted: this.#slots.jobIds.length,
            progressPath: this.progress?.path,
            externalIdOf: (chunk) => (0,import_submit/* externalIdOf */.Sl)(this.settings, this.plan, chunk),
        };
    }
    #stopMessage(stop) {
        return (0,messages/* stopMessage */.kB)(stop, this.#stopContext());
    }
    #restoreTarget() {
        const { api, logger, ledger } = this.context;
        const { result, plan } = this;
        return { api, logger, ledger, result, plan, slots: this.#slots, settlement: this.#settlement };
    }
    /** The message of a cancelled import: what is still running and how to go on. */
    #cancelled() {
        const running = this.#slots.jobIds.filter((id) => !(0,verdict/* isFinal */.dR)(this.context.ledger.get(id)?.status ?? ''));
        const reason = (0,cancellation/* cancellationOf */.zg)(this.context.deadline.signal);
        const remaining = this.#remaining().length;
        return (0,messages/* cancelledError */.YQ)(reason, running, remaining, this.#stopContext(), this.#stop);
    }
    #noteRemaining() {
        const context = this.#stopContext();
        const note = (0,messages/* noteRemaining */.Xq)(this.#remaining(), context, this.settings.maxJobs);
        if (!note)
            return;
        this.result.notes.push(note);
        this.context.logger.info(note);
    }
    #judge() {
        const { result, plan, settings } = this;
        const { summary, settledUsers } = this.#settlement;
        const complete = this.#remaining().length === 0;
        if (complete && summary.total !== plan.totalUsers) {
            result.notes.push(`Auth0 reported ${summary.total} users, but the file has ${plan.totalUsers}.`);
            this.context.logger.warning(result.notes.at(-1) ?? '');
        }
        const { failure, gate } = (0,verdict/* verdictOf */.Vj)(this.context.ledger.jobs, {
            threshold: settings.maxFailedUsers,
            failed: summary.failed,
            // With chunks left for a later run, the gate judges the users processed so far.
            total: complete ? plan.totalUsers : settledUsers,
            tooMany: (description) => `Too many users failed to import: ${description}. See the error report for each user and the reason.`,
        });
        result.notes.push(`Gate: ${gate?.description}${complete ? '' : ' (users processed so far)'}.`);
        result.failure = failure;
    }
}

// EXTERNAL MODULE: ./src/inputs/settings.ts
var inputs_settings = __webpack_require__(900);
// EXTERNAL MODULE: ./src/plan/plan-pass.ts + 1 modules
var plan_pass = __webpack_require__(8206);
;// CONCATENATED MODULE: ./src/plan/review.ts

function readContext(context) {
    const { usersApi, dispatcher } = context;
    if (!usersApi || !dispatcher)
        throw new Error('plan and verify need the Management API users endpoints');
    return { ...context, api: usersApi, dispatcher };
}
function needsReview(settings) {
    return settings.plan === true || settings.verify === true;
}
/** Runs the plan when asked; returns what to upload. A dry run meets the gate here. */
async function prepareUpload(settings, context, plan, chunkSize, outcome) {
    const same = {
        settings,
        plan,
        pass: undefined,
        fileIndex: (i) => i,
        uploadIndex: (i) => i,
    };
    if (!settings.plan)
        return same;
    // Loaded only when asked: reading the tenant needs undici, which a plain import or dry run
    // would otherwise compile before its validation pass (bench/validate-speed.ts).
    const { judgePlan, planImport } = await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(508)]).then(__webpack_require__.bind(__webpack_require__, 5508));
    const validated = { validated: plan, budget: chunkSize };
    const pass = await planImport(settings, readContext(context), validated, outcome);
    if (settings.dryRun)
        judgePlan(pass, settings, plan.totalUsers, outcome);
    const kept = pass.kept;
    if (!kept || settings.dryRun)
        return { ...same, pass };
    // Chunks are planned after skipping (plan pass): the kept users, byte for byte, in file order.
    const uploadPlan = {
        ...plan,
        totalUsers: kept.count,
        chunks: kept.chunks,
    };
    const { originalIndex } = kept;
    const fileIndex = (i) => originalIndex[i] ?? i;
    outcome.planChunks(uploadPlan.chunks.map(({ index, firstUser, userCount, bytes }) => {
        const first = fileIndex(firstUser);
        return {
            index,
            firstUser: first,
            userCount: fileIndex(firstUser + userCount - 1) - first + 1,
            bytes,
        };
    }));
    context.logger.info(`skip_existing: ${pass.report.counts.skipped} users left out; ${kept.count} to upload in ${uploadPlan.chunks.length} job${uploadPlan.chunks.length === 1 ? '' : 's'}.`);
    return {
        settings,
        plan: uploadPlan,
        pass,
        fileIndex,
        uploadIndex: (at) => {
            const i = lowerBound(originalIndex, at);
            return originalIndex[i] === at ? i : undefined;
        },
    };
}
/** The first position of `sorted` holding at least `value`. */
function lowerBound(sorted, value) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (sorted[mid] < value)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/** Upload indexes (of failed users) as indexes of the users file, for failed_users_file. */
function fileIndexes(upload, indexes) {
    if (!upload.pass?.kept)
        return indexes;
    return new Set([...indexes].map((i) => upload.fileIndex(i)));
}
/** With skip_existing, Auth0's entries name positions in the upload: give them file indexes. */
function remapReport(upload, outcome) {
    if (!upload.pass?.kept)
        return;
    outcome.remapReportIndexes(upload.fileIndex);
}
/**
 * After the run (report indexes already mapped by remapReport): verify. Returns the upload indexes
 * that verify found missing or different.
 */
async function afterImport(upload, context, outcome, failed, reportLimit) {
    const { settings, plan, pass } = upload;
    if (!settings.verify)
        return new Set();
    if (outcome.chunksRemaining !== 0 || !settings.wait) {
        context.logger.info(`verify: not run, because ${outcome.chunksRemaining} chunks are not submitted yet; it runs in the step that submits the last of them.`);
        return new Set();
    }
    const { verifyImport } = await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(109)]).then(__webpack_require__.bind(__webpack_require__, 6109));
    const chunkJob = (i) => {
        const chunk = plan.chunks.find((c) => i >= c.firstUser && i < c.firstUser + c.userCount);
        return (chunk && outcome.jobOfChunk(chunk.index)) ?? null;
    };
    return verifyImport(settings, readContext(context), {
        path: plan.path,
        totalUsers: plan.totalUsers,
        failed,
        uploadIndex: upload.uploadIndex,
        existedBefore: (at) => {
            if (!pass)
                return undefined;
            const action = (0,plan_pass/* actionAt */.q9)(pass.actions, at);
            return action === 'update' || action === 'unchanged';
        },
        jobOf: chunkJob,
    }, outcome, reportLimit);
}

// EXTERNAL MODULE: ./src/report/file-name.ts
var file_name = __webpack_require__(5704);
// EXTERNAL MODULE: ./src/results/builder.ts
var builder = __webpack_require__(9729);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/resume-record/lock.ts
/**
 * One run at a time per `progress_file`: a lock file beside it (`<progress_file>.lock`) names the
 * run that holds the record. A second run refuses at once, naming the holder, because two runs
 * reading the same record would both submit the chunks it shows as not submitted.
 *
 * The lock is made whole before it appears (written to a temporary file, then hard-linked into
 * place, which fails when a lock exists), so a reader never sees a half-written one.
 *
 * A lock left by a process that died (kill -9, a crashed runner) is taken over, with a warning,
 * only when it is certain the holder is gone: same host and its pid no longer alive. A lock of
 * another host, or of a live process, is refused with the way out (wait, or delete the lock when
 * that run is known to be gone). Runs on different runners do not share a disk; a workflow
 * `concurrency:` group keeps them apart (README, "Resuming a split import").
 */





const systemLockDeps = {
    pid: process.pid,
    host: (0,external_node_os_.hostname)(),
    env: process.env,
    isAlive: (pid) => {
        try {
            process.kill(pid, 0);
            return true;
        }
        catch (error) {
            return error.code === 'EPERM';
        }
    },
    now: () => new Date(),
};
/** Takes the lock of `progressPath`, or throws `InputError('progress_file', …)` naming its holder. */
async function lockProgress(progressPath, logger, deps = systemLockDeps) {
    const path = `${progressPath}.lock`;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const mine = holderOf(deps);
    const text = `${JSON.stringify(mine)}\n`;
    for (let attempt = 0; attempt < 2; attempt++) {
        if (await placeLock(path, text))
            return { path, release: () => releaseLock(path, mine.nonce) };
        const found = await readLock(path);
        if (found === undefined)
            continue; // released meanwhile: try again
        const holder = parseHolder(found);
        const dead = holder !== undefined && holder.host === deps.host && !deps.isAlive(holder.pid);
        if (!dead || attempt > 0)
            throw refusal(progressPath, path, holder);
        logger.warning(`${progressPath} was locked by process ${holder.pid} on this host (${holder.run}, since ${holder.since}), which is no longer running: taking the record over.`);
        // Removed only if it is still that dead run's lock, so a live run's lock is never removed.
        if ((await readLock(path)) === found)
            await (0,promises_.rm)(path, { force: true });
    }
    throw refusal(progressPath, path, parseHolder((await readLock(path)) ?? ''));
}
function holderOf(deps) {
    const { env } = deps;
    const run = ['GITHUB_REPOSITORY', 'GITHUB_WORKFLOW', 'GITHUB_JOB', 'GITHUB_RUN_ID']
        .map((name) => env[name])
        .filter((value) => value !== undefined && value !== '');
    const attempt = env.GITHUB_RUN_ATTEMPT ? ` attempt ${env.GITHUB_RUN_ATTEMPT}` : '';
    return {
        pid: deps.pid,
        host: deps.host,
        since: deps.now().toISOString(),
        run: run.length > 0 ? `run ${run.join(' ')}${attempt}` : 'not a GitHub Actions run',
        nonce: (0,external_node_crypto_.randomBytes)(12).toString('hex'),
    };
}
/** Writes the lock whole, then links it into place; false when a lock is already there. */
async function placeLock(path, text) {
    const temp = `${path}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    const handle = await (0,promises_.open)(temp, 'wx', 0o600);
    try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,promises_.link)(temp, path);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        await (0,promises_.rm)(temp, { force: true });
    }
}
async function readLock(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
async function releaseLock(path, nonce) {
    const found = await readLock(path);
    if (found !== undefined && parseHolder(found)?.nonce === nonce)
        await (0,promises_.rm)(path, { force: true });
}
/** The holder a lock names, its text fields cut to safe characters (the file may be planted). */
function parseHolder(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null || !Number.isSafeInteger(value.pid)) {
        return undefined;
    }
    const safe = (field) => typeof field === 'string' ? field.replace(/[^\w .:@/+-]/g, '?').slice(0, 200) : 'unknown';
    return {
        pid: value.pid,
        host: safe(value.host),
        since: safe(value.since),
        run: safe(value.run),
        nonce: safe(value.nonce),
    };
}
function refusal(progressPath, lockPath, holder) {
    const who = holder
        ? `process ${holder.pid} on host ${holder.host} (${holder.run}) since ${holder.since}`
        : 'a run whose lock file cannot be read';
    return new errors/* InputError */.dz('progress_file', `Input 'progress_file': ${progressPath} is in use by ${who}. Two runs on one progress record would submit the same chunks twice, so this run stops before sending anything. Wait for that run to end and run again; if it is certainly no longer running (its runner was lost), delete ${lockPath} and run again.`);
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/users/scan.ts + 8 modules
var scan = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/users/failed-users.ts







/**
 * Writes the users of `file` at `indexes` (file order) as a JSON array, so a team can fix them
 * and import just those again. Password hashes, salts and MFA secrets are redacted like
 * everywhere else the action writes: take them from the source file (each user's position in
 * it is its index in the error report). Returns how many users were written.
 */
async function writeFailedUsers(file, indexes, path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = `${path}.partial`;
    const out = (0,external_node_fs_.createWriteStream)(temp);
    let written = 0;
    try {
        out.write('[');
        // Streamed: each user is written as it is read, pausing while the disk is behind.
        for await (const element of (0,scan/* scanJsonArray */.RH)(file)) {
            if (!indexes.has(element.index))
                continue;
            const line = `${written === 0 ? '\n' : ',\n'}${JSON.stringify((0,redact/* redactUser */.fk)(element.value))}`;
            written++;
            if (!out.write(line))
                await (0,external_node_events_.once)(out, 'drain');
        }
        out.end(written === 0 ? ']\n' : '\n]\n');
        await (0,external_node_stream_promises_.finished)(out);
        await (0,promises_.rename)(temp, path);
        return written;
    }
    catch (error) {
        out.destroy();
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/operations/import-users.ts













/** The runner shows at most 10 error annotations per step; the rest are in the report. */
const MAX_ANNOTATIONS = 10;
async function importUsers(settings, context) {
    const result = new builder/* ResultBuilder */.v('import-users', context.ledger);
    await importFile(settings, context, result);
    return result.build();
}
async function importFile(settings, context, result) {
    const { logger } = context;
    const plan = await planUsersFile(settings.file, {
        chunkSize: uploadBudget(settings),
        fileSha256: settings.progressFile !== undefined,
        chunkSha256: !settings.dryRun || settings.skipExisting === true,
    }).catch((error) => {
        // The scanner names the file and the line; say which input pointed at it.
        if (error instanceof errors/* InputError */.dz && !error.message.startsWith('Input ')) {
            throw new errors/* InputError */.dz(error.input, `Input '${error.input}': ${error.message}`);
        }
        throw error;
    });
    if (plan.totalUsers === 0) {
        throw new errors/* InputError */.dz('file', `Input 'file': ${settings.file} is an empty array: there are no users to import.`);
    }
    result.totalUsers = plan.totalUsers;
    result.planChunks(plan.chunks);
    logger.info(`${settings.file}: ${plan.totalUsers} users, ${plan.bytes} bytes, ${plan.chunks.length} job${plan.chunks.length === 1 ? '' : 's'} of at most ${settings.chunkSize} bytes.`);
    const invalidCount = plan.invalidCount;
    if (invalidCount > 0) {
        reportInvalidUsers(plan, settings, context, result);
        noteReportCap(context, result);
        await writeFailedUsersFile(settings, context, result, new Set(plan.invalidIndexes));
        return;
    }
    result.writeReport();
    // A dry run only reads the record; a real one holds it until the end of the step.
    const lock = settings.progressFile && !settings.dryRun
        ? await lockProgress(settings.progressFile, context.logger, context.lockDeps ?? systemLockDeps)
        : undefined;
    try {
        await importPlanned(settings, context, result, plan);
    }
    finally {
        await lock?.release();
    }
}
async function importPlanned(settings, context, result, plan) {
    const { logger } = context;
    // Read and checked before anything is sent: a record of another file or plan is an input error.
    const progress = settings.progressFile
        ? await ResumeRecord.open(settings.progressFile, {
            plan,
            chunkSize: settings.chunkSize,
            connectionId: settings.connectionId,
        })
        : undefined;
    if (progress &&
        !settings.dryRun &&
        decideInDoubt(progress.record, settings.resolveInDoubt, logger)) {
        await saveRecord(progress.record);
    }
    // plan / skip_existing: read the connection and classify the users (src/plan/review.ts).
    const upload = await prepareUpload(settings, context, plan, uploadBudget(settings), result);
    if (settings.dryRun) {
        result.dryRun = true;
        if (progress?.resumed) {
            const { record } = progress;
            const finished = plan.chunks.filter((chunk) => record.isFinished(chunk.index)).length;
            result.notes.push(`${record.path} matches this file: ${finished} of ${plan.chunks.length} chunks finished, ${record.remaining} not submitted yet.`);
            logger.info(result.notes.at(-1) ?? '');
        }
        logger.info(settings.plan
            ? 'Dry run: the file is valid and planned; nothing was imported.'
            : 'Dry run: the file is valid; nothing was sent to Auth0.');
        return;
    }
    if (settings.progressFile) {
        result.resumeHint = `Or run this step again with the same file and progress_file (${settings.progressFile}) to resume the import.`;
    }
    await runUpload(upload, context, result, progress?.record);
}
/** Submits what is uploaded (the file, or what skip_existing kept), then verify when asked. */
async function runUpload(upload, context, result, record) {
    if (upload.plan.totalUsers === 0) {
        result.chunksRemaining = 0;
        context.logger.info('skip_existing: every user of the file is already in the connection; nothing to upload.');
        return;
    }
    const limit = context.reportLimit ?? operations_context/* REPORT_ENTRY_LIMIT */.U;
    const run = new ImportRun(upload.settings, context, result, upload.plan, record, limit);
    let failed = new Set();
    try {
        await run.run();
        remapReport(upload, result);
        failed = await afterImport(upload, context, result, run.failedIndexes, limit);
    }
    catch (error) {
        remapReport(upload, result);
        throw error;
    }
    finally {
        noteReportCap(context, result);
        const indexes = failed.size === 0 ? run.failedIndexes : new Set([...run.failedIndexes, ...failed]);
        await writeFailedUsersFile(upload.settings, context, result, fileIndexes(upload, indexes));
    }
}
/** Where the error report left entries out to bound memory: the cap and the true count. */
function noteReportCap(context, result) {
    if (result.omittedEntries === 0)
        return;
    const kept = result.keptEntries;
    result.notes.push(`The error report holds the first ${kept} of ${result.errorCount} entries (capped at ${context.reportLimit ?? operations_context/* REPORT_ENTRY_LIMIT */.U} to bound memory); failed_users_file lists every failed user.`);
    context.logger.warning(result.notes.at(-1) ?? '');
}
/** `failed_users_file`: the users of the file that failed, written only when some did. */
async function writeFailedUsersFile(settings, context, result, indexes) {
    if (indexes.size === 0)
        return;
    const label = result.jobIds[0] ?? 'invalid';
    const path = (0,file_name/* fileInFolder */.Y3)(context.runnerTemp, 'auth0-failed-users', label, 'json', String(Date.now()));
    const written = await writeFailedUsers(settings.file, indexes, path);
    result.failedUsersFile = path;
    context.logger.info(`Failed users, ready to fix and import again: ${path} (${written} users).`);
}
/**
 * Auth0's 512000-byte limit applies to the whole multipart request, not just the users file
 * (the 413 comes from the request's content length), so the form's own parts and boundaries
 * must fit beside the file.
 */
function uploadBudget(settings) {
    const multipartOverhead = 1024 + Buffer.byteLength(settings.externalId ?? '');
    return Math.min(settings.chunkSize, inputs_settings/* AUTH0_MAX_IMPORT_BYTES */.s - multipartOverhead);
}
/** Local validation failures stop the step before any job exists, whatever the gate allows. */
function reportInvalidUsers(plan, settings, context, result) {
    const invalidCount = plan.invalidCount;
    result.addReportEntries(plan.invalid.map((user) => ({
        job_id: null,
        index: user.index,
        user: user.user,
        errors: user.errors,
    })), operations_context/* REPORT_ENTRY_LIMIT */.U);
    result.countOmitted(invalidCount - result.keptEntries);
    const file = annotationPath(settings.file);
    for (const user of plan.invalid.slice(0, MAX_ANNOTATIONS)) {
        const detail = user.errors
            .map((error) => `${error.code}${error.path ? ` at ${error.path}` : ''}: ${error.message}`)
            .join('; ');
        context.logger.error(`User ${user.index}: ${detail}`, {
            title: 'Invalid user',
            file,
            startLine: user.line,
        });
    }
    if (invalidCount > MAX_ANNOTATIONS) {
        context.logger.info(`…and ${invalidCount - MAX_ANNOTATIONS} more invalid users (annotations are capped at ${MAX_ANNOTATIONS} per step); all are in the error report.`);
    }
    result.failure = `${invalidCount} of ${plan.totalUsers} users in ${settings.file} are invalid, so nothing was sent to Auth0. Fix them (each is listed in the error report with its index and the reason) and run again.`;
}
/** GitHub links an annotation to a file by its path in the repository. */
function annotationPath(file) {
    const workspace = process.env.GITHUB_WORKSPACE;
    if (!workspace)
        return file;
    const inRepo = (0,external_node_path_.relative)(workspace, file);
    return inRepo.startsWith('..') ? file : inRepo;
}


/***/ }),

/***/ 8206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UE: () => (/* binding */ FIRST_INDEXES),
  q9: () => (/* binding */ actionAt),
  hJ: () => (/* binding */ planPass)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/users/scan.ts + 8 modules
var scan = __webpack_require__(6933);
// EXTERNAL MODULE: ./src/plan/classify.ts
var classify = __webpack_require__(5845);
// EXTERNAL MODULE: ./src/import/submit.ts
var import_submit = __webpack_require__(7753);
// EXTERNAL MODULE: ./src/users/chunk-hash.ts
var chunk_hash = __webpack_require__(1082);
;// CONCATENATED MODULE: ./src/plan/kept-chunks.ts
/**
 * skip_existing: the upload chunks of the users that are kept, planned in the plan pass straight
 * from the users file. A chunk's body is `[`, the file's own bytes of its users, `]`: users that
 * are neighbours in the file form one range (with the separators between them, as a chunk of the
 * whole file does), and ranges are joined by `,`. Nothing of the users is written anywhere, so the
 * password hashes, salts and MFA secrets stay in the users file (issue 10). Per kept user only its
 * file index is held (4 bytes); per chunk, its ranges (16 bytes each, at most one per kept user).
 *
 * The plan pass reads the file again after the validation pass, so that what is uploaded is still
 * what was validated it hashes again every chunk the validation hashed (`UsersFilePlan.chunks`)
 * and refuses the file at the first one that differs. Each upload chunk's hash is made from those
 * same reads, and the upload checks its body against it (src/import/submit.ts).
 */


class KeptChunks {
    validated;
    budget;
    #check = new chunk_hash/* ChunkHasher */.D();
    #hasher = new chunk_hash/* ChunkHasher */.D();
    #chunks = [];
    #originalIndex;
    #current;
    #ranges = [];
    /** The validated chunk being hashed again. */
    #checking = 0;
    #lastKept = -2;
    #count = 0;
    constructor(validated, budget) {
        this.validated = validated;
        this.budget = budget;
        this.#originalIndex = new Int32Array(validated.totalUsers);
    }
    /** Every read of the file, in order (ChunkHasher.onRead). */
    onRead(bytes) {
        this.#check.onRead(bytes);
        this.#hasher.onRead(bytes);
    }
    /** The users of the last read are handled (ChunkHasher.settle). */
    settle() {
        this.#check.settle();
        this.#hasher.settle();
    }
    /** The user at file index `index`, bytes `start..end`, uploaded when `kept`. */
    add(index, start, end, kept) {
        this.#recheck(index, start, end);
        if (kept)
            this.#keep(index, start, end);
        else
            this.#hasher.skipTo(end);
    }
    /** After the last user: the upload chunks, or FileChangedError when the file has fewer users. */
    finish() {
        if (this.#checking !== this.validated.chunks.length)
            throw this.#changed();
        this.#close();
        const count = this.#count;
        return { chunks: this.#chunks, originalIndex: this.#originalIndex.subarray(0, count), count };
    }
    #recheck(index, start, end) {
        const chunk = this.validated.chunks[this.#checking];
        if (!chunk)
            throw this.#changed();
        if (index === chunk.firstUser) {
            if (start !== chunk.start)
                throw this.#changed();
            this.#check.startChunk(start);
        }
        this.#check.extendTo(end);
        if (index < chunk.firstUser + chunk.userCount - 1)
            return;
        if (end !== chunk.end || this.#check.finishChunk() !== chunk.sha256)
            throw this.#changed();
        this.#checking++;
    }
    #keep(index, start, end) {
        const current = this.#current;
        const joined = this.#lastKept === index - 1;
        const bytes = current && (joined ? current.bytes + end - current.end : current.bytes + 1 + end - start);
        if (current && bytes !== undefined && bytes <= this.budget) {
            if (joined)
                this.#ranges[this.#ranges.length - 1] = end;
            else {
                this.#hasher.joinRange(start);
                this.#ranges.push(start, end);
            }
            current.userCount++;
            current.end = end;
            current.bytes = bytes;
        }
        else {
            this.#close();
            this.#hasher.startChunk(start);
            this.#ranges = [start, end];
            this.#current = {
                index: this.#chunks.length,
                firstUser: this.#count,
                userCount: 1,
                start,
                end,
                bytes: end - start + 2,
                sha256: '',
            };
            this.#chunks.push(this.#current);
        }
        this.#hasher.extendTo(end);
        this.#originalIndex[this.#count++] = index;
        this.#lastKept = index;
    }
    #close() {
        const current = this.#current;
        if (!current)
            return;
        current.sha256 = this.#hasher.finishChunk() ?? '';
        current.ranges = Float64Array.from(this.#ranges);
        this.#current = undefined;
    }
    #changed() {
        return new import_submit/* FileChangedError */.jL(`${this.validated.path} changed after it was validated: skip_existing read other bytes than the ones that were checked, so nothing was sent. Run the step again on the file as it is now.`);
    }
}

;// CONCATENATED MODULE: ./src/plan/plan-pass.ts
/**
 * One streaming pass over the (validated) users file that classifies every user against the
 * tenant index, writes `plan_file` line by line, and with `skip_existing` plans the upload chunks
 * of the users still to be uploaded as byte ranges of the file itself (kept-chunks.ts).
 * Nothing of the file is kept but one byte per user (its action) and, when skipping, the file
 * index of every kept user and the ranges of its chunks.
 */




/** How many file indexes of each kind the summary and comment show. */
const FIRST_INDEXES = 10;
const FLUSH_CHARS = 1 << 20;
/** plan_file's text, written in batches of about FLUSH_CHARS characters (one write a batch). */
class BufferedFile {
    #fd;
    #pending = '';
    constructor(path) {
        this.#fd = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
    }
    write(text) {
        // Appending makes a rope (no copy of what came before); the write flattens it once.
        this.#pending += text;
        if (this.#pending.length >= FLUSH_CHARS)
            this.flush();
    }
    flush() {
        if (this.#pending.length > 0)
            (0,external_node_fs_.writeSync)(this.#fd, this.#pending);
        this.#pending = '';
    }
    close() {
        try {
            this.flush();
        }
        finally {
            (0,external_node_fs_.closeSync)(this.#fd);
        }
    }
}
async function planPass(usersFile, totalUsers, index, options) {
    const { upload } = options;
    const counts = Object.fromEntries([...classify/* PLAN_ACTIONS */.IA, 'skipped'].map((k) => [k, 0]));
    const first = Object.fromEntries([...classify/* PLAN_ACTIONS */.IA, 'skipped'].map((k) => [k, []]));
    const actions = new Uint8Array(totalUsers);
    let failures = 0;
    if (options.skipExisting && !upload) {
        throw new Error('skip_existing plans its chunks from the validated plan');
    }
    const plan = new BufferedFile(options.planFile);
    const kept = options.skipExisting && upload ? new KeptChunks(upload.validated, upload.budget) : undefined;
    const note = (kind, at) => {
        counts[kind]++;
        if (first[kind].length < FIRST_INDEXES)
            first[kind].push(at);
    };
    plan.write('[');
    try {
        await (0,scan/* scanJsonArrayFile */.nJ)(usersFile, (element) => {
            const user = element.value;
            const result = (0,classify/* classify */.L8)(user, index, options.upsert);
            note(result.action, element.index);
            actions[element.index] = ACTION_CODE[result.action];
            plan.write(planEntry(element.index, result));
            const skip = options.skipExisting === true && (0,classify/* skippable */.Mu)(result);
            if (skip)
                note('skipped', element.index);
            else if (result.action === 'duplicate' || result.action === 'conflict')
                failures++;
            kept?.add(element.index, element.start, element.end, !skip);
        }, kept && { onChunk: (bytes) => kept.onRead(bytes), afterChunk: () => kept.settle() });
        plan.write('\n]\n');
    }
    finally {
        plan.close();
    }
    const report = {
        counts,
        first,
        file: options.planFile,
        predictedFailures: failures,
        source: options.source,
    };
    return kept ? { report, actions, kept: kept.finish() } : { report, actions };
}
/** One entry of `plan_file`: indexes and attribute names only, never a value. */
function planEntry(index, result) {
    const separator = index === 0 ? '\n{"index":' : ',\n{"index":';
    if (!result.changes)
        return separator + index + ENTRY_END[result.action];
    return `${separator}${index},"action":"${result.action}","changes":${JSON.stringify(result.changes)}}`;
}
/** The end of an entry without changes, by action (built once, not per user). */
const ENTRY_END = Object.fromEntries(classify/* PLAN_ACTIONS */.IA.map((action) => [action, `,"action":"${action}"}`]));
const ACTION_CODE = Object.fromEntries(classify/* PLAN_ACTIONS */.IA.map((action, code) => [action, code]));
function actionAt(actions, index) {
    return classify/* PLAN_ACTIONS */.IA[actions[index] ?? 0];
}


/***/ }),

/***/ 5097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ reportEntriesFromJobErrors)
/* harmony export */ });
/* harmony import */ var _users_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3347);

/**
 * Turns one answer of GET /jobs/{id}/errors into report entries. Auth0 redacts some secrets
 * itself, but not reliably all of them, so every user is redacted again here.
 * `indexOf` maps a user back to its position in the input file when the caller knows the file.
 */
function reportEntriesFromJobErrors(jobId, errors, indexOf = () => undefined) {
    switch (errors.kind) {
        case 'none':
            return [];
        case 'entries':
            return errors.entries.map((entry) => ({
                job_id: jobId,
                index: indexOf(entry.user) ?? null,
                user: (0,_users_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUser */ .fk)(entry.user),
                errors: (0,_users_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactErrorMessages */ .Me)(entry.errors, [entry.user]),
            }));
        case 'job':
            return [
                {
                    job_id: jobId,
                    index: null,
                    user: null,
                    errors: [
                        {
                            code: 'JOB_FAILED',
                            message: errors.job.status_details ?? `the job is ${errors.job.status}`,
                        },
                    ],
                },
            ];
    }
}


/***/ })

};
