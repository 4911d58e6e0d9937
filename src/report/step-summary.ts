import { reviewSections } from '../plan/render.js'
import {
  type ErrorReport,
  errorCountOf,
  jobIdsOf,
  type OperationResult,
  statusOf,
} from '../results/result.js'
import { markdownCell, markdownText, tableCell } from './markdown.js'

/** The runner drops a step summary over 1 MiB; stay far below it. */
const MAX_ERROR_ROWS = 50
const MAX_JOB_ROWS = 200

export interface SummaryContext {
  /** Link to the workflow run, when the runner's context provides one. */
  runUrl: string | undefined
  /** Why the step failed, or undefined when it passed. */
  failure: string | undefined
}

function table(header: string[], rows: unknown[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
  // Cells of the action's own Markdown; text from outside is passed through markdownText first.
  for (const row of rows) lines.push(`| ${row.map(tableCell).join(' | ')} |`)
  return lines.join('\n')
}

/**
 * The step summary as Markdown: what ran and its result at a glance, then detail. Users' emails
 * and other personal data stay out of it (anyone with read access to the repository sees it);
 * failed users are named by their index in the file.
 */
export function renderStepSummary(result: OperationResult, context: SummaryContext): string {
  const verdict = context.failure ? '❌ failed' : '✅ passed'
  const parts = [`## Auth0 ${result.operation}: ${verdict}`]
  if (context.failure) parts.push(`> ${markdownCell(context.failure)}`)

  const facts: unknown[][] = [['Operation', `\`${result.operation}\``]]
  const status = statusOf(result)
  if (status) facts.push(['Status', `**${markdownText(status)}**`])
  if (result.jobs.length > 0)
    facts.push([
      'Jobs',
      jobIdsOf(result)
        .map((id) => `\`${id}\``)
        .join(', '),
    ])
  if (result.totalUsers !== undefined) facts.push(['Users in file', result.totalUsers])
  const s = result.summary
  if (s) {
    facts.push([
      'Result',
      `${s.inserted} inserted, ${s.updated} updated, ${s.failed} failed of ${s.total}`,
    ])
  }
  if (result.report.kind === 'file')
    facts.push(['Error report entries', describeReportSize(result.report)])
  if (result.exportFile !== undefined) {
    facts.push(['Exported users', result.exportedRecords ?? 'unknown'])
  }
  for (const note of result.notes) facts.push(['Note', markdownText(note)])
  if (context.runUrl) facts.push(['Run', `[workflow run](${context.runUrl})`])
  parts.push(table(['', ''], facts))

  parts.push(...reviewSections(result))
  if (result.chunks && result.chunks.length > 1) parts.push(renderChunks(result))
  if (result.report.kind === 'file' && result.report.entries.length > 0) {
    parts.push(renderErrors(result.report))
  }
  return `${parts.join('\n\n')}\n`
}

/**
 * How many entries the error report has, and, when it was capped, how many its file holds and
 * the cap: `error_count` is the true count, the file holds the first entries only.
 */
export function describeReportSize(report: ErrorReport): string {
  const count = errorCountOf(report)
  if (report.kind === 'none' || report.omitted === 0) {
    return `${count} ${count === 1 ? 'entry' : 'entries'}`
  }
  const cap = report.limit === undefined ? '' : `; it keeps at most ${report.limit}`
  return `${count} entries; the file holds the first ${report.entries.length}${cap}`
}

function renderChunks(result: OperationResult): string {
  const chunks = result.chunks ?? []
  const jobs = new Map(result.jobs.map((job) => [job.id, job]))
  const rows = chunks.slice(0, MAX_JOB_ROWS).map((chunk) => {
    const job = chunk.jobId ? jobs.get(chunk.jobId) : undefined
    const last = chunk.firstUser + chunk.userCount - 1
    return [
      chunk.index + 1,
      `${chunk.firstUser}–${last}`,
      chunk.bytes,
      job ? `\`${job.id}\`` : result.dryRun ? 'planned' : 'not submitted',
      job?.status ?? '',
      job?.summary?.inserted ?? '',
      job?.summary?.updated ?? '',
      job?.summary?.failed ?? '',
    ]
  })
  const more =
    chunks.length > MAX_JOB_ROWS ? `\n\n…and ${chunks.length - MAX_JOB_ROWS} more chunks.` : ''
  return `### ${result.dryRun ? 'Planned jobs' : 'Jobs'}\n\n${table(
    ['Chunk', 'Users (file index)', 'Bytes', 'Job', 'Status', 'Inserted', 'Updated', 'Failed'],
    rows,
  )}${more}`
}

function renderErrors(errorReport: ErrorReport & { kind: 'file' }): string {
  const report = errorReport.entries
  const byCode = new Map<string, number>()
  for (const entry of report) {
    for (const code of new Set(entry.errors.map((error) => error.code))) {
      byCode.set(code, (byCode.get(code) ?? 0) + 1)
    }
  }
  const codes = [...byCode.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([code, users]) => [markdownText(code), users])
  const rows = report.slice(0, MAX_ERROR_ROWS).map((entry) => {
    const first = entry.errors[0]
    return [
      entry.index ?? '?',
      markdownText(first?.code),
      markdownText([first?.path, first?.message].filter(Boolean).join(': ')),
    ]
  })
  const shown = Math.min(MAX_ERROR_ROWS, report.length)
  return [
    '### Errors by code',
    table(['Code', 'Users'], codes),
    `<details><summary>First ${shown} of ${errorCountOf(errorReport)} failed users (index in the file)</summary>\n\n${table(['Index', 'Code', 'Detail'], rows)}\n\n</details>`,
  ].join('\n\n')
}
