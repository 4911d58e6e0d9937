import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ readPrivateKey),
/* harmony export */   HS: () => (/* binding */ privateKeyMaskParts),
/* harmony export */   P5: () => (/* binding */ assertionAudience),
/* harmony export */   T3: () => (/* binding */ signClientAssertion),
/* harmony export */   Zw: () => (/* binding */ parseAssertionAlgorithm),
/* harmony export */   iu: () => (/* binding */ CLIENT_ASSERTION_ALGORITHMS),
/* harmony export */   oE: () => (/* binding */ CLIENT_ASSERTION_TYPE),
/* harmony export */   tr: () => (/* binding */ PrivateKeyError)
/* harmony export */ });
/* unused harmony exports CLIENT_ASSERTION_LIFETIME_SECONDS, MIN_RSA_KEY_BITS, normalizePem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Private-key JWT client authentication (Auth0 "private_key_jwt"): reading the application's
 * private key and signing the short-lived client assertion sent to /oauth/token instead of a
 * client secret. node:crypto only.
 *
 * The assertion follows Auth0's "Authenticate with Private Key JWT" page: header `alg` (RS256,
 * RS384 or PS256, the algorithm of the credential registered in Auth0) and `typ: JWT`; claims
 * `iss` = `sub` = client id, `aud` = the tenant's URL with a trailing slash, a fresh `jti` (UUID),
 * `iat`, and `exp` at most 5 minutes later (we use 60 s, Auth0's recommendation).
 */

const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const CLIENT_ASSERTION_ALGORITHMS = ['RS256', 'RS384', 'PS256'];
/** Auth0 allows at most 5 minutes and recommends at most 1; each assertion is used once. */
const CLIENT_ASSERTION_LIFETIME_SECONDS = 60;
/** Smallest RSA modulus accepted for the signing key. */
const MIN_RSA_KEY_BITS = 2048;
/** `aud` of the assertion: the tenant's origin followed by `/`, as Auth0 asks. */
function assertionAudience(origin) {
    return `${origin.replace(/\/+$/, '')}/`;
}
/** Signs one client assertion (compact JWS). Pure except for the default random `jti`. */
function signClientAssertion(options) {
    const key = typeof options.privateKey === 'string'
        ? readPrivateKey(options.privateKey).key
        : options.privateKey;
    const iat = Math.floor(options.now / 1000);
    const header = { alg: options.algorithm, typ: 'JWT' };
    if (options.keyId !== undefined)
        header.kid = options.keyId;
    const claims = {
        iss: options.clientId,
        sub: options.clientId,
        aud: options.audience,
        jti: options.jti ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        iat,
        exp: iat + (options.lifetimeSeconds ?? CLIENT_ASSERTION_LIFETIME_SECONDS),
    };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    return `${input}.${signJws(input, key, options.algorithm).toString('base64url')}`;
}
function base64url(text) {
    return Buffer.from(text, 'utf8').toString('base64url');
}
/** RS256/RS384: RSASSA-PKCS1-v1_5; PS256: RSASSA-PSS, SHA-256, MGF1 SHA-256, 32-byte salt. */
function signJws(input, key, algorithm) {
    switch (algorithm) {
        case 'RS256':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(input), key);
        case 'RS384':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha384', Buffer.from(input), key);
        case 'PS256':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(input), {
                key,
                padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING,
                saltLength: 32,
            });
    }
}
/** Why a client_assertion_key cannot be used; the message never contains the key. */
class PrivateKeyError extends Error {
    name = 'PrivateKeyError';
}
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
/**
 * Undoes what secret stores and YAML do to a PEM: literal `\n` sequences, CRLF, indentation,
 * surrounding quotes, line breaks collapsed to spaces, or the whole PEM base64-encoded once more.
 * Returns the text unchanged when no PEM block is found in it.
 */
function normalizePem(value) {
    let text = value.trim();
    if (text.length >= 2 && /^(["']).*\1$/s.test(text))
        text = text.slice(1, -1).trim();
    text = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n');
    if (!text.includes('-----BEGIN') && /^[A-Za-z0-9+/=\s]+$/.test(text)) {
        const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (decoded.includes('-----BEGIN'))
            text = decoded.replace(/\r\n?/g, '\n').trim();
    }
    const block = PEM_BLOCK.exec(text);
    if (!block)
        return text;
    const [, label, inner] = block;
    // Encrypted PKCS#1 keys carry "Proc-Type:" headers; keep such blocks as they are (line-trimmed).
    if (/^\s*[A-Za-z-]+:/m.test(inner)) {
        const lines = inner
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '');
        return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
    }
    const body = inner.replace(/\s+/g, '');
    const lines = body.match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
/**
 * The parts of a client_assertion_key value to register as secrets: the value itself, the
 * normalised PEM and each of its base64 lines (a log line can hold one line of a key).
 */
function privateKeyMaskParts(value) {
    const trimmed = value.trim();
    if (trimmed === '')
        return [];
    const parts = new Set([value, trimmed]);
    const pem = normalizePem(trimmed);
    parts.add(pem.trim());
    for (const source of [pem, trimmed.replace(/\\r\\n|\\n|\\r/g, '\n')]) {
        for (const line of source.split(/\r?\n/)) {
            const part = line.trim();
            if (part.length >= 8 && !part.startsWith('-----'))
                parts.add(part);
        }
    }
    return [...parts];
}
/**
 * Reads a PEM RSA private key (PKCS#8 `BEGIN PRIVATE KEY` or PKCS#1 `BEGIN RSA PRIVATE KEY`) of
 * at least 2048 bits. Throws PrivateKeyError saying what is wrong, never echoing the key.
 */
function readPrivateKey(value) {
    const pem = normalizePem(value);
    const label = PEM_BLOCK.exec(pem)?.[1];
    const expected = 'expected the PEM text of an RSA private key, from -----BEGIN PRIVATE KEY----- (or -----BEGIN RSA PRIVATE KEY-----) to the matching -----END ...----- line';
    if (label === undefined) {
        throw new PrivateKeyError(`it is not a PEM private key (the value is not shown); ${expected} (literal \\n sequences, Windows line ends and indentation are accepted)`);
    }
    if (/PUBLIC KEY/.test(label)) {
        throw new PrivateKeyError(`it is a public key (${label}); give the private key here — the public key is the one registered with the application in Auth0`);
    }
    if (label === 'CERTIFICATE' || label.includes('CERTIFICATE')) {
        throw new PrivateKeyError(`it is a certificate (${label}); give the private key here — the certificate or public key is the one registered with the application in Auth0`);
    }
    if (label.includes('ENCRYPTED') || /^Proc-Type:.*ENCRYPTED/m.test(pem)) {
        throw new PrivateKeyError('it is an encrypted (passphrase-protected) private key, which is not supported; store the unencrypted key as the secret (openssl pkey -in key.pem -out plain.pem)');
    }
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch (error) {
        const code = error.code;
        throw new PrivateKeyError(`it could not be read as a private key (${typeof code === 'string' ? code : 'invalid key data'}; the value is not shown); ${expected}`);
    }
    const type = key.asymmetricKeyType;
    if (type !== 'rsa') {
        throw new PrivateKeyError(type === 'rsa-pss'
            ? 'it is an RSA-PSS-only key (id-RSASSA-PSS); use an ordinary RSA key (openssl genrsa -out key.pem 2048), which signs RS256, RS384 and PS256'
            : `it is a${type === 'ec' || type === 'ed25519' || type === 'ed448' ? 'n' : ''} ${String(type).toUpperCase()} key; Auth0 private-key JWT credentials use RSA keys (RS256, RS384 or PS256)`);
    }
    const modulusBits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (modulusBits < MIN_RSA_KEY_BITS) {
        throw new PrivateKeyError(`it is a ${modulusBits}-bit RSA key; use at least ${MIN_RSA_KEY_BITS} bits (openssl genrsa -out key.pem 2048)`);
    }
    return { key, pem, modulusBits };
}
/** `client_assertion_alg`, case-insensitive; undefined when not one of RS256, RS384, PS256. */
function parseAssertionAlgorithm(value) {
    const upper = value.trim().toUpperCase();
    return CLIENT_ASSERTION_ALGORITHMS.find((candidate) => candidate === upper);
}


/***/ }),

/***/ 797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ omittedErrors),
/* harmony export */   BE: () => (/* binding */ JOB_ID_PATTERN),
/* harmony export */   dW: () => (/* binding */ isJobId),
/* harmony export */   fB: () => (/* binding */ EMPTY_SUMMARY),
/* harmony export */   sH: () => (/* binding */ addSummaries)
/* harmony export */ });
/** Shapes of Auth0's job resources, as the Management API answers them. */
/** Auth0 adds fields freely (`additionalProperties: true`), so unknown keys are kept. */
const EMPTY_SUMMARY = Object.freeze({
    total: 0,
    inserted: 0,
    updated: 0,
    failed: 0,
});
function addSummaries(a, b) {
    return {
        total: a.total + b.total,
        inserted: a.inserted + b.inserted,
        updated: a.updated + b.updated,
        failed: a.failed + b.failed,
    };
}
/** Auth0's job ids: the only shape accepted in a URL, a file name or a log line. */
const JOB_ID_PATTERN = /^job_[A-Za-z0-9]{16}$/;
function isJobId(id) {
    return typeof id === 'string' && JOB_ID_PATTERN.test(id);
}
/** Entries of Auth0's answer that `errors` does not hold (counted, left out to bound memory). */
function omittedErrors(errors) {
    return errors.kind === 'entries' ? Math.max(0, (errors.total ?? 0) - errors.entries.length) : 0;
}


/***/ }),

/***/ 5945:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runUrl),
/* harmony export */   y: () => (/* binding */ apiUrl)
/* harmony export */ });
/** The workflow run's page, e.g. `https://github.com/acme/release/actions/runs/42`. */
function runUrl(env) {
    const server = webUrl(env.GITHUB_SERVER_URL);
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    if (!server || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(runId))
        return undefined;
    return `${server}/${repository}/actions/runs/${runId}`;
}
/** The REST API's base URL without a trailing slash, e.g. `https://ghes.example/api/v3`. */
function apiUrl(env) {
    return webUrl(env.GITHUB_API_URL);
}
function webUrl(value) {
    if (!value)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.username || url.password || url.search || url.hash)
        return undefined;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}


/***/ }),

/***/ 8194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ describeProxy),
/* harmony export */   Wm: () => (/* binding */ proxySecrets),
/* harmony export */   Xb: () => (/* binding */ ProxyConfigError),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony exports parseProxyUrl, bypassed */
/**
 * Which proxy a request goes through, read from the variables a self-hosted runner sets
 * (`https_proxy`, `http_proxy`, `no_proxy`, in either case). Pure: the environment and a target
 * URL go in, a route comes out. The rules follow the Actions toolkit's own reading
 * (@actions/http-client): the lower-case variable wins, `https://` targets use only the HTTPS
 * variable and `http://` targets only the HTTP one, and loopback hosts never go through a proxy
 * (a proxy cannot reach the runner's own 127.0.0.1).
 */
/** A proxy variable holds something that is not an http(s) URL: every request through it fails. */
class ProxyConfigError extends Error {
    name = 'ProxyConfigError';
}
const LOOPBACK_NAMES = new Set(['localhost', '::1', '0:0:0:0:0:0:0:1']);
/** The variable and value for `protocol`, lower case first as the toolkit and curl read them. */
function proxyVariable(env, protocol) {
    const base = protocol === 'https:' ? 'https_proxy' : 'http_proxy';
    for (const variable of [base, base.toUpperCase()]) {
        const value = env[variable]?.trim();
        if (value)
            return { variable, value };
    }
    return undefined;
}
/** Parses a proxy value; a bare `host:port` means `http://host:port`, as for the toolkit. */
function parseProxyUrl(variable, value) {
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
        // The value is not echoed: it may hold a password that could not be parsed out to mask.
        throw new ProxyConfigError(`${variable} is not a proxy URL: expected http://host:port or http://user:password@host:port (https:// also works).`);
    }
    return url;
}
/** The proxy for `target`, or undefined to connect directly. Throws ProxyConfigError. */
function proxyFor(target, env) {
    const host = normalHost(target.hostname);
    if (isLoopback(host))
        return undefined;
    const chosen = proxyVariable(env, target.protocol);
    if (!chosen)
        return undefined;
    if (bypassed(host, portOf(target), noProxyValue(env)))
        return undefined;
    return { url: parseProxyUrl(chosen.variable, chosen.value), variable: chosen.variable };
}
function noProxyValue(env) {
    return env.no_proxy?.trim() || env.NO_PROXY?.trim() || '';
}
function portOf(url) {
    if (url.port)
        return Number(url.port);
    return url.protocol === 'https:' ? 443 : 80;
}
/** Lower case, without IPv6 brackets or the trailing dot of a fully qualified name. */
function normalHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
    return host.length > 1 && host.endsWith('.') ? host.slice(0, -1) : host;
}
function isLoopback(host) {
    return LOOPBACK_NAMES.has(host) || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * NO_PROXY entries, separated by commas or spaces: `*` (everything), `host` or `.host` (that
 * host and its subdomains), `*.host` (subdomains only), each optionally with `:port`.
 */
function bypassed(host, port, noProxy) {
    for (const raw of noProxy.split(/[\s,]+/)) {
        const entry = parseEntry(raw);
        if (!entry || (entry.port !== undefined && entry.port !== port))
            continue;
        if (entry.host === '*')
            return true;
        if (host.endsWith(`.${entry.host}`))
            return true;
        if (!entry.subdomainsOnly && host === entry.host)
            return true;
    }
    return false;
}
function parseEntry(raw) {
    if (raw === '')
        return undefined;
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(raw);
    const hostPort = bracketed ? undefined : /^([^:]+):(\d+)$/.exec(raw);
    const hostPart = bracketed?.[1] ?? hostPort?.[1] ?? raw;
    const portPart = bracketed?.[2] ?? hostPort?.[2];
    const subdomainsOnly = hostPart.startsWith('*.');
    const host = normalHost(hostPart.replace(/^\*?\./, ''));
    return { host, port: portPart === undefined ? undefined : Number(portPart), subdomainsOnly };
}
/** The proxy as a log line may show it: scheme, host and port, never the credentials. */
function describeProxy(route) {
    return `${route.url.protocol}//${route.url.host} (from ${route.variable})`;
}
/**
 * The strings to mask before anything is printed: each proxy variable's password (as written and
 * percent-decoded), `user:password`, and the Basic credentials the proxy is sent.
 */
function proxySecrets(env) {
    const secrets = new Set();
    for (const protocol of ['http:', 'https:']) {
        const chosen = proxyVariable(env, protocol);
        if (!chosen)
            continue;
        let url;
        try {
            url = parseProxyUrl(chosen.variable, chosen.value);
        }
        catch {
            continue;
        }
        if (!url.password)
            continue;
        const user = safeDecode(url.username);
        const password = safeDecode(url.password);
        for (const secret of [url.password, password, `${user}:${password}`])
            secrets.add(secret);
        secrets.add(Buffer.from(`${user}:${password}`).toString('base64'));
    }
    return [...secrets];
}
function safeDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9106);
/* harmony import */ var _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(769);
/* harmony import */ var _users_plan_thread_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9598);
/* harmony import */ var _users_validate_thread_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2517);





