/**
 * "Looks machine-generated": the test used where the context alone does not say a value is a credential
 * (a secret-like key in an arbitrary YAML, JSON, shell or properties file).
 *
 * A value passes when it has at least 16 characters, no whitespace, is not a path or URL, mixes at least two
 * of {lower, upper, digit}, has a digit or at least three case switches (so kebab-case names and words fail),
 * is not a name composed of one-class segments (`project-01-svc-01`, `DB_HOST_2`), and its Shannon entropy
 * is at least 3.0 bits per character. The threshold sits below the 0.1% quantile of
 * random tokens (sampled: 32 hex digits 3.12, 16 base62 characters 3.20, 40 hex digits 3.29), so a
 * generated token is missed about once in a thousand or less, while the two real sample trees, whose
 * secret-like keys hold names (`aws-rds-credentials`, `registrysecret`), give no hit.
 */

export const MIN_RANDOM_LENGTH = 16;
export const MIN_BITS_PER_CHAR = 3.0;

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
  if (/^(?:[a-z]+|[A-Z]+|[0-9]+)(?:[-_./:](?:[a-z]+|[A-Z]+|[0-9]+))+$/.test(value)) return false;
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /[0-9]/.test(value);
  if (Number(lower) + Number(upper) + Number(digit) < 2) return false;
  if (!digit && caseSwitches(value) < 3) return false;
  return shannonEntropy(value) >= MIN_BITS_PER_CHAR;
}
