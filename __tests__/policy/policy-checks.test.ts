/** `--checks` / the `checks` input: which policy checks run, and that the others' work is skipped. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { parseCli, POLICY_CHECKS, USAGE, UsageError, VERSION_CHOICES, type CliArgs } from '../../src/cli/args.js';
import { runPolicy } from '../../src/commands/policy.js';
import type { Finding } from '../../src/core/finding.js';
import { RELEASES } from '../../src/core/releases.js';
import { createPrRepo, type PrRepo } from './pr-fixture.js';

const SAMPLE = fileURLToPath(new URL('../../../shared/reference/sample-gitops', import.meta.url));
const at = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`;
const family = (f: Finding) => f.ruleId.slice(0, f.ruleId.indexOf('/'));

const run = (argv: string[]): CliArgs => {
  const parsed = parseCli(argv);
  if (parsed.kind !== 'run') throw new Error(`expected a run, got ${parsed.kind}`);
  return parsed.args;
};

function usageError(argv: string[]): string {
  try {
    parseCli(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('--checks on the command line', () => {
  it('defaults to every check, and reads a comma-separated subset in the canonical order', () => {
    expect(run(['policy']).checks).toBeUndefined();
    expect(run(['policy', 'dir', '--checks', 'secrets']).checks).toEqual(['secrets']);
    expect(run(['policy', '--checks', 'secrets, codeowners,secrets']).checks).toEqual(['codeowners', 'secrets']);
    expect(run(['policy', '--checks=approvals,ownership,codeowners,secrets']).checks).toEqual([...POLICY_CHECKS]);
  });

  it('rejects unknown names, an empty list and the option on validate', () => {
    expect(usageError(['policy', '--checks', 'secrets,lint'])).toBe('--checks takes codeowners, ownership, approvals, secrets; got "lint".');
    expect(usageError(['policy', '--checks', ' , '])).toMatch(/^--checks needs at least one of codeowners, ownership, approvals, secrets/);
    expect(usageError(['validate', '--checks', 'secrets'])).toBe('--checks applies to the policy command only.');
  });

  it('is documented in USAGE', () => {
    expect(USAGE).toContain('--checks');
    expect(USAGE).toContain('codeowners,ownership,approvals,secrets');
  });

  it('offers a --openchoreo-version choice for each release whose CRDs are bundled, and auto', () => {
    expect([...VERSION_CHOICES]).toEqual(['auto', ...RELEASES.map((r) => r.minor)]);
    for (const release of RELEASES) expect(Object.keys(release.crds).length).toBeGreaterThan(10);
  });
});

describe('runPolicy with a subset of checks', () => {
  it('runs only the secret scan on the sample tree, with the findings the whole job reports', async () => {
    const all = await runPolicy({ root: SAMPLE, scope: 'all', ignore: [], requireOwnerApproval: false });
    const secrets = await runPolicy({ root: SAMPLE, scope: 'all', ignore: [], requireOwnerApproval: false, checks: ['secrets'] });
    expect(new Set(secrets.findings.map(family))).toEqual(new Set(['secrets']));
    expect(secrets.findings.map(at).sort()).toEqual(all.findings.filter((f) => family(f) === 'secrets').map(at).sort());
    expect(secrets.owners.allowedSecrets).toEqual(all.owners.allowedSecrets);
    // No manifest was parsed for ownership.
    expect(secrets.facts.documents).toBe(0);
    expect(secrets.owners.protectedFiles).toBe(0);
    expect(secrets.facts.extra).toMatchObject({ checks: ['secrets'], secretScanThreads: 1 });
  });

  it('runs only ownership and CODEOWNERS checks without the secret scan', async () => {
    const result = await runPolicy({ root: SAMPLE, scope: 'all', ignore: [], requireOwnerApproval: false, checks: ['ownership', 'codeowners'] });
    expect(result.findings.some((f) => family(f) === 'secrets')).toBe(false);
    expect(result.findings.filter((f) => f.ruleId === 'ownership/unowned')).toHaveLength(15);
    expect(result.facts.extra).toMatchObject({ secretScanThreads: 0 });
  });
});

describe('runPolicy with a subset of checks on a pull request branch', () => {
  let pr: PrRepo;
  beforeAll(async () => {
    pr = await createPrRepo();
  });
  afterAll(() => pr.repo.cleanup());

  it('skips approvals (no diff read for them) when only secrets run, and keeps the changed-lines scope', async () => {
    const all = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: true });
    const secrets = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: true, checks: ['secrets'] });
    expect(all.findings.some((f) => family(f) === 'approvals')).toBe(true);
    expect(secrets.findings.some((f) => family(f) === 'approvals')).toBe(false);
    expect(secrets.owners.approvals).toEqual([]);
    expect(secrets.findings.filter((f) => family(f) === 'secrets').map(at)).toEqual(all.findings.filter((f) => family(f) === 'secrets').map(at));
  });

  it('judges approvals without scanning for secrets', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: true, checks: ['approvals'] });
    expect(result.findings.some((f) => family(f) === 'secrets')).toBe(false);
    expect(result.findings.some((f) => f.ruleId === 'approvals/missing-owner-approval')).toBe(true);
  });
});
