import { clip } from './clip.js';

/** Longest text kept in one table cell or list item; a single huge message must not eat the size budget. */
const MAX_CELL = 500;

/**
 * Makes untrusted text safe inside a GFM table cell or list item: it cannot end the cell (`|`), break the row
 * (newlines become `<br>`), open code spans, links, emphasis or raw HTML. Long text is cut with an ellipsis.
 */
export function escapeCell(text: string, max = MAX_CELL): string {
  return clip(text, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`|*_[\]~]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
