/**
 * User text inside Markdown that GitHub and GitLab render: it must stay text. HTML-special
 * characters become entities (those renderers pass inline HTML through) and Markdown's own
 * punctuation is backslash-escaped, so no link, image, emphasis, table cell or heading can
 * be opened from a task title; line breaks become spaces so a table row stays one row.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\p{C}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (ch) => `\\${ch}`);
}
