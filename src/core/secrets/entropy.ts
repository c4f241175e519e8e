/**
 * "Looks machine-generated": the test used where the context alone does not say a value is a credential
 * (a secret-like key in an arbitrary YAML, JSON, shell or properties file).
 *
 * Threshold, calibrated on the two real sample trees (zero hits there) and on random canaries (all hit):
 * at least 16 characters, no whitespace, at least two of {lower, upper, digit}, at least one digit or
 * at least three upper/lower case switches (so kebab-case names and words fail), not a path or URL, and
 * a Shannon entropy of at least 3.5 bits per character. A random 16-character base62 string scores ~3.8,
 * 32 hex digits ~3.7, while `aws-rds-credentials` (3.4, one class) or `registrysecret` fail.
 */

export const MIN_RANDOM_LENGTH = 16;
export const MIN_BITS_PER_CHAR = 3.5;

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function caseSwitches(value: string): number {
  let switches = 0;
  let last = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const kind = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0;
    if (kind !== 0) {
      if (last !== 0 && kind !== last) switches++;
      last = kind;
    }
  }
  return switches;
}

/** True when the value looks like a generated credential rather than a word, a name, a path or a URL. */
export function looksRandom(value: string): boolean {
  if (value.length < MIN_RANDOM_LENGTH || /\s/.test(value)) return false;
  if (/^(?:\/|\.\.?\/|~\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(value)) return false;
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /[0-9]/.test(value);
  if (Number(lower) + Number(upper) + Number(digit) < 2) return false;
  if (!digit && caseSwitches(value) < 3) return false;
  return shannonEntropy(value) >= MIN_BITS_PER_CHAR;
}
