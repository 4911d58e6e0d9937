/**
 * What each pattern of the bulk-import schema asks for, in words: a user reads "an E.164 phone
 * number" more easily than the regular expression itself.
 */
import { DIGEST_BYTES, PATTERNS } from './bulk-import-rules.js'

/** The hashes of one digest, hex and base64 (the `custom_password_hash` encoding rules). */
function digestHints(algorithm: string, bytes: number): Array<[string, string]> {
  const chars = Math.ceil((bytes * 4) / 3)
  const padding = '='.repeat((3 - (bytes % 3)) % 3)
  const hint = `${algorithm} hashes are ${bytes} bytes`
  return [
    [`^[0-9A-Fa-f]{${bytes * 2}}$`, `${hint}: ${bytes * 2} hex digits`],
    [
      `^[A-Za-z0-9+/_-]{${chars}}${padding ? `(${padding})?` : ''}$`,
      `${hint}: ${chars} base64 characters${padding ? ` and ${padding}` : ''}`,
    ],
  ]
}

/** Pattern source → hint. */
export const PATTERN_HINTS: Record<string, string> = {
  [PATTERNS.passwordHash]:
    'password_hash must be a bcrypt hash with $2a$ or $2b$ and 10 rounds, such as $2b$10$ followed by 53 characters; use custom_password_hash with algorithm bcrypt for other hashes',
  [PATTERNS.phoneNumber]: 'an E.164 phone number such as +12125550001',
  [PATTERNS.totpSecret]: 'unpadded Base32, such as JBTWY3DPEHPK3PNP',
  [PATTERNS.factorPhone]: 'a phone number with country code, such as +12125550001',
  [PATTERNS.hex]: 'hex digits only',
  [PATTERNS.base64]: 'base64 characters only',
  [PATTERNS.bcrypt]:
    'a whole bcrypt hash starting with $2a$, $2b$ or $2y$, such as $2b$10$ followed by 53 characters',
  [PATTERNS.argon2]:
    'an argon2 PHC string with its salt, such as $argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>',
  [PATTERNS.pbkdf2]:
    'a PHC string such as $pbkdf2-sha512$i=100000,l=64$<salt>$<hash>, with a digest Auth0 lists (sha1, sha256, sha512, md5, RSA-SHA256, …) and unpadded base64',
  [PATTERNS.ldap]:
    'an RFC 2307 value such as {SSHA}<base64>; schemes md5, smd5, sha*, ssha* (crypt is not supported)',
  ...Object.fromEntries(
    Object.entries(DIGEST_BYTES).flatMap(([algorithm, bytes]) => digestHints(algorithm, bytes)),
  ),
}
