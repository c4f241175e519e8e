import { PREFIX_SEPARATORS, PREFIXED_TOKENS, TRIGGERED_FORMATS, type FormatMatch } from './credential-formats.js';
import { shannonEntropy } from './entropy.js';
import { findIn, type Find } from './yaml-lines.js';
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

/**
 * The sweeps findFormats makes over a text, in order: the `_` and `-` separators of prefixed tokens, then each
 * triggered format. A sweep reads one line per candidate unless its format spans lines.
 */
interface Sweep {
  spansLines: boolean;
  /** `find` locates the trigger (text.indexOf, or a search that skips what cannot hold it). */
  run(text: string, out: FormatMatch[], find: Find): void;
}

const SWEEPS: Sweep[] = [
  ...PREFIX_SEPARATORS.map((sep): Sweep => ({
    spansLines: false,
    run: (text, out, find) => {
      for (let i = find(sep, 0); i !== -1; i = find(sep, i + 1)) {
        if (i > 0 && isWordChar(text.charCodeAt(i - 1))) prefixedAt(text, i, out);
      }
    },
  })),
  ...TRIGGERED_FORMATS.map(({ trigger, check, spansLines }): Sweep => ({
    spansLines: spansLines === true,
    run: (text, out, find) => {
      for (let i = find(trigger, 0); i !== -1; i = find(trigger, i + 1)) {
        const match = check(text, i);
        if (match) {
          out.push(match);
          if (match.end > i + 1) i = match.end - 1;
        }
      }
    },
  })),
];

/** Candidates (unfiltered, possibly overlapping), one list per sweep. */
export type Candidates = readonly (readonly FormatMatch[])[];

const NONE: readonly FormatMatch[] = [];

function sweep(text: string, spansLines: boolean, find: Find = findIn(text)): Candidates {
  return SWEEPS.map((s) => {
    if (s.spansLines !== spansLines) return NONE;
    const out: FormatMatch[] = [];
    s.run(text, out, find);
    return out.length ? out : NONE;
  });
}

/**
 * Candidates of the formats whose check reads only the line it is on. For a text cut at line breaks, the
 * candidates of the pieces (offsets moved by each piece's start) are exactly the whole text's: what lets a
 * repeated block be swept once (`text-scan.ts`).
 */
export const oneLineCandidates = (text: string): Candidates => sweep(text, false);

/**
 * Candidates of the formats that may span lines (private keys, SQL passwords): always swept on the whole
 * text, with `find` to locate their triggers (a trigger has no line break).
 */
export const multiLineCandidates = (text: string, find?: Find): Candidates => sweep(text, true, find);

/**
 * The credentials among the candidates of consecutive parts of one text (each with the offset of its start):
 * plausible ones, ordered by offset, longest first, without overlaps. Candidates are taken sweep by sweep, so
 * that equal spans keep the order one sweep of the whole text gives them.
 */
export function resolveFormats(parts: readonly { candidates: Candidates; at: number }[]): FormatMatch[] {
  const raw: FormatMatch[] = [];
  for (let s = 0; s < SWEEPS.length; s++) {
    for (const { candidates, at } of parts) {
      for (const m of candidates[s]) raw.push(at === 0 ? m : { ...m, start: m.start + at, end: m.end + at });
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

/**
 * Any literal a sweep starts from (a prefix separator or a trigger): a short text without one has no
 * candidate, which one test tells faster than the sweeps.
 */
const ANY_TRIGGER = new RegExp([...PREFIX_SEPARATORS, ...TRIGGERED_FORMATS.map((f) => f.trigger)].map((t) => t.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'));

/** Every known-format credential in the text, ordered by offset, without overlaps. */
export function findFormats(text: string): FormatMatch[] {
  if (text.length <= 256 && !ANY_TRIGGER.test(text)) return [];
  return resolveFormats([
    { candidates: oneLineCandidates(text), at: 0 },
    { candidates: multiLineCandidates(text), at: 0 },
  ]);
}

/** GCP service account key files are JSON with `"type": "service_account"` and a `private_key`. */
export function isGcpServiceAccountJson(text: string): boolean {
  return text.includes('service_account') && /"type"\s*:\s*"service_account"/.test(text) && text.includes('"private_key"');
}
