import { describe, it, expect } from '@jest/globals';
import { readDocuments } from '../../src/core/documents.js';
import { chooseRelease, collectMarkers, mergeMarkers, type MarkerSet } from '../../src/core/release-detect.js';
import { isYamlPath, readRepository } from '../../src/shell/read-repo.js';
import { resourcesOf } from './release-fixture.js';
import { sampleGitops, samples123 } from './support.js';

const doc = (kind: string, spec: string, name = 'x') =>
  `---\napiVersion: openchoreo.dev/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec.replace(/^/gm, '  ')}\n`;

const markersOf = (text: string) => collectMarkers(resourcesOf(text, 'm.yaml'));
const described = (set: MarkerSet) => set.markers.map((m) => `${m.era} ${m.what}`);

describe('collectMarkers: every marker family', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'Component.componentType string (0.12)', text: doc('Component', 'componentType: deployment/web'), expected: ['0.12 Component.spec.componentType is a string'] },
    { name: 'Component.componentType object (1.x)', text: doc('Component', 'componentType: {name: deployment/web}'), expected: ['1.x Component.spec.componentType is an object'] },
    { name: 'Project.deploymentPipelineRef string (0.12)', text: doc('Project', 'deploymentPipelineRef: default'), expected: ['0.12 Project.spec.deploymentPipelineRef is a string'] },
    { name: 'Project.spec.type (1.2)', text: doc('Project', 'deploymentPipelineRef: {name: d}\ntype: {kind: ClusterProjectType, name: default}'), expected: ['1.x Project.spec.deploymentPipelineRef is an object', '1.2 Project.spec.type is set'] },
    { name: 'Workload.containers map (0.12)', text: doc('Workload', 'containers: {main: {image: x}}'), expected: ['0.12 Workload.spec.containers map'] },
    { name: 'Workload.container (1.x)', text: doc('Workload', 'container: {image: x}'), expected: ['1.x Workload.spec.container'] },
    { name: 'Workload.dependencies.resources (1.1)', text: doc('Workload', 'container: {image: x}\ndependencies: {resources: [{ref: db}]}'), expected: ['1.x Workload.spec.container', '1.1 Workload.spec.dependencies.resources'] },
    { name: 'ComponentType.spec.schema (0.12)', text: doc('ComponentType', 'schema: {parameters: {}}'), expected: ['0.12 ComponentType.spec.schema'] },
    { name: 'Trait.spec.schema (0.12)', text: doc('Trait', 'schema: {}'), expected: ['0.12 Trait.spec.schema'] },
    { name: 'ComponentType preRenderValidations (1.2)', text: doc('ComponentType', 'preRenderValidations: []'), expected: ['1.2 ComponentType pre/postRenderValidations'] },
    { name: 'ClusterComponentType postRenderValidations (1.2)', text: doc('ClusterComponentType', 'postRenderValidations: []'), expected: ['1.2 ClusterComponentType pre/postRenderValidations', '1.x kind ClusterComponentType'] },
    { name: 'Trait.removes (1.2)', text: doc('Trait', 'removes: []'), expected: ['1.2 Trait.spec.removes'] },
    { name: 'ClusterTrait.removes (1.2)', text: doc('ClusterTrait', 'removes: []'), expected: ['1.2 ClusterTrait.spec.removes', '1.x kind ClusterTrait'] },
    { name: 'ReleaseBinding traitOverrides (0.12)', text: doc('ReleaseBinding', 'traitOverrides: {}'), expected: ['0.12 ReleaseBinding *Overrides fields'] },
    { name: 'ReleaseBinding workloadOverrides.containers (0.12)', text: doc('ReleaseBinding', 'workloadOverrides: {containers: {}}'), expected: ['0.12 ReleaseBinding *Overrides fields'] },
    { name: 'ReleaseBinding 1.x fields (no marker)', text: doc('ReleaseBinding', 'environment: dev\nworkloadOverrides: {container: {}}'), expected: [] },
    { name: 'SecretReference.targetPlane (1.1)', text: doc('SecretReference', 'targetPlane: {kind: DataPlane, name: d}'), expected: ['1.1 SecretReference.spec.targetPlane'] },
    { name: 'kind Organization (0.12)', text: doc('Organization', '{}'), expected: ['0.12 kind Organization'] },
    { name: 'kind ResourceReleaseBinding (1.1)', text: doc('ResourceReleaseBinding', '{}'), expected: ['1.1 kind ResourceReleaseBinding'] },
    { name: 'kind ClusterProjectType (1.2)', text: doc('ClusterProjectType', '{}'), expected: ['1.2 kind ClusterProjectType'] },
    { name: 'kind ClusterWorkflow (1.x)', text: doc('ClusterWorkflow', '{}'), expected: ['1.x kind ClusterWorkflow'] },
    { name: 'kinds common to every release (none)', text: doc('Environment', '{}') + doc('DeploymentPipeline', '{}'), expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(described(markersOf(c.text))).toEqual(c.expected);
    });
  }

  it('records the file and the line where the resource starts', () => {
    const text = doc('Environment', '{}') + doc('ClusterTrait', '{}');
    const [marker] = markersOf(text).markers;
    expect(marker).toEqual({ era: '1.x', what: 'kind ClusterTrait', file: 'm.yaml', line: 8 });
  });

  it('lists Projects with neither a string pipeline ref nor spec.type', () => {
    const text = doc('Project', 'deploymentPipelineRef: {name: d}', 'untyped') + doc('Project', 'deploymentPipelineRef: old', 'old') + doc('Project', 'type: {name: t}', 'typed');
    expect(markersOf(text).projectsWithoutType).toEqual([{ name: 'untyped', file: 'm.yaml', line: 1 }]);
  });

  it('mergeMarkers concatenates the sets of several workers in order', () => {
    const a = markersOf(doc('ClusterTrait', '{}'));
    const b = markersOf(doc('Project', 'deploymentPipelineRef: {name: d}', 'p') + doc('Organization', '{}'));
    const merged = mergeMarkers([a, b]);
    expect(described(merged)).toEqual(['1.x kind ClusterTrait', '1.x Project.spec.deploymentPipelineRef is an object', '0.12 kind Organization']);
    expect(merged.projectsWithoutType.map((p) => p.name)).toEqual(['p']);
  });

  it('mergeMarkers with a file order puts the markers of parts that read files out of order back in file order', () => {
    const first = collectMarkers(resourcesOf(doc('Project', 'deploymentPipelineRef: {name: d}', 'a') + doc('ClusterTrait', '{}'), 'a.yaml'));
    const second = collectMarkers(resourcesOf(doc('Organization', '{}') + doc('Project', 'deploymentPipelineRef: {name: d}', 'b'), 'b.yaml'));
    const rank = new Map([['a.yaml', 0], ['b.yaml', 1]]);
    const merged = mergeMarkers([second, first], (file) => rank.get(file)!);
    expect(merged.markers.map((m) => `${m.file}:${m.line} ${m.what}`)).toEqual([
      'a.yaml:1 Project.spec.deploymentPipelineRef is an object',
      'a.yaml:8 kind ClusterTrait',
      'b.yaml:1 kind Organization',
      'b.yaml:8 Project.spec.deploymentPipelineRef is an object',
    ]);
    expect(merged.projectsWithoutType.map((p) => p.name)).toEqual(['a', 'b']);
  });
});

