export const id = 94;
export const ids = [94];
export const modules = {

/***/ 2094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePolicyConfig: () => (/* binding */ parsePolicyConfig)
/* harmony export */ });
/* harmony import */ var _closest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4350);
/* harmony import */ var _codeowners_owner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4924);
/* harmony import */ var _finding_at_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3520);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6408);
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


/***/ })

};
