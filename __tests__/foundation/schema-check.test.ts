import { beforeAll, describe, it, expect } from '@jest/globals';
import { findingAt } from '../../src/core/finding-at.js';
import type { Issue } from '../../src/core/issue.js';
import { checkKind } from '../../src/core/kinds.js';
import { checkMetadata, qualifiedNameProblem } from '../../src/core/metadata.js';
import { PositionIndex } from '../../src/core/position.js';
import type { Release } from '../../src/core/releases.js';
import type { AjvError, CrdInfo, KindValidator } from '../../src/core/crd.js';
import { checkSchema, dropNulls } from '../../src/core/schema-check.js';
import { loadedRelease, resourceOf } from './release-fixture.js';
import { dedent, lineOf } from './support.js';

let v12: Release;
let v11: Release;
let v012: Release;
beforeAll(async () => {
  [v12, v11, v012] = await Promise.all([loadedRelease('1.2'), loadedRelease('1.1'), loadedRelease('0.12')]);
});

const API = 'openchoreo.dev/v1alpha1';
const meta = () => ({ name: 'app', namespace: 'default' });
type Obj = Record<string, any>;

const component = (spec: Obj): Obj => ({ apiVersion: API, kind: 'Component', metadata: meta(), spec: { owner: { projectName: 'p' }, componentType: { name: 'deployment/service' }, ...spec } });
const workload = (spec: Obj): Obj => ({ apiVersion: API, kind: 'Workload', metadata: meta(), spec: { owner: { projectName: 'p', componentName: 'c' }, container: { image: 'nginx' }, ...spec } });
const endpointDep = (i: number) => ({ component: `c${i}`, name: 'http', visibility: 'project', envBindings: {} });

/** `ruleId path` of each issue, for compact comparisons. */
const ids = (issues: Issue[]) => issues.map((i) => `${i.ruleId} ${i.path.join('.')}`);
const check = (object: Obj, release = v12) => checkSchema(object, object.kind as string, release);

describe('checkSchema: valid objects', () => {
  it('accepts a complete Component and Workload with no issues', () => {
    expect(check(component({ autoDeploy: true, parameters: { anything: { goes: [1] } } })).issues).toEqual([]);
    expect(check(workload({ endpoints: { http: { type: 'HTTP', port: 8080, visibility: ['external'] } } })).issues).toEqual([]);
  });

  it('ignores status (the API server drops it on apply) and judges nothing for a kind the release lacks', () => {
    expect(check({ ...component({}), status: { conditions: [] } }).issues).toEqual([]);
    expect(checkSchema({ apiVersion: API, kind: 'Nope', metadata: meta() }, 'Nope', v12)).toEqual({ issues: [], errorPaths: [] });
  });
});

