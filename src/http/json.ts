/**
 * Server JSON with bounded nesting. JSON.parse itself copes with any depth, but everything that
 * walks the value afterwards (JSON.stringify for outputs and records, comparisons, copies)
 * recurses, and an answer nested 8,000 levels deep overflowed the stack at every such step. So
 * the value is cut once, where it enters, and nothing downstream has to care.
 */

/** Far deeper than any real job, job error entry or user (redaction shows 32 levels). */
export const MAX_SERVER_DEPTH = 64
export const CUT_TOO_DEEP = '[nested too deeply]'

/** `value` with every object or array below MAX_SERVER_DEPTH replaced by CUT_TOO_DEEP. */
export function boundDepth(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value
  if (depth >= MAX_SERVER_DEPTH) return CUT_TOO_DEEP
  if (Array.isArray(value)) return value.map((item) => boundDepth(item, depth + 1))
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    // defineProperty keeps a `__proto__` key as data instead of setting the prototype.
    Object.defineProperty(out, key, {
      value: boundDepth((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}

/** Parsed and depth-bounded JSON, or undefined for a blank or invalid text. */
export function parseServerJson(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return boundDepth(JSON.parse(text))
  } catch {
    return undefined
  }
}
