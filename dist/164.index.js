export const id = 164;
export const ids = [164];
export const modules = {

/***/ 180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ HMAC_DIGESTS),
/* harmony export */   G3: () => (/* binding */ PATTERNS),
/* harmony export */   My: () => (/* binding */ SALT_POSITIONS),
/* harmony export */   UH: () => (/* binding */ HASH_ALGORITHMS),
/* harmony export */   Uk: () => (/* binding */ APP_METADATA_RESERVED_KEYS),
/* harmony export */   Ze: () => (/* binding */ PASSWORD_ENCODINGS),
/* harmony export */   b2: () => (/* binding */ VALUE_ENCODINGS),
/* harmony export */   c4: () => (/* binding */ digestPatterns),
/* harmony export */   x4: () => (/* binding */ DIGEST_BYTES)
/* harmony export */ });
/* unused harmony export PBKDF2_DIGESTS */
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
/** The encodings of a custom hash's `hash`, `salt` and `key` values. */
const VALUE_ENCODINGS = ['base64', 'hex', 'utf8'];
/** The digests hmac takes (`hash.digest`). */
const HMAC_DIGESTS = [
    'md4',
    'md5',
    'ripemd160',
    'sha1',
    'sha224',
    'sha256',
    'sha384',
    'sha512',
    'whirlpool',
];
/** The encodings of the password a custom hash was made from (`password.encoding`). */
const PASSWORD_ENCODINGS = ['ascii', 'utf8', 'utf16le', 'ucs2', 'latin1', 'binary'];
/** Where the salt goes (`salt.position`). */
const SALT_POSITIONS = ['prefix', 'suffix'];
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
 *
 * The first 4,096 keys of a file are kept as they are, in one exact table per kind, and hashed
 * only once there are more. Why: a small file is done before the two hash loops have left V8's
 * interpreter. For a 1,000-user import they were ~3 ms of its ~85 ms to the first request
 * (bench/first-request.ts), where a Map of strings costs ~1 ms. The tables are for small files
 * and stay small (~0.4 MB); a big file is hashed as before.
 */




const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
/** Keys kept in memory before the log spills to disk (12 bytes each: 4 MiB, and as much again to sort them). */
const DEFAULT_MEMORY_KEYS = (4 << 20) / 12;
/** Keys kept as they are before the log hashes them (~100 bytes each with the table's own). */
const EXACT_KEYS = 1 << 12;
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
        const key = (0,_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .identityKey */ .US)(user, _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG[kindNo]);
        if (key !== undefined)
            log.addKey(kindNo, key, index);
    }
}
/** The first word of `key`'s record (the second is `secondHash`, the third `index × 4 + kindNo`). */
function firstHash(kindNo, key) {
    return (0,_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN)(_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG[kindNo], key);
}
/** `words` copied into a buffer twice as long, or `maxWords` long if that is less. */
function grown(words, maxWords = Number.POSITIVE_INFINITY) {
    const next = new Uint32Array(Math.min(words.length * 2, maxWords));
    next.set(words);
    return next;
}
/** The keys of one block of users, in DuplicateLog's record layout, to be logged later in order. */
class KeyRecords {
    words = new Uint32Array(3 * 1024);
    count = 0;
    addKey(kindNo, key, index) {
        if (this.count * 3 === this.words.length)
            this.words = grown(this.words);
        const at = this.count++ * 3;
        this.words[at] = firstHash(kindNo, key);
        this.words[at + 1] = secondHash(kindNo, key);
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
    /** Per kind number, each value kept as it is and the first user with it; undefined once hashed. */
    exact = _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG.map(() => new Map());
    exactCount = 0;
    exactKeys;
    /** The later users the exact tables found, in file order. */
    exactFound = [];
    constructor(memoryKeys = DEFAULT_MEMORY_KEYS) {
        this.memoryKeys = Math.max(16, Math.floor(memoryKeys));
        this.exactKeys = Math.min(EXACT_KEYS, this.memoryKeys);
        this.records = new Uint32Array(3 * Math.min(this.memoryKeys, 1 << 12));
    }
    addKey(kindNo, key, index) {
        const table = this.exact?.[kindNo];
        if (!table) {
            this.#pushKey(kindNo, key, index);
            return;
        }
        const earlier = table.get(key);
        if (earlier === undefined)
            table.set(key, index);
        else
            this.exactFound.push({ index, kind: _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG[kindNo], earlier });
        // The users found count too: a file of one email a million times stays within the budget.
        if (++this.exactCount > this.exactKeys)
            this.#hashExact();
    }
    /**
     * Hashes the exact tables' keys into records. Each kind's records stay in file order (a table
     * holds first users only, in the order they came), which is all the grouping needs.
     */
    #hashExact() {
        const tables = this.exact;
        if (!tables)
            return;
        this.exact = undefined;
        tables.forEach((table, kindNo) => {
            for (const [key, index] of table)
                this.#pushKey(kindNo, key, index);
        });
    }
    /** Logs records made by `KeyRecords` (three words a key), in file order after those before. */
    addRecords(records) {
        this.#hashExact();
        for (let at = 0; at + 2 < records.length; at += 3) {
            this.#push(records[at], records[at + 1], records[at + 2]);
        }
    }
    /** `key`'s record. */
    #pushKey(kindNo, key, index) {
        this.#push(firstHash(kindNo, key), secondHash(kindNo, key), index * 4 + kindNo);
    }
    /** One record: the two hashes and `index × 4 + kind number`. */
    #push(first, second, tag) {
        if (this.count * 3 === this.records.length) {
            if (this.count >= this.memoryKeys)
                this.spill();
            else
                this.records = grown(this.records, this.memoryKeys * 3);
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
            const found = [...this.exactFound, ...(await confirmGroups(groups, readKeys))];
            return found.sort(inFileOrder);
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
        this.exact = undefined;
        this.exactFound = [];
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
    return found;
}
/** By the later user's index, then by kind. */
function inFileOrder(a, b) {
    return a.index - b.index || _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG.indexOf(a.kind) - _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IDENTITY_KINDS */ .vG.indexOf(b.kind);
}