describe('checkSchema: one case per Ajv keyword', () => {
  it('required → schema/required at the missing field, with Kubernetes wording', () => {
    const obj = component({});
    delete obj.spec.componentType;
    const { issues, errorPaths } = check(obj);
    expect(issues).toEqual([
      { path: ['spec', 'componentType'], ruleId: 'schema/required', severity: 'error', message: 'spec.componentType: Required value.', hint: 'Add `componentType` under `spec`.' },
    ]);
    expect(errorPaths).toEqual([['spec', 'componentType']]);
  });

  it('required at the root names the document root in the hint (Workflow requires spec; Component does not)', () => {
    expect(check({ apiVersion: API, kind: 'Component', metadata: meta() }).issues).toEqual([]);
    const [issue] = check({ apiVersion: API, kind: 'Workflow', metadata: meta() }).issues;
    expect(issue).toMatchObject({ ruleId: 'schema/required', path: ['spec'], message: 'spec: Required value.', hint: 'Add `spec` under the document root.' });
  });

  it('unknown field → schema/unknown-field with the closest known name as hint', () => {
    const [issue, ...rest] = check(component({ autoDeplyo: true })).issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ ruleId: 'schema/unknown-field', severity: 'error', path: ['spec', 'autoDeplyo'], hint: 'Did you mean "autoDeploy"?' });
    expect(issue.message).toBe('.spec.autoDeplyo: field not declared in schema (server-side apply rejects unknown fields).');
  });

  it('unknown field with no close name lists the known fields', () => {
    const [issue] = check(component({ somethingElse: 1 })).issues;
    expect(issue.hint).toBe('Known fields here: autoBuild, autoDeploy, componentType, owner, parameters, traits, workflow.');
  });

  it('unknown field inside a list item and inside a map of objects is found at its own path', () => {
    expect(ids(check(workload({ container: { image: 'x', env: [{ key: 'A', value: 'b', vaule: 'c' }] } })).issues)).toEqual(['schema/unknown-field spec.container.env.0.vaule']);
    expect(ids(check(workload({ endpoints: { http: { type: 'HTTP', port: 80, prot: 1 } } })).issues)).toEqual(['schema/unknown-field spec.endpoints.http.prot']);
  });

  describe('legacy (pre-1.0) field names get a migration hint', () => {
    const legacy: { name: string; object: () => Obj; path: string; hint: RegExp }[] = [
      { name: 'Workload containers map', object: () => { const w = workload({ containers: { main: { image: 'x' } } }); delete w.spec.container; return w; }, path: 'spec.containers', hint: /one `container:`/ },
      { name: 'env valueFrom.secretRef', object: () => workload({ container: { image: 'x', env: [{ key: 'A', valueFrom: { secretRef: { name: 's', key: 'k' } } }] } }), path: 'spec.container.env.0.valueFrom.secretRef', hint: /secretKeyRef/ },
      { name: 'ReleaseBinding traitOverrides', object: () => ({ apiVersion: API, kind: 'ReleaseBinding', metadata: meta(), spec: { owner: { projectName: 'p', componentName: 'c' }, environment: 'dev', traitOverrides: {} } }), path: 'spec.traitOverrides', hint: /traitEnvironmentConfigs/ },
      { name: 'ReleaseBinding componentTypeEnvOverrides', object: () => ({ apiVersion: API, kind: 'ReleaseBinding', metadata: meta(), spec: { owner: { projectName: 'p', componentName: 'c' }, environment: 'dev', componentTypeEnvOverrides: {} } }), path: 'spec.componentTypeEnvOverrides', hint: /componentTypeEnvironmentConfigs/ },
      { name: 'ComponentType schema DSL', object: () => ({ apiVersion: API, kind: 'ComponentType', metadata: meta(), spec: { workloadType: 'deployment', resources: [{ id: 'd', template: {} }], schema: {} } }), path: 'spec.schema', hint: /openAPIV3Schema/ },
    ];
    for (const c of legacy) {
      it(c.name, () => {
        const issues = check(c.object()).issues.filter((i) => i.ruleId === 'schema/unknown-field');
        expect(ids(issues)).toEqual([`schema/unknown-field ${c.path}`]);
        expect(issues[0].hint).toMatch(c.hint);
      });
    }
  });

  it('type → schema/type naming the actual and expected types, suggesting quotes for numbers', () => {
    const [issue] = check(component({ owner: { projectName: 5 } })).issues;
    expect(issue).toEqual({ path: ['spec', 'owner', 'projectName'], ruleId: 'schema/type', severity: 'error', message: 'spec.owner.projectName: Invalid value: "integer": must be of type string.', hint: 'Quote the value if it is meant as text: "5".' });
    const [boolIssue] = check(workload({ container: { image: true } })).issues;
    expect(boolIssue.message).toBe('spec.container.image: Invalid value: "boolean": must be of type string.');
    const [objIssue] = check(component({ owner: 'p' })).issues;
    expect(objIssue).toMatchObject({ ruleId: 'schema/type', message: 'spec.owner: Invalid value: "string": must be of type object.', hint: 'Write a value of type object here.' });
    const [arrIssue] = check(workload({ container: { image: 'x', args: 'not-a-list' } })).issues;
    expect(arrIssue.message).toBe('spec.container.args: Invalid value: "string": must be of type array.');
    const [numIssue] = check(workload({ endpoints: { http: { type: 'HTTP', port: 80.5 } } })).issues;
    expect(numIssue.message).toBe('spec.endpoints.http.port: Invalid value: "number": must be of type integer.');
  });

  it('enum → schema/enum listing the supported values, with a did-you-mean hint', () => {
    const [issue] = check(component({ componentType: { name: 'deployment/service', kind: 'ClusterComponentTyp' } })).issues;
    expect(issue).toEqual({
      path: ['spec', 'componentType', 'kind'], ruleId: 'schema/enum', severity: 'error',
      message: 'spec.componentType.kind: Unsupported value: "ClusterComponentTyp": supported values: "ComponentType", "ClusterComponentType".',
      hint: 'Did you mean "ClusterComponentType"?',
    });
    const [far] = check(workload({ endpoints: { http: { type: 'SOAP', port: 80 } } })).issues;
    expect(far.hint).toBe('Use one of: HTTP, gRPC, GraphQL, Websocket, TCP, UDP.');
  });

  it('pattern → schema/pattern quoting the value and the pattern', () => {
    const [issue] = check(component({ componentType: { name: 'Deployment/service' } })).issues;
    expect(issue.ruleId).toBe('schema/pattern');
    expect(issue.path).toEqual(['spec', 'componentType', 'name']);
    expect(issue.message).toBe("spec.componentType.name: Invalid value: \"Deployment/service\": should match '^(deployment|statefulset|cronjob|job|proxy)/[a-z0-9]([-a-z0-9]*[a-z0-9])?$'.");
  });

  it('pattern messages shorten long values', () => {
    const [issue] = check(component({ componentType: { name: `x${'a'.repeat(200)}` } })).issues;
    expect(issue.message).toContain(`"x${'a'.repeat(76)}..."`);
  });

  it('ranges: minimum, maximum, minLength, maxLength, minItems, maxItems, maxProperties → schema/range', () => {
    const at = (o: Obj) => check(o).issues.map((i) => `${i.ruleId} ${i.path.join('.')}: ${i.message}`);
    expect(at(workload({ endpoints: { http: { type: 'HTTP', port: 70000 } } }))).toEqual(['schema/range spec.endpoints.http.port: spec.endpoints.http.port: Invalid value: 70000: should be <= 65535.']);
    expect(at(workload({ endpoints: { http: { type: 'HTTP', port: 0 } } }))).toEqual(['schema/range spec.endpoints.http.port: spec.endpoints.http.port: Invalid value: 0: should be >= 1.']);
    expect(at(workload({ container: { image: '' } }))).toEqual(['schema/range spec.container.image: spec.container.image: Invalid value: "": should be at least 1 chars long.']);
    expect(at(workload({ dependencies: { endpoints: Array.from({ length: 51 }, (_, i) => endpointDep(i)) } }))).toEqual(['schema/range spec.dependencies.endpoints: spec.dependencies.endpoints: Too many: 51: must have at most 50 items.']);
    expect(at({ apiVersion: API, kind: 'ComponentType', metadata: meta(), spec: { workloadType: 'deployment', resources: [] } })).toEqual(['schema/range spec.resources: spec.resources: Invalid value: 0: should have at least 1 items.']);
    const wf = { apiVersion: API, kind: 'Workflow', metadata: meta(), spec: { runTemplate: {}, externalRefs: [{ apiVersion: 'v1', id: `a${'b'.repeat(63)}`, kind: 'SecretReference', name: 's' }] } };
    expect(at(wf)).toEqual(['schema/range spec.externalRefs.0.id: spec.externalRefs[0].id: Too long: may not be more than 63 characters.']);
    const bindings = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`out${i}`, `ENV_${i}`]));
    expect(at(workload({ dependencies: { resources: [{ ref: 'db', envBindings: bindings }] } }))).toEqual(['schema/range spec.dependencies.resources.0.envBindings: spec.dependencies.resources[0].envBindings: Invalid value: should have at most 50 properties.']);
  });

  it('uniqueItems (x-kubernetes-list-type: set) → schema/duplicate at the repeated item', () => {
    const { issues } = check(workload({ endpoints: { http: { type: 'HTTP', port: 80, visibility: ['external', 'project', 'external'] } } }));
    expect(issues.map((i) => [i.ruleId, i.path, i.message])).toEqual([
      ['schema/duplicate', ['spec', 'endpoints', 'http', 'visibility', 2], 'spec.endpoints.http.visibility[2]: Duplicate value: "external".'],
    ]);
  });

  it('list-map keys (x-kubernetes-list-type: map) → schema/duplicate naming the key and the first index', () => {
    const { issues } = check(workload({ dependencies: { resources: [{ ref: 'db' }, { ref: 'cache' }, { ref: 'db' }] } }));
    expect(issues).toEqual([
      {
        path: ['spec', 'dependencies', 'resources', 2], ruleId: 'schema/duplicate', severity: 'error',
        message: 'spec.dependencies.resources[2]: Duplicate value: map list item with ref="db" (already at index 0).',
        hint: 'Items of spec.dependencies.resources are keyed by ref; merge or rename the duplicate.',
      },
    ]);
    const wf = { apiVersion: API, kind: 'Workflow', metadata: meta(), spec: { runTemplate: {}, externalRefs: [1, 2].map(() => ({ apiVersion: 'v1', id: 'git-secret', kind: 'SecretReference', name: 's' })) } };
    expect(ids(check(wf).issues)).toEqual(['schema/duplicate spec.externalRefs.1']);
  });

  it('reports every problem of an object, not only the first', () => {
    const obj = component({ owner: { projectName: 5 }, componentType: { name: 'x', kind: 'Nope' }, extra: 1 });
    expect(ids(check(obj).issues).sort()).toEqual([
      'schema/enum spec.componentType.kind',
      'schema/pattern spec.componentType.name',
      'schema/type spec.owner.projectName',
      'schema/unknown-field spec.extra',
    ]);
  });
});

