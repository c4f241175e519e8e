export const id = 722;
export const ids = [722];
export const modules = {

/***/ 722:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPolicyAction: () => (/* binding */ runPolicyAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/src/core/release-names.js
var release_names = __webpack_require__(1037);
// EXTERNAL MODULE: ./build/src/core/finding.js
var finding = __webpack_require__(5068);
;// CONCATENATED MODULE: ./build/src/core/report/json.js

/**
 * `{"findings":[…],"summary":{…}}` with keys in a fixed order, whatever order the inputs were built in,
 * so the output can be diffed and asserted on byte for byte. Ends with a newline.
 */
function formatJson(findings, summary, options = {}) {
    const document = {
        findings: (0,finding/* sortFindings */.Tc)(findings).map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            file: f.file,
            line: f.line,
            column: f.column,
            message: f.message,
            hint: f.hint,
        })),
        summary: orderedSummary(summary),
    };
    return `${JSON.stringify(document, null, options.pretty ? 2 : undefined)}\n`;
}
/** Optional keys that are absent stay absent (JSON.stringify drops `undefined`). */
function orderedSummary(s) {
    return {
        command: s.command,
        release: s.release && { tag: s.release.tag, detected: s.release.detected, evidence: s.release.evidence },
        files: s.files,
        documents: s.documents,
        resources: s.resources,
        kinds: s.kinds,
        errors: s.errors,
        warnings: s.warnings,
        notes: s.notes,
        byRule: s.byRule,
        byFile: s.byFile,
        durationMs: s.durationMs,
        extra: s.extra,
    };
}

// EXTERNAL MODULE: ./build/src/core/report/sarif.js + 1 modules
var sarif = __webpack_require__(9539);
// EXTERNAL MODULE: ./build/src/core/report/plural.js
var plural = __webpack_require__(2968);
;// CONCATENATED MODULE: ./build/src/core/report/text.js


const severityColor = { error: '31', warning: '33', note: '36' };
/**
 * Terminal output: `file:line:col severity ruleId message`, the hint indented on the next line, and one closing
 * summary line. Ends with a newline.
 */
function formatText(findings, summary, options = {}) {
    const paint = (code, s) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const lines = [];
    for (const f of (0,finding/* sortFindings */.Tc)(findings)) {
        const location = guardCommand(`${oneLine(f.file)}:${f.line}:${f.column}`);
        const severity = paint(severityColor[f.severity], f.severity);
        lines.push(`${location} ${severity} ${paint('2', oneLine(f.ruleId))} ${oneLine(f.message)}`);
        if (f.hint)
            lines.push(`  hint: ${oneLine(f.hint)}`);
    }
    lines.push(closingLine(summary, paint, options.color === true));
    return `${lines.join('\n')}\n`;
}
function closingLine(s, paint, glyphs) {
    const counts = [
        s.errors && (0,plural/* plural */.L)(s.errors, 'error'),
        s.warnings && (0,plural/* plural */.L)(s.warnings, 'warning'),
        s.notes && (0,plural/* plural */.L)(s.notes, 'note'),
    ].filter(Boolean);
    const verdict = s.errors > 0 ? paint('31;1', glyphs ? '✖' : 'FAIL:') : paint('32;1', glyphs ? '✔' : 'OK:');
    const what = counts.length
        ? `${counts.join(', ')} in ${(0,plural/* plural */.L)(Object.keys(s.byFile).length, 'file')}`
        : 'no problems';
    const context = [(0,plural/* plural */.L)(s.files, 'file'), (0,plural/* plural */.L)(s.resources, 'resource')];
    if (s.release) {
        context.push(`OpenChoreo ${oneLine(s.release.tag)} ${s.release.detected ? 'detected' : 'assumed'}`);
    }
    return `${verdict} ${what} (${context.join(', ')})`;
}
/**
 * Hostile text must not start a new line (forging a finding, or a `::command::` when the CLI runs in a
 * workflow) nor move the cursor: control characters become visible escapes.
 */
function oneLine(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return ' ';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/** A line starting with `::` is a workflow command to the Actions runner; a file named so gets `./` in front. */
function guardCommand(location) {
    return location.startsWith('::') ? `./${location}` : location;
}

;// CONCATENATED MODULE: ./build/src/core/report/formats.js



/** The CLI's `--format` values. */
const FORMATS = {
    text: (findings, summary, options) => formatText(findings, summary, { color: options.color }),
    json: (findings, summary, options) => formatJson(findings, summary, { pretty: options.pretty }),
    sarif: (findings, summary, options) => (0,sarif/* formatSarif */.z)(findings, summary, { toolVersion: options.toolVersion, rules: options.rules, category: options.category }),
};
const formats_FORMAT_NAMES = Object.keys(FORMATS);
function formats_isFormatName(name) {
    return Object.hasOwn(FORMATS, name);
}
/** The formatter called `name`; an unknown name is a usage error that lists the valid ones. */
function formatByName(name) {
    if (!formats_isFormatName(name)) {
        throw new Error(`Unknown format "${name}". Valid formats: ${formats_FORMAT_NAMES.join(', ')}.`);
    }
    return FORMATS[name];
}

;// CONCATENATED MODULE: ./build/src/cli/args.js



/** `--openchoreo-version` choices (from the release names only: the parser runs at every start). */
const VERSION_CHOICES = (/* unused pure expression or super */ null && (RELEASE_CHOICES));
const COMMANDS = (/* unused pure expression or super */ null && (['validate', 'policy']));
const FAIL_ON = (/* unused pure expression or super */ null && (['error', 'warning', 'note', 'never']));
/** The policy command's checks, each of which `--checks` can pick. */
const POLICY_CHECKS = ['codeowners', 'ownership', 'approvals', 'secrets'];
/** The most worker threads `--threads` accepts. */
const MAX_THREADS = 16;
/** A mistake on the command line: printed with the usage, exit code 2. */
class UsageError extends (/* unused pure expression or super */ null && (Error)) {
}
const USAGE = (/* unused pure expression or super */ null && (`Usage: openchoreo-gitops <command> [dir] [options]

Commands:
  validate   judge every OpenChoreo manifest as the API server and controllers would
  policy     check CODEOWNERS and ownership, and find plaintext secrets

Options:
  --format text|json|sarif      output on stdout (default: text)
  --sarif PATH                  also write a SARIF 2.1.0 file
  --openchoreo-version V        ${VERSION_CHOICES.join('|')} (default: auto)
  --ignore GLOB                 skip paths matching GLOB (repeatable)
  --base REF                    git revision the change is judged against (immutability, changed scope)
  --context DIR                 read-only repository that resolves references (repeatable)
  --scope all|changed           report on everything, or only on what changed since --base (default: all)
  --fail-on error|warning|note|never   exit 1 when a finding of this severity or worse exists (default: error)
  --checks LIST                 policy: run only these checks, comma-separated from
                                ${POLICY_CHECKS.join(',')} (default: all)
  --cache DIR                   validate: keep each file's result in DIR and re-judge only files
                                whose content changed since (default: no cache)
  --threads N                   worker threads that judge files besides the main one for large
                                repositories, 0 to ${MAX_THREADS}; with 0 one thread still reads files ahead
                                (default: one per CPU beyond the first, up to 3; 0 on 2 CPUs)
  --no-color                    plain text output
  -h, --help                    show this help
  --version                     show the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or environment error.`));
/** `--checks a,b`: known names, deduplicated, in the canonical order. */
function parseChecks(value, option = '--checks') {
    const names = value.split(',').map((n) => n.trim()).filter((n) => n !== '');
    if (names.length === 0)
        throw new UsageError(`${option} needs at least one of ${POLICY_CHECKS.join(', ')}.`);
    for (const n of names) {
        if (!POLICY_CHECKS.includes(n))
            throw new UsageError(`${option} takes ${POLICY_CHECKS.join(', ')}; got "${n}".`);
    }
    return POLICY_CHECKS.filter((c) => names.includes(c));
}
function oneOf(name, value, allowed) {
    if (!allowed.includes(value)) {
        throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
    }
    return value;
}
function parseCli(argv, env = {}) {
    let parsed;
    try {
        parsed = parseArgs({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', default: 'text' },
                sarif: { type: 'string' },
                'openchoreo-version': { type: 'string', default: 'auto' },
                ignore: { type: 'string', multiple: true, default: [] },
                base: { type: 'string' },
                context: { type: 'string', multiple: true, default: [] },
                scope: { type: 'string', default: 'all' },
                'fail-on': { type: 'string', default: 'error' },
                checks: { type: 'string' },
                cache: { type: 'string' },
                threads: { type: 'string' },
                'no-color': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', default: false },
            },
        });
    }
    catch (err) {
        throw new UsageError(err.message);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [command, dir, ...extra] = positionals;
    if (!command)
        throw new UsageError('Missing command.');
    if (!COMMANDS.includes(command))
        throw new UsageError(`Unknown command "${command}": use ${COMMANDS.join(' or ')}.`);
    const cmd = command;
    if (extra.length)
        throw new UsageError(`Unexpected argument "${extra[0]}": give one directory.`);
    if (!isFormatName(values.format))
        throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')}; got "${values.format}".`);
    const version = values['openchoreo-version'].replace(/^v/, '');
    if (!VERSION_CHOICES.includes(version)) {
        throw new UsageError(`--openchoreo-version must be one of ${VERSION_CHOICES.join(', ')}; got "${values['openchoreo-version']}".`);
    }
    const scope = oneOf('scope', values.scope, ['all', 'changed']);
    if (scope === 'changed' && !values.base)
        throw new UsageError('--scope changed needs --base REF (the revision the change is compared with).');
    if (values.checks !== undefined && cmd !== 'policy')
        throw new UsageError('--checks applies to the policy command only.');
    const checks = values.checks === undefined ? undefined : parseChecks(values.checks);
    if (values.cache !== undefined && cmd !== 'validate')
        throw new UsageError('--cache applies to the validate command only.');
    if (values.cache === '')
        throw new UsageError('--cache needs a directory.');
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && !(/^\d+$/.test(values.threads ?? '') && threads <= MAX_THREADS)) {
        throw new UsageError(`--threads must be a whole number from 0 to ${MAX_THREADS}; got "${values.threads}".`);
    }
    return {
        kind: 'run',
        args: {
            command: cmd,
            dir: dir ?? '.',
            format: values.format,
            sarif: values.sarif,
            openchoreoVersion: version,
            ignore: values.ignore,
            base: values.base,
            context: values.context,
            scope,
            failOn: oneOf('fail-on', values['fail-on'], FAIL_ON),
            color: !values['no-color'] && !env.NO_COLOR && env.TERM !== 'dumb',
            ...(checks ? { checks } : {}),
            ...(values.cache ? { cache: values.cache } : {}),
            ...(threads !== undefined ? { threads } : {}),
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/src/core/codeowners/rules.js
/** Rule ids of the CODEOWNERS checks. Stable: SARIF, allow-lists and the job summary key on them. */
const CODEOWNERS_RULES = {
    tooLarge: 'codeowners/too-large',
    ignoredFile: 'codeowners/ignored-file',
    invalidPattern: 'codeowners/invalid-pattern',
    invalidOwner: 'codeowners/invalid-owner',
    duplicateOwner: 'codeowners/duplicate-owner',
    duplicatePattern: 'codeowners/duplicate-pattern',
    unmatchedPattern: 'codeowners/unmatched-pattern',
    shadowedRule: 'codeowners/shadowed-rule',
    clearsOwnership: 'codeowners/clears-ownership',
    unknownOwner: 'codeowners/unknown-owner',
    ownerWithoutWriteAccess: 'codeowners/owner-without-write-access',
    githubError: 'codeowners/github-error',
};
const codeownersRuleInfo = [
    {
        id: CODEOWNERS_RULES.tooLarge,
        title: 'CODEOWNERS file is 3 MB or larger',
        description: 'GitHub does not load a CODEOWNERS file of 3 MB or more: no path has an owner and no review is requested.',
    },
    {
        id: CODEOWNERS_RULES.ignoredFile,
        title: 'CODEOWNERS file that GitHub ignores',
        description: 'GitHub uses the first of .github/CODEOWNERS, CODEOWNERS and docs/CODEOWNERS; the others are never read.',
    },
    {
        id: CODEOWNERS_RULES.invalidPattern,
        title: 'CODEOWNERS pattern GitHub rejects',
        description: 'Negation (!), character ranges ([ ]), *** and a lone / are not CODEOWNERS syntax; GitHub skips the whole line.',
    },
    {
        id: CODEOWNERS_RULES.invalidOwner,
        title: 'CODEOWNERS owner is not @user, @org/team or an e-mail',
        description: 'GitHub only understands @username, @org/team-name and e-mail addresses as owners.',
    },
    {
        id: CODEOWNERS_RULES.duplicateOwner,
        title: 'Same owner twice on one CODEOWNERS line',
        description: 'Listing an owner twice changes nothing and usually hides a typo in the intended second owner.',
    },
    {
        id: CODEOWNERS_RULES.duplicatePattern,
        title: 'CODEOWNERS pattern repeated on a later line',
        description: 'The later line replaces the earlier one entirely (owners are not merged), so the earlier line has no effect.',
    },
    {
        id: CODEOWNERS_RULES.unmatchedPattern,
        title: 'CODEOWNERS pattern matches no file',
        description: 'A pattern that matches no file of the repository is stale or misspelt (paths are case-sensitive).',
    },
    {
        id: CODEOWNERS_RULES.shadowedRule,
        title: 'CODEOWNERS line fully shadowed by later lines',
        description: 'The last matching line wins; a line whose every file is matched again further down decides no owner.',
    },
    {
        id: CODEOWNERS_RULES.clearsOwnership,
        title: 'CODEOWNERS pattern without owners clears ownership',
        description: 'A pattern with no owners leaves its files with no owner, even where an earlier line owned them.',
    },
    {
        id: CODEOWNERS_RULES.unknownOwner,
        title: 'CODEOWNERS owner does not exist',
        description: 'GitHub ignores a user or team that does not exist (or a team it cannot see), so no review is requested from it.',
    },
    {
        id: CODEOWNERS_RULES.ownerWithoutWriteAccess,
        title: 'CODEOWNERS owner lacks write access',
        description: 'Code owners must have write access to the repository; GitHub ignores owners without it.',
    },
    {
        id: CODEOWNERS_RULES.githubError,
        title: 'GitHub reports an error in CODEOWNERS',
        description: "An error from GitHub's own CODEOWNERS check (REST codeowners/errors) for the pull request head.",
    },
];

;// CONCATENATED MODULE: ./build/src/core/codeowners/locate.js

/** Where GitHub looks for the file, in order; the first one present is used. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** GitHub does not load a CODEOWNERS file of this size or more. */
const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
/** Picks the CODEOWNERS file GitHub would use among the candidates present in the repository. */
function locateCodeowners(present) {
    const ordered = CODEOWNERS_LOCATIONS.map((loc) => present.find((c) => c.path === loc)).filter((c) => c !== undefined);
    const findings = [];
    const [used, ...ignored] = ordered;
    if (!used)
        return { path: undefined, loaded: false, findings };
    for (const other of ignored) {
        findings.push({
            ruleId: CODEOWNERS_RULES.ignoredFile,
            severity: 'warning',
            file: other.path,
            line: 1,
            column: 1,
            message: `GitHub uses ${used.path} and never reads this file.`,
            hint: `Merge its lines into ${used.path} and delete this file.`,
        });
    }
    const loaded = used.bytes < CODEOWNERS_MAX_BYTES;
    if (!loaded) {
        findings.push({
            ruleId: CODEOWNERS_RULES.tooLarge,
            severity: 'error',
            file: used.path,
            line: 1,
            column: 1,
            message: `${used.path} is ${(used.bytes / 1048576).toFixed(1)} MiB; GitHub does not load a CODEOWNERS file of 3 MB or more, so no file has an owner.`,
            hint: 'Shorten it: use folder patterns (`/apps/billing/`) instead of one line per file.',
        });
    }
    return { path: used.path, loaded, findings };
}

// EXTERNAL MODULE: ./build/src/core/codeowners/owner.js
var owner = __webpack_require__(4924);
;// CONCATENATED MODULE: ./build/src/core/codeowners/pattern.js
function fail(message, hint, offset = 0) {
    return { ok: false, message, hint, offset };
}
/** Splits at unescaped `/`, keeping escapes in the segments. */
function splitSegments(pattern) {
    const segments = [];
    let current = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length) {
            current += c + pattern[i + 1];
            i++;
        }
        else if (c === '/') {
            segments.push(current);
            current = '';
        }
        else {
            current += c;
        }
    }
    segments.push(current);
    return segments;
}
const escapeRegExp = (c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
function segmentToRegExp(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\')
            out += escapeRegExp(segment[++i] ?? '');
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += escapeRegExp(c);
    }
    return out;
}
/** Finds the first syntax GitHub rejects, or undefined. */
function syntaxError(pattern) {
    if (pattern.startsWith('!')) {
        return fail('Negation (`!`) is not supported in CODEOWNERS; GitHub skips this line.', 'Remove the `!`. To leave paths without an owner, add a later line with the pattern and no owners.');
    }
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (i + 1 >= pattern.length)
                return fail('The pattern ends with a lone `\\`.', 'Remove the trailing backslash.', i);
            i++;
            continue;
        }
        if (c === '[' || c === ']') {
            const section = /^\^?\[[^\]]*\](\[\d+\])?$/.test(pattern);
            return fail("Invalid pattern: both '[' and ']' must be escaped with a '\\'; CODEOWNERS has no character ranges.", section
                ? 'This looks like a GitLab section header; GitHub has no sections. Remove the line (put the section name in a # comment).'
                : 'Escape literal brackets as `\\[` and `\\]`, or spell out each alternative on its own line.', i);
        }
    }
    const triple = pattern.indexOf('***');
    if (triple !== -1)
        return fail('Invalid pattern: `***` is not a wildcard.', 'Use `**` for any number of folders or `*` within one name.', triple);
    if (pattern === '/') {
        return fail('The pattern `/` never matches anything.', 'Did you mean `*` (every file) instead?');
    }
    return undefined;
}
/** Compiles a CODEOWNERS pattern (as written, escapes included) into a matcher over repository-relative file paths. */
function compilePattern(pattern) {
    const error = syntaxError(pattern);
    if (error)
        return error;
    const segments = splitSegments(pattern);
    let anchored = false;
    if (segments[0] === '') {
        anchored = true;
        segments.shift();
    }
    let dirOnly = false;
    if (segments.length > 1 && segments[segments.length - 1] === '') {
        dirOnly = true;
        segments.pop();
    }
    if (segments.some((s) => s === '')) {
        return fail('Invalid pattern: it contains an empty path segment (`//`).', 'Remove the doubled slash.', pattern.indexOf('//'));
    }
    if (segments.length > 1)
        anchored = true;
    let re = anchored ? '' : '(?:.*/)?';
    const last = segments.length - 1;
    segments.forEach((seg, i) => {
        const isLast = i === last;
        if (seg === '**') {
            if (i === 0 && isLast)
                re = '.*';
            else if (i === 0)
                re += '(?:.*/)?';
            else if (isLast)
                re += '.*';
            else
                re += '(?:[^/]+/)*';
            return;
        }
        re += seg === '*' ? '[^/]+' : segmentToRegExp(seg);
        if (isLast) {
            if (dirOnly)
                re += '/.*';
            else if (seg !== '*')
                re += '(?:/.*)?';
        }
        else {
            re += '/';
        }
    });
    return { ok: true, regex: new RegExp(`^${re}$`) };
}
/** Removes CODEOWNERS escapes: the text of the path a pattern names literally. */
function unescapePattern(pattern) {
    return pattern.replace(/\\(.)/g, '$1');
}
/** Writes a repository path as an anchored CODEOWNERS pattern that matches exactly that file. */
function patternForFile(path) {
    return '/' + path.replace(/[\\\s*?[\]]/g, (c) => `\\${c}`);
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/parse.js



const isSpace = (c) => c === ' ' || c === '\t';
/** Splits a line into whitespace-separated tokens (a `\` escapes the next character) up to an inline comment. */
function tokenize(line) {
    const tokens = [];
    let i = 0;
    while (i < line.length) {
        while (isSpace(line[i]))
            i++;
        if (i >= line.length || line[i] === '#')
            break;
        const start = i;
        while (i < line.length && !isSpace(line[i]))
            i += line[i] === '\\' && i + 1 < line.length ? 2 : 1;
        tokens.push({ text: line.slice(start, i), column: start + 1 });
    }
    return tokens;
}
/** Parses a CODEOWNERS file line by line with GitHub's rules. Never throws; problems become findings. */
function parseCodeowners(path, text) {
    const rules = [];
    const findings = [];
    const at = (line, column, ruleId, severity, message, hint) => ({
        ruleId,
        severity,
        file: path,
        line,
        column,
        message,
        hint,
    });
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, index) => {
        const line = index + 1;
        const tokens = tokenize(raw);
        if (tokens.length === 0)
            return;
        const [patternToken, ...ownerTokens] = tokens;
        const compiled = compilePattern(patternToken.text);
        let regex = compiled.ok ? compiled.regex : undefined;
        if (!compiled.ok) {
            findings.push(at(line, patternToken.column + compiled.offset, CODEOWNERS_RULES.invalidPattern, 'error', compiled.message, compiled.hint));
        }
        else if (patternToken.text.startsWith('@') && (0,owner/* parseOwner */.p)(patternToken.text).ok) {
            regex = undefined;
            findings.push(at(line, patternToken.column, CODEOWNERS_RULES.invalidPattern, 'error', `The line starts with an owner: \`${patternToken.text}\` is read as a path pattern, which matches nothing.`, 'Put the path pattern first, then the owners, e.g. `/platform/ @org/platform`.'));
        }
        const owners = [];
        const seen = new Map();
        for (const token of ownerTokens) {
            const parsed = (0,owner/* parseOwner */.p)(token.text);
            if (!parsed.ok) {
                findings.push(at(line, token.column, CODEOWNERS_RULES.invalidOwner, 'error', parsed.message, parsed.hint));
                continue;
            }
            const key = (0,owner/* ownerKey */.l)(parsed.owner);
            const first = seen.get(key);
            if (first !== undefined) {
                findings.push(at(line, token.column, CODEOWNERS_RULES.duplicateOwner, 'warning', `\`${token.text}\` is listed twice on this line (first at column ${first}).`, 'Remove the repeated owner; check whether another owner was meant.'));
                continue;
            }
            seen.set(key, token.column);
            owners.push({ owner: parsed.owner, column: token.column });
        }
        rules.push({ line, pattern: patternToken.text, column: patternToken.column, owners, writtenOwners: ownerTokens.length, regex });
    });
    return { path, rules, findings };
}
/** The rule that decides the owners of a path, if any: the last valid line whose pattern matches. */
function ruleFor(file, path) {
    for (let i = file.rules.length - 1; i >= 0; i--) {
        const rule = file.rules[i];
        if (rule.regex?.test(path))
            return rule;
    }
    return undefined;
}
/** Owners of a path as GitHub computes them: those of the last matching line; [] when it has none. */
function ownersOf(file, path) {
    const rule = ruleFor(file, path);
    return rule ? { owners: rule.owners.map((o) => o.owner), rule } : undefined;
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/check.js

/** A catch-all line sets the default owners of files added later, so it is never reported as shadowed. */
const CATCH_ALL = new Set(['*', '**', '/**']);
const check_plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function describeLines(rules) {
    const shown = rules.slice(0, 3).map((r) => `line ${r.line} \`${r.pattern}\``);
    return shown.join(', ') + (rules.length > 3 ? ` and ${rules.length - 3} more` : '');
}
/**
 * Judges the lines of a parsed CODEOWNERS file against the files of the repository: duplicate patterns,
 * patterns that match nothing, lines fully shadowed by later lines, and patterns that clear ownership.
 * `repoPaths` are repository-relative file paths (forward slashes).
 */
function checkCodeowners(file, repoPaths) {
    const findings = [];
    const at = (rule, ruleId, message, hint) => ({
        ruleId,
        severity: 'warning',
        file: file.path,
        line: rule.line,
        column: rule.column,
        message,
        hint,
    });
    const valid = file.rules.filter((r) => r.regex !== undefined);
    // For every file: the rules matching it, in order; the last one decides.
    const matched = new Map(valid.map((r) => [r, []]));
    const decides = new Map(valid.map((r) => [r, 0]));
    const decidedBy = new Map();
    for (const path of repoPaths) {
        let last;
        for (const rule of valid) {
            if (rule.regex.test(path)) {
                matched.get(rule).push(path);
                last = rule;
            }
        }
        if (last) {
            decides.set(last, decides.get(last) + 1);
            decidedBy.set(path, last);
        }
    }
    const lastLineOfPattern = new Map();
    for (const rule of valid)
        lastLineOfPattern.set(rule.pattern, rule);
    const firstLineOfPattern = new Map();
    for (const rule of valid) {
        const paths = matched.get(rule);
        const earlier = firstLineOfPattern.get(rule.pattern);
        if (earlier) {
            findings.push(at(rule, CODEOWNERS_RULES.duplicatePattern, `Pattern \`${rule.pattern}\` already appears on line ${earlier.line}; this line replaces it entirely (owners are not merged), so line ${earlier.line} has no effect.`, 'Keep one line for the pattern, with every owner of both lines on it.'));
        }
        else {
            firstLineOfPattern.set(rule.pattern, rule);
        }
        if (paths.length === 0) {
            findings.push(at(rule, CODEOWNERS_RULES.unmatchedPattern, `Pattern \`${rule.pattern}\` matches no file in the repository.`, 'Fix the path (patterns are case-sensitive; a pattern with a `/` inside is anchored to the repository root), or remove the line.'));
            continue;
        }
        const duplicatedLater = lastLineOfPattern.get(rule.pattern) !== rule;
        if (decides.get(rule) === 0 && !duplicatedLater && !CATCH_ALL.has(rule.pattern)) {
            const winners = [...new Set(paths.map((p) => decidedBy.get(p)))].sort((a, b) => a.line - b.line);
            findings.push(at(rule, CODEOWNERS_RULES.shadowedRule, `Line ${rule.line} \`${rule.pattern}\` decides the owner of no file: each of the ${check_plural(paths.length, 'file')} it matches is matched again by a later line (${describeLines(winners)}), and the last matching line wins.`, `Move this line below ${winners.length === 1 ? `line ${winners[0].line}` : 'those lines'} if it should take precedence, or remove it.`));
        }
        if (rule.writtenOwners === 0) {
            const owned = paths.filter((p) => {
                const before = valid.filter((r) => r.line < rule.line && r.owners.length > 0 && r.regex.test(p));
                return before.length > 0;
            });
            const lost = decides.get(rule);
            const detail = owned.length > 0 ? `, including ${check_plural(owned.length, 'file')} an earlier line gives an owner` : '';
            findings.push(at(rule, CODEOWNERS_RULES.clearsOwnership, `Pattern \`${rule.pattern}\` has no owners, so the ${check_plural(lost, 'file')} it decides ${lost === 1 ? 'has' : 'have'} no code owner${detail}.`, `Add owners after the pattern, e.g. \`${rule.pattern} @org/team\`. Keep it without owners only if these files are meant to need no owner review.`));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/owner-access.js

/** Distinct user and team owners of a file (e-mail owners cannot be looked up through the API). */
function ownersToLookUp(file) {
    const byKey = new Map();
    for (const rule of file.rules) {
        for (const { owner } of rule.owners) {
            if (owner.kind !== 'email')
                byKey.set(owner.text.toLowerCase(), owner);
        }
    }
    return [...byKey.values()];
}
/** Turns API lookups into findings at every place the owner is written. */
function judgeOwnerAccess(file, access) {
    const findings = [];
    const reportedUnknown = new Set();
    for (const rule of file.rules) {
        for (const { owner, column } of rule.owners) {
            const result = access.get(owner.text.toLowerCase());
            if (!result || result.status === 'ok')
                continue;
            const base = { file: file.path, line: rule.line, column };
            const what = owner.kind === 'team' ? 'team' : 'user';
            if (result.status === 'missing') {
                findings.push({
                    ...base,
                    ruleId: CODEOWNERS_RULES.unknownOwner,
                    severity: 'error',
                    message: owner.kind === 'team'
                        ? `Team \`${owner.text}\` does not exist or is not visible to this token; GitHub ignores it as an owner.`
                        : `User \`${owner.text}\` does not exist; GitHub ignores it as an owner.`,
                    hint: owner.kind === 'team' ? 'Check the team slug (Organization → Teams) and that the team is visible, not secret.' : 'Check the spelling of the username.',
                });
            }
            else if (result.status === 'no-write') {
                findings.push({
                    ...base,
                    ruleId: CODEOWNERS_RULES.ownerWithoutWriteAccess,
                    severity: 'error',
                    message: `The ${what} \`${owner.text}\` has ${result.permission} access to this repository; code owners need write access, so GitHub ignores it.`,
                    hint: `Give the ${what} write access (Settings → Collaborators and teams)${owner.kind === 'team' ? '; a team needs its own explicit grant' : ''}.`,
                });
            }
            else if (!reportedUnknown.has(owner.text.toLowerCase())) {
                reportedUnknown.add(owner.text.toLowerCase());
                findings.push({
                    ...base,
                    ruleId: CODEOWNERS_RULES.unknownOwner,
                    severity: 'note',
                    message: `Could not check \`${owner.text}\` through the API: ${result.reason}.`,
                    hint: 'Reading teams needs a token with organization read access (members: read); the default GITHUB_TOKEN cannot see teams.',
                });
            }
        }
    }
    return findings;
}
/** GitHub's own CODEOWNERS errors, except where a local finding already points at the same line. */
function githubErrorFindings(errors, local) {
    const seen = new Set(local.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}`));
    return errors
        .filter((e) => !seen.has(`${e.path}:${e.line}`))
        .map((e) => ({
        ruleId: CODEOWNERS_RULES.githubError,
        severity: 'error',
        file: e.path,
        line: e.line,
        column: Math.max(1, e.column),
        message: `GitHub reports: ${e.kind}: ${e.message.split('\n')[0]}`,
        hint: e.suggestion ?? '',
    }));
}

;// CONCATENATED MODULE: ./build/src/core/codeowners/index.js
/** Public surface of the CODEOWNERS model: locate, parse, judge and query the file GitHub uses. */








;// CONCATENATED MODULE: ./build/src/core/approvals.js

const APPROVAL_RULES = {
    ownersMustReview: 'approvals/owners-must-review',
    missingOwnerApproval: 'approvals/missing-owner-approval',
};
const approvalRuleInfo = [
    { id: APPROVAL_RULES.ownersMustReview, title: 'Changed file needs a code owner review', description: 'Lists, for each file the pull request changes, the code owners one of whom must review it.' },
    { id: APPROVAL_RULES.missingOwnerApproval, title: 'Protected change lacks an approval from its owners', description: 'With require-owner-approval, each changed protected resource needs an approving review from one of its code owners.' },
];
/**
 * Logins (lower-cased) whose latest deciding review approves. Comments neither give nor take an approval;
 * a later change request or a dismissal takes it back; pending reviews are not submitted.
 */
function approvingLogins(reviews) {
    const latest = new Map();
    for (const r of reviews) {
        if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
            latest.set(r.login.toLowerCase(), r.state);
    }
    return new Set([...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login));
}
/**
 * For each changed path: its owners by the CODEOWNERS that governs the review (GitHub uses the base branch's)
 * and whether it is protected. Paths neither owned nor protected are left out.
 */
function requiredReviews(changed, codeowners, protectedAtHead, alsoProtected = []) {
    const out = [];
    for (const path of [...new Set(changed)].sort()) {
        const owned = codeowners ? ownersOf(codeowners, path) : undefined;
        const prot = protectedAtHead.get(path);
        const isProtected = prot !== undefined || alsoProtected.includes(path);
        if (!isProtected && !owned?.owners.length)
            continue;
        out.push({
            path,
            owners: owned?.owners ?? [],
            ownerLine: owned?.rule.line,
            protected: isProtected,
            requirements: prot?.requirements ?? (isProtected ? ['CODEOWNERS file'] : []),
        });
    }
    return out;
}
/** Team owners whose membership must be asked for each approver, to see whether an approval counts. */
function membershipQuestions(required, approvers) {
    const teams = new Map();
    for (const r of required)
        for (const o of r.owners)
            if (o.kind === 'team')
                teams.set(o.text.toLowerCase(), o);
    return [...teams.values()].flatMap((team) => [...approvers].sort().map((login) => ({ team, login })));
}
/**
 * Who approved what. `members` maps `@org/team` (lower-cased) to the approvers known to be its members.
 * With `enforce`, every protected change without an owner's approval is an error.
 */
function judgeApprovals(required, approvers, members, options) {
    const findings = [];
    const statuses = [];
    for (const r of required) {
        const approvedBy = [...approvers].sort().find((login) => r.owners.some((o) => (o.kind === 'user' && o.login.toLowerCase() === login) || (o.kind === 'team' && members.get(o.text.toLowerCase())?.has(login))));
        const owners = r.owners.map((o) => o.text);
        statuses.push({ path: r.path, owners, ownerLine: r.ownerLine, protected: r.protected, approvedBy });
        const { line, column } = options.locate?.(r.path) ?? { line: 1, column: 1 };
        const base = { file: r.path, line, column };
        const who = owners.length ? `one of ${owners.join(' ')}` : 'nobody (no code owner)';
        const from = r.ownerLine ? ` (CODEOWNERS line ${r.ownerLine})` : '';
        if (owners.length) {
            findings.push({
                ...base,
                ruleId: APPROVAL_RULES.ownersMustReview,
                severity: 'note',
                message: approvedBy ? `Changed; approved by code owner @${approvedBy}${from}.` : `Changed; needs a review from ${who}${from}.`,
                hint: '',
            });
        }
        if (options.enforce && r.protected && !approvedBy) {
            const emailOnly = owners.length > 0 && r.owners.every((o) => o.kind === 'email');
            findings.push({
                ...base,
                ruleId: APPROVAL_RULES.missingOwnerApproval,
                severity: 'error',
                message: `This change to a protected file (${r.requirements.join('; ')}) has no approving review from ${who}${from}.`,
                hint: owners.length === 0
                    ? 'Give the file an owner in CODEOWNERS (see the ownership finding), then ask that owner to approve.'
                    : emailOnly
                        ? 'Its owners are e-mail addresses, which cannot be matched to reviewers; list @users or @org/teams in CODEOWNERS.'
                        : `Ask ${who} to approve the pull request; re-run this check after the review.`,
            });
        }
    }
    return { findings, statuses };
}

// EXTERNAL MODULE: ./build/src/core/documents.js
var documents = __webpack_require__(7687);
// EXTERNAL MODULE: ./build/src/core/glob.js
var glob = __webpack_require__(6408);
// EXTERNAL MODULE: ./build/src/core/policy-kinds.js
var policy_kinds = __webpack_require__(3677);
;// CONCATENATED MODULE: ./build/src/core/ownership.js



const OWNERSHIP_RULES = {
    unowned: 'ownership/unowned',
    wrongOwner: 'ownership/wrong-owner',
    codeownersUnowned: 'ownership/codeowners-unowned',
    codeownersMissing: 'ownership/codeowners-missing',
};
const ownershipRuleInfo = [
    { id: OWNERSHIP_RULES.unowned, title: 'Protected resource has no code owner', description: 'The policy requires an owner for this resource (platform-level kind, production binding or a configured requirement), but no CODEOWNERS line gives its file one.' },
    { id: OWNERSHIP_RULES.wrongOwner, title: 'Protected resource owned by someone the policy does not name', description: 'The policy names which owners must own these resources; the CODEOWNERS line that decides this file lists none of them.' },
    { id: OWNERSHIP_RULES.codeownersUnowned, title: 'CODEOWNERS file has no owner', description: 'Anyone could change who reviews what: the CODEOWNERS file itself must be owned.' },
    { id: OWNERSHIP_RULES.codeownersMissing, title: 'No CODEOWNERS file', description: 'The policy requires owners for some resources, but the repository has no CODEOWNERS file GitHub would use.' },
];
const str = (v) => (typeof v === 'string' ? v : undefined);
/** Decides which environments are production: config names, else `isProduction` of the Environment, else the name pattern. */
function productionJudge(resources, policy) {
    const flags = new Map();
    const byName = new Map();
    for (const r of resources) {
        if (r.kind !== 'Environment')
            continue;
        const flag = r.object?.spec?.isProduction;
        if (typeof flag !== 'boolean')
            continue;
        flags.set(`${r.namespace ?? ''}/${r.name}`, flag);
        byName.set(r.name, (byName.get(r.name) ?? false) || flag);
    }
    return (environment, namespace) => {
        if (policy.productionEnvironments?.includes(environment))
            return true;
        const flag = flags.get(`${namespace ?? ''}/${environment}`) ?? byName.get(environment);
        if (flag !== undefined)
            return flag;
        return policy.productionEnvironments ? false : policy.productionPattern.test(environment);
    };
}
function selects(req, r, isProduction) {
    if (!req.kinds.includes('*') && !req.kinds.includes(r.kind))
        return false;
    if (req.names && !req.names.some((re) => re.test(r.name)))
        return false;
    if (req.namespaces && !req.namespaces.includes(r.namespace ?? ''))
        return false;
    if (req.environments || req.production) {
        const env = policy_kinds/* BINDING_KINDS */.a9.includes(r.kind) ? str(r.object?.spec?.environment) : undefined;
        if (env === undefined)
            return false;
        if (req.environments && !req.environments.includes(env))
            return false;
        if (req.production && !isProduction(env, r.namespace))
            return false;
    }
    return true;
}
/** Which files hold protected resources, and which requirements select them. Pure; order follows the resources. */
function protectedFiles(resources, policy, codeowners) {
    const isProduction = productionJudge(resources, policy);
    const files = new Map();
    for (const r of resources) {
        const reqs = policy.requirements.filter((req) => selects(req, r, isProduction));
        if (reqs.length === 0)
            continue;
        const path = r.doc.file;
        let entry = files.get(path);
        if (!entry) {
            const owned = codeowners ? ownersOf(codeowners, path) : undefined;
            entry = { path, requirements: [], resources: [], owners: owned?.owners ?? [], ownerLine: owned?.rule.line, requiredOwners: [] };
            files.set(path, entry);
        }
        entry.resources.push(`${r.kind}/${r.name}`);
        for (const req of reqs) {
            if (!entry.requirements.includes(req.name))
                entry.requirements.push(req.name);
            for (const o of req.owners)
                if (!entry.requiredOwners.some((x) => x.toLowerCase() === o.toLowerCase()))
                    entry.requiredOwners.push(o);
        }
    }
    return files;
}
/** Owners to write on a suggested line: the policy's, else those who own most protected files today. */
function suggestOwners(file, all, codeowners) {
    if (file.requiredOwners.length)
        return file.requiredOwners.join(' ');
    const counts = new Map();
    const tally = (owners) => counts.set(owners, (counts.get(owners) ?? 0) + 1);
    for (const f of all)
        if (f.owners.length)
            tally(f.owners.map((o) => o.text).join(' '));
    if (counts.size === 0)
        for (const r of codeowners?.rules ?? [])
            if (r.owners.length)
                tally(r.owners.map((o) => o.owner.text).join(' '));
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    return best ? best[0] : '@your-org/platform-team';
}
/** Ownership coverage: every protected resource's file, and the CODEOWNERS file itself, must have the right owner. */
function checkOwnership(input) {
    const { resources, policy, codeowners, positions } = input;
    const files = protectedFiles(resources, policy, codeowners);
    const findings = [];
    const target = input.codeownersPath ?? CODEOWNERS_LOCATIONS[0];
    const verb = input.codeownersPath ? `append to ${target}` : `create ${target} with`;
    const firstResource = new Map();
    for (const r of resources)
        if (!firstResource.has(r.doc.file))
            firstResource.set(r.doc.file, r);
    for (const file of files.values()) {
        const required = file.requiredOwners.map((o) => o.toLowerCase());
        const ok = file.owners.length > 0 && (required.length === 0 || file.owners.some((o) => required.includes(o.text.toLowerCase())));
        if (ok)
            continue;
        const r = firstResource.get(file.path);
        const { line, column } = positions.locate(r.doc, ['kind']);
        const fix = `${patternForFile(file.path)} ${suggestOwners(file, files.values(), codeowners)}`;
        const what = `${file.resources.join(', ')} (${file.requirements.join('; ')})`;
        const unowned = file.owners.length === 0;
        findings.push({
            ruleId: unowned ? OWNERSHIP_RULES.unowned : OWNERSHIP_RULES.wrongOwner,
            severity: 'error',
            file: file.path,
            line,
            column,
            message: unowned
                ? `${file.path} holds ${what} but has no code owner${file.ownerLine ? ` (CODEOWNERS line ${file.ownerLine} lists no owners)` : ''}.`
                : `${file.path} holds ${what}; it is owned by ${file.owners.map((o) => o.text).join(' ')} (CODEOWNERS line ${file.ownerLine}) but the policy requires one of ${file.requiredOwners.join(' ')}.`,
            hint: `To fix, ${verb} the line: ${fix}`,
        });
    }
    if (input.codeownersPath === undefined) {
        if (files.size > 0) {
            findings.push({
                ruleId: OWNERSHIP_RULES.codeownersMissing,
                severity: 'error',
                file: target,
                line: 1,
                column: 1,
                message: `The policy protects ${files.size} file(s) but the repository has no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).`,
                hint: `Create ${target}; each uncovered file's finding gives the line to add, and add \`${patternForFile(target)} @your-org/platform-team\` so the file itself is owned.`,
            });
        }
    }
    else if (codeowners) {
        const own = ownersOf(codeowners, codeowners.path);
        if (!own || own.owners.length === 0) {
            const fallback = codeowners.rules.find((r) => r.owners.length)?.owners.map((o) => o.owner.text).join(' ') ?? '@your-org/platform-team';
            findings.push({
                ruleId: OWNERSHIP_RULES.codeownersUnowned,
                severity: 'error',
                file: codeowners.path,
                line: own?.rule.line ?? 1,
                column: 1,
                message: `${codeowners.path} itself has no code owner${own ? ` (line ${own.rule.line} lists no owners)` : ''}, so anyone with write access can change who must review what.`,
                hint: `Append the line: ${patternForFile(codeowners.path)} ${fallback}`,
            });
        }
    }
    return { findings, files };
}

