import { findRelease, LATEST_RELEASE, type Release } from './releases.js';
import type { Resource } from './resource.js';

export interface ReleaseChoice {
  release: Release;
  /** True when chosen from the repository's content, false when set explicitly. */
  detected: boolean;
  /** Why this release: the markers found, each with file and line. */
  evidence: string[];
  /** Set when markers of incompatible releases were both found: what, and where the first old one is. */
  mixed?: { message: string; file: string; line: number };
}

type Era = '0.12' | '1.x' | '1.1' | '1.2';

const KIND_ERA: Record<string, Era> = {
  Organization: '0.12', ConfigurationGroup: '0.12', Build: '0.12', BuildPlane: '0.12', ComponentWorkflow: '0.12',
  ComponentWorkflowRun: '0.12', DeploymentTrack: '0.12', GitCommitRequest: '0.12', Release: '0.12',
  ClusterComponentType: '1.x', ClusterTrait: '1.x', ClusterDataPlane: '1.x', ClusterWorkflow: '1.x', ClusterWorkflowPlane: '1.x',
  ClusterObservabilityPlane: '1.x', WorkflowPlane: '1.x', AuthzRole: '1.x', AuthzRoleBinding: '1.x', ClusterAuthzRole: '1.x',
  ClusterAuthzRoleBinding: '1.x', RenderedRelease: '1.x',
  Resource: '1.1', ResourceType: '1.1', ClusterResourceType: '1.1', ResourceReleaseBinding: '1.1', ResourceRelease: '1.1',
  ProjectType: '1.2', ClusterProjectType: '1.2', ProjectReleaseBinding: '1.2', ProjectRelease: '1.2',
};

/** One piece of evidence for a release, with where it was found. Plain data: it crosses worker threads. */
export interface Marker {
  era: Era;
  what: string;
  file: string;
  line: number;
}

/** What release detection needs from a set of resources. */
export interface MarkerSet {
  markers: Marker[];
  /** Projects with neither a string deploymentPipelineRef (0.12) nor spec.type (1.2). */
  projectsWithoutType: { name: string; file: string; line: number }[];
}

const isObj = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The shape-based markers of one resource (§4.5 of the OpenChoreo facts). */
function shapeMarkers(r: Resource): Marker[] {
  const spec = isObj(r.object.spec) ? r.object.spec : {};
  const out: Marker[] = [];
  const add = (era: Era, what: string) => out.push({ era, what, file: r.doc.file, line: r.doc.startLine });
  switch (r.kind) {
    case 'Component':
      if (typeof spec.componentType === 'string') add('0.12', 'Component.spec.componentType is a string');
      else if (isObj(spec.componentType)) add('1.x', 'Component.spec.componentType is an object');
      break;
    case 'Project':
      if (typeof spec.deploymentPipelineRef === 'string') add('0.12', 'Project.spec.deploymentPipelineRef is a string');
      else if (isObj(spec.deploymentPipelineRef)) add('1.x', 'Project.spec.deploymentPipelineRef is an object');
      if (isObj(spec.type)) add('1.2', 'Project.spec.type is set');
      break;
    case 'Workload':
      if (isObj(spec.containers)) add('0.12', 'Workload.spec.containers map');
      if (isObj(spec.container)) add('1.x', 'Workload.spec.container');
      if (isObj(spec.dependencies) && Array.isArray(spec.dependencies.resources)) add('1.1', 'Workload.spec.dependencies.resources');
      break;
    case 'ComponentType':
    case 'Trait':
      if (isObj(spec.schema)) add('0.12', `${r.kind}.spec.schema`);
      if (spec.preRenderValidations || spec.postRenderValidations) add('1.2', `${r.kind} pre/postRenderValidations`);
      if (r.kind === 'Trait' && spec.removes) add('1.2', 'Trait.spec.removes');
      break;
    case 'ClusterComponentType':
    case 'ClusterTrait':
      if (spec.preRenderValidations || spec.postRenderValidations) add('1.2', `${r.kind} pre/postRenderValidations`);
      if (r.kind === 'ClusterTrait' && spec.removes) add('1.2', 'ClusterTrait.spec.removes');
      break;
    case 'ReleaseBinding':
      if (spec.componentTypeEnvOverrides || spec.traitOverrides || (isObj(spec.workloadOverrides) && spec.workloadOverrides.containers)) {
        add('0.12', 'ReleaseBinding *Overrides fields');
      }
      break;
    case 'SecretReference':
      if (spec.targetPlane) add('1.1', 'SecretReference.spec.targetPlane');
      break;
  }
  const era = KIND_ERA[r.kind];
  if (era) add(era, `kind ${r.kind}`);
  return out;
}

