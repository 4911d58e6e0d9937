/**
 * Auth0's bulk-import user schema, kept as data: the JSON schema and the rules in the prose of
 * Auth0's "Bulk User Import Database Schema and Examples" page (reference §5.2–5.3), newest
 * revision with phone_number/phone_verified. `npm run generate` compiles it into
 * bulk-import-validator.generated.ts; __tests__/users-schema-rules.test.ts holds a valid and an
 * invalid example of every rule.
 *
 * Where the action is stricter than the page (each a rule the page states in prose, leaves to
 * "should", or does not say; a file that fails one would import with a silently unusable hash):
 * - `password_hash`: a whole bcrypt hash, `$2a$`/`$2b$` and 10 rounds (the page: "should");
 *   other costs and `$2y$` go through `custom_password_hash` with algorithm `bcrypt`;
 * - `phone_number` must be E.164 (the page says so in prose only);
 * - `mfa_factors`: an item holds exactly one factor (the page's `maxProperties: 1` lets `{}` by);
 * - `password_hash` and `custom_password_hash` are mutually exclusive (prose);
 * - `app_metadata` may not use Auth0's reserved keys (prose);
 * - `custom_password_hash`: the per-algorithm rules below (prose), and
 *   - `hash`, `salt`, `key` and `password` take no keys but the documented ones (the page leaves
 *     them open: a misspelt `encodign` would be ignored and the hash never verify);
 *   - `hash.encoding` is required where it must be hex or base64 (hmac, md4, md5, sha1, sha256,
 *     sha512, scrypt: the page gives no default);
 *   - a hex or base64 value must be made of that encoding's characters, and an md4/md5/sha1/
 *     sha256/sha512 hash must have its digest's length (16/16/20/32/64 bytes);
 *   - `hash.digest` and `hash.key` only with hmac; `keylen`, `cost`, `blockSize` and
 *     `parallelization` only with scrypt (the page: "only used when");
 *   - bcrypt: the whole `$2a$`/`$2b$`/`$2y$` hash, and a salt under 72 characters (the page: salt
 *     and password share bcrypt's 72-byte input; bytes are not countable in JSON Schema);
 *   - argon2 and pbkdf2 values must be whole PHC strings with their salt; pbkdf2's digest must be
 *     one the page lists; ldap's value must be `{SCHEME}` and base64.
 */

/** Keys `app_metadata` may not contain (reference §5.2). */
export const APP_METADATA_RESERVED_KEYS = [
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
] as const

export const HASH_ALGORITHMS = [
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
] as const

/** The digests the page lists for pbkdf2's `pbkdf2-<digest>` id. */
export const PBKDF2_DIGESTS = [
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
] as const

/** Patterns, named so that validate.ts can explain each one. */
export const PATTERNS = {
  passwordHash: '^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$',
  phoneNumber: '^\\+[1-9][0-9]{1,14}$',
  totpSecret: '^[A-Z2-7]+$',
  factorPhone: '^\\+[0-9]{1,15}$',
  hex: '^[0-9A-Fa-f]+$',
  base64: '^[A-Za-z0-9+/_-]+={0,2}$',
  bcrypt: '^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$',
  argon2:
    '^\\$argon2(id|i|d)(\\$v=[0-9]+)?\\$[a-z]+=[A-Za-z0-9+/.-]+(,[a-z]+=[A-Za-z0-9+/.-]+)*\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$',
  pbkdf2: `^\\$pbkdf2-(${PBKDF2_DIGESTS.join('|')})(\\$(i=[0-9]+(,l=[0-9]+)?|l=[0-9]+))?\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$`,
  ldap: '^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}[A-Za-z0-9+/]+={0,2}$',
} as const

/** The digest length, in bytes, of each plain hashing algorithm. */
export const DIGEST_BYTES = { md4: 16, md5: 16, sha1: 20, sha256: 32, sha512: 64 } as const

