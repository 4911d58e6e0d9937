/**
 * One ajv error in Auth0's words: the codes its z-schema validator reports in
 * GET /jobs/{id}/errors, with messages that never quote a value (it may be a secret). One small
 * mapper per ajv keyword.
 */
import type { ErrorObject } from 'ajv'
import type { UserError } from '../auth0/job.js'
import { toAuth0Path } from './auth0-path.js'
import { condition } from './error-condition.js'
import { PATTERN_HINTS } from './pattern-hints.js'

/** What a mapper knows of one error. */
interface Failure {
  error: ErrorObject
  params: Record<string, unknown>
  /** The error's place, in Auth0's path style. */
  path: string
  /** " when algorithm is md5" for a conditional rule, else "". */
  when: string
}

type KeywordMapper = (failure: Failure) => UserError | undefined

function withPath(code: string, message: string, path: string): UserError {
  return path ? { code, message, path } : { code, message }
}

/** A mapper whose error sits at the failure's own path. */
function at(code: string, message: (failure: Failure) => string): KeywordMapper {
  return (failure) => withPath(code, message(failure), failure.path)
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function describeValues(values: readonly unknown[]): string {
  if (values.length > 12) return `${values.length} allowed values`
  return values.map((v) => JSON.stringify(v)).join(', ')
}

const limit = ({ params }: Failure): string => String(params.limit)
const length = ({ error }: Failure): number => (error.data as { length: number }).length

const required: KeywordMapper = ({ error, params, when }) => {
  const property = String(params.missingProperty)
  return withPath(
    'OBJECT_REQUIRED',
    `Missing required property: ${property}${when}`,
    toAuth0Path(error.instancePath, property),
  )
}

const additionalProperties: KeywordMapper = ({ error, params }) => {
  const property = String(params.additionalProperty)
  return withPath(
    'OBJECT_ADDITIONAL_PROPERTIES',
    `Additional properties not allowed: ${property}`,
    toAuth0Path(error.instancePath, property),
  )
}

const format = at('FORMAT', ({ params }) =>
  params.format === 'email'
    ? "Object didn't pass validation for format email (not a valid email address)"
    : `Object didn't pass validation for format ${String(params.format)}`,
)

const pattern = at('PATTERN', ({ params, when }) => {
  const source = String(params.pattern)
  const hint = PATTERN_HINTS[source]
  // A long pattern (pbkdf2's lists 33 digests) says less than its hint.
  const shown = hint && source.length > 80 ? 'the expected format' : `pattern ${source}`
  return `String does not match ${shown}${when}${hint ? ` (${hint})` : ''}`
})

const enumMismatch = at('ENUM_MISMATCH', ({ params, path, when }) => {
  if (path === 'custom_password_hash.cost') {
    return 'No enum match; cost must be a power of two greater than 1 (such as 16384)'
  }
  const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue]
  return `No enum match${when}; expected ${describeValues(allowed)}`
})

const not: KeywordMapper = ({ error, path, when }) => {
  const denied = (error.schema as { required?: string[] } | undefined)?.required
  if (denied && denied.length > 1) {
    // Mutually exclusive properties: point at the last one.
    return withPath(
      'NOT_PASSED',
      `${denied.join(' and ')} are mutually exclusive; provide only one of them`,
      toAuth0Path(error.instancePath, denied[denied.length - 1]),
    )
  }
  if (denied && denied.length === 1) {
    return withPath(
      'NOT_PASSED',
      `Property ${denied[0]} is not allowed${when}`,
      toAuth0Path(error.instancePath, denied[0]),
    )
  }
  // `{not: {}}` under `properties`: a reserved key, or one another algorithm's alone.
  const parts = path.split('.')
  const key = parts.pop() ?? path
  const parent = parts.join('.')
  if (when) return withPath('NOT_PASSED', `Property ${key} is not allowed${when}`, path)
  return withPath(
    'NOT_PASSED',
    parent
      ? `${parent} may not contain the reserved property ${key}`
      : `Property ${key} is not allowed`,
    path,
  )
}

/** `oneOf: [{required: [a]}, {required: [b]}]` → "a, b". */
function optionNames(schema: unknown): string | undefined {
  if (!Array.isArray(schema)) return undefined
  const names: string[] = []
  for (const option of schema) {
    const required = (option as { required?: unknown }).required
    if (!Array.isArray(required) || required.length !== 1) return undefined
    names.push(String(required[0]))
  }
  return names.join(', ')
}

// The schema's only oneOf is "one factor per mfa_factors item"; Auth0's documented code for a
// factor it cannot take is MFA_FACTORS_FAILED (z-schema's ONE_OF_* are not listed).
const oneOf = at('MFA_FACTORS_FAILED', ({ error, params }) => {
  const names = optionNames(error.schema)
  const none = params.passingSchemas === null || params.passingSchemas === undefined
  const choice = names ? `: ${names}` : ' of the allowed forms'
  return none ? `Must contain exactly one of${choice}` : `Must contain only one of${choice}`
})

const minimum = at(
  'MINIMUM',
  (failure) => `Value ${String(failure.error.data)} is less than minimum ${limit(failure)}`,
)
const maximum = at(
  'MAXIMUM',
  (failure) => `Value ${String(failure.error.data)} is greater than maximum ${limit(failure)}`,
)
/** Wrappers: the errors of the subschema say what is wrong. */
const wrapper: KeywordMapper = () => undefined

const MAPPERS = new Map<string, KeywordMapper>([
  ['required', required],
  ['additionalProperties', additionalProperties],
  [
    'type',
    at(
      'INVALID_TYPE',
      ({ error, params }) =>
        `Expected type ${String(params.type)} but found type ${jsonType(error.data)}`,
    ),
  ],
  ['format', format],
  ['pattern', pattern],
  ['enum', enumMismatch],
  ['const', enumMismatch],
  [
    'minItems',
    at('ARRAY_LENGTH_SHORT', (f) => `Array is too short (${length(f)}), minimum ${limit(f)}`),
  ],
  [
    'maxItems',
    at('ARRAY_LENGTH_LONG', (f) => `Array is too long (${length(f)}), maximum ${limit(f)}`),
  ],
  [
    'minLength',
    at('MIN_LENGTH', (f) => `String is too short (${length(f)} chars), minimum ${limit(f)}`),
  ],
  [
    'maxLength',
    at('MAX_LENGTH', (f) => `String is too long (${length(f)} chars), maximum ${limit(f)}`),
  ],
  ['minimum', minimum],
  ['exclusiveMinimum', minimum],
  ['maximum', maximum],
  ['exclusiveMaximum', maximum],
  ['not', not],
  ['oneOf', oneOf],
  ['anyOf', at('ANY_OF_MISSING', () => "Data does not match any schemas from 'anyOf'")],
  ['if', wrapper],
  ['allOf', wrapper],
])

/** Not reached by the bulk-import schema's keywords; kept so a new keyword still reports. */
const other: KeywordMapper = ({ error, path }) =>
  withPath(error.keyword.toUpperCase(), error.message ?? 'is not valid', path)

/** One ajv error in Auth0's words, or undefined for ajv's bookkeeping errors. */
export function mapError(error: ErrorObject, user: unknown): UserError | undefined {
  const mapper = MAPPERS.get(error.keyword) ?? other
  return mapper({
    error,
    params: error.params as Record<string, unknown>,
    path: toAuth0Path(error.instancePath),
    when: condition(error, user),
  })
}
