export const id = 730;
export const ids = [730,167,866];
export const modules = {

/***/ 7730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidate: () => (/* binding */ runValidate)
});

// UNUSED EXPORTS: VALIDATE_RULES, loadConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

;// CONCATENATED MODULE: ./build/src/core/cel/skip.js
const keyOf = (path, length = path.length) => {
    let key = '';
    for (let i = 0; i < length; i++)
        key += `${typeof path[i]}:${String(path[i])}\u0000`;
    return key;
};
/**
 * A `skip` for evaluateRules: skips a node's rules when a schema error lies at the node, inside it (the rule
 * would see a broken value) or above it (the node's value is not what the schema describes).
 */
function skipAroundErrors(errorPaths) {
    if (errorPaths.length === 0)
        return undefined;
    const errors = new Set();
    const containsError = new Set();
    for (const p of errorPaths) {
        errors.add(keyOf(p));
        for (let n = 0; n <= p.length; n++)
            containsError.add(keyOf(p, n));
    }
    return (path) => {
        if (containsError.has(keyOf(path)))
            return true;
        for (let n = 0; n < path.length; n++)
            if (errors.has(keyOf(path, n)))
                return true;
        return false;
    };
}

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
// EXTERNAL MODULE: ./build/src/core/documents.js
var documents = __webpack_require__(7687);
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

// EXTERNAL MODULE: ./build/src/core/position.js
var position = __webpack_require__(3866);
;// CONCATENATED MODULE: ./build/schemas/crds/v0.12.0.js
// Generated by scripts/generate-schemas.mjs from the OpenChoreo v0.12.0 CRDs (Apache-2.0). Do not edit.
const crds = {"Build":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"builds","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object"},"repository":{"properties":{"appPath":{"type":"string"},"revision":{"properties":{"branch":{"type":"string"},"commit":{"type":"string"}},"type":"object"},"url":{"type":"string"}},"required":["appPath","revision","url"],"type":"object"},"templateRef":{"properties":{"engine":{"type":"string"},"name":{"type":"string"},"parameters":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object"},"type":"array"}},"required":["name"],"type":"object"}},"required":["owner","repository","templateRef"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"imageStatus":{"properties":{"image":{"type":"string"}},"required":["image"],"type":"object"}},"type":"object"}},"type":"object"}},"BuildPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"buildplanes","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observabilityPlaneRef":{"type":"string"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Component":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"components","shortNames":["comp","comps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"autoBuild":{"type":"boolean"},"autoDeploy":{"type":"boolean"},"componentType":{"pattern":"^(deployment|statefulset|cronjob|job|proxy)/[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string","x-kubernetes-validations":[{"message":"spec.componentType cannot be changed after creation","rule":"self == oldSelf"}]},"owner":{"properties":{"projectName":{"minLength":1,"type":"string"}},"required":["projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"traits":{"items":{"properties":{"instanceName":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"type":{"type":"string"},"workflow":{"properties":{"name":{"minLength":1,"type":"string"},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"systemParameters":{"properties":{"repository":{"properties":{"appPath":{"minLength":1,"type":"string"},"revision":{"properties":{"branch":{"minLength":1,"type":"string"},"commit":{"pattern":"^[0-9a-fA-F]{7,40}$","type":"string"}},"required":["branch"],"type":"object"},"url":{"pattern":"^https?://","type":"string"}},"required":["appPath","revision","url"],"type":"object"}},"required":["repository"],"type":"object"}},"required":["name","systemParameters"],"type":"object"}},"required":["owner"],"type":"object","x-kubernetes-validations":[{"message":"Component must have either spec.type or spec.componentType set","rule":"has(self.type) || has(self.componentType)"}]},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"latestRelease":{"properties":{"name":{"minLength":1,"type":"string"},"releaseHash":{"minLength":1,"type":"string"}},"required":["name","releaseHash"],"type":"object"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ComponentRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componentreleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"componentProfile":{"properties":{"parameters":{"x-kubernetes-preserve-unknown-fields":true},"traits":{"items":{"properties":{"instanceName":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"}},"type":"object","x-kubernetes-validations":[{"message":"spec.componentProfile is immutable","rule":"self == oldSelf"}]},"componentType":{"properties":{"allowedWorkflows":{"items":{"type":"string"},"type":"array"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"schema":{"properties":{"envOverrides":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"types":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"spec.componentType is immutable","rule":"self == oldSelf"},{"message":"resources must contain a primary resource with id matching workloadType","rule":"self.resources.exists(r, r.id == self.workloadType)"}]},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"traits":{"additionalProperties":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"schema":{"properties":{"envOverrides":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"types":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"}},"type":"object"},"type":"object","x-kubernetes-validations":[{"message":"spec.traits is immutable","rule":"self == oldSelf"}]},"workload":{"properties":{"connections":{"additionalProperties":{"properties":{"inject":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object"},"type":"array"}},"required":["env"],"type":"object"},"params":{"additionalProperties":{"type":"string"},"type":"object"},"type":{"enum":["api"],"type":"string"}},"required":["inject","type"],"type":"object"},"type":"object"},"containers":{"additionalProperties":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"configurationGroupRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"},"secretRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object"},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"configurationGroupRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"},"secretRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"array"},"image":{"minLength":1,"type":"string"}},"required":["image"],"type":"object"},"type":"object"},"endpoints":{"additionalProperties":{"properties":{"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"schema":{"properties":{"content":{"type":"string"},"type":{"type":"string"}},"type":"object"},"type":{"enum":["HTTP","REST","gRPC","GraphQL","Websocket","TCP","UDP"],"type":"string"}},"required":["port","type"],"type":"object"},"type":"object"}},"type":"object","x-kubernetes-validations":[{"message":"spec.workload is immutable","rule":"self == oldSelf"}]}},"required":["componentProfile","componentType","owner","workload"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"ComponentType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componenttypes","shortNames":["ct","cts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"allowedWorkflows":{"items":{"type":"string"},"type":"array"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"schema":{"properties":{"envOverrides":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"types":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType","rule":"self.resources.exists(r, r.id == self.workloadType)"}]},"status":{"type":"object"}},"type":"object"}},"ComponentWorkflow":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componentworkflows","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"type":"array"},"runTemplate":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"schema":{"properties":{"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"systemParameters":{"properties":{"repository":{"properties":{"appPath":{"minLength":1,"pattern":"^string(\\s*\\|.*)?$","type":"string"},"revision":{"properties":{"branch":{"minLength":1,"pattern":"^string(\\s*\\|.*)?$","type":"string"},"commit":{"minLength":1,"pattern":"^string(\\s*\\|.*)?$","type":"string"}},"required":["branch","commit"],"type":"object"},"url":{"minLength":6,"pattern":"^string(\\s*\\|.*)?$","type":"string"}},"required":["appPath","revision","url"],"type":"object"}},"required":["repository"],"type":"object"},"types":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["systemParameters"],"type":"object"}},"required":["runTemplate","schema"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"}},"type":"object"}},"required":["spec"],"type":"object"}},"ComponentWorkflowRun":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componentworkflowruns","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object"},"workflow":{"properties":{"name":{"minLength":1,"type":"string"},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"systemParameters":{"properties":{"repository":{"properties":{"appPath":{"minLength":1,"type":"string"},"revision":{"properties":{"branch":{"minLength":1,"type":"string"},"commit":{"pattern":"^[0-9a-fA-F]{7,40}$","type":"string"}},"required":["branch"],"type":"object"},"url":{"pattern":"^https?://","type":"string"}},"required":["appPath","revision","url"],"type":"object"}},"required":["repository"],"type":"object"}},"required":["name","systemParameters"],"type":"object"}},"required":["owner","workflow"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"imageStatus":{"properties":{"image":{"type":"string"}},"type":"object"},"resources":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"},"type":"array"},"runReference":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"}},"type":"object"}},"required":["spec"],"type":"object"}},"ConfigurationGroup":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"configurationgroups","shortNames":["configgrp"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"configurations":{"items":{"properties":{"key":{"type":"string"},"values":{"items":{"properties":{"environment":{"type":"string"},"environmentGroupRef":{"type":"string"},"value":{"type":"string"},"vaultKey":{"type":"string"}},"type":"object"},"type":"array"}},"required":["key","values"],"type":"object"},"type":"array"},"environmentGroups":{"items":{"properties":{"environments":{"items":{"type":"string"},"type":"array"},"name":{"type":"string"}},"required":["environments","name"],"type":"object"},"type":"array"},"scope":{"additionalProperties":{"type":"string"},"default":{},"type":"object"}},"required":["configurations"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"DataPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"dataplanes","shortNames":["dp","dps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"gateway":{"properties":{"organizationHTTPPort":{"default":19081,"format":"int32","type":"integer"},"organizationHTTPSPort":{"default":19444,"format":"int32","type":"integer"},"organizationVirtualHost":{"type":"string"},"publicHTTPPort":{"default":19080,"format":"int32","type":"integer"},"publicHTTPSPort":{"default":19443,"format":"int32","type":"integer"},"publicVirtualHost":{"type":"string"}},"required":["organizationVirtualHost","publicVirtualHost"],"type":"object"},"imagePullSecretRefs":{"items":{"type":"string"},"type":"array"},"observabilityPlaneRef":{"type":"string"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent","gateway"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"DeploymentPipeline":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"deploymentpipelines","shortNames":["deppipe","deppipes"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"promotionPaths":{"items":{"properties":{"sourceEnvironmentRef":{"type":"string"},"targetEnvironmentRefs":{"items":{"properties":{"isManualApprovalRequired":{"type":"boolean"},"name":{"type":"string"},"requiresApproval":{"type":"boolean"}},"required":["name"],"type":"object"},"type":"array"}},"required":["sourceEnvironmentRef","targetEnvironmentRefs"],"type":"object"},"type":"array"}},"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"DeploymentTrack":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"deploymenttracks","shortNames":["deptrack","deptracks"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"autoDeploy":{"type":"boolean"},"buildTemplateSpec":{"properties":{"branch":{"type":"string"},"buildConfiguration":{"properties":{"buildpack":{"properties":{"name":{"type":"string"},"version":{"type":"string"}},"required":["name"],"type":"object"},"docker":{"properties":{"context":{"type":"string"},"dockerfilePath":{"type":"string"}},"required":["context","dockerfilePath"],"type":"object"}},"type":"object"},"path":{"type":"string"}},"required":["branch","path"],"type":"object"}},"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Environment":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"environments","shortNames":["env","envs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"dataPlaneRef":{"type":"string"},"gateway":{"properties":{"dnsPrefix":{"type":"string"},"security":{"properties":{"remoteJwks":{"properties":{"uri":{"type":"string"}},"required":["uri"],"type":"object"}},"type":"object"}},"type":"object"},"isProduction":{"type":"boolean"}},"type":"object","x-kubernetes-validations":[{"message":"dataPlaneRef is immutable once set","rule":"!has(oldSelf.dataPlaneRef) || size(oldSelf.dataPlaneRef) == 0 || oldSelf.dataPlaneRef == self.dataPlaneRef"}]},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"GitCommitRequest":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"gitcommitrequests","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"authSecretRef":{"type":"string"},"author":{"properties":{"email":{"type":"string"},"name":{"type":"string"}},"type":"object"},"branch":{"type":"string"},"files":{"items":{"properties":{"content":{"type":"string"},"patch":{"type":"string"},"path":{"type":"string"}},"required":["path"],"type":"object"},"type":"array"},"message":{"type":"string"},"repoURL":{"type":"string"}},"required":["files","message","repoURL"],"type":"object"},"status":{"properties":{"message":{"type":"string"},"observedBranch":{"type":"string"},"observedSHA":{"type":"string"},"phase":{"type":"string"}},"type":"object"}},"type":"object"}},"ObservabilityAlertRule":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityalertrules","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"condition":{"properties":{"interval":{"type":"string"},"operator":{"enum":["gt","lt","gte","lte","eq"],"type":"string"},"threshold":{"format":"int64","type":"integer"},"window":{"type":"string"}},"required":["interval","operator","threshold","window"],"type":"object"},"enableAiRootCauseAnalysis":{"type":"boolean"},"enabled":{"type":"boolean"},"name":{"type":"string"},"notificationChannel":{"type":"string"},"severity":{"type":"string"},"source":{"properties":{"metric":{"type":"string"},"query":{"type":"string"},"type":{"enum":["log","metric"],"type":"string"}},"required":["type"],"type":"object"}},"required":["condition","name","notificationChannel","source"],"type":"object"},"status":{"properties":{"backendMonitorId":{"type":"string"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"lastReconcileTime":{"format":"date-time","type":"string"},"lastSyncTime":{"format":"date-time","type":"string"},"observedGeneration":{"format":"int64","type":"integer"},"phase":{"type":"string"}},"type":"object"}},"type":"object"}},"ObservabilityAlertsNotificationChannel":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityalertsnotificationchannels","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"emailConfig":{"properties":{"from":{"type":"string"},"smtp":{"properties":{"auth":{"properties":{"password":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"},"username":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["password","username"],"type":"object"},"host":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"tls":{"properties":{"insecureSkipVerify":{"default":false,"type":"boolean"}},"required":["insecureSkipVerify"],"type":"object"}},"required":["auth","host","port","tls"],"type":"object"},"template":{"properties":{"body":{"type":"string"},"subject":{"type":"string"}},"required":["body","subject"],"type":"object"},"to":{"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["from","smtp","template","to"],"type":"object"},"environment":{"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"isEnvDefault":{"default":false,"type":"boolean"},"type":{"enum":["email","webhook"],"type":"string"},"webhookConfig":{"properties":{"headers":{"additionalProperties":{"properties":{"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"object"},"payloadTemplate":{"type":"string"},"url":{"format":"uri","type":"string"}},"required":["url"],"type":"object"}},"required":["environment","type"],"type":"object","x-kubernetes-validations":[{"message":"emailConfig is required when type is email","rule":"self.type == 'email' ? has(self.emailConfig) : true"},{"message":"webhookConfig is required when type is webhook","rule":"self.type == 'webhook' ? has(self.webhookConfig) : true"}]},"status":{"type":"object"}},"type":"object"}},"ObservabilityPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityplanes","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observerURL":{"type":"string"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["clusterAgent","observerURL"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Organization":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"organizations","shortNames":["org","orgs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"namespace":{"type":"string"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Project":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"projects","shortNames":["proj","projs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"deploymentPipelineRef":{"type":"string"}},"required":["deploymentPipelineRef"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Release":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"releases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentName":{"minLength":1,"type":"string"},"interval":{"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$","type":"string"},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object"},"progressingInterval":{"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$","type":"string"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"object":{"x-kubernetes-preserve-unknown-fields":true}},"required":["id","object"],"type":"object"},"type":"array"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"}},"required":["environmentName","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"resources":{"items":{"properties":{"group":{"type":"string"},"healthStatus":{"type":"string"},"id":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"lastObservedTime":{"format":"date-time","type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"},"status":{"x-kubernetes-preserve-unknown-fields":true},"version":{"minLength":1,"type":"string"}},"required":["id","kind","name","version"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"ReleaseBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"releasebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"componentTypeEnvOverrides":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"environment":{"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"releaseName":{"type":"string"},"traitOverrides":{"additionalProperties":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"type":"object"},"workloadOverrides":{"properties":{"containers":{"additionalProperties":{"properties":{"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"configurationGroupRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"},"secretRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object"},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"configurationGroupRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"},"secretRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"array"}},"type":"object"},"type":"object"}},"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["environment","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"SecretReference":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"secretreferences","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"data":{"items":{"properties":{"remoteRef":{"properties":{"key":{"minLength":1,"type":"string"},"property":{"type":"string"},"version":{"type":"string"}},"required":["key"],"type":"object"},"secretKey":{"minLength":1,"type":"string"}},"required":["remoteRef","secretKey"],"type":"object"},"minItems":1,"type":"array"},"refreshInterval":{"default":"1h","type":"string"},"template":{"properties":{"metadata":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object"},"type":{"default":"Opaque","enum":["Opaque","kubernetes.io/dockerconfigjson","kubernetes.io/dockercfg","kubernetes.io/basic-auth","kubernetes.io/ssh-auth","kubernetes.io/tls","bootstrap.kubernetes.io/token"],"type":"string"}},"type":"object"}},"required":["data","template"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"lastRefreshTime":{"format":"date-time","type":"string"},"secretStores":{"items":{"properties":{"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind","name","namespace"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"Trait":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"traits","shortNames":["trait","traits"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"schema":{"properties":{"envOverrides":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"types":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"}},"type":"object"},"status":{"type":"object"}},"type":"object"}},"Workflow":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflows","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"type":"array"},"runTemplate":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"schema":{"properties":{"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"types":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["runTemplate"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"}},"type":"object"}},"required":["spec"],"type":"object"}},"WorkflowRun":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflowruns","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"workflow":{"properties":{"name":{"minLength":1,"type":"string"},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["name"],"type":"object"}},"required":["workflow"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"resources":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"},"type":"array"},"runReference":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"}},"type":"object"}},"required":["spec"],"type":"object"}},"Workload":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workloads","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"connections":{"additionalProperties":{"properties":{"inject":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object"},"type":"array"}},"required":["env"],"type":"object"},"params":{"additionalProperties":{"type":"string"},"type":"object"},"type":{"enum":["api"],"type":"string"}},"required":["inject","type"],"type":"object"},"type":"object"},"containers":{"additionalProperties":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"configurationGroupRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"},"secretRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object"},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"configurationGroupRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"},"secretRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"array"},"image":{"minLength":1,"type":"string"}},"required":["image"],"type":"object"},"type":"object"},"endpoints":{"additionalProperties":{"properties":{"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"schema":{"properties":{"content":{"type":"string"},"type":{"type":"string"}},"type":"object"},"type":{"enum":["HTTP","REST","gRPC","GraphQL","Websocket","TCP","UDP"],"type":"string"}},"required":["port","type"],"type":"object"},"type":"object"},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object"}},"required":["owner"],"type":"object"},"status":{"type":"object"}},"type":"object"}}};

;// CONCATENATED MODULE: ./build/schemas/crds/v1.0.5.js
// Generated by scripts/generate-schemas.mjs from the OpenChoreo v1.0.5 CRDs (Apache-2.0). Do not edit.
const v1_0_5_crds = {"AuthzRole":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"authzroles","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"actions":{"example":["component:create"],"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["actions"],"type":"object"}},"type":"object"}},"AuthzRoleBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"authzrolebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"effect":{"default":"allow","enum":["allow","deny"],"type":"string"},"entitlement":{"properties":{"claim":{"type":"string"},"value":{"type":"string"}},"required":["claim","value"],"type":"object"},"roleMappings":{"items":{"properties":{"roleRef":{"properties":{"kind":{"enum":["AuthzRole","ClusterAuthzRole"],"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"scope":{"properties":{"component":{"type":"string"},"project":{"type":"string"}},"type":"object"}},"required":["roleRef"],"type":"object","x-kubernetes-validations":[{"message":"scope.component requires scope.project","rule":"!has(self.scope) || !has(self.scope.component) || has(self.scope.project)"}]},"minItems":1,"type":"array"}},"required":["entitlement","roleMappings"],"type":"object"}},"type":"object"}},"ClusterAuthzRole":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterauthzroles","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"actions":{"example":["component:create"],"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["actions"],"type":"object"}},"type":"object"}},"ClusterAuthzRoleBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterauthzrolebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"effect":{"default":"allow","enum":["allow","deny"],"type":"string"},"entitlement":{"properties":{"claim":{"type":"string"},"value":{"type":"string"}},"required":["claim","value"],"type":"object"},"roleMappings":{"items":{"properties":{"roleRef":{"properties":{"kind":{"enum":["AuthzRole","ClusterAuthzRole"],"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"scope":{"properties":{"component":{"type":"string"},"namespace":{"type":"string"},"project":{"type":"string"}},"type":"object"}},"required":["roleRef"],"type":"object","x-kubernetes-validations":[{"message":"scope.project requires scope.namespace, and scope.component requires scope.project","rule":"!has(self.scope) || (!has(self.scope.project) || has(self.scope.namespace)) && (!has(self.scope.component) || has(self.scope.project))"}]},"minItems":1,"type":"array"}},"required":["entitlement","roleMappings"],"type":"object","x-kubernetes-validations":[{"message":"ClusterAuthzRoleBinding can only reference ClusterAuthzRole","rule":"self.roleMappings.all(m, m.roleRef.kind == 'ClusterAuthzRole')"}]}},"type":"object"}},"ClusterComponentType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clustercomponenttypes","shortNames":["cct","ccts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"allowedTraits":{"items":{"properties":{"kind":{"enum":["ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object"},"type":"array"},"allowedWorkflows":{"items":{"properties":{"kind":{"enum":["ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object"},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"traits":{"items":{"properties":{"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"ClusterTrait","enum":["ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')","rule":"self.workloadType == 'proxy' || self.resources.exists(r, r.id == self.workloadType)"}]},"status":{"type":"object"}},"type":"object"}},"ClusterDataPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterdataplanes","shortNames":["cdp","cdps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"gateway":{"properties":{"egress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"},"ingress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"}},"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"ClusterDataPlane can only reference ClusterObservabilityPlane","rule":"!has(self.kind) || self.kind == 'ClusterObservabilityPlane'"}]},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent","planeID"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ClusterObservabilityPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterobservabilityplanes","shortNames":["cop","cops"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observerURL":{"type":"string"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"rcaAgentURL":{"type":"string"}},"required":["clusterAgent","observerURL","planeID"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ClusterTrait":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clustertraits","shortNames":["ctrait","ctraits"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"type":"object"},"status":{"type":"object"}},"type":"object"}},"ClusterWorkflow":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterworkflows","shortNames":["cwf","cwfs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"externalRefs":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"id":{"maxLength":63,"minLength":2,"pattern":"^[a-z][a-z0-9-]*[a-z0-9]$","type":"string"},"kind":{"enum":["SecretReference"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["apiVersion","id","kind","name"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"type":"array"},"runTemplate":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"ttlAfterCompletion":{"pattern":"^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$","type":"string"},"workflowPlaneRef":{"default":{"kind":"ClusterWorkflowPlane","name":"default"},"properties":{"kind":{"enum":["ClusterWorkflowPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"spec.workflowPlaneRef is immutable","rule":"self == oldSelf"}]}},"required":["runTemplate"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"}},"type":"object"}},"type":"object"}},"ClusterWorkflowPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterworkflowplanes","shortNames":["cwp","cwps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"ClusterWorkflowPlane can only reference ClusterObservabilityPlane","rule":"!has(self.kind) || self.kind == 'ClusterObservabilityPlane'"}]},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent","planeID"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Component":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"components","shortNames":["comp","comps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"autoBuild":{"type":"boolean"},"autoDeploy":{"type":"boolean"},"componentType":{"properties":{"kind":{"default":"ComponentType","enum":["ComponentType","ClusterComponentType"],"type":"string"},"name":{"pattern":"^(deployment|statefulset|cronjob|job|proxy)/[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"spec.componentType cannot be changed after creation","rule":"self == oldSelf"}]},"owner":{"properties":{"projectName":{"minLength":1,"type":"string"}},"required":["projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"traits":{"items":{"properties":{"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"workflow":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["name"],"type":"object"}},"required":["componentType","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"latestRelease":{"properties":{"name":{"minLength":1,"type":"string"},"releaseHash":{"minLength":1,"type":"string"}},"required":["name","releaseHash"],"type":"object"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ComponentRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componentreleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"componentProfile":{"properties":{"parameters":{"x-kubernetes-preserve-unknown-fields":true},"traits":{"items":{"properties":{"instanceName":{"minLength":1,"type":"string"},"kind":{"enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","kind","name"],"type":"object"},"type":"array"}},"type":"object","x-kubernetes-validations":[{"message":"spec.componentProfile is immutable","rule":"self == oldSelf"}]},"componentType":{"properties":{"kind":{"enum":["ComponentType","ClusterComponentType"],"type":"string"},"name":{"minLength":1,"type":"string"},"spec":{"properties":{"allowedTraits":{"items":{"properties":{"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"allowedWorkflows":{"items":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"traits":{"items":{"properties":{"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')","rule":"self.workloadType == 'proxy' || self.resources.exists(r, r.id == self.workloadType)"}]}},"required":["kind","name","spec"],"type":"object","x-kubernetes-validations":[{"message":"spec.componentType is immutable","rule":"self == oldSelf"}]},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"traits":{"items":{"properties":{"kind":{"enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"type":"object"}},"required":["kind","name","spec"],"type":"object"},"type":"array","x-kubernetes-validations":[{"message":"spec.traits is immutable","rule":"self == oldSelf"}]},"workload":{"properties":{"container":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"array"},"image":{"minLength":1,"type":"string"}},"required":["image"],"type":"object"},"dependencies":{"properties":{"endpoints":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"envBindings":{"properties":{"address":{"type":"string"},"basePath":{"type":"string"},"host":{"type":"string"},"port":{"type":"string"}},"type":"object"},"name":{"minLength":1,"type":"string"},"project":{"type":"string"},"visibility":{"allOf":[{"enum":["project","namespace","internal","external"]},{"enum":["project","namespace"]}],"type":"string"}},"required":["component","envBindings","name","visibility"],"type":"object"},"maxItems":50,"type":"array"}},"type":"object"},"endpoints":{"additionalProperties":{"properties":{"basePath":{"type":"string"},"displayName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"schema":{"properties":{"content":{"type":"string"},"type":{"type":"string"}},"type":"object"},"targetPort":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"type":{"enum":["HTTP","gRPC","GraphQL","Websocket","TCP","UDP"],"type":"string"},"visibility":{"items":{"enum":["project","namespace","internal","external"],"type":"string"},"type":"array","x-kubernetes-list-type":"set"}},"required":["port","type"],"type":"object"},"type":"object"}},"required":["container"],"type":"object","x-kubernetes-validations":[{"message":"spec.workload is immutable","rule":"self == oldSelf"}]}},"required":["componentType","owner","workload"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"ComponentType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componenttypes","shortNames":["ct","cts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"allowedTraits":{"items":{"properties":{"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"allowedWorkflows":{"items":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"traits":{"items":{"properties":{"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')","rule":"self.workloadType == 'proxy' || self.resources.exists(r, r.id == self.workloadType)"}]},"status":{"type":"object"}},"type":"object"}},"DataPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"dataplanes","shortNames":["dp","dps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"gateway":{"properties":{"egress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"},"ingress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"}},"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ObservabilityPlane","ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"DeploymentPipeline":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"deploymentpipelines","shortNames":["deppipe","deppipes"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"promotionPaths":{"items":{"properties":{"sourceEnvironmentRef":{"properties":{"kind":{"default":"Environment","enum":["Environment"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"targetEnvironmentRefs":{"items":{"properties":{"kind":{"default":"Environment","enum":["Environment"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"}},"required":["sourceEnvironmentRef","targetEnvironmentRefs"],"type":"object"},"type":"array"}},"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Environment":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"environments","shortNames":["env","envs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"dataPlaneRef":{"properties":{"kind":{"enum":["DataPlane","ClusterDataPlane"],"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"gateway":{"properties":{"egress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"},"ingress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"}},"type":"object"},"isProduction":{"type":"boolean"}},"type":"object","x-kubernetes-validations":[{"message":"dataPlaneRef is immutable once set","rule":"!has(oldSelf.dataPlaneRef) || oldSelf.dataPlaneRef == self.dataPlaneRef"}]},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ObservabilityAlertRule":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityalertrules","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"actions":{"properties":{"incident":{"properties":{"enabled":{"default":false,"type":"boolean"},"triggerAiRca":{"default":false,"type":"boolean"}},"type":"object","x-kubernetes-validations":[{"message":"Incident must be enabled to trigger AI RCA","rule":"self.triggerAiRca == true ? self.enabled == true : true"}]},"notifications":{"properties":{"channels":{"items":{"minLength":1,"type":"string"},"minItems":1,"type":"array","x-kubernetes-list-type":"set"}},"required":["channels"],"type":"object"}},"required":["notifications"],"type":"object"},"condition":{"properties":{"interval":{"type":"string"},"operator":{"enum":["gt","lt","gte","lte","eq"],"type":"string"},"threshold":{"format":"int64","type":"integer"},"window":{"type":"string"}},"required":["interval","operator","threshold","window"],"type":"object"},"enabled":{"type":"boolean"},"name":{"type":"string"},"severity":{"type":"string"},"source":{"properties":{"metric":{"type":"string"},"query":{"type":"string"},"type":{"enum":["log","metric"],"type":"string"}},"required":["type"],"type":"object"}},"required":["actions","condition","name","source"],"type":"object"},"status":{"properties":{"backendMonitorId":{"type":"string"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"lastReconcileTime":{"format":"date-time","type":"string"},"lastSyncTime":{"format":"date-time","type":"string"},"observedGeneration":{"format":"int64","type":"integer"},"phase":{"type":"string"}},"type":"object"}},"type":"object"}},"ObservabilityAlertsNotificationChannel":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityalertsnotificationchannels","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"emailConfig":{"properties":{"from":{"type":"string"},"smtp":{"properties":{"auth":{"properties":{"password":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"},"username":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["password","username"],"type":"object"},"host":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"tls":{"properties":{"insecureSkipVerify":{"default":false,"type":"boolean"}},"required":["insecureSkipVerify"],"type":"object"}},"required":["auth","host","port","tls"],"type":"object"},"template":{"properties":{"body":{"type":"string"},"subject":{"type":"string"}},"required":["body","subject"],"type":"object"},"to":{"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["from","smtp","template","to"],"type":"object"},"environment":{"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"isEnvDefault":{"default":false,"type":"boolean"},"type":{"enum":["email","webhook"],"type":"string"},"webhookConfig":{"properties":{"headers":{"additionalProperties":{"properties":{"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"object"},"payloadTemplate":{"type":"string"},"url":{"format":"uri","type":"string"}},"required":["url"],"type":"object"}},"required":["environment","type"],"type":"object","x-kubernetes-validations":[{"message":"emailConfig is required when type is email","rule":"self.type == 'email' ? has(self.emailConfig) : true"},{"message":"webhookConfig is required when type is webhook","rule":"self.type == 'webhook' ? has(self.webhookConfig) : true"}]},"status":{"type":"object"}},"type":"object"}},"ObservabilityPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityplanes","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observerURL":{"type":"string"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"rcaAgentURL":{"type":"string"}},"required":["clusterAgent","observerURL"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Project":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"projects","shortNames":["proj","projs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"deploymentPipelineRef":{"properties":{"kind":{"default":"DeploymentPipeline","enum":["DeploymentPipeline"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["name"],"type":"object"}},"required":["deploymentPipelineRef"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ReleaseBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"releasebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"componentTypeEnvironmentConfigs":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"environment":{"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"releaseName":{"type":"string"},"state":{"default":"Active","enum":["Active","Undeploy"],"type":"string"},"traitEnvironmentConfigs":{"additionalProperties":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"type":"object"},"workloadOverrides":{"properties":{"container":{"properties":{"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"array"}},"type":"object"}},"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["environment","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"connectionTargets":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"endpoint":{"minLength":1,"type":"string"},"environment":{"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"visibility":{"enum":["project","namespace","internal","external"],"type":"string"}},"required":["component","endpoint","namespace","project","visibility"],"type":"object"},"type":"array"},"endpoints":{"items":{"properties":{"externalURLs":{"properties":{"http":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"https":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"tls":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"}},"type":"object"},"internalURLs":{"properties":{"http":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"https":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"tls":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"}},"type":"object"},"invokeURL":{"type":"string"},"name":{"type":"string"},"serviceURL":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"type":{"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"lastSpecUpdateTime":{"format":"date-time","type":"string"},"observedGeneration":{"format":"int64","type":"integer"},"pendingConnections":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"endpoint":{"minLength":1,"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"reason":{"type":"string"}},"required":["component","endpoint","namespace","project","reason"],"type":"object"},"type":"array"},"resolvedConnections":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"endpoint":{"minLength":1,"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"url":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"visibility":{"enum":["project","namespace","internal","external"],"type":"string"}},"required":["component","endpoint","namespace","project","url","visibility"],"type":"object"},"type":"array"},"secretReferenceNames":{"items":{"type":"string"},"type":"array"}},"type":"object"}},"type":"object"}},"RenderedRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"renderedreleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentName":{"minLength":1,"type":"string"},"interval":{"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$","type":"string"},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"progressingInterval":{"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$","type":"string"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"object":{"x-kubernetes-preserve-unknown-fields":true}},"required":["id","object"],"type":"object"},"type":"array"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"}},"required":["environmentName","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"resources":{"items":{"properties":{"group":{"type":"string"},"healthStatus":{"type":"string"},"id":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"lastObservedTime":{"format":"date-time","type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"},"status":{"x-kubernetes-preserve-unknown-fields":true},"version":{"minLength":1,"type":"string"}},"required":["id","kind","name","version"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"SecretReference":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"secretreferences","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"data":{"items":{"properties":{"remoteRef":{"properties":{"key":{"minLength":1,"type":"string"},"property":{"type":"string"},"version":{"type":"string"}},"required":["key"],"type":"object"},"secretKey":{"minLength":1,"type":"string"}},"required":["remoteRef","secretKey"],"type":"object"},"minItems":1,"type":"array"},"refreshInterval":{"default":"1h","type":"string"},"template":{"properties":{"metadata":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object"},"type":{"default":"Opaque","enum":["Opaque","kubernetes.io/dockerconfigjson","kubernetes.io/dockercfg","kubernetes.io/basic-auth","kubernetes.io/ssh-auth","kubernetes.io/tls","bootstrap.kubernetes.io/token"],"type":"string"}},"type":"object"}},"required":["data","template"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"lastRefreshTime":{"format":"date-time","type":"string"},"secretStores":{"items":{"properties":{"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind","name","namespace"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"Trait":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"traits","shortNames":["trait","traits"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"type":"object"},"status":{"type":"object"}},"type":"object"}},"Workflow":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflows","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"externalRefs":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"id":{"maxLength":63,"minLength":2,"pattern":"^[a-z][a-z0-9-]*[a-z0-9]$","type":"string"},"kind":{"enum":["SecretReference"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["apiVersion","id","kind","name"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"type":"array"},"runTemplate":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"ttlAfterCompletion":{"pattern":"^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$","type":"string"},"workflowPlaneRef":{"default":{"kind":"ClusterWorkflowPlane","name":"default"},"properties":{"kind":{"enum":["WorkflowPlane","ClusterWorkflowPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"spec.workflowPlaneRef is immutable","rule":"self == oldSelf"}]}},"required":["runTemplate"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"}},"type":"object"}},"required":["spec"],"type":"object"}},"WorkflowPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflowplanes","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ObservabilityPlane","ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"WorkflowRun":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflowruns","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"ttlAfterCompletion":{"pattern":"^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$","type":"string"},"workflow":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string","x-kubernetes-validations":[{"message":"kind is immutable","rule":"self == oldSelf"}]},"name":{"minLength":1,"type":"string","x-kubernetes-validations":[{"message":"name is immutable","rule":"self == oldSelf"}]},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["name"],"type":"object"}},"required":["workflow"],"type":"object"},"status":{"properties":{"completedAt":{"format":"date-time","type":"string"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"resources":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"},"type":"array"},"runReference":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"},"startedAt":{"format":"date-time","type":"string"},"tasks":{"items":{"properties":{"completedAt":{"format":"date-time","type":"string"},"message":{"type":"string"},"name":{"minLength":1,"type":"string"},"phase":{"enum":["Pending","Running","Succeeded","Failed","Skipped","Error"],"type":"string"},"startedAt":{"format":"date-time","type":"string"}},"required":["name"],"type":"object"},"type":"array"}},"type":"object"}},"required":["spec"],"type":"object"}},"Workload":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workloads","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"container":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"array"},"image":{"minLength":1,"type":"string"}},"required":["image"],"type":"object"},"dependencies":{"properties":{"endpoints":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"envBindings":{"properties":{"address":{"type":"string"},"basePath":{"type":"string"},"host":{"type":"string"},"port":{"type":"string"}},"type":"object"},"name":{"minLength":1,"type":"string"},"project":{"type":"string"},"visibility":{"allOf":[{"enum":["project","namespace","internal","external"]},{"enum":["project","namespace"]}],"type":"string"}},"required":["component","envBindings","name","visibility"],"type":"object"},"maxItems":50,"type":"array"}},"type":"object"},"endpoints":{"additionalProperties":{"properties":{"basePath":{"type":"string"},"displayName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"schema":{"properties":{"content":{"type":"string"},"type":{"type":"string"}},"type":"object"},"targetPort":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"type":{"enum":["HTTP","gRPC","GraphQL","Websocket","TCP","UDP"],"type":"string"},"visibility":{"items":{"enum":["project","namespace","internal","external"],"type":"string"},"type":"array","x-kubernetes-list-type":"set"}},"required":["port","type"],"type":"object"},"type":"object"},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]}},"required":["container","owner"],"type":"object"},"status":{"type":"object"}},"type":"object"}}};

