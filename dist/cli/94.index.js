export const id = 94;
export const ids = [94,866];
export const modules = {

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

/***/ 2094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePolicyConfig: () => (/* binding */ parsePolicyConfig)
/* harmony export */ });
/* harmony import */ var _closest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4350);
/* harmony import */ var _codeowners_owner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4924);
/* harmony import */ var _finding_at_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3520);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(379);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1874);
/* harmony import */ var _policy_kinds_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3677);
/* harmony import */ var _policy_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4109);
/* harmony import */ var _position_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3866);








const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringList = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
const POLICY_KEYS = ['ownership', 'secrets'];
const OWNERSHIP_KEYS = ['defaults', 'defaultOwners', 'productionEnvironments', 'productionPattern', 'require'];
const REQUIRE_KEYS = ['name', 'kinds', 'names', 'namespaces', 'environments', 'production', 'owners'];
const SECRETS_KEYS = ['allow'];
const ALLOW_KEYS = ['fingerprint', 'reason'];
/**
 * Reads and checks the `policy:` section of the config file (given as text, so findings carry its lines).
 * Anything malformed becomes a finding and falls back to the default.
 */
function parsePolicyConfig(text, file) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlFile */ .BU)({ path: file, text });
    const doc = parsed.documents[0];
    const root = doc && isObj(doc.value) ? doc.value : undefined;
    if (!doc || !root || root.policy === undefined || root.policy === null)
        return { policy: _policy_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_POLICY */ .zj, findings: [] };
    return readPolicy(doc, root.policy);
}
function readPolicy(doc, value) {
    const findings = [];
    const positions = new _position_js__WEBPACK_IMPORTED_MODULE_2__.PositionIndex();
    const bad = (path, message, hint = '') => findings.push((0,_finding_at_js__WEBPACK_IMPORTED_MODULE_3__/* .findingAt */ .d)(positions, doc, path, { ruleId: _policy_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_CONFIG_RULE */ .JE, severity: 'error', message, hint }));
    const unknownKeys = (obj, path, known) => {
        for (const key of Object.keys(obj)) {
            if (!known.includes(key))
                bad([...path, key], `Unknown key "${key}" under ${path.join('.')}.`, (0,_closest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(key, known) || `Known keys: ${known.join(', ')}.`);
        }
    };
    const ownersAt = (v, path) => {
        if (!isStringList(v)) {
            bad(path, `${path.join('.')} must be a list of owners.`, "Example: ['@acme/platform'].");
            return [];
        }
        const out = [];
        v.forEach((o, i) => {
            const p = (0,_codeowners_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOwner */ .p)(o.trim());
            if (p.ok)
                out.push(o.trim());
            else
                bad([...path, i], p.message, p.hint);
        });
        return out;
    };
    const policy = { ..._policy_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_POLICY */ .zj, requirements: [], secretAllow: [] };
    if (!isObj(value)) {
        bad(['policy'], 'policy must be a mapping.', 'Write keys such as `ownership:` and `secrets:`.');
        return { policy: _policy_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_POLICY */ .zj, findings };
    }
    unknownKeys(value, ['policy'], POLICY_KEYS);
    const own = value.ownership;
    let defaults = true;
    let defaultOwners = [];
    if (own !== undefined && !isObj(own))
        bad(['policy', 'ownership'], 'policy.ownership must be a mapping.');
    if (isObj(own)) {
        const base = ['policy', 'ownership'];
        unknownKeys(own, base, OWNERSHIP_KEYS);
        if (own.defaults !== undefined) {
            if (typeof own.defaults === 'boolean')
                defaults = own.defaults;
            else
                bad([...base, 'defaults'], 'policy.ownership.defaults must be true or false.');
        }
        if (own.defaultOwners !== undefined)
            defaultOwners = ownersAt(own.defaultOwners, [...base, 'defaultOwners']);
        if (own.productionEnvironments !== undefined) {
            if (isStringList(own.productionEnvironments))
                policy.productionEnvironments = own.productionEnvironments;
            else
                bad([...base, 'productionEnvironments'], 'policy.ownership.productionEnvironments must be a list of Environment names.', 'Example: [production, prod-eu].');
        }
        if (own.productionPattern !== undefined) {
            try {
                if (typeof own.productionPattern !== 'string')
                    throw new Error('not a string');
                policy.productionPattern = new RegExp(own.productionPattern);
            }
            catch {
                bad([...base, 'productionPattern'], 'policy.ownership.productionPattern must be a regular expression (as a string).', "Example: '^prod(-|$)'.");
            }
        }
        if (own.require !== undefined) {
            if (!Array.isArray(own.require))
                bad([...base, 'require'], 'policy.ownership.require must be a list of requirements.');
            else
                own.require.forEach((item, i) => readRequirement(item, [...base, 'require', i]));
        }
    }
    if (defaults)
        policy.requirements.unshift(...(0,_policy_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinRequirements */ .cX)(defaultOwners));
    function readRequirement(item, path) {
        if (!isObj(item)) {
            bad(path, 'Each requirement must be a mapping with at least `kinds:`.', 'Example: { kinds: [Component], namespaces: [payments], owners: [\'@acme/payments\'] }.');
            return;
        }
        unknownKeys(item, path, REQUIRE_KEYS);
        if (!isStringList(item.kinds) || item.kinds.length === 0) {
            bad([...path, 'kinds'], 'A requirement needs `kinds:`, a non-empty list of OpenChoreo kinds (or `*`).');
            return;
        }
        item.kinds.forEach((k, j) => {
            if (k !== '*' && !_policy_kinds_js__WEBPACK_IMPORTED_MODULE_6__/* .OPENCHOREO_KINDS */ .Rl.includes(k))
                bad([...path, 'kinds', j], `"${k}" is not an OpenChoreo kind.`, (0,_closest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(k, _policy_kinds_js__WEBPACK_IMPORTED_MODULE_6__/* .OPENCHOREO_KINDS */ .Rl));
        });
        const req = {
            name: typeof item.name === 'string' && item.name.trim() ? item.name.trim() : `requirement ${Number(path[path.length - 1]) + 1}`,
            kinds: item.kinds,
            production: false,
            owners: [],
            builtin: false,
        };
        if (item.name !== undefined && typeof item.name !== 'string')
            bad([...path, 'name'], 'name must be a string.');
        if (item.names !== undefined) {
            if (isStringList(item.names))
                req.names = item.names.map(_glob_js__WEBPACK_IMPORTED_MODULE_7__/* .globToRegExp */ .t);
            else
                bad([...path, 'names'], 'names must be a list of metadata.name globs.');
        }
        for (const key of ['namespaces', 'environments']) {
            if (item[key] === undefined)
                continue;
            if (isStringList(item[key]))
                req[key] = item[key];
            else
                bad([...path, key], `${key} must be a list of names.`);
        }
        if (item.production !== undefined) {
            if (typeof item.production === 'boolean')
                req.production = item.production;
            else
                bad([...path, 'production'], 'production must be true or false.');
        }
        if ((req.environments || req.production) && !req.kinds.some((k) => k === '*' || _policy_kinds_js__WEBPACK_IMPORTED_MODULE_6__/* .BINDING_KINDS */ .a9.includes(k))) {
            bad([...path, req.environments ? 'environments' : 'production'], `Environment selectors only apply to ${_policy_kinds_js__WEBPACK_IMPORTED_MODULE_6__/* .BINDING_KINDS */ .a9.join(', ')}; this requirement matches no resource.`);
        }
        if (item.owners !== undefined)
            req.owners = ownersAt(item.owners, [...path, 'owners']);
        policy.requirements.push(req);
    }
    const secrets = value.secrets;
    if (secrets !== undefined && !isObj(secrets))
        bad(['policy', 'secrets'], 'policy.secrets must be a mapping.');
    if (isObj(secrets)) {
        unknownKeys(secrets, ['policy', 'secrets'], SECRETS_KEYS);
        const allow = secrets.allow;
        if (allow !== undefined && !Array.isArray(allow))
            bad(['policy', 'secrets', 'allow'], 'policy.secrets.allow must be a list.');
        if (Array.isArray(allow)) {
            allow.forEach((entry, i) => {
                const path = ['policy', 'secrets', 'allow', i];
                if (!isObj(entry))
                    return void bad(path, 'Each allow entry is a mapping with `fingerprint:` and `reason:`.');
                unknownKeys(entry, path, ALLOW_KEYS);
                const fingerprint = typeof entry.fingerprint === 'string' ? entry.fingerprint.trim() : '';
                const reason = typeof entry.reason === 'string' ? entry.reason.trim() : '';
                if (!fingerprint)
                    return void bad(path, 'An allow entry needs the finding\'s `fingerprint:` (printed with the finding).');
                if (!reason)
                    return void bad(path, 'An allow entry needs a `reason:` saying why the value may stay in Git.');
                const line = positions.locate(doc, path).line;
                policy.secretAllow.push({ fingerprint, reason, file: doc.file, line });
            });
        }
    }
    return { policy, findings };
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
