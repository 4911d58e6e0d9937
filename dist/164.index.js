export const id = 164;
export const ids = [164];
export const modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 4472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ logKeys),
/* harmony export */   KG: () => (/* binding */ DuplicateLog),
/* harmony export */   sS: () => (/* binding */ KeyRecords)
/* harmony export */ });
/* unused harmony export secondHash */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4208);
/**
 * Users listed twice, found in memory that does not grow with the file.
 *
 * During the pass every email / user_id / username is logged as a 64-bit fingerprint (two
 * independent 32-bit hashes) with its user's index: 12 bytes a key, buffered up to a fixed budget
 * (4 MiB) and then spilled to 64 temporary files by fingerprint. After the pass each partition (1/64 of
 * the keys) is loaded on its own and equal fingerprints are grouped. A group is only a candidate:
 * the real values of its users are read back from the users file and compared, so a fingerprint
 * collision never reports a false duplicate, and every real one is found (equal values always
 * have equal fingerprints). 10 million users (30 million keys) are 360 MB on disk and about 6 MB
 * per partition in memory.
 */




const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
/** Keys kept in memory before the log spills to disk (12 bytes each: 4 MiB, and as much again to sort them). */
const DEFAULT_MEMORY_KEYS = (4 << 20) / 12;
/** A second 32-bit hash of `key`, independent of `hashKey` (FNV-1a, then murmur's finaliser). */
function secondHash(kindNo, key) {
    let h = (0x811c9dc5 ^ Math.imul(kindNo + 1, 0x27d4eb2f)) >>> 0;
    for (let k = 0; k < key.length; k++)
        h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** Logs the email, user_id and username of the user at `index` (those it has). */
function logKeys(log, index, user) {
    for (let kindNo = 0; kindNo < _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG.length; kindNo++) {
        const kind = _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG[kindNo];
        const key = (0,_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .identityKey */ .US)(user, kind);
        if (key !== undefined)
            log.add((0,_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN)(kind, key), secondHash(kindNo, key), index, kindNo);
    }
}
/** The keys of one block of users, in DuplicateLog's record layout, to be logged later in order. */
class KeyRecords {
    words = new Uint32Array(3 * 1024);
    count = 0;
    add(first, second, index, kindNo) {
        if (this.count * 3 === this.words.length) {
            const grown = new Uint32Array(this.words.length * 2);
            grown.set(this.words);
            this.words = grown;
        }
        const at = this.count++ * 3;
        this.words[at] = first;
        this.words[at + 1] = second;
        this.words[at + 2] = index * 4 + kindNo;
    }
    /** The records, trimmed. */
    get records() {
        return this.words.slice(0, this.count * 3);
    }
}
class DuplicateLog {
    /** Records of three words: first hash, second hash, index × 4 + kind number. */
    records;
    count = 0;
    /** The records of one partition at a time; reused, so that spilling makes no garbage. */
    scratch = new Uint32Array(0);
    dir;
    memoryKeys;
    constructor(memoryKeys = DEFAULT_MEMORY_KEYS) {
        this.memoryKeys = Math.max(16, Math.floor(memoryKeys));
        this.records = new Uint32Array(3 * Math.min(this.memoryKeys, 1 << 12));
    }
    add(first, second, index, kindNo) {
        this.#push(first, second, index * 4 + kindNo);
    }
    /** Logs records made by `KeyRecords` (three words a key), in file order after those before. */
    addRecords(records) {
        for (let at = 0; at + 2 < records.length; at += 3) {
            this.#push(records[at], records[at + 1], records[at + 2]);
        }
    }
    /** One record: the two hashes and `index × 4 + kind number`. */
    #push(first, second, tag) {
        if (this.count * 3 === this.records.length) {
            if (this.count >= this.memoryKeys)
                this.spill();
            else {
                const grown = new Uint32Array(Math.min(this.records.length * 2, this.memoryKeys * 3));
                grown.set(this.records);
                this.records = grown;
            }
        }
        const at = this.count++ * 3;
        this.records[at] = first;
        this.records[at + 1] = second;
        this.records[at + 2] = tag;
    }
    /** Appends the buffered records to their partition files (each file stays in file order). */
    spill() {
        this.dir ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'auth0-users-keys-'));
        const offsets = this.sortByPartition();
        for (let p = 0; p < PARTITIONS; p++) {
            const from = offsets[p];
            const to = offsets[p + 1];
            if (to === from)
                continue;
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, String(p)), 'a');
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, this.scratch.subarray(from * 3, to * 3));
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        }
        this.count = 0;
    }
    /**
     * Copies the buffered records into `scratch` grouped by partition (a stable counting sort);
     * returns where each partition starts there (in records), and where the last one ends.
     */
    sortByPartition() {
        const records = this.records;
        const n = this.count;
        const offsets = new Uint32Array(PARTITIONS + 1);
        for (let r = 0; r < n; r++) {
            const p = (records[r * 3 + 1] >>> (32 - PARTITION_BITS)) + 1;
            offsets[p] = offsets[p] + 1;
        }
        for (let p = 0; p < PARTITIONS; p++) {
            offsets[p + 1] = offsets[p + 1] + offsets[p];
        }
        if (this.scratch.length < n * 3)
            this.scratch = new Uint32Array(this.records.length);
        const next = offsets.slice(0, PARTITIONS);
        for (let r = 0; r < n; r++) {
            const p = records[r * 3 + 1] >>> (32 - PARTITION_BITS);
            const to = next[p] * 3;
            next[p] = next[p] + 1;
            this.scratch[to] = records[r * 3];
            this.scratch[to + 1] = records[r * 3 + 1];
            this.scratch[to + 2] = records[r * 3 + 2];
        }
        return offsets;
    }
    /** Every later user whose value of some kind an earlier user has, by index then kind. */
    async resolve(readKeys) {
        try {
            const groups = [];
            const table = new GroupTable();
            if (this.dir === undefined) {
                groups.push(...table.groups(this.records.subarray(0, this.count * 3)));
            }
            else {
                const offsets = this.sortByPartition();
                const tail = this.scratch;
                this.records = new Uint32Array(0);
                let partition = new Uint32Array(0);
                for (let p = 0; p < PARTITIONS; p++) {
                    const own = tail.subarray(offsets[p] * 3, offsets[p + 1] * 3);
                    partition = this.readPartition(p, own, partition);
                    groups.push(...table.groups(partition));
                }
            }
            return await confirmGroups(groups, readKeys);
        }
        finally {
            this.discard();
        }
    }
    /** Removes the spill files (after `resolve`, or when the pass failed). */
    discard() {
        if (this.dir !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.dir, { recursive: true, force: true });
        this.dir = undefined;
    }
    /** Partition `p`'s records: its file, then `tail`; in `reuse` when it is big enough. */
    readPartition(p, tail, reuse) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, String(p)), 'r');
        }
        catch {
            fd = undefined;
        }
        try {
            const bytes = fd === undefined ? 0 : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
            const words = bytes / 4 + tail.length;
            const into = reuse.length >= words ? reuse : new Uint32Array(Math.ceil(words * 1.25));
            let read = 0;
            while (fd !== undefined && read < bytes)
                read += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, into, read, bytes - read, read);
            into.set(tail, bytes / 4);
            return into.subarray(0, words);
        }
        finally {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
}
/** An open-addressing table over one partition's records, reused from partition to partition. */
class GroupTable {
    slots = new Int32Array(0);
    /**
     * Groups of records with equal fingerprints and kind, as lists of `index × 4 + kind` in file
     * order (records come in file order). Groups of one are dropped.
     */
    groups(records) {
        const n = records.length / 3;
        let size = 16;
        while (size < n * 2)
            size <<= 1;
        if (this.slots.length < size)
            this.slots = new Int32Array(size);
        const slots = this.slots.subarray(0, size).fill(-1);
        const mask = size - 1;
        const groups = new Map();
        for (let r = 0; r < n; r++) {
            const at = r * 3;
            const first = records[at];
            const second = records[at + 1];
            const tag = records[at + 2];
            let slot = first & mask;
            for (;;) {
                const other = slots[slot];
                if (other === -1) {
                    slots[slot] = r;
                    break;
                }
                const o = other * 3;
                if (records[o] === first &&
                    records[o + 1] === second &&
                    (records[o + 2] & 3) === (tag & 3)) {
                    const group = groups.get(other);
                    if (group)
                        group.push(tag);
                    else
                        groups.set(other, [records[o + 2], tag]);
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return [...groups.values()];
    }
}
/** Reads the real values of every candidate and keeps the true duplicates. */
async function confirmGroups(groups, readKeys) {
    if (groups.length === 0)
        return [];
    const wanted = [...new Set(groups.flat().map((tag) => Math.floor(tag / 4)))].sort((a, b) => a - b);
    const keys = await readKeys(wanted);
    const found = [];
    for (const group of groups) {
        const kind = _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG[group[0] & 3];
        const firstWith = new Map();
        for (const tag of group) {
            const index = Math.floor(tag / 4);
            const value = keys.get(index)?.[kind];
            if (value === undefined)
                continue;
            const earlier = firstWith.get(value);
            if (earlier === undefined)
                firstWith.set(value, index);
            else
                found.push({ index, kind, earlier });
        }
    }
    const order = (kind) => _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG.indexOf(kind);
    return found.sort((a, b) => a.index - b.index || order(a.kind) - order(b.kind));
}


/***/ }),

/***/ 4208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ hashKey),
/* harmony export */   US: () => (/* binding */ identityKey),
/* harmony export */   cv: () => (/* binding */ duplicateError),
/* harmony export */   vG: () => (/* binding */ IDENTITY_KINDS)
/* harmony export */ });
/* harmony import */ var _property_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5519);

const IDENTITY_KINDS = ['email', 'user_id', 'username'];
/** The value a user is matched on for `kind`, normalised (emails are case-insensitive). */
function identityKey(user, kind) {
    const value = (0,_property_js__WEBPACK_IMPORTED_MODULE_0__/* .propertyOf */ .$)(user, kind);
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


/***/ }),

/***/ 5519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ propertyOf)
/* harmony export */ });
/** `value[key]` when `value` is an object (a user, or one of its parts), else undefined. */
function propertyOf(value, key) {
    return value !== null && typeof value === 'object'
        ? value[key]
        : undefined;
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
 * Secrets of a user object never reach logs, outputs or the error report (SECURITY.md). This makes
 * the copy that may: password hashes, custom hash values, keys and salts, and TOTP secrets are
 * replaced by a marker, whatever shape the (possibly invalid) user has.
 */
const REDACTED = '[redacted]';
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * Keys whose values are treated as secrets wherever they appear: at the top level outside the
 * schema (a misspelt `password_hash`) and at any depth below it (a hash kept in `user_metadata`,
 * a TOTP seed in `app_metadata`, a salt in an array). Over-redacting a harmless
 * `password_hint` is the price of never copying a real secret.
 */
const SECRET_LOOKING_KEY = /pass|pwd|secret|hash|salt|token|credential|totp|^otp|otp$|recovery|private.?key|api.?key|authori[sz]ation|cookie/i;
/** Top-level keys of the schema, handled one by one below rather than by the name pattern. */
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
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}
/**
 * Nesting kept in a copy. Deeper parts are replaced by a marker: a report entry must stay
 * printable (JSON.stringify and these copies recurse, and thousands of levels overflow the stack),
 * and no real user profile nests this deep.
 */
const MAX_DEPTH = 32;
const TOO_DEEP = '[nested too deeply to show]';
/** Booleans and null cannot hold a secret; `password_set: true` stays readable. */
function redactedValue(value) {
    return value === null || typeof value === 'boolean' ? value : REDACTED;
}
/**
 * A deep copy of `value` (JSON-like data; anything else is copied by reference) in which every
 * value under a secret-looking key is redacted, at any depth, and parts deeper than MAX_DEPTH
 * become TOO_DEEP. `depth` is the depth of `value` in the user.
 */
function walk(value, depth) {
    if (value === null || typeof value !== 'object')
        return value;
    if (depth >= MAX_DEPTH)
        return TOO_DEEP;
    if (Array.isArray(value))
        return value.map((item) => walk(item, depth + 1));
    const out = {};
    for (const key of Object.keys(value)) {
        const item = value[key];
        set(out, key, SECRET_LOOKING_KEY.test(key) ? redactedValue(item) : walk(item, depth + 1));
    }
    return out;
}
/**
 * A copy of the container `holder` at `depth` with `value` redacted and the keys in `nested`
 * handled by their own function; every other key goes through `walk`, so nothing hidden in a
 * container escapes. Anything that is not an object is redacted whole.
 */
function redactContainer(holder, depth, nested = {}) {
    if (!isObject(holder))
        return REDACTED;
    if (depth >= MAX_DEPTH)
        return TOO_DEEP;
    const out = {};
    for (const key of Object.keys(holder)) {
        const value = holder[key];
        const handle = Object.hasOwn(nested, key) ? nested[key] : undefined;
        if (handle)
            set(out, key, handle(value, depth + 1));
        else if (key === 'value')
            set(out, key, REDACTED);
        else
            set(out, key, walk(value, depth + 1));
    }
    return out;
}
/** `custom_password_hash`: `hash.value`, `hash.key.value` and `salt.value`. */
function redactCustomPasswordHash(custom, depth) {
    return redactContainer(custom, depth, {
        hash: (hash, at) => redactContainer(hash, at, { key: (key, d) => redactContainer(key, d) }),
        salt: (salt, at) => redactContainer(salt, at),
        // `password: {encoding}` describes the input, it holds no secret; the walk still checks it.
        password: (password, at) => walk(password, at),
    });
}
/** Anything that is not a factor object may be a bare secret (a TOTP seed as a string). */
function redactMfaFactor(factor, depth) {
    if (!isObject(factor))
        return REDACTED;
    return redactContainer(factor, depth, {
        totp: (totp, at) => isObject(totp) ? redactContainer(totp, at, { secret: () => REDACTED }) : REDACTED,
        // Factor values (a phone number, an email) are not secrets.
        phone: (phone, at) => walk(phone, at),
        email: (email, at) => walk(email, at),
        value: (value, at) => walk(value, at),
    });
}
/**
 * A deep copy of `user` with its secrets replaced by `"[redacted]"`: `password_hash`,
 * `custom_password_hash` `hash.value`, `hash.key.value` and `salt.value`, and
 * `mfa_factors[].totp.secret`. Where one of those containers has the wrong type (a string
 * `custom_password_hash`, a `hash` that is an array, …) the whole container is redacted. Every
 * other value under a key that looks like a secret (`password`, `salt`, `totp`, …) is redacted
 * at any depth, including under `user_metadata`, `app_metadata`, arrays and `__proto__` keys
 * (kept as plain data, never as a prototype). Parts nested deeper than MAX_DEPTH become TOO_DEEP.
 * An array (a list of users by mistake) is redacted item by item. Never mutates `user`.
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
            set(out, key, REDACTED);
        else if (key === 'custom_password_hash')
            set(out, key, redactCustomPasswordHash(value, depth + 1));
        else if (key === 'mfa_factors') {
            set(out, key, Array.isArray(value) ? value.map((factor) => redactMfaFactor(factor, depth + 2)) : REDACTED);
        }
        else if (!KNOWN_KEYS.has(key) && SECRET_LOOKING_KEY.test(key))
            set(out, key, REDACTED);
        else
            set(out, key, walk(value, depth + 1));
    }
    return out;
}
const SECRET_FIELDS = ['password_hash', 'custom_password_hash', 'mfa_factors'];
/** Every string of `user` that redactUser hides: under the secret fields and secret-looking keys. */
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
    const search = (value, depth) => {
        if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH)
            return;
        for (const [key, item] of Object.entries(value)) {
            if (SECRET_LOOKING_KEY.test(key))
                collect(item, depth + 1);
            else
                search(item, depth + 1);
        }
    };
    for (const key of Object.keys(user)) {
        if (SECRET_FIELDS.includes(key) || (!KNOWN_KEYS.has(key) && SECRET_LOOKING_KEY.test(key))) {
            collect(user[key], 0);
        }
        else
            search(user[key], 1);
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


/***/ }),

/***/ 1164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ validateBlock)
/* harmony export */ });
/* harmony import */ var _duplicates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4472);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3347);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4899);



/**
 * Validates the users of `buf` (the file's bytes from offset `base`) at `spans` (user-lines.ts:
 * start, end, line per user), the first of them the file's user `firstIndex`.
 */
function validateBlock(buf, base, spans, firstIndex, budget) {
    const keys = new _duplicates_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyRecords */ .sS();
    const invalid = [];
    for (let k = 0; k * 3 < spans.length; k++) {
        const start = spans[k * 3] - base;
        const end = spans[k * 3 + 1] - base;
        let value;
        try {
            value = JSON.parse(buf.toString('utf8', start, end));
        }
        catch {
            return { parsed: false, invalid: [], keys: new Uint32Array(0) };
        }
        const index = firstIndex + k;
        const errors = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateUser */ .EV)(value);
        if (errors.length > 0) {
            const entry = { index, errors };
            if (budget.users > 0 && budget.bytes > 0) {
                entry.user = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUser */ .fk)(value);
                budget.users--;
                budget.bytes -= end - start;
            }
            invalid.push(entry);
        }
        (0,_duplicates_js__WEBPACK_IMPORTED_MODULE_0__/* .logKeys */ .HR)(keys, index, value);
    }
    return { parsed: true, invalid, keys: keys.records };
}


/***/ }),

/***/ 4899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EV: () => (/* binding */ validateUser)
});

// UNUSED EXPORTS: IDENTITY_KINDS, MAX_ERRORS_PER_USER, identityKey, isEmail, mapErrors, toAuth0Path

;// CONCATENATED MODULE: ./src/users/email-format.ts
/**
 * The `email` format of the bulk-import schema. The generated validator imports `email` from this
 * module (scripts/generate-validator.ts), so keep that name.
 */
/**
 * An email address as z-schema's `email` format (validator.js `isEmail`) accepts it, roughly:
 * a dot-atom local part (UTF-8 allowed, no spaces) and a dotted domain with a TLD of 2+ letters.
 * Quoted local parts and IP-literal domains are refused, as Auth0 does.
 */
