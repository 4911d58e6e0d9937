export const id = 89;
export const ids = [89];
export const modules = {

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readChunk),
/* harmony export */   r: () => (/* binding */ usersOfChunk)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);
/** A chunk's upload body read back from the users file, and the users in it. */


/** The exact upload body of `chunk`: `[`, the file's bytes `start..end`, `]`. */
async function readChunk(path, chunk) {
    const length = chunk.end - chunk.start;
    const body = Buffer.allocUnsafe(length + 2);
    body[0] = 0x5b;
    body[length + 1] = 0x5d;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        let read = 0;
        while (read < length) {
            const { bytesRead } = await handle.read(body, 1 + read, length - read, chunk.start + read);
            if (bytesRead === 0) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('file', `${path}: the file changed while it was being imported (it ends before byte ${chunk.end} of chunk ${chunk.index + 1})`);
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


/***/ }),

/***/ 5821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ HASH_WORKER_MIN_BYTES),
/* harmony export */   q: () => (/* binding */ hashFileInWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
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
            worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(HASHER, {
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


/***/ }),

/***/ 8089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ fileSize),
  planUsersFileHere: () => (/* binding */ planUsersFileHere)
});

// UNUSED EXPORTS: DEFAULT_MAX_INVALID

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/users/duplicates.ts
var duplicates = __webpack_require__(4472);
// EXTERNAL MODULE: ./src/users/file-hash.ts
var file_hash = __webpack_require__(5821);
// EXTERNAL MODULE: ./src/inputs/settings.ts
var settings = __webpack_require__(900);
// EXTERNAL MODULE: ./src/users/chunk-body.ts
var chunk_body = __webpack_require__(7394);
// EXTERNAL MODULE: ./src/users/chunk-hash.ts
var chunk_hash = __webpack_require__(1082);
;// CONCATENATED MODULE: ./src/users/chunk-targets.ts
/**
 * Where the chunks of a users file end (plan-builder.ts): an even number of chunks of about the
 * same size, each within chunk_size.
 *
 * Why not greedy (each chunk filled up to chunk_size): Auth0 runs two import jobs at a time
 * (src/import/slots.ts), and a job's time grows with its users. A greedy split into an odd number
 * of chunks ends with one job running alone, a whole job's time with one slot idle; and its last
 * chunk is short while the others are full, so the last round is uneven too. Cut into an even
 * number of equal chunks, every round keeps both slots busy to the end (a 32 MB file: 64 equal
 * chunks in 32 rounds instead of 65 greedy ones in 33).
 *
 * The rule: `count` is the smallest even number of chunk_size chunks that the file's bytes could
 * fill (1 when the file fits in one), and chunk k ends before the first user that starts at or
 * past (k + 1) / count of the file. When the next user would take a chunk over chunk_size before
 * its share is reached (users much bigger than the room left), the chunk ends there and the rest
 * of the file is shared again the same way, the total kept even. The count can still come out odd
 * when users are as big as the shares (three users of nearly chunk_size make three chunks).
 * Only the file's size and its users' offsets decide: the same file always gets the same chunks,
 * which the progress record checks on resume (src/resume-record/record-read.ts).
 */
