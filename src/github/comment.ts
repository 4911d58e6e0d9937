/**
 * `github_token`: one comment per step on the pull request the workflow runs for, found again by
 * its hidden marker and updated on a rerun. Commenting is a courtesy: any failure (a token
 * without `pull-requests: write`, a fork's read-only token, GitHub unreachable) is one warning
 * that names the permission, and never fails the migration.
 */
import { readFile } from 'node:fs/promises'
import type { Dispatcher } from 'undici'
import type { Env } from '../http/proxy-env.js'
import type { OperationResult } from '../results/result.js'
import type { Logger } from '../runtime/logger.js'
import { type GitHubClient, githubClient } from './client.js'
import { renderComment, stepMarker } from './comment-render.js'
import { runUrl } from './urls.js'

/** Events whose payload is a pull request the step can comment on. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])
/** GitHub answers in well under a second; a hung call must not hold the step. */
const REQUEST_TIMEOUT_MS = 20_000

export interface PullRequest {
  owner: string
  repo: string
  number: number
}

/** The pull request of this run, from the runner's variables and event file; undefined if none. */
export async function pullRequestOf(env: Env): Promise<PullRequest | undefined> {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH)
    return undefined
  const repository = /^([\w.-]+)\/([\w.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '')
  if (!repository) return undefined
  let event: unknown
  try {
    event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    return undefined
  }
  const number = (event as { pull_request?: { number?: unknown } } | null)?.pull_request?.number
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return undefined
  return { owner: repository[1] as string, repo: repository[2] as string, number }
}

export async function commentOnPullRequest(
  token: string,
  body: string,
  marker: string,
  env: Env,
  dispatcher: Dispatcher,
  logger: Logger,
): Promise<void> {
  const pr = await pullRequestOf(env)
  if (!pr) {
    logger.info('github_token is set, but this run is not for a pull request: no comment made.')
    return
  }
  try {
    const client = await githubClient(token, env, dispatcher)
    const existing = await findComment(client, pr, marker)
    const target = { owner: pr.owner, repo: pr.repo }
    const request = { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
    if (existing === undefined) {
      await client.rest.issues.createComment({ ...target, issue_number: pr.number, body, request })
      logger.info(`Commented on pull request #${pr.number}.`)
    } else {
      await client.rest.issues.updateComment({ ...target, comment_id: existing, body, request })
      logger.info(`Updated this step's comment on pull request #${pr.number}.`)
    }
  } catch (error) {
    logger.warning(commentFailure(error, pr))
  }
}

async function findComment(client: GitHubClient, pr: PullRequest, marker: string) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
    request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
  })
  return comments.find((comment) => comment.body?.includes(marker))?.id
}

/** One warning naming what to change; GitHub's own text is not repeated (it may be anything). */
export function commentFailure(error: unknown, pr: PullRequest): string {
  const status = (error as { status?: unknown } | null)?.status
  const http = typeof status === 'number' ? `HTTP ${status}` : 'GitHub could not be reached'
  const permission =
    status === 401
      ? 'github_token was refused: pass the workflow token (github.token) or another token that is still valid, with pull-requests: write.'
      : 'Give the job `permissions: pull-requests: write`. A pull request from a fork gets a read-only token, so comment from a workflow that runs on pull_request_target or workflow_run instead.'
  return `Could not comment on pull request #${pr.number} (${http}); the migration itself is not affected. ${permission}`
}

/** The step's comment with its outcome (main.ts calls this after publishing the outputs). */
export async function commentStep(
  outcome: OperationResult,
  failure: string | undefined,
  token: string,
  env: Env,
  dispatcher: Dispatcher,
  logger: Logger,
): Promise<void> {
  const marker = stepMarker(env)
  const body = renderComment(outcome, { marker, runUrl: runUrl(env), failure })
  await commentOnPullRequest(token, body, marker, env, dispatcher, logger)
}