function isEmail(value) {
    if (value.length > 254)
        return false;
    // Most addresses are ASCII: one precompiled non-Unicode pattern decides them without slicing
    // or splitting (it accepts exactly the ASCII strings the general check below accepts).
    if (ASCII_EMAIL.test(value)) {
        const at = value.indexOf('@');
        return at <= 64 && value.length - at - 1 <= 253;
    }
    if (!NON_ASCII.test(value))
        return false;
    return isUnicodeEmail(value);
}
function isUnicodeEmail(value) {
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
    if (ASCII_DOMAIN.test(domain))
        return true;
    if (!NON_ASCII.test(domain))
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
const ASCII_ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const ASCII_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** A top-level label: letters only, or an `xn--` label; either at most 63 characters. */
const ASCII_TLD = '(?:[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9-]{1,58}[A-Za-z0-9])';
const ASCII_EMAIL = new RegExp(`^${ASCII_ATOM}(?:\\.${ASCII_ATOM})*@(?:${ASCII_LABEL}\\.)+${ASCII_TLD}$`);
const ASCII_DOMAIN = new RegExp(`^(?:${ASCII_LABEL}\\.)+${ASCII_TLD}$`);
/** Any UTF-16 code unit past ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TLD = /^(?:\p{L}{2,}|xn--[a-z0-9-]{2,})$/iu;
/** The format as ajv expects it. */
const email = { type: 'string', validate: isEmail };

;// CONCATENATED MODULE: ./src/users/bulk-import-validator.generated.ts
// Generated by scripts/generate-validator.ts from bulk-import-schema.ts: do not edit.
// Regenerate with `npm run generate` after changing the schema.
// @ts-nocheck

const validate = validate10;
/* harmony default export */ const bulk_import_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$id": "https://auth0.com/schemas/bulk-import-user.json", "type": "object", "properties": { "email": { "type": "string", "format": "email", "description": "The user's email address." }, "email_verified": { "type": "boolean", "default": false }, "phone_number": { "type": "string", "pattern": "^\\+[1-9][0-9]{1,14}$", "description": "E.164, e.g. +12125550001" }, "phone_verified": { "type": "boolean", "default": false }, "user_id": { "type": "string" }, "username": { "type": "string" }, "given_name": { "type": "string" }, "family_name": { "type": "string" }, "name": { "type": "string" }, "nickname": { "type": "string" }, "picture": { "type": "string", "description": "URL of the user's profile picture." }, "blocked": { "type": "boolean" }, "password_hash": { "type": "string", "pattern": "^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$", "description": "A bcrypt hash ($2a$ or $2b$, 10 salt rounds)." }, "custom_password_hash": { "type": "object", "properties": { "algorithm": { "type": "string", "enum": ["argon2", "bcrypt", "hmac", "ldap", "md4", "md5", "sha1", "sha256", "sha512", "pbkdf2", "scrypt"] }, "hash": { "type": "object", "properties": { "value": { "type": "string" }, "encoding": { "type": "string", "enum": ["base64", "hex", "utf8"] }, "digest": { "type": "string", "enum": ["md4", "md5", "ripemd160", "sha1", "sha224", "sha256", "sha384", "sha512", "whirlpool"] }, "key": { "type": "object", "properties": { "value": { "type": "string" }, "encoding": { "type": "string", "enum": ["base64", "hex", "utf8"], "default": "utf8" } }, "required": ["value"], "additionalProperties": false, "allOf": [{ "if": { "type": "object", "properties": { "encoding": { "const": "hex" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[0-9A-Fa-f]+$" } } } }, { "if": { "type": "object", "properties": { "encoding": { "const": "base64" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[A-Za-z0-9+/_-]+={0,2}$" } } } }] } }, "required": ["value"], "additionalProperties": false, "allOf": [{ "if": { "type": "object", "properties": { "encoding": { "const": "hex" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[0-9A-Fa-f]+$" } } } }, { "if": { "type": "object", "properties": { "encoding": { "const": "base64" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[A-Za-z0-9+/_-]+={0,2}$" } } } }] }, "salt": { "type": "object", "properties": { "value": { "type": "string" }, "encoding": { "type": "string", "enum": ["base64", "hex", "utf8"], "default": "utf8" }, "position": { "type": "string", "enum": ["prefix", "suffix"], "default": "prefix" } }, "required": ["value"], "additionalProperties": false, "allOf": [{ "if": { "type": "object", "properties": { "encoding": { "const": "hex" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[0-9A-Fa-f]+$" } } } }, { "if": { "type": "object", "properties": { "encoding": { "const": "base64" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[A-Za-z0-9+/_-]+={0,2}$" } } } }] }, "password": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["ascii", "utf8", "utf16le", "ucs2", "latin1", "binary"], "default": "utf8" } }, "additionalProperties": false }, "keylen": { "type": "integer", "minimum": 1 }, "cost": { "type": "integer", "enum": [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4194304, 8388608, 16777216, 33554432, 67108864, 134217728, 268435456, 536870912, 1073741824], "default": 16384 }, "blockSize": { "type": "integer", "minimum": 1, "default": 8 }, "parallelization": { "type": "integer", "minimum": 1, "default": 1 } }, "required": ["algorithm", "hash"], "additionalProperties": false, "allOf": [{ "if": { "type": "object", "properties": { "algorithm": { "enum": ["argon2"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\$argon2(id|i|d)(\\$v=[0-9]+)?\\$[a-z]+=[A-Za-z0-9+/.-]+(,[a-z]+=[A-Za-z0-9+/.-]+)*\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$" }, "encoding": { "type": "string", "enum": ["utf8"] } } } }, "not": { "required": ["salt"] } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["bcrypt"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$" }, "encoding": { "type": "string", "enum": ["utf8"] } } }, "salt": { "type": "object", "properties": { "value": { "type": "string", "maxLength": 71 } } } } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["hmac"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } }, "required": ["encoding", "digest", "key"] } } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["argon2", "bcrypt", "ldap", "md4", "md5", "sha1", "sha256", "sha512", "pbkdf2", "scrypt"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "digest": { "not": {} }, "key": { "not": {} } } } } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["ldap"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}[A-Za-z0-9+/]+={0,2}$" }, "encoding": { "type": "string", "enum": ["utf8"] } } } }, "not": { "required": ["salt"] } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["md4"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } }, "required": ["encoding"] } }, "allOf": [{ "properties": { "hash": { "type": "object", "allOf": [{ "if": { "type": "object", "properties": { "encoding": { "const": "hex" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[0-9A-Fa-f]{32}$" } } } }, { "if": { "type": "object", "properties": { "encoding": { "const": "base64" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[A-Za-z0-9+/_-]{22}(==)?$" } } } }] } } }] } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["md5"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } }, "required": ["encoding"] } }, "allOf": [{ "properties": { "hash": { "type": "object", "allOf": [{ "if": { "type": "object", "properties": { "encoding": { "const": "hex" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[0-9A-Fa-f]{32}$" } } } }, { "if": { "type": "object", "properties": { "encoding": { "const": "base64" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[A-Za-z0-9+/_-]{22}(==)?$" } } } }] } } }] } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["sha1"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } }, "required": ["encoding"] } }, "allOf": [{ "properties": { "hash": { "type": "object", "allOf": [{ "if": { "type": "object", "properties": { "encoding": { "const": "hex" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[0-9A-Fa-f]{40}$" } } } }, { "if": { "type": "object", "properties": { "encoding": { "const": "base64" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[A-Za-z0-9+/_-]{27}(=)?$" } } } }] } } }] } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["sha256"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } }, "required": ["encoding"] } }, "allOf": [{ "properties": { "hash": { "type": "object", "allOf": [{ "if": { "type": "object", "properties": { "encoding": { "const": "hex" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[0-9A-Fa-f]{64}$" } } } }, { "if": { "type": "object", "properties": { "encoding": { "const": "base64" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[A-Za-z0-9+/_-]{43}(=)?$" } } } }] } } }] } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["sha512"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } }, "required": ["encoding"] } }, "allOf": [{ "properties": { "hash": { "type": "object", "allOf": [{ "if": { "type": "object", "properties": { "encoding": { "const": "hex" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[0-9A-Fa-f]{128}$" } } } }, { "if": { "type": "object", "properties": { "encoding": { "const": "base64" } }, "required": ["encoding"] }, "then": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^[A-Za-z0-9+/_-]{86}(==)?$" } } } }] } } }] } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["pbkdf2"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\$pbkdf2-(RSA-MD4|RSA-MD5|RSA-MDC2|RSA-RIPEMD160|RSA-SHA1|RSA-SHA1-2|RSA-SHA224|RSA-SHA256|RSA-SHA384|RSA-SHA512|md4|md4WithRSAEncryption|md5|md5WithRSAEncryption|mdc2|mdc2WithRSA|ripemd|ripemd160|ripemd160WithRSA|rmd160|sha1|sha1WithRSAEncryption|sha224|sha224WithRSAEncryption|sha256|sha256WithRSAEncryption|sha384|sha384WithRSAEncryption|sha512|sha512WithRSAEncryption|ssl3-md5|ssl3-sha1|whirlpool)(\\$(i=[0-9]+(,l=[0-9]+)?|l=[0-9]+))?\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$" }, "encoding": { "type": "string", "enum": ["utf8"] } } } }, "not": { "required": ["salt"] } } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["scrypt"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "hash": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["hex", "base64"] } }, "required": ["encoding"] } }, "required": ["keylen"] } }, { "if": { "type": "object", "properties": { "algorithm": { "enum": ["argon2", "bcrypt", "hmac", "ldap", "md4", "md5", "sha1", "sha256", "sha512", "pbkdf2"] } }, "required": ["algorithm"] }, "then": { "type": "object", "properties": { "keylen": { "not": {} }, "cost": { "not": {} }, "blockSize": { "not": {} }, "parallelization": { "not": {} } } } }] }, "app_metadata": { "type": "object", "properties": { "__tenant": { "not": {} }, "_id": { "not": {} }, "blocked": { "not": {} }, "clientID": { "not": {} }, "created_at": { "not": {} }, "email_verified": { "not": {} }, "email": { "not": {} }, "globalClientID": { "not": {} }, "global_client_id": { "not": {} }, "identities": { "not": {} }, "lastIP": { "not": {} }, "lastLogin": { "not": {} }, "loginsCount": { "not": {} }, "metadata": { "not": {} }, "multifactor_last_modified": { "not": {} }, "multifactor": { "not": {} }, "updated_at": { "not": {} }, "user_id": { "not": {} } } }, "user_metadata": { "type": "object" }, "mfa_factors": { "type": "array", "minItems": 1, "maxItems": 10, "items": { "type": "object", "properties": { "totp": { "type": "object", "properties": { "secret": { "type": "string", "pattern": "^[A-Z2-7]+$" } }, "required": ["secret"], "additionalProperties": false }, "phone": { "type": "object", "properties": { "value": { "type": "string", "pattern": "^\\+[0-9]{1,15}$" } }, "required": ["value"], "additionalProperties": false }, "email": { "type": "object", "properties": { "value": { "type": "string", "format": "email" } }, "required": ["value"], "additionalProperties": false } }, "additionalProperties": false, "oneOf": [{ "required": ["totp"] }, { "required": ["phone"] }, { "required": ["email"] }] } } }, "required": ["email"], "additionalProperties": false, "not": { "type": "object", "required": ["password_hash", "custom_password_hash"] } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const formats0 = email;
const pattern0 = new RegExp("^\\+[1-9][0-9]{1,14}$", "u");
const pattern1 = new RegExp("^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$", "u");
const pattern2 = new RegExp("^\\$argon2(id|i|d)(\\$v=[0-9]+)?\\$[a-z]+=[A-Za-z0-9+/.-]+(,[a-z]+=[A-Za-z0-9+/.-]+)*\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$", "u");
const pattern3 = new RegExp("^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$", "u");
const pattern4 = new RegExp("^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}[A-Za-z0-9+/]+={0,2}$", "u");
const pattern5 = new RegExp("^[0-9A-Fa-f]{32}$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9+/_-]{22}(==)?$", "u");
const pattern9 = new RegExp("^[0-9A-Fa-f]{40}$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9+/_-]{27}(=)?$", "u");
const pattern11 = new RegExp("^[0-9A-Fa-f]{64}$", "u");
const pattern12 = new RegExp("^[A-Za-z0-9+/_-]{43}(=)?$", "u");
const pattern13 = new RegExp("^[0-9A-Fa-f]{128}$", "u");
const pattern14 = new RegExp("^[A-Za-z0-9+/_-]{86}(==)?$", "u");
const pattern15 = new RegExp("^\\$pbkdf2-(RSA-MD4|RSA-MD5|RSA-MDC2|RSA-RIPEMD160|RSA-SHA1|RSA-SHA1-2|RSA-SHA224|RSA-SHA256|RSA-SHA384|RSA-SHA512|md4|md4WithRSAEncryption|md5|md5WithRSAEncryption|mdc2|mdc2WithRSA|ripemd|ripemd160|ripemd160WithRSA|rmd160|sha1|sha1WithRSAEncryption|sha224|sha224WithRSAEncryption|sha256|sha256WithRSAEncryption|sha384|sha384WithRSAEncryption|sha512|sha512WithRSAEncryption|ssl3-md5|ssl3-sha1|whirlpool)(\\$(i=[0-9]+(,l=[0-9]+)?|l=[0-9]+))?\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$", "u");
const pattern16 = new RegExp("^[0-9A-Fa-f]+$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9+/_-]+={0,2}$", "u");
const pattern22 = new RegExp("^[A-Z2-7]+$", "u");
const pattern23 = new RegExp("^\\+[0-9]{1,15}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://auth0.com/schemas/bulk-import-user.json" */ ;
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    const _errs2 = errors;
    if (errors === _errs2) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.password_hash === undefined) && (missing0 = "password_hash")) || ((data.custom_password_hash === undefined) && (missing0 = "custom_password_hash"))) {
                const err0 = {};
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        else {
            const err1 = {};
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var valid0 = _errs2 === errors;
    if (valid0) {
        const err2 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.not, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    else {
        errors = _errs1;
        if (vErrors !== null) {
            if (_errs1) {
                vErrors.length = _errs1;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.email === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property '" + "email" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema11.properties, key0))) {
                const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.email !== undefined) {
            let data0 = data.email;
            if (typeof data0 === "string") {
                if (!(formats0.validate(data0))) {
                    const err5 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "email" }, message: "must match format \"" + "email" + "\"", schema: "email", parentSchema: schema11.properties.email, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.email.type, parentSchema: schema11.properties.email, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.email_verified !== undefined) {
            let data1 = data.email_verified;
            if (typeof data1 !== "boolean") {
                const err7 = { instancePath: instancePath + "/email_verified", schemaPath: "#/properties/email_verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.email_verified.type, parentSchema: schema11.properties.email_verified, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.phone_number !== undefined) {
            let data2 = data.phone_number;
            if (typeof data2 === "string") {
                if (!pattern0.test(data2)) {
                    const err8 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/pattern", keyword: "pattern", params: { pattern: "^\\+[1-9][0-9]{1,14}$" }, message: "must match pattern \"" + "^\\+[1-9][0-9]{1,14}$" + "\"", schema: "^\\+[1-9][0-9]{1,14}$", parentSchema: schema11.properties.phone_number, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/phone_number", schemaPath: "#/properties/phone_number/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.phone_number.type, parentSchema: schema11.properties.phone_number, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.phone_verified !== undefined) {
            let data3 = data.phone_verified;
            if (typeof data3 !== "boolean") {
                const err10 = { instancePath: instancePath + "/phone_verified", schemaPath: "#/properties/phone_verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.phone_verified.type, parentSchema: schema11.properties.phone_verified, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.user_id !== undefined) {
            let data4 = data.user_id;
            if (typeof data4 !== "string") {
                const err11 = { instancePath: instancePath + "/user_id", schemaPath: "#/properties/user_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.user_id.type, parentSchema: schema11.properties.user_id, data: data4 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.username !== undefined) {
            let data5 = data.username;
            if (typeof data5 !== "string") {
                const err12 = { instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.username.type, parentSchema: schema11.properties.username, data: data5 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.given_name !== undefined) {
            let data6 = data.given_name;
            if (typeof data6 !== "string") {
                const err13 = { instancePath: instancePath + "/given_name", schemaPath: "#/properties/given_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.given_name.type, parentSchema: schema11.properties.given_name, data: data6 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.family_name !== undefined) {
            let data7 = data.family_name;
            if (typeof data7 !== "string") {
                const err14 = { instancePath: instancePath + "/family_name", schemaPath: "#/properties/family_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.family_name.type, parentSchema: schema11.properties.family_name, data: data7 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data8 = data.name;
            if (typeof data8 !== "string") {
                const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data8 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.nickname !== undefined) {
            let data9 = data.nickname;
            if (typeof data9 !== "string") {
                const err16 = { instancePath: instancePath + "/nickname", schemaPath: "#/properties/nickname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.nickname.type, parentSchema: schema11.properties.nickname, data: data9 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.picture !== undefined) {
            let data10 = data.picture;
            if (typeof data10 !== "string") {
                const err17 = { instancePath: instancePath + "/picture", schemaPath: "#/properties/picture/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.picture.type, parentSchema: schema11.properties.picture, data: data10 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.blocked !== undefined) {
            let data11 = data.blocked;
            if (typeof data11 !== "boolean") {
                const err18 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.blocked.type, parentSchema: schema11.properties.blocked, data: data11 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.password_hash !== undefined) {
            let data12 = data.password_hash;
            if (typeof data12 === "string") {
                if (!pattern1.test(data12)) {
                    const err19 = { instancePath: instancePath + "/password_hash", schemaPath: "#/properties/password_hash/pattern", keyword: "pattern", params: { pattern: "^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$" }, message: "must match pattern \"" + "^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$" + "\"", schema: "^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$", parentSchema: schema11.properties.password_hash, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
            else {
                const err20 = { instancePath: instancePath + "/password_hash", schemaPath: "#/properties/password_hash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.password_hash.type, parentSchema: schema11.properties.password_hash, data: data12 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.custom_password_hash !== undefined) {
            let data13 = data.custom_password_hash;
            const _errs34 = errors;
            let valid3 = true;
            const _errs35 = errors;
            if (errors === _errs35) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing1;
                    if ((data13.algorithm === undefined) && (missing1 = "algorithm")) {
                        const err21 = {};
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "argon2")) {
                                const err22 = {};
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err23 = {};
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs35 === errors;
            errors = _errs34;
            if (vErrors !== null) {
                if (_errs34) {
                    vErrors.length = _errs34;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid0) {
                const _errs38 = errors;
                const _errs40 = errors;
                const _errs41 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing2;
                    if ((data13.salt === undefined) && (missing2 = "salt")) {
                        const err24 = {};
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                var valid5 = _errs41 === errors;
                if (valid5) {
                    const err25 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/0/then/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[0].then.not, parentSchema: schema11.properties.custom_password_hash.allOf[0].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                else {
                    errors = _errs40;
                    if (vErrors !== null) {
                        if (_errs40) {
                            vErrors.length = _errs40;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data15 = data13.hash;
                        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                            if (data15.value !== undefined) {
                                let data16 = data15.value;
                                if (typeof data16 === "string") {
                                    if (!pattern2.test(data16)) {
                                        const err26 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\$argon2(id|i|d)(\\$v=[0-9]+)?\\$[a-z]+=[A-Za-z0-9+/.-]+(,[a-z]+=[A-Za-z0-9+/.-]+)*\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$" }, message: "must match pattern \"" + "^\\$argon2(id|i|d)(\\$v=[0-9]+)?\\$[a-z]+=[A-Za-z0-9+/.-]+(,[a-z]+=[A-Za-z0-9+/.-]+)*\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$" + "\"", schema: "^\\$argon2(id|i|d)(\\$v=[0-9]+)?\\$[a-z]+=[A-Za-z0-9+/.-]+(,[a-z]+=[A-Za-z0-9+/.-]+)*\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$", parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.value, data: data16 };
                                        if (vErrors === null) {
                                            vErrors = [err26];
                                        }
                                        else {
                                            vErrors.push(err26);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err27 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.value, data: data16 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                            }
                            if (data15.encoding !== undefined) {
                                let data17 = data15.encoding;
                                if (typeof data17 !== "string") {
                                    const err28 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                                if (!(data17 === "utf8")) {
                                    const err29 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.properties.encoding, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err29];
                                    }
                                    else {
                                        vErrors.push(err29);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err30 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/0/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[0].then.properties.hash, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err31 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[0].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                var _valid0 = _errs38 === errors;
                valid3 = _valid0;
            }
            if (!valid3) {
                const err32 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.allOf[0], data: data13 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            const _errs49 = errors;
            let valid8 = true;
            const _errs50 = errors;
            if (errors === _errs50) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing3;
                    if ((data13.algorithm === undefined) && (missing3 = "algorithm")) {
                        const err33 = {};
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "bcrypt")) {
                                const err34 = {};
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err35 = {};
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
            var _valid1 = _errs50 === errors;
            errors = _errs49;
            if (vErrors !== null) {
                if (_errs49) {
                    vErrors.length = _errs49;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid1) {
                const _errs53 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data19 = data13.hash;
                        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                            if (data19.value !== undefined) {
                                let data20 = data19.value;
                                if (typeof data20 === "string") {
                                    if (!pattern3.test(data20)) {
                                        const err36 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$" }, message: "must match pattern \"" + "^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$" + "\"", schema: "^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$", parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.value, data: data20 };
                                        if (vErrors === null) {
                                            vErrors = [err36];
                                        }
                                        else {
                                            vErrors.push(err36);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err37 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.value, data: data20 };
                                    if (vErrors === null) {
                                        vErrors = [err37];
                                    }
                                    else {
                                        vErrors.push(err37);
                                    }
                                    errors++;
                                }
                            }
                            if (data19.encoding !== undefined) {
                                let data21 = data19.encoding;
                                if (typeof data21 !== "string") {
                                    const err38 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding, data: data21 };
                                    if (vErrors === null) {
                                        vErrors = [err38];
                                    }
                                    else {
                                        vErrors.push(err38);
                                    }
                                    errors++;
                                }
                                if (!(data21 === "utf8")) {
                                    const err39 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.properties.encoding, data: data21 };
                                    if (vErrors === null) {
                                        vErrors = [err39];
                                    }
                                    else {
                                        vErrors.push(err39);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err40 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.hash, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    if (data13.salt !== undefined) {
                        let data22 = data13.salt;
                        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                            if (data22.value !== undefined) {
                                let data23 = data22.value;
                                if (typeof data23 === "string") {
                                    if (func3(data23) > 71) {
                                        const err41 = { instancePath: instancePath + "/custom_password_hash/salt/value", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/salt/properties/value/maxLength", keyword: "maxLength", params: { limit: 71 }, message: "must NOT have more than 71 characters", schema: 71, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.salt.properties.value, data: data23 };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err42 = { instancePath: instancePath + "/custom_password_hash/salt/value", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/salt/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.salt.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.salt.properties.value, data: data23 };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err43 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/allOf/1/then/properties/salt/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[1].then.properties.salt.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then.properties.salt, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[1].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                var _valid1 = _errs53 === errors;
                valid8 = _valid1;
            }
            if (!valid8) {
                const err45 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.allOf[1], data: data13 };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
            const _errs66 = errors;
            let valid13 = true;
            const _errs67 = errors;
            if (errors === _errs67) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing4;
                    if ((data13.algorithm === undefined) && (missing4 = "algorithm")) {
                        const err46 = {};
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "hmac")) {
                                const err47 = {};
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err48 = {};
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
            var _valid2 = _errs67 === errors;
            errors = _errs66;
            if (vErrors !== null) {
                if (_errs66) {
                    vErrors.length = _errs66;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid2) {
                const _errs70 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data25 = data13.hash;
                        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                            if (data25.encoding === undefined) {
                                const err49 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/required", keyword: "required", params: { missingProperty: "encoding" }, message: "must have required property '" + "encoding" + "'", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                            if (data25.digest === undefined) {
                                const err50 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property '" + "digest" + "'", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                            if (data25.key === undefined) {
                                const err51 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                            if (data25.encoding !== undefined) {
                                let data26 = data25.encoding;
                                if (typeof data26 !== "string") {
                                    const err52 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding, data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                                if (!((data26 === "hex") || (data26 === "base64"))) {
                                    const err53 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.properties.encoding, data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err54 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/2/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[2].then.properties.hash, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err54];
                            }
                            else {
                                vErrors.push(err54);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err55 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/2/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[2].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[2].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err55];
                    }
                    else {
                        vErrors.push(err55);
                    }
                    errors++;
                }
                var _valid2 = _errs70 === errors;
                valid13 = _valid2;
            }
            if (!valid13) {
                const err56 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[2].if, parentSchema: schema11.properties.custom_password_hash.allOf[2], data: data13 };
                if (vErrors === null) {
                    vErrors = [err56];
                }
                else {
                    vErrors.push(err56);
                }
                errors++;
            }
            const _errs77 = errors;
            let valid17 = true;
            const _errs78 = errors;
            if (errors === _errs78) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing5;
                    if ((data13.algorithm === undefined) && (missing5 = "algorithm")) {
                        const err57 = {};
                        if (vErrors === null) {
                            vErrors = [err57];
                        }
                        else {
                            vErrors.push(err57);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            let data27 = data13.algorithm;
                            if (!((((((((((data27 === "argon2") || (data27 === "bcrypt")) || (data27 === "ldap")) || (data27 === "md4")) || (data27 === "md5")) || (data27 === "sha1")) || (data27 === "sha256")) || (data27 === "sha512")) || (data27 === "pbkdf2")) || (data27 === "scrypt"))) {
                                const err58 = {};
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err59 = {};
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
            }
            var _valid3 = _errs78 === errors;
            errors = _errs77;
            if (vErrors !== null) {
                if (_errs77) {
                    vErrors.length = _errs77;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid3) {
                const _errs81 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data28 = data13.hash;
                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                            if (data28.digest !== undefined) {
                                const err60 = { instancePath: instancePath + "/custom_password_hash/hash/digest", schemaPath: "#/properties/custom_password_hash/allOf/3/then/properties/hash/properties/digest/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.digest.not, parentSchema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.digest, data: data28.digest };
                                if (vErrors === null) {
                                    vErrors = [err60];
                                }
                                else {
                                    vErrors.push(err60);
                                }
                                errors++;
                            }
                            if (data28.key !== undefined) {
                                const err61 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/allOf/3/then/properties/hash/properties/key/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.key.not, parentSchema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.properties.key, data: data28.key };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err62 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/3/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[3].then.properties.hash, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err63 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/3/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[3].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[3].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err63];
                    }
                    else {
                        vErrors.push(err63);
                    }
                    errors++;
                }
                var _valid3 = _errs81 === errors;
                valid17 = _valid3;
            }
            if (!valid17) {
                const err64 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[3].if, parentSchema: schema11.properties.custom_password_hash.allOf[3], data: data13 };
                if (vErrors === null) {
                    vErrors = [err64];
                }
                else {
                    vErrors.push(err64);
                }
                errors++;
            }
            const _errs90 = errors;
            let valid21 = true;
            const _errs91 = errors;
            if (errors === _errs91) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing6;
                    if ((data13.algorithm === undefined) && (missing6 = "algorithm")) {
                        const err65 = {};
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "ldap")) {
                                const err66 = {};
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err67 = {};
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
            }
            var _valid4 = _errs91 === errors;
            errors = _errs90;
            if (vErrors !== null) {
                if (_errs90) {
                    vErrors.length = _errs90;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid4) {
                const _errs94 = errors;
                const _errs96 = errors;
                const _errs97 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing7;
                    if ((data13.salt === undefined) && (missing7 = "salt")) {
                        const err68 = {};
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                }
                var valid23 = _errs97 === errors;
                if (valid23) {
                    const err69 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/4/then/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[4].then.not, parentSchema: schema11.properties.custom_password_hash.allOf[4].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err69];
                    }
                    else {
                        vErrors.push(err69);
                    }
                    errors++;
                }
                else {
                    errors = _errs96;
                    if (vErrors !== null) {
                        if (_errs96) {
                            vErrors.length = _errs96;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data32 = data13.hash;
                        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                            if (data32.value !== undefined) {
                                let data33 = data32.value;
                                if (typeof data33 === "string") {
                                    if (!pattern4.test(data33)) {
                                        const err70 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/4/then/properties/hash/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}[A-Za-z0-9+/]+={0,2}$" }, message: "must match pattern \"" + "^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}[A-Za-z0-9+/]+={0,2}$" + "\"", schema: "^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}[A-Za-z0-9+/]+={0,2}$", parentSchema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.value, data: data33 };
                                        if (vErrors === null) {
                                            vErrors = [err70];
                                        }
                                        else {
                                            vErrors.push(err70);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err71 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/4/then/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.value, data: data33 };
                                    if (vErrors === null) {
                                        vErrors = [err71];
                                    }
                                    else {
                                        vErrors.push(err71);
                                    }
                                    errors++;
                                }
                            }
                            if (data32.encoding !== undefined) {
                                let data34 = data32.encoding;
                                if (typeof data34 !== "string") {
                                    const err72 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/4/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err72];
                                    }
                                    else {
                                        vErrors.push(err72);
                                    }
                                    errors++;
                                }
                                if (!(data34 === "utf8")) {
                                    const err73 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/4/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.properties.encoding, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err73];
                                    }
                                    else {
                                        vErrors.push(err73);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err74 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/4/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[4].then.properties.hash, data: data32 };
                            if (vErrors === null) {
                                vErrors = [err74];
                            }
                            else {
                                vErrors.push(err74);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err75 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/4/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[4].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[4].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
                var _valid4 = _errs94 === errors;
                valid21 = _valid4;
            }
            if (!valid21) {
                const err76 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[4].if, parentSchema: schema11.properties.custom_password_hash.allOf[4], data: data13 };
                if (vErrors === null) {
                    vErrors = [err76];
                }
                else {
                    vErrors.push(err76);
                }
                errors++;
            }
            const _errs105 = errors;
            let valid26 = true;
            const _errs106 = errors;
            if (errors === _errs106) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing8;
                    if ((data13.algorithm === undefined) && (missing8 = "algorithm")) {
                        const err77 = {};
                        if (vErrors === null) {
                            vErrors = [err77];
                        }
                        else {
                            vErrors.push(err77);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "md4")) {
                                const err78 = {};
                                if (vErrors === null) {
                                    vErrors = [err78];
                                }
                                else {
                                    vErrors.push(err78);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err79 = {};
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
            }
            var _valid5 = _errs106 === errors;
            errors = _errs105;
            if (vErrors !== null) {
                if (_errs105) {
                    vErrors.length = _errs105;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid5) {
                const _errs109 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data36 = data13.hash;
                        if (!(data36 && typeof data36 == "object" && !Array.isArray(data36))) {
                            const err80 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/allOf/0/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash, data: data36 };
                            if (vErrors === null) {
                                vErrors = [err80];
                            }
                            else {
                                vErrors.push(err80);
                            }
                            errors++;
                        }
                        const _errs115 = errors;
                        let valid31 = true;
                        const _errs116 = errors;
                        if (errors === _errs116) {
                            if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                let missing9;
                                if ((data36.encoding === undefined) && (missing9 = "encoding")) {
                                    const err81 = {};
                                    if (vErrors === null) {
                                        vErrors = [err81];
                                    }
                                    else {
                                        vErrors.push(err81);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data36.encoding !== undefined) {
                                        if ("hex" !== data36.encoding) {
                                            const err82 = {};
                                            if (vErrors === null) {
                                                vErrors = [err82];
                                            }
                                            else {
                                                vErrors.push(err82);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err83 = {};
                                if (vErrors === null) {
                                    vErrors = [err83];
                                }
                                else {
                                    vErrors.push(err83);
                                }
                                errors++;
                            }
                        }
                        var _valid6 = _errs116 === errors;
                        errors = _errs115;
                        if (vErrors !== null) {
                            if (_errs115) {
                                vErrors.length = _errs115;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid6) {
                            const _errs119 = errors;
                            if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                if (data36.value !== undefined) {
                                    let data38 = data36.value;
                                    if (typeof data38 === "string") {
                                        if (!pattern5.test(data38)) {
                                            const err84 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/5/then/allOf/0/properties/hash/allOf/0/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{32}$" }, message: "must match pattern \"" + "^[0-9A-Fa-f]{32}$" + "\"", schema: "^[0-9A-Fa-f]{32}$", parentSchema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data38 };
                                            if (vErrors === null) {
                                                vErrors = [err84];
                                            }
                                            else {
                                                vErrors.push(err84);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err85 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/5/then/allOf/0/properties/hash/allOf/0/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[0].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data38 };
                                        if (vErrors === null) {
                                            vErrors = [err85];
                                        }
                                        else {
                                            vErrors.push(err85);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err86 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/allOf/0/properties/hash/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[0].then, data: data36 };
                                if (vErrors === null) {
                                    vErrors = [err86];
                                }
                                else {
                                    vErrors.push(err86);
                                }
                                errors++;
                            }
                            var _valid6 = _errs119 === errors;
                            valid31 = _valid6;
                        }
                        if (!valid31) {
                            const err87 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/allOf/0/properties/hash/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[0], data: data36 };
                            if (vErrors === null) {
                                vErrors = [err87];
                            }
                            else {
                                vErrors.push(err87);
                            }
                            errors++;
                        }
                        const _errs124 = errors;
                        let valid34 = true;
                        const _errs125 = errors;
                        if (errors === _errs125) {
                            if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                let missing10;
                                if ((data36.encoding === undefined) && (missing10 = "encoding")) {
                                    const err88 = {};
                                    if (vErrors === null) {
                                        vErrors = [err88];
                                    }
                                    else {
                                        vErrors.push(err88);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data36.encoding !== undefined) {
                                        if ("base64" !== data36.encoding) {
                                            const err89 = {};
                                            if (vErrors === null) {
                                                vErrors = [err89];
                                            }
                                            else {
                                                vErrors.push(err89);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err90 = {};
                                if (vErrors === null) {
                                    vErrors = [err90];
                                }
                                else {
                                    vErrors.push(err90);
                                }
                                errors++;
                            }
                        }
                        var _valid7 = _errs125 === errors;
                        errors = _errs124;
                        if (vErrors !== null) {
                            if (_errs124) {
                                vErrors.length = _errs124;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid7) {
                            const _errs128 = errors;
                            if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                if (data36.value !== undefined) {
                                    let data40 = data36.value;
                                    if (typeof data40 === "string") {
                                        if (!pattern6.test(data40)) {
                                            const err91 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/5/then/allOf/0/properties/hash/allOf/1/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/_-]{22}(==)?$" }, message: "must match pattern \"" + "^[A-Za-z0-9+/_-]{22}(==)?$" + "\"", schema: "^[A-Za-z0-9+/_-]{22}(==)?$", parentSchema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data40 };
                                            if (vErrors === null) {
                                                vErrors = [err91];
                                            }
                                            else {
                                                vErrors.push(err91);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err92 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/5/then/allOf/0/properties/hash/allOf/1/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[1].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data40 };
                                        if (vErrors === null) {
                                            vErrors = [err92];
                                        }
                                        else {
                                            vErrors.push(err92);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err93 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/allOf/0/properties/hash/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[1].then, data: data36 };
                                if (vErrors === null) {
                                    vErrors = [err93];
                                }
                                else {
                                    vErrors.push(err93);
                                }
                                errors++;
                            }
                            var _valid7 = _errs128 === errors;
                            valid34 = _valid7;
                        }
                        if (!valid34) {
                            const err94 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/allOf/0/properties/hash/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.allOf[0].properties.hash.allOf[1], data: data36 };
                            if (vErrors === null) {
                                vErrors = [err94];
                            }
                            else {
                                vErrors.push(err94);
                            }
                            errors++;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data41 = data13.hash;
                        if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                            if (data41.encoding === undefined) {
                                const err95 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/properties/hash/required", keyword: "required", params: { missingProperty: "encoding" }, message: "must have required property '" + "encoding" + "'", schema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash, data: data41 };
                                if (vErrors === null) {
                                    vErrors = [err95];
                                }
                                else {
                                    vErrors.push(err95);
                                }
                                errors++;
                            }
                            if (data41.encoding !== undefined) {
                                let data42 = data41.encoding;
                                if (typeof data42 !== "string") {
                                    const err96 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/5/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding, data: data42 };
                                    if (vErrors === null) {
                                        vErrors = [err96];
                                    }
                                    else {
                                        vErrors.push(err96);
                                    }
                                    errors++;
                                }
                                if (!((data42 === "hex") || (data42 === "base64"))) {
                                    const err97 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/5/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.properties.encoding, data: data42 };
                                    if (vErrors === null) {
                                        vErrors = [err97];
                                    }
                                    else {
                                        vErrors.push(err97);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err98 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then.properties.hash, data: data41 };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err99 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/5/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[5].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[5].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err99];
                    }
                    else {
                        vErrors.push(err99);
                    }
                    errors++;
                }
                var _valid5 = _errs109 === errors;
                valid26 = _valid5;
            }
            if (!valid26) {
                const err100 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[5].if, parentSchema: schema11.properties.custom_password_hash.allOf[5], data: data13 };
                if (vErrors === null) {
                    vErrors = [err100];
                }
                else {
                    vErrors.push(err100);
                }
                errors++;
            }
            const _errs137 = errors;
            let valid39 = true;
            const _errs138 = errors;
            if (errors === _errs138) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing11;
                    if ((data13.algorithm === undefined) && (missing11 = "algorithm")) {
                        const err101 = {};
                        if (vErrors === null) {
                            vErrors = [err101];
                        }
                        else {
                            vErrors.push(err101);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "md5")) {
                                const err102 = {};
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err103 = {};
                    if (vErrors === null) {
                        vErrors = [err103];
                    }
                    else {
                        vErrors.push(err103);
                    }
                    errors++;
                }
            }
            var _valid8 = _errs138 === errors;
            errors = _errs137;
            if (vErrors !== null) {
                if (_errs137) {
                    vErrors.length = _errs137;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid8) {
                const _errs141 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data44 = data13.hash;
                        if (!(data44 && typeof data44 == "object" && !Array.isArray(data44))) {
                            const err104 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/allOf/0/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash, data: data44 };
                            if (vErrors === null) {
                                vErrors = [err104];
                            }
                            else {
                                vErrors.push(err104);
                            }
                            errors++;
                        }
                        const _errs147 = errors;
                        let valid44 = true;
                        const _errs148 = errors;
                        if (errors === _errs148) {
                            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                let missing12;
                                if ((data44.encoding === undefined) && (missing12 = "encoding")) {
                                    const err105 = {};
                                    if (vErrors === null) {
                                        vErrors = [err105];
                                    }
                                    else {
                                        vErrors.push(err105);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data44.encoding !== undefined) {
                                        if ("hex" !== data44.encoding) {
                                            const err106 = {};
                                            if (vErrors === null) {
                                                vErrors = [err106];
                                            }
                                            else {
                                                vErrors.push(err106);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err107 = {};
                                if (vErrors === null) {
                                    vErrors = [err107];
                                }
                                else {
                                    vErrors.push(err107);
                                }
                                errors++;
                            }
                        }
                        var _valid9 = _errs148 === errors;
                        errors = _errs147;
                        if (vErrors !== null) {
                            if (_errs147) {
                                vErrors.length = _errs147;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid9) {
                            const _errs151 = errors;
                            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                if (data44.value !== undefined) {
                                    let data46 = data44.value;
                                    if (typeof data46 === "string") {
                                        if (!pattern5.test(data46)) {
                                            const err108 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/6/then/allOf/0/properties/hash/allOf/0/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{32}$" }, message: "must match pattern \"" + "^[0-9A-Fa-f]{32}$" + "\"", schema: "^[0-9A-Fa-f]{32}$", parentSchema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data46 };
                                            if (vErrors === null) {
                                                vErrors = [err108];
                                            }
                                            else {
                                                vErrors.push(err108);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err109 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/6/then/allOf/0/properties/hash/allOf/0/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[0].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data46 };
                                        if (vErrors === null) {
                                            vErrors = [err109];
                                        }
                                        else {
                                            vErrors.push(err109);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err110 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/allOf/0/properties/hash/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[0].then, data: data44 };
                                if (vErrors === null) {
                                    vErrors = [err110];
                                }
                                else {
                                    vErrors.push(err110);
                                }
                                errors++;
                            }
                            var _valid9 = _errs151 === errors;
                            valid44 = _valid9;
                        }
                        if (!valid44) {
                            const err111 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/allOf/0/properties/hash/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[0], data: data44 };
                            if (vErrors === null) {
                                vErrors = [err111];
                            }
                            else {
                                vErrors.push(err111);
                            }
                            errors++;
                        }
                        const _errs156 = errors;
                        let valid47 = true;
                        const _errs157 = errors;
                        if (errors === _errs157) {
                            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                let missing13;
                                if ((data44.encoding === undefined) && (missing13 = "encoding")) {
                                    const err112 = {};
                                    if (vErrors === null) {
                                        vErrors = [err112];
                                    }
                                    else {
                                        vErrors.push(err112);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data44.encoding !== undefined) {
                                        if ("base64" !== data44.encoding) {
                                            const err113 = {};
                                            if (vErrors === null) {
                                                vErrors = [err113];
                                            }
                                            else {
                                                vErrors.push(err113);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err114 = {};
                                if (vErrors === null) {
                                    vErrors = [err114];
                                }
                                else {
                                    vErrors.push(err114);
                                }
                                errors++;
                            }
                        }
                        var _valid10 = _errs157 === errors;
                        errors = _errs156;
                        if (vErrors !== null) {
                            if (_errs156) {
                                vErrors.length = _errs156;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid10) {
                            const _errs160 = errors;
                            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                if (data44.value !== undefined) {
                                    let data48 = data44.value;
                                    if (typeof data48 === "string") {
                                        if (!pattern6.test(data48)) {
                                            const err115 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/6/then/allOf/0/properties/hash/allOf/1/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/_-]{22}(==)?$" }, message: "must match pattern \"" + "^[A-Za-z0-9+/_-]{22}(==)?$" + "\"", schema: "^[A-Za-z0-9+/_-]{22}(==)?$", parentSchema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data48 };
                                            if (vErrors === null) {
                                                vErrors = [err115];
                                            }
                                            else {
                                                vErrors.push(err115);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err116 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/6/then/allOf/0/properties/hash/allOf/1/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[1].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data48 };
                                        if (vErrors === null) {
                                            vErrors = [err116];
                                        }
                                        else {
                                            vErrors.push(err116);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err117 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/allOf/0/properties/hash/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[1].then, data: data44 };
                                if (vErrors === null) {
                                    vErrors = [err117];
                                }
                                else {
                                    vErrors.push(err117);
                                }
                                errors++;
                            }
                            var _valid10 = _errs160 === errors;
                            valid47 = _valid10;
                        }
                        if (!valid47) {
                            const err118 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/allOf/0/properties/hash/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.allOf[0].properties.hash.allOf[1], data: data44 };
                            if (vErrors === null) {
                                vErrors = [err118];
                            }
                            else {
                                vErrors.push(err118);
                            }
                            errors++;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data49 = data13.hash;
                        if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                            if (data49.encoding === undefined) {
                                const err119 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/properties/hash/required", keyword: "required", params: { missingProperty: "encoding" }, message: "must have required property '" + "encoding" + "'", schema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err119];
                                }
                                else {
                                    vErrors.push(err119);
                                }
                                errors++;
                            }
                            if (data49.encoding !== undefined) {
                                let data50 = data49.encoding;
                                if (typeof data50 !== "string") {
                                    const err120 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/6/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding, data: data50 };
                                    if (vErrors === null) {
                                        vErrors = [err120];
                                    }
                                    else {
                                        vErrors.push(err120);
                                    }
                                    errors++;
                                }
                                if (!((data50 === "hex") || (data50 === "base64"))) {
                                    const err121 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/6/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.properties.encoding, data: data50 };
                                    if (vErrors === null) {
                                        vErrors = [err121];
                                    }
                                    else {
                                        vErrors.push(err121);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err122 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then.properties.hash, data: data49 };
                            if (vErrors === null) {
                                vErrors = [err122];
                            }
                            else {
                                vErrors.push(err122);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err123 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/6/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[6].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[6].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err123];
                    }
                    else {
                        vErrors.push(err123);
                    }
                    errors++;
                }
                var _valid8 = _errs141 === errors;
                valid39 = _valid8;
            }
            if (!valid39) {
                const err124 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/6/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[6].if, parentSchema: schema11.properties.custom_password_hash.allOf[6], data: data13 };
                if (vErrors === null) {
                    vErrors = [err124];
                }
                else {
                    vErrors.push(err124);
                }
                errors++;
            }
            const _errs169 = errors;
            let valid52 = true;
            const _errs170 = errors;
            if (errors === _errs170) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing14;
                    if ((data13.algorithm === undefined) && (missing14 = "algorithm")) {
                        const err125 = {};
                        if (vErrors === null) {
                            vErrors = [err125];
                        }
                        else {
                            vErrors.push(err125);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "sha1")) {
                                const err126 = {};
                                if (vErrors === null) {
                                    vErrors = [err126];
                                }
                                else {
                                    vErrors.push(err126);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err127 = {};
                    if (vErrors === null) {
                        vErrors = [err127];
                    }
                    else {
                        vErrors.push(err127);
                    }
                    errors++;
                }
            }
            var _valid11 = _errs170 === errors;
            errors = _errs169;
            if (vErrors !== null) {
                if (_errs169) {
                    vErrors.length = _errs169;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid11) {
                const _errs173 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data52 = data13.hash;
                        if (!(data52 && typeof data52 == "object" && !Array.isArray(data52))) {
                            const err128 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/7/then/allOf/0/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash, data: data52 };
                            if (vErrors === null) {
                                vErrors = [err128];
                            }
                            else {
                                vErrors.push(err128);
                            }
                            errors++;
                        }
                        const _errs179 = errors;
                        let valid57 = true;
                        const _errs180 = errors;
                        if (errors === _errs180) {
                            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                let missing15;
                                if ((data52.encoding === undefined) && (missing15 = "encoding")) {
                                    const err129 = {};
                                    if (vErrors === null) {
                                        vErrors = [err129];
                                    }
                                    else {
                                        vErrors.push(err129);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data52.encoding !== undefined) {
                                        if ("hex" !== data52.encoding) {
                                            const err130 = {};
                                            if (vErrors === null) {
                                                vErrors = [err130];
                                            }
                                            else {
                                                vErrors.push(err130);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err131 = {};
                                if (vErrors === null) {
                                    vErrors = [err131];
                                }
                                else {
                                    vErrors.push(err131);
                                }
                                errors++;
                            }
                        }
                        var _valid12 = _errs180 === errors;
                        errors = _errs179;
                        if (vErrors !== null) {
                            if (_errs179) {
                                vErrors.length = _errs179;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid12) {
                            const _errs183 = errors;
                            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                if (data52.value !== undefined) {
                                    let data54 = data52.value;
                                    if (typeof data54 === "string") {
                                        if (!pattern9.test(data54)) {
                                            const err132 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/7/then/allOf/0/properties/hash/allOf/0/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{40}$" }, message: "must match pattern \"" + "^[0-9A-Fa-f]{40}$" + "\"", schema: "^[0-9A-Fa-f]{40}$", parentSchema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data54 };
                                            if (vErrors === null) {
                                                vErrors = [err132];
                                            }
                                            else {
                                                vErrors.push(err132);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err133 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/7/then/allOf/0/properties/hash/allOf/0/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[0].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data54 };
                                        if (vErrors === null) {
                                            vErrors = [err133];
                                        }
                                        else {
                                            vErrors.push(err133);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err134 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/7/then/allOf/0/properties/hash/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[0].then, data: data52 };
                                if (vErrors === null) {
                                    vErrors = [err134];
                                }
                                else {
                                    vErrors.push(err134);
                                }
                                errors++;
                            }
                            var _valid12 = _errs183 === errors;
                            valid57 = _valid12;
                        }
                        if (!valid57) {
                            const err135 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/7/then/allOf/0/properties/hash/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[0], data: data52 };
                            if (vErrors === null) {
                                vErrors = [err135];
                            }
                            else {
                                vErrors.push(err135);
                            }
                            errors++;
                        }
                        const _errs188 = errors;
                        let valid60 = true;
                        const _errs189 = errors;
                        if (errors === _errs189) {
                            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                let missing16;
                                if ((data52.encoding === undefined) && (missing16 = "encoding")) {
                                    const err136 = {};
                                    if (vErrors === null) {
                                        vErrors = [err136];
                                    }
                                    else {
                                        vErrors.push(err136);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data52.encoding !== undefined) {
                                        if ("base64" !== data52.encoding) {
                                            const err137 = {};
                                            if (vErrors === null) {
                                                vErrors = [err137];
                                            }
                                            else {
                                                vErrors.push(err137);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err138 = {};
                                if (vErrors === null) {
                                    vErrors = [err138];
                                }
                                else {
                                    vErrors.push(err138);
                                }
                                errors++;
                            }
                        }
                        var _valid13 = _errs189 === errors;
                        errors = _errs188;
                        if (vErrors !== null) {
                            if (_errs188) {
                                vErrors.length = _errs188;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid13) {
                            const _errs192 = errors;
                            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                if (data52.value !== undefined) {
                                    let data56 = data52.value;
                                    if (typeof data56 === "string") {
                                        if (!pattern10.test(data56)) {
                                            const err139 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/7/then/allOf/0/properties/hash/allOf/1/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/_-]{27}(=)?$" }, message: "must match pattern \"" + "^[A-Za-z0-9+/_-]{27}(=)?$" + "\"", schema: "^[A-Za-z0-9+/_-]{27}(=)?$", parentSchema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data56 };
                                            if (vErrors === null) {
                                                vErrors = [err139];
                                            }
                                            else {
                                                vErrors.push(err139);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err140 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/7/then/allOf/0/properties/hash/allOf/1/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[1].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data56 };
                                        if (vErrors === null) {
                                            vErrors = [err140];
                                        }
                                        else {
                                            vErrors.push(err140);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err141 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/7/then/allOf/0/properties/hash/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[1].then, data: data52 };
                                if (vErrors === null) {
                                    vErrors = [err141];
                                }
                                else {
                                    vErrors.push(err141);
                                }
                                errors++;
                            }
                            var _valid13 = _errs192 === errors;
                            valid60 = _valid13;
                        }
                        if (!valid60) {
                            const err142 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/7/then/allOf/0/properties/hash/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.allOf[0].properties.hash.allOf[1], data: data52 };
                            if (vErrors === null) {
                                vErrors = [err142];
                            }
                            else {
                                vErrors.push(err142);
                            }
                            errors++;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data57 = data13.hash;
                        if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                            if (data57.encoding === undefined) {
                                const err143 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/7/then/properties/hash/required", keyword: "required", params: { missingProperty: "encoding" }, message: "must have required property '" + "encoding" + "'", schema: schema11.properties.custom_password_hash.allOf[7].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.properties.hash, data: data57 };
                                if (vErrors === null) {
                                    vErrors = [err143];
                                }
                                else {
                                    vErrors.push(err143);
                                }
                                errors++;
                            }
                            if (data57.encoding !== undefined) {
                                let data58 = data57.encoding;
                                if (typeof data58 !== "string") {
                                    const err144 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/7/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[7].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.properties.hash.properties.encoding, data: data58 };
                                    if (vErrors === null) {
                                        vErrors = [err144];
                                    }
                                    else {
                                        vErrors.push(err144);
                                    }
                                    errors++;
                                }
                                if (!((data58 === "hex") || (data58 === "base64"))) {
                                    const err145 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/7/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[7].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[7].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.properties.hash.properties.encoding, data: data58 };
                                    if (vErrors === null) {
                                        vErrors = [err145];
                                    }
                                    else {
                                        vErrors.push(err145);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err146 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/7/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[7].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[7].then.properties.hash, data: data57 };
                            if (vErrors === null) {
                                vErrors = [err146];
                            }
                            else {
                                vErrors.push(err146);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err147 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/7/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[7].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[7].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err147];
                    }
                    else {
                        vErrors.push(err147);
                    }
                    errors++;
                }
                var _valid11 = _errs173 === errors;
                valid52 = _valid11;
            }
            if (!valid52) {
                const err148 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/7/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[7].if, parentSchema: schema11.properties.custom_password_hash.allOf[7], data: data13 };
                if (vErrors === null) {
                    vErrors = [err148];
                }
                else {
                    vErrors.push(err148);
                }
                errors++;
            }
            const _errs201 = errors;
            let valid65 = true;
            const _errs202 = errors;
            if (errors === _errs202) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing17;
                    if ((data13.algorithm === undefined) && (missing17 = "algorithm")) {
                        const err149 = {};
                        if (vErrors === null) {
                            vErrors = [err149];
                        }
                        else {
                            vErrors.push(err149);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "sha256")) {
                                const err150 = {};
                                if (vErrors === null) {
                                    vErrors = [err150];
                                }
                                else {
                                    vErrors.push(err150);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err151 = {};
                    if (vErrors === null) {
                        vErrors = [err151];
                    }
                    else {
                        vErrors.push(err151);
                    }
                    errors++;
                }
            }
            var _valid14 = _errs202 === errors;
            errors = _errs201;
            if (vErrors !== null) {
                if (_errs201) {
                    vErrors.length = _errs201;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid14) {
                const _errs205 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data60 = data13.hash;
                        if (!(data60 && typeof data60 == "object" && !Array.isArray(data60))) {
                            const err152 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/8/then/allOf/0/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash, data: data60 };
                            if (vErrors === null) {
                                vErrors = [err152];
                            }
                            else {
                                vErrors.push(err152);
                            }
                            errors++;
                        }
                        const _errs211 = errors;
                        let valid70 = true;
                        const _errs212 = errors;
                        if (errors === _errs212) {
                            if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                let missing18;
                                if ((data60.encoding === undefined) && (missing18 = "encoding")) {
                                    const err153 = {};
                                    if (vErrors === null) {
                                        vErrors = [err153];
                                    }
                                    else {
                                        vErrors.push(err153);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data60.encoding !== undefined) {
                                        if ("hex" !== data60.encoding) {
                                            const err154 = {};
                                            if (vErrors === null) {
                                                vErrors = [err154];
                                            }
                                            else {
                                                vErrors.push(err154);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err155 = {};
                                if (vErrors === null) {
                                    vErrors = [err155];
                                }
                                else {
                                    vErrors.push(err155);
                                }
                                errors++;
                            }
                        }
                        var _valid15 = _errs212 === errors;
                        errors = _errs211;
                        if (vErrors !== null) {
                            if (_errs211) {
                                vErrors.length = _errs211;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid15) {
                            const _errs215 = errors;
                            if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                if (data60.value !== undefined) {
                                    let data62 = data60.value;
                                    if (typeof data62 === "string") {
                                        if (!pattern11.test(data62)) {
                                            const err156 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/8/then/allOf/0/properties/hash/allOf/0/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{64}$" }, message: "must match pattern \"" + "^[0-9A-Fa-f]{64}$" + "\"", schema: "^[0-9A-Fa-f]{64}$", parentSchema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data62 };
                                            if (vErrors === null) {
                                                vErrors = [err156];
                                            }
                                            else {
                                                vErrors.push(err156);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err157 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/8/then/allOf/0/properties/hash/allOf/0/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[0].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data62 };
                                        if (vErrors === null) {
                                            vErrors = [err157];
                                        }
                                        else {
                                            vErrors.push(err157);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err158 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/8/then/allOf/0/properties/hash/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[0].then, data: data60 };
                                if (vErrors === null) {
                                    vErrors = [err158];
                                }
                                else {
                                    vErrors.push(err158);
                                }
                                errors++;
                            }
                            var _valid15 = _errs215 === errors;
                            valid70 = _valid15;
                        }
                        if (!valid70) {
                            const err159 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/8/then/allOf/0/properties/hash/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[0], data: data60 };
                            if (vErrors === null) {
                                vErrors = [err159];
                            }
                            else {
                                vErrors.push(err159);
                            }
                            errors++;
                        }
                        const _errs220 = errors;
                        let valid73 = true;
                        const _errs221 = errors;
                        if (errors === _errs221) {
                            if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                let missing19;
                                if ((data60.encoding === undefined) && (missing19 = "encoding")) {
                                    const err160 = {};
                                    if (vErrors === null) {
                                        vErrors = [err160];
                                    }
                                    else {
                                        vErrors.push(err160);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data60.encoding !== undefined) {
                                        if ("base64" !== data60.encoding) {
                                            const err161 = {};
                                            if (vErrors === null) {
                                                vErrors = [err161];
                                            }
                                            else {
                                                vErrors.push(err161);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err162 = {};
                                if (vErrors === null) {
                                    vErrors = [err162];
                                }
                                else {
                                    vErrors.push(err162);
                                }
                                errors++;
                            }
                        }
                        var _valid16 = _errs221 === errors;
                        errors = _errs220;
                        if (vErrors !== null) {
                            if (_errs220) {
                                vErrors.length = _errs220;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid16) {
                            const _errs224 = errors;
                            if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                if (data60.value !== undefined) {
                                    let data64 = data60.value;
                                    if (typeof data64 === "string") {
                                        if (!pattern12.test(data64)) {
                                            const err163 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/8/then/allOf/0/properties/hash/allOf/1/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/_-]{43}(=)?$" }, message: "must match pattern \"" + "^[A-Za-z0-9+/_-]{43}(=)?$" + "\"", schema: "^[A-Za-z0-9+/_-]{43}(=)?$", parentSchema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data64 };
                                            if (vErrors === null) {
                                                vErrors = [err163];
                                            }
                                            else {
                                                vErrors.push(err163);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err164 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/8/then/allOf/0/properties/hash/allOf/1/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[1].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data64 };
                                        if (vErrors === null) {
                                            vErrors = [err164];
                                        }
                                        else {
                                            vErrors.push(err164);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err165 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/8/then/allOf/0/properties/hash/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[1].then, data: data60 };
                                if (vErrors === null) {
                                    vErrors = [err165];
                                }
                                else {
                                    vErrors.push(err165);
                                }
                                errors++;
                            }
                            var _valid16 = _errs224 === errors;
                            valid73 = _valid16;
                        }
                        if (!valid73) {
                            const err166 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/8/then/allOf/0/properties/hash/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.allOf[0].properties.hash.allOf[1], data: data60 };
                            if (vErrors === null) {
                                vErrors = [err166];
                            }
                            else {
                                vErrors.push(err166);
                            }
                            errors++;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data65 = data13.hash;
                        if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                            if (data65.encoding === undefined) {
                                const err167 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/8/then/properties/hash/required", keyword: "required", params: { missingProperty: "encoding" }, message: "must have required property '" + "encoding" + "'", schema: schema11.properties.custom_password_hash.allOf[8].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.properties.hash, data: data65 };
                                if (vErrors === null) {
                                    vErrors = [err167];
                                }
                                else {
                                    vErrors.push(err167);
                                }
                                errors++;
                            }
                            if (data65.encoding !== undefined) {
                                let data66 = data65.encoding;
                                if (typeof data66 !== "string") {
                                    const err168 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/8/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[8].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.properties.hash.properties.encoding, data: data66 };
                                    if (vErrors === null) {
                                        vErrors = [err168];
                                    }
                                    else {
                                        vErrors.push(err168);
                                    }
                                    errors++;
                                }
                                if (!((data66 === "hex") || (data66 === "base64"))) {
                                    const err169 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/8/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[8].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[8].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.properties.hash.properties.encoding, data: data66 };
                                    if (vErrors === null) {
                                        vErrors = [err169];
                                    }
                                    else {
                                        vErrors.push(err169);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err170 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/8/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[8].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[8].then.properties.hash, data: data65 };
                            if (vErrors === null) {
                                vErrors = [err170];
                            }
                            else {
                                vErrors.push(err170);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err171 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/8/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[8].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[8].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err171];
                    }
                    else {
                        vErrors.push(err171);
                    }
                    errors++;
                }
                var _valid14 = _errs205 === errors;
                valid65 = _valid14;
            }
            if (!valid65) {
                const err172 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/8/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[8].if, parentSchema: schema11.properties.custom_password_hash.allOf[8], data: data13 };
                if (vErrors === null) {
                    vErrors = [err172];
                }
                else {
                    vErrors.push(err172);
                }
                errors++;
            }
            const _errs233 = errors;
            let valid78 = true;
            const _errs234 = errors;
            if (errors === _errs234) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing20;
                    if ((data13.algorithm === undefined) && (missing20 = "algorithm")) {
                        const err173 = {};
                        if (vErrors === null) {
                            vErrors = [err173];
                        }
                        else {
                            vErrors.push(err173);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "sha512")) {
                                const err174 = {};
                                if (vErrors === null) {
                                    vErrors = [err174];
                                }
                                else {
                                    vErrors.push(err174);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err175 = {};
                    if (vErrors === null) {
                        vErrors = [err175];
                    }
                    else {
                        vErrors.push(err175);
                    }
                    errors++;
                }
            }
            var _valid17 = _errs234 === errors;
            errors = _errs233;
            if (vErrors !== null) {
                if (_errs233) {
                    vErrors.length = _errs233;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid17) {
                const _errs237 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data68 = data13.hash;
                        if (!(data68 && typeof data68 == "object" && !Array.isArray(data68))) {
                            const err176 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/9/then/allOf/0/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash, data: data68 };
                            if (vErrors === null) {
                                vErrors = [err176];
                            }
                            else {
                                vErrors.push(err176);
                            }
                            errors++;
                        }
                        const _errs243 = errors;
                        let valid83 = true;
                        const _errs244 = errors;
                        if (errors === _errs244) {
                            if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                let missing21;
                                if ((data68.encoding === undefined) && (missing21 = "encoding")) {
                                    const err177 = {};
                                    if (vErrors === null) {
                                        vErrors = [err177];
                                    }
                                    else {
                                        vErrors.push(err177);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data68.encoding !== undefined) {
                                        if ("hex" !== data68.encoding) {
                                            const err178 = {};
                                            if (vErrors === null) {
                                                vErrors = [err178];
                                            }
                                            else {
                                                vErrors.push(err178);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err179 = {};
                                if (vErrors === null) {
                                    vErrors = [err179];
                                }
                                else {
                                    vErrors.push(err179);
                                }
                                errors++;
                            }
                        }
                        var _valid18 = _errs244 === errors;
                        errors = _errs243;
                        if (vErrors !== null) {
                            if (_errs243) {
                                vErrors.length = _errs243;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid18) {
                            const _errs247 = errors;
                            if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                if (data68.value !== undefined) {
                                    let data70 = data68.value;
                                    if (typeof data70 === "string") {
                                        if (!pattern13.test(data70)) {
                                            const err180 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/9/then/allOf/0/properties/hash/allOf/0/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{128}$" }, message: "must match pattern \"" + "^[0-9A-Fa-f]{128}$" + "\"", schema: "^[0-9A-Fa-f]{128}$", parentSchema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err180];
                                            }
                                            else {
                                                vErrors.push(err180);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err181 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/9/then/allOf/0/properties/hash/allOf/0/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[0].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[0].then.properties.value, data: data70 };
                                        if (vErrors === null) {
                                            vErrors = [err181];
                                        }
                                        else {
                                            vErrors.push(err181);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err182 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/9/then/allOf/0/properties/hash/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[0].then, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err182];
                                }
                                else {
                                    vErrors.push(err182);
                                }
                                errors++;
                            }
                            var _valid18 = _errs247 === errors;
                            valid83 = _valid18;
                        }
                        if (!valid83) {
                            const err183 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/9/then/allOf/0/properties/hash/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[0], data: data68 };
                            if (vErrors === null) {
                                vErrors = [err183];
                            }
                            else {
                                vErrors.push(err183);
                            }
                            errors++;
                        }
                        const _errs252 = errors;
                        let valid86 = true;
                        const _errs253 = errors;
                        if (errors === _errs253) {
                            if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                let missing22;
                                if ((data68.encoding === undefined) && (missing22 = "encoding")) {
                                    const err184 = {};
                                    if (vErrors === null) {
                                        vErrors = [err184];
                                    }
                                    else {
                                        vErrors.push(err184);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data68.encoding !== undefined) {
                                        if ("base64" !== data68.encoding) {
                                            const err185 = {};
                                            if (vErrors === null) {
                                                vErrors = [err185];
                                            }
                                            else {
                                                vErrors.push(err185);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err186 = {};
                                if (vErrors === null) {
                                    vErrors = [err186];
                                }
                                else {
                                    vErrors.push(err186);
                                }
                                errors++;
                            }
                        }
                        var _valid19 = _errs253 === errors;
                        errors = _errs252;
                        if (vErrors !== null) {
                            if (_errs252) {
                                vErrors.length = _errs252;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        if (_valid19) {
                            const _errs256 = errors;
                            if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                if (data68.value !== undefined) {
                                    let data72 = data68.value;
                                    if (typeof data72 === "string") {
                                        if (!pattern14.test(data72)) {
                                            const err187 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/9/then/allOf/0/properties/hash/allOf/1/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/_-]{86}(==)?$" }, message: "must match pattern \"" + "^[A-Za-z0-9+/_-]{86}(==)?$" + "\"", schema: "^[A-Za-z0-9+/_-]{86}(==)?$", parentSchema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data72 };
                                            if (vErrors === null) {
                                                vErrors = [err187];
                                            }
                                            else {
                                                vErrors.push(err187);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err188 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/9/then/allOf/0/properties/hash/allOf/1/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[1].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[1].then.properties.value, data: data72 };
                                        if (vErrors === null) {
                                            vErrors = [err188];
                                        }
                                        else {
                                            vErrors.push(err188);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err189 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/9/then/allOf/0/properties/hash/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[1].then, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err189];
                                }
                                else {
                                    vErrors.push(err189);
                                }
                                errors++;
                            }
                            var _valid19 = _errs256 === errors;
                            valid86 = _valid19;
                        }
                        if (!valid86) {
                            const err190 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/9/then/allOf/0/properties/hash/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.allOf[0].properties.hash.allOf[1], data: data68 };
                            if (vErrors === null) {
                                vErrors = [err190];
                            }
                            else {
                                vErrors.push(err190);
                            }
                            errors++;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data73 = data13.hash;
                        if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                            if (data73.encoding === undefined) {
                                const err191 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/9/then/properties/hash/required", keyword: "required", params: { missingProperty: "encoding" }, message: "must have required property '" + "encoding" + "'", schema: schema11.properties.custom_password_hash.allOf[9].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.properties.hash, data: data73 };
                                if (vErrors === null) {
                                    vErrors = [err191];
                                }
                                else {
                                    vErrors.push(err191);
                                }
                                errors++;
                            }
                            if (data73.encoding !== undefined) {
                                let data74 = data73.encoding;
                                if (typeof data74 !== "string") {
                                    const err192 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/9/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[9].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.properties.hash.properties.encoding, data: data74 };
                                    if (vErrors === null) {
                                        vErrors = [err192];
                                    }
                                    else {
                                        vErrors.push(err192);
                                    }
                                    errors++;
                                }
                                if (!((data74 === "hex") || (data74 === "base64"))) {
                                    const err193 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/9/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[9].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[9].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.properties.hash.properties.encoding, data: data74 };
                                    if (vErrors === null) {
                                        vErrors = [err193];
                                    }
                                    else {
                                        vErrors.push(err193);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err194 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/9/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[9].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[9].then.properties.hash, data: data73 };
                            if (vErrors === null) {
                                vErrors = [err194];
                            }
                            else {
                                vErrors.push(err194);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err195 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/9/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[9].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[9].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err195];
                    }
                    else {
                        vErrors.push(err195);
                    }
                    errors++;
                }
                var _valid17 = _errs237 === errors;
                valid78 = _valid17;
            }
            if (!valid78) {
                const err196 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/9/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[9].if, parentSchema: schema11.properties.custom_password_hash.allOf[9], data: data13 };
                if (vErrors === null) {
                    vErrors = [err196];
                }
                else {
                    vErrors.push(err196);
                }
                errors++;
            }
            const _errs265 = errors;
            let valid91 = true;
            const _errs266 = errors;
            if (errors === _errs266) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing23;
                    if ((data13.algorithm === undefined) && (missing23 = "algorithm")) {
                        const err197 = {};
                        if (vErrors === null) {
                            vErrors = [err197];
                        }
                        else {
                            vErrors.push(err197);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "pbkdf2")) {
                                const err198 = {};
                                if (vErrors === null) {
                                    vErrors = [err198];
                                }
                                else {
                                    vErrors.push(err198);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err199 = {};
                    if (vErrors === null) {
                        vErrors = [err199];
                    }
                    else {
                        vErrors.push(err199);
                    }
                    errors++;
                }
            }
            var _valid20 = _errs266 === errors;
            errors = _errs265;
            if (vErrors !== null) {
                if (_errs265) {
                    vErrors.length = _errs265;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid20) {
                const _errs269 = errors;
                const _errs271 = errors;
                const _errs272 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing24;
                    if ((data13.salt === undefined) && (missing24 = "salt")) {
                        const err200 = {};
                        if (vErrors === null) {
                            vErrors = [err200];
                        }
                        else {
                            vErrors.push(err200);
                        }
                        errors++;
                    }
                }
                var valid93 = _errs272 === errors;
                if (valid93) {
                    const err201 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/10/then/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[10].then.not, parentSchema: schema11.properties.custom_password_hash.allOf[10].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err201];
                    }
                    else {
                        vErrors.push(err201);
                    }
                    errors++;
                }
                else {
                    errors = _errs271;
                    if (vErrors !== null) {
                        if (_errs271) {
                            vErrors.length = _errs271;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.hash !== undefined) {
                        let data76 = data13.hash;
                        if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                            if (data76.value !== undefined) {
                                let data77 = data76.value;
                                if (typeof data77 === "string") {
                                    if (!pattern15.test(data77)) {
                                        const err202 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/10/then/properties/hash/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\$pbkdf2-(RSA-MD4|RSA-MD5|RSA-MDC2|RSA-RIPEMD160|RSA-SHA1|RSA-SHA1-2|RSA-SHA224|RSA-SHA256|RSA-SHA384|RSA-SHA512|md4|md4WithRSAEncryption|md5|md5WithRSAEncryption|mdc2|mdc2WithRSA|ripemd|ripemd160|ripemd160WithRSA|rmd160|sha1|sha1WithRSAEncryption|sha224|sha224WithRSAEncryption|sha256|sha256WithRSAEncryption|sha384|sha384WithRSAEncryption|sha512|sha512WithRSAEncryption|ssl3-md5|ssl3-sha1|whirlpool)(\\$(i=[0-9]+(,l=[0-9]+)?|l=[0-9]+))?\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$" }, message: "must match pattern \"" + "^\\$pbkdf2-(RSA-MD4|RSA-MD5|RSA-MDC2|RSA-RIPEMD160|RSA-SHA1|RSA-SHA1-2|RSA-SHA224|RSA-SHA256|RSA-SHA384|RSA-SHA512|md4|md4WithRSAEncryption|md5|md5WithRSAEncryption|mdc2|mdc2WithRSA|ripemd|ripemd160|ripemd160WithRSA|rmd160|sha1|sha1WithRSAEncryption|sha224|sha224WithRSAEncryption|sha256|sha256WithRSAEncryption|sha384|sha384WithRSAEncryption|sha512|sha512WithRSAEncryption|ssl3-md5|ssl3-sha1|whirlpool)(\\$(i=[0-9]+(,l=[0-9]+)?|l=[0-9]+))?\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$" + "\"", schema: "^\\$pbkdf2-(RSA-MD4|RSA-MD5|RSA-MDC2|RSA-RIPEMD160|RSA-SHA1|RSA-SHA1-2|RSA-SHA224|RSA-SHA256|RSA-SHA384|RSA-SHA512|md4|md4WithRSAEncryption|md5|md5WithRSAEncryption|mdc2|mdc2WithRSA|ripemd|ripemd160|ripemd160WithRSA|rmd160|sha1|sha1WithRSAEncryption|sha224|sha224WithRSAEncryption|sha256|sha256WithRSAEncryption|sha384|sha384WithRSAEncryption|sha512|sha512WithRSAEncryption|ssl3-md5|ssl3-sha1|whirlpool)(\\$(i=[0-9]+(,l=[0-9]+)?|l=[0-9]+))?\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$", parentSchema: schema11.properties.custom_password_hash.allOf[10].then.properties.hash.properties.value, data: data77 };
                                        if (vErrors === null) {
                                            vErrors = [err202];
                                        }
                                        else {
                                            vErrors.push(err202);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err203 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/allOf/10/then/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[10].then.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.allOf[10].then.properties.hash.properties.value, data: data77 };
                                    if (vErrors === null) {
                                        vErrors = [err203];
                                    }
                                    else {
                                        vErrors.push(err203);
                                    }
                                    errors++;
                                }
                            }
                            if (data76.encoding !== undefined) {
                                let data78 = data76.encoding;
                                if (typeof data78 !== "string") {
                                    const err204 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/10/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[10].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[10].then.properties.hash.properties.encoding, data: data78 };
                                    if (vErrors === null) {
                                        vErrors = [err204];
                                    }
                                    else {
                                        vErrors.push(err204);
                                    }
                                    errors++;
                                }
                                if (!(data78 === "utf8")) {
                                    const err205 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/10/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[10].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[10].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[10].then.properties.hash.properties.encoding, data: data78 };
                                    if (vErrors === null) {
                                        vErrors = [err205];
                                    }
                                    else {
                                        vErrors.push(err205);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err206 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/10/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[10].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[10].then.properties.hash, data: data76 };
                            if (vErrors === null) {
                                vErrors = [err206];
                            }
                            else {
                                vErrors.push(err206);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err207 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/10/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[10].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[10].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err207];
                    }
                    else {
                        vErrors.push(err207);
                    }
                    errors++;
                }
                var _valid20 = _errs269 === errors;
                valid91 = _valid20;
            }
            if (!valid91) {
                const err208 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/10/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[10].if, parentSchema: schema11.properties.custom_password_hash.allOf[10], data: data13 };
                if (vErrors === null) {
                    vErrors = [err208];
                }
                else {
                    vErrors.push(err208);
                }
                errors++;
            }
            const _errs280 = errors;
            let valid96 = true;
            const _errs281 = errors;
            if (errors === _errs281) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing25;
                    if ((data13.algorithm === undefined) && (missing25 = "algorithm")) {
                        const err209 = {};
                        if (vErrors === null) {
                            vErrors = [err209];
                        }
                        else {
                            vErrors.push(err209);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            if (!(data13.algorithm === "scrypt")) {
                                const err210 = {};
                                if (vErrors === null) {
                                    vErrors = [err210];
                                }
                                else {
                                    vErrors.push(err210);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err211 = {};
                    if (vErrors === null) {
                        vErrors = [err211];
                    }
                    else {
                        vErrors.push(err211);
                    }
                    errors++;
                }
            }
            var _valid21 = _errs281 === errors;
            errors = _errs280;
            if (vErrors !== null) {
                if (_errs280) {
                    vErrors.length = _errs280;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid21) {
                const _errs284 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.keylen === undefined) {
                        const err212 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/11/then/required", keyword: "required", params: { missingProperty: "keylen" }, message: "must have required property '" + "keylen" + "'", schema: schema11.properties.custom_password_hash.allOf[11].then.required, parentSchema: schema11.properties.custom_password_hash.allOf[11].then, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err212];
                        }
                        else {
                            vErrors.push(err212);
                        }
                        errors++;
                    }
                    if (data13.hash !== undefined) {
                        let data80 = data13.hash;
                        if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                            if (data80.encoding === undefined) {
                                const err213 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/11/then/properties/hash/required", keyword: "required", params: { missingProperty: "encoding" }, message: "must have required property '" + "encoding" + "'", schema: schema11.properties.custom_password_hash.allOf[11].then.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.allOf[11].then.properties.hash, data: data80 };
                                if (vErrors === null) {
                                    vErrors = [err213];
                                }
                                else {
                                    vErrors.push(err213);
                                }
                                errors++;
                            }
                            if (data80.encoding !== undefined) {
                                let data81 = data80.encoding;
                                if (typeof data81 !== "string") {
                                    const err214 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/11/then/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.allOf[11].then.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.allOf[11].then.properties.hash.properties.encoding, data: data81 };
                                    if (vErrors === null) {
                                        vErrors = [err214];
                                    }
                                    else {
                                        vErrors.push(err214);
                                    }
                                    errors++;
                                }
                                if (!((data81 === "hex") || (data81 === "base64"))) {
                                    const err215 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/allOf/11/then/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.allOf[11].then.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.allOf[11].then.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.allOf[11].then.properties.hash.properties.encoding, data: data81 };
                                    if (vErrors === null) {
                                        vErrors = [err215];
                                    }
                                    else {
                                        vErrors.push(err215);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err216 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/allOf/11/then/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[11].then.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.allOf[11].then.properties.hash, data: data80 };
                            if (vErrors === null) {
                                vErrors = [err216];
                            }
                            else {
                                vErrors.push(err216);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err217 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/11/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[11].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[11].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err217];
                    }
                    else {
                        vErrors.push(err217);
                    }
                    errors++;
                }
                var _valid21 = _errs284 === errors;
                valid96 = _valid21;
            }
            if (!valid96) {
                const err218 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/11/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[11].if, parentSchema: schema11.properties.custom_password_hash.allOf[11], data: data13 };
                if (vErrors === null) {
                    vErrors = [err218];
                }
                else {
                    vErrors.push(err218);
                }
                errors++;
            }
            const _errs291 = errors;
            let valid100 = true;
            const _errs292 = errors;
            if (errors === _errs292) {
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    let missing26;
                    if ((data13.algorithm === undefined) && (missing26 = "algorithm")) {
                        const err219 = {};
                        if (vErrors === null) {
                            vErrors = [err219];
                        }
                        else {
                            vErrors.push(err219);
                        }
                        errors++;
                    }
                    else {
                        if (data13.algorithm !== undefined) {
                            let data82 = data13.algorithm;
                            if (!((((((((((data82 === "argon2") || (data82 === "bcrypt")) || (data82 === "hmac")) || (data82 === "ldap")) || (data82 === "md4")) || (data82 === "md5")) || (data82 === "sha1")) || (data82 === "sha256")) || (data82 === "sha512")) || (data82 === "pbkdf2"))) {
                                const err220 = {};
                                if (vErrors === null) {
                                    vErrors = [err220];
                                }
                                else {
                                    vErrors.push(err220);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err221 = {};
                    if (vErrors === null) {
                        vErrors = [err221];
                    }
                    else {
                        vErrors.push(err221);
                    }
                    errors++;
                }
            }
            var _valid22 = _errs292 === errors;
            errors = _errs291;
            if (vErrors !== null) {
                if (_errs291) {
                    vErrors.length = _errs291;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid22) {
                const _errs295 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.keylen !== undefined) {
                        const err222 = { instancePath: instancePath + "/custom_password_hash/keylen", schemaPath: "#/properties/custom_password_hash/allOf/12/then/properties/keylen/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[12].then.properties.keylen.not, parentSchema: schema11.properties.custom_password_hash.allOf[12].then.properties.keylen, data: data13.keylen };
                        if (vErrors === null) {
                            vErrors = [err222];
                        }
                        else {
                            vErrors.push(err222);
                        }
                        errors++;
                    }
                    if (data13.cost !== undefined) {
                        const err223 = { instancePath: instancePath + "/custom_password_hash/cost", schemaPath: "#/properties/custom_password_hash/allOf/12/then/properties/cost/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[12].then.properties.cost.not, parentSchema: schema11.properties.custom_password_hash.allOf[12].then.properties.cost, data: data13.cost };
                        if (vErrors === null) {
                            vErrors = [err223];
                        }
                        else {
                            vErrors.push(err223);
                        }
                        errors++;
                    }
                    if (data13.blockSize !== undefined) {
                        const err224 = { instancePath: instancePath + "/custom_password_hash/blockSize", schemaPath: "#/properties/custom_password_hash/allOf/12/then/properties/blockSize/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[12].then.properties.blockSize.not, parentSchema: schema11.properties.custom_password_hash.allOf[12].then.properties.blockSize, data: data13.blockSize };
                        if (vErrors === null) {
                            vErrors = [err224];
                        }
                        else {
                            vErrors.push(err224);
                        }
                        errors++;
                    }
                    if (data13.parallelization !== undefined) {
                        const err225 = { instancePath: instancePath + "/custom_password_hash/parallelization", schemaPath: "#/properties/custom_password_hash/allOf/12/then/properties/parallelization/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.custom_password_hash.allOf[12].then.properties.parallelization.not, parentSchema: schema11.properties.custom_password_hash.allOf[12].then.properties.parallelization, data: data13.parallelization };
                        if (vErrors === null) {
                            vErrors = [err225];
                        }
                        else {
                            vErrors.push(err225);
                        }
                        errors++;
                    }
                }
                else {
                    const err226 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/12/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.allOf[12].then.type, parentSchema: schema11.properties.custom_password_hash.allOf[12].then, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err226];
                    }
                    else {
                        vErrors.push(err226);
                    }
                    errors++;
                }
                var _valid22 = _errs295 === errors;
                valid100 = _valid22;
            }
            if (!valid100) {
                const err227 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/allOf/12/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.allOf[12].if, parentSchema: schema11.properties.custom_password_hash.allOf[12], data: data13 };
                if (vErrors === null) {
                    vErrors = [err227];
                }
                else {
                    vErrors.push(err227);
                }
                errors++;
            }
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.algorithm === undefined) {
                    const err228 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property '" + "algorithm" + "'", schema: schema11.properties.custom_password_hash.required, parentSchema: schema11.properties.custom_password_hash, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err228];
                    }
                    else {
                        vErrors.push(err228);
                    }
                    errors++;
                }
                if (data13.hash === undefined) {
                    const err229 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/required", keyword: "required", params: { missingProperty: "hash" }, message: "must have required property '" + "hash" + "'", schema: schema11.properties.custom_password_hash.required, parentSchema: schema11.properties.custom_password_hash, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err229];
                    }
                    else {
                        vErrors.push(err229);
                    }
                    errors++;
                }
                for (const key1 in data13) {
                    if (!((((((((key1 === "algorithm") || (key1 === "hash")) || (key1 === "salt")) || (key1 === "password")) || (key1 === "keylen")) || (key1 === "cost")) || (key1 === "blockSize")) || (key1 === "parallelization"))) {
                        const err230 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.custom_password_hash, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err230];
                        }
                        else {
                            vErrors.push(err230);
                        }
                        errors++;
                    }
                }
                if (data13.algorithm !== undefined) {
                    let data87 = data13.algorithm;
                    if (typeof data87 !== "string") {
                        const err231 = { instancePath: instancePath + "/custom_password_hash/algorithm", schemaPath: "#/properties/custom_password_hash/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.algorithm.type, parentSchema: schema11.properties.custom_password_hash.properties.algorithm, data: data87 };
                        if (vErrors === null) {
                            vErrors = [err231];
                        }
                        else {
                            vErrors.push(err231);
                        }
                        errors++;
                    }
                    if (!(((((((((((data87 === "argon2") || (data87 === "bcrypt")) || (data87 === "hmac")) || (data87 === "ldap")) || (data87 === "md4")) || (data87 === "md5")) || (data87 === "sha1")) || (data87 === "sha256")) || (data87 === "sha512")) || (data87 === "pbkdf2")) || (data87 === "scrypt"))) {
                        const err232 = { instancePath: instancePath + "/custom_password_hash/algorithm", schemaPath: "#/properties/custom_password_hash/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.algorithm.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.algorithm.enum, parentSchema: schema11.properties.custom_password_hash.properties.algorithm, data: data87 };
                        if (vErrors === null) {
                            vErrors = [err232];
                        }
                        else {
                            vErrors.push(err232);
                        }
                        errors++;
                    }
                }
                if (data13.hash !== undefined) {
                    let data88 = data13.hash;
                    const _errs311 = errors;
                    let valid105 = true;
                    const _errs312 = errors;
                    if (errors === _errs312) {
                        if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                            let missing27;
                            if ((data88.encoding === undefined) && (missing27 = "encoding")) {
                                const err233 = {};
                                if (vErrors === null) {
                                    vErrors = [err233];
                                }
                                else {
                                    vErrors.push(err233);
                                }
                                errors++;
                            }
                            else {
                                if (data88.encoding !== undefined) {
                                    if ("hex" !== data88.encoding) {
                                        const err234 = {};
                                        if (vErrors === null) {
                                            vErrors = [err234];
                                        }
                                        else {
                                            vErrors.push(err234);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err235 = {};
                            if (vErrors === null) {
                                vErrors = [err235];
                            }
                            else {
                                vErrors.push(err235);
                            }
                            errors++;
                        }
                    }
                    var _valid23 = _errs312 === errors;
                    errors = _errs311;
                    if (vErrors !== null) {
                        if (_errs311) {
                            vErrors.length = _errs311;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    if (_valid23) {
                        const _errs315 = errors;
                        if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                            if (data88.value !== undefined) {
                                let data90 = data88.value;
                                if (typeof data90 === "string") {
                                    if (!pattern16.test(data90)) {
                                        const err236 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/properties/hash/allOf/0/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]+$" }, message: "must match pattern \"" + "^[0-9A-Fa-f]+$" + "\"", schema: "^[0-9A-Fa-f]+$", parentSchema: schema11.properties.custom_password_hash.properties.hash.allOf[0].then.properties.value, data: data90 };
                                        if (vErrors === null) {
                                            vErrors = [err236];
                                        }
                                        else {
                                            vErrors.push(err236);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err237 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/properties/hash/allOf/0/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.allOf[0].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.allOf[0].then.properties.value, data: data90 };
                                    if (vErrors === null) {
                                        vErrors = [err237];
                                    }
                                    else {
                                        vErrors.push(err237);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err238 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/properties/hash/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.hash.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.allOf[0].then, data: data88 };
                            if (vErrors === null) {
                                vErrors = [err238];
                            }
                            else {
                                vErrors.push(err238);
                            }
                            errors++;
                        }
                        var _valid23 = _errs315 === errors;
                        valid105 = _valid23;
                    }
                    if (!valid105) {
                        const err239 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/properties/hash/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.properties.hash.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.properties.hash.allOf[0], data: data88 };
                        if (vErrors === null) {
                            vErrors = [err239];
                        }
                        else {
                            vErrors.push(err239);
                        }
                        errors++;
                    }
                    const _errs320 = errors;
                    let valid108 = true;
                    const _errs321 = errors;
                    if (errors === _errs321) {
                        if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                            let missing28;
                            if ((data88.encoding === undefined) && (missing28 = "encoding")) {
                                const err240 = {};
                                if (vErrors === null) {
                                    vErrors = [err240];
                                }
                                else {
                                    vErrors.push(err240);
                                }
                                errors++;
                            }
                            else {
                                if (data88.encoding !== undefined) {
                                    if ("base64" !== data88.encoding) {
                                        const err241 = {};
                                        if (vErrors === null) {
                                            vErrors = [err241];
                                        }
                                        else {
                                            vErrors.push(err241);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err242 = {};
                            if (vErrors === null) {
                                vErrors = [err242];
                            }
                            else {
                                vErrors.push(err242);
                            }
                            errors++;
                        }
                    }
                    var _valid24 = _errs321 === errors;
                    errors = _errs320;
                    if (vErrors !== null) {
                        if (_errs320) {
                            vErrors.length = _errs320;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    if (_valid24) {
                        const _errs324 = errors;
                        if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                            if (data88.value !== undefined) {
                                let data92 = data88.value;
                                if (typeof data92 === "string") {
                                    if (!pattern17.test(data92)) {
                                        const err243 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/properties/hash/allOf/1/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/_-]+={0,2}$" }, message: "must match pattern \"" + "^[A-Za-z0-9+/_-]+={0,2}$" + "\"", schema: "^[A-Za-z0-9+/_-]+={0,2}$", parentSchema: schema11.properties.custom_password_hash.properties.hash.allOf[1].then.properties.value, data: data92 };
                                        if (vErrors === null) {
                                            vErrors = [err243];
                                        }
                                        else {
                                            vErrors.push(err243);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err244 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/properties/hash/allOf/1/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.allOf[1].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.allOf[1].then.properties.value, data: data92 };
                                    if (vErrors === null) {
                                        vErrors = [err244];
                                    }
                                    else {
                                        vErrors.push(err244);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err245 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/properties/hash/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.hash.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.allOf[1].then, data: data88 };
                            if (vErrors === null) {
                                vErrors = [err245];
                            }
                            else {
                                vErrors.push(err245);
                            }
                            errors++;
                        }
                        var _valid24 = _errs324 === errors;
                        valid108 = _valid24;
                    }
                    if (!valid108) {
                        const err246 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/properties/hash/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.properties.hash.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.properties.hash.allOf[1], data: data88 };
                        if (vErrors === null) {
                            vErrors = [err246];
                        }
                        else {
                            vErrors.push(err246);
                        }
                        errors++;
                    }
                    if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                        if (data88.value === undefined) {
                            const err247 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/properties/hash/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.custom_password_hash.properties.hash.required, parentSchema: schema11.properties.custom_password_hash.properties.hash, data: data88 };
                            if (vErrors === null) {
                                vErrors = [err247];
                            }
                            else {
                                vErrors.push(err247);
                            }
                            errors++;
                        }
                        for (const key2 in data88) {
                            if (!((((key2 === "value") || (key2 === "encoding")) || (key2 === "digest")) || (key2 === "key"))) {
                                const err248 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/properties/hash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.custom_password_hash.properties.hash, data: data88 };
                                if (vErrors === null) {
                                    vErrors = [err248];
                                }
                                else {
                                    vErrors.push(err248);
                                }
                                errors++;
                            }
                        }
                        if (data88.value !== undefined) {
                            let data93 = data88.value;
                            if (typeof data93 !== "string") {
                                const err249 = { instancePath: instancePath + "/custom_password_hash/hash/value", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.value, data: data93 };
                                if (vErrors === null) {
                                    vErrors = [err249];
                                }
                                else {
                                    vErrors.push(err249);
                                }
                                errors++;
                            }
                        }
                        if (data88.encoding !== undefined) {
                            let data94 = data88.encoding;
                            if (typeof data94 !== "string") {
                                const err250 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.encoding, data: data94 };
                                if (vErrors === null) {
                                    vErrors = [err250];
                                }
                                else {
                                    vErrors.push(err250);
                                }
                                errors++;
                            }
                            if (!(((data94 === "base64") || (data94 === "hex")) || (data94 === "utf8"))) {
                                const err251 = { instancePath: instancePath + "/custom_password_hash/hash/encoding", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.hash.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.hash.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.encoding, data: data94 };
                                if (vErrors === null) {
                                    vErrors = [err251];
                                }
                                else {
                                    vErrors.push(err251);
                                }
                                errors++;
                            }
                        }
                        if (data88.digest !== undefined) {
                            let data95 = data88.digest;
                            if (typeof data95 !== "string") {
                                const err252 = { instancePath: instancePath + "/custom_password_hash/hash/digest", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.digest.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.digest, data: data95 };
                                if (vErrors === null) {
                                    vErrors = [err252];
                                }
                                else {
                                    vErrors.push(err252);
                                }
                                errors++;
                            }
                            if (!(((((((((data95 === "md4") || (data95 === "md5")) || (data95 === "ripemd160")) || (data95 === "sha1")) || (data95 === "sha224")) || (data95 === "sha256")) || (data95 === "sha384")) || (data95 === "sha512")) || (data95 === "whirlpool"))) {
                                const err253 = { instancePath: instancePath + "/custom_password_hash/hash/digest", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/digest/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.hash.properties.digest.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.hash.properties.digest.enum, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.digest, data: data95 };
                                if (vErrors === null) {
                                    vErrors = [err253];
                                }
                                else {
                                    vErrors.push(err253);
                                }
                                errors++;
                            }
                        }
                        if (data88.key !== undefined) {
                            let data96 = data88.key;
                            const _errs338 = errors;
                            let valid113 = true;
                            const _errs339 = errors;
                            if (errors === _errs339) {
                                if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                                    let missing29;
                                    if ((data96.encoding === undefined) && (missing29 = "encoding")) {
                                        const err254 = {};
                                        if (vErrors === null) {
                                            vErrors = [err254];
                                        }
                                        else {
                                            vErrors.push(err254);
                                        }
                                        errors++;
                                    }
                                    else {
                                        if (data96.encoding !== undefined) {
                                            if ("hex" !== data96.encoding) {
                                                const err255 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err255];
                                                }
                                                else {
                                                    vErrors.push(err255);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                else {
                                    const err256 = {};
                                    if (vErrors === null) {
                                        vErrors = [err256];
                                    }
                                    else {
                                        vErrors.push(err256);
                                    }
                                    errors++;
                                }
                            }
                            var _valid25 = _errs339 === errors;
                            errors = _errs338;
                            if (vErrors !== null) {
                                if (_errs338) {
                                    vErrors.length = _errs338;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            if (_valid25) {
                                const _errs342 = errors;
                                if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                                    if (data96.value !== undefined) {
                                        let data98 = data96.value;
                                        if (typeof data98 === "string") {
                                            if (!pattern16.test(data98)) {
                                                const err257 = { instancePath: instancePath + "/custom_password_hash/hash/key/value", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/allOf/0/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]+$" }, message: "must match pattern \"" + "^[0-9A-Fa-f]+$" + "\"", schema: "^[0-9A-Fa-f]+$", parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[0].then.properties.value, data: data98 };
                                                if (vErrors === null) {
                                                    vErrors = [err257];
                                                }
                                                else {
                                                    vErrors.push(err257);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err258 = { instancePath: instancePath + "/custom_password_hash/hash/key/value", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/allOf/0/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[0].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[0].then.properties.value, data: data98 };
                                            if (vErrors === null) {
                                                vErrors = [err258];
                                            }
                                            else {
                                                vErrors.push(err258);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err259 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[0].then, data: data96 };
                                    if (vErrors === null) {
                                        vErrors = [err259];
                                    }
                                    else {
                                        vErrors.push(err259);
                                    }
                                    errors++;
                                }
                                var _valid25 = _errs342 === errors;
                                valid113 = _valid25;
                            }
                            if (!valid113) {
                                const err260 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[0], data: data96 };
                                if (vErrors === null) {
                                    vErrors = [err260];
                                }
                                else {
                                    vErrors.push(err260);
                                }
                                errors++;
                            }
                            const _errs347 = errors;
                            let valid116 = true;
                            const _errs348 = errors;
                            if (errors === _errs348) {
                                if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                                    let missing30;
                                    if ((data96.encoding === undefined) && (missing30 = "encoding")) {
                                        const err261 = {};
                                        if (vErrors === null) {
                                            vErrors = [err261];
                                        }
                                        else {
                                            vErrors.push(err261);
                                        }
                                        errors++;
                                    }
                                    else {
                                        if (data96.encoding !== undefined) {
                                            if ("base64" !== data96.encoding) {
                                                const err262 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err262];
                                                }
                                                else {
                                                    vErrors.push(err262);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                else {
                                    const err263 = {};
                                    if (vErrors === null) {
                                        vErrors = [err263];
                                    }
                                    else {
                                        vErrors.push(err263);
                                    }
                                    errors++;
                                }
                            }
                            var _valid26 = _errs348 === errors;
                            errors = _errs347;
                            if (vErrors !== null) {
                                if (_errs347) {
                                    vErrors.length = _errs347;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            if (_valid26) {
                                const _errs351 = errors;
                                if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                                    if (data96.value !== undefined) {
                                        let data100 = data96.value;
                                        if (typeof data100 === "string") {
                                            if (!pattern17.test(data100)) {
                                                const err264 = { instancePath: instancePath + "/custom_password_hash/hash/key/value", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/allOf/1/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/_-]+={0,2}$" }, message: "must match pattern \"" + "^[A-Za-z0-9+/_-]+={0,2}$" + "\"", schema: "^[A-Za-z0-9+/_-]+={0,2}$", parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[1].then.properties.value, data: data100 };
                                                if (vErrors === null) {
                                                    vErrors = [err264];
                                                }
                                                else {
                                                    vErrors.push(err264);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err265 = { instancePath: instancePath + "/custom_password_hash/hash/key/value", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/allOf/1/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[1].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[1].then.properties.value, data: data100 };
                                            if (vErrors === null) {
                                                vErrors = [err265];
                                            }
                                            else {
                                                vErrors.push(err265);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err266 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[1].then, data: data96 };
                                    if (vErrors === null) {
                                        vErrors = [err266];
                                    }
                                    else {
                                        vErrors.push(err266);
                                    }
                                    errors++;
                                }
                                var _valid26 = _errs351 === errors;
                                valid116 = _valid26;
                            }
                            if (!valid116) {
                                const err267 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.allOf[1], data: data96 };
                                if (vErrors === null) {
                                    vErrors = [err267];
                                }
                                else {
                                    vErrors.push(err267);
                                }
                                errors++;
                            }
                            if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                                if (data96.value === undefined) {
                                    const err268 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.required, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key, data: data96 };
                                    if (vErrors === null) {
                                        vErrors = [err268];
                                    }
                                    else {
                                        vErrors.push(err268);
                                    }
                                    errors++;
                                }
                                for (const key3 in data96) {
                                    if (!((key3 === "value") || (key3 === "encoding"))) {
                                        const err269 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key, data: data96 };
                                        if (vErrors === null) {
                                            vErrors = [err269];
                                        }
                                        else {
                                            vErrors.push(err269);
                                        }
                                        errors++;
                                    }
                                }
                                if (data96.value !== undefined) {
                                    let data101 = data96.value;
                                    if (typeof data101 !== "string") {
                                        const err270 = { instancePath: instancePath + "/custom_password_hash/hash/key/value", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.value, data: data101 };
                                        if (vErrors === null) {
                                            vErrors = [err270];
                                        }
                                        else {
                                            vErrors.push(err270);
                                        }
                                        errors++;
                                    }
                                }
                                if (data96.encoding !== undefined) {
                                    let data102 = data96.encoding;
                                    if (typeof data102 !== "string") {
                                        const err271 = { instancePath: instancePath + "/custom_password_hash/hash/key/encoding", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding, data: data102 };
                                        if (vErrors === null) {
                                            vErrors = [err271];
                                        }
                                        else {
                                            vErrors.push(err271);
                                        }
                                        errors++;
                                    }
                                    if (!(((data102 === "base64") || (data102 === "hex")) || (data102 === "utf8"))) {
                                        const err272 = { instancePath: instancePath + "/custom_password_hash/hash/key/encoding", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key.properties.encoding, data: data102 };
                                        if (vErrors === null) {
                                            vErrors = [err272];
                                        }
                                        else {
                                            vErrors.push(err272);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err273 = { instancePath: instancePath + "/custom_password_hash/hash/key", schemaPath: "#/properties/custom_password_hash/properties/hash/properties/key/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.hash.properties.key.type, parentSchema: schema11.properties.custom_password_hash.properties.hash.properties.key, data: data96 };
                                if (vErrors === null) {
                                    vErrors = [err273];
                                }
                                else {
                                    vErrors.push(err273);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err274 = { instancePath: instancePath + "/custom_password_hash/hash", schemaPath: "#/properties/custom_password_hash/properties/hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.hash.type, parentSchema: schema11.properties.custom_password_hash.properties.hash, data: data88 };
                        if (vErrors === null) {
                            vErrors = [err274];
                        }
                        else {
                            vErrors.push(err274);
                        }
                        errors++;
                    }
                }
                if (data13.salt !== undefined) {
                    let data103 = data13.salt;
                    const _errs363 = errors;
                    let valid121 = true;
                    const _errs364 = errors;
                    if (errors === _errs364) {
                        if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                            let missing31;
                            if ((data103.encoding === undefined) && (missing31 = "encoding")) {
                                const err275 = {};
                                if (vErrors === null) {
                                    vErrors = [err275];
                                }
                                else {
                                    vErrors.push(err275);
                                }
                                errors++;
                            }
                            else {
                                if (data103.encoding !== undefined) {
                                    if ("hex" !== data103.encoding) {
                                        const err276 = {};
                                        if (vErrors === null) {
                                            vErrors = [err276];
                                        }
                                        else {
                                            vErrors.push(err276);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err277 = {};
                            if (vErrors === null) {
                                vErrors = [err277];
                            }
                            else {
                                vErrors.push(err277);
                            }
                            errors++;
                        }
                    }
                    var _valid27 = _errs364 === errors;
                    errors = _errs363;
                    if (vErrors !== null) {
                        if (_errs363) {
                            vErrors.length = _errs363;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    if (_valid27) {
                        const _errs367 = errors;
                        if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                            if (data103.value !== undefined) {
                                let data105 = data103.value;
                                if (typeof data105 === "string") {
                                    if (!pattern16.test(data105)) {
                                        const err278 = { instancePath: instancePath + "/custom_password_hash/salt/value", schemaPath: "#/properties/custom_password_hash/properties/salt/allOf/0/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]+$" }, message: "must match pattern \"" + "^[0-9A-Fa-f]+$" + "\"", schema: "^[0-9A-Fa-f]+$", parentSchema: schema11.properties.custom_password_hash.properties.salt.allOf[0].then.properties.value, data: data105 };
                                        if (vErrors === null) {
                                            vErrors = [err278];
                                        }
                                        else {
                                            vErrors.push(err278);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err279 = { instancePath: instancePath + "/custom_password_hash/salt/value", schemaPath: "#/properties/custom_password_hash/properties/salt/allOf/0/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.salt.allOf[0].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.allOf[0].then.properties.value, data: data105 };
                                    if (vErrors === null) {
                                        vErrors = [err279];
                                    }
                                    else {
                                        vErrors.push(err279);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err280 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/properties/salt/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.salt.allOf[0].then.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.allOf[0].then, data: data103 };
                            if (vErrors === null) {
                                vErrors = [err280];
                            }
                            else {
                                vErrors.push(err280);
                            }
                            errors++;
                        }
                        var _valid27 = _errs367 === errors;
                        valid121 = _valid27;
                    }
                    if (!valid121) {
                        const err281 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/properties/salt/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.properties.salt.allOf[0].if, parentSchema: schema11.properties.custom_password_hash.properties.salt.allOf[0], data: data103 };
                        if (vErrors === null) {
                            vErrors = [err281];
                        }
                        else {
                            vErrors.push(err281);
                        }
                        errors++;
                    }
                    const _errs372 = errors;
                    let valid124 = true;
                    const _errs373 = errors;
                    if (errors === _errs373) {
                        if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                            let missing32;
                            if ((data103.encoding === undefined) && (missing32 = "encoding")) {
                                const err282 = {};
                                if (vErrors === null) {
                                    vErrors = [err282];
                                }
                                else {
                                    vErrors.push(err282);
                                }
                                errors++;
                            }
                            else {
                                if (data103.encoding !== undefined) {
                                    if ("base64" !== data103.encoding) {
                                        const err283 = {};
                                        if (vErrors === null) {
                                            vErrors = [err283];
                                        }
                                        else {
                                            vErrors.push(err283);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err284 = {};
                            if (vErrors === null) {
                                vErrors = [err284];
                            }
                            else {
                                vErrors.push(err284);
                            }
                            errors++;
                        }
                    }
                    var _valid28 = _errs373 === errors;
                    errors = _errs372;
                    if (vErrors !== null) {
                        if (_errs372) {
                            vErrors.length = _errs372;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    if (_valid28) {
                        const _errs376 = errors;
                        if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                            if (data103.value !== undefined) {
                                let data107 = data103.value;
                                if (typeof data107 === "string") {
                                    if (!pattern17.test(data107)) {
                                        const err285 = { instancePath: instancePath + "/custom_password_hash/salt/value", schemaPath: "#/properties/custom_password_hash/properties/salt/allOf/1/then/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/_-]+={0,2}$" }, message: "must match pattern \"" + "^[A-Za-z0-9+/_-]+={0,2}$" + "\"", schema: "^[A-Za-z0-9+/_-]+={0,2}$", parentSchema: schema11.properties.custom_password_hash.properties.salt.allOf[1].then.properties.value, data: data107 };
                                        if (vErrors === null) {
                                            vErrors = [err285];
                                        }
                                        else {
                                            vErrors.push(err285);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err286 = { instancePath: instancePath + "/custom_password_hash/salt/value", schemaPath: "#/properties/custom_password_hash/properties/salt/allOf/1/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.salt.allOf[1].then.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.allOf[1].then.properties.value, data: data107 };
                                    if (vErrors === null) {
                                        vErrors = [err286];
                                    }
                                    else {
                                        vErrors.push(err286);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err287 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/properties/salt/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.salt.allOf[1].then.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.allOf[1].then, data: data103 };
                            if (vErrors === null) {
                                vErrors = [err287];
                            }
                            else {
                                vErrors.push(err287);
                            }
                            errors++;
                        }
                        var _valid28 = _errs376 === errors;
                        valid124 = _valid28;
                    }
                    if (!valid124) {
                        const err288 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/properties/salt/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.properties.custom_password_hash.properties.salt.allOf[1].if, parentSchema: schema11.properties.custom_password_hash.properties.salt.allOf[1], data: data103 };
                        if (vErrors === null) {
                            vErrors = [err288];
                        }
                        else {
                            vErrors.push(err288);
                        }
                        errors++;
                    }
                    if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                        if (data103.value === undefined) {
                            const err289 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/properties/salt/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.custom_password_hash.properties.salt.required, parentSchema: schema11.properties.custom_password_hash.properties.salt, data: data103 };
                            if (vErrors === null) {
                                vErrors = [err289];
                            }
                            else {
                                vErrors.push(err289);
                            }
                            errors++;
                        }
                        for (const key4 in data103) {
                            if (!(((key4 === "value") || (key4 === "encoding")) || (key4 === "position"))) {
                                const err290 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/properties/salt/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.custom_password_hash.properties.salt, data: data103 };
                                if (vErrors === null) {
                                    vErrors = [err290];
                                }
                                else {
                                    vErrors.push(err290);
                                }
                                errors++;
                            }
                        }
                        if (data103.value !== undefined) {
                            let data108 = data103.value;
                            if (typeof data108 !== "string") {
                                const err291 = { instancePath: instancePath + "/custom_password_hash/salt/value", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.salt.properties.value.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.value, data: data108 };
                                if (vErrors === null) {
                                    vErrors = [err291];
                                }
                                else {
                                    vErrors.push(err291);
                                }
                                errors++;
                            }
                        }
                        if (data103.encoding !== undefined) {
                            let data109 = data103.encoding;
                            if (typeof data109 !== "string") {
                                const err292 = { instancePath: instancePath + "/custom_password_hash/salt/encoding", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.salt.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.encoding, data: data109 };
                                if (vErrors === null) {
                                    vErrors = [err292];
                                }
                                else {
                                    vErrors.push(err292);
                                }
                                errors++;
                            }
                            if (!(((data109 === "base64") || (data109 === "hex")) || (data109 === "utf8"))) {
                                const err293 = { instancePath: instancePath + "/custom_password_hash/salt/encoding", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.salt.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.salt.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.encoding, data: data109 };
                                if (vErrors === null) {
                                    vErrors = [err293];
                                }
                                else {
                                    vErrors.push(err293);
                                }
                                errors++;
                            }
                        }
                        if (data103.position !== undefined) {
                            let data110 = data103.position;
                            if (typeof data110 !== "string") {
                                const err294 = { instancePath: instancePath + "/custom_password_hash/salt/position", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.salt.properties.position.type, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.position, data: data110 };
                                if (vErrors === null) {
                                    vErrors = [err294];
                                }
                                else {
                                    vErrors.push(err294);
                                }
                                errors++;
                            }
                            if (!((data110 === "prefix") || (data110 === "suffix"))) {
                                const err295 = { instancePath: instancePath + "/custom_password_hash/salt/position", schemaPath: "#/properties/custom_password_hash/properties/salt/properties/position/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.salt.properties.position.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.salt.properties.position.enum, parentSchema: schema11.properties.custom_password_hash.properties.salt.properties.position, data: data110 };
                                if (vErrors === null) {
                                    vErrors = [err295];
                                }
                                else {
                                    vErrors.push(err295);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err296 = { instancePath: instancePath + "/custom_password_hash/salt", schemaPath: "#/properties/custom_password_hash/properties/salt/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.salt.type, parentSchema: schema11.properties.custom_password_hash.properties.salt, data: data103 };
                        if (vErrors === null) {
                            vErrors = [err296];
                        }
                        else {
                            vErrors.push(err296);
                        }
                        errors++;
                    }
                }
                if (data13.password !== undefined) {
                    let data111 = data13.password;
                    if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                        for (const key5 in data111) {
                            if (!(key5 === "encoding")) {
                                const err297 = { instancePath: instancePath + "/custom_password_hash/password", schemaPath: "#/properties/custom_password_hash/properties/password/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.custom_password_hash.properties.password, data: data111 };
                                if (vErrors === null) {
                                    vErrors = [err297];
                                }
                                else {
                                    vErrors.push(err297);
                                }
                                errors++;
                            }
                        }
                        if (data111.encoding !== undefined) {
                            let data112 = data111.encoding;
                            if (typeof data112 !== "string") {
                                const err298 = { instancePath: instancePath + "/custom_password_hash/password/encoding", schemaPath: "#/properties/custom_password_hash/properties/password/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.custom_password_hash.properties.password.properties.encoding.type, parentSchema: schema11.properties.custom_password_hash.properties.password.properties.encoding, data: data112 };
                                if (vErrors === null) {
                                    vErrors = [err298];
                                }
                                else {
                                    vErrors.push(err298);
                                }
                                errors++;
                            }
                            if (!((((((data112 === "ascii") || (data112 === "utf8")) || (data112 === "utf16le")) || (data112 === "ucs2")) || (data112 === "latin1")) || (data112 === "binary"))) {
                                const err299 = { instancePath: instancePath + "/custom_password_hash/password/encoding", schemaPath: "#/properties/custom_password_hash/properties/password/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.password.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.password.properties.encoding.enum, parentSchema: schema11.properties.custom_password_hash.properties.password.properties.encoding, data: data112 };
                                if (vErrors === null) {
                                    vErrors = [err299];
                                }
                                else {
                                    vErrors.push(err299);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err300 = { instancePath: instancePath + "/custom_password_hash/password", schemaPath: "#/properties/custom_password_hash/properties/password/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.properties.password.type, parentSchema: schema11.properties.custom_password_hash.properties.password, data: data111 };
                        if (vErrors === null) {
                            vErrors = [err300];
                        }
                        else {
                            vErrors.push(err300);
                        }
                        errors++;
                    }
                }
                if (data13.keylen !== undefined) {
                    let data113 = data13.keylen;
                    if (!(((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113))) && (isFinite(data113)))) {
                        const err301 = { instancePath: instancePath + "/custom_password_hash/keylen", schemaPath: "#/properties/custom_password_hash/properties/keylen/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.custom_password_hash.properties.keylen.type, parentSchema: schema11.properties.custom_password_hash.properties.keylen, data: data113 };
                        if (vErrors === null) {
                            vErrors = [err301];
                        }
                        else {
                            vErrors.push(err301);
                        }
                        errors++;
                    }
                    if ((typeof data113 == "number") && (isFinite(data113))) {
                        if (data113 < 1 || isNaN(data113)) {
                            const err302 = { instancePath: instancePath + "/custom_password_hash/keylen", schemaPath: "#/properties/custom_password_hash/properties/keylen/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.custom_password_hash.properties.keylen, data: data113 };
                            if (vErrors === null) {
                                vErrors = [err302];
                            }
                            else {
                                vErrors.push(err302);
                            }
                            errors++;
                        }
                    }
                }
                if (data13.cost !== undefined) {
                    let data114 = data13.cost;
                    if (!(((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114))) && (isFinite(data114)))) {
                        const err303 = { instancePath: instancePath + "/custom_password_hash/cost", schemaPath: "#/properties/custom_password_hash/properties/cost/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.custom_password_hash.properties.cost.type, parentSchema: schema11.properties.custom_password_hash.properties.cost, data: data114 };
                        if (vErrors === null) {
                            vErrors = [err303];
                        }
                        else {
                            vErrors.push(err303);
                        }
                        errors++;
                    }
                    if (!((((((((((((((((((((((((((((((data114 === 2) || (data114 === 4)) || (data114 === 8)) || (data114 === 16)) || (data114 === 32)) || (data114 === 64)) || (data114 === 128)) || (data114 === 256)) || (data114 === 512)) || (data114 === 1024)) || (data114 === 2048)) || (data114 === 4096)) || (data114 === 8192)) || (data114 === 16384)) || (data114 === 32768)) || (data114 === 65536)) || (data114 === 131072)) || (data114 === 262144)) || (data114 === 524288)) || (data114 === 1048576)) || (data114 === 2097152)) || (data114 === 4194304)) || (data114 === 8388608)) || (data114 === 16777216)) || (data114 === 33554432)) || (data114 === 67108864)) || (data114 === 134217728)) || (data114 === 268435456)) || (data114 === 536870912)) || (data114 === 1073741824))) {
                        const err304 = { instancePath: instancePath + "/custom_password_hash/cost", schemaPath: "#/properties/custom_password_hash/properties/cost/enum", keyword: "enum", params: { allowedValues: schema11.properties.custom_password_hash.properties.cost.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.custom_password_hash.properties.cost.enum, parentSchema: schema11.properties.custom_password_hash.properties.cost, data: data114 };
                        if (vErrors === null) {
                            vErrors = [err304];
                        }
                        else {
                            vErrors.push(err304);
                        }
                        errors++;
                    }
                }
                if (data13.blockSize !== undefined) {
                    let data115 = data13.blockSize;
                    if (!(((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115))) && (isFinite(data115)))) {
                        const err305 = { instancePath: instancePath + "/custom_password_hash/blockSize", schemaPath: "#/properties/custom_password_hash/properties/blockSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.custom_password_hash.properties.blockSize.type, parentSchema: schema11.properties.custom_password_hash.properties.blockSize, data: data115 };
                        if (vErrors === null) {
                            vErrors = [err305];
                        }
                        else {
                            vErrors.push(err305);
                        }
                        errors++;
                    }
                    if ((typeof data115 == "number") && (isFinite(data115))) {
                        if (data115 < 1 || isNaN(data115)) {
                            const err306 = { instancePath: instancePath + "/custom_password_hash/blockSize", schemaPath: "#/properties/custom_password_hash/properties/blockSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.custom_password_hash.properties.blockSize, data: data115 };
                            if (vErrors === null) {
                                vErrors = [err306];
                            }
                            else {
                                vErrors.push(err306);
                            }
                            errors++;
                        }
                    }
                }
                if (data13.parallelization !== undefined) {
                    let data116 = data13.parallelization;
                    if (!(((typeof data116 == "number") && (!(data116 % 1) && !isNaN(data116))) && (isFinite(data116)))) {
                        const err307 = { instancePath: instancePath + "/custom_password_hash/parallelization", schemaPath: "#/properties/custom_password_hash/properties/parallelization/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.custom_password_hash.properties.parallelization.type, parentSchema: schema11.properties.custom_password_hash.properties.parallelization, data: data116 };
                        if (vErrors === null) {
                            vErrors = [err307];
                        }
                        else {
                            vErrors.push(err307);
                        }
                        errors++;
                    }
                    if ((typeof data116 == "number") && (isFinite(data116))) {
                        if (data116 < 1 || isNaN(data116)) {
                            const err308 = { instancePath: instancePath + "/custom_password_hash/parallelization", schemaPath: "#/properties/custom_password_hash/properties/parallelization/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.custom_password_hash.properties.parallelization, data: data116 };
                            if (vErrors === null) {
                                vErrors = [err308];
                            }
                            else {
                                vErrors.push(err308);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err309 = { instancePath: instancePath + "/custom_password_hash", schemaPath: "#/properties/custom_password_hash/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_password_hash.type, parentSchema: schema11.properties.custom_password_hash, data: data13 };
                if (vErrors === null) {
                    vErrors = [err309];
                }
                else {
                    vErrors.push(err309);
                }
                errors++;
            }
        }
        if (data.app_metadata !== undefined) {
            let data117 = data.app_metadata;
            if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
                if (data117.__tenant !== undefined) {
                    const err310 = { instancePath: instancePath + "/app_metadata/__tenant", schemaPath: "#/properties/app_metadata/properties/__tenant/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.__tenant.not, parentSchema: schema11.properties.app_metadata.properties.__tenant, data: data117.__tenant };
                    if (vErrors === null) {
                        vErrors = [err310];
                    }
                    else {
                        vErrors.push(err310);
                    }
                    errors++;
                }
                if (data117._id !== undefined) {
                    const err311 = { instancePath: instancePath + "/app_metadata/_id", schemaPath: "#/properties/app_metadata/properties/_id/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties._id.not, parentSchema: schema11.properties.app_metadata.properties._id, data: data117._id };
                    if (vErrors === null) {
                        vErrors = [err311];
                    }
                    else {
                        vErrors.push(err311);
                    }
                    errors++;
                }
                if (data117.blocked !== undefined) {
                    const err312 = { instancePath: instancePath + "/app_metadata/blocked", schemaPath: "#/properties/app_metadata/properties/blocked/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.blocked.not, parentSchema: schema11.properties.app_metadata.properties.blocked, data: data117.blocked };
                    if (vErrors === null) {
                        vErrors = [err312];
                    }
                    else {
                        vErrors.push(err312);
                    }
                    errors++;
                }
                if (data117.clientID !== undefined) {
                    const err313 = { instancePath: instancePath + "/app_metadata/clientID", schemaPath: "#/properties/app_metadata/properties/clientID/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.clientID.not, parentSchema: schema11.properties.app_metadata.properties.clientID, data: data117.clientID };
                    if (vErrors === null) {
                        vErrors = [err313];
                    }
                    else {
                        vErrors.push(err313);
                    }
                    errors++;
                }
                if (data117.created_at !== undefined) {
                    const err314 = { instancePath: instancePath + "/app_metadata/created_at", schemaPath: "#/properties/app_metadata/properties/created_at/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.created_at.not, parentSchema: schema11.properties.app_metadata.properties.created_at, data: data117.created_at };
                    if (vErrors === null) {
                        vErrors = [err314];
                    }
                    else {
                        vErrors.push(err314);
                    }
                    errors++;
                }
                if (data117.email_verified !== undefined) {
                    const err315 = { instancePath: instancePath + "/app_metadata/email_verified", schemaPath: "#/properties/app_metadata/properties/email_verified/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.email_verified.not, parentSchema: schema11.properties.app_metadata.properties.email_verified, data: data117.email_verified };
                    if (vErrors === null) {
                        vErrors = [err315];
                    }
                    else {
                        vErrors.push(err315);
                    }
                    errors++;
                }
                if (data117.email !== undefined) {
                    const err316 = { instancePath: instancePath + "/app_metadata/email", schemaPath: "#/properties/app_metadata/properties/email/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.email.not, parentSchema: schema11.properties.app_metadata.properties.email, data: data117.email };
                    if (vErrors === null) {
                        vErrors = [err316];
                    }
                    else {
                        vErrors.push(err316);
                    }
                    errors++;
                }
                if (data117.globalClientID !== undefined) {
                    const err317 = { instancePath: instancePath + "/app_metadata/globalClientID", schemaPath: "#/properties/app_metadata/properties/globalClientID/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.globalClientID.not, parentSchema: schema11.properties.app_metadata.properties.globalClientID, data: data117.globalClientID };
                    if (vErrors === null) {
                        vErrors = [err317];
                    }
                    else {
                        vErrors.push(err317);
                    }
                    errors++;
                }
                if (data117.global_client_id !== undefined) {
                    const err318 = { instancePath: instancePath + "/app_metadata/global_client_id", schemaPath: "#/properties/app_metadata/properties/global_client_id/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.global_client_id.not, parentSchema: schema11.properties.app_metadata.properties.global_client_id, data: data117.global_client_id };
                    if (vErrors === null) {
                        vErrors = [err318];
                    }
                    else {
                        vErrors.push(err318);
                    }
                    errors++;
                }
                if (data117.identities !== undefined) {
                    const err319 = { instancePath: instancePath + "/app_metadata/identities", schemaPath: "#/properties/app_metadata/properties/identities/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.identities.not, parentSchema: schema11.properties.app_metadata.properties.identities, data: data117.identities };
                    if (vErrors === null) {
                        vErrors = [err319];
                    }
                    else {
                        vErrors.push(err319);
                    }
                    errors++;
                }
                if (data117.lastIP !== undefined) {
                    const err320 = { instancePath: instancePath + "/app_metadata/lastIP", schemaPath: "#/properties/app_metadata/properties/lastIP/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.lastIP.not, parentSchema: schema11.properties.app_metadata.properties.lastIP, data: data117.lastIP };
                    if (vErrors === null) {
                        vErrors = [err320];
                    }
                    else {
                        vErrors.push(err320);
                    }
                    errors++;
                }
                if (data117.lastLogin !== undefined) {
                    const err321 = { instancePath: instancePath + "/app_metadata/lastLogin", schemaPath: "#/properties/app_metadata/properties/lastLogin/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.lastLogin.not, parentSchema: schema11.properties.app_metadata.properties.lastLogin, data: data117.lastLogin };
                    if (vErrors === null) {
                        vErrors = [err321];
                    }
                    else {
                        vErrors.push(err321);
                    }
                    errors++;
                }
                if (data117.loginsCount !== undefined) {
                    const err322 = { instancePath: instancePath + "/app_metadata/loginsCount", schemaPath: "#/properties/app_metadata/properties/loginsCount/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.loginsCount.not, parentSchema: schema11.properties.app_metadata.properties.loginsCount, data: data117.loginsCount };
                    if (vErrors === null) {
                        vErrors = [err322];
                    }
                    else {
                        vErrors.push(err322);
                    }
                    errors++;
                }
                if (data117.metadata !== undefined) {
                    const err323 = { instancePath: instancePath + "/app_metadata/metadata", schemaPath: "#/properties/app_metadata/properties/metadata/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.metadata.not, parentSchema: schema11.properties.app_metadata.properties.metadata, data: data117.metadata };
                    if (vErrors === null) {
                        vErrors = [err323];
                    }
                    else {
                        vErrors.push(err323);
                    }
                    errors++;
                }
                if (data117.multifactor_last_modified !== undefined) {
                    const err324 = { instancePath: instancePath + "/app_metadata/multifactor_last_modified", schemaPath: "#/properties/app_metadata/properties/multifactor_last_modified/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.multifactor_last_modified.not, parentSchema: schema11.properties.app_metadata.properties.multifactor_last_modified, data: data117.multifactor_last_modified };
                    if (vErrors === null) {
                        vErrors = [err324];
                    }
                    else {
                        vErrors.push(err324);
                    }
                    errors++;
                }
                if (data117.multifactor !== undefined) {
                    const err325 = { instancePath: instancePath + "/app_metadata/multifactor", schemaPath: "#/properties/app_metadata/properties/multifactor/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.multifactor.not, parentSchema: schema11.properties.app_metadata.properties.multifactor, data: data117.multifactor };
                    if (vErrors === null) {
                        vErrors = [err325];
                    }
                    else {
                        vErrors.push(err325);
                    }
                    errors++;
                }
                if (data117.updated_at !== undefined) {
                    const err326 = { instancePath: instancePath + "/app_metadata/updated_at", schemaPath: "#/properties/app_metadata/properties/updated_at/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.updated_at.not, parentSchema: schema11.properties.app_metadata.properties.updated_at, data: data117.updated_at };
                    if (vErrors === null) {
                        vErrors = [err326];
                    }
                    else {
                        vErrors.push(err326);
                    }
                    errors++;
                }
                if (data117.user_id !== undefined) {
                    const err327 = { instancePath: instancePath + "/app_metadata/user_id", schemaPath: "#/properties/app_metadata/properties/user_id/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.app_metadata.properties.user_id.not, parentSchema: schema11.properties.app_metadata.properties.user_id, data: data117.user_id };
                    if (vErrors === null) {
                        vErrors = [err327];
                    }
                    else {
                        vErrors.push(err327);
                    }
                    errors++;
                }
            }
            else {
                const err328 = { instancePath: instancePath + "/app_metadata", schemaPath: "#/properties/app_metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.app_metadata.type, parentSchema: schema11.properties.app_metadata, data: data117 };
                if (vErrors === null) {
                    vErrors = [err328];
                }
                else {
                    vErrors.push(err328);
                }
                errors++;
            }
        }
        if (data.user_metadata !== undefined) {
            let data136 = data.user_metadata;
            if (!(data136 && typeof data136 == "object" && !Array.isArray(data136))) {
                const err329 = { instancePath: instancePath + "/user_metadata", schemaPath: "#/properties/user_metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.user_metadata.type, parentSchema: schema11.properties.user_metadata, data: data136 };
                if (vErrors === null) {
                    vErrors = [err329];
                }
                else {
                    vErrors.push(err329);
                }
                errors++;
            }
        }
        if (data.mfa_factors !== undefined) {
            let data137 = data.mfa_factors;
            if (Array.isArray(data137)) {
                if (data137.length > 10) {
                    const err330 = { instancePath: instancePath + "/mfa_factors", schemaPath: "#/properties/mfa_factors/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema11.properties.mfa_factors, data: data137 };
                    if (vErrors === null) {
                        vErrors = [err330];
                    }
                    else {
                        vErrors.push(err330);
                    }
                    errors++;
                }
                if (data137.length < 1) {
                    const err331 = { instancePath: instancePath + "/mfa_factors", schemaPath: "#/properties/mfa_factors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.mfa_factors, data: data137 };
                    if (vErrors === null) {
                        vErrors = [err331];
                    }
                    else {
                        vErrors.push(err331);
                    }
                    errors++;
                }
                const len0 = data137.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data138 = data137[i0];
                    const _errs444 = errors;
                    let valid132 = false;
                    let passing0 = null;
                    const _errs445 = errors;
                    if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
                        if (data138.totp === undefined) {
                            const err332 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/oneOf/0/required", keyword: "required", params: { missingProperty: "totp" }, message: "must have required property '" + "totp" + "'", schema: schema11.properties.mfa_factors.items.oneOf[0].required, parentSchema: schema11.properties.mfa_factors.items.oneOf[0], data: data138 };
                            if (vErrors === null) {
                                vErrors = [err332];
                            }
                            else {
                                vErrors.push(err332);
                            }
                            errors++;
                        }
                    }
                    var _valid29 = _errs445 === errors;
                    if (_valid29) {
                        valid132 = true;
                        passing0 = 0;
                    }
                    const _errs446 = errors;
                    if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
                        if (data138.phone === undefined) {
                            const err333 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/oneOf/1/required", keyword: "required", params: { missingProperty: "phone" }, message: "must have required property '" + "phone" + "'", schema: schema11.properties.mfa_factors.items.oneOf[1].required, parentSchema: schema11.properties.mfa_factors.items.oneOf[1], data: data138 };
                            if (vErrors === null) {
                                vErrors = [err333];
                            }
                            else {
                                vErrors.push(err333);
                            }
                            errors++;
                        }
                    }
                    var _valid29 = _errs446 === errors;
                    if (_valid29 && valid132) {
                        valid132 = false;
                        passing0 = [passing0, 1];
                    }
                    else {
                        if (_valid29) {
                            valid132 = true;
                            passing0 = 1;
                        }
                        const _errs447 = errors;
                        if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
                            if (data138.email === undefined) {
                                const err334 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/oneOf/2/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property '" + "email" + "'", schema: schema11.properties.mfa_factors.items.oneOf[2].required, parentSchema: schema11.properties.mfa_factors.items.oneOf[2], data: data138 };
                                if (vErrors === null) {
                                    vErrors = [err334];
                                }
                                else {
                                    vErrors.push(err334);
                                }
                                errors++;
                            }
                        }
                        var _valid29 = _errs447 === errors;
                        if (_valid29 && valid132) {
                            valid132 = false;
                            passing0 = [passing0, 2];
                        }
                        else {
                            if (_valid29) {
                                valid132 = true;
                                passing0 = 2;
                            }
                        }
                    }
                    if (!valid132) {
                        const err335 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.mfa_factors.items.oneOf, parentSchema: schema11.properties.mfa_factors.items, data: data138 };
                        if (vErrors === null) {
                            vErrors = [err335];
                        }
                        else {
                            vErrors.push(err335);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs444;
                        if (vErrors !== null) {
                            if (_errs444) {
                                vErrors.length = _errs444;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
                        for (const key6 in data138) {
                            if (!(((key6 === "totp") || (key6 === "phone")) || (key6 === "email"))) {
                                const err336 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mfa_factors.items, data: data138 };
                                if (vErrors === null) {
                                    vErrors = [err336];
                                }
                                else {
                                    vErrors.push(err336);
                                }
                                errors++;
                            }
                        }
                        if (data138.totp !== undefined) {
                            let data139 = data138.totp;
                            if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
                                if (data139.secret === undefined) {
                                    const err337 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp", schemaPath: "#/properties/mfa_factors/items/properties/totp/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property '" + "secret" + "'", schema: schema11.properties.mfa_factors.items.properties.totp.required, parentSchema: schema11.properties.mfa_factors.items.properties.totp, data: data139 };
                                    if (vErrors === null) {
                                        vErrors = [err337];
                                    }
                                    else {
                                        vErrors.push(err337);
                                    }
                                    errors++;
                                }
                                for (const key7 in data139) {
                                    if (!(key7 === "secret")) {
                                        const err338 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp", schemaPath: "#/properties/mfa_factors/items/properties/totp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mfa_factors.items.properties.totp, data: data139 };
                                        if (vErrors === null) {
                                            vErrors = [err338];
                                        }
                                        else {
                                            vErrors.push(err338);
                                        }
                                        errors++;
                                    }
                                }
                                if (data139.secret !== undefined) {
                                    let data140 = data139.secret;
                                    if (typeof data140 === "string") {
                                        if (!pattern22.test(data140)) {
                                            const err339 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp/secret", schemaPath: "#/properties/mfa_factors/items/properties/totp/properties/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Z2-7]+$" }, message: "must match pattern \"" + "^[A-Z2-7]+$" + "\"", schema: "^[A-Z2-7]+$", parentSchema: schema11.properties.mfa_factors.items.properties.totp.properties.secret, data: data140 };
                                            if (vErrors === null) {
                                                vErrors = [err339];
                                            }
                                            else {
                                                vErrors.push(err339);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err340 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp/secret", schemaPath: "#/properties/mfa_factors/items/properties/totp/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mfa_factors.items.properties.totp.properties.secret.type, parentSchema: schema11.properties.mfa_factors.items.properties.totp.properties.secret, data: data140 };
                                        if (vErrors === null) {
                                            vErrors = [err340];
                                        }
                                        else {
                                            vErrors.push(err340);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err341 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/totp", schemaPath: "#/properties/mfa_factors/items/properties/totp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mfa_factors.items.properties.totp.type, parentSchema: schema11.properties.mfa_factors.items.properties.totp, data: data139 };
                                if (vErrors === null) {
                                    vErrors = [err341];
                                }
                                else {
                                    vErrors.push(err341);
                                }
                                errors++;
                            }
                        }
                        if (data138.phone !== undefined) {
                            let data141 = data138.phone;
                            if (data141 && typeof data141 == "object" && !Array.isArray(data141)) {
                                if (data141.value === undefined) {
                                    const err342 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone", schemaPath: "#/properties/mfa_factors/items/properties/phone/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.mfa_factors.items.properties.phone.required, parentSchema: schema11.properties.mfa_factors.items.properties.phone, data: data141 };
                                    if (vErrors === null) {
                                        vErrors = [err342];
                                    }
                                    else {
                                        vErrors.push(err342);
                                    }
                                    errors++;
                                }
                                for (const key8 in data141) {
                                    if (!(key8 === "value")) {
                                        const err343 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone", schemaPath: "#/properties/mfa_factors/items/properties/phone/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mfa_factors.items.properties.phone, data: data141 };
                                        if (vErrors === null) {
                                            vErrors = [err343];
                                        }
                                        else {
                                            vErrors.push(err343);
                                        }
                                        errors++;
                                    }
                                }
                                if (data141.value !== undefined) {
                                    let data142 = data141.value;
                                    if (typeof data142 === "string") {
                                        if (!pattern23.test(data142)) {
                                            const err344 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone/value", schemaPath: "#/properties/mfa_factors/items/properties/phone/properties/value/pattern", keyword: "pattern", params: { pattern: "^\\+[0-9]{1,15}$" }, message: "must match pattern \"" + "^\\+[0-9]{1,15}$" + "\"", schema: "^\\+[0-9]{1,15}$", parentSchema: schema11.properties.mfa_factors.items.properties.phone.properties.value, data: data142 };
                                            if (vErrors === null) {
                                                vErrors = [err344];
                                            }
                                            else {
                                                vErrors.push(err344);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err345 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone/value", schemaPath: "#/properties/mfa_factors/items/properties/phone/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mfa_factors.items.properties.phone.properties.value.type, parentSchema: schema11.properties.mfa_factors.items.properties.phone.properties.value, data: data142 };
                                        if (vErrors === null) {
                                            vErrors = [err345];
                                        }
                                        else {
                                            vErrors.push(err345);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err346 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/phone", schemaPath: "#/properties/mfa_factors/items/properties/phone/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mfa_factors.items.properties.phone.type, parentSchema: schema11.properties.mfa_factors.items.properties.phone, data: data141 };
                                if (vErrors === null) {
                                    vErrors = [err346];
                                }
                                else {
                                    vErrors.push(err346);
                                }
                                errors++;
                            }
                        }
                        if (data138.email !== undefined) {
                            let data143 = data138.email;
                            if (data143 && typeof data143 == "object" && !Array.isArray(data143)) {
                                if (data143.value === undefined) {
                                    const err347 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email", schemaPath: "#/properties/mfa_factors/items/properties/email/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.mfa_factors.items.properties.email.required, parentSchema: schema11.properties.mfa_factors.items.properties.email, data: data143 };
                                    if (vErrors === null) {
                                        vErrors = [err347];
                                    }
                                    else {
                                        vErrors.push(err347);
                                    }
                                    errors++;
                                }
                                for (const key9 in data143) {
                                    if (!(key9 === "value")) {
                                        const err348 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email", schemaPath: "#/properties/mfa_factors/items/properties/email/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mfa_factors.items.properties.email, data: data143 };
                                        if (vErrors === null) {
                                            vErrors = [err348];
                                        }
                                        else {
                                            vErrors.push(err348);
                                        }
                                        errors++;
                                    }
                                }
                                if (data143.value !== undefined) {
                                    let data144 = data143.value;
                                    if (typeof data144 === "string") {
                                        if (!(formats0.validate(data144))) {
                                            const err349 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email/value", schemaPath: "#/properties/mfa_factors/items/properties/email/properties/value/format", keyword: "format", params: { format: "email" }, message: "must match format \"" + "email" + "\"", schema: "email", parentSchema: schema11.properties.mfa_factors.items.properties.email.properties.value, data: data144 };
                                            if (vErrors === null) {
                                                vErrors = [err349];
                                            }
                                            else {
                                                vErrors.push(err349);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err350 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email/value", schemaPath: "#/properties/mfa_factors/items/properties/email/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mfa_factors.items.properties.email.properties.value.type, parentSchema: schema11.properties.mfa_factors.items.properties.email.properties.value, data: data144 };
                                        if (vErrors === null) {
                                            vErrors = [err350];
                                        }
                                        else {
                                            vErrors.push(err350);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err351 = { instancePath: instancePath + "/mfa_factors/" + i0 + "/email", schemaPath: "#/properties/mfa_factors/items/properties/email/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mfa_factors.items.properties.email.type, parentSchema: schema11.properties.mfa_factors.items.properties.email, data: data143 };
                                if (vErrors === null) {
                                    vErrors = [err351];
                                }
                                else {
                                    vErrors.push(err351);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err352 = { instancePath: instancePath + "/mfa_factors/" + i0, schemaPath: "#/properties/mfa_factors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mfa_factors.items.type, parentSchema: schema11.properties.mfa_factors.items, data: data138 };
                        if (vErrors === null) {
                            vErrors = [err352];
                        }
                        else {
                            vErrors.push(err352);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err353 = { instancePath: instancePath + "/mfa_factors", schemaPath: "#/properties/mfa_factors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.mfa_factors.type, parentSchema: schema11.properties.mfa_factors, data: data137 };
                if (vErrors === null) {
                    vErrors = [err353];
                }
                else {
                    vErrors.push(err353);
                }
                errors++;
            }
        }
    }
    else {
        const err354 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err354];
        }
        else {
            vErrors.push(err354);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/users/auth0-path.ts
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

// EXTERNAL MODULE: ./src/users/property.ts
var property = __webpack_require__(5519);
;// CONCATENATED MODULE: ./src/users/error-condition.ts

/**
 * " when algorithm is md5" for a rule of one hashing algorithm (an `if` on `algorithm`), " when
 * encoding is hex" for one of an encoding (an `if` on `encoding`), else "".
 */
function condition(error, user) {
    const at = error.schemaPath.lastIndexOf('/then/');
    if (at < 0)
        return '';
    const custom = (0,property/* propertyOf */.$)(user, 'custom_password_hash');
    // The encoding rules sit under hash, salt or key; their data is the error's parent object.
    if (/\/(hash|salt|key)\/allOf\/\d+$/.test(error.schemaPath.slice(0, at))) {
        let data = user;
        const steps = error.instancePath.split('/').slice(1, -1);
        for (const step of steps)
            data = (0,property/* propertyOf */.$)(data, step);
        const encoding = (0,property/* propertyOf */.$)(data, 'encoding');
        if (typeof encoding === 'string')
            return ` when encoding is ${encoding}`;
    }
    const algorithm = (0,property/* propertyOf */.$)(custom, 'algorithm');
    return typeof algorithm === 'string' ? ` when algorithm is ${algorithm}` : '';
}

;// CONCATENATED MODULE: ./src/users/bulk-import-rules.ts
/**
 * The values Auth0's bulk-import schema page lists (reserved keys, algorithms, digests) and the
 * schema's patterns, apart from the schema (bulk-import-schema.ts) so that pattern-hints.ts can
 * name and explain them without building the schema at start-up.
 */
/** Keys `app_metadata` may not contain. */
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
/** The digests the page lists for pbkdf2's `pbkdf2-<digest>` id. */
const PBKDF2_DIGESTS = [
    'RSA-MD4',
    'RSA-MD5',
    'RSA-MDC2',
    'RSA-RIPEMD160',
    'RSA-SHA1',
    'RSA-SHA1-2',
    'RSA-SHA224',
    'RSA-SHA256',
    'RSA-SHA384',
    'RSA-SHA512',
    'md4',
    'md4WithRSAEncryption',
    'md5',
    'md5WithRSAEncryption',
    'mdc2',
    'mdc2WithRSA',
    'ripemd',
    'ripemd160',
    'ripemd160WithRSA',
    'rmd160',
    'sha1',
    'sha1WithRSAEncryption',
    'sha224',
    'sha224WithRSAEncryption',
    'sha256',
    'sha256WithRSAEncryption',
    'sha384',
    'sha384WithRSAEncryption',
    'sha512',
    'sha512WithRSAEncryption',
    'ssl3-md5',
    'ssl3-sha1',
    'whirlpool',
];
/** Patterns, named so that pattern-hints.ts can explain each one. */
const PATTERNS = {
    passwordHash: '^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$',
    phoneNumber: '^\\+[1-9][0-9]{1,14}$',
    totpSecret: '^[A-Z2-7]+$',
    factorPhone: '^\\+[0-9]{1,15}$',
    hex: '^[0-9A-Fa-f]+$',
    base64: '^[A-Za-z0-9+/_-]+={0,2}$',
    bcrypt: '^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$',
    argon2: '^\\$argon2(id|i|d)(\\$v=[0-9]+)?\\$[a-z]+=[A-Za-z0-9+/.-]+(,[a-z]+=[A-Za-z0-9+/.-]+)*\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$',
    pbkdf2: `^\\$pbkdf2-(${PBKDF2_DIGESTS.join('|')})(\\$(i=[0-9]+(,l=[0-9]+)?|l=[0-9]+))?\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$`,
    ldap: '^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}[A-Za-z0-9+/]+={0,2}$',
};
/** The digest length, in bytes, of each plain hashing algorithm. */
const DIGEST_BYTES = { md4: 16, md5: 16, sha1: 20, sha256: 32, sha512: 64 };
/** The patterns of a digest of `bytes` bytes: hex, or base64 (its unpadded length, optional padding). */
function digestPatterns(bytes) {
    const chars = Math.ceil((bytes * 4) / 3);
    const padding = '='.repeat((3 - (bytes % 3)) % 3);
    return {
        hex: `^[0-9A-Fa-f]{${bytes * 2}}$`,
        base64: `^[A-Za-z0-9+/_-]{${chars}}${padding ? `(${padding})?` : ''}$`,
    };
}

;// CONCATENATED MODULE: ./src/users/pattern-hints.ts
/**
 * What each pattern of the bulk-import schema asks for, in words: a user reads "an E.164 phone
 * number" more easily than the regular expression itself.
 */

/** The hashes of one digest, hex and base64 (the `custom_password_hash` encoding rules). */
function digestHints(algorithm, bytes) {
    const chars = Math.ceil((bytes * 4) / 3);
    const padding = '='.repeat((3 - (bytes % 3)) % 3);
    const hint = `${algorithm} hashes are ${bytes} bytes`;
    return [
        [`^[0-9A-Fa-f]{${bytes * 2}}$`, `${hint}: ${bytes * 2} hex digits`],
        [
            `^[A-Za-z0-9+/_-]{${chars}}${padding ? `(${padding})?` : ''}$`,
            `${hint}: ${chars} base64 characters${padding ? ` and ${padding}` : ''}`,
        ],
    ];
}
/** Pattern source → hint. */
const PATTERN_HINTS = {
    [PATTERNS.passwordHash]: 'password_hash must be a bcrypt hash with $2a$ or $2b$ and 10 rounds, such as $2b$10$ followed by 53 characters; use custom_password_hash with algorithm bcrypt for other hashes',
    [PATTERNS.phoneNumber]: 'an E.164 phone number such as +12125550001',
    [PATTERNS.totpSecret]: 'unpadded Base32, such as JBTWY3DPEHPK3PNP',
    [PATTERNS.factorPhone]: 'a phone number with country code, such as +12125550001',
    [PATTERNS.hex]: 'hex digits only',
    [PATTERNS.base64]: 'base64 characters only',
    [PATTERNS.bcrypt]: 'a whole bcrypt hash starting with $2a$, $2b$ or $2y$, such as $2b$10$ followed by 53 characters',
    [PATTERNS.argon2]: 'an argon2 PHC string with its salt, such as $argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>',
    [PATTERNS.pbkdf2]: 'a PHC string such as $pbkdf2-sha512$i=100000,l=64$<salt>$<hash>, with a digest Auth0 lists (sha1, sha256, sha512, md5, RSA-SHA256, …) and unpadded base64',
    [PATTERNS.ldap]: 'an RFC 2307 value such as {SSHA}<base64>; schemes md5, smd5, sha*, ssha* (crypt is not supported)',
    ...Object.fromEntries(Object.entries(DIGEST_BYTES).flatMap(([algorithm, bytes]) => digestHints(algorithm, bytes))),
};

;// CONCATENATED MODULE: ./src/users/error-codes.ts



function withPath(code, message, path) {
    return path ? { code, message, path } : { code, message };
}
/** A mapper whose error sits at the failure's own path. */
function at(code, message) {
    return (failure) => withPath(code, message(failure), failure.path);
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
const limit = ({ params }) => String(params.limit);
const error_codes_length = ({ error }) => error.data.length;
const required = ({ error, params, when }) => {
    const property = String(params.missingProperty);
    return withPath('OBJECT_REQUIRED', `Missing required property: ${property}${when}`, toAuth0Path(error.instancePath, property));
};
const additionalProperties = ({ error, params }) => {
    const property = String(params.additionalProperty);
    return withPath('OBJECT_ADDITIONAL_PROPERTIES', `Additional properties not allowed: ${property}`, toAuth0Path(error.instancePath, property));
};
const format = at('FORMAT', ({ params }) => params.format === 'email'
    ? "Object didn't pass validation for format email (not a valid email address)"
    : `Object didn't pass validation for format ${String(params.format)}`);
const pattern = at('PATTERN', ({ params, when }) => {
    const source = String(params.pattern);
    const hint = PATTERN_HINTS[source];
    // A long pattern (pbkdf2's lists 33 digests) says less than its hint.
    const shown = hint && source.length > 80 ? 'the expected format' : `pattern ${source}`;
    return `String does not match ${shown}${when}${hint ? ` (${hint})` : ''}`;
});
const enumMismatch = at('ENUM_MISMATCH', ({ params, path, when }) => {
    if (path === 'custom_password_hash.cost') {
        return 'No enum match; cost must be a power of two greater than 1 (such as 16384)';
    }
    const allowed = params.allowedValues ?? [params.allowedValue];
    return `No enum match${when}; expected ${describeValues(allowed)}`;
});
const not = ({ error, path, when }) => {
    const denied = error.schema?.required;
    if (denied && denied.length > 1) {
        // Mutually exclusive properties: point at the last one.
        return withPath('NOT_PASSED', `${denied.join(' and ')} are mutually exclusive; provide only one of them`, toAuth0Path(error.instancePath, denied[denied.length - 1]));
    }
    if (denied && denied.length === 1) {
        return withPath('NOT_PASSED', `Property ${denied[0]} is not allowed${when}`, toAuth0Path(error.instancePath, denied[0]));
    }
    // `{not: {}}` under `properties`: a reserved key, or one another algorithm's alone.
    const parts = path.split('.');
    const key = parts.pop() ?? path;
    const parent = parts.join('.');
    if (when)
        return withPath('NOT_PASSED', `Property ${key} is not allowed${when}`, path);
    return withPath('NOT_PASSED', parent
        ? `${parent} may not contain the reserved property ${key}`
        : `Property ${key} is not allowed`, path);
};
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
// The schema's only oneOf is "one factor per mfa_factors item"; Auth0's documented code for a
// factor it cannot take is MFA_FACTORS_FAILED (z-schema's ONE_OF_* are not listed).
const oneOf = at('MFA_FACTORS_FAILED', ({ error, params }) => {
    const names = optionNames(error.schema);
    const none = params.passingSchemas === null || params.passingSchemas === undefined;
    const choice = names ? `: ${names}` : ' of the allowed forms';
    return none ? `Must contain exactly one of${choice}` : `Must contain only one of${choice}`;
});
const minimum = at('MINIMUM', (failure) => `Value ${String(failure.error.data)} is less than minimum ${limit(failure)}`);
const maximum = at('MAXIMUM', (failure) => `Value ${String(failure.error.data)} is greater than maximum ${limit(failure)}`);
/** Wrappers: the errors of the subschema say what is wrong. */
const wrapper = () => undefined;
const MAPPERS = new Map([
    ['required', required],
    ['additionalProperties', additionalProperties],
    [
        'type',
        at('INVALID_TYPE', ({ error, params }) => `Expected type ${String(params.type)} but found type ${jsonType(error.data)}`),
    ],
    ['format', format],
    ['pattern', pattern],
    ['enum', enumMismatch],
    ['const', enumMismatch],
    [
        'minItems',
        at('ARRAY_LENGTH_SHORT', (f) => `Array is too short (${error_codes_length(f)}), minimum ${limit(f)}`),
    ],
    [
        'maxItems',
        at('ARRAY_LENGTH_LONG', (f) => `Array is too long (${error_codes_length(f)}), maximum ${limit(f)}`),
    ],
    [
        'minLength',
        at('MIN_LENGTH', (f) => `String is too short (${error_codes_length(f)} chars), minimum ${limit(f)}`),
    ],
    [
        'maxLength',
        at('MAX_LENGTH', (f) => `String is too long (${error_codes_length(f)} chars), maximum ${limit(f)}`),
    ],
    ['minimum', minimum],
    ['exclusiveMinimum', minimum],
    ['maximum', maximum],
    ['exclusiveMaximum', maximum],
    ['not', not],
    ['oneOf', oneOf],
    ['anyOf', at('ANY_OF_MISSING', () => "Data does not match any schemas from 'anyOf'")],
    ['if', wrapper],
    ['allOf', wrapper],
]);
/** Not reached by the bulk-import schema's keywords; kept so a new keyword still reports. */
const other = ({ error, path }) => withPath(error.keyword.toUpperCase(), error.message ?? 'is not valid', path);
/** One ajv error in Auth0's words, or undefined for ajv's bookkeeping errors. */
function mapError(error, user) {
    const mapper = MAPPERS.get(error.keyword) ?? other;
    return mapper({
        error,
        params: error.params,
        path: toAuth0Path(error.instancePath),
        when: condition(error, user),
    });
}

;// CONCATENATED MODULE: ./src/users/plainly-valid.ts
/**
 * A quick yes to the common valid user, so that the generated validator (validate.ts) runs only
 * for users it may have to explain.
 *
 * `isPlainlyValid(user)` is true only for a user the bulk-import schema (bulk-import-schema.ts)
 * accepts; false means "not sure", never "invalid": anything it does not know (another key, a
 * longer salt, a value of another type) is left to the generated validator, which decides and
 * names the errors. It reads each key once and takes an algorithm's rules by `switch`, where the
 * generated code tries every `if` of the schema's `allOf` (about 1 µs a user warm, and a large
 * function V8 takes long to optimise in each thread). __tests__/users-plainly-valid.test.ts holds
 * it to the schema: it must never say yes where the generated validator says no.
 *
 * A change to the schema must be made here too; the test's mutations of every key catch a rule
 * this side lacks.
 */


// The flag the generated validator compiles every pattern with.
const plainly_valid_pattern = (source) => new RegExp(source, 'u');
const PASSWORD_HASH = plainly_valid_pattern(PATTERNS.passwordHash);
const PHONE_NUMBER = plainly_valid_pattern(PATTERNS.phoneNumber);
const TOTP_SECRET = plainly_valid_pattern(PATTERNS.totpSecret);
const FACTOR_PHONE = plainly_valid_pattern(PATTERNS.factorPhone);
const HEX = plainly_valid_pattern(PATTERNS.hex);
const BASE64 = plainly_valid_pattern(PATTERNS.base64);
/** The algorithms whose hash is one utf8 string of a known form. */
const WHOLE_HASH_PATTERNS = new Map([
    ['argon2', plainly_valid_pattern(PATTERNS.argon2)],
    ['bcrypt', plainly_valid_pattern(PATTERNS.bcrypt)],
    ['ldap', plainly_valid_pattern(PATTERNS.ldap)],
    ['pbkdf2', plainly_valid_pattern(PATTERNS.pbkdf2)],
]);
const DIGEST_PATTERNS = new Map(Object.entries(DIGEST_BYTES).map(([algorithm, bytes]) => {
    const { hex, base64 } = digestPatterns(bytes);
    return [algorithm, { hex: plainly_valid_pattern(hex), base64: plainly_valid_pattern(base64) }];
}));
const ALGORITHMS = new Set(HASH_ALGORITHMS);
const RESERVED_APP_METADATA = new Set(APP_METADATA_RESERVED_KEYS);
const ENCODINGS = new Set(['base64', 'hex', 'utf8']);
const HMAC_DIGESTS = new Set([
    'md4',
    'md5',
    'ripemd160',
    'sha1',
    'sha224',
    'sha256',
    'sha384',
    'sha512',
    'whirlpool',
]);
const PASSWORD_ENCODINGS = new Set([
    'ascii',
    'utf8',
    'utf16le',
    'ucs2',
    'latin1',
    'binary',
]);
const SALT_POSITIONS = new Set(['prefix', 'suffix']);
/** bcrypt's salt limit, in characters; a string of at most this many UTF-16 units is within it. */
const BCRYPT_SALT_MAX = 71;
/** JSON Schema's `object`, as the generated validator tests it. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** JSON Schema's `integer` of at least 1. */
function isCount(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
/** A power of two from 2 to 2^30 (scrypt's `cost`). */
function isCost(value) {
    return (typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= 2 &&
        value <= 2 ** 30 &&
        (value & (value - 1)) === 0);
}
/** `value` beside an optional `encoding`: hex and base64 values use only their characters. */
function isEncodedValue(value, encoding) {
    if (encoding === 'hex')
        return HEX.test(value);
    if (encoding === 'base64')
        return BASE64.test(value);
    return true;
}
function isPlainlyValid(user) {
    if (!isObject(user))
        return false;
    let hasEmail = false;
    let hasPasswordHash = false;
    let hasCustomHash = false;
    for (const key in user) {
        const value = user[key];
        switch (key) {
            case 'email':
                if (typeof value !== 'string' || !isEmail(value))
                    return false;
                hasEmail = true;
                break;
            case 'email_verified':
            case 'phone_verified':
            case 'blocked':
                if (typeof value !== 'boolean')
                    return false;
                break;
            case 'user_id':
            case 'username':
            case 'given_name':
            case 'family_name':
            case 'name':
            case 'nickname':
            case 'picture':
                if (typeof value !== 'string')
                    return false;
                break;
            case 'phone_number':
                if (typeof value !== 'string' || !PHONE_NUMBER.test(value))
                    return false;
                break;
            case 'password_hash':
                if (typeof value !== 'string' || !PASSWORD_HASH.test(value))
                    return false;
                hasPasswordHash = true;
                break;
            case 'custom_password_hash':
                if (!isPlainCustomHash(value))
                    return false;
                hasCustomHash = true;
                break;
            case 'app_metadata':
                if (!isObject(value))
                    return false;
                for (const reserved in value)
                    if (RESERVED_APP_METADATA.has(reserved))
                        return false;
                break;
            case 'user_metadata':
                if (!isObject(value))
                    return false;
                break;
            case 'mfa_factors':
                if (!isPlainFactors(value))
                    return false;
                break;
            default:
                return false;
        }
    }
    return hasEmail && !(hasPasswordHash && hasCustomHash);
}
/** The one key a factor's detail holds, and what its value must be. */
const FACTOR_FIELDS = new Map([
    ['totp', { field: 'secret', accepts: (value) => TOTP_SECRET.test(value) }],
    ['phone', { field: 'value', accepts: (value) => FACTOR_PHONE.test(value) }],
    ['email', { field: 'value', accepts: isEmail }],
]);
function isPlainFactors(factors) {
    if (!Array.isArray(factors) || factors.length < 1 || factors.length > 10)
        return false;
    for (const factor of factors) {
        if (!isObject(factor))
            return false;
        let kinds = 0;
        for (const kind in factor) {
            const rule = FACTOR_FIELDS.get(kind);
            if (rule === undefined || !isPlainFactorDetail(factor[kind], rule.field, rule.accepts))
                return false;
            kinds++;
        }
        if (kinds !== 1)
            return false;
    }
    return true;
}
function isPlainFactorDetail(detail, field, accepts) {
    if (!isObject(detail))
        return false;
    for (const key in detail)
        if (key !== field)
            return false;
    const value = detail[field];
    return typeof value === 'string' && accepts(value);
}
function isPlainCustomHash(custom) {
    if (!isObject(custom))
        return false;
    const algorithm = custom.algorithm;
    if (!ALGORITHMS.has(algorithm))
        return false;
    const hash = custom.hash;
    if (!isObject(hash))
        return false;
    for (const key in custom) {
        const value = custom[key];
        switch (key) {
            case 'algorithm':
            case 'hash':
                break;
            case 'salt':
                if (!isPlainSalt(value, algorithm))
                    return false;
                break;
            case 'password':
                if (!isObject(value))
                    return false;
                for (const passwordKey in value) {
                    if (passwordKey !== 'encoding' || !PASSWORD_ENCODINGS.has(value[passwordKey]))
                        return false;
                }
                break;
            case 'keylen':
            case 'blockSize':
            case 'parallelization':
                if (algorithm !== 'scrypt' || !isCount(value))
                    return false;
                break;
            case 'cost':
                if (algorithm !== 'scrypt' || !isCost(value))
                    return false;
                break;
            default:
                return false;
        }
    }
    if (!isPlainHash(hash, algorithm))
        return false;
    switch (algorithm) {
        case 'argon2':
        case 'ldap':
        case 'pbkdf2':
            return custom.salt === undefined;
        case 'scrypt':
            return custom.keylen !== undefined;
        default:
            return true;
    }
}
function isPlainSalt(salt, algorithm) {
    if (!isObject(salt))
        return false;
    const value = salt.value;
    if (typeof value !== 'string')
        return false;
    for (const key in salt) {
        if (key === 'encoding') {
            if (!ENCODINGS.has(salt.encoding))
                return false;
        }
        else if (key === 'position') {
            if (!SALT_POSITIONS.has(salt.position))
                return false;
        }
        else if (key !== 'value')
            return false;
    }
    if (algorithm === 'bcrypt' && value.length > BCRYPT_SALT_MAX)
        return false;
    return isEncodedValue(value, salt.encoding);
}
function isPlainHash(hash, algorithm) {
    const value = hash.value;
    if (typeof value !== 'string')
        return false;
    const encoding = hash.encoding;
    for (const key in hash) {
        switch (key) {
            case 'value':
                break;
            case 'encoding':
                if (!ENCODINGS.has(encoding))
                    return false;
                break;
            case 'digest':
                if (algorithm !== 'hmac' || !HMAC_DIGESTS.has(hash.digest))
                    return false;
                break;
            case 'key':
                if (algorithm !== 'hmac' || !isPlainKey(hash.key))
                    return false;
                break;
            default:
                return false;
        }
    }
    if (!isEncodedValue(value, encoding))
        return false;
    const whole = WHOLE_HASH_PATTERNS.get(algorithm);
    if (whole !== undefined)
        return (encoding === undefined || encoding === 'utf8') && whole.test(value);
    // Every other algorithm takes a binary hash: hex or base64, named.
    if (encoding !== 'hex' && encoding !== 'base64')
        return false;
    const digest = DIGEST_PATTERNS.get(algorithm);
    if (digest !== undefined)
        return digest[encoding].test(value);
    if (algorithm === 'hmac')
        return hash.digest !== undefined && hash.key !== undefined;
    return true;
}
function isPlainKey(key) {
    if (!isObject(key))
        return false;
    const value = key.value;
    if (typeof value !== 'string')
        return false;
    for (const name in key) {
        if (name === 'encoding') {
            if (!ENCODINGS.has(key.encoding))
                return false;
        }
        else if (name !== 'value')
            return false;
    }
    return isEncodedValue(value, key.encoding);
}

// EXTERNAL MODULE: ./src/users/identity.ts
var identity = __webpack_require__(4208);
;// CONCATENATED MODULE: ./src/users/validate.ts



// The parts of user validation that live in their own modules, under the name callers know.



/** Most errors kept for one user; the rest are summed up in one last entry. */
const MAX_ERRORS_PER_USER = 20;
/**
 * The bulk-import schema compiled to code at build time (scripts/generate-validator.ts), so no
 * run pays for loading ajv and compiling the schema before its first request.
 */
const validator = validate;
/** Validates one user; `[]` when valid. Messages never quote a value (it may be a secret). */
function validateUser(user) {
    if (isPlainlyValid(user) || validator(user))
        return [];
    return mapErrors(validator.errors ?? [], user);
}
/**
 * Maps ajv's errors to Auth0's, dropping the noise: the per-branch errors under a failed
 * `oneOf`/`anyOf` (the branch errors repeat what the summary says), `if` markers, and duplicates.
 */
function mapErrors(errors, user) {
    const summarised = [];
    // A value of the wrong type is reported as that alone: `required` holds vacuously for a
    // non-object, so a plain-string factor would otherwise also "match every oneOf branch".
    const wrongType = new Set();
    for (const error of errors) {
        if (error.keyword === 'oneOf' || error.keyword === 'anyOf')
            summarised.push(`${error.schemaPath}/`);
        if (error.keyword === 'type')
            wrongType.add(error.instancePath);
    }
    const out = [];
    const seen = new Set();
    let dropped = 0;
    for (const error of errors) {
        if (summarised.some((prefix) => error.schemaPath.startsWith(prefix)))
            continue;
        if (error.keyword !== 'type' && wrongType.has(error.instancePath))
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


/***/ })

};
