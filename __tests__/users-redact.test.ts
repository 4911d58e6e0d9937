import { describe, expect, it } from 'vitest'
import { REDACTED, redactUser } from '../src/users/redact.js'

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
