/** `value[key]` when `value` is an object (a user, or one of its parts), else undefined. */
export function propertyOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object'
    ? (value as Record<string, unknown>)[key]
    : undefined
}
