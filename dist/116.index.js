export const id = 116;
export const ids = [116];
export const modules = {

/***/ 1137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ REPORT_ENTRY_LIMIT)
/* harmony export */ });
/** Bounds the error report in memory; the rest is counted, not kept. */
const REPORT_ENTRY_LIMIT = 100_000;


/***/ }),

/***/ 5116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getJobErrors: () => (/* binding */ getJobErrors),
/* harmony export */   getJobs: () => (/* binding */ getJobs)
/* harmony export */ });
/* unused harmony export sumSummaries */
/* harmony import */ var _auth0_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(797);
/* harmony import */ var _report_job_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5097);
/* harmony import */ var _results_builder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9729);
/* harmony import */ var _results_verdict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1999);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1137);





/** get-job: read one or several jobs, wait for all of them, and judge them like their operation. */
async function getJobs(settings, context) {
    const { ledger } = context;
    const result = new _results_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .ResultBuilder */ .v('get-job', ledger);
    const tracker = context.newTracker();
    for (const id of settings.jobIds) {
        const job = await context.api.getJob(id);
        if (settings.wait)
            tracker.track(job);
        else
            ledger.see(job);
    }
    if (!settings.wait)
        return result.build();
    for (let waiting = settings.jobIds.length; waiting > 0; waiting--)
        await tracker.next();
    const imports = ledger.jobs.filter((job) => job.type === 'users_import');
    const summary = sumSummaries(imports);
    if (summary) {
        result.summary = summary;
        for (const job of imports) {
            if ((job.summary?.failed ?? 0) > 0 || job.status === 'failed') {
                const errors = await context.api.getJobErrors(job.id);
                result.addReportEntries((0,_report_job_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reportEntriesFromJobErrors */ .R)(job.id, errors), _context_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_ENTRY_LIMIT */ .U, (0,_auth0_job_js__WEBPACK_IMPORTED_MODULE_0__/* .omittedErrors */ .AU)(errors));
            }
        }
        result.writeReport();
    }
    const verdict = (0,_results_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .verdictOf */ .Vj)(ledger.jobs, summary && {
        threshold: settings.maxFailedUsers,
        failed: summary.failed,
        total: summary.total,
        tooMany: (description) => `Too many users failed to import: ${description}.`,
    });
    // A failed or expired job decides on its own; the gate is only worth a note without one.
    if (verdict.gate && !verdict.jobFailed)
        result.notes.push(`Gate: ${verdict.gate.description}.`);
    result.failure = verdict.failure;
    return result.build();
}
/** get-job-errors: report what Auth0 knows about a job's failed users; fail only if unreadable. */
async function getJobErrors(settings, context) {
    const result = new _results_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .ResultBuilder */ .v('get-job-errors', context.ledger);
    const job = await context.api.getJob(settings.jobId);
    context.ledger.see(job);
    if (job.summary)
        result.summary = job.summary;
    const errors = await context.api.getJobErrors(settings.jobId);
    result.addReportEntries((0,_report_job_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reportEntriesFromJobErrors */ .R)(job.id, errors), _context_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_ENTRY_LIMIT */ .U, (0,_auth0_job_js__WEBPACK_IMPORTED_MODULE_0__/* .omittedErrors */ .AU)(errors));
    if (errors.kind === 'none') {
        result.notes.push(`Auth0 has no error details for ${job.id}.`);
    }
    if (!(0,_results_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .isFinal */ .dR)(job.status)) {
        result.notes.push(`${job.id} is still ${job.status}; its error list may grow.`);
    }
    return result.build();
}
function sumSummaries(jobs) {
    const summaries = jobs.flatMap((job) => (job.summary ? [job.summary] : []));
    return summaries.length === 0 ? undefined : summaries.reduce(_auth0_job_js__WEBPACK_IMPORTED_MODULE_0__/* .addSummaries */ .sH, _auth0_job_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_SUMMARY */ .fB);
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


/***/ })

};
