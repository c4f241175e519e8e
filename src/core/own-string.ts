/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring of 13 or more
 * characters as a view into its source, and a concatenation as a tree of its parts, so a key name kept in a
 * cache or in a finding would otherwise keep the whole text of its file alive: what a scan that reads one
 * file at a time and drops it must avoid. Prepending a character and slicing it off forces a flat copy.
 */
export function ownString(text: string): string {
  return (' ' + text).slice(1);
}
