import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE, EMPTY_CONFIG, parseConfig, type RepoConfig } from '../core/config.js';
import { readDocuments } from '../core/documents.js';
import type { Finding } from '../core/finding.js';
import { PositionIndex } from '../core/position.js';
import { chooseRelease } from '../core/release-detect.js';
import type { RunFacts } from '../core/report/summary.js';
import type { RuleInfo } from '../core/rule-info.js';
import { checkResources } from '../core/validate.js';
import { validateRuleInfo } from '../core/validate-rules.js';
import { isYamlPath, readRepository } from '../shell/read-repo.js';

export interface ValidateOptions {
  /** Repository root (the checkout). */
  root: string;
  /** `auto` or a release such as `1.2`; overrides the config file. */
  openchoreoVersion?: string;
  /** Extra ignore globs, added to the config file's. */
  ignore?: readonly string[];
}

/** What every command returns: findings, the facts for the summary, and the rules that may have fired. */
export interface CommandResult {
  findings: Finding[];
  facts: RunFacts;
  rules: readonly RuleInfo[];
}

/** Reads `.openchoreo-gitops.yaml` when present. */
export async function loadConfig(root: string): Promise<{ config: RepoConfig; findings: Finding[] }> {
  let text: string;
  try {
    text = await readFile(join(root, CONFIG_FILE), 'utf8');
  } catch {
    return { config: EMPTY_CONFIG, findings: [] };
  }
  return parseConfig(text);
}

/** The validate job: every OpenChoreo manifest of the repository judged as the cluster would. */
export async function runValidate(options: ValidateOptions): Promise<CommandResult> {
  const started = performance.now();
  const { config, findings: configFindings } = await loadConfig(options.root);
  const ignore = [...config.ignore, ...(options.ignore ?? [])];
  const read = await readRepository(options.root, { include: isYamlPath, ignore });
  const docs = readDocuments(read.files);
  const requested = options.openchoreoVersion && options.openchoreoVersion !== 'auto' ? options.openchoreoVersion : (config.openchoreoVersion ?? 'auto');
  const choice = chooseRelease(docs.resources, requested);
  const positions = new PositionIndex();
  const findings: Finding[] = [...configFindings, ...read.findings, ...docs.findings];
  if (choice.mixed) {
    findings.push({
      ruleId: 'release/mixed', severity: 'warning', file: choice.mixed.file, line: choice.mixed.line, column: 1,
      message: `${choice.mixed.message} Validating against ${choice.release.tag}.`,
      hint: 'Migrate the pre-1.0 manifests to the 1.x shapes, or set openchoreo-version to the release the cluster runs.',
    });
  }
  findings.push(...checkResources(docs.resources, choice.release, positions));
  const kinds: Record<string, number> = {};
  for (const r of docs.resources) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  return {
    findings,
    facts: {
      command: 'validate',
      release: { tag: choice.release.tag, detected: choice.detected, evidence: choice.evidence },
      files: read.files.length,
      documents: docs.documents.length,
      resources: docs.resources.length,
      kinds,
      durationMs: Math.round(performance.now() - started),
    },
    rules: validateRuleInfo,
  };
}
