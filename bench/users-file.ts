/**
 * Throughput and memory of planUsersFile on a 1,000,000-user file.
 *
 *   npx node bench/users-file.ts [users=1000000] [--keep]
 *
 * Generates the file in a temp dir (realistic users: names, metadata, some bcrypt hashes, custom
 * hashes and MFA factors), then measures, each in a fresh child process so that peak RSS is its
 * own: (1) a plain fs.createReadStream read of the file — the baseline — and (2) planUsersFile.
 * Prints MB/s, peak RSS (process.resourceUsage().maxRSS) and ratios against the baseline.
 */
import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const READ_SIZE = 1 << 20
const CHUNK_SIZE = 500_000
const MB = 1e6

interface Measurement {
  seconds: number
  maxRssMb: number
  detail?: Record<string, unknown>
}

/** Deterministic pseudo-random numbers (so runs are comparable). */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    s ^= s >>> 12
    return (s >>> 0) / 2 ** 32
  }
}

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Donald',
  'Frances',
  'Ken',
  'Margaret',
  'Dennis',
  'Zoë',
  'José',
]
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
  'Thompson',
  'Hamilton',
  'Ritchie',
  'Núñez',
]
const B64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}

function chars(random: () => number, alphabet: string, length: number): string {
  let out = ''
  for (let k = 0; k < length; k++) out += alphabet[Math.floor(random() * alphabet.length)]
  return out
}

function makeUser(index: number, random: () => number): Record<string, unknown> {
  const given = pick(random, FIRST)
  const family = pick(random, LAST)
  const user: Record<string, unknown> = {
    email: `${given.toLowerCase()}.${family.toLowerCase()}.${index}@example${index % 97}.com`,
    email_verified: random() < 0.8,
    user_id: `u${index.toString(36).padStart(8, '0')}`,
    given_name: given,
    family_name: family,
    name: `${given} ${family}`,
    nickname: given.toLowerCase(),
    picture: `https://cdn.example.com/avatars/${index % 10_000}.png`,
    app_metadata: {
      roles: random() < 0.1 ? ['admin', 'editor'] : ['reader'],
      plan: pick(random, ['free', 'pro', 'enterprise']),
      account_id: `acct_${chars(random, B64.slice(2), 12)}`,
    },
    user_metadata: {
      theme: random() < 0.5 ? 'dark' : 'light',
      locale: pick(random, ['en-US', 'fr-CA', 'de-DE', 'ja-JP']),
      newsletter: random() < 0.3,
      address: {
        city: pick(random, ['Paris', 'Tokyo', 'Lima', 'Oslo']),
        zip: `${10000 + (index % 89999)}`,
      },
    },
  }
  if (index % 3 === 0) user.username = `${given.toLowerCase()}_${index}`
  const r = random()
  if (r < 0.3) user.password_hash = `$2b$10$${chars(random, B64, 53)}`
  else if (r < 0.35) {
    user.custom_password_hash = {
      algorithm: 'sha256',
      hash: { value: chars(random, '0123456789abcdef', 64), encoding: 'hex' },
      salt: { value: chars(random, B64.slice(2), 16), position: 'prefix' },
    }
  }
  if (random() < 0.05) user.mfa_factors = [{ totp: { secret: chars(random, B32, 32) } }]
  return user
}

async function generate(path: string, users: number): Promise<void> {
  const out = createWriteStream(path)
  const random = rng(42)
  out.write('[\n')
  let buffer = ''
  for (let index = 0; index < users; index++) {
    buffer += `${index === 0 ? '' : ',\n'}${JSON.stringify(makeUser(index, random))}`
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain')
      buffer = ''
    }
  }
  out.write(`${buffer}\n]\n`)
  out.end()
  await once(out, 'finish')
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'bench', 'out')

/**
 * Transpiles src/users/plan.ts and the sources it imports to plain JS under bench/out, so that the
 * measured process runs JavaScript as the bundled action does (no type stripping or transform in
 * its memory or time).
 */
async function transpile(): Promise<string> {
  const { default: ts } = await import('typescript')
  const pending = [join(ROOT, 'src', 'users', 'plan.ts')]
  const done = new Set<string>()
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (done.has(file)) continue
    done.add(file)
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
      pending.push(resolve(dirname(file), `${match[1]}.ts`))
    }
    const { outputText } = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2023,
        verbatimModuleSyntax: true,
      },
    })
    const target = join(OUT, relative(ROOT, file)).replace(/\.ts$/, '.js')
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
  return join(OUT, 'src', 'users', 'plan.js')
}

/**
 * The measured process: plain JavaScript (no TypeScript loader in its memory), printing one JSON
 * line. `baseline` only reads the file with fs.createReadStream; `plan` runs planUsersFile.
 */
const CHILD = `
const [kind, path, module] = process.argv.slice(2)
const rssMb = () => process.resourceUsage().maxRSS / 1024
const started = performance.now()
let detail
if (kind === 'baseline') {
  const { createReadStream } = await import('node:fs')
  let bytes = 0
  for await (const chunk of createReadStream(path, { highWaterMark: ${READ_SIZE} })) bytes += chunk.length
  detail = { bytes }
} else {
  const { planUsersFile } = await import(module)
  const loaded = performance.now()
  const result = await planUsersFile(path, { chunkSize: ${CHUNK_SIZE}, highWaterMark: ${READ_SIZE} })
  detail = {
    users: result.totalUsers,
    chunks: result.chunks.length,
    invalid: result.invalidCount,
    largestChunk: Math.max(...result.chunks.map((c) => c.bytes)),
    loadSeconds: (loaded - started) / 1000,
  }
}
process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, maxRssMb: rssMb(), detail }) + '\\n')
`

function runChild(kind: string, path: string, module = ''): Measurement {
  const script = join(OUT, 'child.mjs')
  mkdirSync(OUT, { recursive: true })
  writeFileSync(script, CHILD)
  const child = spawnSync(process.execPath, [script, kind, path, module], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  if (child.status !== 0) throw new Error(`${kind} failed: ${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as Measurement
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const users = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000)
  const dir = mkdtempSync(join(tmpdir(), 'users-bench-'))
  const path = join(dir, 'users.json')
  try {
    const generating = performance.now()
    await generate(path, users)
    const bytes = statSync(path).size
    console.log(
      `generated ${users} users, ${(bytes / MB).toFixed(1)} MB in ${((performance.now() - generating) / 1000).toFixed(1)} s: ${path}`,
    )
    // Warm the page cache so both runs read from memory alike.
    for await (const _ of createReadStream(path, { highWaterMark: READ_SIZE })) {
      // read only
    }
    const base = runChild('baseline', path)
    const planned = runChild('plan', path, await transpile())
    const row = (name: string, m: Measurement) =>
      `${name.padEnd(26)} ${m.seconds.toFixed(2).padStart(7)} s ${(bytes / MB / m.seconds).toFixed(1).padStart(8)} MB/s ${m.maxRssMb.toFixed(0).padStart(6)} MB peak RSS`
    console.log(`node ${process.version}, read size ${READ_SIZE} bytes, chunk_size ${CHUNK_SIZE}`)
    console.log(row('createReadStream (baseline)', base))
    console.log(row('planUsersFile', planned))
    console.log(
      `ratio vs baseline: time ×${(planned.seconds / base.seconds).toFixed(1)}, peak RSS ×${(planned.maxRssMb / base.maxRssMb).toFixed(2)} (+${(planned.maxRssMb - base.maxRssMb).toFixed(0)} MB)`,
    )
    console.log(`plan: ${JSON.stringify(planned.detail)}`)
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true })
  }
}

await main()
