import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlFile, type YamlDocument } from '../../src/core/parse.js';
import { isScannedTextFile, scanSecrets } from '../../src/core/secrets/index.js';
import { readRepository } from '../../src/shell/read-repo.js';

const reference = join(process.cwd(), '..', 'shared', 'reference');

async function scanTree(dir: string, withParsed: boolean) {
  const { files } = await readRepository(dir, { include: isScannedTextFile });
  const parsed = new Map<string, YamlDocument[]>();
  if (withParsed) for (const f of files) if (/\.ya?ml$/.test(f.path)) parsed.set(f.path, parseYamlFile(f).documents);
  return scanSecrets({ files, ...(withParsed ? { parsed } : {}) }).findings;
}

const summary = (f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`;

describe('the real sample trees', () => {
  it('sample-gitops: the plaintext database password, in both Workloads and the release snapshot, and nothing else', async () => {
    const dir = join(reference, 'sample-gitops');
    expect(existsSync(dir)).toBe(true);
    for (const withParsed of [false, true]) {
      const findings = await scanTree(dir, withParsed);
      expect(findings.map(summary)).toEqual([
        'namespaces/default/projects/doclet/components/document-svc/workload.yaml:12 secrets/workload-env-literal',
        'namespaces/default/projects/doclet/components/postgres/releases/postgres-20260223-1.yaml:263 secrets/workload-env-literal',
        'namespaces/default/projects/doclet/components/postgres/workload.yaml:16 secrets/workload-env-literal',
      ]);
      expect(findings.map((f) => f.message)).toEqual([
        expect.stringMatching(/^Plaintext secret in Workload env "DB_PASSWORD" \(fingerprint [0-9a-f]{16}\)/),
        expect.stringMatching(/^Plaintext secret in ComponentRelease workload snapshot env "POSTGRES_PASSWORD"/),
        expect.stringMatching(/^Plaintext secret in Workload env "POSTGRES_PASSWORD"/),
      ]);
      // One password, three copies: one fingerprint (an allow-list entry or a rotation covers them all).
      expect(new Set(findings.map((f) => /fingerprint (\w+)/.exec(f.message)![1])).size).toBe(1);
      for (const f of findings) expect(`${f.message} ${f.hint}`).not.toMatch(/value: *"?doclet/);
    }
  });

  it('samples v1.2.3: the committed demo credentials, and none of the placeholders', async () => {
    const dir = join(reference, 'openchoreo', 'samples-v1.2.3');
    expect(existsSync(dir)).toBe(true);
    for (const withParsed of [false, true]) {
      const findings = await scanTree(dir, withParsed);
      expect(findings.map(summary)).toEqual([
        // A real RSA private key (the TLS key of the passthrough demo) in a Workload `files` entry.
        'component-types/component-tls-service/tls-service-component.yaml:201 secrets/workload-env-literal',
        // `postgres://postgres:postgres@…` DSNs and the matching POSTGRES_PASSWORD of the url-shortener demo.
        'from-image/url-shortener/alerting-demo/failure-scenario.yaml:18 secrets/workload-env-literal',
        'from-image/url-shortener/components/analytics-service.yaml:49 secrets/workload-env-literal',
        'from-image/url-shortener/components/api-service.yaml:49 secrets/workload-env-literal',
        'from-image/url-shortener/components/postgres.yaml:35 secrets/workload-env-literal',
        // `CREATE USER demo WITH SUPERUSER PASSWORD 'demo'` in the postgres resource type's init script.
        'getting-started/all.yaml:1183 secrets/sql-password',
        'getting-started/cluster-resource-types/postgres.yaml:117 secrets/sql-password',
      ]);
      // The three `kind: Secret` manifests hold only self-describing placeholders (`smtp-password`,
      // `webhook-api-key`, `dummy-webhook-api-key`): not reported.
      expect(findings.some((f) => f.file.endsWith('alert-notification-channels.yaml'))).toBe(false);
    }
  });
});
