import { mkdir, writeFile } from 'node:fs/promises'
import { runUrl } from '../github/urls.js'
import { errorCountOf, jobIdsOf, type OperationResult } from '../results/result.js'
import * as core from '../runtime/actions-core.js'
import { runnerLogger } from '../runtime/logger.js'
import { fileInFolder } from './file-name.js'
import { stepOutputs } from './outputs.js'
import type { KnownSecrets } from './secrets.js'
import { describeReportSize, renderStepSummary } from './step-summary.js'

/**
 * The edge where a result leaves the process: the error report file, the step outputs and the
 * step summary. Runs whether the operation succeeded or not, so a failed or timed-out step still
 * tells the user every job id and what is known about it.
 */
export async function publish(
  result: OperationResult,
  failure: string | undefined,
  runnerTemp: string,
  secrets: KnownSecrets,
): Promise<void> {
  const { report } = result
  const reportPath =
    report.kind === 'file' ? await writeErrorReport(result, runnerTemp, secrets) : undefined
  for (const [name, value] of Object.entries(stepOutputs(result, reportPath))) {
    core.setOutput(name, secrets.scrub(value))
  }
  if (reportPath && errorCountOf(report) > 0) {
    runnerLogger(core).info(`Error report: ${reportPath} (${describeReportSize(report)}).`)
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = renderStepSummary(result, { runUrl: runUrl(process.env), failure })
    await core.summary.addRaw(secrets.scrub(markdown)).write()
  }
}

async function writeErrorReport(
  result: OperationResult,
  runnerTemp: string,
  secrets: KnownSecrets,
): Promise<string> {
  const label = jobIdsOf(result)[0] ?? (result.dryRun ? 'dry-run' : 'validation')
  const path = fileInFolder(runnerTemp, 'auth0-error-report', label, 'json', String(Date.now()))
  await mkdir(runnerTemp, { recursive: true })
  // One entry per line keeps a large report diffable and greppable.
  const entries = result.report.kind === 'file' ? result.report.entries : []
  const lines = entries.map((entry) => secrets.scrub(JSON.stringify(entry)))
  await writeFile(path, lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`)
  return path
}
