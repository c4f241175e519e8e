import { sortFindings, type Finding, type Severity } from '../finding.js';
import { plural } from './plural.js';
import type { RunSummary } from './summary.js';

export interface TextOptions {
  /** ANSI colours and ✖/✔ marks, for a terminal. Off: plain ASCII apart from the findings' own text. */
  color?: boolean;
}

const severityColor: Record<Severity, string> = { error: '31', warning: '33', note: '36' };

/**
 * Terminal output: `file:line:col severity ruleId message`, the hint indented on the next line, and one closing
 * summary line. Ends with a newline.
 */
export function formatText(findings: readonly Finding[], summary: RunSummary, options: TextOptions = {}): string {
  const paint = (code: string, s: string): string => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const f of sortFindings(findings)) {
    const location = guardCommand(`${oneLine(f.file)}:${f.line}:${f.column}`);
    const severity = paint(severityColor[f.severity], f.severity);
    lines.push(`${location} ${severity} ${paint('2', oneLine(f.ruleId))} ${oneLine(f.message)}`);
    if (f.hint) lines.push(`  hint: ${oneLine(f.hint)}`);
  }
  lines.push(closingLine(summary, paint, options.color === true));
  return `${lines.join('\n')}\n`;
}

function closingLine(s: RunSummary, paint: (code: string, text: string) => string, glyphs: boolean): string {
  const counts = [
    s.errors && plural(s.errors, 'error'),
    s.warnings && plural(s.warnings, 'warning'),
    s.notes && plural(s.notes, 'note'),
  ].filter(Boolean);
  const verdict =
    s.errors > 0 ? paint('31;1', glyphs ? '✖' : 'FAIL:') : paint('32;1', glyphs ? '✔' : 'OK:');
  const what = counts.length
    ? `${counts.join(', ')} in ${plural(Object.keys(s.byFile).length, 'file')}`
    : 'no problems';
  const context = [plural(s.files, 'file'), plural(s.resources, 'resource')];
  if (s.release) {
    context.push(`OpenChoreo ${oneLine(s.release.tag)} ${s.release.detected ? 'detected' : 'assumed'}`);
  }
  return `${verdict} ${what} (${context.join(', ')})`;
}

/**
 * Hostile text must not start a new line (forging a finding, or a `::command::` when the CLI runs in a
 * workflow) nor move the cursor: control characters become visible escapes.
 */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return ' ';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A line starting with `::` is a workflow command to the Actions runner; a file named so gets `./` in front. */
function guardCommand(location: string): string {
  return location.startsWith('::') ? `./${location}` : location;
}
