export const id = 664;
export const ids = [664];
export const modules = {

/***/ 8664:
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
            const { runValidate } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(29), __webpack_require__.e(66), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 5614));
            return runValidate(settings);
        }
        case 'policy': {
            const { runPolicy } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(66), __webpack_require__.e(681)]).then(__webpack_require__.bind(__webpack_require__, 5681));
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

;// CONCATENATED MODULE: ./build/src/shell/write-file.js


/** Writes a whole file or nothing: a temporary sibling renamed over the target. */
function writeFileAtomic(path, text) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, text);
    (0,external_node_fs_.renameSync)(tmp, path);
}

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
    const result = await runCommand({ ...args, root, context: args.context.map((d) => (0,external_node_path_.resolve)(d)), ...(workers ? { workers } : {}) });
    const findings = (0,finding/* sortFindings */.Tc)(result.findings);
    const summary = summarize(findings, result.facts);
    const category = `openchoreo-${args.command}`;
    const options = { toolVersion: VERSION, rules: result.rules, color: args.color && process.stdout.isTTY === true, pretty: true, category };
    process.stdout.write((0,formats/* formatByName */.kb)(args.format)(findings, summary, options));
    if (args.sarif)
        writeFileAtomic((0,external_node_path_.resolve)(args.sarif), (0,sarif/* formatSarif */.z)(findings, summary, options));
    return (0,finding/* exitCodeFor */.Rr)(findings, args.failOn);
}


/***/ })

};