const role = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread ? undefined : node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.role;
if (role === _users_plan_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .PLAN_WORKER_ROLE */ .GZ) {
    // The validation pass of a big users file, in a worker with a bounded heap (plan-thread.ts).
    await (0,_users_plan_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .servePlan */ .tZ)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData, (answer) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(answer));
}
else if (role === _users_plan_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .VALIDATE_WORKER_ROLE */ .db && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort) {
    // The second thread of the validation pass (plan-parallel.ts); the validator loads only here.
    const { serveValidation } = await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(70)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1070));
    serveValidation(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort);
}
else {
    (0,_users_plan_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .registerPlanWorkerEntry */ .BV)(new URL(import.meta.url));
    (0,_users_validate_thread_js__WEBPACK_IMPORTED_MODULE_4__/* .warmValidateWorker */ ._I)(_runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_2__.getInput, process.env, new URL(import.meta.url));
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 900:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ AUTH0_MAX_IMPORT_BYTES),
/* harmony export */   x: () => (/* binding */ OPERATIONS)
/* harmony export */ });
/**
 * The typed result of parsing the action's inputs once (parse.ts). Everything downstream
 * takes these values; nothing else reads an input.
 */
const OPERATIONS = [
    'import-users',
    'export-users',
    'send-verification-email',
    'get-job',
    'get-job-errors',
];
/** Auth0 refuses a users file over this many bytes with a 413. */
const AUTH0_MAX_IMPORT_BYTES = 512_000;


/***/ }),

/***/ 8463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ parseOperation),
/* harmony export */   $9: () => (/* binding */ parseConnectionId),
/* harmony export */   HB: () => (/* binding */ parseMaxFailedUsers),
/* harmony export */   LO: () => (/* binding */ missing),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace),
/* harmony export */   z2: () => (/* binding */ parseWhole)
/* harmony export */ });
/* unused harmony export MAX_TIMEOUT_SECONDS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9541);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(900);
/** Parsers and messages every operation's inputs share: one InputError naming the input and the value. */



/**
 * Ranges of the time- and size-like inputs, so every value fits the timers and counters that use
 * it: 5 days in ms is far below the 2^31-1 ms a Node timer holds; no tenant nears a billion users,
 * and no users file splits into 100000 jobs (that would be a 51 GB file).
 */
const MAX_TIMEOUT_SECONDS = 432_000;
const CONNECTION_ID = /^con_[A-Za-z0-9]{16}$/;
const WHOLE = /^\d+$/;
const PERCENT = /^(\d+(?:\.\d+)?)%$/;
/** Shows a value inside a message: on one line and not endlessly long. */
function show(value) {
    const oneLine = value.replace(/\r?\n/g, '\\n');
    return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}
function fail(name, value, expected) {
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `Input '${name}' is '${show(value)}': ${expected}.`);
}
function missing(name, what) {
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `Input '${name}' is required: ${what}.`);
}
function required(get, name, what) {
    const value = get(name);
    if (value === '')
        missing(name, `set it to ${what}`);
    return value;
}
function optional(value) {
    return value === '' ? undefined : value;
}
function parseWhole(value) {
    if (!WHOLE.test(value))
        return undefined;
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : undefined;
}
function parseOperation(value) {
    const accepted = _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .OPERATIONS */ .x.join(', ');
    if (value === '')
        missing('operation', `set it to one of ${accepted}`);
    const normalized = value.toLowerCase().replaceAll('_', '-');
    const operation = _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .OPERATIONS */ .x.find((candidate) => candidate === normalized);
    if (operation === undefined) {
        fail('operation', value, `expected one of ${accepted} (underscore spellings such as import_users are accepted too)`);
    }
    return operation;
}
function parseBoolean(get, name, fallback) {
    const value = get(name);
    if (value === '')
        return fallback;
    const lower = value.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    return fail(name, value, `expected true or false (default ${fallback})`);
}
function parseTimeout(value) {
    if (value === '')
        return 3600 * 1000;
    const seconds = parseWhole(value);
    if (seconds === undefined || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
        fail('timeout', value, `expected a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS} seconds (5 days, the longest a job may run on a self-hosted runner), e.g. 3600`);
    }
    return seconds * 1000;
}
/** `max_failed_users`: `0`, `25`, `1%`, `2.5%`. */
function parseMaxFailedUsers(value) {
    if (value === '')
        return { kind: 'count', max: 0 };
    const expected = 'expected a whole number of users (0 or more), or a percentage of the users from 0% to 100% such as 1% or 2.5%';
    const count = parseWhole(value);
    if (count !== undefined)
        return { kind: 'count', max: count };
    const percent = PERCENT.exec(value)?.[1];
    if (percent !== undefined) {
        const max = Number(percent);
        if (Number.isFinite(max) && max >= 0 && max <= 100)
            return { kind: 'percent', max };
    }
    return fail('max_failed_users', value, expected);
}
function parseConnectionId(value, isRequired) {
    if (value === '') {
        if (isRequired)
            missing('connection_id', "set it to the database connection's id (con_ followed by 16 letters or digits)");
        return undefined;
    }
    if (!CONNECTION_ID.test(value)) {
        fail('connection_id', value, "expected a connection id: con_ followed by 16 letters or digits, e.g. con_0123456789abcdef; use the connection's id (con_…), not its name");
    }
    return value;
}
function resolveInWorkspace(value, env) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(value))
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(value);
    const workspace = env.GITHUB_WORKSPACE;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace !== undefined && workspace !== '' ? workspace : process.cwd(), value);
}


/***/ }),

/***/ 9106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/auth0/client-assertion.ts
var client_assertion = __nccwpck_require__(6386);
// EXTERNAL MODULE: ./src/http/proxy-env.ts
var proxy_env = __nccwpck_require__(8194);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __nccwpck_require__(9541);
;// CONCATENATED MODULE: ./src/plan/review-inputs.ts
/**
 * The inputs of "review before, verify after" (plan, skip_existing, verify, import_ready), parsed
 * with the rest in src/inputs/, and the combinations that cannot work, refused before any request.
 */

function parseReviewInputs(read) {
    const skipExisting = read('skip_existing');
    // skip_existing needs the plan's classification (action.yml: skip_existing implies plan).
    return { plan: read('plan') || skipExisting, skipExisting, verify: read('verify') };
}
function checkReviewSettings(settings) {
    if (settings.operation === 'import-users') {
        if (settings.skipExisting && settings.progressFile !== undefined) {
            throw new errors/* InputError */.dz('skip_existing', "Input 'skip_existing': true cannot be combined with progress_file: skipping already makes a second run leave out what the first one imported, while a progress record must describe the same upload each time. Use one or the other.");
        }
        if (settings.verify && !settings.wait && !settings.dryRun) {
            throw new errors/* InputError */.dz('verify', "Input 'verify': true needs wait: true (the check runs after the jobs end); got wait: false.");
        }
        return;
    }
    if (!settings.importReady)
        return;
    if (settings.format !== 'json') {
        throw new errors/* InputError */.dz('import_ready', `Input 'import_ready': true needs format: json (an import file is a JSON array); got format: ${settings.format}.`);
    }
    if (settings.exportPath !== undefined && /\.gz$/i.test(settings.exportPath)) {
        throw new errors/* InputError */.dz('import_ready', `Input 'import_ready': true writes a decompressed JSON array, so export_path cannot end in .gz (got ${settings.exportPath}).`);
    }
}

// EXTERNAL MODULE: ./src/inputs/values.ts
var values = __nccwpck_require__(8463);
;// CONCATENATED MODULE: ./src/inputs/export-users.ts
/** The inputs of export-users. */


