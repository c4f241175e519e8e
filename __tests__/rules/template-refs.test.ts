import { describe, it, expect } from '@jest/globals';
import path from 'node:path';
import type { Finding } from '../../src/core/finding.js';
import { findingAt } from '../../src/core/finding-at.js';
import { runCrossResourceRules } from '../../src/core/rules/cross-resource.js';
import { checkTemplateRefs, snapshotTemplateIssues } from '../../src/core/rules/template-refs.js';
import { templateExpressions, variableReads } from '../../src/core/rules/template-expressions.js';
import { edit, platformFiles } from './platform-fixture.js';
import { findingsOf } from './rule-cases.js';
import { dedent, indexOf, indexOfDir, repoRoot, run, sharedReference } from './rule-harness.js';

const ROOTS = new Set(['parameters', 'environmentConfigs']);
const paths = (expr: string) => variableReads(expr, ROOTS).map((r) => r.root + r.path.map((s) => (s.kind === 'field' ? `.${s.name}` : '[]')).join(''));

describe('template expressions', () => {
  it('finds every ${...}, balancing map literals and braces inside string literals', () => {
    expect(templateExpressions('a-${x}-${oc_merge(m, {"k": "}"})}-${y')).toEqual(['x', 'oc_merge(m, {"k": "}"})']);
    const raw = '${r"\\" + "}"}'; // a raw string ending in a backslash, then a string holding a brace
    expect(templateExpressions(raw)).toEqual([raw.slice(2, -1)]);
    expect(templateExpressions('no expressions, just $ and {braces}')).toEqual([]);
  });

  it('lists variable paths through fields, optional fields, brackets and indexes, up to a method call', () => {
    expect(paths('parameters.a.b')).toEqual(['parameters.a.b']);
    expect(paths('has(parameters.x.y) ? parameters.x.y : environmentConfigs.z')).toEqual(['parameters.x.y', 'parameters.x.y', 'environmentConfigs.z']);
    expect(paths('parameters.?a.?b.orValue("d")')).toEqual(['parameters.a.b']);
    expect(paths(`parameters["a-b"].c + parameters[?'d']`)).toEqual(['parameters.a-b.c', 'parameters.d']);
    expect(paths('parameters.list[0].name + parameters.list[size(parameters.list) - 1].size')).toEqual(['parameters.list[].name', 'parameters.list[].size', 'parameters.list']);
    expect(paths('parameters.name.startsWith("x") && parameters.items.map(i, i.x).size() > 0')).toEqual(['parameters.name', 'parameters.items']);
  });

  it('ignores string literals, comments, fields named like a root, and shadowing macro variables', () => {
    expect(paths(`"parameters.a" + 'environmentConfigs.b' + """parameters.c""" + r'parameters.d'`)).toEqual([]);
    expect(paths('x.parameters.a + y.?environmentConfigs.b // parameters.c')).toEqual([]);
    expect(paths('[1, 2].map(parameters, parameters.anything) + environmentConfigs.e')).toEqual(['environmentConfigs.e']);
    expect(paths('m.all(k, environmentConfigs, environmentConfigs.x)')).toEqual([]);
  });
});

