import type { Finding } from '../finding.js';
import type { CodeownersFile, CodeownersRule } from './parse.js';
import { CODEOWNERS_RULES } from './rules.js';

/** A catch-all line sets the default owners of files added later, so it is never reported as shadowed. */
const CATCH_ALL = new Set(['*', '**', '/**']);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeLines(rules: readonly CodeownersRule[]): string {
  const shown = rules.slice(0, 3).map((r) => `line ${r.line} \`${r.pattern}\``);
  return shown.join(', ') + (rules.length > 3 ? ` and ${rules.length - 3} more` : '');
}

/**
 * Judges the lines of a parsed CODEOWNERS file against the files of the repository: duplicate patterns,
 * patterns that match nothing, lines fully shadowed by later lines, and patterns that clear ownership.
 * `repoPaths` are repository-relative file paths (forward slashes).
 */
export function checkCodeowners(file: CodeownersFile, repoPaths: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const at = (rule: CodeownersRule, ruleId: string, message: string, hint: string): Finding => ({
    ruleId,
    severity: 'warning',
    file: file.path,
    line: rule.line,
    column: rule.column,
    message,
    hint,
  });
  const valid = file.rules.filter((r) => r.regex !== undefined);

  // For every file: the rules matching it, in order; the last one decides.
  const matched = new Map<CodeownersRule, string[]>(valid.map((r) => [r, []]));
  const decides = new Map<CodeownersRule, number>(valid.map((r) => [r, 0]));
  const decidedBy = new Map<string, CodeownersRule>();
  for (const path of repoPaths) {
    let last: CodeownersRule | undefined;
    for (const rule of valid) {
      if (rule.regex!.test(path)) {
        matched.get(rule)!.push(path);
        last = rule;
      }
    }
    if (last) {
      decides.set(last, decides.get(last)! + 1);
      decidedBy.set(path, last);
    }
  }

  const lastLineOfPattern = new Map<string, CodeownersRule>();
  for (const rule of valid) lastLineOfPattern.set(rule.pattern, rule);
  const firstLineOfPattern = new Map<string, CodeownersRule>();

  for (const rule of valid) {
    const paths = matched.get(rule)!;
    const earlier = firstLineOfPattern.get(rule.pattern);
    if (earlier) {
      findings.push(
        at(
          rule,
          CODEOWNERS_RULES.duplicatePattern,
          `Pattern \`${rule.pattern}\` already appears on line ${earlier.line}; this line replaces it entirely (owners are not merged), so line ${earlier.line} has no effect.`,
          'Keep one line for the pattern, with every owner of both lines on it.',
        ),
      );
    } else {
      firstLineOfPattern.set(rule.pattern, rule);
    }
    if (paths.length === 0) {
      findings.push(
        at(
          rule,
          CODEOWNERS_RULES.unmatchedPattern,
          `Pattern \`${rule.pattern}\` matches no file in the repository.`,
          'Fix the path (patterns are case-sensitive; a pattern with a `/` inside is anchored to the repository root), or remove the line.',
        ),
      );
      continue;
    }
    const duplicatedLater = lastLineOfPattern.get(rule.pattern) !== rule;
    if (decides.get(rule) === 0 && !duplicatedLater && !CATCH_ALL.has(rule.pattern)) {
      const winners = [...new Set(paths.map((p) => decidedBy.get(p)!))].sort((a, b) => a.line - b.line);
      findings.push(
        at(
          rule,
          CODEOWNERS_RULES.shadowedRule,
          `Line ${rule.line} \`${rule.pattern}\` decides the owner of no file: each of the ${plural(paths.length, 'file')} it matches is matched again by a later line (${describeLines(winners)}), and the last matching line wins.`,
          `Move this line below ${winners.length === 1 ? `line ${winners[0].line}` : 'those lines'} if it should take precedence, or remove it.`,
        ),
      );
    }
    if (rule.writtenOwners === 0) {
      const owned = paths.filter((p) => {
        const before = valid.filter((r) => r.line < rule.line && r.owners.length > 0 && r.regex!.test(p));
        return before.length > 0;
      });
      const lost = decides.get(rule)!;
      const detail = owned.length > 0 ? `, including ${plural(owned.length, 'file')} an earlier line gives an owner` : '';
      findings.push(
        at(
          rule,
          CODEOWNERS_RULES.clearsOwnership,
          `Pattern \`${rule.pattern}\` has no owners, so the ${plural(lost, 'file')} it decides ${lost === 1 ? 'has' : 'have'} no code owner${detail}.`,
          `Add owners after the pattern, e.g. \`${rule.pattern} @org/team\`. Keep it without owners only if these files are meant to need no owner review.`,
        ),
      );
    }
  }
  return findings;
}
