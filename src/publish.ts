import { mkdir, writeFile } from 'node:fs/promises'
import * as core from './actions-core.js'
import { runUrl } from './github/urls.js'
import { runnerLogger } from './logger.js'
import type { Outcome } from './outcome.js'
import { fileInFolder } from './report/file-name.js'
import { stepOutputs } from './report/outputs.js'
import type { KnownSecrets } from './report/secrets.js'
import { describeReportSize, renderStepSummary } from './report/step-summary.js'

/**
 * The edge where an outcome leaves the process: the error report file, the step outputs and the
 * step summary. Runs whether the operation succeeded or not, so a failed or timed-out step still
 * tells the user every job id and what is known about it.
 */
export async function publish(
  outcome: Outcome,
  failure: string | undefined,
  runnerTemp: string,
  secrets: KnownSecrets,
): Promise<void> {
  const reportPath = outcome.report
    ? await writeErrorReport(outcome, runnerTemp, secrets)
    : undefined
  for (const [name, value] of Object.entries(stepOutputs(outcome, reportPath))) {
    core.setOutput(name, secrets.scrub(value))
  }
  if (reportPath && outcome.errorCount > 0) {
    runnerLogger(core).info(`Error report: ${reportPath} (${describeReportSize(outcome)}).`)
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = renderStepSummary(outcome, { runUrl: runUrl(process.env), failure })
    await core.summary.addRaw(secrets.scrub(markdown)).write()
  }
}

async function writeErrorReport(
  outcome: Outcome,
  runnerTemp: string,
  secrets: KnownSecrets,
): Promise<string> {
  const label = outcome.jobIds[0] ?? (outcome.dryRun ? 'dry-run' : 'validation')
  const path = fileInFolder(runnerTemp, 'auth0-error-report', label, 'json', String(Date.now()))
  await mkdir(runnerTemp, { recursive: true })
  // One entry per line keeps a large report diffable and greppable.
  const lines = (outcome.report ?? []).map((entry) => secrets.scrub(JSON.stringify(entry)))
  await writeFile(path, lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`)
  return path
}
