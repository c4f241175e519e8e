import { describe, it, expect } from '@jest/globals';
import { parsePolicyConfig } from '../../src/core/policy-config.js';
import { DEFAULT_POLICY } from '../../src/core/policy-settings.js';

const FILE = '.openchoreo-gitops.yaml';

describe('policy section of .openchoreo-gitops.yaml', () => {
  it('uses the built-in requirements when there is no policy section', () => {
    const { policy, findings } = parsePolicyConfig('ignore: ["charts/**"]\n', FILE);
    expect(findings).toEqual([]);
    expect(policy).toBe(DEFAULT_POLICY);
    expect(policy.requirements.map((r) => r.name)).toEqual(['platform-level kinds', 'production bindings']);
    expect(policy.requirements[0].kinds).toEqual(expect.arrayContaining(['ComponentType', 'ClusterTrait', 'SecretReference', 'AuthzRole', 'ClusterWorkflowPlane']));
  });

  it('reads requirements, production environments and the secret allow-list', () => {
    const text = [
      'policy:',
      '  ownership:',
      '    defaultOwners: ["@acme/platform"]',
      '    productionEnvironments: [production, prod-eu]',
      '    require:',
      '      - name: payments',
      '        kinds: [Component, Workload]',
      '        namespaces: [payments]',
      '        names: ["pay-*"]',
      '        owners: ["@acme/payments"]',
      '      - kinds: [ReleaseBinding]',
      '        production: true',
      '        owners: ["@acme/sre"]',
      '  secrets:',
      '    allow:',
      '      - fingerprint: 0123456789abcdef',
      '        reason: test fixture for the local stack',
    ].join('\n');
    const { policy, findings } = parsePolicyConfig(text, FILE);
    expect(findings).toEqual([]);
    expect(policy.productionEnvironments).toEqual(['production', 'prod-eu']);
    expect(policy.requirements.map((r) => [r.name, r.owners, r.builtin])).toEqual([
      ['platform-level kinds', ['@acme/platform'], true],
      ['production bindings', ['@acme/platform'], true],
      ['payments', ['@acme/payments'], false],
      ['requirement 2', ['@acme/sre'], false],
    ]);
    expect(policy.requirements[2].names?.[0].test('pay-api')).toBe(true);
    expect(policy.requirements[2].names?.[0].test('shop')).toBe(false);
    expect(policy.secretAllow).toEqual([{ fingerprint: '0123456789abcdef', reason: 'test fixture for the local stack', file: FILE, line: 16 }]);
  });

  it('can turn the built-in requirements off', () => {
    const { policy } = parsePolicyConfig('policy:\n  ownership:\n    defaults: false\n', FILE);
    expect(policy.requirements).toEqual([]);
  });

  it.each([
    ['unknown key with a hint', 'policy:\n  ownership:\n    requires: []\n', '3:5', 'Unknown key "requires"', 'Did you mean "require"?'],
    ['misspelt kind', 'policy:\n  ownership:\n    require:\n      - kinds: [ComponentTyp]\n', '4:17', '"ComponentTyp" is not an OpenChoreo kind', 'Did you mean "ComponentType"?'],
    ['requirement without kinds', 'policy:\n  ownership:\n    require:\n      - owners: ["@a/b"]\n', '4:9', 'needs `kinds:`', ''],
    ['owner without @', 'policy:\n  ownership:\n    require:\n      - kinds: [Trait]\n        owners: [platform]\n', '5:18', 'no leading @', '`@platform`'],
    ['bad regex', 'policy:\n  ownership:\n    productionPattern: "(prod"\n', '3:5', 'regular expression', ''],
    ['environment selector on a non-binding kind', 'policy:\n  ownership:\n    require:\n      - kinds: [Trait]\n        production: true\n', '5:9', 'only apply to', ''],
    ['allow entry without reason', 'policy:\n  secrets:\n    allow:\n      - fingerprint: 0123456789abcdef\n', '4:9', 'needs a `reason:`', ''],
    ['policy not a mapping', 'policy: [1]\n', '1:1', 'policy must be a mapping', ''],
  ])('%s → finding at its line', (_name, text, at, message, hint) => {
    const { findings } = parsePolicyConfig(text, FILE);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(`${f.line}:${f.column}`).toBe(at);
    expect(f.ruleId).toBe('config/invalid-policy');
    expect(f.file).toBe(FILE);
    expect(f.message).toContain(message);
    if (hint) expect(f.hint).toContain(hint);
  });

  it('drops an allow entry without a reason instead of honouring it', () => {
    const { policy } = parsePolicyConfig('policy:\n  secrets:\n    allow:\n      - fingerprint: 0123456789abcdef\n        reason: "  "\n', FILE);
    expect(policy.secretAllow).toEqual([]);
  });
});
