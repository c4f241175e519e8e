import type { Finding } from './finding.js';
import { findingAt } from './finding-at.js';
import { parseYamlFile } from './parse.js';
import { PositionIndex } from './position.js';
import { RELEASE_CHOICES } from './release-names.js';
import { CONFIG_FILE, EMPTY_CONFIG, type RepoConfig } from './repo-config.js';

const KNOWN_KEYS = ['ignore', 'openchoreo-version', 'policy'];

/** Parses the config file's text; problems become findings and the bad parts are ignored. */
export function parseConfig(text: string, file = CONFIG_FILE): { config: RepoConfig; findings: Finding[] } {
  const parsed = parseYamlFile({ path: file, text });
  const findings: Finding[] = [...parsed.findings];
  const config: RepoConfig = { ...EMPTY_CONFIG, ignore: [], file };
  const doc = parsed.documents[0];
  if (!doc) return { config, findings };
  const positions = new PositionIndex();
  const bad = (path: (string | number)[], message: string, hint: string) =>
    findings.push(findingAt(positions, doc, path, { ruleId: 'config/invalid', severity: 'error', message, hint }));
  const value = doc.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    bad([], `${file} must be a mapping.`, `Write keys such as \`ignore:\` and \`openchoreo-version:\`.`);
    return { config, findings };
  }
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) {
    if (!KNOWN_KEYS.includes(key)) bad([key], `Unknown key "${key}" in ${file}.`, `Known keys: ${KNOWN_KEYS.join(', ')}.`);
  }
  if (v.ignore !== undefined) {
    if (Array.isArray(v.ignore) && v.ignore.every((p) => typeof p === 'string')) config.ignore = v.ignore as string[];
    else bad(['ignore'], '`ignore` must be a list of path globs.', 'Example: `ignore: ["charts/**", "**/*.tmpl.yaml"]`.');
  }
  const version = v['openchoreo-version'];
  if (version !== undefined) {
    // `1.0` in YAML is the number 1: read it back as the release it names.
    const s = typeof version === 'number' && Number.isInteger(version) ? `${version}.0` : String(version);
    if ((RELEASE_CHOICES as readonly string[]).includes(s)) config.openchoreoVersion = s;
    else bad(['openchoreo-version'], `Unsupported openchoreo-version "${s}".`, `Use one of: ${RELEASE_CHOICES.join(', ')}.`);
  }
  config.policy = v.policy;
  return { config, findings };
}
