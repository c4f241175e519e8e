import { looksRandom } from './entropy.js';
import { findFormats } from './find-formats.js';
import { isPlaceholder } from './placeholder.js';

export interface Verdict {
  /** The secret part (a token inside the literal, or the whole literal). */
  value: string;
  /** Format name when the literal contains a known credential, else ''. */
  kind: string;
}

/**
 * How much the context says about a literal:
 * - `credential`: the key names a credential and the value is deployed as one, so any literal that is not a
 *   placeholder is a secret;
 * - `random`: the key names a credential but values there are often names of other objects, so only a
 *   random-looking literal is a secret;
 * - `unknown`: only a known credential format inside the literal counts.
 */
export type Evidence = 'credential' | 'random' | 'unknown';

/** Judges one literal written in a structured place. Known formats inside it always count. */
export function judgeLiteral(literal: string, evidence: Evidence): Verdict | undefined {
  // No known format fits in fewer than 8 characters (`a://:p@h`).
  const formats = literal.length >= 8 ? findFormats(literal) : [];
  if (formats.length > 0) return { value: formats[0].value, kind: formats[0].kind };
  if (evidence === 'unknown' || isPlaceholder(literal)) return undefined;
  if (evidence === 'random' && !looksRandom(literal)) return undefined;
  return { value: literal, kind: '' };
}