/** A platform with templates that read their schemas every way the webhook allows (all valid). */
function templateFiles(): Record<string, string> {
  const extra: Record<string, string> = {
    'platform/web-type.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: ClusterComponentType
      metadata: {name: web}
      spec:
        workloadType: deployment
        parameters:
          openAPIV3Schema:
            type: object
            $defs:
              Probe:
                type: object
                properties:
                  path: {type: string, default: /healthz}
                  port: {type: integer}
            properties:
              port: {type: integer, default: 8080}
              probe: {$ref: "#/$defs/Probe", default: {}}
              labels: {type: object, additionalProperties: {type: string}}
              extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
              free: {type: object}
              volumes:
                type: array
                items:
                  type: object
                  properties:
                    name: {type: string}
                    size: {type: string}
        environmentConfigs:
          openAPIV3Schema:
            type: object
            properties:
              replicas: {type: integer, default: 1}
        validations:
          - rule: \${parameters.port > 0}
            message: port must be positive
        resources:
          - id: deployment
            template:
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: \${metadata.name}
                labels: '\${oc_merge(metadata.labels, {"app/port": string(parameters.port)})}'
              spec:
                replicas: \${environmentConfigs.replicas}
                template:
                  spec:
                    containers:
                      - name: main
                        readinessProbe:
                          httpGet:
                            path: \${parameters.probe.path}
                            port: '\${has(parameters.probe.port) ? parameters.probe.port : parameters.port}'
                        env: '\${parameters.volumes.map(v, {"name": v.name})}'
          - id: volume
            forEach: \${parameters.volumes}
            var: vol
            includeWhen: '\${size(parameters.volumes) > 0 && parameters.volumes[0].size != ""}'
            template:
              apiVersion: v1
              kind: PersistentVolumeClaim
              metadata:
                name: \${vol.name}
                annotations:
                  \${parameters.labels.team}: owner
                  note: "\${'parameters.notAField'} \${parameters.extra.any.deeper} \${parameters.free.whatever}"
                  path: "\${parameters.?probe.?path.orValue('/')} \${parameters['port']}"
    `,
    'platform/sidecar-trait.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: Trait
      metadata: {name: sidecar, namespace: default}
      spec:
        parameters:
          openAPIV3Schema:
            type: object
            description: "templates may read \${parameters.anything}; descriptions are not templates"
            properties:
              image: {type: string}
        environmentConfigs:
          openAPIV3Schema:
            type: object
            properties:
              cpu: {type: string, default: 100m}
        creates:
          - includeWhen: \${has(parameters.image)}
            template:
              apiVersion: v1
              kind: ConfigMap
              metadata: {name: sidecar}
              data:
                image: \${parameters.image}
        patches:
          - target: {group: apps, version: v1, kind: Deployment}
            operations:
              - op: add
                path: /spec/template/spec/containers/-
                value:
                  name: sidecar
                  image: \${parameters.image}
                  resources: {requests: {cpu: '\${environmentConfigs.cpu}'}}
    `,
    'platform/build-workflow.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: ClusterWorkflow
      metadata: {name: build}
      spec:
        parameters:
          openAPIV3Schema:
            type: object
            properties:
              commit: {type: string}
        runTemplate:
          apiVersion: argoproj.io/v1alpha1
          kind: Workflow
          metadata: {name: build, namespace: "\${metadata.namespace}"}
          spec:
            arguments:
              parameters:
                - name: commit
                  value: \${parameters.commit}
    `,
    'apps/api/release.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: ComponentRelease
      metadata: {name: api-1, namespace: default}
      spec:
        owner: {projectName: shop, componentName: api}
        componentType:
          kind: ClusterComponentType
          name: deployment/service
          spec:
            workloadType: deployment
            parameters:
              openAPIV3Schema: {type: object, properties: {port: {type: integer}}}
            resources:
              - id: deployment
                template: {apiVersion: apps/v1, kind: Deployment, metadata: {name: x}, spec: {replicas: '\${parameters.port}'}}
        traits:
          - kind: ClusterTrait
            name: storage
            spec:
              parameters:
                openAPIV3Schema: {type: object, properties: {mountPath: {type: string}}}
              creates:
                - template: {apiVersion: v1, kind: ConfigMap, metadata: {name: x}, data: {path: '\${parameters.mountPath}'}}
        componentProfile:
          parameters: {port: 8080}
          traits: [{kind: ClusterTrait, name: storage, instanceName: data, parameters: {mountPath: /data}}]
        workload:
          container: {image: ghcr.io/acme/api:1}
    `,
  };
  return { ...platformFiles(), ...Object.fromEntries(Object.entries(extra).map(([f, t]) => [f, dedent(t)])) };
}

/** Cross-resource findings plus the per-resource snapshot check, as the validate pipeline runs them. */
const templateFindings = (files: Record<string, string>) => {
  const { index, positions } = indexOf(files);
  const snapshots = index.resources.flatMap((r) => snapshotTemplateIssues(r).map((i) => findingAt(positions, r.doc, i.path, i)));
  return [...runCrossResourceRules(index, positions), ...snapshots].filter((f) => f.ruleId === 'templates/undeclared-field');
};

