export const id = 986;
export const ids = [986];
export const modules = {

/***/ 1082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ChunkHasher)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The SHA-256 of each chunk's upload body (`[` + the file's bytes `start..end` + `]`, or with
 * skip_existing several ranges joined by commas), computed
 * from the reads of the validation pass, so that the upload can prove it sends exactly what was
 * validated (a file rewritten meanwhile is caught, not sent).
 *
 * Only bytes not yet hashed are kept: the hash advances to the end of every user as it is
 * planned, so about the bytes of the user being scanned are held.
 */
class ChunkHasher {
    /** Off: nothing is hashed and every digest is '' (PlanOptions.chunkSha256). */
    #enabled;
    /** Copies of the reads not yet wholly hashed, each with its file offset. */
    #pending = [];
    #readEnd = 0;
    #hash;
    /** File offset up to which the current chunk is hashed. */
    #hashedTo = 0;
    constructor(enabled = true) {
        this.#enabled = enabled;
    }
    /**
     * Every read of the file, in order, before its users are planned. The reader reuses one buffer
     * (scan.ts), so `bytes` is only held until `settle`, called once the users in it are planned.
     */
    onRead(bytes) {
        if (!this.#enabled)
            return;
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
        if (!this.#enabled)
            return previous;
        this.#hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update('[');
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
    /**
     * The bytes up to file offset `offset` are not part of any body (a user skip_existing leaves
     * out): they are never hashed, so nothing of them is kept.
     */
    skipTo(offset) {
        this.#hashedTo = Math.max(this.#hashedTo, offset);
        this.#pending = this.#pending.filter((read) => read.base + read.bytes.length > offset);
    }
    /** The current chunk goes on with another range of the file at `start`, after a comma. */
    joinRange(start) {
        this.#hash?.update(',');
        this.#hashedTo = start;
    }
    /** The digest of the current chunk (hex), closing it. */
    finishChunk() {
        const hash = this.#hash;
        this.#hash = undefined;
        return hash?.update(']').digest('hex');
    }
}


/***/ }),

/***/ 9345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   Hv: () => (/* binding */ OPEN_BRACE),
/* harmony export */   KE: () => (/* binding */ COMMA),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   WL: () => (/* binding */ OPEN_BRACKET),
/* harmony export */   Yv: () => (/* binding */ isWhitespace),
/* harmony export */   cM: () => (/* binding */ describeByte),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   r_: () => (/* binding */ BACKSLASH),
/* harmony export */   rc: () => (/* binding */ CLOSE_BRACE),
/* harmony export */   t6: () => (/* binding */ SPACE),
/* harmony export */   wZ: () => (/* binding */ countCharacters),
/* harmony export */   wn: () => (/* binding */ TAB),
/* harmony export */   wt: () => (/* binding */ CLOSE_BRACKET)
/* harmony export */ });
/** The bytes the users-file scanner tells apart, and small byte helpers. */
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
function isWhitespace(byte) {
    return byte === SPACE || byte === LF || byte === CR || byte === TAB;
}
/** A byte as an error message shows it: printable ASCII quoted, anything else in hex. */
function describeByte(byte) {
    if (byte >= 0x21 && byte < 0x7f)
        return `'${String.fromCharCode(byte)}'`;
    return `byte 0x${byte.toString(16).padStart(2, '0')}`;
}
/** Characters (code points) in UTF-8 `bytes`: every byte that does not continue a sequence. */
function countCharacters(bytes) {
    let count = 0;
    for (let k = 0; k < bytes.length; k++)
        if ((bytes[k] & 0xc0) !== 0x80)
            count++;
    return count;
}


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pA: () => (/* reexport */ DEFAULT_READ_SIZE),
  AW: () => (/* reexport */ JsonArrayScanner),
  Ng: () => (/* reexport */ readFileChunks),
  RH: () => (/* binding */ scanJsonArray),
  nJ: () => (/* binding */ scanJsonArrayFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/users/file-chunks.ts
/** Reading a users file in chunks into one reused buffer. */


const DEFAULT_READ_SIZE = 1 << 20;
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

// EXTERNAL MODULE: ./src/inputs/settings.ts
var settings = __webpack_require__(900);
// EXTERNAL MODULE: ./src/users/scan-bytes.ts
var scan_bytes = __webpack_require__(9345);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
        const next = afterValue(text, i, stack);
        if (typeof next !== 'number')
            return next;
        i = next;
    }
}
/**
 * After a value at `at`: closes the containers that end there and steps over the separator (and
 * the next property name). The offset of the next value, a fault, or undefined when the text is
 * one whole value.
 */