describe('checkSchema: keyword mapping of errors no OpenChoreo CRD produces today', () => {
  /** A release with one kind whose validator reports the given Ajv errors. */
  function fakeRelease(errors: AjvError[]): Release {
    const validate: KindValidator = Object.assign(() => false, { errors });
    const crd: CrdInfo = {
      group: 'openchoreo.dev', version: 'v1alpha1', apiVersions: [API], scope: 'Namespaced', plural: 'fakes', shortNames: [],
      schema: { type: 'object', properties: { spec: { type: 'object', properties: { port: {}, labels: { type: 'object' }, weight: { type: 'number' } } } } },
    };
    return { tag: 'v9.9.9', minor: '9.9', crds: { Fake: crd }, validators: { Fake: validate } };
  }
  const object = () => ({ apiVersion: API, kind: 'Fake', metadata: meta(), spec: { port: true, labels: {}, weight: 0 } });
  const err = (keyword: string, instancePath: string, params: Record<string, unknown> = {}, message?: string): AjvError => ({ keyword, instancePath, schemaPath: '#', params, message });

  it('int-or-string (anyOf) → one schema/type issue; the anyOf branches\' own type errors are not repeated', () => {
    const release = fakeRelease([err('type', '/spec/port', { type: 'integer' }), err('type', '/spec/port', { type: 'string' }), err('anyOf', '/spec/port')]);
    expect(checkSchema(object(), 'Fake', release).issues).toEqual([
      { path: ['spec', 'port'], ruleId: 'schema/type', severity: 'error', message: 'spec.port: Invalid value: "boolean": must be an integer or a string.', hint: 'Write a number or a quoted string.' },
    ]);
  });

  it('minProperties, exclusiveMinimum and an unmapped keyword', () => {
    const release = fakeRelease([
      err('minProperties', '/spec/labels', { limit: 1 }),
      err('exclusiveMinimum', '/spec/weight', { comparison: '>', limit: 0 }),
      err('not', '/spec', {}, 'must NOT be valid'),
    ]);
    expect(checkSchema(object(), 'Fake', release).issues.map((i) => `${i.ruleId} ${i.message}`)).toEqual([
      'schema/range spec.labels: Invalid value: should have at least 1 properties.',
      'schema/range spec.weight: Invalid value: 0: should be > 0.',
      'schema/invalid spec: Invalid value: must NOT be valid.',
    ]);
  });
});

