import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as core from './actions-core.js'
import type { Outcome } from './outcome.js'
import { stepOutputs } from './report/outputs.js'
import { renderStepSummary } from './report/step-summary.js'

/**
 * The edge where an outcome leaves the process: the error report file, the step outputs and the
 * step summary. Runs whether the operation succeeded or not, so a failed or timed-out step still
 * tells the user every job id and what is known about it.
 */
export async function publish(
  outcome: Outcome,
  failure: string | undefined,
  runnerTemp: string,
): Promise<void> {
  const reportPath = outcome.report ? await writeErrorReport(outcome, runnerTemp) : undefined
  for (const [name, value] of Object.entries(stepOutputs(outcome, reportPath))) {
    core.setOutput(name, value)
  }
  if (reportPath && outcome.errorCount > 0) {
    core.info(`Error report: ${reportPath} (${outcome.errorCount} entries).`)
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = renderStepSummary(outcome, { runUrl: await runUrl(), failure })
    await core.summary.addRaw(markdown).write()
  }
}

async function writeErrorReport(outcome: Outcome, runnerTemp: string): Promise<string> {
  const label = outcome.jobIds[0] ?? (outcome.dryRun ? 'dry-run' : 'validation')
  const path = join(runnerTemp, `auth0-error-report-${label}-${Date.now()}.json`)
  await mkdir(runnerTemp, { recursive: true })
  // One entry per line keeps a large report diffable and greppable.
  const lines = (outcome.report ?? []).map((entry) => JSON.stringify(entry))
  await writeFile(path, lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`)
  return path
}

/** Loaded only when needed: @actions/github pulls in Octokit, which start-up does not need. */
async function runUrl(): Promise<string | undefined> {
  if (!process.env.GITHUB_REPOSITORY || !process.env.GITHUB_RUN_ID) return undefined
  try {
    const { context } = await import('@actions/github')
    const { owner, repo } = context.repo
    return `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`
  } catch {
    return undefined
  }
}
