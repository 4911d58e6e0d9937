/**
 * Every rule of Auth0's "Bulk User Import Database Schema and Examples" page (and the action's
 * stricter readings listed in src/users/bulk-import-schema.ts), each with a user it accepts and
 * one it refuses with Auth0's code and path.
 */
import { describe, expect, it } from 'vitest'
import { PBKDF2_DIGESTS } from '../src/users/bulk-import-schema.js'
import { validateUser } from '../src/users/validate.js'

const BCRYPT = '$2b$10$nFguVi9LsCAcvTZFKQlRKeLVydo8ETv483lkNsSFI/Wl1Rz1Ypo1K'
const ARGON2 =
  '$argon2id$v=19$m=65536,t=2,p=1$J6Q/82PCyaNpYKRELJyTZg$m04qUAB8rexWDR4+/0f+SFB+4XMFxt7YAvAq2UycYos'
const PBKDF2_TAIL = 'i=100000,l=64$KNyFsA2rWoE$I2CQGI9H0JxdDf3kERRI97kPCGxh0KWBIV3MxyaS191g'
const MD5_HEX = '67a1e09bb1f83f5007dc119c14d663aa'

type Row = [
  rule: string,
  valid: Record<string, unknown>,
  invalid: Record<string, unknown>,
  errors: [string, string][],
]

const user = (extra: Record<string, unknown>) => ({ email: 'a@example.com', ...extra })
const hash = (custom: Record<string, unknown>) => user({ custom_password_hash: custom })
const factor = (f: unknown) => user({ mfa_factors: [f] })
const C = 'custom_password_hash'

const TOP_LEVEL: Row[] = [
  ['email is required', user({}), { name: 'x' }, [['OBJECT_REQUIRED', 'email']]],
  ['email has the email format', user({}), { email: 'nope' }, [['FORMAT', 'email']]],
  [
    'no other properties',
    user({}),
    user({ role: 'admin' }),
    [['OBJECT_ADDITIONAL_PROPERTIES', 'role']],
  ],
  [
    'email_verified is a boolean',
    user({ email_verified: true }),
    user({ email_verified: 'yes' }),
    [['INVALID_TYPE', 'email_verified']],
  ],
  [
    'phone_number is E.164',
    user({ phone_number: '+12125550001' }),
    user({ phone_number: '212-555-0001' }),
    [['PATTERN', 'phone_number']],
  ],
  [
    'phone_verified is a boolean',
    user({ phone_verified: false }),
    user({ phone_verified: 0 }),
    [['INVALID_TYPE', 'phone_verified']],
  ],
  ...['user_id', 'username', 'given_name', 'family_name', 'name', 'nickname', 'picture'].map(
    (key): Row => [
      `${key} is a string`,
      user({ [key]: 'x' }),
      user({ [key]: 7 }),
      [['INVALID_TYPE', key]],
    ],
  ),
  [
    'blocked is a boolean',
    user({ blocked: false }),
    user({ blocked: 'no' }),
    [['INVALID_TYPE', 'blocked']],
  ],
  [
    'password_hash is bcrypt $2b$ with 10 rounds',
    user({ password_hash: BCRYPT }),
    user({ password_hash: BCRYPT.replace('$10$', '$12$') }),
    [['PATTERN', 'password_hash']],
  ],
  [
    'password_hash may be $2a$, not $2y$',
    user({ password_hash: BCRYPT.replace('$2b$', '$2a$') }),
    user({ password_hash: BCRYPT.replace('$2b$', '$2y$') }),
    [['PATTERN', 'password_hash']],
  ],
  [
    'password_hash and custom_password_hash are mutually exclusive',
    user({ password_hash: BCRYPT }),
    user({ password_hash: BCRYPT, [C]: { algorithm: 'bcrypt', hash: { value: BCRYPT } } }),
    [['NOT_PASSED', C]],
  ],
  [
    'app_metadata is an object',
    user({ app_metadata: { plan: 'pro' } }),
    user({ app_metadata: 'pro' }),
    [['INVALID_TYPE', 'app_metadata']],
  ],
  [
    'app_metadata has no reserved key',
    user({ app_metadata: { roles: [] } }),
    user({ app_metadata: { loginsCount: 3 } }),
    [['NOT_PASSED', 'app_metadata.loginsCount']],
  ],
  [
    'user_metadata is an object',
    user({ user_metadata: { theme: 'light' } }),
    user({ user_metadata: [] }),
    [['INVALID_TYPE', 'user_metadata']],
  ],
]

