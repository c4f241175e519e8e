import { sortFindings, type Finding, type Severity } from '../finding.js';

export interface AnnotationOptions {
  /** GitHub displays at most 10 annotations of each severity per step and silently drops the rest. */
  perSeverity?: number;
}

export interface Annotations {
  /** Workflow-command lines, errors first; print each on its own line. */
  lines: string[];
  /** Findings left out because of the limit; the caller points at the job summary or SARIF for them. */
  omitted: number;
}

const command: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** `::error file=F,line=L,col=C,title=ruleId::message` lines, at most `perSeverity` of each severity. */
export function formatAnnotations(findings: readonly Finding[], options: AnnotationOptions = {}): Annotations {
  const limit = options.perSeverity ?? 10;
  const taken: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const lines: string[] = [];
  for (const f of sortFindings(findings)) {
    if (taken[f.severity] >= limit) continue;
    taken[f.severity]++;
    lines.push(annotation(f));
  }
  return { lines, omitted: findings.length - lines.length };
}

function annotation(f: Finding): string {
  const properties = f.file
    ? [['file', f.file], ['line', String(f.line)], ['col', String(f.column)], ['title', f.ruleId]]
    : [['title', f.ruleId]];
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  const text = f.hint ? `${f.message}\n${f.hint}` : f.message;
  return `::${command[f.severity]} ${props}::${escapeData(text)}`;
}

/** The runner decodes these back; without them a message could end the command or start another line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values are also split on `,` and end at `::`, so those are encoded too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
