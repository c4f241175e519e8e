import type { Severity } from '../finding.js';
import type { RuleInfo } from '../rule-info.js';
import { clip } from './clip.js';

/** SARIF `reportingDescriptor`, the parts GitHub code scanning reads. */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: Severity };
  properties: { tags: string[]; 'security-severity'?: string };
}

/** GitHub rejects description and help texts over 1024 characters. */
const MAX_TEXT = 1024;

/** GitHub's bands: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, below that low. */
const securitySeverity: Record<Severity, string> = { error: '9.0', warning: '7.0', note: '4.0' };

/**
 * One descriptor per rule id, in the order given. `level` is the most severe level the rule reported in
 * this run. Ids missing from the catalog get a generic, still non-empty, description.
 */
export function sarifRules(levels: ReadonlyMap<string, Severity>, catalog: readonly RuleInfo[]): SarifRule[] {
  const known = new Map(catalog.map((r) => [r.id, r]));
  return [...levels].map(([id, level]) => {
    const info = known.get(id) ?? genericInfo(id);
    const title = info.title || id;
    const description = info.description || title;
    const tags = ['openchoreo', ...(id.includes('/') ? [id.slice(0, id.indexOf('/'))] : [])];
    if (info.security) tags.push('security');
    return {
      id,
      name: clip(pascalName(id), 255),
      shortDescription: { text: clip(title, MAX_TEXT) },
      fullDescription: { text: clip(description, MAX_TEXT) },
      help: { text: clip(description, MAX_TEXT) },
      defaultConfiguration: { level },
      properties: info.security ? { tags, 'security-severity': securitySeverity[level] } : { tags },
    };
  });
}

function genericInfo(id: string): RuleInfo {
  return {
    id,
    title: `OpenChoreo GitOps check ${id}`,
    description: `Reported by openchoreo-gitops under rule id "${id}", which this version does not describe.`,
  };
}

/** `schema/unknown-field` → `SchemaUnknownField`. */
function pascalName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return name || 'Rule';
}