const MFA: Row[] = [
  [
    'mfa_factors is an array',
    factor({ phone: { value: '+15551234567' } }),
    user({ mfa_factors: {} }),
    [['INVALID_TYPE', 'mfa_factors']],
  ],
  [
    'mfa_factors has at least one item',
    factor({ phone: { value: '+15551234567' } }),
    user({ mfa_factors: [] }),
    [['ARRAY_LENGTH_SHORT', 'mfa_factors']],
  ],
  [
    'mfa_factors has at most ten items',
    user({ mfa_factors: Array(10).fill({ totp: { secret: 'JBTWY3DPEHPK3PNP' } }) }),
    user({ mfa_factors: Array(11).fill({ totp: { secret: 'JBTWY3DPEHPK3PNP' } }) }),
    [['ARRAY_LENGTH_LONG', 'mfa_factors']],
  ],
  [
    'a factor is an object',
    factor({ email: { value: 'b@example.com' } }),
    factor('JBTWY3DPEHPK3PNP'),
    [['INVALID_TYPE', 'mfa_factors[0]']],
  ],
  [
    'a factor holds one enrolment',
    factor({ totp: { secret: 'JBTWY3DPEHPK3PNP' } }),
    factor({ totp: { secret: 'JBTWY3DPEHPK3PNP' }, phone: { value: '+15551234567' } }),
    [['MFA_FACTORS_FAILED', 'mfa_factors[0]']],
  ],
  [
    'a factor is not empty (stricter)',
    factor({ phone: { value: '+15551234567' } }),
    factor({}),
    [['MFA_FACTORS_FAILED', 'mfa_factors[0]']],
  ],
  [
    'a factor is totp, phone or email',
    factor({ phone: { value: '+15551234567' } }),
    factor({ sms: { value: '+1555' } }),
    [
      ['MFA_FACTORS_FAILED', 'mfa_factors[0]'],
      ['OBJECT_ADDITIONAL_PROPERTIES', 'mfa_factors[0].sms'],
    ],
  ],
  [
    'totp.secret is unpadded Base32',
    factor({ totp: { secret: '2PRXZWZAYYDAWCD' } }),
    factor({ totp: { secret: 'JBTWY3DPEHPK3PNP=' } }),
    [['PATTERN', 'mfa_factors[0].totp.secret']],
  ],
  [
    'totp.secret is required',
    factor({ totp: { secret: 'JBTWY3DPEHPK3PNP' } }),
    factor({ totp: {} }),
    [['OBJECT_REQUIRED', 'mfa_factors[0].totp.secret']],
  ],
  [
    'totp takes only secret',
    factor({ totp: { secret: 'JBTWY3DPEHPK3PNP' } }),
    factor({ totp: { secret: 'JBTWY3DPEHPK3PNP', issuer: 'x' } }),
    [['OBJECT_ADDITIONAL_PROPERTIES', 'mfa_factors[0].totp.issuer']],
  ],
  [
    'phone.value has a country code',
    factor({ phone: { value: '+15551112233' } }),
    factor({ phone: { value: '5551112233' } }),
    [['PATTERN', 'mfa_factors[0].phone.value']],
  ],
  [
    'email.value is an email',
    factor({ email: { value: 'b@example.com' } }),
    factor({ email: { value: 'b@' } }),
    [['FORMAT', 'mfa_factors[0].email.value']],
  ],
]