;// CONCATENATED MODULE: ./build/schemas/crds/v1.1.6.js
// Generated by scripts/generate-schemas.mjs from the OpenChoreo v1.1.6 CRDs (Apache-2.0). Do not edit.
const v1_1_6_crds = {"AuthzRole":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"authzroles","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"actions":{"example":["component:create"],"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["actions"],"type":"object"}},"type":"object"}},"AuthzRoleBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"authzrolebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"effect":{"default":"allow","enum":["allow","deny"],"type":"string"},"entitlement":{"properties":{"claim":{"type":"string"},"value":{"type":"string"}},"required":["claim","value"],"type":"object"},"roleMappings":{"items":{"properties":{"conditions":{"items":{"properties":{"actions":{"items":{"type":"string"},"minItems":1,"type":"array"},"expression":{"minLength":1,"type":"string"}},"required":["actions","expression"],"type":"object"},"type":"array"},"roleRef":{"properties":{"kind":{"enum":["AuthzRole","ClusterAuthzRole"],"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"scope":{"properties":{"component":{"type":"string"},"project":{"type":"string"},"resource":{"type":"string"}},"type":"object"}},"required":["roleRef"],"type":"object","x-kubernetes-validations":[{"message":"scope.component requires scope.project","rule":"!has(self.scope) || !has(self.scope.component) || has(self.scope.project)"},{"message":"scope.resource requires scope.project","rule":"!has(self.scope) || !has(self.scope.resource) || has(self.scope.project)"},{"message":"scope.component and scope.resource are mutually exclusive","rule":"!has(self.scope) || !has(self.scope.component) || !has(self.scope.resource)"}]},"minItems":1,"type":"array"}},"required":["entitlement","roleMappings"],"type":"object"}},"type":"object"}},"ClusterAuthzRole":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterauthzroles","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"actions":{"example":["component:create"],"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["actions"],"type":"object"}},"type":"object"}},"ClusterAuthzRoleBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterauthzrolebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"effect":{"default":"allow","enum":["allow","deny"],"type":"string"},"entitlement":{"properties":{"claim":{"type":"string"},"value":{"type":"string"}},"required":["claim","value"],"type":"object"},"roleMappings":{"items":{"properties":{"conditions":{"items":{"properties":{"actions":{"items":{"type":"string"},"minItems":1,"type":"array"},"expression":{"minLength":1,"type":"string"}},"required":["actions","expression"],"type":"object"},"type":"array"},"roleRef":{"properties":{"kind":{"enum":["AuthzRole","ClusterAuthzRole"],"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"scope":{"properties":{"component":{"type":"string"},"namespace":{"type":"string"},"project":{"type":"string"},"resource":{"type":"string"}},"type":"object"}},"required":["roleRef"],"type":"object","x-kubernetes-validations":[{"message":"scope.project requires scope.namespace, and scope.component requires scope.project","rule":"!has(self.scope) || (!has(self.scope.project) || has(self.scope.namespace)) && (!has(self.scope.component) || has(self.scope.project))"},{"message":"scope.resource requires scope.project","rule":"!has(self.scope) || !has(self.scope.resource) || has(self.scope.project)"},{"message":"scope.component and scope.resource are mutually exclusive","rule":"!has(self.scope) || !has(self.scope.component) || !has(self.scope.resource)"}]},"minItems":1,"type":"array"}},"required":["entitlement","roleMappings"],"type":"object","x-kubernetes-validations":[{"message":"ClusterAuthzRoleBinding can only reference ClusterAuthzRole","rule":"self.roleMappings.all(m, m.roleRef.kind == 'ClusterAuthzRole')"}]}},"type":"object"}},"ClusterComponentType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clustercomponenttypes","shortNames":["cct","ccts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"allowedTraits":{"items":{"properties":{"kind":{"enum":["ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object"},"type":"array"},"allowedWorkflows":{"items":{"properties":{"kind":{"enum":["ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object"},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"traits":{"items":{"properties":{"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"ClusterTrait","enum":["ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')","rule":"self.workloadType == 'proxy' || self.resources.exists(r, r.id == self.workloadType)"}]},"status":{"type":"object"}},"type":"object"}},"ClusterDataPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterdataplanes","shortNames":["cdp","cdps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"gateway":{"properties":{"egress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"},"ingress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"}},"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"ClusterDataPlane can only reference ClusterObservabilityPlane","rule":"!has(self.kind) || self.kind == 'ClusterObservabilityPlane'"}]},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent","planeID"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ClusterObservabilityPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterobservabilityplanes","shortNames":["cop","cops"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"finOpsAgentURL":{"type":"string"},"observerURL":{"type":"string"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"rcaAgentURL":{"type":"string"}},"required":["clusterAgent","observerURL","planeID"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ClusterResourceType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterresourcetypes","shortNames":["crt","crts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"outputs":{"items":{"properties":{"configMapKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"name":{"minLength":1,"type":"string"},"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value, secretKeyRef, or configMapKeyRef must be set","rule":"(has(self.value)?1:0) + (has(self.secretKeyRef)?1:0) + (has(self.configMapKeyRef)?1:0) == 1"}]},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"readyWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"minItems":1,"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"retainPolicy":{"default":"Delete","enum":["Delete","Retain"],"type":"string"}},"required":["resources"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"ClusterTrait":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clustertraits","shortNames":["ctrait","ctraits"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"type":"object"},"status":{"type":"object"}},"type":"object"}},"ClusterWorkflow":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterworkflows","shortNames":["cwf","cwfs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"externalRefs":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"id":{"maxLength":63,"minLength":2,"pattern":"^[a-z][a-z0-9-]*[a-z0-9]$","type":"string"},"kind":{"enum":["SecretReference"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["apiVersion","id","kind","name"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"type":"array"},"runTemplate":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"ttlAfterCompletion":{"pattern":"^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$","type":"string"},"workflowPlaneRef":{"default":{"kind":"ClusterWorkflowPlane","name":"default"},"properties":{"kind":{"enum":["ClusterWorkflowPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"spec.workflowPlaneRef is immutable","rule":"self == oldSelf"}]}},"required":["runTemplate"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"}},"type":"object"}},"type":"object"}},"ClusterWorkflowPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterworkflowplanes","shortNames":["cwp","cwps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"ClusterWorkflowPlane can only reference ClusterObservabilityPlane","rule":"!has(self.kind) || self.kind == 'ClusterObservabilityPlane'"}]},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent","planeID"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Component":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"components","shortNames":["comp","comps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"autoBuild":{"type":"boolean"},"autoDeploy":{"type":"boolean"},"componentType":{"properties":{"kind":{"default":"ComponentType","enum":["ComponentType","ClusterComponentType"],"type":"string"},"name":{"pattern":"^(deployment|statefulset|cronjob|job|proxy)/[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"spec.componentType cannot be changed after creation","rule":"self == oldSelf"}]},"owner":{"properties":{"projectName":{"minLength":1,"type":"string"}},"required":["projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"traits":{"items":{"properties":{"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"workflow":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["name"],"type":"object"}},"required":["componentType","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"latestRelease":{"properties":{"name":{"minLength":1,"type":"string"},"releaseHash":{"minLength":1,"type":"string"}},"required":["name","releaseHash"],"type":"object"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ComponentRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componentreleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"componentProfile":{"properties":{"parameters":{"x-kubernetes-preserve-unknown-fields":true},"traits":{"items":{"properties":{"instanceName":{"minLength":1,"type":"string"},"kind":{"enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","kind","name"],"type":"object"},"type":"array"}},"type":"object","x-kubernetes-validations":[{"message":"spec.componentProfile is immutable","rule":"self == oldSelf"}]},"componentType":{"properties":{"kind":{"enum":["ComponentType","ClusterComponentType"],"type":"string"},"name":{"minLength":1,"type":"string"},"spec":{"properties":{"allowedTraits":{"items":{"properties":{"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"allowedWorkflows":{"items":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"traits":{"items":{"properties":{"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')","rule":"self.workloadType == 'proxy' || self.resources.exists(r, r.id == self.workloadType)"}]}},"required":["kind","name","spec"],"type":"object","x-kubernetes-validations":[{"message":"spec.componentType is immutable","rule":"self == oldSelf"}]},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"traits":{"items":{"properties":{"kind":{"enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"type":"object"}},"required":["kind","name","spec"],"type":"object"},"type":"array","x-kubernetes-validations":[{"message":"spec.traits is immutable","rule":"self == oldSelf"}]},"workload":{"properties":{"container":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"image":{"minLength":1,"type":"string"}},"required":["image"],"type":"object"},"dependencies":{"properties":{"endpoints":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"envBindings":{"properties":{"address":{"type":"string"},"basePath":{"type":"string"},"host":{"type":"string"},"port":{"type":"string"}},"type":"object"},"name":{"minLength":1,"type":"string"},"project":{"type":"string"},"visibility":{"allOf":[{"enum":["project","namespace","internal","external"]},{"enum":["project","namespace"]}],"type":"string"}},"required":["component","envBindings","name","visibility"],"type":"object"},"maxItems":50,"type":"array"},"resources":{"items":{"properties":{"envBindings":{"additionalProperties":{"type":"string"},"maxProperties":50,"type":"object","x-kubernetes-validations":[{"message":"envBindings keys (output names) and values (env var names) cannot be empty","rule":"self.all(k, k.size() > 0 && self[k].size() > 0)"}]},"fileBindings":{"additionalProperties":{"type":"string"},"maxProperties":50,"type":"object","x-kubernetes-validations":[{"message":"fileBindings keys (output names) and values (mount paths) cannot be empty","rule":"self.all(k, k.size() > 0 && self[k].size() > 0)"}]},"ref":{"minLength":1,"type":"string"}},"required":["ref"],"type":"object"},"maxItems":50,"type":"array","x-kubernetes-list-map-keys":["ref"],"x-kubernetes-list-type":"map"}},"type":"object"},"endpoints":{"additionalProperties":{"properties":{"basePath":{"type":"string"},"displayName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"schema":{"properties":{"content":{"type":"string"},"type":{"type":"string"}},"type":"object"},"targetPort":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"type":{"enum":["HTTP","gRPC","GraphQL","Websocket","TCP","UDP"],"type":"string"},"visibility":{"items":{"enum":["project","namespace","internal","external"],"type":"string"},"type":"array","x-kubernetes-list-type":"set"}},"required":["port","type"],"type":"object"},"type":"object"}},"required":["container"],"type":"object","x-kubernetes-validations":[{"message":"spec.workload is immutable","rule":"self == oldSelf"}]}},"required":["componentType","owner","workload"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"ComponentType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componenttypes","shortNames":["ct","cts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"allowedTraits":{"items":{"properties":{"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"allowedWorkflows":{"items":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"traits":{"items":{"properties":{"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')","rule":"self.workloadType == 'proxy' || self.resources.exists(r, r.id == self.workloadType)"}]},"status":{"type":"object"}},"type":"object"}},"DataPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"dataplanes","shortNames":["dp","dps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"gateway":{"properties":{"egress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"},"ingress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"}},"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ObservabilityPlane","ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"DeploymentPipeline":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"deploymentpipelines","shortNames":["deppipe","deppipes"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"promotionPaths":{"items":{"properties":{"sourceEnvironmentRef":{"properties":{"kind":{"default":"Environment","enum":["Environment"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"targetEnvironmentRefs":{"items":{"properties":{"kind":{"default":"Environment","enum":["Environment"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"}},"required":["sourceEnvironmentRef","targetEnvironmentRefs"],"type":"object"},"type":"array"}},"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Environment":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"environments","shortNames":["env","envs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"dataPlaneRef":{"properties":{"kind":{"enum":["DataPlane","ClusterDataPlane"],"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"gateway":{"properties":{"egress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"},"ingress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"}},"type":"object"},"isProduction":{"type":"boolean"}},"type":"object","x-kubernetes-validations":[{"message":"dataPlaneRef is immutable once set","rule":"!has(oldSelf.dataPlaneRef) || oldSelf.dataPlaneRef == self.dataPlaneRef"}]},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ObservabilityAlertRule":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityalertrules","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"actions":{"properties":{"incident":{"properties":{"enabled":{"default":false,"type":"boolean"},"triggerAiCostAnalysis":{"default":false,"type":"boolean"},"triggerAiRca":{"default":false,"type":"boolean"}},"type":"object","x-kubernetes-validations":[{"message":"Incident must be enabled to trigger AI RCA","rule":"self.triggerAiRca == true ? self.enabled == true : true"},{"message":"Incident must be enabled to trigger AI cost analysis","rule":"self.triggerAiCostAnalysis == true ? self.enabled == true : true"}]},"notifications":{"properties":{"channels":{"items":{"minLength":1,"type":"string"},"minItems":1,"type":"array","x-kubernetes-list-type":"set"}},"required":["channels"],"type":"object"}},"required":["notifications"],"type":"object"},"condition":{"properties":{"interval":{"type":"string"},"operator":{"enum":["gt","lt","gte","lte","eq"],"type":"string"},"threshold":{"format":"int64","type":"integer"},"window":{"type":"string"}},"required":["interval","operator","threshold","window"],"type":"object"},"enabled":{"type":"boolean"},"name":{"type":"string"},"severity":{"type":"string"},"source":{"properties":{"metric":{"type":"string"},"query":{"type":"string"},"type":{"enum":["log","metric","budget"],"type":"string"}},"required":["type"],"type":"object"}},"required":["actions","condition","name","source"],"type":"object","x-kubernetes-validations":[{"message":"AI cost analysis can only be triggered for budget alerts","rule":"has(self.actions.incident) && self.actions.incident.triggerAiCostAnalysis == true ? self.source.type == 'budget' : true"}]},"status":{"properties":{"backendMonitorId":{"type":"string"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"lastReconcileTime":{"format":"date-time","type":"string"},"lastSyncTime":{"format":"date-time","type":"string"},"observedGeneration":{"format":"int64","type":"integer"},"phase":{"type":"string"}},"type":"object"}},"type":"object"}},"ObservabilityAlertsNotificationChannel":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityalertsnotificationchannels","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"emailConfig":{"properties":{"from":{"type":"string"},"smtp":{"properties":{"auth":{"properties":{"password":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"},"username":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["password","username"],"type":"object"},"host":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"tls":{"properties":{"insecureSkipVerify":{"default":false,"type":"boolean"}},"required":["insecureSkipVerify"],"type":"object"}},"required":["auth","host","port","tls"],"type":"object"},"template":{"properties":{"body":{"type":"string"},"subject":{"type":"string"}},"required":["body","subject"],"type":"object"},"to":{"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["from","smtp","template","to"],"type":"object"},"environment":{"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"isEnvDefault":{"default":false,"type":"boolean"},"type":{"enum":["email","webhook"],"type":"string"},"webhookConfig":{"properties":{"headers":{"additionalProperties":{"properties":{"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"object"},"payloadTemplate":{"type":"string"},"url":{"format":"uri","type":"string"}},"required":["url"],"type":"object"}},"required":["environment","type"],"type":"object","x-kubernetes-validations":[{"message":"emailConfig is required when type is email","rule":"self.type == 'email' ? has(self.emailConfig) : true"},{"message":"webhookConfig is required when type is webhook","rule":"self.type == 'webhook' ? has(self.webhookConfig) : true"}]},"status":{"type":"object"}},"type":"object"}},"ObservabilityPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityplanes","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"finOpsAgentURL":{"type":"string"},"observerURL":{"type":"string"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"rcaAgentURL":{"type":"string"}},"required":["clusterAgent","observerURL"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Project":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"projects","shortNames":["proj","projs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"deploymentPipelineRef":{"properties":{"kind":{"default":"DeploymentPipeline","enum":["DeploymentPipeline"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["name"],"type":"object"}},"required":["deploymentPipelineRef"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ReleaseBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"releasebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"componentTypeEnvironmentConfigs":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"environment":{"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"releaseName":{"type":"string"},"state":{"default":"Active","enum":["Active","Undeploy"],"type":"string"},"traitEnvironmentConfigs":{"additionalProperties":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"type":"object"},"workloadOverrides":{"properties":{"container":{"properties":{"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"}},"type":"object"}},"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["environment","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"connectionTargets":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"endpoint":{"minLength":1,"type":"string"},"environment":{"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"visibility":{"enum":["project","namespace","internal","external"],"type":"string"}},"required":["component","endpoint","namespace","project","visibility"],"type":"object"},"type":"array"},"endpoints":{"items":{"properties":{"externalURLs":{"properties":{"http":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"https":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"tls":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"}},"type":"object"},"internalURLs":{"properties":{"http":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"https":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"tls":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"}},"type":"object"},"invokeURL":{"type":"string"},"name":{"type":"string"},"serviceURL":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"type":{"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"lastSpecUpdateTime":{"format":"date-time","type":"string"},"observedGeneration":{"format":"int64","type":"integer"},"pendingConnections":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"endpoint":{"minLength":1,"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"reason":{"type":"string"}},"required":["component","endpoint","namespace","project","reason"],"type":"object"},"type":"array"},"pendingResourceDependencies":{"items":{"properties":{"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"reason":{"type":"string"},"resourceName":{"minLength":1,"type":"string"}},"required":["namespace","project","reason","resourceName"],"type":"object"},"type":"array"},"resolvedConnections":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"endpoint":{"minLength":1,"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"url":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"visibility":{"enum":["project","namespace","internal","external"],"type":"string"}},"required":["component","endpoint","namespace","project","url","visibility"],"type":"object"},"type":"array"},"resourceDependencyTargets":{"items":{"properties":{"environment":{"minLength":1,"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"resourceName":{"minLength":1,"type":"string"}},"required":["environment","namespace","project","resourceName"],"type":"object"},"type":"array"},"secretReferenceNames":{"items":{"type":"string"},"type":"array"}},"type":"object"}},"type":"object"}},"RenderedRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"renderedreleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentName":{"minLength":1,"type":"string"},"interval":{"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$","type":"string"},"owner":{"properties":{"componentName":{"type":"string"},"projectName":{"minLength":1,"type":"string"},"resourceName":{"type":"string"}},"required":["projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"},{"message":"exactly one of componentName or resourceName must be set","rule":"has(self.componentName) != has(self.resourceName)"}]},"progressingInterval":{"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$","type":"string"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"object":{"x-kubernetes-preserve-unknown-fields":true}},"required":["id","object"],"type":"object"},"type":"array"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"}},"required":["environmentName","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"resources":{"items":{"properties":{"group":{"type":"string"},"healthStatus":{"type":"string"},"id":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"lastObservedTime":{"format":"date-time","type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"},"status":{"x-kubernetes-preserve-unknown-fields":true},"version":{"minLength":1,"type":"string"}},"required":["id","kind","name","version"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"Resource":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"resources","shortNames":["res"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"owner":{"properties":{"projectName":{"minLength":1,"type":"string"}},"required":["projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"type":{"properties":{"kind":{"default":"ResourceType","enum":["ResourceType","ClusterResourceType"],"type":"string"},"name":{"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"spec.type cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["owner","type"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"latestRelease":{"properties":{"hash":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["hash","name"],"type":"object"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ResourceRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"resourcereleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"owner":{"properties":{"projectName":{"minLength":1,"type":"string"},"resourceName":{"minLength":1,"type":"string"}},"required":["projectName","resourceName"],"type":"object"},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"resourceType":{"properties":{"kind":{"enum":["ResourceType","ClusterResourceType"],"type":"string"},"name":{"minLength":1,"type":"string"},"spec":{"properties":{"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"outputs":{"items":{"properties":{"configMapKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"name":{"minLength":1,"type":"string"},"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value, secretKeyRef, or configMapKeyRef must be set","rule":"(has(self.value)?1:0) + (has(self.secretKeyRef)?1:0) + (has(self.configMapKeyRef)?1:0) == 1"}]},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"readyWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"minItems":1,"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"retainPolicy":{"default":"Delete","enum":["Delete","Retain"],"type":"string"}},"required":["resources"],"type":"object"}},"required":["kind","name","spec"],"type":"object"}},"required":["owner","resourceType"],"type":"object","x-kubernetes-validations":[{"message":"ResourceRelease spec is immutable","rule":"self == oldSelf"}]},"status":{"type":"object"}},"type":"object"}},"ResourceReleaseBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"resourcereleasebindings","shortNames":["rrb","rrbs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environment":{"minLength":1,"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"owner":{"properties":{"projectName":{"minLength":1,"type":"string"},"resourceName":{"minLength":1,"type":"string"}},"required":["projectName","resourceName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"resourceRelease":{"type":"string"},"resourceTypeEnvironmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"retainPolicy":{"enum":["Delete","Retain"],"type":"string"}},"required":["environment","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"outputs":{"items":{"properties":{"configMapKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"name":{"minLength":1,"type":"string"},"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value, secretKeyRef, or configMapKeyRef must be set","rule":"(has(self.value)?1:0) + (has(self.secretKeyRef)?1:0) + (has(self.configMapKeyRef)?1:0) == 1"}]},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"}},"type":"object"}},"type":"object"}},"ResourceType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"resourcetypes","shortNames":["rt","rts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"outputs":{"items":{"properties":{"configMapKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"name":{"minLength":1,"type":"string"},"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value, secretKeyRef, or configMapKeyRef must be set","rule":"(has(self.value)?1:0) + (has(self.secretKeyRef)?1:0) + (has(self.configMapKeyRef)?1:0) == 1"}]},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"readyWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"minItems":1,"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"retainPolicy":{"default":"Delete","enum":["Delete","Retain"],"type":"string"}},"required":["resources"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"SecretReference":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"secretreferences","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"data":{"items":{"properties":{"remoteRef":{"properties":{"key":{"minLength":1,"type":"string"},"property":{"type":"string"},"version":{"type":"string"}},"required":["key"],"type":"object"},"secretKey":{"minLength":1,"type":"string"}},"required":["remoteRef","secretKey"],"type":"object"},"minItems":1,"type":"array"},"refreshInterval":{"default":"1h","type":"string"},"targetPlane":{"properties":{"kind":{"enum":["WorkflowPlane","ClusterWorkflowPlane","DataPlane","ClusterDataPlane"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object"},"template":{"properties":{"metadata":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object"},"type":{"default":"Opaque","enum":["Opaque","kubernetes.io/dockerconfigjson","kubernetes.io/dockercfg","kubernetes.io/basic-auth","kubernetes.io/ssh-auth","kubernetes.io/tls","bootstrap.kubernetes.io/token"],"type":"string"}},"type":"object"}},"required":["data","template"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"lastRefreshTime":{"format":"date-time","type":"string"},"secretStores":{"items":{"properties":{"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind","name","namespace"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"Trait":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"traits","shortNames":["trait","traits"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"type":"object"},"status":{"type":"object"}},"type":"object"}},"Workflow":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflows","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"externalRefs":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"id":{"maxLength":63,"minLength":2,"pattern":"^[a-z][a-z0-9-]*[a-z0-9]$","type":"string"},"kind":{"enum":["SecretReference"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["apiVersion","id","kind","name"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"type":"array"},"runTemplate":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"ttlAfterCompletion":{"pattern":"^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$","type":"string"},"workflowPlaneRef":{"default":{"kind":"ClusterWorkflowPlane","name":"default"},"properties":{"kind":{"enum":["WorkflowPlane","ClusterWorkflowPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"spec.workflowPlaneRef is immutable","rule":"self == oldSelf"}]}},"required":["runTemplate"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"}},"type":"object"}},"required":["spec"],"type":"object"}},"WorkflowPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflowplanes","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ObservabilityPlane","ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"WorkflowRun":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflowruns","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"ttlAfterCompletion":{"pattern":"^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$","type":"string"},"workflow":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string","x-kubernetes-validations":[{"message":"kind is immutable","rule":"self == oldSelf"}]},"name":{"minLength":1,"type":"string","x-kubernetes-validations":[{"message":"name is immutable","rule":"self == oldSelf"}]},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["name"],"type":"object"}},"required":["workflow"],"type":"object"},"status":{"properties":{"completedAt":{"format":"date-time","type":"string"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"resources":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"},"type":"array"},"runReference":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"},"startedAt":{"format":"date-time","type":"string"},"tasks":{"items":{"properties":{"completedAt":{"format":"date-time","type":"string"},"message":{"type":"string"},"name":{"minLength":1,"type":"string"},"phase":{"enum":["Pending","Running","Succeeded","Failed","Skipped","Error"],"type":"string"},"startedAt":{"format":"date-time","type":"string"}},"required":["name"],"type":"object"},"type":"array"}},"type":"object"}},"required":["spec"],"type":"object"}},"Workload":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workloads","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"container":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"image":{"minLength":1,"type":"string"}},"required":["image"],"type":"object"},"dependencies":{"properties":{"endpoints":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"envBindings":{"properties":{"address":{"type":"string"},"basePath":{"type":"string"},"host":{"type":"string"},"port":{"type":"string"}},"type":"object"},"name":{"minLength":1,"type":"string"},"project":{"type":"string"},"visibility":{"allOf":[{"enum":["project","namespace","internal","external"]},{"enum":["project","namespace"]}],"type":"string"}},"required":["component","envBindings","name","visibility"],"type":"object"},"maxItems":50,"type":"array"},"resources":{"items":{"properties":{"envBindings":{"additionalProperties":{"type":"string"},"maxProperties":50,"type":"object","x-kubernetes-validations":[{"message":"envBindings keys (output names) and values (env var names) cannot be empty","rule":"self.all(k, k.size() > 0 && self[k].size() > 0)"}]},"fileBindings":{"additionalProperties":{"type":"string"},"maxProperties":50,"type":"object","x-kubernetes-validations":[{"message":"fileBindings keys (output names) and values (mount paths) cannot be empty","rule":"self.all(k, k.size() > 0 && self[k].size() > 0)"}]},"ref":{"minLength":1,"type":"string"}},"required":["ref"],"type":"object"},"maxItems":50,"type":"array","x-kubernetes-list-map-keys":["ref"],"x-kubernetes-list-type":"map"}},"type":"object"},"endpoints":{"additionalProperties":{"properties":{"basePath":{"type":"string"},"displayName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"schema":{"properties":{"content":{"type":"string"},"type":{"type":"string"}},"type":"object"},"targetPort":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"type":{"enum":["HTTP","gRPC","GraphQL","Websocket","TCP","UDP"],"type":"string"},"visibility":{"items":{"enum":["project","namespace","internal","external"],"type":"string"},"type":"array","x-kubernetes-list-type":"set"}},"required":["port","type"],"type":"object"},"type":"object"},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]}},"required":["container","owner"],"type":"object"},"status":{"type":"object"}},"type":"object"}}};

;// CONCATENATED MODULE: ./build/schemas/crds/v1.2.3.js
// Generated by scripts/generate-schemas.mjs from the OpenChoreo v1.2.3 CRDs (Apache-2.0). Do not edit.
const v1_2_3_crds = {"AuthzRole":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"authzroles","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"actions":{"example":["component:create"],"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["actions"],"type":"object"}},"type":"object"}},"AuthzRoleBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"authzrolebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"effect":{"default":"allow","enum":["allow","deny"],"type":"string"},"entitlement":{"properties":{"claim":{"type":"string"},"value":{"type":"string"}},"required":["claim","value"],"type":"object"},"roleMappings":{"items":{"properties":{"conditions":{"items":{"properties":{"actions":{"items":{"type":"string"},"minItems":1,"type":"array"},"expression":{"minLength":1,"type":"string"}},"required":["actions","expression"],"type":"object"},"type":"array"},"roleRef":{"properties":{"kind":{"enum":["AuthzRole","ClusterAuthzRole"],"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"scope":{"properties":{"component":{"type":"string"},"project":{"type":"string"},"resource":{"type":"string"}},"type":"object"}},"required":["roleRef"],"type":"object","x-kubernetes-validations":[{"message":"scope.component requires scope.project","rule":"!has(self.scope) || !has(self.scope.component) || has(self.scope.project)"},{"message":"scope.resource requires scope.project","rule":"!has(self.scope) || !has(self.scope.resource) || has(self.scope.project)"},{"message":"scope.component and scope.resource are mutually exclusive","rule":"!has(self.scope) || !has(self.scope.component) || !has(self.scope.resource)"}]},"minItems":1,"type":"array"}},"required":["entitlement","roleMappings"],"type":"object"}},"type":"object"}},"ClusterAuthzRole":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterauthzroles","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"actions":{"example":["component:create"],"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["actions"],"type":"object"}},"type":"object"}},"ClusterAuthzRoleBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterauthzrolebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"effect":{"default":"allow","enum":["allow","deny"],"type":"string"},"entitlement":{"properties":{"claim":{"type":"string"},"value":{"type":"string"}},"required":["claim","value"],"type":"object"},"roleMappings":{"items":{"properties":{"conditions":{"items":{"properties":{"actions":{"items":{"type":"string"},"minItems":1,"type":"array"},"expression":{"minLength":1,"type":"string"}},"required":["actions","expression"],"type":"object"},"type":"array"},"roleRef":{"properties":{"kind":{"enum":["AuthzRole","ClusterAuthzRole"],"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"scope":{"properties":{"component":{"type":"string"},"namespace":{"type":"string"},"project":{"type":"string"},"resource":{"type":"string"}},"type":"object"}},"required":["roleRef"],"type":"object","x-kubernetes-validations":[{"message":"scope.project requires scope.namespace, and scope.component requires scope.project","rule":"!has(self.scope) || (!has(self.scope.project) || has(self.scope.namespace)) && (!has(self.scope.component) || has(self.scope.project))"},{"message":"scope.resource requires scope.project","rule":"!has(self.scope) || !has(self.scope.resource) || has(self.scope.project)"},{"message":"scope.component and scope.resource are mutually exclusive","rule":"!has(self.scope) || !has(self.scope.component) || !has(self.scope.resource)"}]},"minItems":1,"type":"array"}},"required":["entitlement","roleMappings"],"type":"object","x-kubernetes-validations":[{"message":"ClusterAuthzRoleBinding can only reference ClusterAuthzRole","rule":"self.roleMappings.all(m, m.roleRef.kind == 'ClusterAuthzRole')"}]}},"type":"object"}},"ClusterComponentType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clustercomponenttypes","shortNames":["cct","ccts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"allowedTraits":{"items":{"properties":{"kind":{"enum":["ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object"},"type":"array"},"allowedWorkflows":{"items":{"properties":{"kind":{"enum":["ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object"},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"postRenderValidations":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"mustMatch":{"default":true,"type":"boolean"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"},"when":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"preRenderValidations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"traits":{"items":{"properties":{"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"ClusterTrait","enum":["ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')","rule":"self.workloadType == 'proxy' || self.resources.exists(r, r.id == self.workloadType)"},{"message":"set only one of spec.validations or spec.preRenderValidations; validations is deprecated, use preRenderValidations","rule":"!(has(self.validations) && size(self.validations) > 0 && has(self.preRenderValidations) && size(self.preRenderValidations) > 0)"}]},"status":{"type":"object"}},"type":"object"}},"ClusterDataPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterdataplanes","shortNames":["cdp","cdps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"gateway":{"properties":{"egress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"},"ingress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"}},"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"ClusterDataPlane can only reference ClusterObservabilityPlane","rule":"!has(self.kind) || self.kind == 'ClusterObservabilityPlane'"}]},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent","planeID"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ClusterObservabilityPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterobservabilityplanes","shortNames":["cop","cops"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"finOpsAgentURL":{"type":"string"},"observerURL":{"type":"string"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"rcaAgentURL":{"type":"string"}},"required":["clusterAgent","observerURL","planeID"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ClusterProjectType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterprojecttypes","shortNames":["cpt","cpts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"required":["resources"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"ClusterResourceType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterresourcetypes","shortNames":["crt","crts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"outputs":{"items":{"properties":{"configMapKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"name":{"minLength":1,"type":"string"},"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value, secretKeyRef, or configMapKeyRef must be set","rule":"(has(self.value)?1:0) + (has(self.secretKeyRef)?1:0) + (has(self.configMapKeyRef)?1:0) == 1"}]},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"readyWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"minItems":1,"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"retainPolicy":{"default":"Delete","enum":["Delete","Retain"],"type":"string"}},"required":["resources"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"ClusterTrait":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clustertraits","shortNames":["ctrait","ctraits"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"postRenderValidations":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"mustMatch":{"default":true,"type":"boolean"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"},"when":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"preRenderValidations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"removes":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"type":"object","x-kubernetes-validations":[{"message":"set only one of spec.validations or spec.preRenderValidations; validations is deprecated, use preRenderValidations","rule":"!(has(self.validations) && size(self.validations) > 0 && has(self.preRenderValidations) && size(self.preRenderValidations) > 0)"}]},"status":{"type":"object"}},"type":"object"}},"ClusterWorkflow":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterworkflows","shortNames":["cwf","cwfs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"externalRefs":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"id":{"maxLength":63,"minLength":2,"pattern":"^[a-z][a-z0-9-]*[a-z0-9]$","type":"string"},"kind":{"enum":["SecretReference"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["apiVersion","id","kind","name"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"type":"array"},"runTemplate":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"ttlAfterCompletion":{"pattern":"^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$","type":"string"},"workflowPlaneRef":{"default":{"kind":"ClusterWorkflowPlane","name":"default"},"properties":{"kind":{"enum":["ClusterWorkflowPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"spec.workflowPlaneRef is immutable","rule":"self == oldSelf"}]}},"required":["runTemplate"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"}},"type":"object"}},"type":"object"}},"ClusterWorkflowPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Cluster","plural":"clusterworkflowplanes","shortNames":["cwp","cwps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"ClusterWorkflowPlane can only reference ClusterObservabilityPlane","rule":"!has(self.kind) || self.kind == 'ClusterObservabilityPlane'"}]},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent","planeID"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Component":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"components","shortNames":["comp","comps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"autoBuild":{"type":"boolean"},"autoDeploy":{"type":"boolean"},"componentType":{"properties":{"kind":{"default":"ComponentType","enum":["ComponentType","ClusterComponentType"],"type":"string"},"name":{"pattern":"^(deployment|statefulset|cronjob|job|proxy)/[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"spec.componentType cannot be changed after creation","rule":"self == oldSelf"}]},"owner":{"properties":{"projectName":{"minLength":1,"type":"string"}},"required":["projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"traits":{"items":{"properties":{"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"workflow":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["name"],"type":"object"}},"required":["componentType","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"latestRelease":{"properties":{"name":{"minLength":1,"type":"string"},"releaseHash":{"minLength":1,"type":"string"}},"required":["name","releaseHash"],"type":"object"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ComponentRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componentreleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"componentProfile":{"properties":{"parameters":{"x-kubernetes-preserve-unknown-fields":true},"traits":{"items":{"properties":{"instanceName":{"minLength":1,"type":"string"},"kind":{"enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","kind","name"],"type":"object"},"type":"array"}},"type":"object","x-kubernetes-validations":[{"message":"spec.componentProfile is immutable","rule":"self == oldSelf"}]},"componentType":{"properties":{"kind":{"enum":["ComponentType","ClusterComponentType"],"type":"string"},"name":{"minLength":1,"type":"string"},"spec":{"properties":{"allowedTraits":{"items":{"properties":{"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"allowedWorkflows":{"items":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"postRenderValidations":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"mustMatch":{"default":true,"type":"boolean"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"},"when":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"preRenderValidations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"traits":{"items":{"properties":{"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')","rule":"self.workloadType == 'proxy' || self.resources.exists(r, r.id == self.workloadType)"},{"message":"set only one of spec.validations or spec.preRenderValidations; validations is deprecated, use preRenderValidations","rule":"!(has(self.validations) && size(self.validations) > 0 && has(self.preRenderValidations) && size(self.preRenderValidations) > 0)"}]}},"required":["kind","name","spec"],"type":"object","x-kubernetes-validations":[{"message":"spec.componentType is immutable","rule":"self == oldSelf"}]},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"traits":{"items":{"properties":{"kind":{"enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"postRenderValidations":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"mustMatch":{"default":true,"type":"boolean"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"},"when":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"preRenderValidations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"removes":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"type":"object","x-kubernetes-validations":[{"message":"set only one of spec.validations or spec.preRenderValidations; validations is deprecated, use preRenderValidations","rule":"!(has(self.validations) && size(self.validations) > 0 && has(self.preRenderValidations) && size(self.preRenderValidations) > 0)"}]}},"required":["kind","name","spec"],"type":"object"},"maxItems":100,"type":"array","x-kubernetes-validations":[{"message":"spec.traits is immutable","rule":"self == oldSelf"}]},"workload":{"properties":{"container":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"image":{"minLength":1,"type":"string"}},"required":["image"],"type":"object"},"dependencies":{"properties":{"endpoints":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"envBindings":{"properties":{"address":{"type":"string"},"basePath":{"type":"string"},"host":{"type":"string"},"port":{"type":"string"}},"type":"object"},"name":{"minLength":1,"type":"string"},"project":{"type":"string"},"visibility":{"enum":["project","namespace"],"type":"string"}},"required":["component","envBindings","name","visibility"],"type":"object"},"maxItems":50,"type":"array"},"resources":{"items":{"properties":{"envBindings":{"additionalProperties":{"type":"string"},"maxProperties":50,"type":"object","x-kubernetes-validations":[{"message":"envBindings keys (output names) and values (env var names) cannot be empty","rule":"self.all(k, k.size() > 0 && self[k].size() > 0)"}]},"fileBindings":{"additionalProperties":{"type":"string"},"maxProperties":50,"type":"object","x-kubernetes-validations":[{"message":"fileBindings keys (output names) and values (mount paths) cannot be empty","rule":"self.all(k, k.size() > 0 && self[k].size() > 0)"}]},"ref":{"minLength":1,"type":"string"}},"required":["ref"],"type":"object"},"maxItems":50,"type":"array","x-kubernetes-list-map-keys":["ref"],"x-kubernetes-list-type":"map"}},"type":"object"},"endpoints":{"additionalProperties":{"properties":{"basePath":{"type":"string"},"displayName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"schema":{"properties":{"content":{"type":"string"},"type":{"type":"string"}},"type":"object"},"targetPort":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"type":{"enum":["HTTP","gRPC","GraphQL","Websocket","TCP","UDP"],"type":"string"},"visibility":{"items":{"enum":["project","namespace","internal","external"],"type":"string"},"type":"array","x-kubernetes-list-type":"set"}},"required":["port","type"],"type":"object"},"type":"object"}},"required":["container"],"type":"object","x-kubernetes-validations":[{"message":"spec.workload is immutable","rule":"self == oldSelf"}]}},"required":["componentType","owner","workload"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"ComponentType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"componenttypes","shortNames":["ct","cts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"allowedTraits":{"items":{"properties":{"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"allowedWorkflows":{"items":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"postRenderValidations":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"mustMatch":{"default":true,"type":"boolean"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"},"when":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"preRenderValidations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array"},"traits":{"items":{"properties":{"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"instanceName":{"minLength":1,"type":"string"},"kind":{"default":"Trait","enum":["Trait","ClusterTrait"],"type":"string"},"name":{"minLength":1,"type":"string"},"parameters":{"x-kubernetes-preserve-unknown-fields":true}},"required":["instanceName","name"],"type":"object"},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"workloadType":{"enum":["deployment","statefulset","cronjob","job","proxy"],"type":"string","x-kubernetes-validations":[{"message":"spec.workloadType cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["resources","workloadType"],"type":"object","x-kubernetes-validations":[{"message":"resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')","rule":"self.workloadType == 'proxy' || self.resources.exists(r, r.id == self.workloadType)"},{"message":"set only one of spec.validations or spec.preRenderValidations; validations is deprecated, use preRenderValidations","rule":"!(has(self.validations) && size(self.validations) > 0 && has(self.preRenderValidations) && size(self.preRenderValidations) > 0)"}]},"status":{"type":"object"}},"type":"object"}},"DataPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"dataplanes","shortNames":["dp","dps"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"gateway":{"properties":{"egress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"},"ingress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"}},"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ObservabilityPlane","ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"DeploymentPipeline":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"deploymentpipelines","shortNames":["deppipe","deppipes"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"promotionPaths":{"items":{"properties":{"sourceEnvironmentRef":{"properties":{"kind":{"default":"Environment","enum":["Environment"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"targetEnvironmentRefs":{"items":{"properties":{"kind":{"default":"Environment","enum":["Environment"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"type":"array"}},"required":["sourceEnvironmentRef","targetEnvironmentRefs"],"type":"object"},"type":"array"}},"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Environment":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"environments","shortNames":["env","envs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"dataPlaneRef":{"properties":{"kind":{"enum":["DataPlane","ClusterDataPlane"],"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"gateway":{"properties":{"egress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"},"ingress":{"properties":{"external":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"},"internal":{"properties":{"http":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"https":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"},"name":{"type":"string"},"namespace":{"type":"string"},"tls":{"properties":{"host":{"type":"string"},"listenerName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"}},"required":["host","port"],"type":"object"}},"required":["name","namespace"],"type":"object"}},"type":"object"}},"type":"object"},"isProduction":{"type":"boolean"}},"type":"object","x-kubernetes-validations":[{"message":"dataPlaneRef is immutable once set","rule":"!has(oldSelf.dataPlaneRef) || oldSelf.dataPlaneRef == self.dataPlaneRef"}]},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ObservabilityAlertRule":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityalertrules","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"actions":{"properties":{"incident":{"properties":{"enabled":{"default":false,"type":"boolean"},"triggerAiCostAnalysis":{"default":false,"type":"boolean"},"triggerAiRca":{"default":false,"type":"boolean"}},"type":"object","x-kubernetes-validations":[{"message":"Incident must be enabled to trigger AI RCA","rule":"self.triggerAiRca == true ? self.enabled == true : true"},{"message":"Incident must be enabled to trigger AI cost analysis","rule":"self.triggerAiCostAnalysis == true ? self.enabled == true : true"}]},"notifications":{"properties":{"channels":{"items":{"minLength":1,"type":"string"},"minItems":1,"type":"array","x-kubernetes-list-type":"set"}},"required":["channels"],"type":"object"}},"required":["notifications"],"type":"object"},"condition":{"properties":{"interval":{"type":"string"},"operator":{"enum":["gt","lt","gte","lte","eq"],"type":"string"},"threshold":{"format":"int64","type":"integer"},"window":{"type":"string"}},"required":["interval","operator","threshold","window"],"type":"object"},"enabled":{"type":"boolean"},"name":{"type":"string"},"severity":{"type":"string"},"source":{"properties":{"metric":{"type":"string"},"query":{"type":"string"},"type":{"enum":["log","metric","budget"],"type":"string"}},"required":["type"],"type":"object"}},"required":["actions","condition","name","source"],"type":"object","x-kubernetes-validations":[{"message":"AI cost analysis can only be triggered for budget alerts","rule":"has(self.actions.incident) && self.actions.incident.triggerAiCostAnalysis == true ? self.source.type == 'budget' : true"}]},"status":{"properties":{"backendMonitorId":{"type":"string"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"lastReconcileTime":{"format":"date-time","type":"string"},"lastSyncTime":{"format":"date-time","type":"string"},"observedGeneration":{"format":"int64","type":"integer"},"phase":{"type":"string"}},"type":"object"}},"type":"object"}},"ObservabilityAlertsNotificationChannel":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityalertsnotificationchannels","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"emailConfig":{"properties":{"from":{"type":"string"},"smtp":{"properties":{"auth":{"properties":{"password":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"},"username":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["password","username"],"type":"object"},"host":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"tls":{"properties":{"insecureSkipVerify":{"default":false,"type":"boolean"}},"required":["insecureSkipVerify"],"type":"object"}},"required":["auth","host","port","tls"],"type":"object"},"template":{"properties":{"body":{"type":"string"},"subject":{"type":"string"}},"required":["body","subject"],"type":"object"},"to":{"items":{"type":"string"},"minItems":1,"type":"array"}},"required":["from","smtp","template","to"],"type":"object"},"environment":{"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"isEnvDefault":{"default":false,"type":"boolean"},"type":{"enum":["email","webhook"],"type":"string"},"webhookConfig":{"properties":{"headers":{"additionalProperties":{"properties":{"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"type":"object","x-kubernetes-validations":[{"message":"exactly one of value or valueFrom must be set","rule":"has(self.value) != has(self.valueFrom)"}]},"type":"object"},"payloadTemplate":{"type":"string"},"url":{"format":"uri","type":"string"}},"required":["url"],"type":"object"}},"required":["environment","type"],"type":"object","x-kubernetes-validations":[{"message":"emailConfig is required when type is email","rule":"self.type == 'email' ? has(self.emailConfig) : true"},{"message":"webhookConfig is required when type is webhook","rule":"self.type == 'webhook' ? has(self.webhookConfig) : true"}]},"status":{"type":"object"}},"type":"object"}},"ObservabilityPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"observabilityplanes","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"finOpsAgentURL":{"type":"string"},"observerURL":{"type":"string"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"rcaAgentURL":{"type":"string"}},"required":["clusterAgent","observerURL"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"Project":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"projects","shortNames":["proj","projs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"deploymentPipelineRef":{"properties":{"kind":{"default":"DeploymentPipeline","enum":["DeploymentPipeline"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["name"],"type":"object"},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"type":{"properties":{"kind":{"default":"ProjectType","enum":["ProjectType","ClusterProjectType"],"type":"string"},"name":{"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"spec.type cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["deploymentPipelineRef","type"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"latestRelease":{"properties":{"hash":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["hash","name"],"type":"object"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ProjectRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"projectreleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"owner":{"properties":{"projectName":{"minLength":1,"type":"string"}},"required":["projectName"],"type":"object"},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"projectType":{"properties":{"kind":{"enum":["ProjectType","ClusterProjectType"],"type":"string"},"name":{"minLength":1,"type":"string"},"spec":{"properties":{"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"required":["resources"],"type":"object"}},"required":["kind","name","spec"],"type":"object"}},"required":["owner","projectType"],"type":"object","x-kubernetes-validations":[{"message":"ProjectRelease spec is immutable","rule":"self == oldSelf"}]},"status":{"type":"object"}},"type":"object"}},"ProjectReleaseBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"projectreleasebindings","shortNames":["prb","prbs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environment":{"minLength":1,"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"environmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"owner":{"properties":{"projectName":{"minLength":1,"type":"string"}},"required":["projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"projectRelease":{"type":"string"}},"required":["environment","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"namespace":{"type":"string"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ProjectType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"projecttypes","shortNames":["pt","pts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["id","template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"minItems":1,"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"required":["resources"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"ReleaseBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"releasebindings","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"componentTypeEnvironmentConfigs":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"environment":{"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"releaseName":{"type":"string"},"state":{"default":"Active","enum":["Active","Undeploy"],"type":"string"},"traitEnvironmentConfigs":{"additionalProperties":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"type":"object"},"workloadOverrides":{"properties":{"container":{"properties":{"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"}},"type":"object"}},"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["environment","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"connectionTargets":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"endpoint":{"minLength":1,"type":"string"},"environment":{"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"visibility":{"enum":["project","namespace","internal","external"],"type":"string"}},"required":["component","endpoint","namespace","project","visibility"],"type":"object"},"type":"array"},"endpoints":{"items":{"properties":{"externalURLs":{"properties":{"http":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"https":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"tls":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"}},"type":"object"},"internalURLs":{"properties":{"http":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"https":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"tls":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"}},"type":"object"},"invokeURL":{"type":"string"},"name":{"type":"string"},"serviceURL":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"type":{"type":"string"}},"required":["name"],"type":"object"},"type":"array"},"lastSpecUpdateTime":{"format":"date-time","type":"string"},"observedGeneration":{"format":"int64","type":"integer"},"pendingConnections":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"endpoint":{"minLength":1,"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"reason":{"type":"string"}},"required":["component","endpoint","namespace","project","reason"],"type":"object"},"type":"array"},"pendingResourceDependencies":{"items":{"properties":{"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"reason":{"type":"string"},"resourceName":{"minLength":1,"type":"string"}},"required":["namespace","project","reason","resourceName"],"type":"object"},"type":"array"},"resolvedConnections":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"endpoint":{"minLength":1,"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"url":{"properties":{"host":{"minLength":1,"type":"string"},"path":{"type":"string"},"port":{"format":"int32","type":"integer"},"scheme":{"type":"string"}},"required":["host"],"type":"object"},"visibility":{"enum":["project","namespace","internal","external"],"type":"string"}},"required":["component","endpoint","namespace","project","url","visibility"],"type":"object"},"type":"array"},"resourceDependencyTargets":{"items":{"properties":{"environment":{"minLength":1,"type":"string"},"namespace":{"minLength":1,"type":"string"},"project":{"minLength":1,"type":"string"},"resourceName":{"minLength":1,"type":"string"}},"required":["environment","namespace","project","resourceName"],"type":"object"},"type":"array"},"secretReferenceNames":{"items":{"type":"string"},"type":"array"}},"type":"object"}},"type":"object"}},"RenderedRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"renderedreleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentName":{"minLength":1,"type":"string"},"interval":{"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$","type":"string"},"owner":{"properties":{"componentName":{"type":"string"},"projectName":{"minLength":1,"type":"string"},"resourceName":{"type":"string"}},"required":["projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"},{"message":"componentName and resourceName both cannot be set","rule":"!(has(self.componentName) && has(self.resourceName))"}]},"progressingInterval":{"pattern":"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$","type":"string"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"object":{"x-kubernetes-preserve-unknown-fields":true}},"required":["id","object"],"type":"object"},"type":"array"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"}},"required":["environmentName","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"resources":{"items":{"properties":{"group":{"type":"string"},"healthStatus":{"type":"string"},"id":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"lastObservedTime":{"format":"date-time","type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"},"status":{"x-kubernetes-preserve-unknown-fields":true},"version":{"minLength":1,"type":"string"}},"required":["id","kind","name","version"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"Resource":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"resources","shortNames":["res"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"owner":{"properties":{"projectName":{"minLength":1,"type":"string"}},"required":["projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"type":{"properties":{"kind":{"default":"ResourceType","enum":["ResourceType","ClusterResourceType"],"type":"string"},"name":{"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"spec.type cannot be changed after creation","rule":"self == oldSelf"}]}},"required":["owner","type"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"latestRelease":{"properties":{"hash":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["hash","name"],"type":"object"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"ResourceRelease":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"resourcereleases","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"owner":{"properties":{"projectName":{"minLength":1,"type":"string"},"resourceName":{"minLength":1,"type":"string"}},"required":["projectName","resourceName"],"type":"object"},"parameters":{"x-kubernetes-preserve-unknown-fields":true},"resourceType":{"properties":{"kind":{"enum":["ResourceType","ClusterResourceType"],"type":"string"},"name":{"minLength":1,"type":"string"},"spec":{"properties":{"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"outputs":{"items":{"properties":{"configMapKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"name":{"minLength":1,"type":"string"},"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value, secretKeyRef, or configMapKeyRef must be set","rule":"(has(self.value)?1:0) + (has(self.secretKeyRef)?1:0) + (has(self.configMapKeyRef)?1:0) == 1"}]},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"readyWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"minItems":1,"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"retainPolicy":{"default":"Delete","enum":["Delete","Retain"],"type":"string"}},"required":["resources"],"type":"object"}},"required":["kind","name","spec"],"type":"object"}},"required":["owner","resourceType"],"type":"object","x-kubernetes-validations":[{"message":"ResourceRelease spec is immutable","rule":"self == oldSelf"}]},"status":{"type":"object"}},"type":"object"}},"ResourceReleaseBinding":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"resourcereleasebindings","shortNames":["rrb","rrbs"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environment":{"minLength":1,"type":"string","x-kubernetes-validations":[{"message":"spec.environment is immutable","rule":"self == oldSelf"}]},"owner":{"properties":{"projectName":{"minLength":1,"type":"string"},"resourceName":{"minLength":1,"type":"string"}},"required":["projectName","resourceName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]},"resourceRelease":{"type":"string"},"resourceTypeEnvironmentConfigs":{"x-kubernetes-preserve-unknown-fields":true},"retainPolicy":{"enum":["Delete","Retain"],"type":"string"}},"required":["environment","owner"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"outputs":{"items":{"properties":{"configMapKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"name":{"minLength":1,"type":"string"},"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value, secretKeyRef, or configMapKeyRef must be set","rule":"(has(self.value)?1:0) + (has(self.secretKeyRef)?1:0) + (has(self.configMapKeyRef)?1:0) == 1"}]},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"}},"type":"object"}},"type":"object"}},"ResourceType":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"resourcetypes","shortNames":["rt","rts"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"outputs":{"items":{"properties":{"configMapKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"name":{"minLength":1,"type":"string"},"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"required":["name"],"type":"object","x-kubernetes-validations":[{"message":"exactly one of value, secretKeyRef, or configMapKeyRef must be set","rule":"(has(self.value)?1:0) + (has(self.secretKeyRef)?1:0) + (has(self.configMapKeyRef)?1:0) == 1"}]},"type":"array","x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"readyWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"minItems":1,"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"retainPolicy":{"default":"Delete","enum":["Delete","Retain"],"type":"string"}},"required":["resources"],"type":"object"},"status":{"type":"object"}},"type":"object"}},"SecretReference":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"secretreferences","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"data":{"items":{"properties":{"remoteRef":{"properties":{"key":{"minLength":1,"type":"string"},"property":{"type":"string"},"version":{"type":"string"}},"required":["key"],"type":"object"},"secretKey":{"minLength":1,"type":"string"}},"required":["remoteRef","secretKey"],"type":"object"},"minItems":1,"type":"array"},"refreshInterval":{"default":"1h","type":"string"},"targetPlane":{"properties":{"kind":{"enum":["WorkflowPlane","ClusterWorkflowPlane","DataPlane","ClusterDataPlane"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object"},"template":{"properties":{"metadata":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object"},"type":{"default":"Opaque","enum":["Opaque","kubernetes.io/dockerconfigjson","kubernetes.io/dockercfg","kubernetes.io/basic-auth","kubernetes.io/ssh-auth","kubernetes.io/tls","bootstrap.kubernetes.io/token"],"type":"string"}},"type":"object"}},"required":["data","template"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"lastRefreshTime":{"format":"date-time","type":"string"},"secretStores":{"items":{"properties":{"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind","name","namespace"],"type":"object"},"type":"array"}},"type":"object"}},"type":"object"}},"Trait":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"traits","shortNames":["trait","traits"],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"creates":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["template"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"environmentConfigs":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"patches":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"operations":{"items":{"properties":{"op":{"enum":["add","replace","remove"],"type":"string"},"path":{"type":"string"},"value":{"x-kubernetes-preserve-unknown-fields":true}},"required":["op","path"],"type":"object"},"minItems":1,"type":"array"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["operations","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"postRenderValidations":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"mustMatch":{"default":true,"type":"boolean"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"},"when":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule","target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"preRenderValidations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"},"removes":{"items":{"properties":{"forEach":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"target":{"properties":{"group":{"type":"string"},"kind":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"where":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["group","kind","version"],"type":"object"},"targetPlane":{"default":"dataplane","enum":["dataplane","observabilityplane"],"type":"string"},"var":{"pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","type":"string"}},"required":["target"],"type":"object","x-kubernetes-validations":[{"message":"var is required when forEach is specified","rule":"!has(self.forEach) || has(self.var)"}]},"type":"array"},"validations":{"items":{"properties":{"message":{"minLength":1,"type":"string"},"rule":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"}},"required":["message","rule"],"type":"object"},"type":"array"}},"type":"object","x-kubernetes-validations":[{"message":"set only one of spec.validations or spec.preRenderValidations; validations is deprecated, use preRenderValidations","rule":"!(has(self.validations) && size(self.validations) > 0 && has(self.preRenderValidations) && size(self.preRenderValidations) > 0)"}]},"status":{"type":"object"}},"type":"object"}},"Workflow":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflows","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"externalRefs":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"id":{"maxLength":63,"minLength":2,"pattern":"^[a-z][a-z0-9-]*[a-z0-9]$","type":"string"},"kind":{"enum":["SecretReference"],"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["apiVersion","id","kind","name"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["id"],"x-kubernetes-list-type":"map"},"parameters":{"properties":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"type":"object"},"resources":{"items":{"properties":{"id":{"minLength":1,"type":"string"},"includeWhen":{"pattern":"^\\$\\{[\\s\\S]+\\}\\s*$","type":"string"},"template":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["id","template"],"type":"object"},"type":"array"},"runTemplate":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"ttlAfterCompletion":{"pattern":"^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$","type":"string"},"workflowPlaneRef":{"default":{"kind":"ClusterWorkflowPlane","name":"default"},"properties":{"kind":{"enum":["WorkflowPlane","ClusterWorkflowPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"type":"string"}},"required":["kind","name"],"type":"object","x-kubernetes-validations":[{"message":"spec.workflowPlaneRef is immutable","rule":"self == oldSelf"}]}},"required":["runTemplate"],"type":"object"},"status":{"properties":{"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"}},"type":"object"}},"required":["spec"],"type":"object"}},"WorkflowPlane":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflowplanes","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"clusterAgent":{"properties":{"clientCA":{"properties":{"secretKeyRef":{"properties":{"key":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["key","name"],"type":"object"},"value":{"type":"string"}},"type":"object"}},"required":["clientCA"],"type":"object"},"observabilityPlaneRef":{"properties":{"kind":{"enum":["ObservabilityPlane","ClusterObservabilityPlane"],"type":"string"},"name":{"maxLength":63,"minLength":1,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"}},"required":["kind","name"],"type":"object"},"planeID":{"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","type":"string"},"secretStoreRef":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}},"required":["clusterAgent"],"type":"object"},"status":{"properties":{"agentConnection":{"properties":{"connected":{"type":"boolean"},"connectedAgents":{"type":"integer"},"lastConnectedTime":{"format":"date-time","type":"string"},"lastDisconnectedTime":{"format":"date-time","type":"string"},"lastHeartbeatTime":{"format":"date-time","type":"string"},"message":{"type":"string"}},"required":["connected","connectedAgents"],"type":"object"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array"},"observedGeneration":{"format":"int64","type":"integer"}},"type":"object"}},"type":"object"}},"WorkflowRun":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workflowruns","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"ttlAfterCompletion":{"pattern":"^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$","type":"string"},"workflow":{"properties":{"kind":{"default":"ClusterWorkflow","enum":["Workflow","ClusterWorkflow"],"type":"string","x-kubernetes-validations":[{"message":"kind is immutable","rule":"self == oldSelf"}]},"name":{"minLength":1,"type":"string","x-kubernetes-validations":[{"message":"name is immutable","rule":"self == oldSelf"}]},"parameters":{"type":"object","x-kubernetes-preserve-unknown-fields":true}},"required":["name"],"type":"object"}},"required":["workflow"],"type":"object"},"status":{"properties":{"completedAt":{"format":"date-time","type":"string"},"conditions":{"items":{"properties":{"lastTransitionTime":{"format":"date-time","type":"string"},"message":{"maxLength":32768,"type":"string"},"observedGeneration":{"format":"int64","minimum":0,"type":"integer"},"reason":{"maxLength":1024,"minLength":1,"pattern":"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$","type":"string"},"status":{"enum":["True","False","Unknown"],"type":"string"},"type":{"maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$","type":"string"}},"required":["lastTransitionTime","message","reason","status","type"],"type":"object"},"type":"array","x-kubernetes-list-map-keys":["type"],"x-kubernetes-list-type":"map"},"resources":{"items":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"},"type":"array"},"runReference":{"properties":{"apiVersion":{"minLength":1,"type":"string"},"kind":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"},"namespace":{"type":"string"}},"required":["apiVersion","kind","name"],"type":"object"},"startedAt":{"format":"date-time","type":"string"},"tasks":{"items":{"properties":{"completedAt":{"format":"date-time","type":"string"},"message":{"type":"string"},"name":{"minLength":1,"type":"string"},"phase":{"enum":["Pending","Running","Succeeded","Failed","Skipped","Error"],"type":"string"},"startedAt":{"format":"date-time","type":"string"}},"required":["name"],"type":"object"},"type":"array"}},"type":"object"}},"required":["spec"],"type":"object"}},"Workload":{"group":"openchoreo.dev","version":"v1alpha1","apiVersions":["openchoreo.dev/v1alpha1"],"scope":"Namespaced","plural":"workloads","shortNames":[],"schema":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"properties":{"container":{"properties":{"args":{"items":{"type":"string"},"type":"array"},"command":{"items":{"type":"string"},"type":"array"},"env":{"items":{"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"files":{"items":{"properties":{"key":{"type":"string"},"mountPath":{"type":"string"},"value":{"type":"string"},"valueFrom":{"properties":{"secretKeyRef":{"properties":{"key":{"minLength":1,"type":"string"},"name":{"minLength":1,"type":"string"}},"required":["key","name"],"type":"object"}},"type":"object"}},"required":["key","mountPath"],"type":"object","x-kubernetes-validations":[{"message":"value and valueFrom are mutually exclusive","rule":"!(has(self.value) && has(self.valueFrom))"}]},"type":"array"},"image":{"minLength":1,"type":"string"}},"required":["image"],"type":"object"},"dependencies":{"properties":{"endpoints":{"items":{"properties":{"component":{"minLength":1,"type":"string"},"envBindings":{"properties":{"address":{"type":"string"},"basePath":{"type":"string"},"host":{"type":"string"},"port":{"type":"string"}},"type":"object"},"name":{"minLength":1,"type":"string"},"project":{"type":"string"},"visibility":{"enum":["project","namespace"],"type":"string"}},"required":["component","envBindings","name","visibility"],"type":"object"},"maxItems":50,"type":"array"},"resources":{"items":{"properties":{"envBindings":{"additionalProperties":{"type":"string"},"maxProperties":50,"type":"object","x-kubernetes-validations":[{"message":"envBindings keys (output names) and values (env var names) cannot be empty","rule":"self.all(k, k.size() > 0 && self[k].size() > 0)"}]},"fileBindings":{"additionalProperties":{"type":"string"},"maxProperties":50,"type":"object","x-kubernetes-validations":[{"message":"fileBindings keys (output names) and values (mount paths) cannot be empty","rule":"self.all(k, k.size() > 0 && self[k].size() > 0)"}]},"ref":{"minLength":1,"type":"string"}},"required":["ref"],"type":"object"},"maxItems":50,"type":"array","x-kubernetes-list-map-keys":["ref"],"x-kubernetes-list-type":"map"}},"type":"object"},"endpoints":{"additionalProperties":{"properties":{"basePath":{"type":"string"},"displayName":{"type":"string"},"port":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"schema":{"properties":{"content":{"type":"string"},"type":{"type":"string"}},"type":"object"},"targetPort":{"format":"int32","maximum":65535,"minimum":1,"type":"integer"},"type":{"enum":["HTTP","gRPC","GraphQL","Websocket","TCP","UDP"],"type":"string"},"visibility":{"items":{"enum":["project","namespace","internal","external"],"type":"string"},"type":"array","x-kubernetes-list-type":"set"}},"required":["port","type"],"type":"object"},"type":"object"},"owner":{"properties":{"componentName":{"minLength":1,"type":"string"},"projectName":{"minLength":1,"type":"string"}},"required":["componentName","projectName"],"type":"object","x-kubernetes-validations":[{"message":"spec.owner is immutable","rule":"self == oldSelf"}]}},"required":["container","owner"],"type":"object"},"status":{"type":"object"}},"type":"object"}}};