function parseExportSettings(get, env, common) {
    const format = parseFormat(get('format'));
    const settings = {
        operation: 'export-users',
        ...common,
        connectionId: (0,values/* parseConnectionId */.$9)(get('connection_id'), false),
        format,
        limit: parseLimit(get('limit')),
        fields: parseFields(get('fields'), format),
        exportPath: parseExportPath(get('export_path'), env),
        importReady: (0,values/* parseBoolean */.yG)(get, 'import_ready', false),
    };
    checkReviewSettings(settings);
    return settings;
}
/** Auth0: CSV exports take at most 30 fields; names and column titles at most 100 characters. */
const MAX_CSV_FIELDS = 30;
const MAX_FIELD_NAME_LENGTH = 100;
const MAX_EXPORT_LIMIT = 1_000_000_000;
function parseFormat(value) {
    if (value === '')
        return 'json';
    const lower = value.toLowerCase();
    if (lower === 'json' || lower === 'csv')
        return lower;
    return (0,values/* fail */.fJ)('format', value, 'expected json or csv');
}
function parseLimit(value) {
    if (value === '')
        return undefined;
    const limit = (0,values/* parseWhole */.z2)(value);
    if (limit === undefined || limit < 1 || limit > MAX_EXPORT_LIMIT) {
        (0,values/* fail */.fJ)('limit', value, `expected a whole number of users from 1 to ${MAX_EXPORT_LIMIT}, or leave it empty to export all users`);
    }
    return limit;
}
/** `fields`: a JSON array of names or {name, export_as} objects, or a comma/newline list of names. */
function parseFields(value, format) {
    if (value === '')
        return undefined;
    const bad = (why) => (0,values/* fail */.fJ)('fields', value, `${why}; expected a JSON array of field names or {"name": …, "export_as": …} objects, or a comma/newline-separated list of names`);
    let fields;
    if (value.startsWith('[') || value.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch (error) {
            return bad(`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        }
        if (!Array.isArray(parsed))
            return bad('a JSON value must be an array, e.g. ["email", {"name": "user_id"}]');
        fields = parsed.map((item, index) => toField(item, index, bad));
    }
    else {
        fields = value
            .split(/[\n,]/)
            .map((name) => name.trim())
            .filter((name) => name !== '')
            .map((name) => ({ name }));
    }
    if (fields.length === 0)
        return bad("the list is empty; leave the input empty for Auth0's default fields");
    for (const field of fields) {
        if (field.name.length > MAX_FIELD_NAME_LENGTH) {
            bad(`the field name '${(0,values/* show */.WU)(field.name)}' is longer than ${MAX_FIELD_NAME_LENGTH} characters`);
        }
    }
    if (format === 'csv' && fields.length > MAX_CSV_FIELDS) {
        bad(`${fields.length} fields given, but Auth0 accepts at most ${MAX_CSV_FIELDS} for a csv export`);
    }
    return fields;
}
function toField(item, index, bad) {
    const at = `item ${index + 1}`;
    if (typeof item === 'string') {
        if (item.trim() === '')
            bad(`${at} is an empty name`);
        return { name: item };
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        return bad(`${at} is ${item === null ? 'null' : Array.isArray(item) ? 'an array' : `a ${typeof item}`}, not a name or an object`);
    }
    const record = item;
    for (const key of Object.keys(record)) {
        if (key !== 'name' && key !== 'export_as')
            bad(`${at} has the key '${(0,values/* show */.WU)(key)}'; an object takes only name and export_as`);
    }
    const { name, export_as: exportAs } = record;
    if (typeof name !== 'string' || name.trim() === '')
        bad(`${at} has no "name" string`);
    const field = { name: name };
    if (exportAs !== undefined) {
        if (typeof exportAs !== 'string')
            bad(`${at} has an "export_as" that is not a string`);
        if (exportAs.length > MAX_FIELD_NAME_LENGTH) {
            bad(`${at} has an "export_as" longer than ${MAX_FIELD_NAME_LENGTH} characters`);
        }
        field.export_as = exportAs;
    }
    return field;
}
function parseExportPath(value, env) {
    if (value === '')
        return undefined;
    if (value.endsWith('/') || value.endsWith('\\')) {
        (0,values/* fail */.fJ)('export_path', value, 'expected a file path, not a folder, e.g. exports/users.ndjson (or leave it empty for a file under RUNNER_TEMP)');
    }
    return (0,values/* resolveInWorkspace */.z1)(value, env);
}

// EXTERNAL MODULE: ./src/auth0/job.ts
var job = __nccwpck_require__(797);
;// CONCATENATED MODULE: ./src/inputs/get-job.ts
/** The inputs of get-job and get-job-errors. */


function parseGetJobSettings(get, common) {
    return {
        operation: 'get-job',
        ...common,
        jobIds: parseJobIds(get('job_id')),
        maxFailedUsers: (0,values/* parseMaxFailedUsers */.HB)(get('max_failed_users')),
    };
}
function parseGetJobErrorsSettings(get, common) {
    const ids = parseJobIds(get('job_id'));
    if (ids.length > 1) {
        (0,values/* fail */.fJ)('job_id', get('job_id'), `expected exactly one job id for get-job-errors (got ${ids.length}); run one step per job, or use get-job to wait for several`);
    }
    return { operation: 'get-job-errors', ...common, jobId: ids[0] };
}
/** Splits `job_id` on commas, spaces and newlines; validates each id; drops duplicates. */
function parseJobIds(value) {
    if (value === '')
        (0,values/* missing */.LO)('job_id', 'set it to the id of the job to look at (job_ followed by 16 letters or digits)');
    const ids = value.split(/[\s,]+/).filter((id) => id !== '');
    if (ids.length === 0)
        (0,values/* fail */.fJ)('job_id', value, 'expected a job id: job_ followed by 16 letters or digits');
    for (const id of ids) {
        if (!job/* JOB_ID_PATTERN */.BE.test(id)) {
            (0,values/* fail */.fJ)('job_id', value, `'${(0,values/* show */.WU)(id)}' is not a job id; expected job_ followed by 16 letters or digits, e.g. job_0123456789abcdef (several ids may be separated by commas, spaces or newlines)`);
        }
    }
    return [...new Set(ids)];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/inputs/settings.ts
var settings = __nccwpck_require__(900);
;// CONCATENATED MODULE: ./src/inputs/import-users.ts
/** The inputs of import-users. */




function parseImportSettings(get, env, common) {
    const settings = {
        operation: 'import-users',
        ...common,
        file: parseFile(get('file'), env),
        connectionId: (0,values/* parseConnectionId */.$9)(get('connection_id'), true),
        upsert: (0,values/* parseBoolean */.yG)(get, 'upsert', false),
        externalId: (0,values/* optional */.lq)(get('external_id')),
        sendCompletionEmail: (0,values/* parseBoolean */.yG)(get, 'send_completion_email', true),
        maxFailedUsers: (0,values/* parseMaxFailedUsers */.HB)(get('max_failed_users')),
        dryRun: (0,values/* parseBoolean */.yG)(get, 'dry_run', false),
        chunkSize: parseChunkSize(get('chunk_size')),
        progressFile: parseProgressFile(get('progress_file'), env),
        maxJobs: parseMaxJobs(get('max_jobs')),
        resolveInDoubt: parseResolveInDoubt(get('resolve_in_doubt')),
        ...parseReviewInputs((name) => (0,values/* parseBoolean */.yG)(get, name, false)),
    };
    checkReviewSettings(settings);
    return settings;
}
/** Smallest `chunk_size` accepted: below this a single ordinary user record would not fit. */
const MIN_CHUNK_SIZE = 1024;
const MAX_JOBS = 100_000;
function parseChunkSize(value) {
    if (value === '')
        return 500_000;
    const size = (0,values/* parseWhole */.z2)(value);
    if (size === undefined || size < MIN_CHUNK_SIZE || size > settings/* AUTH0_MAX_IMPORT_BYTES */.s) {
        (0,values/* fail */.fJ)('chunk_size', value, `expected a whole number of bytes from ${MIN_CHUNK_SIZE} to ${settings/* AUTH0_MAX_IMPORT_BYTES */.s} (Auth0 rejects a users file over ${settings/* AUTH0_MAX_IMPORT_BYTES */.s} bytes with 413), e.g. 500000`);
    }
    return size;
}
/** Resolves `file` against the workspace and checks it is a readable regular file. */
function parseFile(value, env) {
    if (value === '') {
        (0,values/* missing */.LO)('file', "import-users needs the users file, a JSON array in Auth0's bulk-import format (relative to the workspace)");
    }
    const path = (0,values/* resolveInWorkspace */.z1)(value, env);
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(path);
    }
    catch (error) {
        const code = error.code;
        (0,values/* fail */.fJ)('file', value, code === 'ENOENT' || code === 'ENOTDIR'
            ? `no such file (looked for ${path}); relative paths are resolved against the workspace, so check out the repository first`
            : `cannot read ${path} (${code ?? String(error)})`);
    }
    if (!stats.isFile()) {
        (0,values/* fail */.fJ)('file', value, `${path} is ${stats.isDirectory() ? 'a directory' : 'not a regular file'}; expected the users file`);
    }
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK);
    }
    catch (error) {
        (0,values/* fail */.fJ)('file', value, `${path} is not readable (${error.code ?? String(error)})`);
    }
    return path;
}
/** `progress_file`: where a resumable record of a split import is kept (empty = none). */
function parseProgressFile(value, env) {
    if (value === '')
        return undefined;
    if (value.endsWith('/') || value.endsWith('\\')) {
        (0,values/* fail */.fJ)('progress_file', value, 'expected a file path, not a folder, e.g. migration/progress.json');
    }
    return (0,values/* resolveInWorkspace */.z1)(value, env);
}
/** `max_jobs`: submit at most this many jobs in this run (empty = all). */
function parseMaxJobs(value) {
    if (value === '')
        return undefined;
    const jobs = (0,values/* parseWhole */.z2)(value);
    if (jobs === undefined || jobs < 1 || jobs > MAX_JOBS) {
        (0,values/* fail */.fJ)('max_jobs', value, `expected a whole number of jobs from 1 to ${MAX_JOBS}, or empty for no limit`);
    }
    return jobs;
}
/**
 * `resolve_in_doubt`: `N=job_…` (Auth0 created that job for chunk N) or `N=resubmit` (it created
 * none), separated by commas, spaces or newlines.
 */
function parseResolveInDoubt(value) {
    const decisions = new Map();
    for (const item of value.split(/[\s,]+/).filter((part) => part !== '')) {
        const match = /^([1-9][0-9]{0,6})=(resubmit|job_[A-Za-z0-9]{1,64})$/.exec(item);
        const chunk = Number(match?.[1]);
        const decision = match?.[2] === undefined
            ? undefined
            : match[2] === 'resubmit'
                ? { kind: 'resubmit' }
                : { kind: 'job', jobId: match[2] };
        if (!decision || decisions.has(chunk)) {
            (0,values/* fail */.fJ)('resolve_in_doubt', value, `each entry is CHUNK=job_<id> (Auth0 created that job for the chunk) or CHUNK=resubmit (it created none), one per chunk, e.g. "3=job_abc123, 4=resubmit"${decision ? ` (chunk ${chunk} is given twice)` : ''}`);
        }
        decisions.set(chunk, decision);
    }
    return decisions;
}

;// CONCATENATED MODULE: ./src/inputs/names.ts
/** Every input of action.yml, with the default action.yml gives it ('' = none). */
const INPUT_DEFAULTS = {
    operation: '',
    domain: '',
    client_id: '',
    client_secret: '',
    token: '',
    audience: '',
    file: '',
    connection_id: '',
    upsert: 'false',
    external_id: '',
    send_completion_email: 'true',
    format: 'json',
    limit: '',
    fields: '',
    export_path: '',
    user_id: '',
    email_client_id: '',
    identity: '',
    organization_id: '',
    job_id: '',
    wait: 'true',
    timeout: '3600',
    max_failed_users: '0',
    dry_run: 'false',
    chunk_size: '500000',
    progress_file: '',
    max_jobs: '',
    resolve_in_doubt: '',
    client_assertion_key: '',
    client_assertion_alg: 'RS256',
    plan: 'false',
    skip_existing: 'false',
    verify: 'false',
    import_ready: 'false',
    github_token: '',
};
const COMMON_INPUTS = [
    'operation',
    'domain',
    'client_id',
    'client_secret',
    'token',
    'audience',
    'client_assertion_key',
    'client_assertion_alg',
    'wait',
    'timeout',
    'github_token',
];
/** The inputs each operation reads, besides the common ones. */
const OPERATION_INPUTS = {
    'import-users': [
        'file',
        'connection_id',
        'upsert',
        'external_id',
        'send_completion_email',
        'max_failed_users',
        'dry_run',
        'chunk_size',
        'progress_file',
        'max_jobs',
        'resolve_in_doubt',
        'plan',
        'skip_existing',
        'verify',
    ],
    'export-users': ['connection_id', 'format', 'limit', 'fields', 'export_path', 'import_ready'],
    'send-verification-email': [
        'user_id',
        'email_client_id',
        'identity',
        'organization_id',
        'max_failed_users',
    ],
    'get-job': ['job_id', 'max_failed_users'],
    'get-job-errors': ['job_id'],
};
/** Inputs whose values are never quoted in a message. */
const SECRET_INPUTS = ['client_secret', 'token', 'github_token'];

;// CONCATENATED MODULE: ./src/inputs/send-verification-email.ts

function parseVerificationSettings(get, common) {
    return {
        operation: 'send-verification-email',
        ...common,
        userIds: parseUserIds((0,values/* required */.mw)(get, 'user_id', 'the id of the user to send the email to, e.g. auth0|63d1…')),
        emailClientId: (0,values/* optional */.lq)(get('email_client_id')),
        identity: parseIdentity(get('identity')),
        organizationId: (0,values/* optional */.lq)(get('organization_id')),
        maxFailedUsers: (0,values/* parseMaxFailedUsers */.HB)(get('max_failed_users')),
    };
}
/** `user_id`: one or several user ids, separated by commas, spaces or newlines; repeats dropped. */
function parseUserIds(value) {
    const ids = [...new Set(value.split(/[\s,]+/).filter((id) => id !== ''))];
    if (ids.length === 0) {
        (0,values/* fail */.fJ)('user_id', value, 'one or more user ids, e.g. auth0|63d1…, separated by commas, spaces or newlines');
    }
    return ids;
}
/** `identity`: a JSON object with non-empty `user_id` and `provider`, optional `connection_id`. */
function parseIdentity(value) {
    if (value === '')
        return undefined;
    const bad = (why) => (0,values/* fail */.fJ)('identity', value, `${why}; expected a JSON object such as {"user_id": "5457edea1b8f22891a000004", "provider": "google-oauth2"} (connection_id optional)`);
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        return bad('it is not valid JSON');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return bad(`it is ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`}, not an object`);
    }
    const record = parsed;
    for (const key of Object.keys(record)) {
        if (key !== 'user_id' && key !== 'provider' && key !== 'connection_id') {
            bad(`the key '${(0,values/* show */.WU)(key)}' is not accepted (only user_id, provider and connection_id)`);
        }
    }
    const { user_id: userId, provider, connection_id: connectionId } = record;
    if (typeof userId !== 'string' || userId === '')
        bad('"user_id" must be a non-empty string');
    if (typeof provider !== 'string' || provider === '')
        bad('"provider" must be a non-empty string');
    const identity = { user_id: userId, provider: provider };
    if (connectionId !== undefined) {
        if (typeof connectionId !== 'string' || connectionId === '')
            bad('"connection_id" must be a non-empty string');
        identity.connection_id = connectionId;
    }
    return identity;
}

;// CONCATENATED MODULE: ./src/inputs/tenant.ts
/** The tenant: `domain` and the credentials (token, client secret, or private-key JWT). */



function parseTenant(get) {
    const origin = parseDomain(get('domain'));
    return { origin, credentials: parseCredentials(get, origin) };
}
function isLoopback(hostname) {
    // URL has already normalised IPv4 (127.1 → 127.0.0.1) and IPv6 (brackets kept).
    return (hostname === 'localhost' ||
        hostname === '[::1]' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname));
}
/** Returns the tenant's origin (`https://acme.eu.auth0.com`, `http://127.0.0.1:8080`). */
function parseDomain(value) {
    const expected = 'expected the tenant domain (acme.eu.auth0.com) or its URL (https://acme.eu.auth0.com); http:// is accepted only for loopback hosts (localhost, 127.0.0.0/8, [::1])';
    if (value === '')
        (0,values/* missing */.LO)('domain', 'set it to the tenant domain, e.g. acme.eu.auth0.com');
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') {
        (0,values/* fail */.fJ)('domain', value, `the scheme '${scheme}://' is not supported; ${expected}`);
    }
    let url;
    try {
        url = new URL(scheme === undefined ? `https://${value}` : value);
    }
    catch {
        (0,values/* fail */.fJ)('domain', value, expected);
    }
    if (url.hostname === '' || /\s/.test(value))
        (0,values/* fail */.fJ)('domain', value, expected);
    if (url.username !== '' || url.password !== '') {
        (0,values/* fail */.fJ)('domain', value, `credentials in the URL are not accepted; use client_id and client_secret, or token. ${expected}`);
    }
    if (url.search !== '' || url.hash !== '' || value.endsWith('?') || value.endsWith('#')) {
        (0,values/* fail */.fJ)('domain', value, `a query or fragment is not accepted; ${expected}`);
    }
    if (url.pathname !== '/' && url.pathname !== '') {
        const hint = url.pathname.startsWith('/api/v2')
            ? 'give only the domain; the action adds /api/v2/ itself'
            : 'a path is not accepted; give only the domain';
        (0,values/* fail */.fJ)('domain', value, `${hint}; ${expected}`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        (0,values/* fail */.fJ)('domain', value, `http:// is accepted only for loopback hosts (localhost, 127.0.0.0/8, [::1]); use https:// or the bare domain`);
    }
    return url.origin;
}
function parseCredentials(get, origin) {
    const given = {
        token: get('token'),
        clientId: get('client_id'),
        clientSecret: get('client_secret'),
        key: get('client_assertion_key'),
    };
    refuseAmbiguousCredentials(given);
    if (given.token !== '')
        return { kind: 'token', token: given.token };
    const { clientId, clientSecret, key } = given;
    if (key !== '') {
        if (clientId === '') {
            throw new errors/* InputError */.dz('client_id', `Input 'client_id' is required when 'client_assertion_key' is set: the client assertion is issued for that application (iss and sub are its client id).`);
        }
        return {
            kind: 'private-key-jwt',
            clientId,
            privateKey: parsePrivateKey(key),
            algorithm: parseAssertionAlg(get('client_assertion_alg')),
            audience: parseAudience(get('audience'), origin),
        };
    }
    if (clientSecret === '') {
        throw new errors/* InputError */.dz('client_secret', `Input 'client_secret' is required when 'client_id' is set: give client_id and client_secret, or client_id and client_assertion_key (private-key JWT), or token instead.`);
    }
    if (clientId === '') {
        throw new errors/* InputError */.dz('client_id', `Input 'client_id' is required when 'client_secret' is set: give client_id and client_secret, or token instead.`);
    }
    return {
        kind: 'client-credentials',
        clientId,
        clientSecret,
        audience: parseAudience(get('audience'), origin),
    };
}
const WAYS = 'give token, or client_id and client_secret, or client_id and client_assertion_key (private-key JWT)';
/** No credentials at all, or two ways of authenticating at once. */
function refuseAmbiguousCredentials(given) {
    const { token, clientId, clientSecret, key } = given;
    if (token !== '' && (clientId !== '' || clientSecret !== '' || key !== '')) {
        const others = [
            clientId !== '' ? "'client_id'" : '',
            clientSecret !== '' ? "'client_secret'" : '',
            key !== '' ? "'client_assertion_key'" : '',
        ]
            .filter(Boolean)
            .join(' and ');
        throw new errors/* InputError */.dz('token', `Input 'token' is set together with ${others}: ${WAYS}, not both ways of authenticating.`);
    }
    if (token === '' && clientId === '' && clientSecret === '' && key === '') {
        throw new errors/* InputError */.dz('client_id', `No credentials: inputs 'client_id', 'client_secret', 'client_assertion_key' and 'token' are all empty; ${WAYS} (of a machine-to-machine application authorised for the Management API).`);
    }
    if (clientSecret !== '' && key !== '') {
        throw new errors/* InputError */.dz('client_assertion_key', `Inputs 'client_secret' and 'client_assertion_key' are both set: give client_id with client_secret, or client_id with client_assertion_key (private-key JWT), not both ways of authenticating.`);
    }
}
/** `client_assertion_key`: checked here so a bad key fails before anything is sent. Never quoted. */
function parsePrivateKey(value) {
    try {
        return (0,client_assertion/* readPrivateKey */.$k)(value).pem;
    }
    catch (error) {
        if (!(error instanceof client_assertion/* PrivateKeyError */.tr))
            throw error;
        throw new errors/* InputError */.dz('client_assertion_key', `Input 'client_assertion_key' cannot be used: ${error.message}.`);
    }
}
/** `client_assertion_alg`: RS256 (default), RS384 or PS256, in any letter case. */
function parseAssertionAlg(value) {
    if (value === '')
        return 'RS256';
    const algorithm = (0,client_assertion/* parseAssertionAlgorithm */.Zw)(value);
    if (algorithm === undefined) {
        (0,values/* fail */.fJ)('client_assertion_alg', value, `expected ${client_assertion/* CLIENT_ASSERTION_ALGORITHMS */.iu.join(', ')} (the algorithm chosen for the application's Private Key JWT credential in Auth0; default RS256)`);
    }
    return algorithm;
}
function parseAudience(value, origin) {
    if (value === '')
        return `${origin}/api/v2/`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        (0,values/* fail */.fJ)('audience', value, `expected a URL, the Management API identifier such as ${origin}/api/v2/ (or leave it empty for that default)`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/inputs/parse.ts
/**
 * Reads every input once and turns it into a typed Settings object (settings.ts), or throws one
 * InputError that names the input, quotes the bad value and says what is accepted. The common
 * inputs are read here; each operation's own inputs in its file (import-users.ts, export-users.ts, send-verification-email.ts, get-job.ts).
 *
 * Pure: `read(name)` is bound to `core.getInput` by main.ts, `env` supplies GITHUB_WORKSPACE. The
 * only side effect is a stat/access check of the import `file`, so a missing file is reported
 * before anything is sent to Auth0.
 */









/** Parses and validates the inputs for the chosen operation. Throws one InputError. */
function parseInputs(read, env) {
    const get = (name) => (read(name) ?? '').trim();
    try {
        return parse(get, env);
    }
    catch (error) {
        // A secret pasted into the wrong input (say client_id and client_secret swapped) must not be
        // echoed back by the message that complains about it.
        if (error instanceof errors/* InputError */.dz) {
            const message = redact(error.message, [
                ...SECRET_INPUTS.map((name) => get(name)),
                ...(0,client_assertion/* privateKeyMaskParts */.HS)(get('client_assertion_key')),
            ]);
            if (message !== error.message)
                throw new errors/* InputError */.dz(error.input, message);
        }
        throw error;
    }
}
/**
 * Warnings for inputs that are set but not used by `operation` (an input left at its action.yml
 * default counts as not set, since core.getInput returns the default). main prints each with
 * core.warning.
 */
function unusedInputWarnings(read, operation) {
    const used = new Set([...COMMON_INPUTS, ...OPERATION_INPUTS[operation]]);
    const warnings = [];
    const isSet = (name) => {
        const value = (read(name) ?? '').trim();
        return value !== '' && value.toLowerCase() !== INPUT_DEFAULTS[name].toLowerCase();
    };
    for (const name of Object.keys(INPUT_DEFAULTS)) {
        if (!used.has(name) && isSet(name)) {
            warnings.push(`Input '${name}' is ignored: operation '${operation}' does not use it.`);
        }
    }
    if (isSet('audience') && isSet('token')) {
        warnings.push("Input 'audience' is ignored: it is only used to obtain a token with client_id and client_secret, and 'token' is given.");
    }
    if (isSet('client_assertion_alg') && !isSet('client_assertion_key')) {
        warnings.push("Input 'client_assertion_alg' is ignored: it only applies with 'client_assertion_key' (private-key JWT authentication), which is not set.");
    }
    return warnings;
}
function parse(get, env) {
    const operation = (0,values/* parseOperation */.$$)(get('operation'));
    const common = {
        tenant: parseTenant(get),
        wait: (0,values/* parseBoolean */.yG)(get, 'wait', true),
        timeoutMs: (0,values/* parseTimeout */.ZZ)(get('timeout')),
        githubToken: (0,values/* optional */.lq)(get('github_token')),
    };
    switch (operation) {
        case 'import-users':
            return parseImportSettings(get, env, common);
        case 'export-users':
            return parseExportSettings(get, env, common);
        case 'send-verification-email':
            return parseVerificationSettings(get, common);
        case 'get-job':
            return parseGetJobSettings(get, common);
        case 'get-job-errors':
            return parseGetJobErrorsSettings(get, common);
    }
}
function redact(message, secrets) {
    // Very short values would redact ordinary words; real secrets and tokens are long.
    const long = secrets.filter((secret) => secret.length >= 6);
    let result = message;
    for (const secret of long)
        result = result.split(secret).join('***');
    // show() cuts long values at 200 characters: the cut-off tail of a secret ends at the '…'.
    let at = result.indexOf('…');
    while (at !== -1) {
        for (let length = Math.min(at, 200); length >= 6; length--) {
            const tail = result.slice(at - length, at);
            if (long.some((secret) => secret.includes(tail))) {
                result = `${result.slice(0, at - length)}***${result.slice(at)}`;
                at = at - length + 3;
                break;
            }
        }
        at = result.indexOf('…', at + 1);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/operations/index.ts
/**
 * Each operation is loaded when it runs: the import's validator (ajv and the schema) and the
 * multipart and gzip code are not needed to read a job, and loading them would slow every start.
 */
async function runOperation(settings, context) {
    switch (settings.operation) {
        case 'import-users': {
            const { importUsers } = await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(986), __nccwpck_require__.e(89), __nccwpck_require__.e(684)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4684));
            // The ManagementApi is also the plan's and verify's port to the users endpoints.
            return importUsers(settings, { ...context, usersApi: context.api });
        }
        case 'export-users': {
            const { exportUsers } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3116));
            return exportUsers(settings, context);
        }
        case 'send-verification-email': {
            const { sendVerificationEmail } = await __nccwpck_require__.e(/* import() */ 81).then(__nccwpck_require__.bind(__nccwpck_require__, 8081));
            return sendVerificationEmail(settings, context);
        }
        case 'get-job': {
            const { getJobs } = await __nccwpck_require__.e(/* import() */ 116).then(__nccwpck_require__.bind(__nccwpck_require__, 5116));
            return getJobs(settings, context);
        }
        case 'get-job-errors': {
            const { getJobErrors } = await __nccwpck_require__.e(/* import() */ 116).then(__nccwpck_require__.bind(__nccwpck_require__, 5116));
            return getJobErrors(settings, context);
        }
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/github/urls.ts
var urls = __nccwpck_require__(5945);
// EXTERNAL MODULE: ./src/results/result.ts
var results_result = __nccwpck_require__(997);
// EXTERNAL MODULE: ./src/runtime/actions-core.ts + 4 modules
var actions_core = __nccwpck_require__(769);
;// CONCATENATED MODULE: ./src/runtime/logger.ts
const silentLogger = {
    debug: () => { },
    info: () => { },
    warning: () => { },
    error: () => { },
};
/** Line breaks the runner (or a log viewer) may split on. */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** Other control characters: they could rewrite what a log line shows. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** A workflow command is a line whose trimmed start is `::`. */
const COMMAND_START = /^(\s*)::/;
/** The runner's legacy command syntax, `##[name]`, is found anywhere in a line. */
const LEGACY_COMMAND = /##\[/g;
/**
 * Text for one runner log line that cannot start a workflow command: line breaks shown as `⏎`,
 * other control characters as `�`, a leading `::` and any `##[` broken up with a visible mark.
 * Text from Auth0, the users file or the environment reaches the log only through here (the
 * runner logger applies it to every message).
 */
function oneLogLine(text) {
    return text
        .replace(LINE_BREAKS, ' ⏎ ')
        .replace(CONTROLS, '\ufffd')
        .replace(COMMAND_START, '$1» ::')
        .replace(LEGACY_COMMAND, '#\u2060#[');
}
/**
 * The Logger bound to the runner: every message goes through oneLogLine first, whatever it
 * quotes (core.info writes its text raw to stdout, where the runner parses commands).
 */
function runnerLogger(core) {
    const annotation = (properties) => properties && {
        ...properties,
        ...(properties.title === undefined ? {} : { title: oneLogLine(properties.title) }),
        ...(properties.file === undefined ? {} : { file: oneLogLine(properties.file) }),
    };
    return {
        debug: (message) => core.debug(oneLogLine(message)),
        info: (message) => core.info(oneLogLine(message)),
        warning: (message, properties) => core.warning(oneLogLine(message), annotation(properties)),
        error: (message, properties) => core.error(oneLogLine(message), annotation(properties)),
    };
}

// EXTERNAL MODULE: ./src/report/file-name.ts
var file_name = __nccwpck_require__(5704);
// EXTERNAL MODULE: ./src/plan/render.ts
var render = __nccwpck_require__(31);
;// CONCATENATED MODULE: ./src/report/outputs.ts


/** The download link is a bearer secret for 60 s; it never leaves the process. */
function withoutLocation(job) {
    const { location: _location, ...rest } = job;
    return rest;
}
/** The step outputs (action.yml) for a result; absent keys are not set. */
function stepOutputs(result, errorReportPath) {
    const outputs = {};
    const jobs = result.jobs.map(withoutLocation);
    if (jobs.length > 0) {
        outputs.job_id = (0,results_result/* jobIdsOf */.PA)(result).join(',');
        outputs.job = JSON.stringify(jobs.length === 1 ? jobs[0] : jobs);
    }
    const status = (0,results_result/* statusOf */.c2)(result);
    if (status !== undefined)
        outputs.status = status;
    if (result.summary)
        outputs.summary = JSON.stringify(result.summary);
    if (errorReportPath !== undefined) {
        outputs.error_report = errorReportPath;
        outputs.error_count = String((0,results_result/* errorCountOf */.$X)(result.report));
    }
    if (result.exportFile !== undefined)
        outputs.export_file = result.exportFile;
    if (result.failedUsersFile !== undefined)
        outputs.failed_users_file = result.failedUsersFile;
    if (result.chunksRemaining !== undefined)
        outputs.chunks_remaining = String(result.chunksRemaining);
    if (result.plan) {
        outputs.plan_summary = (0,render/* planSummaryJson */.gJ)(result.plan);
        outputs.plan_file = result.plan.file;
    }
    if (result.verify)
        outputs.verify_summary = (0,render/* verifySummaryJson */.w2)(result.verify);
    return outputs;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/report/step-summary.ts



/** The runner drops a step summary over 1 MiB; stay far below it. */
const MAX_ERROR_ROWS = 50;
const MAX_JOB_ROWS = 200;
function table(header, rows) {
    const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    // Cells of the action's own Markdown; text from outside is passed through markdownText first.
    for (const row of rows)
        lines.push(`| ${row.map(markdown/* tableCell */.xR).join(' | ')} |`);
    return lines.join('\n');
}
/**
 * The step summary as Markdown: what ran and its result at a glance, then detail. Users' emails
 * and other personal data stay out of it (anyone with read access to the repository sees it);
 * failed users are named by their index in the file.
 */
function renderStepSummary(result, context) {
    const verdict = context.failure ? '❌ failed' : '✅ passed';
    const parts = [`## Auth0 ${result.operation}: ${verdict}`];
    if (context.failure)
        parts.push(`> ${(0,markdown/* markdownCell */.UZ)(context.failure)}`);
    const facts = [['Operation', `\`${result.operation}\``]];
    const status = (0,results_result/* statusOf */.c2)(result);
    if (status)
        facts.push(['Status', `**${(0,markdown/* markdownText */.p7)(status)}**`]);
    if (result.jobs.length > 0)
        facts.push([
            'Jobs',
            (0,results_result/* jobIdsOf */.PA)(result)
                .map((id) => `\`${id}\``)
                .join(', '),
        ]);
    if (result.totalUsers !== undefined)
        facts.push(['Users in file', result.totalUsers]);
    const s = result.summary;
    if (s) {
        facts.push([
            'Result',
            `${s.inserted} inserted, ${s.updated} updated, ${s.failed} failed of ${s.total}`,
        ]);
    }
    if (result.report.kind === 'file')
        facts.push(['Error report entries', describeReportSize(result.report)]);
    if (result.exportFile !== undefined) {
        facts.push(['Exported users', result.exportedRecords ?? 'unknown']);
    }
    for (const note of result.notes)
        facts.push(['Note', (0,markdown/* markdownText */.p7)(note)]);
    if (context.runUrl)
        facts.push(['Run', `[workflow run](${context.runUrl})`]);
    parts.push(table(['', ''], facts));
    parts.push(...(0,render/* reviewSections */.BW)(result));
    if (result.chunks && result.chunks.length > 1)
        parts.push(renderChunks(result));
    if (result.report.kind === 'file' && result.report.entries.length > 0) {
        parts.push(renderErrors(result.report));
    }
    return `${parts.join('\n\n')}\n`;
}
/**
 * How many entries the error report has, and, when it was capped, how many its file holds and
 * the cap: `error_count` is the true count, the file holds the first entries only.
 */
function describeReportSize(report) {
    const count = (0,results_result/* errorCountOf */.$X)(report);
    if (report.kind === 'none' || report.omitted === 0) {
        return `${count} ${count === 1 ? 'entry' : 'entries'}`;
    }
    const cap = report.limit === undefined ? '' : `; it keeps at most ${report.limit}`;
    return `${count} entries; the file holds the first ${report.entries.length}${cap}`;
}
function renderChunks(result) {
    const chunks = result.chunks ?? [];
    const jobs = new Map(result.jobs.map((job) => [job.id, job]));
    const rows = chunks.slice(0, MAX_JOB_ROWS).map((chunk) => {
        const job = chunk.jobId ? jobs.get(chunk.jobId) : undefined;
        const last = chunk.firstUser + chunk.userCount - 1;
        return [
            chunk.index + 1,
            `${chunk.firstUser}–${last}`,
            chunk.bytes,
            job ? `\`${job.id}\`` : result.dryRun ? 'planned' : 'not submitted',
            job?.status ?? '',
            job?.summary?.inserted ?? '',
            job?.summary?.updated ?? '',
            job?.summary?.failed ?? '',
        ];
    });
    const more = chunks.length > MAX_JOB_ROWS ? `\n\n…and ${chunks.length - MAX_JOB_ROWS} more chunks.` : '';
    return `### ${result.dryRun ? 'Planned jobs' : 'Jobs'}\n\n${table(['Chunk', 'Users (file index)', 'Bytes', 'Job', 'Status', 'Inserted', 'Updated', 'Failed'], rows)}${more}`;
}
function renderErrors(errorReport) {
    const report = errorReport.entries;
    const byCode = new Map();
    for (const entry of report) {
        for (const code of new Set(entry.errors.map((error) => error.code))) {
            byCode.set(code, (byCode.get(code) ?? 0) + 1);
        }
    }
    const codes = [...byCode.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([code, users]) => [(0,markdown/* markdownText */.p7)(code), users]);
    const rows = report.slice(0, MAX_ERROR_ROWS).map((entry) => {
        const first = entry.errors[0];
        return [
            entry.index ?? '?',
            (0,markdown/* markdownText */.p7)(first?.code),
            (0,markdown/* markdownText */.p7)([first?.path, first?.message].filter(Boolean).join(': ')),
        ];
    });
    const shown = Math.min(MAX_ERROR_ROWS, report.length);
    return [
        '### Errors by code',
        table(['Code', 'Users'], codes),
        `<details><summary>First ${shown} of ${(0,results_result/* errorCountOf */.$X)(errorReport)} failed users (index in the file)</summary>\n\n${table(['Index', 'Code', 'Detail'], rows)}\n\n</details>`,
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/publish.ts








/**
 * The edge where a result leaves the process: the error report file, the step outputs and the
 * step summary. Runs whether the operation succeeded or not, so a failed or timed-out step still
 * tells the user every job id and what is known about it.
 */
async function publish(result, failure, runnerTemp, secrets) {
    const { report } = result;
    const reportPath = report.kind === 'file' ? await writeErrorReport(result, runnerTemp, secrets) : undefined;
    for (const [name, value] of Object.entries(stepOutputs(result, reportPath))) {
        actions_core.setOutput(name, secrets.scrub(value));
    }
    if (reportPath && (0,results_result/* errorCountOf */.$X)(report) > 0) {
        runnerLogger(actions_core).info(`Error report: ${reportPath} (${describeReportSize(report)}).`);
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
        const markdown = renderStepSummary(result, { runUrl: (0,urls/* runUrl */.V)(process.env), failure });
        await actions_core.summary.addRaw(secrets.scrub(markdown)).write();
    }
}
async function writeErrorReport(result, runnerTemp, secrets) {
    const label = (0,results_result/* jobIdsOf */.PA)(result)[0] ?? (result.dryRun ? 'dry-run' : 'validation');
    const path = (0,file_name/* fileInFolder */.Y3)(runnerTemp, 'auth0-error-report', label, 'json', String(Date.now()));
    await (0,promises_.mkdir)(runnerTemp, { recursive: true });
    // One entry per line keeps a large report diffable and greppable.
    const entries = result.report.kind === 'file' ? result.report.entries : [];
    const lines = entries.map((entry) => secrets.scrub(JSON.stringify(entry)));
    await (0,promises_.writeFile)(path, lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`);
    return path;
}

;// CONCATENATED MODULE: ./src/report/secrets.ts
/**
 * The secrets the step knows (client_secret, token, the obtained access token, private-key
 * parts, export download links), so that text from Auth0 quoting one is scrubbed before it is
 * written anywhere. `::add-mask::` covers the log only; the step summary, the error report and
 * the outputs are files the runner does not mask.
 */

/** Shorter values would hide ordinary words; real secrets, tokens and links are long. */
const MIN_SECRET_LENGTH = 6;
const SCRUBBED = '***';
class KnownSecrets {
    #forms = new Set();
    /** Registers `secret` in every form it can take in a file the step writes. */
    add(secret) {
        for (const value of [secret, ...linkQuery(secret)]) {
            if (value.length < MIN_SECRET_LENGTH)
                continue;
            this.#forms.add(value);
            // Inside a JSON string (the error report, the `job` output), and as the step summary and
            // the pull-request comment show text from outside (markdown.ts) or a plain table cell.
            this.#forms.add(JSON.stringify(value).slice(1, -1));
            this.#forms.add((0,markdown/* markdownText */.p7)(value));
            this.#forms.add((0,markdown/* markdownCell */.UZ)(value));
            this.#forms.add((0,markdown/* tableCell */.xR)(value));
        }
    }
    /** `text` with every known secret replaced by `***`, longest first. */
    scrub(text) {
        let result = text;
        for (const form of [...this.#forms].sort((a, b) => b.length - a.length)) {
            if (result.includes(form))
                result = result.split(form).join(SCRUBBED);
        }
        return result;
    }
}
/**
 * A pre-signed link's query is the secret part, and a message may quote just that, or one of its
 * values (the signature). Short values (`Expires=1`) are skipped by the length rule.
 */
function linkQuery(value) {
    if (!/^https?:\/\//i.test(value))
        return [];
    try {
        const { search, searchParams } = new URL(value);
        return search.length > 1 ? [search, search.slice(1), ...searchParams.values()] : [];
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./src/results/builder.ts
var builder = __nccwpck_require__(9729);
;// CONCATENATED MODULE: ./src/results/ledger.ts

/**
 * The jobs seen so far, each in its last known state: what the outputs still carry when an
 * operation stops half-way (a timeout, a cancellation, a refused request). Trackers write every
 * sighting here; an operation may also say what it would report if it stopped now.
 */
class JobLedger {
    #jobs = new Map();
    #onStop;
    /** Records the latest state of a job; the first sighting fixes its place in the order. */
    see(job) {
        this.#jobs.set(job.id, job);
    }
    get jobs() {
        return [...this.#jobs.values()];
    }
    get(id) {
        return this.#jobs.get(id);
    }
    /** What the operation has found so far, for the result published when it throws. */
    reportOnStop(snapshot) {
        this.#onStop = snapshot;
    }
    /** The result of an operation that threw: its last snapshot, else the jobs seen. */
    stopped(operation) {
        return this.#onStop?.() ?? new builder/* ResultBuilder */.v(operation, this).build();
    }
}

// EXTERNAL MODULE: ./src/results/verdict.ts
var verdict = __nccwpck_require__(1999);
// EXTERNAL MODULE: ./src/runtime/cancellation.ts
var cancellation = __nccwpck_require__(9685);
;// CONCATENATED MODULE: ./src/main.ts













/** Every log line goes through oneLogLine: no text from outside can start a workflow command. */
const coreLogger = runnerLogger(actions_core);
/** The action: parse inputs, run the operation, publish what is known, fail once if needed. */
async function run() {
    // Every secret is masked in the log and remembered, to be scrubbed from the files written.
    const secrets = new KnownSecrets();
    const mask = (secret) => {
        actions_core.setSecret(secret);
        secrets.add(secret);
    };
    maskSecretInputs(mask);
    const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    let connection;
    const cancellation = listenForCancellation(() => connection?.close());
    const ledger = new JobLedger();
    let operation;
    let result;
    let failure;
    let githubToken;
    try {
        const settings = parseInputs(actions_core.getInput, process.env);
        githubToken = settings.githubToken;
        operation = settings.operation;
        for (const warning of unusedInputWarnings(actions_core.getInput, operation)) {
            coreLogger.warning(warning);
        }
        // Loaded only now: undici and the API client are most of the bundle, and a step that fails
        // on its inputs, or sends nothing, never needs them (bench/cold-start.ts).
        const { offline, sendsNothing } = await __nccwpck_require__.e(/* import() */ 44).then(__nccwpck_require__.bind(__nccwpck_require__, 3044));
        const { connect } = sendsNothing(settings) ? { connect: offline } : await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(165)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9165));
        connection = connect(settings, ledger, {
            logger: coreLogger,
            runnerTemp,
            mask,
            signal: cancellation.signal,
        });
        try {
            result = await runOperation(settings, connection.context);
        }
        finally {
            connection.logRequestCounts();
        }
    }
    catch (error) {
        failure = error;
        // What the operation found before it stopped: every job id and its last status seen.
        if (operation)
            result = ledger.stopped(operation);
    }
    const message = failure === undefined ? result?.failure : failureMessage(failure, result);
    try {
        if (result)
            await publish(result, message, runnerTemp, secrets);
    }
    catch (error) {
        coreLogger.warning(`Could not write the outputs or the step summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    try {
        // After the outputs: a comment that fails or hangs never costs the migration its results.
        if (result && githubToken && connection) {
            await commentOnPullRequest(result, message, githubToken, connection);
        }
    }
    finally {
        cancellation.stop();
        // Keep-alive sockets would hold the process open after the work is done.
        await connection?.close();
    }
    if (message !== undefined)
        actions_core.setFailed(secrets.scrub(message));
}
/** The pull request's comment (github_token); a failure is a warning, never the step's error. */
async function commentOnPullRequest(result, message, githubToken, connection) {
    try {
        const { commentStep } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(752), __nccwpck_require__.e(986), __nccwpck_require__.e(741)]).then(__nccwpck_require__.bind(__nccwpck_require__, 741));
        await commentStep(result, message, githubToken, process.env, connection.dispatcher, coreLogger);
    }
    catch (error) {
        coreLogger.warning(`Could not comment on the pull request: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** Before anything else runs, so that no later line (even an input error) can show them. */
function maskSecretInputs(mask) {
    for (const secret of ['client_secret', 'token', 'github_token']) {
        const value = actions_core.getInput(secret);
        if (value)
            mask(value);
    }
    // The PEM as given, normalised, and line by line (a log line can hold one line of a key).
    for (const part of (0,client_assertion/* privateKeyMaskParts */.HS)(actions_core.getInput('client_assertion_key'))) {
        mask(part);
    }
    // Proxy credentials too, although the proxy is set up only once the inputs parsed.
    for (const secret of (0,proxy_env/* proxySecrets */.Wm)(process.env))
        mask(secret);
}
/** The error, plus how to go on when jobs were still running as the step stopped. */
function failureMessage(failure, result) {
    const message = (0,errors/* errorMessage */.gJ)(failure);
    const stoppedWaiting = failure instanceof errors/* DeadlineError */.j3 || (failure instanceof cancellation/* CancelledError */.cc && !failure.explained);
    if (!result || !stoppedWaiting)
        return message;
    const unfinished = result.jobs.filter((job) => !(0,verdict/* isFinal */.dR)(job.status)).map((job) => job.id);
    if (unfinished.length === 0)
        return message;
    const resume = result.resumeHint ? ` ${result.resumeHint}` : '';
    return `${message} Jobs still running: ${unfinished.join(', ')}. To keep waiting, run this action with operation: get-job and job_id: ${unfinished.join(',')}.${resume}`;
}
/**
 * A cancelled workflow: the runner sends SIGINT (then SIGTERM). The first signal aborts the step's
 * signal, so every wait ends at once and the operation records its progress and says how to go
 * on; the outputs are still published. A request Auth0 has not answered 3 s later is cut off (by
 * closing the connections), so the step ends within 5 s; a second signal ends it at once.
 */
function listenForCancellation(cutOffRequests) {
    const controller = new AbortController();
    let cutOff;
    const onSignal = (signal) => {
        if (controller.signal.aborted) {
            actions_core.setFailed(`Stopped by a second ${signal}.`);
            process.exit(1);
        }
        coreLogger.info(`${signal} received: stopping (no further jobs are submitted).`);
        controller.abort(new cancellation/* CancelledError */.cc(signal));
        cutOff = setTimeout(() => {
            void cutOffRequests()?.catch(() => { });
        }, 3_000);
        cutOff.unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        stop() {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            if (cutOff)
                clearTimeout(cutOff);
        },
    };
}


/***/ }),

/***/ 4366:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ KEY_KINDS),
/* harmony export */   Sg: () => (/* binding */ UNREADABLE_UPSERTABLE),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   bw: () => (/* binding */ bareUserId),
/* harmony export */   cD: () => (/* binding */ sets),
/* harmony export */   gI: () => (/* binding */ UPSERTABLE),
/* harmony export */   n5: () => (/* binding */ EXPORT_FIELDS),
/* harmony export */   s1: () => (/* binding */ COMPARED)
/* harmony export */ });
/**
 * Which attributes of a user the plan and verify compare, and the keys Auth0 matches users on;
 * how values are normalised is in fingerprint.ts.
 */
/** The keys Auth0 matches an imported user on (an upsert updates the user it matches). */
const KEY_KINDS = ['email', 'user_id', 'username', 'phone_number'];
/** Attributes an upsert overwrites, readable back from Auth0. */
const UPSERTABLE = [
    'email_verified',
    'given_name',
    'family_name',
    'name',
    'nickname',
    'picture',
    'app_metadata',
    'user_metadata',
];
/** Every attribute compared after an insert: the upsertable ones plus those set only on insert. */
const COMPARED = [
    ...UPSERTABLE,
    'email',
    'user_id',
    'username',
    'phone_number',
    'phone_verified',
    'blocked',
];
/**
 * Upsertable, but never readable back (Auth0 exports no hashes): an update that sets it can never
 * be proven unchanged, so the plan always lists it as a change and verify does not check it.
 */
const UNREADABLE_UPSERTABLE = 'custom_password_hash';
/** The fields of the export job a plan or verify reads: only what is compared. */
const EXPORT_FIELDS = COMPARED;
/** Auth0's database connections prefix user ids with the strategy; the file's ids have none. */
function bareUserId(value) {
    return value.startsWith('auth0|') ? value.slice('auth0|'.length) : value;
}
/** The value a user is matched on for `kind`, or undefined when it has none. */
function keyOf(user, kind) {
    const value = user[kind];
    if (typeof value !== 'string' || value === '')
        return undefined;
    if (kind === 'email')
        return value.toLowerCase();
    if (kind === 'user_id')
        return bareUserId(value);
    return value;
}
/** Does the file set `attribute` on this user? (Only what the file sets is compared.) */
function sets(user, attribute) {
    return user[attribute] !== undefined;
}


/***/ }),

/***/ 5845:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* binding */ PLAN_ACTIONS),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Mu: () => (/* binding */ skippable)
/* harmony export */ });
/* harmony import */ var _attributes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4366);
/* harmony import */ var _tenant_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7905);
/**
 * Auth0's matching rules applied to one user of the file (README, "Review before, verify
 * after"): what the import will do with it.
 */


const PLAN_ACTIONS = ['insert', 'update', 'unchanged', 'duplicate', 'conflict'];
/**
 * - no key matches → `insert`;
 * - keys matching different users (or a key two users share) → `conflict`, which outranks all;
 * - `upsert: false`, any key matches → `duplicate` (Auth0 fails it as DUPLICATED_USER);
 * - `upsert: true`, matched on email → `update` or `unchanged`; matched only on another key →
 *   `conflict` (that key belongs to a user with another email).
 */
function classify(user, index, upsert) {
    let owner = _tenant_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_MATCH */ .IP;
    let matchedOnEmail = false;
    let conflict = false;
    for (const kind of _attributes_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_KINDS */ .A3) {
        const found = ownerOf(user, kind, index);
        if (found === _tenant_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_MATCH */ .IP)
            continue;
        if (found === _tenant_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARED_KEY */ .mY || (owner !== _tenant_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_MATCH */ .IP && found !== owner))
            conflict = true;
        owner = found;
        if (kind === 'email')
            matchedOnEmail = true;
    }
    // Shared answers: the hot loop of a plan allocates nothing but the changes of an update.
    if (owner === _tenant_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_MATCH */ .IP)
        return INSERT;
    if (conflict)
        return matchedOnEmail ? CONFLICT_ON_EMAIL : CONFLICT;
    if (!upsert)
        return matchedOnEmail ? DUPLICATE_ON_EMAIL : DUPLICATE;
    if (!matchedOnEmail)
        return CONFLICT;
    let changes;
    for (const attribute of _attributes_js__WEBPACK_IMPORTED_MODULE_0__/* .UPSERTABLE */ .gI) {
        if (!(0,_attributes_js__WEBPACK_IMPORTED_MODULE_0__/* .sets */ .cD)(user, attribute) || index.same(owner, attribute, user))
            continue;
        changes ??= [];
        changes.push(attribute);
    }
    if ((0,_attributes_js__WEBPACK_IMPORTED_MODULE_0__/* .sets */ .cD)(user, _attributes_js__WEBPACK_IMPORTED_MODULE_0__/* .UNREADABLE_UPSERTABLE */ .Sg))
        changes = [...(changes ?? []), _attributes_js__WEBPACK_IMPORTED_MODULE_0__/* .UNREADABLE_UPSERTABLE */ .Sg];
    return changes ? { action: 'update', changes, matchedOnEmail } : UNCHANGED;
}
const INSERT = Object.freeze({ action: 'insert', matchedOnEmail: false });
const CONFLICT = Object.freeze({ action: 'conflict', matchedOnEmail: false });
const CONFLICT_ON_EMAIL = Object.freeze({
    action: 'conflict',
    matchedOnEmail: true,
});
const DUPLICATE = Object.freeze({ action: 'duplicate', matchedOnEmail: false });
const DUPLICATE_ON_EMAIL = Object.freeze({
    action: 'duplicate',
    matchedOnEmail: true,
});
const UNCHANGED = Object.freeze({ action: 'unchanged', matchedOnEmail: true });
function ownerOf(user, kind, index) {
    const key = (0,_attributes_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOf */ .TN)(user, kind);
    return key === undefined ? _tenant_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_MATCH */ .IP : index.match(kind, key);
}
/** `skip_existing` leaves out only unchanged users and duplicates found by email. */
function skippable(classification) {
    const { action, matchedOnEmail } = classification;
    return action === 'unchanged' || (action === 'duplicate' && matchedOnEmail);
}


/***/ }),

/***/ 31:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ reviewSections),
/* harmony export */   Cu: () => (/* binding */ renderVerify),
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   gJ: () => (/* binding */ planSummaryJson),
/* harmony export */   w2: () => (/* binding */ verifySummaryJson)
/* harmony export */ });
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5845);

/** `plan_summary` (action.yml). */
function planSummaryJson(report) {
    const { insert, update, unchanged, duplicate, conflict, skipped } = report.counts;
    return JSON.stringify({ insert, update, unchanged, duplicate, conflict, skipped });
}
/** `verify_summary` (action.yml). */
function verifySummaryJson(report) {
    const { checked, present, missing, different } = report;
    return JSON.stringify({ checked, present, missing, different });
}
const LABELS = {
    insert: 'Insert',
    update: 'Update',
    unchanged: 'Unchanged',
    duplicate: 'Duplicate (Auth0 will fail it)',
    conflict: 'Conflict (Auth0 will fail it)',
    skipped: 'Skipped (skip_existing)',
};
function indexes(list, count) {
    if (list.length === 0)
        return '';
    return `${list.join(', ')}${count > list.length ? ', …' : ''}`;
}
function describeSource(source) {
    return source.kind === 'export'
        ? `export job \`${source.jobId ?? '?'}\` (${source.requests} Management API requests)`
        : `${source.requests - 1} look-ups by email and 1 connection read (${source.requests} requests, no job)`;
}
function renderPlan(report) {
    const rows = [..._classify_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_ACTIONS */ .IA, 'skipped'].map((kind) => `| ${LABELS[kind]} | ${report.counts[kind]} | ${indexes(report.first[kind], report.counts[kind])} |`);
    return [
        '### Plan',
        '',
        '| Action | Users | First indexes in the file |',
        '| --- | ---: | --- |',
        ...rows,
        '',
        `Predicted failures: **${report.predictedFailures}**. Read by ${describeSource(report.source)}.`,
    ].join('\n');
}
function renderVerify(report) {
    const lines = [
        '### Verify',
        '',
        '| Checked | Present | Missing | Different |',
        '| ---: | ---: | ---: | ---: |',
        `| ${report.checked} | ${report.present} | ${report.missing} | ${report.different} |`,
    ];
    if (report.missing > 0) {
        lines.push('', `First missing (index in the file): ${indexes(report.first.missing, report.missing)}`);
    }
    if (report.different > 0) {
        lines.push('', `First different (index in the file): ${indexes(report.first.different, report.different)}`);
    }
    lines.push('', `Read by ${describeSource(report.source)}.`);
    return lines.join('\n');
}
/** The step summary's sections for the plan and the verification, when there are any. */
function reviewSections(outcome) {
    const sections = [];
    if (outcome.plan)
        sections.push(renderPlan(outcome.plan));
    if (outcome.verify)
        sections.push(renderVerify(outcome.verify));
    return sections;
}


/***/ }),

/***/ 7905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  IP: () => (/* binding */ NO_MATCH),
  mY: () => (/* binding */ SHARED_KEY),
  B5: () => (/* binding */ TenantIndex)
});

// EXTERNAL MODULE: ./src/plan/attributes.ts
var plan_attributes = __nccwpck_require__(4366);
;// CONCATENATED MODULE: ./src/plan/fingerprint.ts
/**
 * 64-bit fingerprints of keys and attribute values, computed by walking the value and feeding
 * two 32-bit hashes (FNV-1a and a multiplicative one) directly: no canonical JSON string is built.
 * Object keys are taken in sorted order, so key order never counts as a difference. Results land
 * in `FINGERPRINT` (no pair is allocated per call); zero is never a result, so typed arrays can
 * use it for "empty".
 */

const FINGERPRINT = new Uint32Array(2);
let a = 0;
let b = 0;
function feed(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
}
function feedCode(c) {
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
}
/**
 * `text` between quotes, with `"` and `\\` escaped by a backslash: a prefix-free encoding (the
 * closing quote is the first unescaped one), so two different strings never feed the same codes,
 * and nothing is allocated as `JSON.stringify` would.
 */
function feedQuoted(text) {
    feedCode(QUOTE);
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE || c === BACKSLASH)
            feedCode(BACKSLASH);
        feedCode(c);
    }
    feedCode(QUOTE);
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function begin(seed) {
    a = (0x811c9dc5 ^ seed) >>> 0;
    b = (0x9747b28c ^ Math.imul(seed, 0x27d4eb2d)) >>> 0;
}
function end() {
    FINGERPRINT[0] = a >>> 0 || 1;
    FINGERPRINT[1] = b >>> 0 || 1;
}
/**
 * Canonical JSON of `value`, fed to the hash; strings nested in structures are quoted (with only
 * `"` and `\\` escaped, which keeps the encoding unambiguous).
 */
function feedValue(value, depth) {
    if (typeof value === 'string')
        feedQuoted(value);
    else if (value === null || typeof value !== 'object' || depth > 64)
        feed(String(value));
    else if (Array.isArray(value)) {
        feedCode(0x5b); // [
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                feedCode(0x2c); // ,
            feedValue(value[i], depth + 1);
        }
        feedCode(0x5d); // ]
    }
    else {
        const record = value;
        const keys = sortedKeys(record);
        feedCode(0x7b); // {
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            if (i > 0)
                feedCode(0x2c); // ,
            feedQuoted(key);
            feedCode(0x3a); // :
            feedValue(record[key], depth + 1);
        }
        feedCode(0x7d); // }
    }
}
/**
 * The keys of `record` in the order `Array.prototype.sort` gives them (UTF-16 code units, as `<`
 * compares strings): an insertion sort, cheaper than `sort()` for the few keys metadata
 * usually has.
 */
