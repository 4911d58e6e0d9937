/**
 * Auth0's bulk-import user schema, kept as data (reference §5.2–5.3; Auth0 docs
 * "Bulk user import database schema", newest revision with phone_number/phone_verified).
 *
 * Tightened where the docs state a rule the published schema does not encode:
 * - `password_hash` must look like a bcrypt hash (`$2a$`/`$2b$`/`$2y$`, 60 characters);
 * - `phone_number` must be E.164; `mfa_factors` items hold exactly one factor;
 * - `password_hash` and `custom_password_hash` are mutually exclusive;
 * - `app_metadata` may not use Auth0's reserved keys;
 * - `custom_password_hash`: per-algorithm rules (`if`/`then` on `algorithm`) and the scrypt
 *   parameter ranges.
 * Nested hash/salt/password objects stay open (`additionalProperties` unset), as in Auth0's schema,
 * so that nothing Auth0 accepts is refused locally.
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

const noSalt = { not: { required: ['salt'] } }

export const BULK_IMPORT_USER_SCHEMA = {
  $id: 'https://auth0.com/schemas/bulk-import-user.json',
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email', description: "The user's email address." },
    email_verified: { type: 'boolean', default: false },
    phone_number: {
      type: 'string',
      pattern: '^\\+[1-9][0-9]{1,14}$',
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
      pattern: '^\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$',
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
            },
          },
          required: ['value'],
        },
        salt: {
          type: 'object',
          properties: {
            value: { type: 'string' },
            encoding: { type: 'string', enum: ENCODINGS, default: 'utf8' },
            position: { type: 'string', enum: ['prefix', 'suffix'], default: 'prefix' },
          },
          required: ['value'],
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
        },
        keylen: { type: 'integer', minimum: 1 },
        cost: { type: 'integer', enum: POWERS_OF_TWO, default: 16384 },
        blockSize: { type: 'integer', minimum: 1, default: 8 },
        parallelization: { type: 'integer', minimum: 1, default: 1 },
      },
      required: ['algorithm', 'hash'],
      additionalProperties: false,
      allOf: [
        // argon2: PHC string, utf8, salt inside the string.
        whenAlgorithm(['argon2'], {
          properties: {
            hash: {
              type: 'object',
              properties: {
                value: { type: 'string', pattern: '^\\$argon2(id|i|d)\\$' },
                encoding: UTF8_ENCODING,
              },
            },
          },
          ...noSalt,
        }),
        // bcrypt: utf8, $2a$/$2b$/$2y$ only.
        whenAlgorithm(['bcrypt'], {
          properties: {
            hash: {
              type: 'object',
              properties: {
                value: { type: 'string', pattern: '^\\$2[aby]\\$' },
                encoding: UTF8_ENCODING,
              },
            },
          },
        }),
        // hmac: hex/base64, digest and key required.
        whenAlgorithm(['hmac'], {
          properties: {
            hash: {
              type: 'object',
              properties: { encoding: BINARY_ENCODING },
              required: ['digest', 'key'],
            },
          },
        }),
        // ldap: RFC 2307 {SCHEME} string (md5, smd5, sha*, ssha*; not crypt), utf8, no salt.
        whenAlgorithm(['ldap'], {
          properties: {
            hash: {
              type: 'object',
              properties: {
                value: {
                  type: 'string',
                  pattern: '^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}',
                },
                encoding: UTF8_ENCODING,
              },
            },
          },
          ...noSalt,
        }),
        // md4/md5/sha*: hex or base64.
        whenAlgorithm(['md4', 'md5', 'sha1', 'sha256', 'sha512'], {
          properties: {
            hash: { type: 'object', properties: { encoding: BINARY_ENCODING } },
          },
        }),
        // pbkdf2: PHC string $pbkdf2-<digest>$…, utf8, no salt object.
        whenAlgorithm(['pbkdf2'], {
          properties: {
            hash: {
              type: 'object',
              properties: {
                value: { type: 'string', pattern: '^\\$pbkdf2-[A-Za-z0-9-]+\\$' },
                encoding: UTF8_ENCODING,
              },
            },
          },
          ...noSalt,
        }),
        // scrypt: hex or base64; keylen required.
        whenAlgorithm(['scrypt'], {
          properties: {
            hash: { type: 'object', properties: { encoding: BINARY_ENCODING } },
          },
          required: ['keylen'],
        }),
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
            properties: { secret: { type: 'string', pattern: '^[A-Z2-7]+$' } },
            required: ['secret'],
            additionalProperties: false,
          },
          phone: {
            type: 'object',
            properties: { value: { type: 'string', pattern: '^\\+[0-9]{1,15}$' } },
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
