/**
 * Placeholder policy: which literal values are not credentials even where a credential is expected.
 *
 * A value is a placeholder when it
 *  1. is empty or blank;
 *  2. is a reference resolved elsewhere: a template or CEL expression (`${…}`, `{{…}}`, `$(VAR)`, `$VAR`,
 *     `%{…}`, `#{…}`), an angle-bracket slot (`<password>`), a SOPS-encrypted value (`ENC[…]`) or a
 *     `ref+…://` / `vault:` reference;
 *  3. is a mask: only `x`, `*`, `.`, `#`, `?`, `-`, `_`, `0` characters (`xxxx`, `****`, `xxx-xxx`);
 *  4. says that it is not real: it contains `example`, `placeholder`, `changeme`, `change_me`, `replace_me`,
 *     `replaceme`, `dummy`, `redacted` or starts with `your` (`AKIAIOSFODNN7EXAMPLE`, `your-api-key`);
 *  5. only names what should go there: all its words are filler words (`my`, `here`, `test`, `true`, …) or
 *     credential nouns (`password`, `token`, `key`, …) — `password`, `my-secret-token` — or it is a label of
 *     two or more words of which exactly one is something else and at least one is a credential noun
 *     (`smtp-password`, `webhook-api-key`, `DB_PASSWORD` as a variable name).
 *
 * Anything else is a literal and, where the context says it is a credential, it is reported — however short
 * or guessable: `doclet` or `postgres` as a database password is exactly the leak this check exists for.
 * Entropy is never used to excuse a value in a credential context; it is only used to accuse a value where
 * the context is unknown (see `entropy.ts`).
 */

const REFERENCE = /\$\{|\{\{|\$\(|%\{|#\{|^\$[A-Za-z_][A-Za-z0-9_]*$|^<[^<>]+>$|^ENC\[|^ref\+[a-z]+:\/\/|^vault:/;
const MASK = /^[xX*.#?\-_0]+$/;
const SAYS_NOT_REAL = /example|placeholder|change_?me|replace_?me|dummy|redacted|^your/i;

const FILLER = new Set([
  'your', 'my', 'our', 'the', 'a', 'an', 'here', 'this', 'that', 'of', 'for', 'to', 'goes', 'go', 'put', 'insert',
  'enter', 'set', 'add', 'replace', 'with', 'me', 'change', 'todo', 'tbd', 'fixme', 'sample', 'fake', 'mock',
  'test', 'testing', 'none', 'null', 'nil', 'undefined', 'hidden', 'masked', 'removed', 'default', 'value',
  'foo', 'bar', 'baz', 'qux', 'not', 'real', 'some', 'true', 'false', 'yes', 'no', 'on', 'off', 'secure',
  'xxx', 'abc', 'new', 'old', 'string', 'str', 'text', 'tmp', 'temp',
]);

const CREDENTIAL_NOUNS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'key', 'keys',
  'apikey', 'api', 'credential', 'credentials', 'creds', 'auth', 'access', 'private', 'client', 'pat',
]);

/** Lower-case words: runs of letters and digits, split where a lower-case letter meets an upper-case one. */
export function valueWords(value: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 32;
    // Outside ASCII, lower-casing can make letters of other characters (`K`, the Kelvin sign): the long way.
    if (c >= 128) return valueWordsOfAnyText(value);
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start === -1) start = i;
      else if (upper && isLower(value.charCodeAt(i - 1))) {
        words.push(value.slice(start, i).toLowerCase());
        start = i;
      }
    } else if (start !== -1) {
      words.push(value.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return words;
}

const isLower = (c: number) => c >= 97 && c <= 122;

function valueWordsOfAnyText(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** True when the value is not a credential by the policy above. */
export function isPlaceholder(raw: string): boolean {
  const value = raw.trim();
  if (value === '') return true;
  if (REFERENCE.test(value) || MASK.test(value) || SAYS_NOT_REAL.test(value)) return true;
  if (value.length > 64) return false;
  const words = valueWords(value);
  if (words.length === 0) return false;
  let others = 0;
  let nouns = 0;
  for (const w of words) {
    if (CREDENTIAL_NOUNS.has(w)) nouns++;
    else if (!FILLER.has(w)) others++;
  }
  if (others === 0) return true;
  return others === 1 && nouns > 0 && words.length >= 2 && !/\d/.test(value);
}
