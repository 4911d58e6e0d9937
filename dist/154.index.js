export const id = 154;
export const ids = [154];
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

/***/ 7154:
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



const PROGRESS_FORMAT = 'auth0-jobs-action/import-progress';
const PROGRESS_VERSION = 1;
const FINAL = new Set(['completed', 'failed', 'expired']);
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
// ------------------------------------------------------------------------------------ reading
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

// EXTERNAL MODULE: ./src/users/redact.ts
var redact = __webpack_require__(3347);
// EXTERNAL MODULE: ./src/report/job-errors.ts
var job_errors = __webpack_require__(5097);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/users/email-format.ts
/**
 * The `email` format of the bulk-import schema. The generated validator imports `email` from this
 * module (scripts/generate-validator.ts), so keep that name.
 */
/**
 * An email address as z-schema's `email` format (validator.js `isEmail`) accepts it, roughly:
 * a dot-atom local part (UTF-8 allowed, no spaces) and a dotted domain with a TLD of 2+ letters.
 * Quoted local parts and IP-literal domains are refused, as Auth0 does.
 */
function isEmail(value) {
    if (value.length > 254)
        return false;
    const at = value.lastIndexOf('@');
    if (at < 1 || at === value.length - 1)
        return false;
    const local = value.slice(0, at);
    const domain = value.slice(at + 1);
    if (local.length > 64)
        return false;
    if (!LOCAL_PART.test(local))
        return false;
    if (domain.length > 253)
        return false;
    const labels = domain.split('.');
    if (labels.length < 2)
        return false;
    for (const label of labels) {
        if (label.length === 0 || label.length > 63 || !DOMAIN_LABEL.test(label))
            return false;
    }
    const tld = labels[labels.length - 1];
    return TLD.test(tld);
}
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TLD = /^(?:\p{L}{2,}|xn--[a-z0-9-]{2,})$/iu;
/** The format as ajv expects it. */
const email = { type: 'string', validate: isEmail };

;// CONCATENATED MODULE: ./src/users/bulk-import-validator.generated.ts
// Generated by scripts/generate-validator.ts from bulk-import-schema.ts: do not edit.
// Regenerate with `npm run generate` after changing the schema.
// @ts-nocheck

