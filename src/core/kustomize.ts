import type { YamlDocument } from './parse.js';
import type { Manifest } from './resource.js';

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const YAML_FILE = /\.ya?ml$/i;

function isRecord(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

export function dirName(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

/** Joins and normalises repository-relative paths; undefined when the result leaves the repository. */
export function joinRepoPath(dir: string, rel: string): string | undefined {
  const parts: string[] = [];
  for (const seg of `${dir}/${rel}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/** A Kustomize `kustomization.yaml` (apiVersion/kind are optional there, so the file name also counts). */
export function isKustomizeFile(m: Manifest): boolean {
  if (m.apiVersion.startsWith('kustomize.config.k8s.io/')) return m.kind === 'Kustomization' || m.kind === 'Component';
  return KUSTOMIZATION_FILES.has(baseName(m.doc.file)) && !m.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}

/** A Flux `Kustomization` (kustomize.toolkit.fluxcd.io). */
export function isFluxKustomization(m: Manifest): boolean {
  return m.kind === 'Kustomization' && m.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}

/**
 * A Manifest for a kustomization file that omits apiVersion/kind (Kustomize allows that, so `classify` does not
 * see it as a Kubernetes object). Undefined for any other document.
 */
export function kustomizationManifest(doc: YamlDocument): Manifest | undefined {
  if (!KUSTOMIZATION_FILES.has(baseName(doc.file)) || !isRecord(doc.value)) return undefined;
  const v = doc.value;
  return {
    apiVersion: typeof v.apiVersion === 'string' ? v.apiVersion : 'kustomize.config.k8s.io/v1beta1',
    kind: typeof v.kind === 'string' ? v.kind : 'Kustomization',
    name: '',
    namespace: undefined,
    doc,
    object: v,
  };
}

/** Remote Kustomize resources (git URLs, HTTP) cannot be checked offline. */
export function isRemoteResource(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.startsWith('git@') || entry.startsWith('github.com/') || entry.includes('?ref=');
}

/** Where a repository's files are: file set, directory set and a sorted list for prefix walks. */
export interface FileTree {
  files: ReadonlySet<string>;
  dirs: ReadonlySet<string>;
  /** Every file under dir (recursively), '' meaning the repository root. */
  under(dir: string): string[];
}

export function fileTree(filePaths: readonly string[]): FileTree {
  const files = new Set(filePaths);
  const dirs = new Set<string>(['']);
  for (const file of filePaths) {
    for (let d = dirName(file); d && !dirs.has(d); d = dirName(d)) dirs.add(d);
  }
  const sorted = [...filePaths].sort();
  const under = (dir: string): string[] => {
    if (!dir) return sorted;
    const prefix = `${dir}/`;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) out.push(sorted[i]);
    return out;
  };
  return { files, dirs, under };
}

/** The string entries of a kustomization's `resources` and `components`, with their list and index. */
export function kustomizeEntries(m: Manifest): { field: 'resources' | 'components'; index: number; entry: string }[] {
  const out: { field: 'resources' | 'components'; index: number; entry: string }[] = [];
  for (const field of ['resources', 'components'] as const) {
    const items = m.object[field];
    if (Array.isArray(items)) items.forEach((entry, index) => typeof entry === 'string' && out.push({ field, index, entry }));
  }
  return out;
}

/**
 * The namespace Kustomize or Flux forces on each file: a kustomization's `namespace:` applies to everything it
 * includes (directly or through nested kustomizations), a Flux Kustomization's `spec.targetNamespace` to
 * everything under its `spec.path` (unless `readsOtherRepository` says its source is another repository); the
 * outermost setting wins, as in a real build.
 */
export function computeForcedNamespaces(
  manifests: readonly Manifest[],
  filePaths: readonly string[],
  options: { readsOtherRepository?: (fluxKustomization: Manifest) => boolean } = {},
): (file: string) => string | undefined {
  const tree = fileTree(filePaths);
  const kustomizations = new Map<string, Manifest>();
  for (const m of manifests) if (isKustomizeFile(m) && !kustomizations.has(dirName(m.doc.file))) kustomizations.set(dirName(m.doc.file), m);
  const forced = new Map<string, string>();
  const reached = new Set<string>();

  const assign = (file: string, ns: string | undefined) => {
    if (ns && !forced.has(file)) forced.set(file, ns);
  };
  const walkKustomization = (dir: string, outer: string | undefined, stack: Set<string>) => {
    const k = kustomizations.get(dir);
    if (!k || stack.has(dir)) return;
    reached.add(dir);
    stack.add(dir);
    const own = typeof k.object.namespace === 'string' && k.object.namespace ? k.object.namespace : undefined;
    const ns = outer ?? own;
    for (const { entry } of kustomizeEntries(k)) {
      if (isRemoteResource(entry)) continue;
      const target = joinRepoPath(dir, entry);
      if (target === undefined) continue;
      if (tree.files.has(target)) assign(target, ns);
      else if (tree.dirs.has(target)) walkKustomization(target, ns, stack);
    }
    stack.delete(dir);
  };
  /** Flux generates a kustomization when the path has none: every manifest below, nested kustomizations as units. */
  const walkFluxPath = (dir: string, ns: string | undefined) => {
    if (kustomizations.has(dir)) return walkKustomization(dir, ns, new Set());
    const nested = new Set<string>();
    for (const file of tree.under(dir)) {
      let d = dirName(file);
      let inside: string | undefined;
      while (d.length > dir.length) {
        if (kustomizations.has(d)) inside = d;
        d = dirName(d);
      }
      if (inside !== undefined) nested.add(inside);
      else if (YAML_FILE.test(file)) assign(file, ns);
    }
    for (const d of nested) walkKustomization(d, ns, new Set());
  };

  for (const m of manifests) {
    // A Flux Kustomization of another repository's source forces nothing on this repository's files.
    if (!isFluxKustomization(m) || options.readsOtherRepository?.(m)) continue;
    const spec = isRecord(m.object.spec) ? m.object.spec : {};
    const path = typeof spec.path === 'string' ? joinRepoPath('', spec.path) : '';
    if (path === undefined || !tree.dirs.has(path)) continue;
    const target = typeof spec.targetNamespace === 'string' && spec.targetNamespace ? spec.targetNamespace : undefined;
    walkFluxPath(path, target);
  }
  const includedDirs = new Set<string>();
  for (const [dir, k] of kustomizations) {
    for (const { entry } of kustomizeEntries(k)) {
      const target = isRemoteResource(entry) ? undefined : joinRepoPath(dir, entry);
      if (target !== undefined && target !== dir && kustomizations.has(target)) includedDirs.add(target);
    }
  }
  for (const dir of [...kustomizations.keys()].sort()) {
    if (!reached.has(dir) && !includedDirs.has(dir)) walkKustomization(dir, undefined, new Set());
  }
  return (file) => forced.get(file);
}
