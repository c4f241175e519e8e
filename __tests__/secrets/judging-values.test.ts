import { describe, expect, it } from '@jest/globals';
import { parseYamlFile } from '../../src/core/parse.js';
import { literalEntriesFromText } from '../../src/core/secrets/container-entries-text.js';
import { looksRandom } from '../../src/core/secrets/entropy.js';
import { isPlaceholder } from '../../src/core/secrets/placeholder.js';
import { isSecretLikeKey } from '../../src/core/secrets/secret-key-names.js';
import { canary } from './canaries.js';

describe('secret-like key names', () => {
  it.each([
    'PASSWORD', 'DB_PASSWORD', 'POSTGRES_PASSWORD', 'db_pass', 'MYSQL_PWD', 'passphrase', 'client_secret', 'clientSecret',
    'SECRET_KEY', 'SECRET_KEY_BASE', 'API_KEY', 'apiKey', 'x-api-key', 'GITHUB_TOKEN', 'authToken', 'access_token',
    'PRIVATE_KEY', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY', 'credentials', 'GOOGLE_CREDENTIALS', 'tls.key', 'ssh-privatekey',
    'SIGNING_KEY', 'ENCRYPTION_KEY', 'TOKEN_B64', 'GITHUB_PAT', '.dockerconfigjson', 'id_rsa',
  ])('%s is secret-like', (name) => expect(isSecretLikeKey(name)).toBe(true));

  it.each([
    'SECRET_NAME', 'secretName', 'secretKeyRef', 'secretRef', 'TOKEN_URL', 'tokenEndpoint', 'PASSWORD_FILE', 'AWS_ACCESS_KEY_ID',
    'ACCESS_KEY_ID', 'API_KEY_HEADER', 'MAX_TOKENS', 'existingSecret', 'passwordPolicy', 'key', 'KEY', 'keyName', 'TOKEN_TTL',
    'CLIENT_ID', 'USERNAME', 'POSTGRES_DSN', 'DATABASE_URL', 'GIT_SECRET_PATH', 'credentialsSecretRef', 'tokenSecretName',
  ])('%s is not', (name) => expect(isSecretLikeKey(name)).toBe(false));
});

describe('placeholder policy', () => {
  it.each([
    '', '  ', 'changeme', 'CHANGE_ME', 'replace-me', '${DB_PASSWORD}', '{{ .Values.password }}', '$(API_TOKEN)', '$TOKEN',
    '<password>', 'xxxx', '********', 'your-api-key', 'YOUR_TOKEN_HERE', 'example', 'dummy-webhook-api-key', 'password',
    'secret', 'my-secret-token', 'smtp-password', 'webhook-api-key', 'DB_PASSWORD', 'ENC[AES256_GCM,data:abc,type:str]',
    'ref+vault://secret/db#password', 'true', 'null', 'test', 'placeholder',
  ])('%j is a placeholder', (value) => expect(isPlaceholder(value)).toBe(true));

  it.each(['doclet', 'postgres', 'hunter2', 'admin', 'Pa55w0rd!', 'supersecret', 'demo', 's3cr3t-2024', '123456', 'db2-password'])(
    '%j is a real (if weak) value',
    (value) => expect(isPlaceholder(value)).toBe(false),
  );
});

describe('random-looking values', () => {
  it('accepts generated tokens', () => {
    for (let i = 0; i < 50; i++) {
      expect(looksRandom(canary.random())).toBe(true);
      expect(looksRandom(canary.hex())).toBe(true);
    }
  });

  it.each([
    'aws-rds-credentials', 'registrysecret', 'github-credentials', '/etc/secrets/git-secret',
    'https://login.example.com/token', 'project-01-svc-01', 'ThisIsJustAName', 'short1A',
  ])('rejects %j', (value) => expect(looksRandom(value)).toBe(false));
});

describe('reading container entries as text', () => {
  it('reads one-line entries with their list positions and value lines (0-based in the block), in both shapes', () => {
    const block = `  container:
    image: x
    env:
    - key: A
      value: "1"
    - key: DB_PASSWORD
      value: 'it''s'   # comment
    files:
      - key: cfg
        mountPath: /etc
        value: plain text
  containers:
    main:
      env:
        - {key: ignored, value: flow}
`;
    expect(literalEntriesFromText(block)).toBeUndefined();
    const entries = literalEntriesFromText(block.replace('        - {key: ignored, value: flow}\n', '        - key: B\n          value: b\n'));
    expect(entries).toEqual([
      { container: undefined, list: 'env', index: 0, key: 'A', value: '1', line: 4, column: 14 },
      { container: undefined, list: 'env', index: 1, key: 'DB_PASSWORD', value: "it's", line: 6, column: 14 },
      { container: undefined, list: 'files', index: 0, key: 'cfg', value: 'plain text', line: 10, column: 16 },
      { container: 'main', list: 'env', index: 0, key: 'B', value: 'b', line: 15, column: 18 },
    ]);
  });

  it('reads every one-line scalar as the YAML parse does, or gives up', () => {
    const scalars = [
      'plain', 'a b  c', 'a#b', 'a #b', 'a # comment', 'x: y', 'http://h/p?q=1#frag', '-dash', '?q', ':c', '~', '@at', '`tick',
      '"quoted"', '"with # hash"', '"a\\"b"', '"esc \\n \\u00e9"', '"open', '"a" tail', '"a" # c', '"a"#c', '""', "'single'", "'it''s'",
      "'a' # c", "'a' b", '"tab\there"', '[1, 2]', '{a: 1}', '|', '>', '&anchor x', '*alias', '!tag x', '%x', '"x"   ',
      '- x', '? x', ': x', '-', 'a:', 'a: b # c', 'a:b', 'a :b', ',x', ']x', '}x', 'x]', '8019', '-1', '+1', '0x1F', '0o17', '1e3', '.inf',
      '.NaN', 'null', 'Null', 'NULL', '~', 'true', 'TRUE', 'False', 'yes', 'no', 'on', '2001-12-14', '1_000', '08', '"8019"', "'true'",
      'plain # 8019', 'x # : y',
    ];
    const differ: unknown[] = [];
    for (const scalar of scalars) {
      const block = `container:\n  env:\n  - key: K\n    value: ${scalar}\n`;
      const entries = literalEntriesFromText(block);
      if (entries === undefined) continue;
      // The parse the structural rules otherwise read (YAML 1.2 core schema, as Flux's Go YAML library reads it).
      const doc = parseYamlFile({ path: 'w.yaml', text: block }).documents[0]?.value as { container: { env: { value: unknown }[] } } | undefined;
      const parsed = doc ? doc.container.env[0].value : 'js-yaml refuses it';
      if (entries[0]?.value !== parsed) differ.push([scalar, entries[0]?.value, parsed]);
    }
    expect(differ).toEqual([]);
  });

  it('gives up (so the caller parses) on block scalars and multi-line values', () => {
    expect(literalEntriesFromText('container:\n  env:\n  - key: K\n    value: |\n      x\n')).toBeUndefined();
    expect(literalEntriesFromText('container:\n  env:\n  - key: K\n    value: a\n      b\n')).toBeUndefined();
  });
});