/***/ }),

/***/ 82:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ email),
/* harmony export */   x: () => (/* binding */ isEmail)
/* harmony export */ });
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

/***/ 1656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ isPlainlyValid)
/* harmony export */ });
/* harmony import */ var _bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(180);
/* harmony import */ var _email_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82);
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
const pattern = (source) => new RegExp(source, 'u');
const PASSWORD_HASH = pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.passwordHash);
const PHONE_NUMBER = pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.phoneNumber);
const TOTP_SECRET = pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.totpSecret);
const FACTOR_PHONE = pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.factorPhone);
const HEX = pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.hex);
const BASE64 = pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.base64);
/** The algorithms whose hash is one utf8 string of a known form. */
const WHOLE_HASH_PATTERNS = new Map([
    ['argon2', pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.argon2)],
    ['bcrypt', pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.bcrypt)],
    ['ldap', pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.ldap)],
    ['pbkdf2', pattern(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERNS */ .G3.pbkdf2)],
]);
const DIGEST_PATTERNS = new Map(Object.entries(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .DIGEST_BYTES */ .x4).map(([algorithm, bytes]) => {
    const { hex, base64 } = (0,_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .digestPatterns */ .c4)(bytes);
    return [algorithm, { hex: pattern(hex), base64: pattern(base64) }];
}));
const ALGORITHMS = new Set(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .HASH_ALGORITHMS */ .UH);
const RESERVED_APP_METADATA = new Set(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .APP_METADATA_RESERVED_KEYS */ .Uk);
const ENCODINGS = new Set(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .VALUE_ENCODINGS */ .b2);
const HMAC_DIGEST_NAMES = new Set(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .HMAC_DIGESTS */ .C);
const PASSWORD_ENCODING_NAMES = new Set(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .PASSWORD_ENCODINGS */ .Ze);
const SALT_POSITION_NAMES = new Set(_bulk_import_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .SALT_POSITIONS */ .My);
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
                if (typeof value !== 'string' || !(0,_email_format_js__WEBPACK_IMPORTED_MODULE_1__/* .isEmail */ .x)(value))
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
    ['email', { field: 'value', accepts: _email_format_js__WEBPACK_IMPORTED_MODULE_1__/* .isEmail */ .x }],
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
                    if (passwordKey !== 'encoding' || !PASSWORD_ENCODING_NAMES.has(value[passwordKey]))
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
    const value = plainEncodedValue(salt, true);
    return value !== undefined && !(algorithm === 'bcrypt' && value.length > BCRYPT_SALT_MAX);
}
/**
 * The value of a `{ value, encoding? }` object (a salt may also say its `position`) whose value
 * uses only its encoding's characters; undefined when it is not one.
 */
function plainEncodedValue(object, withPosition) {
    if (!isObject(object))
        return undefined;
    const value = object.value;
    if (typeof value !== 'string')
        return undefined;
    for (const key in object) {
        if (key === 'encoding') {
            if (!ENCODINGS.has(object.encoding))
                return undefined;
        }
        else if (key === 'position' && withPosition) {
            if (!SALT_POSITION_NAMES.has(object.position))
                return undefined;
        }
        else if (key !== 'value')
            return undefined;
    }
    return isEncodedValue(value, object.encoding) ? value : undefined;
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
                if (algorithm !== 'hmac' || !HMAC_DIGEST_NAMES.has(hash.digest))
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
    return plainEncodedValue(key, false) !== undefined;
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
/* harmony import */ var _verdict_now_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6808);



/**
 * Validates the users of `buf` (the file's bytes from offset `base`) at `spans` (user-lines.ts:
 * start, end, line per user), the first of them the file's user `firstIndex`. It waits only for
 * the first user of the thread that the generated validator must see (verdict-now.ts).
 */
async function validateBlock(buf, base, spans, firstIndex, budget) {
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
        const errors = (0,_verdict_now_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictNow */ .Q)(value) ?? (await (0,_verdict_now_js__WEBPACK_IMPORTED_MODULE_2__/* .loadFullValidation */ .P)())(value);
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

/***/ 6808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ loadFullValidation),
/* harmony export */   Q: () => (/* binding */ verdictNow)
/* harmony export */ });
/* harmony import */ var _plainly_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1656);

let fullValidation;
/**
 * `[]` for a plainly valid user; the generated validator's errors once it is loaded; undefined
 * when only the generated validator can tell and it is not loaded yet.
 */
function verdictNow(user) {
    if ((0,_plainly_valid_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainlyValid */ .a)(user))
        return [];
    return fullValidation?.(user);
}
/**
 * Loads the generated validator (once), after which `verdictNow` always answers. Returns it, for
 * the user that waited: that user is known not to be plainly valid, so it is not checked again.
 */
async function loadFullValidation() {
    fullValidation ??= (await __webpack_require__.e(/* import() */ 425).then(__webpack_require__.bind(__webpack_require__, 1425))).schemaErrors;
    return fullValidation;
}


/***/ })

};
