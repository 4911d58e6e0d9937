/**
 * Auth0's bulk-import user schema, kept as data: the JSON schema and the rules in the prose of
 * Auth0's "Bulk User Import Database Schema and Examples" page, newest
 * revision with phone_number/phone_verified. `npm run generate` compiles it into
 * bulk-import-validator.generated.ts; __tests__/users-schema-rules.test.ts holds a valid and an
 * invalid example of every rule. plainly-valid.ts accepts the common valid user without the
 * generated code and must follow every change made here (__tests__/users-plainly-valid.test.ts
 * holds it to this schema).
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

import { APP_METADATA_RESERVED_KEYS, PATTERNS } from './bulk-import-rules.js'
import { CUSTOM_PASSWORD_HASH_SCHEMA } from './custom-password-hash-schema.js'

export {
  APP_METADATA_RESERVED_KEYS,
  DIGEST_BYTES,
  HASH_ALGORITHMS,
  PATTERNS,
  PBKDF2_DIGESTS,
} from './bulk-import-rules.js'

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
    custom_password_hash: CUSTOM_PASSWORD_HASH_SCHEMA,
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
