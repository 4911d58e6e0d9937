/**
 * The fingerprints the plan compares metadata by: quotes and backslashes inside nested strings
 * must never let one metadata value pass for another (an update would be planned as unchanged).
 */
import { describe, expect, it } from 'vitest'
import { classify } from '../src/plan/classify.js'
import { TenantIndex } from '../src/plan/tenant-index.js'

function planned(stored: unknown, fromFile: unknown): string {
  const index = new TenantIndex()
  index.add({ email: 'a@example.com', user_metadata: stored })
  return classify({ email: 'a@example.com', user_metadata: fromFile }, index, true).action
}

describe('metadata fingerprints', () => {
  it('tells apart values whose characters only differ in where a string ends', () => {
    expect(planned({ a: 'x","b":"y' }, { a: 'x', b: 'y' })).toBe('update')
    expect(planned({ 'a":"x': 'y' }, { a: 'x":"y' })).toBe('update')
    expect(planned(['a","b'], ['a', 'b'])).toBe('update')
    expect(planned({ a: 'x\\' }, { a: 'x\\\\' })).toBe('update')
    expect(planned({ a: 'x\\"' }, { a: 'x"' })).toBe('update')
    expect(planned({ a: '1' }, { a: 1 })).toBe('update')
    expect(planned({ a: 'true' }, { a: true })).toBe('update')
  })

  it('finds equal values equal, whatever the order of their keys', () => {
    expect(planned({ a: 'x"y\\z', b: [1, 'q'] }, { b: [1, 'q'], a: 'x"y\\z' })).toBe('unchanged')
  })
})

describe('metadata with many keys', () => {
  it('compares them in any order', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${(i * 7) % 40}`)
    const forward = Object.fromEntries(keys.map((k) => [k, k]))
    const backward = Object.fromEntries([...keys].reverse().map((k) => [k, k]))
    expect(planned(forward, backward)).toBe('unchanged')
    expect(planned(forward, { ...backward, k3: 'other' })).toBe('update')
  })
})
