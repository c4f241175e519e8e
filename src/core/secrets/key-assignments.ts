import { looksRandom } from './entropy.js';
import { isPlaceholder } from './placeholder.js';
import { isSecretLikeKey, keyWords } from './secret-key-names.js';
import { SECRET_RULES as R } from './secret-rules.js';

/**
 * `<secret-like key> (: | =) <value>` anywhere in text: YAML/JSON/properties/ini/shell lines alike. Where the
 * context is unknown, a literal is only reported when it looks machine-generated (`entropy.ts`), or when the
 * key names an AWS secret key and the value has that key's 40-character shape.
 */
export interface Assignment {
  ruleId: string;
  kind: string;
  /** Offset of the key. */
  start: number;
  /** Offset of the value and just past it. */
  valueStart: number;
  valueEnd: number;
  key: string;
  value: string;
}

const isKeyChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;

/** Ends an unquoted value: line break, blank, `,`, `;`, quote, `#`, `}`. */
const isValueEnd = (c: number) => c === 10 || c === 13 || c === 32 || c === 9 || c === 44 || c === 59 || c === 34 || c === 39 || c === 35 || c === 125;

const MIN_VALUE_LENGTH = 16;
const AWS_SECRET_SHAPE = /^[A-Za-z0-9/+]{40}$/;

/** The value after the operator at `op`, when it is at least MIN_VALUE_LENGTH long. */
function valueAfter(text: string, op: number): { start: number; end: number } | undefined {
  let i = op + 1;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const q = text.charCodeAt(i);
  if (q === 34 || q === 39) {
    const close = text.indexOf(text[i], i + 1);
    if (close === -1 || close - i - 1 < MIN_VALUE_LENGTH) return undefined;
    const nl = text.indexOf('\n', i + 1);
    return nl !== -1 && nl < close ? undefined : { start: i + 1, end: close };
  }
  let e = i;
  while (e < text.length && !isValueEnd(text.charCodeAt(e))) e++;
  return e - i >= MIN_VALUE_LENGTH ? { start: i, end: e } : undefined;
}

/** The key before the operator at `op` (`KEY=`, `key:`, `"key":`), or undefined. */
function keyBefore(text: string, op: number): { start: number; end: number } | undefined {
  let e = op;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e > 0 && (text.charCodeAt(e - 1) === 34 || text.charCodeAt(e - 1) === 39)) e--;
  let s = e;
  while (s > 0 && isKeyChar(text.charCodeAt(s - 1))) s--;
  return s < e ? { start: s, end: e } : undefined;
}

/**
 * A credential stem inside a key, the rest of the key and its operator, in any casing (isSecretLikeKey judges
 * the key itself). On the bench corpus this case-insensitive form runs in about half the time of the same
 * alternation spelt out in three casings.
 */
const keyWithStem = /(?:pass|pwd|secret|token|cred|key)[a-z0-9_.-]*["']?[ \t]*[:=]/gi;

/** Secret-like keys assigned a random-looking literal, ordered by offset. */
export function findAssignments(text: string): Assignment[] {
  const found: Assignment[] = [];
  keyWithStem.lastIndex = 0;
  // `test` moves lastIndex past the match, which ends with the operator (no match array is made).
  while (keyWithStem.test(text)) {
    const op = keyWithStem.lastIndex - 1;
    if (text.charCodeAt(op) === 58 && text.charCodeAt(op + 1) === 58) continue;
    const span = valueAfter(text, op);
    if (!span) continue;
    const keySpan = keyBefore(text, op);
    if (!keySpan) continue;
    const key = text.slice(keySpan.start, keySpan.end);
    if (!isSecretLikeKey(key)) continue;
    const value = text.slice(span.start, span.end);
    if (isPlaceholder(value)) continue;
    const words = keyWords(key);
    const awsSecret = words.includes('secret') && (words.includes('aws') || words.includes('access')) && AWS_SECRET_SHAPE.test(value);
    if (!awsSecret && !looksRandom(value)) continue;
    found.push({
      ruleId: awsSecret ? R.awsSecretKey : R.highEntropy,
      kind: awsSecret ? 'AWS secret access key' : 'random-looking value',
      start: keySpan.start,
      valueStart: span.start,
      valueEnd: span.end,
      key,
      value,
    });
  }
  return found;
}
