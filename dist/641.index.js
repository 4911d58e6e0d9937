export const id = 641;
export const ids = [641];
export const modules = {

/***/ 2641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connect: () => (/* binding */ connect)
});

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/actions-core.ts + 4 modules
var actions_core = __webpack_require__(8855);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/auth0/client-assertion.ts
var client_assertion = __webpack_require__(6386);
;// CONCATENATED MODULE: ./src/auth0/tokens.ts


function fixedToken(token) {
    return { get: async () => token, renew: () => false };
}
/** Refresh this long before Auth0 says the token expires, so no request carries a dying token. */
const EXPIRY_MARGIN_MS = 60_000;
/**
 * Client-credentials grant (reference §1): form-encoded POST to /oauth/token, authenticated with
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
    let hint = kind === 'private-key-jwt'
        ? 'Check client_id and client_assertion_key: the key must be the private half of a Private Key JWT credential of this Machine to Machine application, and client_assertion_alg the algorithm chosen for that credential (RS256 unless set otherwise).'
        : 'Check client_id and client_secret, and that the application is a Machine to Machine application.';
    if (/service not enabled/i.test(said)) {
        hint = `The audience '${audience}' is not this tenant's Management API; leave 'audience' empty to use the default.`;
    }
    else if (status === 403 || code === 'access_denied' || code === 'unauthorized_client') {
        hint =
            'Authorise the application for the Auth0 Management API (Applications → APIs → Auth0 Management API → Machine to Machine Applications) with the scopes this operation needs.';
    }
    return new errors/* ApiError */.hD(status, `Authentication failed: Auth0 refused the client-credentials grant (HTTP ${status}: ${said}). ${hint}`, code);
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

;// CONCATENATED MODULE: ./src/auth0/management-api.ts


const ACTIVE_IMPORTS = /active import users jobs/i;
/** The jobs endpoints of the Management API v2, typed. One instance per step. */
class ManagementApi {
    origin;
    transport;
    tokens;
    mask;
    constructor(origin, transport, tokens, 
    /** Registers a secret with the runner; export download links are secrets (bearer URLs). */
    mask = () => { }) {
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
        return this.#masked(expectJob(response, `reading job ${id}`));
    }
    #masked(job) {
        if (typeof job.location === 'string' && job.location !== '')
            this.mask(job.location);
        return job;
    }
    /** GET /jobs/{id}/errors: 200 array, 200 job object, or 204 (reference §3.5). */
    async getJobErrors(id) {
        const label = `reading the errors of job ${id}`;
        const response = await this.#call({
            method: 'GET',
            path: `/api/v2/jobs/${encodeURIComponent(id)}/errors`,
            label,
            retry: 'any-failure',
        });
        if (response.status === 204 || (response.status === 200 && response.text.trim() === '')) {
            return { kind: 'none' };
        }
        if (response.status !== 200)
            throw apiError(response, label);
        const body = parseJson(response.text);
        if (Array.isArray(body))
            return { kind: 'entries', entries: body.map(toErrorEntry) };
        if (isJob(body))
            return { kind: 'job', job: body };
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
            const body = parseJson(response.text);
            if (response.status < 300 && isJob(body))
                return { kind: 'created', job: body };
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
    const body = parseJson(response.text);
    if (!isJob(body))
        throw new errors/* ApiError */.hD(response.status, `Auth0 answered ${label} without a job.`);
    return body;
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
function auth0Message(response) {
    const body = parseJson(response.text);
    if (typeof body?.message === 'string')
        return body.message;
    if (typeof body?.error === 'string')
        return body.error;
    return undefined;
}
/** Auth0's own message, plus what to do about the errors users hit most (reference §8). */
function apiError(response, label) {
    const body = parseJson(response.text);
    const errorCode = typeof body?.errorCode === 'string' ? body.errorCode : undefined;
    const said = auth0Message(response) ?? (response.text.trim().slice(0, 200) || 'no details');
    const hint = hintFor(response.status, label, said);
    return new errors/* ApiError */.hD(response.status, `Auth0 refused ${label} (HTTP ${response.status}: ${said})${hint ? `. ${hint}` : '.'}`, errorCode);
}
function hintFor(status, label, message) {
    if (status === 401) {
        return 'The access token was rejected: check that it is a Management API token for this tenant and not expired.';
    }
    if (status === 403) {
        const scope = label.includes('users file')
            ? 'create:users'
            : label.includes('export')
                ? 'read:users'
                : label.includes('verification')
                    ? 'update:users'
                    : 'read:users (or create:users)';
        return `The application needs the scope ${scope} on the Auth0 Management API.`;
    }
    if (status === 404 && label.includes('job')) {
        return 'Check the job id; Auth0 deletes jobs and their errors 24 hours after they were created.';
    }
    if (status === 413) {
        return 'Auth0 accepts at most 512000 bytes per users file; lower chunk_size.';
    }
    if (status === 400 && /connection/i.test(message)) {
        return 'connection_id must be the id (con_…) of a database connection that is enabled for at least one application.';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/clock.ts
const systemClock = {
    now: () => performance.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
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
    }),
};

