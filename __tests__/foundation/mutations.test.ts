/**
 * "Broken repositories you have not seen": sample-gitops copied to a temp directory at test time, one mutation
 * applied, validated in process. Every mutation must produce a finding with the expected rule at the exact file and
 * line, computed from the mutated text.
 */
import { afterEach, describe, it, expect } from '@jest/globals';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runValidate } from '../../src/commands/validate.js';
import { exitCodeFor, type Finding } from '../../src/core/finding.js';
import { brief, columnOf, copySampleGitops, editFile, lineOf, readText, removeDir } from './support.js';

const NS = 'namespaces/default';
const DOCLET = `${NS}/projects/doclet`;
const NATS = `${DOCLET}/components/nats`;
const POSTGRES = `${DOCLET}/components/postgres`;
const DOC_SVC = `${DOCLET}/components/document-svc`;

interface Expected {
  ruleId: string;
  file: string;
  line: number;
  /** Checked only when given. */
  column?: number;
  severity?: Finding['severity'];
  /** Checked against the message or the hint when given. */
  text?: RegExp;
}

interface Mutation {
  name: string;
  /** Applies the mutation to the copy in `dir` and returns the finding it must cause. */
  apply: (dir: string) => Expected;
}

/** Replaces `from` by `to` in one file and expects a finding at the line (and column) of `at` in the new text. */
function replace(file: string, from: string, to: string, ruleId: string, at: string, extra: Partial<Expected> & { columnOf?: string } = {}): Mutation['apply'] {
  return (dir) => {
    const text = editFile(dir, file, from, to);
    const line = lineOf(text, at);
    const { columnOf: col, ...rest } = extra;
    return { ruleId, file, line, ...(col ? { column: columnOf(text, line, col) } : {}), ...rest };
  };
}