// EXTERNAL MODULE: ./build/src/core/policy-settings.js
var policy_settings = __webpack_require__(4109);
// EXTERNAL MODULE: ./build/src/core/report/markdown-escape.js
var markdown_escape = __webpack_require__(3511);
;// CONCATENATED MODULE: ./build/src/core/own-string.js
/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring of 13 or more
 * characters as a view into its source, and a concatenation as a tree of its parts, so a key name kept in a
 * cache or in a finding would otherwise keep the whole text of its file alive: what a scan that reads one
 * file at a time and drops it must avoid. Prepending a character and slicing it off forces a flat copy.
 */
function ownString(text) {
    return (' ' + text).slice(1);
}

;// CONCATENATED MODULE: ./build/src/core/secrets/secret-rules.js
/** Rule ids of the secret scan. Each is its own SARIF rule so code scanning can filter by kind. */
const SECRET_RULES = {
    workloadEnv: 'secrets/workload-env-literal',
    kubernetesSecret: 'secrets/kubernetes-secret',
    kustomizeGenerator: 'secrets/kustomize-secret-generator',
    fluxValues: 'secrets/flux-values',
    dotenv: 'secrets/dotenv',
    privateKey: 'secrets/private-key',
    githubToken: 'secrets/github-token',
    gitlabToken: 'secrets/gitlab-token',
    slackToken: 'secrets/slack-token',
    slackWebhook: 'secrets/slack-webhook',
    awsAccessKeyId: 'secrets/aws-access-key-id',
    awsSecretKey: 'secrets/aws-secret-access-key',
    gcpServiceAccount: 'secrets/gcp-service-account',
    gcpApiKey: 'secrets/gcp-api-key',
    azureStorageKey: 'secrets/azure-storage-key',
    azureClientSecret: 'secrets/azure-client-secret',
    jwt: 'secrets/jwt',
    connectionString: 'secrets/connection-string-password',
    sqlPassword: 'secrets/sql-password',
    vendorToken: 'secrets/vendor-token',
    highEntropy: 'secrets/high-entropy-assignment',
    allowWithoutReason: 'secrets/allow-without-reason',
};
const R = SECRET_RULES;
const info = (id, title, description) => ({ id, title, description, security: true });
const secretRuleInfo = [
    info(R.workloadEnv, 'Workload env or file holds a plaintext credential', 'A Workload (either shape), a ComponentRelease workload snapshot or a ReleaseBinding workloadOverrides entry has a literal `value` under a secret-like key. Anyone who can read the repository can read it; reference a SecretReference instead.'),
    info(R.kubernetesSecret, 'Kubernetes Secret manifest with plaintext data', 'A `Secret` with `data` (base64 is an encoding, not encryption; it is decoded before judging) or `stringData` holding credentials is committed in plain text.'),
    info(R.kustomizeGenerator, 'Kustomize secretGenerator with plaintext input', 'A `secretGenerator` takes credentials from `literals` or from committed `envs`/`files`, so the secret is in Git.'),
    info(R.fluxValues, 'Flux HelmRelease value or postBuild substitution holds a credential', 'A HelmRelease `spec.values` entry or a Flux Kustomization `spec.postBuild.substitute` variable with a secret-like name has a literal value.'),
    info(R.dotenv, '.env file holds a credential', 'A committed `.env` file assigns a literal value to a secret-like variable.'),
    info(R.privateKey, 'Private key', 'A PEM/OpenSSH/PGP private key block is committed.'),
    info(R.githubToken, 'GitHub token', 'A GitHub personal access, OAuth, user-to-server, server-to-server or refresh token.'),
    info(R.gitlabToken, 'GitLab token', 'A GitLab personal, deploy, runner or pipeline trigger token.'),
    info(R.slackToken, 'Slack token', 'A Slack bot, user, app or configuration token.'),
    info(R.slackWebhook, 'Slack incoming webhook URL', 'A Slack incoming-webhook URL; anyone holding it can post to the channel.'),
    info(R.awsAccessKeyId, 'AWS access key id', 'An AWS access key id; its secret key is usually next to it.'),
    info(R.awsSecretKey, 'AWS secret access key', 'A 40-character AWS secret access key assigned to an AWS secret key variable.'),
    info(R.gcpServiceAccount, 'GCP service account key', 'A Google Cloud service account JSON key file with its private key.'),
    info(R.gcpApiKey, 'Google API key', 'A Google Cloud / Firebase API key (`AIza…`).'),
    info(R.azureStorageKey, 'Azure storage or Service Bus key', 'An Azure connection string with an inline `AccountKey` or `SharedAccessKey`.'),
    info(R.azureClientSecret, 'Azure AD client secret', 'An Entra ID (Azure AD) application client secret.'),
    info(R.jwt, 'JSON Web Token', 'A signed JWT; bearer tokens grant access until they expire.'),
    info(R.connectionString, 'Connection string with an inline password', 'A database, broker or HTTP URL (`scheme://user:password@host`) or an ADO.NET-style `Password=` connection string with a literal password.'),
    info(R.sqlPassword, 'SQL statement with a literal password', 'A `CREATE/ALTER USER|ROLE … PASSWORD \'…\'` or `IDENTIFIED BY \'…\'` statement with a literal password.'),
    info(R.vendorToken, 'Service API token', 'A token with a documented vendor prefix (npm, OpenAI, Anthropic, Stripe, SendGrid, Shopify, Grafana, Groq, Hugging Face, Linear, Notion, 1Password, HashiCorp Vault, Databricks, Docker Hub, Figma, Tailscale).'),
    info(R.highEntropy, 'Random-looking value under a secret-like key', 'A key named like a credential (`*_PASSWORD`, `apiKey`, `client_secret`, …) is assigned a value that looks machine-generated.'),
    info(R.allowWithoutReason, 'Secret allow comment without a reason', 'An `openchoreo-gitops:allow-secret` comment must say why the value may stay: `reason="…"`.'),
];
const ROTATE = 'Rotate the credential: it stays readable in Git history even after the line is removed.';
const SECRET_REFERENCE_SKETCH = 'apiVersion: openchoreo.dev/v1alpha1, kind: SecretReference, metadata: { name: <secretreference-name> }, ' +
    'spec: { template: { type: Opaque }, data: [ { secretKey: <key>, remoteRef: { key: <path-in-secret-store>, property: <field> } } ] }';
