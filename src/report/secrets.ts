/**
 * The secrets the step knows (client_secret, token, the obtained access token, private-key
 * parts, export download links), so that text from Auth0 quoting one is scrubbed before it is
 * written anywhere. `::add-mask::` covers the log only; the step summary, the error report and
 * the outputs are files the runner does not mask.
 */

import { markdownCell, markdownText, tableCell } from './markdown.js'

/** Shorter values would hide ordinary words; real secrets, tokens and links are long. */
const MIN_SECRET_LENGTH = 6
export const SCRUBBED = '***'

export class KnownSecrets {
  readonly #forms = new Set<string>()

  /** Registers `secret` in every form it can take in a file the step writes. */
  add(secret: string): void {
    for (const value of [secret, ...linkQuery(secret)]) {
      if (value.length < MIN_SECRET_LENGTH) continue
      this.#forms.add(value)
      // Inside a JSON string (the error report, the `job` output), and as the step summary and
      // the pull-request comment show text from outside (markdown.ts) or a plain table cell.
      this.#forms.add(JSON.stringify(value).slice(1, -1))
      this.#forms.add(markdownText(value))
      this.#forms.add(markdownCell(value))
      this.#forms.add(tableCell(value))
    }
  }

  /** `text` with every known secret replaced by `***`, longest first. */
  scrub(text: string): string {
    let result = text
    for (const form of [...this.#forms].sort((a, b) => b.length - a.length)) {
      if (result.includes(form)) result = result.split(form).join(SCRUBBED)
    }
    return result
  }
}

/**
 * A pre-signed link's query is the secret part, and a message may quote just that, or one of its
 * values (the signature). Short values (`Expires=1`) are skipped by the length rule.
 */
function linkQuery(value: string): string[] {
  if (!/^https?:\/\//i.test(value)) return []
  try {
    const { search, searchParams } = new URL(value)
    return search.length > 1 ? [search, search.slice(1), ...searchParams.values()] : []
  } catch {
    return []
  }
}