const ENCODINGS = ['base64', 'hex', 'utf8']
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

/** A plain digest of `bytes` bytes, in hex or (unpadded length, optional padding) base64. */
function digestLength(bytes: number) {
  const chars = Math.ceil((bytes * 4) / 3)
  const padding = '='.repeat((3 - (bytes % 3)) % 3)
  return {
    hash: {
      type: 'object',
      allOf: [
        whenEncoding('hex', `^[0-9A-Fa-f]{${bytes * 2}}$`),
        whenEncoding('base64', `^[A-Za-z0-9+/_-]{${chars}}${padding ? `(${padding})?` : ''}$`),
      ],
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

export const BULK_IMPORT_USER_SCHEMA = {
  $id: 'https://auth0.com/schemas/bulk-import-user.json',
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email', description: "The user's email address." },
    email_verified: { type: 'boolean', default: false },
    phone_number: {
      type: 'string',
      pattern: PATTERNS.phoneNumber,
      description: 'E.164, e.g. +12125550001',
    },
    phone_verified: { type: 'boolean', default: false },
    user_id: { type: 'string' },
    username: { type: 'string' },
    given_name: { type: 'string' },
    family_name: { type: 'string' },
    name: { type: 'string' },
    nickname: { type: 'string' },
    picture: { type: 'string', description: "URL of the user's profile picture." },
    blocked: { type: 'boolean' },
    password_hash: {
      type: 'string',
      pattern: PATTERNS.passwordHash,
      description: 'A bcrypt hash ($2a$ or $2b$, 10 salt rounds).',
    },
    custom_password_hash: {
      type: 'object',
      properties: {
        algorithm: { type: 'string', enum: HASH_ALGORITHMS },
        hash: {
          type: 'object',
          properties: {
            value: { type: 'string' },
            encoding: { type: 'string', enum: ENCODINGS },
            digest: {
              type: 'string',
              enum: [
                'md4',
                'md5',
                'ripemd160',
                'sha1',
                'sha224',
                'sha256',
                'sha384',
                'sha512',
                'whirlpool',
              ],
            },
            key: {
              type: 'object',
              properties: {
                value: { type: 'string' },
                encoding: { type: 'string', enum: ENCODINGS, default: 'utf8' },
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
            encoding: { type: 'string', enum: ENCODINGS, default: 'utf8' },
            position: { type: 'string', enum: ['prefix', 'suffix'], default: 'prefix' },
          },
          required: ['value'],
          additionalProperties: false,
          allOf: ENCODED_VALUE,
        },
        password: {
          type: 'object',
          properties: {
            encoding: {
              type: 'string',
              enum: ['ascii', 'utf8', 'utf16le', 'ucs2', 'latin1', 'binary'],
              default: 'utf8',
            },
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
    },
    app_metadata: {
      type: 'object',
      properties: Object.fromEntries(APP_METADATA_RESERVED_KEYS.map((key) => [key, { not: {} }])),
    },
    user_metadata: { type: 'object' },
    mfa_factors: {
      type: 'array',
      minItems: 1,
      maxItems: 10,
      items: {
        type: 'object',
        properties: {
          totp: {
            type: 'object',
            properties: { secret: { type: 'string', pattern: PATTERNS.totpSecret } },
            required: ['secret'],
            additionalProperties: false,
          },
          phone: {
            type: 'object',
            properties: { value: { type: 'string', pattern: PATTERNS.factorPhone } },
            required: ['value'],
            additionalProperties: false,
          },
          email: {
            type: 'object',
            properties: { value: { type: 'string', format: 'email' } },
            required: ['value'],
            additionalProperties: false,
          },
        },
        additionalProperties: false,
        oneOf: [{ required: ['totp'] }, { required: ['phone'] }, { required: ['email'] }],
      },
    },
  },
  required: ['email'],
  additionalProperties: false,
  not: { type: 'object', required: ['password_hash', 'custom_password_hash'] },
} as const