function sortedKeys(record) {
    const keys = Object.keys(record);
    // Quadratic: only for small objects (metadata may be as large as a file allows).
    if (keys.length > 16)
        return keys.sort();
    for (let i = 1; i < keys.length; i++) {
        const key = keys[i];
        let j = i - 1;
        while (j >= 0 && keys[j] > key) {
            keys[j + 1] = keys[j];
            j--;
        }
        keys[j + 1] = key;
    }
    return keys;
}
/** A key's fingerprint, seeded by its kind so that equal texts of two kinds differ. */
function keyFingerprint(key, seed) {
    begin(seed);
    feed(key);
    end();
    return FINGERPRINT;
}
const FALSE_WHEN_ABSENT = new Set(['email_verified', 'phone_verified', 'blocked']);
const EMPTY_WHEN_ABSENT = new Set(['app_metadata', 'user_metadata']);
/**
 * The fingerprint of `user[attribute]` as Auth0 would compare it, into FINGERPRINT; false when the
 * attribute is absent and absence has no meaning of its own. Booleans Auth0 defaults to false and
 * metadata it defaults to `{}` compare equal to absent ones; user_id is compared without the
 * `auth0|` prefix and email in lower case.
 */
function attributeFingerprint(user, attribute) {
    const value = user[attribute];
    begin(0);
    if (value === undefined || value === null) {
        if (FALSE_WHEN_ABSENT.has(attribute))
            feed('false');
        else if (EMPTY_WHEN_ABSENT.has(attribute))
            feed('{}');
        else
            return false;
    }
    else if (typeof value === 'string') {
        // A leading quote marks a string (no other canonical text starts with one) without the cost
        // of escaping it.
        feed('"');
        feed(attribute === 'user_id'
            ? (0,plan_attributes/* bareUserId */.bw)(value)
            : attribute === 'email'
                ? value.toLowerCase()
                : value);
    }
    else {
        feedValue(value, 0);
    }
    end();
    return true;
}