;// CONCATENATED MODULE: ./src/deadline.ts

/**
 * The step's `timeout`, counted from the start of the step. Every wait in the action goes through
 * here so that no retry or poll can outlive it, nor a cancellation: when `signal` aborts (main.ts
 * aborts it on SIGINT/SIGTERM), every wait ends at once by throwing the signal's reason.
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
     * Waits `ms`; if the deadline comes first, waits until it and throws, naming what we waited for.
     * A cancellation (`signal`, by default the step's) ends the wait by throwing its reason.
     */
    async sleep(ms, waitingFor, signal = this.#signal) {
        signal?.throwIfAborted();
        const remaining = this.remainingMs();
        if (ms >= remaining) {
            await this.#clock.sleep(remaining, signal);
            throw new errors/* DeadlineError */.j3(`The timeout ran out while ${waitingFor}.`);
        }
        await this.#clock.sleep(ms, signal);
    }
}

// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
;// CONCATENATED MODULE: ./src/http/transport.ts



const PER_ATTEMPT_TIMEOUT_MS = 60_000;
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
        if (wait <= 0)
            return;
        this.stats.pacedWaits++;
        bucket.remaining = 1;
        await this.#deps.deadline.sleep(wait + Math.round(100 * this.#deps.random()), `waiting for Auth0's rate limit to reset before ${options.label}`);
    }
    #remember(url, headers) {
        const remaining = Number(firstHeader(headers, 'x-ratelimit-remaining'));
        const reset = Number(firstHeader(headers, 'x-ratelimit-reset'));
        if (!Number.isFinite(remaining) || !Number.isFinite(reset))
            return;
        this.#buckets.set(bucketOf(url), { remaining, resetAtEpochMs: reset * 1000 });
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
    async #attempt(options) {
        const { dispatcher, deadline } = this.#deps;
        const made = await options.body?.();
        const { body, headers: bodyHeaders } = made === undefined || isBody(made) ? { body: made, headers: {} } : made;
        const timeoutMs = Math.min(PER_ATTEMPT_TIMEOUT_MS, deadline.remainingMs());
        const signal = AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs)));
        this.stats.requests++;
        try {
            const response = await (0,undici.request)(options.url, {
                method: options.method,
                headers: { 'user-agent': this.#deps.userAgent, ...options.headers, ...bodyHeaders },
                body,
                dispatcher,
                signal,
            });
            const text = await response.body.text();
            this.#remember(options.url, response.headers);
            return { status: response.statusCode, headers: response.headers, text };
        }
        catch (error) {
            if (signal.aborted) {
                if (deadline.expired()) {
                    throw new errors/* DeadlineError */.j3(`The timeout ran out while waiting for ${options.label}.`);
                }
                throw Object.assign(new Error(`no answer within ${seconds(timeoutMs)}`), {
                    code: 'UND_ERR_HEADERS_TIMEOUT',
                });
            }
            throw error;
        }
    }
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

// EXTERNAL MODULE: ./src/jobs/tracker.ts + 2 modules
var tracker = __webpack_require__(4622);
;// CONCATENATED MODULE: ./src/connect.ts
/**
 * The step's network side: one undici dispatcher, the retrying transport, the token source and the
 * Management API client, wired into an OperationContext. main.ts loads this module only after the
 * inputs parsed, so a step that fails on its inputs never loads undici (bench/cold-start.ts).
 */