describe('checkSchema: nulls and defaults', () => {
  it('drops null values before judging (a null required field is then missing)', () => {
    const obj = component({ autoDeploy: null, traits: [{ name: 't', instanceName: 'i', parameters: null }] });
    expect(check(obj).issues).toEqual([]);
    expect('autoDeploy' in obj.spec).toBe(false);
    expect(obj.spec.traits[0]).toEqual({ name: 't', instanceName: 'i', kind: 'Trait' });
    const nulled = component({ owner: null });
    expect(ids(check(nulled).issues)).toEqual(['schema/required spec.owner']);
  });

  it('dropNulls removes null map values at any depth but keeps null list items', () => {
    const value = { a: null, b: { c: null, d: 1 }, e: [null, { f: null }] };
    dropNulls(value);
    expect(value).toEqual({ b: { d: 1 }, e: [null, {}] });
  });

  it('applies CRD defaults in place, including object defaults, only where the parent exists', () => {
    const comp = component({ traits: [{ name: 't', instanceName: 'i' }] });
    check(comp);
    expect(comp.spec.componentType).toEqual({ name: 'deployment/service', kind: 'ComponentType' });
    expect(comp.spec.traits[0].kind).toBe('Trait');
    expect('workflow' in comp.spec).toBe(false);
    const wf: Obj = { apiVersion: API, kind: 'Workflow', metadata: meta(), spec: { runTemplate: {} } };
    expect(check(wf).issues).toEqual([]);
    expect(wf.spec.workflowPlaneRef).toEqual({ kind: 'ClusterWorkflowPlane', name: 'default' });
  });

  it('judges against the chosen release: Project.spec.type is required in 1.2 only', () => {
    const project = () => ({ apiVersion: API, kind: 'Project', metadata: meta(), spec: { deploymentPipelineRef: { name: 'default' } } });
    expect(ids(check(project(), v12).issues)).toEqual(['schema/required spec.type']);
    expect(check(project(), v11).issues).toEqual([]);
    expect(ids(check(project(), v012).issues)).toEqual(['schema/type spec.deploymentPipelineRef']);
  });
});

