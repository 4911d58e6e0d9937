export const id = 625;
export const ids = [625];
export const modules = {

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ wasNeverSent),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Rk: () => (/* binding */ isConnectionError),
/* harmony export */   nl: () => (/* binding */ rateLimitDelay),
/* harmony export */   si: () => (/* binding */ describeConnectionError)
/* harmony export */ });
/* unused harmony export DEFAULT_BACKOFF */
/**
 * When to try a request again, and how long to wait first. Pure: headers, attempt number, the
 * current epoch time and a random source go in, a delay comes out.
 */
const DEFAULT_BACKOFF = { baseMs: 500, maxMs: 30_000, jitter: 0.2 };
function header(headers, name) {
    const value = headers[name] ?? headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}
/** Exponential backoff for 5xx and broken connections: base·2^attempt, capped, with jitter. */
function backoffDelay(attempt, random, policy = DEFAULT_BACKOFF) {
    const raw = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
    const spread = raw * policy.jitter;
    return Math.max(0, Math.round(raw - spread + 2 * spread * random()));
}
/**
 * How long a 429 asks us to wait. Auth0 documents `X-RateLimit-Reset` (epoch seconds when the
 * bucket refills); `Retry-After` is honoured first because it is the more specific answer when a
 * proxy or Auth0 sends it. Without either, fall back to exponential backoff. A small random
 * extra spreads out clients that were all told the same reset second.
 */
function rateLimitDelay(headers, attempt, nowEpochMs, random, policy = DEFAULT_BACKOFF) {
    const spreadMs = Math.round(250 * random());
    const retryAfter = header(headers, 'retry-after');
    if (retryAfter !== undefined && retryAfter.trim() !== '') {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            return Math.round(seconds * 1000) + spreadMs;
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - nowEpochMs) + spreadMs;
    }
    const reset = Number(header(headers, 'x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) {
        // The reset is whole seconds; the bucket may refill up to a second before the number says.
        const untilReset = reset * 1000 - nowEpochMs;
        if (untilReset <= policy.maxMs * 4)
            return Math.max(0, untilReset) + spreadMs;
    }
    return backoffDelay(attempt, random, policy);
}
/**
 * Errors from undici that mean the request never reached the server whole, so no job can exist.
 * EPIPE: a write failed because the server had closed the connection, so the request was cut.
 */
const NOT_SENT_CODES = new Set([
    'ECONNREFUSED',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_CONNECT',
]);
/** Errors that mean the connection broke; the request may or may not have been processed. */
const CONNECTION_CODES = new Set([
    ...NOT_SENT_CODES,
    'ECONNRESET',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        current = current.cause;
    }
    return undefined;
}
function isConnectionError(error) {
    const code = errorCode(error);
    return code !== undefined && CONNECTION_CODES.has(code);
}
function wasNeverSent(error) {
    const code = errorCode(error);
    return code !== undefined && NOT_SENT_CODES.has(code);
}
function describeConnectionError(error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    return code && !message.includes(code) ? `${message} (${code})` : message;
}


/***/ }),

/***/ 7625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportUsers: () => (/* binding */ exportUsers)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/export/count.ts
/**
 * Counting the records of an export while its decompressed bytes stream past (reference §7).
 * Both counters see the bytes in arbitrary chunks and keep their state between chunks.
 */
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
/** NDJSON: one record per line that holds something other than whitespace. */
function ndjsonCounter() {
    let records = 0;
    let lineHasContent = false;
    return {
        write(chunk) {
            let start = 0;
            while (start < chunk.length) {
                const newline = chunk.indexOf(LF, start);
                const stop = newline === -1 ? chunk.length : newline;
                // A line of JSON starts with `{`, so this scan usually stops at its first byte.
                for (let i = start; !lineHasContent && i < stop; i++) {
                    const byte = chunk[i];
                    if (byte !== SPACE && byte !== TAB && byte !== CR)
                        lineHasContent = true;
                }
                if (newline === -1)
                    return;
                if (lineHasContent)
                    records++;
                lineHasContent = false;
                start = newline + 1;
            }
        },
        end() {
            if (lineHasContent)
                records++;
            lineHasContent = false;
            return records;
        },
    };
}
/**
 * CSV: the rows after the header row. A double-quoted field may hold newlines and doubled quotes
 * (`""`), which need no special case: each quote toggles the state, so `""` leaves it unchanged.
 * Blank lines are not rows.
 */
function csvCounter() {
    let rows = 0;
    let inQuotes = false;
    let rowHasContent = false;
    return {
        write(chunk) {
            let i = 0;
            while (i < chunk.length) {
                if (inQuotes) {
                    const quote = chunk.indexOf(QUOTE, i);
                    if (quote === -1)
                        return;
                    inQuotes = false;
                    i = quote + 1;
                    continue;
                }
                const byte = chunk[i];
                if (byte === QUOTE) {
                    inQuotes = true;
                    rowHasContent = true;
                }
                else if (byte === LF) {
                    if (rowHasContent)
                        rows++;
                    rowHasContent = false;
                }
                else if (byte !== CR) {
                    rowHasContent = true;
                }
                i++;
            }
        },
        end() {
            if (rowHasContent)
                rows++;
            rowHasContent = false;
            return Math.max(0, rows - 1);
        },
    };
}

