/**
 * Finding lines of block-style YAML text without reading it line by line: `indexOf` for a needle, then a look
 * at the line it is on. Used where a few keys of a large text are wanted (yaml-slices.ts, text-scan.ts).
 */

/**
 * Where a literal without line breaks first occurs in a text from an offset on: `text.indexOf`, or an
 * equivalent that skips parts of the text known not to hold it (see TextScan.find).
 */
export type Find = (needle: string, from: number) => number;

/** The plain Find: `text.indexOf`. */
export const findIn =
  (text: string): Find =>
  (needle, from) =>
    text.indexOf(needle, from);

/**
 * Offset of the first occurrence of `needle` at the start of a line after `indent` spaces, from `from` on,
 * or -1. Searching for the needle itself (not for `\n` + needle) keeps `indexOf` fast: a newline is the most
 * common first character.
 */
export function lineStartIndexOf(text: string, needle: string, from: number, indent = 0, find?: Find): number {
  search: for (let i = find ? find(needle, from + indent) : text.indexOf(needle, from + indent); i !== -1; i = find ? find(needle, i + 1) : text.indexOf(needle, i + 1)) {
    const start = i - indent;
    if (start < from) continue;
    for (let j = start; j < i; j++) if (text.charCodeAt(j) !== 32) continue search;
    if (start === 0 || text.charCodeAt(start - 1) === 10) return start;
  }
  return -1;
}

/**
 * The first line, from `from` on, that is `needle` after any number of spaces: the line's start and its
 * indentation, or undefined.
 */
export function indentedLineOf(text: string, needle: string, from: number): { start: number; indent: number } | undefined {
  for (let i = text.indexOf(needle, from); i !== -1; i = text.indexOf(needle, i + 1)) {
    let start = i;
    while (start > from && text.charCodeAt(start - 1) === 32) start--;
    if (start === 0 || text.charCodeAt(start - 1) === 10) return { start, indent: i - start };
  }
  return undefined;
}

/** Line breaks in text[from, to). */
export function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Indentation of a line (spaces), or -1 for a blank or comment-only line (or the text's end). Reads stay
 * within the text: a read past its end (NaN) would cost the optimized code a deoptimization.
 */
export function indentAt(text: string, lineStart: number): number {
  const end = text.length;
  let i = lineStart;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  return c === 10 || c === 13 || c === 35 ? -1 : i - lineStart;
}

/**
 * End offset of the block of the key whose line starts at `from`, indented `indent`: the start of the next line
 * indented no deeper that is not one of its `- ` items (blank and comment lines belong to the block), or the
 * text's end.
 */
export function childBlockEnd(text: string, from: number, indent: number): number {
  let start = text.indexOf('\n', from);
  while (start !== -1) {
    start++;
    const at = indentAt(text, start);
    if (at !== -1 && (at < indent || (at === indent && text.charCodeAt(start + at) !== 45))) return start;
    start = text.indexOf('\n', start);
  }
  return text.length;
}
