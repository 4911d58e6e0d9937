import { describe, expect, it } from 'vitest'
import { csvCounter, ndjsonCounter, type RecordCounter } from '../src/export/count.js'

/** Feeds `text` in every possible two-chunk split and in single bytes; all must agree. */
function countAllSplits(make: () => RecordCounter, text: string): number {
  const bytes = Buffer.from(text)
  const counts = new Set<number>()
  for (let cut = 0; cut <= bytes.length; cut++) {
    const counter = make()
    counter.write(bytes.subarray(0, cut))
    counter.write(bytes.subarray(cut))
    counts.add(counter.end())
  }
  const bytewise = make()
  for (let i = 0; i < bytes.length; i++) bytewise.write(bytes.subarray(i, i + 1))
  counts.add(bytewise.end())
  expect([...counts]).toHaveLength(1)
  return [...counts][0] as number
}

describe('ndjsonCounter', () => {
  it.each([
    ['', 0],
    ['\n', 0],
    ['{"a":1}', 1],
    ['{"a":1}\n', 1],
    ['{"a":1}\n{"a":2}\n', 2],
    ['{"a":1}\r\n{"a":2}\r\n', 2],
    ['{"a":1}\n\n  \n\t\r\n{"a":2}', 2],
    ['  {"a":1}  \n', 1],
    ['{"a":"x\\ny"}\n', 1],
  ])('%j has %i records', (text, expected) => {
    expect(countAllSplits(ndjsonCounter, text)).toBe(expected)
  })
})

describe('csvCounter', () => {
  it.each([
    ['', 0],
    ['email,name\n', 0],
    ['email,name', 0],
    ['email,name\n"\'a@x.com","\'A"\n', 1],
    ['email,name\r\n"\'a@x.com","\'A"\r\n"\'b@x.com","\'B"', 2],
    ['email,name\n"\'a@x.com","\'line\none\r\nmore"\n"\'b","\'B"\n', 2],
    ['email,name\n"\'a","\'say ""hi""\nthere"\n"\'b","\'""""\n', 2],
    ['email,name\n"\'a",""\n\n\r\n"\'b",\n', 2],
    ['"header\nwith newline",x\n1,2\n', 1],
    ["email\n\"'=cmd|' /C calc'!A0\"\n", 1],
  ])('%j has %i records', (text, expected) => {
    expect(countAllSplits(csvCounter, text)).toBe(expected)
  })

  it('counts an unterminated quoted field as a record at the end', () => {
    expect(countAllSplits(csvCounter, 'a\n"unterminated\n')).toBe(1)
  })
})
