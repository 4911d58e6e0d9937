/**
 * The `email` format of the bulk-import schema. The generated validator imports `email` from this
 * module (scripts/generate-validator.ts), so keep that name.
 */

/**
 * An email address as z-schema's `email` format (validator.js `isEmail`) accepts it, roughly:
 * a dot-atom local part (UTF-8 allowed, no spaces) and a dotted domain with a TLD of 2+ letters.
 * Quoted local parts and IP-literal domains are refused, as Auth0 does.
 */
export function isEmail(value: string): boolean {
  if (value.length > 254) return false
  // Most addresses are ASCII: one precompiled non-Unicode pattern decides them without slicing
  // or splitting (it accepts exactly the ASCII strings the general check below accepts).
  if (ASCII_EMAIL.test(value)) {
    const at = value.indexOf('@')
    return at <= 64 && value.length - at - 1 <= 253
  }
  if (!NON_ASCII.test(value)) return false
  return isUnicodeEmail(value)
}

function isUnicodeEmail(value: string): boolean {
  const at = value.lastIndexOf('@')
  if (at < 1 || at === value.length - 1) return false
  const local = value.slice(0, at)
  const domain = value.slice(at + 1)
  if (local.length > 64) return false
  if (!LOCAL_PART.test(local)) return false
  if (domain.length > 253) return false
  if (ASCII_DOMAIN.test(domain)) return true
  if (!NON_ASCII.test(domain)) return false
  const labels = domain.split('.')
  if (labels.length < 2) return false
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || !DOMAIN_LABEL.test(label)) return false
  }
  const tld = labels[labels.length - 1] as string
  return TLD.test(tld)
}
const ASCII_ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
const ASCII_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
/** A top-level label: letters only, or an `xn--` label; either at most 63 characters. */
const ASCII_TLD = '(?:[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9-]{1,58}[A-Za-z0-9])'
const ASCII_EMAIL = new RegExp(
  `^${ASCII_ATOM}(?:\\.${ASCII_ATOM})*@(?:${ASCII_LABEL}\\.)+${ASCII_TLD}$`,
)
const ASCII_DOMAIN = new RegExp(`^(?:${ASCII_LABEL}\\.)+${ASCII_TLD}$`)
/** Any UTF-16 code unit past ASCII. */
const NON_ASCII = /[\u0080-\uffff]/
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u
const TLD = /^(?:\p{L}{2,}|xn--[a-z0-9-]{2,})$/iu

/** The format as ajv expects it. */
export const email = { type: 'string', validate: isEmail } as const
