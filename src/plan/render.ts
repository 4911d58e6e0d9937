/**
 * The plan and the verification as outputs and Markdown (step summary, pull-request comment).
 * Only counts, file indexes, attribute names and job ids appear: never an email, a name or any
 * other value of a user, since public repositories show summaries and comments to everyone.
 */
import type { OperationResult } from '../results/result.js'
import type { VerifyReport } from '../verify/verify.js'
import { PLAN_ACTIONS } from './classify.js'
import type { PlanReport, TenantSource } from './plan-pass.js'

/** `plan_summary` (action.yml). */
export function planSummaryJson(report: PlanReport): string {
  const { insert, update, unchanged, duplicate, conflict, skipped } = report.counts
  return JSON.stringify({ insert, update, unchanged, duplicate, conflict, skipped })
}

/** `verify_summary` (action.yml). */
export function verifySummaryJson(report: VerifyReport): string {
  const { checked, present, missing, different } = report
  return JSON.stringify({ checked, present, missing, different })
}

const LABELS: Record<string, string> = {
  insert: 'Insert',
  update: 'Update',
  unchanged: 'Unchanged',
  duplicate: 'Duplicate (Auth0 will fail it)',
  conflict: 'Conflict (Auth0 will fail it)',
  skipped: 'Skipped (skip_existing)',
}

function indexes(list: readonly number[], count: number): string {
  if (list.length === 0) return ''
  return `${list.join(', ')}${count > list.length ? ', …' : ''}`
}

function describeSource(source: TenantSource): string {
  return source.kind === 'export'
    ? `export job \`${source.jobId ?? '?'}\` (${source.requests} Management API requests)`
    : `${source.requests - 1} look-ups by email and 1 connection read (${source.requests} requests, no job)`
}

export function renderPlan(report: PlanReport): string {
  const rows = [...PLAN_ACTIONS, 'skipped' as const].map(
    (kind) =>
      `| ${LABELS[kind]} | ${report.counts[kind]} | ${indexes(report.first[kind], report.counts[kind])} |`,
  )
  return [
    '### Plan',
    '',
    '| Action | Users | First indexes in the file |',
    '| --- | ---: | --- |',
    ...rows,
    '',
    `Predicted failures: **${report.predictedFailures}**. Read by ${describeSource(report.source)}.`,
  ].join('\n')
}

export function renderVerify(report: VerifyReport): string {
  const lines = [
    '### Verify',
    '',
    '| Checked | Present | Missing | Different |',
    '| ---: | ---: | ---: | ---: |',
    `| ${report.checked} | ${report.present} | ${report.missing} | ${report.different} |`,
  ]
  if (report.missing > 0) {
    lines.push(
      '',
      `First missing (index in the file): ${indexes(report.first.missing, report.missing)}`,
    )
  }
  if (report.different > 0) {
    lines.push(
      '',
      `First different (index in the file): ${indexes(report.first.different, report.different)}`,
    )
  }
  lines.push('', `Read by ${describeSource(report.source)}.`)
  return lines.join('\n')
}

/** The step summary's sections for the plan and the verification, when there are any. */
export function reviewSections(outcome: OperationResult): string[] {
  const sections: string[] = []
  if (outcome.plan) sections.push(renderPlan(outcome.plan))
  if (outcome.verify) sections.push(renderVerify(outcome.verify))
  return sections
}
