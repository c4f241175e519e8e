import { describe, it, expect } from '@jest/globals';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPolicy } from '../../src/commands/policy.js';
import { runValidate } from '../../src/commands/validate.js';
import type { Finding } from '../../src/core/finding.js';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const MONO = join(EXAMPLES, 'mono-repo');
const PLATFORM = join(EXAMPLES, 'multi-repo', 'platform');
const APP = join(EXAMPLES, 'multi-repo', 'app-appointments');

/** One line per finding, so a failing assertion shows exactly what the tool reported. */
const listed = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.severity} ${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.message}`);

interface Case {
  name: string;
  root: string;
  context?: string[];
}

const CASES: Case[] = [
  { name: 'mono-repo', root: MONO },
  { name: 'multi-repo/platform', root: PLATFORM },
  { name: 'multi-repo/app-appointments (platform as context)', root: APP, context: [PLATFORM] },
];

describe('documentation examples', () => {
  it('exist where the README says', () => {
    for (const dir of [MONO, PLATFORM, APP]) {
      expect(existsSync(join(dir, '.github', 'CODEOWNERS'))).toBe(true);
      expect(existsSync(join(dir, '.openchoreo-gitops.yaml'))).toBe(true);
    }
  });

  describe.each(CASES)('$name', ({ root, context }) => {
    it('validates with no errors, warnings or notes', async () => {
      const result = await runValidate({ root, context });
      expect(listed(result.findings)).toEqual([]);
      expect(result.facts.release?.tag).toBe('v1.2.3');
      expect(result.facts.resources).toBeGreaterThan(10);
    });

    it('passes the policy job with no findings', async () => {
      const result = await runPolicy({ root, scope: 'all', ignore: [], requireOwnerApproval: false });
      expect(listed(result.findings)).toEqual([]);
      expect(result.owners.unowned).toBe(0);
    });
  });

  it('needs the platform repository to resolve the application repository', async () => {
    // Without --context the platform references cannot be checked: the tool says so instead of staying silent.
    const alone = await runValidate({ root: APP });
    expect(alone.findings.length).toBeGreaterThan(0);
    expect(alone.findings.every((f) => f.severity === 'warning' && f.ruleId.startsWith('reference/'))).toBe(true);
  });
});
