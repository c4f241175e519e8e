import type { YamlDocument } from '../parse.js';
import type { Finding } from '../finding.js';
import type { SourceFile } from '../source.js';
import type { NodeLocator } from './yaml-value-lines.js';

/** Where a plaintext value was written, which decides the fix hint. */
export type SecretContext =
  | 'workload'
  | 'workload-v0'
  | 'kubernetes-secret'
  | 'kustomize-generator'
  | 'flux-values'
  | 'dotenv'
  | 'text';

/**
 * One plaintext secret found in a file. Internal to the scanner: `value` is the secret itself and must never
 * leave this module except through `secretFingerprint`.
 */
export interface SecretHit {
  ruleId: string;
  file: string;
  /** 1-based line of the value (for a block scalar, the line of its key). */
  line: number;
  column: number;
  /** Last line the value spans (== line for one-line values). */
  endLine: number;
  /** Where it was written, for the message: `Workload env`, `Secret stringData`, `.env file`, … */
  where: string;
  /** The key it was assigned to (an env var, a data key, a YAML key), or '' for a bare token. Never the value. */
  name: string;
  /** What kind of credential the value looks like, e.g. `GitHub token`; '' when only the context tells. */
  kind: string;
  context: SecretContext;
  /** The secret. Only ever hashed. */
  value: string;
  /** The whole literal the secret sits in (a file's content, a URL); text hits inside it are the same finding. */
  literal: string;
}

/** An allow-list entry from the config file (`policy.secrets.allow`). */
export interface AllowEntry {
  fingerprint: string;
  /** Why this value may stay in Git. Required: an entry without one does not apply. */
  reason: string;
}

/** A secret that was found and allowed, for the job summary. */
export interface AllowedHit {
  file: string;
  line: number;
  ruleId: string;
  fingerprint: string;
  reason: string;
  how: 'config' | 'inline';
}

export interface ScanSecretsInput {
  files: readonly SourceFile[];
  /** YAML documents already parsed by the caller, by file path; files not in the map are parsed on demand. */
  parsed?: ReadonlyMap<string, readonly YamlDocument[]>;
  /** `scope: changed`: only these lines of these files are judged; files absent from the map are skipped. */
  changedLines?: ReadonlyMap<string, ReadonlySet<number>>;
  allow?: readonly AllowEntry[];
  /** See JudgeContext.positions. */
  positions?: NodeLocator;
}

export interface ScanSecretsResult {
  findings: Finding[];
  allowed: AllowedHit[];
}