;// CONCATENATED MODULE: ./src/export/request.ts
/**
 * The pure parts of an export: the POST /jobs/users-exports body (reference §3.2) and where the
 * downloaded file goes (CONTRACT `export_path`).
 */

/**
 * The JSON body of POST /api/v2/jobs/users-exports, built the way the seed SDK builds it: only the
 * fields that were given. `format` is always given (the action's default is `json`, while Auth0's
 * own default is `csv`, so it must be sent). An empty `fields` list is treated as omitted, since
 * an export with no columns means nothing.
 */
function exportRequestBody(settings) {
    const body = {};
    if (settings.connectionId !== undefined)
        body.connection_id = settings.connectionId;
    body.format = settings.format;
    if (settings.limit !== undefined)
        body.limit = settings.limit;
    if (settings.fields !== undefined && settings.fields.length > 0) {
        body.fields = settings.fields.map((field) => field.export_as === undefined
            ? { name: field.name }
            : { name: field.name, export_as: field.export_as });
    }
    return body;
}
/**
 * `$RUNNER_TEMP/auth0-users-export-<job_id>.<ndjson|csv>`. The caller passes `os.tmpdir()` when
 * RUNNER_TEMP is unset. The job id comes from the API; anything in it that could leave the folder
 * (a separator, `..`) is replaced.
 */
function defaultExportPath(runnerTemp, jobId, format) {
    const safeId = jobId.replace(/[^A-Za-z0-9_-]/g, '_');
    return (0,external_node_path_.join)(runnerTemp, `auth0-users-export-${safeId}.${format === 'json' ? 'ndjson' : 'csv'}`);
}
/** A path ending in `.gz` keeps the gzip bytes as delivered; any other path gets them decompressed. */
function keepsGzip(path) {
    return /\.gz$/i.test(path);
}

;// CONCATENATED MODULE: ./src/export/download.ts
/**
 * Downloading a finished export from its pre-signed link (reference §7): a plain GET with no
 * Authorization header, gunzipped (unless the path ends in `.gz`) and streamed to a temporary
 * file next to the target, which is renamed onto the target only after everything arrived.
 * Records are counted from the decompressed bytes on the way. The link is a secret (it grants
 * access for 60 s), so no error message here contains it.
 */










/** HTTP statuses with which object storage refuses an expired or otherwise bad link. */
const REFUSED_STATUSES = new Set([400, 401, 403, 404, 410]);
/**
 * The download link was refused (HTTP 400, 401, 403, 404 or 410): most likely it expired. The
 * caller reads the job again for a fresh `location` and retries.
 */
class DownloadRefusedError extends Error {
    name = 'DownloadRefusedError';
    status;
    constructor(status) {
        super(`the download link was refused (HTTP ${status}); links expire 60 s after the job is read`);
        this.status = status;
    }
}
/**
 * Streams the export at `url` into `path`. Throws DownloadRefusedError when the link is refused;
 * any other failure (5xx, network, data that is not gzip, a truncated gzip stream) throws an
 * Error the caller may retry. On failure no file is left at or next to `path`, and a file that
 * was already at `path` stays untouched. Missing parent folders are created.
 */
