import * as core from '@actions/core';
import { join } from 'node:path';
import { exitCodeFor, sortFindings, type FailOn, type Finding } from '../core/finding.js';
import { formatAnnotations } from '../core/report/annotations.js';
import { formatMarkdown } from '../core/report/markdown.js';
import { formatSarif } from '../core/report/sarif.js';
import { summarize, type RunFacts } from '../core/report/summary.js';
import type { RuleInfo } from '../core/rule-info.js';
import { VERSION } from '../core/version.js';
import { writeFileAtomic } from '../shell/write-file.js';

export interface PublishOptions {
  /** Where to write SARIF; '' = `$RUNNER_TEMP/openchoreo-<command>.sarif`. */
  sarifFile: string;
  failOn: FailOn;
  annotations: boolean;
  summary: boolean;
  /** Markdown appended to the job summary (e.g. the owners who must approve). */
  extraSummary?: string;
}

/**
 * Writes one command's result everywhere GitHub shows it: annotations on the diff (within GitHub's limits),
 * the job summary, a SARIF file and the step outputs; fails the step when findings reach failOn.
 */
export async function publish(result: { findings: Finding[]; facts: RunFacts; rules: readonly RuleInfo[] }, options: PublishOptions): Promise<void> {
  const findings = sortFindings(result.findings);
  const summary = summarize(findings, result.facts);
  const command = result.facts.command;
  if (options.annotations) {
    const { lines, omitted } = formatAnnotations(findings);
    for (const line of lines) process.stdout.write(`${line}\n`);
    if (omitted) core.info(`${omitted} more finding(s) are listed in the job summary and the SARIF file (GitHub shows at most 10 annotations of each severity per step).`);
  }
  if (options.summary && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(formatMarkdown(findings, summary)).addRaw(options.extraSummary ?? '').write();
  }
  const sarifFile = options.sarifFile || join(process.env.RUNNER_TEMP || process.cwd(), `openchoreo-${command}.sarif`);
  writeFileAtomic(sarifFile, formatSarif(findings, summary, { toolVersion: VERSION, rules: result.rules, category: `openchoreo-${command}` }));
  core.setOutput('errors', String(summary.errors));
  core.setOutput('warnings', String(summary.warnings));
  core.setOutput('notes', String(summary.notes));
  core.setOutput('sarif-file', sarifFile);
  if (summary.release) core.setOutput('openchoreo-version', summary.release.tag);
  core.info(`${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.notes} note(s) in ${summary.files} file(s).`);
  if (exitCodeFor(findings, options.failOn)) {
    core.setFailed(`openchoreo-gitops ${command} found ${summary.errors} error(s) and ${summary.warnings} warning(s) (fail-on: ${options.failOn}).`);
  }
}
