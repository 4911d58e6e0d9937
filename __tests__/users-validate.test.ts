import { describe, expect, it } from 'vitest'
import { APP_METADATA_RESERVED_KEYS } from '../src/users/bulk-import-schema.js'
import { identityKey, isEmail, toAuth0Path, validateUser } from '../src/users/validate.js'

const BCRYPT = '$2b$10$nFguVi9LsCAcvTZFKQlRKeLVydo8ETv483lkNsSFI/Wl1Rz1Ypo1K'

function codes(user: unknown): Array<[string, string | undefined]> {
  return validateUser(user).map((e) => [e.code, e.path])
}

describe('validateUser: valid users', () => {
  it.each([
    ['minimal', { email: 'john.doe@example.com' }],
    [
      'every documented field',
      {
        email: 'ada@example.com',
        email_verified: true,
        phone_number: '+12125550001',
        phone_verified: false,
        user_id: '123',
        username: 'ada',
        given_name: 'Ada',
        family_name: 'Lovelace',
        name: 'Ada Lovelace',
        nickname: 'ada',
        picture: 'https://example.com/a.png',
        blocked: false,
        password_hash: BCRYPT,
        app_metadata: { roles: ['admin'], plan: 'premium' },
        user_metadata: { theme: 'light', blocked: 'fine here' },
        mfa_factors: [
          { totp: { secret: '2PRXZWZAYYDAWCD' } },
          { phone: { value: '+15551112233' } },
          { email: { value: 'ada@example.org' } },
        ],
      },
    ],
    ['unicode email', { email: 'zoë@exämple.fr' }],
  ])('%s', (_, user) => {
    expect(validateUser(user)).toEqual([])
  })

  // The custom hash examples of Auth0's documentation.
  it.each([
    { algorithm: 'md4', hash: { value: 'AbuUujgF0pPPkJPSFRTpmA==', encoding: 'base64' } },
    {
      algorithm: 'sha256',
      hash: {
        value: 'd24e794fce503c3ddb1cd1ba1dd5d9b250cf9917336a0316fefd87fecf79200f',
        encoding: 'hex',
      },
      salt: { value: 'abc123', position: 'prefix' },
    },
    {
      algorithm: 'bcrypt',
      hash: { value: '$2b$10$C9hB01.YxRSTcn/ZOOo4j.TW7xCKKFKBSF.C7E0xiUwumqIDqWUXG' },
    },
    {
      algorithm: 'argon2',
      hash: {
        value:
          '$argon2id$v=19$m=65536,t=2,p=1$J6Q/82PCyaNpYKRELJyTZg$m04qUAB8rexWDR4+/0f+SFB+4XMFxt7YAvAq2UycYos',
      },
    },
    {
      algorithm: 'pbkdf2',
      hash: {
        value:
          '$pbkdf2-sha512$i=100000,l=64$KNyFsA2rWoE$I2CQGI9H0JxdDf3kERRI97kPCGxh0KWBIV3MxyaS191g',
        encoding: 'utf8',
      },
    },
    {
      algorithm: 'ldap',
      hash: { value: '{SSHA384}/cgEjdoZh85DhurDeOQEMO1rMlAur93SVPbYe5XSD4lF7n', encoding: 'utf8' },
    },
    {
      algorithm: 'hmac',
      hash: {
        value: 'cg7f42jH39/2EaAU4wNd4s2lKIk=',
        encoding: 'base64',
        digest: 'sha1',
        key: { value: '736868', encoding: 'hex' },
      },
    },
    {
      algorithm: 'scrypt',
      hash: {
        value: '097f6197e1b41538f723e32aa7a68e8d76227d8e432ce5faa4882a913032db29',
        encoding: 'hex',
      },
      salt: { value: 'abc123', encoding: 'utf8' },
      keylen: 32,
      cost: 4096,
    },
  ])('custom_password_hash $algorithm', (custom) => {
    expect(validateUser({ email: 'a@example.com', custom_password_hash: custom })).toEqual([])
  })
})

