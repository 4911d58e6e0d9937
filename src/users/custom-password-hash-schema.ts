/**
 * The `custom_password_hash` part of the bulk-import schema: the common shape of `hash`, `salt`,
 * `key` and `password`, and the rules of each hashing algorithm from the prose of Auth0's page
 * (the header of bulk-import-schema.ts lists where they are stricter than the page).
 */
import {
  DIGEST_BYTES,
  digestPatterns,
  HASH_ALGORITHMS,
  HMAC_DIGESTS,
  PASSWORD_ENCODINGS,
  PATTERNS,
  SALT_POSITIONS,
  VALUE_ENCODINGS,
} from './bulk-import-rules.js'

const BINARY_ENCODING = { type: 'string', enum: ['hex', 'base64'] }
const UTF8_ENCODING = { type: 'string', enum: ['utf8'] }
/** Powers of two greater than one, up to 2^30 (scrypt `cost`). */
const POWERS_OF_TWO = Array.from({ length: 30 }, (_, k) => 2 ** (k + 1))

/** A rule applied when `custom_password_hash.algorithm` is one of `algorithms`. */
function whenAlgorithm(algorithms: readonly string[], then: Record<string, unknown>) {
  return {
    if: {
      type: 'object',
      properties: { algorithm: { enum: algorithms } },
      required: ['algorithm'],
    },
    // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a promise.
    then: { type: 'object', ...then },
  }
}

/** A pattern the `value` beside an `encoding` of `encoding` must match. */
function whenEncoding(encoding: string, pattern: string) {
  return {
    if: { type: 'object', properties: { encoding: { const: encoding } }, required: ['encoding'] },
    // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a promise.
    then: { type: 'object', properties: { value: { type: 'string', pattern } } },
  }
}

/** `value` is made of the characters its `encoding` allows. */
const ENCODED_VALUE = [whenEncoding('hex', PATTERNS.hex), whenEncoding('base64', PATTERNS.base64)]

/** A plain digest of `bytes` bytes, in hex or base64 (digestPatterns). */
function digestLength(bytes: number) {
  const patterns = digestPatterns(bytes)
  return {
    hash: {
      type: 'object',
      allOf: [whenEncoding('hex', patterns.hex), whenEncoding('base64', patterns.base64)],
    },
  }
}

const noSalt = { not: { required: ['salt'] } }
const forbidden = { not: {} }
const SCRYPT_PARAMETERS = ['keylen', 'cost', 'blockSize', 'parallelization']
const binaryHash = (extra: Record<string, unknown> = {}) => ({
  hash: {
    type: 'object',
    properties: { encoding: BINARY_ENCODING },
    required: ['encoding'],
    ...extra,
  },
})

export const CUSTOM_PASSWORD_HASH_SCHEMA = {
  type: 'object',
  properties: {
    algorithm: { type: 'string', enum: HASH_ALGORITHMS },
    hash: {
      type: 'object',
      properties: {
        value: { type: 'string' },
        encoding: { type: 'string', enum: VALUE_ENCODINGS },
        digest: { type: 'string', enum: HMAC_DIGESTS },
        key: {
          type: 'object',
          properties: {
            value: { type: 'string' },
            encoding: { type: 'string', enum: VALUE_ENCODINGS, default: 'utf8' },
          },
          required: ['value'],
          additionalProperties: false,
          allOf: ENCODED_VALUE,
        },
      },
      required: ['value'],
      additionalProperties: false,
      allOf: ENCODED_VALUE,
    },
    salt: {
      type: 'object',
      properties: {
        value: { type: 'string' },
        encoding: { type: 'string', enum: VALUE_ENCODINGS, default: 'utf8' },
        position: { type: 'string', enum: SALT_POSITIONS, default: 'prefix' },
      },
      required: ['value'],
      additionalProperties: false,
      allOf: ENCODED_VALUE,
    },
    password: {
      type: 'object',
      properties: {
        encoding: { type: 'string', enum: PASSWORD_ENCODINGS, default: 'utf8' },
      },
      additionalProperties: false,
    },
    keylen: { type: 'integer', minimum: 1 },
    cost: { type: 'integer', enum: POWERS_OF_TWO, default: 16384 },
    blockSize: { type: 'integer', minimum: 1, default: 8 },
    parallelization: { type: 'integer', minimum: 1, default: 1 },
  },
  required: ['algorithm', 'hash'],
  additionalProperties: false,
  allOf: [
    // argon2: a PHC string with its salt, utf8, no salt object.
    whenAlgorithm(['argon2'], {
      properties: {
        hash: {
          type: 'object',
          properties: {
            value: { type: 'string', pattern: PATTERNS.argon2 },
            encoding: UTF8_ENCODING,
          },
        },
      },
      ...noSalt,
    }),
    // bcrypt: utf8, a whole $2a$/$2b$/$2y$ hash; the salt shares bcrypt's 72-byte input.
    whenAlgorithm(['bcrypt'], {
      properties: {
        hash: {
          type: 'object',
          properties: {
            value: { type: 'string', pattern: PATTERNS.bcrypt },
            encoding: UTF8_ENCODING,
          },
        },
        salt: { type: 'object', properties: { value: { type: 'string', maxLength: 71 } } },
      },
    }),
    // hmac: hex/base64, digest and key required.
    whenAlgorithm(['hmac'], {
      properties: binaryHash({ required: ['encoding', 'digest', 'key'] }),
    }),
    // Only hmac takes a digest and a key.
    whenAlgorithm(
      HASH_ALGORITHMS.filter((a) => a !== 'hmac'),
      {
        properties: {
          hash: { type: 'object', properties: { digest: forbidden, key: forbidden } },
        },
      },
    ),
    // ldap: RFC 2307 {SCHEME}base64 (md5, smd5, sha*, ssha*; not crypt), utf8, no salt.
    whenAlgorithm(['ldap'], {
      properties: {
        hash: {
          type: 'object',
          properties: {
            value: { type: 'string', pattern: PATTERNS.ldap },
            encoding: UTF8_ENCODING,
          },
        },
      },
      ...noSalt,
    }),
    // md4/md5/sha*: hex or base64, the digest's length.
    ...Object.entries(DIGEST_BYTES).map(([algorithm, bytes]) =>
      whenAlgorithm([algorithm], {
        properties: binaryHash(),
        allOf: [{ properties: digestLength(bytes) }],
      }),
    ),
    // pbkdf2: a PHC string $pbkdf2-<listed digest>$[i=…,l=…]$salt$hash, utf8, no salt object.
    whenAlgorithm(['pbkdf2'], {
      properties: {
        hash: {
          type: 'object',
          properties: {
            value: { type: 'string', pattern: PATTERNS.pbkdf2 },
            encoding: UTF8_ENCODING,
          },
        },
      },
      ...noSalt,
    }),
    // scrypt: hex or base64; keylen required.
    whenAlgorithm(['scrypt'], { properties: binaryHash(), required: ['keylen'] }),
    // Only scrypt takes keylen, cost, blockSize and parallelization.
    whenAlgorithm(
      HASH_ALGORITHMS.filter((a) => a !== 'scrypt'),
      { properties: Object.fromEntries(SCRYPT_PARAMETERS.map((key) => [key, forbidden])) },
    ),
  ],
} as const
