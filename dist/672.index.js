export const id = 672;
export const ids = [672];
export const modules = {

/***/ 4622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ JobTracker)
});

// EXTERNAL MODULE: ./src/auth0/job.ts
var auth0_job = __webpack_require__(797);
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
/**
 * When to read `job` next (clock ms), given what its readings say of its end. Near the end, once
 * the window is known: just after its end. Before that: the schedule of `nextPollDelay`, shifted
 * by under half a second so that the reading falls at the middle of the window (mod 1 s) and
 * halves it. Long jobs take their halving reads anyway, so the end is known to a few tens of
 * milliseconds by the time it comes, at no extra request.
 */
function nextPollAt(job, readsWithoutEstimate, now, window) {
    const planned = now + nextPollDelay(job, readsWithoutEstimate);
    // No window, or one that has passed with the job still running (the estimate was off): the
    // plain schedule, so a job stuck at "0 s left" is read twice a second, not in a loop.
    if (!window || window.by <= now)
        return planned;
    if (window.by - now <= POLL.halvingFloorMs) {
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
    constructor(api, clock, deadline, logger, 
    /** Called with every fresh state of a job, so outputs can carry the last one seen. */
    onUpdate = () => { }) {
        this.api = api;
        this.clock = clock;
        this.deadline = deadline;
        this.onUpdate = onUpdate;
        this.#progress = new ProgressLog(clock, logger);
    }
    track(job) {
        this.onUpdate(job);
        if ((0,auth0_job/* isFinal */.dR)(job.status)) {
            this.#finished.push(job);
            return;
        }
        this.#progress.report(job);
        this.#watched.set(job.id, {
            job,
            dueAt: this.clock.now() + nextPollDelay(job, 0),
            readsWithoutEstimate: 0,
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
                await this.deadline.sleep(wait, `waiting for ${this.#describeWaiting()}`);
            }
            await this.#read(soonest);
        }
    }
    async #read(watched) {
        const sentAt = this.clock.now();
        const job = await this.api.getJob(watched.job.id);
        this.onUpdate(job);
        if ((0,auth0_job/* isFinal */.dR)(job.status)) {
            this.#watched.delete(job.id);
            this.#progress.finish(job);
            this.#finished.push(job);
            return;
        }
        const hasEstimate = typeof job.time_left_seconds === 'number';
        watched.readsWithoutEstimate = hasEstimate ? 0 : watched.readsWithoutEstimate + 1;
        watched.job = job;
        const now = this.clock.now();
        watched.window = narrowWindow(watched.window, job, sentAt, now);
        watched.dueAt = nextPollAt(job, watched.readsWithoutEstimate, now, watched.window);
        this.#progress.report(job);
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

/***/ 4291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importUsers: () => (/* binding */ importUsers)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/auth0/job.ts
var auth0_job = __webpack_require__(797);
// EXTERNAL MODULE: ./src/jobs/tracker.ts + 2 modules
var tracker = __webpack_require__(4622);
// EXTERNAL MODULE: ./src/operations/context.ts
var operations_context = __webpack_require__(1137);
// EXTERNAL MODULE: ./src/operations/verdict.ts
var verdict = __webpack_require__(4491);
// EXTERNAL MODULE: ./src/progress/cancellation.ts
var cancellation = __webpack_require__(148);
// EXTERNAL MODULE: ./src/report/gate.ts
var report_gate = __webpack_require__(8347);
;// CONCATENATED MODULE: ./src/import/messages.ts

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
    return new cancellation/* CancelledError */.cc(reason.signal, parts.join(' '), true);
}
/** max_jobs left chunks for a later run: say so, and how to go on. */
function noteRemaining(remaining, context, maxJobs, outcome) {
    const first = remaining[0];
    if (!first)
        return undefined;
    const how = context.progressPath
        ? `Run this step again with the same file and progress_file (${context.progressPath}) to submit them.`
        : 'Resuming needs progress_file: without it, a new run starts again from the first chunk.';
    const note = `${remaining.length} of ${context.plan.chunks.length} chunks (from chunk ${first.index + 1}, user ${first.firstUser}) are not submitted yet: max_jobs ${maxJobs} was reached. ${how}`;
    outcome.notes.push(note);
    return note;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/progress/atomic-write.ts




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

;// CONCATENATED MODULE: ./src/progress/record-format.ts
const PROGRESS_FORMAT = 'auth0-jobs-action/import-progress';
const PROGRESS_VERSION = 1;
const FINAL = new Set(['completed', 'failed', 'expired']);

;// CONCATENATED MODULE: ./src/progress/record-read.ts
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
        if (typeof chunk.status !== 'string' || !FINAL.has(chunk.status)) {
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
        throw new errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} was written for ${data.chunks.length} chunks planned with chunk_size ${data.chunk_size}, but this run plans ${plan.chunks.length} chunks with chunk_size ${key.chunkSize}${key.chunkSize === data.chunk_size ? ' (external_id changes the room left for the file)' : ''}. Resume with the same chunk_size and external_id as the run that wrote it.`);
    }
    if (data.connection_id !== key.connectionId) {
        throw new errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} records an import into connection ${data.connection_id}, not ${key.connectionId}. Resume with the same connection_id, or give this import its own progress_file.`);
    }
}

