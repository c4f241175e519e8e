import type { RuleInfo } from '../rule-info.js';
import type { SecretContext } from './secret-hit.js';

/** Rule ids of the secret scan. Each is its own SARIF rule so code scanning can filter by kind. */
export const SECRET_RULES = {
  workloadEnv: 'secrets/workload-env-literal',
  kubernetesSecret: 'secrets/kubernetes-secret',
  kustomizeGenerator: 'secrets/kustomize-secret-generator',
  fluxValues: 'secrets/flux-values',
  dotenv: 'secrets/dotenv',
  privateKey: 'secrets/private-key',
  githubToken: 'secrets/github-token',
  gitlabToken: 'secrets/gitlab-token',
  slackToken: 'secrets/slack-token',
  slackWebhook: 'secrets/slack-webhook',
  awsAccessKeyId: 'secrets/aws-access-key-id',
  awsSecretKey: 'secrets/aws-secret-access-key',
  gcpServiceAccount: 'secrets/gcp-service-account',
  gcpApiKey: 'secrets/gcp-api-key',
  azureStorageKey: 'secrets/azure-storage-key',
  azureClientSecret: 'secrets/azure-client-secret',
  jwt: 'secrets/jwt',
  connectionString: 'secrets/connection-string-password',
  sqlPassword: 'secrets/sql-password',
  vendorToken: 'secrets/vendor-token',
  highEntropy: 'secrets/high-entropy-assignment',
  allowWithoutReason: 'secrets/allow-without-reason',
} as const;

const R = SECRET_RULES;

const info = (id: string, title: string, description: string): RuleInfo => ({ id, title, description, security: true });

export const secretRuleInfo: RuleInfo[] = [
  info(R.workloadEnv, 'Workload env or file holds a plaintext credential',
    'A Workload (either shape), a ComponentRelease workload snapshot or a ReleaseBinding workloadOverrides entry has a literal `value` under a secret-like key. Anyone who can read the repository can read it; reference a SecretReference instead.'),
  info(R.kubernetesSecret, 'Kubernetes Secret manifest with plaintext data',
    'A `Secret` with `data` (base64 is an encoding, not encryption; it is decoded before judging) or `stringData` holding credentials is committed in plain text.'),
  info(R.kustomizeGenerator, 'Kustomize secretGenerator with plaintext input',
    'A `secretGenerator` takes credentials from `literals` or from committed `envs`/`files`, so the secret is in Git.'),
  info(R.fluxValues, 'Flux HelmRelease value or postBuild substitution holds a credential',
    'A HelmRelease `spec.values` entry or a Flux Kustomization `spec.postBuild.substitute` variable with a secret-like name has a literal value.'),
  info(R.dotenv, '.env file holds a credential', 'A committed `.env` file assigns a literal value to a secret-like variable.'),
  info(R.privateKey, 'Private key', 'A PEM/OpenSSH/PGP private key block is committed.'),
  info(R.githubToken, 'GitHub token', 'A GitHub personal access, OAuth, user-to-server, server-to-server or refresh token.'),
  info(R.gitlabToken, 'GitLab token', 'A GitLab personal, deploy, runner or pipeline trigger token.'),
  info(R.slackToken, 'Slack token', 'A Slack bot, user, app or configuration token.'),
  info(R.slackWebhook, 'Slack incoming webhook URL', 'A Slack incoming-webhook URL; anyone holding it can post to the channel.'),
  info(R.awsAccessKeyId, 'AWS access key id', 'An AWS access key id; its secret key is usually next to it.'),
  info(R.awsSecretKey, 'AWS secret access key', 'A 40-character AWS secret access key assigned to an AWS secret key variable.'),
  info(R.gcpServiceAccount, 'GCP service account key', 'A Google Cloud service account JSON key file with its private key.'),
  info(R.gcpApiKey, 'Google API key', 'A Google Cloud / Firebase API key (`AIza…`).'),
  info(R.azureStorageKey, 'Azure storage or Service Bus key', 'An Azure connection string with an inline `AccountKey` or `SharedAccessKey`.'),
  info(R.azureClientSecret, 'Azure AD client secret', 'An Entra ID (Azure AD) application client secret.'),
  info(R.jwt, 'JSON Web Token', 'A signed JWT; bearer tokens grant access until they expire.'),
  info(R.connectionString, 'Connection string with an inline password',
    'A database, broker or HTTP URL (`scheme://user:password@host`) or an ADO.NET-style `Password=` connection string with a literal password.'),
  info(R.sqlPassword, 'SQL statement with a literal password', 'A `CREATE/ALTER USER|ROLE … PASSWORD \'…\'` or `IDENTIFIED BY \'…\'` statement with a literal password.'),
  info(R.vendorToken, 'Service API token', 'A token with a documented vendor prefix (npm, OpenAI, Anthropic, Stripe, SendGrid, Shopify, Grafana, Groq, Hugging Face, Linear, Notion, 1Password, HashiCorp Vault, Databricks, Docker Hub, Figma, Tailscale).'),
  info(R.highEntropy, 'Random-looking value under a secret-like key',
    'A key named like a credential (`*_PASSWORD`, `apiKey`, `client_secret`, …) is assigned a value that looks machine-generated.'),
  info(R.allowWithoutReason, 'Secret allow comment without a reason',
    'An `openchoreo-gitops:allow-secret` comment must say why the value may stay: `reason="…"`.'),
];

