import type { YamlDocument } from '../parse.js';
import { judgeLiteral } from './judge-literal.js';
import { isSecretLikeFileName } from './secret-key-names.js';
import type { SecretHit } from './secret-hit.js';
import { SECRET_RULES } from './secret-rules.js';
import type { YamlValueLines } from './yaml-value-lines.js';

/**
 * Kubernetes `Secret` manifests (`apiVersion: v1`). `stringData` values are judged as written, `data` values
 * after base64 decoding. A key named like a credential (`password`, `api-key`, `tls.key`, `.dockerconfigjson`)
 * with any literal is a secret; other keys (`username`, `host`) only when the value is a known credential
 * format or random-looking. SOPS-encrypted manifests (a top-level `sops:` block) are not plaintext and are
 * skipped; Sealed Secrets (`encryptedData`) never match.
 */

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/** Decoded text of a `data` value, or undefined when it is not base64 or not text. */
function decodeBase64(raw: string): string | undefined {
  if (!BASE64.test(raw)) return undefined;
  const text = Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8');
  return text.includes('\uFFFD') ? undefined : text;
}

export function findKubernetesSecretData(doc: YamlDocument, object: Rec, lines: YamlValueLines, out: SecretHit[]): void {
  if (object.kind !== 'Secret' || object.apiVersion !== 'v1' || 'sops' in object) return;
  for (const field of ['stringData', 'data'] as const) {
    const map = object[field];
    if (!isRec(map)) continue;
    for (const [key, raw] of Object.entries(map)) {
      if (typeof raw !== 'string') continue;
      const decoded = field === 'data' ? decodeBase64(raw) : raw;
      const named = isSecretLikeFileName(key);
      // Undecodable data under a credential name (a keystore, a binary key) is still key material.
      const verdict = decoded === undefined ? (named && raw.trim() ? { value: raw, kind: 'binary key material' } : undefined) : judgeLiteral(decoded, named ? 'credential' : 'random');
      if (!verdict) continue;
      const at = lines.fieldValue(doc, [field, key], key, raw);
      out.push({
        ruleId: SECRET_RULES.kubernetesSecret,
        file: doc.file,
        line: at.line,
        column: at.column,
        endLine: at.endLine,
        where: `Secret ${field}`,
        name: key,
        kind: verdict.kind,
        context: 'kubernetes-secret',
        value: verdict.value,
        literal: raw,
      });
    }
  }
}
