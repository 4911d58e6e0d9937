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

/**
 * The split plan.ts must make, in file order: an even number of chunks of about equal size, each
 * within the budget (src/users/chunk-targets.ts gives the reason). The count is the smallest even
 * number of budget-sized chunks the file's bytes need (1 when it fits in one); chunk k ends before
 * the first user starting at or past its share, (k + 1) / count of the file. When the next user
 * would overflow a chunk first, the chunk ends there and the rest of the file is shared again:
 * the fewest budget-sized chunks it needs, one more if the total would be odd.
 */
export function balancedSplit(
  users: readonly { start: number; end: number }[],
  fileBytes: number,
  budget: number,
): { firstUser: number; userCount: number }[] {
  const least = Math.ceil(fileBytes / budget)
  let count = least <= 1 ? 1 : least + (least % 2)
  let sharedFrom = 0
  let firstShared = 0
  const split: { firstUser: number; userCount: number }[] = []
  let user = 0
  while (user < users.length) {
    const chunk = split.length
    const chunkStart = (users[user] as { start: number }).start
    let taken = 1
    for (; user + taken < users.length; taken++) {
      const next = users[user + taken] as { start: number; end: number }
      if (next.end - chunkStart + 2 > budget) {
        const total = chunk + 1 + Math.max(1, Math.ceil((fileBytes - next.start) / budget))
        count = total % 2 === 0 ? total : total + 1
        firstShared = chunk + 1
        sharedFrom = next.start
        break
      }
      if (chunk + 1 < count) {
        const share = (fileBytes - sharedFrom) / (count - firstShared)
        if (next.start >= Math.floor(sharedFrom + (chunk + 1 - firstShared) * share)) break
      }
    }
    split.push({ firstUser: user, userCount: taken })
    user += taken
  }
  return split
}

/** Where each user's bytes are in `fileOf(users)`: `[\n`, the users joined by `,\n`, `\n]\n`. */
export function userOffsets(users: unknown[]): { start: number; end: number }[] {
  const offsets: { start: number; end: number }[] = []
  let at = 2
  for (const user of users) {
    const size = Buffer.byteLength(JSON.stringify(user))
    offsets.push({ start: at, end: at + size })
    at += size + 2
  }
  return offsets
}

/** The chunks of `fileOf(users)` as the action must split it (balancedSplit), with their bodies. */
export function expectedChunks(
  users: unknown[],
  chunkSize: number,
  externalId = '',
): ExpectedChunk[] {
  const budget = Math.min(
    chunkSize,
    AUTH0_MAX_IMPORT_BYTES - MULTIPART_OVERHEAD - Buffer.byteLength(externalId),
  )
  const texts = users.map((user) => JSON.stringify(user))
  const fileBytes = Buffer.byteLength(fileOf(users))
  return balancedSplit(userOffsets(users), fileBytes, budget).map(({ firstUser, userCount }) => {
    const body = `[${texts.slice(firstUser, firstUser + userCount).join(',\n')}]`
    return { firstUser, userCount, body, bytes: Buffer.byteLength(body) }
  })
}
