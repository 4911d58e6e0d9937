export const id = 735;
export const ids = [735];
export const modules = {

/***/ 3004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hf: () => (/* binding */ DownloadRefusedError),
  mE: () => (/* binding */ ExportWriteError),
  Rd: () => (/* binding */ downloadExport)
});

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
// EXTERNAL MODULE: ./src/http/undici.ts
var undici = __webpack_require__(1150);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/export/count.ts
/**
 * Counting the records of an export while its decompressed bytes stream past.
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

// EXTERNAL MODULE: ./src/export/request.ts
var request = __webpack_require__(5747);
;// CONCATENATED MODULE: ./src/export/download.ts
/**
 * Downloading a finished export from its pre-signed link: a plain GET with no
 * Authorization header, gunzipped (unless the path ends in `.gz`) and streamed to a temporary
 * file next to the target, which is renamed onto the target only after everything arrived.
 * Records are counted from the decompressed bytes on the way. The link is a secret (it grants
 * access for 60 s), so no error message here contains it.
 */










/** The longest silence inside the download before it counts as broken (and is tried again). */
const STALL_MS = 30_000;
/** Write errors that another attempt cannot fix: the disk or the folder is the problem. */
const DISK_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EACCES', 'EPERM', 'EIO']);
/**
 * The export could not be written: the disk is full, or the folder is not writable. Another
 * download would fail the same way, so the caller does not retry.
 */
