export const id = 113;
export const ids = [113];
export const modules = {

/***/ 6113:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidate: () => (/* binding */ runValidate)
});

// UNUSED EXPORTS: VALIDATE_RULES, loadConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/core/resource.js
var resource = __webpack_require__(89);
;// CONCATENATED MODULE: ./build/src/core/base-match.js

const defaultNamespace = (r) => r.namespace ?? 'default';
/**
 * Matches head resources with base resources by kind, namespace and name — not by file, so a moved or renamed
 * file still pairs its objects. Nameless resources and keys that occur twice on one side (reported as
 * duplicates elsewhere) are left unpaired rather than guessed.
 */
function matchBase(head, base, options = {}) {
    const clusterScoped = options.isClusterScoped ?? (() => false);
    const keyer = (namespaceOf) => (r) => (0,resource/* resourceKey */.ik)(r.kind, clusterScoped(r.kind) ? '' : namespaceOf(r), r.name);
    const headKey = keyer(options.headNamespace ?? defaultNamespace);
    const baseKey = keyer(options.baseNamespace ?? defaultNamespace);
    const index = (resources, keyOf) => {
        const unique = new Map();
        const repeated = new Set();
        for (const r of resources) {
            if (!r.name)
                continue;
            const key = keyOf(r);
            if (unique.has(key))
                repeated.add(key);
            else
                unique.set(key, r);
        }
        for (const key of repeated)
            unique.delete(key);
        return { unique, repeated };
    };
    const heads = index(head, headKey);
    const bases = index(base, baseKey);
    const pairs = [];
    const added = [];
    for (const r of head) {
        if (!r.name)
            continue;
        const key = headKey(r);
        const other = bases.unique.get(key);
        if (heads.unique.get(key) === r && other)
            pairs.push({ head: r, base: other });
        else if (!other && !bases.repeated.has(key) && !heads.repeated.has(key))
            added.push(r);
    }
    const removed = base.filter((r) => {
        if (!r.name)
            return false;
        const key = baseKey(r);
        return !heads.unique.has(key) && !heads.repeated.has(key) && !bases.repeated.has(key);
    });
    return { pairs, added, removed };
}

// EXTERNAL MODULE: ./build/src/core/cel/skip.js
var skip = __webpack_require__(6135);
;// CONCATENATED MODULE: ./build/src/core/changed-scope.js
/** Identity of a finding within one file revision: an untouched file has the same lines on base and head. */
function findingKey(f) {
    return `${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.ruleId}\u0000${f.severity}\u0000${f.message}`;
}
/**
 * Keeps the findings a PR is responsible for: every finding in a changed file, and any finding in an untouched
 * file that is new compared to the base. Findings that already existed before the PR, in files it did not
 * touch, are dropped. Rules need no dependency bookkeeping: running them on base and head is the dependency
 * analysis, and it is exact for every rule, present or future.
 */
function filterToChangedScope(input) {
    const changed = new Set(input.changedFiles);
    const before = new Set((input.base ?? []).map(findingKey));
    const hasBase = input.base !== undefined;
    return input.head.filter((f) => changed.has(f.file) || (hasBase && !before.has(findingKey(f))));
}

// EXTERNAL MODULE: ./build/src/core/config.js
var config = __webpack_require__(5167);
;// CONCATENATED MODULE: ./build/src/core/kustomize.js
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const YAML_FILE = /\.ya?ml$/i;
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function baseName(file) {
    return file.slice(file.lastIndexOf('/') + 1);
}
function dirName(file) {
    const slash = file.lastIndexOf('/');
    return slash === -1 ? '' : file.slice(0, slash);
}
/** Joins and normalises repository-relative paths; undefined when the result leaves the repository. */
function joinRepoPath(dir, rel) {
    const parts = [];
    for (const seg of `${dir}/${rel}`.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(seg);
    }
    return parts.join('/');
}
/** A Kustomize `kustomization.yaml` (apiVersion/kind are optional there, so the file name also counts). */
function isKustomizeFile(m) {
    if (m.apiVersion.startsWith('kustomize.config.k8s.io/'))
        return m.kind === 'Kustomization' || m.kind === 'Component';
    return KUSTOMIZATION_FILES.has(baseName(m.doc.file)) && !m.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}
/** A Flux `Kustomization` (kustomize.toolkit.fluxcd.io). */
function isFluxKustomization(m) {
    return m.kind === 'Kustomization' && m.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}
/**
 * A Manifest for a kustomization file that omits apiVersion/kind (Kustomize allows that, so `classify` does not
 * see it as a Kubernetes object). Undefined for any other document.
 */
function kustomizationManifest(doc) {
    if (!KUSTOMIZATION_FILES.has(baseName(doc.file)) || !isRecord(doc.value))
        return undefined;
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
function isRemoteResource(entry) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.startsWith('git@') || entry.startsWith('github.com/') || entry.includes('?ref=');
}
function fileTree(filePaths) {
    const files = new Set(filePaths);
    const dirs = new Set(['']);
    for (const file of filePaths) {
        for (let d = dirName(file); d && !dirs.has(d); d = dirName(d))
            dirs.add(d);
    }
    const sorted = [...filePaths].sort();
    const under = (dir) => {
        if (!dir)
            return sorted;
        const prefix = `${dir}/`;
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (sorted[mid] < prefix)
                lo = mid + 1;
            else
                hi = mid;
        }
        const out = [];
        for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++)
            out.push(sorted[i]);
        return out;
    };
    return { files, dirs, under };
}
/** The string entries of a kustomization's `resources` and `components`, with their list and index. */
function kustomizeEntries(m) {
    const out = [];
    for (const field of ['resources', 'components']) {
        const items = m.object[field];
        if (Array.isArray(items))
            items.forEach((entry, index) => typeof entry === 'string' && out.push({ field, index, entry }));
    }
    return out;
}
/**
 * The namespace Kustomize or Flux forces on each file: a kustomization's `namespace:` applies to everything it
 * includes (directly or through nested kustomizations), a Flux Kustomization's `spec.targetNamespace` to
 * everything under its `spec.path` (unless `readsOtherRepository` says its source is another repository); the
 * outermost setting wins, as in a real build.
 */
function computeForcedNamespaces(manifests, filePaths, options = {}) {
    const tree = fileTree(filePaths);
    const kustomizations = new Map();
    for (const m of manifests)
        if (isKustomizeFile(m) && !kustomizations.has(dirName(m.doc.file)))
            kustomizations.set(dirName(m.doc.file), m);
    const forced = new Map();
    const reached = new Set();
    const assign = (file, ns) => {
        if (ns && !forced.has(file))
            forced.set(file, ns);
    };
    const walkKustomization = (dir, outer, stack) => {
        const k = kustomizations.get(dir);
        if (!k || stack.has(dir))
            return;
        reached.add(dir);
        stack.add(dir);
        const own = typeof k.object.namespace === 'string' && k.object.namespace ? k.object.namespace : undefined;
        const ns = outer ?? own;
        for (const { entry } of kustomizeEntries(k)) {
            if (isRemoteResource(entry))
                continue;
            const target = joinRepoPath(dir, entry);
            if (target === undefined)
                continue;
            if (tree.files.has(target))
                assign(target, ns);
            else if (tree.dirs.has(target))
                walkKustomization(target, ns, stack);
        }
        stack.delete(dir);
    };
    /** Flux generates a kustomization when the path has none: every manifest below, nested kustomizations as units. */
    const walkFluxPath = (dir, ns) => {
        if (kustomizations.has(dir))
            return walkKustomization(dir, ns, new Set());
        const nested = new Set();
        for (const file of tree.under(dir)) {
            let d = dirName(file);
            let inside;
            while (d.length > dir.length) {
                if (kustomizations.has(d))
                    inside = d;
                d = dirName(d);
            }
            if (inside !== undefined)
                nested.add(inside);
            else if (YAML_FILE.test(file))
                assign(file, ns);
        }
        for (const d of nested)
            walkKustomization(d, ns, new Set());
    };
    for (const m of manifests) {
        // A Flux Kustomization of another repository's source forces nothing on this repository's files.
        if (!isFluxKustomization(m) || options.readsOtherRepository?.(m))
            continue;
        const spec = isRecord(m.object.spec) ? m.object.spec : {};
        const path = typeof spec.path === 'string' ? joinRepoPath('', spec.path) : '';
        if (path === undefined || !tree.dirs.has(path))
            continue;
        const target = typeof spec.targetNamespace === 'string' && spec.targetNamespace ? spec.targetNamespace : undefined;
        walkFluxPath(path, target);
    }
    const includedDirs = new Set();
    for (const [dir, k] of kustomizations) {
        for (const { entry } of kustomizeEntries(k)) {
            const target = isRemoteResource(entry) ? undefined : joinRepoPath(dir, entry);
            if (target !== undefined && target !== dir && kustomizations.has(target))
                includedDirs.add(target);
        }
    }
    for (const dir of [...kustomizations.keys()].sort()) {
        if (!reached.has(dir) && !includedDirs.has(dir))
            walkKustomization(dir, undefined, new Set());
    }
    return (file) => forced.get(file);
}

// EXTERNAL MODULE: ./build/src/core/load-stage.js
var load_stage = __webpack_require__(6282);
// EXTERNAL MODULE: ./build/src/core/position.js
var position = __webpack_require__(3866);
// EXTERNAL MODULE: ./build/src/core/release-detect.js
var release_detect = __webpack_require__(5498);
// EXTERNAL MODULE: ./build/src/core/releases.js + 4 modules
var releases = __webpack_require__(9711);
;// CONCATENATED MODULE: ./build/src/core/repo-index.js

function buildRepoIndex(input) {
    const { release } = input;
    const context = input.context ?? [];
    const contextSet = new Set(context);
    const byKind = new Map();
    const byKey = new Map();
    const isClusterScoped = (kind) => release.crds[kind]?.scope === 'Cluster';
    const namespaceOf = (r) => isClusterScoped(r.kind) ? '' : (input.forcedNamespace?.(r.doc.file) ?? r.namespace ?? 'default');
    for (const r of [...input.resources, ...context]) {
        let list = byKind.get(r.kind);
        if (!list)
            byKind.set(r.kind, (list = []));
        list.push(r);
        const key = (0,resource/* resourceKey */.ik)(r.kind, namespaceOf(r), r.name);
        if (!byKey.has(key))
            byKey.set(key, r);
    }
    return {
        release,
        resources: input.resources,
        context,
        manifests: input.manifests ?? [],
        find: (kind, namespace, name) => byKey.get((0,resource/* resourceKey */.ik)(kind, isClusterScoped(kind) ? '' : (namespace ?? 'default'), name)),
        ofKind: (kind) => byKind.get(kind) ?? [],
        isClusterScoped,
        namespaceOf,
        isContext: (r) => contextSet.has(r),
        filePaths: input.filePaths ?? [],
        contextManifests: input.contextManifests ?? [],
        repositoryUrls: input.repositoryUrls ?? [],
    };
}

// EXTERNAL MODULE: ./build/src/core/cel/compare.js
var compare = __webpack_require__(1957);
// EXTERNAL MODULE: ./build/src/core/cel/compile.js + 1 modules
var compile = __webpack_require__(7149);
// EXTERNAL MODULE: ./build/src/core/cel/defaults.js
var defaults = __webpack_require__(5478);
// EXTERNAL MODULE: ./build/src/core/cel/evaluate.js + 1 modules
var evaluate = __webpack_require__(5822);
// EXTERNAL MODULE: ./build/src/core/finding-at.js
var finding_at = __webpack_require__(3520);
// EXTERNAL MODULE: ./build/src/core/path.js
var core_path = __webpack_require__(8774);
// EXTERNAL MODULE: ./build/src/core/rules/cel-rules.js
var cel_rules = __webpack_require__(8855);
;// CONCATENATED MODULE: ./build/src/core/rules/immutability.js







