import { createHash } from 'node:crypto';
import { sortFindings, type Finding, type Severity } from '../finding.js';
import type { RuleInfo } from '../rule-info.js';
import { sarifRules } from './sarif-rules.js';
import type { RunSummary } from './summary.js';

export interface SarifOptions {
  /** Code-scanning category; one per kind of upload. Default `openchoreo-<command>`. */
  category?: string;
  /** This tool's version, e.g. `0.1.0`. */
  toolVersion: string;
  /** Descriptions of the rules; any id missing here gets a generic one. */
  rules: readonly RuleInfo[];
  /** GitHub rejects a run with more than 25,000 results. */
  maxResults?: number;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/openchoreo/gitops-action';
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const rank: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** SARIF 2.1.0 log with one run, as GitHub code scanning accepts it. Pretty-printed, ends with a newline. */
export function formatSarif(findings: readonly Finding[], summary: RunSummary, options: SarifOptions): string {
  const max = options.maxResults ?? 25_000;
  const sorted = sortFindings(findings);
  const kept = sorted.slice(0, max);
  const levels = ruleLevels(kept);
  const ruleIndex = new Map([...levels.keys()].map((id, i) => [id, i]));
  const seen = new Map<string, number>();
  const results = kept.map((f) => {
    const key = fingerprintKey(f);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: f.severity,
      message: { text: f.hint ? `${f.message}\nHint: ${f.hint}` : f.message },
      locations: [location(f)],
      partialFingerprints: { primaryLocationLineHash: `${key}:${occurrence}` },
    };
  });
  const omitted = sorted.length - kept.length;
  const driver = {
    name: 'openchoreo-gitops',
    informationUri: INFORMATION_URI,
    version: options.toolVersion,
    ...(SEMVER.test(options.toolVersion) && { semanticVersion: options.toolVersion }),
    rules: sarifRules(levels, options.rules),
  };
  const run = {
    tool: { driver },
    automationDetails: { id: `${options.category ?? `openchoreo-${summary.command}`}/` },
    columnKind: 'utf16CodeUnits',
    results,
    ...(omitted > 0 && {
      properties: {
        truncated: true,
        omittedResults: omitted,
        note: `Only the first ${kept.length} of ${sorted.length} results are included (errors first).`,
      },
    }),
  };
  return `${JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}

/** Rule ids in order of first appearance, each with the most severe level it reported. */
function ruleLevels(findings: readonly Finding[]): Map<string, Severity> {
  const levels = new Map<string, Severity>();
  for (const f of findings) {
    const current = levels.get(f.ruleId);
    if (!current || rank[f.severity] < rank[current]) levels.set(f.ruleId, f.severity);
  }
  return levels;
}

function location(f: Finding) {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
      region: { startLine, startColumn, endLine: startLine, endColumn: startColumn + 1 },
    },
  };
}

/**
 * Stable across runs as long as the rule, file and message stay the same: line numbers are left out, so an
 * edit above the finding does not turn it into a new alert. The caller adds an occurrence counter.
 */
function fingerprintKey(f: Finding): string {
  return createHash('sha256').update(`${f.ruleId}\u0000${f.file}\u0000${f.message}`).digest('hex').slice(0, 16);
}

/** Repo-relative path → relative URI reference: each segment percent-encoded (spaces, `%`, `#`, `:`, non-ASCII). */
export function relativeUri(file: string): string {
  const wellFormed = file.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return wellFormed.split('/').map(encodeURIComponent).join('/');
}
