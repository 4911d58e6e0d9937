/**
 * Issue 15, target 2: peak RSS of the action's dry run at 1M, 2M and 4M users (4M ≈ 1 GB), against
 * a bare `node -e 0` and a plain read of the same file (fs.createReadStream), in the same run.
 *
 *   npm run build && npx node bench/users-memory.ts [--users 1000000,2000000,4000000]
 *
 * Each file is generated (about 250 bytes a user: unique email, user_id and username, names, a
 * bcrypt hash for a third of them), measured, and removed before the next.
 */
import { once } from 'node:events'
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ChildRun, runChild } from './compare/child.ts'
import { rng } from './realistic-users.ts'
import { dryRun } from './validate-speed.ts'

const args = process.argv.slice(2)
const at = args.indexOf('--users')
const SIZES = (at === -1 ? '1000000,2000000,4000000' : (args[at + 1] as string))
  .split(',')
  .map(Number)
const B64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

async function generate(path: string, users: number): Promise<void> {
  const out = createWriteStream(path)
  const random = rng(7)
  out.write('[\n')
  let buffer = ''
  for (let k = 0; k < users; k++) {
    const user: Record<string, unknown> = {
      email: `user.${k}@example${k % 97}.com`,
      email_verified: k % 5 !== 0,
      user_id: `u${k.toString(36).padStart(8, '0')}`,
      username: `user_${k}`,
      given_name: 'Ada',
      family_name: 'Lovelace',
      name: 'Ada Lovelace',
    }
    if (k % 3 === 0) {
      let hash = ''
      for (let c = 0; c < 53; c++) hash += B64[Math.floor(random() * 64)]
      user.password_hash = `$2b$10$${hash}`
    }
    buffer += `${k === 0 ? '' : ',\n'}${JSON.stringify(user)}`
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain')
      buffer = ''
    }
  }
  out.end(`${buffer}\n]\n`)
  await once(out, 'finish')
}

const mb = (run: ChildRun) => run.peakRssKiB / 1024

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'users-memory-'))
  try {
    const bare = await runChild(['-e', '0'], { PATH: process.env.PATH ?? '' }, dir)
    console.log(`node ${process.version}; bare node -e 0: ${mb(bare).toFixed(0)} MB peak RSS`)
    console.log('| users | file | read (createReadStream) | dry run | dry run − bare node | wall |')
    console.log('|---:|---:|---:|---:|---:|---:|')
    for (const users of SIZES) {
      const file = join(dir, 'users.json')
      await generate(file, users)
      const bytes = statSync(file).size
      const read = await runChild(
        [
          '-e',
          `(async()=>{for await (const _ of require('node:fs').createReadStream(${JSON.stringify(file)}, { highWaterMark: 1 << 20 }));})()`,
        ],
        { PATH: process.env.PATH ?? '' },
        dir,
      )
      const run = await dryRun(file, dir)
      if (!/the file is valid/.test(run.stdout))
        throw new Error(`dry run failed: ${run.stdout}${run.stderr}`)
      console.log(
        `| ${users.toLocaleString('en')} | ${(bytes / 1e9).toFixed(2)} GB | ${mb(read).toFixed(0)} MB | **${mb(run).toFixed(0)} MB** | +${(mb(run) - mb(bare)).toFixed(0)} MB | ${((run.exitedAt - run.spawnedAt) / 1000).toFixed(1)} s |`,
      )
      rmSync(file)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