async function downloadExport(options) {
    const { url, path, format, dispatcher, signal } = options;
    const folder = (0,external_node_path_.dirname)(path);
    const temp = (0,external_node_path_.join)(folder, `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.partial`);
    const counter = format === 'csv' ? csvCounter() : ndjsonCounter();
    // The temp file is made before the GET, so that nothing awaits between the response and the
    // pipeline that consumes (and handles errors of) its body.
    let file;
    try {
        await (0,promises_.mkdir)(folder, { recursive: true });
        file = (await (0,promises_.open)(temp, 'wx')).createWriteStream();
    }
    catch (error) {
        throw new Error(`cannot write the export to ${path}: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    try {
        // No headers at all: the link is pre-signed and S3 rejects an Authorization header.
        // `request` follows no redirects (the dispatcher has no redirect interceptor).
        const response = await (0,undici.request)(url, { method: 'GET', dispatcher, signal });
        checkStatus(response);
        // Gunzip keeps zlib's default 16 KiB output chunks: 64 KiB chunks decompress faster but
        // measured about +20 MiB peak RSS on a 177 MiB export (bench/export-download.ts).
        const middle = keepsGzip(path) ? [new TeeCount(counter)] : [(0,external_node_zlib_.createGunzip)(), new Count(counter)];
        await (0,external_node_stream_promises_.pipeline)([response.body, ...middle, file], { signal });
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        file.destroy();
        // open() created the temp file, so removing it removes the only name it has; a write still
        // in flight goes to the unlinked file.
        await (0,promises_.rm)(temp, { force: true });
        throw failure(error, url, signal);
    }
    return { bytesWritten: file.bytesWritten, records: counter.end() };
}
/** A non-2xx answer: the message is final (it names no link) and the caller may retry. */
class StatusError extends Error {
}
function checkStatus({ statusCode: status, body }) {
    if (status >= 200 && status < 300)
        return;
    // undici reports destroying an unread body as an error; nobody listens for it here.
    body.on('error', () => { });
    body.destroy();
    if (REFUSED_STATUSES.has(status))
        throw new DownloadRefusedError(status);
    if (status >= 300 && status < 400)
        throw new StatusError(`the download link answered with a redirect (HTTP ${status}), not followed`);
    throw new StatusError(`the export download failed (HTTP ${status})`);
}
/** Passes decompressed bytes through unchanged and counts records in them. */
class Count extends external_node_stream_.Transform {
    counter;
    constructor(counter) {
        super();
        this.counter = counter;
    }
    _transform(chunk, _encoding, callback) {
        this.counter.write(chunk);
        callback(null, chunk);
    }
}
/**
 * Passes gzip bytes through unchanged and, on the side, decompresses a copy only to count its
 * records (and to notice data that is not gzip or ends early). Backpressure from the side
 * decompressor holds the main stream back, so neither buffers without bound.
 */
class TeeCount extends external_node_stream_.Transform {
    gunzip = (0,external_node_zlib_.createGunzip)();
    constructor(counter) {
        super();
        this.gunzip.on('data', (chunk) => counter.write(chunk));
        this.gunzip.on('error', (error) => this.destroy(error));
    }
    _transform(chunk, _encoding, callback) {
        if (this.gunzip.write(chunk))
            callback(null, chunk);
        else
            this.gunzip.once('drain', () => callback(null, chunk));
    }
    _flush(callback) {
        this.gunzip.once('end', () => callback());
        this.gunzip.end();
    }
    _destroy(error, callback) {
        this.gunzip.destroy();
        callback(error);
    }
}
/** One actionable message per kind of failure, never containing the link. */
function failure(error, url, signal) {
    if (signal?.aborted)
        return signal.reason ?? error;
    if (error instanceof DownloadRefusedError || error instanceof StatusError)
        return error;
    const code = error?.code;
    if (code === 'Z_DATA_ERROR')
        return new Error('the downloaded export is not gzip data, though Auth0 always compresses exports', { cause: error });
    if (code === 'Z_BUF_ERROR')
        return new Error('the downloaded export is incomplete: its gzip data ends early', {
            cause: error,
        });
    return new Error(`the export download failed: ${redact((0,errors/* errorMessage */.gJ)(error), url)}`, {
        cause: error,
    });
}
function redact(message, url) {
    let text = message.replaceAll(url, '<download link>');
    try {
        const { search } = new URL(url);
        if (search.length > 1)
            text = text.replaceAll(search, '?<redacted>');
    }
    catch {
        // Not a URL: nothing more to hide.
    }
    return text;
}

// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/operations/verdict.ts
var verdict = __webpack_require__(4491);
;// CONCATENATED MODULE: ./src/operations/export-users.ts





/** A refused or broken download is tried this many times in all, with a fresh link each time. */
const DOWNLOAD_ATTEMPTS = 4;
async function exportUsers(settings, context, outcome) {
    const created = await context.api.createExport(exportRequestBody(settings));
    context.logger.info(`Export job ${created.id} created (${settings.format}).`);
    outcome.update(created);
    if (!settings.wait)
        return;
    const tracker = context.newTracker();
    tracker.track(created);
    const job = await tracker.next();
    if (job.status !== 'completed') {
        outcome.failure = (0,verdict/* judgeJobs */.e)([job])[0];
        return;
    }
    const path = settings.exportPath ?? defaultExportPath(context.runnerTemp, job.id, settings.format);
    const { records, bytesWritten } = await download(job, path, settings, context, outcome);
    outcome.exportFile = path;
    outcome.exportedRecords = records;
    context.logger.info(`Exported ${records} users to ${path} (${bytesWritten} bytes).`);
}
/**
 * The link lives 60 s (reference §6, §7): download at once, and when it is refused or the
 * transfer breaks, read the job again for a fresh link.
 */
async function download(finished, path, settings, context, outcome) {
    let job = finished;
    for (let attempt = 1;; attempt++) {
        const url = job.location;
        try {
            if (typeof url !== 'string' || url === '') {
                throw new Error('Auth0 reported the export completed but gave no download link');
            }
            return await downloadExport({
                url,
                path,
                format: settings.format,
                dispatcher: context.dispatcher,
            });
        }
        catch (error) {
            const reason = (0,errors/* errorMessage */.gJ)(error);
            if (attempt >= DOWNLOAD_ATTEMPTS) {
                throw new Error(`Could not download the export of job ${job.id} after ${attempt} attempts: ${reason}. The job's results stay available for 24 hours; run export-users again to retry.`);
            }
            context.logger.info(`Download of job ${job.id} failed (${reason}); getting a fresh link.`);
            if (!(error instanceof DownloadRefusedError)) {
                await context.deadline.sleep((0,retry/* backoffDelay */.EY)(attempt, Math.random), 'retrying the download');
            }
            job = await context.api.getJob(job.id);
            outcome.update(job);
        }
    }
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


/***/ })

};