function where(m: Marker): string {
  return `${m.what} (${m.file}:${m.line})`;
}

/** Collects the release markers of resources (per worker; sets from several workers are concatenated). */
export function collectMarkers(resources: readonly Resource[]): MarkerSet {
  return {
    markers: resources.flatMap(shapeMarkers),
    projectsWithoutType: resources
      .filter((r) => r.kind === 'Project' && isObj(r.object.spec) && !r.object.spec.type && typeof r.object.spec.deploymentPipelineRef !== 'string')
      .map((r) => ({ name: r.name, file: r.doc.file, line: r.doc.startLine })),
  };
}

/**
 * One set from the sets of several parts; with `fileOrder` (the rank of a file) in file order, so that the
 * evidence quoted does not depend on which part read which file.
 */
export function mergeMarkers(sets: readonly MarkerSet[], fileOrder?: (file: string) => number): MarkerSet {
  const merged = { markers: sets.flatMap((s) => s.markers), projectsWithoutType: sets.flatMap((s) => s.projectsWithoutType) };
  if (fileOrder) {
    const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) => fileOrder(a.file) - fileOrder(b.file) || a.line - b.line;
    merged.markers.sort(byPlace);
    merged.projectsWithoutType.sort(byPlace);
  }
  return merged;
}

const byTag = (tag: string) => findRelease(tag) ?? LATEST_RELEASE;

/**
 * Picks the OpenChoreo release a repository targets. An explicit choice wins; otherwise the newest release
 * compatible with the markers found: 1.2 markers → v1.2.3; a Project without spec.type rules 1.2 out; 1.1
 * markers → v1.1.6; only 0.12 markers → v0.12.0.
 */
export function chooseRelease(found: MarkerSet, requested = 'auto'): ReleaseChoice {
  if (requested && requested !== 'auto') {
    const release = findRelease(requested);
    if (!release) throw new Error(`Unknown openchoreo-version "${requested}"`);
    return { release, detected: false, evidence: [`set explicitly to ${requested}`] };
  }
  const { markers, projectsWithoutType } = found;
  const of = (era: Era) => markers.filter((m) => m.era === era);
  const old = of('0.12');
  const modern = [...of('1.x'), ...of('1.1'), ...of('1.2')];
  const first = (list: Marker[]) => list.slice(0, 3).map(where);
  let mixed: ReleaseChoice['mixed'];
  if (old.length && modern.length) {
    mixed = {
      message: `Both pre-1.0 markers (${first(old).join('; ')}) and 1.x markers (${first(modern).join('; ')}) were found.`,
      file: old[0].file,
      line: old[0].line,
    };
  }
  if (old.length && !modern.length) {
    return { release: byTag('v0.12.0'), detected: true, evidence: first(old) };
  }
  if (of('1.2').length) {
    return { release: byTag('v1.2.3'), detected: true, evidence: first(of('1.2')), mixed };
  }
  if (projectsWithoutType.length) {
    const p = projectsWithoutType[0];
    const evidence = [`Project "${p.name}" has no spec.type, which 1.2 requires (${p.file}:${p.line})`, ...first(of('1.1'))];
    return { release: byTag('v1.1.6'), detected: true, evidence, mixed };
  }
  if (of('1.1').length) return { release: byTag('v1.1.6'), detected: true, evidence: first(of('1.1')), mixed };
  return {
    release: LATEST_RELEASE,
    detected: true,
    evidence: modern.length ? [...first(modern), 'no marker of an older release'] : ['no release-specific marker found; using the newest release'],
    mixed,
  };
}