;// CONCATENATED MODULE: ./src/progress/record.ts
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







class ProgressRecord {
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
            return { record: new ProgressRecord(path, fresh(key), hooks), resumed: false };
        }
        const data = parseProgress(text, path);
        checkSameImport(data, key, path);
        return { record: new ProgressRecord(path, data, hooks), resumed: true };
    }
    /** A new, empty record for `key` (not yet written). */
    static create(path, key, hooks = {}) {
        return new ProgressRecord(path, fresh(key), hooks);
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
// EXTERNAL MODULE: ./src/report/job-errors.ts
var job_errors = __webpack_require__(5097);
// EXTERNAL MODULE: ./src/users/plan.ts + 7 modules
var users_plan = __webpack_require__(6548);
;// CONCATENATED MODULE: ./src/import/submit.ts




/** The file no longer holds, byte for byte, what was validated: nothing more from it is sent. */
class FileChangedError extends Error {
    name = 'FileChangedError';
}
/**
 * The upload body of `chunk`, proven to be what the validation pass read (ChunkPlan.sha256).
 * Throws FileChangedError when the file was rewritten, truncated or replaced since.
 */
async function readValidatedChunk(plan, chunk) {
    let body;
    try {
        body = await (0,users_plan/* readChunk */.ar)(plan.path, chunk);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw changed(plan, chunk);
        throw error;
    }
    if ((0,external_node_crypto_.createHash)('sha256').update(body).digest('hex') !== chunk.sha256)
        throw changed(plan, chunk);
    return body;
}
function changed(plan, chunk) {
    return new FileChangedError(`${plan.path} changed after it was validated: the bytes of ${describeChunk(chunk, plan)} are not the ones that were checked.`);
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
            logger.info(`Auth0 is running two other import jobs on this tenant (${printable(submission.message)}); waiting for a free slot.`);
        }
        const delay = Math.min(10_000, 1_000 * 2 ** Math.min(slotWaits, 4));
        slotWaits++;
        await deadline.sleep(delay, 'waiting for a free import slot (Auth0 runs two imports at a time)');
    }
}

;// CONCATENATED MODULE: ./src/import/settle.ts





/**
 * Accounts for every user: each finished chunk's counts go into the summary and its failed users
 * into the error report (capped in memory) and into `failedIndexes` (never capped), once.
 */
