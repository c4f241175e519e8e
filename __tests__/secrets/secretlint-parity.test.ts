import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { isScannedTextFile, scanSecrets } from '../../src/core/secrets/index.js';
import { readRepository } from '../../src/shell/read-repo.js';
import { canary, privateKeyLines } from './canaries.js';

/** A small repository with one canary of every kind we and secretlint's recommend preset both know. */
function plantedRepo(root: string): void {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('notes/tokens.txt', [
    `github ${canary.github()}`,
    `gitlab ${canary.gitlab()}`,
    `slack ${canary.slackToken()}`,
    `webhook ${canary.slackWebhook()}`,
    `npm ${canary.npm()}`,
    `stripe ${canary.stripe()}`,
    `maps ${canary.gcpApiKey()}`,
    '',
  ].join('\n'));
  write('scripts/env.sh', [
    `export AWS_ACCESS_KEY_ID=${canary.awsKeyId()}`,
    `export AWS_SECRET_ACCESS_KEY=${canary.awsSecret()}`,
    `export DATABASE_URL=postgres://app:${canary.password()}@db.internal:5432/app`,
    `export MYSQL_URL=mysql://root:${canary.password()}@mysql:3306/shop`,
    `export MONGO_URL=mongodb://svc:${canary.password()}@mongo:27017/db`,
    '',
  ].join('\n'));
  write('keys/deploy_key', privateKeyLines('OPENSSH PRIVATE KEY').join('\n') + '\n');
  write('apps/api/workload.yaml', `apiVersion: openchoreo.dev/v1alpha1
kind: Workload
metadata:
  name: api
spec:
  container:
    image: ghcr.io/acme/api:1
    env:
      - key: POSTGRES_PASSWORD
        value: ${canary.password()}
      - key: GITHUB_TOKEN
        value: ${canary.github()}
`);
}

interface Location {
  file: string;
  line: number;
}

function runSecretlint(root: string): Location[] {
  const config = join(root, '..', 'secretlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const bin = join(process.cwd(), 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  const r = spawnSync(process.execPath, [bin, '**/*', '--secretlintrc', config, '--format', 'json'], { cwd: root, encoding: 'utf8' });
  expect([0, 1]).toContain(r.status);
  const results = JSON.parse(r.stdout) as { filePath: string; messages: { loc: { start: { line: number } } }[] }[];
  return results.flatMap((res) => res.messages.map((m) => ({ file: relative(root, res.filePath), line: m.loc.start.line })));
}

describe('secretlint parity on planted canaries', () => {
  it('finds everything secretlint finds, and the workload password it does not', async () => {
    const base = mkdtempSync(join(tmpdir(), 'secret-parity-'));
    const root = join(base, 'repo');
    try {
      plantedRepo(root);
      const theirs = runSecretlint(root);
      expect(theirs.length).toBeGreaterThanOrEqual(10);
      const { files } = await readRepository(root, { include: isScannedTextFile });
      const ours = scanSecrets({ files }).findings;
      const missed = theirs.filter((t) => !ours.some((o) => o.file === t.file && (o.line === t.line || o.line === t.line - 1)));
      expect(missed).toEqual([]);
      const onlyOurs = ours.filter((o) => !theirs.some((t) => t.file === o.file && t.line === o.line));
      expect(onlyOurs.map((o) => `${o.file}:${o.line} ${o.ruleId}`)).toContain('apps/api/workload.yaml:10 secrets/workload-env-literal');
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  }, 60_000);
});
