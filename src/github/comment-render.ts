/**
 * The pull-request comment's Markdown. It shows counts, the gate verdict, file indexes and a link
 * to the run, and never an email, a name, a secret or a message from outside (Auth0's or the
 * file's): on a public repository everyone reads it (README, "Review before, verify after").
 */
import { createHash } from 'node:crypto'
import type { Env } from '../http/proxy-env.js'
import { FIRST_INDEXES } from '../plan/plan-pass.js'
import { renderPlan, renderVerify } from '../plan/render.js'
import { markdownText } from '../report/markdown.js'
import { errorCountOf, type OperationResult, statusOf } from '../results/result.js'

/**
 * The hidden marker of one step: a hash of GITHUB_WORKFLOW, GITHUB_JOB and GITHUB_ACTION, so a
 * rerun of the same step finds its comment again, another step makes its own, and nothing the
 * workflow named reaches the comment's text.
 */
export function stepMarker(env: Env): string {
  const step = [env.GITHUB_WORKFLOW ?? '', env.GITHUB_JOB ?? '', env.GITHUB_ACTION ?? ''].join('\0')
  const id = createHash('sha256').update(step).digest('hex').slice(0, 24)
  return `<!-- auth0-jobs-action step:${id} -->`
}

export interface CommentContext {
  marker: string
  runUrl: string | undefined
  /** Why the step failed, or undefined when it passed (only whether it failed is shown). */
  failure: string | undefined
}

export function renderComment(outcome: OperationResult, context: CommentContext): string {
  const verdict = context.failure === undefined ? '✅ passed' : '❌ failed'
  const kind = outcome.dryRun ? (outcome.plan ? 'plan (dry run)' : 'dry run') : 'result'
  const lines = [context.marker, `## Auth0 ${outcome.operation} ${kind}: ${verdict}`, '']
  const gate = outcome.notes.find((note) => note.startsWith('Gate: '))
  if (gate) lines.push(`**${markdownText(gate)}**`, '')
  const facts: string[] = []
  if (outcome.totalUsers !== undefined) facts.push(`Users in the file: **${outcome.totalUsers}**`)
  const status = statusOf(outcome)
  if (status) facts.push(`Status: **${markdownText(status)}**`)
  const s = outcome.summary
  if (s)
    facts.push(
      `Auth0: ${s.inserted} inserted, ${s.updated} updated, ${s.failed} failed of ${s.total}`,
    )
  if (outcome.jobs.length > 0) facts.push(`Jobs: ${outcome.jobs.length}`)
  if (facts.length > 0) lines.push(facts.map((fact) => `- ${fact}`).join('\n'), '')
  if (outcome.plan) lines.push(renderPlan(outcome.plan), '')
  if (outcome.verify) lines.push(renderVerify(outcome.verify), '')
  const failed = failedIndexes(outcome)
  if (failed) lines.push(failed, '')
  if (context.failure !== undefined) {
    lines.push('The run log and its step summary say why the step failed and what to do.', '')
  }
  if (context.runUrl) lines.push(`[Workflow run](${context.runUrl})`)
  return `${lines.join('\n').trimEnd()}\n`
}

function failedIndexes(outcome: OperationResult): string | undefined {
  const report = outcome.report.kind === 'file' ? outcome.report.entries : []
  if (report.length === 0) return undefined
  const errorCount = errorCountOf(outcome.report)
  const indexes = report
    .map((entry) => entry.index)
    .filter((index): index is number => index !== null)
    .slice(0, FIRST_INDEXES)
  const more = errorCount > indexes.length ? ', …' : ''
  return `Users in the error report: **${errorCount}**; first indexes in the file: ${indexes.join(', ')}${more}`
}
