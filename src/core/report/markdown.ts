import { sortFindings, type Finding, type Severity } from '../finding.js';
import { escapeCell } from './markdown-escape.js';
import { plural } from './plural.js';
import { rankCounts, type RunSummary } from './summary.js';

export interface MarkdownOptions {
  /** Most findings listed in the table. */
  maxFindings?: number;
  /** Most UTF-8 bytes of output; GitHub drops a step summary over 1 MiB. */
  maxBytes?: number;
  /** Most files in the "by file" table. */
  topFiles?: number;
}

const mark: Record<Severity, string> = { error: '❌', warning: '⚠️', note: 'ℹ️' };
const MAX_RULES = 50;
const MAX_EVIDENCE = 10;
/** Room kept for the closing "… and K more" line. */
const TRAILER_BYTES = 200;
const utf8 = new TextEncoder();

/** GitHub job summary (GitHub-flavoured Markdown) for one run. Ends with a newline. */
export function formatMarkdown(findings: readonly Finding[], summary: RunSummary, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const maxFindings = options.maxFindings ?? 200;
  const head = [...overview(summary), ...(findings.length ? breakdown(summary, options.topFiles ?? 20) : [])];
  // head ends with an empty line, so joining it already ends the text with a newline.
  if (findings.length === 0) return head.join('\n');

  head.push('### Findings', '', '| Severity | Location | Rule | Message | Hint |', '| --- | --- | --- | --- | --- |');
  let bytes = utf8.encode(`${head.join('\n')}\n`).length + TRAILER_BYTES;
  const rows: string[] = [];
  for (const f of sortFindings(findings)) {
    if (rows.length >= maxFindings) break;
    const row = findingRow(f);
    const size = utf8.encode(row).length + 1;
    if (bytes + size > maxBytes) break;
    bytes += size;
    rows.push(row);
  }
  const rest = findings.length - rows.length;
  const more = `… and ${plural(rest, 'more finding')} not shown here.`;
  const trailer = rest > 0 ? ['', more] : [];
  return `${[...head, ...rows, ...trailer].join('\n')}\n`;
}

function overview(s: RunSummary): string[] {
  const failed = s.errors > 0;
  const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.notes, 'note')].join(', ');
  const lines = [`## ${failed ? '❌' : '✅'} OpenChoreo ${s.command}: ${failed ? 'failed' : 'passed'} (${counts})`, ''];
  if (s.release) {
    const tag = escapeCell(s.release.tag);
    lines.push(
      s.release.detected
        ? `**Release:** OpenChoreo ${tag}, detected from the repository.`
        : `**Release:** OpenChoreo ${tag} (not detected; set by input or default).`,
    );
    const evidence = s.release.evidence.slice(0, MAX_EVIDENCE).map((e) => `- ${escapeCell(e)}`);
    const hidden = s.release.evidence.length - MAX_EVIDENCE;
    if (hidden > 0) evidence.push(`- … and ${hidden} more`);
    lines.push(...(evidence.length ? ['', ...evidence] : []), '');
  }
  const took = s.durationMs === undefined ? '' : ` in ${(s.durationMs / 1000).toFixed(1)} s`;
  lines.push(
    `Checked ${plural(s.files, 'file')}, ${plural(s.documents, 'document')}, ${plural(s.resources, 'resource')}${took}.`,
    '',
    '| Severity | Count |',
    '| --- | ---: |',
    `| ${mark.error} Errors | ${s.errors} |`,
    `| ${mark.warning} Warnings | ${s.warnings} |`,
    `| ${mark.note} Notes | ${s.notes} |`,
    '',
  );
  return lines;
}

function breakdown(s: RunSummary, topFiles: number): string[] {
  return [
    ...countTable('Findings by rule', 'Rule', s.byRule, MAX_RULES, 'rule'),
    ...countTable('Findings by file', 'File', s.byFile, topFiles, 'file'),
  ];
}

function countTable(title: string, column: string, counts: Record<string, number>, limit: number, noun: string): string[] {
  const ranked = rankCounts(counts, limit);
  const lines = [`### ${title}`, '', `| ${column} | Findings |`, '| --- | ---: |'];
  lines.push(...ranked.map(([key, n]) => `| ${escapeCell(key)} | ${n} |`));
  const rest = Object.keys(counts).length - ranked.length;
  if (rest > 0) lines.push('', `… and ${plural(rest, `more ${noun}`)}.`);
  lines.push('');
  return lines;
}

function findingRow(f: Finding): string {
  const where = escapeCell(`${f.file}:${f.line}:${f.column}`);
  const cells = [`${mark[f.severity]} ${f.severity}`, where, escapeCell(f.ruleId), escapeCell(f.message), escapeCell(f.hint)];
  return `| ${cells.join(' | ')} |`;
}
