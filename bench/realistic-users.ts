/**
 * Deterministic, realistic users for the validation benchmarks: every custom_password_hash
 * algorithm of the schema, bcrypt password hashes, app/user metadata, MFA factors of each kind and
 * unique emails, user_ids and usernames. `writeUsersFile` streams them to disk (no size limit).
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'

/** Deterministic pseudo-random numbers (so runs are comparable). */
export function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    s ^= s >>> 12
    return (s >>> 0) / 2 ** 32
  }
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Zoë', 'José']
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Núñez']
const B64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
/** Standard base64 (the PHC and RFC 2307 strings Auth0 checks use it; bcrypt's alphabet has '.'). */
const STD64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const HEX = '0123456789abcdef'
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}

function chars(random: () => number, alphabet: string, length: number): string {
  let out = ''
  for (let k = 0; k < length; k++) out += alphabet[Math.floor(random() * alphabet.length)]
  return out
}

/** One valid custom_password_hash per algorithm of the schema, as in Auth0's documented examples. */
const CUSTOM_HASHES: ReadonlyArray<(random: () => number) => Record<string, unknown>> = [
  (r) => ({
    algorithm: 'argon2',
    hash: { value: `$argon2id$v=19$m=65536,t=2,p=1$${chars(r, STD64, 22)}$${chars(r, STD64, 43)}` },
  }),
  (r) => ({ algorithm: 'bcrypt', hash: { value: `$2b$10$${chars(r, B64, 53)}` } }),
  (r) => ({
    algorithm: 'hmac',
    hash: {
      value: chars(r, HEX, 64),
      encoding: 'hex',
      digest: 'sha256',
      key: { value: chars(r, B64, 16), encoding: 'utf8' },
    },
    salt: { value: chars(r, B64, 16), position: 'suffix' },
  }),
  (r) => ({ algorithm: 'ldap', hash: { value: `{SSHA}${chars(r, STD64, 32)}` } }),
  (r) => ({ algorithm: 'md4', hash: { value: chars(r, HEX, 32), encoding: 'hex' } }),
  (r) => ({
    algorithm: 'md5',
    hash: { value: chars(r, HEX, 32), encoding: 'hex' },
    salt: { value: chars(r, B64, 12), position: 'prefix' },
  }),
  (r) => ({ algorithm: 'sha1', hash: { value: chars(r, HEX, 40), encoding: 'hex' } }),
  (r) => ({
    algorithm: 'sha256',
    hash: { value: chars(r, HEX, 64), encoding: 'hex' },
    salt: { value: chars(r, B64, 16), encoding: 'utf8', position: 'prefix' },
  }),
  (r) => ({
    algorithm: 'sha512',
    hash: { value: `${chars(r, B64.slice(2), 86)}==`, encoding: 'base64' },
    salt: { value: chars(r, B64, 16), position: 'suffix' },
    password: { encoding: 'utf8' },
  }),
  (r) => ({
    algorithm: 'pbkdf2',
    hash: { value: `$pbkdf2-sha512$i=100000,l=64$${chars(r, STD64, 22)}$${chars(r, STD64, 86)}` },
  }),
  (r) => ({
    algorithm: 'scrypt',
    hash: { value: chars(r, HEX, 64), encoding: 'hex' },
    salt: { value: chars(r, B64, 16), encoding: 'utf8' },
    keylen: 32,
    cost: 16384,
    blockSize: 8,
    parallelization: 1,
  }),
]

export function realisticUser(index: number, random: () => number): Record<string, unknown> {
  const given = pick(random, FIRST)
  const family = pick(random, LAST)
  const user: Record<string, unknown> = {
    email: `${given.toLowerCase()}.${family.toLowerCase()}.${index}@example${index % 97}.com`,
    email_verified: random() < 0.8,
    user_id: `u${index.toString(36).padStart(8, '0')}`,
    username: `${given.toLowerCase()}_${index}`,
    given_name: given,
    family_name: family,
    name: `${given} ${family}`,
    nickname: given.toLowerCase(),
    picture: `https://cdn.example.com/avatars/${index % 10_000}.png`,
    blocked: false,
    app_metadata: {
      roles: random() < 0.1 ? ['admin', 'editor'] : ['reader'],
      plan: pick(random, ['free', 'pro', 'enterprise']),
      account_id: `acct_${chars(random, HEX, 12)}`,
    },
    user_metadata: {
      theme: random() < 0.5 ? 'dark' : 'light',
      locale: pick(random, ['en-US', 'fr-CA', 'de-DE', 'ja-JP']),
      newsletter: random() < 0.3,
      address: {
        city: pick(random, ['Paris', 'Tokyo', 'Lima', 'Oslo']),
        zip: `${10000 + (index % 89999)}`,
      },
    },
  }
  if (random() < 0.3) user.password_hash = `$2b$10$${chars(random, B64, 53)}`
  else
    user.custom_password_hash = (
      CUSTOM_HASHES[index % CUSTOM_HASHES.length] as (r: () => number) => Record<string, unknown>
    )(random)
  const mfa = random()
  if (mfa < 0.1) user.mfa_factors = [{ totp: { secret: chars(random, B32, 32) } }]
  else if (mfa < 0.15)
    user.mfa_factors = [{ phone: { value: `+1212555${String(index % 10_000).padStart(4, '0')}` } }]
  else if (mfa < 0.2) user.mfa_factors = [{ email: { value: `mfa.${index}@example.org` } }]
  return user
}

/**
 * Writes a JSON array of realistic users to `path`, one user a line: `users` of them, or as many
 * as fit in `bytes` when `users` is undefined. Resolves to the number written.
 */
export async function writeUsersFile(
  path: string,
  limit: { users?: number; bytes?: number },
): Promise<number> {
  const out = createWriteStream(path)
  const random = rng(42)
  out.write('[\n')
  let buffer = ''
  let written = 2
  let index = 0
  for (; limit.users === undefined || index < limit.users; index++) {
    const line = `${index === 0 ? '' : ',\n'}${JSON.stringify(realisticUser(index, random))}`
    if (limit.bytes !== undefined && written + line.length + 3 > limit.bytes) break
    buffer += line
    written += Buffer.byteLength(line)
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain')
      buffer = ''
    }
  }
  out.write(`${buffer}\n]\n`)
  out.end()
  await once(out, 'finish')
  return index
}
