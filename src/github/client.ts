/**
 * The GitHub REST client (Octokit from @actions/github) on the step's own dispatcher, so that
 * GitHub calls take the runner's proxy like every other request, and at GITHUB_API_URL, so that
 * they reach GitHub Enterprise Server. @actions/github is loaded only when a client is made: it
 * pulls in Octokit, which a step that never talks to GitHub should not pay for at start-up.
 */
import { type Dispatcher, fetch } from 'undici'
import type { Env } from '../http/proxy-env.js'
import { apiUrl } from './urls.js'

export type GitHubClient = ReturnType<typeof import('@actions/github').getOctokit>

export async function githubClient(
  token: string,
  env: Env,
  dispatcher: Dispatcher,
): Promise<GitHubClient> {
  const baseUrl = apiUrl(env)
  if (!baseUrl) {
    throw new Error('GITHUB_API_URL is not set to the GitHub API URL, so GitHub cannot be reached.')
  }
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token, {
    baseUrl,
    // Replaces @actions/github's own proxy-aware fetch (which reads the environment once, when
    // the module loads) with one on the step's dispatcher.
    request: {
      fetch: (input: string | URL, init?: Parameters<typeof fetch>[1]) =>
        fetch(input, { ...init, dispatcher }),
    },
  })
}
