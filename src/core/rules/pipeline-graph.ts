import type { PathSegment } from '../path.js';
import type { Resource } from '../resource.js';
import { list, rec, str } from './reference-lookup.js';

/** One environment reference in a DeploymentPipeline, with where it is written. */
export interface EnvRef {
  name: string;
  kind: string;
  path: PathSegment[];
}

export interface PromotionEdge {
  from: EnvRef;
  to: EnvRef;
}

export interface PipelineGraph {
  refs: EnvRef[];
  edges: PromotionEdge[];
  sources: EnvRef[];
  /** The controller's root: the first source environment that is nobody's target. */
  root: string | undefined;
  /** Every source that is nobody's target, in order. */
  roots: string[];
}

const graphs = new WeakMap<Resource, PipelineGraph>();

export function pipelineGraph(pipeline: Resource): PipelineGraph {
  const hit = graphs.get(pipeline);
  if (hit) return hit;
  const refs: EnvRef[] = [];
  const edges: PromotionEdge[] = [];
  const sources: EnvRef[] = [];
  list(rec(pipeline.object.spec)?.promotionPaths).forEach((p, i) => {
    const srcRef = rec(rec(p)?.sourceEnvironmentRef);
    const srcName = str(srcRef?.name);
    const from = srcName ? { name: srcName, kind: str(srcRef?.kind) ?? 'Environment', path: ['spec', 'promotionPaths', i, 'sourceEnvironmentRef', 'name'] } : undefined;
    if (from) {
      refs.push(from);
      sources.push(from);
    }
    list(rec(p)?.targetEnvironmentRefs).forEach((t, j) => {
      const name = str(rec(t)?.name);
      if (!name) return;
      const to = { name, kind: str(rec(t)?.kind) ?? 'Environment', path: ['spec', 'promotionPaths', i, 'targetEnvironmentRefs', j, 'name'] };
      refs.push(to);
      if (from) edges.push({ from, to });
    });
  });
  const targets = new Set(edges.map((e) => e.to.name));
  const roots = [...new Set(sources.map((s) => s.name).filter((n) => !targets.has(n)))];
  const graph = { refs, edges, sources, root: roots[0], roots };
  graphs.set(pipeline, graph);
  return graph;
}

/** Names of every environment a pipeline mentions. */
export function pipelineEnvironments(pipeline: Resource): Set<string> {
  return new Set(pipelineGraph(pipeline).refs.map((r) => r.name));
}