class ExportWriteError extends Error {
    name = 'ExportWriteError';
}
async function createExclusive(path) {
    return (await (0,promises_.open)(path, 'wx')).createWriteStream();
}
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
    const { url, path, format, dispatcher, signal, createFile = createExclusive } = options;
    const folder = (0,external_node_path_.dirname)(path);
    const temp = (0,external_node_path_.join)(folder, `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.partial`);
    const counter = format === 'csv' ? csvCounter() : ndjsonCounter();
    // The temp file is made before the GET, so that nothing awaits between the response and the
    // pipeline that consumes (and handles errors of) its body.
    let file;
    try {
        await (0,promises_.mkdir)(folder, { recursive: true });
        file = await createFile(temp);
    }
    catch (error) {
        throw new ExportWriteError(`cannot write the export to ${path}: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            cause: error,
        });
    }
    let bytesWritten = 0;
    try {
        // No headers at all: the link is pre-signed and S3 rejects an Authorization header.
        // `request` follows no redirects (the dispatcher has no redirect interceptor).
        // The stall limits are per request, so they hold whatever dispatcher main.ts builds.
        const response = await (0,undici/* request */.Em)(url, {
            method: 'GET',
            dispatcher,
            signal,
            headersTimeout: STALL_MS,
            bodyTimeout: STALL_MS,
        });
        checkStatus(response);
        // Gunzip keeps zlib's default 16 KiB output chunks: 64 KiB chunks decompress faster but
        // measured about +20 MiB peak RSS on a 177 MiB export (bench/export-download.ts).
        const counted = (bytes) => {
            bytesWritten += bytes;
        };
        const middle = (0,request/* keepsGzip */.nv)(path)
            ? [new TeeCount(counter, counted)]
            : [(0,external_node_zlib_.createGunzip)(), new Count(counter, counted)];
        await (0,external_node_stream_promises_.pipeline)([response.body, ...middle, file], { signal });
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        file.destroy();
        // open() created the temp file, so removing it removes the only name it has; a write still
        // in flight goes to the unlinked file.
        await (0,promises_.rm)(temp, { force: true });
        throw failure(error, url, path, bytesWritten, signal);
    }
    return { bytesWritten, records: counter.end() };
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
    counted;
    constructor(counter, counted) {
        super();
        this.counter = counter;
        this.counted = counted;
    }
    _transform(chunk, _encoding, callback) {
        this.counter.write(chunk);
        this.counted(chunk.length);
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
    counted;
    constructor(counter, counted) {
        super();
        this.counted = counted;
        this.gunzip.on('data', (chunk) => counter.write(chunk));
        this.gunzip.on('error', (error) => this.destroy(error));
    }
    _transform(chunk, _encoding, callback) {
        this.counted(chunk.length);
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
function failure(error, url, path, bytes, signal) {
    if (signal?.aborted)
        return signal.reason ?? error;
    if (error instanceof DownloadRefusedError || error instanceof StatusError)
        return error;
    const code = error?.code;
    if (typeof code === 'string' && DISK_ERRORS.has(code)) {
        const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : 'writing failed';
        return new ExportWriteError(`cannot write the export to ${path}: ${why} (${code}) after ${bytes} bytes; nothing was left under that name. Free space, or set export_path to a disk with room (a path ending in .gz keeps the export compressed).`, { cause: error });
    }
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


/***/ }),

/***/ 5747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zz: () => (/* binding */ defaultExportPath),
/* harmony export */   aS: () => (/* binding */ exportRequestBody),
/* harmony export */   nv: () => (/* binding */ keepsGzip)
/* harmony export */ });
/* harmony import */ var _report_file_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5704);
/**
 * The pure parts of an export: the POST /jobs/users-exports body and where the downloaded file
 * goes (`export_path` in action.yml).
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
 * RUNNER_TEMP is unset. The job id comes from the API: it is made safe (file-name.ts), so the
 * file stays in the folder.
 */
function defaultExportPath(runnerTemp, jobId, format) {
    return (0,_report_file_name_js__WEBPACK_IMPORTED_MODULE_0__/* .fileInFolder */ .Y3)(runnerTemp, 'auth0-users-export', jobId, format === 'json' ? 'ndjson' : 'csv');
}
/** A path ending in `.gz` keeps the gzip bytes as delivered; any other path gets them decompressed. */
function keepsGzip(path) {
    return /\.gz$/i.test(path);
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ wasNeverSent),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   R_: () => (/* binding */ resetWaitMs),
/* harmony export */   Rk: () => (/* binding */ isConnectionError),
/* harmony export */   jS: () => (/* binding */ RATE_LIMIT),
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
 * Rate-limit headers come from the server (or a proxy) and are checked before they are obeyed.
 * Auth0's buckets refill within seconds or minutes, so a wait asked for beyond a
 * day is absurd: with it, as with a reset already past or a value that does not parse, the answer
 * says nothing usable and a bounded backoff with a floor takes its place. That keeps a bad header
 * from causing a storm of requests (a past reset) or an idle step (`Retry-After: 1e9`).
 */
const RATE_LIMIT = {
    /** The shortest wait after a 429 whose headers are unusable. */
    floorMs: 500,
    /** A wait asked for beyond this is treated as unusable. */
    longestSaneWaitMs: 24 * 3_600_000,
    /** Pacing (waiting before a request because the bucket is empty) waits at most this long. */
    longestPaceMs: 60_000,
};
const WHOLE_SECONDS = /^\d{1,12}$/;
/** IMF-fixdate, e.g. `Wed, 21 Oct 2015 07:28:00 GMT` (RFC 9110 §5.6.7). */
const HTTP_DATE = /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/** A wait in ms from a header, or undefined when it is past or absurd. */
function saneWait(ms) {
    return ms >= 0 && ms <= RATE_LIMIT.longestSaneWaitMs ? ms : undefined;
}
/** `Retry-After`: whole seconds or an HTTP date; 0 means "now". */
function retryAfterMs(value, nowEpochMs) {
    const text = value?.trim() ?? '';
    if (WHOLE_SECONDS.test(text))
        return saneWait(Number(text) * 1000);
    if (HTTP_DATE.test(text))
        return saneWait(Math.max(0, Date.parse(text) - nowEpochMs));
    return undefined;
}
/**
 * `X-RateLimit-Reset`: UNIX epoch seconds when the bucket refills. Whole seconds
 * may round the moment down, so a reset less than a second ago means "now"; an older one is past.
 */
function resetWaitMs(value, nowEpochMs) {
    const text = value?.trim() ?? '';
    if (!WHOLE_SECONDS.test(text))
        return undefined;
    const untilReset = Number(text) * 1000 - nowEpochMs;
    return untilReset <= -1000 ? undefined : saneWait(Math.max(0, untilReset));
}
/**
 * How long a 429 asks us to wait. Auth0 documents `X-RateLimit-Reset`; `Retry-After` is honoured
 * first because it is the more specific answer when a proxy or Auth0 sends it. A small random
 * extra spreads out clients that were all told the same reset second, and from the second 429 in
 * a row the wait is at least the backoff of the attempt before, so a server that keeps saying
 * "now" cannot make a storm. Without a usable header: exponential backoff, never below the floor.
 */
function rateLimitDelay(headers, attempt, nowEpochMs, random, policy = DEFAULT_BACKOFF) {
    const asked = retryAfterMs(header(headers, 'retry-after'), nowEpochMs) ??
        resetWaitMs(header(headers, 'x-ratelimit-reset'), nowEpochMs);
    if (asked !== undefined) {
        const growing = attempt === 0 ? 0 : backoffDelay(attempt - 1, random, policy);
        return Math.max(asked + Math.round(250 * random()), growing);
    }
    return Math.max(RATE_LIMIT.floorMs, backoffDelay(attempt, random, policy));
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

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   g6: () => (/* binding */ Agent),
/* harmony export */   kT: () => (/* binding */ ProxyAgent),
/* harmony export */   rX: () => (/* binding */ DispatcherBase)
/* harmony export */ });
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6615);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7405);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(883);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6672);
/* harmony import */ var undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3__);




const Agent = (undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1___default());
const ProxyAgent = (undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_3___default());
/** The base class of every dispatcher. */
const DispatcherBase = (undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default());
// As undici's entry does: its dispatchers call these methods on each other (ProxyAgent connects
// through its client with `connect`).
Object.assign(DispatcherBase.prototype, undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__);
const dispatchRequest = undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__.request;
/** undici's `request(url, options)` on `options.dispatcher` (what its entry's one does). */
function request(url, { dispatcher, method = 'GET', ...options }) {
    const target = new URL(url);
    const path = target.search ? `${target.pathname}${target.search}` : target.pathname;
    return dispatchRequest.call(dispatcher, { ...options, origin: target.origin, path, method });
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportUsers: () => (/* binding */ exportUsers)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/export/download.ts + 1 modules
var download = __webpack_require__(3004);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/plan/attributes.ts
var attributes = __webpack_require__(4366);
// EXTERNAL MODULE: ./src/plan/ndjson.ts
var plan_ndjson = __webpack_require__(1739);
;// CONCATENATED MODULE: ./src/export/import-ready.ts
/**
 * `import_ready`: an Auth0 JSON export (NDJSON) turned into a users file for import-users, as
 * Auth0's bulk-import format requires: a JSON array, `user_id` without the `auth0|`
 * prefix, export-only fields (created_at, logins_count, identities, …) dropped, and columns named
 * with `export_as` mapped back to the import schema's names. Streamed record by record, so memory
 * stays flat whatever the size of the export.
 */







/** The bulk-import schema's properties an export can give back. */
const IMPORT_FIELDS = [
    'email',
    'email_verified',
    'user_id',
    'username',
    'given_name',
    'family_name',
    'name',
    'nickname',
    'picture',
    'blocked',
    'phone_number',
    'phone_verified',
    'app_metadata',
    'user_metadata',
];
const IMPORTABLE = new Set(IMPORT_FIELDS);
const METADATA_PATH = /^(user_metadata|app_metadata)\.(.+)$/;
/** The export's fields: those given, or every importable one (Auth0's default set lacks metadata). */
function importReadyFields(fields) {
    return fields && fields.length > 0 ? fields : IMPORT_FIELDS.map((name) => ({ name }));
}
/** One export record as an import user; fields the import schema does not take are dropped. */
function toImportUser(record, nameOf) {
    const user = {};
    for (const [key, value] of Object.entries(record)) {
        if (value === undefined || value === null)
            continue;
        const name = nameOf.get(key) ?? key;
        if (IMPORTABLE.has(name)) {
            user[name] = name === 'user_id' && typeof value === 'string' ? (0,attributes/* bareUserId */.bw)(value) : value;
            continue;
        }
        const metadata = METADATA_PATH.exec(name);
        if (metadata)
            setPath(user, metadata[1], metadata[2].split('.'), value);
    }
    return user;
}
/** A named leaf of metadata (`user_metadata.plan`) goes back into its object. */
function setPath(user, root, steps, value) {
    if (steps.some((step) => step === '__proto__' || step === 'constructor' || step === 'prototype')) {
        return;
    }
    let target = objectAt(user, root);
    for (const step of steps.slice(0, -1))
        target = objectAt(target, step);
    target[steps.at(-1)] = value;
}
function objectAt(parent, key) {
    const existing = parent[key];
    if (existing !== null && typeof existing === 'object')
        return existing;
    const created = {};
    parent[key] = created;
    return created;
}
/**
 * Writes the NDJSON export at `ndjson` to `path` as an import-ready JSON array (one user per
 * line), through a temporary file renamed at the end. Returns the number of users.
 */
async function writeImportReady(ndjson, path, fields) {
    const nameOf = new Map(fields.map((field) => [field.export_as ?? field.name, field.name]));
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.partial`);
    const out = (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx' });
    let users = 0;
    try {
        const write = async (text) => {
            if (!out.write(text))
                await (0,external_node_events_.once)(out, 'drain');
        };
        await write('[');
        await (0,plan_ndjson/* readNdjson */.J)(ndjson, (record) => write(`${users++ === 0 ? '\n' : ',\n'}${JSON.stringify(toImportUser(record, nameOf))}`));
        await write(users === 0 ? ']\n' : '\n]\n');
        out.end();
        await (0,external_node_events_.once)(out, 'finish');
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        out.destroy();
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
    return users;
}

// EXTERNAL MODULE: ./src/export/request.ts
var export_request = __webpack_require__(5747);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/results/builder.ts
var builder = __webpack_require__(9729);
// EXTERNAL MODULE: ./src/results/verdict.ts
var verdict = __webpack_require__(1999);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/operations/export-users.ts









/** A refused or broken download is tried this many times in all, with a fresh link each time. */
const DOWNLOAD_ATTEMPTS = 4;
async function exportUsers(settings, context) {
    const result = new builder/* ResultBuilder */.v('export-users', context.ledger);
    // import_ready asks for the importable fields and rewrites the download (import-ready.ts).
    const request = settings.importReady
        ? { ...settings, fields: importReadyFields(settings.fields) }
        : settings;
    const created = await context.api.createExport((0,export_request/* exportRequestBody */.aS)(request));
    context.logger.info(`Export job ${created.id} created (${settings.format}).`);
    context.ledger.see(created);
    if (!settings.wait)
        return result.build();
    const tracker = context.newTracker();
    tracker.track(created);
    const job = await tracker.next();
    if (job.status !== 'completed') {
        result.failure = (0,verdict/* verdictOf */.Vj)([job]).failure;
        return result.build();
    }
    if (settings.importReady) {
        await writeImportReadyExport(job, settings, request, context, result);
        return result.build();
    }
    const path = settings.exportPath ?? (0,export_request/* defaultExportPath */.Zz)(context.runnerTemp, job.id, settings.format);
    const { records, bytesWritten } = await export_users_download(job, path, settings, context);
    result.exportFile = path;
    result.exportedRecords = records;
    context.logger.info(`Exported ${records} users to ${path} (${bytesWritten} bytes).`);
    return result.build();
}
async function writeImportReadyExport(job, settings, request, context, result) {
    const path = settings.exportPath ??
        (0,external_node_path_.join)(context.runnerTemp, `auth0-users-import-ready-${job.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
    const ndjson = (0,external_node_path_.join)(context.runnerTemp, `auth0-export-${job.id.replace(/\W/g, '_')}-${Date.now()}.ndjson`);
    try {
        await export_users_download(job, ndjson, settings, context);
        result.exportedRecords = await writeImportReady(ndjson, path, request.fields ?? []);
    }
    finally {
        await (0,promises_.rm)(ndjson, { force: true });
    }
    result.exportFile = path;
    context.logger.info(`Exported ${result.exportedRecords} users to ${path}, ready for import-users (a JSON array in the bulk-import format; no passwords).`);
}
/**
 * The link lives 60 s: download at once, and when it is refused or the
 * transfer breaks, read the job again for a fresh link.
 */
async function export_users_download(finished, path, settings, context) {
    let job = finished;
    for (let attempt = 1;; attempt++) {
        const url = job.location;
        const bound = context.deadline.bound(`downloading the export of job ${job.id}`);
        try {
            if (typeof url !== 'string' || url === '') {
                throw new Error('Auth0 reported the export completed but gave no download link');
            }
            return await (0,download/* downloadExport */.Rd)({
                url,
                path,
                format: settings.format,
                dispatcher: context.dispatcher,
                signal: bound.signal,
            });
        }
        catch (error) {
            // The deadline, a cancellation or a full disk: another attempt cannot help.
            if (error instanceof errors/* DeadlineError */.j3 || context.deadline.cancelled)
                throw error;
            if (error instanceof download/* ExportWriteError */.mE) {
                throw new Error(`Could not write the export of job ${job.id}: ${error.message}`, {
                    cause: error,
                });
            }
            const reason = (0,errors/* errorMessage */.gJ)(error);
            if (attempt >= DOWNLOAD_ATTEMPTS) {
                throw new Error(`Could not download the export of job ${job.id} after ${attempt} attempts: ${reason}. The job's results stay available for 24 hours; run export-users again to retry.`);
            }
            context.logger.info(`Download of job ${job.id} failed (${reason}); getting a fresh link.`);
            if (!(error instanceof download/* DownloadRefusedError */.hf)) {
                await context.deadline.sleep((0,retry/* backoffDelay */.EY)(attempt, Math.random), 'retrying the download');
            }
            job = await context.api.getJob(job.id);
            context.ledger.see(job);
        }
        finally {
            bound.done();
        }
    }
}


