/**
 * Generates the README's inputs and outputs tables from action.yml, so the two never disagree.
 *
 *   node scripts/readme-tables.ts           rewrite README.md between the markers
 *   node scripts/readme-tables.ts --check   exit 1 (and say what to run) when README.md is stale
 *   (npm run docs is the first; --root DIR works on another checkout)
 *
 * The tables sit between `<!-- inputs:start -->` / `<!-- inputs:end -->` and
 * `<!-- outputs:start -->` / `<!-- outputs:end -->`. They are written already aligned the way
 * biome formats Markdown tables, so `biome ci` and `--check` agree.
 *
 * action.yml is read with a small parser for the subset of YAML that action metadata uses
 * (nested mappings, plain, quoted and block scalars, comments), so no YAML dependency is needed.
 * Anything outside that subset (sequences, anchors, flow collections) is an error with its line.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'

export type YamlValue = string | YamlMap
export type YamlMap = Map<string, YamlValue>

export interface ActionInput {
  name: string
  description: string
  required: boolean
  default: string | undefined
}

export interface ActionOutput {
  name: string
  description: string
}

export interface ActionMetadata {
  name: string
  description: string
  author: string | undefined
  branding: { icon: string | undefined; color: string | undefined }
  inputs: ActionInput[]
  outputs: ActionOutput[]
  runs: { using: string | undefined; main: string | undefined }
}

interface Line {
  number: number
  indent: number
  text: string
}

/** Parses the YAML subset that action.yml files use into nested Maps of strings. */
export function parseYaml(source: string): YamlMap {
  const lines: Line[] = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, i) => {
      if (/\t/.test(raw.match(/^\s*/)?.[0] ?? '')) {
        throw new YamlError(i + 1, 'tabs are not allowed for indentation')
      }
      const text = raw.trimStart()
      return { number: i + 1, indent: raw.length - text.length, text: text.trimEnd() }
    })
  const parser = { lines, at: 0 }
  const root = parseMapping(parser, 0)
  skipBlank(parser)
  if (parser.at < lines.length) {
    const line = lines[parser.at] as Line
    throw new YamlError(line.number, 'unexpected indentation')
  }
  return root
}

export class YamlError extends Error {
  override name = 'YamlError'
  constructor(line: number, message: string) {
    super(`action.yml line ${line}: ${message}`)
  }
}

interface Parser {
  lines: Line[]
  at: number
}

function isBlank(line: Line): boolean {
  return line.text === '' || line.text.startsWith('#')
}

function skipBlank(parser: Parser): void {
  while (parser.at < parser.lines.length && isBlank(parser.lines[parser.at] as Line)) parser.at++
}

