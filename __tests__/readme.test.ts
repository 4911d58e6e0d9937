import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  inputsTable,
  markdownTable,
  outputsTable,
  parseActionMetadata,
  parseYaml,
  renderReadme,
  replaceBetweenMarkers,
} from '../scripts/readme-tables.ts'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '..')
const script = join(root, 'scripts', 'readme-tables.ts')
const readme = await readFile(join(root, 'README.md'), 'utf8')
const actionYml = await readFile(join(root, 'action.yml'), 'utf8')
const metadata = parseActionMetadata(actionYml)

/** Names users' workflows depend on (the public contract); action.yml must keep every one. */
const CONTRACT_INPUTS = [
  'operation',
  'domain',
  'client_id',
  'client_secret',
  'token',
  'audience',
  'file',
  'connection_id',
  'upsert',
  'external_id',
  'send_completion_email',
  'format',
  'limit',
  'fields',
  'export_path',
  'user_id',
  'email_client_id',
  'identity',
  'organization_id',
  'job_id',
  'wait',
  'timeout',
  'max_failed_users',
  'dry_run',
  'chunk_size',
  'progress_file',
  'max_jobs',
  'client_assertion_key',
  'client_assertion_alg',
]
const CONTRACT_OUTPUTS = [
  'job_id',
  'status',
  'summary',
  'error_report',
  'error_count',
  'export_file',
  'job',
  'failed_users_file',
]
const CONTRACT_DEFAULTS: Record<string, string> = {
  upsert: 'false',
  send_completion_email: 'true',
  format: 'json',
  wait: 'true',
  timeout: '3600',
  max_failed_users: '0',
  dry_run: 'false',
  chunk_size: '500000',
}

/** The README section between two markers. */
function section(name: string): string {
  const start = readme.indexOf(`<!-- ${name}:start -->`)
  const end = readme.indexOf(`<!-- ${name}:end -->`)
  expect(start, `README.md has <!-- ${name}:start -->`).toBeGreaterThan(-1)
  expect(end, `README.md has <!-- ${name}:end -->`).toBeGreaterThan(start)
  return readme.slice(start, end)
}

describe('README and action.yml', () => {
  it('README tables are what npm run docs generates from action.yml', () => {
    // If this fails: run `npm run docs` and commit README.md.
    expect(renderReadme(readme, actionYml)).toBe(readme)
  })

  it('the generator in check mode agrees', async () => {
    const { stdout } = await run(process.execPath, [script, '--check'], { cwd: root })
    expect(stdout).toContain('match action.yml')
  })

  it('documents every input and output of action.yml in its table, in order', () => {
    const inputs = section('inputs')
    const outputs = section('outputs')
    const rows = (text: string) => [...text.matchAll(/^\| `([a-z_]+)`/gm)].map((m) => m[1])
    expect(rows(inputs)).toEqual(metadata.inputs.map((input) => input.name))
    expect(rows(outputs)).toEqual(metadata.outputs.map((output) => output.name))
    for (const input of metadata.inputs) {
      expect(input.description, `input ${input.name} has a description`).not.toBe('')
    }
    for (const output of metadata.outputs) {
      expect(output.description, `output ${output.name} has a description`).not.toBe('')
    }
  })

  it('action.yml keeps every contract input and output, with the contract defaults', () => {
    const inputs = new Map(metadata.inputs.map((input) => [input.name, input]))
    const outputs = new Set(metadata.outputs.map((output) => output.name))
    expect(CONTRACT_INPUTS.filter((name) => !inputs.has(name))).toEqual([])
    expect(CONTRACT_OUTPUTS.filter((name) => !outputs.has(name))).toEqual([])
    for (const [name, value] of Object.entries(CONTRACT_DEFAULTS)) {
      expect(inputs.get(name)?.default, `default of ${name}`).toBe(value)
    }
    expect(inputs.get('operation')?.required).toBe(true)
    expect(inputs.get('domain')?.required).toBe(true)
  })

  it('action.yml has Marketplace metadata and runs the bundle on node24', () => {
    expect(metadata.name).not.toBe('')
    expect(metadata.description.length).toBeGreaterThan(0)
    // The Marketplace refuses a description of 125 characters or more.
    expect(metadata.description.length).toBeLessThan(125)
    expect(metadata.author).toBeTruthy()
    // The colours GitHub accepts for branding; the icon is one of its Feather icon names.
    expect([
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark',
    ]).toContain(metadata.branding.color)
    expect(metadata.branding.icon).toMatch(/^[a-z0-9-]+$/)
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('keeps the quick-start commands that .ci/run and newcomers rely on', async () => {
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm ci && npm test')
    const ci = await readFile(join(root, '.ci', 'run'), 'utf8')
    expect(ci).toContain('npm ci && npm test')
  })

  it('keeps the benchmarks placeholder for bench/results.md', () => {
    section('bench')
  })

  it('mentions every input and output outside the tables too, or in the tables at least', () => {
    for (const name of [...CONTRACT_INPUTS, ...CONTRACT_OUTPUTS]) {
      expect(readme, name).toContain(`\`${name}\``)
    }
  })
})

describe('readme-tables CLI', () => {
  it('--check fails on a stale README and the generator fixes it', async () => {
    const dir = await mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'readme-'))
    await mkdir(dir, { recursive: true })
    await cp(join(root, 'action.yml'), join(dir, 'action.yml'))
    const stale = readme.replace('| `wait`', '| `wait_for_it`')
    expect(stale).not.toBe(readme)
    await writeFile(join(dir, 'README.md'), stale)

    const check = run(process.execPath, [script, '--check', '--root', dir])
    await expect(check).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('npm run docs'),
    })
    await run(process.execPath, [script, '--root', dir])
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toBe(readme)
    await run(process.execPath, [script, '--check', '--root', dir])
  })

  it('fails with a clear message when the markers are missing', async () => {
    const dir = await mkdtemp(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'readme-'))
    await cp(join(root, 'action.yml'), join(dir, 'action.yml'))
    await writeFile(join(dir, 'README.md'), '# no tables\n')
    await expect(run(process.execPath, [script, '--root', dir])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('<!-- inputs:start -->'),
    })
  })
})