;// CONCATENATED MODULE: ./src/plan/tenant-index.ts
/**
 * The users already in the connection, held compactly: no user object is kept, only 64-bit
 * fingerprints in typed arrays. Each key (email, user_id, username, phone_number) maps to the
 * user's ordinal in an open-addressing table, and each attribute the index is built for (the
 * upsertable ones for a plan with upsert, none without, all compared ones for verify) is a 64-bit
 * fingerprint of its normalised value (fingerprint.ts). A connection of 100,000 users takes
 * about 6 MB for the keys plus 8 bytes per user and attribute, whatever the size of its metadata.
 *
 * Two different values share a 64-bit fingerprint with probability about 2^-64 per comparison
 * (about 10^-9 over 100,000 users with four keys each), far below the chance of the export itself
 * being stale.
 */


/** A key two users of the connection share: any file user matching it is a conflict. */
const SHARED_KEY = -2;
const NO_MATCH = -1;
const SEED_OF = Object.freeze(Object.fromEntries(plan_attributes/* KEY_KINDS */.A3.map((kind, i) => [kind, i + 1])));
class TenantIndex {
    #attributes;
    #slotOf;
    #count = 0;
    #capacity = 1 << 12;
    #keyA = new Uint32Array(this.#capacity);
    #keyB = new Uint32Array(this.#capacity);
    #keyOwner = new Int32Array(this.#capacity);
    #keys = 0;
    #values;
    /** `attributes`: those `same` will be asked about (each costs 8 bytes a user). */
    constructor(attributes = plan_attributes/* COMPARED */.s1) {
        this.#attributes = attributes;
        this.#slotOf = new Map(attributes.map((name, slot) => [name, slot]));
        this.#values = new Uint32Array(2 * attributes.length * 1024);
    }
    get size() {
        return this.#count;
    }
    /** Bytes held, for the benchmark's memory figure. */
    get bytes() {
        return this.#keyA.byteLength * 2 + this.#keyOwner.byteLength + this.#values.byteLength;
    }
    /** Adds a user as read from Auth0 (export line or look-up answer). */
    add(user) {
        const ordinal = this.#count++;
        const width = 2 * this.#attributes.length;
        if (width * this.#count > this.#values.length) {
            const grown = new Uint32Array(Math.max(width * this.#count, this.#values.length * 2));
            grown.set(this.#values);
            this.#values = grown;
        }
        for (const kind of plan_attributes/* KEY_KINDS */.A3) {
            const key = (0,plan_attributes/* keyOf */.TN)(user, kind);
            if (key !== undefined)
                this.#addKey(kind, key, ordinal);
        }
        const base = width * ordinal;
        for (let slot = 0; slot < this.#attributes.length; slot++) {
            if (!attributeFingerprint(user, this.#attributes[slot]))
                continue;
            this.#values[base + 2 * slot] = FINGERPRINT[0];
            this.#values[base + 2 * slot + 1] = FINGERPRINT[1];
        }
    }
    /** The ordinal of the user holding this key, NO_MATCH, or SHARED_KEY. */
    match(kind, key) {
        const fingerprint = keyFingerprint(key, SEED_OF[kind]);
        const a = fingerprint[0];
        const b = fingerprint[1];
        const mask = this.#capacity - 1;
        for (let slot = a & mask;; slot = (slot + 1) & mask) {
            if (this.#keyA[slot] === 0)
                return NO_MATCH;
            if (this.#keyA[slot] === a && this.#keyB[slot] === b)
                return this.#keyOwner[slot];
        }
    }
    /** Does the user at `ordinal` hold `attribute` with the value `user` gives it? */
    same(ordinal, attribute, user) {
        const slot = this.#slotOf.get(attribute);
        if (slot === undefined)
            throw new Error(`the tenant index holds no ${attribute}`);
        const base = 2 * this.#attributes.length * ordinal + 2 * slot;
        if (!attributeFingerprint(user, attribute))
            return this.#values[base] === 0;
        return this.#values[base] === FINGERPRINT[0] && this.#values[base + 1] === FINGERPRINT[1];
    }
    #addKey(kind, key, ordinal) {
        if (2 * (this.#keys + 1) > this.#capacity)
            this.#grow();
        const fingerprint = keyFingerprint(key, SEED_OF[kind]);
        const a = fingerprint[0];
        const b = fingerprint[1];
        const mask = this.#capacity - 1;
        for (let slot = a & mask;; slot = (slot + 1) & mask) {
            if (this.#keyA[slot] === 0) {
                this.#keyA[slot] = a;
                this.#keyB[slot] = b;
                this.#keyOwner[slot] = ordinal;
                this.#keys++;
                return;
            }
            if (this.#keyA[slot] === a && this.#keyB[slot] === b) {
                if (this.#keyOwner[slot] !== ordinal)
                    this.#keyOwner[slot] = SHARED_KEY;
                return;
            }
        }
    }
    #grow() {
        const [oldA, oldB, oldOwner] = [this.#keyA, this.#keyB, this.#keyOwner];
        this.#capacity *= 2;
        this.#keyA = new Uint32Array(this.#capacity);
        this.#keyB = new Uint32Array(this.#capacity);
        this.#keyOwner = new Int32Array(this.#capacity);
        const mask = this.#capacity - 1;
        for (let i = 0; i < oldA.length; i++) {
            const a = oldA[i];
            if (a === 0)
                continue;
            let slot = a & mask;
            while (this.#keyA[slot] !== 0)
                slot = (slot + 1) & mask;
            this.#keyA[slot] = a;
            this.#keyB[slot] = oldB[i];
            this.#keyOwner[slot] = oldOwner[i];
        }
    }
}


/***/ }),

/***/ 5704:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y3: () => (/* binding */ fileInFolder)
/* harmony export */ });
/* unused harmony exports MAX_NAME_PART, safeNamePart */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Names of the files the step writes into RUNNER_TEMP. Parts of a name may come from Auth0 (a
 * job id), so they are cut to a strict character set and length, and the result is checked to be
 * a direct child of the folder before anything is written.
 */

/** Longest part of a file name taken from outside data; a job id is 20 characters. */
const MAX_NAME_PART = 40;
/** `part` reduced to letters, digits, `_` and `-`, at most MAX_NAME_PART long, never empty. */
function safeNamePart(part) {
    const safe = part.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, MAX_NAME_PART);
    return /[A-Za-z0-9]/.test(safe) ? safe : 'unnamed';
}
/**
 * `<folder>/<prefix>-<part>[-<suffix>].<extension>` with `part` made safe. Throws when the
 * result would not be a direct child of `folder` (it cannot, by construction; the check keeps
 * it so).
 */
function fileInFolder(folder, prefix, part, extension, suffix) {
    const name = [prefix, safeNamePart(part), ...(suffix === undefined ? [] : [suffix])].join('-');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder, `${name}.${extension}`);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(path)) !== (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(folder) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path).startsWith('.')) {
        throw new Error(`Refusing to write ${JSON.stringify(name)}: it would leave ${folder}.`);
    }
    return path;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/**
 * Text from outside (Auth0's messages and statuses, the users file) shown in the step summary or
 * the pull-request comment: as text, so that no HTML tag or Markdown link or image from it is
 * rendered (a public repository shows both to everyone).
 */
function markdownText(value) {
    return (String(value ?? '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // A link or an image needs both brackets; emphasis (`_`, `*`) is harmless and stays, so codes
        // such as DUPLICATED_USER read the same in the file as on the page.
        .replace(/([[\]])/g, '\\$1'));
}
/** A Markdown table cell of `value` as it is: on one line, its pipes escaped. */
function tableCell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
/** One Markdown table cell of text from outside: as `markdownText`, then as `tableCell`. */
function markdownCell(value) {
    return tableCell(markdownText(value));
}


/***/ }),

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ ResultBuilder)
/* harmony export */ });
/**
 * An operation's working state while it runs; `build()` turns it into the immutable result. Each
 * operation has its own: nothing else reads it.
 */
