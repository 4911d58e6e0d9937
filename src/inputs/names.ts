/** The action's inputs: their names, the defaults action.yml gives them, which operation reads which. */
import type { Operation } from './settings.js'

export type InputReader = (name: string) => string
export type InputEnv = NodeJS.ProcessEnv | Record<string, string | undefined>

/** Every input of action.yml, with the default action.yml gives it ('' = none). */
export const INPUT_DEFAULTS = {
  operation: '',
  domain: '',
  client_id: '',
  client_secret: '',
  token: '',
  audience: '',
  file: '',
  connection_id: '',
  upsert: 'false',
  external_id: '',
  send_completion_email: 'true',
  format: 'json',
  limit: '',
  fields: '',
  export_path: '',
  user_id: '',
  email_client_id: '',
  identity: '',
  organization_id: '',
  job_id: '',
  wait: 'true',
  timeout: '3600',
  max_failed_users: '0',
  dry_run: 'false',
  chunk_size: '500000',
  progress_file: '',
  max_jobs: '',
  resolve_in_doubt: '',
  client_assertion_key: '',
  client_assertion_alg: 'RS256',
  plan: 'false',
  skip_existing: 'false',
  verify: 'false',
  import_ready: 'false',
  github_token: '',
} as const satisfies Record<string, string>
export type InputName = keyof typeof INPUT_DEFAULTS

export const COMMON_INPUTS: readonly InputName[] = [
  'operation',
  'domain',
  'client_id',
  'client_secret',
  'token',
  'audience',
  'client_assertion_key',
  'client_assertion_alg',
  'wait',
  'timeout',
  'github_token',
]

/** The inputs each operation reads, besides the common ones. */
export const OPERATION_INPUTS: Record<Operation, readonly InputName[]> = {
  'import-users': [
    'file',
    'connection_id',
    'upsert',
    'external_id',
    'send_completion_email',
    'max_failed_users',
    'dry_run',
    'chunk_size',
    'progress_file',
    'max_jobs',
    'resolve_in_doubt',
    'plan',
    'skip_existing',
    'verify',
  ],
  'export-users': ['connection_id', 'format', 'limit', 'fields', 'export_path', 'import_ready'],
  'send-verification-email': [
    'user_id',
    'email_client_id',
    'identity',
    'organization_id',
    'max_failed_users',
  ],
  'get-job': ['job_id', 'max_failed_users'],
  'get-job-errors': ['job_id'],
}
/** Inputs whose values are never quoted in a message. */
export const SECRET_INPUTS: readonly InputName[] = ['client_secret', 'token', 'github_token']
