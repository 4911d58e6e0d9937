import { describe, expect, it } from 'vitest'
import { apiUrl, runUrl } from '../src/github/urls.js'

const RUN = { GITHUB_REPOSITORY: 'acme/release', GITHUB_RUN_ID: '42' }

describe('GitHub URLs come from the runner, for github.com and GitHub Enterprise Server alike', () => {
  it('links the run under GITHUB_SERVER_URL', () => {
    expect(runUrl({ ...RUN, GITHUB_SERVER_URL: 'https://ghes.corp.example' })).toBe(
      'https://ghes.corp.example/acme/release/actions/runs/42',
    )
    expect(runUrl({ ...RUN, GITHUB_SERVER_URL: 'https://github.com/' })).toBe(
      'https://github.com/acme/release/actions/runs/42',
    )
  })

  it('gives no link rather than a github.com one when GITHUB_SERVER_URL is missing', () => {
    expect(runUrl(RUN)).toBeUndefined()
  })

  it('gives no link for values that could break the Markdown or point elsewhere', () => {
    const server = { GITHUB_SERVER_URL: 'https://ghes.corp.example' }
    expect(
      runUrl({ ...RUN, ...server, GITHUB_REPOSITORY: 'acme/x) [y](http://evil' }),
    ).toBeUndefined()
    expect(runUrl({ ...RUN, ...server, GITHUB_RUN_ID: '42?x' })).toBeUndefined()
    expect(runUrl({ ...RUN, GITHUB_SERVER_URL: 'javascript:alert(1)' })).toBeUndefined()
    expect(
      runUrl({ ...RUN, GITHUB_SERVER_URL: 'https://user:pw@ghes.corp.example' }),
    ).toBeUndefined()
  })

  it('takes the API base from GITHUB_API_URL (GHES: /api/v3)', () => {
    expect(apiUrl({ GITHUB_API_URL: 'https://ghes.corp.example/api/v3/' })).toBe(
      'https://ghes.corp.example/api/v3',
    )
    expect(apiUrl({})).toBeUndefined()
  })
})