describe('parseYaml (the action.yml subset)', () => {
  it('reads nested mappings, plain, quoted and block scalars, and comments', () => {
    const yaml = [
      '# a comment',
      'name: My action # trailing comment',
      'description: "Quoted: with \\"escapes\\" and a \\u00e9 # not a comment"',
      "author: 'it''s me'",
      'inputs:',
      '  first:',
      '    description: |',
      '      Line one',
      '        indented',
      '',
      '      Line three',
      '    required: true',
      '  second:',
      '    description: >-',
      '      folded',
      '      text',
      '',
      '      next paragraph',
      '    default: "0"',
      '  third:',
      '    description: a plain scalar',
      '      that continues',
      '    default: json',
      'outputs:',
      '  out:',
      '    description: "spans',
      '      two lines"',
      'runs:',
      '  using: node24',
      '  main: dist/index.js',
      '',
    ].join('\n')
    const meta = parseActionMetadata(yaml)
    expect(meta.name).toBe('My action')
    expect(meta.description).toBe('Quoted: with "escapes" and a é # not a comment')
    expect(meta.author).toBe("it's me")
    expect(meta.inputs).toEqual([
      {
        name: 'first',
        description: 'Line one\n  indented\n\nLine three',
        required: true,
        default: undefined,
      },
      { name: 'second', description: 'folded text\nnext paragraph', required: false, default: '0' },
      {
        name: 'third',
        description: 'a plain scalar that continues',
        required: false,
        default: 'json',
      },
    ])
    expect(meta.outputs).toEqual([{ name: 'out', description: 'spans two lines' }])
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('keeps the order of keys and reads an empty value as empty', () => {
    const map = parseYaml('b: 1\na:\nc: x\n')
    expect([...map.keys()]).toEqual(['b', 'a', 'c'])
    expect(map.get('a')).toBe('')
  })

  it.each([
    ['a sequence', 'runs:\n  steps:\n    - run: echo\n', /line 3: sequences/],
    ['tab indentation', 'inputs:\n\tx: y\n', /line 2: tabs/],
    ['a duplicate key', 'name: a\nname: b\n', /line 2: duplicate key "name"/],
    ['an unterminated quote', 'name: "open\n', /line 1: unterminated double quote/],
    ['a flow mapping', 'branding: {icon: x}\n', /line 1: flow collections/],
    ['stray indentation', 'a:\n    b: c\n  d: e\n', /line 3: unexpected indentation/],
    ['text that is not key: value', 'just text\n', /line 1: expected "key: value"/],
  ])('rejects %s with its line number', (_, yaml, message) => {
    expect(() => parseYaml(yaml)).toThrow(message)
  })

  it('reads this repository’s action.yml: every input and output has a name and description', () => {
    expect(metadata.inputs.length).toBeGreaterThanOrEqual(CONTRACT_INPUTS.length)
    expect(metadata.inputs.every((input) => /^[a-z][a-z0-9_]*$/.test(input.name))).toBe(true)
    expect(metadata.outputs.every((output) => /^[a-z][a-z0-9_]*$/.test(output.name))).toBe(true)
  })
})

describe('tables', () => {
  it('align columns the way biome formats Markdown tables', () => {
    expect(markdownTable(['a', 'bb'], [['`x\\|y`', 'é…']])).toBe(
      ['| a      | bb  |', '| ------ | --- |', '| `x\\|y` | é…  |'].join('\n'),
    )
  })

  it('escape pipes and angle brackets, mark required inputs, and show defaults as code', () => {
    const meta = parseActionMetadata(
      [
        'inputs:',
        '  path:',
        '    description: "Default: <dir>/out.<json|csv> & more"',
        '    required: true',
        '  mode:',
        '    description: Mode.',
        '    default: "a|b"',
        'outputs:',
        '  result:',
        '    description: |',
        '      Two',
        '      lines.',
      ].join('\n'),
    )
    const inputs = inputsTable(meta)
    expect(inputs).toContain('| `path` | **required** |')
    expect(inputs).toContain('Default: &lt;dir&gt;/out.&lt;json\\|csv&gt; &amp; more')
    expect(inputs).toContain('| `mode` | `a\\|b`')
    expect(outputsTable(meta)).toContain('| `result` | Two lines.  |')
  })

  it('replace only what is between the markers', () => {
    const doc = 'before\n<!-- x:start -->\nold\n<!-- x:end -->\nafter\n'
    expect(replaceBetweenMarkers(doc, 'x', 'new')).toBe(
      'before\n<!-- x:start -->\n\nnew\n\n<!-- x:end -->\nafter\n',
    )
    expect(() => replaceBetweenMarkers(doc, 'y', 'new')).toThrow('<!-- y:start -->')
  })
})
