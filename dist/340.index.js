export const id = 340;
export const ids = [340];
export const modules = {

/***/ 3340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UE: () => (/* binding */ FIRST_INDEXES),
/* harmony export */   hJ: () => (/* binding */ planPass),
/* harmony export */   q9: () => (/* binding */ actionAt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _users_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2551);
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


/***/ }),

/***/ 2551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RH: () => (/* binding */ scanJsonArray),
/* harmony export */   nJ: () => (/* binding */ scanJsonArrayFile)
/* harmony export */ });
/* unused harmony exports DEFAULT_READ_SIZE, JsonArrayScanner, readFileChunks */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8750);
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
    constructor(path, maxElementBytes = _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .AUTH0_MAX_IMPORT_BYTES */ .s) {
        this.path = path;
        this.maxElementBytes = maxElementBytes;
    }
    /** Number of elements seen so far. */
    get count() {
        return this.index;
    }
    fail(message, line = this.line) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('file', `${this.path}: line ${line}: ${message}`);
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
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('file', code === 'ENOENT'
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


/***/ })

};
