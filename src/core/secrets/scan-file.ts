import type { YamlDocument } from '../parse.js';
import { apiGroup, OPENCHOREO_GROUP } from '../resource.js';
import type { SourceFile } from '../source.js';
import { findEnvSecrets, isDotenvPath } from './dotenv.js';
import { isGcpServiceAccountJson } from './find-formats.js';
import { findFluxValueSecrets } from './flux-values.js';
import { findKubernetesSecretData } from './kubernetes-secret.js';
import { findKustomizeGeneratorSecrets } from './kustomize-generator.js';
import { LineIndex } from './line-index.js';
import { isYamlFile } from './scanned-files.js';
import type { SecretHit } from './secret-hit.js';
import { SECRET_RULES } from './secret-rules.js';
import { findWorkloadEnvSecrets } from './workload-env.js';
import { scanText, type SweptBlocks, type TextScan } from './text-scan.js';
import { structuralDocuments, type KnownText } from './yaml-slices.js';
import type { YamlValueLines } from './yaml-value-lines.js';

export interface FileScanContext {
  parsed?: ReadonlyMap<string, readonly YamlDocument[]>;
  lookup: (path: string) => SourceFile | undefined;
  valueLines: YamlValueLines;
  /** Repeated blocks already swept by the text scanners (kept across the files of one scan). */
  blocks?: SweptBlocks;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

function structuralHits(file: SourceFile, ctx: FileScanContext, known: KnownText, out: SecretHit[]): void {
  if (isDotenvPath(file.path)) {
    for (const a of findEnvSecrets(file.text)) {
      out.push({
        ruleId: SECRET_RULES.dotenv, file: file.path, line: a.line, column: a.column, endLine: a.line,
        where: '.env file', name: a.key, kind: '', context: 'dotenv', value: a.value, literal: a.value,
      });
    }
    return;
  }
  if (!isYamlFile(file.path)) return;
  const docs = ctx.parsed?.get(file.path) ?? structuralDocuments(file, known);
  for (const doc of docs) {
    const object = doc.value;
    if (!isRec(object)) continue;
    const kind = typeof object.kind === 'string' ? object.kind : '';
    const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
    if (apiGroup(apiVersion) === OPENCHOREO_GROUP) findWorkloadEnvSecrets(doc, kind, object, ctx.valueLines, out);
    else if (kind === 'Secret') findKubernetesSecretData(doc, object, ctx.valueLines, out);
    else if (kind === 'HelmRelease' || kind === 'Kustomization') findFluxValueSecrets(doc, object, ctx.valueLines, out);
    if ('secretGenerator' in object) findKustomizeGeneratorSecrets(doc, object, ctx.valueLines, ctx.lookup, out);
  }
}

function textHits(file: SourceFile, lines: LineIndex, { formats, assignments }: TextScan, out: SecretHit[]): void {
  const text = file.text;
  const gcp = formats.some((f) => f.ruleId === SECRET_RULES.privateKey) && isGcpServiceAccountJson(text);
  for (const f of formats) {
    const asGcp = gcp && f.ruleId === SECRET_RULES.privateKey;
    const line = lines.lineAt(f.start);
    out.push({
      ruleId: asGcp ? SECRET_RULES.gcpServiceAccount : f.ruleId,
      file: file.path, line, column: lines.columnAt(f.start), endLine: lines.lineAt(f.end),
      where: '', name: '', kind: asGcp ? 'GCP service account key' : f.kind, context: 'text', value: f.value, literal: text.slice(f.start, f.end),
    });
  }
  for (const a of assignments) {
    if (formats.some((f) => f.start < a.valueEnd && a.valueStart < f.end)) continue;
    out.push({
      ruleId: a.ruleId, file: file.path, line: lines.lineAt(a.valueStart), column: lines.columnAt(a.valueStart),
      endLine: lines.lineAt(a.valueStart), where: '', name: a.key, kind: a.kind, context: 'text', value: a.value, literal: a.value,
    });
  }
}

/** True when a text hit is the same secret as a structural hit (same lines, value inside the structural literal). */
function coveredBy(t: SecretHit, s: SecretHit): boolean {
  if (t.file !== s.file || t.line > s.endLine || t.endLine < s.line) return false;
  return s.literal.includes(t.value) || t.value === s.value || t.literal.includes(s.value);
}

/**
 * All secrets of one file: structural hits (which know the context and the fix) first, then text hits that
 * no structural hit already covers. Structural hits in other files (Kustomize env files) are returned too.
 */
export function scanFile(file: SourceFile, ctx: FileScanContext): { hits: SecretHit[]; lines: LineIndex } {
  const lines = new LineIndex(file.text);
  const scan = scanText(file.text, ctx.blocks);
  const structural: SecretHit[] = [];
  structuralHits(file, ctx, scan, structural);
  const text: SecretHit[] = [];
  textHits(file, lines, scan, text);
  const hits = [...structural];
  for (const t of text) {
    const owner = structural.find((s) => coveredBy(t, s));
    if (!owner) hits.push(t);
    else if (!owner.kind) owner.kind = t.kind;
  }
  return { hits, lines };
}