const immutabilityRuleInfo = [
    {
        id: 'cel/transition',
        title: 'Immutable field changed since the PR base',
        description: 'A CRD transition rule (oldSelf) fails against the object at the PR base: the API server rejects the update, so Flux cannot apply it.',
    },
    {
        id: 'immutable/component-release',
        title: 'ComponentRelease edited after it was cut',
        description: 'A ComponentRelease is an immutable snapshot; editing its spec is rejected by the API server (or silently diverges from what was deployed).',
    },
];
const where = (positions, r, path) => `${r.doc.file}:${positions.locate(r.doc, path).line}`;
const NEW_NAME_HINT = (kind) => `This field cannot change once the ${kind} exists. Revert it, or create a ${kind} under a new name (Flux prunes the old one).`;
/**
 * Transition rules (`oldSelf`) of every head/base pair, plus the whole-spec ComponentRelease check. Findings
 * point at the changed node in the head file and name the base file and line.
 */
function checkImmutability(input) {
    const { release, positions } = input;
    const out = [];
    for (const { head, base } of input.pairs) {
        const crd = release.crds[head.kind];
        if (!crd)
            continue;
        const compiled = (0,compile/* compileKindRules */.L)(crd);
        const skip = input.skipFor?.(head);
        const violations = compiled.root?.hasTransition ? (0,evaluate/* evaluateRules */.F)(compiled, head.object, base.object, { only: 'transition', skip }) : [];
        if (head.kind === 'ComponentRelease') {
            const finding = componentReleaseChange(head, base, crd.schema, violations, positions);
            if (finding)
                out.push(finding);
            continue;
        }
        for (const v of violations) {
            out.push((0,finding_at/* findingAt */.d)(positions, head.doc, v.path, {
                ruleId: 'cel/transition',
                severity: 'error',
                message: `${(0,cel_rules/* violationMessage */.nW)(head, crd.group, v)} (base: ${where(positions, base, v.path)})`,
                hint: NEW_NAME_HINT(head.kind),
            }));
        }
    }
    return out;
}
/**
 * A ComponentRelease whose spec differs from the base at all. An error when a transition rule rejects it; a
 * warning when the API server would accept it (an optional field such as componentProfile added or removed),
 * since the release then no longer describes what was deployed from it.
 */
function componentReleaseChange(head, base, schema, violations, positions) {
    const specSchema = schema.properties?.spec;
    const oldSpec = (0,defaults/* withDefaults */.r)(base.object, schema)?.spec;
    const diff = (0,compare/* firstDifference */.at)(head.object.spec, oldSpec, specSchema);
    if (!diff)
        return undefined;
    const path = ['spec', ...diff];
    const rejected = violations.length > 0;
    const consequence = rejected
        ? ` The API server rejects the update: ${violations.map((v) => v.message).join('; ')}.`
        : ' The API server accepts this change, but the release no longer matches what was deployed from it.';
    return (0,finding_at/* findingAt */.d)(positions, head.doc, path, {
        ruleId: 'immutable/component-release',
        severity: rejected ? 'error' : 'warning',
        message: `ComponentRelease "${head.name}" is immutable: ${(0,core_path/* formatPath */.jV)(path)} changed (base: ${where(positions, base, path)}, now: ${where(positions, head, path)}).${consequence}`,
        hint: 'Cut a new ComponentRelease (new name) and point the ReleaseBindings at it instead of editing this one.',
    });
}

// EXTERNAL MODULE: ./build/src/core/closest.js
var closest = __webpack_require__(4350);
// EXTERNAL MODULE: ./build/src/core/rules/component-refs.js
var component_refs = __webpack_require__(7609);
// EXTERNAL MODULE: ./build/src/core/rules/reference-lookup.js
var reference_lookup = __webpack_require__(2439);
;// CONCATENATED MODULE: ./build/src/core/rules/pipeline-graph.js

const graphs = new WeakMap();
function pipelineGraph(pipeline) {
    const hit = graphs.get(pipeline);
    if (hit)
        return hit;
    const refs = [];
    const edges = [];
    const sources = [];
    (0,reference_lookup/* list */.p_)((0,reference_lookup/* rec */.D9)(pipeline.object.spec)?.promotionPaths).forEach((p, i) => {
        const srcRef = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(p)?.sourceEnvironmentRef);
        const srcName = (0,reference_lookup/* str */.gx)(srcRef?.name);
        const from = srcName ? { name: srcName, kind: (0,reference_lookup/* str */.gx)(srcRef?.kind) ?? 'Environment', path: ['spec', 'promotionPaths', i, 'sourceEnvironmentRef', 'name'] } : undefined;
        if (from) {
            refs.push(from);
            sources.push(from);
        }
        (0,reference_lookup/* list */.p_)((0,reference_lookup/* rec */.D9)(p)?.targetEnvironmentRefs).forEach((t, j) => {
            const name = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.name);
            if (!name)
                return;
            const to = { name, kind: (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.kind) ?? 'Environment', path: ['spec', 'promotionPaths', i, 'targetEnvironmentRefs', j, 'name'] };
            refs.push(to);
            if (from)
                edges.push({ from, to });
        });
    });
    const targets = new Set(edges.map((e) => e.to.name));
    const roots = [...new Set(sources.map((s) => s.name).filter((n) => !targets.has(n)))];
    const graph = { refs, edges, sources, root: roots[0], roots };
    graphs.set(pipeline, graph);
    return graph;
}
/** Names of every environment a pipeline mentions. */
function pipelineEnvironments(pipeline) {
    return new Set(pipelineGraph(pipeline).refs.map((r) => r.name));
}

;// CONCATENATED MODULE: ./build/src/core/rules/secret-key-refs.js



/**
 * `env[]`/`files[]` `valueFrom.secretKeyRef {name, key}` under the container at `containerPath` must name a
 * SecretReference in the same namespace whose `spec.data[].secretKey` holds the key (else the ReleaseBinding
 * render fails: "Failed to collect SecretReferences").
 */
function checkSecretKeyRefs(index, positions, resource, containerPath, out) {
    let container = resource.object;
    for (const seg of containerPath)
        container = (0,reference_lookup/* rec */.D9)(container)?.[seg];
    const ns = index.namespaceOf(resource);
    for (const field of ['env', 'files']) {
        (0,reference_lookup/* list */.p_)((0,reference_lookup/* rec */.D9)(container)?.[field]).forEach((entry, i) => {
            const ref = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(entry)?.valueFrom)?.secretKeyRef);
            const name = (0,reference_lookup/* str */.gx)(ref?.name);
            if (!ref || !name)
                return;
            const base = [...containerPath, field, i, 'valueFrom', 'secretKeyRef'];
            const found = (0,reference_lookup/* lookup */.$I)(index, 'SecretReference', ns, name);
            const missing = (0,reference_lookup/* missingReference */.KS)(index, positions, {
                ruleId: 'reference/secret-reference', from: resource, path: [...base, 'name'], kind: 'SecretReference', name, namespace: ns,
                consequence: 'rendering fails with "Failed to collect SecretReferences"',
            }, found);
            if (missing)
                out.push(missing);
            const key = (0,reference_lookup/* str */.gx)(ref.key);
            if (!found.target || !key)
                return;
            const keys = (0,reference_lookup/* list */.p_)((0,reference_lookup/* rec */.D9)(found.target.object.spec)?.data).map((d) => (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(d)?.secretKey)).filter((k) => !!k);
            if (!keys.includes(key)) {
                out.push((0,finding_at/* findingAt */.d)(positions, resource.doc, [...base, 'key'], {
                    ruleId: 'reference/secret-key',
                    severity: 'error',
                    message: `key "${key}" not found in SecretReference "${name}"; available keys: [${keys.join(', ')}]`,
                    hint: (0,closest/* didYouMean */.au)(key, keys) || `Add a spec.data entry with secretKey: ${key} to the SecretReference, or use one of its keys.`,
                }));
            }
        });
    }
}

;// CONCATENATED MODULE: ./build/src/core/rules/binding-refs.js