// EXTERNAL MODULE: ./build/src/core/release-names.js
var release_names = __webpack_require__(1037);
;// CONCATENATED MODULE: ./build/src/core/releases.js





/** Each release's generated validators, as a separate module loaded on demand. */
const VALIDATOR_MODULES = {
    'v0.12.0': () => __webpack_require__.e(/* import() */ 478).then(__webpack_require__.bind(__webpack_require__, 9478)),
    'v1.0.5': () => __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 5341)),
    'v1.1.6': () => __webpack_require__.e(/* import() */ 103).then(__webpack_require__.bind(__webpack_require__, 103)),
    'v1.2.3': () => __webpack_require__.e(/* import() */ 969).then(__webpack_require__.bind(__webpack_require__, 7969)),
};
const CRDS = { 'v0.12.0': crds, 'v1.0.5': v1_0_5_crds, 'v1.1.6': v1_1_6_crds, 'v1.2.3': v1_2_3_crds };
/** Oldest first (see release-names.ts). */
const RELEASES = release_names/* RELEASE_NAMES */.l.map(({ tag, minor }) => ({ tag, minor, crds: CRDS[tag], validators: {} }));
/** Makes release.validators usable (idempotent); returns the release. */
async function loadValidators(release) {
    if (Object.keys(release.validators).length === 0) {
        Object.assign(release.validators, (await VALIDATOR_MODULES[release.tag]()).validators);
    }
    return release;
}
const LATEST_RELEASE = RELEASES[RELEASES.length - 1];

/** Finds a release by `1.2`, `v1.2`, `1.2.3` or `v1.2.3`. */
function findRelease(name) {
    const clean = name.trim().replace(/^v/, '');
    return RELEASES.find((r) => r.minor === clean || r.tag === `v${clean}`);
}
/** Every kind any known release defines, for "did you mean" hints. */
const ALL_KINDS = [...new Set(RELEASES.flatMap((r) => Object.keys(r.crds)))].sort();

;// CONCATENATED MODULE: ./build/src/core/release-detect.js

