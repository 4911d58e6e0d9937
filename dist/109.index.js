export const id = 109;
export const ids = [109,508];
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


/***/ }),

/***/ 5508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  judgePlan: () => (/* binding */ judgePlan),
  planImport: () => (/* binding */ planImport),
  O: () => (/* binding */ readConnectionFor)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/results/verdict.ts
var verdict = __webpack_require__(1999);
// EXTERNAL MODULE: ./src/users/scan.ts + 8 modules
var scan = __webpack_require__(6933);
// EXTERNAL MODULE: ./src/plan/attributes.ts
var plan_attributes = __webpack_require__(4366);
// EXTERNAL MODULE: ./src/plan/plan-pass.ts + 1 modules
var plan_pass = __webpack_require__(8206);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/export/download.ts + 1 modules
var download = __webpack_require__(3004);
// EXTERNAL MODULE: ./src/jobs/tracker.ts + 3 modules
var jobs_tracker = __webpack_require__(2333);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/plan/ndjson.ts
var ndjson = __webpack_require__(1739);
// EXTERNAL MODULE: ./src/plan/tenant-index.ts + 1 modules
var tenant_index = __webpack_require__(7905);
;// CONCATENATED MODULE: ./src/plan/read-tenant.ts
/**
 * Reading the users already in the connection into a TenantIndex, the cheaper of two ways
 * (README, "Review before, verify after"):
 * - an export job of the connection with only the compared fields: one job, its creation and
 *   status reads, and a download that is not a Management API request;
 * - for a file of at most 100 users that can only match by email, one users-by-email look-up per
 *   email (plus one read of the connection's name, to keep only that connection's users).
 */








/** Look-ups are for small files only: at most 100 users (README, "Review before, verify after"). */
const MAX_LOOKUP_USERS = 100;
/**
 * An export is one job that reads the whole connection, however small the file; look-ups are
 * chosen while they take at most as many requests as a file of MAX_LOOKUP_USERS users would
 * (one per user, one for the connection's name).
 */
const MAX_LOOKUP_REQUESTS = MAX_LOOKUP_USERS + 1;
const DOWNLOAD_ATTEMPTS = 3;
/**
 * The emails to look up for these users, or undefined when an export is needed: too many users,
 * or a user with a user_id, username or phone_number (Auth0 matches on those too, and only an
 * export reads them consistently). An email with capitals is looked up as written and in lower
 * case (users-by-email matches exactly).
 */
function lookupEmails(users) {
    if (users.length > MAX_LOOKUP_USERS)
        return undefined;
    const emails = new Set();
    for (const user of users) {
        if (user.user_id !== undefined || user.username !== undefined)
            return undefined;
        if (user.phone_number !== undefined || typeof user.email !== 'string')
            return undefined;
        emails.add(user.email);
        emails.add(user.email.toLowerCase());
    }
    return emails.size + 1 <= MAX_LOOKUP_REQUESTS ? [...emails] : undefined;
}
/** Reads the connection; `emails` from lookupEmails chooses look-ups. */
async function readConnection(connectionId, emails, context, purpose, attributes) {
    if (emails) {
        const name = await connectionName(connectionId, context, purpose);
        if (name !== undefined)
            return lookUp(name, emails, context, purpose, attributes);
    }
    return exportConnection(connectionId, context, purpose, attributes);
}
/** The connection's name, or undefined when the token may not read connections (then: export). */
async function connectionName(connectionId, context, purpose) {
    try {
        return await context.api.connectionName(connectionId);
    }
    catch (error) {
        if (!(error instanceof errors/* ApiError */.hD) || error.status !== 403)
            throw error;
        context.logger.info(`${purpose}: the application may not read connections (scope read:connections), which look-ups by email need; reading the connection with an export job instead.`);
        return undefined;
    }
}
async function lookUp(connection, emails, context, purpose, attributes) {
    const { api, logger, deadline } = context;
    const index = new tenant_index/* TenantIndex */.B5(attributes);
    const seen = new Set();
    for (const email of emails) {
        deadline.throwIfCancelled();
        for (const found of await api.usersByEmail(email)) {
            const user = found;
            if (!inConnection(user, connection))
                continue;
            const id = String(user.user_id);
            if (seen.has(id))
                continue;
            seen.add(id);
            index.add(user);
        }
    }
    const requests = emails.length + 1;
    logger.info(`${purpose}: looked up ${emails.length} email${emails.length === 1 ? '' : 's'} (${requests} requests, no job); ${index.size} users of the connection found.`);
    return { index, source: { kind: 'lookups', requests } };
}
function inConnection(user, connection) {
    const identities = user.identities;
    if (!Array.isArray(identities))
        return false;
    return identities.some((identity) => identity?.connection === connection);
}
async function exportConnection(connectionId, context, purpose, attributes) {
    const { api, clock, deadline, logger } = context;
    let requests = 0;
    const counted = {
        getJob: (id) => {
            requests++;
            return api.getJob(id);
        },
    };
    const fields = plan_attributes/* EXPORT_FIELDS */.n5.map((name) => ({ name }));
    const created = await api.createExport({ connection_id: connectionId, format: 'json', fields });
    requests++;
    logger.info(`${purpose}: export job ${created.id} reads the connection's users.`);
    // The export only reads the tenant for the plan: it is not one of the step's jobs (outputs).
    const tracker = new jobs_tracker/* JobTracker */.Y(counted, clock, deadline, logger, () => { });
    tracker.track(created);
    let job = await tracker.next();
    if (job.status !== 'completed') {
        throw new Error(`${purpose}: the export job ${job.id} that reads the connection ended ${job.status}; nothing was imported. See the job with operation: get-job, then run the step again.`);
    }
    const path = (0,external_node_path_.join)(context.runnerTemp, `auth0-plan-${job.id.replace(/\W/g, '_')}-${Date.now()}.ndjson`);
    const index = new tenant_index/* TenantIndex */.B5(attributes);
    try {
        for (let attempt = 1;; attempt++) {
            try {
                if (typeof job.location !== 'string')
                    throw new Error('the finished export gave no link');
                await (0,download/* downloadExport */.Rd)({
                    url: job.location,
                    path,
                    format: 'json',
                    dispatcher: context.dispatcher,
                    signal: deadline.signal,
                });
                break;
            }
            catch (error) {
                if (attempt >= DOWNLOAD_ATTEMPTS || !(error instanceof download/* DownloadRefusedError */.hf))
                    throw error;
                job = await counted.getJob(job.id);
            }
        }
        await (0,ndjson/* readNdjson */.J)(path, (user) => index.add(user));
    }
    finally {
        await (0,promises_.rm)(path, { force: true });
    }
    logger.info(`${purpose}: ${index.size} users read from export job ${job.id} (${requests} requests).`);
    return { index, source: { kind: 'export', jobId: job.id, requests } };
}