/***/ }),

/***/ 1739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readNdjson)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reads an NDJSON file (an Auth0 JSON export, decompressed) one object at a time, without holding
 * more than one read of the file and one line in memory.
 */

const LF = 0x0a;
/** Calls `onRecord` with every object line of `path`, in order; blank lines are skipped. */
async function readNdjson(path, onRecord) {
    let carry;
    let line = 0;
    let records = 0;
    const take = async (bytes) => {
        line++;
        const text = bytes.toString('utf8').trim();
        if (text === '')
            return;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            // The export comes from Auth0; quote nothing of it (it holds users' data).
            throw new Error(`line ${line} of the export is not JSON`);
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new Error(`line ${line} of the export is not a JSON object`);
        }
        records++;
        // Most callers are synchronous: awaiting only a real promise saves a microtask per line.
        const pending = onRecord(value, line);
        if (pending)
            await pending;
    };
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, {
        highWaterMark: 1 << 20,
    })) {
        let from = 0;
        let buffer = chunk;
        if (carry) {
            buffer = Buffer.concat([carry, chunk]);
            carry = undefined;
        }
        for (let at = buffer.indexOf(LF, from); at !== -1; at = buffer.indexOf(LF, from)) {
            await take(buffer.subarray(from, at));
            from = at + 1;
        }
        if (from < buffer.length)
            carry = Buffer.from(buffer.subarray(from));
    }
    if (carry)
        await take(carry);
    return records;
}


/***/ })

};
