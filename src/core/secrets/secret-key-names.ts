import { ownString } from '../own-string.js';

/**
 * Decides whether a key name (an env var, a map key, a file name) says that its value is a credential.
 *
 * A name is split into lower-case words (`DB_PASSWORD` → db, password; `clientSecret` → client, secret;
 * `tls.key` → tls, key). It is secret-like when it contains a credential noun and every word after the last
 * noun only says "this is the value itself" (`SECRET_KEY_BASE`, `TOKEN_B64`). Any other trailing word turns
 * the name into metadata about a secret: `SECRET_NAME`, `TOKEN_URL`, `PASSWORD_FILE`, `ACCESS_KEY_ID`,
 * `secretKeyRef`. A counting word right before the noun (`MAX_TOKENS`) does the same.
 */

/** Words that on their own name a credential. */
const CREDENTIAL_WORDS = new Set([
  'password', 'passwords', 'passwd', 'pwd', 'passphrase', 'passcode', 'pass',
  'secret', 'secrets', 'token', 'tokens', 'credential', 'credentials', 'creds',
  'apikey', 'apikeys', 'privatekey', 'accesskey', 'secretkey', 'authtoken', 'pat',
  'htpasswd', 'pgpass', 'netrc', 'dockerconfigjson', 'dockercfg', 'keystore', 'jks', 'p12', 'pfx',
]);

/** `<word> key` pairs that name a credential (`API_KEY`, `tls.key`, `signingKey`); `key` alone does not. */
const KEY_QUALIFIERS = new Set([
  'api', 'private', 'access', 'secret', 'signing', 'sign', 'encryption', 'encrypt', 'master', 'client', 'app',
  'service', 'ssh', 'tls', 'ssl', 'gpg', 'pgp', 'account', 'auth', 'shared', 'storage', 'hmac', 'jwt',
  'session', 'cookie', 'license', 'server', 'webhook', 'subscription', 'primary', 'secondary', 'admin',
]);

/** `id rsa` and friends: SSH private key file names. */
const SSH_KEY_TYPES = new Set(['rsa', 'dsa', 'ecdsa', 'ed25519']);

/** Words that may follow the noun while the name still denotes the value itself. */
const VALUE_SUFFIXES = new Set(['value', 'base', 'b64', 'base64', 'hex', 'plain', 'plaintext', 'raw', 'str', 'string', 'data', 'text']);

/** Words right before the noun that make the name a count, a switch or a reference (`existingSecret`). */
const COUNTING_PREFIXES = new Set(['existing', 'max', 'min', 'num', 'number', 'count', 'total', 'no', 'skip', 'use', 'enable', 'require', 'empty']);

const wordCache = new Map<string, string[]>();

/** Splits a key into lower-case words at separators, camelCase humps and letter/digit runs kept together. */
export function keyWords(name: string): string[] {
  const cached = wordCache.get(name);
  if (cached) return cached;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  if (wordCache.size > 10_000) wordCache.clear();
  wordCache.set(ownString(name), words);
  return words;
}

/** Index of the last word that ends a credential noun, or -1. */
function lastCredentialEnd(words: readonly string[]): number {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (CREDENTIAL_WORDS.has(w)) return i;
    if (w === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1])) return i;
    if (i > 0 && words[i - 1] === 'id' && SSH_KEY_TYPES.has(w)) return i;
  }
  return -1;
}

const verdictCache = new Map<string, boolean>();

/** True when the name says its value is a credential (see the module comment). */
export function isSecretLikeKey(name: string): boolean {
  let verdict = verdictCache.get(name);
  if (verdict === undefined) {
    verdict = judgeKey(name);
    if (verdictCache.size > 10_000) verdictCache.clear();
    verdictCache.set(ownString(name), verdict);
  }
  return verdict;
}

function judgeKey(name: string): boolean {
  const words = keyWords(name);
  const end = lastCredentialEnd(words);
  if (end < 0) return false;
  for (let i = end + 1; i < words.length; i++) if (!VALUE_SUFFIXES.has(words[i])) return false;
  const nounStart = words[end] === 'key' || SSH_KEY_TYPES.has(words[end]) ? end - 1 : end;
  if (nounStart > 0 && COUNTING_PREFIXES.has(words[nounStart - 1])) return false;
  return true;
}

/** A file name (Workload `files[].key`, a generator file) that by convention holds key material. */
export function isSecretLikeFileName(name: string): boolean {
  if (/\.(key|p12|pfx|jks|keystore)$/i.test(name)) return true;
  return isSecretLikeKey(name);
}
