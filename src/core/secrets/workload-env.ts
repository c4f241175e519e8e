import type { YamlDocument } from '../parse.js';
import type { PathSegment } from '../path.js';
import { judgeLiteral } from './judge-literal.js';
import { isSecretLikeFileName, isSecretLikeKey } from './secret-key-names.js';
import type { SecretHit } from './secret-hit.js';
import { SECRET_RULES } from './secret-rules.js';
import type { YamlValueLines } from './yaml-value-lines.js';

/**
 * Workload env and file entries with a literal `value`, wherever OpenChoreo keeps a container spec:
 * - Workload `spec.container` (1.x) and `spec.containers.<name>` (v0.12);
 * - ComponentRelease `spec.workload.container` / `.containers.<name>` (the frozen workload snapshot);
 * - ReleaseBinding `spec.workloadOverrides.container` / `.containers.<name>`.
 * An env entry is judged when its key is secret-like; a file entry when its name is a key-material file
 * name. Any entry whose value contains a known credential format is reported whatever its key.
 */

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Container specs of a document, with their path and whether they are in the pre-1.0 map shape. */
function containerSpecs(kind: string, object: Rec): { path: PathSegment[]; spec: Rec; v0: boolean }[] {
  const spec = isRec(object.spec) ? object.spec : undefined;
  if (!spec) return [];
  const holderKey = kind === 'Workload' ? undefined : kind === 'ComponentRelease' ? 'workload' : kind === 'ReleaseBinding' ? 'workloadOverrides' : null;
  if (holderKey === null) return [];
  const holder = holderKey === undefined ? spec : spec[holderKey];
  if (!isRec(holder)) return [];
  const base: PathSegment[] = holderKey === undefined ? ['spec'] : ['spec', holderKey];
  const out: { path: PathSegment[]; spec: Rec; v0: boolean }[] = [];
  if (isRec(holder.container)) out.push({ path: [...base, 'container'], spec: holder.container, v0: false });
  if (isRec(holder.containers)) {
    for (const [name, c] of Object.entries(holder.containers)) {
      if (isRec(c)) out.push({ path: [...base, 'containers', name], spec: c, v0: true });
    }
  }
  return out;
}

const LISTS = ['env', 'files'] as const;

const WHERE: Record<string, string> = {
  Workload: 'Workload',
  ComponentRelease: 'ComponentRelease workload snapshot',
  ReleaseBinding: 'ReleaseBinding workloadOverrides',
};

export function findWorkloadEnvSecrets(doc: YamlDocument, kind: string, object: Rec, lines: YamlValueLines, out: SecretHit[]): void {
  for (const { path, spec, v0 } of containerSpecs(kind, object)) {
    for (const list of LISTS) {
      const entries = spec[list];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, i) => {
        if (!isRec(entry) || typeof entry.key !== 'string' || typeof entry.value !== 'string') return;
        const named = list === 'env' ? isSecretLikeKey(entry.key) : isSecretLikeFileName(entry.key);
        const verdict = judgeLiteral(entry.value, named ? 'credential' : 'unknown');
        if (!verdict) return;
        const valuePath = [...path, list, i, 'value'];
        const at = lines.entryValue(doc, valuePath, 'key', entry.key, 'value', entry.value, entry);
        out.push({
          ruleId: SECRET_RULES.workloadEnv,
          file: doc.file,
          line: at.line,
          column: at.column,
          endLine: at.endLine,
          where: `${WHERE[kind]} ${list}`,
          name: entry.key,
          kind: verdict.kind,
          context: v0 ? 'workload-v0' : 'workload',
          value: verdict.value,
          literal: entry.value,
        });
      });
    }
  }
}