const bindingRefRules = [
    { id: 'reference/binding-component', title: 'ReleaseBinding owner exists', description: 'The binding\'s owner Component and Project must exist in the same namespace (controller: ComponentNotFound / ProjectNotFound).' },
    { id: 'reference/binding-environment', title: 'Binding environments exist', description: '`spec.environment` of a ReleaseBinding, ProjectReleaseBinding or ResourceReleaseBinding must name an Environment in the same namespace (controller: EnvironmentNotFound).' },
    { id: 'reference/binding-release', title: 'ReleaseBinding release exists and matches', description: '`spec.releaseName` must name a ComponentRelease of the same component and project (ComponentReleaseNotFound / InvalidReleaseConfiguration).' },
    { id: 'reference/duplicate-binding', title: 'One ReleaseBinding per component and environment', description: 'Two bindings for the same component and environment fight over one RenderedRelease (ReleaseOwnershipConflict).' },
    { id: 'reference/trait-environment-config', title: 'Trait environment configs name a trait instance', description: '`traitEnvironmentConfigs` keys that match no trait instance of the component are silently ignored.' },
    { id: 'pipeline/binding-outside-pipeline', title: 'Binding environment is on the project pipeline', description: 'Nothing rejects a binding for an environment outside the project\'s DeploymentPipeline, but promotion never reaches it.' },
];
/** The ComponentRelease a binding pins, when it names one that exists. */
function releaseOf(index, binding) {
    const name = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(binding.object.spec)?.releaseName);
    return name ? index.find('ComponentRelease', index.namespaceOf(binding), name) : undefined;
}
/** Trait instance names a binding can configure: from the pinned release snapshot, else the live component and type. */
function traitInstancesOf(index, binding, component) {
    const own = new Map();
    const embedded = new Set();
    const release = releaseOf(index, binding);
    const releaseSpec = (0,reference_lookup/* rec */.D9)(release?.object.spec);
    const ownTraits = releaseSpec ? (0,reference_lookup/* list */.p_)((0,reference_lookup/* rec */.D9)(releaseSpec.componentProfile)?.traits) : (0,reference_lookup/* list */.p_)((0,reference_lookup/* rec */.D9)(component?.object.spec)?.traits);
    for (const t of ownTraits) {
        const instance = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.instanceName);
        const name = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.name);
        if (instance && name)
            own.set(instance, { kind: (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.kind) ?? 'Trait', name });
    }
    const typeSpec = releaseSpec ? (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(releaseSpec.componentType)?.spec) : (0,reference_lookup/* rec */.D9)((component && (0,component_refs/* componentTypeOf */.vX)(index, component))?.object.spec);
    for (const t of (0,reference_lookup/* list */.p_)(typeSpec?.traits)) {
        const instance = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.instanceName);
        if (instance)
            embedded.add(instance);
    }
    return { own, embedded };
}
function checkBindingRefs(index, positions) {
    const out = [];
    const byComponentEnv = new Map();
    for (const binding of (0,reference_lookup/* ownOfKind */.Sq)(index, 'ReleaseBinding')) {
        const spec = (0,reference_lookup/* rec */.D9)(binding.object.spec);
        if (!spec)
            continue;
        const ns = index.namespaceOf(binding);
        const owner = (0,reference_lookup/* rec */.D9)(spec.owner);
        const projectName = (0,reference_lookup/* str */.gx)(owner?.projectName);
        const componentName = (0,reference_lookup/* str */.gx)(owner?.componentName);
        const env = (0,reference_lookup/* str */.gx)(spec.environment);
        let component;
        if (projectName) {
            const f = (0,reference_lookup/* missingReference */.KS)(index, positions, {
                ruleId: 'reference/binding-component', from: binding, path: ['spec', 'owner', 'projectName'], kind: 'Project', name: projectName, namespace: ns,
                consequence: 'the ReleaseBinding controller reports ProjectNotFound',
            }, (0,reference_lookup/* lookup */.$I)(index, 'Project', ns, projectName));
            if (f)
                out.push(f);
        }
        if (componentName) {
            const found = (0,reference_lookup/* lookup */.$I)(index, 'Component', ns, componentName);
            component = found.target;
            const f = (0,reference_lookup/* missingReference */.KS)(index, positions, {
                ruleId: 'reference/binding-component', from: binding, path: ['spec', 'owner', 'componentName'], kind: 'Component', name: componentName, namespace: ns,
                consequence: 'the ReleaseBinding controller reports ComponentNotFound',
            }, found);
            if (f)
                out.push(f);
            const actualProject = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(component?.object.spec)?.owner)?.projectName);
            if (component && projectName && actualProject && actualProject !== projectName) {
                out.push((0,finding_at/* findingAt */.d)(positions, binding.doc, ['spec', 'owner', 'projectName'], {
                    ruleId: 'reference/binding-component', severity: 'error',
                    message: `Component "${componentName}" belongs to project "${actualProject}", not "${projectName}"`,
                    hint: `Set owner.projectName: ${actualProject}.`,
                }));
            }
        }
        if (env) {
            const f = (0,reference_lookup/* missingReference */.KS)(index, positions, {
                ruleId: 'reference/binding-environment', from: binding, path: ['spec', 'environment'], kind: 'Environment', name: env, namespace: ns,
                consequence: 'the ReleaseBinding controller reports EnvironmentNotFound',
            }, (0,reference_lookup/* lookup */.$I)(index, 'Environment', ns, env));
            if (f)
                out.push(f);
            if (componentName) {
                const key = `${ns}/${componentName}/${env}`;
                const group = byComponentEnv.get(key);
                if (group)
                    group.push(binding);
                else
                    byComponentEnv.set(key, [binding]);
            }
            checkOnPipeline(index, positions, binding, ns, projectName, env, out);
        }
        checkRelease(index, positions, binding, ns, projectName, componentName, out);
        checkTraitConfigKeys(index, positions, binding, component, out);
        checkSecretKeyRefs(index, positions, binding, ['spec', 'workloadOverrides', 'container'], out);
    }
    for (const group of byComponentEnv.values()) {
        const distinct = group.filter((b, i) => group.findIndex((o) => o.name === b.name) === i);
        if (distinct.length < 2)
            continue;
        for (const binding of distinct) {
            const others = distinct.filter((o) => o !== binding).map((o) => `${o.name} (${o.doc.file})`);
            out.push((0,finding_at/* findingAt */.d)(positions, binding.doc, ['spec', 'environment'], {
                ruleId: 'reference/duplicate-binding', severity: 'error',
                message: `Another ReleaseBinding deploys the same component to this environment: ${others.join(', ')} (ReleaseOwnershipConflict)`,
                hint: 'Keep one ReleaseBinding per component and environment.',
            }));
        }
    }
    return out;
}
function checkRelease(index, positions, binding, ns, project, component, out) {
    const name = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(binding.object.spec)?.releaseName);
    if (!name)
        return; // autoDeploy, the API or occ fills it in
    const found = (0,reference_lookup/* lookup */.$I)(index, 'ComponentRelease', ns, name);
    const f = (0,reference_lookup/* missingReference */.KS)(index, positions, {
        ruleId: 'reference/binding-release', from: binding, path: ['spec', 'releaseName'], kind: 'ComponentRelease', name, namespace: ns,
        consequence: 'the ReleaseBinding controller reports ComponentReleaseNotFound',
    }, found);
    if (f)
        out.push(f);
    const owner = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(found.target?.object.spec)?.owner);
    if (!found.target || !owner)
        return;
    const rp = (0,reference_lookup/* str */.gx)(owner.projectName);
    const rc = (0,reference_lookup/* str */.gx)(owner.componentName);
    if (rp !== project || rc !== component) {
        out.push((0,finding_at/* findingAt */.d)(positions, binding.doc, ['spec', 'releaseName'], {
            ruleId: 'reference/binding-release', severity: 'error',
            message: `release binding owner (project: ${project}, component: ${component}) does not match component release owner (project: ${rp}, component: ${rc})`,
            hint: `Pick a ComponentRelease of component "${component}".`,
        }));
    }
}
function checkOnPipeline(index, positions, binding, ns, projectName, env, out) {
    const project = projectName ? index.find('Project', ns, projectName) : undefined;
    const pipelineName = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(project?.object.spec)?.deploymentPipelineRef)?.name);
    const pipeline = pipelineName ? index.find('DeploymentPipeline', ns, pipelineName) : undefined;
    if (!pipeline || !index.find('Environment', ns, env))
        return;
    const envs = pipelineEnvironments(pipeline);
    if (envs.size === 0 || envs.has(env))
        return;
    out.push((0,finding_at/* findingAt */.d)(positions, binding.doc, ['spec', 'environment'], {
        ruleId: 'pipeline/binding-outside-pipeline', severity: 'warning',
        message: `Environment "${env}" is not on project "${projectName}"'s DeploymentPipeline "${pipelineName}" (${[...envs].join(', ')})`,
        hint: (0,closest/* didYouMean */.au)(env, envs) || `Add "${env}" to the pipeline's promotion paths, or bind to one of its environments.`,
    }));
}
function checkTraitConfigKeys(index, positions, binding, component, out) {
    const configs = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(binding.object.spec)?.traitEnvironmentConfigs);
    if (!configs || (!component && !releaseOf(index, binding)))
        return;
    const { own, embedded } = traitInstancesOf(index, binding, component);
    const known = [...own.keys(), ...embedded];
    for (const key of Object.keys(configs)) {
        if (own.has(key) || embedded.has(key))
            continue;
        out.push((0,finding_at/* findingAt */.d)(positions, binding.doc, ['spec', 'traitEnvironmentConfigs', key], {
            ruleId: 'reference/trait-environment-config', severity: 'warning',
            message: `"${key}" matches no trait instance of the component; it is silently ignored`,
            hint: (0,closest/* didYouMean */.au)(key, known) || (known.length ? `Trait instances: ${known.join(', ')}.` : 'The component has no trait instances.'),
        }));
    }
}

// EXTERNAL MODULE: ./build/src/core/rules/parameter-findings.js
var parameter_findings = __webpack_require__(1861);
// EXTERNAL MODULE: ./build/src/core/rules/parameters.js + 5 modules
var parameters = __webpack_require__(6353);
;// CONCATENATED MODULE: ./build/src/core/rules/binding-parameters.js





/**
 * ReleaseBinding environment configs as the render does it: defaults applied, then validated against the
 * environmentConfigs schema of the type and of each own trait instance — taken from the pinned release
 * snapshot when there is one (that is what renders), else from the live Component's type and traits.
 */
function checkBindingParameters(index, positions) {
    const schemas = (0,parameter_findings/* parameterSchemasFor */.L)(index, parameters/* newParameterSchemas */.q6);
    const out = [];
    for (const binding of (0,reference_lookup/* ownOfKind */.Sq)(index, 'ReleaseBinding')) {
        const spec = (0,reference_lookup/* rec */.D9)(binding.object.spec);
        if (!spec)
            continue;
        const ns = index.namespaceOf(binding);
        const componentName = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(spec.owner)?.componentName);
        const component = componentName ? index.find('Component', ns, componentName) : undefined;
        const release = releaseOf(index, binding);
        if ((0,reference_lookup/* str */.gx)(spec.releaseName) && !release)
            continue; // the missing release is reported; nothing to judge against
        const { typeSchema, typeOwner, traitSchema } = release ? fromRelease(release) : fromLive(index, component, ns);
        if (typeSchema) {
            (0,parameter_findings/* valueFindings */.a)(positions, binding, schemas.check(typeSchema, spec.componentTypeEnvironmentConfigs, { defaults: true }), {
                base: ['spec', 'componentTypeEnvironmentConfigs'], schemaOwner: `${typeOwner} environmentConfigs`, severity: 'error', reportRequired: true, reportIgnored: true,
            }, out);
        }
        if (!component && !release)
            continue;
        const configs = (0,reference_lookup/* rec */.D9)(spec.traitEnvironmentConfigs) ?? {};
        for (const [instance, trait] of traitInstancesOf(index, binding, component).own) {
            const found = traitSchema(trait.kind, trait.name);
            if (!found)
                continue;
            (0,parameter_findings/* valueFindings */.a)(positions, binding, schemas.check(found.schema, configs[instance], { defaults: true }), {
                base: ['spec', 'traitEnvironmentConfigs', instance], schemaOwner: `${found.owner} environmentConfigs (instance "${instance}")`,
                severity: 'error', reportRequired: true, reportIgnored: true,
            }, out);
        }
    }
    return out;
}
function fromRelease(release) {
    const spec = (0,reference_lookup/* rec */.D9)(release.object.spec);
    const type = (0,reference_lookup/* rec */.D9)(spec?.componentType);
    const traits = (0,reference_lookup/* list */.p_)(spec?.traits);
    return {
        typeSchema: (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(type?.spec)?.environmentConfigs)?.openAPIV3Schema),
        typeOwner: `ComponentRelease "${release.name}" component type`,
        traitSchema: (kind, name) => {
            const t = traits.map(reference_lookup/* rec */.D9).find((x) => (0,reference_lookup/* str */.gx)(x?.name) === name && ((0,reference_lookup/* str */.gx)(x?.kind) ?? 'Trait') === kind);
            const schema = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(t?.spec)?.environmentConfigs)?.openAPIV3Schema);
            return schema ? { schema, owner: `ComponentRelease "${release.name}" trait ${kind}:${name}` } : undefined;
        },
    };
}
function fromLive(index, component, ns) {
    const type = component ? (0,component_refs/* componentTypeOf */.vX)(index, component) : undefined;
    return {
        typeSchema: (0,parameters/* schemaOf */.pP)(type, 'environmentConfigs'),
        typeOwner: type ? `${type.kind} "${type.name}"` : '',
        traitSchema: (kind, name) => {
            const trait = index.find(kind, ns, name);
            const schema = (0,parameters/* schemaOf */.pP)(trait, 'environmentConfigs');
            return trait && schema ? { schema, owner: `${trait.kind} "${trait.name}"` } : undefined;
        },
    };
}

;// CONCATENATED MODULE: ./build/src/core/rules/duplicates.js