const ROTATE = 'Rotate the credential: it stays readable in Git history even after the line is removed.';

const SECRET_REFERENCE_SKETCH =
  'apiVersion: openchoreo.dev/v1alpha1, kind: SecretReference, metadata: { name: <secretreference-name> }, ' +
  'spec: { template: { type: Opaque }, data: [ { secretKey: <key>, remoteRef: { key: <path-in-secret-store>, property: <field> } } ] }';

/** The fix hint for a hit, by where it was written. Never mentions the value. */
export function secretHint(context: SecretContext, name: string): string {
  const key = name.replace(/[^A-Za-z0-9_.-]/g, '') || '<key>';
  switch (context) {
    case 'workload':
      return `Replace \`value:\` with \`valueFrom: { secretKeyRef: { name: <secretreference-name>, key: ${key} } }\` and commit a SecretReference that maps that key to your secret store (${SECRET_REFERENCE_SKETCH}). ${ROTATE}`;
    case 'workload-v0':
      return `Replace \`value:\` with \`valueFrom: { secretRef: { name: <secret-name>, key: ${key} } }\` (the pre-1.0 \`containers\` shape), or on OpenChoreo 1.x use \`container\` with \`valueFrom.secretKeyRef\` and a SecretReference (${SECRET_REFERENCE_SKETCH}). ${ROTATE}`;
    case 'kubernetes-secret':
    case 'kustomize-generator':
      return `Do not commit secret data: define a SecretReference (${SECRET_REFERENCE_SKETCH}) so External Secrets creates the Secret on the data plane, or commit it encrypted (SOPS, Sealed Secrets). ${ROTATE}`;
    case 'flux-values':
      return `Take the value from a Secret instead of writing it: HelmRelease \`spec.valuesFrom: [{ kind: Secret, name: <secret>, valuesKey: <key>, targetPath: <path> }]\` or Flux \`postBuild.substituteFrom: [{ kind: Secret, name: <secret> }]\`, with the Secret produced by a SecretReference (${SECRET_REFERENCE_SKETCH}). ${ROTATE}`;
    case 'dotenv':
      return `Do not commit .env files with real values: commit a \`.env.example\` with placeholders, and give the workload the value through \`valueFrom: { secretKeyRef: { name: <secretreference-name>, key: ${key} } }\` and a SecretReference (${SECRET_REFERENCE_SKETCH}). ${ROTATE}`;
    case 'text':
      return `Remove the credential from the file and deliver it at run time: a SecretReference (${SECRET_REFERENCE_SKETCH}) referenced with \`valueFrom: { secretKeyRef: { name: <secretreference-name>, key: <key> } }\`. ${ROTATE}`;
  }
}
