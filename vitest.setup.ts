import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** One folder for every workspace and runner temp folder the tests make; removed afterwards. */
export default async function setup(): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'auth0-jobs-action-tests-'))
  process.env.AUTH0_ACTION_TEST_TMP = root
  return () => rm(root, { recursive: true, force: true })
}
