/**
 * The users of `bench/compare`: a deterministic migration file in Auth0's bulk-import format, the
 * way a team exports it from a legacy database (bcrypt hashes, names, a legacy id in app_metadata,
 * a locale in user_metadata): about 330 bytes per user, so 100,000 users are ~33 MB and Auth0's
 * 500 KB request limit cuts them into ~70 jobs.
 */

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'

const GIVEN = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Zoë', 'José', 'Ken', 'Radia']
const FAMILY = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Núñez', 'Perlman']
const LOCALES = ['en-US', 'fr-CA', 'de-DE', 'ja-JP', 'pt-BR']
const PLANS = ['free', 'pro', 'enterprise']
const B64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A bcrypt-shaped hash (`$2b$10$` + 53 characters), deterministic per user. */
function bcryptLike(i: number): string {
  let s = (i * 2654435761) >>> 0
  let tail = ''
  for (let k = 0; k < 53; k++) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    tail += B64[s % 64]
  }
  return `$2b$10$${tail}`
}

export function userEmail(i: number): string {
  const g = GIVEN[i % GIVEN.length] as string
  const f = FAMILY[i % FAMILY.length] as string
  return `${g.toLowerCase()}.${f.toLowerCase()}.${i}@example${i % 17}.com`
}

export function user(i: number): Record<string, unknown> {
  const g = GIVEN[i % GIVEN.length] as string
  const f = FAMILY[i % FAMILY.length] as string
  return {
    email: userEmail(i),
    email_verified: i % 7 !== 0,
    given_name: g,
    family_name: f,
    name: `${g} ${f}`,
    password_hash: bcryptLike(i),
    app_metadata: { legacy_id: 1_000_000 + i, plan: PLANS[i % PLANS.length] },
    user_metadata: { locale: LOCALES[i % LOCALES.length], newsletter: i % 3 === 0 },
  }
}

/** Writes users [0, count) as a JSON array, one user per line; returns the byte size. */
export async function writeUsersFile(path: string, count: number): Promise<number> {
  const out = createWriteStream(path)
  let bytes = 0
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text)
    if (!out.write(text)) await once(out, 'drain')
  }
  await write('[\n')
  for (let i = 0; i < count; i++) {
    await write(`${JSON.stringify(user(i))}${i < count - 1 ? ',' : ''}\n`)
  }
  await write(']\n')
  out.end()
  await once(out, 'finish')
  return bytes
}
