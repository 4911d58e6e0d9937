import { describe, expect, it } from 'vitest'
import {
  MAX_DEPTH,
  REDACTED,
  redactErrorMessages,
  redactUser,
  TOO_DEEP,
} from '../src/users/redact.js'

function frozenCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

describe('redactUser', () => {
  it('redacts every secret of a well-formed user and keeps the rest', () => {
    const user = {
      email: 'a@example.com',
      password_hash: '$2b$10$secretsecretsecretsecretsecretsecretsecretsecretsecret',
      custom_password_hash: {
        algorithm: 'hmac',
        hash: {
          value: 'HASHVALUE',
          encoding: 'hex',
          digest: 'sha1',
          key: { value: 'KEYVALUE', encoding: 'hex' },
        },
        salt: { value: 'SALTVALUE', position: 'prefix' },
        password: { encoding: 'utf8' },
      },
      mfa_factors: [{ totp: { secret: 'TOTPSECRET' } }, { phone: { value: '+15551234567' } }],
      app_metadata: { plan: 'pro' },
    }
    const before = frozenCopy(user)
    const redacted = redactUser(user)
    expect(redacted).toEqual({
      email: 'a@example.com',
      password_hash: REDACTED,
      custom_password_hash: {
        algorithm: 'hmac',
        hash: {
          value: REDACTED,
          encoding: 'hex',
          digest: 'sha1',
          key: { value: REDACTED, encoding: 'hex' },
        },
        salt: { value: REDACTED, position: 'prefix' },
        password: { encoding: 'utf8' },
      },
      mfa_factors: [{ totp: { secret: REDACTED } }, { phone: { value: '+15551234567' } }],
      app_metadata: { plan: 'pro' },
    })
    expect(user).toEqual(before)
    // A deep copy: nothing is shared with the input.
    ;(redacted as { app_metadata: { plan: string } }).app_metadata.plan = 'changed'
    expect(user.app_metadata.plan).toBe('pro')
  })

  it.each([
    ['password_hash as an object', { password_hash: { nested: 'SECRET' } }],
    ['password_hash as a number', { password_hash: 12345 }],
    ['custom_password_hash as a string', { custom_password_hash: 'SECRET' }],
    ['custom_password_hash as an array', { custom_password_hash: ['SECRET'] }],
    ['hash as a string', { custom_password_hash: { algorithm: 'md5', hash: 'SECRET' } }],
    ['hash as an array', { custom_password_hash: { hash: ['SECRET'] } }],
    ['hash.value as an object', { custom_password_hash: { hash: { value: { deep: 'SECRET' } } } }],
    [
      'hash.key as a string',
      { custom_password_hash: { hash: { value: 'SECRET', key: 'SECRET' } } },
    ],
    ['hash.key.value as a number', { custom_password_hash: { hash: { key: { value: 123 } } } }],
    ['salt as a string', { custom_password_hash: { salt: 'SECRET' } }],
    ['salt.value as an array', { custom_password_hash: { salt: { value: ['SECRET'] } } }],
    ['totp as a string', { mfa_factors: [{ totp: 'SECRET' }] }],
    ['totp.secret as an object', { mfa_factors: [{ totp: { secret: { s: 'SECRET' } } }] }],
    ['mfa_factors as an object', { mfa_factors: { totp: { secret: 'SECRET' } } }],
    ['mfa_factors with a nested array', { mfa_factors: [[{ totp: { secret: 'SECRET' } }]] }],
    ['a list of users', [{ email: 'a@example.com', password_hash: 'SECRET' }]],
    [
      'a misspelt secret key',
      { email: 'a@example.com', passwordHash: 'SECRET', Password: 'SECRET' },
    ],
  ])('malformed: %s', (_, user) => {
    const before = frozenCopy(user)
    const redacted = redactUser(user)
    expect(JSON.stringify(redacted)).not.toContain('SECRET')
    expect(JSON.stringify(redacted)).not.toContain('12345')
    expect(user).toEqual(before)
  })

  it('returns non-objects as they are', () => {
    expect(redactUser(5)).toBe(5)
    expect(redactUser(null)).toBe(null)
    expect(redactUser('x')).toBe('x')
  })

  it('keeps a __proto__ key as data', () => {
    const user = JSON.parse('{"email":"a@example.com","user_metadata":{"__proto__":{"x":1}}}')
    const redacted = redactUser(user) as { user_metadata: Record<string, unknown> }
    expect(Object.keys(redacted.user_metadata)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(redacted.user_metadata)).toBe(Object.prototype)
    expect(JSON.stringify(redacted)).toBe(JSON.stringify(user))
  })

  it('leaves absent secrets absent', () => {
    expect(
      redactUser({ email: 'a@example.com', custom_password_hash: { algorithm: 'md5' } }),
    ).toEqual({
      email: 'a@example.com',
      custom_password_hash: { algorithm: 'md5' },
    })
  })
})