const duplicateRules = [
    { id: 'reference/duplicate-resource', title: 'Each object is defined once', description: 'The same kind/namespace/name twice fails the Kustomize build ("already registered") or makes two Flux Kustomizations overwrite each other.' },
];
/** Same kind, effective namespace and name defined more than once: a finding at each own definition. */
function checkDuplicates(index, positions) {
    const groups = new Map();
    for (const r of [...index.resources, ...index.context]) {
        if (!r.name)
            continue;
        const key = (0,resource/* resourceKey */.ik)(r.kind, index.namespaceOf(r), r.name);
        const group = groups.get(key);
        if (group)
            group.push(r);
        else
            groups.set(key, [r]);
    }
    const out = [];
    for (const group of groups.values()) {
        if (group.length < 2)
            continue;
        for (const r of group) {
            if (index.isContext(r))
                continue;
            const others = group.filter((o) => o !== r).map((o) => `${o.doc.file}${index.isContext(o) ? ' (context)' : ''}:${o.doc.startLine}`);
            const ns = index.isClusterScoped(r.kind) ? '' : ` in namespace "${index.namespaceOf(r)}"`;
            out.push((0,finding_at/* findingAt */.d)(positions, r.doc, ['metadata', 'name'], {
                ruleId: 'reference/duplicate-resource',
                severity: 'error',
                message: `${r.kind} "${r.name}"${ns} is defined ${group.length} times (also at ${others.join(', ')})`,
                hint: 'Keep one definition: Kustomize rejects duplicate objects, and two Flux Kustomizations would overwrite each other.',
            }));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/rules/flux-source.js
/**
 * One spelling for every way of writing a Git repository's address, so that a Flux GitRepository URL can be
 * compared with the checkout's remote: `https://github.com/o/r.git`, `ssh://git@github.com/o/r`,
 * `git@github.com:o/r.git/` all become `github.com/o/r`. User info, ports, a `.git` suffix and trailing
 * slashes are dropped and the host is lower-cased (the path too on github.com, where it is case-insensitive).
 * Anything that is not a URL (a local path) is returned trimmed of trailing slashes.
 */
function normalizeGitUrl(url) {
    const text = url.trim();
    let host;
    let path;
    const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(.*)$/i.exec(text);
    const scpLike = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/.exec(text);
    if (withScheme && withScheme[1].toLowerCase() !== 'file') {
        const authority = withScheme[2];
        host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
        path = withScheme[3];
    }
    else if (!withScheme && scpLike && scpLike[1].length > 1) {
        // `git@host:owner/repo`; a one-letter "host" would be a Windows drive (C:\...), not a remote.
        host = scpLike[1];
        path = scpLike[2];
    }
    else {
        return text.replace(/\/+$/, '');
    }
    host = host.toLowerCase().replace(/^www\./, '');
    path = path.split('/').filter((s) => s !== '').join('/').replace(/\.git$/i, '');
    if (host === 'github.com')
        path = path.toLowerCase();
    return `${host}/${path}`;
}
/** Whether two Git URLs name the same repository (see normalizeGitUrl). */
function sameRepository(a, b) {
    return normalizeGitUrl(a) === normalizeGitUrl(b);
}
function rec(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
/** A Flux `GitRepository` source (source.toolkit.fluxcd.io). */
function isGitRepository(m) {
    return m.kind === 'GitRepository' && m.apiVersion.startsWith('source.toolkit.fluxcd.io/');
}
/** The GitRepository a Flux Kustomization's `sourceRef` names among `sources`, if it names one that is defined. */
function gitSourceOf(kustomization, sources) {
    const ref = rec(rec(kustomization.object.spec)?.sourceRef);
    const kind = typeof ref?.kind === 'string' ? ref.kind : 'GitRepository';
    if (kind !== 'GitRepository' || typeof ref?.name !== 'string')
        return undefined;
    const ns = typeof ref.namespace === 'string' ? ref.namespace : (kustomization.namespace ?? 'flux-system');
    return sources.find((g) => isGitRepository(g) && g.name === ref.name && (g.namespace ?? 'flux-system') === ns);
}
/**
 * Tells whether a Flux Kustomization reads this repository or ANOTHER one (its `spec.path` is then a directory of
 * that repository, not of this one), by comparing the URL of its GitRepository source with this repository's
 * URLs. `unknown` when those URLs are not known, or the source (or its URL) cannot be found.
 */
function sourceRepositoryOf(repositoryUrls, sources) {
    const own = new Set(repositoryUrls.map(normalizeGitUrl));
    if (own.size === 0)
        return () => 'unknown';
    return (kustomization) => {
        const url = rec(gitSourceOf(kustomization, sources)?.object.spec)?.url;
        if (typeof url !== 'string' || url === '')
            return 'unknown';
        return own.has(normalizeGitUrl(url)) ? 'this' : 'other';
    };
}

;// CONCATENATED MODULE: ./build/src/core/rules/flux-refs.js




const fluxRules = [
    { id: 'flux/missing-path', title: 'Flux Kustomization path exists', description: '`spec.path` of a Flux Kustomization must be a directory of the source repository; otherwise reconciliation fails. Paths of a GitRepository that is another repository (by URL, compared with this checkout\'s remote) are not judged.' },
    { id: 'flux/source-not-found', title: 'Flux source exists', description: '`spec.sourceRef` must name a GitRepository defined in the repository or its context repositories (judged when the repository defines any).' },
    { id: 'flux/depends-on', title: 'Flux dependencies exist', description: '`spec.dependsOn` names must be Flux Kustomizations of the repository or its context repositories; a missing one blocks reconciliation forever (warning: it may be defined in another repository).' },
];
function flux_refs_rec(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
/**
 * Flux Kustomizations of the repository: source, path and dependencies must resolve. Manifests of context
 * repositories (`--context`) resolve names too but are never reported; a path is only checked against this
 * repository when the source is this repository (or, when the repository's own URL is unknown, may be).
 */
function checkFluxRefs(index, positions) {
    const kustomizations = index.manifests.filter(isFluxKustomization);
    if (kustomizations.length === 0)
        return [];
    const known = [...kustomizations, ...index.contextManifests.filter(isFluxKustomization)];
    const tree = index.filePaths.length ? fileTree(index.filePaths) : undefined;
    const ownGitRepos = index.manifests.filter(isGitRepository);
    const gitRepos = [...ownGitRepos, ...index.contextManifests.filter(isGitRepository)];
    const urls = new Set(ownGitRepos.map((g) => String(flux_refs_rec(g.object.spec)?.url ?? '')));
    const repositoryOf = sourceRepositoryOf(index.repositoryUrls, gitRepos);
    const nsOf = (m) => m.namespace ?? 'flux-system';
    const out = [];
    for (const k of kustomizations) {
        const spec = flux_refs_rec(k.object.spec);
        if (!spec)
            continue;
        const source = flux_refs_rec(spec.sourceRef);
        const sourceName = typeof source?.name === 'string' ? source.name : undefined;
        const sourceKind = typeof source?.kind === 'string' ? source.kind : 'GitRepository';
        const sourceNs = typeof source?.namespace === 'string' ? source.namespace : nsOf(k);
        // Judged only when this repository defines sources itself; context sources can still satisfy the reference.
        if (sourceName && sourceKind === 'GitRepository' && ownGitRepos.length > 0) {
            if (!gitSourceOf(k, gitRepos)) {
                out.push((0,finding_at/* findingAt */.d)(positions, k.doc, ['spec', 'sourceRef', 'name'], {
                    ruleId: 'flux/source-not-found', severity: 'error',
                    message: `GitRepository "${sourceName}" not found in namespace "${sourceNs}"`,
                    hint: (0,closest/* didYouMean */.au)(sourceName, gitRepos.map((g) => g.name)) || `Defined: ${gitRepos.map((g) => `${nsOf(g)}/${g.name}`).join(', ')}.`,
                }));
            }
        }
        const repository = repositoryOf(k);
        if (tree && typeof spec.path === 'string' && repository !== 'other') {
            const path = joinRepoPath('', spec.path);
            if (path !== undefined && !tree.dirs.has(path)) {
                const near = (0,closest/* closest */.kp)(path, tree.dirs);
                out.push((0,finding_at/* findingAt */.d)(positions, k.doc, ['spec', 'path'], {
                    ruleId: 'flux/missing-path',
                    // The source is known to be this repository: certain. Otherwise, when the repository points Flux at
                    // several repositories, the path may live in another one.
                    severity: repository === 'this' || urls.size <= 1 ? 'error' : 'warning',
                    message: `spec.path "${spec.path}" is not a directory of this repository: reconciliation fails`,
                    hint: near !== undefined ? `Did you mean "./${near}"?` : 'The path is relative to the root of the source repository.',
                }));
            }
        }
        if (Array.isArray(spec.dependsOn)) {
            spec.dependsOn.forEach((d, i) => {
                const name = flux_refs_rec(d)?.name;
                const ns = typeof flux_refs_rec(d)?.namespace === 'string' ? flux_refs_rec(d).namespace : nsOf(k);
                if (typeof name !== 'string')
                    return;
                if (known.some((o) => o.name === name && nsOf(o) === ns))
                    return;
                out.push((0,finding_at/* findingAt */.d)(positions, k.doc, ['spec', 'dependsOn', i, 'name'], {
                    ruleId: 'flux/depends-on', severity: 'warning',
                    message: `Kustomization "${name}" (namespace "${ns}") is not defined: this Kustomization waits for it forever`,
                    hint: (0,closest/* didYouMean */.au)(name, known.map((o) => o.name)) || (index.contextManifests.length ? '' : 'If another repository defines it, pass that repository as context (--context DIR).'),
                }));
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/rules/kustomize-paths.js



const kustomizeRules = [
    { id: 'kustomize/missing-resource', title: 'Kustomize resources exist', description: 'Every local `resources`/`components` entry of a kustomization.yaml must be a file or a directory with its own kustomization; otherwise the Flux build fails.' },
];
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function checkKustomizePaths(index, positions) {
    if (index.filePaths.length === 0)
        return [];
    const tree = fileTree(index.filePaths);
    const out = [];
    for (const k of index.manifests) {
        if (!isKustomizeFile(k))
            continue;
        const dir = dirName(k.doc.file);
        for (const { field, index: i, entry } of kustomizeEntries(k)) {
            if (isRemoteResource(entry))
                continue;
            const target = joinRepoPath(dir, entry);
            if (target === undefined)
                continue; // outside this repository: cannot be judged
            if (tree.files.has(target))
                continue;
            if (tree.dirs.has(target)) {
                if (KUSTOMIZATION_NAMES.some((n) => tree.files.has(target ? `${target}/${n}` : n)))
                    continue;
                out.push((0,finding_at/* findingAt */.d)(positions, k.doc, [field, i], {
                    ruleId: 'kustomize/missing-resource', severity: 'error',
                    message: `${field}[${i}] "${entry}" is a directory without a kustomization.yaml: the Kustomize build fails`,
                    hint: 'List the files themselves, or add a kustomization.yaml to that directory.',
                }));
                continue;
            }
            const siblings = tree.under(dirName(target)).filter((f) => dirName(f) === dirName(target));
            const near = (0,closest/* closest */.kp)(target, siblings);
            out.push((0,finding_at/* findingAt */.d)(positions, k.doc, [field, i], {
                ruleId: 'kustomize/missing-resource', severity: 'error',
                message: `${field}[${i}] "${entry}" does not exist in the repository: the Kustomize build fails`,
                hint: near ? `Did you mean "${near.slice(dir ? dir.length + 1 : 0)}"?` : 'Fix the path (it is relative to the kustomization.yaml).',
            }));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/rules/owner-refs.js

const ownerRefRules = [
    { id: 'reference/owner', title: 'Owners of releases, resources, bindings and runs exist', description: 'ComponentRelease, ProjectReleaseBinding, Resource, ResourceReleaseBinding, WorkflowRun and alert channels name owners, types, workflows and environments that must exist (binding environments: reference/binding-environment).' },
];
/** Per kind: the reference fields to resolve in the referrer's namespace (or cluster-wide for cluster kinds). */
const REFS = {
    ComponentRelease: [
        { path: ['spec', 'owner', 'projectName'], kind: 'Project', severity: 'warning', consequence: 'no binding of this release can deploy' },
        { path: ['spec', 'owner', 'componentName'], kind: 'Component', severity: 'warning', consequence: 'no binding of this release can deploy' },
    ],
    ProjectReleaseBinding: [
        { path: ['spec', 'owner', 'projectName'], kind: 'Project' },
        { path: ['spec', 'environment'], kind: 'Environment', consequence: 'the binding reports EnvironmentNotFound', ruleId: 'reference/binding-environment' },
    ],
    Resource: [
        { path: ['spec', 'owner', 'projectName'], kind: 'Project' },
        { path: ['spec', 'type', 'name'], kind: 'ResourceType', kindPath: ['spec', 'type', 'kind'], consequence: 'the Resource controller reports ResourceTypeNotFound' },
    ],
    ResourceReleaseBinding: [
        { path: ['spec', 'owner', 'projectName'], kind: 'Project' },
        { path: ['spec', 'owner', 'resourceName'], kind: 'Resource', consequence: 'the binding reports ResourceNotFound' },
        { path: ['spec', 'environment'], kind: 'Environment', consequence: 'the binding reports EnvironmentNotFound', ruleId: 'reference/binding-environment' },
    ],
    WorkflowRun: [
        { path: ['spec', 'workflow', 'name'], kind: 'ClusterWorkflow', kindPath: ['spec', 'workflow', 'kind'], consequence: 'the run cannot start' },
    ],
    ObservabilityAlertsNotificationChannel: [
        { path: ['spec', 'environment'], kind: 'Environment' },
    ],
};
function at(object, path) {
    let node = object;
    for (const seg of path)
        node = (0,reference_lookup/* rec */.D9)(node)?.[seg];
    return node;
}
function checkOwnerRefs(index, positions) {
    const out = [];
    for (const [kind, refs] of Object.entries(REFS)) {
        for (const from of (0,reference_lookup/* ownOfKind */.Sq)(index, kind))
            checkResource(index, positions, from, refs, out);
    }
    return out;
}
function checkResource(index, positions, from, refs, out) {
    const ns = index.namespaceOf(from);
    for (const ref of refs) {
        const name = (0,reference_lookup/* str */.gx)(at(from.object, ref.path));
        if (!name)
            continue;
        const kind = (ref.kindPath && (0,reference_lookup/* str */.gx)(at(from.object, ref.kindPath))) || ref.kind;
        const f = (0,reference_lookup/* missingReference */.KS)(index, positions, {
            ruleId: ref.ruleId ?? 'reference/owner', from, path: ref.path, kind, name, namespace: ns, severity: ref.severity, consequence: ref.consequence,
        }, (0,reference_lookup/* lookup */.$I)(index, kind, ns, name));
        if (f)
            out.push(f);
    }
}

;// CONCATENATED MODULE: ./build/src/core/rules/pipelines.js



const pipelineRules = [
    { id: 'pipeline/unknown-environment', title: 'Promotion paths name existing Environments', description: 'Every source and target of a DeploymentPipeline must be an Environment in the same namespace; bindings to it fail with EnvironmentNotFound.' },
    { id: 'pipeline/no-promotion-paths', title: 'Pipeline has promotion paths', description: 'The Component controller rejects a project whose pipeline has no promotion paths.' },
    { id: 'pipeline/no-root', title: 'Pipeline has a root environment', description: 'Some source environment must be nobody\'s target; otherwise every Component of the project fails ("no root environment").' },
    { id: 'pipeline/cycle', title: 'Promotion paths form no cycle', description: 'A promotion cycle means an environment promotes back into an earlier stage.' },
    { id: 'pipeline/unreachable-environment', title: 'Every environment reachable from the root', description: 'Environments that the root (where autoDeploy deploys) cannot reach are never promoted to.' },
    { id: 'reference/project-pipeline', title: 'Project pipeline exists', description: 'A Project must name an existing DeploymentPipeline in its namespace (controller: DeploymentPipelineNotFound).' },
];
function checkPipelines(index, positions) {
    const out = [];
    for (const pipeline of (0,reference_lookup/* ownOfKind */.Sq)(index, 'DeploymentPipeline')) {
        const ns = index.namespaceOf(pipeline);
        const graph = pipelineGraph(pipeline);
        if (graph.sources.length === 0) {
            const paths = (0,reference_lookup/* rec */.D9)(pipeline.object.spec)?.promotionPaths;
            out.push((0,finding_at/* findingAt */.d)(positions, pipeline.doc, paths === undefined ? ['spec'] : ['spec', 'promotionPaths'], {
                ruleId: 'pipeline/no-promotion-paths', severity: 'error',
                message: `deployment pipeline ${pipeline.name} has no promotion paths defined`,
                hint: 'Add promotionPaths with a sourceEnvironmentRef and targetEnvironmentRefs.',
            }));
            continue;
        }
        for (const ref of graph.refs) {
            const f = (0,reference_lookup/* missingReference */.KS)(index, positions, {
                ruleId: 'pipeline/unknown-environment', from: pipeline, path: ref.path, kind: ref.kind, name: ref.name, namespace: ns,
            }, (0,reference_lookup/* lookup */.$I)(index, ref.kind, ns, ref.name));
            if (f)
                out.push(f);
        }
        if (!graph.root) {
            out.push((0,finding_at/* findingAt */.d)(positions, pipeline.doc, ['spec', 'promotionPaths'], {
                ruleId: 'pipeline/no-root', severity: 'error',
                message: `deployment pipeline ${pipeline.name} has no root environment (all sources are also targets)`,
                hint: 'The first stage (e.g. development) must not be the target of any promotion path.',
            }));
        }
        const adjacency = new Map();
        for (const e of graph.edges) {
            const list = adjacency.get(e.from.name);
            if (list)
                list.push(e);
            else
                adjacency.set(e.from.name, [e]);
        }
        const cycle = findCycleEdge(adjacency);
        if (cycle && graph.root) {
            out.push((0,finding_at/* findingAt */.d)(positions, pipeline.doc, cycle.to.path, {
                ruleId: 'pipeline/cycle', severity: 'warning',
                message: `promotion from "${cycle.from.name}" to "${cycle.to.name}" closes a cycle`,
                hint: 'Promotion paths should flow one way, from the first stage to production.',
            }));
        }
        if (graph.root) {
            const reached = new Set([graph.root]);
            const queue = [graph.root];
            while (queue.length)
                for (const e of adjacency.get(queue.pop()) ?? [])
                    if (!reached.has(e.to.name))
                        reached.add(e.to.name), queue.push(e.to.name);
            const reported = new Set();
            for (const ref of graph.refs) {
                if (reached.has(ref.name) || reported.has(ref.name))
                    continue;
                reported.add(ref.name);
                out.push((0,finding_at/* findingAt */.d)(positions, pipeline.doc, ref.path, {
                    ruleId: 'pipeline/unreachable-environment', severity: 'warning',
                    message: `environment "${ref.name}" is not reachable from the root environment "${graph.root}"`,
                    hint: graph.roots.includes(ref.name)
                        ? `"${ref.name}" is a second root; autoDeploy only deploys to "${graph.root}". Make it a target of an earlier stage.`
                        : `Add a promotion path from "${graph.root}" (or a stage after it) to "${ref.name}".`,
                }));
            }
        }
    }
    for (const project of (0,reference_lookup/* ownOfKind */.Sq)(index, 'Project')) {
        const ref = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(project.object.spec)?.deploymentPipelineRef);
        const name = (0,reference_lookup/* str */.gx)(ref?.name);
        if (!ref)
            continue; // the CRD schema reports a missing deploymentPipelineRef
        const ns = index.namespaceOf(project);
        if (!name) {
            out.push((0,finding_at/* findingAt */.d)(positions, project.doc, ['spec', 'deploymentPipelineRef'], {
                ruleId: 'reference/project-pipeline', severity: 'error',
                message: 'deploymentPipelineRef.name is empty: the components of this project cannot deploy',
                hint: 'Name the project\'s DeploymentPipeline.',
            }));
            continue;
        }
        const kind = (0,reference_lookup/* str */.gx)(ref.kind) ?? 'DeploymentPipeline';
        const f = (0,reference_lookup/* missingReference */.KS)(index, positions, {
            ruleId: 'reference/project-pipeline', from: project, path: ['spec', 'deploymentPipelineRef', 'name'], kind, name, namespace: ns,
            consequence: 'every Component of the project stops with DeploymentPipelineNotFound',
        }, (0,reference_lookup/* lookup */.$I)(index, kind, ns, name));
        if (f)
            out.push(f);
    }
    return out;
}
/** An edge that closes a cycle (iterative DFS, colours: 1 on stack, 2 done). */
function findCycleEdge(adjacency) {
    const colour = new Map();
    for (const start of adjacency.keys()) {
        if (colour.has(start))
            continue;
        const stack = [{ node: start, next: 0 }];
        colour.set(start, 1);
        while (stack.length) {
            const top = stack[stack.length - 1];
            const edges = adjacency.get(top.node) ?? [];
            if (top.next >= edges.length) {
                colour.set(top.node, 2);
                stack.pop();
                continue;
            }
            const e = edges[top.next++];
            const c = colour.get(e.to.name);
            if (c === 1)
                return e;
            if (c === undefined) {
                colour.set(e.to.name, 1);
                stack.push({ node: e.to.name, next: 0 });
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/core/rules/platform-refs.js


const platformRefRules = [
    { id: 'reference/environment-data-plane', title: 'Environment data plane exists', description: 'An Environment\'s `dataPlaneRef` (or the default DataPlane/ClusterDataPlane "default") must exist when the repository defines data planes (DataPlaneNotFound).' },
    { id: 'reference/project-type', title: 'Project type exists', description: '`Project.spec.type` must name an existing ProjectType (same namespace) or ClusterProjectType (ProjectTypeNotFound).' },
    { id: 'reference/type-trait', title: 'Traits of a component type exist', description: 'Embedded traits of a (Cluster)ComponentType must exist (every component of the type fails with TraitNotFound); allowed traits should.' },
    { id: 'reference/type-workflow', title: 'Allowed workflows of a component type exist', description: 'Workflows listed in `allowedWorkflows` should exist.' },
];
const TYPE_KINDS = ['ComponentType', 'ClusterComponentType'];
function checkPlatformRefs(index, positions) {
    const out = [];
    const push = (f) => f && out.push(f);
    const planesKnown = index.ofKind('DataPlane').length > 0 || index.ofKind('ClusterDataPlane').length > 0;
    for (const env of (0,reference_lookup/* ownOfKind */.Sq)(index, 'Environment')) {
        if (!planesKnown)
            break; // planes are usually registered by the installer, not in Git
        const ns = index.namespaceOf(env);
        const ref = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(env.object.spec)?.dataPlaneRef);
        const name = (0,reference_lookup/* str */.gx)(ref?.name);
        const kind = (0,reference_lookup/* str */.gx)(ref?.kind);
        if (ref && name && kind) {
            push((0,reference_lookup/* missingReference */.KS)(index, positions, {
                ruleId: 'reference/environment-data-plane', from: env, path: ['spec', 'dataPlaneRef', 'name'], kind, name, namespace: ns,
                consequence: 'bindings to this environment fail with DataPlaneNotFound',
            }, (0,reference_lookup/* lookup */.$I)(index, kind, ns, name)));
        }
        else if (!ref && !index.find('DataPlane', ns, 'default') && !index.find('ClusterDataPlane', '', 'default')) {
            out.push((0,finding_at/* findingAt */.d)(positions, env.doc, ['spec'], {
                ruleId: 'reference/environment-data-plane', severity: 'error',
                message: `no dataPlaneRef, and neither DataPlane "default" in namespace "${ns}" nor ClusterDataPlane "default" exists`,
                hint: 'Set spec.dataPlaneRef {kind, name}.',
            }));
        }
    }
    for (const project of (0,reference_lookup/* ownOfKind */.Sq)(index, 'Project')) {
        const ref = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(project.object.spec)?.type);
        const name = (0,reference_lookup/* str */.gx)(ref?.name);
        if (!ref || !name)
            continue;
        const kind = (0,reference_lookup/* str */.gx)(ref.kind) ?? 'ProjectType';
        const ns = index.namespaceOf(project);
        push((0,reference_lookup/* missingReference */.KS)(index, positions, {
            ruleId: 'reference/project-type', from: project, path: ['spec', 'type', 'name'], kind, name, namespace: ns,
            consequence: 'the Project controller reports ProjectTypeNotFound',
        }, (0,reference_lookup/* lookup */.$I)(index, kind, ns, name)));
    }
    for (const typeKind of TYPE_KINDS) {
        const traitDefault = typeKind === 'ClusterComponentType' ? 'ClusterTrait' : 'Trait';
        for (const type of (0,reference_lookup/* ownOfKind */.Sq)(index, typeKind)) {
            const spec = (0,reference_lookup/* rec */.D9)(type.object.spec);
            const ns = index.namespaceOf(type);
            (0,reference_lookup/* list */.p_)(spec?.traits).forEach((t, i) => {
                const name = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.name);
                if (!name)
                    return;
                const kind = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.kind) ?? traitDefault;
                push((0,reference_lookup/* missingReference */.KS)(index, positions, {
                    ruleId: 'reference/type-trait', from: type, path: ['spec', 'traits', i, 'name'], kind, name, namespace: ns,
                    consequence: 'every Component of this type stops with TraitNotFound',
                }, (0,reference_lookup/* lookup */.$I)(index, kind, ns, name)));
            });
            (0,reference_lookup/* list */.p_)(spec?.allowedTraits).forEach((t, i) => {
                const name = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.name);
                if (!name)
                    return;
                const kind = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(t)?.kind) ?? traitDefault;
                push((0,reference_lookup/* missingReference */.KS)(index, positions, {
                    ruleId: 'reference/type-trait', from: type, path: ['spec', 'allowedTraits', i, 'name'], kind, name, namespace: ns, severity: 'warning',
                    consequence: 'a Component that uses it fails with TraitNotFound',
                }, (0,reference_lookup/* lookup */.$I)(index, kind, ns, name)));
            });
            (0,reference_lookup/* list */.p_)(spec?.allowedWorkflows).forEach((w, i) => {
                const name = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(w)?.name);
                if (!name)
                    return;
                const kind = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(w)?.kind) ?? 'ClusterWorkflow';
                push((0,reference_lookup/* missingReference */.KS)(index, positions, {
                    ruleId: 'reference/type-workflow', from: type, path: ['spec', 'allowedWorkflows', i, 'name'], kind, name, namespace: ns, severity: 'warning',
                    consequence: 'a Component that uses it fails with WorkflowNotFound',
                }, (0,reference_lookup/* lookup */.$I)(index, kind, ns, name)));
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/rules/release-snapshot.js





const releaseSnapshotRules = [
    { id: 'release/snapshot-traits', title: 'ComponentRelease traits are consistent', description: 'The ComponentRelease webhook requires unique `traits[]` kind:name, unique profile instanceNames, and every profile trait present in the traits snapshot.' },
];
/**
 * ComponentRelease admission (CREATE): the profile's parameters against the snapshot type schema and each
 * profile trait's parameters against its snapshot trait schema, all WITHOUT defaults; trait bookkeeping.
 */
function checkReleaseSnapshots(index, positions) {
    const schemas = (0,parameter_findings/* parameterSchemasFor */.L)(index, parameters/* newParameterSchemas */.q6);
    const out = [];
    for (const release of (0,reference_lookup/* ownOfKind */.Sq)(index, 'ComponentRelease')) {
        const spec = (0,reference_lookup/* rec */.D9)(release.object.spec);
        if (!spec)
            continue;
        // Bindings render the snapshot Workload: its secret references must resolve too.
        checkSecretKeyRefs(index, positions, release, ['spec', 'workload', 'container'], out);
        const snapshots = new Map();
        (0,reference_lookup/* list */.p_)(spec.traits).forEach((t, i) => {
            const trait = (0,reference_lookup/* rec */.D9)(t);
            const name = (0,reference_lookup/* str */.gx)(trait?.name);
            if (!trait || !name)
                return;
            const key = `${(0,reference_lookup/* str */.gx)(trait.kind) ?? 'Trait'}:${name}`;
            if (snapshots.has(key)) {
                out.push((0,finding_at/* findingAt */.d)(positions, release.doc, ['spec', 'traits', i, 'name'], {
                    ruleId: 'release/snapshot-traits', severity: 'error',
                    message: `spec.traits[${i}]: Duplicate value: "${key}"`, hint: 'Each trait appears once in the snapshot.',
                }));
            }
            else
                snapshots.set(key, trait);
        });
        const profile = (0,reference_lookup/* rec */.D9)(spec.componentProfile);
        const typeSchema = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(spec.componentType)?.spec)?.parameters)?.openAPIV3Schema);
        if (typeSchema) {
            (0,parameter_findings/* valueFindings */.a)(positions, release, schemas.check(typeSchema, profile?.parameters, { defaults: false }), {
                base: ['spec', 'componentProfile', 'parameters'], schemaOwner: 'snapshot ComponentType parameters', severity: 'error', reportRequired: true, reportIgnored: false,
            }, out);
        }
        const instances = new Set();
        (0,reference_lookup/* list */.p_)(profile?.traits).forEach((t, i) => {
            const ref = (0,reference_lookup/* rec */.D9)(t);
            const name = (0,reference_lookup/* str */.gx)(ref?.name);
            if (!ref || !name)
                return;
            const kind = (0,reference_lookup/* str */.gx)(ref.kind) ?? 'Trait';
            const instance = (0,reference_lookup/* str */.gx)(ref.instanceName);
            if (instance && instances.has(instance)) {
                out.push((0,finding_at/* findingAt */.d)(positions, release.doc, ['spec', 'componentProfile', 'traits', i, 'instanceName'], {
                    ruleId: 'release/snapshot-traits', severity: 'error',
                    message: `spec.componentProfile.traits[${i}].instanceName: Duplicate value: "${instance}"`, hint: '',
                }));
            }
            if (instance)
                instances.add(instance);
            const snapshot = snapshots.get(`${kind}:${name}`);
            if (!snapshot) {
                out.push((0,finding_at/* findingAt */.d)(positions, release.doc, ['spec', 'componentProfile', 'traits', i, 'name'], {
                    ruleId: 'release/snapshot-traits', severity: 'error',
                    message: `trait '${name}' (kind ${kind}) referenced in componentProfile but not found in traits snapshot`,
                    hint: 'Cut a new release that includes the trait spec in spec.traits.',
                }));
                return;
            }
            const schema = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(snapshot.spec)?.parameters)?.openAPIV3Schema);
            if (schema) {
                (0,parameter_findings/* valueFindings */.a)(positions, release, schemas.check(schema, ref.parameters, { defaults: false }), {
                    base: ['spec', 'componentProfile', 'traits', i, 'parameters'], schemaOwner: `snapshot ${kind} "${name}" parameters`,
                    severity: 'error', reportRequired: true, reportIgnored: false,
                }, out);
            }
        });
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/core/rules/template-refs.js + 1 modules
var template_refs = __webpack_require__(5546);
;// CONCATENATED MODULE: ./build/src/core/rules/workload-refs.js



const workloadRefRules = [
    { id: 'reference/workload-component', title: 'Workload owner component exists', description: 'A Workload is found by `owner.projectName/componentName`; one whose owner matches no Component is never used.' },
    { id: 'reference/multiple-workloads', title: 'One Workload per component', description: 'The Component controller stops with "Multiple Workloads found for component" when two Workloads share an owner.' },
    { id: 'reference/component-without-workload', title: 'Component has a Workload', description: 'A Component without a Workload (and without a build workflow that would generate one) waits forever: nothing deploys.' },
    { id: 'reference/secret-reference', title: 'SecretReference exists', description: '`valueFrom.secretKeyRef.name` must name a SecretReference in the same namespace (render: Failed to collect SecretReferences).' },
    { id: 'reference/secret-key', title: 'Secret key is declared', description: '`valueFrom.secretKeyRef.key` must be one of the SecretReference\'s `spec.data[].secretKey`.' },
];
function ownerKey(ns, project, component) {
    return `${ns}/${project}/${component}`;
}
function checkWorkloadRefs(index, positions) {
    const out = [];
    const byOwner = new Map();
    for (const workload of index.ofKind('Workload')) {
        const owner = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(workload.object.spec)?.owner);
        const project = (0,reference_lookup/* str */.gx)(owner?.projectName);
        const component = (0,reference_lookup/* str */.gx)(owner?.componentName);
        if (!project || !component)
            continue;
        const key = ownerKey(index.namespaceOf(workload), project, component);
        const group = byOwner.get(key);
        if (group)
            group.push(workload);
        else
            byOwner.set(key, [workload]);
    }
    for (const workload of (0,reference_lookup/* ownOfKind */.Sq)(index, 'Workload')) {
        checkSecretKeyRefs(index, positions, workload, ['spec', 'container'], out);
        const owner = (0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(workload.object.spec)?.owner);
        const project = (0,reference_lookup/* str */.gx)(owner?.projectName);
        const componentName = (0,reference_lookup/* str */.gx)(owner?.componentName);
        if (!project || !componentName)
            continue;
        const ns = index.namespaceOf(workload);
        const component = index.find('Component', ns, componentName);
        const componentProject = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)((0,reference_lookup/* rec */.D9)(component?.object.spec)?.owner)?.projectName);
        if (!component) {
            out.push((0,finding_at/* findingAt */.d)(positions, workload.doc, ['spec', 'owner', 'componentName'], {
                ruleId: 'reference/workload-component', severity: 'warning',
                message: `Component "${componentName}" not found in namespace "${ns}": this Workload is never used`,
                hint: 'Fix owner.componentName, or add the Component.',
            }));
        }
        else if (componentProject && componentProject !== project) {
            out.push((0,finding_at/* findingAt */.d)(positions, workload.doc, ['spec', 'owner', 'projectName'], {
                ruleId: 'reference/workload-component', severity: 'warning',
                message: `Component "${componentName}" belongs to project "${componentProject}", not "${project}": the Component will not find this Workload`,
                hint: `Set owner.projectName: ${componentProject}.`,
            }));
        }
        // Copies of the same object (same name) are reported as duplicates, not as a second Workload.
        const others = (byOwner.get(ownerKey(ns, project, componentName)) ?? [])
            .filter((w) => w.name !== workload.name)
            .map((w) => `${w.name} (${w.doc.file})`);
        if (others.length > 0 && component) {
            out.push((0,finding_at/* findingAt */.d)(positions, workload.doc, ['spec', 'owner'], {
                ruleId: 'reference/multiple-workloads', severity: 'error',
                message: `Multiple Workloads found for component "${componentName}": also ${others.join(', ')}`,
                hint: 'Keep exactly one Workload per component.',
            }));
        }
    }
    for (const component of (0,reference_lookup/* ownOfKind */.Sq)(index, 'Component')) {
        const spec = (0,reference_lookup/* rec */.D9)(component.object.spec);
        const project = (0,reference_lookup/* str */.gx)((0,reference_lookup/* rec */.D9)(spec?.owner)?.projectName);
        if (!spec || !project || (0,reference_lookup/* rec */.D9)(spec.workflow))
            continue;
        if (byOwner.has(ownerKey(index.namespaceOf(component), project, component.name)))
            continue;
        out.push((0,finding_at/* findingAt */.d)(positions, component.doc, ['metadata', 'name'], {
            ruleId: 'reference/component-without-workload', severity: 'warning',
            message: `Component "${component.name}" has no Workload (owner ${project}/${component.name}) and no build workflow to create one: nothing deploys`,
            hint: 'Add a Workload with spec.owner {projectName, componentName} naming this component.',
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/rules/cross-resource.js













/**
 * Every rule that looks across resources, in the order they run. Each only judges the repository's own
 * resources (context resources resolve references and are never reported).
 */
const crossResourceRules = [
    checkDuplicates,
    component_refs/* checkComponentRefs */._U,
    checkWorkloadRefs,
    checkBindingRefs,
    checkPipelines,
    checkPlatformRefs,
    checkOwnerRefs,
    parameters/* checkParameterSchemas */.Kv,
    parameters/* checkComponentParameters */.KZ,
    checkBindingParameters,
    checkReleaseSnapshots,
    template_refs/* checkTemplateRefs */.hd,
    checkKustomizePaths,
    checkFluxRefs,
];
const crossResourceRuleInfo = [
    ...duplicateRules,
    ...component_refs/* componentRefRules */.M7,
    ...workloadRefRules,
    ...bindingRefRules,
    ...pipelineRules,
    ...platformRefRules,
    ...ownerRefRules,
    ...parameters/* parameterRules */.FH,
    ...releaseSnapshotRules,
    ...template_refs/* templateRefRules */.zu,
    ...kustomizeRules,
    ...fluxRules,
];
/** Runs every cross-resource rule. */
function runCrossResourceRules(index, positions) {
    return crossResourceRules.flatMap((rule) => rule(index, positions));
}

// EXTERNAL MODULE: ./build/src/core/schema-check.js + 2 modules
var schema_check = __webpack_require__(6638);
// EXTERNAL MODULE: ./build/src/core/transport.js
var transport = __webpack_require__(3856);
// EXTERNAL MODULE: ./build/src/core/validate.js + 1 modules
var validate = __webpack_require__(7731);
;// CONCATENATED MODULE: ./build/src/core/validate-rules.js
/** Rules of the foundation: files, YAML, kinds, CRD schema, metadata, config. */
const validateRuleInfo = [
    { id: 'file/binary', title: 'Binary file with a YAML name', description: 'A file named .yaml/.yml holds NUL bytes; Flux and kustomize cannot read it as YAML.' },
    { id: 'file/encoding', title: 'File is not UTF-8', description: 'Kubernetes tooling reads YAML as UTF-8; a file with invalid byte sequences fails to decode.' },
    { id: 'file/too-large', title: 'File over the size limit', description: 'Very large YAML files are not read; they are usually generated data that does not belong in the repository.' },
    { id: 'file/symlink-outside', title: 'Symbolic link leaves the repository', description: 'A link that points outside the checkout (or nowhere) is not followed; Flux sees only what the repository holds.' },
    { id: 'yaml/syntax', title: 'YAML syntax error', description: 'The document cannot be parsed, so kustomize fails the whole Kustomization that includes it.' },
    { id: 'yaml/duplicate-key', title: 'Duplicate mapping key', description: 'A key appears twice in one mapping; the Kubernetes YAML decoder rejects the document.' },
    { id: 'yaml/tab-indentation', title: 'Tab used for indentation', description: 'YAML forbids tabs in indentation; the document cannot be parsed.' },
    { id: 'yaml/alias-expansion', title: 'Alias expansion bomb', description: 'Nested aliases expand to an enormous document ("billion laughs"); it was not judged.' },
    { id: 'yaml/empty-document', title: 'Empty YAML document', description: 'Two document separators with nothing between them; harmless but usually a leftover.' },
    { id: 'yaml/not-a-mapping', title: 'Document is not a mapping', description: 'A Kubernetes manifest is a mapping with apiVersion and kind; a list or scalar document cannot be applied.' },
    { id: 'kind/unknown', title: 'Unknown OpenChoreo kind', description: 'No openchoreo.dev CRD defines this kind, so the API server rejects the object.' },
    { id: 'kind/not-in-release', title: 'Kind not served by this OpenChoreo release', description: 'The kind exists in another OpenChoreo release but not in the one the repository targets.' },
    { id: 'kind/api-version', title: 'apiVersion not served', description: 'The CRD does not serve this version of the openchoreo.dev group.' },
    { id: 'schema/required', title: 'Required field missing', description: 'The CRD schema requires this field; the API server rejects the object without it.' },
    { id: 'schema/unknown-field', title: 'Field not declared in the schema', description: 'Flux applies with server-side apply, which rejects fields the CRD schema does not declare.' },
    { id: 'schema/type', title: 'Wrong value type', description: 'The value does not have the type the CRD schema declares (e.g. an unquoted number where a string is expected).' },
    { id: 'schema/enum', title: 'Unsupported value', description: 'The value is not one of the values the CRD schema allows.' },
    { id: 'schema/pattern', title: 'Value does not match the pattern', description: 'The value does not match the regular expression the CRD schema requires.' },
    { id: 'schema/range', title: 'Value out of range', description: 'A length, item count or number is outside the bounds the CRD schema sets.' },
    { id: 'schema/duplicate', title: 'Duplicate list item', description: 'A list the CRD declares as a set or keyed map holds the same item or key twice.' },
    { id: 'schema/invalid', title: 'Invalid value', description: 'The value violates the CRD schema.' },
    { id: 'metadata/name', title: 'Invalid or missing metadata.name', description: 'Every object needs a name that is a lowercase RFC 1123 subdomain of at most 253 characters.' },
    { id: 'metadata/namespace', title: 'Invalid metadata.namespace', description: 'A namespace must be an RFC 1123 label; cluster-scoped kinds ignore it.' },
    { id: 'metadata/labels', title: 'Invalid label', description: 'Label keys must be qualified names and values at most 63 characters of a restricted alphabet.' },
    { id: 'metadata/annotations', title: 'Invalid annotation', description: 'Annotation keys must be qualified names, values strings, and the total under 256 KiB.' },
    { id: 'metadata/invalid', title: 'Invalid metadata', description: 'metadata.labels and metadata.annotations must be maps of strings.' },
    { id: 'config/invalid', title: 'Invalid .openchoreo-gitops.yaml', description: 'The repository configuration file has an unknown key or a value of the wrong shape.' },
    { id: 'release/mixed', title: 'Manifests of different OpenChoreo releases', description: 'The repository mixes pre-1.0 and 1.x shapes; one of them cannot apply to the cluster.' },
];

// EXTERNAL MODULE: ./build/src/shell/git.js
var shell_git = __webpack_require__(6684);
// EXTERNAL MODULE: ./build/src/shell/git-diff.js
var git_diff = __webpack_require__(4478);
// EXTERNAL MODULE: ./build/src/shell/read-base.js
var read_base = __webpack_require__(3210);
// EXTERNAL MODULE: ./build/src/shell/read-repo.js + 1 modules
var read_repo = __webpack_require__(1468);
// EXTERNAL MODULE: ./build/src/shell/validate-parts.js
var validate_parts = __webpack_require__(7819);
;// CONCATENATED MODULE: ./build/src/commands/validate.js



























const VALIDATE_RULES = [...validateRuleInfo, ...cel_rules/* celRuleInfo */.Fy, ...immutabilityRuleInfo, ...crossResourceRuleInfo];
/** Below this many files per thread, a worker thread costs more than it saves. */
const FILES_PER_THREAD = 400;
const MAX_THREADS = 4;
/** Reads `.openchoreo-gitops.yaml` when present. */
async function loadConfig(root) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(root, config/* CONFIG_FILE */.g2), 'utf8');
    }
    catch {
        return { config: config/* EMPTY_CONFIG */.$v, findings: [] };
    }
    return (0,config/* parseConfig */.o4)(text);
}
/** Splits paths into n shares, keeping each share in path order. */
function shares(paths, n) {
    const out = Array.from({ length: n }, () => []);
    paths.forEach((p, i) => out[Math.floor((i * n) / paths.length)].push(p));
    return out;
}
/**
 * Worker threads, one per core beyond this one (this thread takes a share too, so the work needs no transfer
 * for it), started before the files are listed so that loading the bundle overlaps the walk; given up
 * (terminated) when the repository turns out small.
 */
function startWorkers(script) {
    const count = script ? Math.min((0,external_node_os_.availableParallelism)(), MAX_THREADS) - 1 : 0;
    return Array.from({ length: Math.max(0, count) }, () => (0,validate_parts.workerPart)(script));
}
/**
 * Gives each part its share of the files and loads them. Workers come first in the list, so their requests
 * are posted before this thread starts on its own (synchronous) share.
 */
async function loadParts(workers, root, paths, objectFormat) {
    let parts = [...workers, (0,validate_parts.localPart)()];
    if (paths.length < FILES_PER_THREAD * 2 || workers.length === 0) {
        for (const w of workers)
            w.close();
        parts = [(0,validate_parts.localPart)()];
    }
    const split = shares(paths, parts.length);
    const loads = await Promise.all(parts.map((p, i) => p.load({ root, paths: split[i], maxBytes: read_repo/* DEFAULT_MAX_BYTES */.fS, objectFormat })));
    return { parts, loads };
}
/** Resources (CRD defaults applied) and manifests of read-only context repositories; their findings are not reported. */
async function loadContext(dirs, release) {
    const resources = [];
    const manifests = [];
    for (const dir of dirs) {
        const { config } = await loadConfig(dir);
        const read = await (0,read_repo/* readRepository */.Nu)(dir, { include: read_repo/* isYamlPath */.xu, ignore: config.ignore });
        const loaded = (0,load_stage/* loadFiles */.a)(read.files);
        for (const r of loaded.resources)
            if (release.crds[r.kind])
                (0,schema_check/* checkSchema */._)(r.object, r.kind, release);
        resources.push(...loaded.resources);
        manifests.push(...loaded.manifests);
    }
    return { resources, manifests };
}
/** Cross-resource rules over judged resources (and context), returned with the per-resource findings. */
function crossCheck(release, judged, around, filePaths, positions) {
    const sources = [...judged.manifests, ...around.manifests].filter(isGitRepository);
    const repositoryOf = sourceRepositoryOf(around.repositoryUrls, sources);
    const index = buildRepoIndex({
        release,
        resources: judged.resources,
        context: around.resources,
        manifests: judged.manifests,
        forcedNamespace: computeForcedNamespaces(judged.manifests, filePaths, { readsOtherRepository: (k) => repositoryOf(k) === 'other' }),
        filePaths,
        contextManifests: around.manifests,
        repositoryUrls: around.repositoryUrls,
    });
    return { index, findings: runCrossResourceRules(index, positions) };
}
/** The same validation on a set of files held in memory (the PR base), for the `changed` scope. */
function validateInMemory(files, release, around) {
    const loaded = (0,load_stage/* loadFiles */.a)(files);
    const positions = new position/* PositionIndex */.u();
    const findings = [...loaded.findings, ...(0,validate/* checkResources */.E)(loaded.resources, release, positions)];
    const judged = { findings, resources: loaded.resources, manifests: loaded.manifests };
    return [...findings, ...crossCheck(release, judged, around, files.map((f) => f.path), positions).findings];
}
/** The validate job: every OpenChoreo manifest of the repository judged as the API server and controllers would. */
async function runValidate(options) {
    const started = performance.now();
    const { root } = options;
    let parts = startWorkers(options.workerScript);
    try {
        const { config, findings: configFindings } = await loadConfig(root);
        const ignore = [...config.ignore, ...(options.ignore ?? [])];
        const git = shell_git/* Git */.TU.at(root);
        const inGit = await git.isRepository();
        const wantsBase = options.base !== undefined || options.scope === 'changed';
        // Blob ids of the files are only needed to skip unchanged files at the base.
        const objectFormat = wantsBase ? (inGit ? await git.objectFormat() : 'sha1') : undefined;
        const listing = (0,read_repo/* listRepository */.j3)(root, { include: read_repo/* isYamlPath */.xu, ignore });
        const loaded = await loadParts(parts, root, listing.paths, objectFormat);
        parts = loaded.parts;
        const loads = loaded.loads;
        const requested = options.openchoreoVersion && options.openchoreoVersion !== 'auto' ? options.openchoreoVersion : (config.openchoreoVersion ?? 'auto');
        const choice = (0,release_detect/* chooseRelease */.bX)((0,release_detect/* mergeMarkers */.WP)(loads.map((l) => l.markers)), requested);
        const release = await (0,releases/* loadValidators */.As)(choice.release);
        // The PR base: only files whose blob changed are read, so transition rules cost little on a typical PR.
        const baseRev = wantsBase ? await (0,read_base/* resolveBaseRevision */.V5)(root, options.base) : undefined;
        if (options.scope === 'changed' && !baseRev)
            throw new Error('scope "changed" needs a base revision; pass --base (or base-ref) or fetch the default branch.');
        const headBlobs = new Map(loads.flatMap((l) => l.blobs));
        const changedBase = baseRev ? (0,load_stage/* loadFiles */.a)(await (0,read_base/* readBaseFiles */.bU)(root, baseRev, headBlobs, { include: read_repo/* isYamlPath */.xu })) : undefined;
        const baseObjects = [];
        for (const r of changedBase?.resources ?? []) {
            if (release.crds[r.kind])
                (0,schema_check/* checkSchema */._)(r.object, r.kind, release);
            baseObjects.push([(0,validate/* baseKey */.H)(r), r.object]);
        }
        const checks = await Promise.all(parts.map((p) => p.check(release.tag, baseObjects)));
        const judged = {
            findings: checks.flatMap((c) => c.findings),
            resources: checks.flatMap((c) => c.resources),
            manifests: checks.flatMap((c) => c.manifests),
        };
        const around = { ...(await loadContext(options.context ?? [], release)), repositoryUrls: await (0,shell_git/* repositoryUrls */.fO)(git, inGit) };
        const positions = new position/* PositionIndex */.u();
        const cross = crossCheck(release, judged, around, listing.paths, positions);
        let findings = [...configFindings, ...listing.findings, ...loads.flatMap((l) => l.findings), ...judged.findings, ...cross.findings];
        if (choice.mixed) {
            findings.push({
                ruleId: 'release/mixed', severity: 'warning', file: choice.mixed.file, line: choice.mixed.line, column: 1,
                message: `${choice.mixed.message} Validating against ${release.tag}.`,
                hint: 'Migrate the pre-1.0 manifests to the 1.x shapes, or set openchoreo-version to the release the cluster runs.',
            });
        }
        if (changedBase) {
            const { pairs } = matchBase(judged.resources, changedBase.resources, { headNamespace: cross.index.namespaceOf, isClusterScoped: cross.index.isClusterScoped });
            const fullPairs = pairs.map((p) => ({ ...p, head: (0,transport/* isSlimmed */.y)(p.head) ? reloadFull(root, p.head, release) : p.head }));
            findings.push(...checkImmutability({ pairs: fullPairs, release, positions, skipFor: (r) => (0,skip/* skipAroundErrors */.A)(errorPathsOf(r, release)) }));
        }
        if (options.scope === 'changed' && baseRev) {
            const prefix = inGit ? await git.prefix() : '';
            const changed = (await (0,git_diff/* changedFiles */.Y_)(root, baseRev)).map((f) => f.path).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
            const allBase = await (0,read_base/* readBaseFiles */.bU)(root, baseRev, undefined, { include: read_repo/* isYamlPath */.xu });
            findings = filterToChangedScope({ head: findings, changedFiles: changed, base: validateInMemory(allBase, release, around) });
        }
        return {
            findings,
            facts: {
                command: 'validate',
                release: { tag: release.tag, detected: choice.detected, evidence: choice.evidence },
                files: listing.paths.length,
                documents: loads.reduce((n, l) => n + l.documents, 0),
                resources: judged.resources.length,
                kinds: (0,resource/* countKinds */.xb)(judged.resources),
                durationMs: Math.round(performance.now() - started),
                extra: baseRev ? { base: baseRev, scope: options.scope ?? 'all' } : undefined,
            },
            rules: VALIDATE_RULES,
        };
    }
    finally {
        for (const p of parts)
            p.close();
    }
}
/** The full object of a resource that travelled slimmed from a worker: its document parsed again, defaults applied. */
function reloadFull(root, resource, release) {
    const doc = (0,load_stage/* loadFiles */.a)((0,read_repo/* readSources */.tW)(root, [resource.doc.file]).files).documents[resource.doc.index];
    if (!doc || doc.value === null || typeof doc.value !== 'object')
        return resource;
    const object = doc.value;
    if (release.crds[resource.kind])
        (0,schema_check/* checkSchema */._)(object, resource.kind, release);
    return { ...resource, object };
}
/** Schema error paths of a head resource, recomputed for the few resources paired with the base. */
function errorPathsOf(resource, release) {
    if (!release.crds[resource.kind])
        return [];
    return (0,schema_check/* checkSchema */._)(structuredClone(resource.object), resource.kind, release).errorPaths;
}


/***/ }),

/***/ 5167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   o4: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var _finding_at_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3520);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1874);
/* harmony import */ var _position_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3866);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9711);




const CONFIG_FILE = '.openchoreo-gitops.yaml';
const KNOWN_KEYS = ['ignore', 'openchoreo-version', 'policy'];
const EMPTY_CONFIG = { ignore: [], openchoreoVersion: undefined, policy: undefined, file: '' };
/** Parses the config file's text; problems become findings and the bad parts are ignored. */
function parseConfig(text, file = CONFIG_FILE) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .B)({ path: file, text });
    const findings = [...parsed.findings];
    const config = { ...EMPTY_CONFIG, ignore: [], file };
    const doc = parsed.documents[0];
    if (!doc)
        return { config, findings };
    const positions = new _position_js__WEBPACK_IMPORTED_MODULE_1__/* .PositionIndex */ .u();
    const bad = (path, message, hint) => findings.push((0,_finding_at_js__WEBPACK_IMPORTED_MODULE_3__/* .findingAt */ .d)(positions, doc, path, { ruleId: 'config/invalid', severity: 'error', message, hint }));
    const value = doc.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        bad([], `${file} must be a mapping.`, `Write keys such as \`ignore:\` and \`openchoreo-version:\`.`);
        return { config, findings };
    }
    const v = value;
    for (const key of Object.keys(v)) {
        if (!KNOWN_KEYS.includes(key))
            bad([key], `Unknown key "${key}" in ${file}.`, `Known keys: ${KNOWN_KEYS.join(', ')}.`);
    }
    if (v.ignore !== undefined) {
        if (Array.isArray(v.ignore) && v.ignore.every((p) => typeof p === 'string'))
            config.ignore = v.ignore;
        else
            bad(['ignore'], '`ignore` must be a list of path globs.', 'Example: `ignore: ["charts/**", "**/*.tmpl.yaml"]`.');
    }
    const version = v['openchoreo-version'];
    if (version !== undefined) {
        // `1.0` in YAML is the number 1: read it back as the release it names.
        const s = typeof version === 'number' && Number.isInteger(version) ? `${version}.0` : String(version);
        if (_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_CHOICES */ .pY.includes(s))
            config.openchoreoVersion = s;
        else
            bad(['openchoreo-version'], `Unsupported openchoreo-version "${s}".`, `Use one of: ${_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_CHOICES */ .pY.join(', ')}.`);
    }
    config.policy = v.policy;
    return { config, findings };
}