class ResultBuilder {
    operation;
    ledger;
    summary;
    totalUsers;
    exportFile;
    exportedRecords;
    failedUsersFile;
    chunksRemaining;
    dryRun = false;
    failure;
    resumeHint;
    plan;
    verify;
    notes = [];
    #chunks;
    /** undefined until the operation decides that the step writes an error report. */
    #report;
    #omitted = 0;
    #limit;
    constructor(operation, ledger) {
        this.operation = operation;
        this.ledger = ledger;
        // Should the operation throw, what it has found so far is still published.
        ledger.reportOnStop(() => this.build());
    }
    /** The step writes an error report file, even one with no entries. */
    writeReport() {
        this.#report ??= [];
    }
    /** Keeps entries up to `limit`; `alsoOmitted` counts entries already left out upstream. */
    addReportEntries(entries, limit, alsoOmitted = 0) {
        this.#report ??= [];
        const report = this.#report;
        this.#limit = limit;
        this.#omitted += alsoOmitted;
        const room = Math.max(0, limit - report.length);
        report.push(...entries.slice(0, room));
        this.#omitted += Math.max(0, entries.length - room);
    }
    sortReport(compare) {
        this.#report?.sort(compare);
    }
    /** Counts entries known to exist but not kept (beyond what addReportEntries counted). */
    countOmitted(atLeast) {
        this.#omitted = Math.max(this.#omitted, atLeast);
    }
    get keptEntries() {
        return this.#report?.length ?? 0;
    }
    get omittedEntries() {
        return this.#omitted;
    }
    get errorCount() {
        return this.keptEntries + this.#omitted;
    }
    planChunks(chunks) {
        this.#chunks = chunks.map(({ index, firstUser, userCount, bytes }) => ({
            index,
            firstUser,
            userCount,
            bytes,
        }));
    }
    /** The job that stands for a chunk of the import. */
    chunkJob(index, jobId) {
        const row = this.#chunks?.[index];
        if (row)
            row.jobId = jobId;
    }
    jobOfChunk(index) {
        return this.#chunks?.[index]?.jobId;
    }
    /** Gives every kept entry with an index the one `map` returns (positions in another file). */
    remapReportIndexes(map) {
        for (const entry of this.#report ?? []) {
            if (entry.index !== null)
                entry.index = map(entry.index);
        }
    }
    get jobIds() {
        return this.ledger.jobs.map((job) => job.id);
    }
    build() {
        const report = this.#report;
        return Object.freeze({
            operation: this.operation,
            jobs: Object.freeze(this.ledger.jobs),
            summary: this.summary && { ...this.summary },
            report: report
                ? Object.freeze({
                    kind: 'file',
                    entries: Object.freeze([...report]),
                    omitted: this.#omitted,
                    limit: this.#limit,
                })
                : Object.freeze({ kind: 'none' }),
            chunks: this.#chunks && Object.freeze(this.#chunks.map((row) => Object.freeze({ ...row }))),
            totalUsers: this.totalUsers,
            exportFile: this.exportFile,
            exportedRecords: this.exportedRecords,
            failedUsersFile: this.failedUsersFile,
            chunksRemaining: this.chunksRemaining,
            dryRun: this.dryRun,
            failure: this.failure,
            resumeHint: this.resumeHint,
            plan: this.plan,
            verify: this.verify,
            notes: Object.freeze([...this.notes]),
        });
    }
}