describe('redactUser at any depth (issue 10)', () => {
  const HASH = '$2b$10$NESTEDHASHnestedhashNESTEDHASHnestedhashNESTEDHASHnes'
  const SALT = 'NESTED-SALT-VALUE'
  const TOTP = 'JBSWY3DPEHPK3PXPNESTED'
  const secrets = [HASH, SALT, TOTP]

  it.each([
    [
      'user_metadata',
      { email: 'a@example.com', user_metadata: { password_hash: HASH, salt: SALT } },
    ],
    [
      'app_metadata',
      { email: 'a@example.com', app_metadata: { legacy: { totp: { secret: TOTP } } } },
    ],
    [
      'arrays',
      {
        email: 'a@example.com',
        user_metadata: { old: [{ hash: HASH }, [{ mfa_factors: [{ totp: { secret: TOTP } }] }]] },
        app_metadata: { salts: [SALT] },
      },
    ],
    [
      'a __proto__ key',
      JSON.parse(
        `{"email":"a@example.com","__proto__":{"password_hash":"${HASH}"},"user_metadata":{"__proto__":{"salt":"${SALT}","otp":"${TOTP}"}}}`,
      ),
    ],
  ])('redacts secrets nested under %s', (_where, user) => {
    const before = JSON.stringify(user)
    const redacted = redactUser(user)
    const text = JSON.stringify(redacted)
    for (const secret of secrets) expect(text).not.toContain(secret)
    expect(text).toContain(REDACTED)
    expect(text).toContain('a@example.com')
    // Not mutated, and no prototype was set on the way.
    expect(JSON.stringify(user)).toBe(before)
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).password_hash).toBeUndefined()
  })

  it('keeps harmless nested data and the keys of a secret', () => {
    const redacted = redactUser({
      email: 'a@example.com',
      user_metadata: { plan: 'pro', password_set: true, password_hint: 'dog', n: [1, 2] },
    })
    expect(redacted).toEqual({
      email: 'a@example.com',
      user_metadata: { plan: 'pro', password_set: true, password_hint: REDACTED, n: [1, 2] },
    })
  })

  it('turns a part nested too deeply into a marker instead of overflowing the stack', () => {
    let deep: unknown = { password_hash: HASH }
    for (let level = 0; level < 8_000; level++) deep = { next: deep }
    const user = { email: 'a@example.com', user_metadata: deep }
    const redacted = redactUser(user)
    const text = JSON.stringify(redacted)
    expect(text).toContain(TOO_DEEP)
    expect(text).not.toContain(HASH)
    let levels = 0
    for (let at: unknown = redacted; at && typeof at === 'object'; levels++) {
      at = Object.values(at as object)[1] ?? Object.values(at as object)[0]
    }
    expect(levels).toBeLessThanOrEqual(MAX_DEPTH + 1)
  })

  it('cuts secrets found at any depth out of Auth0 messages', () => {
    const user = { email: 'a@example.com', user_metadata: { legacy: { salt: SALT } } }
    const [error] = redactErrorMessages(
      [{ code: 'INVALID', message: `value ${SALT} is not allowed`, path: 'user_metadata' }],
      [user],
    )
    expect(error?.message).toBe(`value ${REDACTED} is not allowed`)
  })
})
