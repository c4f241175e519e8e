export const id = 814;
export const ids = [814];
export const modules = {

/***/ 4814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/core/finding.js
var finding = __webpack_require__(5068);
// EXTERNAL MODULE: ./build/src/core/report/formats.js + 3 modules
var formats = __webpack_require__(750);
// EXTERNAL MODULE: ./build/src/core/report/sarif.js + 2 modules
var sarif = __webpack_require__(7120);
;// CONCATENATED MODULE: ./build/src/core/report/summary.js
function summarize(findings, facts) {
    // Maps, not objects: a file may well be named `__proto__`.
    const byRule = new Map();
    const byFile = new Map();
    const bySeverity = { error: 0, warning: 0, note: 0 };
    for (const f of findings) {
        bySeverity[f.severity]++;
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
        byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
    }
    const summary = {
        command: facts.command,
        ...(facts.release && { release: { ...facts.release, evidence: [...facts.release.evidence] } }),
        files: facts.files,
        documents: facts.documents,
        resources: facts.resources,
        kinds: sortedKeys(Object.entries(facts.kinds)),
        errors: bySeverity.error,
        warnings: bySeverity.warning,
        notes: bySeverity.note,
        byRule: sortedKeys(byRule),
        byFile: sortedKeys(byFile),
    };
    if (facts.durationMs !== undefined)
        summary.durationMs = facts.durationMs;
    if (facts.extra !== undefined)
        summary.extra = facts.extra;
    return summary;
}
/** Entries with the highest counts first (ties by key), at most `limit` of them. */
function rankCounts(counts, limit = Infinity) {
    return Object.entries(counts)
        .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0))
        .slice(0, limit);
}
/** Object.fromEntries defines own properties, so even a `__proto__` key stays an ordinary count. */
function sortedKeys(counts) {
    return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

;// CONCATENATED MODULE: ./build/src/core/version.js
/** This tool's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./build/src/commands/run-command.js
/**
 * Runs one command on a checkout. Each command's code is loaded on demand, so the CLI bundle starts with
 * only what parses the command line and prints the result: the policy job never loads the validator
 * (CEL, schemas), and validate never loads the GitHub client and scanners.
 */
async function runCommand(settings) {
    switch (settings.command) {
        case 'validate': {
            const { runValidate } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(243), __webpack_require__.e(29), __webpack_require__.e(919), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 7730));
            return runValidate(settings);
        }
        case 'policy': {
            const { runPolicy } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(919), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 2343));
            return runPolicy({
                root: settings.root,
                base: settings.base,
                scope: settings.scope,
                ignore: settings.ignore,
                requireOwnerApproval: false,
                ...(settings.checks ? { checks: settings.checks } : {}),
                ...(settings.workers ? { workers: settings.workers } : {}),
            });
        }
    }
}

// EXTERNAL MODULE: ./build/src/shell/validate-cache-file.js
var validate_cache_file = __webpack_require__(7198);
// EXTERNAL MODULE: ./build/src/shell/write-file.js
var write_file = __webpack_require__(250);
// EXTERNAL MODULE: ./build/src/cli/args.js + 1 modules
var cli_args = __webpack_require__(3043);
;// CONCATENATED MODULE: ./build/src/cli/run.js











/** Runs the CLI; returns the exit code (0 clean, 1 findings, 2 usage or environment error). */
async function main(argv, workers) {
    let parsed;
    try {
        parsed = (0,cli_args/* parseCli */.wE)(argv, process.env);
    }
    catch (err) {
        if (err instanceof cli_args/* UsageError */.eb) {
            process.stderr.write(`openchoreo-gitops: ${err.message}\n\n${cli_args/* USAGE */.u_}\n`);
            return 2;
        }
        throw err;
    }
    if (parsed.kind === 'help') {
        process.stdout.write(`${cli_args/* USAGE */.u_}\n`);
        return 0;
    }
    if (parsed.kind === 'version') {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    const args = parsed.args;
    const root = (0,external_node_path_.resolve)(args.dir);
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        process.stderr.write(`openchoreo-gitops: ${args.dir} is not a directory.\n`);
        return 2;
    }
    for (const dir of args.context) {
        if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
            process.stderr.write(`openchoreo-gitops: --context ${dir} is not a directory.\n`);
            return 2;
        }
    }
    const { cache: cacheDir, ...rest } = args;
    const cache = cacheDir ? { dir: (0,external_node_path_.resolve)(cacheDir), build: (0,validate_cache_file/* bundleFingerprint */.vQ)(new URL(import.meta.url)) } : undefined;
    const result = await runCommand({ ...rest, root, context: args.context.map((d) => (0,external_node_path_.resolve)(d)), ...(workers ? { workers } : {}), ...(cache ? { cache } : {}) });
    const findings = (0,finding/* sortFindings */.Tc)(result.findings);
    const summary = summarize(findings, result.facts);
    const category = `openchoreo-${args.command}`;
    const options = { toolVersion: VERSION, rules: result.rules, color: args.color && process.stdout.isTTY === true, pretty: true, category };
    process.stdout.write((0,formats/* formatByName */.kb)(args.format)(findings, summary, options));
    if (args.sarif)
        (0,write_file/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(args.sarif), (0,sarif/* formatSarif */.z)(findings, summary, options));
    return (0,finding/* exitCodeFor */.Rr)(findings, args.failOn);
}


/***/ }),

/***/ 7198:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ readValidateCache),
/* harmony export */   uM: () => (/* binding */ writeValidateCache),
/* harmony export */   vQ: () => (/* binding */ bundleFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var _write_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(250);





const CACHE_FILE = 'validate-cache.json';
/** The cache file's content in `dir`, or undefined when there is none or it cannot be read as JSON (then it is rebuilt). */
function readValidateCache(dir) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, CACHE_FILE), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Writes the cache whole or not at all. */
function writeValidateCache(dir, cache) {
    (0,_write_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, CACHE_FILE), JSON.stringify(cache));
}
/**
 * Fingerprint of a bundle: a hash of the JavaScript files in its directory. The validation cache is only
 * reused by the same code, whatever its version number says.
 */
function bundleFingerprint(script) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(script), '..');
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir).filter((n) => n.endsWith('.js')).sort())
        hash.update(name).update('\0').update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name)));
    return hash.digest('hex').slice(0, 32);
}


/***/ }),

/***/ 250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** Writes a whole file or nothing: a temporary sibling renamed over the target. */
function writeFileAtomic(path, text) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
}


/***/ })

};
