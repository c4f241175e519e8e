import { describe, expect, it } from '@jest/globals';
import { parseYamlFile, type YamlDocument } from '../../src/core/parse.js';
import { PositionIndex } from '../../src/core/position.js';
import { PositionsNeeded, scanSecrets } from '../../src/core/secrets/index.js';
import type { SourceFile } from '../../src/core/source.js';
import { canary, privateKeyLines } from './canaries.js';

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** Scans with and without pre-parsed documents; both paths must agree. */
function scanBoth(files: SourceFile[]) {
  const parsed = new Map<string, YamlDocument[]>(files.filter((f) => /\.ya?ml$/.test(f.path)).map((f) => [f.path, parseYamlFile(f).documents]));
  const own = scanSecrets({ files });
  const given = scanSecrets({ files, parsed });
  expect(given.findings).toEqual(own.findings);
  return own.findings;
}

const at = (f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`;

describe('OpenChoreo workload shapes', () => {
  it('reports literal secret env/file values in 1.x Workloads, v0.12 Workloads, release snapshots and binding overrides', () => {
    const pw = canary.password();
    const pw0 = canary.password();
    const snap = canary.password();
    const override = canary.password();
    const key = privateKeyLines('PRIVATE KEY');
    const workload = `apiVersion: openchoreo.dev/v1alpha1
kind: Workload
metadata:
  name: api
spec:
  owner: {projectName: shop, componentName: api}
  container:
    image: ghcr.io/acme/api:1.0.0
    env:
      - key: LOG_LEVEL
        value: debug
      - key: DB_PASSWORD
        value: "${pw}"
      - key: DB_PASSWORD_FILE
        value: /run/secrets/db
      - key: API_TOKEN
        valueFrom:
          secretKeyRef: {name: api-secrets, key: token}
    files:
      - key: tls.key
        mountPath: /etc/tls
        value: |
${key.map((l) => `          ${l}`).join('\n')}
`;
    const legacy = `apiVersion: openchoreo.dev/v1alpha1
kind: Workload
metadata:
  name: legacy
spec:
  containers:
    main:
      image: nginx
      env:
      - key: CLIENT_SECRET
        value: '${pw0}'
      - key: CLIENT_SECRET_NAME
        value: oauth-client
`;
    const release = `apiVersion: openchoreo.dev/v1alpha1
kind: ComponentRelease
metadata:
  name: api-20260101-1
spec:
  owner: {projectName: shop, componentName: api}
  componentType:
    kind: ComponentType
    name: deployment/service
    spec:
      workloadType: deployment
  workload:
    container:
      image: ghcr.io/acme/api:1.0.0
      env:
      - key: STRIPE_API_KEY
        value: ${snap}
    endpoints:
      http: {type: HTTP, port: 8080, visibility: [project]}
`;
    const binding = `apiVersion: openchoreo.dev/v1alpha1
kind: ReleaseBinding
metadata:
  name: api-prod
spec:
  environment: production
  owner: {projectName: shop, componentName: api}
  workloadOverrides:
    container:
      env:
        - key: LOG_LEVEL
          value: warn
        - key: REDIS_PASSWORD
          value: ${override} # TODO move to a SecretReference
`;
    const files = [
      { path: 'api/workload.yaml', text: workload },
      { path: 'legacy/workload.yaml', text: legacy },
      { path: 'api/releases/api-20260101-1.yaml', text: release },
      { path: 'api/bindings/prod.yaml', text: binding },
    ];
    const findings = scanBoth(files);
    expect(findings.map(at)).toEqual([
      `api/bindings/prod.yaml:${lineOf(binding, override)} secrets/workload-env-literal`,
      `api/releases/api-20260101-1.yaml:${lineOf(release, snap)} secrets/workload-env-literal`,
      `api/workload.yaml:${lineOf(workload, pw)} secrets/workload-env-literal`,
      `api/workload.yaml:${lineOf(workload, 'value: |')} secrets/workload-env-literal`,
      `legacy/workload.yaml:${lineOf(legacy, pw0)} secrets/workload-env-literal`,
    ]);
    const v1 = findings.find((f) => f.file === 'api/workload.yaml')!;
    expect(v1.message).toContain('Workload env "DB_PASSWORD"');
    expect(v1.hint).toContain('valueFrom: { secretKeyRef: { name: <secretreference-name>, key: DB_PASSWORD } }');
    expect(v1.hint).toContain('kind: SecretReference');
    expect(v1.hint).toContain('remoteRef: { key: <path-in-secret-store>');
    const v0 = findings.find((f) => f.file === 'legacy/workload.yaml')!;
    expect(v0.hint).toContain('valueFrom: { secretRef: { name: <secret-name>, key: CLIENT_SECRET } }');
    expect(findings.find((f) => f.file.includes('releases'))!.message).toContain('ComponentRelease workload snapshot env "STRIPE_API_KEY"');
    expect(findings.find((f) => f.file.includes('bindings'))!.message).toContain('ReleaseBinding workloadOverrides env "REDIS_PASSWORD"');
    expect(findings.find((f) => f.message.includes('tls.key'))!.message).toContain('private key');
    const output = JSON.stringify(findings);
    for (const secret of [pw, pw0, snap, override, key[3]]) expect(output).not.toContain(secret);
  });

  it('places values that only a re-parse can place with the locator given, and asks for one when none is', () => {
    const flow = canary.password();
    const block = canary.password();
    const text = `apiVersion: openchoreo.dev/v1alpha1
kind: Workload
metadata:
  name: api
spec:
  container:
    image: ghcr.io/acme/api:1.0.0
    env: [{ key: LOG_LEVEL, value: debug }, { key: DB_PASSWORD, value: "${flow}" }]
    files:
      - {key: API_TOKEN, mountPath: /run/token, value: ${block}}
`;
    const files = [{ path: 'flow/workload.yaml', text }];
    expect(() => scanSecrets({ files })).toThrow(PositionsNeeded);
    const positions = new PositionIndex();
    const { findings } = scanSecrets({ files, positions });
    // A re-parse places the `value` key of the entry.
    const column = (needle: string) => text.split('\n')[lineOf(text, needle) - 1].indexOf(needle) + 1;
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      `${lineOf(text, flow)}:${column(`value: "${flow}"`)} secrets/workload-env-literal`,
      `${lineOf(text, block)}:${column(`value: ${block}`)} secrets/workload-env-literal`,
    ]);
    expect(JSON.stringify(findings)).not.toContain(flow);
  });
});

describe('Kubernetes, Kustomize, Flux and .env files', () => {
  it('decodes Secret data, reads stringData, generator literals and env files, HelmRelease values and .env', () => {
    const [a, b, c, d, e, f] = [canary.password(), canary.password(), canary.password(), canary.password(), canary.password(), canary.random()];
    const encoded = Buffer.from(a).toString('base64');
    const secret = `apiVersion: v1
kind: Secret
metadata:
  name: db
type: Opaque
data:
  username: ${Buffer.from('app').toString('base64')}
  password: ${encoded}
stringData:
  api-key: ${b}
  api-key-old: dummy-webhook-api-key
`;
    const sops = `apiVersion: v1
kind: Secret
metadata:
  name: enc
stringData:
  password: ENC[AES256_GCM,data:${canary.random()},type:str]
sops:
  version: 3.8.1
`;
    const kustomization = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
secretGenerator:
  - name: app
    literals:
      - DB_USER=app
      - DB_PASSWORD=${c}
    envs:
      - secrets.env
`;
    const envFile = `# generated\nSMTP_HOST=mail.internal\nSMTP_PASSWORD=${d}\n`;
    const helm = `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: pg
spec:
  values:
    auth:
      existingSecret: pg-auth
      postgresPassword: ${e}
`;
    const dotenv = `APP_ENV=production\nexport SESSION_SECRET="${f}"\nEMPTY_TOKEN=\n`;
    const files = [
      { path: 'infra/secret.yaml', text: secret },
      { path: 'infra/sops.yaml', text: sops },
      { path: 'infra/kustomization.yaml', text: kustomization },
      { path: 'infra/secrets.env', text: envFile },
      { path: 'infra/helm.yaml', text: helm },
      { path: 'app/.env', text: dotenv },
      { path: 'app/.env.example', text: `SESSION_SECRET=${canary.password()}x\n` },
    ];
    const findings = scanBoth(files);
    expect(findings.map(at)).toEqual([
      'app/.env:2 secrets/dotenv',
      'infra/helm.yaml:9 secrets/flux-values',
      'infra/kustomization.yaml:7 secrets/kustomize-secret-generator',
      'infra/secret.yaml:8 secrets/kubernetes-secret',
      'infra/secret.yaml:10 secrets/kubernetes-secret',
      'infra/secrets.env:3 secrets/kustomize-secret-generator',
    ]);
    const output = JSON.stringify(findings);
    for (const secret of [a, encoded, b, c, d, e, f]) expect(output).not.toContain(secret);
  });
});