describe('positions of schema findings (issue path → line of the offending key)', () => {
  it('points at the key of the bad value, the parent of a missing field, and a list item', () => {
    const text = dedent(`
      apiVersion: openchoreo.dev/v1alpha1
      kind: Workload
      metadata:
        name: api
      spec:
        owner:
          projectName: 7
          componentName: api
        container:
          image: nginx
          env:
            - key: A
              value: a
            - key: A2
              valeu: b
        endpoints:
          http:
            type: HTTP
        dependencies:
          resources:
            - ref: db
            - ref: db
      `);
    const r = resourceOf(text, 'wl.yaml');
    const { issues } = checkSchema(r.object, r.kind, v12);
    const positions = new PositionIndex();
    const found = issues.map((i) => findingAt(positions, r.doc, i.path, i)).map((f) => `${f.ruleId} ${f.line}:${f.column}`);
    expect(found.sort()).toEqual([
      `schema/duplicate ${lineOf(text, '- ref: db', lineOf(text, '- ref: db'))}:9`,
      `schema/required ${lineOf(text, 'http:')}:5`,
      `schema/type ${lineOf(text, 'projectName: 7')}:5`,
      `schema/unknown-field ${lineOf(text, 'valeu: b')}:9`,
    ].sort());
  });
});

describe('checkMetadata', () => {
  const m = (metadata: unknown, cluster = false) => checkMetadata({ kind: cluster ? 'ClusterTrait' : 'Trait', metadata }, cluster);

  it('accepts a plain namespaced object and one without metadata problems', () => {
    expect(m({ name: 'web-app.v2', namespace: 'team-a', labels: { 'app.kubernetes.io/name': 'web', tier: '' }, annotations: { 'example.com/note': 'any text: at all' } })).toEqual([]);
  });

  const names: { value: unknown; message: RegExp; hint?: string }[] = [
    { value: undefined, message: /^metadata\.name: Required value/ },
    { value: '', message: /^metadata\.name: Required value/ },
    { value: 5, message: /must be of type string/ },
    { value: 'Doclet_App', message: /"Doclet_App": a lowercase RFC 1123 subdomain/, hint: 'Rename it, e.g. "doclet-app".' },
    { value: '-leading', message: /RFC 1123/ },
    { value: 'trailing.', message: /RFC 1123/ },
    { value: 'a'.repeat(254), message: /RFC 1123/ },
    { value: 'UPPER', message: /RFC 1123/, hint: 'Rename it, e.g. "upper".' },
  ];
  for (const c of names) {
    it(`metadata.name ${JSON.stringify(c.value)?.slice(0, 20)} → metadata/name`, () => {
      const issues = m(c.value === undefined ? {} : { name: c.value });
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ ruleId: 'metadata/name', severity: 'error', path: ['metadata', 'name'] });
      expect(issues[0].message).toMatch(c.message);
      if (c.hint) expect(issues[0].hint).toBe(c.hint);
    });
  }

  it('accepts a 253-character dotted name', () => {
    const name = Array.from({ length: 4 }, () => 'a'.repeat(62)).join('.') + '.b';
    expect(name.length).toBe(253);
    expect(m({ name })).toEqual([]);
  });

  it('namespace: a warning on a cluster-scoped kind, an error when not a DNS-1123 label', () => {
    expect(m({ name: 'x', namespace: 'default' }, true)).toEqual([
      { path: ['metadata', 'namespace'], ruleId: 'metadata/namespace', severity: 'warning', message: 'metadata.namespace is set on the cluster-scoped kind ClusterTrait; the API server ignores it.', hint: 'Remove metadata.namespace.' },
    ]);
    for (const ns of ['Team_A', 'a.b', 'x'.repeat(64), 7]) {
      const issues = m({ name: 'x', namespace: ns });
      expect(issues.map((i) => [i.ruleId, i.severity])).toEqual([['metadata/namespace', 'error']]);
    }
    expect(m({ name: 'x', namespace: 'x'.repeat(63) })).toEqual([]);
  });

  it('unknown metadata fields are schema/unknown-field errors; known ObjectMeta fields pass', () => {
    expect(m({ name: 'x', nmae: 'y' }).map((i) => [i.ruleId, i.path.join('.')])).toEqual([['schema/unknown-field', 'metadata.nmae']]);
    expect(m({ name: 'x', finalizers: [], ownerReferences: [], generateName: 'x-', uid: 'u', resourceVersion: '1' })).toEqual([]);
  });

  it('labels: key syntax, value type and value syntax', () => {
    const labels = {
      'a/b/c': 'v',
      'Example.com/x': 'v',
      '/x': 'v',
      'example.com/': 'v',
      [`k${'x'.repeat(63)}`]: 'v',
      '-bad': 'v',
      enabled: true,
      port: 8080,
      long: 'v'.repeat(64),
      spaced: 'has space',
      fine: 'A.b-c_d',
    };
    const issues = m({ name: 'x', labels });
    expect(issues.map((i) => `${i.ruleId} ${String(i.path[2])}`)).toEqual([
      'metadata/labels a/b/c',
      'metadata/labels Example.com/x',
      'metadata/labels /x',
      'metadata/labels example.com/',
      `metadata/labels k${'x'.repeat(63)}`,
      'metadata/labels -bad',
      'metadata/labels enabled',
      'metadata/labels port',
      'metadata/labels long',
      'metadata/labels spaced',
    ]);
    expect(issues.find((i) => i.path[2] === 'enabled')?.message).toBe('metadata.labels.enabled: Invalid value: must be of type string, got boolean.');
  });

  it('labels or annotations that are not a map → metadata/invalid', () => {
    expect(m({ name: 'x', labels: ['a'] }).map((i) => [i.ruleId, i.path.join('.')])).toEqual([['metadata/invalid', 'metadata.labels']]);
    expect(m({ name: 'x', annotations: 'a=b' }).map((i) => [i.ruleId, i.path.join('.')])).toEqual([['metadata/invalid', 'metadata.annotations']]);
  });

  it('annotations: values must be strings, keys qualified names, total at most 256 KiB', () => {
    expect(m({ name: 'x', annotations: { 'example.com/on': true } }).map((i) => i.ruleId)).toEqual(['metadata/annotations']);
    expect(m({ name: 'x', annotations: { 'bad key': 'v' } }).map((i) => i.ruleId)).toEqual(['metadata/annotations']);
    expect(m({ name: 'x', annotations: { a: 'x'.repeat(256 * 1024 - 1) } })).toEqual([]);
    const big = m({ name: 'x', annotations: { a: 'x'.repeat(128 * 1024), b: 'y'.repeat(128 * 1024) } });
    expect(big.map((i) => [i.ruleId, i.path.join('.')])).toEqual([['metadata/annotations', 'metadata.annotations']]);
    expect(m({ name: 'x', annotations: { a: 'x'.repeat(300 * 1024) } }).map((i) => i.ruleId)).toEqual(['metadata/annotations']);
  });

  it('a missing or non-map metadata is left to the schema (no metadata issues)', () => {
    expect(m(undefined)).toEqual([]);
    expect(m('x')).toEqual([]);
  });

  it('qualifiedNameProblem', () => {
    expect(qualifiedNameProblem('app')).toBe('');
    expect(qualifiedNameProblem('openchoreo.dev/name')).toBe('');
    expect(qualifiedNameProblem('a/b/c')).toMatch(/at most one "\/"/);
    expect(qualifiedNameProblem('/a')).toMatch(/prefix .* must not be empty/);
    expect(qualifiedNameProblem('UP.dev/a')).toMatch(/lowercase DNS subdomain/);
    expect(qualifiedNameProblem(`${'a'.repeat(254)}/x`)).toMatch(/lowercase DNS subdomain/);
    expect(qualifiedNameProblem('a/')).toMatch(/name part must not be empty/);
    expect(qualifiedNameProblem('x'.repeat(64))).toMatch(/no more than 63/);
    expect(qualifiedNameProblem('x'.repeat(63))).toBe('');
    expect(qualifiedNameProblem('_x')).toMatch(/alphanumeric/);
  });

  it('is part of checkSchema (with the CRD scope deciding the namespace rule)', () => {
    const trait = { apiVersion: API, kind: 'ClusterTrait', metadata: { name: 'Bad_Name', namespace: 'default' }, spec: {} };
    expect(ids(check(trait).issues)).toEqual(['metadata/name metadata.name', 'metadata/namespace metadata.namespace']);
    const errorPaths = check({ ...trait, metadata: { name: 'Bad_Name', namespace: 'default' } }).errorPaths;
    expect(errorPaths).toEqual([['metadata', 'name']]);
  });
});