const CUSTOM: Row[] = [
  [
    'algorithm and hash are required',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT } }),
    hash({ algorithm: 'bcrypt' }),
    [['OBJECT_REQUIRED', `${C}.hash`]],
  ],
  [
    'algorithm is one of the eleven',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT } }),
    hash({ algorithm: 'rot13', hash: { value: 'x' } }),
    [['ENUM_MISMATCH', `${C}.algorithm`]],
  ],
  [
    'custom_password_hash takes no other key',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT } }),
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT }, rounds: 10 }),
    [['OBJECT_ADDITIONAL_PROPERTIES', `${C}.rounds`]],
  ],
  [
    'hash.value is required',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT } }),
    hash({ algorithm: 'bcrypt', hash: {} }),
    [['OBJECT_REQUIRED', `${C}.hash.value`]],
  ],
  [
    'hash.encoding is base64, hex or utf8',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT, encoding: 'utf8' } }),
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT, encoding: 'UTF-8' } }),
    [
      ['ENUM_MISMATCH', `${C}.hash.encoding`],
      ['ENUM_MISMATCH', `${C}.hash.encoding`],
    ],
  ],
  [
    'hash takes no other key (stricter)',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT } }),
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT, encodign: 'utf8' } }),
    [['OBJECT_ADDITIONAL_PROPERTIES', `${C}.hash.encodign`]],
  ],
  [
    'a hex value is hex (stricter)',
    hash({ algorithm: 'md5', hash: { value: MD5_HEX.toUpperCase(), encoding: 'hex' } }),
    hash({ algorithm: 'sha1', hash: { value: 'g'.repeat(40), encoding: 'hex' } }),
    [
      ['PATTERN', `${C}.hash.value`],
      ['PATTERN', `${C}.hash.value`],
    ],
  ],
  [
    'salt.value is required',
    hash({ algorithm: 'md5', hash: { value: MD5_HEX, encoding: 'hex' }, salt: { value: 'abc' } }),
    hash({ algorithm: 'md5', hash: { value: MD5_HEX, encoding: 'hex' }, salt: {} }),
    [['OBJECT_REQUIRED', `${C}.salt.value`]],
  ],
  [
    'salt.encoding is base64, hex or utf8',
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      salt: { value: 'YWJj', encoding: 'base64' },
    }),
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      salt: { value: 'abc', encoding: 'latin1' },
    }),
    [['ENUM_MISMATCH', `${C}.salt.encoding`]],
  ],
  [
    'salt.position is prefix or suffix',
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      salt: { value: 'abc', position: 'suffix' },
    }),
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      salt: { value: 'abc', position: 'middle' },
    }),
    [['ENUM_MISMATCH', `${C}.salt.position`]],
  ],
  [
    'a base64 salt is base64 (stricter)',
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      salt: { value: 'YWJj-_', encoding: 'base64' },
    }),
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      salt: { value: 'a b', encoding: 'base64' },
    }),
    [['PATTERN', `${C}.salt.value`]],
  ],
  [
    'salt takes no other key (stricter)',
    hash({ algorithm: 'md5', hash: { value: MD5_HEX, encoding: 'hex' }, salt: { value: 'abc' } }),
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      salt: { value: 'abc', rounds: 2 },
    }),
    [['OBJECT_ADDITIONAL_PROPERTIES', `${C}.salt.rounds`]],
  ],
  [
    'password.encoding is one of six',
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      password: { encoding: 'ucs2' },
    }),
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      password: { encoding: 'ebcdic' },
    }),
    [['ENUM_MISMATCH', `${C}.password.encoding`]],
  ],
  [
    'password takes no other key (stricter)',
    hash({ algorithm: 'md5', hash: { value: MD5_HEX, encoding: 'hex' }, password: {} }),
    hash({
      algorithm: 'md5',
      hash: { value: MD5_HEX, encoding: 'hex' },
      password: { charset: 'x' },
    }),
    [['OBJECT_ADDITIONAL_PROPERTIES', `${C}.password.charset`]],
  ],
]

const HMAC = {
  value: 'cg7f42jH39/2EaAU4wNd4s2lKIk=',
  encoding: 'base64',
  digest: 'sha1',
  key: { value: '736868', encoding: 'hex' },
}
const hmac = (h: Record<string, unknown>) => hash({ algorithm: 'hmac', hash: { ...HMAC, ...h } })