class Settlement {
    outcome;
    reportLimit;
    /** Chunks whose outcome is in the summary (this run or an earlier one). */
    settledChunks = new Set();
    /** File index of every user that failed, for failed_users_file: complete whatever the count. */
    failedIndexes = new Set();
    settledUsers = 0;
    /** Users of chunks restored as finished from the progress record. */
    usersSettledBefore = 0;
    summary = auth0_job/* EMPTY_SUMMARY */.fB;
    constructor(outcome, reportLimit) {
        this.outcome = outcome;
        this.reportLimit = reportLimit;
    }
    /** Folds a finished chunk in: its report entries, its counts, and that it is done. */
    account(job, chunk, entries) {
        this.outcome.addReportEntries(entries, this.reportLimit);
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
        this.outcome.summary = this.summary;
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
        return (0,users_plan/* usersOfChunk */.re)(await readValidatedChunk(plan, chunk));
    }
    catch (error) {
        if (error instanceof FileChangedError)
            return undefined;
        throw error;
    }
}
/** The error report entries of a finished job, with file indexes. */
async function collectErrors(api, plan, job, chunk) {
    const failedUsers = job.summary?.failed ?? 0;
    if (job.status !== 'failed' && failedUsers === 0)
        return [];
    if (job.status === 'expired')
        return [];
    const errors = await api.getJobErrors(job.id);
    const users = await validatedUsers(plan, chunk);
    let entries;
    if (errors.kind === 'entries') {
        // One result per entry, in order: Auth0's echo and the submitted user both name secrets.
        entries = (0,users_plan/* indexErrorEntries */.bJ)(chunk, users ?? [], errors.entries).map((entry, position) => ({
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
    return entries;
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
            ? printable(chunk.in_doubt)
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
    const { outcome, plan } = target;
    const pending = [];
    let finished = 0;
    // Every known job first takes its place in file order (`job_id` lists them in file order).
    for (const chunk of plan.chunks) {
        const job = record.jobOf(chunk.index);
        if (!job)
            continue;
        outcome.update(job);
        const row = outcome.chunks?.[chunk.index];
        if (row)
            row.jobId = job.id;
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
        target.slots.track(chunk, job);
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
        target.outcome.update(job);
        return job;
    }
}

;// CONCATENATED MODULE: ./src/import/slots.ts
/** Auth0 runs at most two import jobs per tenant at once (reference §2.3, §6). */
const MAX_ACTIVE_IMPORTS = 2;
/**
 * The import slots: which chunk each job stands for, how many are running, and the jobs that
 * ended and are not yet settled. Waiting for one job frees its slot.
 */
class Slots {
    #tracker;
    #chunkOfJob = new Map();
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
    chunkOf(jobId) {
        return this.#chunkOfJob.get(jobId);
    }
    /** A job now stands for `chunk` and takes a slot until it ends. */
    track(chunk, job) {
        this.#chunkOfJob.set(job.id, chunk);
        this.#tracker.track(job);
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
 * finished job into the outcome as it ends.
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
    outcome;
    plan;
    progress;
    #slots;
    #settlement;
    #started;
    #submittedThisRun = 0;
    #stop;
    constructor(settings, context, outcome, plan, progress, reportLimit = operations_context/* REPORT_ENTRY_LIMIT */.U) {
        this.settings = settings;
        this.context = context;
        this.outcome = outcome;
        this.plan = plan;
        this.progress = progress;
        const { api, clock, deadline, logger } = context;
        this.#slots = new Slots(new tracker/* JobTracker */.Y(api, clock, deadline, logger, (job) => outcome.update(job)));
        this.#settlement = new Settlement(outcome, reportLimit);
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
            this.outcome.chunksRemaining = this.#remaining().length;
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
        return this.plan.chunks.filter((chunk) => !this.progress?.isSubmitted(chunk.index) && !this.outcome.chunks?.[chunk.index]?.jobId);
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
            const result = await submitChunk(chunk, plan, settings, context, this.#slots, steps);
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
            if (error instanceof FileChangedError)
                return { kind: 'file-changed', chunk, message };
            return { kind: 'refused', chunk, error, message };
        }
    }
    #submitted(chunk, job) {
        const count = this.plan.chunks.length;
        this.context.logger.info(`Chunk ${chunk.index + 1}/${count} (users ${chunk.firstUser}–${chunk.firstUser + chunk.userCount - 1}) submitted as job ${job.id}.`);
        const summaryRow = this.outcome.chunks?.[chunk.index];
        if (summaryRow)
            summaryRow.jobId = job.id;
        this.#slots.track(chunk, job);
        this.#submittedThisRun++;
    }
    async #inDoubt(chunk, reason) {
        const at = this.progress?.chunk(chunk.index).submitting ?? new Date().toISOString();
        if (this.progress) {
            this.progress.markInDoubt(chunk.index, reason);
            await saveRecord(this.progress);
        }
        this.context.logger.info(`Chunk ${chunk.index + 1}: Auth0 may have created its job (${printable(reason)}); it is not sent again, and no further chunks are submitted.`);
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
        const entries = await collectErrors(this.context.api, this.plan, job, chunk);
        if (this.progress) {
            this.progress.markFinished(chunk.index, job, entries);
            await saveRecord(this.progress);
        }
        settlement.account(job, chunk, entries);
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
            externalIdOf: (chunk) => externalIdOf(this.settings, this.plan, chunk),
        };
    }
    #stopMessage(stop) {
        return stopMessage(stop, this.#stopContext());
    }
    #restoreTarget() {
        const { api, logger } = this.context;
        const { outcome, plan } = this;
        return { api, logger, outcome, plan, slots: this.#slots, settlement: this.#settlement };
    }
    /** The message of a cancelled import: what is still running and how to go on. */
    #cancelled() {
        const running = this.#slots.jobIds.filter((id) => !(0,auth0_job/* isFinal */.dR)(this.outcome.jobs.get(id)?.status ?? ''));
        const reason = (0,cancellation/* cancellationOf */.zg)(this.context.deadline.signal);
        const remaining = this.#remaining().length;
        return cancelledError(reason, running, remaining, this.#stopContext(), this.#stop);
    }
    #noteRemaining() {
        const context = this.#stopContext();
        const note = noteRemaining(this.#remaining(), context, this.settings.maxJobs, this.outcome);
        if (note)
            this.context.logger.info(note);
    }
    #judge() {
        const { outcome, plan, settings } = this;
        const { summary, settledUsers } = this.#settlement;
        const complete = this.#remaining().length === 0;
        if (complete && summary.total !== plan.totalUsers) {
            outcome.notes.push(`Auth0 reported ${summary.total} users, but the file has ${plan.totalUsers}.`);
            this.context.logger.warning(outcome.notes.at(-1) ?? '');
        }
        const failures = (0,verdict/* judgeJobs */.e)([...outcome.jobs.values()]);
        // With chunks left for a later run, the gate judges the users processed so far.
        const looked = complete ? plan.totalUsers : settledUsers;
        const gate = (0,report_gate/* applyGate */.e)(settings.maxFailedUsers, summary.failed, looked);
        outcome.notes.push(`Gate: ${gate.description}${complete ? '' : ' (users processed so far)'}.`);
        if (!gate.passed) {
            failures.push(`Too many users failed to import: ${gate.description}. See the error report for each user and the reason.`);
        }
        outcome.failure = failures[0];
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/progress/lock.ts
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

// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/users/scan.ts + 1 modules
var scan = __webpack_require__(1489);
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
async function importUsers(settings, context, outcome) {
    const { logger } = context;
    const plan = await (0,users_plan/* planUsersFile */.EL)(settings.file, { chunkSize: uploadBudget(settings) }).catch((error) => {
        // The scanner names the file and the line; say which input pointed at it.
        if (error instanceof errors/* InputError */.dz && !error.message.startsWith('Input ')) {
            throw new errors/* InputError */.dz(error.input, `Input '${error.input}': ${error.message}`);
        }
        throw error;
    });
    if (plan.totalUsers === 0) {
        throw new errors/* InputError */.dz('file', `Input 'file': ${settings.file} is an empty array: there are no users to import.`);
    }
    outcome.totalUsers = plan.totalUsers;
    outcome.chunks = plan.chunks.map(({ index, firstUser, userCount, bytes }) => ({
        index,
        firstUser,
        userCount,
        bytes,
    }));
    logger.info(`${settings.file}: ${plan.totalUsers} users, ${plan.bytes} bytes, ${plan.chunks.length} job${plan.chunks.length === 1 ? '' : 's'} of at most ${settings.chunkSize} bytes.`);
    const invalidCount = plan.invalidCount;
    if (invalidCount > 0) {
        reportInvalidUsers(plan, settings, context, outcome);
        noteReportCap(context, outcome);
        await writeFailedUsersFile(settings, context, outcome, new Set(plan.invalidIndexes));
        return;
    }
    outcome.report = [];
    // A dry run only reads the record; a real one holds it until the end of the step.
    const lock = settings.progressFile && !settings.dryRun
        ? await lockProgress(settings.progressFile, context.logger, context.lockDeps ?? systemLockDeps)
        : undefined;
    try {
        await importPlanned(settings, context, outcome, plan);
    }
    finally {
        await lock?.release();
    }
}
async function importPlanned(settings, context, outcome, plan) {
    const { logger } = context;
    // Read and checked before anything is sent: a record of another file or plan is an input error.
    const progress = settings.progressFile
        ? await ProgressRecord.open(settings.progressFile, {
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
    if (settings.dryRun) {
        outcome.dryRun = true;
        if (progress?.resumed) {
            const { record } = progress;
            const finished = plan.chunks.filter((chunk) => record.isFinished(chunk.index)).length;
            outcome.notes.push(`${record.path} matches this file: ${finished} of ${plan.chunks.length} chunks finished, ${record.remaining} not submitted yet.`);
            logger.info(outcome.notes.at(-1) ?? '');
        }
        logger.info('Dry run: the file is valid; nothing was sent to Auth0.');
        return;
    }
    if (settings.progressFile) {
        outcome.resumeHint = `Or run this step again with the same file and progress_file (${settings.progressFile}) to resume the import.`;
    }
    const run = new ImportRun(settings, context, outcome, plan, progress?.record, context.reportLimit);
    try {
        await run.run();
    }
    finally {
        noteReportCap(context, outcome);
        await writeFailedUsersFile(settings, context, outcome, run.failedIndexes);
    }
}
/** Where the error report left entries out to bound memory: the cap and the true count. */
function noteReportCap(context, outcome) {
    if (outcome.reportOmitted === 0)
        return;
    const kept = outcome.report?.length ?? 0;
    outcome.notes.push(`The error report holds the first ${kept} of ${outcome.errorCount} entries (capped at ${context.reportLimit ?? operations_context/* REPORT_ENTRY_LIMIT */.U} to bound memory); failed_users_file lists every failed user.`);
    context.logger.warning(outcome.notes.at(-1) ?? '');
}
/** `failed_users_file`: the users of the file that failed, written only when some did. */
async function writeFailedUsersFile(settings, context, outcome, indexes) {
    if (indexes.size === 0)
        return;
    const label = outcome.jobIds[0] ?? 'invalid';
    const path = (0,external_node_path_.join)(context.runnerTemp, `auth0-failed-users-${label}-${Date.now()}.json`);
    const written = await writeFailedUsers(settings.file, indexes, path);
    outcome.failedUsersFile = path;
    context.logger.info(`Failed users, ready to fix and import again: ${path} (${written} users).`);
}
/**
 * Auth0's 512000-byte limit applies to the whole multipart request, not just the users file
 * (the 413 comes from the request's content length), so the form's own parts and boundaries
 * must fit beside the file.
 */
function uploadBudget(settings) {
    const multipartOverhead = 1024 + Buffer.byteLength(settings.externalId ?? '');
    return Math.min(settings.chunkSize, src_settings/* AUTH0_MAX_IMPORT_BYTES */.s - multipartOverhead);
}
/** Local validation failures stop the step before any job exists, whatever the gate allows. */
function reportInvalidUsers(plan, settings, context, outcome) {
    const invalidCount = plan.invalidCount;
    outcome.report = [];
    outcome.addReportEntries(plan.invalid.map((user) => ({
        job_id: null,
        index: user.index,
        user: user.user,
        errors: user.errors,
    })), operations_context/* REPORT_ENTRY_LIMIT */.U);
    outcome.reportOmitted = Math.max(outcome.reportOmitted, invalidCount - (outcome.report?.length ?? 0));
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
    outcome.failure = `${invalidCount} of ${plan.totalUsers} users in ${settings.file} are invalid, so nothing was sent to Auth0. Fix them (each is listed in the error report with its index and the reason) and run again.`;
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

/***/ 4491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ judgeJobs)
/* harmony export */ });
/** Jobs that ended `failed` or `expired` fail the step; one sentence each, saying what to do. */
function judgeJobs(jobs) {
    const failures = [];
    for (const job of jobs) {
        if (job.status === 'failed') {
            const details = job.status_details ? `: ${job.status_details}` : '';
            failures.push(`Job ${job.id} failed${details}. See the error report, or run operation: get-job-errors with job_id: ${job.id}.`);
        }
        else if (job.status === 'expired') {
            failures.push(`Job ${job.id} expired: Auth0 no longer holds its results (jobs expire hours after creation). Run the operation again.`);
        }
    }
    return failures;
}


/***/ }),

/***/ 8347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ applyGate)
/* harmony export */ });
/**
 * `max_failed_users`: the step fails when MORE users than allowed failed. A percentage is of the
 * users looked at (the users in the file, or the job's total), so 1% of 150 users allows 1.
 */
function applyGate(threshold, failed, total) {
    if (threshold.kind === 'count') {
        return {
            passed: failed <= threshold.max,
            allowed: threshold.max,
            description: `${failed} of ${total} users failed; max_failed_users allows ${threshold.max}`,
        };
    }
    // Compare in hundredths of a percent as integers, so 2.55% of 1000 is not lost to rounding.
    const basisPoints = Math.round(threshold.max * 100);
    const passed = failed * 10_000 <= basisPoints * total;
    const allowed = Math.floor((basisPoints * total) / 10_000);
    return {
        passed,
        allowed,
        description: `${failed} of ${total} users failed; max_failed_users ${threshold.max}% allows ${allowed}`,
    };
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
 * itself, but not reliably all of them (reference §3.5), so every user is redacted again here.
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
