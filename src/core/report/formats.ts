import type { Finding } from '../finding.js';
import type { RuleInfo } from '../rule-info.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import type { RunSummary } from './summary.js';
import { formatText } from './text.js';

/** Everything any `--format` may need; each formatter reads only its part. */
export interface FormatOptions {
  toolVersion: string;
  rules: readonly RuleInfo[];
  /** text: ANSI colours. */
  color?: boolean;
  /** json: indented. */
  pretty?: boolean;
  /** sarif: code-scanning category. */
  category?: string;
}

export type Formatter = (findings: readonly Finding[], summary: RunSummary, options: FormatOptions) => string;

/** The CLI's `--format` values. */
export const FORMATS = {
  text: (findings, summary, options) => formatText(findings, summary, { color: options.color }),
  json: (findings, summary, options) => formatJson(findings, summary, { pretty: options.pretty }),
  sarif: (findings, summary, options) =>
    formatSarif(findings, summary, { toolVersion: options.toolVersion, rules: options.rules, category: options.category }),
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** The formatter called `name`; an unknown name is a usage error that lists the valid ones. */
export function formatByName(name: string): Formatter {
  if (!isFormatName(name)) {
    throw new Error(`Unknown format "${name}". Valid formats: ${FORMAT_NAMES.join(', ')}.`);
  }
  return FORMATS[name];
}
