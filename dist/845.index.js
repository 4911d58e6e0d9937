export const id = 845;
export const ids = [845];
export const modules = {

/***/ 1137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ REPORT_ENTRY_LIMIT)
/* harmony export */ });
/** Bounds the error report in memory; the rest is counted, not kept. */
const REPORT_ENTRY_LIMIT = 100_000;


/***/ }),

/***/ 845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importUsers: () => (/* binding */ importUsers)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/progress/atomic-write.ts


/**
 * Replaces `path` with `data` so that a kill or a crash at any moment leaves either the old file
 * or the new one, never a mix: write a temporary file beside it, fsync it, rename it over `path`
 * (atomic within a folder), then fsync the folder so the rename itself is durable.
 */
async function writeFileAtomic(path, data, hooks = {}) {
    const folder = (0,external_node_path_.dirname)(path);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const temp = (0,external_node_path_.join)(folder, `.${(0,external_node_path_.basename)(path)}.${process.pid}.tmp`);
    try {
        const handle = await (0,promises_.open)(temp, 'w', 0o600);
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
 *   then leaves it "in doubt" instead of letting a resume submit the chunk twice); `job_id` once
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
     * one of another users file, chunk plan or connection, and for a chunk whose submission is in
     * doubt. Nothing is written here.
     */
    static async open(path, key, hooks = {}) {
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code !== 'ENOENT') {
                throw new src_errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} cannot be read (${error.message}).`);
            }
        }
        if (text === undefined) {
            return { record: new ProgressRecord(path, fresh(key), hooks), resumed: false };
        }
        const data = parseProgress(text, path);
        checkSameImport(data, key, path);
        checkNothingInDoubt(data, path);
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
    markSubmitting(index) {
        this.#change(index, (chunk) => {
            chunk.submitting = new Date().toISOString();
        });
    }
    /** Auth0 answered without creating a job (e.g. both import slots busy): nothing in doubt. */
    clearSubmitting(index) {
        this.#change(index, (chunk) => {
            delete chunk.submitting;
        });
    }
    markSubmitted(index, jobId) {
        this.#change(index, (chunk) => {
            delete chunk.submitting;
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
    return new src_errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} is not a readable progress record (${detail}). Restore the file a previous run of this action wrote, or delete it to start the import from the first chunk (chunks imported before would be imported again).`);
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isOptionalString = (value) => value === undefined || typeof value === 'string';
function parseProgress(text, path) {
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
    for (const field of ['submitting', 'job_id', 'submitted_at', 'status_details', 'finished_at']) {
        if (!isOptionalString(chunk[field]))
            return `"${field}" must be a string`;
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
        throw new src_errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} records the import of a different users file (sha256 ${data.file.sha256.slice(0, 12)}…, ${data.file.bytes} bytes) than ${plan.path} (sha256 ${plan.sha256.slice(0, 12)}…, ${plan.bytes} bytes). Resume with the exact file that progress belongs to, or give this file its own progress_file.`);
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
        throw new src_errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} was written for ${data.chunks.length} chunks planned with chunk_size ${data.chunk_size}, but this run plans ${plan.chunks.length} chunks with chunk_size ${key.chunkSize}${key.chunkSize === data.chunk_size ? ' (external_id changes the room left for the file)' : ''}. Resume with the same chunk_size and external_id as the run that wrote it.`);
    }
    if (data.connection_id !== key.connectionId) {
        throw new src_errors/* InputError */.dz('progress_file', `Input 'progress_file': ${path} records an import into connection ${data.connection_id}, not ${key.connectionId}. Resume with the same connection_id, or give this import its own progress_file.`);
    }
}
function checkNothingInDoubt(data, path) {
    const doubt = data.chunks.find((chunk) => chunk.submitting !== undefined && !chunk.job_id);
    if (!doubt)
        return;
    const last = doubt.first_user + doubt.user_count - 1;
    throw new src_errors/* InputError */.dz('progress_file', `Input 'progress_file': chunk ${doubt.index + 1} (users ${doubt.first_user}–${last}) was being submitted at ${doubt.submitting} when an earlier run stopped, so it is not known whether Auth0 created a job for it, and submitting it again could import its users twice. Check the tenant's logs for a users import started then: if there is one, set that chunk's "job_id" in ${path} to its id; if there is none, delete the chunk's "submitting" field. Then run again.`);
}
/** Is `status` final for a chunk record? */
function isFinalStatus(status) {
    return status !== undefined && FINAL.has(status);
}

// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/users/redact.ts
var redact = __webpack_require__(3347);
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
    depth = 0;
    inString = false;
    /** Inside a string, the next byte is escaped (a backslash ended the previous chunk). */
    escaped = false;
    /** The current element is a number/literal (ends at a delimiter, not at depth 0). */
    primitive = false;
    index = 0;
    elementStart = 0;
    elementLine = 0;
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
        throw new src_errors/* InputError */.dz('file', `${this.path}: line ${line}: ${message}`);
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
        let depth = this.depth;
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
                            this.emit(buf, i, onElement);
                            mode = Mode.AfterElement;
                            break;
                        }
                    }
                    else if (b === LF)
                        line++;
                }
                continue;
            }
            const b = buf[i];
            if (b === LF) {
                line++;
                i++;
                continue;
            }
            if (b === SPACE || b === CR || b === TAB) {
                i++;
                continue;
            }
            this.line = line;
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
                    this.startElement(i, line);
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
    startElement(offset, line) {
        this.elementStart = this.base + offset;
        this.elementLine = line;
        this.pieces = [];
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
        catch (error) {
            this.fail(`the user at index ${index} is not valid JSON: ${describeParseError(error, text, this.elementLine)}`, this.elementLine);
        }
        onElement({ index, line: this.elementLine, start: this.elementStart, end, text, value });
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
/** V8's JSON.parse message without the quoted excerpt of the text (it may hold a secret). */
function describeParseError(error, text, startLine) {
    const raw = error instanceof Error ? error.message : String(error);
    let message = raw
        .replace(/,\s*".*" is not valid JSON$/s, '')
        .replace(/\s*\(line \d+ column \d+\)/, '');
    const position = /at position (\d+)/.exec(message);
    if (position) {
        const at = Number(position[1]);
        let line = startLine;
        for (let k = 0; k < at && k < text.length; k++)
            if (text.charCodeAt(k) === LF)
                line++;
        message = `${message.replace(/\s*(in JSON )?at position \d+/, '')} on line ${line}`;
    }
    return message;
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
    return new src_errors/* InputError */.dz('file', code === 'ENOENT'
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
        await scanJsonArrayFile(file, (element) => {
            if (!indexes.has(element.index))
                return;
            out.write(`${written === 0 ? '\n' : ',\n'}${JSON.stringify((0,redact/* redactUser */.fk)(element.value))}`);
            written++;
        });
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/users/bulk-import-schema.ts
/**
 * Auth0's bulk-import user schema, kept as data (reference §5.2–5.3; Auth0 docs
 * "Bulk user import database schema", newest revision with phone_number/phone_verified).
 *
 * Tightened where the docs state a rule the published schema does not encode:
 * - `password_hash` must look like a bcrypt hash (`$2a$`/`$2b$`/`$2y$`, 60 characters);
 * - `phone_number` must be E.164; `mfa_factors` items hold exactly one factor;
 * - `password_hash` and `custom_password_hash` are mutually exclusive;
 * - `app_metadata` may not use Auth0's reserved keys;
 * - `custom_password_hash`: per-algorithm rules (`if`/`then` on `algorithm`) and the scrypt
 *   parameter ranges.
 * Nested hash/salt/password objects stay open (`additionalProperties` unset), as in Auth0's schema,
 * so that nothing Auth0 accepts is refused locally.
 */
/** Keys `app_metadata` may not contain (reference §5.2). */
const APP_METADATA_RESERVED_KEYS = [
    '__tenant',
    '_id',
    'blocked',
    'clientID',
    'created_at',
    'email_verified',
    'email',
    'globalClientID',
    'global_client_id',
    'identities',
    'lastIP',
    'lastLogin',
    'loginsCount',
    'metadata',
    'multifactor_last_modified',
    'multifactor',
    'updated_at',
    'user_id',
];
const HASH_ALGORITHMS = [
    'argon2',
    'bcrypt',
    'hmac',
    'ldap',
    'md4',
    'md5',
    'sha1',
    'sha256',
    'sha512',
    'pbkdf2',
    'scrypt',
];
const ENCODINGS = ['base64', 'hex', 'utf8'];
const BINARY_ENCODING = { type: 'string', enum: ['hex', 'base64'] };
const UTF8_ENCODING = { type: 'string', enum: ['utf8'] };
/** Powers of two greater than one, up to 2^30 (scrypt `cost`). */
const POWERS_OF_TWO = Array.from({ length: 30 }, (_, k) => 2 ** (k + 1));
/** A rule applied when `custom_password_hash.algorithm` is one of `algorithms`. */
function whenAlgorithm(algorithms, then) {
    return {
        if: {
            type: 'object',
            properties: { algorithm: { enum: algorithms } },
            required: ['algorithm'],
        },
        // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a promise.
        then: { type: 'object', ...then },
    };
}
const noSalt = { not: { required: ['salt'] } };
const BULK_IMPORT_USER_SCHEMA = {
    $id: 'https://auth0.com/schemas/bulk-import-user.json',
    type: 'object',
    properties: {
        email: { type: 'string', format: 'email', description: "The user's email address." },
        email_verified: { type: 'boolean', default: false },
        phone_number: {
            type: 'string',
            pattern: '^\\+[1-9][0-9]{1,14}$',
            description: 'E.164, e.g. +12125550001',
        },
        phone_verified: { type: 'boolean', default: false },
        user_id: { type: 'string' },
        username: { type: 'string' },
        given_name: { type: 'string' },
        family_name: { type: 'string' },
        name: { type: 'string' },
        nickname: { type: 'string' },
        picture: { type: 'string', description: "URL of the user's profile picture." },
        blocked: { type: 'boolean' },
        password_hash: {
            type: 'string',
            pattern: '^\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$',
            description: 'A bcrypt hash ($2a$ or $2b$, 10 salt rounds).',
        },
        custom_password_hash: {
            type: 'object',
            properties: {
                algorithm: { type: 'string', enum: HASH_ALGORITHMS },
                hash: {
                    type: 'object',
                    properties: {
                        value: { type: 'string' },
                        encoding: { type: 'string', enum: ENCODINGS },
                        digest: {
                            type: 'string',
                            enum: [
                                'md4',
                                'md5',
                                'ripemd160',
                                'sha1',
                                'sha224',
                                'sha256',
                                'sha384',
                                'sha512',
                                'whirlpool',
                            ],
                        },
                        key: {
                            type: 'object',
                            properties: {
                                value: { type: 'string' },
                                encoding: { type: 'string', enum: ENCODINGS, default: 'utf8' },
                            },
                            required: ['value'],
                        },
                    },
                    required: ['value'],
                },
                salt: {
                    type: 'object',
                    properties: {
                        value: { type: 'string' },
                        encoding: { type: 'string', enum: ENCODINGS, default: 'utf8' },
                        position: { type: 'string', enum: ['prefix', 'suffix'], default: 'prefix' },
                    },
                    required: ['value'],
                },
                password: {
                    type: 'object',
                    properties: {
                        encoding: {
                            type: 'string',
                            enum: ['ascii', 'utf8', 'utf16le', 'ucs2', 'latin1', 'binary'],
                            default: 'utf8',
                        },
                    },
                },
                keylen: { type: 'integer', minimum: 1 },
                cost: { type: 'integer', enum: POWERS_OF_TWO, default: 16384 },
                blockSize: { type: 'integer', minimum: 1, default: 8 },
                parallelization: { type: 'integer', minimum: 1, default: 1 },
            },
            required: ['algorithm', 'hash'],
            additionalProperties: false,
            allOf: [
                // argon2: PHC string, utf8, salt inside the string.
                whenAlgorithm(['argon2'], {
                    properties: {
                        hash: {
                            type: 'object',
                            properties: {
                                value: { type: 'string', pattern: '^\\$argon2(id|i|d)\\$' },
                                encoding: UTF8_ENCODING,
                            },
                        },
                    },
                    ...noSalt,
                }),
                // bcrypt: utf8, $2a$/$2b$/$2y$ only.
                whenAlgorithm(['bcrypt'], {
                    properties: {
                        hash: {
                            type: 'object',
                            properties: {
                                value: { type: 'string', pattern: '^\\$2[aby]\\$' },
                                encoding: UTF8_ENCODING,
                            },
                        },
                    },
                }),
                // hmac: hex/base64, digest and key required.
                whenAlgorithm(['hmac'], {
                    properties: {
                        hash: {
                            type: 'object',
                            properties: { encoding: BINARY_ENCODING },
                            required: ['digest', 'key'],
                        },
                    },
                }),
                // ldap: RFC 2307 {SCHEME} string (md5, smd5, sha*, ssha*; not crypt), utf8, no salt.
                whenAlgorithm(['ldap'], {
                    properties: {
                        hash: {
                            type: 'object',
                            properties: {
                                value: {
                                    type: 'string',
                                    pattern: '^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}',
                                },
                                encoding: UTF8_ENCODING,
                            },
                        },
                    },
                    ...noSalt,
                }),
                // md4/md5/sha*: hex or base64.
                whenAlgorithm(['md4', 'md5', 'sha1', 'sha256', 'sha512'], {
                    properties: {
                        hash: { type: 'object', properties: { encoding: BINARY_ENCODING } },
                    },
                }),
                // pbkdf2: PHC string $pbkdf2-<digest>$…, utf8, no salt object.
                whenAlgorithm(['pbkdf2'], {
                    properties: {
                        hash: {
                            type: 'object',
                            properties: {
                                value: { type: 'string', pattern: '^\\$pbkdf2-[A-Za-z0-9-]+\\$' },
                                encoding: UTF8_ENCODING,
                            },
                        },
                    },
                    ...noSalt,
                }),
                // scrypt: hex or base64; keylen required.
                whenAlgorithm(['scrypt'], {
                    properties: {
                        hash: { type: 'object', properties: { encoding: BINARY_ENCODING } },
                    },
                    required: ['keylen'],
                }),
            ],
        },
        app_metadata: {
            type: 'object',
            properties: Object.fromEntries(APP_METADATA_RESERVED_KEYS.map((key) => [key, { not: {} }])),
        },
        user_metadata: { type: 'object' },
        mfa_factors: {
            type: 'array',
            minItems: 1,
            maxItems: 10,
            items: {
                type: 'object',
                properties: {
                    totp: {
                        type: 'object',
                        properties: { secret: { type: 'string', pattern: '^[A-Z2-7]+$' } },
                        required: ['secret'],
                        additionalProperties: false,
                    },
                    phone: {
                        type: 'object',
                        properties: { value: { type: 'string', pattern: '^\\+[0-9]{1,15}$' } },
                        required: ['value'],
                        additionalProperties: false,
                    },
                    email: {
                        type: 'object',
                        properties: { value: { type: 'string', format: 'email' } },
                        required: ['value'],
                        additionalProperties: false,
                    },
                },
                additionalProperties: false,
                oneOf: [{ required: ['totp'] }, { required: ['phone'] }, { required: ['email'] }],
            },
        },
    },
    required: ['email'],
    additionalProperties: false,
    not: { type: 'object', required: ['password_hash', 'custom_password_hash'] },
};

;// CONCATENATED MODULE: ./src/users/validate.ts
/**
 * Local validation of users against Auth0's bulk-import schema, with errors in Auth0's own shape
 * (the codes its z-schema validator reports in GET /jobs/{id}/errors) so that a dry run and a real
 * import read the same way.
 */


/** Most errors kept for one user; the rest are summed up in one last entry. */
const MAX_ERRORS_PER_USER = 20;
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
function createValidator() {
    const ajv = new dist_ajv.Ajv({
        allErrors: true,
        verbose: true,
        strict: true,
        // `if` subschemas name `algorithm` without repeating its type; that is intended.
        strictTypes: false,
        // `not: {required: [...]}` and `oneOf` branches name properties defined beside them.
        strictRequired: false,
        useDefaults: false,
    });
    ajv.addFormat('email', { type: 'string', validate: isEmail });
    return ajv.compile(BULK_IMPORT_USER_SCHEMA);
}
let compiled;
/** The compiled schema (compiled once, on first use). */
function validator() {
    compiled ??= createValidator();
    return compiled;
}
/** Validates one user; `[]` when valid. Messages never quote a value (it may be a secret). */
function validateUser(user) {
    const validate = validator();
    if (validate(user))
        return [];
    return mapErrors(validate.errors ?? [], user);
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
/** Per-user byte offsets, in typed arrays (12 bytes a user) so that a million users stay cheap. */
class Offsets {
    starts = new Float64Array(1 << 12);
    lengths = new Uint32Array(1 << 12);
    set(index, start, length) {
        if (index >= this.starts.length) {
            const starts = new Float64Array(this.starts.length * 2);
            starts.set(this.starts);
            this.starts = starts;
            const lengths = new Uint32Array(this.lengths.length * 2);
            lengths.set(this.lengths);
            this.lengths = lengths;
        }
        this.starts[index] = start;
        this.lengths[index] = length;
    }
    start(index) {
        return this.starts[index];
    }
    length(index) {
        return this.lengths[index];
    }
}
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
        throw new src_errors/* InputError */.dz('chunk_size', `chunk_size must be a whole number of bytes, got ${chunkSize}`);
    }
    const maxInvalid = options.maxInvalid ?? DEFAULT_MAX_INVALID;
    const maxInvalidBytes = options.maxInvalidBytes ?? DEFAULT_MAX_INVALID_BYTES;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    let totalUsers = 0;
    const chunks = [];
    let current;
    const invalid = [];
    let invalidCount = 0;
    let invalidBytes = 0;
    const duplicates = new DuplicateIndex();
    const offsets = new Offsets();
    let fd;
    /** Is `key` really the `kind` of the user at `earlier`? (Re-reads that user from the file.) */
    const confirm = (kind, key, earlier) => {
        fd ??= (0,external_node_fs_.openSync)(path, 'r');
        const length = offsets.length(earlier);
        const buffer = Buffer.allocUnsafe(length);
        let read = 0;
        while (read < length) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, read, length - read, offsets.start(earlier) + read);
            if (n === 0)
                break;
            read += n;
        }
        try {
            return identityKey(JSON.parse(buffer.toString('utf8', 0, read)), kind) === key;
        }
        catch {
            return false;
        }
    };
    const onElement = (element) => {
        const { index, line, start, end, value } = element;
        const size = end - start;
        totalUsers = index + 1;
        offsets.set(index, start, size);
        // Plan: extend the current chunk, or open a new one.
        if (size + 2 > chunkSize) {
            if (size + 2 > src_settings/* AUTH0_MAX_IMPORT_BYTES */.s) {
                throw new src_errors/* InputError */.dz('file', `${path}: line ${line}: the user at index ${index} is ${size} bytes; Auth0 accepts at most ${src_settings/* AUTH0_MAX_IMPORT_BYTES */.s} bytes per import file, so this user cannot be imported. Make it smaller (e.g. its metadata).`);
            }
            throw new src_errors/* InputError */.dz('chunk_size', `${path}: line ${line}: the user at index ${index} is ${size} bytes, too big for chunk_size ${chunkSize} (a chunk needs ${size + 2} bytes with its brackets). Raise chunk_size to at least ${size + 2} (at most ${src_settings/* AUTH0_MAX_IMPORT_BYTES */.s}).`);
        }
        if (current && end - current.start + 2 <= chunkSize) {
            current.userCount++;
            current.end = end;
            current.bytes = end - current.start + 2;
        }
        else {
            current = {
                index: chunks.length,
                firstUser: index,
                userCount: 1,
                start,
                end,
                bytes: size + 2,
            };
            chunks.push(current);
        }
        // Validate, then look for an earlier user with the same email, user_id or username.
        const errors = validateUser(value);
        for (const kind of IDENTITY_KINDS) {
            const key = identityKey(value, kind);
            if (key === undefined)
                continue;
            const earlier = duplicates.add(kind, key, index, (candidate) => confirm(kind, key, candidate));
            if (earlier !== undefined)
                errors.push(duplicateError(kind, earlier));
        }
        if (errors.length > 0) {
            invalidCount++;
            if (invalid.length < maxInvalid && invalidBytes < maxInvalidBytes) {
                invalidBytes += size;
                invalid.push({ index, line, user: (0,redact/* redactUser */.fk)(value), errors });
            }
        }
    };
    try {
        await scanJsonArrayFile(path, onElement, {
            highWaterMark: options.highWaterMark,
            onChunk: (chunk) => {
                hash.update(chunk);
                bytes += chunk.length;
            },
        });
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
    return {
        path,
        bytes,
        sha256: hash.digest('hex'),
        totalUsers,
        chunks,
        invalid,
        invalidCount,
    };
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
                throw new src_errors/* InputError */.dz('file', `${path}: the file changed while it was being imported (it ends before byte ${chunk.end} of chunk ${chunk.index + 1})`);
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

// EXTERNAL MODULE: ./src/operations/context.ts
var operations_context = __webpack_require__(1137);
// EXTERNAL MODULE: ./src/progress/cancellation.ts
var cancellation = __webpack_require__(148);
// EXTERNAL MODULE: ./src/report/gate.ts
var report_gate = __webpack_require__(8347);
// EXTERNAL MODULE: ./src/report/job-errors.ts
var job_errors = __webpack_require__(5097);
// EXTERNAL MODULE: ./src/operations/verdict.ts
var verdict = __webpack_require__(4491);
;// CONCATENATED MODULE: ./src/operations/import-run.ts









/** Auth0 runs at most two import jobs per tenant at once (reference §2.3, §6). */
const MAX_ACTIVE_IMPORTS = 2;
/**
 * Submits the chunks in file order with at most two jobs active, waits for them, and folds each
 * finished job into the outcome as it ends.
 *
 * With a progress record (`progress_file`), chunks it shows finished are folded in from it without
 * a request, jobs it shows submitted are read again by id and waited for, and only the rest are
 * submitted; every step is written to the record before the next one. `max_jobs` bounds the jobs
 * submitted in this run; a cancellation (the deadline's signal) stops submitting at once.
 */
class ImportRun {
    settings;
    context;
    outcome;
    plan;
    progress;
    #tracker;
    #chunkOfJob = new Map();
    /** Jobs that ended and whose errors and counts are not yet in the outcome. */
    #finished = [];
    #started;
    /** Chunks whose outcome is in the summary (this run or an earlier one). */
    #settledChunks = new Set();
    #active = 0;
    #settledUsers = 0;
    #submittedThisRun = 0;
    #summary = { total: 0, inserted: 0, updated: 0, failed: 0 };
    constructor(settings, context, outcome, plan, progress) {
        this.settings = settings;
        this.context = context;
        this.outcome = outcome;
        this.plan = plan;
        this.progress = progress;
        this.#tracker = context.newTracker();
        this.#started = context.clock.now();
    }
    async run() {
        try {
            await this.#run();
        }
        catch (error) {
            if ((0,cancellation/* isCancellation */.iB)(error, this.context.deadline.signal))
                throw this.#cancelled();
            throw error;
        }
        finally {
            this.outcome.chunksRemaining = this.#remaining().length;
        }
    }
    async #run() {
        const { deadline } = this.context;
        await this.#restore();
        let refused;
        let limited = false;
        for (const chunk of this.#remaining()) {
            if (this.settings.maxJobs !== undefined && this.#submittedThisRun >= this.settings.maxJobs) {
                limited = true;
                break;
            }
            deadline.throwIfCancelled();
            while (this.#active >= MAX_ACTIVE_IMPORTS)
                await this.#waitForOne();
            deadline.throwIfCancelled();
            try {
                const job = await this.#submit(chunk);
                this.#chunkOfJob.set(job.id, chunk);
                const summaryRow = this.outcome.chunks?.[chunk.index];
                if (summaryRow)
                    summaryRow.jobId = job.id;
                this.#tracker.track(job);
                this.#active++;
                this.#submittedThisRun++;
                if (this.progress) {
                    this.progress.markSubmitted(chunk.index, job.id);
                    await this.#save();
                }
            }
            catch (error) {
                if (error instanceof src_errors/* DeadlineError */.j3 || (0,cancellation/* isCancellation */.iB)(error, deadline.signal))
                    throw error;
                refused = { chunk, error };
                break;
            }
            // Errors of finished jobs are read after the next submission, so a slot never idles.
            await this.#collectFinished();
        }
        if (!this.settings.wait && !refused) {
            this.context.logger.info('wait is false: not waiting for the jobs to finish.');
            if (limited)
                this.#noteRemaining();
            return;
        }
        // Even when a submission failed, the jobs already running are waited for and reported.
        while (this.#active > 0)
            await this.#waitForOne();
        await this.#collectFinished();
        if (refused)
            throw this.#notSubmitted(refused.chunk, refused.error);
        if (limited)
            this.#noteRemaining();
        this.#judge();
    }
    /** Chunks with no job yet, in file order. */
    #remaining() {
        return this.plan.chunks.filter((chunk) => !this.progress?.isSubmitted(chunk.index) && !this.outcome.chunks?.[chunk.index]?.jobId);
    }
    async #save() {
        const progress = this.progress;
        if (!progress)
            return;
        try {
            await progress.save();
        }
        catch (error) {
            throw new Error(`Could not write progress_file ${progress.path}: ${(0,src_errors/* errorMessage */.gJ)(error)}. No further chunks were submitted, so the record stays true.`);
        }
    }
    /**
     * Folds in what an earlier run recorded: finished chunks from the record (no request), and for
     * every job submitted but not finished, one read by id, after which it is tracked like any other.
     */
    async #restore() {
        const progress = this.progress;
        if (!progress)
            return;
        const chunks = this.plan.chunks;
        const pending = [];
        let finished = 0;
        // Every known job first takes its place in file order (`job_id` lists them in file order).
        for (const chunk of chunks) {
            const job = progress.jobOf(chunk.index);
            if (!job)
                continue;
            this.outcome.update(job);
            const row = this.outcome.chunks?.[chunk.index];
            if (row)
                row.jobId = job.id;
            if (progress.isFinished(chunk.index))
                finished++;
            else
                pending.push(chunk);
        }
        if (finished + pending.length === 0)
            return;
        this.context.logger.info(`Resuming from ${progress.path}: ${finished} of ${chunks.length} chunks finished in earlier runs, ${pending.length} submitted earlier and not known to be finished, ${progress.remaining} not submitted yet.`);
        for (const chunk of chunks) {
            if (progress.isFinished(chunk.index))
                await this.#restoreFinished(chunk);
        }
        for (const chunk of pending) {
            const job = await this.#readAgain(progress.jobOf(chunk.index));
            this.#chunkOfJob.set(job.id, chunk);
            this.#tracker.track(job);
            this.#active++;
        }
    }
    async #restoreFinished(chunk) {
        const stored = this.progress?.chunk(chunk.index);
        const job = this.progress?.jobOf(chunk.index);
        if (!stored || !job)
            return;
        if (stored.errors && stored.errors.length > 0) {
            const needsUsers = stored.errors.some((group) => (group.indexes?.length ?? 0) > 0);
            const users = needsUsers ? usersOfChunk(await readChunk(this.settings.file, chunk)) : [];
            const entries = entriesOf(stored, (index) => (0,redact/* redactUser */.fk)(users[index - chunk.firstUser]));
            this.outcome.addReportEntries(entries, operations_context/* REPORT_ENTRY_LIMIT */.U);
        }
        this.#addToSummary(job, chunk);
        this.#settledChunks.add(chunk.index);
        this.#settledUsers += chunk.userCount;
    }
    /** One status read of a job an earlier run submitted; a job Auth0 no longer has is `expired`. */
    async #readAgain(recorded) {
        try {
            return await this.context.api.getJob(recorded.id);
        }
        catch (error) {
            if (!(error instanceof src_errors/* ApiError */.hD) || error.status !== 404)
                throw error;
            const job = {
                ...recorded,
                status: 'expired',
                status_details: 'Auth0 no longer has this job (jobs are deleted 24 hours after they were created), so what it imported is unknown',
            };
            this.outcome.update(job);
            return job;
        }
    }
    #notSubmitted(chunk, error) {
        const chunks = this.plan.chunks;
        const last = chunks.at(-1) ?? chunk;
        const users = `users ${chunk.firstUser}–${last.firstUser + last.userCount - 1}`;
        const submitted = this.#chunkOfJob.size;
        const resume = this.progress ? ` Run again with the same progress_file to submit the rest.` : '';
        return new Error(`${(0,src_errors/* errorMessage */.gJ)(error)} Chunks ${chunk.index + 1}–${chunks.length} of ${chunks.length} (${users} of the file) were not submitted; the ${submitted} job${submitted === 1 ? '' : 's'} submitted before are reported.${resume}`);
    }
    /** The message of a cancelled import: what is still running and how to go on. */
    #cancelled() {
        const reason = (0,cancellation/* cancellationOf */.zg)(this.context.deadline.signal);
        const running = [...this.#chunkOfJob.keys()].filter((id) => !['completed', 'failed', 'expired'].includes(this.outcome.jobs.get(id)?.status ?? ''));
        const remaining = this.#remaining().length;
        const parts = [
            `Cancelled (${reason.signal}): no further chunks were submitted (${remaining} of ${this.plan.chunks.length} not submitted).`,
        ];
        if (running.length > 0)
            parts.push(`Jobs still running: ${running.join(', ')}.`);
        if (this.progress) {
            parts.push(`To resume, run this step again with the same file and progress_file (${this.progress.path}): it waits for the running jobs, skips finished chunks and submits the rest.`);
        }
        else {
            parts.push('Without progress_file a new run starts again from the first chunk; set progress_file to make an import resumable.');
        }
        if (running.length > 0) {
            parts.push(`To follow the running jobs only, run this action with operation: get-job and job_id: ${running.join(',')}.`);
        }
        return new cancellation/* CancelledError */.cc(reason.signal, parts.join(' '), true);
    }
    async #submit(chunk) {
        const { api, logger, deadline } = this.context;
        const users = await readChunk(this.settings.file, chunk);
        const count = this.plan.chunks.length;
        const externalId = this.settings.externalId !== undefined && count > 1
            ? `${this.settings.externalId}-${chunk.index + 1}-of-${count}`
            : this.settings.externalId;
        let slotWaits = 0;
        for (;;) {
            // Recorded before sending: a kill while Auth0 answers leaves the chunk "in doubt", so a
            // resumed run asks instead of submitting it a second time.
            if (this.progress) {
                this.progress.markSubmitting(chunk.index);
                await this.#save();
            }
            let submission;
            try {
                submission = await api.createImport({
                    users,
                    connectionId: this.settings.connectionId,
                    upsert: this.settings.upsert,
                    externalId,
                    sendCompletionEmail: this.settings.sendCompletionEmail,
                });
            }
            catch (error) {
                // An HTTP answer that is not a job (400, 403, 413…), or a wait between attempts that was
                // cancelled: no job was created. Anything else (a connection that broke after the upload,
                // a timeout while Auth0 answered) leaves the chunk in doubt.
                if (error instanceof src_errors/* ApiError */.hD || (0,cancellation/* isCancellation */.iB)(error))
                    await this.#notInDoubt(chunk);
                throw error;
            }
            if (submission.kind === 'created') {
                logger.info(`Chunk ${chunk.index + 1}/${count} (users ${chunk.firstUser}–${chunk.firstUser + chunk.userCount - 1}) submitted as job ${submission.job.id}.`);
                return submission.job;
            }
            await this.#notInDoubt(chunk);
            // The chunk keeps its place: nothing was created, so the same body is sent again.
            if (this.#active > 0) {
                await this.#waitForOne();
                continue;
            }
            if (slotWaits === 0) {
                logger.info(`Auth0 is running two other import jobs on this tenant (${submission.message}); waiting for a free slot.`);
            }
            const delay = Math.min(10_000, 1_000 * 2 ** Math.min(slotWaits, 4));
            slotWaits++;
            await deadline.sleep(delay, 'waiting for a free import slot (Auth0 runs two imports at a time)');
        }
    }
    async #notInDoubt(chunk) {
        if (!this.progress)
            return;
        this.progress.clearSubmitting(chunk.index);
        await this.#save();
    }
    /** Waits for one of the active jobs to end, which frees its slot. */
    async #waitForOne() {
        this.#finished.push(await this.#tracker.next());
        this.#active--;
    }
    async #collectFinished() {
        for (let job = this.#finished.shift(); job; job = this.#finished.shift()) {
            await this.#settle(job);
        }
    }
    async #settle(job) {
        const chunk = this.#chunkOfJob.get(job.id);
        if (!chunk || this.#settledChunks.has(chunk.index))
            return;
        const entries = await this.#collectErrors(job, chunk);
        if (this.progress) {
            this.progress.markFinished(chunk.index, job, entries);
            await this.#save();
        }
        this.outcome.addReportEntries(entries, operations_context/* REPORT_ENTRY_LIMIT */.U);
        this.#addToSummary(job, chunk);
        this.#settledChunks.add(chunk.index);
        this.#settledUsers += chunk.userCount;
        const seconds = (this.context.clock.now() - this.#started) / 1000;
        const rate = seconds > 0 ? Math.round(this.#settledUsers / seconds) : this.#settledUsers;
        this.context.logger.info(`Chunks done: ${this.#settledChunks.size}/${this.plan.chunks.length}; ${this.#settledUsers}/${this.plan.totalUsers} users (${rate} users/s).`);
    }
    async #collectErrors(job, chunk) {
        const failedUsers = job.summary?.failed ?? 0;
        if (job.status !== 'failed' && failedUsers === 0)
            return [];
        if (job.status === 'expired')
            return [];
        const errors = await this.context.api.getJobErrors(job.id);
        const users = usersOfChunk(await readChunk(this.settings.file, chunk));
        let entries;
        if (errors.kind === 'entries') {
            // One result per entry, in order: Auth0's echo and the submitted user both name secrets.
            entries = indexErrorEntries(chunk, users, errors.entries).map((entry, position) => ({
                job_id: job.id,
                index: entry.index ?? null,
                user: (0,redact/* redactUser */.fk)(entry.user),
                errors: (0,redact/* redactErrorMessages */.Me)(entry.errors, [
                    errors.entries[position]?.user,
                    entry.index === undefined ? undefined : users[entry.index - chunk.firstUser],
                ]),
            }));
        }
        else {
            entries = (0,job_errors/* reportEntriesFromJobErrors */.R)(job.id, errors);
        }
        if (job.status === 'failed')
            entries = this.#accountForEveryUser(job, chunk, users, entries);
        return entries;
    }
    /**
     * A failed job may come with no per-user detail at all (a 204 from /errors). Its users were not
     * imported, so each one gets an entry: no user of the file goes unaccounted for.
     */
    #accountForEveryUser(job, chunk, users, entries) {
        const reported = new Set(entries.map((entry) => entry.index));
        const reason = job.status_details ?? 'the job failed without details for this user';
        const perUser = users
            .map((user, offset) => ({ user, index: chunk.firstUser + offset }))
            .filter(({ index }) => !reported.has(index))
            .map(({ user, index }) => ({
            job_id: job.id,
            index,
            user: (0,redact/* redactUser */.fk)(user),
            errors: [{ code: 'JOB_FAILED', message: reason }],
        }));
        return [...entries.filter((entry) => entry.user !== null), ...perUser];
    }
    #addToSummary(job, chunk) {
        // A failed job without a summary imported nobody: all of its users count as failed.
        const summary = job.summary ?? {
            total: chunk.userCount,
            inserted: 0,
            updated: 0,
            failed: job.status === 'completed' ? 0 : chunk.userCount,
        };
        this.#summary = {
            total: this.#summary.total + summary.total,
            inserted: this.#summary.inserted + summary.inserted,
            updated: this.#summary.updated + summary.updated,
            failed: this.#summary.failed + summary.failed,
        };
        this.outcome.summary = this.#summary;
    }
    /** max_jobs left chunks for a later run: say so, and how to go on. */
    #noteRemaining() {
        const remaining = this.#remaining();
        const first = remaining[0];
        if (!first)
            return;
        const total = this.plan.chunks.length;
        const how = this.progress
            ? `Run this step again with the same file and progress_file (${this.progress.path}) to submit them.`
            : 'Resuming needs progress_file: without it, a new run starts again from the first chunk.';
        this.outcome.notes.push(`${remaining.length} of ${total} chunks (from chunk ${first.index + 1}, user ${first.firstUser}) are not submitted yet: max_jobs ${this.settings.maxJobs} was reached. ${how}`);
        this.context.logger.info(this.outcome.notes.at(-1) ?? '');
    }
    #judge() {
        const { outcome, plan, settings } = this;
        const complete = this.#remaining().length === 0;
        if (complete && this.#summary.total !== plan.totalUsers) {
            outcome.notes.push(`Auth0 reported ${this.#summary.total} users, but the file has ${plan.totalUsers}.`);
            this.context.logger.warning(outcome.notes.at(-1) ?? '');
        }
        const failures = (0,verdict/* judgeJobs */.e)([...outcome.jobs.values()]);
        // With chunks left for a later run, the gate judges the users processed so far.
        const looked = complete ? plan.totalUsers : this.#settledUsers;
        const gate = (0,report_gate/* applyGate */.e)(settings.maxFailedUsers, this.#summary.failed, looked);
        outcome.notes.push(`Gate: ${gate.description}${complete ? '' : ' (users processed so far)'}.`);
        if (!gate.passed) {
            failures.push(`Too many users failed to import: ${gate.description}. See the error report for each user and the reason.`);
        }
        outcome.failure = failures[0];
    }
}

