import type { Finding } from '../finding.js';
import { CODEOWNERS_RULES } from './rules.js';

/** Where GitHub looks for the file, in order; the first one present is used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** GitHub does not load a CODEOWNERS file of this size or more. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

export interface CodeownersCandidate {
  path: string;
  /** Size in bytes. */
  bytes: number;
}

export interface LocatedCodeowners {
  /** The file GitHub uses, or undefined when there is none. */
  path: string | undefined;
  /** True when GitHub would load it (present and under the size limit). */
  loaded: boolean;
  findings: Finding[];
}

/** Picks the CODEOWNERS file GitHub would use among the candidates present in the repository. */
export function locateCodeowners(present: readonly CodeownersCandidate[]): LocatedCodeowners {
  const ordered = CODEOWNERS_LOCATIONS.map((loc) => present.find((c) => c.path === loc)).filter((c): c is CodeownersCandidate => c !== undefined);
  const findings: Finding[] = [];
  const [used, ...ignored] = ordered;
  if (!used) return { path: undefined, loaded: false, findings };
  for (const other of ignored) {
    findings.push({
      ruleId: CODEOWNERS_RULES.ignoredFile,
      severity: 'warning',
      file: other.path,
      line: 1,
      column: 1,
      message: `GitHub uses ${used.path} and never reads this file.`,
      hint: `Merge its lines into ${used.path} and delete this file.`,
    });
  }
  const loaded = used.bytes < CODEOWNERS_MAX_BYTES;
  if (!loaded) {
    findings.push({
      ruleId: CODEOWNERS_RULES.tooLarge,
      severity: 'error',
      file: used.path,
      line: 1,
      column: 1,
      message: `${used.path} is ${(used.bytes / 1048576).toFixed(1)} MiB; GitHub does not load a CODEOWNERS file of 3 MB or more, so no file has an owner.`,
      hint: 'Shorten it: use folder patterns (`/apps/billing/`) instead of one line per file.',
    });
  }
  return { path: used.path, loaded, findings };
}
