import type { Finding } from '../finding.js';
import type { LineIndex } from './line-index.js';
import type { AllowEntry, SecretHit } from './secret-hit.js';
import { SECRET_RULES } from './secret-rules.js';

/**
 * Two ways to keep a known value, each with a required reason:
 * - config: `policy.secrets.allow: [{ fingerprint, reason }]` — follows the value wherever it moves;
 * - inline: `# openchoreo-gitops:allow-secret reason="…"` on the value's line, or alone on the line just above
 *   it. Any comment syntax works (`#`, `//`, `<!-- -->`): only the marker text is looked for.
 * A marker without a reason allows nothing and is itself a finding; a config entry without a reason is ignored
 * and the finding says so.
 */
export const ALLOW_MARKER = 'openchoreo-gitops:allow-secret';

const marker = /openchoreo-gitops:allow-secret\b(?:[ \t]+reason=(?:"([^"]*)"|'([^']*)'|([^\s"']\S*)))?/;

export interface InlineAllow {
  /** Line of the marker comment. */
  line: number;
  /** Trimmed reason, or '' when missing or empty. */
  reason: string;
}

function markerOn(lines: LineIndex, line: number): InlineAllow | undefined {
  const text = lines.line(line);
  if (!text.includes(ALLOW_MARKER)) return undefined;
  const m = marker.exec(text);
  if (!m) return undefined;
  return { line, reason: (m[1] ?? m[2] ?? m[3] ?? '').trim() };
}

const commentOnly = /^\s*(?:#|\/\/|<!--|--|;)/;

/** The inline marker that applies to a hit: on its first line, or alone on the line above. */
export function inlineAllowFor(lines: LineIndex, hit: SecretHit): InlineAllow | undefined {
  const same = markerOn(lines, hit.line);
  if (same) return same;
  if (hit.line > 1 && commentOnly.test(lines.line(hit.line - 1))) return markerOn(lines, hit.line - 1);
  return undefined;
}

export function missingReasonFinding(file: string, line: number): Finding {
  return {
    ruleId: SECRET_RULES.allowWithoutReason,
    severity: 'error',
    file,
    line,
    column: 1,
    message: `The ${ALLOW_MARKER} comment gives no reason, so it allows nothing.`,
    hint: `Say why the value may stay in Git: \`# ${ALLOW_MARKER} reason="test fixture, not a real credential"\`, or remove the value.`,
  };
}

/** Config entries by fingerprint (lower case); entries without a reason are kept apart so the finding can say so. */
export function indexAllowList(entries: readonly AllowEntry[] | undefined): { valid: Map<string, string>; reasonless: Set<string> } {
  const valid = new Map<string, string>();
  const reasonless = new Set<string>();
  for (const e of entries ?? []) {
    const fp = String(e.fingerprint ?? '').trim().toLowerCase();
    if (!fp) continue;
    const reason = String(e.reason ?? '').trim();
    if (reason) valid.set(fp, reason);
    else reasonless.add(fp);
  }
  return { valid, reasonless };
}