/** The fix hint for a hit, by where it was written. Never mentions the value. */
function secretHint(context, name) {
    const key = name.replace(/[^A-Za-z0-9_.-]/g, '') || '<key>';
    switch (context) {
        case 'workload':
            return `Replace \`value:\` with \`valueFrom: { secretKeyRef: { name: <secretreference-name>, key: ${key} } }\` and commit a SecretReference that maps that key to your secret store (${SECRET_REFERENCE_SKETCH}). ${ROTATE}`;
        case 'workload-v0':
            return `Replace \`value:\` with \`valueFrom: { secretRef: { name: <secret-name>, key: ${key} } }\` (the pre-1.0 \`containers\` shape), or on OpenChoreo 1.x use \`container\` with \`valueFrom.secretKeyRef\` and a SecretReference (${SECRET_REFERENCE_SKETCH}). ${ROTATE}`;
        case 'kubernetes-secret':
        case 'kustomize-generator':
            return `Do not commit secret data: define a SecretReference (${SECRET_REFERENCE_SKETCH}) so External Secrets creates the Secret on the data plane, or commit it encrypted (SOPS, Sealed Secrets). ${ROTATE}`;
        case 'flux-values':
            return `Take the value from a Secret instead of writing it: HelmRelease \`spec.valuesFrom: [{ kind: Secret, name: <secret>, valuesKey: <key>, targetPath: <path> }]\` or Flux \`postBuild.substituteFrom: [{ kind: Secret, name: <secret> }]\`, with the Secret produced by a SecretReference (${SECRET_REFERENCE_SKETCH}). ${ROTATE}`;
        case 'dotenv':
            return `Do not commit .env files with real values: commit a \`.env.example\` with placeholders, and give the workload the value through \`valueFrom: { secretKeyRef: { name: <secretreference-name>, key: ${key} } }\` and a SecretReference (${SECRET_REFERENCE_SKETCH}). ${ROTATE}`;
        case 'text':
            return `Remove the credential from the file and deliver it at run time: a SecretReference (${SECRET_REFERENCE_SKETCH}) referenced with \`valueFrom: { secretKeyRef: { name: <secretreference-name>, key: <key> } }\`. ${ROTATE}`;
    }
}

;// CONCATENATED MODULE: ./build/src/core/secrets/allow-list.js

/**
 * Two ways to keep a known value, each with a required reason:
 * - config: `policy.secrets.allow: [{ fingerprint, reason }]` — follows the value wherever it moves;
 * - inline: `# openchoreo-gitops:allow-secret reason="…"` on the value's line, or alone on the line just above
 *   it. Any comment syntax works (`#`, `//`, `<!-- -->`): only the marker text is looked for.
 * A marker without a reason allows nothing and is itself a finding; a config entry without a reason is ignored
 * and the finding says so.
 */
