import type { ErrorObject } from 'ajv'
import { propertyOf } from './property.js'

/**
 * " when algorithm is md5" for a rule of one hashing algorithm (an `if` on `algorithm`), " when
 * encoding is hex" for one of an encoding (an `if` on `encoding`), else "".
 */
export function condition(error: ErrorObject, user: unknown): string {
  const at = error.schemaPath.lastIndexOf('/then/')
  if (at < 0) return ''
  const custom = propertyOf(user, 'custom_password_hash')
  // The encoding rules sit under hash, salt or key; their data is the error's parent object.
  if (/\/(hash|salt|key)\/allOf\/\d+$/.test(error.schemaPath.slice(0, at))) {
    let data: unknown = user
    const steps = error.instancePath.split('/').slice(1, -1)
    for (const step of steps) data = propertyOf(data, step)
    const encoding = propertyOf(data, 'encoding')
    if (typeof encoding === 'string') return ` when encoding is ${encoding}`
  }
  const algorithm = propertyOf(custom, 'algorithm')
  return typeof algorithm === 'string' ? ` when algorithm is ${algorithm}` : ''
}
