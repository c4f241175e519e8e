import type { YamlDocument } from '../parse.js';
import type { SourceFile } from '../source.js';
import { findEnvSecrets } from './dotenv.js';
import { judgeLiteral } from './judge-literal.js';
import { isPlaceholder } from './placeholder.js';
import { isSecretLikeFileName, isSecretLikeKey } from './secret-key-names.js';
import type { SecretHit } from './secret-hit.js';
import { SECRET_RULES } from './secret-rules.js';
import type { YamlValueLines } from './yaml-value-lines.js';

/**
 * Kustomize `secretGenerator` entries (in a kustomization.yaml, or any document with that top-level key):
 * - `literals: [KEY=value]`: judged like env vars;
 * - `envs: [file]`: the committed env file's secret-like lines are reported at their own lines;
 * - `files: [[key=]file]`: a committed file named like key material (or under such a key) is reported at the
 *   `files` entry. Files that are not in the repository (ignored, generated at deploy time) are the right way
 *   and are not reported.
 */

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Joins a kustomization-relative path onto its directory, resolving `.` and `..`. */
export function resolveRelative(fromFile: string, rel: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

function hit(file: string, line: number, column: number, endLine: number, name: string, where: string, value: string, kind: string, literal: string): SecretHit {
  return { ruleId: SECRET_RULES.kustomizeGenerator, file, line, column, endLine, where, name, kind, context: 'kustomize-generator', value, literal };
}

export function findKustomizeGeneratorSecrets(
  doc: YamlDocument,
  object: Rec,
  lines: YamlValueLines,
  lookup: (path: string) => SourceFile | undefined,
  out: SecretHit[],
): void {
  const generators = object.secretGenerator;
  if (!Array.isArray(generators)) return;
  generators.forEach((gen, g) => {
    if (!isRec(gen)) return;
    const literals = Array.isArray(gen.literals) ? gen.literals : [];
    literals.forEach((lit, i) => {
      if (typeof lit !== 'string') return;
      const eq = lit.indexOf('=');
      if (eq <= 0) return;
      const key = lit.slice(0, eq).trim();
      const verdict = judgeLiteral(lit.slice(eq + 1), isSecretLikeKey(key) ? 'credential' : 'unknown');
      if (!verdict) return;
      const at = lines.listItem(doc, ['secretGenerator', g, 'literals', i], lit);
      out.push(hit(doc.file, at.line, at.column, at.endLine, key, 'secretGenerator literal', verdict.value, verdict.kind, lit));
    });
    const envs = Array.isArray(gen.envs) ? gen.envs : typeof gen.env === 'string' ? [gen.env] : [];
    for (const env of envs) {
      if (typeof env !== 'string') continue;
      const source = lookup(resolveRelative(doc.file, env));
      if (!source) continue;
      for (const a of findEnvSecrets(source.text)) {
        out.push(hit(source.path, a.line, a.column, a.line, a.key, `secretGenerator env file (from ${doc.file})`, a.value, '', a.value));
      }
    }
    const files = Array.isArray(gen.files) ? gen.files : [];
    files.forEach((entry, i) => {
      if (typeof entry !== 'string') return;
      const eq = entry.indexOf('=');
      const key = eq > 0 ? entry.slice(0, eq) : entry.slice(entry.lastIndexOf('/') + 1);
      const rel = eq > 0 ? entry.slice(eq + 1) : entry;
      const source = lookup(resolveRelative(doc.file, rel));
      if (!source || isPlaceholder(source.text)) return;
      const named = isSecretLikeFileName(key) || isSecretLikeFileName(rel.slice(rel.lastIndexOf('/') + 1));
      if (!named) return;
      const at = lines.listItem(doc, ['secretGenerator', g, 'files', i], entry);
      out.push(hit(doc.file, at.line, at.column, at.line, key, `secretGenerator file ${source.path}`, source.text, '', entry));
    });
  });
}
