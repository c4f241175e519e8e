import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { runPolicy } from '../../src/commands/policy.js';
import type { Finding } from '../../src/core/finding.js';
import { CANARY_PASSWORD, CANARY_TOKEN, createPrRepo, PASSWORD_LINE, type PrRepo } from './pr-fixture.js';

const SAMPLE = fileURLToPath(new URL('../../../shared/reference/sample-gitops', import.meta.url));
const at = (f: Finding) => `${f.file}:${f.line} ${f.ruleId}`;

describe('policy command on the OpenChoreo sample repository', () => {
  it('reports the plaintext database passwords, the missing CODEOWNERS and every unowned platform file', async () => {
    const result = await runPolicy({ root: SAMPLE, scope: 'all', ignore: [], requireOwnerApproval: false });
    const secrets = result.findings.filter((f) => f.ruleId.startsWith('secrets/')).map(at);
    expect(secrets).toEqual(expect.arrayContaining([
      'namespaces/default/projects/doclet/components/postgres/workload.yaml:16 secrets/workload-env-literal',
      'namespaces/default/projects/doclet/components/postgres/releases/postgres-20260223-1.yaml:263 secrets/workload-env-literal',
    ]));
    expect(result.findings.filter((f) => f.ruleId === 'ownership/codeowners-missing')).toHaveLength(1);
    const unowned = result.findings.filter((f) => f.ruleId === 'ownership/unowned').map((f) => f.file);
    expect(unowned).toHaveLength(15);
    expect(unowned.every((p) => p.startsWith('namespaces/default/platform/'))).toBe(true);
    expect(result.facts.command).toBe('policy');
    expect(result.owners).toMatchObject({ codeowners: undefined, protectedFiles: 15, unowned: 15, changedFiles: undefined });
    expect(result.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['codeowners/shadowed-rule', 'ownership/unowned', 'approvals/missing-owner-approval', 'secrets/workload-env-literal']));
  });
});

describe('policy command on a pull request branch (git only, no token)', () => {
  let pr: PrRepo;
  beforeAll(async () => {
    pr = await createPrRepo();
  });
  afterAll(() => pr.repo.cleanup());

  it('scans only changed lines with scope changed, and never prints a secret', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: false });
    const secrets = result.findings.filter((f) => f.ruleId.startsWith('secrets/')).map(at);
    expect(secrets).toEqual([`apps/shop/cart/workload.yaml:${PASSWORD_LINE} secrets/workload-env-literal`]);
    const everything = JSON.stringify(result);
    expect(everything).not.toContain(CANARY_PASSWORD);
    expect(everything).not.toContain(CANARY_TOKEN);
  });

  it('scans the whole repository with scope all', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'all', ignore: [], requireOwnerApproval: false });
    const files = result.findings.filter((f) => f.ruleId.startsWith('secrets/')).map((f) => f.file);
    expect(files).toEqual(expect.arrayContaining(['notes.txt', 'apps/shop/cart/workload.yaml']));
    expect(JSON.stringify(result)).not.toContain(CANARY_TOKEN);
  });

  it('names the owners who must approve, from the base branch CODEOWNERS', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: false });
    expect(result.owners.changedFiles).toBe(4);
    expect(result.owners.approvals.map((a) => [a.path, a.owners.join(' '), a.ownerLine, a.protected, a.approvedBy])).toEqual([
      ['.github/CODEOWNERS', '@acme/platform', 5, true, undefined],
      ['apps/shop/cart/bindings/cart-production.yaml', '@acme/sre', 4, true, undefined],
      ['apps/shop/cart/workload.yaml', '@bob', 3, false, undefined],
      // The head adds `/platform/traits/ @mallory`; the base file decides who reviews.
      ['platform/traits/storage.yaml', '@acme/platform', 2, true, undefined],
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'approvals/owners-must-review')).toHaveLength(4);
    expect(result.findings.some((f) => f.severity === 'error' && f.ruleId.startsWith('approvals/'))).toBe(false);
  });

  it('fails closed on every protected change when approvals are required but cannot be read', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: true });
    expect(result.findings.filter((f) => f.ruleId === 'approvals/missing-owner-approval').map(at)).toEqual([
      '.github/CODEOWNERS:1 approvals/missing-owner-approval',
      'apps/shop/cart/bindings/cart-production.yaml:2 approvals/missing-owner-approval',
      'platform/traits/storage.yaml:2 approvals/missing-owner-approval',
    ]);
    expect(result.owners.notes.join(' ')).toContain('no review could be read');
  });

  it('judges the head CODEOWNERS file: the new line is fine, nothing is unowned', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: false });
    expect(result.findings.filter((f) => f.ruleId.startsWith('codeowners/') || f.ruleId.startsWith('ownership/'))).toEqual([]);
  });

  it('falls back, with a note, when the base is unknown', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: 'no-such-branch', scope: 'changed', ignore: [], requireOwnerApproval: false });
    expect(result.findings.filter((f) => f.ruleId === 'policy/degraded').map((f) => f.message).join(' ')).toContain('could not be computed');
    expect(result.owners.changedFiles).toBeUndefined();
  });
});
