import { describe, it, expect } from '@jest/globals';
import { parseCodeowners } from '../../src/core/codeowners/index.js';
import { readDocuments } from '../../src/core/documents.js';
import { checkOwnership, productionJudge } from '../../src/core/ownership.js';
import { parsePolicyConfig } from '../../src/core/policy-config.js';
import { DEFAULT_POLICY, type PolicyConfig } from '../../src/core/policy-settings.js';
import { PositionIndex } from '../../src/core/position.js';

const manifest = (kind: string, name: string, spec = '') =>
  `apiVersion: openchoreo.dev/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: default\n${spec ? `spec:\n${spec}` : ''}`;

const FILES: Record<string, string> = {
  'platform/component-types/service.yaml': manifest('ComponentType', 'service'),
  'platform/traits/storage.yaml': manifest('ClusterTrait', 'storage'),
  'platform/secrets/db.yaml': manifest('SecretReference', 'db'),
  'platform/envs/production.yaml': manifest('Environment', 'production', '  isProduction: true\n'),
  'platform/envs/live.yaml': manifest('Environment', 'live', '  isProduction: true\n'),
  'platform/envs/preprod.yaml': manifest('Environment', 'preprod', '  isProduction: false\n'),
  'apps/shop/cart/component.yaml': manifest('Component', 'cart'),
  'apps/shop/cart/bindings/cart-production.yaml': manifest('ReleaseBinding', 'cart-production', '  environment: production\n'),
  'apps/shop/cart/bindings/cart-live.yaml': manifest('ReleaseBinding', 'cart-live', '  environment: live\n'),
  'apps/shop/cart/bindings/cart-preprod.yaml': manifest('ReleaseBinding', 'cart-preprod', '  environment: preprod\n'),
  'apps/shop/cart/bindings/cart-prod-eu.yaml': manifest('ReleaseBinding', 'cart-prod-eu', '  environment: prod-eu\n'),
  'apps/shop/cart/bindings/cart-dev.yaml': manifest('ReleaseBinding', 'cart-dev', '  environment: development\n'),
};

function run(codeownersText: string | undefined, policy: PolicyConfig = DEFAULT_POLICY) {
  const docs = readDocuments(Object.entries(FILES).map(([path, text]) => ({ path, text })));
  const codeowners = codeownersText === undefined ? undefined : parseCodeowners('.github/CODEOWNERS', codeownersText);
  return checkOwnership({ resources: docs.resources, policy, codeowners, codeownersPath: codeowners?.path, positions: new PositionIndex() });
}

describe('ownership coverage by content', () => {
  it('protects platform kinds and production bindings by default, wherever they live', () => {
    const { files } = run('/.github/CODEOWNERS @acme/platform\n');
    expect([...files.keys()].sort()).toEqual([
      'apps/shop/cart/bindings/cart-live.yaml',
      'apps/shop/cart/bindings/cart-prod-eu.yaml',
      'apps/shop/cart/bindings/cart-production.yaml',
      'platform/component-types/service.yaml',
      'platform/envs/live.yaml',
      'platform/envs/preprod.yaml',
      'platform/envs/production.yaml',
      'platform/secrets/db.yaml',
      'platform/traits/storage.yaml',
    ]);
  });

  it('lists each uncovered file with the CODEOWNERS line that fixes it', () => {
    const { findings } = run('/platform/ @acme/platform\n/.github/CODEOWNERS @acme/platform\n');
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'apps/shop/cart/bindings/cart-production.yaml:2:1 ownership/unowned',
      'apps/shop/cart/bindings/cart-live.yaml:2:1 ownership/unowned',
      'apps/shop/cart/bindings/cart-prod-eu.yaml:2:1 ownership/unowned',
    ]);
    expect(findings[0].message).toContain('ReleaseBinding/cart-production (production bindings)');
    expect(findings[0].hint).toBe('To fix, append to .github/CODEOWNERS the line: /apps/shop/cart/bindings/cart-production.yaml @acme/platform');
  });

  it('reports a clean repository with no findings', () => {
    const { findings } = run('* @acme/everyone\n/platform/ @acme/platform\n/apps/**/bindings/ @acme/sre\n/.github/ @acme/platform\n');
    expect(findings).toEqual([]);
  });

  it('requires the named owners when the policy names them', () => {
    const { policy } = parsePolicyConfig('policy:\n  ownership:\n    defaultOwners: ["@acme/platform"]\n', 'c.yaml');
    const { findings } = run('* @acme/everyone\n/platform/ @acme/platform\n/.github/ @acme/platform\n', policy);
    const wrong = findings.find((f) => f.file === 'apps/shop/cart/bindings/cart-live.yaml');
    expect(wrong?.ruleId).toBe('ownership/wrong-owner');
    expect(wrong?.message).toContain('owned by @acme/everyone (CODEOWNERS line 1) but the policy requires one of @acme/platform');
    expect(wrong?.hint).toContain('/apps/shop/cart/bindings/cart-live.yaml @acme/platform');
  });

  it('treats a pattern without owners as leaving the file unowned', () => {
    const { findings } = run('* @acme/everyone\n/platform/traits/\n/.github/ @acme/platform\n');
    const f = findings.find((x) => x.file === 'platform/traits/storage.yaml');
    expect(f?.message).toContain('CODEOWNERS line 2 lists no owners');
  });

  it('requires the CODEOWNERS file itself to be owned', () => {
    const { findings } = run('/platform/ @acme/platform\n/apps/ @acme/sre\n');
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'ownership/codeowners-unowned', file: '.github/CODEOWNERS', line: 1, hint: 'Append the line: /.github/CODEOWNERS @acme/platform' }),
    ]);
  });

  it('reports a missing CODEOWNERS file once, besides each uncovered file', () => {
    const { findings } = run(undefined);
    expect(findings.filter((f) => f.ruleId === 'ownership/codeowners-missing')).toHaveLength(1);
    expect(findings.filter((f) => f.ruleId === 'ownership/unowned')).toHaveLength(9);
    expect(findings[0].hint).toContain('create .github/CODEOWNERS with the line:');
  });

  it('applies configured requirements by kind, namespace and name', () => {
    const { policy } = parsePolicyConfig('policy:\n  ownership:\n    defaults: false\n    require:\n      - kinds: [Component]\n        names: ["ca*"]\n        namespaces: [default]\n        owners: ["@acme/shop"]\n', 'c.yaml');
    const { findings, files } = run('* @acme/everyone\n', policy);
    expect([...files.keys()]).toEqual(['apps/shop/cart/component.yaml']);
    expect(findings.map((f) => f.ruleId)).toEqual(['ownership/wrong-owner']);
  });
});

describe('production environments', () => {
  const docs = readDocuments(Object.entries(FILES).map(([path, text]) => ({ path, text })));

  it.each([
    ['production', true],
    ['live', true],
    ['preprod', false],
    ['prod-eu', true],
    ['development', false],
  ])('default judgement of %s → %s', (env, expected) => {
    expect(productionJudge(docs.resources, DEFAULT_POLICY)(env, 'default')).toBe(expected);
  });

  it('uses only the listed names (plus isProduction) when productionEnvironments is set', () => {
    const { policy } = parsePolicyConfig('policy:\n  ownership:\n    productionEnvironments: [preprod]\n', 'c.yaml');
    const judge = productionJudge(docs.resources, policy);
    expect(['production', 'live', 'preprod', 'prod-eu', 'development'].filter((e) => judge(e, 'default'))).toEqual(['production', 'live', 'preprod']);
  });
});