;// CONCATENATED MODULE: ./src/plan/run-plan.ts
/**
 * `plan` / `skip_existing`: read the connection, classify every user of the validated file, and
 * record the plan in the result (plan_summary, plan_file, the step summary, the comment).
 */






/**
 * Reads the connection the cheaper way for `totalUsers` users of this file (read-tenant.ts):
 * those at the file indexes `included` accepts (all by default; verify after skip_existing
 * checks only the uploaded ones).
 */
async function readConnectionFor(file, totalUsers, settings, context, purpose, attributes, included = () => true) {
    const emails = totalUsers <= MAX_LOOKUP_USERS ? lookupEmails(await smallFile(file, included)) : undefined;
    return readConnection(settings.connectionId, emails, context, purpose, attributes);
}
async function smallFile(file, included) {
    const users = [];
    for await (const element of (0,scan/* scanJsonArray */.RH)(file)) {
        if (included(element.index))
            users.push(element.value);
    }
    return users;
}
/** `upload`: the validated plan and the upload budget, which skip_existing plans chunks with. */
async function planImport(settings, context, upload, outcome) {
    const { totalUsers } = upload.validated;
    const { index, source } = await readConnectionFor(settings.file, totalUsers, settings, context, 'Plan', 
    // Without upsert every match is a duplicate: no attribute is compared.
    settings.upsert ? plan_attributes/* UPSERTABLE */.gI : []);
    const stamp = `${Date.now()}-${process.pid}`;
    const pass = await (0,plan_pass/* planPass */.hJ)(settings.file, totalUsers, index, {
        upsert: settings.upsert,
        skipExisting: settings.skipExisting,
        planFile: (0,external_node_path_.join)(context.runnerTemp, `auth0-plan-${stamp}.json`),
        upload,
        source,
    });
    outcome.plan = pass.report;
    logPlan(pass, context.logger);
    return pass;
}
function logPlan(pass, logger) {
    const { counts, file } = pass.report;
    logger.info(`Plan: ${counts.insert} insert, ${counts.update} update, ${counts.unchanged} unchanged, ${counts.duplicate} duplicate, ${counts.conflict} conflict; ${counts.skipped} skipped. Plan file: ${file}.`);
}
/** A dry run with a plan meets the gate with the failures the plan predicts. */
function judgePlan(pass, settings, totalUsers, outcome) {
    const gate = (0,verdict/* applyGate */.ei)(settings.maxFailedUsers, pass.report.predictedFailures, totalUsers);
    const description = gate.description.replace('users failed', 'users are predicted to fail');
    outcome.notes.push(`Gate: ${description}.`);
    if (!gate.passed) {
        outcome.failure = `The plan predicts that Auth0 will fail too many users: ${description}. The duplicates and conflicts are listed in plan_file (${pass.report.file}) by their index in the file.`;
    }
}


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyImport: () => (/* binding */ verifyImport)
});

// EXTERNAL MODULE: ./src/plan/attributes.ts
var plan_attributes = __webpack_require__(4366);
// EXTERNAL MODULE: ./src/plan/plan-pass.ts + 1 modules
var plan_pass = __webpack_require__(8206);
// EXTERNAL MODULE: ./src/plan/run-plan.ts + 1 modules
var run_plan = __webpack_require__(5508);
// EXTERNAL MODULE: ./src/results/verdict.ts
var verdict = __webpack_require__(1999);
// EXTERNAL MODULE: ./src/users/redact.ts
var redact = __webpack_require__(3347);
// EXTERNAL MODULE: ./src/users/scan.ts + 8 modules
var scan = __webpack_require__(6933);
// EXTERNAL MODULE: ./src/plan/tenant-index.ts + 1 modules
var tenant_index = __webpack_require__(7905);
;// CONCATENATED MODULE: ./src/verify/check.ts