function afterValue(text, at, stack) {
    let i = at;
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
        if (top === OBJECT)
            return objectKey(text, i, 'Expected double-quoted property name');
        return i;
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

;// CONCATENATED MODULE: ./src/users/scan-state.ts
/**
 * What the users-file scanner remembers between bytes and between chunks, shared by its parts
 * (scan-element, scan-between, scan-top-object, scan-emit).
 */

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
function newScanState(path, maxElementBytes) {
    return {
        path,
        maxElementBytes,
        mode: Mode.Start,
        base: 0,
        line: 1,
        lineStart: 0,
        depth: 0,
        inString: false,
        escaped: false,
        primitive: false,
        index: 0,
        elementStart: 0,
        elementLine: 0,
        elementLineStart: 0,
        pieces: [],
        topObjectLine: 1,
        noLineBefore: 0,
    };
}
function fail(state, message, line = state.line) {
    throw new errors/* InputError */.dz('file', `${state.path}: line ${line}: ${message}`);
}

;// CONCATENATED MODULE: ./src/users/scan-emit.ts
/** Handing out one scanned element: its text, parsed on its own, or why it is not valid JSON. */




function startElement(state, offset) {
    state.elementStart = state.base + offset;
    state.elementLine = state.line;
    state.elementLineStart = state.lineStart;
    state.pieces = [];
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
function wholeLine(state, buf, from, onElement) {
    const lf = buf.indexOf(scan_bytes.LF, from);
    if (lf === -1)
        return -1;
    let end = lf;
    while (end > from && (0,scan_bytes/* isWhitespace */.Yv)(buf[end - 1]))
        end--;
    const next = end;
    if (buf[end - 1] === scan_bytes/* COMMA */.KE) {
        end--;
        while (end > from && (0,scan_bytes/* isWhitespace */.Yv)(buf[end - 1]))
            end--;
    }
    if (buf[end - 1] !== scan_bytes/* CLOSE_BRACE */.rc)
        return -(lf + 1);
    const text = buf.toString('utf8', from, end);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return -(lf + 1);
    }
    const index = state.index++;
    onElement({
        index,
        line: state.elementLine,
        start: state.base + from,
        end: state.base + end,
        text,
        value,
    });
    return next === end ? end : next;
}
/** The current element ends just before `endInChunk` of `buf`. */
function emit(state, buf, endInChunk, onElement) {
    const end = state.base + endInChunk;
    let text;
    if (state.pieces.length === 0) {
        text = buf.toString('utf8', state.elementStart - state.base, endInChunk);
    }
    else {
        state.pieces.push(buf.subarray(0, endInChunk));
        text = Buffer.concat(state.pieces).toString('utf8');
        state.pieces = [];
    }
    const index = state.index++;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        fail(state, `the user at index ${index} is not valid JSON: ${describeFault(state, text, buf)}`, state.elementLine);
    }
    onElement({ index, line: state.elementLine, start: state.elementStart, end, text, value });
}
/**
 * Why `text` (the current element) is not valid JSON, as a fixed description with a line and a
 * column: never V8's message, which quotes the text around the fault (a secret, as often as not).
 */
function describeFault(state, text, buf) {
    const fault = findSyntaxFault(text) ?? { at: 0, message: 'Not valid JSON' };
    const firstColumn = columnOf(state, state.elementLineStart, state.elementStart, buf) + 1;
    const { line, column } = lineAndColumn(text, fault.at, state.elementLine, firstColumn);
    return `${fault.message} on line ${line} column ${column}`;
}
/**
 * Characters between file offsets `from` and `to` of one line: counted in `buf` when it holds
 * them, else read back from the file (only on this error path; a minified file is one long line).
 */