const PER_ALGORITHM: Row[] = [
  [
    'argon2: a PHC string',
    hash({ algorithm: 'argon2', hash: { value: ARGON2 } }),
    hash({ algorithm: 'argon2', hash: { value: '$argon2id$v=19$m=65536,t=2,p=1' } }),
    [['PATTERN', `${C}.hash.value`]],
  ],
  [
    'argon2: utf8',
    hash({ algorithm: 'argon2', hash: { value: ARGON2, encoding: 'utf8' } }),
    hash({ algorithm: 'argon2', hash: { value: ARGON2, encoding: 'base64' } }),
    [
      ['ENUM_MISMATCH', `${C}.hash.encoding`],
      ['PATTERN', `${C}.hash.value`],
    ],
  ],
  [
    'argon2: no salt',
    hash({ algorithm: 'argon2', hash: { value: ARGON2 } }),
    hash({ algorithm: 'argon2', hash: { value: ARGON2 }, salt: { value: 's' } }),
    [['NOT_PASSED', `${C}.salt`]],
  ],
  [
    'bcrypt: $2a$, $2b$ or $2y$',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT.replace('$2b$', '$2y$') } }),
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT.replace('$2b$', '$2x$') } }),
    [['PATTERN', `${C}.hash.value`]],
  ],
  [
    'bcrypt: a whole hash (stricter)',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT.replace('$10$', '$12$') } }),
    hash({ algorithm: 'bcrypt', hash: { value: '$2b$10$short' } }),
    [['PATTERN', `${C}.hash.value`]],
  ],
  [
    'bcrypt: utf8',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT, encoding: 'utf8' } }),
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT, encoding: 'hex' } }),
    [
      ['ENUM_MISMATCH', `${C}.hash.encoding`],
      ['PATTERN', `${C}.hash.value`],
    ],
  ],
  [
    'bcrypt: the salt leaves room in 72 bytes',
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT }, salt: { value: 'x'.repeat(71) } }),
    hash({ algorithm: 'bcrypt', hash: { value: BCRYPT }, salt: { value: 'x'.repeat(72) } }),
    [['MAX_LENGTH', `${C}.salt.value`]],
  ],
  [
    'hmac: hex or base64',
    hmac({ value: '720efde368c7dfdff611a014e3035de2cda52889', encoding: 'hex' }),
    hmac({ encoding: 'utf8' }),
    [['ENUM_MISMATCH', `${C}.hash.encoding`]],
  ],
  [
    'hmac: encoding is required (stricter)',
    hmac({}),
    hash({ algorithm: 'hmac', hash: { value: 'ab', digest: 'sha1', key: { value: 'k' } } }),
    [['OBJECT_REQUIRED', `${C}.hash.encoding`]],
  ],
  [
    'hmac: digest is required',
    hmac({}),
    hash({ algorithm: 'hmac', hash: { value: 'ab', encoding: 'hex', key: { value: 'k' } } }),
    [['OBJECT_REQUIRED', `${C}.hash.digest`]],
  ],
  [
    'hmac: digest is one of nine',
    hmac({ digest: 'whirlpool' }),
    hmac({ digest: 'sha3-256' }),
    [['ENUM_MISMATCH', `${C}.hash.digest`]],
  ],
  [
    'hmac: key is required',
    hmac({}),
    hash({ algorithm: 'hmac', hash: { value: 'ab', encoding: 'hex', digest: 'sha1' } }),
    [['OBJECT_REQUIRED', `${C}.hash.key`]],
  ],
  [
    'hmac: key.value is required',
    hmac({ key: { value: 'k' } }),
    hmac({ key: { encoding: 'utf8' } }),
    [['OBJECT_REQUIRED', `${C}.hash.key.value`]],
  ],
  [
    'hmac: key.encoding is base64, hex or utf8',
    hmac({ key: { value: 'aGk=', encoding: 'base64' } }),
    hmac({ key: { value: 'k', encoding: 'ascii' } }),
    [['ENUM_MISMATCH', `${C}.hash.key.encoding`]],
  ],
  [
    'only hmac takes digest and key (stricter)',
    hmac({}),
    hash({ algorithm: 'sha1', hash: { value: 'a'.repeat(40), encoding: 'hex', digest: 'sha1' } }),
    [['NOT_PASSED', `${C}.hash.digest`]],
  ],
  [
    'ldap: {SCHEME}base64',
    hash({
      algorithm: 'ldap',
      hash: { value: '{SSHA384}/cgEjdoZh85DhurDeOQEMO1rMlAur93SVPbYe5XSD4lF7n' },
    }),
    hash({ algorithm: 'ldap', hash: { value: 'SSHA384:/cgEjdo' } }),
    [['PATTERN', `${C}.hash.value`]],
  ],
  [
    'ldap: md5, smd5, sha*, ssha*; not crypt',
    hash({ algorithm: 'ldap', hash: { value: '{smd5}aGVsbG8=' } }),
    hash({ algorithm: 'ldap', hash: { value: '{CRYPT}aGVsbG8=' } }),
    [['PATTERN', `${C}.hash.value`]],
  ],
  [
    'ldap: utf8',
    hash({ algorithm: 'ldap', hash: { value: '{SHA}aGVsbG8=', encoding: 'utf8' } }),
    hash({ algorithm: 'ldap', hash: { value: '{SHA}aGVsbG8=', encoding: 'base64' } }),
    [
      ['ENUM_MISMATCH', `${C}.hash.encoding`],
      ['PATTERN', `${C}.hash.value`],
    ],
  ],
  [
    'ldap: no salt',
    hash({ algorithm: 'ldap', hash: { value: '{SHA}aGVsbG8=' } }),
    hash({ algorithm: 'ldap', hash: { value: '{SHA}aGVsbG8=' }, salt: { value: 's' } }),
    [['NOT_PASSED', `${C}.salt`]],
  ],
  ...(['md4', 'md5', 'sha1', 'sha256', 'sha512'] as const).flatMap((algorithm): Row[] => {
    const bytes = { md4: 16, md5: 16, sha1: 20, sha256: 32, sha512: 64 }[algorithm]
    const hex = 'a1'.repeat(bytes)
    const base64 = Buffer.alloc(bytes, 7).toString('base64')
    return [
      [
        `${algorithm}: hex or base64`,
        hash({ algorithm, hash: { value: base64, encoding: 'base64' } }),
        hash({ algorithm, hash: { value: hex, encoding: 'utf8' } }),
        [['ENUM_MISMATCH', `${C}.hash.encoding`]],
      ],
      [
        `${algorithm}: encoding is required (stricter)`,
        hash({ algorithm, hash: { value: hex, encoding: 'hex' } }),
        hash({ algorithm, hash: { value: hex } }),
        [['OBJECT_REQUIRED', `${C}.hash.encoding`]],
      ],
      [
        `${algorithm}: ${bytes * 2} hex digits (stricter)`,
        hash({ algorithm, hash: { value: hex, encoding: 'hex' } }),
        hash({ algorithm, hash: { value: `${hex}a1`, encoding: 'hex' } }),
        [['PATTERN', `${C}.hash.value`]],
      ],
      [
        `${algorithm}: ${bytes} bytes of base64, padding optional (stricter)`,
        hash({ algorithm, hash: { value: base64.replace(/=+$/, ''), encoding: 'base64' } }),
        hash({ algorithm, hash: { value: base64.slice(4), encoding: 'base64' } }),
        [['PATTERN', `${C}.hash.value`]],
      ],
    ]
  }),
  [
    'pbkdf2: a PHC string',
    hash({ algorithm: 'pbkdf2', hash: { value: `$pbkdf2-sha512$${PBKDF2_TAIL}` } }),
    hash({ algorithm: 'pbkdf2', hash: { value: '$pbkdf2-sha512$i=100000,l=64$KNyFsA2rWoE' } }),
    [['PATTERN', `${C}.hash.value`]],
  ],
  [
    'pbkdf2: i and l may be left out',
    hash({ algorithm: 'pbkdf2', hash: { value: '$pbkdf2-sha256$KNyFsA2rWoE$I2CQGI9H0Jxd' } }),
    hash({
      algorithm: 'pbkdf2',
      hash: { value: '$pbkdf2-sha256$rounds=5$KNyFsA2rWoE$I2CQGI9H0Jxd' },
    }),
    [['PATTERN', `${C}.hash.value`]],
  ],
  [
    'pbkdf2: a listed digest',
    hash({ algorithm: 'pbkdf2', hash: { value: `$pbkdf2-RSA-SHA1-2$${PBKDF2_TAIL}` } }),
    hash({ algorithm: 'pbkdf2', hash: { value: `$pbkdf2-sha3-256$${PBKDF2_TAIL}` } }),
    [['PATTERN', `${C}.hash.value`]],
  ],
  [
    'pbkdf2: unpadded base64',
    hash({ algorithm: 'pbkdf2', hash: { value: `$pbkdf2-md4$${PBKDF2_TAIL}` } }),
    hash({ algorithm: 'pbkdf2', hash: { value: `$pbkdf2-md4$${PBKDF2_TAIL}==` } }),
    [['PATTERN', `${C}.hash.value`]],
  ],
  [
    'pbkdf2: utf8',
    hash({ algorithm: 'pbkdf2', hash: { value: `$pbkdf2-md5$${PBKDF2_TAIL}`, encoding: 'utf8' } }),
    hash({ algorithm: 'pbkdf2', hash: { value: `$pbkdf2-md5$${PBKDF2_TAIL}`, encoding: 'hex' } }),
    [
      ['ENUM_MISMATCH', `${C}.hash.encoding`],
      ['PATTERN', `${C}.hash.value`],
    ],
  ],
  [
    'pbkdf2: no salt',
    hash({ algorithm: 'pbkdf2', hash: { value: `$pbkdf2-md5$${PBKDF2_TAIL}` } }),
    hash({
      algorithm: 'pbkdf2',
      hash: { value: `$pbkdf2-md5$${PBKDF2_TAIL}` },
      salt: { value: 's' },
    }),
    [['NOT_PASSED', `${C}.salt`]],
  ],
  [
    'scrypt: hex or base64',
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' }, keylen: 32 }),
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'utf8' }, keylen: 32 }),
    [['ENUM_MISMATCH', `${C}.hash.encoding`]],
  ],
  [
    'scrypt: keylen is required',
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' }, keylen: 32 }),
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' } }),
    [['OBJECT_REQUIRED', `${C}.keylen`]],
  ],
  [
    'scrypt: keylen is an integer above zero',
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' }, keylen: 1 }),
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' }, keylen: 0 }),
    [['MINIMUM', `${C}.keylen`]],
  ],
  [
    'scrypt: cost is a power of two above one',
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' }, keylen: 32, cost: 2 }),
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' }, keylen: 32, cost: 1 }),
    [['ENUM_MISMATCH', `${C}.cost`]],
  ],
  [
    'scrypt: blockSize is a positive integer',
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' }, keylen: 32, blockSize: 8 }),
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' }, keylen: 32, blockSize: 0 }),
    [['MINIMUM', `${C}.blockSize`]],
  ],
  [
    'scrypt: parallelization is a positive integer',
    hash({
      algorithm: 'scrypt',
      hash: { value: 'ab', encoding: 'hex' },
      keylen: 32,
      parallelization: 1,
    }),
    hash({
      algorithm: 'scrypt',
      hash: { value: 'ab', encoding: 'hex' },
      keylen: 32,
      parallelization: 1.5,
    }),
    [['INVALID_TYPE', `${C}.parallelization`]],
  ],
  [
    'only scrypt takes its parameters (stricter)',
    hash({ algorithm: 'scrypt', hash: { value: 'ab', encoding: 'hex' }, keylen: 32, cost: 4096 }),
    hash({ algorithm: 'md5', hash: { value: MD5_HEX, encoding: 'hex' }, cost: 4096 }),
    [['NOT_PASSED', `${C}.cost`]],
  ],
]

