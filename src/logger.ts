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
