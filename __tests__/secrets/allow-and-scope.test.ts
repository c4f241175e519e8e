import { describe, expect, it } from '@jest/globals';
import { isFingerprint, scanSecrets, secretFingerprint, secretRuleInfo } from '../../src/core/secrets/index.js';
import { canary } from './canaries.js';

const env = (lines: string[]) => ({ path: 'svc/.env', text: lines.join('\n') + '\n' });
const fingerprintIn = (message: string) => /fingerprint ([0-9a-f]{16})/.exec(message)![1];

describe('fingerprints', () => {
  it('are 16 hex digits of a keyed hash of the value: stable across files and lines, different per value', () => {
    const a = canary.password();
    const b = canary.password();
    const one = scanSecrets({ files: [env(['X=1', `DB_PASSWORD=${a}`])] }).findings[0];
    const moved = scanSecrets({ files: [{ path: 'other/.env', text: `\n\n\nDB_PASSWORD=${a}\n` }] }).findings[0];
    const other = scanSecrets({ files: [env([`DB_PASSWORD=${b}`])] }).findings[0];
    expect(isFingerprint(fingerprintIn(one.message))).toBe(true);
    expect(fingerprintIn(moved.message)).toBe(fingerprintIn(one.message));
    expect(fingerprintIn(other.message)).not.toBe(fingerprintIn(one.message));
    expect(fingerprintIn(one.message)).toBe(secretFingerprint(a));
  });
});

describe('allow-listing', () => {
  it('allows by config fingerprint with a reason and reports the allowed hit', () => {
    const a = canary.password();
    const file = env(['A=1', `DB_PASSWORD=${a}`]);
    const fp = secretFingerprint(a);
    const { findings, allowed } = scanSecrets({ files: [file], allow: [{ fingerprint: fp, reason: 'local-only test database' }] });
    expect(findings).toEqual([]);
    expect(allowed).toEqual([{ file: 'svc/.env', line: 2, ruleId: 'secrets/dotenv', fingerprint: fp, reason: 'local-only test database', how: 'config' }]);
  });

  it('ignores a config entry without a reason and says so', () => {
    const a = canary.password();
    const { findings, allowed } = scanSecrets({ files: [env([`DB_PASSWORD=${a}`])], allow: [{ fingerprint: secretFingerprint(a), reason: ' ' }] });
    expect(allowed).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('has no reason');
  });

  it('allows by an inline comment with a reason, on the line or alone on the line above', () => {
    const [a, b] = [canary.password(), canary.password()];
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: fixtures}',
      'stringData:',
      `  password: ${a} # openchoreo-gitops:allow-secret reason="fixture for the e2e test cluster"`,
      "  # openchoreo-gitops:allow-secret reason='throwaway key of the demo'",
      `  api-token: ${b}`,
    ].join('\n');
    const { findings, allowed } = scanSecrets({ files: [{ path: 'test/secret.yaml', text }] });
    expect(findings).toEqual([]);
    expect(allowed.map((h) => [h.line, h.how, h.reason])).toEqual([
      [5, 'inline', 'fixture for the e2e test cluster'],
      [7, 'inline', 'throwaway key of the demo'],
    ]);
  });

  it('does not allow with an inline comment that gives no reason, and reports the comment', () => {
    const a = canary.password();
    const text = `DB_PASSWORD=${a} # openchoreo-gitops:allow-secret\n`;
    const { findings, allowed } = scanSecrets({ files: [{ path: '.env', text }] });
    expect(allowed).toEqual([]);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['secrets/allow-without-reason', 'secrets/dotenv']);
    expect(JSON.stringify(findings)).not.toContain(a);
  });
});

describe('scope: changed lines', () => {
  it('judges only changed lines of changed files', () => {
    const [a, b] = [canary.password(), canary.password()];
    const files = [env([`OLD_PASSWORD=${a}`, `NEW_PASSWORD=${b}`]), { path: 'untouched/.env', text: `X_PASSWORD=${canary.password()}\n` }];
    const { findings } = scanSecrets({ files, changedLines: new Map([['svc/.env', new Set([2])]]) });
    expect(findings.map((f) => [f.file, f.line])).toEqual([['svc/.env', 2]]);
  });
});

describe('rule metadata', () => {
  it('marks every rule as a security rule with a short title', () => {
    expect(secretRuleInfo.length).toBeGreaterThan(15);
    for (const r of secretRuleInfo) {
      expect(r.security).toBe(true);
      expect(r.id.startsWith('secrets/')).toBe(true);
      expect(r.title.length).toBeLessThan(100);
    }
  });
});
