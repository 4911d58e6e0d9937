/**
 * What the business modules may say. main.ts binds it to @actions/core; tests use a recorder.
 * Keeping @actions/core out of the logic keeps it testable without module mocks.
 */
export interface Annotation {
  title?: string
  file?: string
  startLine?: number
}

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string, annotation?: Annotation): void
  error(message: string, annotation?: Annotation): void
}

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
}

/** Line breaks the runner (or a log viewer) may split on. */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g
/** Other control characters: they could rewrite what a log line shows. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
/** A workflow command is a line whose trimmed start is `::`. */
const COMMAND_START = /^(\s*)::/
/** The runner's legacy command syntax, `##[name]`, is found anywhere in a line. */
const LEGACY_COMMAND = /##\[/g

/**
 * Text for one runner log line that cannot start a workflow command: line breaks shown as `⏎`,
 * other control characters as `�`, a leading `::` and any `##[` broken up with a visible mark.
 * Text from Auth0, the users file or the environment reaches the log only through here (the
 * runner logger applies it to every message).
 */
export function oneLogLine(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ⏎ ')
    .replace(CONTROLS, '\ufffd')
    .replace(COMMAND_START, '$1» ::')
    .replace(LEGACY_COMMAND, '#\u2060#[')
}

/** The @actions/core functions the runner logger writes through. */
export interface CoreLog {
  debug(message: string): void
  info(message: string): void
  warning(message: string, properties?: Annotation): void
  error(message: string, properties?: Annotation): void
}

/**
 * The Logger bound to the runner: every message goes through oneLogLine first, whatever it
 * quotes (core.info writes its text raw to stdout, where the runner parses commands).
 */
export function runnerLogger(core: CoreLog): Logger {
  const annotation = (properties?: Annotation): Annotation | undefined =>
    properties && {
      ...properties,
      ...(properties.title === undefined ? {} : { title: oneLogLine(properties.title) }),
      ...(properties.file === undefined ? {} : { file: oneLogLine(properties.file) }),
    }
  return {
    debug: (message) => core.debug(oneLogLine(message)),
    info: (message) => core.info(oneLogLine(message)),
    warning: (message, properties) => core.warning(oneLogLine(message), annotation(properties)),
    error: (message, properties) => core.error(oneLogLine(message), annotation(properties)),
  }
}
