export const id = 475;
export const ids = [475];
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

/***/ 2475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importUsers: () => (/* binding */ importUsers)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/jobs/tracker.ts + 3 modules
var jobs_tracker = __webpack_require__(2333);
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
// EXTERNAL MODULE: ./src/users/plan-here.ts + 11 modules
var plan_here = __webpack_require__(8620);
// EXTERNAL MODULE: ./src/users/plan-thread.ts
var plan_thread = __webpack_require__(9598);
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
    const size = await (0,promises_.stat)(path).then((stats) => stats.size, () => 0);
    if (size >= plan_thread/* PLAN_WORKER_MIN_BYTES */.ir && (0,plan_thread/* planWorkerAvailable */.NP)())
        return (0,plan_thread/* planInWorker */.rQ)(path, options);
    return (0,plan_here.planUsersFileHere)(path, options, size >= file_hash/* HASH_WORKER_MIN_BYTES */.Z);
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
        this.#slots = new Slots(new jobs_tracker/* JobTracker */.Y(api, clock, deadline, logger, (job) => ledger.see(job)));
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
// EXTERNAL MODULE: ./src/plan/attributes.ts
var plan_attributes = __webpack_require__(4366);
// EXTERNAL MODULE: ./src/plan/plan-pass.ts + 1 modules
var plan_pass = __webpack_require__(8206);
// EXTERNAL MODULE: ./src/users/scan.ts + 9 modules
var scan = __webpack_require__(627);
// EXTERNAL MODULE: ./src/export/download.ts + 1 modules
var download = __webpack_require__(3004);
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
    const { index, source } = await readConnectionFor(upload.path, upload.totalUsers, settings, context, 'Verify', plan_attributes/* COMPARED */.s1, (at) => upload.uploadIndex(at) !== undefined);
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
// EXTERNAL MODULE: ./src/users/scan.ts + 9 modules
var scan = __webpack_require__(627);
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
