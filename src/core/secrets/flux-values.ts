import type { YamlDocument } from '../parse.js';
import type { PathSegment } from '../path.js';
import { judgeLiteral, type Evidence } from './judge-literal.js';
import { isSecretLikeKey, keyWords } from './secret-key-names.js';
import type { SecretHit } from './secret-hit.js';
import { SECRET_RULES } from './secret-rules.js';
import type { YamlValueLines } from './yaml-value-lines.js';

/**
 * Flux objects that carry configuration values into a cluster:
 * - HelmRelease (`helm.toolkit.fluxcd.io`) `spec.values`, at any depth;
 * - Kustomization (`kustomize.toolkit.fluxcd.io`) `spec.postBuild.substitute` variables.
 * Keys named as passwords (`postgresPassword`, `DB_PASS`) are judged like env vars: any literal counts. Keys
 * named as other credentials (`*Secret`, `*Token`, `*Key`) often hold the *name* of a Secret in chart values
 * (`existingSecret`, `tokenSecret: github-token`), so there only a random-looking literal counts.
 */

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

const PASSWORD_WORDS = new Set(['password', 'passwords', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode']);

function evidenceFor(key: string): Evidence {
  if (!isSecretLikeKey(key)) return 'unknown';
  return keyWords(key).some((w) => PASSWORD_WORDS.has(w)) ? 'credential' : 'random';
}

const MAX_DEPTH = 40;

function walk(doc: YamlDocument, node: unknown, path: PathSegment[], base: number, where: string, lines: YamlValueLines, out: SecretHit[]): void {
  if (path.length > MAX_DEPTH) return;
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(doc, item, [...path, i], base, where, lines, out));
    return;
  }
  if (!isRec(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== 'string') {
      walk(doc, value, [...path, key], base, where, lines, out);
      continue;
    }
    const verdict = judgeLiteral(value, evidenceFor(key));
    if (!verdict) continue;
    const valuePath = [...path, key];
    const at = lines.fieldValue(doc, valuePath, key, value);
    out.push({
      ruleId: SECRET_RULES.fluxValues,
      file: doc.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      where,
      name: valuePath.slice(base).join('.'),
      kind: verdict.kind,
      context: 'flux-values',
      value: verdict.value,
      literal: value,
    });
  }
}

export function findFluxValueSecrets(doc: YamlDocument, object: Rec, lines: YamlValueLines, out: SecretHit[]): void {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const spec = isRec(object.spec) ? object.spec : undefined;
  if (!spec) return;
  if (object.kind === 'HelmRelease' && apiVersion.startsWith('helm.toolkit.fluxcd.io/')) {
    walk(doc, spec.values, ['spec', 'values'], 2, 'HelmRelease values', lines, out);
  } else if (object.kind === 'Kustomization' && apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) {
    const postBuild = isRec(spec.postBuild) ? spec.postBuild : undefined;
    if (postBuild && isRec(postBuild.substitute)) {
      walk(doc, postBuild.substitute, ['spec', 'postBuild', 'substitute'], 3, 'Flux postBuild.substitute', lines, out);
    }
  }
}
