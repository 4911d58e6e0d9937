/**
 * Text from outside (Auth0's messages and statuses, the users file) shown in the step summary or
 * the pull-request comment: as text, so that no HTML tag or Markdown link or image from it is
 * rendered (a public repository shows both to everyone).
 */
export function markdownText(value: unknown): string {
  return (
    String(value ?? '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // A link or an image needs both brackets; emphasis (`_`, `*`) is harmless and stays, so codes
      // such as DUPLICATED_USER read the same in the file as on the page.
      .replace(/([[\]])/g, '\\$1')
  )
}

/** A Markdown table cell of `value` as it is: on one line, its pipes escaped. */
export function tableCell(value: unknown): string {
  return String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
}

/** One Markdown table cell of text from outside: as `markdownText`, then as `tableCell`. */
export function markdownCell(value: unknown): string {
  return tableCell(markdownText(value))
}