describe('checkKind', () => {
  const kindOf = (kind: string, apiVersion = API) =>
    resourceOf(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`);

  it('accepts every kind the release serves', () => {
    for (const kind of Object.keys(v12.crds)) expect(checkKind(kindOf(kind), v12)).toBeUndefined();
    expect(Object.keys(v12.crds)).toHaveLength(37);
  });

  it('unknown kind → kind/unknown with the closest kind as hint', () => {
    expect(checkKind(kindOf('ClusterTraitt'), v12)).toEqual({
      path: ['kind'], ruleId: 'kind/unknown', severity: 'error',
      message: 'Unknown OpenChoreo kind "ClusterTraitt": no openchoreo.dev CRD defines it, so the API server rejects it.',
      hint: 'Did you mean "ClusterTrait"?',
    });
    expect(checkKind(kindOf('component'), v12)?.hint).toBe('Did you mean "Component"?');
    expect(checkKind(kindOf('Enviroment'), v12)?.hint).toBe('Did you mean "Environment"?');
  });

  it('an unknown kind with nothing close lists the known kinds', () => {
    const issue = checkKind(kindOf('Xylophone'), v12);
    expect(issue?.ruleId).toBe('kind/unknown');
    expect(issue?.hint).toMatch(/^Known kinds: .*ComponentRelease.*Workload/);
  });

  it('a kind of another release → kind/not-in-release naming the releases that serve it', () => {
    const org = checkKind(kindOf('Organization'), v12);
    expect(org).toMatchObject({ ruleId: 'kind/not-in-release', path: ['kind'] });
    expect(org?.message).toBe('Kind Organization is not served by OpenChoreo v1.2.3 (it exists in v0.12.0).');
    expect(checkKind(kindOf('ProjectType'), v11)?.message).toBe('Kind ProjectType is not served by OpenChoreo v1.1.6 (it exists in v1.2.3).');
    expect(checkKind(kindOf('ClusterTrait'), v012)?.message).toMatch(/exists in v1\.0\.5, v1\.1\.6, v1\.2\.3/);
  });

  it('an apiVersion the CRD does not serve → kind/api-version at apiVersion', () => {
    expect(checkKind(kindOf('Component', 'openchoreo.dev/v1beta1'), v12)).toEqual({
      path: ['apiVersion'], ruleId: 'kind/api-version', severity: 'error',
      message: 'apiVersion "openchoreo.dev/v1beta1" is not served for Component by OpenChoreo v1.2.3.',
      hint: 'Use apiVersion: openchoreo.dev/v1alpha1.',
    });
  });
});