const KIND_ERA = {
    Organization: '0.12', ConfigurationGroup: '0.12', Build: '0.12', BuildPlane: '0.12', ComponentWorkflow: '0.12',
    ComponentWorkflowRun: '0.12', DeploymentTrack: '0.12', GitCommitRequest: '0.12', Release: '0.12',
    ClusterComponentType: '1.x', ClusterTrait: '1.x', ClusterDataPlane: '1.x', ClusterWorkflow: '1.x', ClusterWorkflowPlane: '1.x',
    ClusterObservabilityPlane: '1.x', WorkflowPlane: '1.x', AuthzRole: '1.x', AuthzRoleBinding: '1.x', ClusterAuthzRole: '1.x',
    ClusterAuthzRoleBinding: '1.x', RenderedRelease: '1.x',
    Resource: '1.1', ResourceType: '1.1', ClusterResourceType: '1.1', ResourceReleaseBinding: '1.1', ResourceRelease: '1.1',
    ProjectType: '1.2', ClusterProjectType: '1.2', ProjectReleaseBinding: '1.2', ProjectRelease: '1.2',
};
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The shape-based markers of one resource (§4.5 of the OpenChoreo facts). */
function shapeMarkers(r) {
    const spec = isObj(r.object.spec) ? r.object.spec : {};
    const out = [];
    const add = (era, what) => out.push({ era, what, file: r.doc.file, line: r.doc.startLine });
    switch (r.kind) {
        case 'Component':
            if (typeof spec.componentType === 'string')
                add('0.12', 'Component.spec.componentType is a string');
            else if (isObj(spec.componentType))
                add('1.x', 'Component.spec.componentType is an object');
            break;
        case 'Project':
            if (typeof spec.deploymentPipelineRef === 'string')
                add('0.12', 'Project.spec.deploymentPipelineRef is a string');
            else if (isObj(spec.deploymentPipelineRef))
                add('1.x', 'Project.spec.deploymentPipelineRef is an object');
            if (isObj(spec.type))
                add('1.2', 'Project.spec.type is set');
            break;
        case 'Workload':
            if (isObj(spec.containers))
                add('0.12', 'Workload.spec.containers map');
            if (isObj(spec.container))
                add('1.x', 'Workload.spec.container');
            if (isObj(spec.dependencies) && Array.isArray(spec.dependencies.resources))
                add('1.1', 'Workload.spec.dependencies.resources');
            break;
        case 'ComponentType':
        case 'Trait':
            if (isObj(spec.schema))
                add('0.12', `${r.kind}.spec.schema`);
            if (spec.preRenderValidations || spec.postRenderValidations)
                add('1.2', `${r.kind} pre/postRenderValidations`);
            if (r.kind === 'Trait' && spec.removes)
                add('1.2', 'Trait.spec.removes');
            break;
        case 'ClusterComponentType':
        case 'ClusterTrait':
            if (spec.preRenderValidations || spec.postRenderValidations)
                add('1.2', `${r.kind} pre/postRenderValidations`);
            if (r.kind === 'ClusterTrait' && spec.removes)
                add('1.2', 'ClusterTrait.spec.removes');
            break;
        case 'ReleaseBinding':
            if (spec.componentTypeEnvOverrides || spec.traitOverrides || (isObj(spec.workloadOverrides) && spec.workloadOverrides.containers)) {
                add('0.12', 'ReleaseBinding *Overrides fields');
            }
            break;
        case 'SecretReference':
            if (spec.targetPlane)
                add('1.1', 'SecretReference.spec.targetPlane');
            break;
    }
    const era = KIND_ERA[r.kind];
    if (era)
        add(era, `kind ${r.kind}`);
    return out;
}
function where(m) {
    return `${m.what} (${m.file}:${m.line})`;
}
/** Collects the release markers of resources (per worker; sets from several workers are concatenated). */
function collectMarkers(resources) {
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
function mergeMarkers(sets, fileOrder) {
    const merged = { markers: sets.flatMap((s) => s.markers), projectsWithoutType: sets.flatMap((s) => s.projectsWithoutType) };
    if (fileOrder) {
        const byPlace = (a, b) => fileOrder(a.file) - fileOrder(b.file) || a.line - b.line;
        merged.markers.sort(byPlace);
        merged.projectsWithoutType.sort(byPlace);
    }
    return merged;
}
const byTag = (tag) => findRelease(tag) ?? LATEST_RELEASE;
/**
 * Picks the OpenChoreo release a repository targets. An explicit choice wins; otherwise the newest release
 * compatible with the markers found: 1.2 markers → v1.2.3; a Project without spec.type rules 1.2 out; 1.1
 * markers → v1.1.6; only 0.12 markers → v0.12.0.
 */
function chooseRelease(found, requested = 'auto') {
    if (requested && requested !== 'auto') {
        const release = findRelease(requested);
        if (!release)
            throw new Error(`Unknown openchoreo-version "${requested}"`);
        return { release, detected: false, evidence: [`set explicitly to ${requested}`] };
    }
    const { markers, projectsWithoutType } = found;
    const of = (era) => markers.filter((m) => m.era === era);
    const old = of('0.12');
    const modern = [...of('1.x'), ...of('1.1'), ...of('1.2')];
    const first = (list) => list.slice(0, 3).map(where);
    let mixed;
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
    if (of('1.1').length)
        return { release: byTag('v1.1.6'), detected: true, evidence: first(of('1.1')), mixed };
    return {
        release: LATEST_RELEASE,
        detected: true,
        evidence: modern.length ? [...first(modern), 'no marker of an older release'] : ['no release-specific marker found; using the newest release'],
        mixed,
    };
}

// EXTERNAL MODULE: ./build/src/core/repo-config.js
var repo_config = __webpack_require__(4900);
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

;// CONCATENATED MODULE: ./build/src/core/cel/field-schema.js
/**
 * Schema of the property `key` of an object node: the node's schema, `undefined` for an untyped (dyn) value,
 * or `null` when the API server would have pruned the property (so CEL never sees it).
 */
function fieldSchema(schema, key) {
    if (!schema)
        return undefined;
    const prop = schema.properties?.[key];
    if (prop)
        return prop;
    const extra = schema.additionalProperties;
    if (extra && typeof extra === 'object')
        return extra;
    if (extra === true || schema['x-kubernetes-preserve-unknown-fields'])
        return undefined;
    if (schema['x-kubernetes-embedded-resource'] && (key === 'apiVersion' || key === 'kind' || key === 'metadata'))
        return undefined;
    if (!schema.type && !schema.properties)
        return undefined;
    return null;
}

;// CONCATENATED MODULE: ./build/src/core/cel/compare.js

/**
 * Kubernetes' equality of two values of one schema node (what `self == oldSelf` means to the API server):
 * lists of `x-kubernetes-list-type: set` or `map` ignore order, atomic lists do not; null and absent are the
 * same; an object with `properties` compares only those (anything else would have been pruned).
 */
function structurallyEqual(a, b, schema) {
    return firstDifference(a, b, schema) === undefined;
}
/**
 * Path (relative to the node, in `a`'s indexes) of the first place where `a` and `b` differ under Kubernetes
 * equality, or undefined when they are equal. A whole list is named when set members differ or map-list keys
 * were added or removed.
 */
function firstDifference(a, b, schema) {
    if (a === b)
        return undefined;
    const aAbsent = a === null || a === undefined;
    const bAbsent = b === null || b === undefined;
    if (aAbsent || bAbsent)
        return aAbsent && bAbsent ? undefined : [];
    if (Array.isArray(a)) {
        if (!Array.isArray(b))
            return [];
        return listDifference(a, b, schema);
    }
    if (typeof a === 'object') {
        if (typeof b !== 'object' || Array.isArray(b))
            return [];
        return objectDifference(a, b, schema);
    }
    return [];
}
function objectDifference(a, b, schema) {
    for (const key of Object.keys(a)) {
        const s = fieldSchema(schema, key);
        if (s === null)
            continue;
        const diff = firstDifference(a[key], b[key], s);
        if (diff)
            return [key, ...diff];
    }
    for (const key of Object.keys(b)) {
        if (key in a)
            continue;
        const s = fieldSchema(schema, key);
        if (s === null || b[key] === null || b[key] === undefined)
            continue;
        return [key];
    }
    return undefined;
}
function listDifference(a, b, schema) {
    const items = schema?.items;
    const listType = schema?.['x-kubernetes-list-type'];
    if (listType === 'map') {
        const byKey = indexByMapKeys(b, schema?.['x-kubernetes-list-map-keys'] ?? []);
        if (byKey) {
            if (byKey.size !== a.length)
                return [];
            for (let i = 0; i < a.length; i++) {
                const other = byKey.get(mapKeyOf(a[i], schema?.['x-kubernetes-list-map-keys'] ?? []));
                if (other === undefined)
                    return [i];
                const diff = firstDifference(a[i], other, items);
                if (diff)
                    return [i, ...diff];
            }
            return undefined;
        }
    }
    if (a.length !== b.length)
        return [];
    if (listType === 'set') {
        const used = new Array(b.length).fill(false);
        for (let i = 0; i < a.length; i++) {
            const j = b.findIndex((item, k) => !used[k] && structurallyEqual(a[i], item, items));
            if (j === -1)
                return [i];
            used[j] = true;
        }
        return undefined;
    }
    for (let i = 0; i < a.length; i++) {
        const diff = firstDifference(a[i], b[i], items);
        if (diff)
            return [i, ...diff];
    }
    return undefined;
}
/** Identity of a map-list item: its key fields' values. */
function mapKeyOf(item, keys) {
    if (item === null || typeof item !== 'object')
        return '\u0000';
    const record = item;
    return keys.length === 1 ? JSON.stringify(record[keys[0]] ?? null) : JSON.stringify(keys.map((k) => record[k] ?? null));
}
/** Map-list items by key, or undefined when two items share a key (then nothing can be correlated reliably). */
function indexByMapKeys(list, keys) {
    const out = new Map();
    for (const item of list) {
        const key = mapKeyOf(item, keys);
        if (out.has(key))
            return undefined;
        out.set(key, item);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/env.js + 31 modules
var env = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/parse.js + 3 modules
var parse = __webpack_require__(3340);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/plan.js + 9 modules
var plan = __webpack_require__(8217);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/ext/strings.js
var strings = __webpack_require__(5480);
;// CONCATENATED MODULE: ./build/src/core/cel/program.js


/** Thrown when a rule uses syntax or functions this evaluator (and so the check) does not support. */
class CelCompileError extends Error {
}
/**
 * The Kubernetes CRD environment as far as OpenChoreo needs it: the standard library plus the strings
 * extension. Kubernetes' own libraries (quantity, url, ip, format, sets, lists) are not registered; a rule
 * that calls one fails to compile, so the rule inventory test catches a CRD release that starts using one.
 */
const program_env = (0,env/* celEnv */.U)({ funcs: strings/* default */.A });
/** Calls the planner handles itself rather than through the function table. */
const PLANNER_CALLS = new Set(['_[_]', '_?_:_', '_&&_', '_||_', '@not_strictly_false', '__not_strictly_false__']);
/** Type names usable as identifiers (`type(x) == string`). */
const TYPE_IDENTS = new Set(['bool', 'int', 'uint', 'double', 'string', 'bytes', 'list', 'map', 'null_type', 'type', 'dyn']);
/** Walks a parsed expression: collects the identifiers and functions it uses, minus comprehension variables. */
function inspect(expr, bound, idents, funcs) {
    const kind = expr.exprKind;
    if (!kind?.case)
        return;
    const v = kind.value;
    switch (kind.case) {
        case 'identExpr':
            if (!bound.has(v.name))
                idents.add(v.name);
            return;
        case 'selectExpr':
            if (v.operand)
                inspect(v.operand, bound, idents, funcs);
            return;
        case 'callExpr':
            funcs.add(v.function);
            if (v.target)
                inspect(v.target, bound, idents, funcs);
            for (const arg of v.args)
                inspect(arg, bound, idents, funcs);
            return;
        case 'listExpr':
            for (const el of v.elements)
                inspect(el, bound, idents, funcs);
            return;
        case 'structExpr':
            for (const entry of v.entries) {
                if (entry.keyKind?.case === 'mapKey')
                    inspect(entry.keyKind.value, bound, idents, funcs);
                if (entry.value)
                    inspect(entry.value, bound, idents, funcs);
            }
            return;
        case 'comprehensionExpr': {
            inspect(v.iterRange, bound, idents, funcs);
            const inner = new Set([...bound, v.iterVar, v.iterVar2, v.accuVar].filter(Boolean));
            for (const part of [v.accuInit, v.loopCondition, v.loopStep, v.result])
                if (part)
                    inspect(part, inner, idents, funcs);
            return;
        }
        default:
            return;
    }
}
const cache = new Map();
/**
 * Compiles one rule (or messageExpression). Parses, checks that every identifier is `self`/`oldSelf` and every
 * function exists, then plans it. Compiled programs are shared across CRDs and releases by their text.
 */
function compileExpression(source) {
    const hit = cache.get(source);
    if (hit)
        return hit;
    let parsed;
    try {
        // A `//` comment as the very last token fails to parse in @bufbuild/cel 0.6; a newline avoids it.
        parsed = (0,parse/* parse */.q)(`${source}\n`);
    }
    catch (err) {
        throw new CelCompileError(`cannot parse CEL rule ${JSON.stringify(source)}: ${err.message}`);
    }
    const idents = new Set();
    const funcs = new Set();
    inspect(parsed.expr, new Set(), idents, funcs);
    for (const name of idents) {
        if (name !== 'self' && name !== 'oldSelf' && !TYPE_IDENTS.has(name)) {
            throw new CelCompileError(`CEL rule ${JSON.stringify(source)} refers to undeclared name "${name}"`);
        }
    }
    for (const name of funcs) {
        if (!PLANNER_CALLS.has(name) && !program_env.funcs.find(name)) {
            throw new CelCompileError(`CEL rule ${JSON.stringify(source)} calls "${name}", which this evaluator does not provide`);
        }
    }
    const program = (0,plan/* plan */.e)(program_env, parsed);
    const compiled = {
        source,
        transition: idents.has('oldSelf'),
        selfEqualsOldSelf: /^\s*self\s*==\s*oldSelf\s*$/.test(source),
        run: (bindings) => program(bindings),
    };
    cache.set(source, compiled);
    return compiled;
}

;// CONCATENATED MODULE: ./build/src/core/cel/compile.js

/** What CEL sees of `metadata` at the root of a resource (the API server exposes only these two). */
const ROOT_METADATA = { type: 'object', properties: { name: { type: 'string' }, generateName: { type: 'string' } } };
/** Parses a Kubernetes `fieldPath` (`.a.b`, `.a['x.y']`, `.list[2]`) into path segments. */
function parseFieldPath(fieldPath) {
    const out = [];
    if (!fieldPath)
        return out;
    const token = /\.([A-Za-z_][A-Za-z0-9_-]*)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]/y;
    let m;
    while (token.lastIndex < fieldPath.length && (m = token.exec(fieldPath))) {
        out.push(m[1] ?? (m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : Number(m[3])));
    }
    return out;
}
const REASONS = new Set(['FieldValueInvalid', 'FieldValueForbidden', 'FieldValueRequired', 'FieldValueDuplicate']);
function compileNode(schema, at, counts, depth) {
    if (depth > 64)
        return undefined;
    const rules = [];
    for (const entry of schema['x-kubernetes-validations'] ?? []) {
        try {
            const program = compileExpression(entry.rule);
            const messageExpression = entry.messageExpression ? compileExpression(entry.messageExpression) : undefined;
            const reason = entry.reason && REASONS.has(entry.reason) ? entry.reason : 'FieldValueInvalid';
            rules.push({
                rule: entry.rule,
                program,
                message: (entry.message ?? '').trim(),
                messageExpression,
                reason,
                fieldPath: parseFieldPath(entry.fieldPath),
                transition: program.transition,
            });
            counts.rules++;
            if (program.transition)
                counts.transitions++;
        }
        catch (err) {
            counts.unsupported.push({ at: at || '<root>', rule: entry.rule, error: err.message });
        }
    }
    const properties = [];
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
        const node = compileNode(child, at ? `${at}.${key}` : key, counts, depth + 1);
        if (node)
            properties.push([key, node]);
    }
    const items = schema.items ? compileNode(schema.items, `${at}[*]`, counts, depth + 1) : undefined;
    const extra = schema.additionalProperties;
    const values = extra && typeof extra === 'object' ? compileNode(extra, `${at}{*}`, counts, depth + 1) : undefined;
    const children = [...properties.map(([, n]) => n), ...(items ? [items] : []), ...(values ? [values] : [])];
    const hasTransition = rules.some((r) => r.transition) || children.some((c) => c.hasTransition);
    const hasPlain = rules.some((r) => !r.transition) || children.some((c) => c.hasPlain);
    if (!hasTransition && !hasPlain)
        return undefined;
    return { schema, rules, properties, items, values, hasTransition, hasPlain };
}
const compile_cache = new WeakMap();
/**
 * Compiles every rule of a kind's schema once (cached per CrdInfo object). `status` is left out: the API server
 * drops it on create and keeps the stored one on update, so a manifest's status is never validated.
 */
function compileKindRules(crd) {
    const hit = compile_cache.get(crd);
    if (hit)
        return hit;
    const { status: _status, ...properties } = crd.schema.properties ?? {};
    const rootSchema = { ...crd.schema, properties: { ...properties, metadata: ROOT_METADATA } };
    const counts = { rules: 0, transitions: 0, unsupported: [] };
    const root = compileNode(rootSchema, '', counts, 0);
    const compiled = { root, ruleCount: counts.rules, transitionCount: counts.transitions, unsupported: counts.unsupported };
    compile_cache.set(crd, compiled);
    return compiled;
}

;// CONCATENATED MODULE: ./build/src/core/cel/defaults.js
const plans = new WeakMap();
/** The node's plan, or null when nothing below it declares a `default`. */
function planFor(schema) {
    let plan = plans.get(schema);
    if (plan === undefined) {
        plans.set(schema, null); // guards against self-referencing schemas
        const properties = Object.entries(schema.properties ?? {}).filter(([, p]) => p.default !== undefined || planFor(p) !== null);
        const items = schema.items && planFor(schema.items) ? schema.items : undefined;
        const extra = schema.additionalProperties;
        const values = extra && typeof extra === 'object' && (extra.default !== undefined || planFor(extra)) ? extra : undefined;
        plan = properties.length || items || values ? { properties, items, values } : null;
        plans.set(schema, plan);
    }
    return plan;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * Structural defaulting as the API server does it when it reads an object (used for the old object of a
 * transition rule; the new object is defaulted by the schema check): a property with a `default` that is
 * absent or null gets a copy of the default, but only inside an object that exists; defaults are defaulted
 * in turn. Copy-on-write: the input is never modified, and is returned as is when nothing changes.
 */
function withDefaults(value, schema) {
    const plan = schema ? planFor(schema) : null;
    if (!plan)
        return value;
    if (Array.isArray(value)) {
        const items = plan.items;
        if (!items)
            return value;
        let out;
        value.forEach((item, i) => {
            const next = withDefaults(item, items);
            if (next !== item)
                (out ??= [...value])[i] = next;
        });
        return (out ?? value);
    }
    if (!isPlainObject(value))
        return value;
    let out;
    const set = (key, next) => {
        (out ??= { ...value })[key] = next;
    };
    for (const [key, prop] of plan.properties) {
        const current = value[key];
        if ((current === undefined || current === null) && prop.default !== undefined) {
            set(key, withDefaults(structuredClone(prop.default), prop));
        }
        else if (current !== undefined && current !== null) {
            const next = withDefaults(current, prop);
            if (next !== current)
                set(key, next);
        }
    }
    const extra = plan.values;
    if (extra) {
        for (const [key, current] of Object.entries(value)) {
            if (schema?.properties?.[key])
                continue;
            const next = withDefaults(current, extra);
            if (next !== current)
                set(key, next);
        }
    }
    return (out ?? value);
}

// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/error.js
var error = __webpack_require__(2108);
;// CONCATENATED MODULE: ./build/src/core/cel/message.js
/**
 * Renders a field path as apimachinery does: fields joined by `.`, list indexes `[0]`, map keys unquoted
 * `[X-Token]` (the schema tells a map key from a field), `<nil>` for the root.
 */
function formatFieldPath(root, path) {
    let out = '';
    let schema = root;
    for (const seg of path) {
        if (typeof seg === 'number') {
            out += `[${seg}]`;
            schema = schema?.items;
        }
        else if (schema && !schema.properties?.[seg] && typeof schema.additionalProperties === 'object') {
            out += `[${seg}]`;
            schema = schema.additionalProperties;
        }
        else {
            out += out ? `.${seg}` : seg;
            schema = schema?.properties?.[seg];
        }
    }
    return out || '<nil>';
}
/** The word the API server quotes as the "value" of a failed rule: the node's schema type. */
function schemaTypeWord(schema) {
    return typeof schema.type === 'string' ? schema.type : '';
}
/** Rewrites @bufbuild/cel runtime errors into cel-go's wording, which the API server prints. */
function normaliseCelError(message) {
    const notFound = /^field not found: (.*)$/.exec(message);
    if (notFound)
        return `no such key: ${notFound[1]}`;
    if (/^found no matching overload/.test(message))
        return 'no such overload';
    if (message === 'int divide by zero')
        return 'division by zero';
    if (message === 'int modulus by zero')
        return 'modulus by zero';
    return message;
}
/** Detail of a failed rule: the evaluated messageExpression when usable, else the message, else the rule. */
function failureDetail(rule, messageFromExpression) {
    if (messageFromExpression !== undefined) {
        const trimmed = messageFromExpression.trim();
        if (trimmed && !trimmed.includes('\n') && trimmed.length <= 5120)
            return trimmed;
    }
    return rule.message || `failed rule: ${rule.rule.trim()}`;
}
/** `<path>: <body>` for a rule that evaluated to false. */
function failureLine(pathText, typeWord, rule, detail) {
    switch (rule.reason) {
        case 'FieldValueForbidden':
            return `${pathText}: Forbidden: ${detail}`;
        case 'FieldValueRequired':
            return `${pathText}: Required value: ${detail}`;
        case 'FieldValueDuplicate':
            return `${pathText}: Duplicate value: "${typeWord}"`;
        default:
            return `${pathText}: Invalid value: "${typeWord}": ${detail}`;
    }
}
/** `<path>: Invalid value: "<type>": <cel error> evaluating rule: <message or rule>` for a rule that errored. */
function errorLine(pathText, typeWord, rule, celError) {
    return `${pathText}: Invalid value: "${typeWord}": ${normaliseCelError(celError)} evaluating rule: ${rule.message || rule.rule.trim()}`;
}
/**
 * The API server's reply for a rejected object: `<Kind>.<group> "<name>" is invalid: <err>`, or the errors in
 * brackets when there are several (duplicates dropped).
 */
function apiServerMessage(kind, group, name, lines) {
    const unique = [...new Set(lines)];
    const body = unique.length === 1 ? unique[0] : `[${unique.join(', ')}]`;
    return `${kind}.${group} "${name}" is invalid: ${body}`;
}

// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/list.js
var list = __webpack_require__(9356);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/map.js
var map = __webpack_require__(724);
;// CONCATENATED MODULE: ./build/src/core/cel/value.js


/**
 * Turns parsed YAML into CEL values typed by the structural schema, the way the API server does:
 * `integer` fields become CEL ints (bigint), `number` fields doubles, untyped (preserved) numbers ints when
 * integral; null and absent properties are invisible; an object with `properties` exposes only those.
 *
 * Objects are wrapped lazily: a field is converted when a rule reads it, so `has(self.forEach)` on a large
 * template does not copy the template.
 */
function toCelValue(value, schema) {
    switch (typeof value) {
        case 'number':
            return toCelNumber(value, schema);
        case 'string':
        case 'boolean':
        case 'bigint':
            return value;
        case 'object':
            if (value === null)
                return null;
            if (Array.isArray(value)) {
                const items = schema?.items;
                return (0,list/* celList */.bC)(value.map((item) => toCelValue(item, items)));
            }
            // CelObject has every ReadonlyMap member celMap uses; its iterators are plain generators.
            return (0,map/* celMap */.$I)(new CelObject(value, schema));
        default:
            return null;
    }
}
function toCelNumber(value, schema) {
    if (schema?.type === 'number')
        return value;
    return Number.isSafeInteger(value) ? BigInt(value) : value;
}
const ESCAPES = { underscores: '__', dot: '.', dash: '-', slash: '/' };
const escaped = /__([a-z]+)__/g;
/** Kubernetes escapes property names for CEL (`__dash__` for `-`, `__namespace__` for a reserved word). */
function unescapeName(name) {
    if (!name.includes('__'))
        return name;
    return name.replace(escaped, (whole, word) => ESCAPES[word] ?? (RESERVED.has(word) ? word : whole));
}
const RESERVED = new Set([
    'true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if',
    'import', 'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while',
]);
/** A read-only map view of one object, keyed by the names CEL may see. */
class CelObject {
    raw;
    schema;
    converted;
    visible;
    constructor(raw, schema) {
        this.raw = raw;
        this.schema = schema;
    }
    get(name) {
        const hit = this.converted?.get(name);
        if (hit !== undefined)
            return hit;
        let key = name;
        if (!Object.prototype.hasOwnProperty.call(this.raw, key)) {
            // Only declared property names are escaped; map keys are used as written.
            if (!this.schema?.properties || !name.includes('__'))
                return undefined;
            key = unescapeName(name);
            if (!Object.prototype.hasOwnProperty.call(this.raw, key))
                return undefined;
        }
        const raw = this.raw[key];
        if (raw === null || raw === undefined)
            return undefined;
        const schema = fieldSchema(this.schema, key);
        if (schema === null)
            return undefined;
        const value = toCelValue(raw, schema);
        (this.converted ??= new Map()).set(name, value);
        return value;
    }
    has(name) {
        return this.get(name) !== undefined;
    }
    visibleKeys() {
        if (!this.visible) {
            this.visible = Object.keys(this.raw).filter((k) => {
                const v = this.raw[k];
                return v !== null && v !== undefined && fieldSchema(this.schema, k) !== null;
            });
        }
        return this.visible;
    }
    keys() {
        return this.visibleKeys()[Symbol.iterator]();
    }
    get size() {
        return this.visibleKeys().length;
    }
    *entries() {
        for (const k of this.keys())
            yield [k, this.get(k)];
    }
    *values() {
        for (const k of this.keys())
            yield this.get(k);
    }
    forEach(callback) {
        for (const k of this.keys())
            callback(this.get(k), k, this);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}

;// CONCATENATED MODULE: ./build/src/core/cel/evaluate.js





/** Verdicts under keyed nodes (see EvaluateOptions.sameAs): compiled node → key → path → violations. */
const verdictsByKey = new WeakMap();
function keyedVerdicts(node, key) {
    let byKey = verdictsByKey.get(node);
    if (!byKey)
        verdictsByKey.set(node, (byKey = new Map()));
    let byPath = byKey.get(key);
    if (!byPath)
        byKey.set(key, (byPath = new Map()));
    return byPath;
}
function evaluate_isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const present = (v) => v !== undefined && v !== null;
/**
 * The node ratcheting compares for a child: the child itself when it has an old value; nothing when its
 * parent has an old value but the child is new; else (the parent could not be correlated) the parent's anchor.
 */
function childAnchor(value, oldParent, oldValue, schema, parent) {
    if (present(oldValue))
        return { value, old: oldValue, schema };
    return oldParent === undefined ? parent : undefined;
}
/**
 * Evaluates the kind's rules on `object` (already defaulted by the schema check). With `oldObject` (the same
 * resource at the PR base; defaulted here), transition rules run wherever the old value correlates.
 */
function evaluateRules(compiled, object, oldObject, options = {}) {
    const root = compiled.root;
    if (!root)
        return [];
    const only = options.only;
    if (only === 'transition' && (!root.hasTransition || !present(oldObject)))
        return [];
    const old = present(oldObject) ? withDefaults(oldObject, root.schema) : undefined;
    const out = [];
    const path = [];
    const wants = (node, oldValue) => only === 'plain' ? node.hasPlain : only === 'transition' ? node.hasTransition && present(oldValue) : node.hasPlain || (node.hasTransition && present(oldValue));
    const runRules = (node, value, oldValue, anchor) => {
        let self;
        let oldSelf;
        for (const rule of node.rules) {
            if (rule.transition ? only === 'plain' || !present(oldValue) : only === 'transition')
                continue;
            let result;
            let bindings;
            if (rule.program.selfEqualsOldSelf) {
                result = structurallyEqual(value, oldValue, node.schema);
            }
            else {
                self ??= toCelValue(value, node.schema);
                bindings = rule.transition ? { self, oldSelf: (oldSelf ??= toCelValue(oldValue, node.schema)) } : { self };
                result = rule.program.run(bindings);
            }
            if (result === true)
                continue;
            const at = [...path, ...rule.fieldPath];
            const pathText = formatFieldPath(compiled.root.schema, at);
            const typeWord = schemaTypeWord(node.schema);
            const ratcheted = !rule.transition && anchor !== undefined && structurallyEqual(anchor.value, anchor.old, anchor.schema);
            if (result === false) {
                let fromExpression;
                if (rule.messageExpression) {
                    const msg = rule.messageExpression.run(bindings ?? { self: (self ??= toCelValue(value, node.schema)) });
                    if (typeof msg === 'string')
                        fromExpression = msg;
                }
                const detail = failureDetail(rule, fromExpression);
                const message = failureLine(pathText, typeWord, rule, detail);
                out.push({ path: at, rule: rule.rule, message, detail, transition: rule.transition, outcome: 'failed', reason: rule.reason, ratcheted });
            }
            else {
                const celMessage = (0,error/* isCelError */.Jr)(result) ? result.message : 'rule did not evaluate to a bool';
                const message = errorLine(pathText, typeWord, rule, celMessage);
                const detail = message.slice(message.indexOf('": ') + 3);
                out.push({ path: at, rule: rule.rule, message, detail, transition: rule.transition, outcome: 'error', reason: 'FieldValueInvalid', ratcheted });
            }
        }
    };
    const sameAs = old === undefined && !options.skip ? options.sameAs : undefined;
    const visit = (node, value, oldValue, anchor) => {
        if (!present(value))
            return;
        const key = sameAs && evaluate_isRecord(value) ? sameAs(value) : undefined;
        if (key !== undefined) {
            const byPath = keyedVerdicts(node, key);
            const at = path.join('\u0000');
            const seen = byPath.get(at);
            if (seen) {
                for (const v of seen)
                    out.push({ ...v, path: [...v.path] });
                return;
            }
            const from = out.length;
            visitNode(node, value, oldValue, anchor);
            byPath.set(at, out.slice(from).map((v) => ({ ...v, path: [...v.path] })));
            return;
        }
        visitNode(node, value, oldValue, anchor);
    };
    const visitNode = (node, value, oldValue, anchor) => {
        if (node.rules.length && !options.skip?.(path))
            runRules(node, value, oldValue, anchor);
        if (evaluate_isRecord(value)) {
            const oldRecord = evaluate_isRecord(oldValue) ? oldValue : undefined;
            for (const [key, child] of node.properties) {
                const oldChild = oldRecord?.[key];
                if (!present(value[key]) || !wants(child, oldChild))
                    continue;
                path.push(key);
                visit(child, value[key], oldChild, childAnchor(value[key], oldRecord, oldChild, child.schema, anchor));
                path.pop();
            }
            const values = node.values;
            if (values) {
                for (const key of Object.keys(value)) {
                    if (node.schema.properties?.[key])
                        continue;
                    const oldChild = oldRecord?.[key];
                    if (!wants(values, oldChild))
                        continue;
                    path.push(key);
                    visit(values, value[key], oldChild, childAnchor(value[key], oldRecord, oldChild, values.schema, anchor));
                    path.pop();
                }
            }
        }
        else if (Array.isArray(value) && node.items) {
            visitItems(node, node.items, value, oldValue, anchor);
        }
    };
    const visitItems = (node, items, list, oldList, anchor) => {
        const mapKeys = node.schema['x-kubernetes-list-type'] === 'map' ? (node.schema['x-kubernetes-list-map-keys'] ?? []) : undefined;
        // Only items of map-type lists correlate with old items (by key); atomic and set list items never do.
        const oldByKey = mapKeys && Array.isArray(oldList) ? indexByMapKeys(oldList, mapKeys) : undefined;
        for (let i = 0; i < list.length; i++) {
            const oldItem = oldByKey && mapKeys ? oldByKey.get(mapKeyOf(list[i], mapKeys)) : undefined;
            if (!wants(items, oldItem))
                continue;
            const itemAnchor = oldByKey ? (present(oldItem) ? { value: list[i], old: oldItem, schema: items.schema } : undefined) : anchor;
            path.push(i);
            visit(items, list[i], oldItem, itemAnchor);
            path.pop();
        }
    };
    visit(root, object, old, present(old) ? { value: object, old, schema: root.schema } : undefined);
    return out;
}

// EXTERNAL MODULE: ./build/src/core/finding-at.js
var finding_at = __webpack_require__(3520);
;// CONCATENATED MODULE: ./build/src/core/path.js
const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Renders a path the way the Kubernetes API server does: `spec.container.env[1].value`. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (plainKey.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out || '<root>';
}
/** Converts an Ajv/JSON-pointer instance path (`/spec/env/0`) into path segments. */
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((seg) => (/^(0|[1-9][0-9]*)$/.test(seg) ? Number(seg) : seg));
}
/** Reads the value at a path, or undefined. */
function valueAt(root, path) {
    let node = root;
    for (const seg of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[seg];
    }
    return node;
}

// EXTERNAL MODULE: ./build/src/core/block-yaml.js
var block_yaml = __webpack_require__(1498);
;// CONCATENATED MODULE: ./build/src/core/rules/cel-rules.js





const celRuleInfo = [
    { id: 'cel/rule', title: 'CRD validation rule fails', description: 'An x-kubernetes-validations (CEL) rule of the CRD evaluates to false, so the API server rejects the object.' },
    { id: 'cel/rule-error', title: 'CRD validation rule cannot be evaluated', description: 'A CEL rule of the CRD fails at run time (e.g. "no such key"); the API server rejects the object with that error.' },
];
/** Fix-it hints for the rule families OpenChoreo's CRDs use, keyed by rule text. */
const HINTS = [
    [/^!has\(self\.forEach\) \|\| has\(self\.var\)$/, 'Add `var: <name>` next to `forEach`; it names the loop variable the template uses.'],
    [/^!\(has\(self\.value\) && has\(self\.valueFrom\)\)$/, 'Keep either `value` or `valueFrom`, not both.'],
    [/^has\(self\.value\) != has\(self\.valueFrom\)$/, 'Set exactly one of `value` and `valueFrom`.'],
    [/self\.resources\.exists\(r, r\.id == self\.workloadType\)/, 'Give the primary resource `id: <workloadType>` (e.g. `id: deployment`), or use `workloadType: proxy`.'],
    [/has\(self\.validations\).*has\(self\.preRenderValidations\)/, 'Move the rules from the deprecated `validations` into `preRenderValidations`.'],
    [/self\.scope/, 'Add the broader scope field the narrower one needs (project; for a ClusterAuthzRoleBinding also namespace), or remove the narrower one.'],
    [/ClusterAuthzRole'\)$/, 'A ClusterAuthzRoleBinding can only grant ClusterAuthzRoles; use an AuthzRoleBinding for namespaced roles.'],
    [/ClusterObservabilityPlane'$/, 'Set `kind: ClusterObservabilityPlane`: a cluster-scoped plane cannot reference a namespaced ObservabilityPlane.'],
    [/secretKeyRef.*configMapKeyRef/, 'Set exactly one of `value`, `secretKeyRef` and `configMapKeyRef`.'],
    [/self\.all\(k, k\.size\(\) > 0 && self\[k\]\.size\(\) > 0\)/, 'Remove the entry with an empty key or value.'],
];
function celHint(rule) {
    return HINTS.find(([pattern]) => pattern.test(rule.trim()))?.[1] ?? '';
}
/** One violation as the finding text: the API server's reply, `<Kind>.<group> "<name>" is invalid: <line>`. */
function violationMessage(resource, group, v) {
    return apiServerMessage(resource.kind, group, resource.name, [v.message]);
}
/**
 * Plain (non-transition) CEL rules of the resource's CRD, as a per-resource check: run after the schema
 * check (which applied defaults in place), skipping nodes at, above or below a schema error.
 */
function celRuleCheck(options = {}) {
    return (resource, release, errorPaths) => {
        const crd = release.crds[resource.kind];
        if (!crd)
            return [];
        const compiled = compileKindRules(crd);
        if (!compiled.root?.hasPlain)
            return [];
        const old = options.oldObjectOf?.(resource);
        // Specs repeated verbatim (ComponentRelease snapshots) are judged once: their text identifies their value.
        const violations = evaluateRules(compiled, resource.object, old, { only: 'plain', skip: skipAroundErrors(errorPaths), sameAs: block_yaml/* blockSource */.jE });
        return violations.map((v) => ({
            path: v.path,
            ruleId: v.outcome === 'error' ? 'cel/rule-error' : 'cel/rule',
            severity: v.ratcheted ? 'warning' : 'error',
            message: violationMessage(resource, crd.group, v) + (v.ratcheted ? ' (already so at the PR base; the API server lets an unchanged value through)' : ''),
            hint: celHint(v.rule),
        }));
    };
}

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
const immutability_where = (positions, r, path) => `${r.doc.file}:${positions.locate(r.doc, path).line}`;
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
        const compiled = compileKindRules(crd);
        const skip = input.skipFor?.(head);
        const violations = compiled.root?.hasTransition ? evaluateRules(compiled, head.object, base.object, { only: 'transition', skip }) : [];
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
                message: `${violationMessage(head, crd.group, v)} (base: ${immutability_where(positions, base, v.path)})`,
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
    const oldSpec = withDefaults(base.object, schema)?.spec;
    const diff = firstDifference(head.object.spec, oldSpec, specSchema);
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
        message: `ComponentRelease "${head.name}" is immutable: ${formatPath(path)} changed (base: ${immutability_where(positions, base, path)}, now: ${immutability_where(positions, head, path)}).${consequence}`,
        hint: 'Cut a new ComponentRelease (new name) and point the ReleaseBindings at it instead of editing this one.',
    });
}

// EXTERNAL MODULE: ./build/src/core/closest.js
var closest = __webpack_require__(4350);
;// CONCATENATED MODULE: ./build/src/core/rules/reference-lookup.js


/** Namespaced kind ↔ its cluster-wide twin: a reference naming the wrong one is the most common silent error. */
const SCOPE_TWIN = {
    ComponentType: 'ClusterComponentType',
    Trait: 'ClusterTrait',
    Workflow: 'ClusterWorkflow',
    ProjectType: 'ClusterProjectType',
    ResourceType: 'ClusterResourceType',
    DataPlane: 'ClusterDataPlane',
    WorkflowPlane: 'ClusterWorkflowPlane',
    ObservabilityPlane: 'ClusterObservabilityPlane',
    AuthzRole: 'ClusterAuthzRole',
};
for (const [ns, cluster] of Object.entries(SCOPE_TWIN))
    SCOPE_TWIN[cluster] = ns;
/** Kinds the platform installer registers on the cluster; GitOps repositories rarely hold them. */
const INSTALLED_KINDS = new Set([
    'DataPlane', 'ClusterDataPlane', 'WorkflowPlane', 'ClusterWorkflowPlane', 'ObservabilityPlane', 'ClusterObservabilityPlane',
]);
const namesCache = new WeakMap();
/** Names of a kind in a namespace ('' for cluster-scoped kinds), own and context; built once per kind per index. */
function namesOf(index, kind, namespace) {
    let byKind = namesCache.get(index);
    if (!byKind)
        namesCache.set(index, (byKind = new Map()));
    const cluster = index.isClusterScoped(kind);
    const key = `${kind}/${cluster ? '' : namespace}`;
    if (!byKind.has(`${kind}/*`)) {
        byKind.set(`${kind}/*`, []);
        for (const r of index.ofKind(kind)) {
            const k = `${kind}/${index.namespaceOf(r)}`;
            let list = byKind.get(k);
            if (!list)
                byKind.set(k, (list = []));
            if (!list.includes(r.name))
                list.push(r.name);
        }
    }
    return byKind.get(key) ?? [];
}
function scopeTwin(kind) {
    return SCOPE_TWIN[kind];
}
function lookup(index, kind, namespace, name) {
    const target = index.find(kind, namespace, name);
    const twinKind = SCOPE_TWIN[kind];
    const twin = target || !twinKind ? undefined : index.find(twinKind, namespace, name);
    return { target, twin, kindKnown: index.ofKind(kind).length > 0 };
}
/**
 * The finding for a reference whose target is not defined. A scope twin with the same name makes it certain
 * (`kind:` is wrong); a kind the repository never defines is only a warning (it may come from the platform), and
 * for plane kinds (installed with OpenChoreo) nothing is said.
 */
function missingReference(index, positions, ref, found) {
    if (found.target)
        return undefined;
    const cluster = index.isClusterScoped(ref.kind);
    const where = cluster ? '' : ` in namespace "${ref.namespace}"`;
    const base = `${ref.kind} "${ref.name}" not found${where}`;
    const message = ref.consequence ? `${base}: ${ref.consequence}` : base;
    if (found.twin) {
        return (0,finding_at/* findingAt */.d)(positions, ref.from.doc, ref.path, {
            ruleId: ref.ruleId,
            severity: ref.severity ?? 'error',
            message,
            hint: `A ${found.twin.kind} named "${ref.name}" exists: set \`kind: ${found.twin.kind}\` (an omitted kind defaults to the CRD default).`,
        });
    }
    if (!found.kindKnown) {
        if (INSTALLED_KINDS.has(ref.kind))
            return undefined;
        return (0,finding_at/* findingAt */.d)(positions, ref.from.doc, ref.path, {
            ruleId: ref.ruleId,
            severity: 'warning',
            message: `${base} in this repository`,
            hint: `No ${ref.kind} is defined here. If the platform installs it, pass the platform repository as context (--context DIR) so the reference can be checked.`,
        });
    }
    const names = namesOf(index, ref.kind, ref.namespace);
    const elsewhere = cluster ? undefined : index.ofKind(ref.kind).find((r) => r.name === ref.name);
    const hint = elsewhere
        ? `A ${ref.kind} "${ref.name}" exists in namespace "${index.namespaceOf(elsewhere)}"; references resolve only in the referrer's own namespace.`
        : (0,closest/* didYouMean */.au)(ref.name, names) || (names.length ? `Defined: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}.` : '');
    return (0,finding_at/* findingAt */.d)(positions, ref.from.doc, ref.path, { ruleId: ref.ruleId, severity: ref.severity ?? 'error', message, hint });
}
/** Own resources of a kind (context resources resolve references but are never judged). */
function ownOfKind(index, kind) {
    return index.ofKind(kind).filter((r) => !index.isContext(r));
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function rec(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function reference_lookup_list(value) {
    return Array.isArray(value) ? value : [];
}

;// CONCATENATED MODULE: ./build/src/core/rules/component-refs.js



const componentRefRules = [
    { id: 'reference/component-project', title: 'Component owner project exists', description: 'The Component controller stops with ProjectNotFound when `spec.owner.projectName` names no Project in the same namespace.' },
    { id: 'reference/component-type', title: 'Component type exists', description: '`spec.componentType` must name an existing ComponentType (same namespace) or ClusterComponentType; otherwise the controller reports ComponentTypeNotFound and nothing deploys.' },
    { id: 'reference/workload-type-mismatch', title: 'Component workloadType prefix matches its type', description: 'The `<workloadType>/` prefix of `spec.componentType.name` must equal the type\'s `spec.workloadType` (controller: WorkloadType mismatch).' },
    { id: 'reference/trait', title: 'Trait exists', description: 'Every trait a Component or ComponentType uses must exist as Trait (same namespace) or ClusterTrait (controller: TraitNotFound).' },
    { id: 'reference/trait-not-allowed', title: 'Trait allowed by the component type', description: 'A Component may only use traits listed in its type\'s `allowedTraits`, matched on `kind:name` after defaults.' },
    { id: 'reference/trait-instance-name', title: 'Trait instance names are unique', description: 'Duplicate `instanceName`s are rejected by the Component webhook; names equal to an embedded trait instance fail in the controller.' },
    { id: 'reference/workflow', title: 'Workflow exists', description: '`spec.workflow` must name an existing ClusterWorkflow (the default kind) or Workflow in the same namespace.' },
    { id: 'reference/workflow-not-allowed', title: 'Workflow allowed by the component type', description: 'A Component workflow must be listed in its type\'s `allowedWorkflows` (controller: WorkflowNotAllowed).' },
];
/** `kind:name` keys of a type's allowed list, with the CRD default kind for omitted kinds. */
function allowedKeys(items, defaultKind) {
    const keys = new Map();
    for (const item of reference_lookup_list(items)) {
        const name = str(rec(item)?.name);
        if (name) {
            const kind = str(rec(item)?.kind) ?? defaultKind;
            keys.set(`${kind}:${name}`, { kind, name });
        }
    }
    return keys;
}
/** The (Cluster)ComponentType a Component names, when its name has the `<workloadType>/<name>` form and it exists. */
function componentTypeOf(index, component) {
    const ref = rec(component.object.spec)?.componentType;
    const name = str(rec(ref)?.name);
    const slash = name?.indexOf('/') ?? -1;
    if (!name || slash <= 0)
        return undefined;
    const kind = str(rec(ref)?.kind) ?? 'ComponentType';
    return index.find(kind, index.namespaceOf(component), name.slice(slash + 1));
}
function checkComponentRefs(index, positions) {
    const out = [];
    for (const component of ownOfKind(index, 'Component')) {
        const spec = rec(component.object.spec);
        if (!spec)
            continue;
        const ns = index.namespaceOf(component);
        const project = str(rec(spec.owner)?.projectName);
        if (project) {
            const f = missingReference(index, positions, {
                ruleId: 'reference/component-project', from: component, path: ['spec', 'owner', 'projectName'],
                kind: 'Project', name: project, namespace: ns, consequence: 'the Component controller stops with ProjectNotFound',
            }, lookup(index, 'Project', ns, project));
            if (f)
                out.push(f);
        }
        const type = checkType(index, positions, component, spec, ns, out);
        checkTraits(index, positions, component, spec, ns, type, out);
        checkWorkflow(index, positions, component, spec, ns, type, out);
    }
    return out;
}
function checkType(index, positions, component, spec, ns, out) {
    const ref = rec(spec.componentType);
    const full = str(ref?.name);
    const slash = full?.indexOf('/') ?? -1;
    if (!ref || !full || slash <= 0)
        return undefined; // the CRD pattern reports the format
    const kind = str(ref.kind) ?? 'ComponentType';
    const workloadType = full.slice(0, slash);
    const name = full.slice(slash + 1);
    const path = ['spec', 'componentType', 'name'];
    const found = lookup(index, kind, ns, name);
    const missing = missingReference(index, positions, {
        ruleId: 'reference/component-type', from: component, path, kind, name, namespace: ns,
        consequence: 'the Component controller reports ComponentTypeNotFound and nothing deploys',
    }, found);
    if (missing)
        out.push(missing);
    const type = found.target;
    const actual = str(rec(type?.object.spec)?.workloadType);
    if (type && actual && actual !== workloadType) {
        out.push((0,finding_at/* findingAt */.d)(positions, component.doc, path, {
            ruleId: 'reference/workload-type-mismatch',
            severity: 'error',
            message: `WorkloadType mismatch: component specifies ${workloadType} but ${kind} "${name}" has ${actual}`,
            hint: `Write \`name: ${actual}/${name}\`.`,
        }));
    }
    return type;
}
function checkTraits(index, positions, component, spec, ns, type, out) {
    const traits = reference_lookup_list(spec.traits);
    if (traits.length === 0)
        return;
    const typeSpec = rec(type?.object.spec);
    const embedded = new Set(reference_lookup_list(typeSpec?.traits).map((t) => str(rec(t)?.instanceName)).filter((n) => !!n));
    const allowedDefault = type?.kind === 'ClusterComponentType' ? 'ClusterTrait' : 'Trait';
    const allowed = allowedKeys(typeSpec?.allowedTraits, allowedDefault);
    if (type && allowed.size === 0) {
        out.push((0,finding_at/* findingAt */.d)(positions, component.doc, ['spec', 'traits'], {
            ruleId: 'reference/trait-not-allowed',
            severity: 'error',
            message: `${type.kind} "${type.name}": no traits are allowed, but component has ${traits.length} trait(s)`,
            hint: `Remove the traits or list them in the ${type.kind}'s spec.allowedTraits.`,
        }));
    }
    const seen = new Set();
    traits.forEach((item, i) => {
        const trait = rec(item);
        const name = str(trait?.name);
        if (!trait || !name)
            return;
        const kind = str(trait.kind) ?? 'Trait';
        const instance = str(trait.instanceName);
        if (instance && seen.has(instance)) {
            out.push((0,finding_at/* findingAt */.d)(positions, component.doc, ['spec', 'traits', i, 'instanceName'], {
                ruleId: 'reference/trait-instance-name', severity: 'error',
                message: `spec.traits[${i}].instanceName: Duplicate value: "${instance}"`, hint: 'Give each trait instance its own instanceName.',
            }));
        }
        else if (instance && embedded.has(instance)) {
            out.push((0,finding_at/* findingAt */.d)(positions, component.doc, ['spec', 'traits', i, 'instanceName'], {
                ruleId: 'reference/trait-instance-name', severity: 'error',
                message: `${type.kind} "${type.name}": trait instance names [${instance}] collide with embedded traits`,
                hint: 'Choose another instanceName; the component type already embeds a trait instance with this name.',
            }));
        }
        if (instance)
            seen.add(instance);
        if (type && allowed.size > 0 && !allowed.has(`${kind}:${name}`)) {
            const twin = scopeTwin(kind);
            const hint = twin && allowed.has(`${twin}:${name}`)
                ? `The type allows ${twin}:${name}: set \`kind: ${twin}\`.`
                : (0,closest/* didYouMean */.au)(name, [...allowed.values()].map((a) => a.name)) || `Allowed: ${[...allowed.keys()].join(', ')}.`;
            out.push((0,finding_at/* findingAt */.d)(positions, component.doc, ['spec', 'traits', i, 'name'], {
                ruleId: 'reference/trait-not-allowed', severity: 'error',
                message: `${type.kind} "${type.name}": traits [${kind}:${name}] are not in the allowed list [${[...allowed.keys()].join(', ')}]`,
                hint,
            }));
            return;
        }
        const f = missingReference(index, positions, {
            ruleId: 'reference/trait', from: component, path: ['spec', 'traits', i, 'name'], kind, name, namespace: ns,
            consequence: 'the Component controller reports TraitNotFound',
        }, lookup(index, kind, ns, name));
        if (f)
            out.push(f);
    });
}
function checkWorkflow(index, positions, component, spec, ns, type, out) {
    const ref = rec(spec.workflow);
    const name = str(ref?.name);
    if (!ref || !name)
        return;
    const kind = str(ref.kind) ?? 'ClusterWorkflow';
    const path = ['spec', 'workflow', 'name'];
    if (type) {
        const allowed = allowedKeys(rec(type.object.spec)?.allowedWorkflows, 'ClusterWorkflow');
        if (allowed.size === 0 || !allowed.has(`${kind}:${name}`)) {
            const twin = scopeTwin(kind);
            const hint = allowed.size === 0
                ? `List it in the ${type.kind}'s spec.allowedWorkflows, or remove spec.workflow.`
                : twin && allowed.has(`${twin}:${name}`)
                    ? `The type allows ${twin}:${name}: set \`kind: ${twin}\` (an omitted kind defaults to ClusterWorkflow).`
                    : (0,closest/* didYouMean */.au)(name, [...allowed.values()].map((a) => a.name)) || `Allowed: ${[...allowed.keys()].join(', ')}.`;
            out.push((0,finding_at/* findingAt */.d)(positions, component.doc, path, {
                ruleId: 'reference/workflow-not-allowed', severity: 'error',
                message: allowed.size === 0
                    ? `No workflows are allowed by ${type.kind} "${type.name}", but component specifies workflow "${name}"`
                    : `Workflow "${name}" (kind ${kind}) is not allowed by ${type.kind} "${type.name}"`,
                hint,
            }));
            return;
        }
    }
    const f = missingReference(index, positions, {
        ruleId: 'reference/workflow', from: component, path, kind, name, namespace: ns,
        consequence: 'the Component controller reports WorkflowNotFound',
    }, lookup(index, kind, ns, name));
    if (f)
        out.push(f);
}

;// CONCATENATED MODULE: ./build/src/core/rules/pipeline-graph.js

const graphs = new WeakMap();
function pipelineGraph(pipeline) {
    const hit = graphs.get(pipeline);
    if (hit)
        return hit;
    const refs = [];
    const edges = [];
    const sources = [];
    reference_lookup_list(rec(pipeline.object.spec)?.promotionPaths).forEach((p, i) => {
        const srcRef = rec(rec(p)?.sourceEnvironmentRef);
        const srcName = str(srcRef?.name);
        const from = srcName ? { name: srcName, kind: str(srcRef?.kind) ?? 'Environment', path: ['spec', 'promotionPaths', i, 'sourceEnvironmentRef', 'name'] } : undefined;
        if (from) {
            refs.push(from);
            sources.push(from);
        }
        reference_lookup_list(rec(p)?.targetEnvironmentRefs).forEach((t, j) => {
            const name = str(rec(t)?.name);
            if (!name)
                return;
            const to = { name, kind: str(rec(t)?.kind) ?? 'Environment', path: ['spec', 'promotionPaths', i, 'targetEnvironmentRefs', j, 'name'] };
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
        container = rec(container)?.[seg];
    const ns = index.namespaceOf(resource);
    for (const field of ['env', 'files']) {
        reference_lookup_list(rec(container)?.[field]).forEach((entry, i) => {
            const ref = rec(rec(rec(entry)?.valueFrom)?.secretKeyRef);
            const name = str(ref?.name);
            if (!ref || !name)
                return;
            const base = [...containerPath, field, i, 'valueFrom', 'secretKeyRef'];
            const found = lookup(index, 'SecretReference', ns, name);
            const missing = missingReference(index, positions, {
                ruleId: 'reference/secret-reference', from: resource, path: [...base, 'name'], kind: 'SecretReference', name, namespace: ns,
                consequence: 'rendering fails with "Failed to collect SecretReferences"',
            }, found);
            if (missing)
                out.push(missing);
            const key = str(ref.key);
            if (!found.target || !key)
                return;
            const keys = reference_lookup_list(rec(found.target.object.spec)?.data).map((d) => str(rec(d)?.secretKey)).filter((k) => !!k);
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
    const name = str(rec(binding.object.spec)?.releaseName);
    return name ? index.find('ComponentRelease', index.namespaceOf(binding), name) : undefined;
}
/** Trait instance names a binding can configure: from the pinned release snapshot, else the live component and type. */
function traitInstancesOf(index, binding, component) {
    const own = new Map();
    const embedded = new Set();
    const release = releaseOf(index, binding);
    const releaseSpec = rec(release?.object.spec);
    const ownTraits = releaseSpec ? reference_lookup_list(rec(releaseSpec.componentProfile)?.traits) : reference_lookup_list(rec(component?.object.spec)?.traits);
    for (const t of ownTraits) {
        const instance = str(rec(t)?.instanceName);
        const name = str(rec(t)?.name);
        if (instance && name)
            own.set(instance, { kind: str(rec(t)?.kind) ?? 'Trait', name });
    }
    const typeSpec = releaseSpec ? rec(rec(releaseSpec.componentType)?.spec) : rec((component && componentTypeOf(index, component))?.object.spec);
    for (const t of reference_lookup_list(typeSpec?.traits)) {
        const instance = str(rec(t)?.instanceName);
        if (instance)
            embedded.add(instance);
    }
    return { own, embedded };
}
function checkBindingRefs(index, positions) {
    const out = [];
    const byComponentEnv = new Map();
    for (const binding of ownOfKind(index, 'ReleaseBinding')) {
        const spec = rec(binding.object.spec);
        if (!spec)
            continue;
        const ns = index.namespaceOf(binding);
        const owner = rec(spec.owner);
        const projectName = str(owner?.projectName);
        const componentName = str(owner?.componentName);
        const env = str(spec.environment);
        let component;
        if (projectName) {
            const f = missingReference(index, positions, {
                ruleId: 'reference/binding-component', from: binding, path: ['spec', 'owner', 'projectName'], kind: 'Project', name: projectName, namespace: ns,
                consequence: 'the ReleaseBinding controller reports ProjectNotFound',
            }, lookup(index, 'Project', ns, projectName));
            if (f)
                out.push(f);
        }
        if (componentName) {
            const found = lookup(index, 'Component', ns, componentName);
            component = found.target;
            const f = missingReference(index, positions, {
                ruleId: 'reference/binding-component', from: binding, path: ['spec', 'owner', 'componentName'], kind: 'Component', name: componentName, namespace: ns,
                consequence: 'the ReleaseBinding controller reports ComponentNotFound',
            }, found);
            if (f)
                out.push(f);
            const actualProject = str(rec(rec(component?.object.spec)?.owner)?.projectName);
            if (component && projectName && actualProject && actualProject !== projectName) {
                out.push((0,finding_at/* findingAt */.d)(positions, binding.doc, ['spec', 'owner', 'projectName'], {
                    ruleId: 'reference/binding-component', severity: 'error',
                    message: `Component "${componentName}" belongs to project "${actualProject}", not "${projectName}"`,
                    hint: `Set owner.projectName: ${actualProject}.`,
                }));
            }
        }
        if (env) {
            const f = missingReference(index, positions, {
                ruleId: 'reference/binding-environment', from: binding, path: ['spec', 'environment'], kind: 'Environment', name: env, namespace: ns,
                consequence: 'the ReleaseBinding controller reports EnvironmentNotFound',
            }, lookup(index, 'Environment', ns, env));
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
    const name = str(rec(binding.object.spec)?.releaseName);
    if (!name)
        return; // autoDeploy, the API or occ fills it in
    const found = lookup(index, 'ComponentRelease', ns, name);
    const f = missingReference(index, positions, {
        ruleId: 'reference/binding-release', from: binding, path: ['spec', 'releaseName'], kind: 'ComponentRelease', name, namespace: ns,
        consequence: 'the ReleaseBinding controller reports ComponentReleaseNotFound',
    }, found);
    if (f)
        out.push(f);
    const owner = rec(rec(found.target?.object.spec)?.owner);
    if (!found.target || !owner)
        return;
    const rp = str(owner.projectName);
    const rc = str(owner.componentName);
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
    const pipelineName = str(rec(rec(project?.object.spec)?.deploymentPipelineRef)?.name);
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
    const configs = rec(rec(binding.object.spec)?.traitEnvironmentConfigs);
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

;// CONCATENATED MODULE: ./build/src/core/rules/parameter-findings.js


const schemasByIndex = new WeakMap();
/** One compiled-schema cache per run (per index), shared by every parameter rule. */
function parameterSchemasFor(index, create) {
    let schemas = schemasByIndex.get(index);
    if (!schemas)
        schemasByIndex.set(index, (schemas = create()));
    return schemas;
}
const RULE_BY_KIND = {
    invalid: 'parameters/invalid-value',
    required: 'parameters/missing-required',
    'closed-unknown': 'parameters/unknown-field',
    'ignored-unknown': 'parameters/ignored-key',
};
/** Turns value problems into findings at the offending value (or its nearest written ancestor). */
function valueFindings(positions, resource, problems, check, out) {
    for (const p of problems) {
        if (p.kind === 'required' && !check.reportRequired)
            continue;
        if (p.kind === 'ignored-unknown' && !check.reportIgnored)
            continue;
        const path = [...check.base, ...p.path];
        const where = formatPath(path);
        const severity = p.kind === 'ignored-unknown' ? 'warning' : check.severity;
        let hint = p.hint;
        if (p.kind === 'required') {
            hint = p.hasDefault
                ? `The schema gives it a default, but ComponentRelease admission validates without defaults: write "${String(p.path[p.path.length - 1])}" out explicitly.`
                : `Set "${String(p.path[p.path.length - 1])}"; the ${check.schemaOwner} schema requires it.`;
        }
        out.push((0,finding_at/* findingAt */.d)(positions, resource.doc, p.kind === 'required' ? path.slice(0, -1) : path, {
            ruleId: RULE_BY_KIND[p.kind],
            severity,
            message: `${where}: ${p.message} (${check.schemaOwner} schema)`,
            hint,
        }));
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./build/src/core/param-schema/schema-problem.js
/** A plain JSON object (not an array, not null). */
function schema_problem_isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./build/src/core/param-schema/dialect.js

/** Keys of Kubernetes `JSONSchemaProps` (the OpenAPI v3.0 subset OpenChoreo accepts in parameter schemas). */
const KNOWN_KEYS = new Set([
    '$schema', 'id', '$ref', 'description', 'type', 'format', 'title', 'default', 'maximum', 'exclusiveMaximum',
    'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems',
    'multipleOf', 'enum', 'maxProperties', 'minProperties', 'required', 'items', 'allOf', 'oneOf', 'anyOf', 'not',
    'properties', 'additionalProperties', 'patternProperties', 'dependencies', 'additionalItems', 'definitions',
    'externalDocs', 'example', 'nullable',
    'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-embedded-resource', 'x-kubernetes-int-or-string',
    'x-kubernetes-list-map-keys', 'x-kubernetes-list-type', 'x-kubernetes-map-type', 'x-kubernetes-validations',
]);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);
/** Hints for JSON Schema keywords people bring from newer drafts. */
const REPLACEMENTS = {
    const: 'use `enum: [value]`',
    examples: 'use `example:` (one value)',
    $id: 'remove it (or use `id`)',
    $comment: 'use a YAML comment or `description`',
    readOnly: 'remove it',
    writeOnly: 'remove it',
    deprecated: 'say so in `description`',
    if: 'express the condition with `oneOf`/`anyOf`',
    then: 'express the condition with `oneOf`/`anyOf`',
    else: 'express the condition with `oneOf`/`anyOf`',
    prefixItems: 'use `items` with one schema',
    unevaluatedProperties: 'use `additionalProperties`',
    dependentRequired: 'use `dependencies`',
    dependentSchemas: 'use `dependencies`',
    contentEncoding: 'remove it',
    contentMediaType: 'remove it',
};
/** A schema-valued child of a node: where it is and whether it is a map of schemas or a list of them. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const SCHEMA_SINGLES = ['not', 'additionalProperties', 'additionalItems'];
/**
 * Keywords the Kubernetes API types would not decode (OpenChoreo's webhook reports them as
 * `openAPIV3Schema contains unknown or invalid fields`). Other `x-*` keys are UI hints and are stripped, so allowed.
 */
function checkSchemaDialect(root) {
    const problems = [];
    if (!schema_problem_isPlainObject(root)) {
        if (root !== undefined)
            problems.push({ path: [], message: 'openAPIV3Schema must be an object' });
        return problems;
    }
    const defs = root.$defs;
    if (defs !== undefined && !schema_problem_isPlainObject(defs))
        problems.push({ path: ['$defs'], message: '$defs must be a map of schemas' });
    else if (defs)
        for (const [name, def] of Object.entries(defs))
            walk(def, ['$defs', name], problems, 1);
    walk(root, [], problems, 0, true);
    return problems;
}
function walk(node, path, problems, depth, isRoot = false) {
    if (depth > 64)
        return;
    if (!schema_problem_isPlainObject(node)) {
        problems.push({ path, message: `a schema must be an object, not ${node === null ? 'null' : typeof node}` });
        return;
    }
    for (const [key, value] of Object.entries(node)) {
        if (key === '$defs' && isRoot)
            continue;
        if (key.startsWith('x-') && !key.startsWith('x-kubernetes-'))
            continue;
        if (!KNOWN_KEYS.has(key)) {
            const instead = key === '$defs' ? 'define it under the top-level `$defs`' : REPLACEMENTS[key];
            problems.push({
                path: [...path, key],
                message: `unknown field "${key}": Kubernetes JSONSchemaProps does not support it${instead ? ` (${instead})` : ''}`,
            });
            continue;
        }
        checkKeyword(key, value, [...path, key], problems);
    }
    for (const key of SCHEMA_MAPS) {
        const map = node[key];
        if (schema_problem_isPlainObject(map))
            for (const [name, child] of Object.entries(map))
                walk(child, [...path, key, name], problems, depth + 1);
    }
    for (const key of SCHEMA_LISTS) {
        const list = node[key];
        if (Array.isArray(list))
            list.forEach((child, i) => walk(child, [...path, key, i], problems, depth + 1));
    }
    for (const key of SCHEMA_SINGLES) {
        if (schema_problem_isPlainObject(node[key]))
            walk(node[key], [...path, key], problems, depth + 1);
    }
    const items = node.items;
    if (Array.isArray(items))
        items.forEach((child, i) => walk(child, [...path, 'items', i], problems, depth + 1));
    else if (items !== undefined)
        walk(items, [...path, 'items'], problems, depth + 1);
    const deps = node.dependencies;
    if (schema_problem_isPlainObject(deps)) {
        for (const [name, dep] of Object.entries(deps))
            if (!Array.isArray(dep))
                walk(dep, [...path, 'dependencies', name], problems, depth + 1);
    }
}
function checkKeyword(key, value, path, problems) {
    switch (key) {
        case 'type':
            if (Array.isArray(value)) {
                problems.push({ path, message: 'type must be a single string; type arrays are not supported (use `nullable: true` for null)' });
            }
            else if (typeof value !== 'string' || !TYPES.has(value)) {
                problems.push({ path, message: `unsupported type ${JSON.stringify(value)}: use one of ${[...TYPES].join(', ')}` });
            }
            return;
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            if (typeof value !== 'boolean') {
                const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
                problems.push({ path, message: `${key} must be a boolean in OpenAPI v3.0 (write \`${bound}: ${String(value)}\` with \`${key}: true\`)` });
            }
            return;
        case 'required':
            if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
                problems.push({ path, message: 'required must be a list of property names' });
            return;
        case 'enum':
            if (!Array.isArray(value))
                problems.push({ path, message: 'enum must be a list' });
            return;
        case 'properties':
        case 'patternProperties':
        case 'definitions':
            if (!schema_problem_isPlainObject(value))
                problems.push({ path, message: `${key} must be a map of schemas` });
            return;
        case 'allOf':
        case 'anyOf':
        case 'oneOf':
            if (!Array.isArray(value))
                problems.push({ path, message: `${key} must be a list of schemas` });
            return;
        case 'additionalProperties':
        case 'additionalItems':
            if (typeof value !== 'boolean' && !schema_problem_isPlainObject(value))
                problems.push({ path, message: `${key} must be a boolean or a schema` });
            return;
        case '$ref':
            if (typeof value !== 'string')
                problems.push({ path, message: '$ref must be a string' });
            return;
        case 'pattern':
            if (typeof value !== 'string')
                problems.push({ path, message: 'pattern must be a string' });
            return;
        default:
            return;
    }
}

;// CONCATENATED MODULE: ./build/src/core/param-schema/resolve-refs.js

const MAX_DEPTH = 64;
const LOCAL_REF = /^#\/\$defs\/([^/]+)$/;
const resolve_refs_SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', 'dependencies'];
const resolve_refs_SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const resolve_refs_SCHEMA_SINGLES = ['not', 'additionalProperties', 'additionalItems'];
/**
 * Inlines local `#/$defs/<Name>` references the way OpenChoreo does before handing a parameter schema to
 * Kubernetes: keys next to `$ref` are merged over the definition, other references, missing definitions and
 * cycles are errors, nesting is limited to 64 levels, and `$defs` is dropped afterwards.
 */
function resolveSchemaRefs(root) {
    const problems = [];
    if (!schema_problem_isPlainObject(root))
        return { schema: undefined, problems };
    const defs = schema_problem_isPlainObject(root.$defs) ? root.$defs : {};
    const resolvedDefs = new Map();
    const resolveDef = (name, stack, depth) => {
        if (resolvedDefs.has(name))
            return resolvedDefs.get(name);
        const raw = defs[name];
        const out = schema_problem_isPlainObject(raw) ? resolveNode(raw, ['$defs', name], [...stack, name], depth) : undefined;
        resolvedDefs.set(name, out);
        return out;
    };
    const resolveNode = (node, path, stack, depth) => {
        if (depth > MAX_DEPTH) {
            problems.push({ path, message: `schema nesting is deeper than ${MAX_DEPTH} levels` });
            return {};
        }
        const out = {};
        for (const [key, value] of Object.entries(node)) {
            if (key === '$defs' || key === '$ref')
                continue;
            out[key] = resolveChild(key, value, [...path, key], stack, depth);
        }
        const ref = node.$ref;
        if (typeof ref !== 'string')
            return out;
        const match = LOCAL_REF.exec(ref);
        if (!match) {
            problems.push({ path: [...path, '$ref'], message: `unsupported $ref "${ref}": only local references of the form "#/$defs/<Name>" are allowed` });
            return out;
        }
        const name = decodeURIComponent(match[1]);
        if (stack.includes(name)) {
            const cycle = [...stack.slice(stack.indexOf(name)), name].join(' → ');
            problems.push({ path: [...path, '$ref'], message: `circular $ref: ${cycle}` });
            return out;
        }
        if (!(name in defs)) {
            const known = Object.keys(defs);
            problems.push({
                path: [...path, '$ref'],
                message: `$ref "${ref}" names no definition in $defs${known.length ? ` (defined: ${known.join(', ')})` : ''}`,
            });
            return out;
        }
        const target = resolveDef(name, stack, depth + 1);
        return target ? { ...target, ...out } : out;
    };
    const resolveChild = (key, value, path, stack, depth) => {
        if (resolve_refs_SCHEMA_MAPS.includes(key) && schema_problem_isPlainObject(value)) {
            const map = {};
            for (const [name, child] of Object.entries(value)) {
                map[name] = schema_problem_isPlainObject(child) ? resolveNode(child, [...path, name], stack, depth + 1) : child;
            }
            return map;
        }
        if (resolve_refs_SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
            return value.map((child, i) => (schema_problem_isPlainObject(child) ? resolveNode(child, [...path, i], stack, depth + 1) : child));
        }
        if ((resolve_refs_SCHEMA_SINGLES.includes(key) || key === 'items') && schema_problem_isPlainObject(value)) {
            return resolveNode(value, path, stack, depth + 1);
        }
        if (key === 'items' && Array.isArray(value)) {
            return value.map((child, i) => (schema_problem_isPlainObject(child) ? resolveNode(child, [...path, i], stack, depth + 1) : child));
        }
        return value;
    };
    const schema = resolveNode(root, [], [], 0);
    return { schema, problems };
}

;// CONCATENATED MODULE: ./build/src/core/param-schema/structural-defaults.js

/**
 * Kubernetes structural defaulting on a resolved schema: a missing (or null, unless nullable) property with a
 * `default` gets a copy of it, recursively (so `default: {}` picks up nested defaults), through `properties`,
 * `items` and `additionalProperties`. Copy-on-write: the input is never changed and is returned as is when no
 * default applies.
 */
function withStructuralDefaults(schema, value, depth = 0) {
    if (!schema || depth > 64)
        return value;
    if (Array.isArray(value)) {
        const items = schema.items;
        if (!schema_problem_isPlainObject(items))
            return value;
        let out;
        value.forEach((item, i) => {
            const next = withStructuralDefaults(items, item, depth + 1);
            if (next !== item)
                (out ??= [...value])[i] = next;
        });
        return out ?? value;
    }
    if (!schema_problem_isPlainObject(value))
        return value;
    let out;
    const properties = schema_problem_isPlainObject(schema.properties) ? schema.properties : undefined;
    if (properties) {
        for (const [key, sub] of Object.entries(properties)) {
            if (!schema_problem_isPlainObject(sub))
                continue;
            let child = value[key];
            if ((child === undefined || (child === null && sub.nullable !== true)) && 'default' in sub) {
                child = structuredClone(sub.default);
            }
            const next = withStructuralDefaults(sub, child, depth + 1);
            if (next !== value[key])
                (out ??= { ...value })[key] = next;
        }
    }
    const additional = schema.additionalProperties;
    if (schema_problem_isPlainObject(additional)) {
        for (const [key, child] of Object.entries(value)) {
            if (properties && key in properties)
                continue;
            const next = withStructuralDefaults(additional, child, depth + 1);
            if (next !== child)
                (out ??= { ...value })[key] = next;
        }
    }
    return out ?? value;
}

;// CONCATENATED MODULE: ./build/src/core/param-schema/to-ajv-schema.js

const DROPPED = new Set(['$schema', 'id', 'example', 'externalDocs', 'definitions', 'nullable', 'format']);
const to_ajv_schema_SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependencies']);
const to_ajv_schema_SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const to_ajv_schema_SCHEMA_SINGLES = new Set(['not', 'additionalProperties', 'additionalItems', 'items']);
/**
 * Turns a resolved Kubernetes (OpenAPI v3.0) schema node into what Ajv (draft-07) understands with the same
 * meaning: boolean exclusive bounds become numeric ones, `nullable` admits null, int-or-string becomes an anyOf,
 * vendor extensions and formats (type annotations here) are dropped; `default` stays as an annotation.
 */
function toAjvSchema(node, depth = 0) {
    if (depth > 64)
        return {};
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (DROPPED.has(key) || key.startsWith('x-'))
            continue;
        if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum')
            continue;
        if (to_ajv_schema_SCHEMA_MAPS.has(key) && schema_problem_isPlainObject(value)) {
            const map = {};
            for (const [name, child] of Object.entries(value))
                map[name] = schema_problem_isPlainObject(child) ? toAjvSchema(child, depth + 1) : child;
            out[key] = map;
        }
        else if (to_ajv_schema_SCHEMA_LISTS.has(key) && Array.isArray(value)) {
            out[key] = value.map((child) => (schema_problem_isPlainObject(child) ? toAjvSchema(child, depth + 1) : child));
        }
        else if (to_ajv_schema_SCHEMA_SINGLES.has(key) && schema_problem_isPlainObject(value)) {
            out[key] = toAjvSchema(value, depth + 1);
        }
        else if (key === 'items' && Array.isArray(value)) {
            out[key] = value.map((child) => (schema_problem_isPlainObject(child) ? toAjvSchema(child, depth + 1) : child));
        }
        else {
            out[key] = value;
        }
    }
    if (node.exclusiveMinimum === true && typeof node.minimum === 'number') {
        out.exclusiveMinimum = node.minimum;
        delete out.minimum;
    }
    if (node.exclusiveMaximum === true && typeof node.maximum === 'number') {
        out.exclusiveMaximum = node.maximum;
        delete out.maximum;
    }
    if (node['x-kubernetes-int-or-string'] === true) {
        delete out.type;
        out.anyOf = [{ type: 'integer' }, { type: 'string' }];
    }
    if (node.nullable === true) {
        return { anyOf: [{ type: 'null' }, out] };
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/param-schema/parameter-schemas.js









/**
 * Compiles each distinct parameter schema once per run (cached by object, then by content, since every
 * ComponentRelease carries its own copy of the same type schema) and checks values against it.
 */
class ParameterSchemas {
    ajv = new ajv.Ajv({ allErrors: true, strict: false, validateFormats: false, verbose: true });
    byObject = new WeakMap();
    byJson = new Map();
    bySource = new Map();
    compile(raw) {
        if (!schema_problem_isPlainObject(raw))
            return { resolved: undefined, problems: [], validate: undefined };
        const hit = this.byObject.get(raw);
        if (hit)
            return hit;
        // The schema's YAML text when the fast reader kept it (equal texts, equal schemas), else its JSON.
        const source = (0,block_yaml/* blockSource */.jE)(raw);
        const byKey = source === undefined ? this.byJson : this.bySource;
        const key = source ?? JSON.stringify(raw);
        let compiled = byKey.get(key);
        if (!compiled) {
            compiled = this.build(raw);
            byKey.set(key, compiled);
        }
        this.byObject.set(raw, compiled);
        return compiled;
    }
    build(raw) {
        const problems = checkSchemaDialect(raw);
        const { schema: resolved, problems: refProblems } = resolveSchemaRefs(raw);
        problems.push(...refProblems);
        let validate;
        if (resolved && problems.length === 0) {
            try {
                validate = this.ajv.compile(toAjvSchema(resolved));
            }
            catch (err) {
                problems.push({ path: [], message: `the schema cannot be compiled: ${err.message}` });
            }
        }
        return { resolved, problems, validate };
    }
    /** Problems of `value` against `raw`; none when the schema itself is unusable (that is reported on the schema). */
    check(raw, value, options) {
        const compiled = this.compile(raw);
        if (!compiled.validate || !compiled.resolved)
            return [];
        const input = value === undefined || value === null ? {} : value;
        const data = options.defaults ? withStructuralDefaults(compiled.resolved, input) : input;
        const out = [];
        if (!compiled.validate(data)) {
            const seen = new Set();
            for (const error of compiled.validate.errors ?? []) {
                const problem = describe(error, data);
                const key = problem.path.join('\u0000');
                if (seen.has(key))
                    continue;
                seen.add(key);
                out.push(problem);
            }
        }
        collectIgnoredKeys(compiled.resolved, input, [], out, 0);
        return out;
    }
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function describe(error, data) {
    const path = pointerToPath(error.instancePath);
    const params = error.params;
    let value = data;
    for (const seg of path)
        value = value?.[seg];
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            const props = error.parentSchema?.properties;
            const sub = schema_problem_isPlainObject(props) ? props[missing] : undefined;
            const hasDefault = schema_problem_isPlainObject(sub) && sub.default !== undefined;
            return { path: [...path, missing], kind: 'required', hasDefault, message: 'Required value', hint: '' };
        }
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            const schema = error.parentSchema;
            const known = schema_problem_isPlainObject(schema?.properties) ? Object.keys(schema.properties) : [];
            return {
                path: [...path, name],
                kind: 'closed-unknown',
                message: `unknown field "${name}" (the schema sets additionalProperties: false)`,
                hint: (0,closest/* didYouMean */.au)(name, known) || (known.length ? `Known fields: ${known.join(', ')}.` : ''),
            };
        }
        case 'type':
            return { path, kind: 'invalid', message: `must be of type ${String(params.type)}: "${typeOf(value)}"`, hint: '' };
        case 'enum': {
            const allowed = params.allowedValues.map((v) => JSON.stringify(v)).join(', ');
            const hint = typeof value === 'string' ? (0,closest/* didYouMean */.au)(value, params.allowedValues.map(String)) : '';
            return { path, kind: 'invalid', message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${allowed}`, hint };
        }
        case 'pattern':
            return { path, kind: 'invalid', message: `should match '${String(params.pattern)}'`, hint: '' };
        default:
            return { path, kind: 'invalid', message: error.message ?? `fails "${error.keyword}"`, hint: '' };
    }
}
/** Keys a schema does not declare and does not close: Kubernetes accepts and ignores them (a typo falls back silently). */
function collectIgnoredKeys(schema, value, path, out, depth) {
    if (depth > 64 || value === null || typeof value !== 'object')
        return;
    if (Array.isArray(value)) {
        if (schema_problem_isPlainObject(schema.items))
            value.forEach((item, i) => collectIgnoredKeys(schema.items, item, [...path, i], out, depth + 1));
        return;
    }
    const properties = schema_problem_isPlainObject(schema.properties) ? schema.properties : undefined;
    const additional = schema.additionalProperties;
    const open = additional === undefined || additional === true;
    const combined = schema.allOf !== undefined || schema.anyOf !== undefined || schema.oneOf !== undefined;
    const freeForm = schema['x-kubernetes-preserve-unknown-fields'] === true || schema.patternProperties !== undefined;
    for (const [key, child] of Object.entries(value)) {
        const sub = properties?.[key];
        if (schema_problem_isPlainObject(sub)) {
            collectIgnoredKeys(sub, child, [...path, key], out, depth + 1);
        }
        else if (schema_problem_isPlainObject(additional)) {
            collectIgnoredKeys(additional, child, [...path, key], out, depth + 1);
        }
        else if (properties && open && !combined && !freeForm) {
            const known = Object.keys(properties);
            out.push({
                path: [...path, key],
                kind: 'ignored-unknown',
                message: `"${key}" is not declared in the schema; it is accepted but ignored`,
                hint: (0,closest/* didYouMean */.au)(key, known) || `Declared: ${known.join(', ')}.`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./build/src/core/rules/parameters.js





const parameterRules = [
    { id: 'parameters/schema', title: 'Parameter schemas use the Kubernetes dialect', description: 'openAPIV3Schema of types, traits and workflows must only use JSONSchemaProps keywords and resolvable local `#/$defs` references; the webhook rejects anything else.' },
    { id: 'parameters/invalid-value', title: 'Parameter values match their schema', description: 'Component, trait, environment-config and release parameters must satisfy the schema; otherwise ComponentRelease admission or rendering fails.' },
    { id: 'parameters/missing-required', title: 'Required parameters are set', description: 'Required parameters must be written out; ComponentRelease admission applies no defaults.' },
    { id: 'parameters/unknown-field', title: 'No unknown parameters where the schema is closed', description: 'With `additionalProperties: false` an undeclared key is rejected.' },
    { id: 'parameters/ignored-key', title: 'Undeclared parameter keys', description: 'Undeclared keys are accepted and silently ignored, so a typo falls back to the default.' },
];
/** Kinds declaring parameter schemas, and where. */
const SCHEMA_HOLDERS = {
    ComponentType: ['parameters', 'environmentConfigs'],
    ClusterComponentType: ['parameters', 'environmentConfigs'],
    Trait: ['parameters', 'environmentConfigs'],
    ClusterTrait: ['parameters', 'environmentConfigs'],
    Workflow: ['parameters'],
    ClusterWorkflow: ['parameters'],
    ResourceType: ['parameters', 'environmentConfigs'],
    ClusterResourceType: ['parameters', 'environmentConfigs'],
};
function newParameterSchemas() {
    return new ParameterSchemas();
}
/** The `openAPIV3Schema` of a type/trait/workflow section, or undefined. */
function schemaOf(resource, section) {
    return rec(rec(rec(resource?.object.spec)?.[section])?.openAPIV3Schema) ?? undefined;
}
function checkParameterSchemas(index, positions) {
    const schemas = parameterSchemasFor(index, newParameterSchemas);
    const out = [];
    for (const [kind, sections] of Object.entries(SCHEMA_HOLDERS)) {
        for (const holder of ownOfKind(index, kind)) {
            for (const section of sections) {
                const raw = rec(rec(holder.object.spec)?.[section])?.openAPIV3Schema;
                if (raw === undefined)
                    continue;
                for (const problem of schemas.compile(raw).problems) {
                    out.push((0,finding_at/* findingAt */.d)(positions, holder.doc, ['spec', section, 'openAPIV3Schema', ...problem.path], {
                        ruleId: 'parameters/schema',
                        severity: 'error',
                        message: `spec.${section}.openAPIV3Schema contains unknown or invalid fields: ${problem.message}`,
                        hint: 'Parameter schemas use the Kubernetes OpenAPI v3.0 subset (JSONSchemaProps), not JSON Schema 2020-12.',
                    }));
                }
            }
        }
    }
    return out;
}
function checkComponentParameters(index, positions) {
    const schemas = parameterSchemasFor(index, newParameterSchemas);
    const out = [];
    for (const component of ownOfKind(index, 'Component')) {
        const spec = rec(component.object.spec);
        if (!spec)
            continue;
        const ns = index.namespaceOf(component);
        const type = componentTypeOf(index, component);
        if (type) {
            const raw = schemaOf(type, 'parameters');
            if (raw) {
                const problems = schemas.check(raw, spec.parameters, { defaults: false });
                const envProps = rec(rec(schemaOf(type, 'environmentConfigs'))?.properties);
                for (const p of problems) {
                    if (p.kind === 'ignored-unknown' && p.path.length === 1 && envProps && String(p.path[0]) in envProps) {
                        p.hint = `"${String(p.path[0])}" is an environment config of ${type.kind} "${type.name}": set it per environment in ReleaseBinding spec.componentTypeEnvironmentConfigs.`;
                    }
                }
                valueFindings(positions, component, problems, {
                    base: ['spec', 'parameters'], schemaOwner: `${type.kind} "${type.name}" parameters`, severity: 'error', reportRequired: true, reportIgnored: true,
                }, out);
            }
        }
        reference_lookup_list(spec.traits).forEach((t, i) => {
            const ref = rec(t);
            const name = str(ref?.name);
            if (!ref || !name)
                return;
            const trait = index.find(str(ref.kind) ?? 'Trait', ns, name);
            const raw = schemaOf(trait, 'parameters');
            if (!trait || !raw)
                return;
            valueFindings(positions, component, schemas.check(raw, ref.parameters, { defaults: false }), {
                base: ['spec', 'traits', i, 'parameters'], schemaOwner: `${trait.kind} "${trait.name}" parameters`, severity: 'error', reportRequired: true, reportIgnored: true,
            }, out);
        });
        checkWorkflowParameters(index, schemas, positions, component, ['spec', 'workflow'], out);
    }
    for (const run of ownOfKind(index, 'WorkflowRun'))
        checkWorkflowParameters(index, schemas, positions, run, ['spec', 'workflow'], out);
    return out;
}
/** Workflow parameters are completed when a run is triggered (e.g. the commit): only wrong values warn. */
function checkWorkflowParameters(index, schemas, positions, resource, at, out) {
    const ref = rec(rec(resource.object.spec)?.workflow);
    const name = str(ref?.name);
    if (!ref || !name || ref.parameters === undefined)
        return;
    const workflow = index.find(str(ref.kind) ?? 'ClusterWorkflow', index.namespaceOf(resource), name);
    const raw = schemaOf(workflow, 'parameters');
    if (!workflow || !raw)
        return;
    valueFindings(positions, resource, schemas.check(raw, ref.parameters, { defaults: true }), {
        base: [...at, 'parameters'], schemaOwner: `${workflow.kind} "${workflow.name}" parameters`, severity: 'warning', reportRequired: false, reportIgnored: true,
    }, out);
}

;// CONCATENATED MODULE: ./build/src/core/rules/binding-parameters.js





/**
 * ReleaseBinding environment configs as the render does it: defaults applied, then validated against the
 * environmentConfigs schema of the type and of each own trait instance — taken from the pinned release
 * snapshot when there is one (that is what renders), else from the live Component's type and traits.
 */
function checkBindingParameters(index, positions) {
    const schemas = parameterSchemasFor(index, newParameterSchemas);
    const out = [];
    for (const binding of ownOfKind(index, 'ReleaseBinding')) {
        const spec = rec(binding.object.spec);
        if (!spec)
            continue;
        const ns = index.namespaceOf(binding);
        const componentName = str(rec(spec.owner)?.componentName);
        const component = componentName ? index.find('Component', ns, componentName) : undefined;
        const release = releaseOf(index, binding);
        if (str(spec.releaseName) && !release)
            continue; // the missing release is reported; nothing to judge against
        const { typeSchema, typeOwner, traitSchema } = release ? fromRelease(release) : fromLive(index, component, ns);
        if (typeSchema) {
            valueFindings(positions, binding, schemas.check(typeSchema, spec.componentTypeEnvironmentConfigs, { defaults: true }), {
                base: ['spec', 'componentTypeEnvironmentConfigs'], schemaOwner: `${typeOwner} environmentConfigs`, severity: 'error', reportRequired: true, reportIgnored: true,
            }, out);
        }
        if (!component && !release)
            continue;
        const configs = rec(spec.traitEnvironmentConfigs) ?? {};
        for (const [instance, trait] of traitInstancesOf(index, binding, component).own) {
            const found = traitSchema(trait.kind, trait.name);
            if (!found)
                continue;
            valueFindings(positions, binding, schemas.check(found.schema, configs[instance], { defaults: true }), {
                base: ['spec', 'traitEnvironmentConfigs', instance], schemaOwner: `${found.owner} environmentConfigs (instance "${instance}")`,
                severity: 'error', reportRequired: true, reportIgnored: true,
            }, out);
        }
    }
    return out;
}
function fromRelease(release) {
    const spec = rec(release.object.spec);
    const type = rec(spec?.componentType);
    const traits = reference_lookup_list(spec?.traits);
    return {
        typeSchema: rec(rec(rec(type?.spec)?.environmentConfigs)?.openAPIV3Schema),
        typeOwner: `ComponentRelease "${release.name}" component type`,
        traitSchema: (kind, name) => {
            const t = traits.map(rec).find((x) => str(x?.name) === name && (str(x?.kind) ?? 'Trait') === kind);
            const schema = rec(rec(rec(t?.spec)?.environmentConfigs)?.openAPIV3Schema);
            return schema ? { schema, owner: `ComponentRelease "${release.name}" trait ${kind}:${name}` } : undefined;
        },
    };
}
function fromLive(index, component, ns) {
    const type = component ? componentTypeOf(index, component) : undefined;
    return {
        typeSchema: schemaOf(type, 'environmentConfigs'),
        typeOwner: type ? `${type.kind} "${type.name}"` : '',
        traitSchema: (kind, name) => {
            const trait = index.find(kind, ns, name);
            const schema = schemaOf(trait, 'environmentConfigs');
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
function flux_source_rec(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
/** A Flux `GitRepository` source (source.toolkit.fluxcd.io). */
function isGitRepository(m) {
    return m.kind === 'GitRepository' && m.apiVersion.startsWith('source.toolkit.fluxcd.io/');
}
/** The GitRepository a Flux Kustomization's `sourceRef` names among `sources`, if it names one that is defined. */
function gitSourceOf(kustomization, sources) {
    const ref = flux_source_rec(flux_source_rec(kustomization.object.spec)?.sourceRef);
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
        const url = flux_source_rec(gitSourceOf(kustomization, sources)?.object.spec)?.url;
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
        node = rec(node)?.[seg];
    return node;
}
function checkOwnerRefs(index, positions) {
    const out = [];
    for (const [kind, refs] of Object.entries(REFS)) {
        for (const from of ownOfKind(index, kind))
            checkResource(index, positions, from, refs, out);
    }
    return out;
}
function checkResource(index, positions, from, refs, out) {
    const ns = index.namespaceOf(from);
    for (const ref of refs) {
        const name = str(at(from.object, ref.path));
        if (!name)
            continue;
        const kind = (ref.kindPath && str(at(from.object, ref.kindPath))) || ref.kind;
        const f = missingReference(index, positions, {
            ruleId: ref.ruleId ?? 'reference/owner', from, path: ref.path, kind, name, namespace: ns, severity: ref.severity, consequence: ref.consequence,
        }, lookup(index, kind, ns, name));
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
    for (const pipeline of ownOfKind(index, 'DeploymentPipeline')) {
        const ns = index.namespaceOf(pipeline);
        const graph = pipelineGraph(pipeline);
        if (graph.sources.length === 0) {
            const paths = rec(pipeline.object.spec)?.promotionPaths;
            out.push((0,finding_at/* findingAt */.d)(positions, pipeline.doc, paths === undefined ? ['spec'] : ['spec', 'promotionPaths'], {
                ruleId: 'pipeline/no-promotion-paths', severity: 'error',
                message: `deployment pipeline ${pipeline.name} has no promotion paths defined`,
                hint: 'Add promotionPaths with a sourceEnvironmentRef and targetEnvironmentRefs.',
            }));
            continue;
        }
        for (const ref of graph.refs) {
            const f = missingReference(index, positions, {
                ruleId: 'pipeline/unknown-environment', from: pipeline, path: ref.path, kind: ref.kind, name: ref.name, namespace: ns,
            }, lookup(index, ref.kind, ns, ref.name));
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
    for (const project of ownOfKind(index, 'Project')) {
        const ref = rec(rec(project.object.spec)?.deploymentPipelineRef);
        const name = str(ref?.name);
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
        const kind = str(ref.kind) ?? 'DeploymentPipeline';
        const f = missingReference(index, positions, {
            ruleId: 'reference/project-pipeline', from: project, path: ['spec', 'deploymentPipelineRef', 'name'], kind, name, namespace: ns,
            consequence: 'every Component of the project stops with DeploymentPipelineNotFound',
        }, lookup(index, kind, ns, name));
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
    for (const env of ownOfKind(index, 'Environment')) {
        if (!planesKnown)
            break; // planes are usually registered by the installer, not in Git
        const ns = index.namespaceOf(env);
        const ref = rec(rec(env.object.spec)?.dataPlaneRef);
        const name = str(ref?.name);
        const kind = str(ref?.kind);
        if (ref && name && kind) {
            push(missingReference(index, positions, {
                ruleId: 'reference/environment-data-plane', from: env, path: ['spec', 'dataPlaneRef', 'name'], kind, name, namespace: ns,
                consequence: 'bindings to this environment fail with DataPlaneNotFound',
            }, lookup(index, kind, ns, name)));
        }
        else if (!ref && !index.find('DataPlane', ns, 'default') && !index.find('ClusterDataPlane', '', 'default')) {
            out.push((0,finding_at/* findingAt */.d)(positions, env.doc, ['spec'], {
                ruleId: 'reference/environment-data-plane', severity: 'error',
                message: `no dataPlaneRef, and neither DataPlane "default" in namespace "${ns}" nor ClusterDataPlane "default" exists`,
                hint: 'Set spec.dataPlaneRef {kind, name}.',
            }));
        }
    }
    for (const project of ownOfKind(index, 'Project')) {
        const ref = rec(rec(project.object.spec)?.type);
        const name = str(ref?.name);
        if (!ref || !name)
            continue;
        const kind = str(ref.kind) ?? 'ProjectType';
        const ns = index.namespaceOf(project);
        push(missingReference(index, positions, {
            ruleId: 'reference/project-type', from: project, path: ['spec', 'type', 'name'], kind, name, namespace: ns,
            consequence: 'the Project controller reports ProjectTypeNotFound',
        }, lookup(index, kind, ns, name)));
    }
    for (const typeKind of TYPE_KINDS) {
        const traitDefault = typeKind === 'ClusterComponentType' ? 'ClusterTrait' : 'Trait';
        for (const type of ownOfKind(index, typeKind)) {
            const spec = rec(type.object.spec);
            const ns = index.namespaceOf(type);
            reference_lookup_list(spec?.traits).forEach((t, i) => {
                const name = str(rec(t)?.name);
                if (!name)
                    return;
                const kind = str(rec(t)?.kind) ?? traitDefault;
                push(missingReference(index, positions, {
                    ruleId: 'reference/type-trait', from: type, path: ['spec', 'traits', i, 'name'], kind, name, namespace: ns,
                    consequence: 'every Component of this type stops with TraitNotFound',
                }, lookup(index, kind, ns, name)));
            });
            reference_lookup_list(spec?.allowedTraits).forEach((t, i) => {
                const name = str(rec(t)?.name);
                if (!name)
                    return;
                const kind = str(rec(t)?.kind) ?? traitDefault;
                push(missingReference(index, positions, {
                    ruleId: 'reference/type-trait', from: type, path: ['spec', 'allowedTraits', i, 'name'], kind, name, namespace: ns, severity: 'warning',
                    consequence: 'a Component that uses it fails with TraitNotFound',
                }, lookup(index, kind, ns, name)));
            });
            reference_lookup_list(spec?.allowedWorkflows).forEach((w, i) => {
                const name = str(rec(w)?.name);
                if (!name)
                    return;
                const kind = str(rec(w)?.kind) ?? 'ClusterWorkflow';
                push(missingReference(index, positions, {
                    ruleId: 'reference/type-workflow', from: type, path: ['spec', 'allowedWorkflows', i, 'name'], kind, name, namespace: ns, severity: 'warning',
                    consequence: 'a Component that uses it fails with WorkflowNotFound',
                }, lookup(index, kind, ns, name)));
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
    const schemas = parameterSchemasFor(index, newParameterSchemas);
    const out = [];
    for (const release of ownOfKind(index, 'ComponentRelease')) {
        const spec = rec(release.object.spec);
        if (!spec)
            continue;
        // Bindings render the snapshot Workload: its secret references must resolve too.
        checkSecretKeyRefs(index, positions, release, ['spec', 'workload', 'container'], out);
        const snapshots = new Map();
        reference_lookup_list(spec.traits).forEach((t, i) => {
            const trait = rec(t);
            const name = str(trait?.name);
            if (!trait || !name)
                return;
            const key = `${str(trait.kind) ?? 'Trait'}:${name}`;
            if (snapshots.has(key)) {
                out.push((0,finding_at/* findingAt */.d)(positions, release.doc, ['spec', 'traits', i, 'name'], {
                    ruleId: 'release/snapshot-traits', severity: 'error',
                    message: `spec.traits[${i}]: Duplicate value: "${key}"`, hint: 'Each trait appears once in the snapshot.',
                }));
            }
            else
                snapshots.set(key, trait);
        });
        const profile = rec(spec.componentProfile);
        const typeSchema = rec(rec(rec(rec(spec.componentType)?.spec)?.parameters)?.openAPIV3Schema);
        if (typeSchema) {
            valueFindings(positions, release, schemas.check(typeSchema, profile?.parameters, { defaults: false }), {
                base: ['spec', 'componentProfile', 'parameters'], schemaOwner: 'snapshot ComponentType parameters', severity: 'error', reportRequired: true, reportIgnored: false,
            }, out);
        }
        const instances = new Set();
        reference_lookup_list(profile?.traits).forEach((t, i) => {
            const ref = rec(t);
            const name = str(ref?.name);
            if (!ref || !name)
                return;
            const kind = str(ref.kind) ?? 'Trait';
            const instance = str(ref.instanceName);
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
            const schema = rec(rec(rec(snapshot.spec)?.parameters)?.openAPIV3Schema);
            if (schema) {
                valueFindings(positions, release, schemas.check(schema, ref.parameters, { defaults: false }), {
                    base: ['spec', 'componentProfile', 'traits', i, 'parameters'], schemaOwner: `snapshot ${kind} "${name}" parameters`,
                    severity: 'error', reportRequired: true, reportIgnored: false,
                }, out);
            }
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/rules/template-expressions.js
/**
 * A tolerant reader for the `${...}` CEL expressions of OpenChoreo templates: finds the expressions in a string
 * and lists the variable paths they read (`parameters.a.b`, `environmentConfigs["x"]`, `list[0].y`). It is no
 * CEL parser: it tokenizes (so string literals and comments are never mistaken for references) and follows
 * selection chains, which also works for cel-go syntax the JS parsers reject (`a.?b`, `m[?"k"]`, `?"k": v`).
 */
/** The inner text of every complete `${...}` in text (braces inside string literals and map literals balanced). */
function templateExpressions(text) {
    const out = [];
    let from = 0;
    for (;;) {
        const start = text.indexOf('${', from);
        if (start === -1)
            return out;
        const end = closingBrace(text, start + 2);
        if (end === -1)
            return out; // unterminated: a parse error, not a reference problem
        out.push(text.slice(start + 2, end));
        from = end + 1;
    }
}
function closingBrace(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (c === '"' || c === "'") {
            i = stringEnd(text, i, isRawPrefix(text, i)) - 1;
            continue;
        }
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function isRawPrefix(text, quote) {
    const p = text[quote - 1];
    if (p !== 'r' && p !== 'R')
        return false;
    const before = text[quote - 2] ?? '';
    return !/[A-Za-z0-9_]/.test(before) || ((before === 'b' || before === 'B') && !/[A-Za-z0-9_]/.test(text[quote - 3] ?? ''));
}
/** Index just past the string literal opening at `start` (text.length when unterminated). */
function stringEnd(text, start, raw) {
    const q = text[start];
    const triple = text.startsWith(q.repeat(3), start);
    const close = triple ? q.repeat(3) : q;
    let i = start + close.length;
    while (i < text.length) {
        if (!raw && text[i] === '\\') {
            i += 2;
            continue;
        }
        if (text.startsWith(close, i))
            return i + close.length;
        if (!triple && text[i] === '\n')
            return i; // single-quoted strings end at a newline (a parse error anyway)
        i++;
    }
    return text.length;
}
const template_expressions_ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", '`': '`', '?': '?', a: '\x07', b: '\b', f: '\f', v: '\v' };
function decode(body, raw) {
    if (raw)
        return body;
    return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, e) => {
        if (/^[xuU]/.test(e))
            return String.fromCodePoint(parseInt(e.slice(1), 16));
        if (/^[0-7]{3}$/.test(e))
            return String.fromCodePoint(parseInt(e, 8));
        return template_expressions_ESCAPES[e] ?? e;
    });
}
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /(?:0[xX][0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)[uU]?/y;
const TWO_CHAR = new Set(['&&', '||', '==', '!=', '<=', '>=']);
function tokenize(expr) {
    const tokens = [];
    let i = 0;
    while (i < expr.length) {
        const c = expr[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '/' && expr[i + 1] === '/') {
            const nl = expr.indexOf('\n', i);
            i = nl === -1 ? expr.length : nl;
            continue;
        }
        IDENT.lastIndex = i;
        const ident = IDENT.exec(expr);
        if (ident) {
            const word = ident[0];
            const quote = expr[i + word.length];
            if ((quote === '"' || quote === "'") && /^(r|R|b|B|rb|rB|Rb|RB|br|bR|Br|BR)$/.test(word)) {
                const q = i + word.length;
                const raw = /[rR]/.test(word);
                const end = stringEnd(expr, q, raw);
                tokens.push({ type: 'string', value: literalValue(expr, q, end, raw) });
                i = end;
                continue;
            }
            tokens.push({ type: 'ident', value: word });
            i += word.length;
            continue;
        }
        if (c === '"' || c === "'") {
            const end = stringEnd(expr, i, false);
            tokens.push({ type: 'string', value: literalValue(expr, i, end, false) });
            i = end;
            continue;
        }
        NUMBER.lastIndex = i;
        const num = NUMBER.exec(expr);
        if (num) {
            tokens.push({ type: 'number', value: num[0] });
            i += num[0].length;
            continue;
        }
        const two = expr.slice(i, i + 2);
        if (TWO_CHAR.has(two)) {
            tokens.push({ type: 'punct', value: two });
            i += 2;
            continue;
        }
        tokens.push({ type: 'punct', value: c });
        i++;
    }
    return tokens;
}
function literalValue(expr, start, end, raw) {
    const q = expr[start];
    const open = expr.startsWith(q.repeat(3), start) ? 3 : 1;
    const closed = expr.startsWith(q.repeat(open), end - open) && end - open >= start + open;
    return decode(expr.slice(start + open, closed ? end - open : end), raw);
}
const isPunct = (t, value) => t?.type === 'punct' && t.value === value;
/**
 * Identifiers a macro or `cel.bind` binds inside the expression (`list.map(p, ...)`, `m.all(k, v, ...)`):
 * a root with such a name may be shadowed, so its reads are not attributed to the root variable.
 */
function boundNames(tokens) {
    const bound = new Set();
    for (let i = 2; i < tokens.length; i++) {
        if (!isPunct(tokens[i], '(') || tokens[i - 1].type !== 'ident' || !isPunct(tokens[i - 2], '.'))
            continue;
        for (let k = i + 1; tokens[k]?.type === 'ident' && isPunct(tokens[k + 1], ','); k += 2)
            bound.add(tokens[k].value);
    }
    return bound;
}
/** Index of the `]` closing the `[` at `open` (tokens.length when unbalanced). */
function closingBracket(tokens, open) {
    let depth = 0;
    for (let k = open; k < tokens.length; k++) {
        if (isPunct(tokens[k], '['))
            depth++;
        else if (isPunct(tokens[k], ']') && --depth === 0)
            return k;
    }
    return tokens.length;
}
/** Reads of the given root variables in one expression (the text inside `${...}`). */
function variableReads(expr, roots) {
    const tokens = tokenize(expr);
    const bound = boundNames(tokens);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.type !== 'ident' || !roots.has(t.value) || bound.has(t.value))
            continue;
        const prev = tokens[i - 1];
        if (isPunct(prev, '.') || (isPunct(prev, '?') && isPunct(tokens[i - 2], '.')))
            continue; // a field, not a variable
        if (isPunct(tokens[i + 1], '('))
            continue; // a function of that name
        const path = [];
        let j = i + 1;
        for (;;) {
            if (isPunct(tokens[j], '.')) {
                const k = isPunct(tokens[j + 1], '?') ? j + 2 : j + 1;
                if (tokens[k]?.type !== 'ident' || isPunct(tokens[k + 1], '('))
                    break; // method call ends the chain
                path.push({ kind: 'field', name: tokens[k].value });
                j = k + 1;
            }
            else if (isPunct(tokens[j], '[')) {
                const k = isPunct(tokens[j + 1], '?') ? j + 2 : j + 1;
                if (tokens[k]?.type === 'string' && isPunct(tokens[k + 1], ']')) {
                    path.push({ kind: 'field', name: tokens[k].value });
                    j = k + 2;
                }
                else {
                    path.push({ kind: 'index' });
                    j = closingBracket(tokens, j) + 1;
                }
            }
            else
                break;
        }
        out.push({ root: t.value, path });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/rules/template-refs.js








const templateRefRules = [
    { id: 'templates/undeclared-field', title: 'Template expressions read declared parameters', description: 'Every `parameters.…` / `environmentConfigs.…` path in a `${...}` expression of a ComponentType, Trait or Workflow (and of their ComponentRelease snapshots) must exist in its schema: the webhook type-checks templates and rejects undefined fields.' },
];
/** Where each family keeps CEL: paths from `spec`, `*` meaning every list item; each site is walked whole (values and map keys). */
const SITES = {
    type: [
        ['resources', '*', 'template'], ['resources', '*', 'includeWhen'], ['resources', '*', 'forEach'],
        ['validations', '*', 'rule'], ['preRenderValidations', '*', 'rule'],
        ['postRenderValidations', '*', 'when'], ['postRenderValidations', '*', 'forEach'], ['postRenderValidations', '*', 'rule'], ['postRenderValidations', '*', 'target', 'where'],
    ],
    trait: [
        ['creates', '*', 'template'], ['creates', '*', 'includeWhen'], ['creates', '*', 'forEach'],
        ['patches', '*', 'forEach'], ['patches', '*', 'target', 'where'], ['patches', '*', 'operations', '*', 'value'],
        ['removes', '*', 'forEach'], ['removes', '*', 'target', 'where'],
        ['validations', '*', 'rule'], ['preRenderValidations', '*', 'rule'],
        ['postRenderValidations', '*', 'when'], ['postRenderValidations', '*', 'forEach'], ['postRenderValidations', '*', 'rule'], ['postRenderValidations', '*', 'target', 'where'],
    ],
    workflow: [['runTemplate'], ['resources', '*', 'template'], ['resources', '*', 'includeWhen']],
};
const SECTIONS = {
    type: ['parameters', 'environmentConfigs'],
    trait: ['parameters', 'environmentConfigs'],
    workflow: ['parameters'],
};
const FAMILY_BY_KIND = {
    ComponentType: 'type', ClusterComponentType: 'type', Trait: 'trait', ClusterTrait: 'trait', Workflow: 'workflow', ClusterWorkflow: 'workflow',
};
const ALL_ROOTS = new Set(['parameters', 'environmentConfigs']);
const template_refs_MAX_DEPTH = 64;
/**
 * Per run: expression text → its reads, and per resolved schema → the verdict for each read path, so that
 * thousands of ComponentRelease snapshots repeating the same type cost one look-up per expression. Snapshot
 * specs are also cached by content.
 */
class TemplateChecker {
    schemas;
    reads = new Map();
    verdicts = new WeakMap();
    bySpecJson = new Map();
    bySpecText = new Map();
    constructor(schemas) {
        this.schemas = schemas;
    }
    /** Problems of a ComponentType/Trait/Workflow spec; `byContent` for snapshots that repeat across releases. */
    checkSpec(spec, family, byContent) {
        if (!byContent)
            return this.check(spec, family);
        // The spec's YAML text when the fast reader has it (much cheaper than serialising the value), else its JSON.
        const text = (0,block_yaml/* blockSource */.jE)(spec);
        if (text === undefined) {
            const key = `${family}\u0000${JSON.stringify(spec)}`;
            let hit = this.bySpecJson.get(key);
            if (!hit)
                this.bySpecJson.set(key, (hit = this.check(spec, family)));
            return hit;
        }
        let byText = this.bySpecText.get(family);
        if (!byText)
            this.bySpecText.set(family, (byText = new Map()));
        let hit = byText.get(text);
        if (!hit)
            byText.set(text, (hit = this.check(spec, family)));
        return hit;
    }
    check(spec, family) {
        const schemas = new Map();
        for (const section of SECTIONS[family]) {
            const raw = rec(rec(spec[section])?.openAPIV3Schema);
            if (!raw)
                continue;
            const compiled = this.schemas.compile(raw);
            // A schema with dialect or $ref problems is reported by parameters/schema; its shape cannot be trusted here.
            if (compiled.resolved && compiled.problems.length === 0)
                schemas.set(section, compiled.resolved);
        }
        const out = [];
        if (schemas.size === 0)
            return out;
        const seen = new Set();
        for (const site of SITES[family]) {
            expand(spec, site, [], undefined, (node, path, item) => {
                const shadowed = typeof item?.var === 'string' ? item.var : undefined;
                walkStrings(node, [...path], 0, (text, at) => this.checkText(text, at, schemas, shadowed, out, seen));
            });
        }
        return out;
    }
    checkText(text, at, schemas, shadowed, out, seen) {
        for (const expr of templateExpressions(text)) {
            for (const read of this.readsOf(expr)) {
                const section = read.root;
                const schema = schemas.get(section);
                if (!schema || read.root === shadowed)
                    continue;
                const problem = this.verdict(schema, read.path);
                if (!problem)
                    continue;
                const shown = expr.trim();
                const key = `${at.join('\u0000')}\u0001${shown}\u0001${problem.depth}\u0001${problem.name}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                out.push({
                    path: at,
                    message: `invalid CEL expression '${shown}': type check error: ${problem.message}`,
                    hint: hintFor(section, read.path, problem, schemas),
                });
            }
        }
    }
    readsOf(expr) {
        let hit = this.reads.get(expr);
        if (!hit)
            this.reads.set(expr, (hit = variableReads(expr, ALL_ROOTS)));
        return hit;
    }
    verdict(schema, path) {
        let bySchema = this.verdicts.get(schema);
        if (!bySchema)
            this.verdicts.set(schema, (bySchema = new Map()));
        const key = path.map((s) => (s.kind === 'field' ? `.${s.name}` : '[]')).join('');
        let hit = bySchema.get(key);
        if (hit === undefined)
            bySchema.set(key, (hit = judge(schema, path) ?? null));
        return hit ?? undefined;
    }
}
/** Calls `visit` for every node a site pattern reaches, with the list item at its first `*` (for `var`). */
function expand(node, pattern, path, item, visit) {
    if (pattern.length === 0) {
        if (node !== undefined && node !== null)
            visit(node, path, item);
        return;
    }
    const [head, ...rest] = pattern;
    if (head === '*') {
        reference_lookup_list(node).forEach((child, i) => expand(child, rest, [...path, i], item ?? rec(child), visit));
        return;
    }
    const map = rec(node);
    if (map && head in map)
        expand(map[head], rest, [...path, head], item, visit);
}
/** Every string value and map key containing `${` under node; `path` is a stack, copied only for a hit. */
function walkStrings(node, path, depth, visit) {
    if (depth > template_refs_MAX_DEPTH)
        return;
    if (typeof node === 'string') {
        if (node.includes('${'))
            visit(node, [...path]);
    }
    else if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
            path.push(i);
            walkStrings(node[i], path, depth + 1, visit);
            path.pop();
        }
    }
    else if (schema_problem_isPlainObject(node)) {
        for (const key in node) {
            path.push(key);
            if (key.includes('${'))
                visit(key, [...path]);
            walkStrings(node[key], path, depth + 1, visit);
            path.pop();
        }
    }
}
const CEL_TYPE = { string: 'string', integer: 'int', number: 'double', boolean: 'bool' };
/** A node whose children are not typed: any field may be read (preserve-unknown-fields, maps, int-or-string). */
function isOpen(node) {
    return node['x-kubernetes-preserve-unknown-fields'] === true
        || node['x-kubernetes-int-or-string'] === true
        || node.additionalProperties === true
        || schema_problem_isPlainObject(node.additionalProperties);
}
/** Declared properties of a node, including those of its allOf/anyOf/oneOf branches; undefined when none are declared. */
function declaredProperties(node) {
    let out;
    const add = (props) => {
        if (!schema_problem_isPlainObject(props))
            return;
        out ??= new Map();
        for (const [name, schema] of Object.entries(props))
            if (!out.has(name))
                out.set(name, schema);
    };
    add(node.properties);
    for (const key of ['allOf', 'anyOf', 'oneOf'])
        for (const branch of reference_lookup_list(node[key]))
            add(rec(branch)?.properties);
    return out;
}
/** The first selection of `path` the schema does not declare, or undefined when the read type-checks (or cannot be judged). */
function judge(schema, path) {
    let node = schema;
    for (let depth = 0; depth < path.length; depth++) {
        const sel = path[depth];
        if (!schema_problem_isPlainObject(node) || isOpen(node))
            return undefined;
        if (sel.kind === 'index') {
            if (!schema_problem_isPlainObject(node.items))
                return undefined;
            node = node.items;
            continue;
        }
        if (node.type === 'array' || node.items !== undefined)
            return undefined;
        const props = declaredProperties(node);
        if (!props) {
            const scalar = typeof node.type === 'string' ? CEL_TYPE[node.type] : undefined;
            return scalar ? { depth, name: sel.name, scalar, message: `type '${scalar}' does not support field selection` } : undefined;
        }
        if (!props.has(sel.name))
            return { depth, name: sel.name, known: [...props.keys()], message: `undefined field '${sel.name}'` };
        node = props.get(sel.name);
    }
    return undefined;
}
function describePath(root, path) {
    return root + path.map((s) => (s.kind === 'field' ? `.${s.name}` : '[]')).join('');
}
function hintFor(section, path, problem, schemas) {
    const parent = describePath(section, path.slice(0, problem.depth));
    if (!problem.known)
        return `${parent} is of type ${problem.scalar ?? 'scalar'}: it has no fields to select.`;
    if (problem.depth === 0) {
        const other = section === 'parameters' ? 'environmentConfigs' : 'parameters';
        const otherProps = rec(schemas.get(other)?.properties);
        if (otherProps && problem.name in otherProps)
            return `"${problem.name}" is declared in spec.${other}.openAPIV3Schema: read it as ${other}.${problem.name}.`;
    }
    const near = (0,closest/* didYouMean */.au)(problem.name, problem.known);
    if (near)
        return near;
    const shown = problem.known.slice(0, 10).join(', ') + (problem.known.length > 10 ? ', …' : '');
    return `Declare "${problem.name}" in spec.${section}.openAPIV3Schema (${parent} declares: ${shown}).`;
}
function report(positions, resource, base, problems, out) {
    for (const p of problems) {
        out.push((0,finding_at/* findingAt */.d)(positions, resource.doc, [...base, ...p.path], {
            ruleId: 'templates/undeclared-field', severity: 'error', message: p.message, hint: p.hint,
        }));
    }
}
const checkers = new WeakMap();
/**
 * The webhook's CEL type check, reduced to its most common rejection: `parameters.…` / `environmentConfigs.…`
 * reads in templates of types, traits and workflows must name fields their schema declares (after `$defs`
 * resolution). ComponentRelease snapshots are judged per resource (see snapshotTemplateIssues).
 */
function checkTemplateRefs(index, positions) {
    let checker = checkers.get(index);
    if (!checker)
        checkers.set(index, (checker = new TemplateChecker(parameterSchemasFor(index, newParameterSchemas))));
    const out = [];
    for (const [kind, family] of Object.entries(FAMILY_BY_KIND)) {
        for (const holder of ownOfKind(index, kind)) {
            const spec = rec(holder.object.spec);
            if (spec)
                report(positions, holder, ['spec'], checker.checkSpec(spec, family, false), out);
        }
    }
    return out;
}
/** One checker per process for snapshots: its caches are keyed by content, so they stay right across runs. */
let snapshotChecker;
/**
 * The same check on a ComponentRelease's embedded type and trait specs, against the snapshot's own schemas.
 * A per-resource check, so it runs where the whole snapshot is (worker threads only send slimmed ones back).
 */
function snapshotTemplateIssues(release) {
    if (release.kind !== 'ComponentRelease')
        return [];
    snapshotChecker ??= new TemplateChecker(newParameterSchemas());
    const checker = snapshotChecker;
    const spec = rec(release.object.spec);
    const issues = [];
    const add = (base, problems) => {
        for (const p of problems)
            issues.push({ path: [...base, ...p.path], ruleId: 'templates/undeclared-field', severity: 'error', message: p.message, hint: p.hint });
    };
    const typeSpec = rec(rec(spec?.componentType)?.spec);
    if (typeSpec)
        add(['spec', 'componentType', 'spec'], checker.checkSpec(typeSpec, 'type', true));
    reference_lookup_list(spec?.traits).forEach((t, i) => {
        const traitSpec = rec(rec(t)?.spec);
        if (traitSpec)
            add(['spec', 'traits', i, 'spec'], checker.checkSpec(traitSpec, 'trait', true));
    });
    return issues;
}

;// CONCATENATED MODULE: ./build/src/core/rules/workload-refs.js




const workloadRefRules = [
    { id: 'reference/workload-component', title: 'Workload owner component exists', description: 'A Workload is found by `owner.projectName/componentName`; one whose owner matches no Component is never used.' },
    { id: 'reference/multiple-workloads', title: 'One Workload per component', description: 'The Component controller stops with "Multiple Workloads found for component" when two Workloads share an owner.' },
    { id: 'reference/component-without-workload', title: 'Component has a Workload', description: 'A Component without a Workload (and without a build workflow that would generate one) waits forever: nothing deploys.' },
    { id: 'reference/secret-reference', title: 'SecretReference exists', description: '`valueFrom.secretKeyRef.name` must name a SecretReference in the same namespace (render: Failed to collect SecretReferences).' },
    { id: 'reference/secret-key', title: 'Secret key is declared', description: '`valueFrom.secretKeyRef.key` must be one of the SecretReference\'s `spec.data[].secretKey`.' },
    { id: 'reference/dependency-endpoint', title: 'Dependency endpoint exists', description: '`dependencies.endpoints[]` must name a Component of the namespace (in `project`, by default the Workload\'s own) whose Workload declares the endpoint `name`; otherwise the connection stays pending (ConnectionsResolved=False) and its env bindings are never set.' },
    { id: 'reference/dependency-resource', title: 'Dependency resource exists', description: '`dependencies.resources[].ref` must name a Resource of the same namespace and project; otherwise the dependency stays pending (ResourceDependenciesReady=False).' },
];
function ownerKey(ns, project, component) {
    return `${ns}/${project}/${component}`;
}
function checkWorkloadRefs(index, positions) {
    const out = [];
    const byOwner = new Map();
    for (const workload of index.ofKind('Workload')) {
        const owner = rec(rec(workload.object.spec)?.owner);
        const project = str(owner?.projectName);
        const component = str(owner?.componentName);
        if (!project || !component)
            continue;
        const key = ownerKey(index.namespaceOf(workload), project, component);
        const group = byOwner.get(key);
        if (group)
            group.push(workload);
        else
            byOwner.set(key, [workload]);
    }
    for (const workload of ownOfKind(index, 'Workload')) {
        checkSecretKeyRefs(index, positions, workload, ['spec', 'container'], out);
        checkDependencies(index, positions, workload, byOwner, out);
        const owner = rec(rec(workload.object.spec)?.owner);
        const project = str(owner?.projectName);
        const componentName = str(owner?.componentName);
        if (!project || !componentName)
            continue;
        const ns = index.namespaceOf(workload);
        const component = index.find('Component', ns, componentName);
        const componentProject = str(rec(rec(component?.object.spec)?.owner)?.projectName);
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
    for (const component of ownOfKind(index, 'Component')) {
        const spec = rec(component.object.spec);
        const project = str(rec(spec?.owner)?.projectName);
        if (!spec || !project || rec(spec.workflow))
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
/**
 * `spec.dependencies`: endpoints of other components and Resources. The controllers do not fail on an
 * unresolved one; they keep it pending, so the application never gets its connection (warnings).
 */
function checkDependencies(index, positions, workload, byOwner, out) {
    const spec = rec(workload.object.spec);
    const deps = rec(spec?.dependencies);
    const ownProject = str(rec(spec?.owner)?.projectName);
    if (!deps || !ownProject)
        return;
    const ns = index.namespaceOf(workload);
    reference_lookup_list(deps.endpoints).forEach((raw, i) => {
        const dep = rec(raw);
        const componentName = str(dep?.component);
        const endpoint = str(dep?.name);
        if (!dep || !componentName || !endpoint)
            return;
        const project = str(dep.project) || ownProject;
        const at = ['spec', 'dependencies', 'endpoints', i];
        const component = index.find('Component', ns, componentName);
        const componentProject = str(rec(rec(component?.object.spec)?.owner)?.projectName);
        if (!component || (componentProject && componentProject !== project)) {
            const inProject = index.ofKind('Component').filter((c) => index.namespaceOf(c) === ns && str(rec(rec(c.object.spec)?.owner)?.projectName) === project).map((c) => c.name);
            const hint = component ? `Component "${componentName}" belongs to project "${componentProject}": set \`project: ${componentProject}\`.` : (0,closest/* didYouMean */.au)(componentName, inProject) || 'Fix the component name, or add the Component.';
            out.push((0,finding_at/* findingAt */.d)(positions, workload.doc, [...at, 'component'], {
                ruleId: 'reference/dependency-endpoint', severity: 'warning',
                message: `Component "${componentName}" not found in project "${project}" (namespace "${ns}"): this dependency stays pending and its env bindings are never set`,
                hint,
            }));
            return;
        }
        const targets = byOwner.get(ownerKey(ns, project, componentName)) ?? [];
        // No committed Workload (a build workflow generates it): its endpoints cannot be known here.
        if (targets.length !== 1)
            return;
        const endpoints = rec(rec(targets[0].object.spec)?.endpoints);
        if (endpoints && endpoint in endpoints)
            return;
        const declared = Object.keys(endpoints ?? {});
        out.push((0,finding_at/* findingAt */.d)(positions, workload.doc, [...at, 'name'], {
            ruleId: 'reference/dependency-endpoint', severity: 'warning',
            message: `The Workload of component "${componentName}" declares no endpoint "${endpoint}": this dependency stays pending and its env bindings are never set`,
            hint: (0,closest/* didYouMean */.au)(endpoint, declared) || (declared.length ? `Declared endpoints: ${declared.join(', ')}.` : `Declare the endpoint under spec.endpoints of ${targets[0].name} (${targets[0].doc.file}).`),
        }));
    });
    reference_lookup_list(deps.resources).forEach((raw, i) => {
        const ref = str(rec(raw)?.ref);
        if (!ref)
            return;
        const path = ['spec', 'dependencies', 'resources', i, 'ref'];
        const found = lookup(index, 'Resource', ns, ref);
        const missing = missingReference(index, positions, {
            ruleId: 'reference/dependency-resource', from: workload, path, kind: 'Resource', name: ref, namespace: ns, severity: 'warning',
            consequence: 'this dependency stays pending (ResourceDependenciesReady=False)',
        }, found);
        if (missing)
            return void out.push(missing);
        const resourceProject = str(rec(rec(found.target?.object.spec)?.owner)?.projectName);
        if (resourceProject && resourceProject !== ownProject) {
            out.push((0,finding_at/* findingAt */.d)(positions, workload.doc, path, {
                ruleId: 'reference/dependency-resource', severity: 'warning',
                message: `Resource "${ref}" belongs to project "${resourceProject}", not "${ownProject}": this dependency stays pending (ResourceDependenciesReady=False)`,
                hint: 'A Workload can depend on Resources of its own project only.',
            }));
        }
    });
}

;// CONCATENATED MODULE: ./build/src/core/rules/cross-resource.js













/**
 * Every rule that looks across resources, in the order they run. Each only judges the repository's own
 * resources (context resources resolve references and are never reported).
 */
const crossResourceRules = [
    checkDuplicates,
    checkComponentRefs,
    checkWorkloadRefs,
    checkBindingRefs,
    checkPipelines,
    checkPlatformRefs,
    checkOwnerRefs,
    checkParameterSchemas,
    checkComponentParameters,
    checkBindingParameters,
    checkReleaseSnapshots,
    checkTemplateRefs,
    checkKustomizePaths,
    checkFluxRefs,
];
const crossResourceRuleInfo = [
    ...duplicateRules,
    ...componentRefRules,
    ...workloadRefRules,
    ...bindingRefRules,
    ...pipelineRules,
    ...platformRefRules,
    ...ownerRefRules,
    ...parameterRules,
    ...releaseSnapshotRules,
    ...templateRefRules,
    ...kustomizeRules,
    ...fluxRules,
];
/** Runs every cross-resource rule. */
function runCrossResourceRules(index, positions) {
    return crossResourceRules.flatMap((rule) => rule(index, positions));
}

;// CONCATENATED MODULE: ./build/src/core/metadata.js
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ANNOTATIONS_MAX_BYTES = 256 * 1024;
/** ObjectMeta fields the API server knows; anything else is an unknown field under server-side apply. */
const OBJECT_META_FIELDS = new Set([
    'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
    'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields',
]);
function toLower(name) {
    return name.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
}
/** Checks a qualified name (`prefix/name`) as used for label and annotation keys; returns why it is bad, or ''. */
function qualifiedNameProblem(key) {
    const parts = key.split('/');
    if (parts.length > 2)
        return 'a qualified name may contain at most one "/"';
    const name = parts[parts.length - 1];
    if (parts.length === 2) {
        const prefix = parts[0];
        if (!prefix)
            return 'the prefix before "/" must not be empty';
        if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))
            return `prefix "${prefix}" must be a lowercase DNS subdomain`;
    }
    if (!name)
        return 'the name part must not be empty';
    if (name.length > 63)
        return 'the name part must be no more than 63 characters';
    if (!LABEL_NAME.test(name))
        return 'the name part must consist of alphanumerics, "-", "_" or "." and start and end with an alphanumeric';
    return '';
}
function stringMapIssues(meta, field) {
    const map = meta[field];
    const issues = [];
    if (map === undefined || map === null)
        return issues;
    if (typeof map !== 'object' || Array.isArray(map)) {
        return [{ path: ['metadata', field], ruleId: 'metadata/invalid', severity: 'error', message: `metadata.${field}: Invalid value: must be a map of string keys to string values.`, hint: `Write ${field} as \`key: "value"\` pairs.` }];
    }
    let size = 0;
    for (const [key, value] of Object.entries(map)) {
        const path = ['metadata', field, key];
        const problem = qualifiedNameProblem(key);
        if (problem) {
            issues.push({ path, ruleId: `metadata/${field}`, severity: 'error', message: `metadata.${field}: Invalid value: "${key}": ${problem}.`, hint: 'Use a key like `example.com/my-key` or `my-key`.' });
        }
        if (typeof value !== 'string') {
            issues.push({ path, ruleId: `metadata/${field}`, severity: 'error', message: `metadata.${field}.${key}: Invalid value: must be of type string, got ${value === null ? 'null' : typeof value}.`, hint: 'Quote the value, e.g. `"true"` or `"8080"`.' });
            continue;
        }
        size += key.length + value.length;
        if (field === 'labels' && (value.length > 63 || !LABEL_VALUE.test(value))) {
            issues.push({ path, ruleId: 'metadata/labels', severity: 'error', message: `metadata.labels.${key}: Invalid value: "${value.slice(0, 80)}": a label value must be at most 63 characters of alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric.`, hint: 'Shorten the value or move it to an annotation.' });
        }
    }
    if (field === 'annotations' && size > ANNOTATIONS_MAX_BYTES) {
        issues.push({ path: ['metadata', field], ruleId: 'metadata/annotations', severity: 'error', message: `metadata.annotations: Too long: must have at most ${ANNOTATIONS_MAX_BYTES} bytes.`, hint: 'Move large data out of annotations.' });
    }
    return issues;
}
/** Judges `metadata` the way the API server does for a custom resource (CRDs only declare it as an object). */
function checkMetadata(object, clusterScoped) {
    const meta = object.metadata;
    if (meta === null || typeof meta !== 'object' || Array.isArray(meta))
        return [];
    const m = meta;
    const issues = [];
    for (const key of Object.keys(m)) {
        if (!OBJECT_META_FIELDS.has(key)) {
            issues.push({ path: ['metadata', key], ruleId: 'schema/unknown-field', severity: 'error', message: `.metadata.${key}: field not declared in schema.`, hint: 'Remove the field; put custom data in metadata.labels or metadata.annotations.' });
        }
    }
    const name = m.name;
    if (name === undefined || name === null || name === '') {
        issues.push({ path: ['metadata', 'name'], ruleId: 'metadata/name', severity: 'error', message: 'metadata.name: Required value: name is required.', hint: 'Give the resource a lowercase DNS-1123 name, e.g. `name: my-service`.' });
    }
    else if (typeof name !== 'string') {
        issues.push({ path: ['metadata', 'name'], ruleId: 'metadata/name', severity: 'error', message: 'metadata.name: Invalid value: must be of type string.', hint: 'Quote the name.' });
    }
    else if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
        const fixed = toLower(name);
        issues.push({ path: ['metadata', 'name'], ruleId: 'metadata/name', severity: 'error', message: `metadata.name: Invalid value: "${name.slice(0, 100)}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (at most 253).`, hint: fixed && fixed !== name ? `Rename it, e.g. "${fixed}".` : 'Rename it using lowercase letters, digits and "-".' });
    }
    const ns = m.namespace;
    if (ns !== undefined && ns !== null) {
        if (clusterScoped) {
            issues.push({ path: ['metadata', 'namespace'], ruleId: 'metadata/namespace', severity: 'warning', message: `metadata.namespace is set on the cluster-scoped kind ${String(object.kind)}; the API server ignores it.`, hint: 'Remove metadata.namespace.' });
        }
        else if (typeof ns !== 'string' || ns.length > 63 || !DNS1123_LABEL.test(ns)) {
            issues.push({ path: ['metadata', 'namespace'], ruleId: 'metadata/namespace', severity: 'error', message: `metadata.namespace: Invalid value: "${String(ns).slice(0, 100)}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', start and end with an alphanumeric character, and be at most 63 characters.`, hint: 'Use an existing namespace name such as `default`.' });
        }
    }
    issues.push(...stringMapIssues(m, 'labels'), ...stringMapIssues(m, 'annotations'));
    return issues;
}

;// CONCATENATED MODULE: ./build/src/core/schema-node.js
/** The structural schema node that describes the value at path (following properties, items and map values). */
function schemaAt(root, path) {
    let node = root;
    for (const seg of path) {
        if (!node)
            return undefined;
        if (typeof seg === 'number')
            node = node.items;
        else if (node.properties && seg in node.properties)
            node = node.properties[seg];
        else if (node.additionalProperties && typeof node.additionalProperties === 'object')
            node = node.additionalProperties;
        else
            return undefined;
    }
    return node;
}
/** Every path (with `*` for list items and map values) to a node the predicate selects. */
function findSchemaPaths(root, select) {
    const out = [];
    const walk = (node, path, depth) => {
        if (depth > 64)
            return;
        if (select(node))
            out.push(path);
        for (const [key, child] of Object.entries(node.properties ?? {}))
            walk(child, [...path, key], depth + 1);
        if (node.items)
            walk(node.items, [...path, '*'], depth + 1);
        if (node.additionalProperties && typeof node.additionalProperties === 'object')
            walk(node.additionalProperties, [...path, '*'], depth + 1);
    };
    walk(root, [], 0);
    return out;
}
/** Calls visit for every concrete value the wildcard path reaches in value. */
function forEachAt(value, path, visit, at = []) {
    if (path.length === 0) {
        visit(value, at);
        return;
    }
    if (value === null || typeof value !== 'object')
        return;
    const [head, ...rest] = path;
    if (head === '*') {
        if (Array.isArray(value))
            value.forEach((v, i) => forEachAt(v, rest, visit, [...at, i]));
        else
            for (const [k, v] of Object.entries(value))
                forEachAt(v, rest, visit, [...at, k]);
    }
    else if (!Array.isArray(value) && head in value) {
        forEachAt(value[head], rest, visit, [...at, head]);
    }
}

;// CONCATENATED MODULE: ./build/src/core/schema-check.js




/** Hints for fields that older OpenChoreo releases or the old docs used. */
const LEGACY_FIELD_HINTS = {
    containers: 'From OpenChoreo 1.0 a Workload has one `container:` (not a `containers:` map): move `containers.<name>.*` up to `container.*`.',
    secretRef: 'From OpenChoreo 1.0 use `valueFrom.secretKeyRef: {name: <SecretReference>, key: <secretKey>}`.',
    componentTypeEnvOverrides: 'From OpenChoreo 1.0 this field is `componentTypeEnvironmentConfigs`.',
    traitOverrides: 'From OpenChoreo 1.0 this field is `traitEnvironmentConfigs`.',
    schema: 'From OpenChoreo 1.0 schemas live in `parameters.openAPIV3Schema` and `environmentConfigs.openAPIV3Schema`.',
};
/**
 * Removes null map values in place (the API server drops nulls for non-nullable fields before validation).
 * Returns true when it removed any.
 */
function dropNulls(value, depth = 0) {
    if (value === null || typeof value !== 'object' || depth > 200)
        return false;
    let dropped = false;
    if (Array.isArray(value)) {
        for (const item of value)
            dropped = dropNulls(item, depth + 1) || dropped;
        return dropped;
    }
    const record = value;
    for (const key of Object.keys(record)) {
        if (record[key] === null) {
            delete record[key];
            dropped = true;
        }
        else {
            dropped = dropNulls(record[key], depth + 1) || dropped;
        }
    }
    return dropped;
}
function typeName(value) {
    if (value === undefined)
        return 'undefined';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    if (typeof value === 'object')
        return 'object';
    return typeof value;
}
function shown(value) {
    if (typeof value === 'string')
        return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return `"${typeName(value)}"`;
}
function valueAtPath(root, path) {
    let node = root;
    for (const seg of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[seg];
    }
    return node;
}
function issueFromAjv(err, object, schema) {
    const at = pointerToPath(err.instancePath);
    const value = valueAtPath(object, at);
    const p = formatPath(at);
    const params = err.params;
    switch (err.keyword) {
        case 'required': {
            const field = String(params.missingProperty);
            const path = [...at, field];
            return { path, ruleId: 'schema/required', severity: 'error', message: `${formatPath(path)}: Required value.`, hint: `Add \`${field}\` under ${p === '<root>' ? 'the document root' : `\`${p}\``}.` };
        }
        case 'additionalProperties': {
            const field = String(params.additionalProperty);
            const path = [...at, field];
            const known = Object.keys(schemaAt(schema, at)?.properties ?? {});
            const hint = LEGACY_FIELD_HINTS[field] ?? ((0,closest/* didYouMean */.au)(field, known) || (known.length ? `Known fields here: ${known.join(', ')}.` : 'Remove the field.'));
            return { path, ruleId: 'schema/unknown-field', severity: 'error', message: `.${formatPath(path)}: field not declared in schema (server-side apply rejects unknown fields).`, hint };
        }
        case 'type': {
            const expected = String(params.type);
            const hint = typeof value === 'number' || typeof value === 'boolean'
                ? `Quote the value if it is meant as text: "${String(value)}".`
                : `Write a value of type ${expected} here.`;
            return { path: at, ruleId: 'schema/type', severity: 'error', message: `${p}: Invalid value: "${typeName(value)}": must be of type ${expected}.`, hint };
        }
        case 'anyOf':
            return { path: at, ruleId: 'schema/type', severity: 'error', message: `${p}: Invalid value: "${typeName(value)}": must be an integer or a string.`, hint: 'Write a number or a quoted string.' };
        case 'enum': {
            const allowed = params.allowedValues ?? [];
            const names = allowed.map(String);
            const hint = (typeof value === 'string' && (0,closest/* didYouMean */.au)(value, names)) || `Use one of: ${names.join(', ')}.`;
            return { path: at, ruleId: 'schema/enum', severity: 'error', message: `${p}: Unsupported value: ${shown(value)}: supported values: ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`, hint };
        }
        case 'pattern':
            return { path: at, ruleId: 'schema/pattern', severity: 'error', message: `${p}: Invalid value: ${shown(value)}: should match '${String(params.pattern)}'.`, hint: 'Change the value so it matches the pattern.' };
        case 'minLength':
            return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Invalid value: ${shown(value)}: should be at least ${String(params.limit)} chars long.`, hint: 'Write a non-empty value.' };
        case 'maxLength':
            return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Too long: may not be more than ${String(params.limit)} characters.`, hint: 'Shorten the value.' };
        case 'minItems':
            return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Invalid value: ${Array.isArray(value) ? value.length : 0}: should have at least ${String(params.limit)} items.`, hint: 'Add the missing items.' };
        case 'maxItems':
            return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Too many: ${Array.isArray(value) ? value.length : 0}: must have at most ${String(params.limit)} items.`, hint: 'Remove items.' };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Invalid value: ${shown(value)}: should be ${String(params.comparison)} ${String(params.limit)}.`, hint: 'Use a value inside the allowed range.' };
        case 'minProperties':
        case 'maxProperties':
            return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Invalid value: should have ${err.keyword === 'minProperties' ? 'at least' : 'at most'} ${String(params.limit)} properties.`, hint: '' };
        case 'uniqueItems':
            return { path: [...at, Number(params.j)], ruleId: 'schema/duplicate', severity: 'error', message: `${formatPath([...at, Number(params.j)])}: Duplicate value: ${shown(valueAtPath(value, [Number(params.j)]))}.`, hint: 'Remove the repeated item; this list is a set.' };
        default:
            return { path: at, ruleId: 'schema/invalid', severity: 'error', message: `${p}: Invalid value: ${err.message ?? err.keyword}.`, hint: '' };
    }
}
const listMapCache = new WeakMap();
function listMaps(schema) {
    let hit = listMapCache.get(schema);
    if (!hit) {
        hit = findSchemaPaths(schema, (n) => n['x-kubernetes-list-type'] === 'map').map((path) => ({
            path,
            keys: (schemaAt(schema, path.map((s) => (s === '*' ? 0 : s))) ?? {})['x-kubernetes-list-map-keys'] ?? [],
        }));
        listMapCache.set(schema, hit);
    }
    return hit;
}
/** `x-kubernetes-list-type: map`: items must be unique by their key fields. */
function listMapIssues(object, schema) {
    const issues = [];
    for (const { path, keys } of listMaps(schema)) {
        if (!keys.length)
            continue;
        forEachAt(object, path, (list, at) => {
            if (!Array.isArray(list))
                return;
            const seen = new Map();
            list.forEach((item, i) => {
                if (item === null || typeof item !== 'object')
                    return;
                const key = JSON.stringify(keys.map((k) => item[k]));
                const first = seen.get(key);
                if (first === undefined) {
                    seen.set(key, i);
                    return;
                }
                const desc = keys.map((k) => `${k}=${JSON.stringify(item[k])}`).join(', ');
                issues.push({ path: [...at, i], ruleId: 'schema/duplicate', severity: 'error', message: `${formatPath([...at, i])}: Duplicate value: map list item with ${desc} (already at index ${first}).`, hint: `Items of ${formatPath(at)} are keyed by ${keys.join(', ')}; merge or rename the duplicate.` });
            });
        });
    }
    return issues;
}
/**
 * Judges one OpenChoreo object against its kind's CRD schema in the given release, as the API server does with
 * server-side apply: nulls dropped, CRD defaults applied (in place), unknown fields rejected, list-map keys
 * unique, metadata checked.
 */
function checkSchema(object, kind, release) {
    const crd = release.crds[kind];
    if (!crd)
        return { issues: [], errorPaths: [] };
    const validate = release.validators[kind];
    if (!validate)
        throw new Error(`Schema validators of OpenChoreo ${release.tag} are not loaded (call loadValidators first).`);
    const issues = [];
    // The API server drops null values before validating. Nulls are rare and only change the verdict of an
    // object that fails, so the (whole-object) pass to drop them runs only then, followed by a second look.
    let valid = validate(object);
    if (!valid && dropNulls(object))
        valid = validate(object);
    if (!valid) {
        const errors = validate.errors ?? [];
        const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
        for (const err of errors) {
            if (err.keyword === 'type' && anyOfPaths.has(err.instancePath))
                continue;
            const issue = issueFromAjv(err, object, crd.schema);
            if (issue)
                issues.push(issue);
        }
    }
    issues.push(...listMapIssues(object, crd.schema));
    issues.push(...checkMetadata(object, crd.scope === 'Cluster'));
    return { issues, errorPaths: issues.filter((i) => i.severity === 'error').map((i) => i.path) };
}

;// CONCATENATED MODULE: ./build/src/core/transport.js
/**
 * A resource as the cross-resource rules need it, once its own checks are done: a ComponentRelease snapshot
 * without the rendered templates of its type and traits, which no such rule reads. They are most of a
 * repository's bytes, so they are dropped as soon as the snapshot is judged (and never cross threads or
 * reach the validation cache).
 */
function slimForTransport(resource) {
    if (resource.kind !== 'ComponentRelease')
        return resource.object;
    const spec = resource.object.spec;
    if (spec === null || typeof spec !== 'object')
        return resource.object;
    const slimType = (t) => {
        if (t === null || typeof t !== 'object' || t.spec === null || typeof t.spec !== 'object')
            return t;
        const { resources, creates, patches, removes, ...rest } = t.spec;
        return { ...t, spec: rest };
    };
    return {
        ...resource.object,
        spec: {
            ...spec,
            componentType: slimType(spec.componentType),
            traits: Array.isArray(spec.traits) ? spec.traits.map(slimType) : spec.traits,
        },
    };
}
/** True for a resource whose kept object may lack parts (see slimForTransport): read its file again when they matter. */
function isSlimmed(resource) {
    return resource.kind === 'ComponentRelease';
}

;// CONCATENATED MODULE: ./build/src/core/kinds.js


/** Checks that the release serves this apiVersion and kind; returns the issue when it does not. */
function checkKind(resource, release) {
    const crd = release.crds[resource.kind];
    if (!crd) {
        const servedBy = RELEASES.filter((r) => r.crds[resource.kind]).map((r) => r.tag);
        if (servedBy.length) {
            return {
                path: ['kind'],
                ruleId: 'kind/not-in-release',
                severity: 'error',
                message: `Kind ${resource.kind} is not served by OpenChoreo ${release.tag} (it exists in ${servedBy.join(', ')}).`,
                hint: `Migrate the resource to a ${release.tag} kind, or set openchoreo-version to the release the cluster runs.`,
            };
        }
        const hint = (0,closest/* didYouMean */.au)(resource.kind, Object.keys(release.crds)) || (0,closest/* didYouMean */.au)(resource.kind, ALL_KINDS);
        return {
            path: ['kind'],
            ruleId: 'kind/unknown',
            severity: 'error',
            message: `Unknown OpenChoreo kind "${resource.kind}": no openchoreo.dev CRD defines it, so the API server rejects it.`,
            hint: hint || `Known kinds: ${Object.keys(release.crds).join(', ')}.`,
        };
    }
    if (!crd.apiVersions.includes(resource.apiVersion)) {
        return {
            path: ['apiVersion'],
            ruleId: 'kind/api-version',
            severity: 'error',
            message: `apiVersion "${resource.apiVersion}" is not served for ${resource.kind} by OpenChoreo ${release.tag}.`,
            hint: `Use apiVersion: ${crd.apiVersions[0]}.`,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/core/validate.js






/** Identity of a resource for matching against the PR base inside one stage (namespace as written). */
const baseKey = (r) => (0,resource/* resourceKey */.ik)(r.kind, r.namespace ?? 'default', r.name);
const plainCel = celRuleCheck();
/**
 * The checks of one resource on its own (so they run wherever it was parsed): served kind and apiVersion, CRD
 * schema (defaults applied in place), metadata, then the CRD's CEL rules on the nodes the schema accepted and
 * the template references of ComponentRelease snapshots. `oldObject` (the same resource at the PR base)
 * enables CEL validation ratcheting.
 */
function validate_checkResource(resource, release, positions, oldObject) {
    const locate = (issues) => issues.map((issue) => (0,finding_at/* findingAt */.d)(positions, resource.doc, issue.path, issue));
    const kindIssue = checkKind(resource, release);
    if (kindIssue)
        return { findings: locate([kindIssue]), cel: [] };
    const schema = checkSchema(resource.object, resource.kind, release);
    const cel = oldObject === undefined ? plainCel : celRuleCheck({ oldObjectOf: () => oldObject });
    return {
        findings: locate([...schema.issues, ...snapshotTemplateIssues(resource)]),
        cel: locate(cel(resource, release, schema.errorPaths)),
    };
}
/** checkResource for many resources; `baseObjects` (by baseKey) are the old objects for ratcheting. */
function checkResources(resources, release, positions, baseObjects) {
    return resources.flatMap((resource) => {
        const checked = validate_checkResource(resource, release, positions, baseObjects?.get(baseKey(resource)));
        return [...checked.findings, ...checked.cel];
    });
}

;// CONCATENATED MODULE: ./build/src/core/file-report.js
/** The report in JSON form; `onText` receives each document (resources first, then manifests) so its text can be kept apart. */
function file_report_encodeFileReport(report, onText) {
    const plain = (r) => {
        onText(r.doc);
        return { apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace ?? null, doc: { file: r.doc.file, index: r.doc.index, startLine: r.doc.startLine }, object: r.object };
    };
    return { ...report, resources: report.resources.map(plain), manifests: report.manifests.map(plain) };
}
/** The report back from its JSON form; `textOf` gives each document's text, in the order encodeFileReport met them. */
function decodeFileReport(encoded, textOf) {
    const revive = (r) => ({
        apiVersion: r.apiVersion,
        kind: r.kind,
        name: r.name,
        namespace: r.namespace ?? undefined,
        doc: { ...r.doc, text: textOf(r.doc), value: r.object },
        object: r.object,
    });
    return { ...encoded, resources: encoded.resources.map(revive), manifests: encoded.manifests.map(revive) };
}

// EXTERNAL MODULE: ./build/src/core/parse.js
var core_parse = __webpack_require__(1874);
;// CONCATENATED MODULE: ./build/src/core/validate-cache.js


/** The release a cache was made with, when it names a release this tool knows. */
function cachedRelease(cache, known) {
    const release = cache?.release;
    return typeof release === 'string' && known(release) ? release : undefined;
}
/** The cached reports by path, when the cache holds reports of this build, release and format; else none. */
function cachedReports(cache, key) {
    const c = cache;
    if (!c || c.format !== 1 || c.build !== key.build || c.release !== key.release || c.objectFormat !== key.objectFormat || !Array.isArray(c.files))
        return new Map();
    return new Map(c.files.map((f) => [f.path, f]));
}
/** A cached report, when it was made from exactly this text (blob id); its documents get their texts back from it. */
function reuseReport(entry, blob, text) {
    if (!entry || entry.blob !== blob)
        return undefined;
    const texts = (0,core_parse/* documentTexts */.o7)(text);
    return decodeFileReport(entry, (place) => texts.get(place.startLine) ?? '');
}
/** The cache of a run: every report made from a file's text (those with a blob id). */
function cacheOf(key, reports) {
    return { format: 1, ...key, files: reports.filter((r) => r.blob).map((r) => file_report_encodeFileReport(r, () => undefined)) };
}

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
    { id: 'cache/not-saved', title: 'Validation cache not saved', description: 'The directory given as the validation cache (`--cache`, `cache-dir`) could not be written; the run is complete, but the next one parses every file again.' },
];

// EXTERNAL MODULE: ./build/src/shell/git.js
var shell_git = __webpack_require__(6684);
// EXTERNAL MODULE: ./build/src/shell/git-diff.js
var git_diff = __webpack_require__(4478);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/src/shell/read-repo.js
var read_repo = __webpack_require__(5751);
;// CONCATENATED MODULE: ./build/src/shell/read-base.js
/**
 * Reads the repository as it was at the PR base, straight from git objects (no second checkout), for the
 * transition rules. Files whose content is unchanged in the working tree are skipped: identical bytes give
 * identical resources, so no immutable field can have changed in them. On a typical PR that leaves a handful
 * of files to read and parse.
 */



/** The id git gives a blob with this content (`sha1("blob <size>\0" + bytes)`, or sha256 in such repositories). */
function blobId(content, format = 'sha1') {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return (0,external_node_crypto_.createHash)(format).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** Blob ids of the files read from the working tree (paths relative to `repoDir`, as readRepository gives them). */
async function headBlobIds(repoDir, files) {
    const format = await Git.at(repoDir).objectFormat();
    return new Map(files.map((f) => [f.path, blobId(f.text, format)]));
}
/**
 * The YAML files of `baseRev` under `repoDir` (paths relative to repoDir, like the head files), minus those
 * whose blob also exists in `headBlobs` (unchanged, wherever it now lives). Binary, non-UTF-8 and oversize
 * base files are left out silently: they are judged (or reported) at head, not at the base.
 */
async function readBaseFiles(repoDir, baseRev, headBlobs, options = {}) {
    const git = shell_git/* Git */.TU.at(repoDir);
    const commit = await git.revParse(baseRev);
    const prefix = await git.prefix();
    const listed = await git.lsTreeBlobs(commit, prefix ? [prefix] : []);
    const unchanged = new Set(headBlobs?.values() ?? []);
    const wanted = new Map();
    for (const [fullPath, sha] of listed) {
        if (!fullPath.startsWith(prefix))
            continue;
        const path = fullPath.slice(prefix.length);
        if (unchanged.has(sha) || (options.include && !options.include(path)))
            continue;
        wanted.set(path, sha);
    }
    const blobs = await git.readBlobs(wanted.values());
    const maxBytes = options.maxBytes ?? read_repo/* DEFAULT_MAX_BYTES */.fS;
    const files = [];
    for (const [path, sha] of wanted) {
        const bytes = blobs.get(sha);
        if (!bytes)
            throw new shell_git/* GitError */.XS(`blob ${sha} of ${path} at ${baseRev} could not be read`);
        if (bytes.length > maxBytes)
            continue;
        const decoded = (0,read_repo/* decodeSource */.E4)(path, bytes);
        if ('text' in decoded)
            files.push(decoded);
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * The base to compare against: `baseRef` when given (a PR's base sha, the `base-ref` input or `--base`),
 * else the merge base of HEAD with the default branch; undefined when neither can be found.
 */
async function resolveBaseRevision(repoDir, baseRef) {
    const git = shell_git/* Git */.TU.at(repoDir);
    if (baseRef)
        return git.revParse(baseRef);
    const branch = await git.defaultBranch();
    if (!branch)
        return undefined;
    return git.mergeBase(branch, 'HEAD');
}

// EXTERNAL MODULE: ./build/src/shell/part-workers.js
var part_workers = __webpack_require__(9885);
// EXTERNAL MODULE: ./build/src/shell/validate-cache-file.js
var validate_cache_file = __webpack_require__(7198);
// EXTERNAL MODULE: ./build/src/shell/read-ahead.js
var read_ahead = __webpack_require__(3926);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./build/src/shell/validate-parts.js










/** Files per chunk taken from the shared counter: small enough that the parts finish together. */
const CHUNK = 16;
/** A resource as kept after its own checks: a snapshot loses its templates (and its document the full value). */
function kept(resource) {
    const object = slimForTransport(resource);
    return object === resource.object ? resource : { ...resource, object, doc: { ...resource.doc, value: object } };
}
/** Parses and judges one file (as read) on its own. */
function judgeFile(path, read, objectFormat, release, positions) {
    const report = { path, blob: '', findings: [], cel: [], markers: { markers: [], projectsWithoutType: [] }, documents: 0, resources: [], manifests: [] };
    if (!('text' in read)) {
        report.findings.push(read);
        return report;
    }
    if (objectFormat)
        report.blob = blobId(read.text, objectFormat);
    const docs = (0,documents/* readDocuments */.r)([read]);
    report.findings.push(...docs.findings);
    report.documents = docs.documents.length;
    report.manifests = docs.manifests;
    report.markers = collectMarkers(docs.resources);
    for (const resource of docs.resources) {
        const checked = validate_checkResource(resource, release, positions);
        report.findings.push(...checked.findings);
        if (checked.cel.length)
            report.cel.push({ key: baseKey(resource), file: resource.doc.file, index: resource.doc.index, findings: checked.cel });
        report.resources.push(kept(resource));
    }
    return report;
}
async function releaseFor(input) {
    const found = findRelease(input.releaseTag);
    if (!found)
        throw new Error(`unknown release ${input.releaseTag}`);
    return loadValidators(found);
}
/** Does the work of one part; the same code runs in process and inside a worker. */
async function runPart(input) {
    const release = await releaseFor(input);
    const positions = new position.PositionIndex();
    const out = [];
    const next = new Int32Array(input.next);
    const { root, paths, maxBytes, objectFormat } = input;
    for (let from = Atomics.add(next, 0, CHUNK); from < paths.length; from = Atomics.add(next, 0, CHUNK)) {
        for (let i = from; i < Math.min(from + CHUNK, paths.length); i++)
            out.push(judgeFile(paths[i], (0,read_repo/* readSource */.o$)(root, paths[i], maxBytes), objectFormat, release, positions));
    }
    return out;
}
/** In-process part, for small repositories and tests. */
function localPart() {
    return { run: runPart, close: () => undefined };
}
/**
 * The only part of a run, in this thread, judging every file in order as `reader` (files read ahead by a
 * thread of the `read` role) hands them over.
 */
function soloPart(reader) {
    const opened = [];
    return {
        run: async (input) => {
            const release = await releaseFor(input);
            const positions = new position.PositionIndex();
            const source = reader(input);
            opened.push(source);
            const out = [];
            for (const path of input.paths) {
                const read = source.next();
                out.push(judgeFile(path, read instanceof Promise ? await read : read, input.objectFormat, release, positions));
            }
            return out;
        },
        close: () => {
            for (const source of opened)
                source.close();
        },
    };
}
/**
 * Reports cross the thread boundary as one JSON string plus the document texts: parsing JSON is about twice
 * as fast as structured-clone deserialisation for these object trees, and the texts are copied as plain strings.
 */
function encodeReports(reports) {
    const texts = [];
    const json = JSON.stringify(reports.map((r) => encodeFileReport(r, (doc) => texts.push(doc.text))));
    return { texts, json };
}
function decodeReports(value) {
    let t = 0;
    return JSON.parse(value.json).map((r) => decodeFileReport(r, () => value.texts[t++]));
}
/**
 * Part run by a worker thread of the `validate` role (see PartWorkers), usually started before the files
 * are listed, so that it has loaded its code by the time the first chunk is there to take.
 */
function workerPart(worker) {
    let next = 0;
    const pending = new Map();
    // A thread that has stopped answers nothing: its requests fail at once instead of waiting forever.
    let stopped = worker.threadId === -1 ? new Error('validation worker stopped') : undefined;
    const failAll = (err) => {
        stopped ??= err;
        for (const p of pending.values())
            p.reject(err);
        pending.clear();
    };
    worker.on('message', (reply) => {
        const p = pending.get(reply.id);
        if (!p)
            return;
        pending.delete(reply.id);
        if (reply.ok)
            p.resolve(reply.value);
        else
            p.reject(new Error(reply.message));
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`validation worker stopped (exit code ${code})`)));
    return {
        run: (input) => new Promise((resolve, reject) => {
            if (stopped)
                return reject(stopped);
            const id = next++;
            pending.set(id, { resolve, reject });
            worker.postMessage({ id, input });
        }).then(decodeReports),
        close: () => void worker.terminate(),
    };
}
/** In a worker thread of the `validate` role: serves the part's requests. */
function serveValidatePart() {
    const port = parentPort;
    if (!port)
        throw new Error('serveValidatePart runs only in a worker thread');
    port.on('message', async (req) => {
        try {
            port.postMessage({ id: req.id, ok: true, value: encodeReports(await runPart(req.input)) });
        }
        catch (err) {
            port.postMessage({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) });
        }
    });
}

;// CONCATENATED MODULE: ./build/src/commands/validate.js































const VALIDATE_RULES = [...validateRuleInfo, ...celRuleInfo, ...immutabilityRuleInfo, ...crossResourceRuleInfo];
/** Below this many files per thread, a worker thread costs more than it saves. */
const FILES_PER_THREAD = 400;
/** Reads `.openchoreo-gitops.yaml` when present. */
async function loadConfig(root) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(root, repo_config/* CONFIG_FILE */.g), 'utf8');
    }
    catch {
        return { config: repo_config/* EMPTY_CONFIG */.$, findings: [] };
    }
    return (0,config.parseConfig)(text);
}
/**
 * The parts of a run: this thread, plus the worker threads when the repository is large enough to pay for
 * them; or, with no such workers, this thread alone, with the files read ahead by `reader` when there is one.
 */
function choosePartsFor(workers, reader, files) {
    const large = files >= FILES_PER_THREAD * 2;
    const used = large ? (0,part_workers/* runningWorkers */.Lo)(workers) : [];
    for (const w of workers)
        if (!used.includes(w))
            void w.terminate();
    if (used.length === 0 && reader && large) {
        // The reader serves the first pass; a second one (another release) reads here.
        let passes = 0;
        return [soloPart((input) => (passes++ === 0 ? (0,read_ahead/* readAhead */.Ek)(reader, input.root, input.paths, input.maxBytes) : (0,read_ahead/* readHere */.vI)(input.root, input.paths, input.maxBytes)))];
    }
    if (reader)
        void reader.terminate();
    // Workers first, so their requests are posted before this thread starts on its own (synchronous) share.
    return [...used.map(workerPart), localPart()];
}
/**
 * Reads, parses and judges every file with the given release: the parts take files from one shared counter
 * until none is left, so a thread that started late or runs slower simply takes fewer. When a worker thread
 * fails, this thread judges every file again.
 */
async function runParts(parts, input) {
    if (input.paths.length === 0)
        return [];
    const next = new SharedArrayBuffer(4);
    try {
        return (await Promise.all(parts.map((p) => p.run({ ...input, next })))).flat();
    }
    catch (err) {
        // A worker thread stopped (crashed, ran out of memory, or its bundle is missing) after taking files:
        // which ones is not known, so this thread judges them all.
        if (parts.length === 1)
            throw err;
        return runParts([localPart()], input);
    }
}
/** Puts what the parts report back into listing order, so that a run's result does not depend on which thread read what. */
function inListingOrder(items, order) {
    const at = (x) => order.get(x.doc.file) ?? 0;
    return items.sort((a, b) => at(a) - at(b) || a.doc.index - b.doc.index);
}
/** The cached reports still valid: each file is read and hashed; those whose bytes changed are judged again. */
function reuseCached(root, paths, cached, format) {
    if (cached.size === 0)
        return [];
    const out = [];
    for (const path of paths) {
        const entry = cached.get(path);
        if (!entry)
            continue;
        const read = (0,read_repo/* readSource */.o$)(root, path, read_repo/* DEFAULT_MAX_BYTES */.fS);
        const report = 'text' in read ? reuseReport(entry, blobId(read.text, format), read.text) : undefined;
        if (report)
            out.push(report);
    }
    return out;
}
/** Writes the validation cache; a directory that cannot be written is a note, not a failed run. */
function saveCache(options, cache) {
    try {
        (0,validate_cache_file/* writeValidateCache */.uM)(options.dir, cache);
        return [];
    }
    catch (err) {
        return [{
                ruleId: 'cache/not-saved', severity: 'note', file: repo_config/* CONFIG_FILE */.g, line: 1, column: 1,
                message: `The validation cache could not be written to ${options.dir}: ${err.message}`,
                hint: 'Give a writable directory (e.g. one under $RUNNER_TEMP) as --cache / cache-dir, or drop the option.',
            }];
    }
}
/**
 * CEL findings after validation ratcheting: a resource that existed at the PR base (by kind/namespace/name)
 * is judged again, whole and with its old object, since the API server lets a rule fail on an unchanged part.
 */
function ratchet(root, entries, release, baseObjects, positions) {
    return entries.flatMap((entry) => {
        const old = baseObjects.get(entry.key);
        if (old === undefined)
            return entry.findings;
        const resource = reloadResource(root, entry.file, entry.index);
        return resource ? validate_checkResource(resource, release, positions, old).cel : entry.findings;
    });
}
/** Resources (CRD defaults applied) and manifests of read-only context repositories; their findings are not reported. */
async function loadContext(dirs, release) {
    const resources = [];
    const manifests = [];
    for (const dir of dirs) {
        const { config } = await loadConfig(dir);
        const read = await (0,read_repo/* readRepository */.Nu)(dir, { include: read_repo/* isYamlPath */.xu, ignore: config.ignore });
        const loaded = (0,documents/* readDocuments */.r)(read.files);
        for (const r of loaded.resources)
            if (release.crds[r.kind])
                checkSchema(r.object, r.kind, release);
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
    const loaded = (0,documents/* readDocuments */.r)(files);
    const positions = new position.PositionIndex();
    const findings = [...loaded.findings, ...checkResources(loaded.resources, release, positions)];
    const judged = { findings, resources: loaded.resources, manifests: loaded.manifests };
    return [...findings, ...crossCheck(release, judged, around, files.map((f) => f.path), positions).findings];
}
/** The validate job: every OpenChoreo manifest of the repository judged as the API server and controllers would. */
async function runValidate(options) {
    const started = performance.now();
    const { root } = options;
    const workers = options.workers?.take('validate') ?? [];
    const reader = options.workers?.takeReader();
    let parts = [];
    try {
        const { config, findings: configFindings } = await loadConfig(root);
        const ignore = [...config.ignore, ...(options.ignore ?? [])];
        const git = shell_git/* Git */.TU.at(root);
        const inGit = await git.isRepository();
        const wantsBase = options.base !== undefined || options.scope === 'changed';
        // Blob ids of the files are only needed to skip unchanged files at the base.
        const objectFormat = wantsBase ? (inGit ? await git.objectFormat() : 'sha1') : undefined;
        const listing = (0,read_repo/* listRepository */.j3)(root, { include: read_repo/* isYamlPath */.xu, ignore });
        const order = new Map(listing.paths.map((p, i) => [p, i]));
        parts = choosePartsFor(workers, reader, listing.paths.length);
        // Files are judged as they are parsed, with the release asked for or, until the repository's own is
        // known, the one of the cache or the newest; a repository that turns out to target another release is
        // judged again with it. Files the cache holds unchanged are not parsed at all.
        const requested = options.openchoreoVersion && options.openchoreoVersion !== 'auto' ? options.openchoreoVersion : (config.openchoreoVersion ?? 'auto');
        const cacheFile = options.cache ? (0,validate_cache_file/* readValidateCache */.D)(options.cache.dir) : undefined;
        const explicit = requested === 'auto' ? undefined : chooseRelease({ markers: [], projectsWithoutType: [] }, requested).release;
        let tag = explicit?.tag ?? cachedRelease(cacheFile, (t) => findRelease(t) !== undefined) ?? LATEST_RELEASE.tag;
        const hashFormat = objectFormat ?? (options.cache ? 'sha1' : undefined);
        const judge = async (releaseTag) => {
            const reused = options.cache && hashFormat ? reuseCached(root, listing.paths, cachedReports(cacheFile, { build: options.cache.build, release: releaseTag, objectFormat: hashFormat }), hashFormat) : [];
            const done = new Set(reused.map((r) => r.path));
            const judged = await runParts(parts, { root, paths: listing.paths.filter((p) => !done.has(p)), maxBytes: read_repo/* DEFAULT_MAX_BYTES */.fS, objectFormat: hashFormat, releaseTag });
            return { reports: [...reused, ...judged], reused: reused.length };
        };
        let run = await judge(tag);
        const choice = chooseRelease(mergeMarkers(run.reports.map((r) => r.markers), (file) => order.get(file) ?? 0), requested);
        if (choice.release.tag !== tag) {
            tag = choice.release.tag;
            run = await judge(tag);
        }
        const reports = run.reports;
        const cacheFindings = options.cache && hashFormat && run.reused < reports.length ? saveCache(options.cache, cacheOf({ build: options.cache.build, release: tag, objectFormat: hashFormat }, reports)) : [];
        const release = await loadValidators(choice.release);
        // The PR base: only files whose blob changed are read, so transition rules cost little on a typical PR.
        const baseRev = wantsBase ? await resolveBaseRevision(root, options.base) : undefined;
        if (options.scope === 'changed' && !baseRev)
            throw new Error('scope "changed" needs a base revision; pass --base (or base-ref) or fetch the default branch.');
        const headBlobs = new Map(reports.map((r) => [r.path, r.blob]));
        const changedBase = baseRev ? (0,documents/* readDocuments */.r)(await readBaseFiles(root, baseRev, headBlobs, { include: read_repo/* isYamlPath */.xu })) : undefined;
        const baseObjects = new Map();
        for (const r of changedBase?.resources ?? []) {
            if (release.crds[r.kind])
                checkSchema(r.object, r.kind, release);
            baseObjects.set(baseKey(r), r.object);
        }
        const positions = new position.PositionIndex();
        const judged = {
            findings: [...reports.flatMap((r) => r.findings), ...ratchet(root, reports.flatMap((r) => r.cel), release, baseObjects, positions)],
            resources: inListingOrder(reports.flatMap((r) => r.resources), order),
            manifests: inListingOrder(reports.flatMap((r) => r.manifests), order),
        };
        const around = { ...(await loadContext(options.context ?? [], release)), repositoryUrls: await (0,shell_git/* repositoryUrls */.fO)(git, inGit) };
        const cross = crossCheck(release, judged, around, listing.paths, positions);
        let findings = [...configFindings, ...cacheFindings, ...listing.findings, ...judged.findings, ...cross.findings];
        if (choice.mixed) {
            findings.push({
                ruleId: 'release/mixed', severity: 'warning', file: choice.mixed.file, line: choice.mixed.line, column: 1,
                message: `${choice.mixed.message} Validating against ${release.tag}.`,
                hint: 'Migrate the pre-1.0 manifests to the 1.x shapes, or set openchoreo-version to the release the cluster runs.',
            });
        }
        if (changedBase) {
            const { pairs } = matchBase(judged.resources, changedBase.resources, { headNamespace: cross.index.namespaceOf, isClusterScoped: cross.index.isClusterScoped });
            const fullPairs = pairs.map((p) => ({ ...p, head: isSlimmed(p.head) ? reloadFull(root, p.head, release) : p.head }));
            findings.push(...checkImmutability({ pairs: fullPairs, release, positions, skipFor: (r) => skipAroundErrors(errorPathsOf(r, release)) }));
        }
        if (options.scope === 'changed' && baseRev) {
            const prefix = inGit ? await git.prefix() : '';
            const changed = (await (0,git_diff/* changedFiles */.Y_)(root, baseRev)).map((f) => f.path).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
            const allBase = await readBaseFiles(root, baseRev, undefined, { include: read_repo/* isYamlPath */.xu });
            findings = filterToChangedScope({ head: findings, changedFiles: changed, base: validateInMemory(allBase, release, around) });
        }
        return {
            findings,
            facts: {
                command: 'validate',
                release: { tag: release.tag, detected: choice.detected, evidence: choice.evidence },
                files: listing.paths.length,
                documents: reports.reduce((n, r) => n + r.documents, 0),
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
        for (const w of workers)
            void w.terminate();
        if (reader)
            void reader.terminate();
    }
}
/** A resource's document read and parsed again, whole (a kept ComponentRelease lost its templates). */
function reloadResource(root, file, index) {
    const doc = (0,documents/* readDocuments */.r)((0,read_repo/* readSources */.tW)(root, [file]).files).documents[index];
    const c = doc ? (0,resource/* classify */.L8)(doc) : undefined;
    return c?.type === 'openchoreo' ? c.resource : undefined;
}
/** The full object of a kept (slimmed) resource, CRD defaults applied. */
function reloadFull(root, resource, release) {
    const full = reloadResource(root, resource.doc.file, resource.doc.index);
    if (!full)
        return resource;
    if (release.crds[full.kind])
        checkSchema(full.object, full.kind, release);
    return { ...resource, object: full.object };
}
/** Schema error paths of a head resource, recomputed for the few resources paired with the base. */
function errorPathsOf(resource, release) {
    if (!release.crds[resource.kind])
        return [];
    return checkSchema(structuredClone(resource.object), resource.kind, release).errorPaths;
}


/***/ }),

/***/ 4350:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/** Levenshtein distance, bounded: returns max+1 as soon as the distance is known to exceed max. */
function editDistance(a, b, max = Infinity) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            rowMin = Math.min(rowMin, cur[j]);
        }
        if (rowMin > max)
            return max + 1;
        prev = cur;
    }
    return prev[b.length];
}
/**
 * The candidate closest to name (case-insensitive), when close enough to be a likely typo:
 * at most a third of the name's length in edits (at least 1, at most 4). Ties go to the first candidate.
 */
function closest(name, candidates) {
    const lower = name.toLowerCase();
    const max = Math.min(4, Math.max(1, Math.floor(name.length / 3)));
    let best;
    let bestDistance = max + 1;
    for (const candidate of candidates) {
        if (candidate === name)
            continue;
        const d = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** " Did you mean "x"?" or '' — for hints. */
function didYouMean(name, candidates) {
    const hit = closest(name, candidates);
    return hit === undefined ? '' : `Did you mean "${hit}"?`;
}


/***/ }),

/***/ 5167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var _finding_at_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3520);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1874);
/* harmony import */ var _position_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3866);
/* harmony import */ var _release_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1037);
/* harmony import */ var _repo_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4900);





const KNOWN_KEYS = ['ignore', 'openchoreo-version', 'policy'];
/** Parses the config file's text; problems become findings and the bad parts are ignored. */
function parseConfig(text, file = _repo_config_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)({ path: file, text });
    const findings = [...parsed.findings];
    const config = { ..._repo_config_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_CONFIG */ .$, ignore: [], file };
    const doc = parsed.documents[0];
    if (!doc)
        return { config, findings };
    const positions = new _position_js__WEBPACK_IMPORTED_MODULE_1__.PositionIndex();
    const bad = (path, message, hint) => findings.push((0,_finding_at_js__WEBPACK_IMPORTED_MODULE_4__/* .findingAt */ .d)(positions, doc, path, { ruleId: 'config/invalid', severity: 'error', message, hint }));
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
        if (_release_names_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_CHOICES */ .p.includes(s))
            config.openchoreoVersion = s;
        else
            bad(['openchoreo-version'], `Unsupported openchoreo-version "${s}".`, `Use one of: ${_release_names_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_CHOICES */ .p.join(', ')}.`);
    }
    config.policy = v.policy;
    return { config, findings };
}


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ findingAt)
/* harmony export */ });
/** Builds a Finding that points at the node `path` of a document (its key when it is a map entry). */
function findingAt(positions, doc, path, draft) {
    const { line, column } = positions.locate(doc, path);
    return {
        ruleId: draft.ruleId,
        severity: draft.severity,
        file: doc.file,
        line,
        column,
        message: draft.message,
        hint: draft.hint ?? '',
    };
}


/***/ }),

/***/ 3866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PositionIndex: () => (/* binding */ PositionIndex)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/**
 * Finds the line and column of a node given by path. Only documents with a finding are re-parsed, with the
 * `yaml` package (which keeps source ranges); the result is cached per document.
 */
class PositionIndex {
    cache = new WeakMap();
    load(doc) {
        let hit = this.cache.get(doc);
        if (!hit) {
            const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
            let parsed;
            try {
                const composer = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ keepSourceTokens: false });
                const docs = [...composer.compose(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lines.addNewLine).parse(doc.text), true)];
                parsed = docs[0];
            }
            catch {
                parsed = undefined;
            }
            hit = { doc: parsed, lines };
            this.cache.set(doc, hit);
        }
        return hit;
    }
    /**
     * Position of the node at path. For a map entry this is its key (where an editor puts the cursor); for a
     * path that does not exist (a missing required field) it is the deepest existing ancestor's key.
     */
    locate(doc, path) {
        const { doc: parsed, lines } = this.load(doc);
        const fallback = { line: doc.startLine, column: 1 };
        if (!parsed || !parsed.contents)
            return fallback;
        let node = parsed.contents;
        let anchor = rangeStart(node);
        for (const seg of path) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && scalarKey(p.key) === String(seg));
                if (!pair)
                    break;
                anchor = rangeStart(pair.key) ?? rangeStart(pair.value) ?? anchor;
                node = pair.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                const item = node.items[seg];
                if (item === undefined)
                    break;
                anchor = rangeStart(item) ?? anchor;
                node = item;
            }
            else {
                break;
            }
        }
        if (anchor === undefined)
            return fallback;
        const { line, col } = lines.linePos(anchor);
        return { line: doc.startLine + line - 1, column: col };
    }
}
function scalarKey(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return String(key.value);
    return undefined;
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}


/***/ })

};
