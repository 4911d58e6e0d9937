/**
 * `plan` / `skip_existing`: read the connection, classify every user of the validated file, and
 * record the plan in the outcome (plan_summary, plan_file, the step summary, the comment).
 */
import { join } from 'node:path'
import type { Logger } from '../logger.js'
import type { Outcome } from '../outcome.js'
import { applyGate } from '../report/gate.js'
import type { ImportSettings } from '../settings.js'
import type { UsersFilePlan } from '../users/plan.js'
import { scanJsonArray } from '../users/scan.js'
import { type ComparedAttribute, UPSERTABLE } from './attributes.js'
import { type PlanPass, planPass } from './plan-pass.js'
import { lookupEmails, MAX_LOOKUP_USERS, type ReadContext, readConnection } from './read-tenant.js'

/**
 * Reads the connection the cheaper way for `totalUsers` users of this file (read-tenant.ts):
 * those at the file indexes `included` accepts (all by default; verify after skip_existing
 * checks only the uploaded ones).
 */
export async function readConnectionFor(
  file: string,
  totalUsers: number,
  settings: ImportSettings,
  context: ReadContext,
  purpose: string,
  attributes: readonly ComparedAttribute[],
  included: (fileIndex: number) => boolean = () => true,
) {
  const emails =
    totalUsers <= MAX_LOOKUP_USERS ? lookupEmails(await smallFile(file, included)) : undefined
  return readConnection(settings.connectionId, emails, context, purpose, attributes)
}

async function smallFile(
  file: string,
  included: (fileIndex: number) => boolean,
): Promise<Record<string, unknown>[]> {
  const users: Record<string, unknown>[] = []
  for await (const element of scanJsonArray(file)) {
    if (included(element.index)) users.push(element.value as Record<string, unknown>)
  }
  return users
}

/** `upload`: the validated plan and the upload budget, which skip_existing plans chunks with. */
export async function planImport(
  settings: ImportSettings,
  context: ReadContext,
  upload: { validated: UsersFilePlan; budget: number },
  outcome: Outcome,
): Promise<PlanPass> {
  const { totalUsers } = upload.validated
  const { index, source } = await readConnectionFor(
    settings.file,
    totalUsers,
    settings,
    context,
    'Plan',
    // Without upsert every match is a duplicate: no attribute is compared.
    settings.upsert ? UPSERTABLE : [],
  )
  const stamp = `${Date.now()}-${process.pid}`
  const pass = await planPass(settings.file, totalUsers, index, {
    upsert: settings.upsert,
    skipExisting: settings.skipExisting,
    planFile: join(context.runnerTemp, `auth0-plan-${stamp}.json`),
    upload,
    source,
  })
  outcome.plan = pass.report
  logPlan(pass, context.logger)
  return pass
}

function logPlan(pass: PlanPass, logger: Logger): void {
  const { counts, file } = pass.report
  logger.info(
    `Plan: ${counts.insert} insert, ${counts.update} update, ${counts.unchanged} unchanged, ${counts.duplicate} duplicate, ${counts.conflict} conflict; ${counts.skipped} skipped. Plan file: ${file}.`,
  )
}

/** A dry run with a plan meets the gate with the failures the plan predicts. */
export function judgePlan(
  pass: PlanPass,
  settings: ImportSettings,
  totalUsers: number,
  outcome: Outcome,
): void {
  const gate = applyGate(settings.maxFailedUsers, pass.report.predictedFailures, totalUsers)
  const description = gate.description.replace('users failed', 'users are predicted to fail')
  outcome.notes.push(`Gate: ${description}.`)
  if (!gate.passed) {
    outcome.failure = `The plan predicts that Auth0 will fail too many users: ${description}. The duplicates and conflicts are listed in plan_file (${pass.report.file}) by their index in the file.`
  }
}