function parseMapping(parser: Parser, indent: number): YamlMap {
  const map: YamlMap = new Map()
  for (;;) {
    skipBlank(parser)
    const line = parser.lines[parser.at]
    if (!line || line.indent < indent) return map
    if (line.indent > indent) throw new YamlError(line.number, 'unexpected indentation')
    if (line.text.startsWith('- ') || line.text === '-') {
      throw new YamlError(line.number, 'sequences are not supported by this parser')
    }
    const match = /^([A-Za-z0-9_.-]+|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?$/.exec(line.text)
    if (!match) throw new YamlError(line.number, `expected "key: value", got "${line.text}"`)
    const key = (match[1] as string).replace(/^["']|["']$/g, '')
    if (map.has(key)) throw new YamlError(line.number, `duplicate key "${key}"`)
    const rest = stripComment(match[2] ?? '')
    parser.at++
    map.set(key, parseValue(parser, line, rest))
  }
}

function parseValue(parser: Parser, line: Line, rest: string): YamlValue {
  if (rest === '') {
    skipBlank(parser)
    const next = parser.lines[parser.at]
    if (next && next.indent > line.indent) return parseMapping(parser, next.indent)
    return ''
  }
  if (/^[|>][+-]?$/.test(rest)) return parseBlockScalar(parser, line, rest)
  if (/^[[{&*!]/.test(rest)) {
    throw new YamlError(line.number, 'flow collections, anchors and tags are not supported')
  }
  if (rest.startsWith('"') || rest.startsWith("'")) return parseQuoted(parser, line, rest)
  // A plain scalar may continue on more-indented lines; line breaks fold into spaces.
  const parts = [rest]
  for (;;) {
    const next = parser.lines[parser.at]
    if (!next || next.text === '' || next.indent <= line.indent) break
    parts.push(stripComment(next.text))
    parser.at++
  }
  return parts.join(' ')
}

/** A ` #` outside quotes starts a comment. */
function stripComment(text: string): string {
  if (text.startsWith('"') || text.startsWith("'")) return text
  if (text.startsWith('#')) return ''
  const at = text.search(/\s#/)
  return (at === -1 ? text : text.slice(0, at)).trimEnd()
}

function parseQuoted(parser: Parser, line: Line, rest: string): string {
  const quote = rest[0] as string
  let text = rest
  // A quoted scalar may span lines: keep reading until the closing quote.
  while (closingQuote(text, quote) === -1) {
    const next = parser.lines[parser.at]
    if (!next || (next.text !== '' && next.indent <= line.indent)) {
      throw new YamlError(line.number, `unterminated ${quote === '"' ? 'double' : 'single'} quote`)
    }
    text += next.text === '' ? '\n' : ` ${next.text}`
    parser.at++
  }
  const end = closingQuote(text, quote)
  const after = text.slice(end + 1).trim()
  if (after !== '' && !after.startsWith('#')) {
    throw new YamlError(line.number, `unexpected text after the closing quote: "${after}"`)
  }
  const body = text.slice(1, end).replace(/ ?\n ?/g, '\n')
  return quote === "'" ? body.replaceAll("''", "'") : unescapeDouble(body, line.number)
}

function closingQuote(text: string, quote: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text[i]
    if (quote === '"' && c === '\\') {
      i++
    } else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++
      else return i
    }
  }
  return -1
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  ' ': ' ',
}

function unescapeDouble(body: string, lineNumber: number): string {
  return body.replace(/\\(u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|.)/g, (_, code: string) => {
    if (code.length > 1) return String.fromCodePoint(Number.parseInt(code.slice(1), 16))
    const value = ESCAPES[code]
    if (value === undefined) throw new YamlError(lineNumber, `unknown escape "\\${code}"`)
    return value
  })
}

function parseBlockScalar(parser: Parser, line: Line, header: string): string {
  const lines: Line[] = []
  for (;;) {
    const next = parser.lines[parser.at]
    if (!next || (next.text !== '' && next.indent <= line.indent)) break
    lines.push(next)
    parser.at++
  }
  while (lines.length > 0 && (lines[lines.length - 1] as Line).text === '') lines.pop()
  const indent = Math.min(...lines.filter((l) => l.text !== '').map((l) => l.indent))
  const texts = lines.map((l) => (l.text === '' ? '' : ' '.repeat(l.indent - indent) + l.text))
  const value = header.startsWith('|') ? texts.join('\n') : fold(texts)
  // Chomping: "-" strips the final line break, the default and "+" keep one.
  return header.endsWith('-') || value === '' ? value : `${value}\n`
}

/** Folded block: lines of a paragraph join with spaces; empty and more-indented lines keep breaks. */
function fold(texts: string[]): string {
  let value = ''
  let breaks = 0
  let previous = ''
  for (const text of texts) {
    if (text === '') {
      breaks++
      continue
    }
    if (value === '') value = text
    else if (breaks > 0) value += '\n'.repeat(breaks) + text
    else if (text.startsWith(' ') || previous.startsWith(' ')) value += `\n${text}`
    else value += ` ${text}`
    breaks = 0
    previous = text
  }
  return value
}

function str(map: YamlMap, key: string): string | undefined {
  const value = map.get(key)
  return typeof value === 'string' ? value : undefined
}

function sub(map: YamlMap, key: string): YamlMap {
  const value = map.get(key)
  if (value === undefined || value === '') return new Map()
  if (typeof value === 'string') throw new Error(`action.yml: "${key}" must be a mapping`)
  return value
}

/** Reads action.yml's text into the metadata the tables (and the tests) need. */
export function parseActionMetadata(source: string): ActionMetadata {
  const root = parseYaml(source)
  const inputs = [...sub(root, 'inputs')].map(([name, value]): ActionInput => {
    if (typeof value === 'string') throw new Error(`action.yml: input "${name}" must be a mapping`)
    return {
      name,
      description: (str(value, 'description') ?? '').trim(),
      required: str(value, 'required') === 'true',
      default: str(value, 'default'),
    }
  })
  const outputs = [...sub(root, 'outputs')].map(([name, value]): ActionOutput => {
    if (typeof value === 'string') throw new Error(`action.yml: output "${name}" must be a mapping`)
    return { name, description: (str(value, 'description') ?? '').trim() }
  })
  const branding = sub(root, 'branding')
  const runs = sub(root, 'runs')
  return {
    name: str(root, 'name') ?? '',
    description: str(root, 'description') ?? '',
    author: str(root, 'author'),
    branding: { icon: str(branding, 'icon'), color: str(branding, 'color') },
    inputs,
    outputs,
    runs: { using: str(runs, 'using'), main: str(runs, 'main') },
  }
}

/** Text for a table cell: one line, pipes escaped, and nothing GitHub could take for HTML. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('|', '\\|')
}

function code(text: string): string {
  const fence = text.includes('`') ? '`` ' : '`'
  return `${fence}${text.replaceAll('|', '\\|')}${fence === '`' ? '`' : ' ``'}`
}

/** Width as biome measures it when it aligns table columns (code points). */
function width(text: string): number {
  return [...text].length
}

/** A Markdown table aligned the way biome formats one. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(3, width(h), ...rows.map((row) => width(row[i] ?? ''))),
  )
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c + ' '.repeat((widths[i] as number) - width(c))).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

export function inputsTable(metadata: ActionMetadata): string {
  return markdownTable(
    ['input', 'default', 'description'],
    metadata.inputs.map((input) => [
      code(input.name),
      input.required ? '**required**' : input.default ? code(input.default) : '',
      cell(input.description),
    ]),
  )
}

export function outputsTable(metadata: ActionMetadata): string {
  return markdownTable(
    ['output', 'description'],
    metadata.outputs.map((output) => [code(output.name), cell(output.description)]),
  )
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBetweenMarkers(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = document.indexOf(start)
  const to = document.indexOf(end)
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`README.md has no "${start}" ... "${end}" section.`)
  }
  if (document.indexOf(start, from + 1) !== -1) {
    throw new Error(`README.md has more than one "${start}".`)
  }
  return `${document.slice(0, from + start.length)}\n\n${content}\n\n${document.slice(to)}`
}

/** The README with both tables regenerated from action.yml. */
export function renderReadme(readme: string, actionYml: string): string {
  const metadata = parseActionMetadata(actionYml)
  const withInputs = replaceBetweenMarkers(readme, 'inputs', inputsTable(metadata))
  return replaceBetweenMarkers(withInputs, 'outputs', outputsTable(metadata))
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check')
  // --root DIR: another checkout (the tests use a copy); default: this repository.
  const rootAt = argv.indexOf('--root')
  const root = rootAt === -1 ? resolve(import.meta.dirname, '..') : resolve(argv[rootAt + 1] ?? '.')
  const readmePath = resolve(root, 'README.md')
  const [readme, actionYml] = await Promise.all([
    readFile(readmePath, 'utf8'),
    readFile(resolve(root, 'action.yml'), 'utf8'),
  ])
  const next = renderReadme(readme, actionYml)
  if (next === readme) {
    console.log('README.md inputs and outputs tables match action.yml.')
    return 0
  }
  if (check) {
    console.error(
      'README.md inputs/outputs tables differ from action.yml: run `npm run docs` and commit README.md.',
    )
    return 1
  }
  await writeFile(readmePath, next)
  console.log('README.md inputs and outputs tables regenerated from action.yml.')
  return 0
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exitCode = 1
    },
  )
}
