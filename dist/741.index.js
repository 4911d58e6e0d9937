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
// EXTERNAL MODULE: ./src/plan/plan-pass.ts
var plan_pass = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/plan/render.ts
var render = __webpack_require__(31);
;// CONCATENATED MODULE: ./src/github/comment-render.ts
/**
 * The pull-request comment's Markdown. It shows counts, the gate verdict, file indexes and a link
 * to the run, and never an email, a name, a secret or a message from outside (Auth0's or the
 * file's): on a public repository everyone reads it (CONTRACT "Review before, verify after").
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
        lines.push(`**${gate}**`, '');
    const facts = [];
    if (outcome.totalUsers !== undefined)
        facts.push(`Users in the file: **${outcome.totalUsers}**`);
    if (outcome.status)
        facts.push(`Status: **${outcome.status}**`);
    const s = outcome.summary;
    if (s)
        facts.push(`Auth0: ${s.inserted} inserted, ${s.updated} updated, ${s.failed} failed of ${s.total}`);
    if (outcome.jobs.size > 0)
        facts.push(`Jobs: ${outcome.jobs.size}`);
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
    const report = outcome.report ?? [];
    if (report.length === 0)
        return undefined;
    const indexes = report
        .map((entry) => entry.index)
        .filter((index) => index !== null)
        .slice(0, plan_pass/* FIRST_INDEXES */.UE);
    const more = outcome.errorCount > indexes.length ? ', …' : '';
    return `Users in the error report: **${outcome.errorCount}**; first indexes in the file: ${indexes.join(', ')}${more}`;
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

/***/ 3340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UE: () => (/* binding */ FIRST_INDEXES),
/* harmony export */   hJ: () => (/* binding */ planPass),
/* harmony export */   q9: () => (/* binding */ actionAt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _users_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(627);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5845);
/**
 * One streaming pass over the (validated) users file that classifies every user against the
 * tenant index, writes `plan_file` line by line, and with `skip_existing` writes the users that
 * are still to be uploaded (their exact bytes) to a second file whose chunks are planned next.
 * Nothing of the file is kept but one byte per user (its action) and, when skipping, the file
 * index of every kept user.
 */



/** How many file indexes of each kind the summary and comment show. */
const FIRST_INDEXES = 10;
const FLUSH_BYTES = 1 << 16;
class BufferedFile {
    #fd;
    #pending = [];
    #size = 0;
    constructor(path) {
        // Owner-only: the upload file holds the users as the file gave them, hashes included.
        this.#fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', 0o600);
    }
    write(text) {
        this.#pending.push(text);
        this.#size += text.length;
        if (this.#size >= FLUSH_BYTES)
            this.flush();
    }
    flush() {
        if (this.#pending.length > 0)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.#fd, this.#pending.join(''));
        this.#pending = [];
        this.#size = 0;
    }
    close() {
        try {
            this.flush();
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.#fd);
        }
    }
}
async function planPass(usersFile, totalUsers, index, options) {
    const counts = Object.fromEntries([..._classify_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_ACTIONS */ .IA, 'skipped'].map((k) => [k, 0]));
    const first = Object.fromEntries([..._classify_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_ACTIONS */ .IA, 'skipped'].map((k) => [k, []]));
    const actions = new Uint8Array(totalUsers);
    let originalIndex = options.skipExisting ? new Int32Array(Math.max(16, totalUsers)) : undefined;
    let keptCount = 0;
    let failures = 0;
    const plan = new BufferedFile(options.planFile);
    const kept = options.skipExisting ? new BufferedFile(options.keptFile) : undefined;
    const note = (kind, at) => {
        counts[kind]++;
        if (first[kind].length < FIRST_INDEXES)
            first[kind].push(at);
    };
    plan.write('[');
    kept?.write('[');
    try {
        await (0,_users_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanJsonArrayFile */ .nJ)(usersFile, (element) => {
            const user = element.value;
            const result = (0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .classify */ .L8)(user, index, options.upsert);
            note(result.action, element.index);
            actions[element.index] = ACTION_CODE[result.action];
            plan.write(planEntry(element.index, result));
            const skip = options.skipExisting && (0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .skippable */ .Mu)(result);
            if (skip)
                note('skipped', element.index);
            else if (result.action === 'duplicate' || result.action === 'conflict')
                failures++;
            if (!kept || skip || !originalIndex)
                return;
            kept.write(`${keptCount === 0 ? '\n' : ',\n'}${element.text}`);
            originalIndex[keptCount++] = element.index;
        });
        plan.write('\n]\n');
        kept?.write('\n]\n');
    }
    finally {
        plan.close();
        kept?.close();
    }
    const report = {
        counts,
        first,
        file: options.planFile,
        predictedFailures: failures,
        source: options.source,
    };
    if (!originalIndex)
        return { report, actions };
    originalIndex = originalIndex.subarray(0, keptCount);
    return { report, actions, kept: { path: options.keptFile, originalIndex, count: keptCount } };
}
/** One entry of `plan_file`: indexes and attribute names only, never a value. */
function planEntry(index, result) {
    const separator = index === 0 ? '\n' : ',\n';
    const changes = result.changes ? `,"changes":${JSON.stringify(result.changes)}` : '';
    return `${separator}{"index":${index},"action":"${result.action}"${changes}}`;
}
const ACTION_CODE = Object.fromEntries(_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_ACTIONS */ .IA.map((action, code) => [action, code]));
function actionAt(actions, index) {
    return _classify_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_ACTIONS */ .IA[actions[index] ?? 0];
}


/***/ })

};
