export const id = 741;
export const ids = [741];
export const modules = {

/***/ 741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentStep: () => (/* binding */ commentStep)
});

// UNUSED EXPORTS: commentFailure, commentOnPullRequest, pullRequestOf

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/github/urls.ts
var urls = __webpack_require__(5945);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The GitHub REST client (Octokit from @actions/github) on the step's own dispatcher, so that
 * GitHub calls take the runner's proxy like every other request, and at GITHUB_API_URL, so that
 * they reach GitHub Enterprise Server. @actions/github is loaded only when a client is made: it
 * pulls in Octokit, which a step that never talks to GitHub should not pay for at start-up.
 */


async function githubClient(token, env, dispatcher) {
    const baseUrl = (0,urls/* apiUrl */.y)(env);
    if (!baseUrl) {
        throw new Error('GITHUB_API_URL is not set to the GitHub API URL, so GitHub cannot be reached.');
    }
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(token, {
        baseUrl,
        // Replaces @actions/github's own proxy-aware fetch (which reads the environment once, when
        // the module loads) with one on the step's dispatcher.
        request: {
            fetch: (input, init) => (0,undici.fetch)(input, { ...init, dispatcher }),
        },
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/plan/plan-pass.ts + 1 modules
var plan_pass = __webpack_require__(8206);
// EXTERNAL MODULE: ./src/plan/render.ts
var render = __webpack_require__(31);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/results/result.ts
var result = __webpack_require__(997);
;// CONCATENATED MODULE: ./src/github/comment-render.ts
/**
 * The pull-request comment's Markdown. It shows counts, the gate verdict, file indexes and a link
 * to the run, and never an email, a name, a secret or a message from outside (Auth0's or the
 * file's): on a public repository everyone reads it (README, "Review before, verify after").
 */





/**
 * The hidden marker of one step: a hash of GITHUB_WORKFLOW, GITHUB_JOB and GITHUB_ACTION, so a
 * rerun of the same step finds its comment again, another step makes its own, and nothing the
 * workflow named reaches the comment's text.
 */
function stepMarker(env) {
    const step = [env.GITHUB_WORKFLOW ?? '', env.GITHUB_JOB ?? '', env.GITHUB_ACTION ?? ''].join('\0');
    const id = (0,external_node_crypto_.createHash)('sha256').update(step).digest('hex').slice(0, 24);
    return `<!-- auth0-jobs-action step:${id} -->`;
}
function renderComment(outcome, context) {
    const verdict = context.failure === undefined ? '✅ passed' : '❌ failed';
    const kind = outcome.dryRun ? (outcome.plan ? 'plan (dry run)' : 'dry run') : 'result';
    const lines = [context.marker, `## Auth0 ${outcome.operation} ${kind}: ${verdict}`, ''];
    const gate = outcome.notes.find((note) => note.startsWith('Gate: '));
    if (gate)
        lines.push(`**${(0,markdown/* markdownText */.p7)(gate)}**`, '');
    const facts = [];
    if (outcome.totalUsers !== undefined)
        facts.push(`Users in the file: **${outcome.totalUsers}**`);
    const status = (0,result/* statusOf */.c2)(outcome);
    if (status)
        facts.push(`Status: **${(0,markdown/* markdownText */.p7)(status)}**`);
    const s = outcome.summary;
    if (s)
        facts.push(`Auth0: ${s.inserted} inserted, ${s.updated} updated, ${s.failed} failed of ${s.total}`);
    if (outcome.jobs.length > 0)
        facts.push(`Jobs: ${outcome.jobs.length}`);
    if (facts.length > 0)
        lines.push(facts.map((fact) => `- ${fact}`).join('\n'), '');
    if (outcome.plan)
        lines.push((0,render/* renderPlan */.EG)(outcome.plan), '');
    if (outcome.verify)
        lines.push((0,render/* renderVerify */.Cu)(outcome.verify), '');
    const failed = failedIndexes(outcome);
    if (failed)
        lines.push(failed, '');
    if (context.failure !== undefined) {
        lines.push('The run log and its step summary say why the step failed and what to do.', '');
    }
    if (context.runUrl)
        lines.push(`[Workflow run](${context.runUrl})`);
    return `${lines.join('\n').trimEnd()}\n`;
}
function failedIndexes(outcome) {
    const report = outcome.report.kind === 'file' ? outcome.report.entries : [];
    if (report.length === 0)
        return undefined;
    const errorCount = (0,result/* errorCountOf */.$X)(outcome.report);
    const indexes = report
        .map((entry) => entry.index)
        .filter((index) => index !== null)
        .slice(0, plan_pass/* FIRST_INDEXES */.UE);
    const more = errorCount > indexes.length ? ', …' : '';
    return `Users in the error report: **${errorCount}**; first indexes in the file: ${indexes.join(', ')}${more}`;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * `github_token`: one comment per step on the pull request the workflow runs for, found again by
 * its hidden marker and updated on a rerun. Commenting is a courtesy: any failure (a token
 * without `pull-requests: write`, a fork's read-only token, GitHub unreachable) is one warning
 * that names the permission, and never fails the migration.
 */




/** Events whose payload is a pull request the step can comment on. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** GitHub answers in well under a second; a hung call must not hold the step. */
const REQUEST_TIMEOUT_MS = 20_000;
/** The pull request of this run, from the runner's variables and event file; undefined if none. */
async function pullRequestOf(env) {
    if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH)
        return undefined;
    const repository = /^([\w.-]+)\/([\w.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    if (!repository)
        return undefined;
    let event;
    try {
        event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
    const number = event?.pull_request?.number;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
        return undefined;
    return { owner: repository[1], repo: repository[2], number };
}
async function commentOnPullRequest(token, body, marker, env, dispatcher, logger) {
    const pr = await pullRequestOf(env);
    if (!pr) {
        logger.info('github_token is set, but this run is not for a pull request: no comment made.');
        return;
    }
    try {
        const client = await githubClient(token, env, dispatcher);
        const existing = await findComment(client, pr, marker);
        const target = { owner: pr.owner, repo: pr.repo };
        const request = { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
        if (existing === undefined) {
            await client.rest.issues.createComment({ ...target, issue_number: pr.number, body, request });
            logger.info(`Commented on pull request #${pr.number}.`);
        }
        else {
            await client.rest.issues.updateComment({ ...target, comment_id: existing, body, request });
            logger.info(`Updated this step's comment on pull request #${pr.number}.`);
        }
    }
    catch (error) {
        logger.warning(commentFailure(error, pr));
    }
}
async function findComment(client, pr, marker) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
    });
    return comments.find((comment) => comment.body?.includes(marker))?.id;
}
/** One warning naming what to change; GitHub's own text is not repeated (it may be anything). */
function commentFailure(error, pr) {
    const status = error?.status;
    const http = typeof status === 'number' ? `HTTP ${status}` : 'GitHub could not be reached';
    const permission = status === 401
        ? 'github_token was refused: pass the workflow token (github.token) or another token that is still valid, with pull-requests: write.'
        : 'Give the job `permissions: pull-requests: write`. A pull request from a fork gets a read-only token, so comment from a workflow that runs on pull_request_target or workflow_run instead.';
    return `Could not comment on pull request #${pr.number} (${http}); the migration itself is not affected. ${permission}`;
}
/** The step's comment with its outcome (main.ts calls this after publishing the outputs). */
async function commentStep(outcome, failure, token, env, dispatcher, logger) {
    const marker = stepMarker(env);
    const body = renderComment(outcome, { marker, runUrl: (0,urls/* runUrl */.V)(env), failure });
    await commentOnPullRequest(token, body, marker, env, dispatcher, logger);
}


/***/ }),

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


/***/ })

};