const validate = validate10;
/* harmony default export */ const bulk_import_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$id": "https://auth0.com/schemas/bulk-import-user.json", "type": "object", "properties": { "email": { "type": "string", "format": "email", "description": "The user's email address." }, "email_verified": { "type": "boolean", "default": false }, "phone_number": { "type": "string", "pattern": "^\\+[1-9][0-9]{1,14}$", "description": "E.164, e.g. +12125550001" }, "phone_verified": { "type": "boolean", "default": false }, "user_id": { "type": "string" }, "username": { "type": "string" }, "given_name": { "type": "string" }, "family_name": { "type": "string" }, "name": { "type": "string" }, "nickname": { "type": "string" }, "picture": { "type": "string", "description": "URL of the user's profile picture." }, "blocked": { "type": "boolean" }, "password_hash": { "type": "string", "pattern": "^\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$", "description": "A bcrypt hash ($2a$ or $2b$, 10 salt rounds)." }, "custom_password_hash": { "type": "object", "properties": { "algorithm": { "type": "string", "enum": ["argon2", "bcrypt", "hmac", "ldap", "md4", "md5", "sha1", "sha256", "sha512", "pbkdf2", "scrypt"] }, "hash": { "type": "object", "properties": { "value": { "type": "string" }, "encoding": { "type": "string", "enum": ["base64", "hex", "utf8"] }, "digest": { "type": "string", "enum": ["md4", "md5", "ripemd160", "sha1", "sha224", "sha256", "sha384", "sha512", "whirlpool"] }, "key": { "type": "object", "properties": { "value": { "type": "string" }, "encoding": { "type": "string", "enum": ["base64", "hex", "utf8"], "default": "utf8" } }, "required": ["value"] } }, "required": ["value"] }, "salt": { "type": "object", "properties": { "value": { "type": "string" }, "encoding": { "type": "string", "enum": ["base64", "hex", "utf8"], "default": "utf8" }, "position": { "type": "string", "enum": ["prefix", "suffix"], "default": "prefix" } }, "required": ["value"] }, "password": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["ascii", "utf8", "utf16le", "ucs2", "latin1", "binary"], "default": "utf8" } } }, "keylen": { "type": "integer", "minimum": 1 }, "cost": { "type": "integer", "enum": [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4194304, 8388608, 16777216, 33554432, 67108864, 134217728, 268435456, 536870912, 1073741824], "default": 16384 }, "blockSize": { "type": "integer", "minimum": 1, "default": 8 }, "parallelization": { "type": "integer", "minimum": 1, "default": 1 } }, "required": ["algorithm", "hash"], "additionalProperties": false, "allOf": [{ "if": { "type": "object", "properties": { "algorithm": { "enum": ["argon2"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\$argon2(id|i|d)\\$" }, "encoding": { "type": "string", "enum": ["utf8"] } } } }, "not": { "required": ["salt"] } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["bcrypt"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\$2[aby]\\$" }, "encoding": { "type": "string", "enum": ["utf8"] } } } } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["hmac"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } }, "required": ["digest", "key"] } } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["ldap"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}" }, "encoding": { "type": "string", "enum": ["utf8"] } } } }, "not": { "required": ["salt"] } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["md4", "md5", "sha1", "sha256", "sha512"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } } } } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["pbkdf2"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\$pbkdf2-[A-Za-z0-9-]+\\$" }, "encoding": { "type": "string", "enum": ["utf8"] } } } }, "not": { "required": ["salt"] } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["scrypt"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } } } }, "required": ["keylen"] } }] }, "app_metadata": { "type": "object", "properties": { "__tenant": { "not": {} }, "_id": { "not": {} }, "blocked": { "not": {} }, "clientID": { "not": {} }, "created_at": { "not": {} }, "email_verified": { "not": {} }, "email": { "not": {} }, "globalClientID": { "not": {} }, "global_client_id": { "not": {} }, "identities": { "not": {} }, "lastIP": { "not": {} }, "lastLogin": { "not": {} }, "loginsCount": { "not": {} }, "metadata": { "not": {} }, "multifactor_last_modified": { "not": {} }, "multifactor": { "not": {} }, "updated_at": { "not": {} }, "user_id": { "not": {} } } }, "user_metadata": { "type": "object" }, "mfa_factors": { "type": "array", "minItems": 1, "maxItems": 10, "items": { "type": "object", "properties": { "totp": { "type": "object", "properties": { "secret": { "type": "string", "pattern": "^[A-Z2-7]+$" } }, "required": ["secret"], "additionalProperties": false }, "phone": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\+[0-9]{1,15}$" } }, "required": ["value"], "additionalProperties": false }, "email": { "type": "object", "properties": { "value": { "type": "string", "format": "email" } }, "required": ["value"], "additionalProperties": false } }, "additionalProperties": false, "oneOf": [{ "required": ["totp"] }, { "required": ["phone"] }, { "required": ["email"] }] } } }, "required": ["email"], "additionalProperties": false, "not": { "type": "object", "required": ["password_hash", "custom_password_hash"] } };
const func2 = Object.prototype.hasOwnProperty;
const formats0 = email;
const pattern0 = new RegExp("^\\+[1-9][0-9]{1,14}$", "u");
const pattern1 = new RegExp("^\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$", "u");
const pattern2 = new RegExp("^\\$argon2(id|i|d)\\$", "u");
const pattern3 = new RegExp("^\\$2[aby]\\$", "u");
const pattern4 = new RegExp("^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}", "u");
const pattern5 = new RegExp("^\\$pbkdf2-[A-Za-z0-9-]+\\$", "u");
const pattern6 = new RegExp("^[A-Z2-7]+$", "u");
const pattern7 = new RegExp("^\\+[0-9]{1,15}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://auth0.com/schemas/bulk-import-user.json" */ ;
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    const _errs2 = errors;
    if (errors === _errs2) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.password_hash === undefined) && (missing0 = "password_hash")) || ((data.custom_password_hash === undefined) && (missing0 = "custom_password_hash"))) {
                const err0 = {};
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        else {
            const err1 = {};
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var valid0 = _errs2 === errors;
    if (valid0) {
        const err2 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.not, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    else {
        errors = _errs1;
        if (vErrors !== null) {
            if (_errs1) {
                vErrors.length = _errs1;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.email === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property '" + "email" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema11.properties, key0))) {
                const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.email !== undefined) {
            let data0 = data.email;
            if (typeof data0 === "string") {
                if (!(formats0.validate(data0))) {
                    const err5 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "email" }, message: "must match format \"" + "email" + "\"", schema: "email", parentSchema: schema11.properties.email, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.email.type, parentSchema: schema11.properties.email, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.email_verified !== undefined) {
            let data1 = data.email_verified;
            if (typeof data1 !== "boolean") {
                const err7 = { instancePath: instancePath + "/email_verified", schemaPath: "#/properties/email_verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.email_verified.type, parentSchema: schema11.properties.email_verified, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.phone_number !== undefined) {
            let data2 = data.phone_number;
            if (typeof data2 === "string") {
                if (!pattern0.test(data2)) {
                    const err8 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9][0-9]{1,14}$" }, message: "must match pattern \"" + "^\\+[1-9][0-9]{1,14}$" + "\"", schema: "^\\+[1-9][0-9]{1,14}$", parentSchema: schema11.properties.phone_number, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phone_number.type, parentSchema: schema11.properties.phone_number, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.phone_verified !== undefined) {
            let data3 = data.phone_verified;
            if (typeof data3 !== "boolean") {
                const err10 = { instancePath: instancePath + "/phone_verified", schemaPath: "#/properties/phone_verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.phone_verified.type, parentSchema: schema11.properties.phone_verified, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.user_id !== undefined) {
            let data4 = data.user_id;
            if (typeof data4 !== "string") {
                const err11 = { instancePath: instancePath + "/user_id", schemaPath: "#/properties/user_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.user_id.type, parentSchema: schema11.properties.user_id, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.username !== undefined) {
            let data5 = data.username;
            if (typeof data5 !== "string") {
                const err12 = { instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.username.type, parentSchema: schema11.properties.username, data: data5 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.given_name !== undefined) {
            let data6 = data.given_name;
            if (typeof data6 !== "string") {
                const err13 = { instancePath: instancePath + "/given_name", schemaPath: "#/properties/given_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.given_name.type, parentSchema: schema11.properties.given_name, data: data6 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.family_name !== undefined) {
            let data7 = data.family_name;
            if (typeof data7 !== "string") {
                const err14 = { instancePath: instancePath + "/family_name", schemaPath: "#/properties/family_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.family_name.type, parentSchema: schema11.properties.family_name, data: data7 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data8 = data.name;
            if (typeof data8 !== "string") {
                const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data8 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.nickname !== undefined) {
            let data9 = data.nickname;
            if (typeof data9 !== "string") {
                const err16 = { instancePath: instancePath + "/nickname", schemaPath: "#/properties/nickname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.nickname.type, parentSchema: schema11.properties.nickname, data: data9 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.picture !== undefined) {
            let data10 = data.picture;
            if (typeof data10 !== "string") {
                const err17 = { instancePath: instancePath + "/picture", schemaPath: "#/properties/picture/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.picture.type, parentSchema: schema11.properties.picture, data: data10 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.blocked !== undefined) {
            let data11 = data.blocked;
            if (typeof data11 !== "boolean") {
                const err18 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.blocked.type, parentSchema: schema11.properties.blocked, data: data11 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.password_hash !== undefined) {
            let data12 = data.password_hash;
            if (typeof data12 === "string") {
                if (!pattern1.test(data12)) {
                    const err19 = { instancePath: instancePath + "/password_hash", schemaPath: "#/properties/password_hash/pattern", keyword: "pattern", params: { pattern: "^\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$" }, message: "must match pattern \"" + "^\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$" + "\"", schema: "^\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$", parentSchema: schema11.properties.password_hash, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
            else {
                const err20 = { instancePath: instancePath + "/password_hash", schemaPath: "#/properties/password_hash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.password_hash.type, parentSchema: schema11.properties.password_hash, data: data12 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.custom_password_hash !== undefined) {
            let data13 = data.custom_password_hash;
            const _errs34 = errors;
            let valid3 = true;
            const _errs35 = errors;
            if (errors === _errs35) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing1;
                    if ((data13.algorithm === undefined) && (missing1 = "algorithm")) {
                        const err21 = {};
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "argon2")) {
                                const err22 = {};
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err23 = {};
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs35 === errors;
            errors = _errs34;
            if (vErrors !== null) {
                if (_errs34) {
                    vErrors.length = _errs34;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid0) {
                const _errs38 = errors;
                const _errs40 = errors;
                const _errs41 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing2;
                    if ((data13.salt === undefined) && (missing2 = "salt")) {
                        const err24 = {};
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                var valid5 = _errs41 === errors;
                if (valid5) {
                    const err25 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/0/then/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[0].then.not, parentSchema: schema11.properties.custom_password_hash.allOf[0].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                else {
                    errors = _errs40;
                    if (vErrors !== null) {
                        if (_errs40) {
                            vErrors.length = _errs40;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data15 = data13.hash;
                        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                            if (data15.value !== undefined) {
                                let data16 = data15.value;
                                if (typeof data16 === "string") {
                                    if (!pattern2.test(data16)) {
                                        const err26 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\$argon2(id|i|d)\\$" }, message: "must match pattern \"" + "^\\$argon2(id|i|d)\\$" + "\"", schema: "^\\$argon2(id|i|d)\\$", parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.value, data: data16 };
                                        if (vErrors === null) {
                                            vErrors = [err26];
                                        }
                                        else {
                                            vErrors.push(err26);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err27 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.value, data: data16 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                            }
                            if (data15.encoding !== undefined) {
                                let data17 = data15.encoding;
                                if (typeof data17 !== "string") {
                                    const err28 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                                if (!(data17 === "utf8")) {
                                    const err29 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err29];
                                    }
                                    else {
                                        vErrors.push(err29);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err30 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err31 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[0].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                var _valid0 = _errs38 === errors;
                valid3 = _valid0;
            }
            if (!valid3) {
                const err32 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.allOf[0], data: data13 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            const _errs49 = errors;
            let valid8 = true;
            const _errs50 = errors;
            if (errors === _errs50) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing3;
                    if ((data13.algorithm === undefined) && (missing3 = "algorithm")) {
                        const err33 = {};
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "bcrypt")) {
                                const err34 = {};
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err35 = {};
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
            var _valid1 = _errs50 === errors;
            errors = _errs49;
            if (vErrors !== null) {
                if (_errs49) {
                    vErrors.length = _errs49;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid1) {
                const _errs53 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data19 = data13.hash;
                        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                            if (data19.value !== undefined) {
                                let data20 = data19.value;
                                if (typeof data20 === "string") {
                                    if (!pattern3.test(data20)) {
                                        const err36 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\$2[aby]\\$" }, message: "must match pattern \"" + "^\\$2[aby]\\$" + "\"", schema: "^\\$2[aby]\\$", parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.value, data: data20 };
                                        if (vErrors === null) {
                                            vErrors = [err36];
                                        }
                                        else {
                                            vErrors.push(err36);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err37 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.value, data: data20 };
                                    if (vErrors === null) {
                                        vErrors = [err37];
                                    }
                                    else {
                                        vErrors.push(err37);
                                    }
                                    errors++;
                                }
                            }
                            if (data19.encoding !== undefined) {
                                let data21 = data19.encoding;
                                if (typeof data21 !== "string") {
                                    const err38 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding, data: data21 };
                                    if (vErrors === null) {
                                        vErrors = [err38];
                                    }
                                    else {
                                        vErrors.push(err38);
                                    }
                                    errors++;
                                }
                                if (!(data21 === "utf8")) {
                                    const err39 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding, data: data21 };
                                    if (vErrors === null) {
                                        vErrors = [err39];
                                    }
                                    else {
                                        vErrors.push(err39);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err40 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err41 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
                var _valid1 = _errs53 === errors;
                valid8 = _valid1;
            }
            if (!valid8) {
                const err42 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.allOf[1], data: data13 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            const _errs62 = errors;
            let valid12 = true;
            const _errs63 = errors;
            if (errors === _errs63) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing4;
                    if ((data13.algorithm === undefined) && (missing4 = "algorithm")) {
                        const err43 = {};
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "hmac")) {
                                const err44 = {};
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err45 = {};
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
            }
            var _valid2 = _errs63 === errors;
            errors = _errs62;
            if (vErrors !== null) {
                if (_errs62) {
                    vErrors.length = _errs62;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid2) {
                const _errs66 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data23 = data13.hash;
                        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                            if (data23.digest === undefined) {
                                const err46 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property '" + "digest" + "'", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                            if (data23.key === undefined) {
                                const err47 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                            if (data23.encoding !== undefined) {
                                let data24 = data23.encoding;
                                if (typeof data24 !== "string") {
                                    const err48 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                                if (!((data24 === "hex") || (data24 === "base64"))) {
                                    const err49 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err50 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err51 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/2/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[2].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[2].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                var _valid2 = _errs66 === errors;
                valid12 = _valid2;
            }
            if (!valid12) {
                const err52 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[2].if, parentSchema: schema11.properties.custom_password_hash.allOf[2], data: data13 };
                if (vErrors === null) {
                    vErrors = [err52];
                }
                else {
                    vErrors.push(err52);
                }
                errors++;
            }
            const _errs73 = errors;
            let valid16 = true;
            const _errs74 = errors;
            if (errors === _errs74) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing5;
                    if ((data13.algorithm === undefined) && (missing5 = "algorithm")) {
                        const err53 = {};
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "ldap")) {
                                const err54 = {};
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err55 = {};
                    if (vErrors === null) {
                        vErrors = [err55];
                    }
                    else {
                        vErrors.push(err55);
                    }
                    errors++;
                }
            }
            var _valid3 = _errs74 === errors;
            errors = _errs73;
            if (vErrors !== null) {
                if (_errs73) {
                    vErrors.length = _errs73;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid3) {
                const _errs77 = errors;
                const _errs79 = errors;
                const _errs80 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing6;
                    if ((data13.salt === undefined) && (missing6 = "salt")) {
                        const err56 = {};
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                }
                var valid18 = _errs80 === errors;
                if (valid18) {
                    const err57 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/3/then/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[3].then.not, parentSchema: schema11.properties.custom_password_hash.allOf[3].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
                else {
                    errors = _errs79;
                    if (vErrors !== null) {
                        if (_errs79) {
                            vErrors.length = _errs79;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data26 = data13.hash;
                        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                            if (data26.value !== undefined) {
                                let data27 = data26.value;
                                if (typeof data27 === "string") {
                                    if (!pattern4.test(data27)) {
                                        const err58 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/3/then/properties/hash/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}" }, message: "must match pattern \"" + "^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}" + "\"", schema: "^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}", parentSchema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.value, data: data27 };
                                        if (vErrors === null) {
                                            vErrors = [err58];
                                        }
                                        else {
                                            vErrors.push(err58);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err59 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/3/then/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.value, data: data27 };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.encoding !== undefined) {
                                let data28 = data26.encoding;
                                if (typeof data28 !== "string") {
                                    const err60 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/3/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.encoding, data: data28 };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                                if (!(data28 === "utf8")) {
                                    const err61 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/3/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.encoding, data: data28 };
                                    if (vErrors === null) {
                                        vErrors = [err61];
                                    }
                                    else {
                                        vErrors.push(err61);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err62 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/3/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err63 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/3/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[3].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[3].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err63];
                    }
                    else {
                        vErrors.push(err63);
                    }
                    errors++;
                }
                var _valid3 = _errs77 === errors;
                valid16 = _valid3;
            }
            if (!valid16) {
                const err64 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[3].if, parentSchema: schema11.properties.custom_password_hash.allOf[3], data: data13 };
                if (vErrors === null) {
                    vErrors = [err64];
                }
                else {
                    vErrors.push(err64);
                }
                errors++;
            }
            const _errs88 = errors;
            let valid21 = true;
            const _errs89 = errors;
            if (errors === _errs89) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing7;
                    if ((data13.algorithm === undefined) && (missing7 = "algorithm")) {
                        const err65 = {};
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            let data29 = data13.algorithm;
                            if (!(((((data29 === "md4") || (data29 === "md5")) || (data29 === "sha1")) || (data29 === "sha256")) || (data29 === "sha512"))) {
                                const err66 = {};
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err67 = {};
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
            }
            var _valid4 = _errs89 === errors;
            errors = _errs88;
            if (vErrors !== null) {
                if (_errs88) {
                    vErrors.length = _errs88;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid4) {
                const _errs92 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data30 = data13.hash;
                        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                            if (data30.encoding !== undefined) {
                                let data31 = data30.encoding;
                                if (typeof data31 !== "string") {
                                    const err68 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/4/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                                if (!((data31 === "hex") || (data31 === "base64"))) {
                                    const err69 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/4/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err69];
                                    }
                                    else {
                                        vErrors.push(err69);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err70 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/4/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash, data: data30 };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err71 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/4/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[4].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[4].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err71];
                    }
                    else {
                        vErrors.push(err71);
                    }
                    errors++;
                }
                var _valid4 = _errs92 === errors;
                valid21 = _valid4;
            }
            if (!valid21) {
                const err72 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[4].if, parentSchema: schema11.properties.custom_password_hash.allOf[4], data: data13 };
                if (vErrors === null) {
                    vErrors = [err72];
                }
                else {
                    vErrors.push(err72);
                }
                errors++;
            }
            const _errs99 = errors;
            let valid25 = true;
            const _errs100 = errors;
            if (errors === _errs100) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing8;
                    if ((data13.algorithm === undefined) && (missing8 = "algorithm")) {
                        const err73 = {};
                        if (vErrors === null) {
                            vErrors = [err73];
                        }
                        else {
                            vErrors.push(err73);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "pbkdf2")) {
                                const err74 = {};
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err75 = {};
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
            }
            var _valid5 = _errs100 === errors;
            errors = _errs99;
            if (vErrors !== null) {
                if (_errs99) {
                    vErrors.length = _errs99;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid5) {
                const _errs103 = errors;
                const _errs105 = errors;
                const _errs106 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing9;
                    if ((data13.salt === undefined) && (missing9 = "salt")) {
                        const err76 = {};
                        if (vErrors === null) {
                            vErrors = [err76];
                        }
                        else {
                            vErrors.push(err76);
                        }
                        errors++;
                    }
                }
                var valid27 = _errs106 === errors;
                if (valid27) {
                    const err77 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[5].then.not, parentSchema: schema11.properties.custom_password_hash.allOf[5].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err77];
                    }
                    else {
                        vErrors.push(err77);
                    }
                    errors++;
                }
                else {
                    errors = _errs105;
                    if (vErrors !== null) {
                        if (_errs105) {
                            vErrors.length = _errs105;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data33 = data13.hash;
                        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                            if (data33.value !== undefined) {
                                let data34 = data33.value;
                                if (typeof data34 === "string") {
                                    if (!pattern5.test(data34)) {
                                        const err78 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/5/then/properties/hash/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\$pbkdf2-[A-Za-z0-9-]+\\$" }, message: "must match pattern \"" + "^\\$pbkdf2-[A-Za-z0-9-]+\\$" + "\"", schema: "^\\$pbkdf2-[A-Za-z0-9-]+\\$", parentSchema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.value, data: data34 };
                                        if (vErrors === null) {
                                            vErrors = [err78];
                                        }
                                        else {
                                            vErrors.push(err78);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err79 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/5/then/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.value, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err79];
                                    }
                                    else {
                                        vErrors.push(err79);
                                    }
                                    errors++;
                                }
                            }
                            if (data33.encoding !== undefined) {
                                let data35 = data33.encoding;
                                if (typeof data35 !== "string") {
                                    const err80 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/5/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding, data: data35 };
                                    if (vErrors === null) {
                                        vErrors = [err80];
                                    }
                                    else {
                                        vErrors.push(err80);
                                    }
                                    errors++;
                                }
                                if (!(data35 === "utf8")) {
                                    const err81 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/5/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding, data: data35 };
                                    if (vErrors === null) {
                                        vErrors = [err81];
                                    }
                                    else {
                                        vErrors.push(err81);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err82 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash, data: data33 };
                            if (vErrors === null) {
                                vErrors = [err82];
                            }
                            else {
                                vErrors.push(err82);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err83 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[5].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err83];
                    }
                    else {
                        vErrors.push(err83);
                    }
                    errors++;
                }
                var _valid5 = _errs103 === errors;
                valid25 = _valid5;
            }
            if (!valid25) {
                const err84 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[5].if, parentSchema: schema11.properties.custom_password_hash.allOf[5], data: data13 };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            const _errs114 = errors;
            let valid30 = true;
            const _errs115 = errors;
            if (errors === _errs115) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing10;
                    if ((data13.algorithm === undefined) && (missing10 = "algorithm")) {
                        const err85 = {};
                        if (vErrors === null) {
                            vErrors = [err85];
                        }
                        else {
                            vErrors.push(err85);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "scrypt")) {
                                const err86 = {};
                                if (vErrors === null) {
                                    vErrors = [err86];
                                }
                                else {
                                    vErrors.push(err86);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err87 = {};
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
            }
            var _valid6 = _errs115 === errors;
            errors = _errs114;
            if (vErrors !== null) {
                if (_errs114) {
                    vErrors.length = _errs114;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid6) {
                const _errs118 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.keylen === undefined) {
                        const err88 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/required", keyword: "required", params: { missingProperty: "keylen" }, message: "must have required property '" + "keylen" + "'", schema: schema11.properties.custom_password_hash.allOf[6].then.required, parentSchema: schema11.properties.custom_password_hash.allOf[6].then, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                    if (data13.hash !== undefined) {
                        let data37 = data13.hash;
                        if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                            if (data37.encoding !== undefined) {
                                let data38 = data37.encoding;
                                if (typeof data38 !== "string") {
                                    const err89 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/6/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err89];
                                    }
                                    else {
                                        vErrors.push(err89);
                                    }
                                    errors++;
                                }
                                if (!((data38 === "hex") || (data38 === "base64"))) {
                                    const err90 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/6/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err90];
                                    }
                                    else {
                                        vErrors.push(err90);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err91 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err91];
                            }
                            else {
                                vErrors.push(err91);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err92 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[6].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
                var _valid6 = _errs118 === errors;
                valid30 = _valid6;
            }
            if (!valid30) {
                const err93 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/6/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[6].if, parentSchema: schema11.properties.custom_password_hash.allOf[6], data: data13 };
                if (vErrors === null) {
                    vErrors = [err93];
                }
                else {
                    vErrors.push(err93);
                }
                errors++;
            }
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.algorithm === undefined) {
                    const err94 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property '" + "algorithm" + "'", schema: schema11.properties.custom_password_hash.required, parentSchema: schema11.properties.custom_password_hash, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err94];
                    }
                    else {
                        vErrors.push(err94);
                    }
                    errors++;
                }
                if (data13.hash === undefined) {
                    const err95 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/required", keyword: "required", params: { missingProperty: "hash" }, message: "must have required property '" + "hash" + "'", schema: schema11.properties.custom_password_hash.required, parentSchema: schema11.properties.custom_password_hash, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err95];
                    }
                    else {
                        vErrors.push(err95);
                    }
                    errors++;
                }
                for (const key1 in data13) {
                    if (!((((((((key1 === "algorithm") || (key1 === "hash")) || (key1 === "salt")) || (key1 === "password")) || (key1 === "keylen")) || (key1 === "cost")) || (key1 === "blockSize")) || (key1 === "parallelization"))) {
                        const err96 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.custom_password_hash, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
                if (data13.algorithm !== undefined) {
                    let data39 = data13.algorithm;
                    if (typeof data39 !== "string") {
                        const err97 = { instancePath: instancePath + "/custom_password_hash/algorithm", schemaPath: "#/properties/custom_password_hash/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.algorithm.type, parentSchema: schema11.properties.custom_password_hash.properties.algorithm, data: data39 };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                    if (!(((((((((((data39 === "argon2") || (data39 === "bcrypt")) || (data39 === "hmac")) || (data39 === "ldap")) || (data39 === "md4")) || (data39 === "md5")) || (data39 === "sha1")) || (data39 === "sha256")) || (data39 === "sha512")) || (data39 === "pbkdf2")) || (data39 === "scrypt"))) {
                        const err98 = { instancePath: instancePath + "/custom_password_hash/algorithm", schemaPath: "#/properties/custom_password_hash/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.algorithm.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.algorithm.enum, parentSchema: schema11.properties.custom_password_hash.properties.algorithm, data: data39 };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                }
                if (data13.hash !== undefined) {
                    let data40 = data13.hash;
                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                        if (data40.value === undefined) {
                            const err99 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/properties/hash/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.custom_password_hash.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.properties.hash, data: data40 };
                            if (vErrors === null) {
                                vErrors = [err99];
                            }
                            else {
                                vErrors.push(err99);
                            }
                            errors++;
                        }
                        if (data40.value !== undefined) {
                            let data41 = data40.value;
                            if (typeof data41 !== "string") {
                                const err100 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.value, data: data41 };
                                if (vErrors === null) {
                                    vErrors = [err100];
                                }
                                else {
                                    vErrors.push(err100);
                                }
                                errors++;
                            }
                        }
                        if (data40.encoding !== undefined) {
                            let data42 = data40.encoding;
                            if (typeof data42 !== "string") {
                                const err101 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.encoding, data: data42 };
                                if (vErrors === null) {
                                    vErrors = [err101];
                                }
                                else {
                                    vErrors.push(err101);
                                }
                                errors++;
                            }
                            if (!(((data42 === "base64") || (data42 === "hex")) || (data42 === "utf8"))) {
                                const err102 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.encoding, data: data42 };
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                        }
                        if (data40.digest !== undefined) {
                            let data43 = data40.digest;
                            if (typeof data43 !== "string") {
                                const err103 = { instancePath: instancePath + "/custom_password_hash/hash/digest", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.digest.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.digest, data: data43 };
                                if (vErrors === null) {
                                    vErrors = [err103];
                                }
                                else {
                                    vErrors.push(err103);
                                }
                                errors++;
                            }
                            if (!(((((((((data43 === "md4") || (data43 === "md5")) || (data43 === "ripemd160")) || (data43 === "sha1")) || (data43 === "sha224")) || (data43 === "sha256")) || (data43 === "sha384")) || (data43 === "sha512")) || (data43 === "whirlpool"))) {
                                const err104 = { instancePath: instancePath + "/custom_password_hash/hash/digest", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/digest/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.hash.properties.digest.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.hash.properties.digest.enum, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.digest, data: data43 };
                                if (vErrors === null) {
                                    vErrors = [err104];
                                }
                                else {
                                    vErrors.push(err104);
                                }
                                errors++;
                            }
                        }
                        if (data40.key !== undefined) {
                            let data44 = data40.key;
                            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                if (data44.value === undefined) {
                                    const err105 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.required, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key, data: data44 };
                                    if (vErrors === null) {
                                        vErrors = [err105];
                                    }
                                    else {
                                        vErrors.push(err105);
                                    }
                                    errors++;
                                }
                                if (data44.value !== undefined) {
                                    let data45 = data44.value;
                                    if (typeof data45 !== "string") {
                                        const err106 = { instancePath: instancePath + "/custom_password_hash/hash/key/value", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.value, data: data45 };
                                        if (vErrors === null) {
                                            vErrors = [err106];
                                        }
                                        else {
                                            vErrors.push(err106);
                                        }
                                        errors++;
                                    }
                                }
                                if (data44.encoding !== undefined) {
                                    let data46 = data44.encoding;
                                    if (typeof data46 !== "string") {
                                        const err107 = { instancePath: instancePath + "/custom_password_hash/hash/key/encoding", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding, data: data46 };
                                        if (vErrors === null) {
                                            vErrors = [err107];
                                        }
                                        else {
                                            vErrors.push(err107);
                                        }
                                        errors++;
                                    }
                                    if (!(((data46 === "base64") || (data46 === "hex")) || (data46 === "utf8"))) {
                                        const err108 = { instancePath: instancePath + "/custom_password_hash/hash/key/encoding", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding, data: data46 };
                                        if (vErrors === null) {
                                            vErrors = [err108];
                                        }
                                        else {
                                            vErrors.push(err108);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err109 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key, data: data44 };
                                if (vErrors === null) {
                                    vErrors = [err109];
                                }
                                else {
                                    vErrors.push(err109);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err110 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.properties.hash, data: data40 };
                        if (vErrors === null) {
                            vErrors = [err110];
                        }
                        else {
                            vErrors.push(err110);
                        }
                        errors++;
                    }
                }
                if (data13.salt !== undefined) {
                    let data47 = data13.salt;
                    if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                        if (data47.value === undefined) {
                            const err111 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/properties/salt/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.custom_password_hash.properties.salt.required, parentSchema: schema11.properties.custom_password_hash.properties.salt, data: data47 };
                            if (vErrors === null) {
                                vErrors = [err111];
                            }
                            else {
                                vErrors.push(err111);
                            }
                            errors++;
                        }
                        if (data47.value !== undefined) {
                            let data48 = data47.value;
                            if (typeof data48 !== "string") {
                                const err112 = { instancePath: instancePath + "/custom_password_hash/salt/value", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.salt.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.value, data: data48 };
                                if (vErrors === null) {
                                    vErrors = [err112];
                                }
                                else {
                                    vErrors.push(err112);
                                }
                                errors++;
                            }
                        }
                        if (data47.encoding !== undefined) {
                            let data49 = data47.encoding;
                            if (typeof data49 !== "string") {
                                const err113 = { instancePath: instancePath + "/custom_password_hash/salt/encoding", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.salt.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.encoding, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err113];
                                }
                                else {
                                    vErrors.push(err113);
                                }
                                errors++;
                            }
                            if (!(((data49 === "base64") || (data49 === "hex")) || (data49 === "utf8"))) {
                                const err114 = { instancePath: instancePath + "/custom_password_hash/salt/encoding", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.salt.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.salt.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.encoding, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err114];
                                }
                                else {
                                    vErrors.push(err114);
                                }
                                errors++;
                            }
                        }
                        if (data47.position !== undefined) {
                            let data50 = data47.position;
                            if (typeof data50 !== "string") {
                                const err115 = { instancePath: instancePath + "/custom_password_hash/salt/position", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.salt.properties.position.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.position, data: data50 };
                                if (vErrors === null) {
                                    vErrors = [err115];
                                }
                                else {
                                    vErrors.push(err115);
                                }
                                errors++;
                            }
                            if (!((data50 === "prefix") || (data50 === "suffix"))) {
                                const err116 = { instancePath: instancePath + "/custom_password_hash/salt/position", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/position/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.salt.properties.position.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.salt.properties.position.enum, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.position, data: data50 };
                                if (vErrors === null) {
                                    vErrors = [err116];
                                }
                                else {
                                    vErrors.push(err116);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err117 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/properties/salt/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.salt.type, parentSchema: schema11.properties.custom_password_hash.properties.salt, data: data47 };
                        if (vErrors === null) {
                            vErrors = [err117];
                        }
                        else {
                            vErrors.push(err117);
                        }
                        errors++;
                    }
                }
                if (data13.password !== undefined) {
                    let data51 = data13.password;
                    if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                        if (data51.encoding !== undefined) {
                            let data52 = data51.encoding;
                            if (typeof data52 !== "string") {
                                const err118 = { instancePath: instancePath + "/custom_password_hash/password/encoding", schemaPath: "#/properties/custom_password_hash/properties/password/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.password.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.properties.password.properties.encoding, data: data52 };
                                if (vErrors === null) {
                                    vErrors = [err118];
                                }
                                else {
                                    vErrors.push(err118);
                                }
                                errors++;
                            }
                            if (!((((((data52 === "ascii") || (data52 === "utf8")) || (data52 === "utf16le")) || (data52 === "ucs2")) || (data52 === "latin1")) || (data52 === "binary"))) {
                                const err119 = { instancePath: instancePath + "/custom_password_hash/password/encoding", schemaPath: "#/properties/custom_password_hash/properties/password/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.password.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.password.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.properties.password.properties.encoding, data: data52 };
                                if (vErrors === null) {
                                    vErrors = [err119];
                                }
                                else {
                                    vErrors.push(err119);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err120 = { instancePath: instancePath + "/custom_password_hash/password", schemaPath: "#/properties/custom_password_hash/properties/password/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.password.type, parentSchema: schema11.properties.custom_password_hash.properties.password, data: data51 };
                        if (vErrors === null) {
                            vErrors = [err120];
                        }
                        else {
                            vErrors.push(err120);
                        }
                        errors++;
                    }
                }
                if (data13.keylen !== undefined) {
                    let data53 = data13.keylen;
                    if (!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))) {
                        const err121 = { instancePath: instancePath + "/custom_password_hash/keylen", schemaPath: "#/properties/custom_password_hash/properties/keylen/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.custom_password_hash.properties.keylen.type, parentSchema: schema11.properties.custom_password_hash.properties.keylen, data: data53 };
                        if (vErrors === null) {
                            vErrors = [err121];
                        }
                        else {
                            vErrors.push(err121);
                        }
                        errors++;
                    }
                    if ((typeof data53 == "number") && (isFinite(data53))) {
                        if (data53 < 1 || isNaN(data53)) {
                            const err122 = { instancePath: instancePath + "/custom_password_hash/keylen", schemaPath: "#/properties/custom_password_hash/properties/keylen/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.custom_password_hash.properties.keylen, data: data53 };
                            if (vErrors === null) {
                                vErrors = [err122];
                            }
                            else {
                                vErrors.push(err122);
                            }
                            errors++;
                        }
                    }
                }
                if (data13.cost !== undefined) {
                    let data54 = data13.cost;
                    if (!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))) {
                        const err123 = { instancePath: instancePath + "/custom_password_hash/cost", schemaPath: "#/properties/custom_password_hash/properties/cost/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.custom_password_hash.properties.cost.type, parentSchema: schema11.properties.custom_password_hash.properties.cost, data: data54 };
                        if (vErrors === null) {
                            vErrors = [err123];
                        }
                        else {
                            vErrors.push(err123);
                        }
                        errors++;
                    }
                    if (!((((((((((((((((((((((((((((((data54 === 2) || (data54 === 4)) || (data54 === 8)) || (data54 === 16)) || (data54 === 32)) || (data54 === 64)) || (data54 === 128)) || (data54 === 256)) || (data54 === 512)) || (data54 === 1024)) || (data54 === 2048)) || (data54 === 4096)) || (data54 === 8192)) || (data54 === 16384)) || (data54 === 32768)) || (data54 === 65536)) || (data54 === 131072)) || (data54 === 262144)) || (data54 === 524288)) || (data54 === 1048576)) || (data54 === 2097152)) || (data54 === 4194304)) || (data54 === 8388608)) || (data54 === 16777216)) || (data54 === 33554432)) || (data54 === 67108864)) || (data54 === 134217728)) || (data54 === 268435456)) || (data54 === 536870912)) || (data54 === 1073741824))) {
                        const err124 = { instancePath: instancePath + "/custom_password_hash/cost", schemaPath: "#/properties/custom_password_hash/properties/cost/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.cost.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.cost.enum, parentSchema: schema11.properties.custom_password_hash.properties.cost, data: data54 };
                        if (vErrors === null) {
                            vErrors = [err124];
                        }
                        else {
                            vErrors.push(err124);
                        }
                        errors++;
                    }
                }
                if (data13.blockSize !== undefined) {
                    let data55 = data13.blockSize;
                    if (!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))) {
                        const err125 = { instancePath: instancePath + "/custom_password_hash/blockSize", schemaPath: "#/properties/custom_password_hash/properties/blockSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.custom_password_hash.properties.blockSize.type, parentSchema: schema11.properties.custom_password_hash.properties.blockSize, data: data55 };
                        if (vErrors === null) {
                            vErrors = [err125];
                        }
                        else {
                            vErrors.push(err125);
                        }
                        errors++;
                    }
                    if ((typeof data55 == "number") && (isFinite(data55))) {
                        if (data55 < 1 || isNaN(data55)) {
                            const err126 = { instancePath: instancePath + "/custom_password_hash/blockSize", schemaPath: "#/properties/custom_password_hash/properties/blockSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.custom_password_hash.properties.blockSize, data: data55 };
                            if (vErrors === null) {
                                vErrors = [err126];
                            }
                            else {
                                vErrors.push(err126);
                            }
                            errors++;
                        }
                    }
                }
                if (data13.parallelization !== undefined) {
                    let data56 = data13.parallelization;
                    if (!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))) {
                        const err127 = { instancePath: instancePath + "/custom_password_hash/parallelization", schemaPath: "#/properties/custom_password_hash/properties/parallelization/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.custom_password_hash.properties.parallelization.type, parentSchema: schema11.properties.custom_password_hash.properties.parallelization, data: data56 };
                        if (vErrors === null) {
                            vErrors = [err127];
                        }
                        else {
                            vErrors.push(err127);
                        }
                        errors++;
                    }
                    if ((typeof data56 == "number") && (isFinite(data56))) {
                        if (data56 < 1 || isNaN(data56)) {
                            const err128 = { instancePath: instancePath + "/custom_password_hash/parallelization", schemaPath: "#/properties/custom_password_hash/properties/parallelization/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.custom_password_hash.properties.parallelization, data: data56 };
                            if (vErrors === null) {
                                vErrors = [err128];
                            }
                            else {
                                vErrors.push(err128);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err129 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.type, parentSchema: schema11.properties.custom_password_hash, data: data13 };
                if (vErrors === null) {
                    vErrors = [err129];
                }
                else {
                    vErrors.push(err129);
                }
                errors++;
            }
        }
        if (data.app_metadata !== undefined) {
            let data57 = data.app_metadata;
            if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.__tenant !== undefined) {
                    const err130 = { instancePath: instancePath + "/app_metadata/__tenant", schemaPath: "#/properties/app_metadata/properties/__tenant/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.__tenant.not, parentSchema: schema11.properties.app_metadata.properties.__tenant, data: data57.__tenant };
                    if (vErrors === null) {
                        vErrors = [err130];
                    }
                    else {
                        vErrors.push(err130);
                    }
                    errors++;
                }
                if (data57._id !== undefined) {
                    const err131 = { instancePath: instancePath + "/app_metadata/_id", schemaPath: "#/properties/app_metadata/properties/_id/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties._id.not, parentSchema: schema11.properties.app_metadata.properties._id, data: data57._id };
                    if (vErrors === null) {
                        vErrors = [err131];
                    }
                    else {
                        vErrors.push(err131);
                    }
                    errors++;
                }
                if (data57.blocked !== undefined) {
                    const err132 = { instancePath: instancePath + "/app_metadata/blocked", schemaPath: "#/properties/app_metadata/properties/blocked/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.blocked.not, parentSchema: schema11.properties.app_metadata.properties.blocked, data: data57.blocked };
                    if (vErrors === null) {
                        vErrors = [err132];
                    }
                    else {
                        vErrors.push(err132);
                    }
                    errors++;
                }
                if (data57.clientID !== undefined) {
                    const err133 = { instancePath: instancePath + "/app_metadata/clientID", schemaPath: "#/properties/app_metadata/properties/clientID/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.clientID.not, parentSchema: schema11.properties.app_metadata.properties.clientID, data: data57.clientID };
                    if (vErrors === null) {
                        vErrors = [err133];
                    }
                    else {
                        vErrors.push(err133);
                    }
                    errors++;
                }
                if (data57.created_at !== undefined) {
                    const err134 = { instancePath: instancePath + "/app_metadata/created_at", schemaPath: "#/properties/app_metadata/properties/created_at/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.created_at.not, parentSchema: schema11.properties.app_metadata.properties.created_at, data: data57.created_at };
                    if (vErrors === null) {
                        vErrors = [err134];
                    }
                    else {
                        vErrors.push(err134);
                    }
                    errors++;
                }
                if (data57.email_verified !== undefined) {
                    const err135 = { instancePath: instancePath + "/app_metadata/email_verified", schemaPath: "#/properties/app_metadata/properties/email_verified/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.email_verified.not, parentSchema: schema11.properties.app_metadata.properties.email_verified, data: data57.email_verified };
                    if (vErrors === null) {
                        vErrors = [err135];
                    }
                    else {
                        vErrors.push(err135);
                    }
                    errors++;
                }
                if (data57.email !== undefined) {
                    const err136 = { instancePath: instancePath + "/app_metadata/email", schemaPath: "#/properties/app_metadata/properties/email/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.email.not, parentSchema: schema11.properties.app_metadata.properties.email, data: data57.email };
                    if (vErrors === null) {
                        vErrors = [err136];
                    }
                    else {
                        vErrors.push(err136);
                    }
                    errors++;
                }
                if (data57.globalClientID !== undefined) {
                    const err137 = { instancePath: instancePath + "/app_metadata/globalClientID", schemaPath: "#/properties/app_metadata/properties/globalClientID/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.globalClientID.not, parentSchema: schema11.properties.app_metadata.properties.globalClientID, data: data57.globalClientID };
                    if (vErrors === null) {
                        vErrors = [err137];
                    }
                    else {
                        vErrors.push(err137);
                    }
                    errors++;
                }
                if (data57.global_client_id !== undefined) {
                    const err138 = { instancePath: instancePath + "/app_metadata/global_client_id", schemaPath: "#/properties/app_metadata/properties/global_client_id/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.global_client_id.not, parentSchema: schema11.properties.app_metadata.properties.global_client_id, data: data57.global_client_id };
                    if (vErrors === null) {
                        vErrors = [err138];
                    }
                    else {
                        vErrors.push(err138);
                    }
                    errors++;
                }
                if (data57.identities !== undefined) {
                    const err139 = { instancePath: instancePath + "/app_metadata/identities", schemaPath: "#/properties/app_metadata/properties/identities/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.identities.not, parentSchema: schema11.properties.app_metadata.properties.identities, data: data57.identities };
                    if (vErrors === null) {
                        vErrors = [err139];
                    }
                    else {
                        vErrors.push(err139);
                    }
                    errors++;
                }
                if (data57.lastIP !== undefined) {
                    const err140 = { instancePath: instancePath + "/app_metadata/lastIP", schemaPath: "#/properties/app_metadata/properties/lastIP/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.lastIP.not, parentSchema: schema11.properties.app_metadata.properties.lastIP, data: data57.lastIP };
                    if (vErrors === null) {
                        vErrors = [err140];
                    }
                    else {
                        vErrors.push(err140);
                    }
                    errors++;
                }
                if (data57.lastLogin !== undefined) {
                    const err141 = { instancePath: instancePath + "/app_metadata/lastLogin", schemaPath: "#/properties/app_metadata/properties/lastLogin/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.lastLogin.not, parentSchema: schema11.properties.app_metadata.properties.lastLogin, data: data57.lastLogin };
                    if (vErrors === null) {
                        vErrors = [err141];
                    }
                    else {
                        vErrors.push(err141);
                    }
                    errors++;
                }
                if (data57.loginsCount !== undefined) {
                    const err142 = { instancePath: instancePath + "/app_metadata/loginsCount", schemaPath: "#/properties/app_metadata/properties/loginsCount/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.loginsCount.not, parentSchema: schema11.properties.app_metadata.properties.loginsCount, data: data57.loginsCount };
                    if (vErrors === null) {
                        vErrors = [err142];
                    }
                    else {
                        vErrors.push(err142);
                    }
                    errors++;
                }
                if (data57.metadata !== undefined) {
                    const err143 = { instancePath: instancePath + "/app_metadata/metadata", schemaPath: "#/properties/app_metadata/properties/metadata/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.metadata.not, parentSchema: schema11.properties.app_metadata.properties.metadata, data: data57.metadata };
                    if (vErrors === null) {
                        vErrors = [err143];
                    }
                    else {
                        vErrors.push(err143);
                    }
                    errors++;
                }
                if (data57.multifactor_last_modified !== undefined) {
                    const err144 = { instancePath: instancePath + "/app_metadata/multifactor_last_modified", schemaPath: "#/properties/app_metadata/properties/multifactor_last_modified/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.multifactor_last_modified.not, parentSchema: schema11.properties.app_metadata.properties.multifactor_last_modified, data: data57.multifactor_last_modified };
                    if (vErrors === null) {
                        vErrors = [err144];
                    }
                    else {
                        vErrors.push(err144);
                    }
                    errors++;
                }
                if (data57.multifactor !== undefined) {
                    const err145 = { instancePath: instancePath + "/app_metadata/multifactor", schemaPath: "#/properties/app_metadata/properties/multifactor/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.multifactor.not, parentSchema: schema11.properties.app_metadata.properties.multifactor, data: data57.multifactor };
                    if (vErrors === null) {
                        vErrors = [err145];
                    }
                    else {
                        vErrors.push(err145);
                    }
                    errors++;
                }
                if (data57.updated_at !== undefined) {
                    const err146 = { instancePath: instancePath + "/app_metadata/updated_at", schemaPath: "#/properties/app_metadata/properties/updated_at/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.updated_at.not, parentSchema: schema11.properties.app_metadata.properties.updated_at, data: data57.updated_at };
                    if (vErrors === null) {
                        vErrors = [err146];
                    }
                    else {
                        vErrors.push(err146);
                    }
                    errors++;
                }
                if (data57.user_id !== undefined) {
                    const err147 = { instancePath: instancePath + "/app_metadata/user_id", schemaPath: "#/properties/app_metadata/properties/user_id/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.user_id.not, parentSchema: schema11.properties.app_metadata.properties.user_id, data: data57.user_id };
                    if (vErrors === null) {
                        vErrors = [err147];
                    }
                    else {
                        vErrors.push(err147);
                    }
                    errors++;
                }
            }
            else {
                const err148 = { instancePath: instancePath + "/app_metadata", schemaPath: "#/properties/app_metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.app_metadata.type, parentSchema: schema11.properties.app_metadata, data: data57 };
                if (vErrors === null) {
                    vErrors = [err148];
                }
                else {
                    vErrors.push(err148);
                }
                errors++;
            }
        }
        if (data.user_metadata !== undefined) {
            let data76 = data.user_metadata;
            if (!(data76 && typeof data76 == "object" && !Array.isArray(data76))) {
                const err149 = { instancePath: instancePath + "/user_metadata", schemaPath: "#/properties/user_metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.user_metadata.type, parentSchema: schema11.properties.user_metadata, data: data76 };
                if (vErrors === null) {
                    vErrors = [err149];
                }
                else {
                    vErrors.push(err149);
                }
                errors++;
            }
        }
        if (data.mfa_factors !== undefined) {
            let data77 = data.mfa_factors;
            if (Array.isArray(data77)) {
                if (data77.length > 10) {
                    const err150 = { instancePath: instancePath + "/mfa_factors", schemaPath: "#/properties/mfa_factors/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema11.properties.mfa_factors, data: data77 };
                    if (vErrors === null) {
                        vErrors = [err150];
                    }
                    else {
                        vErrors.push(err150);
                    }
                    errors++;
                }
                if (data77.length < 1) {
                    const err151 = { instancePath: instancePath + "/mfa_factors", schemaPath: "#/properties/mfa_factors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.mfa_factors, data: data77 };
                    if (vErrors === null) {
                        vErrors = [err151];
                    }
                    else {
                        vErrors.push(err151);
                    }
                    errors++;
                }
                const len0 = data77.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data78 = data77[i0];
                    const _errs205 = errors;
                    let valid42 = false;
                    let passing0 = null;
                    const _errs206 = errors;
                    if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                        if (data78.totp === undefined) {
                            const err152 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/oneOf/0/required", keyword: "required", params: { missingProperty: "totp" }, message: "must have required property '" + "totp" + "'", schema: schema11.properties.mfa_factors.items.oneOf[0].required, parentSchema: schema11.properties.mfa_factors.items.oneOf[0], data: data78 };
                            if (vErrors === null) {
                                vErrors = [err152];
                            }
                            else {
                                vErrors.push(err152);
                            }
                            errors++;
                        }
                    }
                    var _valid7 = _errs206 === errors;
                    if (_valid7) {
                        valid42 = true;
                        passing0 = 0;
                    }
                    const _errs207 = errors;
                    if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                        if (data78.phone === undefined) {
                            const err153 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/oneOf/1/required", keyword: "required", params: { missingProperty: "phone" }, message: "must have required property '" + "phone" + "'", schema: schema11.properties.mfa_factors.items.oneOf[1].required, parentSchema: schema11.properties.mfa_factors.items.oneOf[1], data: data78 };
                            if (vErrors === null) {
                                vErrors = [err153];
                            }
                            else {
                                vErrors.push(err153);
                            }
                            errors++;
                        }
                    }
                    var _valid7 = _errs207 === errors;
                    if (_valid7 && valid42) {
                        valid42 = false;
                        passing0 = [passing0, 1];
                    }
                    else {
                        if (_valid7) {
                            valid42 = true;
                            passing0 = 1;
                        }
                        const _errs208 = errors;
                        if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                            if (data78.email === undefined) {
                                const err154 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/oneOf/2/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property '" + "email" + "'", schema: schema11.properties.mfa_factors.items.oneOf[2].required, parentSchema: schema11.properties.mfa_factors.items.oneOf[2], data: data78 };
                                if (vErrors === null) {
                                    vErrors = [err154];
                                }
                                else {
                                    vErrors.push(err154);
                                }
                                errors++;
                            }
                        }
                        var _valid7 = _errs208 === errors;
                        if (_valid7 && valid42) {
                            valid42 = false;
                            passing0 = [passing0, 2];
                        }
                        else {
                            if (_valid7) {
                                valid42 = true;
                                passing0 = 2;
                            }
                        }
                    }
                    if (!valid42) {
                        const err155 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.mfa_factors.items.oneOf, parentSchema: schema11.properties.mfa_factors.items, data: data78 };
                        if (vErrors === null) {
                            vErrors = [err155];
                        }
                        else {
                            vErrors.push(err155);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs205;
                        if (vErrors !== null) {
                            if (_errs205) {
                                vErrors.length = _errs205;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                        for (const key2 in data78) {
                            if (!(((key2 === "totp") || (key2 === "phone")) || (key2 === "email"))) {
                                const err156 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mfa_factors.items, data: data78 };
                                if (vErrors === null) {
                                    vErrors = [err156];
                                }
                                else {
                                    vErrors.push(err156);
                                }
                                errors++;
                            }
                        }
                        if (data78.totp !== undefined) {
                            let data79 = data78.totp;
                            if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                                if (data79.secret === undefined) {
                                    const err157 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp", schemaPath: "#/properties/mfa_factors/items/properties/totp/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property '" + "secret" + "'", schema: schema11.properties.mfa_factors.items.properties.totp.required, parentSchema: schema11.properties.mfa_factors.items.properties.totp, data: data79 };
                                    if (vErrors === null) {
                                        vErrors = [err157];
                                    }
                                    else {
                                        vErrors.push(err157);
                                    }
                                    errors++;
                                }
                                for (const key3 in data79) {
                                    if (!(key3 === "secret")) {
                                        const err158 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp", schemaPath: "#/properties/mfa_factors/items/properties/totp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mfa_factors.items.properties.totp, data: data79 };
                                        if (vErrors === null) {
                                            vErrors = [err158];
                                        }
                                        else {
                                            vErrors.push(err158);
                                        }
                                        errors++;
                                    }
                                }
                                if (data79.secret !== undefined) {
                                    let data80 = data79.secret;
                                    if (typeof data80 === "string") {
                                        if (!pattern6.test(data80)) {
                                            const err159 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp/secret", schemaPath: "#/properties/mfa_factors/items/properties/totp/properties/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Z2-7]+$" }, message: "must match pattern \"" + "^[A-Z2-7]+$" + "\"", schema: "^[A-Z2-7]+$", parentSchema: schema11.properties.mfa_factors.items.properties.totp.properties.secret, data: data80 };
                                            if (vErrors === null) {
                                                vErrors = [err159];
                                            }
                                            else {
                                                vErrors.push(err159);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err160 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp/secret", schemaPath: "#/properties/mfa_factors/items/properties/totp/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mfa_factors.items.properties.totp.properties.secret.type, parentSchema: schema11.properties.mfa_factors.items.properties.totp.properties.secret, data: data80 };
                                        if (vErrors === null) {
                                            vErrors = [err160];
                                        }
                                        else {
                                            vErrors.push(err160);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err161 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp", schemaPath: "#/properties/mfa_factors/items/properties/totp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mfa_factors.items.properties.totp.type, parentSchema: schema11.properties.mfa_factors.items.properties.totp, data: data79 };
                                if (vErrors === null) {
                                    vErrors = [err161];
                                }
                                else {
                                    vErrors.push(err161);
                                }
                                errors++;
                            }
                        }
                        if (data78.phone !== undefined) {
                            let data81 = data78.phone;
                            if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                                if (data81.value === undefined) {
                                    const err162 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone", schemaPath: "#/properties/mfa_factors/items/properties/phone/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.mfa_factors.items.properties.phone.required, parentSchema: schema11.properties.mfa_factors.items.properties.phone, data: data81 };
                                    if (vErrors === null) {
                                        vErrors = [err162];
                                    }
                                    else {
                                        vErrors.push(err162);
                                    }
                                    errors++;
                                }
                                for (const key4 in data81) {
                                    if (!(key4 === "value")) {
                                        const err163 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone", schemaPath: "#/properties/mfa_factors/items/properties/phone/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mfa_factors.items.properties.phone, data: data81 };
                                        if (vErrors === null) {
                                            vErrors = [err163];
                                        }
                                        else {
                                            vErrors.push(err163);
                                        }
                                        errors++;
                                    }
                                }
                                if (data81.value !== undefined) {
                                    let data82 = data81.value;
                                    if (typeof data82 === "string") {
                                        if (!pattern7.test(data82)) {
                                            const err164 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone/value", schemaPath: "#/properties/mfa_factors/items/properties/phone/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\+[0-9]{1,15}$" }, message: "must match pattern \"" + "^\\+[0-9]{1,15}$" + "\"", schema: "^\\+[0-9]{1,15}$", parentSchema: schema11.properties.mfa_factors.items.properties.phone.properties.value, data: data82 };
                                            if (vErrors === null) {
                                                vErrors = [err164];
                                            }
                                            else {
                                                vErrors.push(err164);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err165 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone/value", schemaPath: "#/properties/mfa_factors/items/properties/phone/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mfa_factors.items.properties.phone.properties.value.type, parentSchema: schema11.properties.mfa_factors.items.properties.phone.properties.value, data: data82 };
                                        if (vErrors === null) {
                                            vErrors = [err165];
                                        }
                                        else {
                                            vErrors.push(err165);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err166 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone", schemaPath: "#/properties/mfa_factors/items/properties/phone/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mfa_factors.items.properties.phone.type, parentSchema: schema11.properties.mfa_factors.items.properties.phone, data: data81 };
                                if (vErrors === null) {
                                    vErrors = [err166];
                                }
                                else {
                                    vErrors.push(err166);
                                }
                                errors++;
                            }
                        }
                        if (data78.email !== undefined) {
                            let data83 = data78.email;
                            if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
                                if (data83.value === undefined) {
                                    const err167 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email", schemaPath: "#/properties/mfa_factors/items/properties/email/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.mfa_factors.items.properties.email.required, parentSchema: schema11.properties.mfa_factors.items.properties.email, data: data83 };
                                    if (vErrors === null) {
                                        vErrors = [err167];
                                    }
                                    else {
                                        vErrors.push(err167);
                                    }
                                    errors++;
                                }
                                for (const key5 in data83) {
                                    if (!(key5 === "value")) {
                                        const err168 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email", schemaPath: "#/properties/mfa_factors/items/properties/email/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mfa_factors.items.properties.email, data: data83 };
                                        if (vErrors === null) {
                                            vErrors = [err168];
                                        }
                                        else {
                                            vErrors.push(err168);
                                        }
                                        errors++;
                                    }
                                }
                                if (data83.value !== undefined) {
                                    let data84 = data83.value;
                                    if (typeof data84 === "string") {
                                        if (!(formats0.validate(data84))) {
                                            const err169 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email/value", schemaPath: "#/properties/mfa_factors/items/properties/email/properties/value/format", keyword: "format", params: { format: "email" }, message: "must match format \"" + "email" + "\"", schema: "email", parentSchema: schema11.properties.mfa_factors.items.properties.email.properties.value, data: data84 };
                                            if (vErrors === null) {
                                                vErrors = [err169];
                                            }
                                            else {
                                                vErrors.push(err169);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err170 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email/value", schemaPath: "#/properties/mfa_factors/items/properties/email/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mfa_factors.items.properties.email.properties.value.type, parentSchema: schema11.properties.mfa_factors.items.properties.email.properties.value, data: data84 };
                                        if (vErrors === null) {
                                            vErrors = [err170];
                                        }
                                        else {
                                            vErrors.push(err170);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err171 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email", schemaPath: "#/properties/mfa_factors/items/properties/email/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mfa_factors.items.properties.email.type, parentSchema: schema11.properties.mfa_factors.items.properties.email, data: data83 };
                                if (vErrors === null) {
                                    vErrors = [err171];
                                }
                                else {
                                    vErrors.push(err171);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err172 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mfa_factors.items.type, parentSchema: schema11.properties.mfa_factors.items, data: data78 };
                        if (vErrors === null) {
                            vErrors = [err172];
                        }
                        else {
                            vErrors.push(err172);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err173 = { instancePath: instancePath + "/mfa_factors", schemaPath: "#/properties/mfa_factors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.mfa_factors.type, parentSchema: schema11.properties.mfa_factors, data: data77 };
                if (vErrors === null) {
                    vErrors = [err173];
                }
                else {
                    vErrors.push(err173);
                }
                errors++;
            }
        }
    }
    else {
        const err174 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err174];
        }
        else {
            vErrors.push(err174);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/users/validate.ts


/** Most errors kept for one user; the rest are summed up in one last entry. */
const MAX_ERRORS_PER_USER = 20;
/**
 * The bulk-import schema compiled to code at build time (scripts/generate-validator.ts), so no
 * run pays for loading ajv and compiling the schema before its first request.
 */
const validator = validate;
/** Validates one user; `[]` when valid. Messages never quote a value (it may be a secret). */
function validateUser(user) {
    if (validator(user))
        return [];
    return mapErrors(validator.errors ?? [], user);
}
/** `/mfa_factors/0/totp/secret` → `mfa_factors[0].totp.secret` (Auth0's path style). */
function toAuth0Path(pointer, extra) {
    let path = '';
    if (pointer) {
        for (const raw of pointer.slice(1).split('/')) {
            const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
            if (/^\d+$/.test(part))
                path += `[${part}]`;
            else
                path += path ? `.${part}` : part;
        }
    }
    if (extra !== undefined)
        path += path ? `.${extra}` : extra;
    return path;
}
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function describeValues(values) {
    if (values.length > 12)
        return `${values.length} allowed values`;
    return values.map((v) => JSON.stringify(v)).join(', ');
}
function get(value, key) {
    return value !== null && typeof value === 'object'
        ? value[key]
        : undefined;
}
function withPath(code, message, path) {
    return path ? { code, message, path } : { code, message };
}
/** One ajv error in Auth0's words, or undefined for ajv's bookkeeping errors. */
function mapError(error, user) {
    const path = toAuth0Path(error.instancePath);
    const params = error.params;
    // Rules that apply to one hashing algorithm say so.
    const algorithm = get(get(user, 'custom_password_hash'), 'algorithm');
    const when = error.schemaPath.includes('/then/') && typeof algorithm === 'string'
        ? ` when algorithm is ${algorithm}`
        : '';
    switch (error.keyword) {
        case 'required': {
            const property = String(params.missingProperty);
            return withPath('OBJECT_REQUIRED', `Missing required property: ${property}${when}`, toAuth0Path(error.instancePath, property));
        }
        case 'additionalProperties': {
            const property = String(params.additionalProperty);
            return withPath('OBJECT_ADDITIONAL_PROPERTIES', `Additional properties not allowed: ${property}`, toAuth0Path(error.instancePath, property));
        }
        case 'type':
            return withPath('INVALID_TYPE', `Expected type ${String(params.type)} but found type ${jsonType(error.data)}`, path);
        case 'format':
            return withPath('FORMAT', params.format === 'email'
                ? "Object didn't pass validation for format email (not a valid email address)"
                : `Object didn't pass validation for format ${String(params.format)}`, path);
        case 'pattern': {
            const pattern = String(params.pattern);
            const hint = PATTERN_HINTS[pattern];
            return withPath('PATTERN', `String does not match pattern ${pattern}${when}${hint ? ` (${hint})` : ''}`, path);
        }
        case 'enum':
        case 'const': {
            if (path === 'custom_password_hash.cost') {
                return withPath('ENUM_MISMATCH', 'No enum match; cost must be a power of two greater than 1 (such as 16384)', path);
            }
            const allowed = params.allowedValues ?? [params.allowedValue];
            return withPath('ENUM_MISMATCH', `No enum match${when}; expected ${describeValues(allowed)}`, path);
        }
        case 'minItems':
            return withPath('ARRAY_LENGTH_SHORT', `Array is too short (${error.data.length}), minimum ${String(params.limit)}`, path);
        case 'maxItems':
            return withPath('ARRAY_LENGTH_LONG', `Array is too long (${error.data.length}), maximum ${String(params.limit)}`, path);
        case 'minLength':
            return withPath('MIN_LENGTH', `String is too short (${error.data.length} chars), minimum ${String(params.limit)}`, path);
        case 'maxLength':
            return withPath('MAX_LENGTH', `String is too long (${error.data.length} chars), maximum ${String(params.limit)}`, path);
        case 'minimum':
        case 'exclusiveMinimum':
            return withPath('MINIMUM', `Value ${String(error.data)} is less than minimum ${String(params.limit)}`, path);
        case 'maximum':
        case 'exclusiveMaximum':
            return withPath('MAXIMUM', `Value ${String(error.data)} is greater than maximum ${String(params.limit)}`, path);
        case 'not': {
            const denied = error.schema?.required;
            if (denied && denied.length > 1) {
                // Mutually exclusive properties: point at the last one.
                return withPath('NOT_PASSED', `${denied.join(' and ')} are mutually exclusive; provide only one of them`, toAuth0Path(error.instancePath, denied[denied.length - 1]));
            }
            if (denied && denied.length === 1) {
                return withPath('NOT_PASSED', `Property ${denied[0]} is not allowed${when}`, toAuth0Path(error.instancePath, denied[0]));
            }
            // `{not: {}}` under `properties`: a reserved key.
            const parts = path.split('.');
            const key = parts.pop() ?? path;
            const parent = parts.join('.');
            return withPath('NOT_PASSED', parent
                ? `${parent} may not contain the reserved property ${key}`
                : `Property ${key} is not allowed`, path);
        }
        case 'oneOf': {
            const names = optionNames(error.schema);
            const passing = params.passingSchemas;
            if (passing === null || passing === undefined) {
                return withPath('ONE_OF_MISSING', names
                    ? `Must contain exactly one of: ${names}`
                    : "Data does not match any schemas from 'oneOf'", path);
            }
            return withPath('ONE_OF_MULTIPLE', names
                ? `Must contain only one of: ${names}`
                : "Data is valid against more than one schema from 'oneOf'", path);
        }
        case 'anyOf':
            return withPath('ANY_OF_MISSING', "Data does not match any schemas from 'anyOf'", path);
        case 'if':
        case 'allOf':
            // Wrappers: the errors of the subschema say what is wrong.
            return undefined;
        case 'minProperties':
            return withPath('OBJECT_PROPERTIES_MINIMUM', `Too few properties, minimum ${String(params.limit)}`, path);
        case 'maxProperties':
            return withPath('OBJECT_PROPERTIES_MAXIMUM', `Too many properties, maximum ${String(params.limit)}`, path);
        case 'multipleOf':
            return withPath('MULTIPLE_OF', `Value is not a multiple of ${String(params.multipleOf)}`, path);
        default:
            return withPath(error.keyword.toUpperCase(), error.message ?? 'is not valid', path);
    }
}
/** `oneOf: [{required: [a]}, {required: [b]}]` → "a, b". */
function optionNames(schema) {
    if (!Array.isArray(schema))
        return undefined;
    const names = [];
    for (const option of schema) {
        const required = option.required;
        if (!Array.isArray(required) || required.length !== 1)
            return undefined;
        names.push(String(required[0]));
    }
    return names.join(', ');
}
const PATTERN_HINTS = {
    '^\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$': 'password_hash must be a bcrypt hash such as $2b$10$ followed by 53 characters',
    '^\\+[1-9][0-9]{1,14}$': 'an E.164 phone number such as +12125550001',
    '^[A-Z2-7]+$': 'unpadded Base32, such as JBTWY3DPEHPK3PNP',
    '^\\+[0-9]{1,15}$': 'a phone number with country code, such as +12125550001',
    '^\\$2[aby]\\$': 'bcrypt hashes must start with $2a$, $2b$ or $2y$',
    '^\\$argon2(id|i|d)\\$': 'an argon2 PHC string such as $argon2id$v=19$m=65536,t=2,p=1$…',
    '^\\$pbkdf2-[A-Za-z0-9-]+\\$': 'a PHC string such as $pbkdf2-sha512$i=100000,l=64$<salt>$<hash>',
    '^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}': 'an RFC 2307 value such as {SSHA}…; schemes md5, smd5, sha*, ssha* (crypt is not supported)',
};
/**
 * Maps ajv's errors to Auth0's, dropping the noise: the per-branch errors under a failed
 * `oneOf`/`anyOf` (the branch errors repeat what the summary says), `if` markers, and duplicates.
 */
function mapErrors(errors, user) {
    const summarised = [];
    for (const error of errors) {
        if (error.keyword === 'oneOf' || error.keyword === 'anyOf')
            summarised.push(`${error.schemaPath}/`);
    }
    const out = [];
    const seen = new Set();
    let dropped = 0;
    for (const error of errors) {
        if (summarised.some((prefix) => error.schemaPath.startsWith(prefix)))
            continue;
        const mapped = mapError(error, user);
        if (!mapped)
            continue;
        const key = `${mapped.code}\u0000${mapped.path ?? ''}\u0000${mapped.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (out.length < MAX_ERRORS_PER_USER)
            out.push(mapped);
        else
            dropped++;
    }
    if (dropped > 0) {
        out.push({
            code: 'TOO_MANY_ERRORS',
            message: `${dropped} more errors for this user not listed`,
        });
    }
    return out;
}
const IDENTITY_KINDS = ['email', 'user_id', 'username'];
/** The value a user is matched on for `kind`, normalised (emails are case-insensitive). */
function identityKey(user, kind) {
    const value = get(user, kind);
    if (typeof value !== 'string' || value === '')
        return undefined;
    return kind === 'email' ? value.toLowerCase() : value;
}
function duplicateError(kind, earlierIndex) {
    return {
        code: 'DUPLICATED_USER',
        message: `A user with this ${kind} was already provided. (Same ${kind} as the user at index ${earlierIndex}.)`,
        path: kind,
    };
}
/**
 * Remembers the email / user_id / username of every user seen, compactly: an open-addressing table
 * of 32-bit hashes and user indexes (8 bytes a slot, 32 MiB for 3 million keys) instead of the
 * strings. A hash hit is only a candidate: `confirm` checks it against the earlier user's real
 * value (the planner re-reads that user from the file), so a collision never reports a false
 * duplicate — it only costs one small read.
 */
class DuplicateIndex {
    capacity;
    mask;
    size = 0;
    hashes;
    /** User index + 1 (0 = empty slot). */
    owners;
    constructor(initialCapacity = 1 << 16) {
        let capacity = 1 << 4;
        while (capacity < initialCapacity)
            capacity <<= 1;
        this.capacity = capacity;
        this.mask = capacity - 1;
        this.hashes = new Uint32Array(capacity);
        this.owners = new Uint32Array(capacity);
    }
    /** Bytes held by the table. */
    get bytes() {
        return this.capacity * 8;
    }
    /**
     * Records `key` of `kind` for user `index`. Returns the index of an earlier user with the same
     * key (as confirmed by `confirm`), or undefined when the key is new.
     */
    add(kind, key, index, confirm) {
        const hash = hashKey(kind, key);
        let slot = hash & this.mask;
        for (;;) {
            const owner = this.owners[slot];
            if (owner === 0)
                break;
            if (this.hashes[slot] === hash && confirm(owner - 1))
                return owner - 1;
            slot = (slot + 1) & this.mask;
        }
        this.hashes[slot] = hash;
        this.owners[slot] = index + 1;
        if (++this.size > this.capacity * 0.75)
            this.grow();
        return undefined;
    }
    grow() {
        const { hashes, owners } = this;
        this.capacity <<= 1;
        this.mask = this.capacity - 1;
        this.hashes = new Uint32Array(this.capacity);
        this.owners = new Uint32Array(this.capacity);
        for (let k = 0; k < owners.length; k++) {
            const owner = owners[k];
            if (owner === 0)
                continue;
            const hash = hashes[k];
            let slot = hash & this.mask;
            while (this.owners[slot] !== 0)
                slot = (slot + 1) & this.mask;
            this.hashes[slot] = hash;
            this.owners[slot] = owner;
        }
    }
}
const KIND_SEED = {
    email: 0x9e3779b1,
    user_id: 0x85ebca77,
    username: 0xc2b2ae3d,
};
/** A 32-bit hash of `key` seeded by kind (murmur-style mixing, good low bits for the table). */
function hashKey(kind, key) {
    let h = KIND_SEED[kind] ^ key.length;
    for (let k = 0; k < key.length; k++) {
        h = Math.imul(h ^ key.charCodeAt(k), 0x5bd1e995);
        h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}

;// CONCATENATED MODULE: ./src/users/duplicates.ts
/**
 * Users listed twice, found in memory that does not grow with the file.
 *
 * During the pass every email / user_id / username is logged as a 64-bit fingerprint (two
 * independent 32-bit hashes) with its user's index: 12 bytes a key, buffered up to a fixed budget
 * (4 MiB) and then spilled to 64 temporary files by fingerprint. After the pass each partition (1/64 of
 * the keys) is loaded on its own and equal fingerprints are grouped. A group is only a candidate:
 * the real values of its users are read back from the users file and compared, so a fingerprint
 * collision never reports a false duplicate, and every real one is found (equal values always
 * have equal fingerprints). 10 million users (30 million keys) are 360 MB on disk and about 6 MB
 * per partition in memory.
 */




const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
/** Keys kept in memory before the log spills to disk (12 bytes each: 4 MiB, and as much again to sort them). */
const DEFAULT_MEMORY_KEYS = (4 << 20) / 12;
/** A second 32-bit hash of `key`, independent of `hashKey` (FNV-1a, then murmur's finaliser). */
function secondHash(kindNo, key) {
    let h = (0x811c9dc5 ^ Math.imul(kindNo + 1, 0x27d4eb2f)) >>> 0;
    for (let k = 0; k < key.length; k++)
        h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** Logs the email, user_id and username of the user at `index` (those it has). */
function logKeys(log, index, user) {
    for (let kindNo = 0; kindNo < IDENTITY_KINDS.length; kindNo++) {
        const kind = IDENTITY_KINDS[kindNo];
        const key = identityKey(user, kind);
        if (key !== undefined)
            log.add(hashKey(kind, key), secondHash(kindNo, key), index, kindNo);
    }
}
class DuplicateLog {
    /** Records of three words: first hash, second hash, index × 4 + kind number. */
    records;
    count = 0;
    /** The records of one partition at a time; reused, so that spilling makes no garbage. */
    scratch = new Uint32Array(0);
    dir;
    memoryKeys;
    constructor(memoryKeys = DEFAULT_MEMORY_KEYS) {
        this.memoryKeys = Math.max(16, Math.floor(memoryKeys));
        this.records = new Uint32Array(3 * Math.min(this.memoryKeys, 1 << 12));
    }
    add(first, second, index, kindNo) {
        if (this.count * 3 === this.records.length) {
            if (this.count >= this.memoryKeys)
                this.spill();
            else {
                const grown = new Uint32Array(Math.min(this.records.length * 2, this.memoryKeys * 3));
                grown.set(this.records);
                this.records = grown;
            }
        }
        const at = this.count++ * 3;
        this.records[at] = first;
        this.records[at + 1] = second;
        this.records[at + 2] = index * 4 + kindNo;
    }
    /** Appends the buffered records to their partition files (each file stays in file order). */
    spill() {
        this.dir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'auth0-users-keys-'));
        const offsets = this.sortByPartition();
        for (let p = 0; p < PARTITIONS; p++) {
            const from = offsets[p];
            const to = offsets[p + 1];
            if (to === from)
                continue;
            const fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(this.dir, String(p)), 'a');
            try {
                (0,external_node_fs_.writeSync)(fd, this.scratch.subarray(from * 3, to * 3));
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        }
        this.count = 0;
    }
    /**
     * Copies the buffered records into `scratch` grouped by partition (a stable counting sort);
     * returns where each partition starts there (in records), and where the last one ends.
     */
    sortByPartition() {
        const records = this.records;
        const n = this.count;
        const offsets = new Uint32Array(PARTITIONS + 1);
        for (let r = 0; r < n; r++) {
            const p = (records[r * 3 + 1] >>> (32 - PARTITION_BITS)) + 1;
            offsets[p] = offsets[p] + 1;
        }
        for (let p = 0; p < PARTITIONS; p++) {
            offsets[p + 1] = offsets[p + 1] + offsets[p];
        }
        if (this.scratch.length < n * 3)
            this.scratch = new Uint32Array(this.records.length);
        const next = offsets.slice(0, PARTITIONS);
        for (let r = 0; r < n; r++) {
            const p = records[r * 3 + 1] >>> (32 - PARTITION_BITS);
            const to = next[p] * 3;
            next[p] = next[p] + 1;
            this.scratch[to] = records[r * 3];
            this.scratch[to + 1] = records[r * 3 + 1];
            this.scratch[to + 2] = records[r * 3 + 2];
        }
        return offsets;
    }
    /** Every later user whose value of some kind an earlier user has, by index then kind. */
    async resolve(readKeys) {
        try {
            const groups = [];
            const table = new GroupTable();
            if (this.dir === undefined) {
                groups.push(...table.groups(this.records.subarray(0, this.count * 3)));
            }
            else {
                const offsets = this.sortByPartition();
                const tail = this.scratch;
                this.records = new Uint32Array(0);
                let partition = new Uint32Array(0);
                for (let p = 0; p < PARTITIONS; p++) {
                    const own = tail.subarray(offsets[p] * 3, offsets[p + 1] * 3);
                    partition = this.readPartition(p, own, partition);
                    groups.push(...table.groups(partition));
                }
            }
            return await confirmGroups(groups, readKeys);
        }
        finally {
            if (this.dir !== undefined)
                (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
            this.dir = undefined;
        }
    }
    /** Partition `p`'s records: its file, then `tail`; in `reuse` when it is big enough. */
    readPartition(p, tail, reuse) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(this.dir, String(p)), 'r');
        }
        catch {
            fd = undefined;
        }
        try {
            const bytes = fd === undefined ? 0 : (0,external_node_fs_.fstatSync)(fd).size;
            const words = bytes / 4 + tail.length;
            const into = reuse.length >= words ? reuse : new Uint32Array(Math.ceil(words * 1.25));
            let read = 0;
            while (fd !== undefined && read < bytes)
                read += (0,external_node_fs_.readSync)(fd, into, read, bytes - read, read);
            into.set(tail, bytes / 4);
            return into.subarray(0, words);
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        }
    }
}
/** An open-addressing table over one partition's records, reused from partition to partition. */
class GroupTable {
    slots = new Int32Array(0);
    /**
     * Groups of records with equal fingerprints and kind, as lists of `index × 4 + kind` in file
     * order (records come in file order). Groups of one are dropped.
     */
    groups(records) {
        const n = records.length / 3;
        let size = 16;
        while (size < n * 2)
            size <<= 1;
        if (this.slots.length < size)
            this.slots = new Int32Array(size);
        const slots = this.slots.subarray(0, size).fill(-1);
        const mask = size - 1;
        const groups = new Map();
        for (let r = 0; r < n; r++) {
            const at = r * 3;
            const first = records[at];
            const second = records[at + 1];
            const tag = records[at + 2];
            let slot = first & mask;
            for (;;) {
                const other = slots[slot];
                if (other === -1) {
                    slots[slot] = r;
                    break;
                }
                const o = other * 3;
                if (records[o] === first &&
                    records[o + 1] === second &&
                    (records[o + 2] & 3) === (tag & 3)) {
                    const group = groups.get(other);
                    if (group)
                        group.push(tag);
                    else
                        groups.set(other, [records[o + 2], tag]);
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return [...groups.values()];
    }
}
/** Reads the real values of every candidate and keeps the true duplicates. */
async function confirmGroups(groups, readKeys) {
    if (groups.length === 0)
        return [];
    const wanted = [...new Set(groups.flat().map((tag) => Math.floor(tag / 4)))].sort((a, b) => a - b);
    const keys = await readKeys(wanted);
    const found = [];
    for (const group of groups) {
        const kind = IDENTITY_KINDS[group[0] & 3];
        const firstWith = new Map();
        for (const tag of group) {
            const index = Math.floor(tag / 4);
            const value = keys.get(index)?.[kind];
            if (value === undefined)
                continue;
            const earlier = firstWith.get(value);
            if (earlier === undefined)
                firstWith.set(value, index);
            else
                found.push({ index, kind, earlier });
        }
    }
    const order = (kind) => IDENTITY_KINDS.indexOf(kind);
    return found.sort((a, b) => a.index - b.index || order(a.kind) - order(b.kind));
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/users/file-hash.ts
/**
 * The users file's SHA-256 (the resume record's identity of the file), hashed on the other core.
 *
 * Hashing is a quarter of the validation pass's time on one core (two SHA-256 passes: this one
 * and the per-chunk hashes, bench/validate-speed.ts), and needs nothing from the pass. A bare
 * worker (inline code, no bundle to load) reads and hashes the file beside it; small files are
 * hashed in the pass itself, where starting a thread would cost more than it saves.
 */

/** Files from this size on are hashed in a worker. */
const HASH_WORKER_MIN_BYTES = 4 << 20;
const HASHER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { openSync, readSync, closeSync } = require('node:fs')
const fd = openSync(workerData.path, 'r')
const buffer = Buffer.allocUnsafe(workerData.readSize)
const hash = createHash('sha256')
let bytes = 0
for (let n; (n = readSync(fd, buffer, 0, buffer.length, bytes)) > 0; bytes += n) hash.update(buffer.subarray(0, n))
closeSync(fd)
parentPort.postMessage({ bytes, sha256: hash.digest('hex') })
`;
/** Resolves to the file's size and hash, or undefined when the worker could not tell. */
function hashFileInWorker(path, readSize) {
    return new Promise((resolve) => {
        let worker;
        try {
            worker = new external_node_worker_threads_.Worker(HASHER, {
                eval: true,
                workerData: { path, readSize },
                // It allocates one read buffer (outside the heap): a small heap keeps its memory small.
                resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 8 },
            });
        }
        catch {
            resolve(undefined);
            return;
        }
        worker.once('message', (result) => resolve(result));
        worker.once('error', () => resolve(undefined));
        worker.once('exit', () => resolve(undefined));
    });
}

// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/users/chunk-hash.ts

/**
 * The SHA-256 of each chunk's upload body (`[` + the file's bytes `start..end` + `]`), computed
 * from the reads of the validation pass, so that the upload can prove it sends exactly what was
 * validated (a file rewritten meanwhile is caught, not sent).
 *
 * Only bytes not yet hashed are kept: the hash advances to the end of every user as it is
 * planned, so about the bytes of the user being scanned are held.
 */
class ChunkHasher {
    /** Copies of the reads not yet wholly hashed, each with its file offset. */
    #pending = [];
    #readEnd = 0;
    #hash;
    /** File offset up to which the current chunk is hashed. */
    #hashedTo = 0;
    /**
     * Every read of the file, in order, before its users are planned. The reader reuses one buffer
     * (scan.ts), so `bytes` is only held until `settle`, called once the users in it are planned.
     */
    onRead(bytes) {
        this.#pending.push({ base: this.#readEnd, bytes });
        this.#readEnd += bytes.length;
    }
    /**
     * The users of the last read are planned, and the reader is about to reuse its buffer: keep a
     * copy of only the bytes not hashed yet (the separator and the start of the next user). Copying
     * whole reads instead made a 50 MB file's pass spend a fifth of its time collecting garbage.
     */
    settle() {
        this.#pending = this.#pending.map((read) => {
            const from = Math.max(0, this.#hashedTo - read.base);
            return { base: read.base + from, bytes: Buffer.from(read.bytes.subarray(from)) };
        });
    }
    /** A new chunk starts at file offset `start`; returns the digest of the previous one, if any. */
    startChunk(start) {
        const previous = this.finishChunk();
        this.#hash = (0,external_node_crypto_.createHash)('sha256').update('[');
        this.#hashedTo = start;
        return previous;
    }
    /** The current chunk now reaches file offset `end` (just past its last user). */
    extendTo(end) {
        const hash = this.#hash;
        if (!hash)
            return;
        for (const read of this.#pending) {
            const from = Math.max(this.#hashedTo, read.base) - read.base;
            const to = Math.min(end, read.base + read.bytes.length) - read.base;
            if (to > from)
                hash.update(read.bytes.subarray(from, to));
        }
        this.#hashedTo = end;
        this.#pending = this.#pending.filter((read) => read.base + read.bytes.length > end);
    }
    /** The digest of the current chunk (hex), closing it. */
    finishChunk() {
        const hash = this.#hash;
        this.#hash = undefined;
        return hash?.update(']').digest('hex');
    }
}

;// CONCATENATED MODULE: ./src/users/json-syntax.ts
/**
 * Where and why a text is not valid JSON, without quoting any of it.
 *
 * V8's `JSON.parse` messages quote up to 10 characters around the fault ("Unexpected token 's',
 * …"sh":s3cr3tv"…"), and a fault in a users file sits next to a password hash or an MFA secret as
 * often as anywhere. So the scanner throws V8's error away and asks this walker instead: it checks
 * the JSON grammar (RFC 8259) and returns the offset of the first character that breaks it, with a
 * fixed description. It runs only after `JSON.parse` failed, so it is written for clarity, not speed.
 */
const END = 'Unexpected end of JSON input';
/** Container kinds on the walker's stack. */
const OBJECT = 0;
const ARRAY = 1;
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function isHex(c) {
    return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
/** A string starting at `at` (a quote): its end, or a fault. */
function scanString(text, at) {
    let i = at + 1;
    for (;;) {
        if (i >= text.length)
            return { at: i, message: 'Unterminated string' };
        const c = text.charCodeAt(i);
        if (c === 0x22)
            return i + 1;
        if (c < 0x20)
            return { at: i, message: 'Bad control character in string literal' };
        if (c === 0x5c) {
            const e = text.charCodeAt(i + 1);
            if (e === 0x75) {
                for (let k = 2; k < 6; k++) {
                    if (!isHex(text.charCodeAt(i + k)))
                        return { at: i + k, message: 'Bad Unicode escape' };
                }
                i += 6;
                continue;
            }
            if (!'"\\/bfnrt'.includes(text[i + 1] ?? '') || i + 1 >= text.length) {
                return { at: i + 1, message: 'Bad escaped character' };
            }
            i += 2;
            continue;
        }
        i++;
    }
}
function digits(text, i) {
    while (isDigit(text.charCodeAt(i)))
        i++;
    return i;
}
/** A number starting at `at`: its end, or a fault. */
function scanNumber(text, at) {
    let i = at;
    if (text.charCodeAt(i) === 0x2d)
        i++;
    if (text.charCodeAt(i) === 0x30)
        i++;
    else if (isDigit(text.charCodeAt(i)))
        i = digits(text, i);
    else
        return { at: i, message: 'No number after minus sign' };
    if (text.charCodeAt(i) === 0x2e) {
        if (!isDigit(text.charCodeAt(i + 1)))
            return { at: i + 1, message: 'Unterminated fractional number' };
        i = digits(text, i + 1);
    }
    if ((text.charCodeAt(i) | 0x20) === 0x65) {
        i++;
        if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d)
            i++;
        if (!isDigit(text.charCodeAt(i)))
            return { at: i, message: 'Exponent part is missing a number' };
        i = digits(text, i);
    }
    return i;
}
/** A scalar value starting at `at` (not `{` or `[`): its end, or a fault. */
function scanScalar(text, at) {
    const c = text.charCodeAt(at);
    if (at >= text.length)
        return { at, message: END };
    if (c === 0x22)
        return scanString(text, at);
    if (c === 0x2d || isDigit(c))
        return scanNumber(text, at);
    for (const literal of ['true', 'false', 'null']) {
        if (c !== literal.charCodeAt(0))
            continue;
        for (let k = 1; k < literal.length; k++) {
            if (text.charCodeAt(at + k) !== literal.charCodeAt(k)) {
                return { at: at + k, message: at + k >= text.length ? END : 'Unexpected token' };
            }
        }
        return at + literal.length;
    }
    return { at, message: 'Unexpected token' };
}
function skipSpace(text, i) {
    while (i < text.length && isSpace(text.charCodeAt(i)))
        i++;
    return i;
}
/**
 * The first fault of `text` as one JSON value, or undefined when it is valid. Iterative (an
 * explicit stack), so any nesting depth is fine.
 */
function findSyntaxFault(text) {
    const stack = [];
    let i = skipSpace(text, 0);
    // Each turn reads one value at `i`, then the separators that follow it.
    for (;;) {
        if (i >= text.length)
            return { at: i, message: END };
        const c = text.charCodeAt(i);
        if (c === 0x7b || c === 0x5b) {
            const inner = skipSpace(text, i + 1);
            const close = c === 0x7b ? 0x7d : 0x5d;
            if (text.charCodeAt(inner) === close) {
                i = inner + 1;
            }
            else {
                stack.push(c === 0x7b ? OBJECT : ARRAY);
                if (c === 0x7b) {
                    const key = objectKey(text, inner, "Expected property name or '}'");
                    if (typeof key !== 'number')
                        return key;
                    i = key;
                }
                else
                    i = inner;
                continue;
            }
        }
        else {
            const end = scanScalar(text, i);
            if (typeof end !== 'number')
                return end;
            i = end;
        }
        // After a value: close containers, or move on to the next value.
        for (;;) {
            i = skipSpace(text, i);
            const top = stack[stack.length - 1];
            if (top === undefined) {
                return i < text.length
                    ? { at: i, message: 'Unexpected non-whitespace character after JSON' }
                    : undefined;
            }
            const d = text.charCodeAt(i);
            if (i >= text.length)
                return { at: i, message: END };
            if (d === (top === OBJECT ? 0x7d : 0x5d)) {
                stack.pop();
                i++;
                continue;
            }
            if (d !== 0x2c) {
                return {
                    at: i,
                    message: top === OBJECT
                        ? "Expected ',' or '}' after property value"
                        : "Expected ',' or ']' after array element",
                };
            }
            i = skipSpace(text, i + 1);
            if (top === OBJECT) {
                const key = objectKey(text, i, 'Expected double-quoted property name');
                if (typeof key !== 'number')
                    return key;
                i = key;
            }
            break;
        }
    }
}
/** A property name and its colon at `at`: the offset of the value, or a fault. */
function objectKey(text, at, expected) {
    if (at >= text.length)
        return { at, message: END };
    if (text.charCodeAt(at) !== 0x22)
        return { at, message: expected };
    const end = scanString(text, at);
    if (typeof end !== 'number')
        return end;
    const colon = skipSpace(text, end);
    if (colon >= text.length)
        return { at: colon, message: END };
    if (text.charCodeAt(colon) !== 0x3a)
        return { at: colon, message: "Expected ':' after property name" };
    return skipSpace(text, colon + 1);
}
/** 1-based line (counted from `firstLine`) and column (in characters) of offset `at` of `text`. */
function lineAndColumn(text, at, firstLine, firstColumn) {
    let line = firstLine;
    let lineStart = 0;
    for (let k = 0; k < at && k < text.length; k++) {
        if (text.charCodeAt(k) === 0x0a) {
            line++;
            lineStart = k + 1;
        }
    }
    // Characters, not UTF-16 units: a surrogate pair is one column.
    const column = [...text.slice(lineStart, at)].length + 1;
    return { line, column: line === firstLine ? firstColumn + column - 1 : column };
}

;// CONCATENATED MODULE: ./src/users/scan.ts
/**
 * Streaming scanner for a users file: a top-level JSON array, possibly gigabytes long.
 *
 * The file is read in large chunks and walked byte by byte (strings are skipped with
 * `Buffer.indexOf`), tracking string/escape state and nesting depth. Each top-level element is
 * handed out with its exact raw text, its byte offsets in the file and the line it starts on, and
 * is `JSON.parse`d on its own — the whole file is never held in memory or parsed at once.
 */





const DEFAULT_READ_SIZE = 1 << 20;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** Scanner states (plain numbers, not an enum: this file stays erasable TypeScript). */
const Mode = {
    /** Before the first significant byte (a BOM may come first). */
    Start: 0,
    /** Just after `[`: an element or `]`. */
    FirstElement: 1,
    /** Just after `,`: an element. */
    NextElement: 2,
    /** Inside an element. */
    Element: 3,
    /** After an element: `,` or `]`. */
    AfterElement: 4,
    /** After the closing `]`: only whitespace. */
    Done: 5,
    /** The file starts with an object: scan it to tell one object from NDJSON. */
    TopObject: 6,
    AfterTopObject: 7,
};
function isWhitespace(byte) {
    return byte === SPACE || byte === LF || byte === CR || byte === TAB;
}
function describeByte(byte) {
    if (byte >= 0x21 && byte < 0x7f)
        return `'${String.fromCharCode(byte)}'`;
    return `byte 0x${byte.toString(16).padStart(2, '0')}`;
}
/**
 * The push-based scanner. `push` every chunk of the file in order, then call `finish`. Elements
 * are appended to the array given to `push`; errors are thrown as `InputError('file', …)`.
 */
class JsonArrayScanner {
    mode = Mode.Start;
    /** Bytes before the current chunk. */
    base = 0;
    line = 1;
    /** File offset of the first byte of the current line. */
    lineStart = 0;
    depth = 0;
    inString = false;
    /** Inside a string, the next byte is escaped (a backslash ended the previous chunk). */
    escaped = false;
    /** The current element is a number/literal (ends at a delimiter, not at depth 0). */
    primitive = false;
    index = 0;
    elementStart = 0;
    elementLine = 0;
    /** File offset of the first byte of the line the current element starts on. */
    elementLineStart = 0;
    /** Parts of the current element that lie in earlier chunks. */
    pieces = [];
    bomChecked = false;
    /** The first one or two bytes of the file, while they might begin a BOM. */
    head;
    topObjectLine = 1;
    /**
     * @param path named in error messages
     * @param maxElementBytes an element still open after this many bytes is an error (default:
     *   Auth0's largest file; stops an unclosed bracket from buffering the rest of a huge file)
     */
    path;
    maxElementBytes;
    constructor(path, maxElementBytes = src_settings/* AUTH0_MAX_IMPORT_BYTES */.s) {
        this.path = path;
        this.maxElementBytes = maxElementBytes;
    }
    /** Number of elements seen so far. */
    get count() {
        return this.index;
    }
    fail(message, line = this.line) {
        throw new errors/* InputError */.dz('file', `${this.path}: line ${line}: ${message}`);
    }
    push(chunk, onElement) {
        let buf = chunk;
        let from = 0;
        if (!this.bomChecked) {
            // A UTF-8 BOM may only open the file; wait for 3 bytes to tell.
            buf = this.head ? Buffer.concat([this.head, chunk]) : chunk;
            this.head = undefined;
            if (buf.length < 3 && buf[0] === 0xef) {
                this.head = Buffer.from(buf); // copied: the caller may reuse `chunk`
                return;
            }
            this.bomChecked = true;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                from = 3;
        }
        this.scan(buf, from, onElement);
    }
    scan(buf, from, onElement) {
        const len = buf.length;
        let i = from;
        let line = this.line;
        let lineStart = this.lineStart;
        let depth = this.depth;
        /** No line break after here in `buf`: the one-user-a-line shortcut cannot apply. */
        let noLineBefore = 0;
        let mode = this.mode;
        while (i < len && mode !== Mode.TopObject && mode !== Mode.AfterTopObject) {
            if (mode === Mode.Element) {
                if (this.inString) {
                    if (this.escaped) {
                        this.escaped = false;
                        i++;
                        continue;
                    }
                    // Jump to the next quote that is not escaped.
                    let q = buf.indexOf(QUOTE, i);
                    while (q !== -1) {
                        let k = q - 1;
                        while (k >= i && buf[k] === BACKSLASH)
                            k--;
                        if (((q - 1 - k) & 1) === 0)
                            break;
                        q = buf.indexOf(QUOTE, q + 1);
                    }
                    if (q === -1) {
                        // The string goes on in the next chunk; an odd run of backslashes escapes its first byte.
                        let k = len - 1;
                        while (k >= i && buf[k] === BACKSLASH)
                            k--;
                        this.escaped = ((len - 1 - k) & 1) === 1;
                        i = len;
                        break;
                    }
                    this.inString = false;
                    i = q + 1;
                    if (depth === 0) {
                        this.line = line;
                        this.lineStart = lineStart;
                        this.emit(buf, i, onElement);
                        mode = Mode.AfterElement;
                    }
                    continue;
                }
                if (this.primitive) {
                    // A number or literal: up to the next delimiter.
                    while (i < len) {
                        const b = buf[i];
                        if (isWhitespace(b) || b === COMMA || b === CLOSE_BRACKET)
                            break;
                        i++;
                    }
                    if (i === len)
                        break;
                    this.line = line;
                    this.lineStart = lineStart;
                    this.emit(buf, i, onElement);
                    mode = Mode.AfterElement;
                    continue;
                }
                // Inside an object or array.
                while (i < len) {
                    const b = buf[i];
                    i++;
                    if (b === QUOTE) {
                        this.inString = true;
                        break;
                    }
                    if (b === OPEN_BRACE || b === OPEN_BRACKET)
                        depth++;
                    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
                        if (--depth === 0) {
                            this.line = line;
                            this.lineStart = lineStart;
                            this.emit(buf, i, onElement);
                            mode = Mode.AfterElement;
                            break;
                        }
                    }
                    else if (b === LF) {
                        line++;
                        lineStart = this.base + i;
                    }
                }
                continue;
            }
            const b = buf[i];
            if (b === LF) {
                line++;
                i++;
                lineStart = this.base + i;
                continue;
            }
            if (b === SPACE || b === CR || b === TAB) {
                i++;
                continue;
            }
            this.line = line;
            this.lineStart = lineStart;
            switch (mode) {
                case Mode.Start:
                    if (b === OPEN_BRACKET) {
                        mode = Mode.FirstElement;
                        i++;
                        continue;
                    }
                    if (b === OPEN_BRACE) {
                        // Keep scanning the object so that NDJSON (an Auth0 export) can be told apart.
                        mode = Mode.TopObject;
                        this.topObjectLine = line;
                        this.inString = false;
                        this.escaped = false;
                        depth = 1;
                        i++;
                        continue;
                    }
                    this.fail(`the file is not a JSON array of users: expected '[' at the start, found ${describeByte(b)}. Auth0 needs a JSON array of user objects`);
                    break;
                case Mode.FirstElement:
                case Mode.NextElement:
                    if (b === CLOSE_BRACKET) {
                        if (mode === Mode.NextElement) {
                            this.fail(`expected a user after ',', found ']' (a trailing comma is not valid JSON)`);
                        }
                        mode = Mode.Done;
                        i++;
                        continue;
                    }
                    if (b === COMMA) {
                        this.fail(mode === Mode.FirstElement
                            ? `expected a user or ']' after '[', found ','`
                            : `expected a user after ',', found another ','`);
                    }
                    this.startElement(i, line, lineStart);
                    if (b === OPEN_BRACE && i >= noLineBefore) {
                        const next = this.wholeLine(buf, i, onElement);
                        if (next > 0) {
                            i = next;
                            mode = buf[next - 1] === COMMA ? Mode.NextElement : Mode.AfterElement;
                            continue;
                        }
                        // Not one user a line: not again before the next line (else a long line of many
                        // users would be converted once per user).
                        noLineBefore = next === -1 ? len : -next;
                    }
                    mode = Mode.Element;
                    depth = 0;
                    this.inString = false;
                    this.escaped = false;
                    this.primitive = false;
                    if (b === OPEN_BRACE || b === OPEN_BRACKET)
                        depth = 1;
                    else if (b === QUOTE)
                        this.inString = true;
                    else
                        this.primitive = true;
                    i++;
                    continue;
                case Mode.AfterElement:
                    if (b === COMMA) {
                        mode = Mode.NextElement;
                        i++;
                        continue;
                    }
                    if (b === CLOSE_BRACKET) {
                        mode = Mode.Done;
                        i++;
                        continue;
                    }
                    this.fail(`expected ',' or ']' after the user at index ${this.index - 1}, found ${describeByte(b)}`);
                    break;
                case Mode.Done:
                    this.fail(`unexpected ${describeByte(b)} after the end of the users array (only whitespace may follow the closing ']')`);
            }
        }
        this.line = line;
        this.lineStart = lineStart;
        this.depth = depth;
        this.mode = mode;
        if (mode === Mode.TopObject || mode === Mode.AfterTopObject) {
            this.scanTopObject(buf, i);
        }
        else if (mode === Mode.Element) {
            // Keep the unfinished element's bytes of this chunk.
            const size = this.base + len - this.elementStart;
            if (size > this.maxElementBytes) {
                this.fail(`the user at index ${this.index} (starting on line ${this.elementLine}) is over ${this.maxElementBytes} bytes and still not closed on line ${line}: Auth0 accepts at most ${this.maxElementBytes} bytes per file (is a closing bracket or quote missing?)`, this.elementLine);
            }
            // Copied: the caller may reuse `buf` for the next chunk.
            this.pieces.push(Buffer.from(buf.subarray(Math.max(0, this.elementStart - this.base))));
        }
        this.base += len;
    }
    /** The file starts with `{`: scan that object, then tell one object from NDJSON. */
    scanTopObject(buf, from) {
        const len = buf.length;
        for (let i = from; i < len; i++) {
            const b = buf[i];
            if (this.mode === Mode.TopObject) {
                if (this.inString) {
                    if (this.escaped)
                        this.escaped = false;
                    else if (b === BACKSLASH)
                        this.escaped = true;
                    else if (b === QUOTE)
                        this.inString = false;
                }
                else if (b === QUOTE)
                    this.inString = true;
                else if (b === OPEN_BRACE || b === OPEN_BRACKET)
                    this.depth++;
                else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
                    if (--this.depth === 0)
                        this.mode = Mode.AfterTopObject;
                }
                else if (b === LF)
                    this.line++;
            }
            else if (b === LF)
                this.line++;
            else if (!isWhitespace(b)) {
                if (b === OPEN_BRACE) {
                    this.fail('the file is NDJSON (one JSON object per line), not a JSON array. Auth0 needs a JSON array of users; an Auth0 export is NDJSON, convert it (wrap the objects in [ ] and separate them with commas)', this.topObjectLine);
                }
                this.fail(`the file starts with a JSON object, not an array (then ${describeByte(b)} on line ${this.line}). Auth0 needs a JSON array of users`, this.topObjectLine);
            }
        }
    }
    startElement(offset, line, lineStart) {
        this.elementStart = this.base + offset;
        this.elementLine = line;
        this.elementLineStart = lineStart;
        this.pieces = [];
    }
    /**
     * The shortcut for files with one user a line (how exports and most generators write them):
     * the user that starts at `from` is taken to end where its line does (before a trailing `,`).
     * A raw line break cannot occur inside a JSON string, so when that text parses, it is exactly
     * the element the byte-by-byte scan would find; when it does not, the scan goes on byte by
     * byte from `from`. Returns the offset just past the user (and its comma, if taken), minus the
     * offset of the line's end when the line is not one whole user, -1 when `buf` has no line
     * break after `from`.
     */
    wholeLine(buf, from, onElement) {
        const lf = buf.indexOf(LF, from);
        if (lf === -1)
            return -1;
        let end = lf;
        while (end > from && isWhitespace(buf[end - 1]))
            end--;
        const next = end;
        if (buf[end - 1] === COMMA) {
            end--;
            while (end > from && isWhitespace(buf[end - 1]))
                end--;
        }
        if (buf[end - 1] !== CLOSE_BRACE)
            return -(lf + 1);
        const text = buf.toString('utf8', from, end);
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            return -(lf + 1);
        }
        const index = this.index++;
        onElement({
            index,
            line: this.elementLine,
            start: this.base + from,
            end: this.base + end,
            text,
            value,
        });
        return next === end ? end : next;
    }
    /** The current element ends just before `endInChunk` of `buf`. */
    emit(buf, endInChunk, onElement) {
        const end = this.base + endInChunk;
        let text;
        if (this.pieces.length === 0) {
            text = buf.toString('utf8', this.elementStart - this.base, endInChunk);
        }
        else {
            this.pieces.push(buf.subarray(0, endInChunk));
            text = Buffer.concat(this.pieces).toString('utf8');
            this.pieces = [];
        }
        const index = this.index++;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            this.fail(`the user at index ${index} is not valid JSON: ${this.describeFault(text, buf)}`, this.elementLine);
        }
        onElement({ index, line: this.elementLine, start: this.elementStart, end, text, value });
    }
    /**
     * Why `text` (the current element) is not valid JSON, as a fixed description with a line and a
     * column: never V8's message, which quotes the text around the fault (a secret, as often as not).
     */
    describeFault(text, buf) {
        const fault = findSyntaxFault(text) ?? { at: 0, message: 'Not valid JSON' };
        const firstColumn = this.columnOf(this.elementLineStart, this.elementStart, buf) + 1;
        const { line, column } = lineAndColumn(text, fault.at, this.elementLine, firstColumn);
        return `${fault.message} on line ${line} column ${column}`;
    }
    /**
     * Characters between file offsets `from` and `to` of one line: counted in `buf` when it holds
     * them, else read back from the file (only on this error path; a minified file is one long line).
     */
    columnOf(from, to, buf) {
        if (from >= this.base && to <= this.base + buf.length) {
            return countCharacters(buf.subarray(from - this.base, to - this.base));
        }
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(this.path, 'r');
            const block = Buffer.allocUnsafe(1 << 16);
            let count = 0;
            for (let at = from; at < to;) {
                const n = (0,external_node_fs_.readSync)(fd, block, 0, Math.min(block.length, to - at), at);
                if (n === 0)
                    break;
                count += countCharacters(block.subarray(0, n));
                at += n;
            }
            return count;
        }
        catch {
            return 0;
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** Call once after the last chunk. Throws if the file did not hold one complete array. */
    finish() {
        if (this.head) {
            const head = this.head;
            this.head = undefined;
            this.bomChecked = true;
            this.scan(head, 0, () => { });
        }
        switch (this.mode) {
            case Mode.Done:
                return;
            case Mode.Start:
                this.fail(this.base === 0
                    ? 'the file is empty: expected a JSON array of users'
                    : 'the file holds only whitespace: expected a JSON array of users');
                break;
            case Mode.TopObject:
                this.fail('the file starts with a JSON object that is never closed. Auth0 needs a JSON array of users', this.topObjectLine);
                break;
            case Mode.AfterTopObject:
                this.fail('the file is a single JSON object, not an array. Auth0 needs a JSON array of users (wrap the user in [ ])', this.topObjectLine);
                break;
            case Mode.Element:
                this.fail(`the file ends inside the user at index ${this.index} (which starts on line ${this.elementLine}): the array is truncated`);
                break;
            case Mode.FirstElement:
                this.fail(`the file ends after '[': expected a user or ']' (the array is truncated)`);
                break;
            case Mode.NextElement:
                this.fail(`the file ends after ',': expected a user (the array is truncated)`);
                break;
            case Mode.AfterElement:
                this.fail(`the file ends after the user at index ${this.index - 1}: expected ',' or ']' (the array is truncated)`);
        }
    }
}
/** Characters (code points) in UTF-8 `bytes`: every byte that does not continue a sequence. */
function countCharacters(bytes) {
    let count = 0;
    for (let k = 0; k < bytes.length; k++)
        if ((bytes[k] & 0xc0) !== 0x80)
            count++;
    return count;
}
/**
 * Reads `path` in chunks of `readSize` bytes into one reused buffer: each yielded chunk is only
 * valid until the next is requested (so reading costs one buffer of memory, whatever the size).
 * File-system errors become `InputError('file', …)`.
 */
async function* readFileChunks(path, readSize = DEFAULT_READ_SIZE) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        throw fileError(path, error);
    }
    try {
        const buffer = Buffer.allocUnsafe(readSize);
        let position = 0;
        for (;;) {
            let bytesRead;
            try {
                ;
                ({ bytesRead } = await handle.read(buffer, 0, readSize, position));
            }
            catch (error) {
                throw fileError(path, error);
            }
            if (bytesRead === 0)
                return;
            position += bytesRead;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
function fileError(path, error) {
    const code = error.code;
    return new errors/* InputError */.dz('file', code === 'ENOENT'
        ? `${path}: the users file does not exist`
        : code === 'EISDIR'
            ? `${path}: is a directory, expected a users file`
            : `${path}: cannot read the users file: ${error.message}`);
}
/**
 * Scans `path` and calls `onElement` for every element of its top-level array, in order, as soon
 * as it is read (nothing is kept). Resolves after the whole file was checked.
 */
async function scanJsonArrayFile(path, onElement, options = {}) {
    const scanner = new JsonArrayScanner(path, options.maxElementBytes);
    for await (const chunk of readFileChunks(path, options.highWaterMark)) {
        options.onChunk?.(chunk);
        scanner.push(chunk, onElement);
        options.afterChunk?.();
    }
    scanner.finish();
}
/** Scans `path` and yields every element of its top-level array, in order. */
async function* scanJsonArray(path, options = {}) {
    const scanner = new JsonArrayScanner(path, options.maxElementBytes);
    const batch = [];
    for await (const chunk of readFileChunks(path, options.highWaterMark)) {
        options.onChunk?.(chunk);
        scanner.push(chunk, (element) => batch.push(element));
        yield* batch;
        batch.length = 0;
    }
    scanner.finish();
}

;// CONCATENATED MODULE: ./src/users/plan-builder.ts








class PlanBuilder {
    path;
    chunkSize;
    maxInvalid;
    maxInvalidBytes;
    hasher = new ChunkHasher();
    chunks = [];
    /** Line of each chunk's first user (to tell the line of a user read back). */
    chunkLines = [];
    current;
    totalUsers = 0;
    invalid = [];
    /** Byte size of each user in `invalid`. */
    invalidSizes = [];
    invalidIndexes = [];
    invalidBytes = 0;
    duplicates;
    constructor(path, chunkSize, maxInvalid, maxInvalidBytes, duplicateMemoryKeys) {
        this.path = path;
        this.chunkSize = chunkSize;
        this.maxInvalid = maxInvalid;
        this.maxInvalidBytes = maxInvalidBytes;
        this.duplicates = new DuplicateLog(duplicateMemoryKeys);
    }
    /**
     * The user at `index` (bytes `start..end`, starting on `line`): plans it and records its errors
     * (`[]` when valid). `user` gives its redacted value, asked only when it is kept.
     */
    add(index, line, start, end, errors, user) {
        const size = end - start;
        this.totalUsers = index + 1;
        this.checkSize(index, line, size);
        const current = this.current;
        if (current && end - current.start + 2 <= this.chunkSize) {
            current.userCount++;
            current.end = end;
            current.bytes = end - current.start + 2;
        }
        else {
            const previous = this.hasher.startChunk(start);
            if (current && previous)
                current.sha256 = previous;
            this.current = {
                index: this.chunks.length,
                firstUser: index,
                userCount: 1,
                start,
                end,
                bytes: size + 2,
                sha256: '',
            };
            this.chunks.push(this.current);
            this.chunkLines.push(line);
        }
        this.hasher.extendTo(end);
        if (errors.length === 0)
            return;
        this.invalidIndexes.push(index);
        if (this.invalid.length < this.maxInvalid && this.invalidBytes < this.maxInvalidBytes) {
            this.invalidBytes += size;
            this.invalidSizes.push(size);
            this.invalid.push({ index, line, user: user(), errors });
        }
    }
    checkSize(index, line, size) {
        if (size + 2 <= this.chunkSize)
            return;
        if (size + 2 > src_settings/* AUTH0_MAX_IMPORT_BYTES */.s) {
            throw new errors/* InputError */.dz('file', `${this.path}: line ${line}: the user at index ${index} is ${size} bytes; Auth0 accepts at most ${src_settings/* AUTH0_MAX_IMPORT_BYTES */.s} bytes per import file, so this user cannot be imported. Make it smaller (e.g. its metadata).`);
        }
        throw new errors/* InputError */.dz('chunk_size', `${this.path}: line ${line}: the user at index ${index} is ${size} bytes, too big for chunk_size ${this.chunkSize} (a chunk needs ${size + 2} bytes with its brackets). Raise chunk_size to at least ${size + 2} (at most ${src_settings/* AUTH0_MAX_IMPORT_BYTES */.s}).`);
    }
    /** After the last user: duplicates resolved, invalid users merged, the plan. */
    async finish(bytes, sha256) {
        if (this.current)
            this.current.sha256 = this.hasher.finishChunk() ?? '';
        const found = await this.duplicates.resolve(async (indexes) => {
            const users = await this.readBack(indexes);
            const keys = new Map();
            for (const [index, { value }] of users) {
                const values = {};
                for (const kind of IDENTITY_KINDS) {
                    const key = identityKey(value, kind);
                    if (key !== undefined)
                        values[kind] = key;
                }
                keys.set(index, values);
            }
            return keys;
        });
        const { invalid, invalidIndexes } = await this.mergeDuplicates(found);
        return {
            path: this.path,
            bytes,
            sha256,
            totalUsers: this.totalUsers,
            chunks: this.chunks,
            invalid,
            invalidCount: invalidIndexes.length,
            invalidIndexes,
        };
    }
    /** The invalid list and indexes in file order, as if duplicates had been found in the pass. */
    async mergeDuplicates(found) {
        if (found.length === 0)
            return { invalid: this.invalid, invalidIndexes: this.invalidIndexes };
        const errorsOf = new Map();
        for (const { index, kind, earlier } of found) {
            const list = errorsOf.get(index) ?? [];
            list.push(duplicateError(kind, earlier));
            errorsOf.set(index, list);
        }
        const invalidIndexes = mergeSorted(this.invalidIndexes, [...errorsOf.keys()]);
        // The users that may be kept: the first `maxInvalid` invalid ones.
        const kept = new Map(this.invalid.map((entry, k) => [entry.index, k]));
        const candidates = invalidIndexes.slice(0, this.maxInvalid);
        const readBack = await this.readBack(candidates.filter((index) => !kept.has(index)));
        const invalid = [];
        let bytes = 0;
        for (const index of candidates) {
            if (bytes >= this.maxInvalidBytes)
                break;
            const k = kept.get(index);
            const extra = errorsOf.get(index) ?? [];
            if (k !== undefined) {
                const entry = this.invalid[k];
                invalid.push({ ...entry, errors: [...entry.errors, ...extra] });
                bytes += this.invalidSizes[k];
                continue;
            }
            const back = readBack.get(index);
            // A schema-invalid user dropped by the limits in the pass stays dropped.
            if (!back || !errorsOf.has(index) || this.isSchemaInvalid(index))
                break;
            invalid.push({ index, line: back.line, user: (0,redact/* redactUser */.fk)(back.value), errors: extra });
            bytes += back.size;
        }
        return { invalid, invalidIndexes };
    }
    isSchemaInvalid(index) {
        return binarySearch(this.invalidIndexes, index);
    }
    /** Reads the users at `indexes` (ascending) back from the file, a chunk at a time. */
    async readBack(indexes) {
        const out = new Map();
        let k = 0;
        while (k < indexes.length) {
            const c = chunkOf(this.chunks, indexes[k]);
            const chunk = this.chunks[c];
            const wanted = new Set();
            while (k < indexes.length && indexes[k] < chunk.firstUser + chunk.userCount) {
                wanted.add(indexes[k++]);
            }
            const scanner = new JsonArrayScanner(this.path);
            const firstLine = this.chunkLines[c];
            scanner.push(await readChunk(this.path, chunk), (element) => {
                const index = chunk.firstUser + element.index;
                if (!wanted.has(index))
                    return;
                const size = element.end - element.start;
                out.set(index, { line: firstLine + element.line - 1, size, value: element.value });
            });
        }
        return out;
    }
}
function chunkOf(chunks, index) {
    let low = 0;
    let high = chunks.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (chunks[mid].firstUser <= index)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
function binarySearch(sorted, value) {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const at = sorted[mid];
        if (at === value)
            return true;
        if (at < value)
            low = mid + 1;
        else
            high = mid - 1;
    }
    return false;
}
/** Two ascending lists merged, without repeats. */
function mergeSorted(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const x = i < a.length ? a[i] : Number.POSITIVE_INFINITY;
        const y = j < b.length ? b[j] : Number.POSITIVE_INFINITY;
        const next = Math.min(x, y);
        if (x === next)
            i++;
        if (y === next)
            j++;
        out.push(next);
    }
    return out;
}

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









const DEFAULT_MAX_INVALID = 10_000;
const DEFAULT_MAX_INVALID_BYTES = 32 << 20;
/**
 * Reads, validates and splits the users file at `path` in one streaming pass.
 *
 * Throws `InputError('file', …)` when the file is not a well-formed JSON array (see scan.ts) or
 * holds a user too big for any Auth0 import, and `InputError('chunk_size', …)` when a user does
 * not fit in `chunkSize`. Users that fail validation do not throw: they are listed in `invalid`.
 */
async function planUsersFile(path, options) {
    const { chunkSize } = options;
    if (!Number.isInteger(chunkSize) || chunkSize < 3) {
        throw new errors/* InputError */.dz('chunk_size', `chunk_size must be a whole number of bytes, got ${chunkSize}`);
    }
    const builder = new PlanBuilder(path, chunkSize, options.maxInvalid ?? DEFAULT_MAX_INVALID, options.maxInvalidBytes ?? DEFAULT_MAX_INVALID_BYTES, options.duplicateMemoryKeys);
    const { bytes, sha256 } = await planInOneThread(path, builder, options.highWaterMark);
    return builder.finish(bytes, sha256);
}
async function planInOneThread(path, builder, highWaterMark) {
    const size = await (0,promises_.stat)(path).then((stats) => stats.size, () => 0);
    const inWorker = size >= HASH_WORKER_MIN_BYTES
        ? hashFileInWorker(path, highWaterMark ?? DEFAULT_READ_SIZE)
        : undefined;
    const hash = inWorker ? undefined : (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    await scanJsonArrayFile(path, (element) => {
        const { index, line, start, end, value } = element;
        builder.add(index, line, start, end, validateUser(value), () => (0,redact/* redactUser */.fk)(value));
        logKeys(builder.duplicates, index, value);
    }, {
        highWaterMark,
        onChunk: (chunk) => {
            hash?.update(chunk);
            builder.hasher.onRead(chunk);
            bytes += chunk.length;
        },
        afterChunk: () => builder.hasher.settle(),
    });
    if (hash)
        return { bytes, sha256: hash.digest('hex') };
    const hashed = (await inWorker) ?? (await hashFile(path, highWaterMark));
    if (hashed.bytes !== bytes) {
        throw new errors/* InputError */.dz('file', `${path}: the file changed while it was being validated`);
    }
    return hashed;
}
async function hashFile(path, readSize) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of readFileChunks(path, readSize)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { bytes, sha256: hash.digest('hex') };
}
/** The exact upload body of `chunk`: `[`, the file's bytes `start..end`, `]`. */
async function readChunk(path, chunk) {
    const length = chunk.end - chunk.start;
    const body = Buffer.allocUnsafe(length + 2);
    body[0] = 0x5b;
    body[length + 1] = 0x5d;
    const handle = await (0,promises_.open)(path, 'r');
    try {
        let read = 0;
        while (read < length) {
            const { bytesRead } = await handle.read(body, 1 + read, length - read, chunk.start + read);
            if (bytesRead === 0) {
                throw new errors/* InputError */.dz('file', `${path}: the file changed while it was being imported (it ends before byte ${chunk.end} of chunk ${chunk.index + 1})`);
            }
            read += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    return body;
}
/** The users of a chunk body (as read by `readChunk`). */
function usersOfChunk(body) {
    const users = JSON.parse(body.toString('utf8'));
    if (!Array.isArray(users))
        throw new Error('a chunk body must be a JSON array');
    return users;
}
const REDACTION_MARKERS = new Set(['*****', '[redacted]']);
/** user_id as matched: Auth0 may echo it with the connection strategy prefix. */
function matchKey(user, kind) {
    const key = identityKey(user, kind);
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
    for (const kind of IDENTITY_KINDS) {
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
        for (const kind of IDENTITY_KINDS) {
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
        body = await readChunk(plan.path, chunk);
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
        return usersOfChunk(await readValidatedChunk(plan, chunk));
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
        logger.warning(`${progressPath} was locked by process ${holder.pid} on this host (${describeRun(holder)}, since ${holder.since}), which is no longer running: taking the record over.`);
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
function describeRun(holder) {
    return holder.run;
}
function refusal(progressPath, lockPath, holder) {
    const who = holder
        ? `process ${holder.pid} on host ${holder.host} (${describeRun(holder)}) since ${holder.since}`
        : 'a run whose lock file cannot be read';
    return new errors/* InputError */.dz('progress_file', `Input 'progress_file': ${progressPath} is in use by ${who}. Two runs on one progress record would submit the same chunks twice, so this run stops before sending anything. Wait for that run to end and run again; if it is certainly no longer running (its runner was lost), delete ${lockPath} and run again.`);
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
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
        for await (const element of scanJsonArray(file)) {
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
    const plan = await planUsersFile(settings.file, { chunkSize: uploadBudget(settings) }).catch((error) => {
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


/***/ }),

/***/ 3347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ redactErrorMessages),
/* harmony export */   fk: () => (/* binding */ redactUser)
/* harmony export */ });
/* unused harmony exports REDACTED, MAX_DEPTH, TOO_DEEP */
/**
 * Secrets of a user object never reach logs, outputs or the error report (CONTRACT.md). This makes
 * the copy that may: password hashes, custom hash values, keys and salts, and TOTP secrets are
 * replaced by a marker, whatever shape the (possibly invalid) user has.
 */
const REDACTED = '[redacted]';
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Top-level keys outside the schema whose names suggest a secret (a misspelt `password_hash`). */
const SECRET_LOOKING_KEY = /pass|pwd|secret|hash|salt|token|credential/i;
const KNOWN_KEYS = new Set([
    'email',
    'email_verified',
    'phone_number',
    'phone_verified',
    'user_id',
    'username',
    'given_name',
    'family_name',
    'name',
    'nickname',
    'picture',
    'blocked',
    'password_hash',
    'custom_password_hash',
    'app_metadata',
    'user_metadata',
    'mfa_factors',
]);
/** `out[key] = value`, also for a key named `__proto__` (which JSON.parse makes an own key). */
function set(out, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    else
        out[key] = value;
}
/**
 * Nesting kept in a copy. Deeper parts are replaced by a marker: a report entry must stay
 * printable (JSON.stringify and these copies recurse, and thousands of levels overflow the stack),
 * and no real user profile nests this deep.
 */
const MAX_DEPTH = 32;
const TOO_DEEP = '[nested too deeply to show]';
/** A deep copy of `value` (JSON-like data; anything else is copied by reference). */
function copy(value, depth = 0) {
    if (depth >= MAX_DEPTH && value !== null && typeof value === 'object')
        return TOO_DEEP;
    if (Array.isArray(value))
        return value.map((item) => copy(item, depth + 1));
    if (isObject(value)) {
        const out = {};
        for (const key of Object.keys(value))
            set(out, key, copy(value[key], depth + 1));
        return out;
    }
    return value;
}
/** `{value, …}` with `value` redacted; anything that is not an object is redacted whole. */
function redactValueHolder(holder, nested) {
    if (!isObject(holder))
        return REDACTED;
    const out = copy(holder);
    if ('value' in out)
        out.value = REDACTED;
    nested?.(out);
    return out;
}
function redactCustomPasswordHash(custom) {
    if (!isObject(custom))
        return REDACTED;
    const out = copy(custom);
    if ('hash' in out) {
        out.hash = redactValueHolder(custom.hash, (hash) => {
            if ('key' in hash)
                hash.key = redactValueHolder(hash.key);
        });
    }
    if ('salt' in out)
        out.salt = redactValueHolder(custom.salt);
    return out;
}
/** Anything that is not a factor object may be a bare secret (a TOTP seed as a string). */
function redactMfaFactor(factor) {
    if (!isObject(factor))
        return REDACTED;
    const out = copy(factor);
    if ('totp' in out) {
        const totp = factor.totp;
        if (isObject(totp)) {
            if ('secret' in out.totp)
                out.totp.secret = REDACTED;
        }
        else
            out.totp = REDACTED;
    }
    return out;
}
/**
 * A deep copy of `user` with its secrets replaced by `"[redacted]"`: `password_hash`,
 * `custom_password_hash` `hash.value`, `hash.key.value` and `salt.value`, and
 * `mfa_factors[].totp.secret`. Where one of those containers has the wrong type (a string
 * `custom_password_hash`, a `hash` that is an array, …) the whole container is redacted. Unknown
 * top-level keys that look like secrets (`password`, `passwordHash`, …) are redacted too. An
 * array (a list of users by mistake) is redacted item by item. Never mutates `user`.
 */
function redactUser(user, depth = 0) {
    if (depth >= MAX_DEPTH)
        return TOO_DEEP;
    if (Array.isArray(user))
        return user.map((item) => redactUser(item, depth + 1));
    if (!isObject(user))
        return user;
    const out = {};
    for (const key of Object.keys(user)) {
        const value = user[key];
        if (key === 'password_hash')
            out[key] = REDACTED;
        else if (key === 'custom_password_hash')
            out[key] = redactCustomPasswordHash(value);
        else if (key === 'mfa_factors') {
            out[key] = Array.isArray(value) ? value.map(redactMfaFactor) : REDACTED;
        }
        else if (!KNOWN_KEYS.has(key) && SECRET_LOOKING_KEY.test(key))
            set(out, key, REDACTED);
        else
            set(out, key, copy(value));
    }
    return out;
}
const SECRET_FIELDS = ['password_hash', 'custom_password_hash', 'mfa_factors'];
/** Every string under a secret field of `user`, and under top-level keys that look like one. */
function secretsOf(user) {
    if (!isObject(user))
        return [];
    const found = [];
    const collect = (value, depth) => {
        if (typeof value === 'string') {
            if (value.length >= 4 && value !== REDACTED)
                found.push(value);
        }
        else if (value !== null && typeof value === 'object' && depth < MAX_DEPTH) {
            for (const item of Object.values(value))
                collect(item, depth + 1);
        }
    };
    for (const key of Object.keys(user)) {
        if (SECRET_FIELDS.includes(key) || (!KNOWN_KEYS.has(key) && SECRET_LOOKING_KEY.test(key))) {
            collect(user[key], 0);
        }
    }
    return found;
}
/**
 * Auth0's per-user messages can quote the offending value ("String does not match pattern …:
 * <value>"). Messages about a secret field lose their quoted value, and any secret of the users
 * given (the submitted user and Auth0's echo of it) is cut out of every message.
 */
function redactErrorMessages(errors, users) {
    const secrets = users.flatMap(secretsOf).sort((a, b) => b.length - a.length);
    return errors.map((error) => {
        let message = error.message;
        const field = error.path?.split(/[.[]/)[0] ?? '';
        if (SECRET_FIELDS.includes(field))
            message = message.replace(/: [^:]*$/, `: ${REDACTED}`);
        for (const secret of secrets)
            message = message.split(secret).join(REDACTED);
        return message === error.message ? error : { ...error, message };
    });
}


/***/ })

};
