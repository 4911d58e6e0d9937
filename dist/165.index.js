export const id = 165;
export const ids = [165];
export const modules = {

/***/ 9165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connect: () => (/* binding */ connect)
});

;// CONCATENATED MODULE: ./src/http/json.ts
/**
 * Server JSON with bounded nesting. JSON.parse itself copes with any depth, but everything that
 * walks the value afterwards (JSON.stringify for outputs and records, comparisons, copies)
 * recurses, and an answer nested 8,000 levels deep overflowed the stack at every such step. So
 * the value is cut once, where it enters, and nothing downstream has to care.
 */
/** Far deeper than any real job, job error entry or user (redaction shows 32 levels). */
const MAX_SERVER_DEPTH = 64;
const CUT_TOO_DEEP = '[nested too deeply]';
/** `value` with every object or array below MAX_SERVER_DEPTH replaced by CUT_TOO_DEEP. */
function boundDepth(value, depth = 0) {
    if (value === null || typeof value !== 'object')
        return value;
    if (depth >= MAX_SERVER_DEPTH)
        return CUT_TOO_DEEP;
    if (Array.isArray(value))
        return value.map((item) => boundDepth(item, depth + 1));
    const out = {};
    for (const key of Object.keys(value)) {
        // defineProperty keeps a `__proto__` key as data instead of setting the prototype.
        Object.defineProperty(out, key, {
            value: boundDepth(value[key], depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return out;
}
/** Parsed and depth-bounded JSON, or undefined for a blank or invalid text. */
function parseServerJson(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return boundDepth(JSON.parse(text));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/http/undici.ts
var undici = __webpack_require__(1150);
;// CONCATENATED MODULE: ./src/http/transport.ts



/** No real answer of the token endpoint or the jobs API comes near this (a job is about 1 KB). */
const JSON_ANSWER_LIMIT_BYTES = 4 << 20;
/** One attempt gets this long for its answer; a dead connection then counts as broken. */
const PER_ATTEMPT_TIMEOUT_MS = 60_000;
/** The longest silence inside a body before the attempt counts as broken. */
const BODY_STALL_MS = 30_000;
/** Sends one logical request, retrying what may be retried, within the step's deadline. */
class Transport {
    stats = { requests: 0, rateLimited: 0, retries: 0, pacedWaits: 0 };
    #buckets = new Map();
    #deps;
    constructor(deps) {
        this.#deps = {
            random: Math.random,
            epochNow: Date.now,
            userAgent: 'auth0-jobs-action',
            ...deps,
        };
    }
    async send(options) {
        const { deadline, logger } = this.#deps;
        for (let attempt = 0;; attempt++) {
            if (deadline.expired()) {
                throw new errors/* DeadlineError */.j3(`The timeout ran out before ${options.label} could be sent.`);
            }
            await this.#pace(options);
            let response;
            try {
                response = await this.#attempt(options);
            }
            catch (error) {
                if (error instanceof errors/* DeadlineError */.j3)
                    throw error;
                if (deadline.cancelled && options.retry === 'any-failure')
                    throw error;
                const retryable = options.retry === 'any-failure' ? (0,retry/* isConnectionError */.Rk)(error) : (0,retry/* wasNeverSent */.CR)(error);
                if (!retryable)
                    throw connectionFailure(options, error);
                const delay = (0,retry/* backoffDelay */.EY)(attempt, this.#deps.random);
                logger.info(`${options.label}: ${(0,retry/* describeConnectionError */.si)(error)}; retrying in ${seconds(delay)}.`);
                this.stats.retries++;
                await deadline.sleep(delay, `retrying ${options.label} after a connection error`);
                continue;
            }
            if (options.returnAsIs?.(response))
                return response;
            const delay = this.#retryDelay(options, response, attempt);
            if (delay === undefined)
                return response;
            this.stats.retries++;
            logger.info(`${options.label}: HTTP ${response.status}; retrying in ${seconds(delay)}.`);
            await deadline.sleep(delay, response.status === 429
                ? `waiting out Auth0's rate limit for ${options.label}`
                : `retrying ${options.label} after HTTP ${response.status}`);
        }
    }
    /**
     * When the last answer said the bucket is empty, wait for its reset instead of spending a
     * request on a certain 429: the tenant's limit is shared with everything else the team runs.
     */
    async #pace(options) {
        const bucket = this.#buckets.get(bucketOf(options.url));
        if (!bucket || bucket.remaining > 0)
            return;
        const wait = bucket.resetAtEpochMs - this.#deps.epochNow();
        // A reset past, or absurdly far ahead, says nothing: send, and let a 429 say how long.
        if (wait <= 0 || wait > retry/* RATE_LIMIT */.jS.longestPaceMs)
            return;
        this.stats.pacedWaits++;
        bucket.remaining = 1;
        await this.#deps.deadline.sleep(wait + Math.round(100 * this.#deps.random()), `waiting for Auth0's rate limit to reset before ${options.label}`);
    }
    #remember(url, headers) {
        const remaining = Number(firstHeader(headers, 'x-ratelimit-remaining'));
        const wait = (0,retry/* resetWaitMs */.R_)(firstHeader(headers, 'x-ratelimit-reset'), this.#deps.epochNow());
        if (!Number.isFinite(remaining) || wait === undefined)
            return;
        this.#buckets.set(bucketOf(url), { remaining, resetAtEpochMs: this.#deps.epochNow() + wait });
    }
    #retryDelay(options, response, attempt) {
        if (response.status === 429) {
            this.stats.rateLimited++;
            return (0,retry/* rateLimitDelay */.nl)(response.headers, attempt, this.#deps.epochNow(), this.#deps.random);
        }
        // A 503 says the server did not handle the request: safe to send again even when it creates.
        if (response.status >= 500 && (options.retry === 'any-failure' || response.status === 503)) {
            return (0,retry/* backoffDelay */.EY)(attempt, this.#deps.random);
        }
        return undefined;
    }
    /**
     * One attempt, bounded three ways: the step's deadline and its cancellation (each thrown as
     * it is), and a per-attempt limit with a per-request body-stall limit (thrown as a broken
     * connection, which the caller may retry). The limits are per request, so they hold whatever
     * dispatcher main.ts builds.
     */
    async #attempt(options) {
        const { dispatcher, deadline } = this.#deps;
        const made = await options.body?.();
        const { body, headers: bodyHeaders } = made === undefined || isBody(made) ? { body: made, headers: {} } : made;
        // A job-creating request cut off by a cancellation may have created the job; it is left to
        // run, and main.ts closes the connections 3 s after the signal (then it is in doubt).
        const step = deadline.bound(`waiting for ${options.label}`, options.retry === 'any-failure');
        const attempt = AbortSignal.timeout(PER_ATTEMPT_TIMEOUT_MS);
        this.stats.requests++;
        try {
            const response = await (0,undici/* request */.Em)(options.url, {
                method: options.method,
                headers: { 'user-agent': this.#deps.userAgent, ...options.headers, ...bodyHeaders },
                body,
                dispatcher,
                signal: AbortSignal.any([step.signal, attempt]),
                headersTimeout: PER_ATTEMPT_TIMEOUT_MS,
                bodyTimeout: BODY_STALL_MS,
            });
            const ok = response.statusCode >= 200 && response.statusCode < 300;
            const read = ok ? options.readBody : undefined;
            const value = read ? await read(response.body) : undefined;
            const text = read ? '' : await readCapped(response.body);
            this.#remember(options.url, response.headers);
            return { status: response.statusCode, headers: response.headers, text, value };
        }
        catch (error) {
            if (step.signal.aborted)
                throw step.signal.reason;
            if (attempt.aborted) {
                throw Object.assign(new Error(`no answer within ${seconds(PER_ATTEMPT_TIMEOUT_MS)}`), {
                    code: 'UND_ERR_HEADERS_TIMEOUT',
                });
            }
            throw error;
        }
        finally {
            step.done();
        }
    }
}
/** The body as text, refused (and the connection dropped) once it passes the JSON limit. */
async function readCapped(body) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > JSON_ANSWER_LIMIT_BYTES) {
            body.destroy();
            throw new Error(`the answer is larger than ${JSON_ANSWER_LIMIT_BYTES >> 20} MiB, far more than any real Auth0 answer, so it was not read`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** The Authentication API (/oauth/token) and the Management API are limited separately. */
function bucketOf(url) {
    return new URL(url).pathname.startsWith('/api/') ? 'management' : 'authentication';
}
function firstHeader(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function isBody(value) {
    return typeof value === 'string' || Buffer.isBuffer(value) || 'pipe' in value;
}
function connectionFailure(options, error) {
    const detail = (0,retry/* describeConnectionError */.si)(error);
    if (options.retry === 'only-if-not-received' && (0,retry/* isConnectionError */.Rk)(error)) {
        return new Error(`${options.label} failed after it was sent (${detail}). Auth0 may have created the job anyway, ` +
            'so it was not sent again; check the tenant logs before re-running.');
    }
    return new Error(`${options.label} failed: ${detail}`);
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/http/json-array.ts
/**
 * Reading a JSON array answer that may be far larger than memory should hold (GET
 * /jobs/{id}/errors): the bytes are split into top-level items as they stream
 * past, the first items are kept (up to a byte budget) and every item is counted, so a report
 * can say how many there were even when it shows only some.
 */


const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);
const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
/** Splits the bytes of one JSON array into its items' texts; state is kept between chunks. */
class ArraySplitter {
    limits;
    depth = 1;
    inString = false;
    escaped = false;
    ended = false;
    /** Parts of the current item, or undefined between items. */
    current;
    currentBytes = 0;
    dropping = false;
    keptBytes = 0;
    items = [];
    total = 0;
    constructor(limits) {
        this.limits = limits;
    }
    write(chunk, from) {
        let start = from;
        for (let i = from; i < chunk.length && !this.ended; i++) {
            const byte = chunk[i];
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (byte === BACKSLASH)
                    this.escaped = true;
                else if (byte === QUOTE)
                    this.inString = false;
                continue;
            }
            if (this.depth === 1 && (byte === COMMA || CLOSE.has(byte))) {
                this.#take(chunk, start, i);
                this.#finish();
                if (byte !== COMMA)
                    this.ended = true;
                start = i + 1;
                continue;
            }
            if (this.current === undefined) {
                if (SPACE.has(byte))
                    continue;
                this.#begin();
                start = i;
            }
            if (byte === QUOTE)
                this.inString = true;
            else if (OPEN.has(byte))
                this.depth++;
            else if (CLOSE.has(byte))
                this.depth--;
        }
        if (!this.ended)
            this.#take(chunk, start, chunk.length);
    }
    #begin() {
        this.current = [];
        this.currentBytes = 0;
        this.dropping = this.items.length >= this.limits.items || this.keptBytes >= this.limits.bytes;
    }
    #take(chunk, start, end) {
        if (this.current === undefined || this.dropping || end <= start)
            return;
        this.currentBytes += end - start;
        if (this.keptBytes + this.currentBytes > this.limits.bytes) {
            this.dropping = true;
            this.current = [];
            return;
        }
        this.current.push(Buffer.from(chunk.subarray(start, end)));
    }
    #finish() {
        if (this.current === undefined)
            return;
        this.total++;
        if (!this.dropping) {
            const text = Buffer.concat(this.current).toString('utf8');
            this.keptBytes += this.currentBytes;
            try {
                this.items.push(boundDepth(JSON.parse(text)));
            }
            catch {
                this.items.push(undefined);
            }
        }
        this.current = undefined;
    }
}
/** Reads `body` as a streamed array (see the module comment), or as capped text otherwise. */
async function readJsonArray(body, limits) {
    let splitter;
    const other = [];
    let otherBytes = 0;
    for await (const piece of body) {
        const chunk = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
        if (splitter) {
            splitter.write(chunk, 0);
            continue;
        }
        if (otherBytes === 0) {
            const first = chunk.findIndex((byte) => !SPACE.has(byte));
            if (first !== -1 && chunk[first] === 0x5b) {
                splitter = new ArraySplitter(limits);
                splitter.write(chunk, first + 1);
                continue;
            }
            if (first === -1)
                continue;
        }
        otherBytes += chunk.length;
        if (otherBytes > JSON_ANSWER_LIMIT_BYTES) {
            throw new Error(`the answer is not a list and larger than ${JSON_ANSWER_LIMIT_BYTES >> 20} MiB`);
        }
        other.push(chunk);
    }
    if (!splitter)
        return { kind: 'other', text: Buffer.concat(other).toString('utf8') };
    if (!splitter.ended)
        throw new Error('the list ended before its closing bracket');
    return { kind: 'array', items: splitter.items, total: splitter.total };
}

// EXTERNAL MODULE: ./src/auth0/client-assertion.ts
var client_assertion = __webpack_require__(6386);
;// CONCATENATED MODULE: ./src/auth0/tokens.ts


function fixedToken(token) {
    return { get: async () => token, renew: () => false };
}
/** Refresh this long before Auth0 says the token expires, so no request carries a dying token. */
const EXPIRY_MARGIN_MS = 60_000;
/**
 * Client-credentials grant: form-encoded POST to /oauth/token, authenticated with
 * the client secret or, for `private-key-jwt`, a client assertion signed afresh for every attempt
 * (each carries a new `jti`, which Auth0 accepts only once). The token is cached until shortly
 * before `expires_in` and fetched again after a 401.
 */
class ClientCredentialsTokens {
    origin;
    credentials;
    transport;
    clock;
    mask;
    epochNow;
    #cached;
    #inFlight;
    #signingKey;
    constructor(origin, credentials, transport, clock, 
    /** Registers a secret with the runner before anything could print it. */
    mask, 
    /** Wall-clock time (epoch ms) for the assertion's `iat`/`exp`; the Clock is monotonic. */
    epochNow = Date.now) {
        this.origin = origin;
        this.credentials = credentials;
        this.transport = transport;
        this.clock = clock;
        this.mask = mask;
        this.epochNow = epochNow;
        this.#signingKey =
            credentials.kind === 'private-key-jwt'
                ? (0,client_assertion/* readPrivateKey */.$k)(credentials.privateKey).key
                : undefined;
    }
    async get() {
        const cached = this.#cached;
        if (cached && this.clock.now() < cached.expiresAt)
            return cached.token;
        this.#inFlight ??= this.#fetch().finally(() => {
            this.#inFlight = undefined;
        });
        return this.#inFlight;
    }
    renew(refused) {
        if (this.#cached?.token === refused)
            this.#cached = undefined;
        return true;
    }
    /** The form of one attempt: a retried request gets a new assertion, never a replayed one. */
    #form() {
        const credentials = this.credentials;
        const params = {
            grant_type: 'client_credentials',
            client_id: credentials.clientId,
        };
        if (credentials.kind === 'client-credentials') {
            params.client_secret = credentials.clientSecret;
        }
        else {
            const assertion = (0,client_assertion/* signClientAssertion */.T3)({
                clientId: credentials.clientId,
                audience: (0,client_assertion/* assertionAudience */.P5)(this.origin),
                privateKey: this.#signingKey ?? credentials.privateKey,
                algorithm: credentials.algorithm,
                now: this.epochNow(),
            });
            // A bearer credential for its lifetime.
            this.mask(assertion);
            params.client_assertion_type = client_assertion/* CLIENT_ASSERTION_TYPE */.oE;
            params.client_assertion = assertion;
        }
        params.audience = credentials.audience;
        return new URLSearchParams(params).toString();
    }
    async #fetch() {
        const { audience, kind } = this.credentials;
        const response = await this.transport.send({
            method: 'POST',
            url: `${this.origin}/oauth/token`,
            label: 'the access token request',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: () => this.#form(),
            retry: 'any-failure',
        });
        const parsed = parseJson(response.text);
        if (response.status !== 200 || typeof parsed?.access_token !== 'string') {
            throw tokenError(response.status, parsed, audience, kind);
        }
        this.mask(parsed.access_token);
        const lifetimeMs = typeof parsed.expires_in === 'number' ? parsed.expires_in * 1000 : 86_400_000;
        this.#cached = {
            token: parsed.access_token,
            expiresAt: this.clock.now() + Math.max(lifetimeMs - EXPIRY_MARGIN_MS, lifetimeMs / 2),
        };
        return parsed.access_token;
    }
}
function tokenError(status, body, audience, kind) {
    const description = typeof body?.error_description === 'string' ? body.error_description : undefined;
    const code = typeof body?.error === 'string' ? body.error : undefined;
    const said = description ?? code ?? `HTTP ${status}`;
    return new errors/* ApiError */.hD(status, `Authentication failed: Auth0 refused the client-credentials grant (HTTP ${status}: ${said}). ${tokenHint(status, said, audience, kind)}`, code);
}
/**
 * What to change. Auth0 answers a wrong client id or secret with 401 `access_denied`
 * "Unauthorized", so the status, not the code, tells a bad credential (401)
 * from an application without a client grant (403 "…create a client-grant…").
 */