function columnOf(state, from, to, buf) {
    if (from >= state.base && to <= state.base + buf.length) {
        return (0,scan_bytes/* countCharacters */.wZ)(buf.subarray(from - state.base, to - state.base));
    }
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(state.path, 'r');
        const block = Buffer.allocUnsafe(1 << 16);
        let count = 0;
        for (let at = from; at < to;) {
            const n = (0,external_node_fs_.readSync)(fd, block, 0, Math.min(block.length, to - at), at);
            if (n === 0)
                break;
            count += (0,scan_bytes/* countCharacters */.wZ)(block.subarray(0, n));
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

;// CONCATENATED MODULE: ./src/users/scan-between.ts
/** Scanning the array's structure between elements: `[`, `,`, `]`, whitespace, and their faults. */



/** Handles the byte at offset `i` of `buf` outside any element; returns the offset to go on from. */
function scanBetween(state, buf, i, onElement) {
    const b = buf[i];
    if (b === scan_bytes.LF) {
        state.line++;
        state.lineStart = state.base + i + 1;
        return i + 1;
    }
    if (b === scan_bytes/* SPACE */.t6 || b === scan_bytes.CR || b === scan_bytes/* TAB */.wn)
        return i + 1;
    switch (state.mode) {
        case Mode.Start:
            return atStart(state, b, i);
        case Mode.FirstElement:
        case Mode.NextElement:
            return atElement(state, buf, i, onElement);
        case Mode.AfterElement:
            if (b === scan_bytes/* COMMA */.KE)
                state.mode = Mode.NextElement;
            else if (b === scan_bytes/* CLOSE_BRACKET */.wt)
                state.mode = Mode.Done;
            else {
                fail(state, `expected ',' or ']' after the user at index ${state.index - 1}, found ${(0,scan_bytes/* describeByte */.cM)(b)}`);
            }
            return i + 1;
        default:
            return fail(state, `unexpected ${(0,scan_bytes/* describeByte */.cM)(b)} after the end of the users array (only whitespace may follow the closing ']')`);
    }
}
function atStart(state, b, i) {
    if (b === scan_bytes/* OPEN_BRACKET */.WL) {
        state.mode = Mode.FirstElement;
        return i + 1;
    }
    if (b === scan_bytes/* OPEN_BRACE */.Hv) {
        // Keep scanning the object so that NDJSON (an Auth0 export) can be told apart.
        state.mode = Mode.TopObject;
        state.topObjectLine = state.line;
        state.inString = false;
        state.escaped = false;
        state.depth = 1;
        return i + 1;
    }
    return fail(state, `the file is not a JSON array of users: expected '[' at the start, found ${(0,scan_bytes/* describeByte */.cM)(b)}. Auth0 needs a JSON array of user objects`);
}
/** Where an element (or the closing `]` after `[`) must come. */
function atElement(state, buf, i, onElement) {
    const b = buf[i];
    if (b === scan_bytes/* CLOSE_BRACKET */.wt) {
        if (state.mode === Mode.NextElement) {
            fail(state, `expected a user after ',', found ']' (a trailing comma is not valid JSON)`);
        }
        state.mode = Mode.Done;
        return i + 1;
    }
    if (b === scan_bytes/* COMMA */.KE) {
        fail(state, state.mode === Mode.FirstElement
            ? `expected a user or ']' after '[', found ','`
            : `expected a user after ',', found another ','`);
    }
    startElement(state, i);
    if (b === scan_bytes/* OPEN_BRACE */.Hv && i >= state.noLineBefore) {
        const next = wholeLine(state, buf, i, onElement);
        if (next > 0) {
            state.mode = buf[next - 1] === scan_bytes/* COMMA */.KE ? Mode.NextElement : Mode.AfterElement;
            return next;
        }
        // Not one user a line: not again before the next line.
        state.noLineBefore = next === -1 ? buf.length : -next;
    }
    state.mode = Mode.Element;
    state.depth = 0;
    state.inString = false;
    state.escaped = false;
    state.primitive = false;
    if (b === scan_bytes/* OPEN_BRACE */.Hv || b === scan_bytes/* OPEN_BRACKET */.WL)
        state.depth = 1;
    else if (b === scan_bytes/* QUOTE */.jA)
        state.inString = true;
    else
        state.primitive = true;
    return i + 1;
}

;// CONCATENATED MODULE: ./src/users/scan-element.ts
/**
 * Scanning inside one element, byte by byte (strings are skipped with `Buffer.indexOf`): finds
 * where it ends, tracking string/escape state and nesting depth across chunks.
 */



/**
 * Goes on with the current element from offset `i` of `buf`; returns the offset to go on from.
 * When the element ends there, it is emitted and the mode becomes `AfterElement`.
 */
function scanInElement(state, buf, i, onElement) {
    if (state.inString)
        return scan_element_scanString(state, buf, i, onElement);
    if (state.primitive)
        return scanPrimitive(state, buf, i, onElement);
    return scanNested(state, buf, i, onElement);
}
function scan_element_scanString(state, buf, i, onElement) {
    if (state.escaped) {
        state.escaped = false;
        return i + 1;
    }
    const len = buf.length;
    // Jump to the next quote that is not escaped.
    let q = buf.indexOf(scan_bytes/* QUOTE */.jA, i);
    while (q !== -1) {
        let k = q - 1;
        while (k >= i && buf[k] === scan_bytes/* BACKSLASH */.r_)
            k--;
        if (((q - 1 - k) & 1) === 0)
            break;
        q = buf.indexOf(scan_bytes/* QUOTE */.jA, q + 1);
    }
    if (q === -1) {
        // The string goes on in the next chunk; an odd run of backslashes escapes its first byte.
        let k = len - 1;
        while (k >= i && buf[k] === scan_bytes/* BACKSLASH */.r_)
            k--;
        state.escaped = ((len - 1 - k) & 1) === 1;
        return len;
    }
    state.inString = false;
    const next = q + 1;
    if (state.depth === 0) {
        emit(state, buf, next, onElement);
        state.mode = Mode.AfterElement;
    }
    return next;
}
/** A number or literal: up to the next delimiter. */
function scanPrimitive(state, buf, from, onElement) {
    const len = buf.length;
    let i = from;
    while (i < len) {
        const b = buf[i];
        if ((0,scan_bytes/* isWhitespace */.Yv)(b) || b === scan_bytes/* COMMA */.KE || b === scan_bytes/* CLOSE_BRACKET */.wt)
            break;
        i++;
    }
    if (i === len)
        return len;
    emit(state, buf, i, onElement);
    state.mode = Mode.AfterElement;
    return i;
}
/** Inside an object or array, outside strings: up to the next string or the element's end. */
function scanNested(state, buf, from, onElement) {
    const len = buf.length;
    let i = from;
    let depth = state.depth;
    while (i < len) {
        const b = buf[i];
        i++;
        if (b === scan_bytes/* QUOTE */.jA) {
            state.inString = true;
            break;
        }
        if (b === scan_bytes/* OPEN_BRACE */.Hv || b === scan_bytes/* OPEN_BRACKET */.WL)
            depth++;
        else if (b === scan_bytes/* CLOSE_BRACE */.rc || b === scan_bytes/* CLOSE_BRACKET */.wt) {
            if (--depth === 0) {
                state.depth = 0;
                emit(state, buf, i, onElement);
                state.mode = Mode.AfterElement;
                return i;
            }
        }
        else if (b === scan_bytes.LF) {
            state.line++;
            state.lineStart = state.base + i;
        }
    }
    state.depth = depth;
    return i;
}

;// CONCATENATED MODULE: ./src/users/scan-top-object.ts
/** A file that starts with `{` instead of `[`: tells one JSON object from NDJSON (an Auth0 export). */


/** Scans the top-level object from offset `from` of `buf`, then whatever follows it. */
function scanTopObject(state, buf, from) {
    const len = buf.length;
    for (let i = from; i < len; i++) {
        const b = buf[i];
        if (state.mode === Mode.TopObject)
            inTopObject(state, b);
        else if (b === scan_bytes.LF)
            state.line++;
        else if (!(0,scan_bytes/* isWhitespace */.Yv)(b))
            afterTopObject(state, b);
    }
}
function inTopObject(state, b) {
    if (state.inString) {
        if (state.escaped)
            state.escaped = false;
        else if (b === scan_bytes/* BACKSLASH */.r_)
            state.escaped = true;
        else if (b === scan_bytes/* QUOTE */.jA)
            state.inString = false;
    }
    else if (b === scan_bytes/* QUOTE */.jA)
        state.inString = true;
    else if (b === scan_bytes/* OPEN_BRACE */.Hv || b === scan_bytes/* OPEN_BRACKET */.WL)
        state.depth++;
    else if (b === scan_bytes/* CLOSE_BRACE */.rc || b === scan_bytes/* CLOSE_BRACKET */.wt) {
        if (--state.depth === 0)
            state.mode = Mode.AfterTopObject;
    }
    else if (b === scan_bytes.LF)
        state.line++;
}
function afterTopObject(state, b) {
    if (b === scan_bytes/* OPEN_BRACE */.Hv) {
        fail(state, 'the file is NDJSON (one JSON object per line), not a JSON array. Auth0 needs a JSON array of users; an Auth0 export is NDJSON, convert it (wrap the objects in [ ] and separate them with commas)', state.topObjectLine);
    }
    return fail(state, `the file starts with a JSON object, not an array (then ${(0,scan_bytes/* describeByte */.cM)(b)} on line ${state.line}). Auth0 needs a JSON array of users`, state.topObjectLine);
}

;// CONCATENATED MODULE: ./src/users/json-array-scanner.ts
/**
 * The push-based scanner of a users file: a top-level JSON array, possibly gigabytes long, fed
 * in chunks. Each top-level element is handed out with its exact raw text, its byte offsets in
 * the file and the line it starts on, and is `JSON.parse`d on its own — the whole file is never
 * held in memory or parsed at once. The byte-level parts live in scan-between (the array's
 * structure), scan-element (inside one element), scan-emit (handing one out) and scan-top-object.
 */





/**
 * `push` every chunk of the file in order, then call `finish`. Elements are handed to the
 * callback given to `push`; errors are thrown as `InputError('file', …)`.
 */
class JsonArrayScanner {
    state;
    bomChecked = false;
    /** The first one or two bytes of the file, while they might begin a BOM. */
    head;
    /**
     * @param path named in error messages
     * @param maxElementBytes an element still open after this many bytes is an error (default:
     *   Auth0's largest file; stops an unclosed bracket from buffering the rest of a huge file)
     */
    constructor(path, maxElementBytes = settings/* AUTH0_MAX_IMPORT_BYTES */.s) {
        this.state = newScanState(path, maxElementBytes);
    }
    get path() {
        return this.state.path;
    }
    /** Number of elements seen so far. */
    get count() {
        return this.state.index;
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
        scanChunk(this.state, buf, from, onElement);
    }
    /** Call once after the last chunk. Throws if the file did not hold one complete array. */
    finish() {
        if (this.head) {
            const head = this.head;
            this.head = undefined;
            this.bomChecked = true;
            scanChunk(this.state, head, 0, () => { });
        }
        const message = endOfFileFault(this.state);
        if (message === undefined)
            return;
        const line = this.state.mode === Mode.TopObject || this.state.mode === Mode.AfterTopObject
            ? this.state.topObjectLine
            : this.state.line;
        fail(this.state, message, line);
    }
}
function scanChunk(state, buf, from, onElement) {
    const len = buf.length;
    let i = from;
    state.noLineBefore = 0;
    while (i < len && state.mode !== Mode.TopObject && state.mode !== Mode.AfterTopObject) {
        i =
            state.mode === Mode.Element
                ? scanInElement(state, buf, i, onElement)
                : scanBetween(state, buf, i, onElement);
    }
    if (state.mode === Mode.TopObject || state.mode === Mode.AfterTopObject) {
        scanTopObject(state, buf, i);
    }
    else if (state.mode === Mode.Element) {
        keepUnfinished(state, buf);
    }
    state.base += len;
}
/** Keeps the bytes of this chunk that belong to the element still open at its end. */
function keepUnfinished(state, buf) {
    const size = state.base + buf.length - state.elementStart;
    if (size > state.maxElementBytes) {
        fail(state, `the user at index ${state.index} (starting on line ${state.elementLine}) is over ${state.maxElementBytes} bytes and still not closed on line ${state.line}: Auth0 accepts at most ${state.maxElementBytes} bytes per file (is a closing bracket or quote missing?)`, state.elementLine);
    }
    // Copied: the caller may reuse `buf` for the next chunk.
    state.pieces.push(Buffer.from(buf.subarray(Math.max(0, state.elementStart - state.base))));
}
/** Why the file cannot end where it did, or undefined when it held one complete array. */
function endOfFileFault(state) {
    switch (state.mode) {
        case Mode.Done:
            return undefined;
        case Mode.Start:
            return state.base === 0
                ? 'the file is empty: expected a JSON array of users'
                : 'the file holds only whitespace: expected a JSON array of users';
        case Mode.TopObject:
            return 'the file starts with a JSON object that is never closed. Auth0 needs a JSON array of users';
        case Mode.AfterTopObject:
            return 'the file is a single JSON object, not an array. Auth0 needs a JSON array of users (wrap the user in [ ])';
        case Mode.Element:
            return `the file ends inside the user at index ${state.index} (which starts on line ${state.elementLine}): the array is truncated`;
        case Mode.FirstElement:
            return `the file ends after '[': expected a user or ']' (the array is truncated)`;
        case Mode.NextElement:
            return `the file ends after ',': expected a user (the array is truncated)`;
        default:
            return `the file ends after the user at index ${state.index - 1}: expected ',' or ']' (the array is truncated)`;
    }
}

;// CONCATENATED MODULE: ./src/users/scan.ts
/**
 * Streaming scan of a users file: a top-level JSON array, possibly gigabytes long, read in large
 * chunks into one reused buffer (file-chunks) and split into elements (json-array-scanner).
 */




/**
 * Scans `path` and calls `onElement` for every element of its top-level array, in order, as soon
 * as it is read (nothing is kept). Resolves after the whole file was checked.
 */
async function scanJsonArrayFile(path, onElement, options = {}) {
    const scanner = new JsonArrayScanner(path, options.maxElementBytes);
    for await (const chunk of readFileChunks(path, options.highWaterMark)) {
        options.onChunk?.(chunk);
        scanner.push(chunk, onElement);
        await options.afterChunk?.();
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