const ALLOW_MARKER = 'openchoreo-gitops:allow-secret';
const marker = /openchoreo-gitops:allow-secret\b(?:[ \t]+reason=(?:"([^"]*)"|'([^']*)'|([^\s"']\S*)))?/;
function markerOn(lines, line) {
    const text = lines.line(line);
    if (!text.includes(ALLOW_MARKER))
        return undefined;
    const m = marker.exec(text);
    if (!m)
        return undefined;
    return { line, reason: (m[1] ?? m[2] ?? m[3] ?? '').trim() };
}
const commentOnly = /^\s*(?:#|\/\/|<!--|--|;)/;
/** The inline marker that applies to a hit: on its first line, or alone on the line above. */
function inlineAllowFor(lines, hit) {
    const same = markerOn(lines, hit.line);
    if (same)
        return same;
    if (hit.line > 1 && commentOnly.test(lines.line(hit.line - 1)))
        return markerOn(lines, hit.line - 1);
    return undefined;
}
function missingReasonFinding(file, line) {
    return {
        ruleId: SECRET_RULES.allowWithoutReason,
        severity: 'error',
        file,
        line,
        column: 1,
        message: `The ${ALLOW_MARKER} comment gives no reason, so it allows nothing.`,
        hint: `Say why the value may stay in Git: \`# ${ALLOW_MARKER} reason="test fixture, not a real credential"\`, or remove the value.`,
    };
}
/** Config entries by fingerprint (lower case); entries without a reason are kept apart so the finding can say so. */
function indexAllowList(entries) {
    const valid = new Map();
    const reasonless = new Set();
    for (const e of entries ?? []) {
        const fp = String(e.fingerprint ?? '').trim().toLowerCase();
        if (!fp)
            continue;
        const reason = String(e.reason ?? '').trim();
        if (reason)
            valid.set(fp, reason);
        else
            reasonless.add(fp);
    }
    return { valid, reasonless };
}

;// CONCATENATED MODULE: ./build/src/core/secrets/hmac-sha256.js
/**
 * HMAC-SHA256 (RFC 2104 over FIPS 180-4 SHA-256) in plain TypeScript, for the short values the secret scan
 * fingerprints: with the key's inner and outer states computed once, a value under 56 bytes costs two
 * compressions and no call into native code, where `crypto.createHmac` makes an object and several native
 * calls per value. __tests__/secrets/fast-paths.test.ts checks it against node:crypto.
 */
/** The first `n` primes. */
function primes(n) {
    const out = [];
    for (let c = 2; out.length < n; c++)
        if (out.every((p) => c % p !== 0))
            out.push(c);
    return out;
}
/** The first 32 bits of the fractional part of x. */
const fraction32 = (x) => Math.floor((x - Math.floor(x)) * 2 ** 32) >>> 0;
/** Round constants: cube roots of the first 64 primes; initial state: square roots of the first 8 (FIPS 180-4). */
const K = Uint32Array.from(primes(64), (p) => fraction32(Math.cbrt(p)));
const INITIAL = Uint32Array.from(primes(8), (p) => fraction32(Math.sqrt(p)));
/** Scratch space: the message schedule, one padded tail (two blocks at most) and a digest's bytes. */
const w = new Uint32Array(64);
const tail = new Uint8Array(128);
const digestBytes = new Uint8Array(32);
/** One SHA-256 compression of the 64-byte block at `at` of `bytes` into `state`. */
function compress(state, bytes, at) {
    for (let i = 0; i < 16; i++) {
        const j = at + i * 4;
        w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
    }
    for (let i = 16; i < 64; i++) {
        const a = w[i - 15];
        const b = w[i - 2];
        const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
        const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    let e = state[4];
    let f = state[5];
    let g = state[6];
    let h = state[7];
    for (let i = 0; i < 64; i++) {
        const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}
/** Hashes `bytes` into `state`, which has taken `prefix` bytes (whole blocks) already, and pads as SHA-256 does. */
function finish(state, bytes, prefix) {
    const whole = bytes.length - (bytes.length % 64);
    for (let at = 0; at < whole; at += 64)
        compress(state, bytes, at);
    const rest = bytes.length - whole;
    const end = rest < 56 ? 64 : 128;
    tail.fill(0, 0, end);
    tail.set(bytes.subarray(whole));
    tail[rest] = 0x80;
    // The length in bits, big-endian, in the last 8 bytes.
    const bits = (prefix + bytes.length) * 8;
    const high = Math.floor(bits / 2 ** 32);
    for (let i = 0; i < 4; i++) {
        tail[end - 8 + i] = high >>> (24 - i * 8);
        tail[end - 4 + i] = bits >>> (24 - i * 8);
    }
    for (let at = 0; at < end; at += 64)
        compress(state, tail, at);
}
/** The big-endian bytes of a state, into `out`. */
function stateBytes(state, out) {
    for (let i = 0; i < 8; i++) {
        out[i * 4] = state[i] >>> 24;
        out[i * 4 + 1] = state[i] >>> 16;
        out[i * 4 + 2] = state[i] >>> 8;
        out[i * 4 + 3] = state[i];
    }
    return out;
}
const encoder = new TextEncoder();
/** HMAC-SHA256 under `key`: a function from a message (as UTF-8) to the 32-byte digest. */
function hmacSha256(key) {
    let k = key;
    if (k.length > 64) {
        const state = INITIAL.slice();
        finish(state, k, 0);
        k = stateBytes(state, new Uint8Array(32));
    }
    const pad = (x) => {
        const block = new Uint8Array(64).fill(x);
        for (let i = 0; i < k.length; i++)
            block[i] ^= k[i];
        const state = INITIAL.slice();
        compress(state, block, 0);
        return state;
    };
    const inner = pad(0x36);
    const outer = pad(0x5c);
    const state = new Uint32Array(8);
    return (message) => {
        state.set(inner);
        finish(state, encoder.encode(message), 64);
        stateBytes(state, digestBytes);
        state.set(outer);
        finish(state, digestBytes, 64);
        return stateBytes(state, new Uint8Array(32));
    };
}

;// CONCATENATED MODULE: ./build/src/core/secrets/fingerprint.js

/**
 * Fingerprint of a secret value: the first 16 hex digits (64 bits) of HMAC-SHA256 over the value, keyed by a
 * fixed constant of this project.
 *
 * - Only the value goes in: the fingerprint stays the same when lines move, the file is renamed or the value
 *   is copied elsewhere, so one allow-list entry follows the value (and its copies), not a location.
 * - The key is a domain separator: the fingerprint matches no public table of plain SHA-256 digests, and
 *   fingerprints from other tools cannot be compared with ours.
 * - What it does NOT do: hide a weak value. The key is public (it is in this file), so anyone holding a
 *   fingerprint can test guesses offline, and a guessable value (`doclet`) is confirmed in moments. Every
 *   deterministic fingerprint that a CI run can recompute has this property; only a secret key (not
 *   available to forks and local runs) would change it. Truncation to 64 bits does not weaken the check
 *   (collisions need ~2^32 distinct values) nor protect a weak value. A real, random credential cannot be
 *   recovered from it. Whatever is found must be rotated anyway: it is already in Git history.
 */
const fingerprintMac = hmacSha256(new TextEncoder().encode('openchoreo-gitops-action/secret-fingerprint/v1'));
const FINGERPRINT_HEX_DIGITS = 16;
function secretFingerprint(value) {
    const digest = fingerprintMac(value);
    let hex = '';
    for (let i = 0; i < FINGERPRINT_HEX_DIGITS / 2; i++)
        hex += (digest[i] < 16 ? '0' : '') + digest[i].toString(16);
    return hex;
}
/** True for a string that has the shape of a fingerprint (used to check allow-list entries). */
function isFingerprint(text) {
    return new RegExp(`^[0-9a-f]{${FINGERPRINT_HEX_DIGITS}}$`).test(text);
}

;// CONCATENATED MODULE: ./build/src/core/secrets/line-index.js
/** Offset → 1-based line/column for one text, with the newline table built only when first asked. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    lineStarts() {
        if (!this.starts) {
            const starts = [0];
            let i = this.text.indexOf('\n');
            while (i !== -1) {
                starts.push(i + 1);
                i = this.text.indexOf('\n', i + 1);
            }
            this.starts = starts;
        }
        return this.starts;
    }
    /** 1-based line of an offset. */
    lineAt(offset) {
        const starts = this.lineStarts();
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** 1-based column of an offset. */
    columnAt(offset) {
        return offset - this.lineStarts()[this.lineAt(offset) - 1] + 1;
    }
    /** Text of a 1-based line without its line break, or '' when out of range. */
    line(line) {
        const starts = this.lineStarts();
        if (line < 1 || line > starts.length)
            return '';
        const start = starts[line - 1];
        const end = line < starts.length ? starts[line] - 1 : this.text.length;
        const text = this.text.slice(start, end);
        return text.endsWith('\r') ? text.slice(0, -1) : text;
    }
    get lineCount() {
        return this.lineStarts().length;
    }
}

// EXTERNAL MODULE: ./build/src/core/resource.js
var resource = __webpack_require__(89);
;// CONCATENATED MODULE: ./build/src/core/secrets/placeholder.js
/**
 * Placeholder policy: which literal values are not credentials even where a credential is expected.
 *
 * A value is a placeholder when it
 *  1. is empty or blank;
 *  2. is a reference resolved elsewhere: a template or CEL expression (`${…}`, `{{…}}`, `$(VAR)`, `$VAR`,
 *     `%{…}`, `#{…}`), an angle-bracket slot (`<password>`), a SOPS-encrypted value (`ENC[…]`) or a
 *     `ref+…://` / `vault:` reference;
 *  3. is a mask: only `x`, `*`, `.`, `#`, `?`, `-`, `_`, `0` characters (`xxxx`, `****`, `xxx-xxx`);
 *  4. says that it is not real: it contains `example`, `placeholder`, `changeme`, `change_me`, `replace_me`,
 *     `replaceme`, `dummy`, `redacted` or starts with `your` (`AKIAIOSFODNN7EXAMPLE`, `your-api-key`);
 *  5. only names what should go there: all its words are filler words (`my`, `here`, `test`, `true`, …) or
 *     credential nouns (`password`, `token`, `key`, …) — `password`, `my-secret-token` — or it is a label of
 *     two or more words of which exactly one is something else and at least one is a credential noun
 *     (`smtp-password`, `webhook-api-key`, `DB_PASSWORD` as a variable name).
 *
 * Anything else is a literal and, where the context says it is a credential, it is reported — however short
 * or guessable: `doclet` or `postgres` as a database password is exactly the leak this check exists for.
 * Entropy is never used to excuse a value in a credential context; it is only used to accuse a value where
 * the context is unknown (see `entropy.ts`).
 */
const REFERENCE = /\$\{|\{\{|\$\(|%\{|#\{|^\$[A-Za-z_][A-Za-z0-9_]*$|^<[^<>]+>$|^ENC\[|^ref\+[a-z]+:\/\/|^vault:/;
const MASK = /^[xX*.#?\-_0]+$/;
const SAYS_NOT_REAL = /example|placeholder|change_?me|replace_?me|dummy|redacted|^your/i;
const FILLER = new Set([
    'your', 'my', 'our', 'the', 'a', 'an', 'here', 'this', 'that', 'of', 'for', 'to', 'goes', 'go', 'put', 'insert',
    'enter', 'set', 'add', 'replace', 'with', 'me', 'change', 'todo', 'tbd', 'fixme', 'sample', 'fake', 'mock',
    'test', 'testing', 'none', 'null', 'nil', 'undefined', 'hidden', 'masked', 'removed', 'default', 'value',
    'foo', 'bar', 'baz', 'qux', 'not', 'real', 'some', 'true', 'false', 'yes', 'no', 'on', 'off', 'secure',
    'xxx', 'abc', 'new', 'old', 'string', 'str', 'text', 'tmp', 'temp',
]);
const CREDENTIAL_NOUNS = new Set([
    'password', 'passwd', 'pass', 'pwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'key', 'keys',
    'apikey', 'api', 'credential', 'credentials', 'creds', 'auth', 'access', 'private', 'client', 'pat',
]);
/** Lower-case words: runs of letters and digits, split where a lower-case letter meets an upper-case one. */
function valueWords(value) {
    const words = [];
    let start = -1;
    for (let i = 0; i <= value.length; i++) {
        const c = i < value.length ? value.charCodeAt(i) : 32;
        // Outside ASCII, lower-casing can make letters of other characters (`K`, the Kelvin sign): the long way.
        if (c >= 128)
            return valueWordsOfAnyText(value);
        const upper = c >= 65 && c <= 90;
        if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
            if (start === -1)
                start = i;
            else if (upper && isLower(value.charCodeAt(i - 1))) {
                words.push(value.slice(start, i).toLowerCase());
                start = i;
            }
        }
        else if (start !== -1) {
            words.push(value.slice(start, i).toLowerCase());
            start = -1;
        }
    }
    return words;
}
const isLower = (c) => c >= 97 && c <= 122;
function valueWordsOfAnyText(value) {
    return value
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0);
}
/** True when the value is not a credential by the policy above. */
function isPlaceholder(raw) {
    const value = raw.trim();
    if (value === '')
        return true;
    if (REFERENCE.test(value) || MASK.test(value) || SAYS_NOT_REAL.test(value))
        return true;
    if (value.length > 64)
        return false;
    const words = valueWords(value);
    if (words.length === 0)
        return false;
    let others = 0;
    let nouns = 0;
    for (const w of words) {
        if (CREDENTIAL_NOUNS.has(w))
            nouns++;
        else if (!FILLER.has(w))
            others++;
    }
    if (others === 0)
        return true;
    return others === 1 && nouns > 0 && words.length >= 2 && !/\d/.test(value);
}

;// CONCATENATED MODULE: ./build/src/core/secrets/secret-key-names.js

/**
 * Decides whether a key name (an env var, a map key, a file name) says that its value is a credential.
 *
 * A name is split into lower-case words (`DB_PASSWORD` → db, password; `clientSecret` → client, secret;
 * `tls.key` → tls, key). It is secret-like when it contains a credential noun and every word after the last
 * noun only says "this is the value itself" (`SECRET_KEY_BASE`, `TOKEN_B64`). Any other trailing word turns
 * the name into metadata about a secret: `SECRET_NAME`, `TOKEN_URL`, `PASSWORD_FILE`, `ACCESS_KEY_ID`,
 * `secretKeyRef`. A counting word right before the noun (`MAX_TOKENS`) does the same.
 */
/** Words that on their own name a credential. */
const CREDENTIAL_WORDS = new Set([
    'password', 'passwords', 'passwd', 'pwd', 'passphrase', 'passcode', 'pass',
    'secret', 'secrets', 'token', 'tokens', 'credential', 'credentials', 'creds',
    'apikey', 'apikeys', 'privatekey', 'accesskey', 'secretkey', 'authtoken', 'pat',
    'htpasswd', 'pgpass', 'netrc', 'dockerconfigjson', 'dockercfg', 'keystore', 'jks', 'p12', 'pfx',
]);
/** `<word> key` pairs that name a credential (`API_KEY`, `tls.key`, `signingKey`); `key` alone does not. */
const KEY_QUALIFIERS = new Set([
    'api', 'private', 'access', 'secret', 'signing', 'sign', 'encryption', 'encrypt', 'master', 'client', 'app',
    'service', 'ssh', 'tls', 'ssl', 'gpg', 'pgp', 'account', 'auth', 'shared', 'storage', 'hmac', 'jwt',
    'session', 'cookie', 'license', 'server', 'webhook', 'subscription', 'primary', 'secondary', 'admin',
]);
/** `id rsa` and friends: SSH private key file names. */
const SSH_KEY_TYPES = new Set(['rsa', 'dsa', 'ecdsa', 'ed25519']);
/** Words that may follow the noun while the name still denotes the value itself. */
const VALUE_SUFFIXES = new Set(['value', 'base', 'b64', 'base64', 'hex', 'plain', 'plaintext', 'raw', 'str', 'string', 'data', 'text']);
/** Words right before the noun that make the name a count, a switch or a reference (`existingSecret`). */
const COUNTING_PREFIXES = new Set(['existing', 'max', 'min', 'num', 'number', 'count', 'total', 'no', 'skip', 'use', 'enable', 'require', 'empty']);
const wordCache = new Map();
/** Splits a key into lower-case words at separators, camelCase humps and letter/digit runs kept together. */
function keyWords(name) {
    const cached = wordCache.get(name);
    if (cached)
        return cached;
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0);
    if (wordCache.size > 10_000)
        wordCache.clear();
    wordCache.set(ownString(name), words);
    return words;
}
/** Index of the last word that ends a credential noun, or -1. */
function lastCredentialEnd(words) {
    for (let i = words.length - 1; i >= 0; i--) {
        const w = words[i];
        if (CREDENTIAL_WORDS.has(w))
            return i;
        if (w === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1]))
            return i;
        if (i > 0 && words[i - 1] === 'id' && SSH_KEY_TYPES.has(w))
            return i;
    }
    return -1;
}
const verdictCache = new Map();
/** True when the name says its value is a credential (see the module comment). */
function isSecretLikeKey(name) {
    let verdict = verdictCache.get(name);
    if (verdict === undefined) {
        verdict = judgeKey(name);
        if (verdictCache.size > 10_000)
            verdictCache.clear();
        verdictCache.set(ownString(name), verdict);
    }
    return verdict;
}
function judgeKey(name) {
    const words = keyWords(name);
    const end = lastCredentialEnd(words);
    if (end < 0)
        return false;
    for (let i = end + 1; i < words.length; i++)
        if (!VALUE_SUFFIXES.has(words[i]))
            return false;
    const nounStart = words[end] === 'key' || SSH_KEY_TYPES.has(words[end]) ? end - 1 : end;
    if (nounStart > 0 && COUNTING_PREFIXES.has(words[nounStart - 1]))
        return false;
    return true;
}
/** A file name (Workload `files[].key`, a generator file) that by convention holds key material. */
function isSecretLikeFileName(name) {
    if (/\.(key|p12|pfx|jks|keystore)$/i.test(name))
        return true;
    return isSecretLikeKey(name);
}

;// CONCATENATED MODULE: ./build/src/core/secrets/dotenv.js


const assignment = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/;
/** The value as a .env loader sees it: quotes removed, an unquoted ` #comment` dropped. */
function unquote(raw) {
    const q = raw[0];
    if (q === '"' || q === "'" || q === '`') {
        const close = raw.indexOf(q, 1);
        return close === -1 ? raw.slice(1) : raw.slice(1, close);
    }
    const comment = raw.search(/[ \t]#/);
    return (comment === -1 ? raw : raw.slice(0, comment)).trim();
}
/** Secret-like assignments of an env file, with 1-based lines. */
function findEnvSecrets(text) {
    const found = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        const m = assignment.exec(line);
        if (!m || !isSecretLikeKey(m[1]))
            continue;
        const value = unquote(m[2]);
        if (isPlaceholder(value))
            continue;
        found.push({ key: m[1], value, line: i + 1, column: line.indexOf(m[1]) + 1 });
    }
    return found;
}
/** `.env`, `.env.local`, `prod.env`; not the committed templates `.env.example`, `.env.sample`, `.env.template`. */
function isDotenvPath(path) {
    if (!/\.env/i.test(path))
        return false;
    const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    if (!(base === '.env' || base.startsWith('.env.') || base.endsWith('.env')))
        return false;
    return !/\.(example|sample|template|tmpl|dist|defaults?)$/.test(base) && !/^\.env\.(example|sample|template)/.test(base);
}

;// CONCATENATED MODULE: ./build/src/core/secrets/credential-formats.js

/** A check from a sticky regex that starts `back` characters before the anchor; `group` picks the secret. */
function stickyCheck(ruleId, kind, source, group = 0, back = 0) {
    const re = new RegExp(source, 'y');
    return (text, at) => {
        const from = at - back;
        if (from < 0)
            return undefined;
        re.lastIndex = from;
        const m = re.exec(text);
        if (!m)
            return undefined;
        const value = m[group];
        return { ruleId, kind, start: from, end: from + m[0].length, value };
    };
}
/** Private key blocks: the base64 body is the secret; a body of a few characters is a documentation stub. */
const privateKeyHeader = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----/y;
function checkPrivateKey(text, at) {
    privateKeyHeader.lastIndex = at;
    const head = privateKeyHeader.exec(text);
    if (!head)
        return undefined;
    const bodyStart = at + head[0].length;
    const endMark = text.indexOf('-----END', bodyStart);
    const bodyEnd = endMark === -1 ? Math.min(text.length, bodyStart + 8192) : endMark;
    const body = text.slice(bodyStart, bodyEnd).replace(/\\[nr]/g, '').replace(/[^A-Za-z0-9+/=]/g, '');
    if (body.length < 64 || /^(.)\1+$/.test(body.slice(0, 32)))
        return undefined;
    const close = endMark === -1 ? bodyEnd : text.indexOf('-----', endMark + 8);
    const end = close === -1 ? bodyEnd : close + 5;
    const kind = head[1] === 'OPENSSH ' ? 'OpenSSH private key' : head[1].startsWith('PGP') ? 'PGP private key' : 'private key';
    return { ruleId: SECRET_RULES.privateKey, kind, start: at, end, value: body };
}
/**
 * `scheme://user:password@host`, found from its `@`: the authority runs back to `://` and forward to the
 * next `/`, `?`, `#`, quote or blank; the password is what follows the first `:` of the userinfo.
 */
const AUTHORITY_STOP = /[\s/?#"'<>`\\|]/;
function checkUrlPassword(text, atSign) {
    let b = atSign;
    const floor = Math.max(0, atSign - 512);
    while (b > floor && !AUTHORITY_STOP.test(text[b - 1]))
        b--;
    if (b < 3 || text[b - 1] !== '/' || text[b - 2] !== '/' || text[b - 3] !== ':')
        return undefined;
    let s = b - 3;
    while (s > 0 && /[A-Za-z0-9+.-]/.test(text[s - 1]))
        s--;
    if (s === b - 3 || !/[A-Za-z]/.test(text[s]))
        return undefined;
    let e = atSign + 1;
    const limit = Math.min(text.length, e + 512);
    while (e < limit && !AUTHORITY_STOP.test(text[e]))
        e++;
    const authority = text.slice(b, e);
    const last = authority.lastIndexOf('@');
    if (last === authority.length - 1)
        return undefined;
    const userinfo = authority.slice(0, last);
    const colon = userinfo.indexOf(':');
    if (colon === -1)
        return undefined;
    const password = userinfo.slice(colon + 1);
    if (password === '')
        return undefined;
    return { ruleId: SECRET_RULES.connectionString, kind: 'connection-string password', start: s, end: e, value: password };
}
/** Entra ID client secrets: three characters, a digit, `Q~`, then 31–34 more. The trigger is the `~`. */
const azureClientSecret = stickyCheck(SECRET_RULES.azureClientSecret, 'Azure AD client secret', '[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])', 0, 5);
function checkAzureClientSecret(text, tilde) {
    if (text[tilde - 1] !== 'Q' || (tilde >= 6 && /[A-Za-z0-9_~.-]/.test(text[tilde - 6])))
        return undefined;
    return azureClientSecret(text, tilde);
}
/** A JWT: header and payload are base64url JSON (`eyJ` is `{"`); the header must name an algorithm or type. */
const jwtShape = /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/y;
function checkJwt(text, at) {
    if (text.charCodeAt(at) !== 101 || text.charCodeAt(at + 1) !== 121)
        return undefined;
    if (at > 0 && /[A-Za-z0-9_-]/.test(text[at - 1]))
        return undefined;
    jwtShape.lastIndex = at;
    const m = jwtShape.exec(text);
    if (!m)
        return undefined;
    const header = Buffer.from(m[0].slice(0, m[0].indexOf('.')), 'base64url').toString('utf8');
    if (!/"(?:alg|typ)"\s*:/.test(header))
        return undefined;
    return { ruleId: SECRET_RULES.jwt, kind: 'JSON Web Token', start: at, end: at + m[0].length, value: m[0] };
}
/** ADO.NET / ODBC style `…;Password=…;` inside a connection string naming a server or user. */
const adoPassword = /(?:[Pp]assword|PASSWORD|[Pp]wd|PWD)=([^;"'\r\n]*)/y;
function checkAdoPassword(text, eq) {
    const at = eq - (/(?:assword|ASSWORD)$/.test(text.slice(eq - 7, eq)) ? 8 : 3);
    if (at < 0 || (at > 0 && /[A-Za-z_]/.test(text[at - 1])))
        return undefined;
    adoPassword.lastIndex = at;
    const m = adoPassword.exec(text);
    if (!m)
        return undefined;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const before = text.slice(lineStart, at);
    if (!/(?:^|[;"'\s])(?:server|data source|host|user id|uid|initial catalog|database|address)=/i.test(before))
        return undefined;
    return { ruleId: SECRET_RULES.connectionString, kind: 'connection string password', start: at, end: at + m[0].length, value: m[1].trim() };
}
/** `CREATE USER … PASSWORD '…'`, `ALTER ROLE … PASSWORD '…'`, `… IDENTIFIED BY '…'`. */
const sqlPassword = /(?:PASSWORD|password|Password|IDENTIFIED BY|identified by)\s+'([^'\r\n]*)'/y;
const sqlKeywordBefore = /(?:PASSWORD|password|Password|IDENTIFIED BY|identified by)\s+$/;
function checkSqlPassword(text, quote) {
    const head = sqlKeywordBefore.exec(text.slice(Math.max(0, quote - 24), quote));
    if (!head)
        return undefined;
    const at = quote - head[0].length;
    sqlPassword.lastIndex = at;
    const m = sqlPassword.exec(text);
    if (!m)
        return undefined;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const before = text.slice(lineStart, at);
    if (!/identified/i.test(m[0]) && !/\b(?:CREATE|ALTER)\s+(?:USER|ROLE)\b/i.test(before))
        return undefined;
    return { ruleId: SECRET_RULES.sqlPassword, kind: 'SQL password', start: at, end: at + m[0].length, value: m[1] };
}
const token = (ruleId, kind, source) => stickyCheck(ruleId, kind, source);
const vendor = (kind, source) => stickyCheck(SECRET_RULES.vendorToken, kind, source);
const stickyAws = token(SECRET_RULES.awsAccessKeyId, 'AWS access key id', 'A(?:KIA|SIA|BIA|CCA)[A-Z0-9]{16}(?![A-Za-z0-9])');
/** `AccountKey=…` / `SharedAccessKey=…` in an Azure connection string; the trigger is `Key=`. */
const azureKeyValue = stickyCheck(SECRET_RULES.azureStorageKey, 'Azure account key', 'Key=([A-Za-z0-9+/]{30,}={0,2})', 1);
function checkAzureKey(text, at) {
    if (!text.startsWith('Account', at - 7) && !text.startsWith('SharedAccess', at - 12))
        return undefined;
    return azureKeyValue(text, at);
}
/**
 * Tokens with a word prefix, by `word + separator`; the check runs at the word's start. The finder only calls
 * it when the word starts at a word boundary.
 */
const PREFIXED_TOKENS = new Map([
    ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'].map((p) => [p, [token(SECRET_RULES.githubToken, 'GitHub token', `${p}[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])`)]]),
    ['github_', [token(SECRET_RULES.githubToken, 'GitHub fine-grained token', 'github_pat_[A-Za-z0-9_]{40,240}(?![A-Za-z0-9_])')]],
    ...['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'glft-', 'glsoat-'].map((p) => [p, [token(SECRET_RULES.gitlabToken, 'GitLab token', `${p}[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])`)]]),
    ...['xoxb-', 'xoxa-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-'].map((p) => [p, [token(SECRET_RULES.slackToken, 'Slack token', `${p}[A-Za-z0-9-]{10,}(?![A-Za-z0-9-])`)]]),
    ['xapp-', [token(SECRET_RULES.slackToken, 'Slack app token', 'xapp-[0-9]-[A-Za-z0-9-]{20,}(?![A-Za-z0-9-])')]],
    ['npm_', [vendor('npm token', 'npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])')]],
    ['sk-', [
            vendor('Anthropic API key', 'sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,}'),
            vendor('OpenAI API key', 'sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}'),
            vendor('OpenAI API key', 'sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}'),
        ]],
    ...['sk_', 'rk_'].map((p) => [p, [vendor('Stripe key', `${p}(?:live|test)_[A-Za-z0-9]{20,}`)]]),
    ...['shpat_', 'shpca_', 'shppa_', 'shpss_'].map((p) => [p, [vendor('Shopify token', `${p}[a-fA-F0-9]{32}`)]]),
    ['glc_', [vendor('Grafana Cloud token', 'glc_[A-Za-z0-9+/]{32,}={0,2}')]],
    ['glsa_', [vendor('Grafana service account token', 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}')]],
    ['gsk_', [vendor('Groq API key', 'gsk_[A-Za-z0-9]{48,}')]],
    ['hf_', [vendor('Hugging Face token', 'hf_[A-Za-z]{34}(?![A-Za-z0-9])')]],
    ['lin_', [vendor('Linear API key', 'lin_api_[A-Za-z0-9]{40}')]],
    ['ntn_', [vendor('Notion token', 'ntn_[A-Za-z0-9]{40,}')]],
    ['secret_', [vendor('Notion token', 'secret_[A-Za-z0-9]{43}(?![A-Za-z0-9])')]],
    ['ops_', [vendor('1Password service account token', 'ops_eyJ[A-Za-z0-9+/=_-]{100,}')]],
    ['dckr_', [vendor('Docker Hub token', 'dckr_pat_[A-Za-z0-9_-]{27,}')]],
    ['figd_', [vendor('Figma token', 'figd_[A-Za-z0-9_-]{40,}')]],
    ['tskey-', [vendor('Tailscale key', 'tskey-[a-z]+-[A-Za-z0-9]{6,}-[A-Za-z0-9]{10,}')]],
]);
/** Characters that end the word a prefixed token starts with. */
const PREFIX_SEPARATORS = ['_', '-'];
const notAfterWordChar = (check) => (text, at) => (at > 0 && /[A-Za-z0-9_]/.test(text[at - 1]) ? undefined : check(text, at));
const TRIGGERED_FORMATS = [
    { trigger: '-----BEGIN ', check: checkPrivateKey, spansLines: true },
    { trigger: '@', check: checkUrlPassword },
    { trigger: 'hooks.slack.com/', check: token(SECRET_RULES.slackWebhook, 'Slack webhook URL', 'hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9_/-]{20,})') },
    ...['AKIA', 'ASIA', 'ABIA', 'ACCA'].map((p) => ({
        trigger: p,
        check: (text, at) => (at > 0 && /[A-Z0-9]/.test(text[at - 1]) ? undefined : stickyAws(text, at)),
    })),
    { trigger: 'AIza', check: notAfterWordChar(token(SECRET_RULES.gcpApiKey, 'Google API key', 'AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])')) },
    { trigger: 'Key=', check: checkAzureKey },
    { trigger: '~', check: checkAzureClientSecret },
    { trigger: 'J', check: (text, j) => (j >= 2 ? checkJwt(text, j - 2) : undefined) },
    { trigger: '=', check: checkAdoPassword },
    // `PASSWORD` and its quoted value may be on different lines.
    { trigger: "'", check: checkSqlPassword, spansLines: true },
    { trigger: 'SG.', check: notAfterWordChar(vendor('SendGrid API key', 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}')) },
    { trigger: 'hv', check: notAfterWordChar(vendor('HashiCorp Vault token', 'hv[sbr]\\.[A-Za-z0-9_-]{24,}')) },
    { trigger: 'dapi', check: notAfterWordChar(vendor('Databricks token', 'dapi[a-f0-9]{32}(?:-[0-9])?(?![A-Za-z0-9])')) },
];

;// CONCATENATED MODULE: ./build/src/core/secrets/entropy.js
/**
 * "Looks machine-generated": the test used where the context alone does not say a value is a credential
 * (a secret-like key in an arbitrary YAML, JSON, shell or properties file).
 *
 * A value passes when it has at least 16 characters, no whitespace, is not a path or URL, mixes at least two
 * of {lower, upper, digit}, has a digit or at least three case switches (so kebab-case names and words fail),
 * is not a name composed of one-class segments (`project-01-svc-01`, `DB_HOST_2`), and its Shannon entropy
 * is at least 3.0 bits per character. The threshold sits below the 0.1% quantile of
 * random tokens (sampled: 32 hex digits 3.12, 16 base62 characters 3.20, 40 hex digits 3.29), so a
 * generated token is missed about once in a thousand or less, while the two real sample trees, whose
 * secret-like keys hold names (`aws-rds-credentials`, `registrysecret`), give no hit.
 */
const MIN_RANDOM_LENGTH = 16;
const MIN_BITS_PER_CHAR = 3.0;
/** Shannon entropy in bits per character. */
function shannonEntropy(value) {
    const counts = new Map();
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
function caseSwitches(value) {
    let switches = 0;
    let last = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        const kind = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0;
        if (kind !== 0) {
            if (last !== 0 && kind !== last)
                switches++;
            last = kind;
        }
    }
    return switches;
}
/** True when the value looks like a generated credential rather than a word, a name, a path or a URL. */
function looksRandom(value) {
    if (value.length < MIN_RANDOM_LENGTH || /\s/.test(value))
        return false;
    if (/^(?:\/|\.\.?\/|~\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(value))
        return false;
    if (/^(?:[a-z]+|[A-Z]+|[0-9]+)(?:[-_./:](?:[a-z]+|[A-Z]+|[0-9]+))+$/.test(value))
        return false;
    const lower = /[a-z]/.test(value);
    const upper = /[A-Z]/.test(value);
    const digit = /[0-9]/.test(value);
    if (Number(lower) + Number(upper) + Number(digit) < 2)
        return false;
    if (!digit && caseSwitches(value) < 3)
        return false;
    return shannonEntropy(value) >= MIN_BITS_PER_CHAR;
}

;// CONCATENATED MODULE: ./build/src/core/secrets/yaml-lines.js
/**
 * Finding lines of block-style YAML text without reading it line by line: `indexOf` for a needle, then a look
 * at the line it is on. Used where a few keys of a large text are wanted (yaml-slices.ts, text-scan.ts).
 */
/** The plain Find: `text.indexOf`. */
const findIn = (text) => (needle, from) => text.indexOf(needle, from);
/**
 * Offset of the first occurrence of `needle` at the start of a line after `indent` spaces, from `from` on,
 * or -1. Searching for the needle itself (not for `\n` + needle) keeps `indexOf` fast: a newline is the most
 * common first character.
 */
function lineStartIndexOf(text, needle, from, indent = 0, find) {
    search: for (let i = find ? find(needle, from + indent) : text.indexOf(needle, from + indent); i !== -1; i = find ? find(needle, i + 1) : text.indexOf(needle, i + 1)) {
        const start = i - indent;
        if (start < from)
            continue;
        for (let j = start; j < i; j++)
            if (text.charCodeAt(j) !== 32)
                continue search;
        if (start === 0 || text.charCodeAt(start - 1) === 10)
            return start;
    }
    return -1;
}
/**
 * The first line, from `from` on, that is `needle` after any number of spaces: the line's start and its
 * indentation, or undefined.
 */
function indentedLineOf(text, needle, from) {
    for (let i = text.indexOf(needle, from); i !== -1; i = text.indexOf(needle, i + 1)) {
        let start = i;
        while (start > from && text.charCodeAt(start - 1) === 32)
            start--;
        if (start === 0 || text.charCodeAt(start - 1) === 10)
            return { start, indent: i - start };
    }
    return undefined;
}
/** Line breaks in text[from, to). */
function countNewlines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * Indentation of a line (spaces), or -1 for a blank or comment-only line (or the text's end). Reads stay
 * within the text: a read past its end (NaN) would cost the optimized code a deoptimization.
 */
function indentAt(text, lineStart) {
    const end = text.length;
    let i = lineStart;
    while (i < end && text.charCodeAt(i) === 32)
        i++;
    if (i >= end)
        return -1;
    const c = text.charCodeAt(i);
    return c === 10 || c === 13 || c === 35 ? -1 : i - lineStart;
}
/**
 * End offset of the block of the key whose line starts at `from`, indented `indent`: the start of the next line
 * indented no deeper that is not one of its `- ` items (blank and comment lines belong to the block), or the
 * text's end.
 */
function childBlockEnd(text, from, indent) {
    let start = text.indexOf('\n', from);
    while (start !== -1) {
        start++;
        const at = indentAt(text, start);
        if (at !== -1 && (at < indent || (at === indent && text.charCodeAt(start + at) !== 45)))
            return start;
        start = text.indexOf('\n', start);
    }
    return text.length;
}

;// CONCATENATED MODULE: ./build/src/core/secrets/find-formats.js





/** Rules whose secret is a whole token: a token that is a mask or low-entropy filler is a documentation stub. */
const TOKEN_RULES = new Set([SECRET_RULES.githubToken, SECRET_RULES.gitlabToken, SECRET_RULES.slackToken, SECRET_RULES.awsAccessKeyId, SECRET_RULES.gcpApiKey, SECRET_RULES.vendorToken, SECRET_RULES.azureClientSecret]);
function plausible(match) {
    if (isPlaceholder(match.value))
        return false;
    if (TOKEN_RULES.has(match.ruleId)) {
        const body = match.value.replace(/^[A-Za-z]+[_-]/, '');
        if (shannonEntropy(body) < 3)
            return false;
    }
    return true;
}
const isWordChar = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LONGEST_PREFIX_WORD = Math.max(...[...PREFIXED_TOKENS.keys()].map((k) => k.length));
/** First letters of the prefix words: a cheap filter before a substring is cut for the map lookup. */
const FIRST_LETTERS = new Set([...PREFIXED_TOKENS.keys()].map((k) => k.charCodeAt(0)));
function prefixedAt(text, sep, out) {
    let s = sep;
    while (s > 0 && sep - s < LONGEST_PREFIX_WORD && isWordChar(text.charCodeAt(s - 1)))
        s--;
    if (!FIRST_LETTERS.has(text.charCodeAt(s)))
        return;
    if (s === sep || (s > 0 && (isWordChar(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 95)))
        return;
    const checks = PREFIXED_TOKENS.get(text.slice(s, sep + 1));
    if (!checks)
        return;
    for (const check of checks) {
        const match = check(text, s);
        if (match)
            return void out.push(match);
    }
}
const SWEEPS = [
    ...PREFIX_SEPARATORS.map((sep) => ({
        spansLines: false,
        run: (text, out, find) => {
            for (let i = find(sep, 0); i !== -1; i = find(sep, i + 1)) {
                if (i > 0 && isWordChar(text.charCodeAt(i - 1)))
                    prefixedAt(text, i, out);
            }
        },
    })),
    ...TRIGGERED_FORMATS.map(({ trigger, check, spansLines }) => ({
        spansLines: spansLines === true,
        run: (text, out, find) => {
            for (let i = find(trigger, 0); i !== -1; i = find(trigger, i + 1)) {
                const match = check(text, i);
                if (match) {
                    out.push(match);
                    if (match.end > i + 1)
                        i = match.end - 1;
                }
            }
        },
    })),
];
const NONE = [];
function sweep(text, spansLines, find = findIn(text)) {
    return SWEEPS.map((s) => {
        if (s.spansLines !== spansLines)
            return NONE;
        const out = [];
        s.run(text, out, find);
        return out.length ? out : NONE;
    });
}
/**
 * Candidates of the formats whose check reads only the line it is on. For a text cut at line breaks, the
 * candidates of the pieces (offsets moved by each piece's start) are exactly the whole text's: what lets a
 * repeated block be swept once (`text-scan.ts`).
 */
const oneLineCandidates = (text) => sweep(text, false);
/**
 * Candidates of the formats that may span lines (private keys, SQL passwords): always swept on the whole
 * text, with `find` to locate their triggers (a trigger has no line break).
 */
const multiLineCandidates = (text, find) => sweep(text, true, find);
/**
 * The credentials among the candidates of consecutive parts of one text (each with the offset of its start):
 * plausible ones, ordered by offset, longest first, without overlaps. Candidates are taken sweep by sweep, so
 * that equal spans keep the order one sweep of the whole text gives them.
 */
function resolveFormats(parts) {
    const raw = [];
    for (let s = 0; s < SWEEPS.length; s++) {
        for (const { candidates, at } of parts) {
            for (const m of candidates[s])
                raw.push(at === 0 ? m : { ...m, start: m.start + at, end: m.end + at });
        }
    }
    if (raw.length === 0)
        return raw;
    raw.sort((a, b) => a.start - b.start || b.end - a.end);
    const found = [];
    let reach = -1;
    for (const m of raw) {
        if (m.start < reach || !plausible(m))
            continue;
        found.push(m);
        reach = m.end;
    }
    return found;
}
/**
 * Any literal a sweep starts from (a prefix separator or a trigger): a short text without one has no
 * candidate, which one test tells faster than the sweeps.
 */
const ANY_TRIGGER = new RegExp([...PREFIX_SEPARATORS, ...TRIGGERED_FORMATS.map((f) => f.trigger)].map((t) => t.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'));
/** Every known-format credential in the text, ordered by offset, without overlaps. */
function findFormats(text) {
    if (text.length <= 256 && !ANY_TRIGGER.test(text))
        return [];
    return resolveFormats([
        { candidates: oneLineCandidates(text), at: 0 },
        { candidates: multiLineCandidates(text), at: 0 },
    ]);
}
/** GCP service account key files are JSON with `"type": "service_account"` and a `private_key`. */
function isGcpServiceAccountJson(text) {
    return text.includes('service_account') && /"type"\s*:\s*"service_account"/.test(text) && text.includes('"private_key"');
}

;// CONCATENATED MODULE: ./build/src/core/secrets/judge-literal.js



/** Judges one literal written in a structured place. Known formats inside it always count. */
function judgeLiteral(literal, evidence) {
    // No known format fits in fewer than 8 characters (`a://:p@h`).
    const formats = literal.length >= 8 ? findFormats(literal) : [];
    if (formats.length > 0)
        return { value: formats[0].value, kind: formats[0].kind };
    if (evidence === 'unknown' || isPlaceholder(literal))
        return undefined;
    if (evidence === 'random' && !looksRandom(literal))
        return undefined;
    return { value: literal, kind: '' };
}

;// CONCATENATED MODULE: ./build/src/core/secrets/flux-values.js



const isRec = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const PASSWORD_WORDS = new Set(['password', 'passwords', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode']);
function evidenceFor(key) {
    if (!isSecretLikeKey(key))
        return 'unknown';
    return keyWords(key).some((w) => PASSWORD_WORDS.has(w)) ? 'credential' : 'random';
}
const MAX_DEPTH = 40;
function walk(doc, node, path, base, where, lines, out) {
    if (path.length > MAX_DEPTH)
        return;
    if (Array.isArray(node)) {
        node.forEach((item, i) => walk(doc, item, [...path, i], base, where, lines, out));
        return;
    }
    if (!isRec(node))
        return;
    for (const [key, value] of Object.entries(node)) {
        if (typeof value !== 'string') {
            walk(doc, value, [...path, key], base, where, lines, out);
            continue;
        }
        const verdict = judgeLiteral(value, evidenceFor(key));
        if (!verdict)
            continue;
        const valuePath = [...path, key];
        const at = lines.fieldValue(doc, valuePath, key, value);
        out.push({
            ruleId: SECRET_RULES.fluxValues,
            file: doc.file,
            line: at.line,
            column: at.column,
            endLine: at.endLine,
            where,
            name: valuePath.slice(base).join('.'),
            kind: verdict.kind,
            context: 'flux-values',
            value: verdict.value,
            literal: value,
        });
    }
}
function findFluxValueSecrets(doc, object, lines, out) {
    const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
    const spec = isRec(object.spec) ? object.spec : undefined;
    if (!spec)
        return;
    if (object.kind === 'HelmRelease' && apiVersion.startsWith('helm.toolkit.fluxcd.io/')) {
        walk(doc, spec.values, ['spec', 'values'], 2, 'HelmRelease values', lines, out);
    }
    else if (object.kind === 'Kustomization' && apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) {
        const postBuild = isRec(spec.postBuild) ? spec.postBuild : undefined;
        if (postBuild && isRec(postBuild.substitute)) {
            walk(doc, postBuild.substitute, ['spec', 'postBuild', 'substitute'], 3, 'Flux postBuild.substitute', lines, out);
        }
    }
}

;// CONCATENATED MODULE: ./build/src/core/secrets/kubernetes-secret.js



const kubernetes_secret_isRec = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
/** Decoded text of a `data` value, or undefined when it is not base64 or not text. */
function decodeBase64(raw) {
    if (!BASE64.test(raw))
        return undefined;
    const text = Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8');
    return text.includes('\uFFFD') ? undefined : text;
}
function findKubernetesSecretData(doc, object, lines, out) {
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1' || 'sops' in object)
        return;
    for (const field of ['stringData', 'data']) {
        const map = object[field];
        if (!kubernetes_secret_isRec(map))
            continue;
        for (const [key, raw] of Object.entries(map)) {
            if (typeof raw !== 'string')
                continue;
            const decoded = field === 'data' ? decodeBase64(raw) : raw;
            const named = isSecretLikeFileName(key);
            // Undecodable data under a credential name (a keystore, a binary key) is still key material.
            const verdict = decoded === undefined ? (named && raw.trim() ? { value: raw, kind: 'binary key material' } : undefined) : judgeLiteral(decoded, named ? 'credential' : 'random');
            if (!verdict)
                continue;
            const at = lines.fieldValue(doc, [field, key], key, raw);
            out.push({
                ruleId: SECRET_RULES.kubernetesSecret,
                file: doc.file,
                line: at.line,
                column: at.column,
                endLine: at.endLine,
                where: `Secret ${field}`,
                name: key,
                kind: verdict.kind,
                context: 'kubernetes-secret',
                value: verdict.value,
                literal: raw,
            });
        }
    }
}

;// CONCATENATED MODULE: ./build/src/core/secrets/kustomize-generator.js





const kustomize_generator_isRec = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Joins a kustomization-relative path onto its directory, resolving `.` and `..`. */
function resolveRelative(fromFile, rel) {
    const parts = fromFile.split('/').slice(0, -1);
    for (const seg of rel.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return parts.join('/');
}
function hit(file, line, column, endLine, name, where, value, kind, literal) {
    return { ruleId: SECRET_RULES.kustomizeGenerator, file, line, column, endLine, where, name, kind, context: 'kustomize-generator', value, literal };
}
function findKustomizeGeneratorSecrets(doc, object, lines, lookup, out) {
    const generators = object.secretGenerator;
    if (!Array.isArray(generators))
        return;
    generators.forEach((gen, g) => {
        if (!kustomize_generator_isRec(gen))
            return;
        const literals = Array.isArray(gen.literals) ? gen.literals : [];
        literals.forEach((lit, i) => {
            if (typeof lit !== 'string')
                return;
            const eq = lit.indexOf('=');
            if (eq <= 0)
                return;
            const key = lit.slice(0, eq).trim();
            const verdict = judgeLiteral(lit.slice(eq + 1), isSecretLikeKey(key) ? 'credential' : 'unknown');
            if (!verdict)
                return;
            const at = lines.listItem(doc, ['secretGenerator', g, 'literals', i], lit);
            out.push(hit(doc.file, at.line, at.column, at.endLine, key, 'secretGenerator literal', verdict.value, verdict.kind, lit));
        });
        const envs = Array.isArray(gen.envs) ? gen.envs : typeof gen.env === 'string' ? [gen.env] : [];
        for (const env of envs) {
            if (typeof env !== 'string')
                continue;
            const source = lookup(resolveRelative(doc.file, env));
            if (!source)
                continue;
            for (const a of findEnvSecrets(source.text)) {
                out.push(hit(source.path, a.line, a.column, a.line, a.key, `secretGenerator env file (from ${doc.file})`, a.value, '', a.value));
            }
        }
        const files = Array.isArray(gen.files) ? gen.files : [];
        files.forEach((entry, i) => {
            if (typeof entry !== 'string')
                return;
            const eq = entry.indexOf('=');
            const key = eq > 0 ? entry.slice(0, eq) : entry.slice(entry.lastIndexOf('/') + 1);
            const rel = eq > 0 ? entry.slice(eq + 1) : entry;
            const source = lookup(resolveRelative(doc.file, rel));
            if (!source || isPlaceholder(source.text))
                return;
            const named = isSecretLikeFileName(key) || isSecretLikeFileName(rel.slice(rel.lastIndexOf('/') + 1));
            if (!named)
                return;
            const at = lines.listItem(doc, ['secretGenerator', g, 'files', i], entry);
            out.push(hit(doc.file, at.line, at.column, at.line, key, `secretGenerator file ${source.path}`, source.text, '', entry));
        });
    });
}

;// CONCATENATED MODULE: ./build/src/core/secrets/scanned-files.js
/**
 * Which repository files the secret scan reads: every text file. Credentials end up in READMEs, scripts,
 * Terraform and source files as much as in YAML, so the list is of what is skipped (binary formats by
 * extension); the repository reader additionally drops anything with NUL bytes or invalid UTF-8.
 */
const BINARY_EXTENSIONS = new Set([
    'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'webp', 'avif', 'tif', 'tiff', 'psd',
    'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'jar', 'war', 'ear', 'whl', 'nupkg', 'deb', 'rpm', 'apk', 'dmg', 'iso',
    'woff', 'woff2', 'ttf', 'otf', 'eot',
    'mp3', 'mp4', 'm4a', 'wav', 'ogg', 'flac', 'mov', 'avi', 'mkv', 'webm',
    'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt',
    'exe', 'dll', 'so', 'dylib', 'a', 'o', 'obj', 'class', 'pyc', 'wasm', 'bin', 'dat', 'db', 'sqlite',
]);
/** True for files the secret scan reads (text files; images, archives, fonts, media and binaries are skipped). */
function isScannedTextFile(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot <= 0)
        return true;
    return !BINARY_EXTENSIONS.has(base.slice(dot + 1).toLowerCase());
}
/** YAML files (judged structurally as well as as text). */
function isYamlFile(path) {
    return /\.ya?ml$/i.test(path);
}

;// CONCATENATED MODULE: ./build/src/core/secrets/workload-env.js



const workload_env_isRec = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Container specs of a document, with their path and whether they are in the pre-1.0 map shape. */
function containerSpecs(kind, object) {
    const spec = workload_env_isRec(object.spec) ? object.spec : undefined;
    if (!spec)
        return [];
    const holderKey = kind === 'Workload' ? undefined : kind === 'ComponentRelease' ? 'workload' : kind === 'ReleaseBinding' ? 'workloadOverrides' : null;
    if (holderKey === null)
        return [];
    const holder = holderKey === undefined ? spec : spec[holderKey];
    if (!workload_env_isRec(holder))
        return [];
    const base = holderKey === undefined ? ['spec'] : ['spec', holderKey];
    const out = [];
    if (workload_env_isRec(holder.container))
        out.push({ path: [...base, 'container'], spec: holder.container, v0: false });
    if (workload_env_isRec(holder.containers)) {
        for (const [name, c] of Object.entries(holder.containers)) {
            if (workload_env_isRec(c))
                out.push({ path: [...base, 'containers', name], spec: c, v0: true });
        }
    }
    return out;
}
const LISTS = ['env', 'files'];
const WHERE = {
    Workload: 'Workload',
    ComponentRelease: 'ComponentRelease workload snapshot',
    ReleaseBinding: 'ReleaseBinding workloadOverrides',
};
function findWorkloadEnvSecrets(doc, kind, object, lines, out) {
    for (const { path, spec, v0 } of containerSpecs(kind, object)) {
        for (const list of LISTS) {
            const entries = spec[list];
            if (!Array.isArray(entries))
                continue;
            entries.forEach((entry, i) => {
                if (!workload_env_isRec(entry) || typeof entry.key !== 'string' || typeof entry.value !== 'string')
                    return;
                const named = list === 'env' ? isSecretLikeKey(entry.key) : isSecretLikeFileName(entry.key);
                const verdict = judgeLiteral(entry.value, named ? 'credential' : 'unknown');
                if (!verdict)
                    return;
                const valuePath = [...path, list, i, 'value'];
                const at = lines.entryValue(doc, valuePath, 'key', entry.key, 'value', entry.value, entry);
                out.push({
                    ruleId: SECRET_RULES.workloadEnv,
                    file: doc.file,
                    line: at.line,
                    column: at.column,
                    endLine: at.endLine,
                    where: `${WHERE[kind]} ${list}`,
                    name: entry.key,
                    kind: verdict.kind,
                    context: v0 ? 'workload-v0' : 'workload',
                    value: verdict.value,
                    literal: entry.value,
                });
            });
        }
    }
}

;// CONCATENATED MODULE: ./build/src/core/secrets/key-assignments.js




const isKeyChar = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
/** Ends an unquoted value: line break, blank, `,`, `;`, quote, `#`, `}`. */
const isValueEnd = (c) => c === 10 || c === 13 || c === 32 || c === 9 || c === 44 || c === 59 || c === 34 || c === 39 || c === 35 || c === 125;
const MIN_VALUE_LENGTH = 16;
const AWS_SECRET_SHAPE = /^[A-Za-z0-9/+]{40}$/;
/** The value after the operator at `op`, when it is at least MIN_VALUE_LENGTH long. */
function valueAfter(text, op) {
    let i = op + 1;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)
        i++;
    const q = text.charCodeAt(i);
    if (q === 34 || q === 39) {
        const close = text.indexOf(text[i], i + 1);
        if (close === -1 || close - i - 1 < MIN_VALUE_LENGTH)
            return undefined;
        const nl = text.indexOf('\n', i + 1);
        return nl !== -1 && nl < close ? undefined : { start: i + 1, end: close };
    }
    let e = i;
    while (e < text.length && !isValueEnd(text.charCodeAt(e)))
        e++;
    return e - i >= MIN_VALUE_LENGTH ? { start: i, end: e } : undefined;
}
/** The key before the operator at `op` (`KEY=`, `key:`, `"key":`), or undefined. */
function keyBefore(text, op) {
    let e = op;
    while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9))
        e--;
    if (e > 0 && (text.charCodeAt(e - 1) === 34 || text.charCodeAt(e - 1) === 39))
        e--;
    let s = e;
    while (s > 0 && isKeyChar(text.charCodeAt(s - 1)))
        s--;
    return s < e ? { start: s, end: e } : undefined;
}
/**
 * A credential stem inside a key, the rest of the key and its operator, in any casing (isSecretLikeKey judges
 * the key itself). On the bench corpus this case-insensitive form runs in about half the time of the same
 * alternation spelt out in three casings.
 */
const keyWithStem = /(?:pass|pwd|secret|token|cred|key)[a-z0-9_.-]*["']?[ \t]*[:=]/gi;
/** Secret-like keys assigned a random-looking literal, ordered by offset. */
function findAssignments(text) {
    const found = [];
    keyWithStem.lastIndex = 0;
    // `test` moves lastIndex past the match, which ends with the operator (no match array is made).
    while (keyWithStem.test(text)) {
        const op = keyWithStem.lastIndex - 1;
        if (text.charCodeAt(op) === 58 && text.charCodeAt(op + 1) === 58)
            continue;
        const span = valueAfter(text, op);
        if (!span)
            continue;
        const keySpan = keyBefore(text, op);
        if (!keySpan)
            continue;
        const key = text.slice(keySpan.start, keySpan.end);
        if (!isSecretLikeKey(key))
            continue;
        const value = text.slice(span.start, span.end);
        if (isPlaceholder(value))
            continue;
        const words = keyWords(key);
        const awsSecret = words.includes('secret') && (words.includes('aws') || words.includes('access')) && AWS_SECRET_SHAPE.test(value);
        if (!awsSecret && !looksRandom(value))
            continue;
        found.push({
            ruleId: awsSecret ? SECRET_RULES.awsSecretKey : SECRET_RULES.highEntropy,
            kind: awsSecret ? 'AWS secret access key' : 'random-looking value',
            start: keySpan.start,
            valueStart: span.start,
            valueEnd: span.end,
            key,
            value,
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./build/src/core/secrets/text-scan.js




/** Keys whose blocks ComponentReleases repeat. */
const SNAPSHOT_KEYS = ['componentType:', 'traits:'];
/** Shorter blocks are swept where they are: comparing them costs about as much. */
const MIN_BLOCK_CHARS = 512;
/** Text kept for reuse, in characters. */
const MAX_KEPT_CHARS = 8 * 1024 * 1024;
/** Known blocks compared at one place before the block is swept as new. */
const MAX_TRIES = 8;
/** Blocks swept so far, by the key that starts them, the most recently met first. */
class SweptBlocks {
    byKey = new Map();
    kept = 0;
    /** Blocks kept. */
    get size() {
        let n = 0;
        for (const list of this.byKey.values())
            n += list.length;
        return n;
    }
    /** A known block at `at` (the start of its key's line) in `text`. */
    find(key, text, at) {
        const list = this.byKey.get(key);
        if (!list)
            return undefined;
        for (let i = 0; i < list.length && i < MAX_TRIES; i++) {
            const block = list[i];
            if (text.slice(at, at + block.text.length) !== block.text)
                continue;
            if (i > 0) {
                list.splice(i, 1);
                list.unshift(block);
            }
            return block;
        }
        return undefined;
    }
    /** Sweeps a block met for the first time and keeps it, when there is room. */
    learn(key, text) {
        if (this.kept + text.length > MAX_KEPT_CHARS)
            return undefined;
        // A copy: a slice would keep the whole file it was cut from alive.
        const own = ownString(text);
        const seen = new Map();
        const mentions = (needle) => {
            let found = seen.get(needle);
            if (found === undefined)
                seen.set(needle, (found = own.includes(needle)));
            return found;
        };
        const block = { text: own, candidates: oneLineCandidates(own), assignments: findAssignments(own), newlines: countNewlines(own, 0, own.length), mentions };
        this.kept += own.length;
        const list = this.byKey.get(key);
        if (list)
            list.unshift(block);
        else
            this.byKey.set(key, [block]);
        return block;
    }
}
/** The snapshot key line that starts at `at` (a key of SNAPSHOT_KEYS alone on its line), if any. */
function snapshotLineAt(text, at) {
    let i = at;
    while (text.charCodeAt(i) === 32)
        i++;
    for (const key of SNAPSHOT_KEYS) {
        if (text.startsWith(key, i) && text.charCodeAt(i + key.length) === 10)
            return { key, indent: i - at };
    }
    return undefined;
}
/** The next line, from `from` on, that is `componentType:` alone after any indentation: where snapshots start. */
function nextComponentTypeLine(text, from) {
    const key = SNAPSHOT_KEYS[0];
    for (let line = indentedLineOf(text, key, from); line; line = indentedLineOf(text, key, line.start + line.indent + 1)) {
        if (text.charCodeAt(line.start + line.indent + key.length) === 10)
            return line.start;
    }
    return -1;
}
/**
 * Scans a whole file's text; `blocks` (kept across files) lets repeated blocks be swept once. The text
 * between known blocks (the gaps, whole lines each) is swept gap by gap.
 */
function scanText(text, blocks) {
    const parts = [];
    let gap = 0;
    const addGap = (to) => {
        if (to > gap)
            parts.push({ at: gap, end: to });
    };
    if (blocks) {
        // A snapshot starts at a `componentType:` line; its blocks follow each other (`traits:` comes next).
        for (let start = nextComponentTypeLine(text, 0); start !== -1; start = nextComponentTypeLine(text, Math.max(gap, start + 1))) {
            for (let line = snapshotLineAt(text, start); line; line = snapshotLineAt(text, start)) {
                let block = blocks.find(line.key, text, start);
                if (!block) {
                    const end = childBlockEnd(text, start, line.indent);
                    // A block is reused only as whole lines: it must end with its line break.
                    if (end - start >= MIN_BLOCK_CHARS && text.charCodeAt(end - 1) === 10)
                        block = blocks.learn(line.key, text.slice(start, end));
                }
                if (!block)
                    break;
                addGap(start);
                parts.push({ at: start, end: start + block.text.length, block });
                gap = start += block.text.length;
            }
        }
    }
    addGap(text.length);
    const whole = parts.length === 1 && !parts[0].block;
    // Parts are whole lines, so a needle without line breaks never runs from one part into the next.
    const find = (needle, from) => {
        if (whole)
            return text.indexOf(needle, from);
        for (const p of parts) {
            if (p.end <= from || (p.block && !p.block.mentions(needle)))
                continue;
            const start = Math.max(from, p.at);
            const i = text.slice(start, p.end).indexOf(needle);
            if (i !== -1)
                return start + i;
        }
        return -1;
    };
    // Each gap is swept where it is (a slice is a view, not a copy), each known block's results are reused;
    // in part order, so the assignments come ordered by offset.
    const sources = [];
    const assignments = [];
    for (const p of parts) {
        if (p.block) {
            sources.push({ candidates: p.block.candidates, at: p.at });
            for (const a of p.block.assignments)
                assignments.push(moveAssignment(a, p.at));
            continue;
        }
        const gap = whole ? text : text.slice(p.at, p.end);
        sources.push({ candidates: oneLineCandidates(gap), at: p.at });
        for (const a of findAssignments(gap))
            assignments.push(moveAssignment(a, p.at));
    }
    sources.push({ candidates: multiLineCandidates(text, find), at: 0 });
    const formats = resolveFormats(sources);
    const lineOf = (offset) => {
        let line = 0;
        for (const part of parts) {
            if (offset < part.end)
                return line + countNewlines(text, part.at, offset);
            line += part.block ? part.block.newlines : (part.newlines ??= countNewlines(text, part.at, part.end));
        }
        return line;
    };
    return { formats, assignments, lineOf, find };
}
const moveAssignment = (a, by) => by === 0 ? a : { ...a, start: a.start + by, valueStart: a.valueStart + by, valueEnd: a.valueEnd + by };

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./build/src/core/parse.js
var parse = __webpack_require__(1874);
// EXTERNAL MODULE: ./build/src/core/block-yaml.js
var block_yaml = __webpack_require__(1498);
;// CONCATENATED MODULE: ./build/src/core/secrets/container-entries-text.js

const isKeyStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const container_entries_text_isKeyChar = (c) => isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 47 || c === 45;
/** Anything but printable ASCII and line breaks (a carriage return only before a line feed). */
const UNUSUAL = /[^\x20-\x7e\n\r]|\r(?!\n)/;
/** Anything but printable ASCII and line feeds: one character class, which a regex tests faster than UNUSUAL. */
const NOT_PLAIN = /[^\x20-\x7e\n]/;
const isUnusual = (text) => NOT_PLAIN.test(text) && UNUSUAL.test(text);
/**
 * The string a one-line scalar denotes, or undefined when it is not a complete one-line scalar, or is a plain
 * one that the YAML core schema reads as something else than a string (`8080`, `true`, `~`).
 */
function oneLineScalar(raw) {
    const rest = raw.trim();
    if (rest.startsWith('"'))
        return doubleQuoted(rest);
    if (rest.startsWith("'"))
        return singleQuoted(rest);
    const end = (0,block_yaml/* plainScalarEnd */.Oi)(rest, 0, rest.length);
    if (end === -1)
        return undefined;
    const text = rest.slice(0, end);
    return (0,block_yaml/* resolvePlainScalar */.t2)(text) === text ? text : undefined;
}
function doubleQuoted(rest) {
    // Without a backslash before it, the first `"` after the opening one closes the string, and the string is
    // its text (JSON.parse would give the same, refusing only control characters).
    const close = rest.indexOf('"', 1);
    if (close !== -1 && rest.lastIndexOf('\\', close) === -1) {
        let i = close + 1;
        while (i < rest.length && (rest.charCodeAt(i) === 32 || rest.charCodeAt(i) === 9))
            i++;
        // Then nothing, or a comment on this line.
        if (i < rest.length && (rest.charCodeAt(i) !== 35 || /[\n\r\u2028\u2029]/.test(rest.slice(i))))
            return undefined;
        const body = rest.slice(1, close);
        return /[\x00-\x1f]/.test(body) ? undefined : body;
    }
    const m = /^"((?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$/.exec(rest);
    if (!m)
        return undefined;
    try {
        return JSON.parse(`"${m[1]}"`);
    }
    catch {
        return undefined;
    }
}
function singleQuoted(rest) {
    const m = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/.exec(rest);
    return m ? m[1].replace(/''/g, "'") : undefined;
}
/** Whether block[from, to) (trimmed) is one complete one-line scalar of any type, for values nobody reads. */
function isOneLineScalar(block, from, to) {
    const c = block.charCodeAt(from);
    if (c === 34)
        return doubleQuoted(block.slice(from, to)) !== undefined;
    if (c === 39)
        return /^'(?:[^']|'')*'[ \t]*(?:#.*)?$/.test(block.slice(from, to));
    return (0,block_yaml/* plainScalarEnd */.Oi)(block, from, to) !== -1;
}
const FLOW_ON_ONE_LINE = /^(?:\[[^\[\]{}]*\]|\{[^\[\]{}]*\})[ \t]*(?:#.*)?$/;
/** True when block[at, at + word.length) is `word`. */
const isWord = (block, at, end, word) => end - at === word.length && block.startsWith(word, at);
/**
 * Entries with both `key` and a one-line `value` under `…container.(env|files)` or `…containers.<n>.(env|files)`,
 * in `block` (or in its lines from offset `from` to `to`, lines counted from there).
 */
function literalEntriesFromText(block, from = 0, to = block.length) {
    if (isUnusual(from === 0 && to === block.length ? block : block.slice(from, to)))
        return undefined;
    const stack = [];
    const items = [];
    // Line by line, by offsets into the whole text (reading a slice's characters is slower): only the keys
    // that open a level and the entries' fields become strings.
    for (let n = 0, start = from; start <= to; n++) {
        const newline = block.indexOf('\n', start);
        let end = newline === -1 || newline > to ? to : newline;
        const lineStart = start;
        start = end + 1;
        if (end > lineStart && block.charCodeAt(end - 1) === 13)
            end--;
        const lineLength = end - lineStart;
        let at = lineStart;
        while (at < end && block.charCodeAt(at) === 32)
            at++;
        if (at === end || block.charCodeAt(at) === 35)
            continue;
        let indent = at - lineStart;
        if (block.charCodeAt(at) === 45 && (at + 1 === end || block.charCodeAt(at + 1) === 32)) {
            while (stack.length && (stack[stack.length - 1].indent > indent || (stack[stack.length - 1].item && stack[stack.length - 1].indent === indent)))
                stack.pop();
            const parent = stack[stack.length - 1];
            if (!parent || parent.item)
                return undefined;
            const frame = { indent, key: String(parent.items), parent, item: { index: parent.items++, key: undefined, value: undefined, valueAt: undefined }, items: 0 };
            stack.push(frame);
            items.push(frame);
            at++;
            while (at < end && block.charCodeAt(at) === 32)
                at++;
            if (at === end)
                continue;
            indent = at - lineStart;
        }
        else {
            while (stack.length && stack[stack.length - 1].indent >= indent)
                stack.pop();
        }
        // The key: plain (`[A-Za-z_][A-Za-z0-9_./-]*`) or quoted (anything but its quote), then blanks and `:`.
        const first = block.charCodeAt(at);
        let keyFrom = at;
        let keyTo;
        let i;
        if (first === 34 || first === 39) {
            const close = block.indexOf(block[at], at + 1);
            if (close === -1 || close >= end)
                return undefined;
            keyFrom = at + 1;
            keyTo = close;
            i = close + 1;
        }
        else {
            if (!isKeyStart(first))
                return undefined;
            i = at + 1;
            while (i < end && container_entries_text_isKeyChar(block.charCodeAt(i)))
                i++;
            keyTo = i;
        }
        while (block.charCodeAt(i) === 32 && i < end)
            i++;
        if (i === end || block.charCodeAt(i) !== 58)
            return undefined;
        i++;
        // The value: nothing, or blanks and the rest of the line (a value that is only a comment is no value).
        let valueFrom = end;
        let valueTo = end;
        if (i < end) {
            if (block.charCodeAt(i) !== 32)
                return undefined;
            while (i < end && block.charCodeAt(i) === 32)
                i++;
            if (i < end && block.charCodeAt(i) !== 35) {
                valueFrom = i;
                while (valueTo > valueFrom && block.charCodeAt(valueTo - 1) === 32)
                    valueTo--;
            }
        }
        const top = stack[stack.length - 1];
        if (valueFrom === valueTo) {
            stack.push({ indent, key: block.slice(keyFrom, keyTo), parent: top, item: undefined, items: 0 });
            continue;
        }
        const isKey = isWord(block, keyFrom, keyTo, 'key');
        const field = top?.item !== undefined && indent > top.indent && (isKey || isWord(block, keyFrom, keyTo, 'value'));
        const c = block.charCodeAt(valueFrom);
        if ((c === 91 || c === 123) && !field) {
            if (!FLOW_ON_ONE_LINE.test(block.slice(valueFrom, valueTo)))
                return undefined;
            continue;
        }
        if (!field) {
            if (!isOneLineScalar(block, valueFrom, valueTo))
                return undefined;
            continue;
        }
        const value = oneLineScalar(block.slice(valueFrom, end));
        if (value === undefined)
            return undefined;
        const item = top.item;
        if (isKey)
            item.key = value;
        else {
            item.value = value;
            item.valueAt = { line: n, column: valueFrom - lineStart + 1 };
        }
    }
    const out = [];
    for (const frame of items) {
        const { key, value, valueAt: at, index } = frame.item;
        if (key === undefined || value === undefined || !at)
            continue;
        // The path to the item: …, owner, list, index (owner is `container` or a name under `containers`).
        const list = frame.parent?.key;
        if (list !== 'env' && list !== 'files')
            continue;
        const owner = frame.parent?.parent;
        const container = owner?.key === 'container' ? undefined : owner?.parent?.key === 'containers' ? owner.key : null;
        if (container !== null)
            out.push({ container, list, index, key, value, line: at.line, column: at.column });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/secrets/yaml-value-lines.js

/**
 * Thrown when a value's line can only be found by re-parsing its document and no NodeLocator was given. The
 * `yaml` library that re-parsing needs is large and rarely wanted, so callers load it only then, and judge
 * the files again with it.
 */
class PositionsNeeded extends Error {
    constructor(file) {
        super(`${file}: finding a value's line needs the YAML parser's positions`);
        this.name = 'PositionsNeeded';
    }
}
/** Where the text reader (`yaml-slices.ts`) saw an entry's value: `{ line, column }`, line 1-based in the document. */
const TEXT_LOCATION = Symbol('text location');
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fieldLines = new Map();
function fieldLine(field) {
    let re = fieldLines.get(field);
    if (!re) {
        re = new RegExp(`^([ \\t]*(?:-[ \\t]+)*)(["']?)${escapeRe(field)}\\2[ \\t]*:(?:[ \\t]+(.*))?$`);
        if (fieldLines.size > 1000)
            fieldLines.clear();
        fieldLines.set(field, re);
    }
    return re;
}
const extraLines = (value) => (value.includes('\n') ? value.replace(/\n$/, '').split('\n').length : 0);
class YamlValueLines {
    positions;
    lineCache = new WeakMap();
    /** `positions`: for the values whose lines a text search cannot find; without it, those throw PositionsNeeded. */
    constructor(positions) {
        this.positions = positions;
    }
    index(doc) {
        let lines = this.lineCache.get(doc);
        if (!lines) {
            lines = new LineIndex(doc.text);
            this.lineCache.set(doc, lines);
        }
        return lines;
    }
    /** The `field: value` candidate on one line, if that line is one. */
    candidateOn(lines, line, field, value) {
        const text = lines.line(line);
        const m = fieldLine(field).exec(text);
        if (!m)
            return undefined;
        const rest = (m[3] ?? '').trim();
        if (rest === '' || /^[|>][0-9+-]*(?:\s+#.*)?$/.test(rest)) {
            const firstLine = value.split('\n')[0].trim();
            let next = line + 1;
            while (next <= lines.lineCount && lines.line(next).trim() === '')
                next++;
            return next <= lines.lineCount && lines.line(next).trim() === firstLine ? { line, column: m[1].length + 1 } : undefined;
        }
        if (scalarText(rest) !== value)
            return undefined;
        return { line, column: text.length - (m[3] ?? '').length + 1 };
    }
    /** Candidate lines for `field: value`, in order, optionally limited to the lines [from, to]. */
    candidates(lines, field, value, from = 1, to = Number.MAX_SAFE_INTEGER) {
        const out = [];
        const text = lines.text;
        let last = 0;
        for (let i = text.indexOf(field); i !== -1; i = text.indexOf(field, i + field.length)) {
            const line = lines.lineAt(i);
            if (line === last || line < from)
                continue;
            if (line > to)
                break;
            last = line;
            const c = this.candidateOn(lines, line, field, value);
            if (c)
                out.push(c);
        }
        return out;
    }
    /** Lines [start, end] of the list item (`- …`) that contains `line`. */
    itemRange(lines, line) {
        let start = line;
        while (start > 1 && !/^[ \t]*-(?:[ \t]|$)/.test(lines.line(start)))
            start--;
        const dash = lines.line(start).search(/-/);
        let end = start;
        while (end < lines.lineCount) {
            const l = lines.line(end + 1);
            if (l.trim() !== '' && !l.trimStart().startsWith('#') && l.search(/\S/) <= dash)
                break;
            end++;
        }
        return [start, end];
    }
    toLocation(doc, c, value) {
        const line = doc.startLine + c.line - 1;
        return { line, column: c.column, endLine: line + extraLines(value) };
    }
    fallback(doc, path, value) {
        if (!this.positions)
            throw new PositionsNeeded(doc.file);
        const { line, column } = this.positions.locate(doc, path);
        return { line, column, endLine: line + extraLines(value) };
    }
    /** The `valueField` of the list item whose `keyField` is `key` (Workload env/files entries). */
    entryValue(doc, path, keyField, key, valueField, value, entry) {
        const seen = entry?.[TEXT_LOCATION];
        if (seen) {
            const line = doc.startLine + seen.line - 1;
            return { line, column: seen.column, endLine: line };
        }
        const lines = this.index(doc);
        const text = lines.text;
        if (key === '')
            return this.fallback(doc, path, value);
        for (let i = text.indexOf(key); i !== -1; i = text.indexOf(key, i + key.length)) {
            const keyLine = lines.lineAt(i);
            if (!this.candidateOn(lines, keyLine, keyField, key))
                continue;
            const [start, end] = this.itemRange(lines, keyLine);
            for (let l = start; l <= end; l++) {
                const hit = this.candidateOn(lines, l, valueField, value);
                if (hit)
                    return this.toLocation(doc, hit, value);
            }
        }
        return this.fallback(doc, path, value);
    }
    /** A `field: value` pair that occurs once in the document (else positions come from a re-parse). */
    fieldValue(doc, path, field, value) {
        const hits = this.candidates(this.index(doc), field, value);
        return hits.length === 1 ? this.toLocation(doc, hits[0], value) : this.fallback(doc, path, value);
    }
    /** A block-sequence item `- value` that occurs once in the document (Kustomize `literals`, `files`). */
    listItem(doc, path, value) {
        const lines = this.index(doc);
        const found = [];
        let last = 0;
        for (let i = lines.text.indexOf(value); i !== -1 && value !== ''; i = lines.text.indexOf(value, i + value.length)) {
            const line = lines.lineAt(i);
            if (line === last)
                continue;
            last = line;
            const m = /^([ \t]*-[ \t]+)(.*)$/.exec(lines.line(line));
            if (m && scalarText(m[2].trim()) === value)
                found.push({ line, column: m[1].length + 1 });
        }
        return found.length === 1 ? this.toLocation(doc, found[0], value) : this.fallback(doc, path, value);
    }
}
/** The string a one-line YAML scalar denotes, for comparison (plain, single- or double-quoted, with a comment). */
function scalarText(rest) {
    if (rest.startsWith("'")) {
        const close = rest.lastIndexOf("'");
        return rest.slice(1, close > 0 ? close : undefined).replace(/''/g, "'");
    }
    if (rest.startsWith('"')) {
        const close = rest.lastIndexOf('"');
        const body = rest.slice(0, close > 0 ? close + 1 : undefined);
        try {
            return JSON.parse(body);
        }
        catch {
            return body.slice(1, -1);
        }
    }
    const comment = rest.search(/[ \t]#/);
    return (comment === -1 ? rest : rest.slice(0, comment)).trim();
}

;// CONCATENATED MODULE: ./build/src/core/secrets/yaml-slices.js






/**
 * Documents for the structural rules when the caller did not hand in parsed YAML. Only documents of a kind a
 * rule reads are parsed at all, and of OpenChoreo documents only the one `spec` child that holds container
 * specs (a ComponentRelease is mostly its frozen ComponentType; its `spec.workload` is a tenth of it).
 *
 * Slicing is exact for block-style YAML: a line at column 0 always starts a new top-level key (YAML's
 * indentation rule), and inside `spec` a line at the first child's indentation that is not a `- ` item starts
 * the next child key. A document that is not plain block style (flow or JSON style, anchors, aliases, tags,
 * odd top-level lines) is parsed whole instead.
 */
const CONTAINER_HOLDERS = new Map([
    ['Workload', ['container', 'containers']],
    ['ComponentRelease', ['workload']],
    ['ReleaseBinding', ['workloadOverrides']],
]);
const FULL_PARSE_KINDS = new Set(['Secret', 'HelmRelease', 'Kustomization']);
const topKey = /^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:(?:[ \t]+(.*))?$/;
function plainScalar(rest) {
    if (rest === undefined)
        return undefined;
    const text = rest.replace(/[ \t]+#.*$/, '').trim();
    if (/^["']/.test(text))
        return text.length >= 2 && text.endsWith(text[0]) ? text.slice(1, -1) : undefined;
    return /^[^&*!{[|>]/.test(text) ? text : undefined;
}
/**
 * A top-level key, found by the literal `\n<name>:` (or at the very start). A key that is not written plainly at
 * column 0 is not found, and the caller then parses the document whole.
 */
function topKeyLine(text, name, find) {
    const at = lineStartIndexOf(text, `${name}:`, 0, 0, find);
    if (at === -1)
        return undefined;
    const nl = text.indexOf('\n', at);
    const next = nl === -1 ? text.length + 1 : nl + 1;
    const k = topKey.exec(text.slice(at, next - 1).replace(/\r$/, ''));
    return k ? { start: at, next, rest: k[2] } : undefined;
}
function specChildren(text, spec, wanted, find) {
    if (!spec)
        return [];
    if (spec.rest !== undefined && !spec.rest.trim().startsWith('#'))
        return undefined;
    let first = spec.next;
    let indent = indentAt(text, first);
    while (indent === -1 && first < text.length) {
        const nl = text.indexOf('\n', first);
        if (nl === -1)
            return [];
        first = nl + 1;
        indent = indentAt(text, first);
    }
    if (indent <= 0)
        return [];
    const out = [];
    for (const name of wanted) {
        const at = lineStartIndexOf(text, `${name}:`, spec.next, indent, find);
        if (at === -1) {
            if (includes(text, `"${name}"`, find) || includes(text, `'${name}'`, find))
                return undefined;
            continue;
        }
        const end = childBlockEnd(text, at, indent);
        out.push({ text: text.slice(at, end), at, end });
    }
    return out;
}
/** The document value the workload rule reads, built from the entries read as text (list positions kept). */
function entriesObject(kind, apiVersion, entries) {
    // Entries carry the line (in the document's text) where the text reader saw their value.
    const holder = kind === 'ComponentRelease' ? 'workload' : kind === 'ReleaseBinding' ? 'workloadOverrides' : undefined;
    const specs = {};
    const root = holder ? { [holder]: specs } : specs;
    for (const e of entries) {
        let container;
        if (e.container === undefined)
            container = (specs.container ??= {});
        else
            container = ((specs.containers ??= {})[e.container] ??= {});
        (container[e.list] ??= [])[e.index] = { key: e.key, value: e.value, [TEXT_LOCATION]: { line: e.line, column: e.column } };
    }
    return { apiVersion, kind, spec: root };
}
const includes = (text, needle, find) => (find ? find(needle, 0) : text.indexOf(needle)) !== -1;
/**
 * The entries of every piece, with lines counted from the document's first line (1-based); undefined →
 * parse. Every entry is kept: the workload rule judges entries under any key (a known credential format in
 * a value counts wherever it is), exactly as it judges a parsed document.
 */
function entriesFromPieces(text, pieces, lineOf) {
    const out = [];
    for (const piece of pieces) {
        const entries = literalEntriesFromText(text, piece.at, piece.end);
        if (entries === undefined)
            return undefined;
        if (entries.length === 0)
            continue;
        const line = 1 + (lineOf ? lineOf(piece.at) : countNewlines(text, 0, piece.at));
        for (const e of entries) {
            e.line += line;
            out.push(e);
        }
    }
    return out;
}
/** Parses a document whole (with the project's parser and its alias-bomb guard), keeping its file position. */
function parseWhole(file, text, startLine, index) {
    return (0,parse/* parseYamlFile */.BU)({ path: file, text }).documents.map((d) => ({ ...d, index, startLine: startLine + d.startLine - 1 }));
}
function sliceDocument(file, text, startLine, index, known) {
    const find = known?.find;
    const kind = plainScalar(topKeyLine(text, 'kind', find)?.rest);
    const apiVersion = plainScalar(topKeyLine(text, 'apiVersion', find)?.rest);
    if (kind === undefined || apiVersion === undefined || FULL_PARSE_KINDS.has(kind)) {
        return parseWhole(file, text, startLine, index);
    }
    const holders = CONTAINER_HOLDERS.get(kind);
    if (!holders || (0,resource/* apiGroup */.oI)(apiVersion) !== resource/* OPENCHOREO_GROUP */.RN)
        return [];
    const pieces = specChildren(text, topKeyLine(text, 'spec', find), holders, find);
    if (pieces === undefined)
        return parseWhole(file, text, startLine, index);
    const block = pieces.length === 1 ? pieces[0].text : pieces.map((p) => p.text).join('\n');
    if (/[&*!]/.test(block) && /[&*!]/.test(block.replace(/"[^"\n]*"|'[^'\n]*'/g, '')))
        return parseWhole(file, text, startLine, index);
    const entries = entriesFromPieces(text, pieces, known?.lineOf);
    if (entries !== undefined) {
        return entries.length ? [{ file, index, startLine, text, value: entriesObject(kind, apiVersion, entries) }] : [];
    }
    let spec;
    try {
        spec = block.trim() === '' ? {} : js_yaml/* default.load */.Ay.load(block, { schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA });
    }
    catch {
        return parseWhole(file, text, startLine, index);
    }
    return [{ file, index, startLine, text, value: { apiVersion, kind, spec } }];
}
/** Kinds read by a structural rule, as written after `kind:`. */
const STRUCTURAL_KIND = /^[ \t]*["']?(?:Workload|ComponentRelease|ReleaseBinding|Secret|HelmRelease|Kustomization)\b/;
/**
 * `text.includes('secretGenerator')`, searched by its rare `Generator` part: a pattern that starts with a
 * common letter makes `indexOf` fall back to a slower search, and this test reads every YAML file whole.
 */
function includesSecretGenerator(text, find) {
    for (let i = find('Generator', 6); i !== -1; i = find('Generator', i + 9)) {
        if (text.startsWith('secret', i - 6))
            return true;
    }
    return false;
}
/** Cheap test for "this YAML text may hold a document a structural rule reads": a `kind:` naming one. */
function mayBeStructural(text, find) {
    if (includesSecretGenerator(text, find))
        return true;
    for (let i = find('kind:', 0); i !== -1; i = find('kind:', i + 5)) {
        if (STRUCTURAL_KIND.test(text.slice(i + 5, i + 40)))
            return true;
    }
    return false;
}
/**
 * The documents of a YAML file that the structural rules need, parsed only as far as they read them.
 * `known` is what the caller knows of the file's text already.
 */
function structuralDocuments(source, known) {
    const { path, text } = source;
    const bom = text.charCodeAt(0) === 0xfeff;
    const body = bom ? text.slice(1) : text;
    // What is known is of the file's text: it holds for the body only when there is no byte order mark.
    const given = bom ? undefined : known;
    const find = given?.find ?? findIn(body);
    if (!mayBeStructural(body, find))
        return [];
    const docs = [];
    const single = lineStartIndexOf(body, '---', 0, 0, find) === -1 && lineStartIndexOf(body, '...', 0, 0, find) === -1 && !body.startsWith('%');
    const segments = single ? [{ text: body, startLine: 1 }] : (0,parse/* splitDocuments */.ZF)(body);
    segments.forEach((seg, index) => {
        if (!single && !mayBeStructural(seg.text, findIn(seg.text)))
            return;
        docs.push(...sliceDocument(path, seg.text, seg.startLine, index, single ? given : undefined));
    });
    return docs;
}

;// CONCATENATED MODULE: ./build/src/core/secrets/scan-file.js












const scan_file_isRec = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function structuralHits(file, ctx, known, out) {
    if (isDotenvPath(file.path)) {
        for (const a of findEnvSecrets(file.text)) {
            out.push({
                ruleId: SECRET_RULES.dotenv, file: file.path, line: a.line, column: a.column, endLine: a.line,
                where: '.env file', name: a.key, kind: '', context: 'dotenv', value: a.value, literal: a.value,
            });
        }
        return;
    }
    if (!isYamlFile(file.path))
        return;
    const docs = ctx.parsed?.get(file.path) ?? structuralDocuments(file, known);
    for (const doc of docs) {
        const object = doc.value;
        if (!scan_file_isRec(object))
            continue;
        const kind = typeof object.kind === 'string' ? object.kind : '';
        const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
        if ((0,resource/* apiGroup */.oI)(apiVersion) === resource/* OPENCHOREO_GROUP */.RN)
            findWorkloadEnvSecrets(doc, kind, object, ctx.valueLines, out);
        else if (kind === 'Secret')
            findKubernetesSecretData(doc, object, ctx.valueLines, out);
        else if (kind === 'HelmRelease' || kind === 'Kustomization')
            findFluxValueSecrets(doc, object, ctx.valueLines, out);
        if ('secretGenerator' in object)
            findKustomizeGeneratorSecrets(doc, object, ctx.valueLines, ctx.lookup, out);
    }
}
function textHits(file, lines, { formats, assignments }, out) {
    const text = file.text;
    const gcp = formats.some((f) => f.ruleId === SECRET_RULES.privateKey) && isGcpServiceAccountJson(text);
    for (const f of formats) {
        const asGcp = gcp && f.ruleId === SECRET_RULES.privateKey;
        const line = lines.lineAt(f.start);
        out.push({
            ruleId: asGcp ? SECRET_RULES.gcpServiceAccount : f.ruleId,
            file: file.path, line, column: lines.columnAt(f.start), endLine: lines.lineAt(f.end),
            where: '', name: '', kind: asGcp ? 'GCP service account key' : f.kind, context: 'text', value: f.value, literal: text.slice(f.start, f.end),
        });
    }
    for (const a of assignments) {
        if (formats.some((f) => f.start < a.valueEnd && a.valueStart < f.end))
            continue;
        out.push({
            ruleId: a.ruleId, file: file.path, line: lines.lineAt(a.valueStart), column: lines.columnAt(a.valueStart),
            endLine: lines.lineAt(a.valueStart), where: '', name: a.key, kind: a.kind, context: 'text', value: a.value, literal: a.value,
        });
    }
}
/** True when a text hit is the same secret as a structural hit (same lines, value inside the structural literal). */
function coveredBy(t, s) {
    if (t.file !== s.file || t.line > s.endLine || t.endLine < s.line)
        return false;
    return s.literal.includes(t.value) || t.value === s.value || t.literal.includes(s.value);
}
/**
 * All secrets of one file: structural hits (which know the context and the fix) first, then text hits that
 * no structural hit already covers. Structural hits in other files (Kustomize env files) are returned too.
 */
function scanFile(file, ctx) {
    const lines = new LineIndex(file.text);
    const scan = scanText(file.text, ctx.blocks);
    const structural = [];
    structuralHits(file, ctx, scan, structural);
    const text = [];
    textHits(file, lines, scan, text);
    const hits = [...structural];
    for (const t of text) {
        const owner = structural.find((s) => coveredBy(t, s));
        if (!owner)
            hits.push(t);
        else if (!owner.kind)
            owner.kind = t.kind;
    }
    return { hits, lines };
}

;// CONCATENATED MODULE: ./build/src/core/secrets/scan-secrets.js









/**
 * Removes every occurrence of the secret from a text meant for output (a last guard; messages never quote it).
 * The result is a copy of its own (`ownString`): a finding outlives the file text its names were cut from.
 */
function scrub(text, value) {
    return ownString(value.length >= 4 && text.includes(value) ? text.split(value).join('[redacted]') : text);
}
function message(hit, fp, note) {
    const what = hit.kind ? `Plaintext ${hit.kind}` : 'Plaintext secret';
    const where = hit.where ? ` in ${hit.where}` : '';
    const name = hit.name ? ` "${hit.name}"` : '';
    return `${what}${where}${name} (fingerprint ${fp}); the value is not shown.${note}`;
}
function touchesChangedLines(hit, changed) {
    if (!changed)
        return false;
    for (let l = hit.line; l <= hit.endLine; l++)
        if (changed.has(l))
            return true;
    return false;
}
/**
 * Scans some of the files and judges each hit against the allow list and inline markers. Pure. Judging a
 * repository's files in consecutive shares and merging the shares in order (`mergeJudged`) gives exactly
 * what one call over all files gives.
 */
function judgeFiles(files, context) {
    const ctx = { parsed: context.parsed, lookup: context.lookup, valueLines: new YamlValueLines(context.positions), blocks: context.blocks ?? new SweptBlocks() };
    const { valid, reasonless } = indexAllowList(context.allow);
    const changedLines = context.changedLines;
    // Hits are judged file by file as the files come (a caller may read them one at a time); a hit in another
    // file (a Kustomize env file) reads that file through lookup.
    const markerFiles = new Map();
    const otherLines = new Map();
    let current;
    // The file at hand is searched once, whole: a native search for a needle this long skips most of the text.
    const hasMarker = (file) => {
        if (current?.file.path === file)
            return (current.marker ??= current.file.text.includes(ALLOW_MARKER));
        let has = markerFiles.get(file);
        if (has === undefined)
            markerFiles.set(file, (has = context.lookup(file)?.text.includes(ALLOW_MARKER) ?? false));
        return has;
    };
    const linesOf = (file) => {
        if (current?.file.path === file)
            return current.lines;
        let lines = otherLines.get(file);
        if (!lines)
            otherLines.set(file, (lines = new LineIndex(context.lookup(file)?.text ?? '')));
        return lines;
    };
    // Hints are long and the same for every value under one key: made (and copied, see scrub) once per key.
    const hints = new Map();
    const hintFor = (hit) => {
        const key = `${hit.context}\n${hit.name}`;
        let hint = hints.get(key);
        if (hint === undefined)
            hints.set(ownString(key), (hint = ownString(secretHint(hit.context, hit.name))));
        return hint.includes(hit.value) ? scrub(hint, hit.value) : hint;
    };
    const judged = [];
    for (const file of files) {
        if (changedLines && !changedLines.has(file.path))
            continue;
        const scanned = scanFile(file, ctx);
        current = { file, lines: scanned.lines };
        for (const hit of scanned.hits) {
            if (changedLines && !touchesChangedLines(hit, changedLines.get(hit.file)))
                continue;
            const fp = secretFingerprint(hit.value);
            const key = `${hit.file}\n${hit.line}\n${fp}`;
            const configReason = valid.get(fp);
            if (configReason) {
                judged.push({ key, allowed: { file: hit.file, line: hit.line, ruleId: hit.ruleId, fingerprint: fp, reason: configReason, how: 'config' } });
                continue;
            }
            const inline = hasMarker(hit.file) ? inlineAllowFor(linesOf(hit.file), hit) : undefined;
            if (inline && inline.reason) {
                judged.push({ key, allowed: { file: hit.file, line: hit.line, ruleId: hit.ruleId, fingerprint: fp, reason: ownString(inline.reason), how: 'inline' } });
                continue;
            }
            const note = reasonless.has(fp) ? ' The allow-list entry for this fingerprint has no reason, so it does not apply.' : '';
            judged.push({
                key,
                ...(inline ? { reasonlessMarker: inline.line } : {}),
                finding: {
                    ruleId: hit.ruleId,
                    severity: 'error',
                    file: hit.file,
                    line: hit.line,
                    column: hit.column,
                    message: scrub(message(hit, fp, note), hit.value),
                    hint: hintFor(hit),
                },
            });
        }
    }
    return judged;
}
/** Findings and allowed secrets of judged hits, in scan order: one finding per file, line and value. */
function mergeJudged(judged) {
    const findings = [];
    const allowed = [];
    const seen = new Set();
    const reasonlessMarkers = new Set();
    for (const j of judged) {
        if (seen.has(j.key))
            continue;
        seen.add(j.key);
        if (j.allowed) {
            allowed.push(j.allowed);
            continue;
        }
        if (!j.finding)
            continue;
        if (j.reasonlessMarker !== undefined && !reasonlessMarkers.has(`${j.finding.file}\n${j.reasonlessMarker}`)) {
            reasonlessMarkers.add(`${j.finding.file}\n${j.reasonlessMarker}`);
            findings.push(missingReasonFinding(j.finding.file, j.reasonlessMarker));
        }
        findings.push(j.finding);
    }
    allowed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    return { findings: (0,finding/* sortFindings */.Tc)(findings), allowed };
}
/**
 * Finds plaintext secrets in the given files. Pure: reads only its input. No secret value appears in any
 * returned string; each found value is named by its fingerprint (`fingerprint.ts`).
 */
function scanSecrets(input) {
    const byPath = new Map(input.files.map((f) => [f.path, f]));
    return mergeJudged(judgeFiles(input.files, {
        lookup: (p) => byPath.get(p),
        ...(input.parsed ? { parsed: input.parsed } : {}),
        ...(input.changedLines ? { changedLines: input.changedLines } : {}),
        ...(input.allow ? { allow: input.allow } : {}),
        ...(input.positions ? { positions: input.positions } : {}),
    }));
}


;// CONCATENATED MODULE: ./build/src/core/secrets/index.js
/** Plaintext secret scan: the public surface used by the `policy` command. */







;// CONCATENATED MODULE: ./build/src/core/policy-report.js






const POLICY_RULES = {
    /** Part of the job could not run as asked (no base commit, no token); says what was done instead. */
    degraded: 'policy/degraded',
};
function policyRuleInfo() {
    return [
        ...codeownersRuleInfo,
        ...ownershipRuleInfo,
        ...approvalRuleInfo,
        ...policy_settings/* policyConfigRuleInfo */.Jp,
        ...secretRuleInfo,
        { id: POLICY_RULES.degraded, title: 'Policy check ran with less information than asked', description: 'A base commit, the pull request or a token was missing, so part of the policy job fell back (e.g. scanned whole files).' },
    ];
}
const MAX_ROWS = 100;
/** Job-summary section of the policy job: required reviews, approvals and allowed secrets. Ends with a newline. */
function formatOwnersMarkdown(report) {
    const out = ['### Code owners', ''];
    out.push(report.codeowners
        ? `CODEOWNERS file: \`${report.codeowners}\`. Protected files: ${report.protectedFiles}, without the required owner: ${report.unowned}.`
        : `No CODEOWNERS file. Protected files: ${report.protectedFiles}.`, '');
    if (report.changedFiles !== undefined) {
        const pending = report.approvals.filter((a) => !a.approvedBy);
        out.push(`Changed files: ${report.changedFiles}; needing an owner review: ${report.approvals.length}, still unapproved: ${pending.length}.`, '');
        if (report.approvals.length) {
            out.push('| File | Owners | Protected | Approved by |', '| --- | --- | --- | --- |');
            for (const a of report.approvals.slice(0, MAX_ROWS)) {
                const owners = a.owners.length ? a.owners.join(' ') : '(none)';
                const line = a.ownerLine ? ` (line ${a.ownerLine})` : '';
                out.push(`| ${(0,markdown_escape/* escapeCell */.k)(a.path)} | ${(0,markdown_escape/* escapeCell */.k)(owners + line)} | ${a.protected ? 'yes' : 'no'} | ${a.approvedBy ? (0,markdown_escape/* escapeCell */.k)('@' + a.approvedBy) : '—'} |`);
            }
            if (report.approvals.length > MAX_ROWS)
                out.push('', `… and ${report.approvals.length - MAX_ROWS} more.`);
            out.push('');
        }
    }
    if (report.allowedSecrets.length) {
        out.push('### Allowed secrets', '', '| Location | Rule | Fingerprint | Allowed by | Reason |', '| --- | --- | --- | --- | --- |');
        for (const a of report.allowedSecrets.slice(0, MAX_ROWS)) {
            out.push(`| ${(0,markdown_escape/* escapeCell */.k)(`${a.file}:${a.line}`)} | ${(0,markdown_escape/* escapeCell */.k)(a.ruleId)} | \`${(0,markdown_escape/* escapeCell */.k)(a.fingerprint)}\` | ${a.how === 'config' ? 'config file' : 'inline comment'} | ${(0,markdown_escape/* escapeCell */.k)(a.reason)} |`);
        }
        out.push('');
    }
    for (const n of report.notes)
        out.push(`> ${n}`, '');
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./build/src/core/repo-config.js
var repo_config = __webpack_require__(4900);
// EXTERNAL MODULE: ./build/src/shell/git-diff.js
var git_diff = __webpack_require__(4478);
// EXTERNAL MODULE: ./build/src/shell/git.js
var git = __webpack_require__(6684);
;// CONCATENATED MODULE: ./build/src/shell/github.js
function hasStatus(error, status) {
    return typeof error === 'object' && error !== null && 'status' in error && error.status === status;
}
function isPullRequestAlreadyExists(error) {
    if (!hasStatus(error, 422))
        return false;
    const data = error.response?.data;
    return (data?.errors ?? []).some((e) => /a pull request already exists/i.test(e.message ?? ''));
}
/** `undefined` when the call answers 404, the result otherwise. */
async function unlessNotFound(call) {
    try {
        return await call();
    }
    catch (error) {
        if (hasStatus(error, 404))
            return undefined;
        throw error;
    }
}
const PER_PAGE = 100;
class GitHub {
    client;
    constructor(client) {
        this.client = client;
    }
    /** The open pull request from `head` into `base`, if any. */
    async findOpenPullRequest(input) {
        const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls', {
            owner: input.owner, repo: input.repo, head: `${input.owner}:${input.head}`, base: input.base, state: 'open', per_page: PER_PAGE,
        });
        const pull = data.find((p) => p.head.ref === input.head && p.base.ref === input.base);
        return pull ? { number: pull.number, url: pull.html_url, headSha: pull.head.sha } : undefined;
    }
    /**
     * Opens the pull request, or updates the title and body of the open one for the same branches.
     * Idempotent: a create whose reply was lost (and was retried into "already exists") ends as an update.
     */
    async findOrCreatePullRequest(input) {
        const existing = await this.findOpenPullRequest(input);
        if (existing)
            return { ...(await this.updatePullRequest(input, existing.number)), created: false };
        try {
            const { data } = await this.client.request('POST /repos/{owner}/{repo}/pulls', {
                owner: input.owner, repo: input.repo, head: input.head, base: input.base, title: input.title, body: input.body,
            });
            return { number: data.number, url: data.html_url, headSha: data.head.sha, created: true };
        }
        catch (error) {
            if (!isPullRequestAlreadyExists(error))
                throw error;
            const found = await this.findOpenPullRequest(input);
            if (!found)
                throw error;
            return { ...(await this.updatePullRequest(input, found.number)), created: false };
        }
    }
    async updatePullRequest(input, pullNumber) {
        const { data } = await this.client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: input.owner, repo: input.repo, pull_number: pullNumber, title: input.title, body: input.body,
        });
        return { number: data.number, url: data.html_url, headSha: data.head.sha };
    }
    async listPullRequestFiles(id) {
        const files = [];
        for (let page = 1;; page++) {
            const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
                owner: id.owner, repo: id.repo, pull_number: id.pullNumber, per_page: PER_PAGE, page,
            });
            for (const f of data) {
                files.push({ path: f.filename, status: f.status, additions: f.additions, deletions: f.deletions, ...(f.previous_filename ? { previousPath: f.previous_filename } : {}) });
            }
            if (data.length < PER_PAGE)
                return files;
        }
    }
    async listPullRequestReviews(id) {
        const reviews = [];
        for (let page = 1;; page++) {
            const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
                owner: id.owner, repo: id.repo, pull_number: id.pullNumber, per_page: PER_PAGE, page,
            });
            for (const r of data) {
                reviews.push({ id: Number(r.id), login: r.user?.login ?? null, state: r.state, commitId: r.commit_id, ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}) });
            }
            if (data.length < PER_PAGE)
                return reviews;
        }
    }
    async addLabels(id) {
        await this.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            owner: id.owner, repo: id.repo, issue_number: id.pullNumber, labels: id.labels,
        });
    }
    async requestReviewers(id) {
        await this.client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner: id.owner, repo: id.repo, pull_number: id.pullNumber, reviewers: id.users, team_reviewers: id.teams,
        });
    }
    /** GitHub's own CODEOWNERS parse errors at `ref`; `undefined` when the repository has no CODEOWNERS file. */
    async getCodeownersErrors(input) {
        const response = await unlessNotFound(() => this.client.request('GET /repos/{owner}/{repo}/codeowners/errors', {
            owner: input.owner, repo: input.repo, ...(input.ref ? { ref: input.ref } : {}),
        }));
        return response?.data.errors.map((e) => ({ line: Number(e.line), column: Number(e.column), kind: e.kind, message: e.message, path: e.path, suggestion: e.suggestion }));
    }
    async userExists(login) {
        return (await unlessNotFound(() => this.client.request('GET /users/{username}', { username: login }))) !== undefined;
    }
    async teamExists(org, slug) {
        return (await unlessNotFound(() => this.client.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug }))) !== undefined;
    }
    /** The user's permission on the repository; `undefined` when there is no such user. */
    async collaboratorPermission(input) {
        const response = await unlessNotFound(() => this.client.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
            owner: input.owner, repo: input.repo, username: input.username,
        }));
        return response ? { permission: response.data.permission, roleName: response.data.role_name } : undefined;
    }
}

;// CONCATENATED MODULE: ./build/src/shell/github-policy.js
function statusOf(error) {
    return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}
function reasonOf(error) {
    const status = statusOf(error);
    return status ? `GitHub answered HTTP ${status}` : 'the request failed';
}
/** Legacy permissions that let a user be a code owner. */
const WRITE = new Set(['admin', 'write']);
/**
 * Does each user exist with write access, does each team exist? Teams' own repository grants are judged by
 * GitHub's CODEOWNERS errors (asked separately), which name teams without write access.
 */
async function lookUpOwners(github, repo, owners) {
    const out = new Map();
    for (const owner of owners) {
        const key = owner.text.toLowerCase();
        try {
            if (owner.kind === 'user') {
                if (!(await github.userExists(owner.login))) {
                    out.set(key, { status: 'missing' });
                    continue;
                }
                const permission = await github.collaboratorPermission({ ...repo, username: owner.login });
                if (!permission)
                    out.set(key, { status: 'missing' });
                else if (WRITE.has(permission.permission))
                    out.set(key, { status: 'ok' });
                else
                    out.set(key, { status: 'no-write', permission: permission.roleName || permission.permission });
            }
            else if (owner.kind === 'team') {
                out.set(key, (await github.teamExists(owner.org, owner.slug)) ? { status: 'ok' } : { status: 'missing' });
            }
        }
        catch (error) {
            out.set(key, { status: 'unknown', reason: reasonOf(error) });
        }
    }
    return out;
}
/** True when `login` is an active member of the team; false when not (or the team cannot be read). */
async function isTeamMember(client, org, slug, login) {
    try {
        const { data } = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
        return data.state === 'active';
    }
    catch (error) {
        if (statusOf(error) === 404 || statusOf(error) === 403)
            return false;
        throw error;
    }
}
/** Answers membership questions: `@org/team` (lower-cased) → approvers found to be members. */
async function teamMembers(client, questions) {
    const members = new Map();
    for (const { team, login } of questions) {
        const key = team.text.toLowerCase();
        if (!members.has(key))
            members.set(key, new Set());
        if (await isTeamMember(client, team.org, team.slug, login))
            members.get(key).add(login);
    }
    return members;
}

// EXTERNAL MODULE: ./build/src/shell/read-repo.js
var read_repo = __webpack_require__(5751);
// EXTERNAL MODULE: ./build/src/shell/part-workers.js
var part_workers = __webpack_require__(9885);
// EXTERNAL MODULE: ./build/src/shell/read-ahead.js
var read_ahead = __webpack_require__(3926);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./build/src/shell/secret-parts.js






/**
 * The secret scan in parts: the listed files are cut into consecutive chunks that worker threads (and this
 * thread, while it waits) read and scan, each taking the next chunk when it is done, so a thread slowed by
 * other work on the machine takes fewer. Chunk results are merged in chunk order, which is the order one
 * in-process scan sees the files in, so the findings are the same (see judgeFiles).
 */
/** Below twice this many files the scan runs in process: starting threads costs more than it saves. */
const SECRET_FILES_PER_WORKER = 400;
/** Chunks in flight per worker: one being scanned, one waiting, so a worker never idles for the next. */
const IN_FLIGHT = 2;
/** Reads and scans chunks of the setup's files; the same code runs in process and inside a worker. */
class SecretWork {
    setup;
    scanned;
    others = new Map();
    changed;
    blocks = new SweptBlocks();
    positions;
    constructor(setup) {
        this.setup = setup;
        this.changed = setup.changedLines ? new Map(setup.changedLines.map(([p, lines]) => [p, new Set(lines)])) : undefined;
    }
    /** Another file of the scan (a Kustomize env file, a hit's own file), read from disk when first asked for. */
    other(path) {
        if (this.others.has(path))
            return this.others.get(path);
        this.scanned ??= new Set(this.setup.paths);
        const file = this.scanned.has(path) ? (0,read_repo/* readSources */.tW)(this.setup.root, [path], this.setup.maxBytes).files[0] : undefined;
        this.others.set(path, file);
        return file;
    }
    /** Judges files of the setup; consecutive calls share what is learnt (repeated blocks, other files). */
    judge(files) {
        return judgeFiles(files, {
            lookup: (path) => this.other(path),
            ...(this.changed ? { changedLines: this.changed } : {}),
            allow: this.setup.allow,
            blocks: this.blocks,
            ...(this.positions ? { positions: this.positions } : {}),
        });
    }
    /**
     * `judging()`, run again with the YAML parser's positions when it needs them (PositionsNeeded): they are
     * loaded only then. Judging again gives what one pass with them would have given (see judgeFiles).
     */
    async withPositions(judging) {
        try {
            return judging();
        }
        catch (err) {
            if (!(err instanceof PositionsNeeded) || this.positions)
                throw err;
            this.positions = new (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3866))).PositionIndex();
            return judging();
        }
    }
    chunk(from, to) {
        const findings = [];
        let files = 0;
        const { root, paths, maxBytes } = this.setup;
        // Each file is read right before it is scanned and dropped after, so the young generation never holds a
        // chunk's worth of texts (which every scavenge would copy).
        function* read() {
            for (let i = from; i < to; i++) {
                const r = (0,read_repo/* readSource */.o$)(root, paths[i], maxBytes);
                if ('text' in r) {
                    files++;
                    yield r;
                }
                else
                    findings.push(r);
            }
        }
        const judged = this.judge(read());
        return { judged, findings, files };
    }
}
function secretWorkers(threads) {
    const workers = (0,part_workers/* runningWorkers */.Lo)(threads).map((worker) => ({ worker, pending: new Set(), alive: true }));
    let closed = false;
    return {
        workers,
        close: () => {
            if (closed)
                return;
            closed = true;
            for (const w of workers)
                void w.worker.terminate();
        },
    };
}
/** Consecutive chunks of `n` files: a few per thread, so that the threads finish together. */
function chunkBounds(n, threads) {
    const size = Math.max(64, Math.ceil(n / (threads * 6)));
    const out = [];
    for (let from = 0; from < n; from += size)
        out.push([from, Math.min(n, from + size)]);
    return out;
}
/** Files judged at a time by scanHere: enough to keep the reader ahead, few enough to hold little text. */
const HERE_BATCH = 64;
/**
 * The secret scan in this thread alone, with the files from `reader` (read ahead in another thread, or here),
 * judged HERE_BATCH at a time and dropped after.
 */
async function scanHere(reader, setup) {
    const work = new SecretWork(setup);
    const out = { judged: [], findings: [], files: 0, threads: 1 };
    try {
        for (let i = 0; i < setup.paths.length;) {
            const batch = [];
            for (; i < setup.paths.length && batch.length < HERE_BATCH; i++) {
                let read = reader.next();
                if (read instanceof Promise)
                    read = await read;
                if ('text' in read)
                    batch.push(read);
                else
                    out.findings.push(read);
            }
            out.files += batch.length;
            // Consecutive shares judged in order give what one pass gives (see judgeFiles).
            for (const j of await work.withPositions(() => work.judge(batch)))
                out.judged.push(j);
        }
    }
    finally {
        reader.close();
    }
    return out;
}
/** Reads and scans the setup's files in the workers and in this thread. */
async function scanInParts(pool, setup) {
    const chunks = chunkBounds(setup.paths.length, pool.workers.length + 1);
    const results = new Array(chunks.length);
    const queue = chunks.map((_, i) => i);
    let done = 0;
    let failure;
    let wake;
    const signal = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    const feed = (w) => {
        while (w.alive && w.pending.size < IN_FLIGHT && queue.length) {
            const index = queue.shift();
            w.pending.add(index);
            const [from, to] = chunks[index];
            w.worker.postMessage({ kind: 'chunk', index, from, to });
        }
    };
    const lose = (w) => {
        if (!w.alive)
            return;
        w.alive = false;
        // A worker that stops (crash, out of memory) hands its chunks back; this thread scans them.
        queue.unshift(...w.pending);
        w.pending.clear();
        signal();
    };
    const listeners = [];
    const scanned = new Set();
    for (const w of pool.workers) {
        const onMessage = (reply) => {
            if (!w.pending.delete(reply.index))
                return;
            if (!reply.ok)
                failure ??= new Error(reply.message);
            else if (!results[reply.index]) {
                results[reply.index] = reply.report;
                scanned.add(w);
                done++;
            }
            feed(w);
            signal();
        };
        const onGone = () => lose(w);
        w.worker.on('message', onMessage);
        w.worker.on('error', onGone);
        w.worker.on('exit', onGone);
        listeners.push(() => {
            w.worker.off('message', onMessage);
            w.worker.off('error', onGone);
            w.worker.off('exit', onGone);
        });
        w.worker.postMessage({ kind: 'setup', setup });
        // One that stopped before these listeners were there never says so: it gets no chunk.
        if (w.worker.threadId === -1)
            lose(w);
    }
    try {
        for (const w of pool.workers)
            feed(w);
        const local = new SecretWork(setup);
        while (done < chunks.length && !failure) {
            const index = queue.pop();
            if (index !== undefined) {
                // The last chunks of the queue: the workers take from its front.
                if (!results[index]) {
                    results[index] = await local.withPositions(() => local.chunk(...chunks[index]));
                    scanned.add('local');
                    done++;
                }
                // Let the workers' replies in, so they get their next chunks.
                await new Promise((resolve) => setImmediate(resolve));
                continue;
            }
            await new Promise((resolve) => (wake = resolve));
        }
    }
    finally {
        for (const off of listeners)
            off();
    }
    if (failure)
        throw failure;
    const out = { judged: [], findings: [], files: 0, threads: scanned.size };
    for (const r of results) {
        for (const j of r.judged)
            out.judged.push(j);
        out.findings.push(...r.findings);
        out.files += r.files;
    }
    return out;
}
/** In a worker thread of the `secrets` role: serves chunk requests. */
function serveSecretPart() {
    const port = parentPort;
    if (!port)
        throw new Error('serveSecretPart runs only in a worker thread');
    let work;
    port.on('message', (req) => {
        if (req.kind === 'setup') {
            work = new SecretWork(req.setup);
            return;
        }
        const chunkWork = work;
        void (async () => {
            try {
                if (!chunkWork)
                    throw new Error('secret scan chunk before setup');
                port.postMessage({ index: req.index, ok: true, report: await chunkWork.withPositions(() => chunkWork.chunk(req.from, req.to)) });
            }
            catch (err) {
                port.postMessage({ index: req.index, ok: false, message: err instanceof Error ? err.message : String(err) });
            }
        })();
    });
}

;// CONCATENATED MODULE: ./build/src/commands/policy.js




















const isCodeownersLocation = (path) => CODEOWNERS_LOCATIONS.includes(path);
/**
 * The config file's settings and their findings. Its readers (and the `yaml` library their positions come
 * from) are loaded only here, so that a run without a config file does not load them.
 */
async function parseSettings({ text, file }) {
    const { parseConfig } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5167));
    const { parsePolicyConfig } = await __webpack_require__.e(/* import() */ 94).then(__webpack_require__.bind(__webpack_require__, 2094));
    const repo = parseConfig(text, file);
    const section = parsePolicyConfig(text, file);
    return { config: repo.config, policy: section.policy, findings: [...repo.findings, ...section.findings] };
}
async function readConfig(options) {
    if (options.config)
        return { text: options.config.text, file: options.config.file ?? repo_config/* CONFIG_FILE */.g };
    try {
        return { text: await (0,promises_.readFile)((0,external_node_path_.join)(options.root, repo_config/* CONFIG_FILE */.g), 'utf8'), file: repo_config/* CONFIG_FILE */.g };
    }
    catch {
        return undefined;
    }
}
/** Reads the CODEOWNERS GitHub would use at a revision (the pull request's base governs its reviews). */
async function codeownersAt(root, revision) {
    for (const location of CODEOWNERS_LOCATIONS) {
        const text = await (0,git_diff/* readAtRevision */.Dx)(root, revision, location);
        if (text !== undefined)
            return Buffer.byteLength(text) < 3 * 1024 * 1024 ? parseCodeowners(location, text) : undefined;
    }
    return undefined;
}
/**
 * The policy job: CODEOWNERS judged as GitHub judges it, ownership coverage, owner approvals and plaintext secrets.
 * `checks` picks some of them; the work only the others need (parsing every manifest, the diff, API calls) is skipped.
 */
async function runPolicy(options) {
    const started = Date.now();
    const on = new Set(options.checks ?? POLICY_CHECKS);
    // Ownership and approvals judge parsed resources; without them nothing needs every file's text in this
    // thread, and the secret scan reads and scans its files in worker threads (taken first, so that loading
    // their code overlaps reading the config and walking the tree).
    const needDocs = on.has('ownership') || on.has('approvals');
    const threads = (0,part_workers/* secretScanInWorkers */.Ye)([...on]) ? (options.workers?.take('secrets') ?? []) : [];
    const workers = threads.length ? secretWorkers(threads) : undefined;
    try {
        return await policyRun(options, on, needDocs, workers, started);
    }
    finally {
        workers?.close();
    }
}
async function policyRun(options, on, needDocs, workers, started) {
    const { root } = options;
    const notes = [];
    const findings = [];
    const note = (message, hint = '') => {
        notes.push(message);
        findings.push({ ruleId: POLICY_RULES.degraded, severity: 'note', file: repo_config/* CONFIG_FILE */.g, line: 1, column: 1, message, hint });
    };
    // Settings: the config file's ignore list and policy section.
    const configText = await readConfig(options);
    const { config, policy, findings: configFindings } = configText ? await parseSettings(configText) : { config: repo_config/* EMPTY_CONFIG */.$, policy: policy_settings/* DEFAULT_POLICY */.zj, findings: [] };
    findings.push(...configFindings);
    const ignore = [...config.ignore, ...options.ignore].filter((g) => g.trim()).map(glob/* globToRegExp */.t);
    // One walk: every path (CODEOWNERS patterns are judged against all of them) and the files to read.
    const allPaths = [];
    const wanted = (path) => (needDocs && (0,read_repo/* isYamlPath */.xu)(path)) || (on.has('secrets') && isScannedTextFile(path));
    const listing = (0,read_repo/* listRepository */.j3)(root, {
        ignore: [],
        include: (path) => {
            allPaths.push(path);
            // CODEOWNERS is read even when ignored: GitHub reads it regardless.
            return isCodeownersLocation(path) || (wanted(path) && !(0,glob/* matchesAny */._)(path, ignore));
        },
    });
    // CODEOWNERS: the file GitHub uses (kept out of the secret scan), its lines, and its owners through the API.
    const candidates = [];
    for (const location of CODEOWNERS_LOCATIONS) {
        if (allPaths.includes(location))
            candidates.push({ path: location, bytes: (await (0,promises_.stat)((0,external_node_path_.join)(root, location))).size });
    }
    const located = locateCodeowners(candidates);
    const scanPaths = listing.paths.filter((p) => p !== located.path);
    // The files this thread reads up front: all wanted files when resources are judged; otherwise only the
    // CODEOWNERS file, and the secret scan reads each file right before scanning it (in worker threads too,
    // when there are some and enough files), so the texts are never all held at once.
    const streamSecrets = on.has('secrets') && !needDocs;
    const pool = workers && scanPaths.length >= SECRET_FILES_PER_WORKER * 2 ? workers : undefined;
    if (workers && !pool)
        workers.close();
    const read = streamSecrets
        ? (0,read_repo/* readSources */.tW)(root, located.path && listing.paths.includes(located.path) ? [located.path] : [], read_repo/* DEFAULT_MAX_BYTES */.fS)
        : (0,read_repo/* readSources */.tW)(root, listing.paths, read_repo/* DEFAULT_MAX_BYTES */.fS);
    findings.push(...[...listing.findings, ...read.findings].filter((f) => (0,read_repo/* isYamlPath */.xu)(f.file)));
    const docs = needDocs ? (0,documents/* readDocuments */.r)(read.files.filter((f) => (0,read_repo/* isYamlPath */.xu)(f.path))) : (0,documents/* readDocuments */.r)([]);
    // Positions in parsed manifests come from the `yaml` library, loaded only when a check reads manifests.
    const positions = needDocs ? new (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3866))).PositionIndex() : undefined;
    const codeownersText = located.loaded ? read.files.find((f) => f.path === located.path)?.text : undefined;
    const codeowners = codeownersText !== undefined && located.path ? parseCodeowners(located.path, codeownersText) : undefined;
    if (on.has('codeowners')) {
        findings.push(...located.findings);
        if (codeowners)
            findings.push(...codeowners.findings, ...checkCodeowners(codeowners, allPaths));
    }
    const github = options.github ? new GitHub(options.github) : undefined;
    const pr = options.pullRequest;
    if (on.has('codeowners') && codeowners && github && pr) {
        if (options.verifyOwners) {
            const access = await lookUpOwners(github, pr, ownersToLookUp(codeowners));
            findings.push(...judgeOwnerAccess(codeowners, access));
        }
        try {
            const errors = await github.getCodeownersErrors({ owner: pr.owner, repo: pr.repo, ref: pr.headSha });
            findings.push(...githubErrorFindings(errors ?? [], findings));
        }
        catch (error) {
            note(`GitHub's CODEOWNERS errors could not be read (${error.status ?? 'request failed'}).`);
        }
    }
    // Ownership coverage by content (the protected files are also what approvals are judged on).
    const ownership = positions ? checkOwnership({ resources: docs.resources, policy, codeowners, codeownersPath: located.path, positions }) : { findings: [], files: new Map() };
    if (on.has('ownership'))
        findings.push(...ownership.findings);
    // What the pull request changes: the files for approvals, the added lines for the secret scan's changed scope.
    const wantLines = on.has('secrets') && options.scope === 'changed';
    let changed;
    let lines;
    let baseRevision;
    if (options.base && (on.has('approvals') || wantLines)) {
        try {
            changed = (await (0,git_diff/* changedFiles */.Y_)(root, options.base)).map((f) => ({ path: f.path, deleted: f.status === 'D' }));
            if (wantLines)
                lines = await (0,git_diff/* changedLines */.MA)(root, options.base);
            if (on.has('approvals'))
                baseRevision = await git/* Git */.TU.at(root).mergeBase(options.base, 'HEAD');
        }
        catch (error) {
            note(`The diff against ${options.base} could not be computed: ${error.message}.`, 'Check out with `fetch-depth: 0` so the base commit is present.');
        }
    }
    if (!changed && github && pr && (on.has('approvals') || wantLines)) {
        const files = await github.listPullRequestFiles({ owner: pr.owner, repo: pr.repo, pullNumber: pr.number });
        changed = files.flatMap((f) => [
            { path: f.path, deleted: f.status === 'removed' },
            ...(f.previousPath ? [{ path: f.previousPath, deleted: true }] : []),
        ]);
    }
    if (wantLines && !lines) {
        if (changed) {
            lines = new Map();
            for (const c of changed)
                if (!c.deleted)
                    lines.set(c.path, new Set(lineNumbers(fileText(root, read, scanPaths, c.path))));
            note('Changed lines were not available; the secret scan covered the whole of each changed file.');
        }
        else {
            note('scope is `changed` but no base ref or pull request was given; the whole repository was scanned for secrets.');
        }
    }
    // Plaintext secrets.
    let secrets = { findings: [], allowed: [] };
    let filesRead = read.files.length;
    let scanThreads = on.has('secrets') ? 1 : 0;
    if (on.has('secrets') && !streamSecrets) {
        const parsed = new Map();
        for (const d of docs.documents)
            parsed.set(d.file, [...(parsed.get(d.file) ?? []), d]);
        const secretFiles = read.files.filter((f) => f.path !== located.path);
        secrets = scanSecrets({ files: secretFiles, parsed, ...(lines ? { changedLines: lines } : {}), allow: policy.secretAllow, ...(positions ? { positions } : {}) });
    }
    else if (streamSecrets) {
        const setup = { root, paths: scanPaths, maxBytes: read_repo/* DEFAULT_MAX_BYTES */.fS, allow: policy.secretAllow, ...(lines ? { changedLines: [...lines].map(([p, l]) => [p, [...l]]) } : {}) };
        let parts;
        if (pool)
            parts = await scanInParts(pool, setup);
        else {
            // With no scanning threads, one that reads the files ahead (when started) while this one scans.
            const reader = options.workers?.takeReader();
            parts = await scanHere(reader ? (0,read_ahead/* readAhead */.Ek)(reader, root, scanPaths, read_repo/* DEFAULT_MAX_BYTES */.fS) : (0,read_ahead/* readHere */.vI)(root, scanPaths, read_repo/* DEFAULT_MAX_BYTES */.fS), setup);
        }
        findings.push(...parts.findings.filter((f) => (0,read_repo/* isYamlPath */.xu)(f.file)));
        filesRead = parts.files + read.files.length;
        scanThreads = parts.threads;
        secrets = mergeJudged(parts.judged);
    }
    findings.push(...secrets.findings);
    // Approvals for the changed files.
    let approvals = [];
    if (changed && on.has('approvals')) {
        const governing = baseRevision ? await codeownersAt(root, baseRevision) : codeowners;
        if (!baseRevision)
            notes.push('Owners of changed files were taken from the head CODEOWNERS (the base was not available).');
        const protectedNow = new Map(ownership.files);
        const deletedYaml = changed.filter((c) => c.deleted && (0,read_repo/* isYamlPath */.xu)(c.path)).map((c) => c.path);
        if (baseRevision && deletedYaml.length) {
            const before = [];
            for (const path of deletedYaml) {
                const text = await (0,git_diff/* readAtRevision */.Dx)(root, baseRevision, path);
                if (text !== undefined)
                    before.push({ path, text });
            }
            for (const [path, entry] of protectedFiles((0,documents/* readDocuments */.r)(before).resources, policy, governing))
                protectedNow.set(path, entry);
        }
        const required = requiredReviews(changed.map((c) => c.path), governing, protectedNow, [...CODEOWNERS_LOCATIONS]);
        let approvers = new Set();
        let members = new Map();
        if (github && pr) {
            approvers = approvingLogins((await github.listPullRequestReviews({ owner: pr.owner, repo: pr.repo, pullNumber: pr.number })).flatMap((r) => (r.login ? [{ login: r.login, state: r.state }] : [])));
            members = await teamMembers(options.github, membershipQuestions(required, approvers));
        }
        else if (options.requireOwnerApproval) {
            note('require-owner-approval is on but no pull request and token were given, so no review could be read.');
        }
        const firstDoc = new Map();
        for (const d of docs.documents)
            if (!firstDoc.has(d.file))
                firstDoc.set(d.file, d);
        const judged = judgeApprovals(required, approvers, members, {
            enforce: options.requireOwnerApproval,
            locate: (path) => {
                const doc = firstDoc.get(path);
                return doc && positions ? positions.locate(doc, ['kind']) : { line: 1, column: 1 };
            },
        });
        findings.push(...judged.findings);
        approvals = judged.statuses;
    }
    const owners = {
        codeowners: located.path,
        protectedFiles: ownership.files.size,
        unowned: ownership.findings.filter((f) => f.ruleId === OWNERSHIP_RULES.unowned || f.ruleId === OWNERSHIP_RULES.wrongOwner).length,
        changedFiles: changed?.length,
        approvals,
        allowedSecrets: secrets.allowed,
        scope: options.scope,
        notes,
    };
    const kinds = {};
    for (const r of docs.resources)
        kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    return {
        findings,
        facts: {
            command: 'policy',
            files: filesRead,
            documents: docs.documents.length,
            resources: docs.resources.length,
            kinds,
            durationMs: Date.now() - started,
            extra: { owners, checks: [...on], secretScanThreads: scanThreads },
        },
        rules: policyRuleInfo(),
        owners,
    };
}
/** A scanned file's text, from what this thread read or (secret scan in parts) from disk. */
function fileText(root, read, scanPaths, path) {
    const held = read.files.find((f) => f.path === path);
    if (held || !scanPaths.includes(path))
        return held;
    return (0,read_repo/* readSources */.tW)(root, [path], read_repo/* DEFAULT_MAX_BYTES */.fS).files[0];
}
function lineNumbers(file) {
    if (!file)
        return [];
    const count = file.text.split('\n').length;
    return Array.from({ length: count }, (_, i) => i + 1);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(2116);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./build/src/shell/github-client.js
/**
 * The one way the product builds its GitHub REST client: @octokit/core with the retry and
 * throttling plugins. Retries come only from those plugins (no hand-written loops):
 *  - transient failures (5xx, connection resets) are retried by plugin-retry, except the statuses
 *    in DO_NOT_RETRY, which mean the request itself is wrong or refused;
 *  - primary and secondary rate limits (403/429 with retry-after) are waited out by
 *    plugin-throttling a bounded number of times.
 * The log receives plain messages only: never tokens, headers or request options.
 */




/** Statuses plugin-retry never retries. 429 is left to the throttling plugin. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/** Retries of a transient failure (plugin-retry waits 1, 4, 9 × retryBaseMs). */
const MAX_RETRIES = 3;
/** Times a rate-limited request is retried before the error is surfaced. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** A rate limit asking to wait longer than this (seconds) is surfaced instead of waited out. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const GitHubOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
function createGitHubClient(options) {
    const log = options.log ?? (() => undefined);
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
        log('warn', `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}`);
        return retrying;
    };
    return new GitHubOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'openchoreo-gitops-action',
        log: {
            debug: (message) => log('debug', String(message)),
            info: (message) => log('info', String(message)),
            warn: (message) => log('warn', String(message)),
            error: (message) => log('error', String(message)),
        },
        retry: { doNotRetry: [...DO_NOT_RETRY], retries: MAX_RETRIES, retryAfterBaseValue: retryBaseMs },
        throttle: {
            id: (0,external_node_crypto_.randomUUID)(),
            retryAfterBaseValue: retryBaseMs,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    });
}

// EXTERNAL MODULE: ./build/src/action/event.js
var action_event = __webpack_require__(3412);
// EXTERNAL MODULE: ./build/src/action/inputs.js
var inputs = __webpack_require__(3991);
// EXTERNAL MODULE: ./build/src/action/publish.js + 4 modules
var publish = __webpack_require__(1393);
;// CONCATENATED MODULE: ./build/src/action/policy.js








/** The pull request this run is about, from the event payload (pull_request and pull_request_target only). */
function pullRequestOfEvent() {
    const event = (0,action_event/* readEvent */.j)();
    if (!event.pullRequest || !event.repository || !event.name.startsWith('pull_request'))
        return undefined;
    const { number, headSha } = event.pullRequest;
    return { ref: { ...event.repository, number, headSha }, baseSha: event.baseSha ?? '' };
}
/** `checks`: the policy checks to run, comma-separated or one per line; empty runs them all. */
function checksInput() {
    const names = (0,inputs/* listInput */.dt)('checks');
    if (names.length === 0)
        return undefined;
    for (const n of names) {
        if (!POLICY_CHECKS.includes(n)) {
            throw new inputs/* InputError */.dz(`Input "checks" takes ${POLICY_CHECKS.join(', ')} (comma-separated); got "${n}".`);
        }
    }
    return POLICY_CHECKS.filter((c) => names.includes(c));
}
/**
 * Entry of the policy action: read inputs, run the command, publish the result (summary with owners first).
 * `workers`: threads the secret scan may share its work with.
 */
async function runPolicyAction(workers) {
    const root = (0,inputs/* workspacePath */.X5)('path', core/* getInput */.V4('path'));
    const token = core/* getInput */.V4('token');
    if (token)
        core/* setSecret */.Pq(token);
    const event = pullRequestOfEvent();
    const base = core/* getInput */.V4('base-ref') || event?.baseSha;
    const scope = (0,inputs/* choiceInput */.ij)('scope', ['all', 'changed'], 'all');
    const checks = checksInput();
    const github = token && event ? createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com', log: (level, message) => (level === 'debug' ? core/* debug */.Yz(message) : core/* info */.pq(message)) }) : undefined;
    core/* debug */.Yz(`policy: root=${root} scope=${scope} base=${base ?? '(none)'} pull request=${event ? `#${event.ref.number}` : '(none)'}`);
    const result = await runPolicy({
        root,
        ...(base ? { base } : {}),
        scope,
        ignore: (0,inputs/* listInput */.dt)('ignore'),
        requireOwnerApproval: (0,inputs/* booleanInput */.tE)('require-owner-approval', false),
        verifyOwners: (0,inputs/* booleanInput */.tE)('verify-owners', false),
        ...(event ? { pullRequest: event.ref } : {}),
        ...(github ? { github } : {}),
        ...(checks ? { checks } : {}),
        ...(workers ? { workers } : {}),
    });
    const sarifInput = core/* getInput */.V4('sarif-file');
    await (0,publish/* publish */.m)(result, {
        sarifFile: sarifInput ? (0,inputs/* workspacePath */.X5)('sarif-file', sarifInput) : '',
        failOn: (0,inputs/* choiceInput */.ij)('fail-on', inputs/* FAIL_ON_CHOICES */.oN, 'error'),
        annotations: (0,inputs/* booleanInput */.tE)('annotations', true),
        summary: (0,inputs/* booleanInput */.tE)('job-summary', true),
        extraSummary: formatOwnersMarkdown(result.owners),
    });
}


/***/ }),

/***/ 4924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ownerKey),
/* harmony export */   p: () => (/* binding */ parseOwner)
/* harmony export */ });
/** GitHub login: 1–39 alphanumerics or single hyphens, not at either end. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** Team slug as GitHub derives it from the team name. */
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;
function invalid(text, why, hint) {
    return { ok: false, message: `\`${text}\` is not a valid owner: ${why}.`, hint };
}
const FORMS = 'Write owners as @username, @org/team-name or an e-mail address, separated by spaces.';
/** Classifies one whitespace-separated owner token of a CODEOWNERS line. */
function parseOwner(text) {
    if (text.endsWith(',') || text.includes(',')) {
        return invalid(text, 'owners are separated by spaces, not commas', `Remove the comma. ${FORMS}`);
    }
    if (text.startsWith('@')) {
        const body = text.slice(1);
        const parts = body.split('/');
        if (parts.length === 1) {
            if (LOGIN.test(body))
                return { ok: true, owner: { kind: 'user', text, login: body } };
            return invalid(text, 'a GitHub username has 1–39 letters, digits or single hyphens, not at either end', FORMS);
        }
        if (parts.length === 2) {
            const [org, slug] = parts;
            if (!LOGIN.test(org))
                return invalid(text, `\`${org}\` is not a valid organization name`, FORMS);
            if (!TEAM_SLUG.test(slug))
                return invalid(text, `\`${slug}\` is not a valid team name`, FORMS);
            return { ok: true, owner: { kind: 'team', text, org, slug } };
        }
        return invalid(text, 'a team is written @org/team-name; nested team paths are not accepted', 'Name the child team directly: @org/child-team.');
    }
    if (EMAIL.test(text))
        return { ok: true, owner: { kind: 'email', text, email: text } };
    if (LOGIN.test(text)) {
        return invalid(text, 'it has no leading @', `Did you mean \`@${text}\`? ${FORMS}`);
    }
    if (/^[^@\s]+\/[^@\s]+$/.test(text) && !text.includes('*')) {
        return invalid(text, 'it has no leading @', `Did you mean \`@${text}\`? ${FORMS}`);
    }
    return invalid(text, 'it is neither @username, @org/team-name nor an e-mail address', FORMS);
}
/** Comparison key: GitHub logins, team slugs and e-mail addresses are case-insensitive. */
function ownerKey(owner) {
    return owner.text.toLowerCase();
}


/***/ }),

/***/ 3677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rl: () => (/* binding */ OPENCHOREO_KINDS),
/* harmony export */   WD: () => (/* binding */ PLATFORM_KINDS),
/* harmony export */   a9: () => (/* binding */ BINDING_KINDS)
/* harmony export */ });
/**
 * OpenChoreo kinds as the policy job sees them. Every kind of every known release (v0.12 … v1.2), for checking
 * the kinds a config names, and the platform-level ones: templates, planes, environments, pipelines, secrets
 * and authorization, which a platform team owns and application teams consume.
 */
const OPENCHOREO_KINDS = [
    'AuthzRole', 'AuthzRoleBinding', 'Build', 'BuildPlane', 'ClusterAuthzRole', 'ClusterAuthzRoleBinding',
    'ClusterComponentType', 'ClusterDataPlane', 'ClusterObservabilityPlane', 'ClusterProjectType', 'ClusterResourceType',
    'ClusterTrait', 'ClusterWorkflow', 'ClusterWorkflowPlane', 'Component', 'ComponentRelease', 'ComponentType',
    'ComponentWorkflow', 'ComponentWorkflowRun', 'ConfigurationGroup', 'DataPlane', 'DeploymentPipeline',
    'DeploymentTrack', 'Environment', 'GitCommitRequest', 'ObservabilityAlertRule', 'ObservabilityAlertsNotificationChannel',
    'ObservabilityPlane', 'Organization', 'Project', 'ProjectRelease', 'ProjectReleaseBinding', 'ProjectType', 'Release',
    'ReleaseBinding', 'RenderedRelease', 'Resource', 'ResourceRelease', 'ResourceReleaseBinding', 'ResourceType',
    'SecretReference', 'Trait', 'Workflow', 'WorkflowPlane', 'WorkflowRun', 'Workload',
];
const PLATFORM_KINDS = [
    'ComponentType', 'ClusterComponentType', 'Trait', 'ClusterTrait', 'Workflow', 'ClusterWorkflow', 'ComponentWorkflow',
    'ProjectType', 'ClusterProjectType', 'ResourceType', 'ClusterResourceType',
    'Environment', 'DeploymentPipeline',
    'DataPlane', 'ClusterDataPlane', 'WorkflowPlane', 'ClusterWorkflowPlane', 'BuildPlane',
    'ObservabilityPlane', 'ClusterObservabilityPlane', 'ObservabilityAlertsNotificationChannel',
    'SecretReference', 'ConfigurationGroup', 'Organization',
    'AuthzRole', 'ClusterAuthzRole', 'AuthzRoleBinding', 'ClusterAuthzRoleBinding',
];
/** Kinds that deploy something into one environment named by `spec.environment`. */
const BINDING_KINDS = ['ReleaseBinding', 'ProjectReleaseBinding', 'ResourceReleaseBinding'];


/***/ }),

/***/ 4109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ POLICY_CONFIG_RULE),
/* harmony export */   Jp: () => (/* binding */ policyConfigRuleInfo),
/* harmony export */   cX: () => (/* binding */ builtinRequirements),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* harmony import */ var _policy_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3677);

const POLICY_CONFIG_RULE = 'config/invalid-policy';
const policyConfigRuleInfo = [
    {
        id: POLICY_CONFIG_RULE,
        title: 'Invalid policy section in .openchoreo-gitops.yaml',
        description: 'The policy: section of the config file has an unknown key or a value of the wrong shape; that part is ignored.',
    },
];
function builtinRequirements(defaultOwners = []) {
    return [
        { name: 'platform-level kinds', kinds: [..._policy_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORM_KINDS */ .WD], production: false, owners: defaultOwners, builtin: true },
        { name: 'production bindings', kinds: [..._policy_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .BINDING_KINDS */ .a9], production: true, owners: defaultOwners, builtin: true },
    ];
}
const DEFAULT_POLICY = {
    requirements: builtinRequirements(),
    productionEnvironments: undefined,
    productionPattern: /prod/,
    secretAllow: [],
};


/***/ })

};