function tokenHint(status, said, audience, kind) {
    if (/service not enabled/i.test(said)) {
        return `The audience '${audience}' is not this tenant's Management API; leave 'audience' empty to use the default.`;
    }
    if (status === 403 && /grant type/i.test(said)) {
        return 'Enable the Client Credentials grant for the application (Applications → the application → Advanced Settings → Grant Types).';
    }
    if (status === 403) {
        return 'Authorise the application for the Auth0 Management API (Applications → APIs → Auth0 Management API → Machine to Machine Applications) with the scopes this operation needs.';
    }
    return kind === 'private-key-jwt'
        ? 'Check client_id and client_assertion_key: the key must be the private half of a Private Key JWT credential of this Machine to Machine application, and client_assertion_alg the algorithm chosen for that credential (RS256 unless set otherwise).'
        : 'Check client_id and client_secret, and that the application is a Machine to Machine application.';
}
function parseJson(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/auth0/api-errors.ts


function auth0Message(response) {
    const body = parseJson(response.text);
    if (typeof body?.message === 'string')
        return body.message;
    if (typeof body?.error === 'string')
        return body.error;
    return undefined;
}
/** Auth0's own message, plus what to do about the errors users hit most. */
function apiError(response, label) {
    const body = parseJson(response.text);
    const errorCode = typeof body?.errorCode === 'string' ? body.errorCode : undefined;
    const said = auth0Message(response) ?? (response.text.trim().slice(0, 200) || 'no details');
    const hint = hintFor(response.status, label, said);
    return new errors/* ApiError */.hD(response.status, `Auth0 refused ${label} (HTTP ${response.status}: ${said})${hint ? `. ${hint}` : '.'}`, errorCode);
}
const GRANT_PATH = 'Applications → APIs → Auth0 Management API → Machine to Machine Applications';
/** The scope to grant: Auth0's "expected any of: a,b", else the endpoint's own. */
function missingScope(label, message) {
    const expected = /expected any of:\s*([\w:, ]+)/i.exec(message)?.[1];
    const named = expected
        ?.split(/[,\s]+/)
        .filter((scope) => /^[a-z_]+:[a-z_]+$/.test(scope))
        .join(' or ');
    if (named)
        return named;
    if (label.includes('users file'))
        return 'create:users';
    if (label.includes('export'))
        return 'read:users';
    if (label.includes('verification'))
        return 'update:users';
    return 'read:users (or create:users)';
}
/** What to change for each 400 Auth0 documents for these endpoints. */
const BAD_REQUEST_HINTS = [
    [
        /must be a database connection/i,
        'connection_id must name a database connection (Authentication → Database); users cannot be imported into social, enterprise or passwordless connections.',
    ],
    [
        /connection must be enabled/i,
        'Enable the connection for at least one application (Authentication → Database → the connection → Applications).',
    ],
    [
        /without import mode/i,
        'Turn on "Import Users to Auth0" in the custom database connection\'s settings (Authentication → Database → the connection → Custom Database), or import into a connection without a custom database.',
    ],
    [
        /format client-id|client does not exist/i,
        "email_client_id must be the Client ID of an application of this tenant (32 letters and digits), or be left empty for the tenant's global client.",
    ],
    [
        /organization/i,
        'organization_id must be the id (org_…) of an organization of this tenant, or be left empty.',
    ],
    [
        /identity/i,
        "Check the identity input: provider must be an Auth0 identity provider name such as google-oauth2, and {user_id, provider} one of the user's identities.",
    ],
    [
        /user does not exist/i,
        'Check user_id: it must be the full id of an existing user, with its provider prefix (such as auth0|63d1…).',
    ],
    [
        /connection/i,
        'connection_id must be the id (con_…) of a database connection that is enabled for at least one application.',
    ],
];
function hintFor(status, label, message) {
    if (status === 401) {
        return 'The access token was rejected: check that it is a Management API token for this tenant and not expired.';
    }
    if (status === 403) {
        return `The application needs the scope ${missingScope(label, message)} on the Auth0 Management API: grant it under ${GRANT_PATH}.`;
    }
    if (status === 404 && label.includes('job')) {
        return 'Check the job id; Auth0 deletes jobs and their errors 24 hours after they were created.';
    }
    if (status === 413) {
        return 'Auth0 accepts at most 512000 bytes per users file; lower chunk_size.';
    }
    if (status === 400 && /authentication header/i.test(message)) {
        return 'The access token is not a single word; check the token input or what the token endpoint returned.';
    }
    if (status === 400)
        return BAD_REQUEST_HINTS.find(([pattern]) => pattern.test(message))?.[1];
    return undefined;
}

// EXTERNAL MODULE: ./src/auth0/job.ts
var auth0_job = __webpack_require__(797);
;// CONCATENATED MODULE: ./src/auth0/management-api.ts






const ACTIVE_IMPORTS = /active import users jobs/i;
/**
 * What is kept of a job's error list. One job holds at most 512000 bytes of users, so a real
 * list is a few MB; anything beyond is counted and left out (the report says how many).
 */
const ERROR_LIST_LIMITS = { items: 100_000, bytes: 16 << 20 };
/** The jobs endpoints of the Management API v2, typed. One instance per step. */
class ManagementApi {
    origin;
    transport;
    tokens;
    mask;
    constructor(origin, transport, tokens, 
    /** Registers a secret with the runner; export download links are secrets (bearer URLs). */
    mask) {
        this.origin = origin;
        this.transport = transport;
        this.tokens = tokens;
        this.mask = mask;
    }
    async getJob(id) {
        const response = await this.#call({
            method: 'GET',
            path: `/api/v2/jobs/${encodeURIComponent(id)}`,
            label: `reading job ${id}`,
            retry: 'any-failure',
        });
        const job = expectJob(response, `reading job ${id}`);
        if (job.id !== id) {
            throw new errors/* ApiError */.hD(response.status, `Auth0 answered reading job ${id} with another job.`);
        }
        return this.#masked(job);
    }
    #masked(job) {
        if (typeof job.location === 'string' && job.location !== '')
            this.mask(job.location);
        return job;
    }
    /**
     * GET /jobs/{id}/errors: 200 array, 200 job object, or 204. The array is
     * streamed (http/json-array.ts): at most ERROR_LIST_LIMITS of it is kept, all of it counted.
     */
    async getJobErrors(id) {
        const label = `reading the errors of job ${id}`;
        const response = await this.#call({
            method: 'GET',
            path: `/api/v2/jobs/${encodeURIComponent(id)}/errors`,
            label,
            retry: 'any-failure',
            readBody: (body) => readJsonArray(body, ERROR_LIST_LIMITS),
        });
        if (response.status < 200 || response.status >= 300)
            throw apiError(response, label);
        const read = response.value;
        if (read?.kind === 'array') {
            return { kind: 'entries', entries: read.items.map(toErrorEntry), total: read.total };
        }
        const text = read?.text ?? response.text;
        if (response.status === 204 || text.trim() === '')
            return { kind: 'none' };
        if (response.status !== 200)
            throw apiError(response, label);
        const body = parseServerJson(text);
        if (isJob(body)) {
            checkJobId(body, 200, label);
            return { kind: 'job', job: body };
        }
        throw new errors/* ApiError */.hD(200, `Auth0 answered ${label} with an unexpected body.`);
    }
    async createImport(request) {
        const label = 'submitting the users file';
        // True from the moment an attempt's body is made until an answer says it was not handled
        // (429, 503, 401: the transport or #call sends again); an error while true leaves a doubt.
        let maybeHandled = false;
        let response;
        try {
            response = await this.#call({
                method: 'POST',
                path: '/api/v2/jobs/users-imports',
                label,
                retry: 'only-if-not-received',
                // form-data is loaded only by the operation that uploads.
                body: async () => {
                    const form = (await Promise.all(/* import() */[__webpack_require__.e(454), __webpack_require__.e(368)]).then(__webpack_require__.bind(__webpack_require__, 368))).importForm(request);
                    maybeHandled = true;
                    return form;
                },
                returnAsIs: (answer) => {
                    if ([401, 429, 503].includes(answer.status))
                        maybeHandled = false;
                    return answer.status === 429 && ACTIVE_IMPORTS.test(answer.text);
                },
            });
        }
        catch (error) {
            if (maybeHandled && !(error instanceof errors/* ApiError */.hD)) {
                return { kind: 'in-doubt', reason: (0,errors/* errorMessage */.gJ)(error) };
            }
            throw error;
        }
        if (response.status === 429) {
            return { kind: 'slots-full', message: auth0Message(response) ?? 'too many active imports' };
        }
        if (response.status >= 500 || (response.status >= 200 && response.status < 300)) {
            const body = parseServerJson(response.text);
            // A job whose id is not Auth0's shape cannot be followed, yet Auth0 may have made one.
            if (response.status < 300 && isJob(body) && (0,auth0_job/* isJobId */.dW)(body.id)) {
                return { kind: 'created', job: body };
            }
            const said = response.status < 300 ? 'an answer that is not a job' : `HTTP ${response.status}`;
            return { kind: 'in-doubt', reason: `Auth0 answered ${label} with ${said}` };
        }
        throw apiError(response, label);
    }
    async createExport(body) {
        return this.#postJson('/api/v2/jobs/users-exports', body, 'creating the export job');
    }
    async createVerificationEmail(body) {
        return this.#postJson('/api/v2/jobs/verification-email', body, 'sending the verification email');
    }
    /** GET /users-by-email: every user of the tenant with exactly this email. */
    async usersByEmail(email) {
        const label = 'looking up users by email';
        const response = await this.#call({
            method: 'GET',
            path: `/api/v2/users-by-email?email=${encodeURIComponent(email)}`,
            label,
            retry: 'any-failure',
        });
        if (response.status !== 200)
            throw apiError(response, label);
        const body = parseJson(response.text);
        if (!Array.isArray(body))
            throw new errors/* ApiError */.hD(200, `Auth0 answered ${label} without a list.`);
        return body;
    }
    /** The connection's name (users carry it in `identities[].connection`), scope read:connections. */
    async connectionName(id) {
        const label = `reading connection ${id}`;
        const response = await this.#call({
            method: 'GET',
            path: `/api/v2/connections/${encodeURIComponent(id)}`,
            label,
            retry: 'any-failure',
        });
        if (response.status !== 200)
            throw apiError(response, label);
        const name = parseJson(response.text)?.name;
        if (typeof name !== 'string')
            throw new errors/* ApiError */.hD(200, `Auth0 answered ${label} without a name.`);
        return name;
    }
    async #postJson(path, body, label) {
        const json = JSON.stringify(body);
        const response = await this.#call({
            method: 'POST',
            path,
            label,
            retry: 'only-if-not-received',
            headers: { 'content-type': 'application/json' },
            body: () => json,
        });
        return expectJob(response, label);
    }
    /** Adds the bearer token; after a 401, tries once more with a fresh token if one can be had. */
    async #call(options) {
        const url = `${this.origin}${options.path}`;
        for (let attempt = 0;; attempt++) {
            const token = await this.tokens.get();
            const response = await this.transport.send({
                ...options,
                url,
                headers: { ...options.headers, authorization: `Bearer ${token}` },
            });
            if (response.status === 401 && attempt === 0 && this.tokens.renew(token))
                continue;
            return response;
        }
    }
}
function expectJob(response, label) {
    if (response.status < 200 || response.status >= 300)
        throw apiError(response, label);
    const body = parseServerJson(response.text);
    if (!isJob(body))
        throw new errors/* ApiError */.hD(response.status, `Auth0 answered ${label} without a job.`);
    checkJobId(body, response.status, label);
    return body;
}
/** A job id goes into URLs, file names and log lines: only Auth0's own shape is accepted. */
function checkJobId(job, status, label) {
    if ((0,auth0_job/* isJobId */.dW)(job.id))
        return;
    throw new errors/* ApiError */.hD(status, `Auth0 answered ${label} with a job id that is not job_ followed by 16 letters or digits (${JSON.stringify(String(job.id).slice(0, 40))}); it was not used.`);
}
function isJob(value) {
    const job = value;
    return (typeof job === 'object' &&
        job !== null &&
        typeof job.id === 'string' &&
        typeof job.status === 'string');
}
function toErrorEntry(value) {
    const entry = (value ?? {});
    const user = typeof entry.user === 'object' && entry.user !== null ? entry.user : {};
    const errors = Array.isArray(entry.errors) ? entry.errors : [];
    return {
        user: user,
        errors: errors.map((error) => {
            const e = (error ?? {});
            return {
                code: typeof e.code === 'string' ? e.code : 'UNKNOWN',
                message: typeof e.message === 'string' ? e.message : '',
                ...(typeof e.path === 'string' ? { path: e.path } : {}),
            };
        }),
    };
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/http/parser-tier.ts

let capped = false;
/**
 * Keeps the WebAssembly HTTP parser undici compiles on its first connection at V8's baseline
 * tier. Why: V8 otherwise recompiles it with its optimising tier after a few requests, which
 * raised an export's peak memory by ~11 MiB (bench/export-action.ts, 200,000 users: 90.4 MiB
 * without the cap, 79.7 MiB with it); the baseline tier is ample for the few requests a step makes.
 *
 * Called by the step's dispatcher (dispatcher.ts) before each request: only the first sets it.
 * Why then, and not when the step starts: changing a V8 flag
 * changes the flag hash that V8 checks before it uses a code cache, so every Node module loaded
 * afterwards (http, http2, tls, assert, and all of a worker thread's bootstrap) is compiled from
 * source instead of from the cache built into Node. Set at the step's start, it cost a 1,000-user
 * import ~10 ms before its first request (bench/first-request.ts). By the first request, what the
 * step needs is loaded.
 */
function capHttpParserTier() {
    if (capped)
        return;
    capped = true;
    (0,external_node_v8_.setFlagsFromString)('--wasm-tiering-budget=1000000000');
}

// EXTERNAL MODULE: ./src/http/proxy-env.ts
var proxy_env = __webpack_require__(8194);
;// CONCATENATED MODULE: ./src/http/dispatcher.ts



const CONNECT_TIMEOUT_MS = 15_000;
/**
 * A connection failure retrying cannot fix: the message says what to change. It carries no
 * `code` and no `cause`, so the transport's retry rules (which look for connection codes) do not
 * retry it for the rest of the timeout.
 */
class UnreachableError extends Error {
    name = 'UnreachableError';
}
/** Builds the step's dispatcher from the environment; proxy credentials are masked first. */
function createDispatcher(env, options) {
    for (const secret of (0,proxy_env/* proxySecrets */.Wm)(env))
        options.onSecret(secret);
    return new StepDispatcher(env, options.tls);
}
/** Direct or through a proxy, chosen per request from the target's origin. */
class StepDispatcher extends undici/* DispatcherBase */.rX {
    #env;
    #tls;
    #direct;
    #proxies = new Map();
    #destroyed = false;
    constructor(env, tls) {
        super();
        this.#env = env;
        this.#tls = tls;
        this.#direct = new undici/* Agent */.g6({ connect: { timeout: CONNECT_TIMEOUT_MS, ...tls } });
    }
    get destroyed() {
        return this.#destroyed;
    }
    dispatch(options, handler) {
        // Every request of the step comes here first (Auth0, export downloads, GitHub).
        capHttpParserTier();
        const origin = String(options.origin ?? '');
        let route;
        try {
            route = (0,proxy_env/* proxyFor */.iJ)(new URL(origin), this.#env);
        }
        catch (error) {
            if (!(error instanceof proxy_env/* ProxyConfigError */.Xb))
                throw error;
            handler.onResponseError?.(abortOnly(), new UnreachableError(error.message));
            return true;
        }
        const target = route ? this.#proxyAgent(route) : this.#direct;
        return target.dispatch(options, new ExplainingHandler(handler, origin, route));
    }
    #proxyAgent(route) {
        let agent = this.#proxies.get(route.url.href);
        if (!agent) {
            agent = new undici/* ProxyAgent */.kT({
                uri: route.url.href,
                connectTimeout: CONNECT_TIMEOUT_MS,
                ...(this.#tls ? { requestTls: this.#tls } : {}),
            });
            this.#proxies.set(route.url.href, agent);
        }
        return agent;
    }
    async close() {
        await Promise.all([this.#direct, ...this.#proxies.values()].map((agent) => agent.close()));
    }
    async destroy() {
        this.#destroyed = true;
        await Promise.all([this.#direct, ...this.#proxies.values()].map((agent) => agent.destroy()));
    }
}
/** A controller for a request that fails before it reaches any connection. */
function abortOnly() {
    return {
        aborted: false,
        paused: false,
        reason: null,
        abort() { },
        pause() { },
        resume() { },
    };
}
/** Passes everything through to the request's own handler, explaining the errors it can. */
class ExplainingHandler {
    #handler;
    #origin;
    #route;
    constructor(handler, origin, route) {
        this.#handler = handler;
        this.#origin = origin;
        this.#route = route;
    }
    onRequestStart(...args) {
        return this.#handler.onRequestStart?.(...args);
    }
    onRequestUpgrade(...args) {
        return this.#handler.onRequestUpgrade?.(...args);
    }
    onResponseStart(...args) {
        return this.#handler.onResponseStart?.(...args);
    }
    onResponseData(...args) {
        return this.#handler.onResponseData?.(...args);
    }
    onResponseEnd(...args) {
        return this.#handler.onResponseEnd?.(...args);
    }
    onResponseError(controller, error) {
        return this.#handler.onResponseError?.(controller, explainConnectionError(error, this.#origin, this.#route) ?? error);
    }
}
/**
 * The message for a failure the user must fix, or undefined for one worth retrying. Through a
 * proxy, a refused connection or a CONNECT answered with anything but 200 is the proxy's doing
 * (it answers 502 itself when the target cannot be reached, which stays retryable).
 */
function explainConnectionError(error, origin, route) {
    const code = error.code;
    const target = new URL(origin).host;
    if (route) {
        const proxy = (0,proxy_env/* describeProxy */.GK)(route);
        const status = /Proxy response \((\d+)\)|\((407)\)/.exec(error.message);
        const refusedStatus = status ? Number(status[1] ?? status[2]) : undefined;
        if (refusedStatus !== undefined && refusedStatus !== 502 && refusedStatus !== 504) {
            const hint = refusedStatus === 407
                ? ` It wants credentials: put them in ${route.variable} as http://user:password@host:port.`
                : ` Ask the proxy's administrators to allow ${target}, or add it to NO_PROXY to connect directly.`;
            return new UnreachableError(`The proxy ${proxy} refused the connection to ${target} (HTTP ${refusedStatus}).${hint}`);
        }
        if (code === 'ECONNREFUSED' || code === 'ENOTFOUND') {
            return new UnreachableError(`The proxy ${proxy} could not be reached (${code === 'ENOTFOUND' ? 'no such host' : 'connection refused'}) on the way to ${target}. Check ${route.variable}.`);
        }
        return undefined;
    }
    if (code !== 'ECONNREFUSED')
        return undefined;
    return new UnreachableError(`Nothing listens at ${origin} (connection refused).${hint(origin)}`);
}
/** For a loopback address, the likely cause: the emulator of `npm run local-action` is not up. */
function hint(origin) {
    const host = new URL(origin).hostname;
    const local = host === 'localhost' || host === '[::1]' || host.startsWith('127.');
    return local
        ? ' If this is the Auth0 emulator (npm run local-action), start it first in another terminal: npm run emulator.'
        : ' Check that the address is right and that the runner can reach it.';
}

// EXTERNAL MODULE: ./src/jobs/tracker.ts + 3 modules
var tracker = __webpack_require__(2333);
// EXTERNAL MODULE: ./src/runtime/clock.ts
var runtime_clock = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/runtime/deadline.ts
var runtime_deadline = __webpack_require__(4506);
;// CONCATENATED MODULE: ./src/connect.ts
/**
 * The step's network side: one dispatcher (direct or through the runner's proxy), the retrying
 * transport, the token source and the Management API client, wired into an OperationContext.
 * main.ts loads this module only after the inputs parsed, so a step that fails on its inputs never
 * loads undici (bench/cold-start.ts).
 */







function connect(settings, ledger, options) {
    const { logger, runnerTemp, mask, signal } = options;
    const dispatcher = createDispatcher(process.env, { onSecret: mask });
    const clock = runtime_clock/* systemClock */.m;
    // `timeout` counts from the start of the step, which is the start of this process.
    const deadline = new runtime_deadline/* Deadline */.B(clock, settings.timeoutMs, signal);
    const transport = new Transport({ dispatcher, clock, deadline, logger });
    const { origin, credentials } = settings.tenant;
    const tokens = credentials.kind === 'token'
        ? fixedToken(credentials.token)
        : new ClientCredentialsTokens(origin, credentials, transport, clock, mask);
    const api = new ManagementApi(origin, transport, tokens, mask);
    const context = {
        api,
        clock,
        deadline,
        logger,
        ledger,
        newTracker: () => new tracker/* JobTracker */.Y(api, clock, deadline, logger, (job) => ledger.see(job)),
        runnerTemp,
        dispatcher,
    };
    return {
        context,
        dispatcher,
        logRequestCounts() {
            const { requests, rateLimited, pacedWaits } = transport.stats;
            if (requests === 0)
                return;
            logger.info(`Requests to Auth0: ${requests} (${rateLimited} answered 429; ${pacedWaits} waits for the rate limit to reset).`);
        },
        async close() {
            if (!dispatcher.destroyed)
                await dispatcher.destroy();
        },
    };
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

/***/ 9842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LONGEST_TIMER_MS),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/** Node fires a timer set beyond this at once (after a warning), which turns a long wait into a storm. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
const systemClock = {
    now: () => performance.now(),
    sleep: async (ms, signal) => {
        // Inputs keep real waits far below the limit; slicing makes any wait correct anyway.
        let left = ms;
        for (; left > LONGEST_TIMER_MS; left -= LONGEST_TIMER_MS) {
            await sleepOnce(LONGEST_TIMER_MS, signal);
        }
        await sleepOnce(left, signal);
    },
};
function sleepOnce(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9842);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);


/**
 * The step's `timeout`, counted from the start of the step. Every wait in the action goes through
 * here so that no retry, poll or transfer can outlive it, nor a cancellation: when `signal` aborts
 * (main.ts aborts it on SIGINT/SIGTERM), every wait ends at once by throwing the signal's reason.
 */
class Deadline {
    #clock;
    #endsAt;
    #signal;
    constructor(clock, endsAt, signal) {
        this.#clock = clock;
        this.#endsAt = endsAt;
        this.#signal = signal;
    }
    /** Aborted when the step is cancelled. */
    get signal() {
        return this.#signal;
    }
    get cancelled() {
        return this.#signal?.aborted === true;
    }
    /** Throws the cancellation's reason when the step has been cancelled. */
    throwIfCancelled() {
        this.#signal?.throwIfAborted();
    }
    remainingMs() {
        return Math.max(0, Math.ceil(this.#endsAt - this.#clock.now()));
    }
    expired() {
        return this.remainingMs() <= 0;
    }
    /**
     * Waits `ms` that something asked for (a Retry-After, a backoff). A wait that cannot end within
     * the timeout fails at once, naming the wait and the time left: idling until the deadline only
     * to fail then would help nobody. A cancellation ends the wait by throwing its reason.
     */
    async sleep(ms, waitingFor, signal = this.#signal) {
        signal?.throwIfAborted();
        const remaining = this.remainingMs();
        if (ms >= remaining) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3(`The timeout cannot be kept: ${waitingFor} needs a ${seconds(ms)} wait, but only ${seconds(remaining)} of the timeout are left.`);
        }
        await this.#clock.sleep(ms, signal);
    }
    /**
     * Waits `ms` or until the deadline, whichever comes first; at the deadline throws, naming what
     * we waited for. For waits the action chooses itself (the next poll of a job that may finish
     * any moment), where waiting as long as allowed is the point.
     */
    async sleepOrExpire(ms, waitingFor) {
        this.#signal?.throwIfAborted();
        const remaining = this.remainingMs();
        if (ms >= remaining) {
            await this.#clock.sleep(remaining, this.#signal);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3(`The timeout ran out while ${waitingFor}.`);
        }
        await this.#clock.sleep(ms, this.#signal);
    }
    /**
     * An AbortSignal for work that cannot go through `sleep` (a request, a download): it aborts
     * with a DeadlineError naming `waitingFor` when the time left runs out (real time), or with the
     * cancellation's reason (unless `cancellable` is false). Call `done()` when the work ends, to
     * free the timer.
     */
    bound(waitingFor, cancellable = true) {
        const controller = new AbortController();
        const cancel = cancellable ? this.#signal : undefined;
        const onCancel = () => controller.abort(cancel?.reason);
        if (cancel?.aborted)
            onCancel();
        else
            cancel?.addEventListener('abort', onCancel, { once: true });
        // `timeout` is at most 5 days (src/inputs/), within what a timer holds; a longer deadline
        // (only a test can make one) is left to the waits themselves rather than fire at once.
        const remaining = this.remainingMs();
        const timer = remaining <= _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .LONGEST_TIMER_MS */ .M
            ? setTimeout(() => controller.abort(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeadlineError */ .j3(`The timeout ran out while ${waitingFor}.`)), remaining)
            : undefined;
        timer?.unref();
        return {
            signal: controller.signal,
            done: () => {
                clearTimeout(timer);
                cancel?.removeEventListener('abort', onCancel);
            },
        };
    }
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}


/***/ })

};