describe('validateUser: invalid users, with Auth0 codes and paths', () => {
  it('required email', () => {
    expect(validateUser({ name: 'x' })).toEqual([
      { code: 'OBJECT_REQUIRED', message: 'Missing required property: email', path: 'email' },
    ])
  })

  it('email format', () => {
    for (const email of [
      'nope',
      'a@b',
      'a b@example.com',
      '@example.com',
      'a@example..com',
      'a@-x.com',
    ]) {
      expect(codes({ email }), email).toEqual([['FORMAT', 'email']])
    }
  })

  it('types', () => {
    expect(
      codes({ email: 5, email_verified: 'yes', blocked: 1, app_metadata: [], user_metadata: 'x' }),
    ).toEqual([
      ['INVALID_TYPE', 'email'],
      ['INVALID_TYPE', 'email_verified'],
      ['INVALID_TYPE', 'blocked'],
      ['INVALID_TYPE', 'app_metadata'],
      ['INVALID_TYPE', 'user_metadata'],
    ])
    expect(validateUser({ email: 1.5 })[0]?.message).toBe(
      'Expected type string but found type number',
    )
    expect(validateUser({ email: 1 })[0]?.message).toBe(
      'Expected type string but found type integer',
    )
  })

  it('a user that is not an object', () => {
    expect(validateUser(5)).toEqual([
      { code: 'INVALID_TYPE', message: 'Expected type object but found type integer' },
    ])
    expect(codes(null)).toEqual([['INVALID_TYPE', undefined]])
    expect(codes([{ email: 'a@example.com' }])).toEqual([['INVALID_TYPE', undefined]])
  })

  it('additional properties', () => {
    expect(validateUser({ email: 'a@example.com', password: 'x' })).toEqual([
      {
        code: 'OBJECT_ADDITIONAL_PROPERTIES',
        message: 'Additional properties not allowed: password',
        path: 'password',
      },
    ])
  })

  it('password_hash must be bcrypt-shaped, and the message does not quote it', () => {
    const errors = validateUser({ email: 'a@example.com', password_hash: 'plaintext-secret' })
    expect(errors.map((e) => [e.code, e.path])).toEqual([['PATTERN', 'password_hash']])
    expect(errors[0]?.message).not.toContain('plaintext-secret')
    expect(codes({ email: 'a@example.com', password_hash: BCRYPT.slice(0, -1) })).toEqual([
      ['PATTERN', 'password_hash'],
    ])
  })

  it('phone_number must be E.164', () => {
    expect(codes({ email: 'a@example.com', phone_number: '212-555-0001' })).toEqual([
      ['PATTERN', 'phone_number'],
    ])
    expect(
      codes({ email: 'a@example.com', phone_number: '+12125550001', phone_verified: 'no' }),
    ).toEqual([['INVALID_TYPE', 'phone_verified']])
  })

  it('password_hash and custom_password_hash are mutually exclusive', () => {
    const errors = validateUser({
      email: 'a@example.com',
      password_hash: BCRYPT,
      custom_password_hash: {
        algorithm: 'md5',
        hash: { value: '67a1e09bb1f83f5007dc119c14d663aa', encoding: 'hex' },
      },
    })
    expect(errors).toEqual([
      {
        code: 'NOT_PASSED',
        message:
          'password_hash and custom_password_hash are mutually exclusive; provide only one of them',
        path: 'custom_password_hash',
      },
    ])
  })

  it.each(APP_METADATA_RESERVED_KEYS)('app_metadata.%s is reserved', (key) => {
    expect(validateUser({ email: 'a@example.com', app_metadata: { [key]: 1, ok: 2 } })).toEqual([
      {
        code: 'NOT_PASSED',
        message: `app_metadata may not contain the reserved property ${key}`,
        path: `app_metadata.${key}`,
      },
    ])
  })

  describe('custom_password_hash', () => {
    const user = (custom: unknown) => ({ email: 'a@example.com', custom_password_hash: custom })

    it('algorithm and hash are required; algorithm is an enum; no extra keys', () => {
      expect(codes(user({}))).toEqual([
        ['OBJECT_REQUIRED', 'custom_password_hash.algorithm'],
        ['OBJECT_REQUIRED', 'custom_password_hash.hash'],
      ])
      expect(codes(user({ algorithm: 'rot13', hash: { value: 'x' }, rounds: 3 }))).toEqual([
        ['OBJECT_ADDITIONAL_PROPERTIES', 'custom_password_hash.rounds'],
        ['ENUM_MISMATCH', 'custom_password_hash.algorithm'],
      ])
    })

    it('hash, salt, key and password shapes', () => {
      expect(
        codes(
          user({
            algorithm: 'sha1',
            hash: { encoding: 'hex' },
            salt: { encoding: 'latin1', position: 'middle' },
            password: { encoding: 'ebcdic' },
          }),
        ),
      ).toEqual([
        ['OBJECT_REQUIRED', 'custom_password_hash.hash.value'],
        ['OBJECT_REQUIRED', 'custom_password_hash.salt.value'],
        ['ENUM_MISMATCH', 'custom_password_hash.salt.encoding'],
        ['ENUM_MISMATCH', 'custom_password_hash.salt.position'],
        ['ENUM_MISMATCH', 'custom_password_hash.password.encoding'],
      ])
      expect(
        codes(
          user({
            algorithm: 'hmac',
            hash: { value: 'ab', encoding: 'hex', digest: 'sha3', key: {} },
          }),
        ),
      ).toEqual([
        ['ENUM_MISMATCH', 'custom_password_hash.hash.digest'],
        ['OBJECT_REQUIRED', 'custom_password_hash.hash.key.value'],
      ])
    })

    it('md*/sha* need hex or base64', () => {
      const errors = validateUser(
        user({ algorithm: 'md5', hash: { value: 'x', encoding: 'utf8' } }),
      )
      expect(errors).toEqual([
        {
          code: 'ENUM_MISMATCH',
          message: 'No enum match when algorithm is md5; expected "hex", "base64"',
          path: 'custom_password_hash.hash.encoding',
        },
      ])
    })

    it('hmac needs digest and key', () => {
      expect(codes(user({ algorithm: 'hmac', hash: { value: 'ab', encoding: 'hex' } }))).toEqual([
        ['OBJECT_REQUIRED', 'custom_password_hash.hash.digest'],
        ['OBJECT_REQUIRED', 'custom_password_hash.hash.key'],
      ])
    })

    it('argon2, ldap, pbkdf2: utf8, the right string shape, no salt', () => {
      const salted = { value: 's' }
      expect(
        codes(
          user({ algorithm: 'argon2', hash: { value: '$2b$x', encoding: 'hex' }, salt: salted }),
        ),
      ).toEqual([
        ['NOT_PASSED', 'custom_password_hash.salt'],
        // Not an argon2 PHC string, and not hex either.
        ['PATTERN', 'custom_password_hash.hash.value'],
        ['ENUM_MISMATCH', 'custom_password_hash.hash.encoding'],
        ['PATTERN', 'custom_password_hash.hash.value'],
      ])
      expect(
        codes(user({ algorithm: 'ldap', hash: { value: '{CRYPT}abc' }, salt: salted })),
      ).toEqual([
        ['NOT_PASSED', 'custom_password_hash.salt'],
        ['PATTERN', 'custom_password_hash.hash.value'],
      ])
      expect(codes(user({ algorithm: 'pbkdf2', hash: { value: 'abc' } }))).toEqual([
        ['PATTERN', 'custom_password_hash.hash.value'],
      ])
      expect(
        validateUser(user({ algorithm: 'ldap', hash: { value: '{crypt}x' } }))[0]?.message,
      ).toContain('when algorithm is ldap')
    })

    it('bcrypt: $2a$/$2b$/$2y$ only', () => {
      expect(codes(user({ algorithm: 'bcrypt', hash: { value: '$2x$10$abc' } }))).toEqual([
        ['PATTERN', 'custom_password_hash.hash.value'],
      ])
    })

    it('scrypt: keylen required, parameter ranges', () => {
      const errors = validateUser(
        user({
          algorithm: 'scrypt',
          hash: { value: 'ab', encoding: 'hex' },
          cost: 1000,
          blockSize: 0,
          parallelization: 1.5,
        }),
      )
      expect(errors.map((e) => [e.code, e.path])).toEqual([
        ['OBJECT_REQUIRED', 'custom_password_hash.keylen'],
        ['ENUM_MISMATCH', 'custom_password_hash.cost'],
        ['MINIMUM', 'custom_password_hash.blockSize'],
        ['INVALID_TYPE', 'custom_password_hash.parallelization'],
      ])
      expect(errors[1]?.message).toMatch(/power of two/)
      const hex = { value: 'ab', encoding: 'hex' }
      expect(codes(user({ algorithm: 'scrypt', hash: hex, keylen: 0 }))).toEqual([
        ['MINIMUM', 'custom_password_hash.keylen'],
      ])
    })
  })

  describe('mfa_factors', () => {
    const user = (mfa: unknown) => ({ email: 'a@example.com', mfa_factors: mfa })

    it('1 to 10 items', () => {
      expect(codes(user([]))).toEqual([['ARRAY_LENGTH_SHORT', 'mfa_factors']])
      const eleven = Array.from({ length: 11 }, () => ({ phone: { value: '+15551234567' } }))
      expect(codes(user(eleven))).toEqual([['ARRAY_LENGTH_LONG', 'mfa_factors']])
      expect(validateUser(user(eleven))[0]?.message).toBe('Array is too long (11), maximum 10')
    })

    it('exactly one factor per item', () => {
      expect(validateUser(user([{}]))).toEqual([
        {
          code: 'MFA_FACTORS_FAILED',
          message: 'Must contain exactly one of: totp, phone, email',
          path: 'mfa_factors[0]',
        },
      ])
      expect(codes(user([{ totp: { secret: 'ABC' }, email: { value: 'a@example.com' } }]))).toEqual(
        [['MFA_FACTORS_FAILED', 'mfa_factors[0]']],
      )
      expect(codes(user([{ sms: { value: '+1555' } }]))).toEqual([
        ['MFA_FACTORS_FAILED', 'mfa_factors[0]'],
        ['OBJECT_ADDITIONAL_PROPERTIES', 'mfa_factors[0].sms'],
      ])
    })

    it('a factor given as a plain string is the wrong type, nothing else', () => {
      expect(validateUser(user(['JBTWY3DPEHPK3PNP']))).toEqual([
        {
          code: 'INVALID_TYPE',
          message: 'Expected type object but found type string',
          path: 'mfa_factors[0]',
        },
      ])
      expect(codes(user([null, 7]))).toEqual([
        ['INVALID_TYPE', 'mfa_factors[0]'],
        ['INVALID_TYPE', 'mfa_factors[1]'],
      ])
    })

    it('factor values', () => {
      expect(
        codes(
          user([
            { totp: { secret: 'abc=' } },
            { phone: { value: '5551234' } },
            { email: { value: 'nope' } },
            { totp: {} },
            { phone: { value: '+1555', extra: 1 } },
          ]),
        ),
      ).toEqual([
        ['PATTERN', 'mfa_factors[0].totp.secret'],
        ['PATTERN', 'mfa_factors[1].phone.value'],
        ['FORMAT', 'mfa_factors[2].email.value'],
        ['OBJECT_REQUIRED', 'mfa_factors[3].totp.secret'],
        ['OBJECT_ADDITIONAL_PROPERTIES', 'mfa_factors[4].phone.extra'],
      ])
    })

    it('does not quote the TOTP secret', () => {
      const [error] = validateUser(user([{ totp: { secret: 'lowercase-secret' } }]))
      expect(error?.message).not.toContain('lowercase-secret')
    })
  })

  it('collects all errors, deduplicated and capped', () => {
    const many: Record<string, unknown> = { email: 'a@example.com' }
    for (let k = 0; k < 30; k++) many[`extra${k}`] = k
    const errors = validateUser(many)
    expect(errors).toHaveLength(21)
    expect(errors.at(-1)).toEqual({
      code: 'TOO_MANY_ERRORS',
      message: '10 more errors for this user not listed',
    })
  })
})

