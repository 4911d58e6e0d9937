/** The split the action must make, worked out independently of src/users/plan.ts. */

const AUTH0_MAX_IMPORT_BYTES = 512000
/** Room the action leaves beside the users file in the multipart body (import-users.ts). */
const MULTIPART_OVERHEAD = 1024

type User = Record<string, unknown>

const GIVEN = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Zoë', 'José']
const FAMILY = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Núñez']

/** Realistic users (~300 bytes each, with metadata and some non-ASCII text), deterministic. */
export function bigUsers(count: number): User[] {
  return Array.from({ length: count }, (_, i) => {
    const given = GIVEN[i % GIVEN.length] as string
    const family = FAMILY[i % FAMILY.length] as string
    return {
      email: `${given.toLowerCase()}.${i}@example${i % 13}.com`,
      email_verified: i % 5 !== 0,
      given_name: given,
      family_name: family,
      name: `${given} ${family}`,
      nickname: `${given.toLowerCase()}${i}`,
      picture: `https://cdn.example.com/avatars/${i % 1000}.png`,
      user_metadata: {
        locale: ['en-US', 'fr-CA', 'de-DE', 'ja-JP'][i % 4],
        theme: i % 2 === 0 ? 'dark' : 'light',
        address: { city: ['Paris', 'Tokyo', 'Lima', 'Oslo'][i % 4], zip: String(10000 + i) },
      },
      app_metadata: { plan: ['free', 'pro', 'enterprise'][i % 3], account: `acct_${i}` },
    }
  })
}

/** One user per line: user i is on line i + 2, and chunks are exact slices of the text. */
export function fileOf(users: unknown[]): string {
  return `[\n${users.map((user) => JSON.stringify(user)).join(',\n')}\n]\n`
}

export interface ExpectedChunk {
  firstUser: number
  userCount: number
  /** The exact upload text: `[` + the file's bytes from the first to the last user + `]`. */
  body: string
  bytes: number
}

/** Greedy, in file order, bodies ≤ the budget (as plan.ts must split). */
export function expectedChunks(
  users: unknown[],
  chunkSize: number,
  externalId = '',
): ExpectedChunk[] {
  const budget = Math.min(
    chunkSize,
    AUTH0_MAX_IMPORT_BYTES - MULTIPART_OVERHEAD - Buffer.byteLength(externalId),
  )
  const chunks: ExpectedChunk[] = []
  let texts: string[] = []
  let bytes = 0
  let firstUser = 0
  const flush = () => {
    const body = `[${texts.join(',\n')}]`
    chunks.push({ firstUser, userCount: texts.length, body, bytes: Buffer.byteLength(body) })
  }
  users.forEach((user, index) => {
    const text = JSON.stringify(user)
    const size = Buffer.byteLength(text)
    if (texts.length > 0 && bytes + 2 + size > budget) {
      flush()
      texts = []
    }
    if (texts.length === 0) {
      firstUser = index
      bytes = size + 2
    } else {
      bytes += 2 + size
    }
    texts.push(text)
  })
  if (texts.length > 0) flush()
  return chunks
}