/***/ }),

/***/ 4478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ readAtRevision),
/* harmony export */   MA: () => (/* binding */ changedLines),
/* harmony export */   Y_: () => (/* binding */ changedFiles)
/* harmony export */ });
/* unused harmony export parseUnifiedZero */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/**
 * What a pull request changes, from git: changed files, changed (added) lines, and files as they were at
 * the base. Every call is `git` with an argument array (execFile, no shell), so paths and refs from
 * untrusted pull requests are never interpreted by a shell.
 */

const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
function git(root, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, env: ENV, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(`git ${args[0]} failed: ${String(stderr || error.message).trim().split('\n')[0]}`));
            else
                resolve(stdout);
        });
    });
}
/** The range `base...HEAD` (changes on HEAD since it left base). Refuses refs that look like options. */
function range(base) {
    if (base.startsWith('-'))
        throw new Error(`invalid base ref ${JSON.stringify(base)}`);
    return `${base}...HEAD`;
}
/** Files changed between the merge base of `base` and HEAD. */
async function changedFiles(root, base) {
    const out = await git(root, ['diff', '--name-status', '--no-renames', '-z', '--no-ext-diff', range(base), '--']);
    const parts = out.split('\0').filter((p) => p !== '');
    const files = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const status = parts[i][0];
        files.push({ path: parts[i + 1], status: status === 'A' || status === 'D' || status === 'T' ? status : 'M' });
    }
    return files;
}
/** Lines added or changed in each file (1-based line numbers at HEAD), from `git diff --unified=0`. */
async function changedLines(root, base) {
    const out = await git(root, ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', range(base), '--']);
    return parseUnifiedZero(out);
}
/** Parses `git diff --unified=0` output into added line numbers per new path. */
function parseUnifiedZero(diff) {
    const lines = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            // git ends the name with a tab when it contains a space.
            const target = line.slice(4).replace(/\t$/, '');
            if (target === '/dev/null')
                current = undefined;
            else {
                const path = unquote(target).replace(/^b\//, '');
                current = lines.get(path) ?? new Set();
                lines.set(path, current);
            }
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let n = start; n < start + count; n++)
                current.add(n);
        }
    }
    return lines;
}
/** git quotes paths with unusual bytes as C strings ("b/caf\303\251.yaml"). */
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    const bytes = [];
    const body = path.slice(1, -1);
    const simple = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
    for (let i = 0; i < body.length; i++) {
        if (body[i] !== '\\') {
            bytes.push(...Buffer.from(body[i], 'utf8'));
            continue;
        }
        const next = body[++i];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push(simple[next] ?? next.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** A file's text at a revision, or undefined when it does not exist there. */
async function readAtRevision(root, revision, path) {
    if (revision.startsWith('-'))
        throw new Error(`invalid revision ${JSON.stringify(revision)}`);
    try {
        return await git(root, ['show', `${revision}:${path}`]);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