;// CONCATENATED MODULE: ./src/operations/import-users.ts








/** The runner shows at most 10 error annotations per step; the rest are in the report. */
const MAX_ANNOTATIONS = 10;
async function importUsers(settings, context, outcome) {
    const { logger } = context;
    const plan = await planUsersFile(settings.file, { chunkSize: uploadBudget(settings) }).catch((error) => {
        // The scanner names the file and the line; say which input pointed at it.
        if (error instanceof src_errors/* InputError */.dz && !error.message.startsWith('Input ')) {
            throw new src_errors/* InputError */.dz(error.input, `Input '${error.input}': ${error.message}`);
        }
        throw error;
    });
    if (plan.totalUsers === 0) {
        throw new src_errors/* InputError */.dz('file', `Input 'file': ${settings.file} is an empty array: there are no users to import.`);
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
        await writeFailedUsersFile(settings, context, outcome);
        return;
    }
    outcome.report = [];
    // Read and checked before anything is sent: a record of another file or plan is an input error.
    const progress = settings.progressFile
        ? await ProgressRecord.open(settings.progressFile, {
            plan,
            chunkSize: settings.chunkSize,
            connectionId: settings.connectionId,
        })
        : undefined;
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
    try {
        await new ImportRun(settings, context, outcome, plan, progress?.record).run();
    }
    finally {
        await writeFailedUsersFile(settings, context, outcome);
    }
}
/** `failed_users_file`: the users of the file that failed, written only when some did. */
async function writeFailedUsersFile(settings, context, outcome) {
    const indexes = new Set();
    for (const entry of outcome.report ?? [])
        if (entry.index !== null)
            indexes.add(entry.index);
    if (indexes.size === 0)
        return;
    const label = outcome.jobIds[0] ?? 'invalid';
    const path = (0,external_node_path_.join)(context.runnerTemp, `auth0-failed-users-${label}-${Date.now()}.json`);
    const written = await writeFailedUsers(settings.file, indexes, path);
    outcome.failedUsersFile = path;
    const omitted = outcome.reportOmitted > 0
        ? ` (the error report kept ${indexes.size} of ${outcome.errorCount} entries)`
        : '';
    context.logger.info(`Failed users, ready to fix and import again: ${path} (${written} users${omitted}).`);
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
