import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError } from '../src/runtime/errors.js'
import { JsonArrayScanner, type ScannedElement, scanJsonArray } from '../src/users/scan.js'

const dir = mkdtempSync(join(tmpdir(), 'users-scan-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let fileNo = 0

function file(content: string | Buffer): string {
  const path = join(dir, `users-${fileNo++}.json`)
  writeFileSync(path, content)
  return path
}

async function scan(content: string | Buffer, highWaterMark?: number): Promise<ScannedElement[]> {
  const out: ScannedElement[] = []
  for await (const element of scanJsonArray(file(content), { highWaterMark })) out.push(element)
  return out
}

/** Every read size from 1 byte up must give the same result as one big read. */
async function scanAllSizes(content: string | Buffer): Promise<ScannedElement[]> {
  const whole = await scan(content)
  const bytes = Buffer.byteLength(content)
  for (const size of [1, 2, 3, 5, 7, 16, bytes]) {
    expect(await scan(content, size)).toEqual(whole)
  }
  return whole
}

async function scanError(content: string | Buffer, highWaterMark?: number): Promise<InputError> {
  try {
    await scan(content, highWaterMark)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('file')
    return error as InputError
  }
  throw new Error('expected the scan to fail')
}

describe('scanJsonArray', () => {
  it('yields each element with its exact text, offsets, index and line', async () => {
    const content = '[\n  {"email": "a@x.co"},\n  {"email": "b@x.co"}\n]\n'
    const elements = await scanAllSizes(content)
    expect(elements.map((e) => e.value)).toEqual([{ email: 'a@x.co' }, { email: 'b@x.co' }])
    expect(elements.map((e) => e.index)).toEqual([0, 1])
    expect(elements.map((e) => e.line)).toEqual([2, 3])
    for (const e of elements) {
      expect(Buffer.from(content).subarray(e.start, e.end).toString()).toBe(e.text)
    }
    expect(elements[0]?.start).toBe(4)
  })

  it('handles an empty array', async () => {
    expect(await scanAllSizes('[]')).toEqual([])
    expect(await scanAllSizes(' \n[ \r\n ] \n')).toEqual([])
  })

  it('skips a UTF-8 BOM but keeps file byte offsets', async () => {
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[{"a":1}]')])
    const elements = await scanAllSizes(content)
    expect(elements).toHaveLength(1)
    expect(elements[0]?.start).toBe(4)
    expect(elements[0]?.end).toBe(11)
  })

  it('tracks nesting and strings with brackets, braces and escaped quotes', async () => {
    const users = [
      {
        email: 'a@x.co',
        user_metadata: { s: '[{"not": "nested"}]', t: 'quote \\" } ]', u: [[1, [2]], { v: {} }] },
      },
      { email: 'b@x.co', name: 'back\\slash\\\\', q: '\\\\"' },
      { email: 'c@x.co', name: 'ünïcödé ✓ 😀' },
    ]
    const content = `[${users.map((u) => JSON.stringify(u)).join(',')}]`
    const elements = await scanAllSizes(content)
    expect(elements.map((e) => e.value)).toEqual(users)
    for (const e of elements) {
      expect(Buffer.from(content).subarray(e.start, e.end).toString()).toBe(e.text)
    }
  })

  it('handles a string ending in an escaped backslash split across reads', async () => {
    const content = '[{"a":"x\\\\"},{"b":"\\"\\\\\\""}]'
    const elements = await scanAllSizes(content)
    expect(elements.map((e) => e.value)).toEqual([{ a: 'x\\' }, { b: '"\\"' }])
  })

  it('counts lines with CRLF and in pretty-printed multi-line elements', async () => {
    const content =
      '[\r\n  {\r\n    "a": 1,\r\n    "b": [\r\n      2\r\n    ]\r\n  },\r\n  {"c": 3}\r\n]\r\n'
    const elements = await scanAllSizes(content)
    expect(elements.map((e) => e.line)).toEqual([2, 8])
  })

  it('accepts elements that are not objects (validation reports them)', async () => {
    const elements = await scanAllSizes('[1, "two", true, null, [3], -4.5e2]')
    expect(elements.map((e) => e.value)).toEqual([1, 'two', true, null, [3], -450])
    expect(elements.map((e) => e.text)).toEqual(['1', '"two"', 'true', 'null', '[3]', '-4.5e2'])
  })

  it('is usable push-style', () => {
    const scanner = new JsonArrayScanner('mem.json')
    const out: ScannedElement[] = []
    for (const part of ['[{"a"', ':1},', '{"b":2}', ']']) {
      scanner.push(Buffer.from(part), (e) => out.push(e))
    }
    scanner.finish()
    expect(out.map((e) => e.value)).toEqual([{ a: 1 }, { b: 2 }])
    expect(scanner.count).toBe(2)
  })
})

describe('scanJsonArray errors', () => {
  it('empty file', async () => {
    const error = await scanError('')
    expect(error.message).toMatch(/users-\d+\.json: line 1: the file is empty/)
  })

  it('whitespace only', async () => {
    expect((await scanError('  \n\n ')).message).toMatch(/line 3: the file holds only whitespace/)
  })

  it('a file that is not JSON', async () => {
    const error = await scanError('email,name\na@x.co,A\n')
    expect(error.message).toMatch(/line 1: .*expected '\[' at the start, found 'e'/)
  })

  it('a top-level object', async () => {
    const error = await scanError('\n{"users": [{"email": "a@x.co"}]}\n')
    expect(error.message).toMatch(/line 2: the file is a single JSON object, not an array/)
  })

  it('NDJSON (an Auth0 export)', async () => {
    const error = await scanError('{"email":"a@x.co"}\n{"email":"b@x.co"}\n', 4)
    expect(error.message).toMatch(/line 1: the file is NDJSON/)
    expect(error.message).toContain(
      'Auth0 needs a JSON array of users; an Auth0 export is NDJSON, convert it',
    )
  })

  it('a truncated array: inside an element', async () => {
    const error = await scanError('[\n{"email":"a@x.co"},\n{"email":"b@x.c')
    expect(error.message).toMatch(
      /line 3: the file ends inside the user at index 1 \(which starts on line 3\)/,
    )
  })

  it('a truncated array: after an element, after a comma, after [', async () => {
    expect((await scanError('[{"a":1}\n')).message).toMatch(
      /line 2: .*ends after the user at index 0: expected ',' or ']'/,
    )
    expect((await scanError('[{"a":1},\n\n')).message).toMatch(/line 3: .*ends after ','/)
    expect((await scanError('[')).message).toMatch(/line 1: .*ends after '\['/)
  })

  it('garbage after the array', async () => {
    const error = await scanError('[{"a":1}]\n\nx', 3)
    expect(error.message).toMatch(/line 3: unexpected 'x' after the end of the users array/)
  })

  it('a second array after the first', async () => {
    expect((await scanError('[]\n[]')).message).toMatch(/line 2: unexpected '\['/)
  })

  it('missing comma between elements', async () => {
    const error = await scanError('[\n{"a":1}\n{"b":2}]')
    expect(error.message).toMatch(
      /line 3: expected ',' or '\]' after the user at index 0, found '\{'/,
    )
  })

  it('trailing and doubled commas', async () => {
    expect((await scanError('[{"a":1},\n]')).message).toMatch(/line 2: .*trailing comma/)
    expect((await scanError('[{"a":1},,{"b":2}]')).message).toMatch(
      /line 1: expected a user after ',', found another ','/,
    )
    expect((await scanError('[,{"a":1}]')).message).toMatch(
      /line 1: expected a user or ']' after '\['/,
    )
  })

  it('an element that is not valid JSON, with its index and line, without quoting it', async () => {
    const content = '[\n{"email":"a@x.co"},\n{"email":"b@x.co",\n "password_hash": s3cr3t}\n]'
    const error = await scanError(content, 5)
    expect(error.message).toMatch(/line 3: the user at index 1 is not valid JSON: Unexpected token/)
    expect(error.message).not.toContain('s3cr3t"')
    expect(error.message).not.toContain('is not valid JSON"')
  })

  it('a syntax error next to a secret gives its line and column and quotes nothing of the file', async () => {
    // V8's own message quotes up to 10 characters around the fault: here, of the hash.
    const content =
      '[\n{"email":"a@x.co"},\n  {"email":"b@x.co","password_hash":s3cr3tvalue12345}\n]'
    const error = await scanError(content, 5)
    expect(error.message).toBe(
      `${error.message.split(': ')[0]}: line 3: the user at index 1 is not valid JSON: Unexpected token on line 3 column 37`,
    )
    for (const excerpt of ['s3c', 'ord_hash', "'s'", '"'])
      expect(error.message).not.toContain(excerpt)
    // The column counts characters, from the start of the line, on later lines of a user too.
    const multiline = '[{"email":"zoë@x.co",\n"y": "é", "x": "\u0001"}]'
    expect((await scanError(multiline)).message).toMatch(
      /line 1: the user at index 0 is not valid JSON: Bad control character in string literal on line 2 column 17$/,
    )
  })

  it('an invalid element reports the line of the fault', async () => {
    const content = '[\n{"email":"a@x.co",\n "name": "x",\n }\n]'
    const error = await scanError(content)
    expect(error.message).toMatch(
      /line 2: the user at index 0 is not valid JSON: Expected double-quoted property name on line 4/,
    )
  })

  it('mismatched brackets inside an element', async () => {
    expect((await scanError('[{"a":[1}]]')).message).toMatch(/user at index 0 is not valid JSON/)
  })

  it('a missing file', async () => {
    const missing = join(dir, 'nope.json')
    await expect(async () => {
      for await (const _ of scanJsonArray(missing)) {
        // nothing
      }
    }).rejects.toThrow(/nope\.json: the users file does not exist/)
  })

  it('an element that never closes stops at the size limit instead of buffering the file', async () => {
    const scanner = new JsonArrayScanner('big.json', 100)
    const out: ScannedElement[] = []
    scanner.push(Buffer.from('[{"a":"'), (e) => out.push(e))
    expect(() => {
      for (let k = 0; k < 10; k++) scanner.push(Buffer.from('x'.repeat(30)), (e) => out.push(e))
    }).toThrow(/user at index 0 \(starting on line 1\) is over 100 bytes and still not closed/)
  })
})
