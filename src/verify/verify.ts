/**
 * `verify`: after the jobs end, read the connection again and check that every uploaded user
 * Auth0 did not report as failed is there with what the file set. Users that are missing or
 * differ join the error report and failed_users_file, and count toward `max_failed_users`.
 */
import type { Outcome } from '../outcome.js'
import { COMPARED } from '../plan/attributes.js'
import { FIRST_INDEXES, type TenantSource } from '../plan/plan-pass.js'
import type { ReadContext } from '../plan/read-tenant.js'
import { readConnectionFor } from '../plan/run-plan.js'
import { applyGate } from '../report/gate.js'
import type { ImportSettings } from '../settings.js'
import { redactUser } from '../users/redact.js'
import { scanJsonArrayFile } from '../users/scan.js'
import { checkUser } from './check.js'

export interface VerifyReport {
  checked: number
  present: number
  missing: number
  different: number
  /** The first FIRST_INDEXES file indexes of each problem. */
  first: { missing: number[]; different: number[] }
  source: TenantSource
}

export interface VerifyUpload {
  /** The users file. */
  path: string
  /** Users uploaded (all of the file's, or what skip_existing kept of them). */
  totalUsers: number
  /** Upload indexes Auth0 reported as failed: not checked. */
  failed: ReadonlySet<number>
  /** Index in the users file → upload index; undefined for a user skip_existing left out. */
  uploadIndex(fileIndex: number): number | undefined
  /** Did the plan find this user (by file index) already there, so that it was updated? */
  existedBefore(fileIndex: number): boolean | undefined
  /** The job that imported the user at this upload index. */
  jobOf(uploadIndex: number): string | null
}

/** Returns the upload indexes that failed verification. */
export async function verifyImport(
  settings: ImportSettings,
  context: ReadContext,
  upload: VerifyUpload,
  outcome: Outcome,
  reportLimit: number,
): Promise<Set<number>> {
  const { index, source } = await readConnectionFor(
    upload.path,
    upload.totalUsers,
    settings,
    context,
    'Verify',
    COMPARED,
    (at) => upload.uploadIndex(at) !== undefined,
  )
  const report: VerifyReport = {
    checked: 0,
    present: 0,
    missing: 0,
    different: 0,
    first: { missing: [], different: [] },
    source,
  }
  const failed = new Set<number>()
  const entries: Parameters<Outcome['addReportEntries']>[0] = []
  await scanJsonArrayFile(upload.path, (element) => {
    const at = element.index
    const uploaded = upload.uploadIndex(at)
    if (uploaded === undefined || upload.failed.has(uploaded)) return
    const user = element.value as Record<string, unknown>
    // Without a plan, an upsert may have inserted or updated: only what both set is checked.
    const updated = upload.existedBefore(at) ?? settings.upsert
    const verdict = checkUser(user, index, updated)
    report.checked++
    if (verdict.kind === 'present') {
      report.present++
      return
    }
    report[verdict.kind]++
    const first = report.first[verdict.kind]
    if (first.length < FIRST_INDEXES) first.push(at)
    failed.add(uploaded)
    entries.push({
      job_id: upload.jobOf(uploaded),
      index: at,
      user: redactUser(user),
      errors: verdict.errors,
    })
    if (entries.length >= 1000) outcome.addReportEntries(entries.splice(0), reportLimit)
  })
  outcome.addReportEntries(entries, reportLimit)
  outcome.verify = report
  context.logger.info(
    `Verify: ${report.checked} checked, ${report.present} present, ${report.missing} missing, ${report.different} different.`,
  )
  if (failed.size > 0) regate(settings, outcome, failed.size, upload.totalUsers)
  return failed
}

/** The gate again, with the users verify found missing or different counted as failed. */
function regate(
  settings: ImportSettings,
  outcome: Outcome,
  verifyFailures: number,
  uploaded: number,
): void {
  const summary = outcome.summary
  const failed = (summary?.failed ?? 0) + verifyFailures
  const gate = applyGate(settings.maxFailedUsers, failed, uploaded)
  const at = outcome.notes.findIndex((note) => note.startsWith('Gate: '))
  const note = `Gate: ${gate.description} (${verifyFailures} of them found missing or different by verify).`
  if (at >= 0) outcome.notes[at] = note
  else outcome.notes.push(note)
  if (!gate.passed && outcome.failure === undefined) {
    outcome.failure = `Too many users failed to import: ${gate.description}, of which ${verifyFailures} Auth0 reported as imported but verify found missing or different. See the error report (NOT_FOUND_AFTER_IMPORT, DIFFERS_AFTER_IMPORT) for each user.`
  }
}