/**
 * `updated`: the user existed before and was updated by an upsert, so only the upsertable
 * attributes are Auth0's to change; a new user must hold every attribute the file sets.
 */
function checkUser(user, index, updated) {
    const email = (0,plan_attributes/* keyOf */.TN)(user, 'email');
    const ordinal = email === undefined ? tenant_index/* NO_MATCH */.IP : index.match('email', email);
    if (ordinal === tenant_index/* NO_MATCH */.IP) {
        return {
            kind: 'missing',
            errors: [
                {
                    code: 'NOT_FOUND_AFTER_IMPORT',
                    message: 'Auth0 did not report this user as failed, but no user with its email is in the connection after the import.',
                    path: 'email',
                },
            ],
        };
    }
    if (ordinal === tenant_index/* SHARED_KEY */.mY)
        return differs(['email']);
    const attributes = updated ? plan_attributes/* UPSERTABLE */.gI : plan_attributes/* COMPARED */.s1;
    const different = attributes.filter((attribute) => (0,plan_attributes/* sets */.cD)(user, attribute) && !index.same(ordinal, attribute, user));
    return different.length === 0 ? { kind: 'present' } : differs(different);
}
function differs(attributes) {
    return {
        kind: 'different',
        errors: attributes.map((attribute) => ({
            code: 'DIFFERS_AFTER_IMPORT',
            message: attribute === 'email'
                ? 'After the import, more than one user of the connection has this email.'
                : `After the import, the connection holds another ${attribute} for this user than the file sets.`,
            path: attribute,
        })),
    };
}

;// CONCATENATED MODULE: ./src/verify/verify.ts
/**
 * `verify`: after the jobs end, read the connection again and check that every uploaded user
 * Auth0 did not report as failed is there with what the file set. Users that are missing or
 * differ join the error report and failed_users_file, and count toward `max_failed_users`.
 */







/** Returns the upload indexes that failed verification. */
async function verifyImport(settings, context, upload, outcome, reportLimit) {
    const { index, source } = await (0,run_plan/* readConnectionFor */.O)(upload.path, upload.totalUsers, settings, context, 'Verify', plan_attributes/* COMPARED */.s1, (at) => upload.uploadIndex(at) !== undefined);
    const report = {
        checked: 0,
        present: 0,
        missing: 0,
        different: 0,
        first: { missing: [], different: [] },
        source,
    };
    const failed = new Set();
    const entries = [];
    await (0,scan/* scanJsonArrayFile */.nJ)(upload.path, (element) => {
        const at = element.index;
        const uploaded = upload.uploadIndex(at);
        if (uploaded === undefined || upload.failed.has(uploaded))
            return;
        const user = element.value;
        // Without a plan, an upsert may have inserted or updated: only what both set is checked.
        const updated = upload.existedBefore(at) ?? settings.upsert;
        const verdict = checkUser(user, index, updated);
        report.checked++;
        if (verdict.kind === 'present') {
            report.present++;
            return;
        }
        report[verdict.kind]++;
        const first = report.first[verdict.kind];
        if (first.length < plan_pass/* FIRST_INDEXES */.UE)
            first.push(at);
        failed.add(uploaded);
        entries.push({
            job_id: upload.jobOf(uploaded),
            index: at,
            user: (0,redact/* redactUser */.fk)(user),
            errors: verdict.errors,
        });
        if (entries.length >= 1000)
            outcome.addReportEntries(entries.splice(0), reportLimit);
    });
    outcome.addReportEntries(entries, reportLimit);
    outcome.verify = report;
    context.logger.info(`Verify: ${report.checked} checked, ${report.present} present, ${report.missing} missing, ${report.different} different.`);
    if (failed.size > 0)
        regate(settings, outcome, failed.size, upload.totalUsers);
    return failed;
}
/** The gate again, with the users verify found missing or different counted as failed. */
function regate(settings, outcome, verifyFailures, uploaded) {
    const summary = outcome.summary;
    const failed = (summary?.failed ?? 0) + verifyFailures;
    const gate = (0,verdict/* applyGate */.ei)(settings.maxFailedUsers, failed, uploaded);
    const at = outcome.notes.findIndex((note) => note.startsWith('Gate: '));
    const note = `Gate: ${gate.description} (${verifyFailures} of them found missing or different by verify).`;
    if (at >= 0)
        outcome.notes[at] = note;
    else
        outcome.notes.push(note);
    if (!gate.passed && outcome.failure === undefined) {
        outcome.failure = `Too many users failed to import: ${gate.description}, of which ${verifyFailures} Auth0 reported as imported but verify found missing or different. See the error report (NOT_FOUND_AFTER_IMPORT, DIFFERS_AFTER_IMPORT) for each user.`;
    }
}


/***/ })

};