function connect(settings, outcome, logger, runnerTemp, signal) {
    // Undici's default dispatcher may be Node's internal copy; an explicit one keeps tests and the
    // bundle on the same HTTP stack (toolchain notes, pitfall 1).
    const dispatcher = new undici.Agent({ connect: { timeout: 15_000 } });
    const clock = systemClock;
    // `timeout` counts from the start of the step, which is the start of this process.
    const deadline = new Deadline(clock, settings.timeoutMs, signal);
    const transport = new Transport({ dispatcher, clock, deadline, logger });
    const { origin, credentials } = settings.tenant;
    const tokens = credentials.kind === 'token'
        ? fixedToken(credentials.token)
        : new ClientCredentialsTokens(origin, credentials, transport, clock, (secret) => actions_core/* setSecret */.Pq(secret));
    const api = new ManagementApi(origin, transport, tokens, (secret) => actions_core/* setSecret */.Pq(secret));
    const context = {
        api,
        clock,
        deadline,
        logger,
        newTracker: () => new tracker/* JobTracker */.Y(api, clock, deadline, logger, (job) => outcome.update(job)),
        runnerTemp,
        dispatcher,
    };
    return {
        context,
        logRequestCounts() {
            const { requests, rateLimited, pacedWaits } = transport.stats;
            if (requests === 0)
                return;
            actions_core/* info */.pq(`Requests to Auth0: ${requests} (${rateLimited} answered 429; ${pacedWaits} waits for the rate limit to reset).`);
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
/* harmony export */   Rk: () => (/* binding */ isConnectionError),
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
 * How long a 429 asks us to wait. Auth0 documents `X-RateLimit-Reset` (epoch seconds when the
 * bucket refills); `Retry-After` is honoured first because it is the more specific answer when a
 * proxy or Auth0 sends it. Without either, fall back to exponential backoff. A small random
 * extra spreads out clients that were all told the same reset second.
 */
function rateLimitDelay(headers, attempt, nowEpochMs, random, policy = DEFAULT_BACKOFF) {
    const spreadMs = Math.round(250 * random());
    const retryAfter = header(headers, 'retry-after');
    if (retryAfter !== undefined && retryAfter.trim() !== '') {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            return Math.round(seconds * 1000) + spreadMs;
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - nowEpochMs) + spreadMs;
    }
    const reset = Number(header(headers, 'x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) {
        // The reset is whole seconds; the bucket may refill up to a second before the number says.
        const untilReset = reset * 1000 - nowEpochMs;
        if (untilReset <= policy.maxMs * 4)
            return Math.max(0, untilReset) + spreadMs;
    }
    return backoffDelay(attempt, random, policy);
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

/***/ 4622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ JobTracker)
});

// EXTERNAL MODULE: ./src/auth0/job.ts
var auth0_job = __webpack_require__(797);
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
/**
 * When to read `job` next (clock ms), given what its readings say of its end. Near the end, once
 * the window is known: just after its end. Before that: the schedule of `nextPollDelay`, shifted
 * by under half a second so that the reading falls at the middle of the window (mod 1 s) and
 * halves it. Long jobs take their halving reads anyway, so the end is known to a few tens of
 * milliseconds by the time it comes, at no extra request.
 */
function nextPollAt(job, readsWithoutEstimate, now, window) {
    const planned = now + nextPollDelay(job, readsWithoutEstimate);
    // No window, or one that has passed with the job still running (the estimate was off): the
    // plain schedule, so a job stuck at "0 s left" is read twice a second, not in a loop.
    if (!window || window.by <= now)
        return planned;
    if (window.by - now <= POLL.halvingFloorMs) {
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
    constructor(api, clock, deadline, logger, 
    /** Called with every fresh state of a job, so outputs can carry the last one seen. */
    onUpdate = () => { }) {
        this.api = api;
        this.clock = clock;
        this.deadline = deadline;
        this.onUpdate = onUpdate;
        this.#progress = new ProgressLog(clock, logger);
    }
    track(job) {
        this.onUpdate(job);
        if ((0,auth0_job/* isFinal */.dR)(job.status)) {
            this.#finished.push(job);
            return;
        }
        this.#progress.report(job);
        this.#watched.set(job.id, {
            job,
            dueAt: this.clock.now() + nextPollDelay(job, 0),
            readsWithoutEstimate: 0,
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
                await this.deadline.sleep(wait, `waiting for ${this.#describeWaiting()}`);
            }
            await this.#read(soonest);
        }
    }
    async #read(watched) {
        const sentAt = this.clock.now();
        const job = await this.api.getJob(watched.job.id);
        this.onUpdate(job);
        if ((0,auth0_job/* isFinal */.dR)(job.status)) {
            this.#watched.delete(job.id);
            this.#progress.finish(job);
            this.#finished.push(job);
            return;
        }
        const hasEstimate = typeof job.time_left_seconds === 'number';
        watched.readsWithoutEstimate = hasEstimate ? 0 : watched.readsWithoutEstimate + 1;
        watched.job = job;
        const now = this.clock.now();
        watched.window = narrowWindow(watched.window, job, sentAt, now);
        watched.dueAt = nextPollAt(job, watched.readsWithoutEstimate, now, watched.window);
        this.#progress.report(job);
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


/***/ })

};
