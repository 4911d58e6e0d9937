/** The inputs of get-job and get-job-errors. */
import { JOB_ID_PATTERN } from '../auth0/job.js'
import type { CommonSettings, GetJobErrorsSettings, GetJobSettings } from './settings.js'
import { fail, type Get, missing, parseMaxFailedUsers, show } from './values.js'

export function parseGetJobSettings(get: Get, common: CommonSettings): GetJobSettings {
  return {
    operation: 'get-job',
    ...common,
    jobIds: parseJobIds(get('job_id')),
    maxFailedUsers: parseMaxFailedUsers(get('max_failed_users')),
  }
}

export function parseGetJobErrorsSettings(get: Get, common: CommonSettings): GetJobErrorsSettings {
  const ids = parseJobIds(get('job_id'))
  if (ids.length > 1) {
    fail(
      'job_id',
      get('job_id'),
      `expected exactly one job id for get-job-errors (got ${ids.length}); run one step per job, or use get-job to wait for several`,
    )
  }
  return { operation: 'get-job-errors', ...common, jobId: ids[0] as string }
}

/** Splits `job_id` on commas, spaces and newlines; validates each id; drops duplicates. */
export function parseJobIds(value: string): string[] {
  if (value === '')
    missing(
      'job_id',
      'set it to the id of the job to look at (job_ followed by 16 letters or digits)',
    )
  const ids = value.split(/[\s,]+/).filter((id) => id !== '')
  if (ids.length === 0)
    fail('job_id', value, 'expected a job id: job_ followed by 16 letters or digits')
  for (const id of ids) {
    if (!JOB_ID_PATTERN.test(id)) {
      fail(
        'job_id',
        value,
        `'${show(id)}' is not a job id; expected job_ followed by 16 letters or digits, e.g. job_0123456789abcdef (several ids may be separated by commas, spaces or newlines)`,
      )
    }
  }
  return [...new Set(ids)]
}
