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

/** One Markdown table cell: text as above, on one line, its pipes escaped. */
export function markdownCell(value: unknown): string {
  return markdownText(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
