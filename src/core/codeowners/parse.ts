import type { Finding } from '../finding.js';
import { ownerKey, parseOwner, type Owner } from './owner.js';
import { compilePattern } from './pattern.js';
import { CODEOWNERS_RULES } from './rules.js';

/** An owner token with its 1-based column on the line. */
export interface PlacedOwner {
  owner: Owner;
  column: number;
}

/** One pattern line of a CODEOWNERS file. */
export interface CodeownersRule {
  /** 1-based line number. */
  line: number;
  /** The pattern as written (escapes kept). */
  pattern: string;
  /** 1-based column where the pattern starts. */
  column: number;
  /** Valid owners, in the order written (invalid tokens are dropped, as GitHub ignores them). */
  owners: PlacedOwner[];
  /** How many owner tokens the line has, valid or not. */
  writtenOwners: number;
  /** Matcher over repository-relative file paths; undefined when GitHub skips the line (invalid pattern). */
  regex: RegExp | undefined;
}

export interface CodeownersFile {
  /** Repository-relative path of the file. */
  path: string;
  rules: CodeownersRule[];
  /** Syntax findings (invalid patterns, invalid or repeated owners). */
  findings: Finding[];
}

interface Token {
  text: string;
  column: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** Splits a line into whitespace-separated tokens (a `\` escapes the next character) up to an inline comment. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    while (isSpace(line[i])) i++;
    if (i >= line.length || line[i] === '#') break;
    const start = i;
    while (i < line.length && !isSpace(line[i])) i += line[i] === '\\' && i + 1 < line.length ? 2 : 1;
    tokens.push({ text: line.slice(start, i), column: start + 1 });
  }
  return tokens;
}

/** Parses a CODEOWNERS file line by line with GitHub's rules. Never throws; problems become findings. */
export function parseCodeowners(path: string, text: string): CodeownersFile {
  const rules: CodeownersRule[] = [];
  const findings: Finding[] = [];
  const at = (line: number, column: number, ruleId: string, severity: Finding['severity'], message: string, hint: string): Finding => ({
    ruleId,
    severity,
    file: path,
    line,
    column,
    message,
    hint,
  });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const tokens = tokenize(raw);
    if (tokens.length === 0) return;
    const [patternToken, ...ownerTokens] = tokens;
    const compiled = compilePattern(patternToken.text);
    let regex = compiled.ok ? compiled.regex : undefined;
    if (!compiled.ok) {
      findings.push(at(line, patternToken.column + compiled.offset, CODEOWNERS_RULES.invalidPattern, 'error', compiled.message, compiled.hint));
    } else if (patternToken.text.startsWith('@') && parseOwner(patternToken.text).ok) {
      regex = undefined;
      findings.push(
        at(line, patternToken.column, CODEOWNERS_RULES.invalidPattern, 'error', `The line starts with an owner: \`${patternToken.text}\` is read as a path pattern, which matches nothing.`, 'Put the path pattern first, then the owners, e.g. `/platform/ @org/platform`.'),
      );
    }
    const owners: PlacedOwner[] = [];
    const seen = new Map<string, number>();
    for (const token of ownerTokens) {
      const parsed = parseOwner(token.text);
      if (!parsed.ok) {
        findings.push(at(line, token.column, CODEOWNERS_RULES.invalidOwner, 'error', parsed.message, parsed.hint));
        continue;
      }
      const key = ownerKey(parsed.owner);
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push(
          at(line, token.column, CODEOWNERS_RULES.duplicateOwner, 'warning', `\`${token.text}\` is listed twice on this line (first at column ${first}).`, 'Remove the repeated owner; check whether another owner was meant.'),
        );
        continue;
      }
      seen.set(key, token.column);
      owners.push({ owner: parsed.owner, column: token.column });
    }
    rules.push({ line, pattern: patternToken.text, column: patternToken.column, owners, writtenOwners: ownerTokens.length, regex });
  });
  return { path, rules, findings };
}

/** The rule that decides the owners of a path, if any: the last valid line whose pattern matches. */
export function ruleFor(file: CodeownersFile, path: string): CodeownersRule | undefined {
  for (let i = file.rules.length - 1; i >= 0; i--) {
    const rule = file.rules[i];
    if (rule.regex?.test(path)) return rule;
  }
  return undefined;
}

/** Owners of a path as GitHub computes them: those of the last matching line; [] when it has none. */
export function ownersOf(file: CodeownersFile, path: string): { owners: Owner[]; rule: CodeownersRule } | undefined {
  const rule = ruleFor(file, path);
  return rule ? { owners: rule.owners.map((o) => o.owner), rule } : undefined;
}
