export const id = 668;
export const ids = [668];
export const modules = {

/***/ 8774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oN: () => (/* binding */ FAIL_ON_CHOICES),
  dz: () => (/* binding */ InputError),
  tE: () => (/* binding */ booleanInput),
  ij: () => (/* binding */ choiceInput),
  dt: () => (/* binding */ listInput),
  Xf: () => (/* binding */ versionInput),
  Gl: () => (/* binding */ workspace),
  X5: () => (/* binding */ workspacePath)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/core/release-names.js
var release_names = __webpack_require__(1037);
;// CONCATENATED MODULE: ./build/src/action/raw-inputs.js
/**
 * Inputs read straight from the runner's environment, as @actions/core reads them (`INPUT_<NAME>`, spaces as
 * underscores, trimmed), for the entries that must decide something before they load @actions/core.
 */
function rawInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A list input's items: one per line or comma-separated; blank items and `#` comments dropped. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
/** The policy `checks` input as written; undefined when empty (every check). Validated by the policy action. */
function checksFromEnv() {
    const names = splitList(rawInput('checks'));
    return names.length ? names : undefined;
}

;// CONCATENATED MODULE: ./build/src/action/inputs.js




/** Thrown for an input the user must fix; reported with the input's name. */
class InputError extends Error {
}
/** The checkout every path input is relative to. */
function workspace() {
    return (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE || process.cwd());
}
/** Resolves a path input inside the workspace; refuses `..` tricks and absolute paths outside it. */
function workspacePath(name, value) {
    const root = workspace();
    const abs = (0,external_node_path_.resolve)(root, value || '.');
    const rel = (0,external_node_path_.relative)(root, abs);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new InputError(`Input "${name}" (${value}) points outside the workspace ${root}; use a path inside the checkout.`);
    }
    return abs;
}
/** A list input: one item per line or comma-separated; blank items and `#` comments dropped. */
function listInput(name) {
    return splitList(core/* getInput */.V4(name));
}
function choiceInput(name, allowed, fallback) {
    const value = core/* getInput */.V4(name) || fallback;
    if (!allowed.includes(value)) {
        throw new InputError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
    }
    return value;
}
function booleanInput(name, fallback) {
    if (!core/* getInput */.V4(name))
        return fallback;
    try {
        return core/* getBooleanInput */.Vt(name);
    }
    catch {
        throw new InputError(`Input "${name}" must be true or false; got "${core/* getInput */.V4(name)}".`);
    }
}
/** `openchoreo-version`: auto or a release; a leading `v` is accepted. */
function versionInput() {
    const value = (core/* getInput */.V4('openchoreo-version') || 'auto').replace(/^v/, '');
    if (!release_names/* RELEASE_CHOICES */.p.includes(value)) {
        throw new InputError(`Input "openchoreo-version" must be one of ${release_names/* RELEASE_CHOICES */.p.join(', ')}; got "${value}".`);
    }
    return value;
}
const FAIL_ON_CHOICES = ['error', 'warning', 'note', 'never'];


/***/ }),

/***/ 9668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8774);


/**
 * Runs an action entry with the one place that turns a thrown error into a failed step; the worker threads
 * the entry started are stopped when it is done.
 */
function runAction(entry, workers) {
    entry()
        .catch((err) => {
        const message = err instanceof Error ? err.message : String(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(err instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? message : `openchoreo-gitops failed: ${message}`);
    })
        .finally(() => workers?.close());
}


/***/ }),

/***/ 1037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ RELEASE_NAMES),
/* harmony export */   p: () => (/* binding */ RELEASE_CHOICES)
/* harmony export */ });
/**
 * The OpenChoreo releases this tool knows, by name only. Their CRD catalogs (`releases.ts`) are large modules;
 * what only needs the names (the command line, the config file, action inputs) imports this one.
 */
/** Oldest first: the full tag and the `openchoreo-version` value that selects it. */
const RELEASE_NAMES = [
    { tag: 'v0.12.0', minor: '0.12' },
    { tag: 'v1.0.5', minor: '1.0' },
    { tag: 'v1.1.6', minor: '1.1' },
    { tag: 'v1.2.3', minor: '1.2' },
];
/** `openchoreo-version` values: `auto` or a release's minor version. */
const RELEASE_CHOICES = ['auto', ...RELEASE_NAMES.map((r) => r.minor)];


/***/ })

};