describe('chooseRelease', () => {
  const choose = (text: string, requested?: string) => chooseRelease(markersOf(text), requested);

  it('an explicit choice wins over any marker, in every spelling', () => {
    const text = doc('ClusterProjectType', '{}');
    for (const [requested, tag] of [['1.0', 'v1.0.5'], ['v1.1', 'v1.1.6'], ['0.12', 'v0.12.0'], ['1.2.3', 'v1.2.3'], ['v1.0.5', 'v1.0.5']]) {
      const choice = choose(text, requested);
      expect([choice.release.tag, choice.detected, choice.evidence]).toEqual([tag, false, [`set explicitly to ${requested}`]]);
    }
  });

  it('rejects an unknown explicit release', () => {
    expect(() => choose('', '2.0')).toThrow(/Unknown openchoreo-version "2.0"/);
  });

  it('no markers at all → the newest release, saying so', () => {
    const choice = choose(doc('Environment', '{}'));
    expect([choice.release.tag, choice.detected, choice.evidence, choice.mixed]).toEqual(['v1.2.3', true, ['no release-specific marker found; using the newest release'], undefined]);
    expect(chooseRelease({ markers: [], projectsWithoutType: [] }).release.tag).toBe('v1.2.3');
  });

  it('only 1.x markers → the newest release', () => {
    const choice = choose(doc('ClusterTrait', '{}'));
    expect(choice.release.tag).toBe('v1.2.3');
    expect(choice.evidence).toEqual(['kind ClusterTrait (m.yaml:1)', 'no marker of an older release']);
  });

  it('1.2 markers → v1.2.3, with the evidence and its location', () => {
    const choice = choose(doc('Environment', '{}') + doc('ProjectReleaseBinding', '{}'));
    expect([choice.release.tag, choice.evidence]).toEqual(['v1.2.3', ['kind ProjectReleaseBinding (m.yaml:8)']]);
  });

  it('1.1 markers → v1.1.6', () => {
    expect(choose(doc('Resource', '{}')).release.tag).toBe('v1.1.6');
  });

  it('a Project without spec.type rules 1.2 out → v1.1.6, naming the Project', () => {
    const choice = choose(doc('Project', 'deploymentPipelineRef: {name: d}', 'shop') + doc('ClusterTrait', '{}'));
    expect(choice.release.tag).toBe('v1.1.6');
    expect(choice.evidence[0]).toBe('Project "shop" has no spec.type, which 1.2 requires (m.yaml:1)');
  });

  it('1.2 markers beat an untyped Project (the Project is then a schema error)', () => {
    expect(choose(doc('Project', 'deploymentPipelineRef: {name: d}', 'shop') + doc('ClusterProjectType', '{}')).release.tag).toBe('v1.2.3');
  });

  it('only pre-1.0 markers → v0.12.0, not mixed', () => {
    const choice = choose(doc('Workload', 'containers: {main: {image: x}}') + doc('Organization', '{}'));
    expect([choice.release.tag, choice.mixed]).toEqual(['v0.12.0', undefined]);
    expect(choice.evidence).toEqual(['Workload.spec.containers map (m.yaml:1)', 'kind Organization (m.yaml:8)']);
  });

  it('pre-1.0 and 1.x markers together → a mixed repository, pointing at the first old marker', () => {
    const text = doc('Project', 'deploymentPipelineRef: {name: d}\ntype: {name: t}') + doc('Workload', 'containers: {main: {image: x}}');
    const choice = choose(text);
    expect(choice.release.tag).toBe('v1.2.3');
    expect(choice.mixed).toEqual({
      message: 'Both pre-1.0 markers (Workload.spec.containers map (m.yaml:9)) and 1.x markers (Project.spec.deploymentPipelineRef is an object (m.yaml:1); Project.spec.type is set (m.yaml:1)) were found.',
      file: 'm.yaml',
      line: 9,
    });
  });

  it('mixed with an untyped Project → v1.1.6, still mixed; an object pipeline ref is itself a 1.x marker', () => {
    const objectRef = choose(doc('Project', 'deploymentPipelineRef: {name: d}') + doc('Component', 'componentType: deployment/web'));
    expect([objectRef.release.tag, objectRef.mixed?.line]).toEqual(['v1.1.6', 8]);
    const onlyOld = choose(doc('Project', 'deploymentPipelineRef: d') + doc('Component', 'componentType: deployment/web'));
    expect([onlyOld.release.tag, onlyOld.mixed]).toEqual(['v0.12.0', undefined]);
    const withModern = choose(doc('Project', 'deploymentPipelineRef: {name: d}') + doc('Component', 'componentType: deployment/web') + doc('ClusterTrait', '{}'));
    expect(withModern.release.tag).toBe('v1.1.6');
    expect(withModern.mixed?.line).toBe(8);
  });
});

describe('release detection on the reference repositories (read in place)', () => {
  const detect = async (dir: string) => {
    const read = await readRepository(dir, { include: isYamlPath });
    return chooseRelease(collectMarkers(readDocuments(read.files).resources));
  };

  it('sample-gitops → v1.1.6 (its Project has no spec.type)', async () => {
    const choice = await detect(sampleGitops);
    expect(choice.release.tag).toBe('v1.1.6');
    expect(choice.detected).toBe(true);
    expect(choice.mixed).toBeUndefined();
    expect(choice.evidence).toEqual(['Project "doclet" has no spec.type, which 1.2 requires (namespaces/default/projects/doclet/project.yaml:1)']);
  });

  it('samples-v1.2.3 → v1.2.3, not mixed', async () => {
    const choice = await detect(samples123);
    expect(choice.release.tag).toBe('v1.2.3');
    expect(choice.mixed).toBeUndefined();
    expect(choice.evidence[0]).toMatch(/^Project\.spec\.type is set \(.+\.yaml:\d+\)$/);
  });
});
