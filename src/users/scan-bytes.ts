/** The bytes the users-file scanner tells apart, and small byte helpers. */

export const LF = 0x0a
export const CR = 0x0d
export const SPACE = 0x20
export const TAB = 0x09
export const QUOTE = 0x22
export const BACKSLASH = 0x5c
export const COMMA = 0x2c
export const OPEN_BRACKET = 0x5b
export const CLOSE_BRACKET = 0x5d
export const OPEN_BRACE = 0x7b
export const CLOSE_BRACE = 0x7d

export function isWhitespace(byte: number): boolean {
  return byte === SPACE || byte === LF || byte === CR || byte === TAB
}

/** A byte as an error message shows it: printable ASCII quoted, anything else in hex. */
export function describeByte(byte: number): string {
  if (byte >= 0x21 && byte < 0x7f) return `'${String.fromCharCode(byte)}'`
  return `byte 0x${byte.toString(16).padStart(2, '0')}`
}

/** Characters (code points) in UTF-8 `bytes`: every byte that does not continue a sequence. */
export function countCharacters(bytes: Buffer): number {
  let count = 0
  for (let k = 0; k < bytes.length; k++) if (((bytes[k] as number) & 0xc0) !== 0x80) count++
  return count
}