describe('helpers', () => {
  it('toAuth0Path', () => {
    expect(toAuth0Path('')).toBe('')
    expect(toAuth0Path('', 'email')).toBe('email')
    expect(toAuth0Path('/mfa_factors/0/totp/secret')).toBe('mfa_factors[0].totp.secret')
    expect(toAuth0Path('/app_metadata', 'a~1b')).toBe('app_metadata.a~1b')
    expect(toAuth0Path('/app_metadata/a~1b')).toBe('app_metadata.a/b')
  })

  it('isEmail', () => {
    expect(isEmail('a.b+c@sub.example.co.uk')).toBe(true)
    expect(isEmail('a@localhost')).toBe(false)
    expect(isEmail('a.@example.com')).toBe(false)
    expect(isEmail(`${'a'.repeat(65)}@example.com`)).toBe(false)
  })

  it('identityKey: emails are case-insensitive, other keys exact, non-strings ignored', () => {
    expect(identityKey({ email: 'A@Example.COM' }, 'email')).toBe('a@example.com')
    expect(identityKey({ username: 'Ada' }, 'username')).toBe('Ada')
    expect(identityKey({ user_id: 5 }, 'user_id')).toBeUndefined()
    expect(identityKey('x', 'email')).toBeUndefined()
  })
})