class ChunkTargets {
    fileBytes;
    budget;
    /** Chunks planned (grows by two when a chunk ends early). */
    #count;
    /** The chunks from `#first` on share the bytes from `#from` to the end of the file. */
    #first = 0;
    #from = 0;
    /** `fileBytes` undefined (the file could not be read yet): greedy, the scan says why. */
    constructor(fileBytes, budget) {
        this.fileBytes = fileBytes;
        this.budget = budget;
        const least = fileBytes === undefined ? 1 : Math.ceil(fileBytes / budget);
        this.#count = least <= 1 ? 1 : least + (least % 2);
    }
    /**
     * Whether the chunk `index`, which starts at byte `chunkStart`, ends before the user at bytes
     * `start..end` (who then starts chunk `index + 1`).
     */
    endsBefore(index, chunkStart, start, end) {
        if (end - chunkStart + 2 > this.budget) {
            if (this.fileBytes !== undefined)
                this.#shareAgain(index, start);
            return true;
        }
        return start >= this.#end(index);
    }
    /** The offset from which a user starts the chunk after `index`. */
    #end(index) {
        const next = index + 1;
        if (this.fileBytes === undefined || next >= this.#count)
            return Number.POSITIVE_INFINITY;
        const share = (this.fileBytes - this.#from) / (this.#count - this.#first);
        return Math.floor(this.#from + (next - this.#first) * share);
    }
    /**
     * Chunk `index` ended early at `start`: the rest of the file is shared again among the fewest
     * chunk_size chunks it needs, one more when that would make the total odd.
     */
    #shareAgain(index, start) {
        const rest = Math.max(1, Math.ceil((this.fileBytes - start) / this.budget));
        const count = index + 1 + rest;
        this.#count = count + (count % 2);
        this.#first = index + 1;
        this.#from = start;
    }
}

// EXTERNAL MODULE: ./src/users/identity.ts
var identity = __webpack_require__(4208);
// EXTERNAL MODULE: ./src/users/redact.ts
var redact = __webpack_require__(3347);
// EXTERNAL MODULE: ./src/users/scan.ts + 8 modules
var scan = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/users/plan-builder.ts









class PlanBuilder {
    path;
    hasher;
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
    /** Where chunks end: an even number of about equal size (chunk-targets.ts says why). */
    targets;
    chunkSize;
    maxInvalid;
    maxInvalidBytes;
    constructor(path, settings) {
        this.path = path;
        this.chunkSize = settings.chunkSize;
        this.maxInvalid = settings.maxInvalid;
        this.maxInvalidBytes = settings.maxInvalidBytes;
        this.duplicates = new duplicates/* DuplicateLog */.KG(settings.duplicateMemoryKeys);
        this.hasher = new chunk_hash/* ChunkHasher */.D(settings.hashChunks);
        this.targets = new ChunkTargets(settings.fileBytes, settings.chunkSize);
    }
    /**
     * Puts the user at `index` (bytes `start..end`, starting on `line`) into a chunk. Users must
     * come in file order; their errors come later, through `recordErrors`, also in file order
     * (plan-parallel.ts, verdicts-in-line.ts).
     */
    planUser(index, line, start, end) {
        const size = end - start;
        this.totalUsers = index + 1;
        this.checkSize(index, line, size);
        const current = this.current;
        if (current && !this.targets.endsBefore(current.index, current.start, start, end)) {
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
    }
    /**
     * The errors of the user at `index` (`[]` when valid), in file order. `user` gives its redacted
     * value, asked only when it is kept.
     */
    recordErrors(index, line, size, errors, user) {
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
        if (size + 2 > settings/* AUTH0_MAX_IMPORT_BYTES */.s) {
            throw new errors/* InputError */.dz('file', `${this.path}: line ${line}: the user at index ${index} is ${size} bytes; Auth0 accepts at most ${settings/* AUTH0_MAX_IMPORT_BYTES */.s} bytes per import file, so this user cannot be imported. Make it smaller (e.g. its metadata).`);
        }
        throw new errors/* InputError */.dz('chunk_size', `${this.path}: line ${line}: the user at index ${index} is ${size} bytes, too big for chunk_size ${this.chunkSize} (a chunk needs ${size + 2} bytes with its brackets). Raise chunk_size to at least ${size + 2} (at most ${settings/* AUTH0_MAX_IMPORT_BYTES */.s}).`);
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
                for (const kind of identity/* IDENTITY_KINDS */.vG) {
                    const key = (0,identity/* identityKey */.US)(value, kind);
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
            list.push((0,identity/* duplicateError */.cv)(kind, earlier));
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
            const scanner = new scan/* JsonArrayScanner */.AW(this.path);
            const firstLine = this.chunkLines[c];
            scanner.push(await (0,chunk_body/* readChunk */.a)(this.path, chunk), (element) => {
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

// EXTERNAL MODULE: ./src/users/scan-bytes.ts
var scan_bytes = __webpack_require__(9345);
;// CONCATENATED MODULE: ./src/users/user-lines.ts
/**
 * The one-user-a-line layout (how exports and most generators write a users file): `[` on a line
 * of its own, then one user object a line, each but the last followed by a comma, then `]`.
 * Finding the users of such a file needs only its line breaks, so a block of whole lines can be
 * handed to another thread (plan-parallel.ts). A raw line break cannot occur inside a JSON string,
 * so a line that parses as one object is exactly the element the byte-by-byte scan (scan.ts) would
 * find; whether each line parses is checked where it is parsed (validate-block.ts).
 */

const Expect = {
    /** Before `[`. */
    Open: 0,
    /** After `[`: a user. */
    First: 1,
    /** After a user's comma: a user. */
    Next: 2,
    /** After a user without a comma: `]`. */
    Close: 3,
    /** After `]`: only blank lines. */
    End: 4,
};
class UserLines {
    #expect = Expect.Open;
    #line = 1;
    #atFileStart = true;
    /**
     * The users in `buf` (whole lines of the file from offset `base`; the last block may end
     * without a line break), the first of them the file's user `firstIndex`, or undefined as soon
     * as a line is not of this layout.
     */
    scan(buf, base, firstIndex) {
        const spans = [];
        let from = 0;
        if (this.#atFileStart) {
            this.#atFileStart = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                from = 3;
        }
        while (from < buf.length) {
            let lf = buf.indexOf(scan_bytes.LF, from);
            if (lf === -1)
                lf = buf.length;
            if (!this.#takeLine(buf, from, lf, base, spans))
                return undefined;
            this.#line++;
            from = lf + 1;
        }
        return { spans: Float64Array.from(spans), count: spans.length / 3, firstIndex };
    }
    /** Whether the file ended where this layout lets it. */
    get complete() {
        return this.#expect === Expect.End;
    }
    #takeLine(buf, from, to, base, spans) {
        let start = from;
        let end = to;
        while (start < end && (0,scan_bytes/* isWhitespace */.Yv)(buf[start]))
            start++;
        while (end > start && (0,scan_bytes/* isWhitespace */.Yv)(buf[end - 1]))
            end--;
        if (start === end)
            return true;
        const first = buf[start];
        const single = end - start === 1;
        switch (this.#expect) {
            case Expect.Open:
                this.#expect = Expect.First;
                return single && first === scan_bytes/* OPEN_BRACKET */.WL;
            case Expect.First:
            case Expect.Next: {
                if (first !== scan_bytes/* OPEN_BRACE */.Hv)
                    return false;
                const comma = buf[end - 1] === scan_bytes/* COMMA */.KE;
                if (comma) {
                    end--;
                    while (end > start && (0,scan_bytes/* isWhitespace */.Yv)(buf[end - 1]))
                        end--;
                }
                if (buf[end - 1] !== scan_bytes/* CLOSE_BRACE */.rc)
                    return false;
                spans.push(base + start, base + end, this.#line);
                this.#expect = comma ? Expect.Next : Expect.Close;
                return true;
            }
            case Expect.Close:
                this.#expect = Expect.End;
                return single && first === scan_bytes/* CLOSE_BRACKET */.wt;
            default:
                return false;
        }
    }
}

// EXTERNAL MODULE: ./src/users/validate-block.ts
var validate_block = __webpack_require__(1164);
// EXTERNAL MODULE: ./src/users/validate-thread.ts
var validate_thread = __webpack_require__(2517);
;// CONCATENATED MODULE: ./src/users/plan-parallel.ts
/**
 * The validation pass on both cores, for files in the one-user-a-line layout (user-lines.ts).
 *
 * Why: parsing and validating each user is most of the pass (bench/validate-speed.ts), and one
 * core does it at about the speed of `JSON.parse` of the whole file; the runner has two. This
 * thread reads the file in blocks of whole lines, finds the users by their line breaks, hashes
 * and plans the chunks (that needs only where users start and end), and hands each block to the
 * worker (validate-thread.ts) while the worker has fewer than two, else validates it itself: the
 * thread with time takes the next block. Verdicts are applied in file order, so the plan is the
 * one the one-thread pass (plan-here.ts) makes, user for user.
 *
 * Anything else — another layout, a line that does not parse, a user too big, the worker
 * failing — gives up (undefined): the caller then plans the file in one pass, which also gives
 * the exact message of the file's first fault.
 */





/**
 * Bytes read at a time; a block is the whole lines among them. 512 KB: 1 MB blocks peaked higher
 * (more bytes in flight between the threads), 256 KB ones were no faster (bench/validate-speed.ts).
 */
const BLOCK_BYTES = 512 << 10;
/** Blocks the worker may hold at once: one it works on, one waiting, so it never idles. */
const WORKER_QUEUE = 2;
/**
 * Block buffers, shared with the worker: the ones it holds, the one being read, one to spare.
 * Shared memory, not buffers moved back and forth: each move made a new buffer in the receiving
 * thread, and the collector ran on every few megabytes of them.
 */
const SLOTS = WORKER_QUEUE + 2;
/** Plans the file into `pass.builder` on two threads: its size and hash, or undefined (above). */
async function planInParallel(pass) {
    const verdicts = new VerdictsInOrder(pass.builder);
    const slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(BLOCK_BYTES));
    const free = slots.map((_, slot) => slot);
    let wake;
    const worker = (0,validate_thread/* takeValidateWorker */.MA)(pass.entry);
    worker.begin(pass.budget, slots, (block, verdict, slot) => {
        free.push(slot);
        verdicts.settle(block, verdict);
        wake?.();
    }, () => {
        verdicts.gaveUp = true;
        wake?.();
    });
    const own = { ...pass.budget };
    let workerBlocks = 0;
    try {
        const reading = { ...pass, slots, free };
        const hashed = await readBlocks(reading, async (block, slot, bytes, base, users) => {
            verdicts.expect(block, users);
            if (worker.outstanding < WORKER_QUEUE && !worker.failed) {
                workerBlocks++;
                const { spans, firstIndex } = users;
                worker.send({ block, slot, length: bytes.length, base, spans, firstIndex });
            }
            else {
                const verdict = await (0,validate_block/* validateBlock */.Y)(bytes, base, users.spans, users.firstIndex, own);
                verdicts.settle(block, verdict);
                free.push(slot);
            }
            return !verdicts.gaveUp;
        });
        while (hashed && !verdicts.gaveUp && !verdicts.complete) {
            await new Promise((resolve) => {
                wake = resolve;
            });
        }
        if (!hashed || verdicts.gaveUp)
            return undefined;
        return { ...hashed, workerBlocks, blocks: verdicts.blocks };
    }
    finally {
        await worker.stop();
    }
}
/** The blocks' verdicts, applied to the plan in file order whichever thread gave them first. */
class VerdictsInOrder {
    #builder;
    #pending = new Map();
    #applied = 0;
    blocks = 0;
    /** A block did not parse, or the worker failed: the plan is made in one pass instead. */
    gaveUp = false;
    constructor(builder) {
        this.#builder = builder;
    }
    /** Block `block`, holding `users`, is on its way to a thread. */
    expect(block, users) {
        this.#pending.set(block, { users });
        this.blocks++;
    }
    settle(block, verdict) {
        const at = this.#pending.get(block);
        if (at)
            at.verdict = verdict;
        if (!verdict.parsed)
            this.gaveUp = true;
        for (let next = this.#pending.get(this.#applied); next?.verdict && !this.gaveUp;) {
            applyVerdict(this.#builder, next.users, next.verdict);
            this.#pending.delete(this.#applied++);
            next = this.#pending.get(this.#applied);
        }
    }
    /** Every block expected so far is applied. */
    get complete() {
        return this.#pending.size === 0;
    }
}
function applyVerdict(builder, users, verdict) {
    for (const { index, errors, user } of verdict.invalid) {
        const k = (index - users.firstIndex) * 3;
        const size = users.spans[k + 1] - users.spans[k];
        builder.recordErrors(index, users.spans[k + 2], size, errors, () => user);
    }
    builder.duplicates.addRecords(verdict.keys);
}
/**
 * Reads the file in blocks of whole lines, plans their users and hands each block on (`onBlock`
 * owns its slot, and puts it back in `free` when done with it; false stops the reading).
 * Undefined when the file is not in the layout, or a user cannot be planned.
 */
async function readBlocks(reading, onBlock) {
    const { builder, slots, free } = reading;
    const handle = await (0,promises_.open)(reading.path, 'r');
    try {
        const lines = new UserLines();
        const hash = reading.fileSha256 ? (0,external_node_crypto_.createHash)('sha256') : undefined;
        let carry = Buffer.alloc(0);
        let position = 0;
        let index = 0;
        let block = 0;
        for (;;) {
            // A line that fills a whole block is longer than any user Auth0 takes: not this layout.
            if (carry.length === BLOCK_BYTES)
                return undefined;
            const slot = free.pop();
            if (slot === undefined)
                throw new Error('internal: no free block buffer');
            const buffer = Buffer.from(slots[slot]);
            carry.copy(buffer);
            const { bytesRead } = await handle.read(buffer, carry.length, BLOCK_BYTES - carry.length);
            const filled = carry.length + bytesRead;
            const atEnd = bytesRead === 0;
            if (atEnd && filled === 0)
                break;
            const lastBreak = atEnd ? filled - 1 : buffer.lastIndexOf(0x0a, filled - 1);
            carry = Buffer.from(buffer.subarray(lastBreak + 1, filled));
            if (lastBreak < 0) {
                free.push(slot);
                continue; // no whole line yet: read on
            }
            const bytes = buffer.subarray(0, lastBreak + 1);
            const users = lines.scan(bytes, position, index);
            if (!users || !planUsers(builder, users, bytes, hash))
                return undefined;
            index += users.count;
            position += bytes.length;
            if (!(await onBlock(block++, slot, bytes, position - bytes.length, users)))
                return undefined;
            if (atEnd)
                break;
        }
        if (!lines.complete)
            return undefined;
        return { bytes: position, sha256: hash?.digest('hex') ?? '' };
    }
    finally {
        await handle.close();
    }
}
/** Hashes a block and puts its users into chunks; false when a user does not fit any. */
function planUsers(builder, users, bytes, hash) {
    hash?.update(bytes);
    builder.hasher.onRead(bytes);
    const { spans } = users;
    try {
        for (let k = 0; k < users.count; k++) {
            const at = k * 3;
            const line = spans[at + 2];
            builder.planUser(users.firstIndex + k, line, spans[at], spans[at + 1]);
        }
    }
    catch {
        return false;
    }
    builder.hasher.settle();
    return true;
}

// EXTERNAL MODULE: ./src/users/verdict-now.ts
var verdict_now = __webpack_require__(6808);
;// CONCATENATED MODULE: ./src/users/verdicts-in-line.ts


class VerdictsInLine {
    #builder;
    /** Parsed users of the current chunk: at most one read of the file's worth, once a run. */
    #waiting = [];
    constructor(builder) {
        this.#builder = builder;
    }
    /** The errors of the user at `index` (already planned), now or at the end of the chunk. */
    add(index, line, size, value) {
        const errors = (0,verdict_now/* verdictNow */.Q)(value);
        if (errors)
            this.#record(index, line, size, value, errors);
        else
            this.#waiting.push({ index, line, size, value });
    }
    /** Records the users waiting, in order, after loading the generated validator for them. */
    async settle() {
        if (this.#waiting.length === 0)
            return;
        const schemaErrors = await (0,verdict_now/* loadFullValidation */.P)();
        for (const { index, line, size, value } of this.#waiting) {
            this.#record(index, line, size, value, schemaErrors(value));
        }
        this.#waiting = [];
    }
    #record(index, line, size, value, errors) {
        this.#builder.recordErrors(index, line, size, errors, () => (0,redact/* redactUser */.fk)(value));
    }
}

;// CONCATENATED MODULE: ./src/users/plan-here.ts
/**
 * The one streaming pass of plan.ts in the calling thread: scan, validate, hash and split the
 * users file (plan-thread.ts runs this same pass in a worker for big files).
 */









const DEFAULT_MAX_INVALID = 10_000;
const DEFAULT_MAX_INVALID_BYTES = 32 << 20;
/**
 * planUsersFile in this thread (plan-thread.ts runs it in a worker for big files), or on this
 * thread and one more for files of one user a line (`way.parallelEntry`).
 */
async function planUsersFileHere(path, options, way = {}) {
    const { chunkSize } = options;
    if (!Number.isInteger(chunkSize) || chunkSize < 3) {
        throw new errors/* InputError */.dz('chunk_size', `chunk_size must be a whole number of bytes, got ${chunkSize}`);
    }
    const settings = {
        chunkSize,
        maxInvalid: options.maxInvalid ?? DEFAULT_MAX_INVALID,
        maxInvalidBytes: options.maxInvalidBytes ?? DEFAULT_MAX_INVALID_BYTES,
        duplicateMemoryKeys: options.duplicateMemoryKeys,
        hashChunks: options.chunkSha256 ?? true,
        fileBytes: way.fileBytes ?? (await fileSize(path)),
    };
    const entry = way.parallelEntry;
    if (entry) {
        const budget = { users: settings.maxInvalid, bytes: settings.maxInvalidBytes };
        const fileSha256 = options.fileSha256 ?? true;
        const plan = await withBuilder(path, settings, async (builder) => {
            const hashed = await planInParallel({ path, builder, budget, entry, fileSha256 });
            return hashed && (await builder.finish(hashed.bytes, hashed.sha256));
        });
        if (plan)
            return plan;
    }
    return withBuilder(path, settings, async (builder) => {
        const hashing = options.fileSha256 === false ? 'none' : way.hashBeside ? 'beside' : 'here';
        const { bytes, sha256 } = await planInOneThread(path, builder, options.highWaterMark, hashing);
        return builder.finish(bytes, sha256);
    });
}
/** The file's size, or undefined when it cannot be read (the scan then says why). */
function fileSize(path) {
    return (0,promises_.stat)(path).then((stats) => stats.size, () => undefined);
}
async function withBuilder(path, settings, pass) {
    const builder = new PlanBuilder(path, settings);
    try {
        return await pass(builder);
    }
    finally {
        // A pass that failed half-way leaves no spill files behind.
        builder.duplicates.discard();
    }
}
async function planInOneThread(path, builder, highWaterMark, hashing) {
    const inWorker = hashing === 'beside' ? (0,file_hash/* hashFileInWorker */.q)(path, highWaterMark ?? scan/* DEFAULT_READ_SIZE */.pA) : undefined;
    const hash = hashing === 'here' ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    let bytes = 0;
    const verdicts = new VerdictsInLine(builder);
    await (0,scan/* scanJsonArrayFile */.nJ)(path, (element) => {
        const { index, line, start, end, value } = element;
        builder.planUser(index, line, start, end);
        verdicts.add(index, line, end - start, value);
        (0,duplicates/* logKeys */.HR)(builder.duplicates, index, value);
    }, {
        highWaterMark,
        onChunk: (chunk) => {
            hash?.update(chunk);
            builder.hasher.onRead(chunk);
            bytes += chunk.length;
        },
        afterChunk: () => {
            builder.hasher.settle();
            return verdicts.settle();
        },
    });
    if (hash)
        return { bytes, sha256: hash.digest('hex') };
    if (!inWorker)
        return { bytes, sha256: '' };
    const hashed = (await inWorker) ?? (await hashFile(path, highWaterMark));
    if (hashed.bytes !== bytes) {
        throw new errors/* InputError */.dz('file', `${path}: the file changed while it was being validated`);
    }
    return hashed;
}
async function hashFile(path, readSize) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,scan/* readFileChunks */.Ng)(path, readSize)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { bytes, sha256: hash.digest('hex') };
}


/***/ })

};
