/**
 * The values Auth0's bulk-import schema page lists (reserved keys, algorithms, digests) and the
 * schema's patterns, apart from the schema (bulk-import-schema.ts) so that pattern-hints.ts can
 * name and explain them without building the schema at start-up.
 */

/** Keys `app_metadata` may not contain. */
export const APP_METADATA_RESERVED_KEYS = [
  '__tenant',
  '_id',
  'blocked',
  'clientID',
  'created_at',
  'email_verified',
  'email',
  'globalClientID',
  'global_client_id',
  'identities',
  'lastIP',
  'lastLogin',
  'loginsCount',
  'metadata',
  'multifactor_last_modified',
  'multifactor',
  'updated_at',
  'user_id',
] as const

export const HASH_ALGORITHMS = [
  'argon2',
  'bcrypt',
  'hmac',
  'ldap',
  'md4',
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'pbkdf2',
  'scrypt',
] as const

/** The digests the page lists for pbkdf2's `pbkdf2-<digest>` id. */
export const PBKDF2_DIGESTS = [
  'RSA-MD4',
  'RSA-MD5',
  'RSA-MDC2',
  'RSA-RIPEMD160',
  'RSA-SHA1',
  'RSA-SHA1-2',
  'RSA-SHA224',
  'RSA-SHA256',
  'RSA-SHA384',
  'RSA-SHA512',
  'md4',
  'md4WithRSAEncryption',
  'md5',
  'md5WithRSAEncryption',
  'mdc2',
  'mdc2WithRSA',
  'ripemd',
  'ripemd160',
  'ripemd160WithRSA',
  'rmd160',
  'sha1',
  'sha1WithRSAEncryption',
  'sha224',
  'sha224WithRSAEncryption',
  'sha256',
  'sha256WithRSAEncryption',
  'sha384',
  'sha384WithRSAEncryption',
  'sha512',
  'sha512WithRSAEncryption',
  'ssl3-md5',
  'ssl3-sha1',
  'whirlpool',
] as const

/** Patterns, named so that pattern-hints.ts can explain each one. */
export const PATTERNS = {
  passwordHash: '^\\$2[ab]\\$10\\$[./A-Za-z0-9]{53}$',
  phoneNumber: '^\\+[1-9][0-9]{1,14}$',
  totpSecret: '^[A-Z2-7]+$',
  factorPhone: '^\\+[0-9]{1,15}$',
  hex: '^[0-9A-Fa-f]+$',
  base64: '^[A-Za-z0-9+/_-]+={0,2}$',
  bcrypt: '^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$',
  argon2:
    '^\\$argon2(id|i|d)(\\$v=[0-9]+)?\\$[a-z]+=[A-Za-z0-9+/.-]+(,[a-z]+=[A-Za-z0-9+/.-]+)*\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$',
  pbkdf2: `^\\$pbkdf2-(${PBKDF2_DIGESTS.join('|')})(\\$(i=[0-9]+(,l=[0-9]+)?|l=[0-9]+))?\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$`,
  ldap: '^\\{([Ss]?[Mm][Dd]5|[Ss]?[Ss][Hh][Aa][0-9]*)\\}[A-Za-z0-9+/]+={0,2}$',
} as const

/** The encodings of a custom hash's `hash`, `salt` and `key` values. */
export const VALUE_ENCODINGS = ['base64', 'hex', 'utf8'] as const

/** The digests hmac takes (`hash.digest`). */
export const HMAC_DIGESTS = [
  'md4',
  'md5',
  'ripemd160',
  'sha1',
  'sha224',
  'sha256',
  'sha384',
  'sha512',
  'whirlpool',
] as const

/** The encodings of the password a custom hash was made from (`password.encoding`). */
export const PASSWORD_ENCODINGS = ['ascii', 'utf8', 'utf16le', 'ucs2', 'latin1', 'binary'] as const

/** Where the salt goes (`salt.position`). */
export const SALT_POSITIONS = ['prefix', 'suffix'] as const

/** The digest length, in bytes, of each plain hashing algorithm. */
export const DIGEST_BYTES = { md4: 16, md5: 16, sha1: 20, sha256: 32, sha512: 64 } as const

/** The patterns of a digest of `bytes` bytes: hex, or base64 (its unpadded length, optional padding). */
export function digestPatterns(bytes: number): { hex: string; base64: string } {
  const chars = Math.ceil((bytes * 4) / 3)
  const padding = '='.repeat((3 - (bytes % 3)) % 3)
  return {
    hex: `^[0-9A-Fa-f]{${bytes * 2}}$`,
    base64: `^[A-Za-z0-9+/_-]{${chars}}${padding ? `(${padding})?` : ''}$`,
  }
}