describe.each([
  ['top-level properties', TOP_LEVEL],
  ['mfa_factors', MFA],
  ['custom_password_hash', CUSTOM],
  ['custom_password_hash per algorithm', PER_ALGORITHM],
])('%s', (_, rows) => {
  it.each(rows)('%s', (_rule, valid, invalid, errors) => {
    expect(validateUser(valid)).toEqual([])
    expect(validateUser(invalid).map((e) => [e.code, e.path])).toEqual(errors)
  })
})

it('pbkdf2 takes every digest the page lists', () => {
  for (const digest of PBKDF2_DIGESTS) {
    const custom = { algorithm: 'pbkdf2', hash: { value: `$pbkdf2-${digest}$${PBKDF2_TAIL}` } }
    expect(validateUser(hash(custom)), digest).toEqual([])
  }
})

it('every code is one of Auth0\u2019s documented codes or explained in the README', () => {
  const documented = new Set(
    'ANY_OF_MISSING ARRAY_LENGTH_LONG ARRAY_LENGTH_SHORT CONFLICT CONFLICT_EMAIL CONFLICT_USERNAME CONNECTION_NOT_FOUND DUPLICATED_USER ENUM_MISMATCH FORMAT INVALID_TYPE MAX_LENGTH MAXIMUM MFA_FACTORS_FAILED MIN_LENGTH MINIMUM NOT_PASSED OBJECT_REQUIRED PATTERN'.split(
      ' ',
    ),
  )
  const explained = new Set(['OBJECT_ADDITIONAL_PROPERTIES'])
  const seen = new Set(
    [...TOP_LEVEL, ...MFA, ...CUSTOM, ...PER_ALGORITHM].flatMap(([, , invalid]) =>
      validateUser(invalid).map((e) => e.code),
    ),
  )
  for (const code of seen) expect(documented.has(code) || explained.has(code), code).toBe(true)
})
