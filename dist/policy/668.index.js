export const id = 668;
export const ids = [668];
export const modules = {

/***/ 3991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   dt: () => (/* binding */ listInput),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   ij: () => (/* binding */ choiceInput),
/* harmony export */   oN: () => (/* binding */ FAIL_ON_CHOICES),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports workspace, versionInput */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_release_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1037);
/* harmony import */ var _raw_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1402);




/** Thrown for an input the user must fix; reported with the input's name. */
class InputError extends Error {
}
/** The checkout every path input is relative to. */
function workspace() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(process.env.GITHUB_WORKSPACE || process.cwd());
}
/** Resolves a path input inside the workspace; refuses `..` tricks and absolute paths outside it. */
function workspacePath(name, value) {
    const root = workspace();
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, value || '.');
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new InputError(`Input "${name}" (${value}) points outside the workspace ${root}; use a path inside the checkout.`);
    }
    return abs;
}
/** A list input: one item per line or comma-separated; blank items and `#` comments dropped. */
function listInput(name) {
    return (0,_raw_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .splitList */ .ry)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name));
}
function choiceInput(name, allowed, fallback) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || fallback;
    if (!allowed.includes(value)) {
        throw new InputError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
    }
    return value;
}
function booleanInput(name, fallback) {
    if (!_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name))
        return fallback;
    try {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt(name);
    }
    catch {
        throw new InputError(`Input "${name}" must be true or false; got "${_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)}".`);
    }
}
/** `openchoreo-version`: auto or a release; a leading `v` is accepted. */
function versionInput() {
    const value = (core.getInput('openchoreo-version') || 'auto').replace(/^v/, '');
    if (!RELEASE_CHOICES.includes(value)) {
        throw new InputError(`Input "openchoreo-version" must be one of ${RELEASE_CHOICES.join(', ')}; got "${value}".`);
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
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3991);


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
/* harmony export */   p: () => (/* binding */ RELEASE_CHOICES)
/* harmony export */ });
/* unused harmony export RELEASE_NAMES */
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
