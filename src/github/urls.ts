/**
 * GitHub addresses, always from the runner's variables: on GitHub Enterprise Server the web UI is
 * at GITHUB_SERVER_URL and the REST API at GITHUB_API_URL (`https://ghes.example/api/v3`), so
 * nothing here names github.com. The values come from outside and end up in the step summary's
 * Markdown, so each is checked before use; a missing or odd one gives no link rather than a
 * wrong one.
 */
import type { Env } from '../http/proxy-env.js'

/** The workflow run's page, e.g. `https://github.com/acme/release/actions/runs/42`. */
export function runUrl(env: Env): string | undefined {
  const server = webUrl(env.GITHUB_SERVER_URL)
  const repository = env.GITHUB_REPOSITORY ?? ''
  const runId = env.GITHUB_RUN_ID ?? ''
  if (!server || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(runId)) return undefined
  return `${server}/${repository}/actions/runs/${runId}`
}

/** The REST API's base URL without a trailing slash, e.g. `https://ghes.example/api/v3`. */
export function apiUrl(env: Env): string | undefined {
  return webUrl(env.GITHUB_API_URL)
}

function webUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  if (url.username || url.password || url.search || url.hash) return undefined
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}
