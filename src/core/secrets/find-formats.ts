import { PREFIX_SEPARATORS, PREFIXED_TOKENS, TRIGGERED_FORMATS, type FormatMatch } from './credential-formats.js';
import { shannonEntropy } from './entropy.js';
import { isPlaceholder } from './placeholder.js';
import { SECRET_RULES as R } from './secret-rules.js';

/** Rules whose secret is a whole token: a token that is a mask or low-entropy filler is a documentation stub. */
const TOKEN_RULES = new Set<string>([R.githubToken, R.gitlabToken, R.slackToken, R.awsAccessKeyId, R.gcpApiKey, R.vendorToken, R.azureClientSecret]);

function plausible(match: FormatMatch): boolean {
  if (isPlaceholder(match.value)) return false;
  if (TOKEN_RULES.has(match.ruleId)) {
    const body = match.value.replace(/^[A-Za-z]+[_-]/, '');
    if (shannonEntropy(body) < 3) return false;
  }
  return true;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LONGEST_PREFIX_WORD = Math.max(...[...PREFIXED_TOKENS.keys()].map((k) => k.length));
/** First letters of the prefix words: a cheap filter before a substring is cut for the map lookup. */
const FIRST_LETTERS = new Set([...PREFIXED_TOKENS.keys()].map((k) => k.charCodeAt(0)));

function prefixedAt(text: string, sep: number, out: FormatMatch[]): void {
  let s = sep;
  while (s > 0 && sep - s < LONGEST_PREFIX_WORD && isWordChar(text.charCodeAt(s - 1))) s--;
  if (!FIRST_LETTERS.has(text.charCodeAt(s))) return;
  if (s === sep || (s > 0 && (isWordChar(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 95))) return;
  const checks = PREFIXED_TOKENS.get(text.slice(s, sep + 1));
  if (!checks) return;
  for (const check of checks) {
    const match = check(text, s);
    if (match) return void out.push(match);
  }
}

/** Every known-format credential in the text, ordered by offset, without overlaps. */
export function findFormats(text: string): FormatMatch[] {
  const raw: FormatMatch[] = [];
  for (const sep of PREFIX_SEPARATORS) {
    for (let i = text.indexOf(sep); i !== -1; i = text.indexOf(sep, i + 1)) {
      if (i > 0 && isWordChar(text.charCodeAt(i - 1))) prefixedAt(text, i, raw);
    }
  }
  for (const { trigger, check } of TRIGGERED_FORMATS) {
    for (let i = text.indexOf(trigger); i !== -1; i = text.indexOf(trigger, i + 1)) {
      const match = check(text, i);
      if (match) {
        raw.push(match);
        if (match.end > i + 1) i = match.end - 1;
      }
    }
  }
  if (raw.length === 0) return raw;
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: FormatMatch[] = [];
  let reach = -1;
  for (const m of raw) {
    if (m.start < reach || !plausible(m)) continue;
    found.push(m);
    reach = m.end;
  }
  return found;
}

/** GCP service account key files are JSON with `"type": "service_account"` and a `private_key`. */
export function isGcpServiceAccountJson(text: string): boolean {
  return text.includes('service_account') && /"type"\s*:\s*"service_account"/.test(text) && text.includes('"private_key"');
}