/***/ }),

/***/ 997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ errorCountOf),
/* harmony export */   PA: () => (/* binding */ jobIdsOf),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1999);

function jobIdsOf(result) {
    return result.jobs.map((job) => job.id);
}
/** The `status` output: `validated` for a dry run, else the worst status of the jobs. */
function statusOf(result) {
    if (result.dryRun)
        return 'validated';
    return (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .worstStatus */ .A4)(result.jobs.map((job) => job.status));
}
/** `error_count`: the entries of the report, counting those left out of the file. */
function errorCountOf(report) {
    return report.kind === 'file' ? report.entries.length + report.omitted : 0;
}


/***/ }),

/***/ 1999:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   dR: () => (/* binding */ isFinal),
/* harmony export */   ei: () => (/* binding */ applyGate)
/* harmony export */ });
/* unused harmony export jobFailures */
/** A job in one of these states never changes again. */
const FINAL_STATUSES = ['completed', 'failed', 'expired'];
function isFinal(status) {
    return FINAL_STATUSES.includes(status);
}
/** From worst to best: the `status` output of several jobs is the worst of theirs (action.yml). */
const STATUS_RANK = ['failed', 'expired', 'processing', 'pending', 'completed'];
/** An unknown status is treated as not finished: between processing and pending. */
const UNKNOWN_RANK = 2.5;
function rankOf(status) {
    const rank = STATUS_RANK.indexOf(status);
    return rank === -1 ? UNKNOWN_RANK : rank;
}
function worstStatus(statuses) {
    let worst;
    for (const status of statuses) {
        if (worst === undefined || rankOf(status) < rankOf(worst))
            worst = status;
    }
    return worst;
}
/** Jobs that ended `failed` or `expired` fail the step; one sentence each, saying what to do. */
function jobFailures(jobs) {
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
/** The verdict on finished jobs and, when asked, the gate over their failed users. */
function verdictOf(jobs, gateRequest) {
    const failures = jobFailures(jobs);
    const jobFailed = failures.length > 0;
    const gate = gateRequest
        ? applyGate(gateRequest.threshold, gateRequest.failed, gateRequest.total)
        : undefined;
    if (gate && !gate.passed && gateRequest)
        failures.push(gateRequest.tooMany(gate.description));
    return { failure: failures[0], jobFailed, gate };
}


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  debug: () => (/* binding */ debug),
  error: () => (/* binding */ error),
  getInput: () => (/* binding */ getInput),
  info: () => (/* binding */ info),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  summary: () => (/* reexport */ summary),
  warning: () => (/* binding */ warning)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./src/runtime/actions-core.ts
/**
 * The part of @actions/core this action uses, built from @actions/core's own command modules.
 *
 * Why not `import * as core from '@actions/core'`: its entry module imports `oidc-utils` (for
 * `getIDToken`, which this action never calls), which imports @actions/http-client, which loads
 * all of undici before the first line of the action runs: that was the largest part of start-up
 * (bench/cold-start.ts). The workflow-command formatting and escaping stay @actions/core's: only
 * the few lines of core.js that glue them together are restated here, as in @actions/core 3.0.1.
 * The relative paths bypass the package's `exports` map; tsc checks them against its .d.ts files,
 * so a layout change in a new @actions/core fails the typecheck instead of the step.
 */





/** The input `name`, trimmed ('' when not set), as `core.getInput`. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}


/***/ }),

