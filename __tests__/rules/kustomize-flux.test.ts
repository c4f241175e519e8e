import { describe, it, expect } from '@jest/globals';
import { computeForcedNamespaces, joinRepoPath, kustomizationManifest } from '../../src/core/kustomize.js';
import { parseYamlFile } from '../../src/core/parse.js';
import { classify, type Manifest } from '../../src/core/resource.js';
import { platformFiles } from './platform-fixture.js';
import { findingsOf } from './rule-cases.js';
import { dedent, summary } from './rule-harness.js';

function manifests(files: Record<string, string>): Manifest[] {
  return Object.entries(files).flatMap(([path, text]) =>
    parseYamlFile({ path, text: dedent(text) }).documents.flatMap((doc) => {
      const c = classify(doc);
      const k = kustomizationManifest(doc);
      return c.type === 'kubernetes' ? [c.manifest] : k ? [k] : [];
    }));
}

const flux = (name: string, path: string, extra = '') => `
  apiVersion: kustomize.toolkit.fluxcd.io/v1
  kind: Kustomization
  metadata: {name: ${name}, namespace: flux-system}
  spec:
    path: ${path}
    sourceRef: {kind: GitRepository, name: repo}${extra}
`;
const gitRepo = `
  apiVersion: source.toolkit.fluxcd.io/v1
  kind: GitRepository
  metadata: {name: repo, namespace: flux-system}
  spec: {url: https://example.com/repo}
`;

describe('computeForcedNamespaces', () => {
  it('applies Flux targetNamespace under spec.path and a kustomization namespace to what it includes; outermost wins', () => {
    const files = {
      'flux/apps.yaml': flux('apps', './apps', '\n    targetNamespace: team-a'),
      'base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: team-b\nresources: [one.yaml, ../shared/two.yaml]\n',
      'apps/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ignored\nresources: [svc.yaml]\n',
    };
    const paths = [...Object.keys(files), 'apps/svc.yaml', 'apps/not-listed.yaml', 'base/one.yaml', 'shared/two.yaml', 'elsewhere/x.yaml'];
    const forced = computeForcedNamespaces(manifests(files), paths);
    expect(['apps/svc.yaml', 'apps/not-listed.yaml', 'base/one.yaml', 'shared/two.yaml', 'elsewhere/x.yaml'].map(forced))
      .toEqual(['team-a', undefined, 'team-b', 'team-b', undefined]);
  });

  it('without a kustomization.yaml Flux takes every manifest below the path, nested kustomizations as units', () => {
    const files = {
      'flux/apps.yaml': flux('apps', './apps', '\n    targetNamespace: prod'),
      'apps/sub/kustomization.yaml': 'resources: [a.yaml]\n',
    };
    const forced = computeForcedNamespaces(manifests(files), [...Object.keys(files), 'apps/x/y.yaml', 'apps/sub/a.yaml', 'apps/sub/b.yaml', 'apps/README.md']);
    expect(['apps/x/y.yaml', 'apps/sub/a.yaml', 'apps/sub/b.yaml', 'apps/README.md'].map(forced)).toEqual(['prod', 'prod', undefined, undefined]);
  });

  it('joins paths like Kustomize and refuses to leave the repository', () => {
    expect(joinRepoPath('a/b', '../c/./d.yaml')).toBe('a/c/d.yaml');
    expect(joinRepoPath('a', '../../x')).toBeUndefined();
  });
});

describe('Kustomize and Flux references', () => {
  it('a kustomization namespace decides where references resolve', () => {
    const files = {
      ...platformFiles(),
      'apps/api/kustomization.yaml': 'namespace: team-a\nresources: [component.yaml, workload.yaml, secret.yaml, binding-development.yaml]\n',
    };
    const project = findingsOf(files).find((f) => f.ruleId === 'reference/component-project');
    expect(project?.message).toBe('Project "shop" not found in namespace "team-a": the Component controller stops with ProjectNotFound');
    expect(project?.hint).toContain('exists in namespace "default"');
  });

  it('kustomization resources must exist (finding on the entry) — and pass when they do', () => {
    const bad = { ...platformFiles(), 'apps/kustomization.yaml': 'resources:\n  - project.yaml\n  - api/componnt.yaml\n  - https://github.com/acme/base?ref=v1\n  - api\n' };
    expect(summary(findingsOf(bad))).toEqual([
      'kustomize/missing-resource error apps/kustomization.yaml:3 resources[1] "api/componnt.yaml" does not exist in the repository: the Kustomize build fails',
      'kustomize/missing-resource error apps/kustomization.yaml:5 resources[3] "api" is a directory without a kustomization.yaml: the Kustomize build fails',
    ]);
    expect(findingsOf(bad).find((f) => f.line === 3)?.hint).toBe('Did you mean "api/component.yaml"?');
    const good = { ...platformFiles(), 'apps/kustomization.yaml': 'resources:\n  - project.yaml\n  - api/component.yaml\n' };
    expect(findingsOf(good)).toEqual([]);
  });

  it('Flux path, source and dependsOn must resolve — and pass when they do', () => {
    const bad = {
      ...platformFiles(),
      'flux/repo.yaml': gitRepo,
      'flux/apps.yaml': flux('apps', './aps', '\n    dependsOn: [{name: platfrom}]').replace('name: repo}', 'name: rep}'),
      'flux/platform.yaml': flux('platform', './platform'),
    };
    expect(summary(findingsOf(bad))).toEqual([
      'flux/depends-on warning flux/apps.yaml:7 Kustomization "platfrom" (namespace "flux-system") is not defined: this Kustomization waits for it forever',
      'flux/missing-path error flux/apps.yaml:5 spec.path "./aps" is not a directory of this repository: reconciliation fails',
      'flux/source-not-found error flux/apps.yaml:6 GitRepository "rep" not found in namespace "flux-system"',
    ]);
    const good = { ...bad, 'flux/apps.yaml': flux('apps', './apps', '\n    targetNamespace: default\n    dependsOn: [{name: platform}]') };
    expect(findingsOf(good)).toEqual([]);
  });
});

describe('context repositories', () => {
  it('resolve references and are never reported', () => {
    const own = platformFiles();
    const context: Record<string, string> = {};
    for (const file of Object.keys(own).filter((f) => f.startsWith('platform/'))) {
      context[file] = own[file];
      delete own[file];
    }
    context['platform/broken.yaml'] = 'apiVersion: openchoreo.dev/v1alpha1\nkind: ClusterComponentType\nmetadata: {name: broken}\nspec: {workloadType: deployment, allowedTraits: [{kind: ClusterTrait, name: ghost}], resources: [{id: deployment, template: {}}]}\n';
    expect(findingsOf(own, { context })).toEqual([]);
    expect(findingsOf(own).map((f) => f.ruleId)).toContain('reference/component-type');
  });
});
