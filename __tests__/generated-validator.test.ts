import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { GENERATED, generateValidator } from '../scripts/generate-validator.ts'

describe('the generated bulk-import validator', () => {
  it('is what the schema compiles to (run npm run generate after changing the schema)', async () => {
    expect(await readFile(GENERATED, 'utf8')).toBe(generateValidator())
  })
})