const mutations: Mutation[] = [
  {
    name: 'wrong type: Component spec.owner.projectName: 5',
    apply: replace(`${NATS}/component.yaml`, 'projectName: doclet', 'projectName: 5', 'schema/type', 'projectName: 5', { columnOf: 'projectName', text: /must be of type string/ }),
  },
  {
    name: 'wrong type: an env value written as a number',
    apply: replace(`${DOC_SVC}/workload.yaml`, 'value: :8080', 'value: 8080', 'schema/type', 'value: 8080', { columnOf: 'value', text: /Quote the value/ }),
  },
  {
    name: 'missing required field: ReleaseBinding without spec.environment (reported at spec)',
    apply: replace(`${NATS}/release-bindings/nats-development.yaml`, '  environment: development\n', '', 'schema/required', 'spec:', { column: 1, text: /spec\.environment: Required value/ }),
  },
  {
    name: 'missing required field: Workload endpoint without port (reported at the endpoint)',
    apply: replace(`${NATS}/workload.yaml`, '      port: 4222\n', '', 'schema/required', 'tcp:', { columnOf: 'tcp', text: /port: Required value/ }),
  },
  {
    name: 'unknown field in a Component spec, with a did-you-mean hint',
    apply: replace(`${DOCLET}/components/frontend/component.yaml`, '  autoBuild: true\n', '  autoBuild: true\n  autoDeplyo: true\n', 'schema/unknown-field', 'autoDeplyo', { column: 3, text: /Did you mean "autoDeploy"\?/ }),
  },
  {
    name: 'unknown field in metadata',
    apply: replace(`${NS}/platform/infra/environments/staging.yaml`, '  namespace: default\n', '  namespace: default\n  lables:\n    a: b\n', 'schema/unknown-field', 'lables:', { column: 3 }),
  },
  {
    name: 'bad metadata.name Doclet_App',
    apply: replace(`${DOC_SVC}/workload.yaml`, 'name: document-svc-workload', 'name: Doclet_App', 'metadata/name', 'name: Doclet_App', { column: 3, text: /Doclet_App/ }),
  },
  {
    name: 'bad metadata.namespace',
    apply: replace(`${NS}/platform/infra/environments/staging.yaml`, 'namespace: default', 'namespace: Team_A', 'metadata/namespace', 'namespace: Team_A', { column: 3, severity: 'error' }),
  },
  {
    name: 'label value that is not a string',
    apply: replace(`${DOCLET}/project.yaml`, 'openchoreo.dev/name: doclet', 'openchoreo.dev/name: true', 'metadata/labels', 'openchoreo.dev/name: true', { columnOf: 'openchoreo.dev/name' }),
  },
  {
    name: 'YAML syntax error: two mappings on one line',
    apply: (dir) => {
      const file = `${NS}/platform/infra/environments/staging.yaml`;
      const text = editFile(dir, file, '    name: default\n', '    name: default: x\n');
      const line = lineOf(text, 'name: default: x');
      return { ruleId: 'yaml/syntax', file, line, column: columnOf(text, line, ': x') };
    },
  },
  {
    name: 'YAML syntax error: unclosed flow sequence (reported where the parser stops: the next key)',
    apply: replace(`${NATS}/workload.yaml`, '      - "8222"\n', '      - ["8222"\n', 'yaml/syntax', '  endpoints:', { columnOf: 'endpoints' }),
  },
  {
    name: 'tab indentation',
    apply: replace(`${POSTGRES}/component.yaml`, '    projectName: doclet', '\tprojectName: doclet', 'yaml/tab-indentation', '\tprojectName', { column: 1 }),
  },
  {
    name: 'duplicate key (reported at the second one)',
    apply: (dir) => {
      const file = `${NATS}/release-bindings/nats-staging.yaml`;
      const text = editFile(dir, file, '  environment: staging\n', '  environment: staging\n  environment: production\n');
      return { ruleId: 'yaml/duplicate-key', file, line: lineOf(text, 'environment: production'), column: 3 };
    },
  },
  {
    name: 'unknown kind: Traitt (closest kind as hint)',
    apply: replace(`${NS}/platform/traits/persistent-volume.yaml`, 'kind: Trait\nmetadata', 'kind: Traitt\nmetadata', 'kind/unknown', 'kind: Traitt', { column: 1, text: /Did you mean "Trait"\?/ }),
  },
  {
    name: 'wrong enum: Environment dataPlaneRef.kind ClusterDataPlan',
    apply: replace(`${NS}/platform/infra/environments/staging.yaml`, 'kind: ClusterDataPlane', 'kind: ClusterDataPlan', 'schema/enum', 'kind: ClusterDataPlan', { columnOf: 'kind', text: /Did you mean "ClusterDataPlane"\?/ }),
  },
  {
    name: 'wrong enum: endpoint type tcp',
    apply: replace(`${NATS}/workload.yaml`, 'type: TCP', 'type: tcp', 'schema/enum', 'type: tcp', { columnOf: 'type', text: /Did you mean "TCP"\?/ }),
  },
  {
    name: 'out of range: endpoint port 70000',
    apply: replace(`${NATS}/workload.yaml`, 'port: 4222', 'port: 70000', 'schema/range', 'port: 70000', { columnOf: 'port' }),
  },
  {
    name: 'apiVersion not served',
    apply: replace(`${DOCLET}/project.yaml`, 'openchoreo.dev/v1alpha1', 'openchoreo.dev/v1beta1', 'kind/api-version', 'apiVersion:', { column: 1 }),
  },
  {
    name: 'Workload in the legacy `containers:` shape',
    apply: replace(`${NATS}/workload.yaml`, '  container:\n    image: nats:2.10-alpine\n    args:\n      - "--http_port"\n      - "8222"\n', '  containers:\n    main:\n      image: nats:2.10-alpine\n', 'schema/unknown-field', 'containers:', { column: 3, text: /one `container:`/ }),
  },
  {
    name: 'ReleaseBinding environment typo → reference finding',
    apply: replace(`${POSTGRES}/release-bindings/postgres-staging.yaml`, 'environment: staging', 'environment: stagign', 'reference/binding-environment', 'environment: stagign', { columnOf: 'environment' }),
  },
  {
    name: 'ReleaseBinding releaseName typo',
    apply: replace(`${NATS}/release-bindings/nats-development.yaml`, 'releaseName: nats-20260223-1', 'releaseName: nats-20260232-1', 'reference/binding-release', 'releaseName:', { columnOf: 'releaseName' }),
  },
  {
    name: 'Component type reference typo',
    apply: replace(`${NATS}/component.yaml`, 'name: deployment/message-broker', 'name: deployment/message-brokr', 'reference/component-type', 'deployment/message-brokr'),
  },
  {
    name: 'Component owner project typo',
    apply: replace(`${DOCLET}/components/frontend/component.yaml`, 'projectName: doclet', 'projectName: docklet', 'reference/component-project', 'projectName: docklet'),
  },
  {
    name: 'DeploymentPipeline names an Environment that does not exist',
    apply: replace(`${NS}/platform/infra/deployment-pipelines/standard.yaml`, '        - name: production', '        - name: prodution', 'pipeline/unknown-environment', 'name: prodution'),
  },
  {
    name: 'the same resource defined twice (a copied file)',
    apply: (dir) => {
      const file = `${NS}/platform/infra/environments/staging-copy.yaml`;
      cpSync(path.join(dir, `${NS}/platform/infra/environments/staging.yaml`), path.join(dir, file));
      return { ruleId: 'reference/duplicate-resource', file, line: lineOf(readText(dir, file), '  name: staging'), column: 3 };
    },
  },
  {
    name: 'invalid UTF-8 in a manifest (the line of the bad byte)',
    apply: (dir) => {
      const file = `${NS}/platform/infra/environments/staging.yaml`;
      const text = readText(dir, file);
      const line = lineOf(text, 'Staging environment for');
      const bytes = Buffer.from(text, 'utf8');
      const at = bytes.indexOf('environment for');
      writeFileSync(path.join(dir, file), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at)]));
      return { ruleId: 'file/encoding', file, line, column: 1 };
    },
  },
  {
    name: 'a binary file named .yaml',
    apply: (dir) => {
      const file = `${NS}/platform/logo.yaml`;
      writeFileSync(path.join(dir, file), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
      return { ruleId: 'file/binary', file, line: 1 };
    },
  },
  {
    name: 'an empty document between separators (a note)',
    apply: (dir) => {
      const file = `${NS}/platform/infra/environments/staging.yaml`;
      const text = readText(dir, file);
      writeFileSync(path.join(dir, file), `${text}---\n---\n${text}`.replace(/name: staging\n(?![\s\S]*name: staging)/, 'name: staging-2\n'));
      return { ruleId: 'yaml/empty-document', file, line: text.split('\n').length, severity: 'note' };
    },
  },
];

describe('mutations of sample-gitops', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) removeDir(dir);
    dir = undefined;
  });

  it('has at least 15 mutations', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(15);
  });

  for (const m of mutations) {
    it(m.name, async () => {
      dir = copySampleGitops();
      const expected = m.apply(dir);
      const result = await runValidate({ root: dir });
      const hits = result.findings.filter((f) => f.ruleId === expected.ruleId && f.file === expected.file && f.line === expected.line);
      if (hits.length === 0) {
        // Shows what was found instead, so a failure explains itself.
        expect(result.findings.map(brief)).toContain(`${expected.ruleId} * ${expected.file}:${expected.line}`);
      }
      const hit = hits[0];
      if (expected.column !== undefined) expect(hit.column).toBe(expected.column);
      expect(hit.severity).toBe(expected.severity ?? 'error');
      if (expected.text) expect(`${hit.message}\n${hit.hint}`).toMatch(expected.text);
      expect(hit.message.length).toBeGreaterThan(0);
      if ((expected.severity ?? 'error') === 'error') expect(exitCodeFor(result.findings)).toBe(1);
    });
  }
});