/***/ 9685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   iB: () => (/* binding */ isCancellation),
/* harmony export */   zg: () => (/* binding */ cancellationOf)
/* harmony export */ });
/**
 * Cancellation of the step (a cancelled workflow: the runner sends SIGINT, then SIGTERM). main.ts
 * owns the signal listener and aborts the step's AbortSignal with a `CancelledError`; every wait
 * (Deadline.sleep) then throws it, and the operation records what it knows and rethrows.
 */
class CancelledError extends Error {
    signal;
    explained;
    name = 'CancelledError';
    constructor(
    /** The signal that cancelled the step, e.g. `SIGTERM`. */
    signal, message = `The step was cancelled (${signal}).`, 
    /** True when the message already says which jobs are running and how to go on. */
    explained = false) {
        super(message);
        this.signal = signal;
        this.explained = explained;
    }
}
/** Is `error` the step's cancellation (or anything thrown while it was being cancelled)? */
function isCancellation(error, signal) {
    return error instanceof CancelledError || signal?.aborted === true;
}
/** The signal's reason when it is a cancellation, else a generic one. */
function cancellationOf(signal) {
    const reason = signal?.reason;
    return reason instanceof CancelledError ? reason : new CancelledError('cancellation');
}


/***/ }),

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   j3: () => (/* binding */ DeadlineError)
/* harmony export */ });
/**
 * Error kinds that reach the single failure funnel in main.ts. Each carries a message that a user
 * can act on; the funnel only prints it.
 */
/** A bad input, detected before anything is sent. The message names the input and the value. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/** The Management API (or the token endpoint) answered with an error that retrying cannot fix. */
class ApiError extends Error {
    name = 'ApiError';
    status;
    errorCode;
    constructor(status, message, errorCode) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }
}
/** The step's `timeout` ran out while waiting for Auth0. */
class DeadlineError extends Error {
    name = 'DeadlineError';
}
/** Turns anything thrown into one line for `core.setFailed`. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ registerPlanWorkerEntry),
/* harmony export */   GZ: () => (/* binding */ PLAN_WORKER_ROLE),
/* harmony export */   db: () => (/* binding */ VALIDATE_WORKER_ROLE),
/* harmony export */   es: () => (/* binding */ planWorkerEntry),
/* harmony export */   ir: () => (/* binding */ PLAN_WORKER_MIN_BYTES),
/* harmony export */   rQ: () => (/* binding */ planInWorker),
/* harmony export */   tZ: () => (/* binding */ servePlan)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9541);
/**
 * A big users file is planned in a worker thread with a bounded heap, so that the step's memory
 * stays flat however many users the file holds.
 *
 * Why: the pass allocates a few hundred bytes of short-lived objects per user, and V8 lets its old
 * generation grow well past what is live before collecting it (a 4M-user dry run peaked at
 * 220–260 MB in one thread, of which ~20 MB was live). A worker's `resourceLimits` cap that heap;
 * its collector then works within the cap. Small files are planned in this thread: starting a
 * worker costs ~40 ms, which a 1,000-user import's cold start cannot spare. Even a worker started
 * with the step, planning while this thread loads the network code, answered a 1,000-user file
 * at ~134 ms after spawn, where this thread has planned it by ~86 ms.
 *
 * The bundle's entry module is the worker's entry too (src/index.ts registers it here); without a
 * registered entry (tests import the sources directly) every file is planned in this thread.
 */


const PLAN_WORKER_ROLE = 'auth0-users-plan';
/** The second thread of a two-thread pass (plan-parallel.ts, validate-thread.ts). */
const VALIDATE_WORKER_ROLE = 'auth0-users-validate';
/** Files from this size on are planned in a worker. */
const PLAN_WORKER_MIN_BYTES = 64 << 20;
/**
 * The worker's heap: enough for the largest invalid-user list the plan keeps (32 MiB of users,
 * plan-here.ts) with room to spare, far below what V8 grows to unbounded.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 4 };
let entry;
/** Called by the entry module with its own URL. */
function registerPlanWorkerEntry(url) {
    entry = url;
}
/** The entry module a worker of the pass starts from, when one is registered. */
function planWorkerEntry() {
    return entry;
}
/** planUsersFile(path, options) in a worker started from `entry` (see `planWorkerEntry`). */
function planInWorker(entry, request) {
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(entry, {
            workerData: { role: PLAN_WORKER_ROLE, ...request },
            resourceLimits: RESOURCE_LIMITS,
        });
        worker.once('message', (answer) => {
            if ('plan' in answer)
                resolve(answer.plan);
            else if (answer.error.input) {
                reject(new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(answer.error.input, answer.error.message));
            }
            else
                reject(new Error(answer.error.message));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the users file's validation stopped (exit ${code})`)));
    });
}
/** The worker's side: plan, answer, end. */
async function servePlan(data, post) {
    const { planUsersFileHere } = await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(986), __nccwpck_require__.e(89)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8089));
    try {
        // The file is hashed in the pass itself: a second worker's memory would count here.
        const way = { fileBytes: data.fileBytes };
        post({ plan: await planUsersFileHere(data.path, data.options, way) });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        post({ error: { input: error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? error.input : undefined, message } });
    }
}


/***/ }),

/***/ 2517:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ takeValidateWorker),
/* harmony export */   _I: () => (/* binding */ warmValidateWorker),
/* harmony export */   ob: () => (/* binding */ takesTwoThreads)
/* harmony export */ });
/* unused harmony export ValidateWorker */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _inputs_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8463);
/* harmony import */ var _plan_thread_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9598);
/**
 * The second thread of plan-parallel.ts: a worker that validates the blocks it is sent
 * (validate-serve.ts) and answers each with its verdict, in the order sent.
 *
 * It runs the bundle's entry module (plan-thread.ts registers it; src/index.ts routes this role
 * to validate-serve.ts), so it shares the validator's code with the step instead of shipping a
 * copy. This module loads no validator: src/index.ts starts the worker from here before the step
 * has even parsed its inputs (`warmValidateWorker`).
 */




/**
 * A bounded heap, so the two threads together stay within the pass's memory budget: the worker
 * holds one block's users at a time, and its young generation is what they churn
 * (bench/validate-speed.ts: 4, 8 and 16 MB cost about the same time; 4 MB with a 32 MB old
 * generation peaked lowest). A worker out of heap fails, and the file gets the one-thread pass.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 };
class ValidateWorker {
    #worker;
    #outstanding = 0;
    #failure;
    #onVerdict;
    #onFailure;
    constructor(entry) {
        this.#worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, {
            workerData: { role: _plan_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .VALIDATE_WORKER_ROLE */ .db },
            resourceLimits: RESOURCE_LIMITS,
        });
        this.#worker.on('message', (answer) => {
            if ('failure' in answer)
                return this.#fail(answer.failure);
            this.#outstanding--;
            this.#onVerdict?.(answer.block, answer.verdict, answer.slot);
        });
        this.#worker.once('error', (error) => this.#fail(error.message));
        this.#worker.once('exit', (code) => this.#fail(`it stopped (exit ${code})`));
        // A worker started ahead (warmValidateWorker) must not keep a step that never uses it alive;
        // after the listeners, which would take a reference again.
        this.#worker.unref();
    }
    /** Starts a pass: its budget, its block buffers, and where verdicts and a failure go. */
    begin(budget, slots, onVerdict, onFailure) {
        // From now on the pass waits on its answers: they must keep the step alive.
        this.#worker.ref();
        this.#onVerdict = onVerdict;
        this.#onFailure = onFailure;
        if (this.#failure !== undefined)
            onFailure(this.#failure);
        else
            this.#worker.postMessage({ budget, slots });
    }
    /** Blocks sent and not answered yet. */
    get outstanding() {
        return this.#outstanding;
    }
    get failed() {
        return this.#failure !== undefined;
    }
    /** Sends `job`; its slot is the worker's until the verdict comes back. */
    send(job) {
        this.#outstanding++;
        this.#worker.postMessage(job);
    }
    async stop() {
        this.#failure ??= 'stopped';
        await this.#worker.terminate();
    }
    #fail(why) {
        if (this.#failure !== undefined)
            return;
        this.#failure = why;
        this.#onFailure?.(why);
    }
}
/** Files from this size on are validated on two threads when they are one user a line. */
const PARALLEL_MIN_BYTES = 8 << 20;
/**
 * Whether a file of `size` bytes gets the two-thread pass (when it is one user a line): below it,
 * starting the worker costs more than it saves; from PLAN_WORKER_MIN_BYTES on the pass runs in
 * one worker with a bounded heap instead (plan-thread.ts), for flat memory.
 */
function takesTwoThreads(size) {
    return size >= PARALLEL_MIN_BYTES && size < _plan_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .PLAN_WORKER_MIN_BYTES */ .ir;
}
let warm;
/**
 * Starts the pass's worker ahead, from the inputs as `read` gives them (`core.getInput`, before
 * they are parsed), when they name an import of a file this big. Why: a worker takes ~30 ms to
 * start on a quiet machine and 60–90 ms beside a busy pass, during which this thread validates
 * alone (bench/validate-speed.ts); started here it is ready when the pass begins. Only a hint: the
 * parsed settings still decide, and a worker never taken is unref'd and ends with the step. True
 * when it started one.
 */
function warmValidateWorker(read, env, entry) {
    if (read('operation') !== 'import-users')
        return false;
    const file = read('file');
    if (!file)
        return false;
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInWorkspace */ .z1)(file, env)).size;
    }
    catch {
        return false; // no such file: the inputs say so in their own words
    }
    if (!takesTwoThreads(size))
        return false;
    warm = new ValidateWorker(entry);
    return true;
}
/** The worker started ahead, if any (once), else a new one. */
function takeValidateWorker(entry) {
    const worker = warm ?? new ValidateWorker(entry);
    warm = undefined;
    return worker;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
