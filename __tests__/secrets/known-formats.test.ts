import { describe, expect, it } from '@jest/globals';
import { scanSecrets } from '../../src/core/secrets/index.js';
import type { SourceFile } from '../../src/core/source.js';
import { alnum, canary, privateKeyLines } from './canaries.js';

/** Builds a file from lines; `mark(ruleId, secret)` plants a canary, expected on the line that holds it. */
function plant(path: string, build: (mark: (ruleId: string, secret: string) => string) => string[]) {
  const marks: { ruleId: string; secret: string }[] = [];
  const lines = build((ruleId, secret) => {
    marks.push({ ruleId, secret });
    return secret;
  });
  const expected = marks.map((m) => ({ line: lines.findIndex((l) => l.includes(m.secret)) + 1, ruleId: m.ruleId }));
  expected.sort((a, b) => a.line - b.line);
  return { file: { path, text: lines.join('\n') + '\n' } as SourceFile, expected, secrets: marks.map((m) => m.secret) };
}

function expectFound(files: ReturnType<typeof plant>[]) {
  const { findings, allowed } = scanSecrets({ files: files.map((f) => f.file) });
  for (const f of files) {
    const got = findings.filter((x) => x.file === f.file.path).map((x) => ({ line: x.line, ruleId: x.ruleId }));
    expect(got).toEqual(f.expected);
  }
  const output = JSON.stringify({ findings, allowed });
  for (const f of files) for (const secret of f.secrets) expect(output).not.toContain(secret);
  return findings;
}

describe('known credential formats in any text file', () => {
  it('finds each planted token at its line and never prints it', () => {
    const key = privateKeyLines();
    const files = [
      plant('deploy/notes.txt', (mark) => [
        'Tokens that must not be here:',
        `github: ${mark('secrets/github-token', canary.github())}`,
        `fine grained ${mark('secrets/github-token', canary.githubFineGrained())} end`,
        `gitlab=${mark('secrets/gitlab-token', canary.gitlab())}`,
        `slack ${mark('secrets/slack-token', canary.slackToken())}`,
        `hook: ${mark('secrets/slack-webhook', canary.slackWebhook())}`,
        `aws id ${mark('secrets/aws-access-key-id', canary.awsKeyId())}`,
        `maps: ${mark('secrets/gcp-api-key', canary.gcpApiKey())}`,
        `npm ${mark('secrets/vendor-token', canary.npm())}`,
        `stripe ${mark('secrets/vendor-token', canary.stripe())}`,
      ]),
      plant('scripts/deploy.sh', (mark) => {
        const pw = canary.password();
        const azure = canary.azureAccountKey();
        return [
          '#!/bin/sh',
          `export DATABASE_URL="postgres://app:${mark('secrets/connection-string-password', pw)}@db.internal:5432/app"`,
          `MONGO=mongodb+srv://svc:${mark('secrets/connection-string-password', canary.password())}@cluster0.abcde.mongodb.net/prod`,
          `REDIS=redis://:${mark('secrets/connection-string-password', canary.password())}@cache:6379/0`,
          `AZ="DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${mark('secrets/azure-storage-key', azure)};EndpointSuffix=core.windows.net"`,
          `AZURE_CLIENT_SECRET=${mark('secrets/azure-client-secret', canary.azureClientSecret())}`,
          `aws_secret_access_key = ${mark('secrets/aws-secret-access-key', canary.awsSecret())}`,
          `API_TOKEN=${mark('secrets/high-entropy-assignment', canary.random())}`,
        ];
      }),
      plant('config/app.yaml', (mark) => [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: app',
        'data:',
        `  authorization: "Bearer ${mark('secrets/jwt', canary.jwt())}"`,
        `  signingKey: ${mark('secrets/high-entropy-assignment', canary.hex())}`,
        '  tls.key: |',
        ...key.map((l, i) => (i === 0 ? `    ${mark('secrets/private-key', l)}` : `    ${l}`)),
        '  init.sql: |',
        `    CREATE USER app WITH PASSWORD '${mark('secrets/sql-password', canary.password())}';`,
      ]),
    ];
    expectFound(files);
  });

  it('names a GCP service account key file by its kind', () => {
    const body = privateKeyLines('PRIVATE KEY').join('\\n');
    const files = [
      plant('sa.json', (mark) => [
        '{',
        '  "type": "service_account",',
        '  "project_id": "demo-project",',
        `  "private_key_id": "${canary.hex()}",`,
        `  "private_key": "${mark('secrets/gcp-service-account', body)}\\n",`,
        '  "client_email": "deployer@demo-project.iam.gserviceaccount.com"',
        '}',
      ]),
    ];
    expectFound(files);
  });

  it('does not report placeholders, references, masks or documentation stubs', () => {
    const text = [
      'password: changeme',
      'api_key: ${API_KEY}',
      'token: "{{ .Values.token }}"',
      'client_secret: <your-client-secret>',
      'secret: xxxxxxxxxxxxxxxxxxxxxxxx',
      'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'aws: AKIAIOSFODNN7EXAMPLE',
      'url: postgres://user:${DB_PASSWORD}@db:5432/app',
      'url2: postgresql://${DB_USER}:<password>@${ADDRESS}:5432/db',
      'url3: https://user:password@example.com/',
      '-----BEGIN PRIVATE KEY-----',
      '...',
      '-----END PRIVATE KEY-----',
      'CONN="Server=tcp:db,1433;User ID=sa;Password=<password>;Encrypt=True"',
      "CREATE USER \"$APPUSER\" WITH PASSWORD '$APPUSER_PASSWORD';",
      `password_file: /run/secrets/${alnum(20)}1`,
      `secretName: ${alnum(20)}`,
      'tokenUrl: https://login.example.com/oauth2/token',
      `AWS_ACCESS_KEY_ID_FILE: /etc/aws/${alnum(16)}`,
      'SECRET_KEY_REF: db-credentials',
    ].join('\n');
    const { findings } = scanSecrets({ files: [{ path: 'docs/config.md', text }] });
    expect(findings).toEqual([]);
  });
});