/** 1-based line of the only line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const lines = text.split('\n').map((l, i) => (l.includes(needle) ? i + 1 : 0)).filter(Boolean);
  if (lines.length !== 1) throw new Error(`"${needle}" is on ${lines.length} lines`);
  return lines[0];
}

interface TemplateCase {
  name: string;
  file: string;
  from: string;
  to: string;
  message: string;
  hint: string;
}

const cases: TemplateCase[] = [
  {
    name: 'template value reading an undeclared environment config',
    file: 'platform/web-type.yaml', from: '${environmentConfigs.replicas}', to: '${environmentConfigs.replicaz}',
    message: "invalid CEL expression 'environmentConfigs.replicaz': type check error: undefined field 'replicaz'", hint: 'Did you mean "replicas"?',
  },
  {
    name: 'nested field of a $ref definition',
    file: 'platform/web-type.yaml', from: '${parameters.probe.path}', to: '${parameters.probe.pth}',
    message: "invalid CEL expression 'parameters.probe.pth': type check error: undefined field 'pth'", hint: 'Did you mean "path"?',
  },
  {
    name: 'has() arguments are type-checked too',
    file: 'platform/web-type.yaml', from: 'has(parameters.probe.port)', to: 'has(parameters.probe.prt)',
    message: "invalid CEL expression 'has(parameters.probe.prt) ? parameters.probe.port : parameters.port': type check error: undefined field 'prt'", hint: 'Did you mean "port"?',
  },
  {
    name: 'optional selection names a field as well',
    file: 'platform/web-type.yaml', from: '.?probe.?path', to: '.?probe.?pth',
    message: "type check error: undefined field 'pth'", hint: 'Did you mean "path"?',
  },
  {
    name: 'bracket access with a string literal',
    file: 'platform/web-type.yaml', from: "parameters['port']", to: "parameters['prt']",
    message: "type check error: undefined field 'prt'", hint: 'Did you mean "port"?',
  },
  {
    name: 'expression in a map key',
    file: 'platform/web-type.yaml', from: '${parameters.labels.team}', to: '${parameters.lables.team}',
    message: "invalid CEL expression 'parameters.lables.team': type check error: undefined field 'lables'", hint: 'Did you mean "labels"?',
  },
  {
    name: 'field of an array item',
    file: 'platform/web-type.yaml', from: 'parameters.volumes[0].size', to: 'parameters.volumes[0].sise',
    message: "type check error: undefined field 'sise'", hint: 'Did you mean "size"?',
  },
  {
    name: 'validation rule',
    file: 'platform/web-type.yaml', from: '${parameters.port > 0}', to: '${parameters.prt > 0}',
    message: "invalid CEL expression 'parameters.prt > 0': type check error: undefined field 'prt'", hint: 'Did you mean "port"?',
  },
  {
    name: 'an environment config read as a parameter',
    file: 'platform/web-type.yaml', from: '${environmentConfigs.replicas}', to: '${parameters.replicas}',
    message: "invalid CEL expression 'parameters.replicas': type check error: undefined field 'replicas'",
    hint: '"replicas" is declared in spec.environmentConfigs.openAPIV3Schema: read it as environmentConfigs.replicas.',
  },
  {
    name: 'a field selected on a scalar',
    file: 'platform/web-type.yaml', from: 'string(parameters.port)', to: 'string(parameters.port.value)',
    message: "type check error: type 'int' does not support field selection", hint: 'parameters.port is of type int: it has no fields to select.',
  },
  {
    name: 'trait creates[].includeWhen',
    file: 'platform/sidecar-trait.yaml', from: '${has(parameters.image)}', to: '${has(parameters.images)}',
    message: "invalid CEL expression 'has(parameters.images)': type check error: undefined field 'images'", hint: 'Did you mean "image"?',
  },
  {
    name: 'trait patch operation value',
    file: 'platform/sidecar-trait.yaml', from: "'${environmentConfigs.cpu}'", to: "'${environmentConfigs.cpus}'",
    message: "invalid CEL expression 'environmentConfigs.cpus': type check error: undefined field 'cpus'", hint: 'Did you mean "cpu"?',
  },
  {
    name: 'workflow runTemplate',
    file: 'platform/build-workflow.yaml', from: '${parameters.commit}', to: '${parameters.comit}',
    message: "invalid CEL expression 'parameters.comit': type check error: undefined field 'comit'", hint: 'Did you mean "commit"?',
  },
  {
    name: 'ComponentRelease snapshot of the component type',
    file: 'apps/api/release.yaml', from: "'${parameters.port}'", to: "'${parameters.ports}'",
    message: "invalid CEL expression 'parameters.ports': type check error: undefined field 'ports'", hint: 'Did you mean "port"?',
  },
  {
    name: 'ComponentRelease snapshot of a trait',
    file: 'apps/api/release.yaml', from: "'${parameters.mountPath}'", to: "'${parameters.mountpath}'",
    message: "invalid CEL expression 'parameters.mountpath': type check error: undefined field 'mountpath'", hint: 'Did you mean "mountPath"?',
  },
];

describe('templates/undeclared-field', () => {
  it('passing twin: every read of the fixture is declared (or under an open node), so nothing is reported', () => {
    expect(templateFindings(templateFiles())).toEqual([]);
  });

  it.each(cases)('$name', (c) => {
    const files = edit(templateFiles(), c.file, c.from, c.to);
    const found = templateFindings(files);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect({ severity: f.severity, file: f.file, line: f.line }).toEqual({ severity: 'error', file: c.file, line: lineOf(files[c.file], c.to) });
    expect(f.message).toContain(c.message);
    expect(f.hint).toBe(c.hint);
  });

  it('points at the template node: the key of the value, e.g. spec.resources[0].template.spec.replicas', () => {
    const files = edit(templateFiles(), 'platform/web-type.yaml', '${environmentConfigs.replicas}', '${environmentConfigs.replicaz}');
    const [f] = templateFindings(files);
    const text = files['platform/web-type.yaml'];
    expect(f.column).toBe(text.split('\n')[f.line - 1].indexOf('replicas:') + 1);
  });

  it('lists the declared fields when no name is close', () => {
    const files = edit(templateFiles(), 'platform/web-type.yaml', '${parameters.probe.path}', '${parameters.probe.timeoutSeconds}');
    expect(templateFindings(files).map((f) => f.hint)).toEqual(['Declare "timeoutSeconds" in spec.parameters.openAPIV3Schema (parameters.probe declares: path, port).']);
  });

  it('a forEach var shadows a root of the same name', () => {
    const files = edit(templateFiles(), 'platform/web-type.yaml', 'var: vol', 'var: parameters');
    const shadowed = edit(files, 'platform/web-type.yaml', '${vol.name}', '${parameters.name}');
    expect(templateFindings(shadowed)).toEqual([]);
  });

  it('a schema the dialect check rejects is not used (parameters/schema reports it)', () => {
    const files = edit(templateFiles(), 'platform/web-type.yaml', 'port: {type: integer, default: 8080}', 'port: {type: integer, const: 8080}');
    const broken = edit(files, 'platform/web-type.yaml', '${parameters.port > 0}', '${parameters.prot > 0}');
    expect(templateFindings(broken)).toEqual([]);
  });

  it('a release snapshot repeated across releases is judged once per release (content cache, findings on each file)', () => {
    const base = edit(templateFiles(), 'apps/api/release.yaml', "'${parameters.port}'", "'${parameters.ports}'");
    const files: Record<string, string> = { ...base, 'apps/api/release-2.yaml': base['apps/api/release.yaml'].replace('name: api-1', 'name: api-2') };
    const line = lineOf(files['apps/api/release.yaml'], '${parameters.ports}');
    expect(templateFindings(files).map((f) => `${f.file}:${f.line}`)).toEqual([`apps/api/release.yaml:${line}`, `apps/api/release-2.yaml:${line}`]);
  });
});

describe('templates/undeclared-field on real trees (read in place)', () => {
  const trees: [string, string, string][] = [
    ['sample-gitops (v1.1.6)', path.join(sharedReference, 'sample-gitops'), '1.1'],
    ['samples-v1.2.3', path.join(sharedReference, 'openchoreo', 'samples-v1.2.3'), '1.2'],
    ['examples/mono-repo', path.join(repoRoot, 'examples', 'mono-repo'), '1.2'],
    ['examples/multi-repo', path.join(repoRoot, 'examples', 'multi-repo'), '1.2'],
  ];
  it.each(trees)('%s: no findings', (_, dir, release) => {
    const found: Finding[] = run(checkTemplateRefs, indexOfDir(dir, release));
    expect(found.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
  });
});
