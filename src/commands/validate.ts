import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE, EMPTY_CONFIG, parseConfig, type RepoConfig } from '../core/config.js';
import { readDocuments } from '../core/documents.js';
import type { Finding } from '../core/finding.js';
import { PositionIndex } from '../core/position.js';
import { chooseRelease, type ReleaseChoice } from '../core/release-detect.js';
import { checkResources } from '../core/validate.js';
import { isYamlPath, readRepository } from '../shell/read-repo.js';

export interface ValidateOptions {
  /** Repository root (the checkout). */
  root: string;
  /** `auto` or a release such as `1.2`; overrides the config file. */
  openchoreoVersion?: string;
  /** Extra ignore globs, added to the config file's. */
  ignore?: readonly string[];
}

export interface ValidateResult {
  findings: Finding[];
  choice: ReleaseChoice;
  files: number;
  documents: number;
  resources: number;
  kinds: Record<string, number>;
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
export async function runValidate(options: ValidateOptions): Promise<ValidateResult> {
  const { config, findings: configFindings } = await loadConfig(options.root);
  const ignore = [...config.ignore, ...(options.ignore ?? [])];
  const read = await readRepository(options.root, { include: isYamlPath, ignore });
  const docs = readDocuments(read.files);
  const requested = options.openchoreoVersion && options.openchoreoVersion !== 'auto' ? options.openchoreoVersion : (config.openchoreoVersion ?? 'auto');
  const choice = chooseRelease(docs.resources, requested);
  const positions = new PositionIndex();
  const findings = [
    ...configFindings,
    ...read.findings,
    ...docs.findings,
    ...checkResources(docs.resources, choice.release, positions),
  ];
  const kinds: Record<string, number> = {};
  for (const r of docs.resources) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  return {
    findings,
    choice,
    files: read.files.length,
    documents: docs.documents.length,
    resources: docs.resources.length,
    kinds,
  };
}
