/** Users files for integration tests, in Auth0's bulk-import format. */
export function makeUsers(count: number, offset = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    email: `user${offset + i}@example.com`,
    email_verified: true,
    name: `User ${offset + i}`,
    user_metadata: { plan: i % 2 === 0 ? 'pro' : 'free' },
  }))
}

/** One user per line, so that a user's index + 2 is its line number. */
export function usersFile(users: unknown[]): string {
  return `[\n${users.map((user) => JSON.stringify(user)).join(',\n')}\n]\n`
}
